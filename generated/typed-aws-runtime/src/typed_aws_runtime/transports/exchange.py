"""One request-response exchange on a pooled connection, and what every socket handler shares of it.

Both synchronous handlers (:mod:`.socket_handler`, the default, and
:mod:`.urllib3_handler`) differ only in how they pool and open connections;
what happens on an open socket is this module's: one ``sendall`` of the
framed request (:mod:`.http1`), one response read within the deadline, the
keep-alive retry of :func:`round_trip`, and the mapping of a failure to the
client's :class:`TransportError` family. The asyncio handler
(:mod:`.asyncio_handler`) drives the same framing from an event loop and
takes its two decisions from here: whether a failure may be resent
(:func:`may_resend`) and which error it raises (:func:`exchange_error`).

It imports no ``ssl``: an HTTP-only process never loads it. A TLS error can
only come from a TLS socket, which means ``ssl`` is already imported, so the
TLS checks look for it in ``sys.modules`` (on failure paths only).
"""

from __future__ import annotations

import socket
import sys
import time
from typing import Protocol

from ..exceptions import (
    ConnectTimeoutError,
    IncompleteResponseError,
    ReadTimeoutError,
    TransportError,
)
from .http import HttpRequest, HttpResponse, Timeouts
from .http1 import BodyTooLarge, ConnectionClosed, Reader, ResponseError, read_response

__all__ = [
    "JOIN_LIMIT",
    "Connection",
    "connect_error",
    "connect_timeout_error",
    "describe",
    "exchange_error",
    "may_resend",
    "readable",
    "round_trip",
]

JOIN_LIMIT = 1 << 16  # larger bodies are sent after the head, not copied behind it

# Errors that mean the peer had already dropped the connection (with
# ssl.SSLEOFError, see _is_dropped). On a reused connection before any byte of
# the response, they are the keep-alive race.
_DROPPED = (ConnectionClosed, ConnectionResetError, ConnectionAbortedError, BrokenPipeError)


class Connection(Protocol):
    """A pooled connection as :func:`round_trip` uses it."""

    def open(self, origin: str, timeouts: Timeouts) -> socket.socket:
        """Connect (anew) within ``timeouts.connect``; return the socket, set to ``timeouts.read``.

        Raises :class:`TransportError` (or a subclass) naming ``origin``.
        """
        ...

    def close(self) -> None:
        """Close the socket, if open; the connection may be opened again."""
        ...


def round_trip(
    conn: Connection,
    sock: socket.socket | None,
    origin: str,
    head: bytes,
    request: HttpRequest,
    timeouts: Timeouts,
) -> tuple[HttpResponse, bool]:
    """Send the request on ``conn``; return the response and whether ``conn`` may be reused.

    ``sock`` is the open socket of a connection taken idle from the pool,
    already set to the read timeout, or None to open ``conn`` first. A
    failure is resent once on a new connection when :func:`may_resend` says
    it is the keep-alive race. On an exception the caller must close ``conn``.
    """
    reused = sock is not None
    while True:
        if sock is None:
            sock = conn.open(origin, timeouts)
        reader = Reader(sock, None if timeouts.read is None else time.monotonic() + timeouts.read)
        written = False
        try:
            written = _write(sock, head, request.body)
            if written:
                return read_response(reader, request.method)
            # The server may have answered early and closed (say, 413 before reading the
            # body): read that answer if there is one, and drop the connection. If there is
            # none, the read raises, with the write's error as its context.
            return read_response(reader, request.method)[0], False
        except (OSError, ResponseError) as exc:
            if not may_resend(
                exc,
                reused=reused,
                received=reader.received,
                written=written,
                resend_safe=request.resend_safe,
            ):
                raise exchange_error(exc, origin, timeouts, sent=written) from exc
        conn.close()
        sock = None
        reused = False


def may_resend(
    exc: Exception, *, reused: bool, received: int, written: bool, resend_safe: bool
) -> bool:
    """Whether a failed exchange is the keep-alive race, so the request may go again once.

    The keep-alive race: a server may close an idle connection (its idle
    timeout) just as it is taken from the pool, after the pool's check that
    it is still open. The request then fails to send, or the first read
    finds the connection closed or reset, with no byte of a response. Only
    in that case (``received`` is 0), and only on a connection that had
    served an earlier request (``reused``), the request is sent once more on
    a new connection, as browsers and HTTP libraries do for a dropped idle
    connection.

    That retry resends POSTs. A server that received the request, acted on
    it and then closed the connection without a single byte of answer looks
    the same from here, so in that rare case a request may be processed
    twice; AWS operations that create things take idempotency tokens for
    this, and a request whose operation the model says is not safe to send
    twice (``resend_safe`` False) is resent only when it was not all
    ``written`` (the write failed, so the server cannot have acted on it). A
    fresh connection, a timeout, or a failure after any byte of the
    response is never retried.
    """
    return reused and received == 0 and _is_dropped(exc) and (resend_safe or not written)


