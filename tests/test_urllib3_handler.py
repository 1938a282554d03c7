"""The request handlers against real HTTP on 127.0.0.1 (servers the tests start).

Every test that takes ``handler`` or ``handler_class`` runs against the sync
handlers, :class:`SocketRequestHandler` (the client's default) and
:class:`Urllib3RequestHandler`, which share their exchange on an open socket
(``runtime.transports.exchange``) but pool and connect each their own way,
and against the async client's default, :class:`AsyncioRequestHandler`,
driven from the test's threads by :class:`LoopThreadHandler`: the same
framing (``runtime.transports.http1``), the same keep-alive rules and the
same errors, with the same messages.
"""

from __future__ import annotations

import asyncio
import shutil
import socket
import ssl
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import urllib3

from runtime.exceptions import ConnectTimeoutError, ReadTimeoutError, TransportError
from runtime.transports import asyncio_handler, socket_handler
from runtime.transports.asyncio_handler import AsyncioRequestHandler
from runtime.transports.http import HttpRequest, HttpResponse, RequestHandler, Timeouts
from runtime.transports.socket_handler import SocketRequestHandler
from runtime.transports.urllib3_handler import Urllib3RequestHandler
from tests.localserver import DropConnection, LocalAwsServer, RecordedRequest

TIMEOUTS = Timeouts(connect=5.0, read=10.0)


class LoopThreadHandler:
    """An :class:`AsyncioRequestHandler` behind the sync handlers' interface.

    Its event loop runs in a thread of its own, made on the first ``send``;
    each ``send`` is a task of that loop, so calls from several threads are
    concurrent tasks of one loop. ``close()`` closes the handler in its
    loop, then shuts the loop down as ``asyncio.run`` does (async generators,
    then the default executor); a later ``send`` starts a new loop, as a
    later ``asyncio.run`` would.
    """

    def __init__(self, **options) -> None:
        self.handler = AsyncioRequestHandler(**options)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._loop is None:
                self._loop = asyncio.new_event_loop()
                self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
                self._thread.start()
            return self._loop

    def send(self, request: HttpRequest, *, timeouts: Timeouts) -> HttpResponse:
        coroutine = self.handler.send(request, timeouts=timeouts)
        return asyncio.run_coroutine_threadsafe(coroutine, self._running_loop()).result(60)

    def close(self) -> None:
        with self._lock:
            loop, thread, self._loop, self._thread = self._loop, self._thread, None, None
        if loop is None or thread is None:
            return
        asyncio.run_coroutine_threadsafe(self.handler.close(), loop).result(60)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(60)
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.run_until_complete(loop.shutdown_default_executor())
        loop.close()

    def __enter__(self) -> "LoopThreadHandler":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


HandlerClass = type[SocketRequestHandler] | type[Urllib3RequestHandler] | type[LoopThreadHandler]


@pytest.fixture(
    params=[SocketRequestHandler, Urllib3RequestHandler, LoopThreadHandler],
    ids=["SocketRequestHandler", "Urllib3RequestHandler", "AsyncioRequestHandler"],
)
def handler_class(request) -> HandlerClass:
    return request.param


@pytest.fixture
def handler(handler_class):
    with handler_class() as h:
        yield h


def blind_idle_check(handler_class: HandlerClass, monkeypatch) -> None:
    """Make the pool's check that an idle connection is still open see nothing.

    That is the keep-alive race: the server closes the idle connection just
    after the check.
    """
    if handler_class is Urllib3RequestHandler:
        monkeypatch.setattr(urllib3.connectionpool, "is_connection_dropped", lambda conn: False)
    elif handler_class is LoopThreadHandler:
        monkeypatch.setattr(asyncio_handler, "_dropped", lambda conn: False)
    else:
        monkeypatch.setattr(socket_handler, "_dropped", lambda sock: False)


def post(url: str, body: bytes = b"{}", **headers: str) -> HttpRequest:
    return HttpRequest(
        "POST", url, {"Content-Type": "application/x-amz-json-1.0", **headers}, body
    )


def echo(request: RecordedRequest):
    """Answer with what was received, so responses can be matched to requests."""
    return (
        200,
        {"Content-Type": "application/octet-stream", "X-Echo-Path": request.path},
        request.body,
    )


def test_implements_the_request_handler_protocol(handler):
    assert isinstance(handler, RequestHandler)


