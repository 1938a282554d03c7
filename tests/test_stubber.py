"""The generated ``testing`` module's Stubber, sync and async, against the committed package.

Only the network is replaced: each test's call goes through serialization,
signing, retries, paginators and the parsing of the stubbed response or
modeled error, so what the tests check is what a user's code would see.
"""

from __future__ import annotations

import asyncio
import json
import re
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.populate import populate

from partnercentral_selling import AsyncPartnerCentralSellingClient, PartnerCentralSellingClient
from typed_aws_runtime.retries.strategy import StandardRetryStrategy
from partnercentral_selling.commands import GetOpportunityCommand
from partnercentral_selling.errors import ResourceNotFoundException, ValidationException
from partnercentral_selling.shapes import GetOpportunityRequest
from partnercentral_selling.testing import (
    ANY,
    StubAssertionError,
    StubResponseError,
    Stubber,
    UnStubbedResponseError,
)

ROOT = Path(__file__).resolve().parent.parent
MODEL = json.loads(
    (ROOT / "models" / "partnercentral-selling" / "2022-07-26" / "service-2.json").read_text()
)
MOMENT = datetime(2024, 5, 1, 12, 0, tzinfo=timezone.utc)
OPPORTUNITY = {
    "Catalog": "AWS",
    "Id": "O1234567",
    "LastModifiedDate": MOMENT,
    "CreatedDate": MOMENT,
    "RelatedEntityIdentifiers": {},
}
PARAMS = {"Catalog": "AWS", "Identifier": "O1234567"}


def fast_retries() -> StandardRetryStrategy:
    return StandardRetryStrategy(random=lambda: 0.0)


@pytest.fixture
def client() -> PartnerCentralSellingClient:
    return PartnerCentralSellingClient(region="us-east-1", retry_strategy=fast_retries())


def test_stubbed_call_returns_the_typed_output(client: PartnerCentralSellingClient) -> None:
    with Stubber(client) as stubber:
        stubber.add_response("get_opportunity", OPPORTUNITY, expected_params=PARAMS)
        output = client.get_opportunity(catalog="AWS", identifier="O1234567")
        stubber.assert_no_pending_responses()
    assert output.id == "O1234567"
    assert output.last_modified_date == MOMENT
    assert output.response_metadata is not None
    assert output.response_metadata.http_status_code == 200


def test_operations_are_named_by_method_model_name_or_command(
    client: PartnerCentralSellingClient,
) -> None:
    with Stubber(client) as stubber:
        stubber.add_response("GetOpportunity", OPPORTUNITY)
        stubber.add_response(
            GetOpportunityCommand,
            OPPORTUNITY,
            GetOpportunityRequest(catalog="AWS", identifier="O1234567"),
        )
        client.get_opportunity(catalog="AWS", identifier="X")
        client.send(
            GetOpportunityCommand(GetOpportunityRequest(catalog="AWS", identifier="O1234567"))
        )
        with pytest.raises(StubResponseError, match="no operation of the client"):
            stubber.add_response("get_opportunities", OPPORTUNITY)


def test_the_stub_lasts_as_long_as_it_is_active(client: PartnerCentralSellingClient) -> None:
    handler = client._core.request_handler
    provider = client._core.credentials_provider
    with Stubber(client):
        assert client._core.request_handler is not handler
    assert client._core.request_handler is handler
    assert client._core.credentials_provider is provider


def test_a_paginator_over_stubbed_pages(client: PartnerCentralSellingClient) -> None:
    with Stubber(client) as stubber:
        stubber.add_response(
            "list_opportunities",
            {"OpportunitySummaries": [{"Catalog": "AWS", "Id": "O1"}], "NextToken": "t1"},
            expected_params={"Catalog": "AWS"},
        )
        stubber.add_response(
            "list_opportunities",
            {"OpportunitySummaries": [{"Catalog": "AWS", "Id": "O2"}]},
            expected_params={"Catalog": "AWS", "NextToken": "t1"},
        )
        ids = [item.id for item in client.paginate_list_opportunities(catalog="AWS").items()]
        stubber.assert_no_pending_responses()
    assert ids == ["O1", "O2"]


