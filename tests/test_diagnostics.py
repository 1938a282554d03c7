"""What users read when something needs explaining, over real HTTP, sync and async.

A call's (a page's, a command's) ``response_metadata``; a ValidationException
whose message lists the refused fields; ``to_dict(json_safe=True)`` and
``replace()``; ``client.config`` with the resolved endpoint; the warning for
``use_dualstack_endpoint`` when the endpoint rules ignore it; and the AWS SDK
format of the ``User-Agent`` the server receives, with the user's app id.
"""

from __future__ import annotations

import asyncio
import json
import uuid
import warnings
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.loaders import load_model
from tests.localserver import JSON_CONTENT_TYPE, LocalAwsServer, RecordedRequest, Response
from tests.packages import SharedPackages, import_fresh
from tests.populate import populate

from partnercentral_selling import (  # noqa: E402
    AsyncPartnerCentralSellingClient,
    PartnerCentralSellingClient,
    ResponseMetadata,
    shapes,
)
from typed_aws_runtime.auth.credentials import Credentials  # noqa: E402
from typed_aws_runtime.retries.strategy import StandardRetryStrategy  # noqa: E402
from partnercentral_selling.commands import GetOpportunityCommand  # noqa: E402
from partnercentral_selling.errors import IgnoredOptionWarning, ValidationException  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MODEL_DIR = ROOT / "models" / "partnercentral-selling" / "2022-07-26"
MODEL = json.loads((MODEL_DIR / "service-2.json").read_text())
SHAPES: dict[str, Any] = MODEL["shapes"]
REGION, SIGNING_NAME = "us-east-1", "partnercentral-selling"
ACCESS_KEY, SECRET_KEY = "AKIDDIAGNOSTICS", "diagnostics-secret"
OPPORTUNITY = {
    "Catalog": "Sandbox",
    "Id": "O1234567",
    "LastModifiedDate": "2026-11-26T10:00:00Z",
    "CreatedDate": "2026-11-26T09:00:00.250Z",
    "RelatedEntityIdentifiers": {},
}
VALIDATION_ERROR = {
    "__type": "ValidationException",
    "Message": "The request failed validation",
    "Reason": "REQUEST_VALIDATION_FAILED",
    "ErrorList": [
        {"FieldName": "Identifier", "Message": "bad id", "Code": "INVALID_STRING_FORMAT"},
        {"FieldName": "Catalog", "Message": "required", "Code": "REQUIRED_FIELD_MISSING"},
    ],
}

pytestmark = pytest.mark.usefixtures("home")


def reply(status: int, body: dict[str, Any], request_id: str | None = None) -> Response:
    headers = {
        "Content-Type": JSON_CONTENT_TYPE,
        "x-amzn-RequestId": request_id or str(uuid.uuid4()),
    }
    return status, headers, json.dumps(body).encode()


class Service:
    """GetOpportunity answers after queued answers; ListOpportunities has two pages."""

    def __init__(self) -> None:
        self.queued: list[Response] = []

    def __call__(self, request: RecordedRequest) -> Response:
        if self.queued:
            return self.queued.pop(0)
        target = request.header("X-Amz-Target") or ""
        if target.endswith(".ListOpportunities"):
            token = request.json().get("NextToken")
            page = {"OpportunitySummaries": [], "NextToken": None if token else "page-2"}
            return reply(200, {k: v for k, v in page.items() if v}, f"page-{token or 1}")
        return reply(200, OPPORTUNITY, "get-1")


@pytest.fixture
def service() -> Service:
    return Service()


@pytest.fixture
def server(service: Service) -> Any:
    with LocalAwsServer(
        service, credentials=(ACCESS_KEY, SECRET_KEY, None), region=REGION, service=SIGNING_NAME
    ) as server:
        yield server


def options(server: LocalAwsServer, **more: Any) -> dict[str, Any]:
    settings: dict[str, Any] = dict(
        region=REGION,
        endpoint_url=server.url,
        credentials=Credentials(ACCESS_KEY, SECRET_KEY),
        retry_strategy=StandardRetryStrategy(3, random=lambda: 0.01),
    )
    settings.update(more)
    return settings


