"""Read-modify-write (``client.modify_*``, ``Update...Request.from_current``) over real HTTP.

The server is :class:`~tests.test_integration_http.FakePartnerCentral`, which enforces what
the API reference says of UpdateOpportunity: the payload replaces the whole record (a
member left out is cleared) and a write whose ``LastModifiedDate`` is not the record's is
refused with ``ConflictException``. It is extended here with customer accounts, under
the same rules (UpdateCustomerAccount, the other update the generator derived).

The concurrent writer is real too: a second client, whose write lands between the
helper's read and its write (from inside the helper's ``change``, the only moment the
helper is between the two). Sync and async clients both.
"""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from partnercentral_selling import (
    AsyncPartnerCentralSellingClient,
    Credentials,
    PartnerCentralSellingClient,
    UpdateConflictError,
)
from partnercentral_selling.commands import UpdateOpportunityCommand
from partnercentral_selling.enums import Stage
from partnercentral_selling.errors import ConflictException, ResourceNotFoundException
from partnercentral_selling.shapes import (
    CustomerAccountData,
    GetCustomerAccountResponse,
    UpdateCustomerAccountRequest,
    UpdateOpportunityRequest,
)
from tests.localserver import LocalAwsServer, Response
from tests.test_integration_http import (
    ACCESS_KEY,
    PROJECT_TITLE,
    REGION,
    SECRET_KEY,
    SIGNING_NAME,
    FakePartnerCentral,
    create_example,
    parse_iso,
)

ACCOUNT_ID = "cust-acc-0123456789abc"
ACCOUNT_ARN = (
    f"arn:aws:partnercentral:{REGION}:123456789012:catalog/Sandbox/customer-account/{ACCOUNT_ID}"
)
Change = Callable[[Any], Any]


class FakeWithAccounts(FakePartnerCentral):
    """The fake service, with GetCustomerAccount and UpdateCustomerAccount.

    UpdateCustomerAccount replaces ``Account`` and ``PartnerAccountIdentifier`` (the
    members a caller sets) and refuses a stale ``LastModifiedDate``, like the opportunity.
    """

    def __init__(self) -> None:
        super().__init__()
        self.accounts: dict[str, dict[str, Any]] = {}

    def _operations(self) -> dict[str, Callable[[dict[str, Any]], Response]]:
        return {
            **super()._operations(),
            "GetCustomerAccount": self._get_account,
            "UpdateCustomerAccount": self._update_account,
        }

    def add_account(self, **members: Any) -> None:
        created = self._tick()
        self.accounts[ACCOUNT_ID] = {
            "Arn": ACCOUNT_ARN,
            "Id": ACCOUNT_ID,
            "Catalog": "Sandbox",
            "EnrichmentStatus": "ENRICHED",
            "CreatedDate": created,
            "LastModifiedDate": created,
            **members,
        }

    def _get_account(self, body: dict[str, Any]) -> Response:
        record = self.accounts.get(body.get("Identifier", ""))
        if record is None:
            return self._error(404, "ResourceNotFoundException", {"Message": "No account."})
        return self._ok(record)

    def _update_account(self, body: dict[str, Any]) -> Response:
        record = self.accounts[body["Identifier"]]
        if parse_iso(body["LastModifiedDate"]) != parse_iso(record["LastModifiedDate"]):
            return self._error(409, "ConflictException", {"Message": "Changed since read."})
        for member in ("Account", "PartnerAccountIdentifier"):
            if member in body:
                record[member] = body[member]
            else:
                record.pop(member, None)
        record["LastModifiedDate"] = self._tick()
        answer = {k: record[k] for k in ("Arn", "Id", "Catalog", "CreatedDate")}
        answer.update(
            Status=record["EnrichmentStatus"], LastModifiedDate=record["LastModifiedDate"]
        )
        return self._ok(answer)


@pytest.fixture
def fake() -> FakeWithAccounts:
    return FakeWithAccounts()


@pytest.fixture
def server(fake: FakeWithAccounts) -> Iterator[LocalAwsServer]:
    with LocalAwsServer(
        fake,
        credentials=(ACCESS_KEY, SECRET_KEY, None),
        region=REGION,
        service=SIGNING_NAME,
    ) as server:
        yield server
        assert not server.errors, f"the fake service raised: {server.errors!r}"


def client_options(server: LocalAwsServer) -> dict[str, Any]:
    """A client's options for ``server``, with the credentials its signature check takes."""
    return {
        "region": REGION,
        "endpoint_url": server.url,
        "credentials": Credentials(ACCESS_KEY, SECRET_KEY),
    }


@pytest.fixture
def client(server: LocalAwsServer) -> Iterator[PartnerCentralSellingClient]:
    with PartnerCentralSellingClient(**client_options(server)) as client:
        yield client