def test_post_round_trip(handler):
    def answer(request: RecordedRequest):
        return (
            201,
            {"Content-Type": "application/json", "X-Amzn-RequestId": "req-1", "X-Multi": "a"},
            b'{"ok":true}',
        )

    body = b'{"Catalog":"Sandbox"}' * 100
    with LocalAwsServer(answer) as server:
        response = handler.send(
            post(
                server.url + "/some/path?x=1&y=%2F",
                body,
                **{"X-Amz-Target": "Svc.Op", "User-Agent": "test/1"},
            ),
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
        return (
            500,
            {"Content-Type": "application/x-amz-json-1.0"},
            b'{"__type":"InternalServerException"}',
        )

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


def test_max_pool_connections_must_be_positive(handler_class):
    with pytest.raises(ValueError):
        handler_class(max_pool_connections=0)


@pytest.mark.parametrize(
    "url",
    [
        "http://user:pw@127.0.0.1/",  # user information
        "http://127.0.0.1:99999/",  # port out of range
        "http://127.0.0.1:8x/",  # port not a number
        "http://[::1/",  # unclosed IPv6 bracket
        "http://:80/",  # no host
    ],
)
def test_rejects_urls_without_a_valid_host_and_port(handler, url):
    with pytest.raises(ValueError):
        handler.send(post(url), timeouts=TIMEOUTS)


def test_host_header_is_lower_case_without_the_default_port(handler):
    with LocalAwsServer(echo) as server:
        port = server.url.rsplit(":", 1)[1]
        handler.send(post(f"HTTP://LOCALHOST:{port}/a"), timeouts=TIMEOUTS)
        (request,) = server.requests
    assert request.header("Host") == f"localhost:{port}"


def test_idle_connections_beyond_max_pool_connections_are_closed(handler_class):
    if handler_class is LoopThreadHandler:
        pytest.skip("the async handler waits for a pooled connection (tests/test_async_client.py)")
    # Two requests at once need two connections; with room for one idle
    # connection, one of them is closed after use and the other reused.
    both_in = threading.Barrier(3, timeout=10)

    def answer(request: RecordedRequest):
        if request.path == "/together":
            both_in.wait()
        return 200, {}, b"ok"

    with LocalAwsServer(answer) as server, handler_class(max_pool_connections=1) as h:
        threads = [
            threading.Thread(
                target=h.send,
                args=(post(server.url + "/together"),),
                kwargs={"timeouts": TIMEOUTS},
            )
            for _ in range(2)
        ]
        for t in threads:
            t.start()
        both_in.wait()
        for t in threads:
            t.join(10)
        for _ in range(3):
            assert h.send(post(server.url + "/after"), timeouts=TIMEOUTS).body == b"ok"
        requests = server.requests
    together = {r.connection_id for r in requests if r.path == "/together"}
    after = {r.connection_id for r in requests if r.path == "/after"}
    assert together == {1, 2}
    assert len(after) == 1 and after <= together


def test_socket_handler_loads_no_tls_idna_or_http_library_for_http():
    # What the default handler is for: a cold process that calls an http://
    # endpoint imports only socket (ssl only for https).
    probe = (
        "import sys\n"
        "from runtime.transports.http import HttpRequest, Timeouts\n"
        "from runtime.transports.socket_handler import SocketRequestHandler\n"
        "with SocketRequestHandler() as h:\n"
        "    r = h.send(HttpRequest('POST', sys.argv[1], {}, b'{}'), timeouts=Timeouts())\n"
        "assert r.status == 200, r\n"
        "top = {'ssl', '_ssl', 'urllib3', 'http', 'email', 'logging', 'uuid'}\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in top or m == 'encodings.idna'))\n"
    )
    with LocalAwsServer(echo) as server:
        done = subprocess.run(
            [sys.executable, "-c", probe, server.url + "/"],
            cwd=Path(__file__).resolve().parent.parent,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


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
    run(
        "req",
        "-x509",
        *ec,
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=Test CA",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
    )
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
        run(
            "x509",
            "-req",
            "-in",
            f"{name}.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            f"{name}.pem",
            "-days",
            "2",
            "-extfile",
            f"{name}.cnf",
        )
    return d / "ca.pem", d / "server.pem", d / "server.key"


@pytest.fixture
def https_server(tls_files):
    _, cert, key = tls_files
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    with LocalAwsServer(echo, ssl_context=context) as server:
        yield server


def test_https_verified_against_given_ca_bundle(handler_class, tls_files, https_server):
    ca, _, _ = tls_files
    with handler_class(verify=str(ca)) as h:
        for i in range(3):
            response = h.send(post(https_server.url + "/tls", b"secret %d" % i), timeouts=TIMEOUTS)
            assert (response.status, response.body) == (200, b"secret %d" % i)
    assert https_server.connection_count == 1


def test_https_verified_against_a_directory_of_hashed_ca_certificates(
    handler_class, tls_files, https_server, tmp_path
):
    ca, _, _ = tls_files
    name = subprocess.run(
        ["openssl", "x509", "-hash", "-noout", "-in", str(ca)],
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout.strip()
    shutil.copy(ca, tmp_path / f"{name}.0")
    with handler_class(verify=str(tmp_path)) as h:
        response = h.send(post(https_server.url + "/dir", b"via capath"), timeouts=TIMEOUTS)
    assert (response.status, response.body) == (200, b"via capath")


def test_https_untrusted_certificate_raises_transport_error(handler_class, https_server):
    with handler_class(verify=True) as h:
        with pytest.raises(TransportError) as info:
            h.send(post(https_server.url), timeouts=TIMEOUTS)
    assert "TLS failure" in str(info.value)
    assert "CERTIFICATE_VERIFY_FAILED" in str(info.value)


def test_https_without_verification(handler_class, https_server):
    with pytest.warns(Warning, match="verification is disabled"):
        h = handler_class(verify=False)
        response = h.send(post(https_server.url, b"insecure"), timeouts=TIMEOUTS)
    h.close()
    assert response.body == b"insecure"


def test_https_certificate_for_another_host_raises_transport_error(handler_class, tls_files):
    ca, _, _ = tls_files
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(ca.parent / "other.pem", ca.parent / "other.key")
    with LocalAwsServer(echo, ssl_context=context) as server:
        with handler_class(verify=str(ca)) as h:
            with pytest.raises(TransportError) as info:
                h.send(post(server.url), timeouts=TIMEOUTS)
    assert "TLS failure" in str(info.value)
    assert "127.0.0.1" in str(info.value)


# HTTP/1.1 framing, against a bare TCP server that writes exactly the bytes a test gives.


class RawServer:
    """A TCP server on 127.0.0.1 that answers each request with raw bytes.

    ``answer(request)`` returns ``(bytes to write, close_after)``, or None to
    close the connection without answering. Requests are read with
    Content-Length framing and recorded, with the number of the connection
    they came on (1, 2, ...).
    """

    def __init__(self, answer) -> None:
        self.answer = answer
        self.requests: list[dict] = []
        self.connections: list[socket.socket] = []
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                self.connections.append(conn)
                number = len(self.connections)
            threading.Thread(target=self._serve, args=(conn, number), daemon=True).start()

    def _serve(self, conn: socket.socket, number: int) -> None:
        rfile = conn.makefile("rb")
        try:
            while True:
                line = rfile.readline()
                if not line:
                    return
                headers = []
                while (h := rfile.readline()) not in (b"\r\n", b""):
                    name, _, value = h.decode("latin-1").partition(":")
                    headers.append((name, value.strip()))
                length = int(dict((k.lower(), v) for k, v in headers).get("content-length", 0))
                request = {
                    "connection": number,
                    "line": line.decode("latin-1").rstrip("\r\n"),
                    "headers": headers,
                    "body": rfile.read(length),
                }
                with self._lock:
                    self.requests.append(request)
                reply = self.answer(request)
                if reply is None:
                    conn.shutdown(socket.SHUT_RDWR)
                    return
                data, close_after = reply
                conn.sendall(data)
                if close_after:
                    conn.shutdown(socket.SHUT_RDWR)
                    return
        except OSError:
            return
        finally:
            rfile.close()
            conn.close()

    def close(self) -> None:
        self._listener.close()
        with self._lock:
            connections = list(self.connections)
        for conn in connections:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def __enter__(self) -> "RawServer":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def raw(head: str, body: bytes = b"") -> bytes:
    """A response: ``head`` lines joined with CRLF, the blank line, then ``body``."""
    return head.replace("\n", "\r\n").encode("latin-1") + b"\r\n\r\n" + body


def always(data: bytes, close_after: bool = False):
    return lambda request: (data, close_after)


def test_chunked_response_with_extensions_and_trailers_keeps_the_connection(handler):
    chunked = raw(
        "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\nContent-Type: application/json",
        b"5;name=value\r\nhello\r\n1\r\n \r\n6\r\nworld!\r\n0\r\nX-Trailer: t\r\n\r\n",
    )
    with RawServer(always(chunked)) as server:
        for _ in range(2):
            response = handler.send(post(server.url), timeouts=TIMEOUTS)
            assert (response.status, response.body) == (200, b"hello world!")
            assert response.header("Content-Type") == "application/json"
        assert [r["connection"] for r in server.requests] == [1, 1]


def test_large_chunked_and_content_length_bodies_across_many_reads(handler):
    big = bytes(range(256)) * 4096  # 1 MiB
    chunks = b"".join(
        b"%x\r\n%s\r\n" % (len(big[i : i + 70000]), big[i : i + 70000])
        for i in range(0, len(big), 70000)
    )
    answers = [
        raw("HTTP/1.1 200 OK\nTransfer-Encoding: chunked", chunks + b"0\r\n\r\n"),
        raw(f"HTTP/1.1 200 OK\nContent-Length: {len(big)}", big),
    ]
    with RawServer(lambda request: (answers[len(server.requests) - 1], False)) as server:
        assert handler.send(post(server.url), timeouts=TIMEOUTS).body == big
        assert handler.send(post(server.url), timeouts=TIMEOUTS).body == big
        assert [r["connection"] for r in server.requests] == [1, 1]


def test_connection_close_response_is_not_reused_even_if_the_server_keeps_it_open(handler):
    answer = raw("HTTP/1.1 200 OK\nConnection: close\nContent-Length: 3", b"bye")
    with RawServer(always(answer, close_after=False)) as server:
        for _ in range(3):
            assert handler.send(post(server.url), timeouts=TIMEOUTS).body == b"bye"
        assert [r["connection"] for r in server.requests] == [1, 2, 3]


def test_http_1_0_responses(handler):
    plain = raw("HTTP/1.0 200 OK\nContent-Length: 2", b"10")
    keep_alive = raw("HTTP/1.0 200 OK\nConnection: Keep-Alive\nContent-Length: 2", b"ka")
    with RawServer(always(plain)) as server:
        for _ in range(2):
            response = handler.send(post(server.url), timeouts=TIMEOUTS)
            assert (response.status, response.body) == (200, b"10")
        assert [r["connection"] for r in server.requests] == [1, 2]  # 1.0: closes by default
    with RawServer(always(keep_alive)) as server:
        for _ in range(2):
            assert handler.send(post(server.url), timeouts=TIMEOUTS).body == b"ka"
        assert [r["connection"] for r in server.requests] == [1, 1]


def test_interim_1xx_responses_are_skipped(handler):
    answer = (
        raw("HTTP/1.1 100 Continue")
        + raw("HTTP/1.1 103 Early Hints\nLink: </style.css>; rel=preload")
        + raw("HTTP/1.1 201 Created\nContent-Length: 4\nX-Final: yes", b"done")
    )
    with RawServer(always(answer)) as server:
        for _ in range(2):
            response = handler.send(post(server.url), timeouts=TIMEOUTS)
            assert (response.status, response.body) == (201, b"done")
            assert response.header("x-final") == "yes"
            assert response.header("link") is None  # the interim response's headers are not kept
        assert [r["connection"] for r in server.requests] == [1, 1]


def test_204_and_304_have_no_body_even_with_a_content_length(handler):
    answers = [
        raw("HTTP/1.1 204 No Content"),
        raw("HTTP/1.1 304 Not Modified\nContent-Length: 100"),  # the length of the body not sent
        raw("HTTP/1.1 200 OK\nContent-Length: 5", b"after"),
    ]
    with RawServer(lambda request: (answers[len(server.requests) - 1], False)) as server:
        quick = Timeouts(connect=5, read=2)  # a body read would wait for bytes that never come
        assert (handler.send(post(server.url), timeouts=quick).status, b"") == (204, b"")
        response = handler.send(post(server.url), timeouts=quick)
        assert (response.status, response.body) == (304, b"")
        assert handler.send(post(server.url), timeouts=quick).body == b"after"
        assert [r["connection"] for r in server.requests] == [1, 1, 1]


def test_body_without_length_runs_to_close(handler):
    answer = raw("HTTP/1.1 200 OK\nContent-Type: text/plain", b"until the end" * 1000)
    with RawServer(always(answer, close_after=True)) as server:
        for _ in range(2):
            assert (
                handler.send(post(server.url), timeouts=TIMEOUTS).body == b"until the end" * 1000
            )
        assert [r["connection"] for r in server.requests] == [1, 2]


def test_repeated_headers_are_combined_and_names_lower_cased(handler):
    answer = raw(
        "HTTP/1.1 200 OK\nX-Multi: a\nx-multi: b\nX-MULTI:c \nX-Folded: one\n  two\nContent-Length: 0"
    )
    with RawServer(always(answer)) as server:
        response = handler.send(post(server.url), timeouts=TIMEOUTS)
    assert response.headers == {"x-multi": "a, b, c", "x-folded": "one two", "content-length": "0"}
    assert response.header("X-Multi") == response.headers["X-MULTI"] == "a, b, c"
    assert "X-Folded" in response.headers
    assert response.headers.get("X-Missing", "default") == "default"


def test_bare_lf_line_ends_are_accepted(handler):
    answer = b"HTTP/1.1 200 OK\nContent-Length: 2\nX-A: 1\n\nok"
    with RawServer(always(answer)) as server:
        response = handler.send(post(server.url), timeouts=TIMEOUTS)
    assert (response.status, response.body, response.header("x-a")) == (200, b"ok", "1")


@pytest.mark.parametrize(
    "answer, problem",
    [
        (
            raw("HTTP/1.1 200 OK\nX-Big: " + "a" * 70000 + "\nContent-Length: 0"),
            "longer than 65536",
        ),
        (raw("HTTP/1.1 200 OK\n" + "\n".join(f"X-{i}: {i}" for i in range(101))), "more than 100"),
        (raw("HTTP/1.1 200 OK\nX-Big: " + "a" * 70000), "longer than 65536"),
        (b"HTTP/1.1 200 OK\r\nX-Huge: " + b"a" * 200000, "longer than 65536"),  # head never ends
        (b"SSH-2.0-OpenSSH_9.6\r\n\r\n", "invalid status line"),
        (raw("HTTP/2 200"), "invalid status line"),
        (raw("HTTP/1.1 20x OK"), "invalid status line"),
        (raw("HTTP/1.1 200 OK\nno colon here"), "invalid header line"),
        (raw("HTTP/1.1 200 OK\nX-A: 1\rX-B: 2\nContent-Length: 0"), "bare CR"),
        (raw("HTTP/1.1 200 OK\nContent-Length: -1"), "invalid Content-Length"),
        (raw("HTTP/1.1 200 OK\nContent-Length: 1, 2", b"x"), "invalid Content-Length"),
        (
            raw("HTTP/1.1 200 OK\nTransfer-Encoding: gzip, chunked"),
            "unsupported Transfer-Encoding",
        ),
        (raw("HTTP/1.1 200 OK\nTransfer-Encoding: chunked", b"zz\r\n"), "invalid chunk size"),
        (raw("HTTP/1.1 101 Switching Protocols\nUpgrade: websocket"), "101"),
    ],
)
def test_malformed_responses_raise_transport_error(handler, answer, problem):
    with RawServer(always(answer, close_after=True)) as server:
        with pytest.raises(TransportError) as info:
            handler.send(post(server.url), timeouts=Timeouts(connect=5, read=5))
        assert type(info.value) is TransportError
        assert problem in str(info.value)
        assert f"127.0.0.1:{server.port}" in str(info.value)
        assert info.value.__cause__ is not None
        assert len(server.requests) == 1  # not retried


def test_truncated_body_raises_transport_error(handler):
    answer = raw("HTTP/1.1 200 OK\nContent-Length: 100", b"only part")
    with RawServer(always(answer, close_after=True)) as server:
        with pytest.raises(TransportError, match="broken before a complete response.*after"):
            handler.send(post(server.url), timeouts=TIMEOUTS)


def test_both_framings_or_extra_bytes_drop_the_connection_after_the_answer(handler):
    answers = [
        # Transfer-Encoding wins over Content-Length; the connection is not reused.
        raw(
            "HTTP/1.1 200 OK\nContent-Length: 3\nTransfer-Encoding: chunked",
            b"2\r\nok\r\n0\r\n\r\n",
        ),
        # Bytes after the response: it is used, the connection is not.
        raw("HTTP/1.1 200 OK\nContent-Length: 2", b"okGARBAGE"),
        raw("HTTP/1.1 200 OK\nContent-Length: 2", b"ok"),
    ]
    with RawServer(lambda request: (answers[len(server.requests) - 1], False)) as server:
        for _ in answers:
            assert handler.send(post(server.url), timeouts=TIMEOUTS).body == b"ok"
        assert [r["connection"] for r in server.requests] == [1, 2, 3]


def test_request_is_one_write_with_host_content_length_and_identity_encoding(handler):
    answer = raw("HTTP/1.1 200 OK\nContent-Length: 0")
    with RawServer(always(answer)) as server:
        handler.send(post(server.url + "/p?q=1", b"abc", **{"X-Custom": "v  "}), timeouts=TIMEOUTS)
        handler.send(
            HttpRequest("GET", server.url, {"Accept-Encoding": "gzip"}), timeouts=TIMEOUTS
        )
        first, second = server.requests
    assert first["line"] == "POST /p?q=1 HTTP/1.1"
    assert first["headers"] == [
        ("Host", f"127.0.0.1:{server.port}"),
        ("Accept-Encoding", "identity"),
        ("Content-Length", "3"),
        ("Content-Type", "application/x-amz-json-1.0"),
        ("X-Custom", "v"),  # (the test server strips values)
    ]
    assert first["body"] == b"abc"
    assert second["line"] == "GET / HTTP/1.1"
    assert second["headers"] == [("Host", f"127.0.0.1:{server.port}"), ("Accept-Encoding", "gzip")]


@pytest.mark.parametrize(
    "request_, problem",
    [
        (post("http://127.0.0.1:1/", **{"X-Evil": "a\r\nX-Injected: b"}), "X-Evil"),
        (post("http://127.0.0.1:1/", **{"X-Evil": "a\nb"}), "X-Evil"),
        (post("http://127.0.0.1:1/", **{"X-Evil": "a\rb"}), "X-Evil"),
        (post("http://127.0.0.1:1/", **{"X-Evil": "a\0b"}), "X-Evil"),
        (post("http://127.0.0.1:1/", **{"X-Bad Name": "v"}), "header name"),
        (post("http://127.0.0.1:1/", **{"X-Bad:Name": "v"}), "header name"),
        (post("http://127.0.0.1:1/a b"), "request target"),
        (post("http://127.0.0.1:1/a\r\nX: y"), "request target"),
        (HttpRequest("GET\r\nX:", "http://127.0.0.1:1/"), "HTTP method"),
        (post("http://127.0.0.1:1/", **{"X-Text": "snow \u2603"}), "latin-1"),
    ],
)
def test_requests_that_cannot_be_framed_safely_are_refused_before_sending(
    handler_class, request_, problem
):
    sent: list[bytes] = []
    with RawServer(
        lambda request: sent.append(request) or (raw("HTTP/1.1 200 OK\nContent-Length: 0"), False)
    ) as server:
        request_.url = request_.url.replace("127.0.0.1:1", f"127.0.0.1:{server.port}")
        with handler_class() as h:
            with pytest.raises(ValueError, match=problem) as info:
                h.send(request_, timeouts=TIMEOUTS)
        assert "X-Injected" not in str(info.value) and "\u2603" not in str(
            info.value
        )  # no values shown
        time.sleep(0.05)
        assert server.connections == [] and sent == []  # nothing sent, no connection even


def test_stale_pooled_connection_is_retried_once_on_a_new_connection(
    handler_class, handler, monkeypatch
):
    # The keep-alive race: the server closes the idle connection just after the
    # pool checked it (simulated by making that check see nothing).
    with LocalAwsServer(echo) as server:
        assert handler.send(post(server.url + "/1", b"one"), timeouts=TIMEOUTS).body == b"one"
        server.close_connections()
        time.sleep(0.1)
        blind_idle_check(handler_class, monkeypatch)
        assert handler.send(post(server.url + "/2", b"two"), timeouts=TIMEOUTS).body == b"two"
        assert [(r.path, r.connection_id) for r in server.requests] == [("/1", 1), ("/2", 2)]


def test_fresh_connection_closed_without_answer_is_not_retried(handler):
    with RawServer(lambda request: None) as server:
        with pytest.raises(TransportError) as info:
            handler.send(post(server.url), timeouts=TIMEOUTS)
        assert "broken before a complete response" in str(info.value)
        assert "without sending a response" in str(info.value)
        time.sleep(0.05)
        assert len(server.requests) == 1
        assert len(server.connections) == 1


def test_reused_connection_failing_after_part_of_the_response_is_not_retried(handler):
    answers = [raw("HTTP/1.1 200 OK\nContent-Length: 2", b"ok"), b"HTTP/1.1 200 O"]
    with RawServer(lambda request: (answers[len(server.requests) - 1], True)) as server:
        assert handler.send(post(server.url), timeouts=TIMEOUTS).body == b"ok"
        # The first answer did not say close, but the server closes after the
        # second's first bytes: reused, but part of a response arrived.
        with pytest.raises(TransportError, match="after 14 bytes"):
            handler.send(post(server.url), timeouts=TIMEOUTS)
        time.sleep(0.05)
        assert len(server.requests) == 2


def test_reused_connection_timing_out_is_not_retried(handler):
    release = threading.Event()

    def answer(request):
        if len(server.requests) == 2:
            release.wait(10)
        return raw("HTTP/1.1 200 OK\nContent-Length: 2", b"ok"), False

    with RawServer(answer) as server:
        try:
            assert handler.send(post(server.url), timeouts=TIMEOUTS).body == b"ok"
            started = time.monotonic()
            # A shorter read timeout on the same (reused) connection takes effect.
            with pytest.raises(ReadTimeoutError):
                handler.send(post(server.url), timeouts=Timeouts(connect=5, read=0.3))
            assert time.monotonic() - started < 5
        finally:
            release.set()
        assert len(server.requests) == 2
        assert (
            handler.send(post(server.url), timeouts=TIMEOUTS).body == b"ok"
        )  # on a new connection
        assert [r["connection"] for r in server.requests] == [1, 1, 2]


def test_reused_connection_closed_after_receiving_the_request_is_resent_once(handler):
    # The documented trade-off of the keep-alive retry: a server that reads a
    # request on a reused connection and closes without a byte of answer looks
    # like the race above, so the request is sent again, once.
    def answer(request):
        if len(server.requests) == 2:
            return None
        return raw("HTTP/1.1 200 OK\nContent-Length: 2", b"ok"), False

    with RawServer(answer) as server:
        assert handler.send(post(server.url), timeouts=TIMEOUTS).body == b"ok"
        assert handler.send(post(server.url, b"again"), timeouts=TIMEOUTS).body == b"ok"
        assert [(r["connection"], r["body"]) for r in server.requests] == [
            (1, b"{}"),
            (1, b"again"),
            (2, b"again"),
        ]


def test_early_answer_before_the_body_was_read_is_returned(handler):
    # The server answers 413 without reading a large body and closes.
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]

    def serve() -> None:
        conn, _ = listener.accept()
        conn.recv(1024)
        conn.sendall(
            raw(
                "HTTP/1.1 413 Payload Too Large\nContent-Length: 8\nConnection: close", b"too much"
            )
        )
        time.sleep(0.2)
        conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        try:
            response = handler.send(
                post(f"http://127.0.0.1:{port}/", b"x" * 20_000_000), timeouts=TIMEOUTS
            )
        except TransportError as exc:  # the kernel may discard the answer on reset
            pytest.skip(f"the answer was lost to the reset: {exc}")
        assert (response.status, response.body) == (413, b"too much")
    finally:
        thread.join(5)
        listener.close()


def test_stale_pooled_tls_connection_is_retried_once(
    handler_class, tls_files, https_server, monkeypatch
):
    ca, _, _ = tls_files
    with handler_class(verify=str(ca)) as h:
        assert h.send(post(https_server.url + "/1", b"one"), timeouts=TIMEOUTS).body == b"one"
        https_server.close_connections()
        time.sleep(0.1)
        blind_idle_check(handler_class, monkeypatch)
        assert h.send(post(https_server.url + "/2", b"two"), timeouts=TIMEOUTS).body == b"two"
    assert [(r.path, r.connection_id) for r in https_server.requests] == [("/1", 1), ("/2", 2)]
