"""Malformed responses over real HTTP: each one is a typed error with the status and request id.

Every case goes through a generated client and its default transport, once
with ``PartnerCentralSellingClient`` (standard library sockets) and once with
``AsyncPartnerCentralSellingClient`` (asyncio's transports, each call in an
``asyncio.run`` of its own), to a server on 127.0.0.1: :class:`LocalAwsServer` for
answers HTTP frames correctly (invalid JSON, wrong types, HTML from a proxy,
empty and very large bodies), a raw TCP server where the framing itself must
break (a body cut short by the connection closing, a body over the size
limit, a server that stalls). Clients make one attempt (``max_attempts=1``),
so retries cannot hide what a case raises.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.localserver import JSON_CONTENT_TYPE, LocalAwsServer, Response
from tests.populate import populate, to_wire_json
from tests.test_urllib3_handler import RawServer, raw

from partnercentral_selling import (  # noqa: E402
    AsyncPartnerCentralSellingClient,
    Credentials,
    PartnerCentralSellingClient,
    PartnerCentralSellingError,
    SdkError,
    TransportError,
)
from typed_aws_runtime.exceptions import (  # noqa: E402
    IncompleteResponseError,
    ReadTimeoutError,
)
from typed_aws_runtime.transports import http1  # noqa: E402
from partnercentral_selling.errors import ResponseParseError  # noqa: E402
from partnercentral_selling.shapes import GetEngagementResponse  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHAPES: dict[str, Any] = json.loads(
    (ROOT / "models" / "partnercentral-selling" / "2022-07-26" / "service-2.json").read_text()
)["shapes"]
REQUEST_ID = "5f1b1f2e-malformed-response"
PROXY_PAGE = (
    b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
    b"<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)

Call = Callable[[PartnerCentralSellingClient], Any]


def get_opportunity(client: PartnerCentralSellingClient) -> Any:
    return client.get_opportunity(catalog="Sandbox", identifier="O1234567")


def get_statistics(client: PartnerCentralSellingClient) -> Any:
    return client.get_customer_account_statistics(catalog="Sandbox")


def list_opportunities(client: PartnerCentralSellingClient) -> Any:
    return client.list_opportunities(catalog="Sandbox")


def get_engagement(client: PartnerCentralSellingClient) -> Any:
    return client.get_engagement(catalog="Sandbox", identifier="E1234567")


def wire(shape_name: str) -> dict[str, Any]:
    """A fully populated body of ``shape_name`` as the service sends it (JSON value)."""
    value: dict[str, Any] = to_wire_json(SHAPES, shape_name, populate(SHAPES, shape_name))
    return value


def answer(status: int, body: bytes, content_type: str = JSON_CONTENT_TYPE) -> Response:
    return status, {"Content-Type": content_type, "x-amzn-RequestId": REQUEST_ID}, body


class AsyncCalls:
    """The async client behind the sync one's methods: each call in an ``asyncio.run`` of its own."""

    def __init__(self, client: AsyncPartnerCentralSellingClient) -> None:
        self.client = client

    def __getattr__(self, name: str) -> Callable[..., Any]:
        method = getattr(self.client, name)
        return lambda *args, **kwargs: asyncio.run(method(*args, **kwargs))


CLIENT_KIND = "sync"  # which client client_for makes: "sync" or "async"


