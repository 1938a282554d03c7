"""What only the asyncio request handler has to show, against real sockets on 127.0.0.1.

Its contract shared with the sync handlers (framing, keep-alive, the race
retry, timeouts, TLS, errors and their messages) is tested with theirs in
test_urllib3_handler.py, and with the aiohttp handler's in
test_async_client.py (pool waits, cancellation, successive event loops);
its driver of the HTTP/1.1 parser against the blocking one in
test_http1.py. Here: what a cold process imports for it, the socket options
it sets, and how it treats a connection around one exchange (a request
that leaves slowly, a cancelled send, bytes arriving on an idle connection).
"""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from runtime.transports.asyncio_handler import AsyncioRequestHandler
from runtime.transports.http import AsyncRequestHandler, HttpRequest, Timeouts
from tests.localserver import LocalAwsServer

ROOT = Path(__file__).resolve().parent.parent
TIMEOUTS = Timeouts(connect=5.0, read=10.0)
OK = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok"


def post(url: str, body: bytes = b"{}") -> HttpRequest:
    return HttpRequest("POST", url, {"Content-Type": "application/x-amz-json-1.0"}, body)


@contextmanager
def tcp_server(serve: Callable[[socket.socket], None]) -> Iterator[tuple[str, list[int]]]:
    """A listener on 127.0.0.1 running ``serve(conn)`` for each connection, in a thread each.

    Yields the URL and the list of accepted connections' client ports.
    """
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[int] = []

    def accept() -> None:
        while True:
            try:
                conn, peer = listener.accept()
            except OSError:
                return
            accepted.append(peer[1])
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}", accepted
    finally:
        listener.close()


def read_request(conn: socket.socket) -> bytes:
    """One request (head and Content-Length body) from ``conn``; b"" if it closed first."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return b""
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(head.lower().split(b"content-length: ", 1)[1].split(b"\r\n", 1)[0])
    while len(body) < length:
        body += conn.recv(length - len(body))
    return body


# -- what a cold process loads -------------------------------------------------------------

PROBE = """
import asyncio, sys
before = set(sys.modules)
from runtime.transports.asyncio_handler import AsyncioRequestHandler
from runtime.transports.http import AsyncRequestHandler, HttpRequest, Timeouts

async def main(url):
    async with AsyncioRequestHandler() as handler:
        response = await handler.send(HttpRequest('POST', url, {}, b'{}'), timeouts=Timeouts())
        assert response.status == 200, response
        return handler._tls._endpoint

