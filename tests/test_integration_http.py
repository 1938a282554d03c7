"""End-to-end tests of the generated client over real HTTP on 127.0.0.1.

Every call goes through the generated ``PartnerCentralSellingClient`` and its
default transport (pooled keep-alive sockets) to a
:class:`~tests.localserver.LocalAwsServer` that this module starts. The server
checks every request's SigV4 signature independently (with botocore) and
answers AWS's 403 when it does not verify; requests that verify go to
:class:`FakePartnerCentral`, a small in-memory stand-in for the service's
opportunity logic. The fake lives at the edge, as the server's request
handler: the client under test is the real one, unpatched.

Nothing here mocks the client, the signer or the transport.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import re
import threading
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.localserver import (
    JSON_CONTENT_TYPE,
    SIGNATURE_MISMATCH_MESSAGE,
    LocalAwsServer,
    RecordedRequest,
    Response,
    closed_port,
    wait_until,
)


from partnercentral_selling import (  # noqa: E402
    Credentials,
    ParamValidationError,
    PartnerCentralSellingClient,
    PartnerCentralSellingError,
    SdkError,
    ServiceError,
    TransportError,
)
from partnercentral_selling import errors  # noqa: E402
from typed_aws_runtime.transports.http import (  # noqa: E402
    HttpRequest,
    HttpResponse,
    Timeouts,
)
from typed_aws_runtime.transports.socket_handler import (  # noqa: E402
    SocketRequestHandler,
)
from partnercentral_selling.commands import (  # noqa: E402
    CreateOpportunityCommand,
    GetOpportunityCommand,
    ListOpportunitiesCommand,
    UpdateOpportunityCommand,
)
from partnercentral_selling.enums import (  # noqa: E402
    CountryCode,
    Industry,
    OpportunityOrigin,
    OpportunityType,
    PrimaryNeedFromAws,
    ReviewStatus,
    Stage,
    ValidationExceptionErrorCode,
    ValidationExceptionReason,
)
from partnercentral_selling.shapes import (  # noqa: E402
    Account,
    Address,
    Contact,
    CreateOpportunityResponse,
    Customer,
    GetOpportunityResponse,
    LifeCycle,
    ListOpportunitiesResponse,
    OpportunitySummary,
    Project,
    RelatedEntityIdentifiers,
    UpdateOpportunityResponse,
    ValidationExceptionError,
)

ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
SESSION_TOKEN = "IQoJb3JpZ2luX2VjEXAMPLETOKEN//////////wEaCXVzLWVhc3QtMSJHMEUCIQ"
REGION = "us-east-1"
SIGNING_NAME = "partnercentral-selling"  # the model's metadata.signingName
TARGET_PREFIX = "AWSPartnerCentralSelling"  # the model's metadata.targetPrefix
ERROR_NAMESPACE = "com.amazonaws.partnercentralselling"

# The fake's clock: every write moves it on by a fixed step, so the tests
# know each LastModifiedDate exactly (milliseconds included, as AWS sends).
T0 = dt.datetime(2024, 5, 1, 12, 0, 0, 123000, tzinfo=dt.timezone.utc)
STEP = dt.timedelta(minutes=1, milliseconds=250)

# Customer data that the model marks sensitive (Email, PhoneNumber,
# ContactFirstNameString, AccountCompanyNameString, WebsiteUrl, ...).
COMPANY = "Example Corp"
WEBSITE = "https://example-corp.example.com"
STREET = "410 Terry Ave N"
CITY = "Seattle"
POSTAL_CODE = "98109"
EMAIL = "jane.roe@example-corp.example.com"
PHONE = "+12065550100"
FIRST_NAME = "Jane"
LAST_NAME = "Roe"
JOB_TITLE = "Chief Technology Officer"
PROJECT_TITLE = "Data lake migration (confidential)"
BUSINESS_PROBLEM = "The on-premises warehouse cannot keep up with nightly loads."
NEXT_STEPS = "Call the CTO about the pilot budget"
SENSITIVE_VALUES = (
    COMPANY,
    WEBSITE,
    STREET,
    CITY,
    POSTAL_CODE,
    EMAIL,
    PHONE,
    FIRST_NAME,
    LAST_NAME,
    JOB_TITLE,
    PROJECT_TITLE,
    BUSINESS_PROBLEM,
    NEXT_STEPS,
)


def iso(moment: dt.datetime) -> str:
    """A DateTime as the service sends it: ISO 8601, UTC, milliseconds, ``Z``."""
    moment = moment.astimezone(dt.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_iso(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


# --- The fake service (the server's request handler) ---------------------------

# Members of an opportunity a caller sets (CreateOpportunity and, all but
# Origin/OpportunityTeam, UpdateOpportunity); the rest is the service's.
CREATE_MEMBERS = (
    "PrimaryNeedsFromAws",
    "NationalSecurity",
    "PartnerOpportunityIdentifier",
    "Customer",
    "Project",
    "OpportunityType",
    "Marketing",
    "SoftwareRevenue",
    "LifeCycle",
    "Origin",
    "OpportunityTeam",
)
UPDATE_MEMBERS = (
    "PrimaryNeedsFromAws",
    "NationalSecurity",
    "PartnerOpportunityIdentifier",
    "Customer",
    "Project",
    "OpportunityType",
    "Marketing",
    "SoftwareRevenue",
    "LifeCycle",
)
LIFE_CYCLE_SUMMARY_MEMBERS = (
    "Stage",
    "ClosedLostReason",
    "NextSteps",
    "TargetCloseDate",
    "ReviewStatus",
    "ReviewComments",
    "ReviewStatusReason",
)
CATALOGS = ("AWS", "Sandbox")


class FakePartnerCentral:
    """An in-memory Partner Central Selling, for CreateOpportunity, GetOpportunity,
    UpdateOpportunity and ListOpportunities, speaking awsJson 1.0 as AWS does.

    Opportunities are stored as the wire JSON the client sent, plus the
    service-owned members (Id, Arn, dates, review status). Behaviour follows
    the API reference: ClientToken makes CreateOpportunity idempotent,
    UpdateOpportunity replaces the whole record and refuses a stale
    LastModifiedDate (ConflictException), ListOpportunities pages with an
    opaque NextToken. Errors are the modeled ones, with their real members.

    Called from the server's connection threads: one lock guards the state.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._now = T0
        self._next_number = 1234567
        self.opportunities: dict[str, dict[str, Any]] = {}  # Id -> record, in creation order
        self.client_tokens: dict[str, str] = {}  # ClientToken -> Id
        self.calls: list[str] = []  # operation names, in arrival order
        self.request_ids: list[str] = []  # the x-amzn-RequestId of every answer

    def __call__(self, request: RecordedRequest) -> Response:
        target = request.header("X-Amz-Target") or ""
        prefix, _, operation = target.partition(".")
        handler = self._operations().get(operation) if prefix == TARGET_PREFIX else None
        if request.method != "POST" or handler is None:
            return self._error(400, "UnknownOperationException", {"message": f"Unknown: {target}"})
        if request.header("Content-Type") != JSON_CONTENT_TYPE:
            return self._error(400, "SerializationException", {"Message": "Wrong Content-Type"})
        try:
            body = request.json()
        except ValueError:
            return self._error(400, "SerializationException", {"Message": "Body is not JSON"})
        with self._lock:
            self.calls.append(operation)
            catalog = body.get("Catalog")
            if catalog not in CATALOGS:
                return self._validation_error(
                    "Catalog",
                    ValidationExceptionErrorCode.INVALID_ENUM_VALUE.value,
                    f"Catalog must be one of {', '.join(CATALOGS)}",
                )
            return handler(body)

    def _operations(self) -> dict[str, Callable[[dict[str, Any]], Response]]:
        return {
            "CreateOpportunity": self._create,
            "GetOpportunity": self._get,
            "UpdateOpportunity": self._update,
            "ListOpportunities": self._list,
        }

    # Answers.

    def _request_id(self) -> str:
        request_id = str(uuid.uuid4())
        self.request_ids.append(request_id)
        return request_id

    def _ok(self, payload: dict[str, Any]) -> Response:
        headers = {"Content-Type": JSON_CONTENT_TYPE, "x-amzn-RequestId": self._request_id()}
        return 200, headers, json.dumps(payload).encode()

    def _error(self, status: int, code: str, members: dict[str, Any]) -> Response:
        body = {"__type": f"{ERROR_NAMESPACE}#{code}", **members}
        headers = {
            "Content-Type": JSON_CONTENT_TYPE,
            "x-amzn-RequestId": self._request_id(),
            "x-amzn-ErrorType": f"{code}:http://internal.amazon.com/coral/{ERROR_NAMESPACE}/",
        }
        return status, headers, json.dumps(body).encode()

    def _validation_error(self, field: str, code: str, message: str) -> Response:
        return self._error(
            400,
            "ValidationException",
            {
                "Message": "The request failed validation.",
                "Reason": ValidationExceptionReason.REQUEST_VALIDATION_FAILED.value,
                "ErrorList": [{"FieldName": field, "Message": message, "Code": code}],
            },
        )

    def _tick(self) -> str:
        now = self._now
        self._now += STEP
        return iso(now)

    def _find(self, body: dict[str, Any]) -> dict[str, Any] | None:
        record = self.opportunities.get(body.get("Identifier", ""))
        if record is None or record["Catalog"] != body["Catalog"]:
            return None
        return record

    def _not_found(self, body: dict[str, Any]) -> Response:
        return self._error(
            404,
            "ResourceNotFoundException",
            {"Message": f"Opportunity {body.get('Identifier')} not found."},
        )

    # Operations.

    def _create(self, body: dict[str, Any]) -> Response:
        token = body.get("ClientToken")
        if not token:
            return self._validation_error(
                "ClientToken",
                ValidationExceptionErrorCode.REQUIRED_FIELD_MISSING.value,
                "Required",
            )
        existing = self.client_tokens.get(token)
        if existing is None:
            opportunity_id = f"O{self._next_number}"
            self._next_number += 1
            created = self._tick()
            record: dict[str, Any] = {k: body[k] for k in CREATE_MEMBERS if k in body}
            record.update(
                Catalog=body["Catalog"],
                Id=opportunity_id,
                Arn=f"arn:aws:partnercentral:{REGION}::catalog/{body['Catalog']}/opportunity/{opportunity_id}",
                CreatedDate=created,
                LastModifiedDate=created,
                RelatedEntityIdentifiers={},
            )
            record["LifeCycle"] = {
                **record.get("LifeCycle", {}),
                "ReviewStatus": ReviewStatus.PENDING_SUBMISSION.value,
            }
            self.opportunities[opportunity_id] = record
            self.client_tokens[token] = opportunity_id
            existing = opportunity_id
        record = self.opportunities[existing]
        answer = {"Id": record["Id"], "LastModifiedDate": record["LastModifiedDate"]}
        if "PartnerOpportunityIdentifier" in record:
            answer["PartnerOpportunityIdentifier"] = record["PartnerOpportunityIdentifier"]
        return self._ok(answer)

    def _get(self, body: dict[str, Any]) -> Response:
        record = self._find(body)
        if record is None:
            return self._not_found(body)
        return self._ok(record)

    def _update(self, body: dict[str, Any]) -> Response:
        record = self._find(body)
        if record is None:
            return self._not_found(body)
        sent = body.get("LastModifiedDate")
        if not isinstance(sent, str) or parse_iso(sent) != parse_iso(record["LastModifiedDate"]):
            return self._error(
                409,
                "ConflictException",
                {"Message": "The opportunity was modified since LastModifiedDate."},
            )
        # The whole payload replaces the record: an omitted member is cleared.
        review_status = record["LifeCycle"]["ReviewStatus"]
        for member in UPDATE_MEMBERS:
            if member in body:
                record[member] = body[member]
            else:
                record.pop(member, None)
        record["LifeCycle"] = {**record.get("LifeCycle", {}), "ReviewStatus": review_status}
        record["LastModifiedDate"] = self._tick()
        return self._ok({"Id": record["Id"], "LastModifiedDate": record["LastModifiedDate"]})

    def _list(self, body: dict[str, Any]) -> Response:
        page_size = body.get("MaxResults", 20)
        offset = 0
        if "NextToken" in body:
            try:
                state = json.loads(base64.urlsafe_b64decode(body["NextToken"]))
                offset = int(state["offset"])
            except (ValueError, KeyError, TypeError):
                return self._validation_error(
                    "NextToken", ValidationExceptionErrorCode.INVALID_VALUE.value, "Invalid token"
                )
        matches = [r for r in self.opportunities.values() if r["Catalog"] == body["Catalog"]]
        if "LifeCycleStage" in body:
            matches = [r for r in matches if r["LifeCycle"].get("Stage") in body["LifeCycleStage"]]
        if "CustomerCompanyName" in body:
            wanted = body["CustomerCompanyName"]
            matches = [
                r
                for r in matches
                if r.get("Customer", {}).get("Account", {}).get("CompanyName") in wanted
            ]
        page = matches[offset : offset + page_size]
        answer: dict[str, Any] = {"OpportunitySummaries": [self._summary(r) for r in page]}
        if offset + page_size < len(matches):
            token = json.dumps({"offset": offset + page_size}).encode()
            answer["NextToken"] = base64.urlsafe_b64encode(token).decode()
        return self._ok(answer)

    @staticmethod
    def _summary(record: dict[str, Any]) -> dict[str, Any]:
        keys = (
            "Catalog",
            "Id",
            "Arn",
            "PartnerOpportunityIdentifier",
            "OpportunityType",
            "LastModifiedDate",
            "CreatedDate",
        )
        summary = {k: record[k] for k in keys if k in record}
        life_cycle = record.get("LifeCycle", {})
        summary["LifeCycle"] = {
            k: life_cycle[k] for k in LIFE_CYCLE_SUMMARY_MEMBERS if k in life_cycle
        }
        account = record.get("Customer", {}).get("Account")
        if account is not None:
            account_keys = ("CompanyName", "Industry", "OtherIndustry", "WebsiteUrl")
            account_summary = {k: account[k] for k in account_keys if k in account}
            if "Address" in account:
                address = account["Address"]
                address_keys = ("City", "PostalCode", "StateOrRegion", "CountryCode")
                account_summary["Address"] = {k: address[k] for k in address_keys if k in address}
            summary["Customer"] = {"Account": account_summary}
        return summary


