"""HTTP/1.1 framing (runtime.transports.http1) tested directly, and its two drivers against each other.

The framing on the wire is tested end to end, against a local server, in
test_urllib3_handler.py (both sync handlers, and the asyncio one).
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from runtime.transports.asyncio_handler import _Connection
from runtime.transports.http import HttpResponse
from runtime.transports.http1 import Reader, ResponseError, host_header, read_response


def test_host_header_leaves_out_the_default_port():
    assert host_header("http", "example.com", 80) == "example.com"
    assert host_header("https", "example.com", 443) == "example.com"
    assert host_header("https", "example.com", None) == "example.com"
    assert host_header("http", "example.com", 443) == "example.com:443"
    assert host_header("https", "example.com.", 8443) == "example.com:8443"
    assert host_header("http", "::1", 8080) == "[::1]:8080"


# -- the parser's two drivers agree, wherever the bytes are split -------------------------
#
# The blocking driver (read_response over a socket) reads a response that is all there;
# the asyncio handler's protocol is fed it in pieces cut anywhere, as an event loop hands
# a connection's bytes to data_received, then told of the close (eof_received) when the
# server closes. Both must give the same response and keep-alive verdict, or the same
# error, for valid responses and for valid responses cut short by the close.

_TOKEN = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_names = st.text(_TOKEN, min_size=1, max_size=12).filter(
    lambda name: name.lower() not in ("content-length", "transfer-encoding", "connection")
)
_values = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7E), max_size=20)


@st.composite
def responses(draw: st.DrawFn) -> tuple[bytes, bool]:
    """A valid response (with interim ones, any framing, CRLF or bare LF line ends).

    Returns its bytes and whether its body runs to the close.
    """
    end = draw(st.sampled_from(["\r\n", "\n"]))
    version = draw(st.sampled_from(["HTTP/1.1", "HTTP/1.0"]))
    status = draw(st.sampled_from([200, 201, 204, 400, 404, 500, 503]))
    framing = "none" if status == 204 else draw(st.sampled_from(["length", "chunked", "close"]))
    body = b"" if framing == "none" else draw(st.binary(max_size=3000))
    headers = draw(st.lists(st.tuples(_names, _values), max_size=6))
    connection = draw(st.sampled_from([None, "close", "keep-alive", "Keep-Alive, Upgrade"]))
    if connection is not None:
        headers.append(("Connection", connection))
    if framing == "length":
        headers.append(("Content-Length", str(len(body))))
    elif framing == "chunked":
        headers.append(("Transfer-Encoding", "chunked"))
        cuts = sorted(draw(st.sets(st.integers(1, max(1, len(body) - 1)), max_size=5)))
        pieces = [body[i:j] for i, j in zip([0, *cuts], [*cuts, len(body)]) if body[i:j]]
        extension = draw(st.sampled_from(["", ";name=value", " ; x"]))
        trailers = draw(st.lists(st.tuples(_names, _values), max_size=2))
        body = b"".join(b"%x%s\r\n%s\r\n" % (len(p), extension.encode(), p) for p in pieces)
        body += b"0\r\n" + b"".join(f"{n}: {v}\r\n".encode() for n, v in trailers) + b"\r\n"
    interim = "".join(
        f"HTTP/1.1 {code} Interim{end}X-Hint: {i}{end}{end}"
        for i, code in enumerate(draw(st.lists(st.sampled_from([100, 103]), max_size=2)))
    )
    head = end.join([f"{version} {status} Reason", *(f"{n}: {v}" for n, v in headers)])
    return (interim + head + end + end).encode("latin-1") + body, framing == "close"


def parse_blocking(data: bytes, *, close: bool) -> object:
    """What read_response makes of ``data`` on a socket (closed after it when ``close``)."""
    reader_end, writer_end = socket.socketpair()
    with reader_end, writer_end:
        writer_end.sendall(data)
        if close:
            writer_end.shutdown(socket.SHUT_WR)
        reader_end.settimeout(5)
        return outcome(lambda: read_response(Reader(reader_end), "POST"))


def parse_fed(parts: list[bytes], *, close: bool) -> object:
    """What the asyncio handler's protocol makes of ``parts`` fed one by one (then the close)."""

    async def main() -> object:
        loop = asyncio.get_running_loop()
        ours, theirs = socket.socketpair()
        conn = _Connection(loop)
        await loop.create_connection(lambda: conn, sock=ours)
        try:
            waiter = conn.exchange(b"", b"", "POST", None)
            for part in parts:
                if not waiter.done():
                    conn.data_received(part)
            if close and not waiter.done():
                conn.eof_received()
            return outcome(waiter.result)
        finally:
            conn.abort()
            theirs.close()

    return asyncio.run(main())


def outcome(parse: Callable[[], tuple[HttpResponse, bool]]) -> object:
    """A comparable summary: status, headers, body and keep-alive, or the error raised."""
    try:
        response, keep = parse()
    except ResponseError as exc:
        head = exc.response
        return type(exc).__name__, str(exc), None if head is None else dict(head.headers)
    return response.status, dict(response.headers), response.body, keep


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(responses(), st.data())
def test_the_asyncio_driver_parses_any_split_as_the_blocking_one(
    response: tuple[bytes, bool], data: st.DataObject
) -> None:
    raw, to_close = response
    if data.draw(st.booleans(), label="cut short by the close"):
        raw, to_close = raw[: data.draw(st.integers(0, len(raw)), label="cut")], True
    cuts = sorted(data.draw(st.sets(st.integers(1, max(1, len(raw) - 1)), max_size=8)))
    parts = [raw[i:j] for i, j in zip([0, *cuts], [*cuts, len(raw)]) if raw[i:j]]
    assert parse_fed(parts, close=to_close) == parse_blocking(raw, close=to_close)