def run_async(server: LocalAwsServer, work: Any, **more: Any) -> Any:
    async def main() -> Any:
        async with AsyncPartnerCentralSellingClient(**options(server, **more)) as client:
            return await work(client)

    return asyncio.run(main())


# -- response metadata ----------------------------------------------------------------


def check_metadata(metadata: ResponseMetadata | None, request_id: str, retries: int = 0) -> None:
    assert metadata is not None
    assert (metadata.request_id, metadata.http_status_code) == (request_id, 200)
    assert metadata.retry_attempts == retries
    assert metadata.http_headers["x-amzn-requestid"] == request_id
    assert metadata.to_dict()["RequestId"] == request_id


def test_a_call_a_page_and_a_command_carry_their_metadata(
    server: LocalAwsServer, service: Service
) -> None:
    with PartnerCentralSellingClient(**options(server)) as client:
        output = client.get_opportunity(catalog="Sandbox", identifier="O1234567")
        check_metadata(output.response_metadata, "get-1")
        pages = list(client.paginate_list_opportunities(catalog="Sandbox"))
        assert [page.response_metadata.request_id for page in pages] == ["page-1", "page-page-2"]
        check_metadata(
            client.send(
                GetOpportunityCommand({"Catalog": "Sandbox", "Identifier": "O1"})
            ).response_metadata,
            "get-1",
        )
        service.queued.append(reply(500, {"__type": "InternalServerException"}))
        check_metadata(
            client.get_opportunity(catalog="Sandbox", identifier="O1").response_metadata,
            "get-1",
            retries=1,
        )


def test_the_async_client_carries_the_same_metadata(
    server: LocalAwsServer, service: Service
) -> None:
    async def work(client: Any) -> list[Any]:
        output = await client.get_opportunity(catalog="Sandbox", identifier="O1234567")
        pages = [page async for page in client.paginate_list_opportunities(catalog="Sandbox")]
        command = await client.send(
            GetOpportunityCommand({"Catalog": "Sandbox", "Identifier": "O1"})
        )
        service.queued.append(reply(503, {"__type": "ThrottlingException"}))
        retried = await client.get_opportunity(catalog="Sandbox", identifier="O1")
        return [output, pages, command, retried]

    output, pages, command, retried = run_async(server, work)
    check_metadata(output.response_metadata, "get-1")
    assert [page.response_metadata.request_id for page in pages] == ["page-1", "page-page-2"]
    check_metadata(command.response_metadata, "get-1")
    check_metadata(retried.response_metadata, "get-1", retries=1)


def test_metadata_is_no_member(server: LocalAwsServer) -> None:
    with PartnerCentralSellingClient(**options(server)) as client:
        output = client.get_opportunity(catalog="Sandbox", identifier="O1234567")
    built = shapes.GetOpportunityResponse.from_dict(OPPORTUNITY)
    assert built.response_metadata is None
    assert output == built and output.to_dict() == built.to_dict()
    assert output.to_dict(json_safe=True) == OPPORTUNITY  # no ResponseMetadata key
    assert "metadata" not in repr(output)
    assert output.replace().response_metadata is None


# -- the ValidationException message --------------------------------------------------


def test_a_validation_exception_lists_the_refused_fields(
    server: LocalAwsServer, service: Service
) -> None:
    expected = (
        "The request failed validation: Identifier: bad id (INVALID_STRING_FORMAT); "
        "Catalog: required (REQUIRED_FIELD_MISSING)"
    )
    service.queued.append(reply(400, VALIDATION_ERROR, "bad-1"))
    with PartnerCentralSellingClient(**options(server)) as client:
        with pytest.raises(ValidationException) as caught:
            client.get_opportunity(catalog="Sandbox", identifier="O1234567")
    assert str(caught.value) == f"ValidationException (HTTP 400, request id bad-1): {expected}"
    assert caught.value.message == "The request failed validation"

    async def work(client: Any) -> BaseException:
        with pytest.raises(ValidationException) as caught:
            await client.get_opportunity(catalog="Sandbox", identifier="O1234567")
        return caught.value

    service.queued.append(reply(400, VALIDATION_ERROR, "bad-2"))
    assert str(run_async(server, work)).endswith(expected)