def _write(sock: socket.socket, head: bytes, body: bytes) -> bool:
    """Write the request; False when the peer had dropped the connection before all of it went.

    Any other failure to write raises.
    """
    try:
        if len(body) <= JOIN_LIMIT:
            sock.sendall(head + body)
        else:
            sock.sendall(head)
            sock.sendall(body)
    except OSError as exc:
        if not _is_dropped(exc):
            raise
        return False
    return True


def readable(sock: socket.socket | int) -> bool:
    """Whether a socket (or its descriptor) has something to read now: EOF or bytes.

    For an idle pooled connection, either means it is unfit for reuse: the
    server closed it, or sent bytes nobody asked for.
    """
    import select  # built into the interpreter on most systems; only when a connection is reused

    if hasattr(select, "poll"):
        poller = select.poll()
        poller.register(sock, select.POLLIN)
        return bool(poller.poll(0))
    return bool(select.select([sock], [], [], 0)[0])  # Windows: no poll


def _is_dropped(exc: Exception) -> bool:
    """Whether ``exc`` says the peer had closed or reset the connection."""
    return isinstance(exc, _DROPPED) or _is_tls_error(exc, eof=True)


def _is_tls_error(exc: BaseException, *, eof: bool) -> bool:
    """Whether ``exc`` is ``ssl.SSLEOFError`` (``eof``), or another ``ssl.SSLError``."""
    if "ssl" not in sys.modules:
        return False  # no TLS socket was ever made, so no TLS error
    import ssl

    return isinstance(exc, ssl.SSLEOFError) if eof else isinstance(exc, ssl.SSLError)


def exchange_error(
    exc: Exception, origin: str, timeouts: Timeouts, *, sent: bool
) -> TransportError:
    """The error ``send`` raises for a failure while sending or receiving (``OSError``, a timeout, :class:`.http1.ResponseError`).

    ``sent`` says whether the whole request had been written (its ``request_sent``).
    """
    if isinstance(exc, (TimeoutError, BlockingIOError)):
        # BlockingIOError: a read timeout of 0 made the socket non-blocking
        # and nothing was ready.
        return ReadTimeoutError(
            f"No complete response from {origin} within the read timeout ({timeouts.read} s)"
            + (f": {exc}" if str(exc) else ""),
            request_sent=sent,
        )
    if _is_tls_error(exc, eof=False) and not _is_tls_error(exc, eof=True):
        return TransportError(f"TLS failure with {origin}: {describe(exc)}", request_sent=sent)
    if not isinstance(exc, ResponseError):
        return TransportError(
            f"Connection to {origin} broken before a complete response: {describe(exc)}",
            request_sent=sent,
        )
    head = exc.response
    if isinstance(exc, ConnectionClosed):
        message = f"Connection to {origin} broken before a complete response: {exc}"
        if head is None:
            return TransportError(message, request_sent=sent)
        return IncompleteResponseError(message, status_code=head.status, head=head)
    problem = "Response too large" if isinstance(exc, BodyTooLarge) else "Malformed response"
    return TransportError(f"{problem} from {origin}: {exc}", head=head, request_sent=sent)


def connect_error(exc: OSError, origin: str, timeouts: Timeouts) -> TransportError:
    """The error ``send`` raises for a failure to connect (TCP, then TLS) to ``origin``."""
    if isinstance(exc, TimeoutError):
        return connect_timeout_error(origin, timeouts)
    if _is_tls_error(exc, eof=False):
        # Certificate or host name not verified (SSLCertVerificationError), or
        # no protocol in common.
        return TransportError(f"TLS failure with {origin}: {describe(exc)}", request_sent=False)
    # Refused, unreachable, a name that does not resolve (gaierror), a reset.
    return TransportError(f"Could not connect to {origin}: {describe(exc)}", request_sent=False)


def connect_timeout_error(origin: str, timeouts: Timeouts) -> ConnectTimeoutError:
    """The error ``send`` raises when no connection was made within the connect timeout."""
    return ConnectTimeoutError(
        f"Could not connect to {origin} within the connect timeout ({timeouts.connect} s)"
    )


def describe(exc: BaseException) -> str:
    """Name the root cause under any wrappers, e.g. ``ConnectionRefusedError: ...``."""
    inner = exc
    for _ in range(5):
        if inner.__cause__ is None:
            break
        inner = inner.__cause__
    text = str(inner)
    name = type(inner).__name__
    return f"{name}: {text}" if text else name