# --- Fixtures and helpers ----------------------------------------------------------


@pytest.fixture
def fake() -> FakePartnerCentral:
    return FakePartnerCentral()


def _serve(
    fake: FakePartnerCentral, credentials: tuple[str, str, str | None]
) -> Iterator[LocalAwsServer]:
    with LocalAwsServer(
        fake, credentials=credentials, region=REGION, service=SIGNING_NAME
    ) as server:
        yield server
        assert not server.errors, f"the fake service raised: {server.errors!r}"


@pytest.fixture
def server(fake: FakePartnerCentral) -> Iterator[LocalAwsServer]:
    """The local endpoint, verifying signatures for long-term keys (no session token)."""
    yield from _serve(fake, (ACCESS_KEY, SECRET_KEY, None))


@pytest.fixture
def token_server(fake: FakePartnerCentral) -> Iterator[LocalAwsServer]:
    """The local endpoint, verifying signatures for temporary credentials (with a token)."""
    yield from _serve(fake, (ACCESS_KEY, SECRET_KEY, SESSION_TOKEN))


def make_client(server: LocalAwsServer, **options: Any) -> PartnerCentralSellingClient:
    options.setdefault("credentials", Credentials(ACCESS_KEY, SECRET_KEY))
    options.setdefault("connect_timeout", 5.0)
    options.setdefault("read_timeout", 10.0)
    return PartnerCentralSellingClient(region=REGION, endpoint_url=server.url, **options)


