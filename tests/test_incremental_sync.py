"""Incremental sync (``client.sync_opportunities``) over real HTTP, each change exactly once.

:class:`FakeOpportunityList` serves ListOpportunities as the API reference describes it:
the ``LastModifiedDate.AfterLastModifiedDate`` filter includes its boundary, ``Sort``
orders by ``LastModifiedDate`` (descending unless asked otherwise, as the service's
default), ``MaxResults`` sizes the pages, and a ``NextToken`` holds the request it came
from, so one sent with other filters is refused (ValidationException), as a token tied
to its query is. Modification times are whole seconds and collide: at page boundaries,
at run boundaries, and when an item changes at the instant the last run stopped at.

Hypothesis draws the layouts (how many items share each second), the page sizes, the
changes between runs and where a run is interrupted; the sync must yield each change
once over all the runs, and a run resumed from a checkpoint taken mid-pagination (through
``json``) must yield exactly the rest. Sync and async clients both.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import hashlib
import json
import threading
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnercentral_selling import (
    AsyncPartnerCentralSellingClient,
    PartnerCentralSellingClient,
    SyncCheckpoint,
)
from partnercentral_selling.errors import ValidationException
from partnercentral_selling.shapes import OpportunitySummary
from tests.localserver import JSON_CONTENT_TYPE, LocalAwsServer, RecordedRequest, Response
from tests.test_read_modify_write import client_options

EPOCH = dt.datetime(2024, 5, 1, 12, 0, 0, tzinfo=dt.timezone.utc)
Version = tuple[str, dt.datetime]  # an opportunity as of one change: (Id, LastModifiedDate)


def at(second: int) -> dt.datetime:
    return EPOCH + dt.timedelta(seconds=second)


def wire_time(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class FakeOpportunityList:
    """ListOpportunities over opportunities whose modification times the test sets."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.modified: dict[str, dt.datetime] = {}  # Id -> LastModifiedDate
        self.list_calls = 0

    def reset(self) -> None:
        with self._lock:
            self.modified.clear()
            self.list_calls = 0

    def put(self, opportunity_id: str, second: int) -> None:
        """Create or change an opportunity at ``second``; its time never goes back."""
        with self._lock:
            old = self.modified.get(opportunity_id)
            assert old is None or at(second) > old, "a change moves the time forward"
            self.modified[opportunity_id] = at(second)

    def versions(self) -> set[Version]:
        with self._lock:
            return set(self.modified.items())

    def __call__(self, request: RecordedRequest) -> Response:
        assert request.header("X-Amz-Target") == "AWSPartnerCentralSelling.ListOpportunities"
        body = request.json()
        with self._lock:
            self.list_calls += 1
            return self._list(body)

    def _list(self, body: dict[str, Any]) -> Response:
        query = {k: v for k, v in body.items() if k not in ("NextToken", "MaxResults")}
        digest = hashlib.sha256(json.dumps(query, sort_keys=True).encode()).hexdigest()
        offset = 0
        if "NextToken" in body:
            token = json.loads(base64.urlsafe_b64decode(body["NextToken"]))
            if token["query"] != digest:
                return _error("ValidationException", "NextToken belongs to another query")
            offset = token["offset"]
        after = body.get("LastModifiedDate", {}).get("AfterLastModifiedDate")
        rows = [
            (moment, opportunity_id)
            for opportunity_id, moment in self.modified.items()
            if after is None or moment >= dt.datetime.fromisoformat(after.replace("Z", "+00:00"))
        ]
        sort = body.get("Sort", {"SortBy": "LastModifiedDate", "SortOrder": "DESCENDING"})
        assert sort["SortBy"] == "LastModifiedDate"
        rows.sort(reverse=sort["SortOrder"] == "DESCENDING")
        size = body.get("MaxResults", 20)
        page = rows[offset : offset + size]
        answer: dict[str, Any] = {
            "OpportunitySummaries": [
                {"Catalog": "Sandbox", "Id": i, "LastModifiedDate": wire_time(m)} for m, i in page
            ]
        }
        if offset + size < len(rows):
            token = {"query": digest, "offset": offset + size}
            answer["NextToken"] = base64.urlsafe_b64encode(json.dumps(token).encode()).decode()
        headers = {"Content-Type": JSON_CONTENT_TYPE, "x-amzn-RequestId": str(uuid.uuid4())}
        return 200, headers, json.dumps(answer).encode()