@pytest.fixture(autouse=True, params=["sync", "async"])
def client_kind(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run every case with the sync client, then with the async one (see :func:`client_for`)."""
    monkeypatch.setitem(globals(), "CLIENT_KIND", request.param)


@contextmanager
def client_for(url: str, *, read_timeout: float = 10.0) -> Iterator[PartnerCentralSellingClient]:
    options: dict[str, Any] = dict(
        region="us-east-1",
        endpoint_url=url,
        credentials=Credentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
        max_attempts=1,
        connect_timeout=5.0,
        read_timeout=read_timeout,
    )
    if CLIENT_KIND == "async":
        client = AsyncPartnerCentralSellingClient(**options)
        yield AsyncCalls(client)  # type: ignore[misc]
        asyncio.run(client.close())
        return
    with PartnerCentralSellingClient(**options) as client:
        yield client


def raised(response: Response, call: Call = get_opportunity) -> SdkError:
    """What ``call`` raises against a server answering ``response`` (only SDK errors pass)."""
    with LocalAwsServer(lambda request: response) as server, client_for(server.url) as client:
        with pytest.raises(SdkError) as caught:
            call(client)
        assert len(server.requests) == 1
    return caught.value


def raised_over_raw(data: bytes, *, close_after: bool, read_timeout: float = 10.0) -> SdkError:
    """What GetOpportunity raises against a TCP server writing exactly ``data``."""
    with RawServer(lambda request: (data, close_after)) as server:
        with client_for(server.url, read_timeout=read_timeout) as client:
            with pytest.raises(SdkError) as caught:
                get_opportunity(client)
        assert len(server.requests) == 1
    return caught.value


def assert_parse_error(error: SdkError, *phrases: str, status: int = 200) -> None:
    assert type(error) is ResponseParseError
    assert error.status_code == status
    assert error.request_id == REQUEST_ID
    assert REQUEST_ID in str(error) and f"HTTP {status}" in str(error)
    assert len(error.body) <= 1024
    for phrase in phrases:
        assert phrase in str(error)


def assert_generic_service_error(error: SdkError, status: int, *phrases: str) -> None:
    """The service's base error itself (no modeled class), coded by the HTTP status."""
    assert type(error) is PartnerCentralSellingError
    assert error.code == str(status)
    assert error.status_code == status
    assert error.request_id == REQUEST_ID
    for phrase in phrases:
        assert phrase in error.message


# -- the body is not JSON -------------------------------------------------------------


def test_invalid_json_with_2xx_is_a_parse_error() -> None:
    error = raised(answer(200, b'{"Catalog": "Sandbox", "Id": O1234567}'))
    assert_parse_error(error, "Cannot read the GetOpportunity response", "not valid JSON")
    assert "O1234567" not in str(error)  # the body's data is not quoted


def test_html_page_with_2xx_is_a_parse_error() -> None:
    error = raised(answer(200, PROXY_PAGE, "text/html"))
    assert_parse_error(error, "GetOpportunity", "HTML page", "proxy", "'502 Bad Gateway'")


@pytest.mark.parametrize("status", [403, 502, 503, 504])
def test_html_page_with_an_error_status_is_a_generic_service_error(status: int) -> None:
    error = raised(answer(status, PROXY_PAGE, "text/html"))
    assert_generic_service_error(error, status, "HTML page", "proxy", "'502 Bad Gateway'")
    assert error.details == {}
    assert str(error).startswith(f"{status} (HTTP {status}, request id {REQUEST_ID}): ")


def test_plain_text_is_a_parse_error_with_2xx_and_a_generic_error_otherwise() -> None:
    """An error status's text is quoted (a proxy's words); a 2xx body's never is."""
    text = b"Service Unavailable: upstream connect error\r\n"
    error = raised(answer(503, text, "text/plain"))
    assert_generic_service_error(
        error, 503, "not JSON", "'Service Unavailable: upstream connect error'"
    )
    error = raised(answer(200, b"OK", "text/plain"))
    assert_parse_error(error, "GetOpportunity", "not JSON", "text/plain")
    assert "'OK'" not in str(error)


# -- JSON of the wrong shape ------------------------------------------------------------


def test_wrong_types_are_parse_errors_naming_the_member_path() -> None:
    opportunity = wire("GetOpportunityResponse")
    statistics = wire("GetCustomerAccountStatisticsResponse")
    page = wire("ListOpportunitiesResponse")
    cases: list[tuple[Call, dict[str, Any], str]] = [
        # a list where a structure is
        (get_opportunity, {**opportunity, "Customer": []}, "Customer: expected a JSON object"),
        # a string where a number is
        (get_statistics, {**statistics, "TotalCount": "12"}, "TotalCount: expected int, got str"),
        (get_statistics, {**statistics, "TotalCount": 12.5}, "TotalCount: expected int"),
        # a timestamp that is no time: true, an object, a number out of range
        (get_opportunity, {**opportunity, "CreatedDate": True}, "CreatedDate: expected a time"),
        (get_opportunity, {**opportunity, "CreatedDate": {}}, "CreatedDate: expected a time"),
        (get_opportunity, {**opportunity, "CreatedDate": 1e300}, "CreatedDate: timestamp out"),
        # a bad enum type
        (get_opportunity, {**opportunity, "OpportunityType": 7}, "OpportunityType: expected str"),
        (get_opportunity, {**opportunity, "Catalog": ["AWS"]}, "Catalog: expected str, got list"),
    ]
    nested = json.loads(json.dumps(statistics))
    nested["Aggregations"][1]["Buckets"][0]["Count"] = "3"
    cases.append((get_statistics, nested, "Aggregations[1].Buckets[0].Count: expected int"))
    nested = json.loads(json.dumps(page))
    nested["OpportunitySummaries"][1]["LastModifiedDate"] = "last Tuesday"
    cases.append((list_opportunities, nested, "OpportunitySummaries[1].LastModifiedDate: not a"))
    nested = json.loads(json.dumps(opportunity))
    nested["PrimaryNeedsFromAws"][1] = {"Value": "Co-Sell"}
    cases.append((get_opportunity, nested, "PrimaryNeedsFromAws[1]: expected str, got dict"))

    for call, body, problem in cases:
        error = raised(answer(200, json.dumps(body).encode()), call)
        assert_parse_error(error, "response: " + problem)


# -- empty bodies ----------------------------------------------------------------------


def test_empty_2xx_body_for_an_output_with_required_members_is_a_parse_error() -> None:
    error = raised(answer(200, b""))
    assert_parse_error(
        error,
        "GetOpportunity",
        "the body is empty",
        "requires Catalog, Id, LastModifiedDate, CreatedDate, RelatedEntityIdentifiers",
    )


def test_empty_2xx_body_for_an_output_without_required_members_is_an_empty_output() -> None:
    """As botocore reads it: nothing required, so nothing is missing."""
    with (
        LocalAwsServer(lambda request: answer(200, b"")) as server,
        client_for(server.url) as client,
    ):
        output = get_engagement(client)
    assert type(output) is GetEngagementResponse
    assert output.to_dict() == {}


@pytest.mark.parametrize("status", [400, 500, 503])
def test_empty_body_with_an_error_status_is_a_generic_service_error(status: int) -> None:
    error = raised(answer(status, b""))
    assert_generic_service_error(error, status, "the body is empty")


# -- truncated bodies ------------------------------------------------------------------


def test_connection_closed_before_content_length_is_an_incomplete_response_error() -> None:
    body = json.dumps(wire("GetOpportunityResponse")).encode()
    head = f"HTTP/1.1 200 OK\nContent-Length: {len(body)}\nx-amzn-RequestId: {REQUEST_ID}"
    error = raised_over_raw(raw(head, body[: len(body) // 2]), close_after=True)
    assert type(error) is IncompleteResponseError
    assert isinstance(error, TransportError)
    assert error.status_code == 200
    assert error.request_id == REQUEST_ID
    assert "broken before a complete response" in str(error)
    assert f"HTTP 200, request id {REQUEST_ID}" in str(error)


def test_json_cut_short_with_an_honest_content_length_is_a_parse_error() -> None:
    body = json.dumps(wire("GetOpportunityResponse")).encode()
    cuts = [
        body.index(b'"Id"') + 3,  # inside a string
        body.index(b'"Id"') + 5,  # after a colon
        body.index(b", ") + 1,  # after a comma
        len(body) - 1,  # the last closing brace missing
    ]
    for cut in cuts:
        error = raised(answer(200, body[:cut]))
        assert_parse_error(error, "GetOpportunity", f"JSON cut short after {cut} bytes")
        assert error.body == body[: min(cut, 1024)]


# -- very large and deeply nested bodies -------------------------------------------------


def test_30_mb_of_valid_json_of_the_wrong_shape_is_a_parse_error() -> None:
    body = json.dumps({"Catalog": ["x" * 100] * 300_000}).encode()
    assert len(body) > 30_000_000
    error = raised(answer(200, body))
    assert_parse_error(error, "Catalog: expected str, got list")
    assert len(str(error)) < 300


@pytest.mark.parametrize(
    "body",
    [b"[" * 100_000, b"[" * 100_000 + b"]" * 100_000, b'{"Customer":' * 50_000],
    ids=["unclosed", "closed", "objects"],
)
def test_deeply_nested_json_is_a_parse_error(body: bytes) -> None:
    error = raised(answer(200, body))
    assert_parse_error(error, "GetOpportunity", "nested too deeply")


def test_body_over_the_size_limit_is_refused_before_it_is_read() -> None:
    """A 300 MB Content-Length or a 512 MiB chunk: refused at once, not awaited.

    The server sends only the head and then waits: a client that tried to
    read the body would wait out its read timeout instead.
    """
    heads = [
        f"HTTP/1.1 200 OK\nContent-Length: 300000000\nx-amzn-RequestId: {REQUEST_ID}",
        f"HTTP/1.1 200 OK\nTransfer-Encoding: chunked\nx-amzn-RequestId: {REQUEST_ID}",
    ]
    for head, body in zip(heads, [b"", b"20000000\r\n"]):
        error = raised_over_raw(raw(head, body), close_after=False, read_timeout=60.0)
        assert type(error) is TransportError
        assert "Response too large" in str(error) and "256 MiB" in str(error)
        assert f"HTTP 200, request id {REQUEST_ID}" in str(error)


def test_body_read_to_the_close_stops_at_the_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without Content-Length or chunks, reading stops once the body passes the limit."""
    monkeypatch.setattr(http1, "MAX_BODY", 100_000)
    head = f"HTTP/1.1 200 OK\nConnection: close\nx-amzn-RequestId: {REQUEST_ID}"
    error = raised_over_raw(raw(head, b"x" * 300_000), close_after=True)
    assert type(error) is TransportError
    assert "Response too large" in str(error) and "grew past" in str(error)
    assert f"HTTP 200, request id {REQUEST_ID}" in str(error)


# -- a server that stalls ----------------------------------------------------------------


def test_server_stalling_after_the_headers_is_a_read_timeout() -> None:
    head = f"HTTP/1.1 200 OK\nContent-Length: 100\nx-amzn-RequestId: {REQUEST_ID}"
    error = raised_over_raw(raw(head, b'{"Catalog": '), close_after=False, read_timeout=0.5)
    assert type(error) is ReadTimeoutError
    assert "within the read timeout (0.5 s)" in str(error)


def test_a_response_trickling_in_ends_at_the_read_deadline() -> None:
    """Each byte beats the per-read timeout, but the whole response has a deadline too."""
    stop = threading.Event()
    listener = socket.create_server(("127.0.0.1", 0))

    def trickle() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.recv(65536)  # the request (small enough for one read here)
            conn.sendall(
                f"HTTP/1.1 200 OK\r\nContent-Length: 200\r\nx-amzn-RequestId: {REQUEST_ID}\r\n\r\n".encode()
            )
            for _ in range(200):  # 200 bytes, one every 0.1 s: 20 s if nothing stopped it
                if stop.wait(0.1):
                    return
                conn.sendall(b" ")

    server = threading.Thread(target=trickle, daemon=True)
    server.start()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    try:
        with client_for(url, read_timeout=0.5) as client:
            started = time.monotonic()
            with pytest.raises(ReadTimeoutError, match="not complete after") as caught:
                get_opportunity(client)
            elapsed = time.monotonic() - started
    finally:
        stop.set()
        listener.close()
    assert "within the read timeout (0.5 s)" in str(caught.value)
    assert elapsed < 5  # the deadline plus one read timeout is 1 s; 20 s without it