@pytest.fixture
def client(server: LocalAwsServer) -> Iterator[PartnerCentralSellingClient]:
    with make_client(server) as client:
        yield client


def assert_well_formed(request: RecordedRequest, operation: str) -> None:
    """A verified awsJson 1.0 POST to ``/`` for ``operation``."""
    assert request.signature_valid is True, request.signature_error
    assert request.method == "POST"
    assert request.path == "/"
    assert request.header("X-Amz-Target") == f"{TARGET_PREFIX}.{operation}"
    assert request.header("Content-Type") == JSON_CONTENT_TYPE
    assert request.header("Content-Length") == str(len(request.body))


def signed_headers(request: RecordedRequest) -> list[str]:
    authorization = request.header("Authorization") or ""
    match = re.search(r"SignedHeaders=([^,\s]+)", authorization)
    assert match, authorization
    return match.group(1).split(";")


def signature_of(request: RecordedRequest) -> str:
    match = re.search(r"Signature=([0-9a-f]{64})", request.header("Authorization") or "")
    assert match
    return match.group(1)


def assert_uuid4(text: Any) -> None:
    assert isinstance(text, str)
    parsed = uuid.UUID(text)
    assert parsed.version == 4 and str(parsed) == text


def example_customer() -> Customer:
    return Customer(
        account=Account(
            company_name=COMPANY,
            industry=Industry.SOFTWARE_AND_INTERNET,
            website_url=WEBSITE,
            address=Address(
                street_address=STREET,
                city=CITY,
                postal_code=POSTAL_CODE,
                state_or_region="Washington",
                country_code=CountryCode.US,
            ),
        ),
        contacts=[
            Contact(
                email=EMAIL,
                first_name=FIRST_NAME,
                last_name=LAST_NAME,
                business_title=JOB_TITLE,
                phone=PHONE,
            )
        ],
    )


