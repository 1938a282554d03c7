"""The default request handler against real HTTP on 127.0.0.1 (servers the tests start)."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
import time
from pathlib import Path

import pytest

from runtime.errors import ConnectTimeoutError, ReadTimeoutError, TransportError
from runtime.http import HttpRequest, RequestHandler, Timeouts
from runtime.urllib3_handler import Urllib3RequestHandler
from tests.localserver import DropConnection, LocalAwsServer, RecordedRequest

TIMEOUTS = Timeouts(connect=5.0, read=10.0)


@pytest.fixture
def handler():
    with Urllib3RequestHandler() as h:
        yield h


def post(url: str, body: bytes = b"{}", **headers: str) -> HttpRequest:
    return HttpRequest("POST", url, {"Content-Type": "application/x-amz-json-1.0", **headers}, body)


def echo(request: RecordedRequest):
    """Answer with what was received, so responses can be matched to requests."""
    return 200, {"Content-Type": "application/octet-stream", "X-Echo-Path": request.path}, request.body


def test_implements_the_request_handler_protocol(handler):
    assert isinstance(handler, RequestHandler)


def test_post_round_trip(handler):
    def answer(request: RecordedRequest):
        return 201, {"Content-Type": "application/json", "X-Amzn-RequestId": "req-1", "X-Multi": "a"}, b'{"ok":true}'

    body = b'{"Catalog":"Sandbox"}' * 100
    with LocalAwsServer(answer) as server:
        response = handler.send(
            post(server.url + "/some/path?x=1&y=%2F", body, **{"X-Amz-Target": "Svc.Op", "User-Agent": "test/1"}),
            timeouts=TIMEOUTS,
        )
        (received,) = server.requests

    assert received.method == "POST"
    assert received.path == "/some/path?x=1&y=%2F"
    assert received.body == body
    assert received.header("x-amz-target") == "Svc.Op"
    assert received.header("Content-Type") == "application/x-amz-json-1.0"
    assert received.header("User-Agent") == "test/1"
    assert received.header("Content-Length") == str(len(body))
    assert received.header("Host") == f"127.0.0.1:{server.port}"
    assert response.status == 201
    assert response.body == b'{"ok":true}'
    assert response.header("x-amzn-requestid") == "req-1"
    assert response.headers["content-type"] == "application/json"  # any case
    assert response.headers["CONTENT-LENGTH"] == "11"


def test_caller_host_header_wins_and_empty_bodies(handler):
    with LocalAwsServer() as server:
        handler.send(HttpRequest("GET", server.url, {"Host": "example.com"}), timeouts=TIMEOUTS)
        handler.send(HttpRequest("POST", server.url + "?a=b", {}), timeouts=TIMEOUTS)
        get, empty_post = server.requests

    assert (get.method, get.path, get.header("Host")) == ("GET", "/", "example.com")
    assert get.header("Content-Length") is None
    assert (empty_post.path, empty_post.header("Content-Length")) == ("/?a=b", "0")


def test_error_status_is_returned_not_raised(handler):
    def fail(request: RecordedRequest):
        return 500, {"Content-Type": "application/x-amz-json-1.0"}, b'{"__type":"InternalServerException"}'

    with LocalAwsServer(fail) as server:
        response = handler.send(post(server.url + "/"), timeouts=TIMEOUTS)

    assert response.status == 500
    assert response.body == b'{"__type":"InternalServerException"}'


def test_sequential_requests_reuse_one_keep_alive_connection(handler):
    with LocalAwsServer(echo) as server:
        for i in range(5):
            response = handler.send(post(server.url + f"/{i}", b"x" * i), timeouts=TIMEOUTS)
            assert (response.status, response.body) == (200, b"x" * i)
        requests = server.requests
        assert server.connection_count == 1

    assert {r.connection_id for r in requests} == {1}
    assert len({r.peer_port for r in requests}) == 1


def test_connection_closed_by_server_is_replaced(handler):
    def close_after(request: RecordedRequest):
        return 200, {"Connection": "close"}, b"bye"

    with LocalAwsServer(close_after) as server:
        for _ in range(3):
            assert handler.send(post(server.url), timeouts=TIMEOUTS).body == b"bye"
        assert [r.connection_id for r in server.requests] == [1, 2, 3]


def test_idle_connection_dropped_by_server_is_detected(handler):
    with LocalAwsServer() as server:
        assert handler.send(post(server.url), timeouts=TIMEOUTS).status == 200
        server.close_connections()  # as an idle timeout on the server would
        time.sleep(0.1)  # let the FIN arrive
        assert handler.send(post(server.url), timeouts=TIMEOUTS).status == 200
        assert [r.connection_id for r in server.requests] == [1, 2]


def test_connection_refused_raises_transport_error(handler):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()

    with pytest.raises(TransportError) as info:
        handler.send(post(f"http://127.0.0.1:{port}/"), timeouts=TIMEOUTS)

    error = info.value
    assert type(error) is TransportError  # not a timeout
    assert f"127.0.0.1:{port}" in str(error)
    assert "ConnectionRefusedError" in str(error)
    assert error.__cause__ is not None


def test_connect_timeout_raises_connect_timeout_error(handler):
    # A listening socket that never accepts: once its accept queue is full,
    # the kernel leaves further handshakes unanswered.
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    try:
        for _ in range(8):
            filler = socket.socket()
            filler.setblocking(False)
            filler.connect_ex(("127.0.0.1", port))
            fillers.append(filler)
        time.sleep(0.05)
        probe = socket.socket()
        probe.settimeout(0.3)
        try:
            probe.connect(("127.0.0.1", port))
        except TimeoutError:
            pass  # as needed: the handshake went unanswered
        except OSError as exc:
            pytest.skip(f"this kernel refuses connections beyond the listen backlog: {exc}")
        else:
            pytest.skip("this kernel accepts connections beyond the listen backlog")
        finally:
            probe.close()

        started = time.monotonic()
        with pytest.raises(ConnectTimeoutError) as info:
            handler.send(post(f"http://127.0.0.1:{port}/"), timeouts=Timeouts(connect=0.3, read=5))
        assert time.monotonic() - started < 3
        assert f"127.0.0.1:{port}" in str(info.value)
        assert info.value.__cause__ is not None
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


def test_read_timeout_raises_read_timeout_error(handler):
    release = threading.Event()

    def stall(request: RecordedRequest):
        release.wait(10)
        return 200, {}, b"too late"

    with LocalAwsServer(stall) as server:
        try:
            started = time.monotonic()
            with pytest.raises(ReadTimeoutError) as info:
                handler.send(post(server.url), timeouts=Timeouts(connect=5, read=0.3))
            elapsed = time.monotonic() - started
        finally:
            release.set()

    assert 0.25 < elapsed < 5
    assert server.url.removeprefix("http://") in str(info.value)
    assert info.value.__cause__ is not None


def test_connection_dropped_mid_request_raises_transport_error_then_recovers(handler):
    calls = []

    def flaky(request: RecordedRequest):
        calls.append(request.path)
        if len(calls) == 1:
            raise DropConnection
        return 200, {}, b"ok"

    with LocalAwsServer(flaky) as server:
        with pytest.raises(TransportError) as info:
            handler.send(post(server.url + "/first"), timeouts=TIMEOUTS)
        assert type(info.value) is TransportError
        assert "broken before a complete response" in str(info.value)

        assert handler.send(post(server.url + "/second"), timeouts=TIMEOUTS).body == b"ok"


def test_concurrent_use_from_8_threads(handler):
    errors: list[BaseException] = []
    mismatches: list[tuple[str, bytes]] = []

    def worker(n: int) -> None:
        try:
            for i in range(25):
                payload = f"thread {n} call {i}".encode()
                response = handler.send(post(server.url + f"/{n}/{i}", payload), timeouts=TIMEOUTS)
                if response.status != 200 or response.body != payload:
                    mismatches.append((f"{n}/{i}", response.body))
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)

    with LocalAwsServer(echo) as server:
        threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert not any(t.is_alive() for t in threads)
        requests = server.requests
        connections = server.connection_count

    assert errors == []
    assert mismatches == []
    assert len(requests) == 200
    assert connections <= 8  # pooled: at most one connection per thread in flight


def test_send_after_close_opens_a_new_connection(handler):
    with LocalAwsServer() as server:
        assert handler.send(post(server.url), timeouts=TIMEOUTS).status == 200
        handler.close()
        assert handler.send(post(server.url), timeouts=TIMEOUTS).status == 200
        assert [r.connection_id for r in server.requests] == [1, 2]


def test_rejects_urls_that_are_not_http(handler):
    with pytest.raises(ValueError, match="http:// or https://"):
        handler.send(post("ftp://127.0.0.1/"), timeouts=TIMEOUTS)


def test_max_pool_connections_must_be_positive():
    with pytest.raises(ValueError):
        Urllib3RequestHandler(max_pool_connections=0)


# HTTPS, with a throwaway CA made by the openssl command line tool.


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory) -> tuple[Path, Path, Path]:
    """(ca.pem, server.pem, server.key): a CA and a 127.0.0.1 certificate it signed.

    The same directory also holds other.pem / other.key, signed by the same CA
    for another host name.
    """
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is not available")
    d = tmp_path_factory.mktemp("tls")

    def run(*args: str) -> None:
        subprocess.run(["openssl", *args], cwd=d, check=True, capture_output=True, timeout=60)

    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    run("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=Test CA",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    for name, san in (("server", "IP:127.0.0.1"), ("other", "DNS:elsewhere.example")):
        run("req", *ec, "-keyout", f"{name}.key", "-out", f"{name}.csr", "-subj", f"/CN={name}")
        (d / f"{name}.cnf").write_text(
            "basicConstraints=critical,CA:FALSE\n"
            "keyUsage=critical,digitalSignature\n"
            "extendedKeyUsage=serverAuth\n"
            f"subjectAltName={san}\n"
            "authorityKeyIdentifier=keyid\n"
            "subjectKeyIdentifier=hash\n"
        )
        run("x509", "-req", "-in", f"{name}.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
            "-CAcreateserial", "-out", f"{name}.pem", "-days", "2", "-extfile", f"{name}.cnf")
    return d / "ca.pem", d / "server.pem", d / "server.key"


@pytest.fixture
def https_server(tls_files):
    _, cert, key = tls_files
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    with LocalAwsServer(echo, ssl_context=context) as server:
        yield server


def test_https_verified_against_given_ca_bundle(tls_files, https_server):
    ca, _, _ = tls_files
    with Urllib3RequestHandler(verify=str(ca)) as h:
        for i in range(3):
            response = h.send(post(https_server.url + "/tls", b"secret %d" % i), timeouts=TIMEOUTS)
            assert (response.status, response.body) == (200, b"secret %d" % i)
    assert https_server.connection_count == 1


def test_https_untrusted_certificate_raises_transport_error(https_server):
    with Urllib3RequestHandler(verify=True) as h:
        with pytest.raises(TransportError) as info:
            h.send(post(https_server.url), timeouts=TIMEOUTS)
    assert "TLS failure" in str(info.value)
    assert "CERTIFICATE_VERIFY_FAILED" in str(info.value)


def test_https_without_verification(https_server):
    with pytest.warns(Warning, match="verification is disabled"):
        h = Urllib3RequestHandler(verify=False)
        response = h.send(post(https_server.url, b"insecure"), timeouts=TIMEOUTS)
    h.close()
    assert response.body == b"insecure"


def test_https_certificate_for_another_host_raises_transport_error(tls_files):
    ca, _, _ = tls_files
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(ca.parent / "other.pem", ca.parent / "other.key")
    with LocalAwsServer(echo, ssl_context=context) as server:
        with Urllib3RequestHandler(verify=str(ca)) as h:
            with pytest.raises(TransportError) as info:
                h.send(post(server.url), timeouts=TIMEOUTS)
    assert "TLS failure" in str(info.value)
    assert "127.0.0.1" in str(info.value)