def test_a_modeled_error_is_raised_as_its_class(client: PartnerCentralSellingClient) -> None:
    with Stubber(client) as stubber:
        stubber.add_client_error("get_opportunity", "ResourceNotFoundException", "gone", 404)
        stubber.add_client_error(
            "get_opportunity",
            "ValidationException",
            "bad",
            modeled_fields={
                "Reason": "REQUEST_VALIDATION_FAILED",
                "ErrorList": [
                    {"FieldName": "Identifier", "Message": "m", "Code": "INVALID_VALUE"}
                ],
            },
        )
        with pytest.raises(ResourceNotFoundException) as missing:
            client.get_opportunity(catalog="AWS", identifier="O1")
        with pytest.raises(ValidationException) as invalid:
            client.get_opportunity(catalog="AWS", identifier="O1")
    assert missing.value.status_code == 404 and missing.value.message == "gone"
    assert invalid.value.reason == "REQUEST_VALIDATION_FAILED"
    assert invalid.value.error_list is not None
    assert invalid.value.error_list[0].field_name == "Identifier"


def test_error_fields_are_checked_against_the_model(client: PartnerCentralSellingClient) -> None:
    stubber = Stubber(client)
    with pytest.raises(StubResponseError, match="Reasons: unknown member of ValidationException"):
        stubber.add_client_error(
            "get_opportunity", "ValidationException", modeled_fields={"Reasons": "x"}
        )


def test_a_throttled_call_is_retried(client: PartnerCentralSellingClient) -> None:
    with Stubber(client) as stubber:
        stubber.add_client_error("get_opportunity", "ThrottlingException", "slow down", 429)
        stubber.add_response("get_opportunity", OPPORTUNITY)
        output = client.get_opportunity(catalog="AWS", identifier="O1234567")
    assert output.response_metadata is not None
    assert output.response_metadata.retry_attempts == 1


@pytest.mark.parametrize(
    ("queue", "call", "error", "message"),
    [
        (
            lambda s: s.add_response("list_opportunities", {"OpportunitySummaries": []}),
            lambda c: c.get_opportunity(catalog="AWS", identifier="O1"),
            StubAssertionError,
            "Operation mismatch: expected a call of ListOpportunities, got one of GetOpportunity",
        ),
        (
            lambda s: s.add_response("get_opportunity", OPPORTUNITY, PARAMS),
            lambda c: c.get_opportunity(catalog="Sandbox", identifier="O1234567"),
            StubAssertionError,
            "GetOpportunity: unexpected params: Catalog: expected 'AWS', got 'Sandbox'",
        ),
        (
            lambda s: None,
            lambda c: c.get_opportunity(catalog="AWS", identifier="O1"),
            UnStubbedResponseError,
            "Unexpected call of GetOpportunity: no response is queued",
        ),
    ],
    ids=["wrong operation order", "unexpected params", "no response queued"],
)
def test_a_call_that_does_not_match_fails(
    client: PartnerCentralSellingClient,
    queue: Any,
    call: Any,
    error: type[Exception],
    message: str,
) -> None:
    with Stubber(client) as stubber:
        queue(stubber)
        with pytest.raises(error, match=re.escape(message)):
            call(client)