def _modify(
    server: LocalAwsServer, asynchronous: bool, method: str, change: Change, **kw: Any
) -> Any:
    """``client.<method>(change, **kw)`` on a new sync or async client."""
    if not asynchronous:
        with PartnerCentralSellingClient(**client_options(server)) as client:
            return getattr(client, method)(change, **kw)

    async def run() -> Any:
        async with AsyncPartnerCentralSellingClient(**client_options(server)) as client:
            return await getattr(client, method)(change, **kw)

    return asyncio.run(run())


def _other_writer(server: LocalAwsServer, opportunity_id: str, times: int) -> Change:
    """A ``change`` that sets the next steps, after another client retitles the project.

    The other client writes during the first ``times`` calls: between this helper's read
    and its write, so each of those writes of the helper is stale.
    """
    calls: list[int] = []

    def retitle(request: UpdateOpportunityRequest) -> UpdateOpportunityRequest:
        assert request.project is not None
        request.project.title = f"Retitled {len(calls)}"
        return request

    def change(request: UpdateOpportunityRequest) -> UpdateOpportunityRequest:
        if len(calls) < times:
            with PartnerCentralSellingClient(**client_options(server)) as other:
                other.modify_opportunity(retitle, catalog="Sandbox", identifier=opportunity_id)
        calls.append(1)
        assert request.life_cycle is not None
        request.life_cycle.next_steps = "Call the CFO"
        return request

    return change


def _operations(server: LocalAwsServer) -> list[str]:
    return [(r.header("X-Amz-Target") or "").split(".")[-1] for r in server.requests]


def test_from_current_keeps_what_a_hand_built_update_clears(
    client: PartnerCentralSellingClient, fake: FakeWithAccounts
) -> None:
    by_hand, rebuilt = create_example(client).id, create_example(client, client_token="2").id
    before = client.get_opportunity(catalog="Sandbox", identifier=by_hand)
    # What a new user writes first: what they mean to change, and the token. The fake,
    # like the service, clears the rest.
    client.update_opportunity(
        catalog="Sandbox",
        identifier=by_hand,
        last_modified_date=before.last_modified_date,
        life_cycle=before.life_cycle,
    )
    cleared = {"Customer", "Project", "PrimaryNeedsFromAws", "PartnerOpportunityIdentifier"}
    assert not cleared & set(fake.opportunities[by_hand])

    current = client.get_opportunity(catalog="Sandbox", identifier=rebuilt)
    request = UpdateOpportunityRequest.from_current(current)
    assert request.identifier == current.id == rebuilt
    assert request.last_modified_date == current.last_modified_date
    assert request.life_cycle is not None and request.life_cycle.stage == Stage.PROSPECT
    request.life_cycle.next_steps = "Send the proposal"
    # A deep copy: the read is left as it was.
    assert current.life_cycle is not None and current.life_cycle.next_steps != "Send the proposal"
    client.send(UpdateOpportunityCommand(request))

    after = client.get_opportunity(catalog="Sandbox", identifier=rebuilt)
    assert after.life_cycle is not None and after.life_cycle.next_steps == "Send the proposal"
    assert cleared <= set(fake.opportunities[rebuilt])
    for name in ("customer", "project", "primary_needs_from_aws", "opportunity_type"):
        assert getattr(after, name) == getattr(current, name) is not None, name
    assert after.partner_opportunity_identifier == "CRM-0001"


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_a_concurrent_write_is_kept_and_the_change_applied_again(
    server: LocalAwsServer, fake: FakeWithAccounts, asynchronous: bool
) -> None:
    with PartnerCentralSellingClient(**client_options(server)) as client:
        opportunity_id = create_example(client).id
        before = copy.deepcopy(fake.opportunities[opportunity_id])
    server.clear()

    result = _modify(
        server,
        asynchronous,
        "modify_opportunity",
        _other_writer(server, opportunity_id, times=1),
        catalog="Sandbox",
        identifier=opportunity_id,
    )

    record = fake.opportunities[opportunity_id]
    assert record["Project"]["Title"] == "Retitled 0"  # the other writer's change
    assert record["LifeCycle"]["NextSteps"] == "Call the CFO"  # ours, applied again
    for member in ("Customer", "PrimaryNeedsFromAws", "OpportunityType", "NationalSecurity"):
        assert record.get(member) == before.get(member), member
    assert (
        record["Project"]["CustomerBusinessProblem"]
        == before["Project"]["CustomerBusinessProblem"]
    )
    assert result.id == opportunity_id
    assert result.last_modified_date == parse_iso(record["LastModifiedDate"])
    # Ours: read, (theirs: read, write), our stale write refused, read again, write.
    assert _operations(server) == [
        "GetOpportunity",
        "GetOpportunity",
        "UpdateOpportunity",
        "UpdateOpportunity",
        "GetOpportunity",
        "UpdateOpportunity",
    ]
    titles = [r.json().get("Project", {}).get("Title") for r in server.requests]
    assert titles[3] == PROJECT_TITLE  # the refused write held the title it had read


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_out_of_attempts_raises_update_conflict_error(
    server: LocalAwsServer, fake: FakeWithAccounts, asynchronous: bool
) -> None:
    with PartnerCentralSellingClient(**client_options(server)) as client:
        opportunity_id = create_example(client).id
    server.clear()

    with pytest.raises(UpdateConflictError) as caught:
        _modify(
            server,
            asynchronous,
            "modify_opportunity",
            _other_writer(server, opportunity_id, times=10),
            catalog="Sandbox",
            identifier=opportunity_id,
            max_attempts=3,
        )

    error = caught.value
    assert error.operation == "UpdateOpportunity" and error.attempts == 3
    assert isinstance(error.last_error, ConflictException)
    assert error.__cause__ is error.last_error
    assert str(error) == (
        "UpdateOpportunity: gave up after 3 attempts; each write found the resource changed "
        "since its read (ConflictException)"
    )
    # Three reads and three refused writes of ours, each after one of the other writer's.
    ours_then_theirs = ["GetOpportunity", "GetOpportunity", "UpdateOpportunity"]
    assert _operations(server) == (ours_then_theirs + ["UpdateOpportunity"]) * 3
    assert fake.opportunities[opportunity_id]["Project"]["Title"] == "Retitled 2"
    assert fake.opportunities[opportunity_id]["LifeCycle"]["NextSteps"] != "Call the CFO"


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_other_errors_are_raised_as_they_are(
    server: LocalAwsServer, fake: FakeWithAccounts, asynchronous: bool
) -> None:
    with pytest.raises(ResourceNotFoundException):
        _modify(
            server,
            asynchronous,
            "modify_opportunity",
            lambda request: request,
            catalog="Sandbox",
            identifier="O9999999",
        )
    assert _operations(server) == ["GetOpportunity"]