def test_a_validation_exception_without_a_list_keeps_its_message() -> None:
    error = ValidationException("Invalid", status_code=400, request_id="r")
    assert str(error) == "ValidationException (HTTP 400, request id r): Invalid"


# -- to_dict(json_safe=True) and replace() -----------------------------------------------


@cache
def output_classes() -> dict[str, type]:
    service = load_model(MODEL_DIR)
    names = {op.output for op in service.operations if op.output}
    return {name: getattr(shapes, service.shapes[name].python_name) for name in names}


@pytest.mark.parametrize("name", sorted(output_classes()))
def test_json_safe_dicts_of_fully_populated_outputs_go_through_json(name: str) -> None:
    output = output_classes()[name].from_dict(populate(SHAPES, name))
    safe = output.to_dict(json_safe=True)
    assert json.loads(json.dumps(safe, allow_nan=False)) == safe
    # This model's timestamps are ISO 8601 on the wire, which is what json_safe writes.
    assert type(output).from_dict(safe) == output


def test_json_safe_values() -> None:
    from typed_aws_runtime.model.structure import json_safe_value
    from datetime import datetime, timedelta, timezone

    moment = datetime(2024, 1, 2, 3, 4, 5, 6000, tzinfo=timezone(timedelta(hours=2)))
    assert json_safe_value({"a": [moment, b"\x00\xff", float("nan"), float("-inf"), 1.5]}) == {
        "a": ["2024-01-02T01:04:05.006Z", "AP8=", "NaN", "-Infinity", 1.5]
    }
    enum_value = shapes.GetOpportunityResponse.from_dict(OPPORTUNITY).replace(
        national_security="Yes"
    )
    assert type(enum_value.to_dict(json_safe=True)["NationalSecurity"]) is str


MEMBERS = [name for name, _ in shapes.GetOpportunityResponse.from_dict(OPPORTUNITY)._fields()]
VALUES = st.one_of(
    st.none(), st.text(max_size=5), st.integers(), st.lists(st.text(max_size=3), max_size=2)
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(MEMBERS), VALUES, max_size=len(MEMBERS)))
def test_replace_equals_the_constructor_with_the_changes(changes: dict[str, Any]) -> None:
    original = shapes.GetOpportunityResponse.from_dict(populate(SHAPES, "GetOpportunityResponse"))
    before = original.to_dict()
    members = dict(original._fields())
    members.update(changes)
    assert original.replace(**changes) == shapes.GetOpportunityResponse(**members)
    assert original.to_dict() == before  # the original is unchanged


def test_replace_refuses_what_the_constructor_refuses() -> None:
    original = shapes.GetOpportunityResponse.from_dict(OPPORTUNITY)
    with pytest.raises(TypeError, match="unexpected keyword argument 'Identifier'"):
        original.replace(Identifier="x")


# -- client.config, the dual-stack warning ------------------------------------------------


def test_the_config_shows_the_resolved_endpoint() -> None:
    client = PartnerCentralSellingClient(region="eu-west-1", credentials=Credentials("a", "b"))
    config = client.config
    assert config.resolved_endpoint == "https://partnercentral-selling.eu-west-1.api.aws"
    assert (config.signing_name, config.signing_region) == ("partnercentral-selling", "eu-west-1")
    assert (
        "resolved_endpoint='https://partnercentral-selling.eu-west-1.api.aws', "
        "signing_name='partnercentral-selling', signing_region='eu-west-1'" in repr(config)
    )