@pytest.mark.parametrize(
    ("operation", "response", "expected", "message"),
    [
        (
            "get_opportunity",
            OPPORTUNITY,
            {"Identifier": "O1"},
            "GetOpportunity: expected params: Catalog: missing required member",
        ),
        (
            "create_opportunity",
            {"Id": "O1", "LastModifiedDate": MOMENT},
            {
                "Catalog": "AWS",
                "Customer": {"Account": {"CompanyName": "Example", "Address": {"CountryCode": 1}}},
            },
            "CreateOpportunity: expected params: Customer.Account.Address.CountryCode:",
        ),
        (
            "get_opportunity",
            {**OPPORTUNITY, "Id": 5},
            None,
            "GetOpportunity: response: Id:",
        ),
        (
            "get_opportunity",
            {**OPPORTUNITY, "Identifier": "O1"},
            None,
            "GetOpportunity: response: Identifier: unknown member of GetOpportunityResponse",
        ),
        (
            "get_opportunity",
            {k: v for k, v in OPPORTUNITY.items() if k != "Id"},
            None,
            "GetOpportunity: response: Id: missing required member",
        ),
    ],
    ids=["missing required param", "wrong type deep", "wrong type", "unknown member", "missing"],
)
def test_what_breaks_the_model_fails_when_queued(
    client: PartnerCentralSellingClient, operation: str, response: Any, expected: Any, message: str
) -> None:
    with pytest.raises(StubResponseError, match=re.escape(message)):
        Stubber(client).add_response(operation, response, expected)


def test_an_idempotency_token_left_out_of_the_expected_params_is_not_compared(
    client: PartnerCentralSellingClient,
) -> None:
    with Stubber(client) as stubber:
        stubber.add_response(
            "create_opportunity", {"Id": "O1", "LastModifiedDate": MOMENT}, {"Catalog": "AWS"}
        )
        assert client.create_opportunity(catalog="AWS").id == "O1"


def test_unused_responses_are_reported(client: PartnerCentralSellingClient) -> None:
    stubber = Stubber(client)
    stubber.add_response("get_opportunity", OPPORTUNITY)
    with pytest.raises(StubAssertionError, match="1 queued responses not used: GetOpportunity"):
        stubber.assert_no_pending_responses()


def test_the_async_client_is_stubbed_alike() -> None:
    async def scenario() -> None:
        client = AsyncPartnerCentralSellingClient(
            region="us-east-1", retry_strategy=fast_retries()
        )
        with Stubber(client) as stubber:
            stubber.add_response("get_opportunity", OPPORTUNITY, expected_params=PARAMS)
            stubber.add_client_error("get_opportunity", "ThrottlingException", "slow", 429)
            stubber.add_response("get_opportunity", OPPORTUNITY)
            stubber.add_client_error("get_opportunity", "ResourceNotFoundException", "gone")
            stubber.add_response("list_opportunities", {"OpportunitySummaries": []})
            assert (await client.get_opportunity(catalog="AWS", identifier="O1234567")).id
            retried = await client.get_opportunity(catalog="AWS", identifier="O1")
            assert retried.response_metadata is not None
            assert retried.response_metadata.retry_attempts == 1
            with pytest.raises(ResourceNotFoundException):
                await client.get_opportunity(catalog="AWS", identifier="O1")
            with pytest.raises(StubAssertionError, match="Operation mismatch"):
                await client.get_opportunity(catalog="AWS", identifier="O1")
            pages = [page async for page in client.paginate_list_opportunities(catalog="AWS")]
            assert len(pages) == 1
            stubber.assert_no_pending_responses()
        await client.close()

    asyncio.run(scenario())


OUTPUTS = sorted(
    (name, operation["output"]["shape"])
    for name, operation in MODEL["operations"].items()
    if "output" in operation
)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(OUTPUTS), st.integers(min_value=0, max_value=3))
def test_any_populated_response_round_trips(output: tuple[str, str], variant: int) -> None:
    operation, shape = output
    value = populate(MODEL["shapes"], shape, variant=variant)
    client = PartnerCentralSellingClient(region="us-east-1")
    spec = next(op for op in Stubber.OPERATIONS.values() if op.name == operation)
    with Stubber(client) as stubber:
        stubber.add_response(operation, value)
        result = client._core.invoke(spec, _any_input(spec))
    assert result.to_dict() == value


def _any_input(operation: Any) -> Any:
    """A valid input of ``operation``: its fully populated one."""
    if operation.input is None:
        return None
    name = operation.input.__name__
    return operation.input.from_dict(populate(MODEL["shapes"], name))


PAGE = ROOT / "generated" / "partnercentral-selling" / "docs" / "testing.md"