def create_example(
    client: PartnerCentralSellingClient, **options: Any
) -> CreateOpportunityResponse:
    options.setdefault("partner_opportunity_identifier", "CRM-0001")
    options.setdefault("customer", example_customer())
    return client.create_opportunity(
        catalog="Sandbox",
        origin=OpportunityOrigin.PARTNER_REFERRAL,
        opportunity_type=OpportunityType.NET_NEW_BUSINESS,
        primary_needs_from_aws=[PrimaryNeedFromAws.CO_SELL_ARCHITECTURAL_VALIDATION],
        project=Project(title=PROJECT_TITLE, customer_business_problem=BUSINESS_PROBLEM),
        life_cycle=LifeCycle(
            stage=Stage.PROSPECT, target_close_date="2025-12-31", next_steps=NEXT_STEPS
        ),
        **options,
    )


# --- The opportunity life cycle ------------------------------------------------------


def test_create_get_update_get_list_over_one_signed_keep_alive_connection(
    client: PartnerCentralSellingClient, server: LocalAwsServer, fake: FakePartnerCentral
) -> None:
    # Create: the ClientToken is left out, the client fills it.
    created = create_example(client)
    assert isinstance(created, CreateOpportunityResponse)
    assert re.fullmatch(r"O[0-9]{1,19}", created.id)
    assert created.partner_opportunity_identifier == "CRM-0001"
    assert created.last_modified_date == T0
    assert created.last_modified_date.tzinfo is not None

    # What went over the wire: enums as their values, nested shapes in wire names.
    sent = server.requests[0].json()
    assert_uuid4(sent["ClientToken"])
    assert sent["Catalog"] == "Sandbox"
    assert sent["LifeCycle"] == {
        "Stage": "Prospect",
        "TargetCloseDate": "2025-12-31",
        "NextSteps": NEXT_STEPS,
    }
    assert sent["Customer"]["Account"]["CompanyName"] == COMPANY
    assert sent["Customer"]["Account"]["Address"]["CountryCode"] == "US"
    assert sent["Customer"]["Contacts"] == [
        {
            "Email": EMAIL,
            "FirstName": FIRST_NAME,
            "LastName": LAST_NAME,
            "BusinessTitle": JOB_TITLE,
            "Phone": PHONE,
        }
    ]
    assert sent["PrimaryNeedsFromAws"] == ["Co-Sell - Architectural Validation"]
    assert sent["Origin"] == "Partner Referral"

    # Get: typed, with enums as enum members and timestamps as aware datetimes.
    got = client.get_opportunity(catalog="Sandbox", identifier=created.id)
    assert isinstance(got, GetOpportunityResponse)
    assert got.id == created.id
    assert got.catalog == "Sandbox"
    assert got.arn == f"arn:aws:partnercentral:{REGION}::catalog/Sandbox/opportunity/{created.id}"
    assert got.life_cycle is not None
    assert got.life_cycle.stage is Stage.PROSPECT
    assert got.life_cycle.review_status is ReviewStatus.PENDING_SUBMISSION
    assert got.life_cycle.next_steps == NEXT_STEPS
    assert got.opportunity_type is OpportunityType.NET_NEW_BUSINESS
    assert got.primary_needs_from_aws == [PrimaryNeedFromAws.CO_SELL_ARCHITECTURAL_VALIDATION]
    assert got.customer is not None and got.customer.account is not None
    assert got.customer.account.company_name == COMPANY
    assert got.customer.account.industry is Industry.SOFTWARE_AND_INTERNET
    assert got.customer.account.address is not None
    assert got.customer.account.address.country_code is CountryCode.US
    assert got.customer == example_customer()
    assert got.project == Project(title=PROJECT_TITLE, customer_business_problem=BUSINESS_PROBLEM)
    assert got.related_entity_identifiers == RelatedEntityIdentifiers()
    assert got.created_date == T0
    assert got.last_modified_date == created.last_modified_date
    assert isinstance(got.last_modified_date, dt.datetime)

    # Update: the full payload, built from what Get returned (decoded shapes
    # go back out as input), with the stage moved on.
    updated = client.update_opportunity(
        catalog="Sandbox",
        identifier=got.id,
        last_modified_date=got.last_modified_date,
        partner_opportunity_identifier=got.partner_opportunity_identifier,
        customer=got.customer,
        project=got.project,
        opportunity_type=got.opportunity_type,
        primary_needs_from_aws=got.primary_needs_from_aws,
        life_cycle=LifeCycle(
            stage=Stage.QUALIFIED, target_close_date="2025-12-31", next_steps="Pilot approved"
        ),
    )
    assert isinstance(updated, UpdateOpportunityResponse)
    assert updated.id == created.id
    assert updated.last_modified_date == T0 + STEP
    assert updated.last_modified_date > got.last_modified_date
    sent = server.requests[2].json()
    assert sent["LastModifiedDate"] == iso(T0)  # the ISO 8601 form the service sent back
    assert sent["Customer"] == server.requests[0].json()["Customer"]  # round trip unchanged

    # Get again: the update is there, the untouched customer data too.
    again = client.get_opportunity(catalog="Sandbox", identifier=created.id)
    assert again.life_cycle is not None
    assert again.life_cycle.stage is Stage.QUALIFIED
    assert again.life_cycle.review_status is ReviewStatus.PENDING_SUBMISSION
    assert again.life_cycle.next_steps == "Pilot approved"
    assert again.customer is not None and again.customer.account is not None
    assert again.customer.account.company_name == COMPANY
    assert again.last_modified_date == updated.last_modified_date
    assert again.created_date == T0

    # Two more opportunities, then list them two per page.
    second = create_example(client, partner_opportunity_identifier="CRM-0002")
    third = create_example(
        client,
        partner_opportunity_identifier="CRM-0003",
        customer=Customer(account=Account(company_name="Other Co")),
    )
    page1 = client.list_opportunities(catalog="Sandbox", max_results=2)
    assert isinstance(page1, ListOpportunitiesResponse)
    assert page1.next_token is not None
    page2 = client.list_opportunities(
        catalog="Sandbox", max_results=2, next_token=page1.next_token
    )
    assert page2.next_token is None
    summaries = page1.opportunity_summaries + page2.opportunity_summaries
    assert [len(page1.opportunity_summaries), len(page2.opportunity_summaries)] == [2, 1]
    assert all(isinstance(s, OpportunitySummary) for s in summaries)
    assert [s.id for s in summaries] == [created.id, second.id, third.id]
    first = summaries[0]
    assert first.life_cycle is not None and first.life_cycle.stage is Stage.QUALIFIED
    assert first.customer is not None and first.customer.account is not None
    assert first.customer.account.company_name == COMPANY
    assert first.last_modified_date == updated.last_modified_date
    assert summaries[1].life_cycle is not None
    assert summaries[1].life_cycle.stage is Stage.PROSPECT
    assert summaries[2].customer is not None and summaries[2].customer.account is not None
    assert summaries[2].customer.account.company_name == "Other Co"
    assert [s.last_modified_date for s in summaries[1:]] == [T0 + 2 * STEP, T0 + 3 * STEP]
    assert server.requests[-1].json() == {
        "Catalog": "Sandbox",
        "MaxResults": 2,
        "NextToken": page1.next_token,
    }

    # Every request: signed and verified, the right target, awsJson 1.0.
    operations = [
        "CreateOpportunity",
        "GetOpportunity",
        "UpdateOpportunity",
        "GetOpportunity",
        "CreateOpportunity",
        "CreateOpportunity",
        "ListOpportunities",
        "ListOpportunities",
    ]
    requests = server.requests
    assert len(requests) == len(operations)
    for request, operation in zip(requests, operations):
        assert_well_formed(request, operation)
        assert "x-amz-target" in signed_headers(request)
        assert request.header("X-Amz-Security-Token") is None
    assert fake.calls == operations

    # Each create got its own fresh UUID4 idempotency token.
    tokens = [r.json()["ClientToken"] for r in requests if r.json().get("ClientToken")]
    assert len(tokens) == 3 and len(set(tokens)) == 3
    for token in tokens:
        assert_uuid4(token)

    # Keep-alive: all eight calls on one TCP connection.
    assert {r.connection_id for r in requests} == {1}
    assert server.connection_count == 1