def _error(code: str, message: str) -> Response:
    body = {"__type": code, "Message": message, "Reason": "REQUEST_VALIDATION_FAILED"}
    headers = {"Content-Type": JSON_CONTENT_TYPE, "x-amzn-ErrorType": code}
    return 400, headers, json.dumps(body).encode()


@pytest.fixture(scope="module")
def fake() -> FakeOpportunityList:
    return FakeOpportunityList()


@pytest.fixture(scope="module")
def server(fake: FakeOpportunityList) -> Iterator[LocalAwsServer]:
    with LocalAwsServer(fake) as server:
        yield server
        assert not server.errors, f"the fake service raised: {server.errors!r}"


def run_sync(
    server: LocalAwsServer,
    asynchronous: bool,
    checkpoint: SyncCheckpoint | None,
    page_size: int,
    stop_after: int | None = None,
) -> tuple[list[Version], SyncCheckpoint]:
    """One run of the sync from ``checkpoint`` (``stop_after`` items at most): what it
    yielded and its checkpoint, which went through JSON as a program would keep it."""
    items: list[OpportunitySummary] = []
    if asynchronous:
        checkpoint = asyncio.run(_run_async(server, checkpoint, page_size, stop_after, items))
    else:
        with PartnerCentralSellingClient(**client_options(server)) as client:
            sync = client.sync_opportunities(checkpoint, catalog="Sandbox", max_results=page_size)
            for item in sync:
                items.append(item)
                if len(items) == stop_after:
                    break
            checkpoint = sync.checkpoint
    kept = SyncCheckpoint.from_dict(json.loads(json.dumps(checkpoint.to_dict())))
    assert kept == checkpoint
    versions = []
    for item in items:
        assert item.id is not None and item.last_modified_date is not None
        versions.append((item.id, item.last_modified_date))
    return versions, kept


async def _run_async(
    server: LocalAwsServer,
    checkpoint: SyncCheckpoint | None,
    page_size: int,
    stop_after: int | None,
    items: list[OpportunitySummary],
) -> SyncCheckpoint:
    async with AsyncPartnerCentralSellingClient(**client_options(server)) as client:
        sync = client.sync_opportunities(checkpoint, catalog="Sandbox", max_results=page_size)
        async for item in sync:
            items.append(item)
            if len(items) == stop_after:
                break
        return sync.checkpoint


ASYNC = pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])


@ASYNC
def test_every_item_at_one_instant_over_many_pages(
    server: LocalAwsServer, fake: FakeOpportunityList, asynchronous: bool
) -> None:
    fake.reset()
    for n in range(25):
        fake.put(f"O{n:07d}", 0)
    first, checkpoint = run_sync(server, asynchronous, None, page_size=4)
    assert sorted(first) == sorted(fake.versions())
    assert checkpoint.watermark == at(0) and len(checkpoint.boundary_ids) == 25
    assert checkpoint.page_token is None and checkpoint.listed_from is None
    # Nothing changed: the next run lists the boundary again (inclusive) and yields none.
    again, _ = run_sync(server, asynchronous, checkpoint, page_size=4)
    assert again == []
    # One more at the very same instant, after the run: it is found.
    fake.put("O9999999", 0)
    late, _ = run_sync(server, asynchronous, checkpoint, page_size=4)
    assert late == [("O9999999", at(0))]