def test_use_dualstack_endpoint_warns_when_the_rules_ignore_it() -> None:
    with pytest.warns(
        IgnoredOptionWarning, match="use_dualstack_endpoint=True .* AWS::UseDualStack"
    ) as caught:
        PartnerCentralSellingClient(
            region=REGION, credentials=Credentials("a", "b"), use_dualstack_endpoint=True
        )
    assert len(caught) == 1 and caught[0].filename == __file__
    with warnings.catch_warnings():
        warnings.simplefilter("error", IgnoredOptionWarning)
        PartnerCentralSellingClient(region=REGION, credentials=Credentials("a", "b"))


def test_use_dualstack_endpoint_is_quiet_where_the_rules_take_it(
    shared_packages: SharedPackages,
) -> None:
    service, package_dir = shared_packages.get(
        ROOT / "tests/data/models/json-services/sqs/2012-11-05"
    )
    package = import_fresh(package_dir / "src", service.package_name)
    with warnings.catch_warnings():
        warnings.simplefilter("error", IgnoredOptionWarning)
        client = getattr(package, service.client_name)(
            region=REGION, credentials=package.Credentials("a", "b"), use_dualstack_endpoint=True
        )
    assert client.config.resolved_endpoint == "https://sqs.us-east-1.api.aws"


# -- User-Agent ------------------------------------------------------------------------------


def sent_user_agent(server: LocalAwsServer, **more: Any) -> str:
    with PartnerCentralSellingClient(**options(server, **more)) as client:
        client.get_opportunity(catalog="Sandbox", identifier="O1234567")
    return server.requests[-1].header("User-Agent") or ""


def test_the_user_agent_follows_the_sdk_format(server: LocalAwsServer) -> None:
    from partnercentral_selling import __version__

    parts = sent_user_agent(server).split(" ")
    assert parts[:2] == [f"aws-sdk-python-partnercentral_selling/{__version__}", "ua/2.1"]
    assert parts[2].startswith("os/linux#") or parts[2].startswith("os/")
    assert any(part.startswith("lang/python#3.") for part in parts)
    assert not any(part.startswith("app/") for part in parts)
    # A strategy of the user's own is no retry mode: no metric for one.
    assert not any(part.startswith("m/") for part in parts)


@pytest.mark.parametrize(
    "app_id, shown",
    [
        ("billing-sync", "app/billing-sync"),
        ("my app\r\nX-Injected: 1", "app/my-app--X-Injected:-1".replace(":", "-")),
        ("ünïcode/€", "app/-n-code--"),
    ],
)
def test_the_app_id_option_is_sanitized(server: LocalAwsServer, app_id: str, shown: str) -> None:
    user_agent = sent_user_agent(server, app_id=app_id)
    assert user_agent.split(" ")[-1] == shown
    assert server.requests[-1].header("X-Injected") is None


def test_the_app_id_comes_from_the_environment_and_the_config_file(
    server: LocalAwsServer, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (home / ".aws" / "config").write_text("[default]\nsdk_ua_app_id = from-file\n")
    assert sent_user_agent(server).endswith(" app/from-file")
    monkeypatch.setenv("AWS_SDK_UA_APP_ID", "from-env")
    assert sent_user_agent(server).endswith(" app/from-env")
    assert sent_user_agent(server, app_id="from-arg").endswith(" app/from-arg")


def test_the_async_client_sends_the_same_user_agent(server: LocalAwsServer) -> None:
    async def work(client: Any) -> None:
        await client.get_opportunity(catalog="Sandbox", identifier="O1234567")

    run_async(server, work, app_id="a b", retry_strategy=None, retry_mode="adaptive")
    parts = (server.requests[-1].header("User-Agent") or "").split(" ")
    assert parts[-3:] == ["m/F", "cfg/retry-mode#adaptive", "app/a-b"]


def test_an_app_id_longer_than_50_characters_is_refused() -> None:
    from typed_aws_runtime.config.client_config import ConfigurationError

    with pytest.raises(ConfigurationError, match="app_id from argument app_id=: at most 50"):
        PartnerCentralSellingClient(
            region=REGION, credentials=Credentials("a", "b"), app_id="x" * 51
        )