context = asyncio.run(main(sys.argv[1]))
# Not counted: the runtime's own modules, and __future__ (every one of them imports it).
added = sorted(m for m in set(sys.modules) - before if m.split('.')[0] not in ('runtime', '__future__'))
print(added, 'encodings.idna' in sys.modules, context)
"""


def probe(url: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, url], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_an_http_call_imports_nothing_that_asyncio_has_not_loaded() -> None:
    # What the handler is for: aiohttp (and anything else) stays out of a cold process.
    with LocalAwsServer() as server:
        assert probe(server.url + "/") == "[] False None"  # no module, no IDNA, no TLS context


def test_a_host_name_is_resolved_without_the_idna_codec() -> None:
    # A name is looked up in the loop's default executor, as asyncio looks names up.
    with LocalAwsServer() as server:
        port = server.url.rsplit(":", 1)[1]
        added, idna, context = probe(f"http://localhost:{port}/").rsplit(" ", 2)
    assert (idna, context) == ("False", "None")
    assert "aiohttp" not in added and "encodings.idna" not in added


# -- one connection ------------------------------------------------------------------------


def test_implements_the_async_request_handler_protocol() -> None:
    assert isinstance(AsyncioRequestHandler(), AsyncRequestHandler)


def test_connections_are_tcp_nodelay() -> None:
    async def main(url: str) -> int:
        async with AsyncioRequestHandler() as handler:
            await handler.send(post(url), timeouts=TIMEOUTS)
            pool = handler._pools.get(asyncio.get_running_loop())
            assert pool is not None
            (route,) = pool.routes.values()
            (conn,) = route.idle
            assert conn.transport is not None
            sock = conn.transport.get_extra_info("socket")
            return int(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))

    with LocalAwsServer() as server:
        assert asyncio.run(main(server.url)) == 1


def test_a_request_leaving_slowly_is_progress_not_a_read_timeout() -> None:
    # 16 MiB read by the server at about 12 MiB/s: no byte of the response for 1.3 s,
    # longer than the read timeout (1 s), but the request kept leaving.
    body = b"x" * (16 << 20)

    def serve(conn: socket.socket) -> None:
        with conn:
            data = b""
            while b"\r\n\r\n" not in data:
                data += conn.recv(65536)
            received = len(data.partition(b"\r\n\r\n")[2])
            while received < len(body):
                time.sleep(0.08)
                received += len(conn.recv(1 << 20))
            conn.sendall(
                b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%d"
                % (len(b"%d" % received), received)
            )

    async def main(url: str) -> bytes:
        async with AsyncioRequestHandler() as handler:
            response = await handler.send(post(url, body), timeouts=Timeouts(connect=5, read=1.0))
            return response.body

    with tcp_server(serve) as (url, _):
        started = time.monotonic()
        assert asyncio.run(main(url)) == b"%d" % len(body)
    assert time.monotonic() - started > 1.0  # it did outlast one read timeout


def test_a_cancelled_send_closes_its_connection() -> None:
    # Cancelled while awaiting the answer: the server sees the connection close, and the
    # next request goes on a new one (the cancelled one was not put back in the pool).
    closed = threading.Event()
    requests: list[bytes] = []

    def serve(conn: socket.socket) -> None:
        with conn:
            while body := read_request(conn):
                requests.append(body)
                if body == b"stall":
                    try:
                        gone = conn.recv(1) == b""  # blocks until the client closes
                    except ConnectionResetError:
                        gone = True
                    if gone:
                        closed.set()
                    return
                conn.sendall(OK)

    async def main(url: str) -> bytes:
        async with AsyncioRequestHandler() as handler:
            await handler.send(post(url, b"first"), timeouts=TIMEOUTS)
            stalled = asyncio.ensure_future(handler.send(post(url, b"stall"), timeouts=TIMEOUTS))
            while len(requests) < 2:
                await asyncio.sleep(0.01)
            stalled.cancel()
            with pytest.raises(asyncio.CancelledError):
                await stalled
            assert await asyncio.to_thread(closed.wait, 5)
            return (await handler.send(post(url, b"after"), timeouts=TIMEOUTS)).body

    with tcp_server(serve) as (url, accepted):
        assert asyncio.run(main(url)) == b"ok"
        assert requests == [b"first", b"stall", b"after"]
        assert len(accepted) == 2  # "after" came on a new connection


def test_bytes_arriving_on_an_idle_connection_make_it_unfit_for_reuse() -> None:
    def serve(conn: socket.socket) -> None:
        with conn:
            while read_request(conn):
                conn.sendall(OK)
                time.sleep(0.05)
                conn.sendall(b"HTTP/1.1 200 OK\r\n")  # nothing asked for this

    async def main(url: str) -> list[bytes]:
        async with AsyncioRequestHandler() as handler:
            first = await handler.send(post(url), timeouts=TIMEOUTS)
            await asyncio.sleep(0.2)  # the stray bytes arrive while the connection is idle
            second = await handler.send(post(url), timeouts=TIMEOUTS)
            return [first.body, second.body]

    with tcp_server(serve) as (url, accepted):
        assert asyncio.run(main(url)) == [b"ok", b"ok"]
        assert len(accepted) == 2


def test_each_exchange_is_timed_by_its_own_read_timeout_on_a_reused_connection() -> None:
    # The read timer outlives an exchange (it is kept for the next); a later exchange
    # with a longer read timeout must not be held to the earlier, shorter one.
    def serve(conn: socket.socket) -> None:
        with conn:
            while body := read_request(conn):
                time.sleep(float(body))
                conn.sendall(OK)

    async def main(url: str) -> list[bytes]:
        async with AsyncioRequestHandler() as handler:
            quick = await handler.send(post(url, b"0"), timeouts=Timeouts(connect=5, read=0.2))
            slow = await handler.send(post(url, b"0.6"), timeouts=Timeouts(connect=5, read=3))
            return [quick.body, slow.body]

    with tcp_server(serve) as (url, accepted):
        assert asyncio.run(main(url)) == [b"ok", b"ok"]
        assert len(accepted) == 1