@pytest.mark.parametrize("index", range(3))
def test_the_testing_page_blocks_run(index: int) -> None:
    """docs/testing.md: each Stubber block runs as written, with no network and no credentials.

    The page's emulator blocks, after them, run in tests/test_emulator_page.py.
    """
    stubber_part = PAGE.read_text(encoding="utf-8").split("\n## A local ")[0]
    blocks = re.findall(r"^```python\n(.*?)^```$", stubber_part, re.S | re.M)
    assert len(blocks) == 3
    exec(compile(blocks[index], f"{PAGE.name}#{index}", "exec"), {"__name__": "__page__"})


def _snapshot_job(status: str) -> dict[str, Any]:
    return {"Catalog": "AWS", "Id": "job-0123456789abc", "Status": status}


def test_a_waiter_polls_the_stubbed_answers_until_its_rule_matches() -> None:
    """A waiter runs through the stub like any call: each poll takes the next queued answer."""
    client = PartnerCentralSellingClient(region="us-east-1")
    params = {"Catalog": "AWS", "ResourceSnapshotJobIdentifier": "job-0123456789abc"}
    with Stubber(client) as stubber:
        for status in ("Stopped", "Stopped", "Running"):
            stubber.add_response(
                "get_resource_snapshot_job", _snapshot_job(status), expected_params=params
            )
        output = client.wait_until_resource_snapshot_job_running(
            catalog="AWS", resource_snapshot_job_identifier="job-0123456789abc", delay=0
        )
        stubber.assert_no_pending_responses()
    assert output.status == "Running"


def test_interceptors_see_the_stubbed_exchange() -> None:
    """Interceptors run on the stubbed call: they see the request sent and the answer read."""
    from partnercentral_selling.extensions import Interceptor, InterceptorContext

    seen: list[tuple[str, Any]] = []

    class Recorder(Interceptor):
        def read_after_signing(self, context: InterceptorContext) -> None:
            seen.append(("signed", context.request.headers.get("X-Amz-Target")))

        def read_after_transmit(self, context: InterceptorContext) -> None:
            seen.append(("status", context.response.status))

    client = PartnerCentralSellingClient(region="us-east-1", extensions=[Recorder()])
    with Stubber(client) as stubber:
        stubber.add_response("get_opportunity", OPPORTUNITY, expected_params=PARAMS)
        client.get_opportunity(catalog="AWS", identifier="O1234567")
    assert seen == [
        ("signed", "AWSPartnerCentralSelling.GetOpportunity"),
        ("status", 200),
    ]


def test_any_matches_whatever_the_call_sends_and_only_there(
    client: PartnerCentralSellingClient,
) -> None:
    with Stubber(client) as stubber:
        # A required member given as ANY is not "missing"; the others are still compared.
        stubber.add_response("get_opportunity", OPPORTUNITY, {"Catalog": "AWS", "Identifier": ANY})
        client.get_opportunity(catalog="AWS", identifier="O7654321")
        stubber.add_response("get_opportunity", OPPORTUNITY, {"Catalog": "AWS", "Identifier": ANY})
        with pytest.raises(StubAssertionError, match="Catalog: expected 'AWS', got 'Sandbox'"):
            client.get_opportunity(catalog="Sandbox", identifier="O7654321")


def test_any_nested_and_the_refused_list_item(client: PartnerCentralSellingClient) -> None:
    from partnercentral_selling.shapes import Account, Customer

    expected = {
        "Catalog": "AWS",
        "Customer": {"Account": {"CompanyName": ANY, "Industry": "Other"}},
        "ClientToken": ANY,
    }
    with Stubber(client) as stubber:
        stubber.add_response("create_opportunity", {"Id": "O1"}, expected)
        client.create_opportunity(
            catalog="AWS",
            client_token="token-1",
            customer=Customer(account=Account(company_name="Any Co", industry="Other")),
        )
        stubber.assert_no_pending_responses()
        with pytest.raises(StubResponseError, match="not a list item"):
            stubber.add_response(
                "list_opportunities",
                {"OpportunitySummaries": []},
                {"Catalog": "AWS", "Identifier": [ANY]},
            )
