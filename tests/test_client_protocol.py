"""The protocol seam: the call pipeline speaks to a wire protocol only through ClientProtocol.

A stand-in protocol (another path, method, content type, body format and
request id header than awsJson) drives the sync and async cores end to
end: what it serializes is what is sent (completed with the endpoint, the
SDK headers and the signature), its parsers make the call's output and
errors, and its request id rule is the one applied to logs and to
transport errors. awsJson's own serialization is checked directly.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from partnercentral_selling import _operations
from typed_aws_runtime.auth.credentials import Credentials
from typed_aws_runtime.exceptions import ServiceError, TransportError
from typed_aws_runtime.pipeline.aio_core import AsyncClientCore
from typed_aws_runtime.pipeline.core import ClientCore, _join_path
from typed_aws_runtime.pipeline.operation import OperationSpec
from typed_aws_runtime.pipeline.service import ServiceSpec
from typed_aws_runtime.protocols.awsjson import AwsJsonProtocol
from typed_aws_runtime.retries.strategy import StandardRetryStrategy
from typed_aws_runtime.transports.http import HttpRequest, HttpResponse, Timeouts
from partnercentral_selling.errors import PartnerCentralSellingError, ResourceNotFoundException
from partnercentral_selling.shapes import (
    CreateEngagementRequest,
    GetOpportunityRequest,
    GetOpportunityResponse,
)

SERVICE = _operations._SERVICE


class FakeProtocol:
    """A protocol awsJson is not: PUT to a per-operation path, a text body, its own id header."""

    id = "fakeText1"

    def __init__(self) -> None:
        self.calls: list[str] = []

    def prepare(self) -> None:
        self.calls.append("prepare")

    def serialize_request(self, operation: OperationSpec[Any], params: Any) -> HttpRequest:
        self.calls.append("serialize_request")
        body = repr(sorted(params.to_dict().items())).encode()
        headers = {"Content-Type": "text/x-fake", "X-Fake-Operation": operation.name}
        return HttpRequest("PUT", f"/fake/{operation.name}", headers, body)

    def parse_response(self, operation: OperationSpec[Any], response: HttpResponse) -> Any:
        self.calls.append("parse_response")
        assert operation.output is GetOpportunityResponse
        return ("parsed", response.body)

    def parse_error(self, service: Any, response: HttpResponse) -> ServiceError:
        self.calls.append("parse_error")
        code = response.body.decode()
        error_class = service.errors.get(code, service.base_error)
        return error_class(
            "from the fake protocol",
            code=code,
            status_code=response.status,
            request_id=self.request_id(response),
        )

    def request_id(self, response: HttpResponse) -> str | None:
        return response.header("x-fake-id")


def fake_service(protocol: FakeProtocol) -> ServiceSpec:
    return ServiceSpec(
        service_id=SERVICE.service_id,
        api_version=SERVICE.api_version,
        protocol=protocol,
        signing_name=SERVICE.signing_name,
        endpoint_prefix=SERVICE.endpoint_prefix,
        package_name=SERVICE.package_name,
        package_version=SERVICE.package_version,
        base_error=SERVICE.base_error,
        errors=SERVICE.errors,
    )


class Canned:
    """A request handler answering from a list (a TransportError in it is raised)."""

    def __init__(self, answers: list[HttpResponse | TransportError]) -> None:
        self.answers = list(answers)
        self.requests: list[HttpRequest] = []

    def _answer(self, request: HttpRequest) -> HttpResponse:
        self.requests.append(request)
        answer = self.answers.pop(0)
        if isinstance(answer, TransportError):
            raise answer
        return answer

    def send(self, request: HttpRequest, *, timeouts: Timeouts) -> HttpResponse:
        return self._answer(request)

    def close(self) -> None:
        pass


class AsyncCanned(Canned):
    async def send(self, request: HttpRequest, *, timeouts: Timeouts) -> HttpResponse:
        return self._answer(request)

    async def close(self) -> None:
        pass


def core(handler: Canned, protocol: FakeProtocol, *, attempts: int = 1) -> ClientCore:
    return ClientCore(
        fake_service(protocol),
        region="us-east-1",
        endpoint_url="https://fake.example.com/base",
        credentials=Credentials("AKIDEXAMPLE", "secret"),
        request_handler=handler,
        retry_strategy=StandardRetryStrategy(max_attempts=attempts),
    )


GET = _operations.GET_OPPORTUNITY
INPUT = GetOpportunityRequest(catalog="Sandbox", identifier="O1")


def test_the_pipeline_sends_what_the_protocol_serializes() -> None:
    protocol = FakeProtocol()
    handler = Canned([HttpResponse(200, {"x-fake-id": "F-1"}, b"output")])
    assert core(handler, protocol).invoke(GET, INPUT) == ("parsed", b"output")
    assert protocol.calls == ["prepare", "serialize_request", "parse_response"]
    (sent,) = handler.requests
    assert sent.method == "PUT"
    assert sent.url == "https://fake.example.com/base/fake/GetOpportunity"
    assert sent.body == repr(sorted(INPUT.to_dict().items())).encode()
    assert sent.headers["Content-Type"] == "text/x-fake"
    assert sent.headers["X-Fake-Operation"] == "GetOpportunity"
    # The pipeline's own headers, and nothing of awsJson.
    assert sent.headers["User-Agent"].startswith("aws-sdk-python-partnercentral_selling/")
    assert sent.headers["amz-sdk-invocation-id"]
    assert sent.headers["amz-sdk-request"] == "attempt=1; max=1"
    assert sent.headers["Authorization"].startswith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
    assert not {"x-amz-target", "x-amzn-query-mode"} & {name.lower() for name in sent.headers}


def test_errors_and_request_ids_come_from_the_protocol() -> None:
    protocol = FakeProtocol()
    handler = Canned([HttpResponse(404, {"x-fake-id": "F-2"}, b"ResourceNotFoundException")])
    with pytest.raises(ResourceNotFoundException) as caught:
        core(handler, protocol).invoke(GET, INPUT)
    assert protocol.calls == ["prepare", "serialize_request", "parse_error"]
    assert caught.value.request_id == "F-2" and caught.value.status_code == 404


def test_a_transport_error_gets_its_request_id_from_the_protocol() -> None:
    """The transport hands over the head it received; the protocol reads its id."""
    head = HttpResponse(200, {"x-fake-id": "F-3", "x-amzn-RequestId": "not-this-one"}, b"")
    handler = Canned([TransportError("Connection broken before the whole body", head=head)])
    with pytest.raises(TransportError) as caught:
        core(handler, FakeProtocol()).invoke(GET, INPUT)
    error = caught.value
    assert (error.head, error.status_code, error.request_id) == (head, 200, "F-3")
    assert str(error) == "Connection broken before the whole body (HTTP 200, request id F-3)"


def test_a_transport_error_without_a_head_is_left_alone() -> None:
    handler = Canned([TransportError("Connection refused")])
    with pytest.raises(TransportError) as caught:
        core(handler, FakeProtocol()).invoke(GET, INPUT)
    assert (caught.value.head, caught.value.status_code, caught.value.request_id) == (
        None,
        None,
        None,
    )
    assert str(caught.value) == "Connection refused"


def test_the_async_core_uses_the_same_seam() -> None:
    protocol = FakeProtocol()
    handler = AsyncCanned(
        [
            HttpResponse(500, {"x-fake-id": "F-4"}, b"Unknown"),
            HttpResponse(200, {"x-fake-id": "F-5"}, b"output"),
        ]
    )
    async_core = AsyncClientCore(
        fake_service(protocol),
        region="us-east-1",
        endpoint_url="https://fake.example.com",
        credentials=Credentials("AKIDEXAMPLE", "secret"),
        request_handler=handler,
        retry_strategy=StandardRetryStrategy(max_attempts=2, random=lambda: 0.0),
    )
    assert asyncio.run(async_core.invoke(GET, INPUT)) == ("parsed", b"output")
    assert protocol.calls == [
        "prepare",
        "serialize_request",
        "parse_error",
        "parse_response",
    ]
    assert [r.url for r in handler.requests] == [
        "https://fake.example.com/fake/GetOpportunity"
    ] * 2


def test_a_generic_error_of_the_fake_protocol_is_the_base_error() -> None:
    handler = Canned([HttpResponse(400, {}, b"SomethingNew")])
    with pytest.raises(PartnerCentralSellingError) as caught:
        core(handler, FakeProtocol()).invoke(GET, INPUT)
    assert type(caught.value) is PartnerCentralSellingError and caught.value.code == "SomethingNew"


# -- awsJson, the protocol the generator renders today ------------------------------------


def test_awsjson_serializes_a_post_to_the_endpoint() -> None:
    protocol = AwsJsonProtocol(json_version="1.1", target_prefix="Prefix", query_compatible=True)
    params = CreateEngagementRequest.from_dict(
        {"Catalog": "Sandbox", "Title": "T", "Description": "D"}
    )
    operation = _operations.CREATE_ENGAGEMENT
    assert operation.idempotency_tokens == ("ClientToken",)
    first = protocol.serialize_request(operation, params)
    second = protocol.serialize_request(operation, params)
    assert protocol.id == "awsJson1_1"
    assert (first.method, first.url) == ("POST", "/")
    assert first.headers == {
        "Content-Type": "application/x-amz-json-1.1",
        "x-amzn-query-mode": "true",
        "X-Amz-Target": "Prefix.CreateEngagement",
    }
    assert first.headers is not second.headers  # a new request each time
    assert b'"ClientToken":"' in first.body and first.body != second.body  # tokens filled
    assert params.client_token is None  # the caller's input is left as it was


def test_awsjson_without_input_posts_an_empty_object() -> None:
    protocol = AwsJsonProtocol(json_version="1.0", target_prefix="P")
    no_input: OperationSpec[None] = OperationSpec(name="Ping", input=None, output=None)
    request = protocol.serialize_request(no_input, None)
    assert request.body == b"{}"
    assert request.headers == {
        "Content-Type": "application/x-amz-json-1.0",
        "X-Amz-Target": "P.Ping",
    }


def test_the_generated_service_names_its_protocol() -> None:
    protocol = SERVICE.protocol
    assert isinstance(protocol, AwsJsonProtocol)
    assert (protocol.id, protocol.target_prefix, protocol.query_compatible) == (
        "awsJson1_0",
        "AWSPartnerCentralSelling",
        False,
    )


@pytest.mark.parametrize(
    ("base", "path", "joined"),
    [
        ("/", "/", "/"),
        ("/base", "/", "/base"),
        ("/", "/fake/Op", "/fake/Op"),
        ("/base", "/fake/Op", "/base/fake/Op"),
        ("/base/", "/fake/Op", "/base/fake/Op"),
        ("/", "", "/"),
    ],
)
def test_endpoint_and_request_paths_join_as_botocore_joins_them(
    base: str, path: str, joined: str
) -> None:
    assert _join_path(base, path) == joined
