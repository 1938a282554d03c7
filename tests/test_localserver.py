"""Tests of the local test server itself, above all its SigV4 verification.

Requests are signed by botocore's ``SigV4Auth`` (the reference, not our
signer) and sent with ``http.client``, so these tests say nothing about our
own code: they make sure the server used to test it accepts exactly what
AWS accepts.
"""

from __future__ import annotations

import datetime as dt
import http.client
import json
import threading

import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from tests.localserver import (
    JSON_CONTENT_TYPE,
    DropConnection,
    LocalAwsServer,
    RecordedRequest,
    SigV4Verifier,
)

ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
TOKEN = "IQoJb3JpZ2luX2VjEXAMPLETOKEN//////////wEaCXVzLWVhc3QtMSJHMEUCIQ"
REGION = "us-east-1"
SERVICE = "partnercentral-selling"
TARGET = "AWSPartnerCentralSelling.GetOpportunity"
BODY = b'{"Catalog":"Sandbox","Identifier":"O1234567"}'


def signed(
    server: LocalAwsServer,
    body: bytes = BODY,
    *,
    secret_key: str = SECRET_KEY,
    token: str | None = TOKEN,
    region: str = REGION,
    service: str = SERVICE,
) -> AWSRequest:
    """A JSON-protocol POST to ``server``, signed by botocore now."""
    request = AWSRequest(
        method="POST",
        url=server.url + "/",
        data=body,
        headers={"Content-Type": JSON_CONTENT_TYPE, "X-Amz-Target": TARGET},
    )
    SigV4Auth(Credentials(ACCESS_KEY, secret_key, token), service, region).add_auth(request)
    return request


def send(
    server: LocalAwsServer, request: AWSRequest, body: bytes | None = None
) -> tuple[int, bytes]:
    """Send ``request`` (optionally with another body than it was signed with)."""
    conn = http.client.HTTPConnection(server.host, server.port, timeout=10)
    try:
        conn.request(
            request.method,
            "/",
            body=request.body if body is None else body,
            headers=dict(request.headers.items()),
        )
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


@pytest.fixture
def server():
    with LocalAwsServer(
        credentials=(ACCESS_KEY, SECRET_KEY, TOKEN), region=REGION, service=SERVICE
    ) as srv:
        yield srv


def assert_rejected(status: int, body: bytes, code: str = "InvalidSignatureException") -> str:
    assert status == 403
    error = json.loads(body)
    assert error["__type"] == code
    assert error["message"]
    return str(error["message"])


def test_request_signed_by_botocore_is_accepted(server):
    status, body = send(server, signed(server))

    assert (status, json.loads(body)) == (200, {})
    (recorded,) = server.requests
    assert recorded.signature_valid is True
    assert recorded.signature_error is None
    assert recorded.method == "POST" and recorded.path == "/" and recorded.body == BODY
    assert recorded.header("x-amz-target") == TARGET
    assert recorded.header("X-Amz-Security-Token") == TOKEN


def test_tampered_body_is_rejected(server):
    request = signed(server)

    status, body = send(server, request, body=BODY.replace(b"O1234567", b"O7654321"))

    message = assert_rejected(status, body)
    assert "does not match the signature you provided" in message
    assert "The Canonical String for this request should have been" in message
    (recorded,) = server.requests
    assert recorded.signature_valid is False
    assert recorded.signature_error and recorded.signature_error.startswith(
        "InvalidSignatureException"
    )


def test_wrong_secret_key_is_rejected(server):
    status, body = send(server, signed(server, secret_key="not-the-secret"))

    assert "does not match the signature you provided" in assert_rejected(status, body)
    assert server.requests[0].signature_valid is False


def test_wrong_region_is_rejected(server):
    status, body = send(server, signed(server, region="eu-west-1"))

    assert "scoped to a valid region" in assert_rejected(status, body)
    assert server.requests[0].signature_valid is False


def test_wrong_service_is_rejected(server):
    status, body = send(server, signed(server, service="dynamodb"))

    assert "scoped to correct service" in assert_rejected(status, body)


def test_missing_or_wrong_session_token_is_rejected(server):
    status, body = send(server, signed(server, token=None))
    assert_rejected(status, body, "UnrecognizedClientException")

    status, body = send(server, signed(server, token=TOKEN + "x"))
    assert_rejected(status, body, "UnrecognizedClientException")


def test_unsigned_request_is_rejected(server):
    conn = http.client.HTTPConnection(server.host, server.port, timeout=10)
    conn.request("POST", "/", body=BODY, headers={"Content-Type": JSON_CONTENT_TYPE})
    response = conn.getresponse()

    assert_rejected(response.status, response.read(), "MissingAuthenticationTokenException")
    conn.close()


def test_header_changed_after_signing_is_rejected(server):
    request = signed(server)
    request.headers.replace_header("X-Amz-Target", "AWSPartnerCentralSelling.DeleteEverything")

    assert_rejected(*send(server, request))