def test_explicit_client_token_is_sent_as_given_and_makes_create_idempotent(
    client: PartnerCentralSellingClient, server: LocalAwsServer, fake: FakePartnerCentral
) -> None:
    token = "crm-sync-0001-create"
    first = create_example(client, client_token=token)
    retry = create_example(client, client_token=token)
    assert retry.id == first.id
    assert len(fake.opportunities) == 1
    assert [r.json()["ClientToken"] for r in server.requests] == [token, token]

    # Through a Command with a dict (boto3-style wire names) the token is filled too.
    created = client.send(CreateOpportunityCommand({"Catalog": "Sandbox"}))
    assert isinstance(created, CreateOpportunityResponse)
    assert created.id != first.id
    assert_uuid4(server.requests[-1].json()["ClientToken"])
    assert server.requests[-1].json()["Catalog"] == "Sandbox"


def test_commands_with_dicts_run_the_same_calls(
    client: PartnerCentralSellingClient, server: LocalAwsServer
) -> None:
    created = client.send(
        CreateOpportunityCommand(
            {
                "Catalog": "Sandbox",
                "Customer": {"Account": {"CompanyName": COMPANY, "Industry": "Other"}},
                "LifeCycle": {"Stage": "Prospect"},
            }
        )
    )
    got = client.send(GetOpportunityCommand({"Catalog": "Sandbox", "Identifier": created.id}))
    assert isinstance(got, GetOpportunityResponse)
    assert got.life_cycle is not None and got.life_cycle.stage is Stage.PROSPECT
    assert got.customer is not None and got.customer.account is not None
    assert got.customer.account.industry is Industry.OTHER
    updated = client.send(
        UpdateOpportunityCommand(
            {
                "Catalog": "Sandbox",
                "Identifier": created.id,
                "LastModifiedDate": got.last_modified_date,
                "LifeCycle": {"Stage": "Qualified"},
            }
        )
    )
    assert updated.last_modified_date == T0 + STEP
    listed = client.send(
        ListOpportunitiesCommand({"Catalog": "Sandbox", "LifeCycleStage": ["Qualified"]})
    )
    assert [s.id for s in listed.opportunity_summaries] == [created.id]
    assert listed.next_token is None
    for request in server.requests:
        assert request.signature_valid is True, request.signature_error
    assert {r.connection_id for r in server.requests} == {1}