def test_the_token_is_the_reads_whatever_the_change_does(
    client: PartnerCentralSellingClient, fake: FakeWithAccounts
) -> None:
    opportunity_id = create_example(client).id

    def meddle(request: UpdateOpportunityRequest) -> UpdateOpportunityRequest:
        request.last_modified_date = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
        return request

    client.modify_opportunity(meddle, catalog="Sandbox", identifier=opportunity_id)
    assert fake.calls[-2:] == ["GetOpportunity", "UpdateOpportunity"]


def test_a_change_returning_something_else_is_refused(client: PartnerCentralSellingClient) -> None:
    opportunity_id = create_example(client).id
    forgets_to_return: Any = lambda request: None  # noqa: E731  (what mypy would catch)
    with pytest.raises(TypeError, match="change must return the UpdateOpportunityRequest"):
        client.modify_opportunity(forgets_to_return, catalog="Sandbox", identifier=opportunity_id)


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_customer_accounts_are_modified_the_same_way(
    server: LocalAwsServer, fake: FakeWithAccounts, asynchronous: bool
) -> None:
    fake.add_account(
        Account={"CompanyName": "Example Corp", "WebsiteUrl": "https://example.com"},
        PartnerAccountIdentifier="CRM-ACC-7",
    )
    first_read = True

    def rename(request: UpdateCustomerAccountRequest) -> UpdateCustomerAccountRequest:
        nonlocal first_read
        if first_read:  # another writer changes the website between our read and write
            fake.accounts[ACCOUNT_ID]["Account"]["WebsiteUrl"] = "https://example.org"
            fake.accounts[ACCOUNT_ID]["LastModifiedDate"] = fake._tick()
            first_read = False
        request.account.company_name = "Example Corporation"
        return request

    result = _modify(
        server,
        asynchronous,
        "modify_customer_account",
        rename,
        catalog="Sandbox",
        identifier=ACCOUNT_ID,
    )
    record = fake.accounts[ACCOUNT_ID]
    assert record["Account"] == {
        "CompanyName": "Example Corporation",
        "WebsiteUrl": "https://example.org",
    }
    assert record["PartnerAccountIdentifier"] == "CRM-ACC-7"
    assert result.last_modified_date == parse_iso(record["LastModifiedDate"])
    assert _operations(server).count("UpdateCustomerAccount") == 2


def test_from_current_of_a_customer_account_is_a_deep_copy() -> None:
    moment = dt.datetime(2024, 5, 1, tzinfo=dt.timezone.utc)
    current = GetCustomerAccountResponse(
        arn=ACCOUNT_ARN,
        id=ACCOUNT_ID,
        catalog="Sandbox",
        enrichment_status="ENRICHED",
        created_date=moment,
        last_modified_date=moment,
        account=CustomerAccountData(company_name="Example Corp"),
    )
    request = UpdateCustomerAccountRequest.from_current(current)
    assert request == UpdateCustomerAccountRequest(
        catalog="Sandbox",
        identifier=ACCOUNT_ID,
        account=CustomerAccountData(company_name="Example Corp"),
        last_modified_date=moment,
    )
    request.account.company_name = "Changed"
    assert current.account.company_name == "Example Corp"
