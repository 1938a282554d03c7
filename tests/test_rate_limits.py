"""Rate limits per operation group: the preset beside the model, the runtime's budgets, bulk runs.

Three parts. The preset (``models/partnercentral-selling/customizations/rate-limits.json``)
is checked at load time: every operation of the package in exactly one group or
unlimited, each error with the file, the JSON pointer and a fix. The runtime's budgets
(``runtime/retries/pacing.py``) are driven with a fake clock: spacing, bursts, the rolling
24-hour count, sharing. Then bulk runs of the committed package against a local server
that enforces each group's rate the way the service states it ("N per second", a bucket
of one second's worth) and answers ``ThrottlingException`` past it: paced runs, sync,
async and two clients sharing an account, meet no throttling and are never faster than
the quota allows; an unpaced run is throttled (the server has teeth). Most runs use small
figures through ``RateLimits.with_limits``; one uses the published preset for a handful of
calls. ``ServiceQuotaExceededException`` is never retried.

Budgets are process-wide, keyed by the signing identity: each test signs with an access
key of its own, so no two tests share a budget.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final

import pytest

from generator.loaders import load_model
from generator.model.ir import RateLimitPreset
from tests.customizing import assert_refused, load_with
from tests.localserver import JSON_CONTENT_TYPE, LocalAwsServer, RecordedRequest, Response
from tests.packages import cut_model
from tests.populate import populate, to_wire_json

from partnercentral_selling import (  # noqa: E402
    AsyncPartnerCentralSellingClient,
    Credentials,
    PartnerCentralSellingClient,
    QuotaExhaustedError,
)
from typed_aws_runtime.config.client_config import (  # noqa: E402
    ConfigurationError,
)
from typed_aws_runtime.retries import pacing  # noqa: E402
from partnercentral_selling.errors import ThrottlingException  # noqa: E402
from partnercentral_selling.rate_limits import PRESETS, GroupLimit, RateLimits  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PINNED = ROOT / "models" / "partnercentral-selling" / "2022-07-26"
PRESET_FILE = PINNED.parent / "customizations" / "rate-limits.json"
PUBLISHED: Final = "partner-central-published"
SHAPES: dict[str, Any] = json.loads((PINNED / "service-2.json").read_text())["shapes"]
OPERATIONS: dict[str, Any] = json.loads((PINNED / "service-2.json").read_text())["operations"]
REGION = "us-east-1"
SLACK = 0.001  # seconds: a sleep may end this much early by the clock's resolution


# -- the preset, checked against the model ---------------------------------------------


def test_the_pinned_preset_places_every_operation_once() -> None:
    service = load_model(PINNED)
    [preset] = service.customization.rate_limits
    assert preset.name == PUBLISHED
    assert preset.source.startswith("https://docs.aws.amazon.com/partner-central/")
    placed = [op for group in preset.groups for op in group.operations] + list(preset.unlimited)
    assert sorted(placed) == sorted(operation.name for operation in service.operations)
    figures = {g.name: (g.rate, g.burst, g.daily_quota) for g in preset.groups}
    assert figures["read"] == (10, 1, 100_000)
    assert figures["write"] == (1, 1, 10_000)
    assert figures["engagement-write"] == (15, 1, None)


def test_the_package_renders_the_preset_as_data() -> None:
    [preset] = load_model(PINNED).customization.rate_limits
    limits = PRESETS[PUBLISHED]
    assert dict(limits.groups) == {
        g.name: GroupLimit(g.rate, g.burst, g.daily_quota) for g in preset.groups
    }
    assert limits.operations["GetOpportunity"] == "read"
    assert limits.operations["StartEngagementFromOpportunityTask"] == "write"
    assert limits.operations["ListEngagements"] is None
    assert len(limits.operations) == len(OPERATIONS)


OPERATIONS_CUT = ("GetOpportunity", "ListOpportunities", "CreateOpportunity", "ListSolutions")


@pytest.fixture(scope="module")
def model_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("models") / "selling"
    cut_model(PINNED, root / "2022-07-26", OPERATIONS_CUT)
    return root


def _preset_document() -> dict[str, Any]:
    groups = {
        "read": {
            "description": "Reads",
            "operations": ["GetOpportunity", "ListOpportunities"],
            "rate_per_second": 10,
            "burst": 1,
            "daily_quota": 100000,
        },
        "write": {
            "description": "Writes",
            "operations": ["CreateOpportunity"],
            "rate_per_second": 1,
            "burst": 1,
        },
    }
    preset = {
        "description": "Test figures.",
        "source": "https://example.com/quotas",
        "groups": groups,
        "unlimited": ["ListSolutions"],
    }
    return {"presets": {"published": preset}}


def _load(model_root: Path, tmp_path: Path, document: object) -> tuple[RateLimitPreset, ...]:
    folder = tmp_path / "customizations"
    service = load_with(model_root / "2022-07-26", folder, "rate-limits.json", document)
    return service.customization.rate_limits


def test_a_valid_preset_loads(model_root: Path, tmp_path: Path) -> None:
    [preset] = _load(model_root, tmp_path, _preset_document())
    assert [(g.name, g.operations) for g in preset.groups] == [
        ("read", ("GetOpportunity", "ListOpportunities")),
        ("write", ("CreateOpportunity",)),
    ]
    assert preset.unlimited == ("ListSolutions",)


def _groups(document: dict[str, Any]) -> dict[str, Any]:
    groups: dict[str, Any] = document["presets"]["published"]["groups"]
    return groups


PRESET = "/presets/published"
BROKEN: dict[str, tuple[Callable[[dict[str, Any]], None], str, str, str]] = {
    # name: (mutation, JSON pointer, words of the problem, words of the fix)
    "unknown operation": (
        lambda d: _groups(d)["write"]["operations"].append("CreateOportunity"),
        f"{PRESET}/groups/write/operations/1",
        "no operation 'CreateOportunity' in the package",
        "did you mean 'CreateOpportunity'?",
    ),
    "in two groups": (
        lambda d: _groups(d)["write"]["operations"].append("GetOpportunity"),
        f"{PRESET}/groups/write/operations/1",
        "'GetOpportunity' is placed twice (first at /presets/published/groups/read/operations/0)",
        "keep it in one group",
    ),
    "in a group and unlimited": (
        lambda d: d["presets"]["published"]["unlimited"].append("CreateOpportunity"),
        f"{PRESET}/unlimited/1",
        "'CreateOpportunity' is placed twice",
        "keep it in one group, or in 'unlimited'",
    ),
    "an operation nowhere": (
        lambda d: d["presets"]["published"].update(unlimited=[]),
        PRESET,
        "the preset says nothing of ListSolutions",
        "put each operation in a group, or in 'unlimited' when no limit is published",
    ),
    "zero rate": (
        lambda d: _groups(d)["read"].update(rate_per_second=0),
        f"{PRESET}/groups/read/rate_per_second",
        "0 is less than or equal to the minimum of 0",
        "",
    ),
    "burst below one": (
        lambda d: _groups(d)["read"].update(burst=0),
        f"{PRESET}/groups/read/burst",
        "0 is less than the minimum of 1",
        "",
    ),
    "misspelt key": (
        lambda d: _groups(d)["read"].update(daily_limit=5),
        f"{PRESET}/groups/read",
        "unknown key 'daily_limit'",
        "did you mean 'daily_quota'?",
    ),
    "a group name that is no name": (
        lambda d: _groups(d).update({"Read Ops": _groups(d).pop("read")}),
        f"{PRESET}/groups/Read Ops",
        "'Read Ops'",
        "",
    ),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_preset_names_file_pointer_and_fix(
    name: str, model_root: Path, tmp_path: Path
) -> None:
    mutate, *expected = BROKEN[name]
    document = _preset_document()
    mutate(document)
    folder = tmp_path / "customizations"
    assert_refused(model_root / "2022-07-26", folder, "rate-limits.json", document, expected)


# -- the runtime's budgets, on a fake clock ------------------------------------------------


class Clock:
    """A clock the test moves."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