# --- Errors -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("credentials", "region", "code"),
    [
        pytest.param(
            Credentials(ACCESS_KEY, "wrong-secret"),
            REGION,
            "InvalidSignatureException",
            id="secret",
        ),
        pytest.param(
            Credentials("AKIDOTHER", SECRET_KEY), REGION, "UnrecognizedClientException", id="key"
        ),
        pytest.param(
            Credentials(ACCESS_KEY, SECRET_KEY),
            "eu-west-1",
            "InvalidSignatureException",
            id="region",
        ),
    ],
)
def test_refused_signature_raises_the_generic_service_error(
    server: LocalAwsServer,
    fake: FakePartnerCentral,
    credentials: Credentials,
    region: str,
    code: str,
) -> None:
    with PartnerCentralSellingClient(
        region=region, endpoint_url=server.url, credentials=credentials, read_timeout=10.0
    ) as client:
        with pytest.raises(PartnerCentralSellingError) as caught:
            client.get_opportunity(catalog="Sandbox", identifier="O1234567")
    error = caught.value
    # Not modeled: the service's base class itself, not one of its subclasses.
    assert type(error) is errors.PartnerCentralSellingError
    assert isinstance(error, ServiceError) and isinstance(error, SdkError)
    assert error.code == code
    assert error.status_code == 403
    assert_uuid4(error.request_id)  # the server's x-amzn-RequestId
    assert error.details["__type"] == code
    assert error.to_dict() == {}
    if code == "InvalidSignatureException" and region == REGION:
        assert error.message.startswith(SIGNATURE_MISMATCH_MESSAGE)
    assert code in str(error) and "403" in str(error)

    (request,) = server.requests
    assert request.signature_valid is False
    assert request.signature_error is not None and request.signature_error.startswith(code)
    assert fake.calls == []  # the service logic never saw it


def test_modeled_validation_exception_has_its_typed_members(
    client: PartnerCentralSellingClient, server: LocalAwsServer, fake: FakePartnerCentral
) -> None:
    with pytest.raises(errors.ValidationException) as caught:
        client.get_opportunity(catalog="Production", identifier="O1234567")
    error = caught.value
    assert isinstance(error, errors.PartnerCentralSellingError)
    assert error.code == "ValidationException"
    assert error.status_code == 400
    assert error.request_id == fake.request_ids[-1]
    assert error.message == "The request failed validation."
    assert error.reason is ValidationExceptionReason.REQUEST_VALIDATION_FAILED
    assert error.error_list is not None and len(error.error_list) == 1
    (item,) = error.error_list
    assert isinstance(item, ValidationExceptionError)
    assert item.field_name == "Catalog"
    assert item.code is ValidationExceptionErrorCode.INVALID_ENUM_VALUE
    assert item.message == "Catalog must be one of AWS, Sandbox"
    assert error.to_dict() == {
        "Message": "The request failed validation.",
        "Reason": "REQUEST_VALIDATION_FAILED",
        "ErrorList": [
            {
                "FieldName": "Catalog",
                "Message": "Catalog must be one of AWS, Sandbox",
                "Code": "INVALID_ENUM_VALUE",
            }
        ],
    }
    (request,) = server.requests
    assert_well_formed(request, "GetOpportunity")


def test_modeled_validation_exception_from_the_body_alone(server: LocalAwsServer) -> None:
    """Without X-Amzn-ErrorType the code comes from ``__type``; a lower-case ``message`` works too."""
    body = {
        "__type": f"{ERROR_NAMESPACE}#ValidationException",
        "message": "Bad page token.",
        "Reason": "BUSINESS_VALIDATION_FAILED",
        "ErrorList": [{"FieldName": "NextToken", "Message": "Expired", "Code": "SOMETHING_NEW"}],
    }
    server.handler = lambda request: (
        400,
        {"Content-Type": JSON_CONTENT_TYPE, "x-amzn-RequestId": "req-0001"},
        json.dumps(body).encode(),
    )
    with make_client(server) as client:
        with pytest.raises(errors.ValidationException) as caught:
            client.list_opportunities(catalog="Sandbox", next_token="stale")
    error = caught.value
    assert error.message == "Bad page token."
    assert error.request_id == "req-0001"
    assert error.reason is ValidationExceptionReason.BUSINESS_VALIDATION_FAILED
    assert error.error_list is not None
    assert error.error_list[0].code == "SOMETHING_NEW"  # enums are open: unknown values stay str


def test_other_modeled_errors_and_keep_alive_after_errors(
    client: PartnerCentralSellingClient, server: LocalAwsServer
) -> None:
    with pytest.raises(errors.ResourceNotFoundException) as not_found:
        client.get_opportunity(catalog="Sandbox", identifier="O999")
    assert not_found.value.status_code == 404
    assert not_found.value.message == "Opportunity O999 not found."

    created = create_example(client)
    client.update_opportunity(
        catalog="Sandbox",
        identifier=created.id,
        last_modified_date=T0,
        life_cycle=LifeCycle(stage=Stage.QUALIFIED),
    )
    with pytest.raises(errors.ConflictException) as conflict:  # T0 is stale now
        client.update_opportunity(catalog="Sandbox", identifier=created.id, last_modified_date=T0)
    assert conflict.value.status_code == 409
    assert conflict.value.code == "ConflictException"

    got = client.get_opportunity(catalog="Sandbox", identifier=created.id)
    assert got.life_cycle is not None and got.life_cycle.stage is Stage.QUALIFIED
    # Error answers leave the connection usable: everything on one.
    assert all(r.signature_valid for r in server.requests)
    assert {r.connection_id for r in server.requests} == {1}


def test_session_token_is_signed_and_verified(token_server: LocalAwsServer) -> None:
    credentials = Credentials(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN)
    with make_client(token_server, credentials=credentials) as client:
        created = create_example(client)
        got = client.get_opportunity(catalog="Sandbox", identifier=created.id)
    assert got.id == created.id
    for request in token_server.requests:
        assert request.signature_valid is True, request.signature_error
        assert request.header("X-Amz-Security-Token") == SESSION_TOKEN
        assert "x-amz-security-token" in signed_headers(request)


def test_missing_session_token_is_refused(token_server: LocalAwsServer) -> None:
    with make_client(token_server) as client:  # long-term keys only
        with pytest.raises(PartnerCentralSellingError) as caught:
            client.get_opportunity(catalog="Sandbox", identifier="O1")
    assert type(caught.value) is errors.PartnerCentralSellingError
    assert caught.value.code == "UnrecognizedClientException"
    assert caught.value.status_code == 403
    assert token_server.requests[0].header("X-Amz-Security-Token") is None