@ASYNC
def test_a_checkpoint_taken_mid_pagination_resumes_with_the_rest(
    server: LocalAwsServer, fake: FakeOpportunityList, asynchronous: bool
) -> None:
    fake.reset()
    for n in range(30):
        fake.put(f"O{n:07d}", n // 4)  # four items a second: pages of 3 cut through them
    head, checkpoint = run_sync(server, asynchronous, None, page_size=3, stop_after=17)
    assert checkpoint.page_token is not None and checkpoint.listed_from is None
    calls = fake.list_calls
    tail, end = run_sync(server, asynchronous, checkpoint, page_size=3)
    assert len(head) == 17 and sorted(head + tail) == sorted(fake.versions())
    assert fake.list_calls - calls == 5  # the page of item 17 again, then the 4 after it
    assert end.watermark == at(7) and end.page_token is None


def test_a_resumed_run_sends_the_query_its_token_came_from(
    server: LocalAwsServer, fake: FakeOpportunityList
) -> None:
    """The fake refuses a token with another filter, so resuming must list from where the
    interrupted run listed from, not from the watermark it had reached."""
    fake.reset()
    for n in range(12):
        fake.put(f"O{n:07d}", n)
    _, start = run_sync(server, False, SyncCheckpoint.since(at(2)), page_size=2, stop_after=5)
    assert start.listed_from == at(2) and start.watermark == at(6)
    rest, _ = run_sync(server, False, start, page_size=2)
    assert [i for i, _ in rest] == [f"O{n:07d}" for n in range(7, 12)]
    moved = SyncCheckpoint(start.watermark, start.boundary_ids, start.page_token, at(6))
    with pytest.raises(ValidationException, match="NextToken belongs to another query"):
        run_sync(server, False, moved, page_size=2)


def test_the_checkpoint_json_is_plain_and_checked() -> None:
    checkpoint = SyncCheckpoint(at(1), frozenset({"O2", "O1"}), "tok", at(0))
    assert checkpoint.to_dict() == {
        "version": 1,
        "watermark": "2024-05-01T12:00:01+00:00",
        "boundary_ids": ["O1", "O2"],
        "page_token": "tok",
        "listed_from": "2024-05-01T12:00:00+00:00",
    }
    assert SyncCheckpoint.since(dt.datetime(2024, 5, 1, 12)) == SyncCheckpoint(at(0))
    for bad in (
        {},
        {"version": 1, "boundary_ids": "O1"},
        {**checkpoint.to_dict(), "watermark": 5},
    ):
        with pytest.raises(ValueError, match="sync checkpoint"):
            SyncCheckpoint.from_dict(bad)
    with pytest.raises(AttributeError, match="immutable"):
        checkpoint.page_token = None  # type: ignore[misc]


# Between runs: the clock moves on by 0-2 seconds (0: changes land at the very instant
# the last run stopped at), then some opportunities change and some are created.
changes = st.lists(
    st.tuples(st.integers(0, 2), st.lists(st.integers(0, 10_000), max_size=30), st.integers(0, 8)),
    min_size=2,
    max_size=4,
)


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    seconds=st.lists(st.integers(0, 40), min_size=150, max_size=300),
    page_size=st.integers(1, 100) | st.integers(2, 12),
    between=changes,
    interrupts=st.tuples(st.integers(1, 149), st.integers(1, 20)),
    asynchronous=st.booleans(),
)
def test_each_change_once_over_runs_with_collisions(
    server: LocalAwsServer,
    fake: FakeOpportunityList,
    seconds: list[int],
    page_size: int,
    between: list[tuple[int, list[int], int]],
    interrupts: tuple[int, int],
    asynchronous: bool,
) -> None:
    fake.reset()
    for n, second in enumerate(seconds):
        fake.put(f"O{n:07d}", second)
    clock = max(seconds)
    checkpoint: SyncCheckpoint | None = None
    previous: set[Version] = set()
    for number, (tick, touched, created) in enumerate([(0, [], 0), *between]):
        clock += tick
        ids = sorted(fake.modified)
        for pick in touched:
            opportunity_id = ids[pick % len(ids)]
            if fake.modified[opportunity_id] < at(clock):
                fake.put(opportunity_id, clock)
        for n in range(created):
            fake.put(f"N{number}-{n}", clock)
        current = fake.versions()
        if number < len(interrupts):  # interrupted, and resumed from its checkpoint
            stop = interrupts[number]
            head, checkpoint = run_sync(server, asynchronous, checkpoint, page_size, stop)
            tail, checkpoint = run_sync(server, asynchronous, checkpoint, page_size)
            yielded = head + tail
        else:
            yielded, checkpoint = run_sync(server, asynchronous, checkpoint, page_size)
        assert len(yielded) == len(set(yielded)), "an item twice in one run"
        assert set(yielded) == current - previous, f"run {number}"
        previous = current