INTERVAL = 0.1 / (1 - pacing.HEADROOM)  # seconds between slots at 10 per second


def test_a_budget_spaces_slots_at_its_rate_after_its_burst() -> None:
    clock = Clock()
    budget = pacing.GroupBudget("read", GroupLimit(rate=10, burst=3), clock)
    # Reserved at once, one after another: the burst goes now, then one per 100 ms (plus
    # the headroom: a little under the rate).
    assert [budget.reserve() for _ in range(6)] == pytest.approx(
        [0, 0, 0, INTERVAL, 2 * INTERVAL, 3 * INTERVAL]
    )
    clock.now += 10  # the debt is repaid and the bucket refills, up to its burst only
    assert [budget.reserve() for _ in range(4)] == pytest.approx([0, 0, 0, INTERVAL])


def test_concurrent_callers_get_distinct_successive_slots() -> None:
    budget = pacing.GroupBudget("write", GroupLimit(rate=5), time.monotonic)
    pauses: list[float] = []
    lock = threading.Lock()

    def take() -> None:
        pause = budget.reserve()
        with lock:
            pauses.append(pause)

    threads = [threading.Thread(target=take) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # Each slot one interval after the previous one (less the little time the threads took).
    gaps = [b - a for a, b in zip(sorted(pauses), sorted(pauses)[1:])]
    assert all(2 * INTERVAL - 0.01 < gap <= 2 * INTERVAL + 1e-9 for gap in gaps), gaps


def test_the_daily_quota_refuses_at_once_and_frees_a_slot_after_24_hours() -> None:
    clock = Clock()
    budget = pacing.GroupBudget("write", GroupLimit(rate=1000, burst=5, daily_quota=5), clock)
    for _ in range(5):
        budget.reserve()
    clock.now += 3600
    with pytest.raises(QuotaExhaustedError) as caught:
        budget.reserve()
    error = caught.value
    assert (error.group, error.daily_quota) == ("write", 5)
    # Counted in one-minute bins: never shorter than 24 hours from the oldest request.
    assert 86400 - 3600 <= error.retry_after <= 86400 - 3600 + pacing.BIN
    assert "nothing was sent" in str(error)
    clock.now += error.retry_after
    assert budget.reserve() == 0  # the five of the first minute have left the window
    with pytest.raises(QuotaExhaustedError):
        for _ in range(5):  # four more fit: the window holds one request now
            budget.reserve()


def test_budgets_are_shared_by_identity_region_group_and_figures() -> None:
    limit = GroupLimit(rate=3)
    one = pacing.shared_budget("111122223333", "us-east-1", "read", limit)
    assert pacing.shared_budget("111122223333", "us-east-1", "read", GroupLimit(rate=3)) is one
    others = [
        pacing.shared_budget("444455556666", "us-east-1", "read", limit),
        pacing.shared_budget("111122223333", "eu-west-1", "read", limit),
        pacing.shared_budget("111122223333", "us-east-1", "write", limit),
        pacing.shared_budget("111122223333", "us-east-1", "read", GroupLimit(rate=4)),
    ]
    assert all(other is not one for other in others)


def test_with_limits_and_scaled_derive_checked_limits() -> None:
    published = PRESETS[PUBLISHED]
    faster = published.with_limits(
        {"read": GroupLimit(50), "bulk": GroupLimit(2)}, {"ListEngagements": "bulk"}
    )
    assert faster.groups["read"] == GroupLimit(50)
    assert faster.operations["ListEngagements"] == "bulk"
    assert published.operations["ListEngagements"] is None  # unchanged: immutable
    half = published.scaled(0.5)
    assert half.groups["write"] == GroupLimit(0.5, 1, 5000)
    with pytest.raises(ValueError, match="no operation 'GetOportunity' .*'GetOpportunity'"):
        published.with_limits(operations={"GetOportunity": None})
    with pytest.raises(ValueError, match="in the group 'bulk', which has no limit"):
        published.with_limits(operations={"ListEngagements": "bulk"})
    with pytest.raises(ValueError, match="factor must be > 0 and <= 1"):
        published.scaled(2)
    with pytest.raises(ValueError, match="rate must be requests per second > 0"):
        GroupLimit(0)
    with pytest.raises(ValueError, match="burst must be a whole number >= 1"):
        GroupLimit(1, burst=0)


def test_the_client_option_takes_a_preset_name_or_limits_and_nothing_else() -> None:
    options: dict[str, Any] = {"region": REGION, "credentials": Credentials("AKID1", "secret")}
    with PartnerCentralSellingClient(**options, rate_limits=PUBLISHED) as client:
        assert client._core.rate_limits is PRESETS[PUBLISHED]
    custom = PRESETS[PUBLISHED].scaled(0.5)
    with PartnerCentralSellingClient(**options, rate_limits=custom) as client:
        assert client._core.rate_limits is custom
    with PartnerCentralSellingClient(**options) as client:
        assert client._core.rate_limits is None  # opt-in
    with pytest.raises(ConfigurationError, match="takes the name of a preset \\('partner-cent"):
        PartnerCentralSellingClient(**options, rate_limits="published")  # type: ignore[arg-type]


# -- bulk runs against a server that enforces the quotas -----------------------------------


class QuotaServer:
    """Answers like the service within each group's rate, ``ThrottlingException`` past it.

    Each group is a bucket of one second's worth of requests (at least one), refilled at
    its rate, as "N per second" reads; it counts the requests it throttled.
    """

    def __init__(self, limits: RateLimits) -> None:
        self.limits = limits
        self.throttled = 0
        self._tokens: dict[str, tuple[float, float]] = {}  # group -> (tokens, at)
        self._lock = threading.Lock()

    def __call__(self, request: RecordedRequest) -> Response:
        operation = (request.header("X-Amz-Target") or "").rsplit(".", 1)[-1]
        group = self.limits.operations.get(operation)
        if group is not None and not self._admit(group, self.limits.groups[group].rate):
            return _error(400, "ThrottlingException", "Rate exceeded")
        return _output(operation)

    def _admit(self, group: str, rate: float) -> bool:
        capacity = max(1.0, rate)
        with self._lock:
            now = time.monotonic()
            tokens, at = self._tokens.get(group, (capacity, now))
            tokens = min(capacity, tokens + (now - at) * rate)
            admitted = tokens >= 1
            self._tokens[group] = (tokens - 1 if admitted else tokens, now)
            self.throttled += not admitted
            return admitted


def _output(operation: str) -> Response:
    body: Any = {}
    if "output" in OPERATIONS[operation]:
        name = OPERATIONS[operation]["output"]["shape"]
        body = to_wire_json(SHAPES, name, populate(SHAPES, name))
    headers = {"Content-Type": JSON_CONTENT_TYPE, "x-amzn-RequestId": str(uuid.uuid4())}
    return 200, headers, json.dumps(body).encode()


def _error(status: int, code: str, message: str) -> Response:
    headers = {"Content-Type": JSON_CONTENT_TYPE, "x-amzn-RequestId": str(uuid.uuid4())}
    return status, headers, json.dumps({"__type": code, "message": message}).encode()


@contextmanager
def serving(handler: Any) -> Iterator[tuple[LocalAwsServer, dict[str, Any]]]:
    """A signature-checking server, and client options for an account of this test only."""
    key = f"AKID{uuid.uuid4().hex[:16].upper()}"
    with LocalAwsServer(
        handler,
        credentials=(key, "secret", None),
        region=REGION,
        service="partnercentral-selling",
    ) as server:
        options = {
            "region": REGION,
            "endpoint_url": server.url,
            "credentials": Credentials(key, "secret"),
        }
        yield server, options
    assert not server.errors
    assert all(request.signature_valid for request in server.requests)


def _get(client: PartnerCentralSellingClient, i: int) -> None:
    client.get_opportunity(catalog="Sandbox", identifier=f"O{i:07d}")


# Small figures: 40 reads per second, 10 writes per second.
SMALL = PRESETS[PUBLISHED].with_limits({"read": GroupLimit(40), "write": GroupLimit(10)})
CALLS = 80  # reads of a bulk run: 79 intervals of 25 ms, at least 1.975 s


def _report(what: str, elapsed: float, least: float, server: QuotaServer) -> None:
    print(f"{what}: {elapsed:.3f} s for at least {least:.3f} s, {server.throttled} throttled")


def test_a_paced_bulk_run_meets_no_throttling_and_keeps_to_the_rate() -> None:
    quota = QuotaServer(SMALL)
    with serving(quota) as (server, options):
        with PartnerCentralSellingClient(**options, rate_limits=SMALL) as client:
            started = time.monotonic()
            with ThreadPoolExecutor(8) as pool:
                list(pool.map(lambda i: _get(client, i), range(CALLS)))
            elapsed = time.monotonic() - started
    least = (CALLS - 1) / 40
    _report("sync, 8 threads", elapsed, least, quota)
    assert len(server.requests) == CALLS  # none retried: no throttling met
    assert quota.throttled == 0
    assert elapsed >= least - SLACK


def test_an_unpaced_bulk_run_is_throttled_by_the_same_server() -> None:
    quota = QuotaServer(SMALL)
    with serving(quota) as (server, options):
        with PartnerCentralSellingClient(**options, max_attempts=1) as client:
            with ThreadPoolExecutor(8) as pool:
                outcomes = list(
                    pool.map(lambda i: _outcome(lambda: _get(client, i)), range(CALLS))
                )
    assert quota.throttled > 0
    assert sum(isinstance(outcome, ThrottlingException) for outcome in outcomes) == quota.throttled


def _outcome(call: Callable[[], Any]) -> Any:
    try:
        return call()
    except Exception as error:  # the test counts them
        return error


def test_two_clients_of_one_account_share_its_budget() -> None:
    quota = QuotaServer(SMALL)
    with serving(quota) as (server, options):
        with (
            PartnerCentralSellingClient(**options, rate_limits=SMALL) as first,
            PartnerCentralSellingClient(**options, rate_limits=SMALL) as second,
        ):
            started = time.monotonic()
            with ThreadPoolExecutor(8) as pool:
                list(pool.map(lambda i: _get((first, second)[i % 2], i), range(CALLS)))
            elapsed = time.monotonic() - started
    least = (CALLS - 1) / 40
    _report("sync, two clients", elapsed, least, quota)
    assert quota.throttled == 0 and len(server.requests) == CALLS
    assert elapsed >= least - SLACK  # not twice the rate: one budget for both


def test_the_async_client_paces_without_blocking_its_loop() -> None:
    quota = QuotaServer(SMALL)
    with serving(quota) as (server, options):

        async def run() -> tuple[float, float]:
            ticks: list[float] = []
            done = asyncio.Event()

            async def ticker() -> None:
                while not done.is_set():
                    ticks.append(time.monotonic())
                    await asyncio.sleep(0.01)

            async with AsyncPartnerCentralSellingClient(**options, rate_limits=SMALL) as client:
                tick = asyncio.create_task(ticker())
                started = time.monotonic()
                await asyncio.gather(
                    *(
                        client.get_opportunity(catalog="Sandbox", identifier=f"O{i:07d}")
                        for i in range(CALLS)
                    )
                )
                elapsed = time.monotonic() - started
                done.set()
                await tick
            return elapsed, max(b - a for a, b in zip(ticks, ticks[1:]))

        elapsed, longest_gap = asyncio.run(run())
    least = (CALLS - 1) / 40
    _report("async, 80 tasks", elapsed, least, quota)
    assert quota.throttled == 0 and len(server.requests) == CALLS
    assert elapsed >= least - SLACK
    # All 80 slots were reserved at once, the last ~2 s away: a blocking sleep would have
    # stopped the ticker for that long.
    assert longest_gap < 1.0


def test_writes_and_reads_are_paced_apart_and_unlisted_operations_not_at_all() -> None:
    quota = QuotaServer(SMALL)
    with serving(quota) as (server, options):
        with PartnerCentralSellingClient(**options, rate_limits=SMALL) as client:
            started = time.monotonic()
            with ThreadPoolExecutor(4) as pool:
                list(pool.map(lambda i: _associate(client, i), range(10)))
            writes = time.monotonic() - started
            started = time.monotonic()
            for _ in range(20):
                client.list_engagements(catalog="Sandbox")  # not in any group
            unpaced = time.monotonic() - started
    assert quota.throttled == 0
    assert writes >= 9 / 10 - SLACK
    print(f"10 writes at 10/s: {writes:.3f} s; 20 unpaced calls: {unpaced:.3f} s")


def _associate(client: PartnerCentralSellingClient, i: int) -> None:
    client.associate_opportunity(
        catalog="Sandbox",
        opportunity_identifier=f"O{i:07d}",
        related_entity_type="Solutions",
        related_entity_identifier="S-0000001",
    )


def test_the_published_preset_over_a_handful_of_calls() -> None:
    published = PRESETS[PUBLISHED]
    quota = QuotaServer(published)
    with serving(quota) as (server, options):
        with PartnerCentralSellingClient(**options, rate_limits=PUBLISHED) as client:
            started = time.monotonic()
            for i in range(5):
                _get(client, i)  # read: 10 per second
            reads = time.monotonic() - started
            for i in range(3):
                _associate(client, i)  # write: 1 per second
            elapsed = time.monotonic() - started
    _report("published preset, 5 reads + 3 writes", elapsed, 2.0, quota)
    assert quota.throttled == 0 and len(server.requests) == 8
    assert reads >= 4 / 10 - SLACK
    assert elapsed >= 2 - SLACK  # the three writes one second apart


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_spent_daily_quota_raises_without_sending(mode: str) -> None:
    limits = PRESETS[PUBLISHED].with_limits({"read": GroupLimit(1000, 10, daily_quota=5)})
    with serving(_output_handler) as (server, options):
        if mode == "sync":
            with (
                PartnerCentralSellingClient(**options, rate_limits=limits) as first,
                PartnerCentralSellingClient(**options, rate_limits=limits) as second,
            ):
                outcomes = [_outcome(lambda: _get((first, second)[i % 2], i)) for i in range(7)]
        else:

            async def run() -> list[Any]:
                async with AsyncPartnerCentralSellingClient(**options, rate_limits=limits) as c:
                    return await asyncio.gather(
                        *(c.list_opportunities(catalog="Sandbox") for _ in range(7)),
                        return_exceptions=True,
                    )

            outcomes = asyncio.run(run())
    refused = [outcome for outcome in outcomes if isinstance(outcome, QuotaExhaustedError)]
    assert len(refused) == 2 and len(server.requests) == 5  # the quota is the account's
    assert refused[0].group == "read" and refused[0].retry_after > 86000
    assert "the daily quota of the operation group 'read' is spent" in str(refused[0])


def _output_handler(request: RecordedRequest) -> Response:
    return _output((request.header("X-Amz-Target") or "").rsplit(".", 1)[-1])