# --- Sensitive data ---------------------------------------------------------------


class RecordingHandler:
    """The default transport, remembering the requests the client hands it."""

    def __init__(self) -> None:
        self.inner = SocketRequestHandler()
        self.sent: list[HttpRequest] = []
        self.received: list[HttpResponse] = []

    def send(self, request: HttpRequest, *, timeouts: Timeouts) -> HttpResponse:
        self.sent.append(request)
        response = self.inner.send(request, timeouts=timeouts)
        self.received.append(response)
        return response

    def close(self) -> None:
        self.inner.close()


def test_sensitive_members_never_appear_in_repr_or_str(
    client: PartnerCentralSellingClient, server: LocalAwsServer
) -> None:
    created = create_example(client)
    got = client.get_opportunity(catalog="Sandbox", identifier=created.id)
    # The values did travel (the fake echoes them), so the check is not vacuous.
    assert got.customer is not None and got.customer.contacts is not None
    assert got.customer.contacts[0].email == EMAIL
    assert got.customer.contacts[0].phone == PHONE
    assert EMAIL in server.requests[0].body.decode()

    listed = client.list_opportunities(catalog="Sandbox")
    shown = [
        repr(got),
        str(got),
        repr(got.customer),
        str(got.customer.contacts),
        repr(got.project),
        repr(got.life_cycle),
        repr(listed),
        str(listed.opportunity_summaries[0]),
        repr(CreateOpportunityCommand({"Catalog": "Sandbox", "Customer": got.customer.to_dict()})),
    ]
    for text in shown:
        for value in SENSITIVE_VALUES:
            assert value not in text, f"{value!r} leaked in {text}"
    # Non-sensitive members still show, and the redacted ones are marked.
    assert created.id in repr(got) and "Prospect" in repr(got)
    assert "email=***" in repr(got) and "company_name=***" in repr(got)
    assert "next_steps=***" in repr(got.life_cycle)


def test_http_request_repr_hides_the_signature_token_and_body(
    token_server: LocalAwsServer,
) -> None:
    handler = RecordingHandler()
    credentials = Credentials(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN)
    with make_client(token_server, credentials=credentials, request_handler=handler) as client:
        create_example(client)
    (request,) = handler.sent
    (received,) = token_server.requests
    assert received.signature_valid is True, received.signature_error
    signature = signature_of(received)
    assert request.headers["Authorization"] == received.header("Authorization")  # as sent

    for text in (repr(request), str(request), repr(handler.received[0])):
        assert signature not in text
        assert "Signature=" not in text and "Credential=" not in text
        assert SESSION_TOKEN not in text
        assert SECRET_KEY not in text
        for value in SENSITIVE_VALUES:
            assert value not in text  # the body is not shown either
    assert f"{TARGET_PREFIX}.CreateOpportunity" in repr(request)  # other headers are
    assert "'Authorization': '***'" in repr(request)
    assert "'X-Amz-Security-Token': '***'" in repr(request)
    assert SECRET_KEY not in repr(credentials) and SESSION_TOKEN not in repr(credentials)


# --- Client-side validation: nothing is sent ---------------------------------------


@pytest.mark.parametrize(
    ("call", "path"),
    [
        pytest.param(
            lambda c: c.create_opportunity(
                catalog="Sandbox",
                customer=Customer.from_dict(
                    {"Account": {"Industry": "Other", "WebsiteUrl": WEBSITE}}
                ),
            ),
            "Customer.Account.CompanyName",
            id="typed-nested-required",
        ),
        pytest.param(
            lambda c: c.send(
                CreateOpportunityCommand(
                    {"Catalog": "Sandbox", "Customer": {"Account": {"Industry": "Other"}}}
                )
            ),
            "Customer.Account.CompanyName",
            id="command-nested-required",
        ),
        pytest.param(
            lambda c: c.create_opportunity(
                catalog="Sandbox",
                customer=Customer(
                    account=Account(company_name=COMPANY),
                    contacts=[Contact(email=EMAIL), Contact(email=42)],  # type: ignore[arg-type]
                ),
            ),
            "Customer.Contacts[1].Email",
            id="typed-wrong-type-in-list",
        ),
        pytest.param(
            lambda c: c.send(GetOpportunityCommand({"Catalog": "Sandbox"})),
            "Identifier",
            id="command-top-level-required",
        ),
        pytest.param(
            lambda c: c.update_opportunity(
                catalog="Sandbox", identifier="O1", last_modified_date="last Tuesday"
            ),
            "LastModifiedDate",
            id="typed-bad-timestamp",
        ),
        pytest.param(
            # A str is a Sequence[str] to a type checker, so only this run-time check catches it.
            lambda c: c.list_opportunities(catalog="Sandbox", life_cycle_stage=Stage.PROSPECT),
            "LifeCycleStage",
            id="typed-str-for-list",
        ),
        pytest.param(
            lambda c: c.get_opportunity(catalog=None, identifier="O1"),
            "Catalog",
            id="typed-none-for-required",
        ),
    ],
)
def test_invalid_input_raises_before_anything_is_sent(
    server: LocalAwsServer, call: Callable[[PartnerCentralSellingClient], Any], path: str
) -> None:
    with make_client(server) as client:
        with pytest.raises(ParamValidationError) as caught:
            call(client)
    assert caught.value.path == path
    assert f"Invalid input at {path}:" in str(caught.value)
    assert server.requests == []
    assert server.connection_count == 0  # not even a connection was opened


# The following three document bugs in the dict (boto3-style) input path,
# Shape.from_dict -> generated _decode(data, wire=False); see the report in
# each docstring. Each fails today.