def test_unsigned_extra_headers_are_ignored(server):
    request = signed(server)
    request.headers["User-Agent"] = "added-after-signing/1.0"
    request.headers["X-Unsigned"] = "anything"

    assert send(server, request)[0] == 200


def test_clock_skew_is_enforced():
    verifier = SigV4Verifier(ACCESS_KEY, SECRET_KEY, None, REGION, SERVICE, max_clock_skew=300)
    with LocalAwsServer(
        credentials=(ACCESS_KEY, SECRET_KEY, None), region=REGION, service=SERVICE
    ) as srv:
        request = signed(srv, token=None)
    headers = list(request.headers.items()) + [("Host", request.url.split("/")[2])]
    signed_at = dt.datetime.strptime(request.headers["X-Amz-Date"], "%Y%m%dT%H%M%SZ").replace(
        tzinfo=dt.timezone.utc
    )
    url = request.url

    assert (
        verifier.verify("POST", url, headers, BODY, now=signed_at + dt.timedelta(seconds=299))
        is None
    )
    late = verifier.verify("POST", url, headers, BODY, now=signed_at + dt.timedelta(seconds=301))
    assert late is not None and late.message.startswith("Signature expired")
    early = verifier.verify("POST", url, headers, BODY, now=signed_at - dt.timedelta(seconds=301))
    assert early is not None and early.message.startswith("Signature not yet current")
    relaxed = SigV4Verifier(ACCESS_KEY, SECRET_KEY, None, REGION, SERVICE, max_clock_skew=None)
    assert (
        relaxed.verify("POST", url, headers, BODY, now=signed_at + dt.timedelta(days=400)) is None
    )


def test_records_requests_and_keep_alive_connections():
    seen = []

    def handler(request: RecordedRequest):
        seen.append(request.path)
        return (
            201,
            {"Content-Type": "text/plain", "X-Echo": request.header("X-Test") or ""},
            b"hello",
        )

    with LocalAwsServer(handler) as srv:
        conn = http.client.HTTPConnection(srv.host, srv.port, timeout=10)
        for i in range(3):
            conn.request("PUT", f"/items/{i}?q=1", body=b"x" * i, headers={"X-Test": str(i)})
            response = conn.getresponse()
            assert (response.status, response.read()) == (201, b"hello")
            assert response.getheader("X-Echo") == str(i)
            assert response.getheader("Content-Length") == "5"
        conn.close()
        requests = srv.requests

    assert seen == ["/items/0?q=1", "/items/1?q=1", "/items/2?q=1"]
    assert [r.body for r in requests] == [b"", b"x", b"xx"]
    assert {r.connection_id for r in requests} == {1}
    assert len({r.peer_port for r in requests}) == 1
    assert ("X-Test", "2") in requests[2].headers
    assert requests[0].signature_valid is None


def test_default_handler_answers_like_a_json_operation():
    with LocalAwsServer() as srv:
        conn = http.client.HTTPConnection(srv.host, srv.port, timeout=10)
        conn.request("POST", "/", body=b"{}")
        response = conn.getresponse()
        assert response.status == 200
        assert response.read() == b"{}"
        assert response.getheader("Content-Type") == JSON_CONTENT_TYPE
        assert response.getheader("x-amzn-RequestId")
        conn.close()


def test_handler_errors_become_500_and_are_reported():
    def handler(request: RecordedRequest):
        raise RuntimeError("bug in the test handler")

    with LocalAwsServer(handler) as srv:
        conn = http.client.HTTPConnection(srv.host, srv.port, timeout=10)
        conn.request("POST", "/", body=b"{}")
        response = conn.getresponse()
        assert response.status == 500
        assert json.loads(response.read())["__type"] == "InternalFailure"
        conn.close()
        assert [str(e) for e in srv.errors] == ["bug in the test handler"]


def test_drop_connection_closes_without_answer():
    def handler(request: RecordedRequest):
        raise DropConnection

    with LocalAwsServer(handler) as srv:
        conn = http.client.HTTPConnection(srv.host, srv.port, timeout=10)
        conn.request("POST", "/", body=b"{}")
        with pytest.raises((http.client.RemoteDisconnected, ConnectionResetError)):
            conn.getresponse()
        conn.close()


def test_concurrent_signed_requests_verify(server):
    results: list[int] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(5):
            status, _ = send(server, signed(server))
            with lock:
                results.append(status)

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)

    assert results == [200] * 30
    assert all(r.signature_valid for r in server.requests)


def test_stop_closes_idle_keep_alive_connections():
    srv = LocalAwsServer().start()
    conn = http.client.HTTPConnection(srv.host, srv.port, timeout=10)
    conn.request("GET", "/")
    conn.getresponse().read()
    srv.stop()

    conn.sock.settimeout(5)
    assert conn.sock.recv(1) == b""  # the server closed its end
    conn.close()