def test_dict_input_refuses_a_string_where_a_list_is_expected(
    server: LocalAwsServer, fake: FakePartnerCentral
) -> None:
    """BUG: a str given for a list member is split into characters and sent.

    ``ListOpportunitiesCommand({"Catalog": "Sandbox", "LifeCycleStage": "Prospect"})``
    sends ``"LifeCycleStage": ["P", "r", "o", ...]``: the generated
    ``_decode_<List>`` (templates/shapes.py.j2, the list decoder) iterates any
    value when ``wire=False``. boto3 refuses it ("Invalid type for parameter
    LifeCycleStage ... valid types: list, tuple").
    """
    with make_client(server) as client:
        try:
            client.send(
                ListOpportunitiesCommand({"Catalog": "Sandbox", "LifeCycleStage": "Prospect"})
            )
        except ParamValidationError as error:
            assert error.path == "LifeCycleStage"
        else:
            pytest.fail(f"not refused; the server received {server.requests[-1].body!r}")
    assert server.requests == []
    assert fake.calls == []


def test_dict_input_errors_carry_the_full_member_path(server: LocalAwsServer) -> None:
    """BUG: an unknown key in a nested dict is reported without its parent path.

    ``{"Customer": {"Acount": {...}}}`` says "Invalid input at Acount", and
    ``{"Customer": {"Contacts": [{...}, {"Emial": ...}]}}`` says "at Emial":
    the generated ``_decode`` does not re-raise nested ParamValidationErrors
    with ``error.nested(member)`` (or ``[index]``) as ``_encode`` does.
    """
    with make_client(server) as client:
        with pytest.raises(ParamValidationError) as caught:
            client.send(
                CreateOpportunityCommand({"Catalog": "Sandbox", "Customer": {"Acount": {}}})
            )
        assert caught.value.path == "Customer.Acount"
        with pytest.raises(ParamValidationError) as caught:
            client.send(
                CreateOpportunityCommand(
                    {
                        "Catalog": "Sandbox",
                        "Customer": {"Contacts": [{"Email": EMAIL}, {"Emial": EMAIL}]},
                    }
                )
            )
        assert caught.value.path == "Customer.Contacts[1].Emial"
    assert server.requests == []


def test_dict_input_bad_timestamp_is_a_param_validation_error(server: LocalAwsServer) -> None:
    """BUG: a bad timestamp in dict input raises a bare ValueError, not ParamValidationError.

    ``UpdateOpportunityCommand({..., "LastModifiedDate": "last Tuesday"})``
    raises ``ValueError("not a timestamp: 'last Tuesday'")`` from
    ``serde.dec_timestamp`` (called with ``wire=False`` by the generated
    ``_decode``), so ``except SdkError``/``ParamValidationError`` misses it and
    there is no member path. The typed API raises ParamValidationError at
    ``LastModifiedDate`` for the same value (see the test above).
    """
    with make_client(server) as client:
        with pytest.raises(ParamValidationError) as caught:
            client.send(
                UpdateOpportunityCommand(
                    {"Catalog": "Sandbox", "Identifier": "O1", "LastModifiedDate": "last Tuesday"}
                )
            )
    assert caught.value.path == "LastModifiedDate"
    assert server.requests == []


# --- Transport and connection management ----------------------------------------------


def test_connection_refused_raises_transport_error() -> None:
    port = closed_port()
    with PartnerCentralSellingClient(
        region=REGION,
        endpoint_url=f"http://127.0.0.1:{port}",
        credentials=Credentials(ACCESS_KEY, SECRET_KEY),
        connect_timeout=5.0,
        read_timeout=5.0,
    ) as client:
        with pytest.raises(TransportError) as caught:
            client.get_opportunity(catalog="Sandbox", identifier="O1234567")
    error = caught.value
    assert isinstance(error, errors.TransportError) and isinstance(error, SdkError)
    assert not isinstance(error, ServiceError)
    assert not isinstance(error, errors.ConnectTimeoutError)  # refused, not timed out
    assert f"127.0.0.1:{port}" in str(error)
    assert "ConnectionRefusedError" in str(error)
    assert error.__cause__ is not None


def test_context_manager_closes_the_pooled_connection(server: LocalAwsServer) -> None:
    with make_client(server) as client:
        create_example(client)
        create_example(client)
        assert server.connection_count == 1
    # Leaving the block closed the kept-alive connection: the server sees the
    # client hang up (its per-connection bookkeeping in tests/localserver.py).
    assert wait_until(
        lambda: server.open_connection_count == 0
    ), "the client kept its connection open"

    # A closed client can still be used: it opens a new connection.
    create_example(client)
    assert server.connection_count == 2
    assert [r.connection_id for r in server.requests] == [1, 1, 2]
    client.close()


def test_one_client_shared_by_threads(server: LocalAwsServer, fake: FakePartnerCentral) -> None:
    threads_count, calls_each = 8, 3
    failures: list[BaseException] = []
    with make_client(server) as client:

        def work(n: int) -> None:
            try:
                for i in range(calls_each):
                    created = create_example(client, partner_opportunity_identifier=f"CRM-{n}-{i}")
                    got = client.get_opportunity(catalog="Sandbox", identifier=created.id)
                    assert got.partner_opportunity_identifier == f"CRM-{n}-{i}"
            except BaseException as exc:  # reported below
                failures.append(exc)

        threads = [threading.Thread(target=work, args=(n,)) for n in range(threads_count)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    assert not failures, failures
    assert len(fake.opportunities) == threads_count * calls_each
    requests = server.requests
    assert len(requests) == 2 * threads_count * calls_each
    assert all(r.signature_valid is True for r in requests)
    tokens = [r.json()["ClientToken"] for r in requests if "ClientToken" in r.json()]
    assert len(set(tokens)) == threads_count * calls_each
    # Connections are pooled: at most one per thread, reused across calls.
    assert server.connection_count <= threads_count
