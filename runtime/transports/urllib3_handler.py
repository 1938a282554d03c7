"""The default synchronous request handler: urllib3 with pooled keep-alive connections.

One :class:`Urllib3RequestHandler` is shared by every thread of a client. It
keeps one urllib3 connection pool per origin (scheme, host, port), so
sequential calls reuse an open TCP (and TLS) connection instead of paying a
handshake each time.

This is the hot path of every call (a whole call has a budget of about
200 µs of CPU), so the handler divides the work the cheapest way measured:

* urllib3 does what it is good at and what is costly to get right: the
  connection pool (a thread-safe LIFO of idle connections, with a check that
  an idle connection was not dropped by the server), opening connections,
  TLS with certificate and hostname verification.
* The HTTP/1.1 framing on the established socket is done by :mod:`.http1`
  (which also says what framing it accepts and when a connection may be
  reused), because the general-purpose framing costs more than the rest of
  the transport: through ``http.client`` (even on urllib3's connection,
  skipping ``urlopen``), a 2 KB POST answered with 7 KB over a kept-alive
  local connection took about 86 µs of CPU, of which parsing the response
  head with the ``email`` package took ~14 µs and writing the request line
  and headers one ``putheader`` at a time ~10 µs. Here a request is one ``sendall`` of
  pre-joined bytes, and a response usually arrives in one ``recv`` that is
  split into a head (a few string operations) and the body (one slice):
  about 30 µs for the same call, most of it the system calls.
* The pool is found with one dict lookup on the URL's origin string (a
  ``PoolManager`` computes a pool key per request, which costs more).

Connections are taken from and returned to the pool with
``HTTPConnectionPool._get_conn`` / ``_put_conn``, the two calls ``urlopen``
itself makes; they are underscored but have kept their signature and
behaviour since urllib3 1.x (this module needs urllib3 2.x). The pools make
connections of two small subclasses of urllib3's, which only remember the
read timeout last set on the socket, so ``settimeout`` (a system call) runs
only when the timeout changes.

The semantics otherwise are those of ``pool.urlopen(..., retries=False,
redirect=False, preload_content=True)``: no redirects (AWS APIs do not
redirect), the whole body read before returning, a connection that failed
in any way is closed and not reused, no default ``User-Agent`` (the client
sends its own). There is one retry, for the keep-alive race only (see
:func:`_round_trip`); any other failure is raised for the client to decide.
"""

from __future__ import annotations

import os
import socket
import ssl
import threading
import time
import warnings
from types import TracebackType
from typing import Union, cast

import urllib3
from urllib3 import exceptions as u3exc
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.util.ssl_ import create_urllib3_context
from urllib3.util.ssl_match_hostname import CertificateError as HostnameMismatchError

from ..exceptions import (
    ConnectTimeoutError,
    IncompleteResponseError,
    ReadTimeoutError,
    TransportError,
)
from .http import HttpRequest, HttpResponse, Timeouts
from .http1 import (
    BodyTooLarge,
    ConnectionClosed,
    Reader,
    ResponseError,
    encode_head,
    host_header,
    read_response,
    split_url,
)

__all__ = ["Urllib3RequestHandler"]

# -- limits and constants -----------------------------------------------------------

_JOIN_LIMIT = 1 << 16  # larger bodies are sent after the head, not copied behind it


# -- pooled connections ---------------------------------------------------------------


class _Connection(HTTPConnection):
    """urllib3's HTTP connection, remembering the read timeout set on its socket."""

    read_timeout: float | None = None


class _TLSConnection(HTTPSConnection):
    """urllib3's HTTPS connection, remembering the read timeout set on its socket."""

    read_timeout: float | None = None


_PooledConnection = Union[_Connection, _TLSConnection]


class _Pool(urllib3.HTTPConnectionPool):
    ConnectionCls = _Connection


class _TLSPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = _TLSConnection


# -- the handler -------------------------------------------------------------------------


class Urllib3RequestHandler:
    """Sends requests over urllib3 connection pools, keeping connections open.

    :param max_pool_connections: how many idle connections to keep per
        origin. More threads than this may still send at the same time (the
        pool never blocks a caller); the extra connections are closed after
        use, as with botocore's ``max_pool_connections``.
    :param verify: ``True`` verifies TLS certificates against the system's
        trust store; a string names a CA bundle file (or a directory of
        hashed certificates) to verify against instead; ``False`` disables
        verification, for test endpoints only (a warning says so once).

    Safe to share between threads: pools are created under a lock, and a
    pool hands each connection to one thread at a time. ``close()`` closes
    every pool; a later ``send`` opens new ones.
    """

    def __init__(self, *, max_pool_connections: int = 10, verify: bool | str = True) -> None:
        if max_pool_connections < 1:
            raise ValueError("max_pool_connections must be at least 1")
        self._max_pool_connections = max_pool_connections
        self._verify = verify
        self._ssl_context: ssl.SSLContext | None = None
        # Origin exactly as it appears in request URLs ("https://host:port")
        # -> (pool, Host header value). Lookups are lock-free (one dict
        # lookup is atomic); creating a pool and close() take the lock.
        self._routes: dict[str, tuple[urllib3.HTTPConnectionPool, str]] = {}
        self._lock = threading.Lock()

    def send(self, request: HttpRequest, *, timeouts: Timeouts) -> HttpResponse:
        """Send ``request`` and return the whole response.

        Any HTTP status, 4xx and 5xx included, is returned, not raised.
        Raises :class:`ConnectTimeoutError` (no connection within
        ``timeouts.connect``), :class:`ReadTimeoutError` (an open connection
        made no progress for ``timeouts.read`` while sending or waiting for
        the response, or the whole response was not in after that long: a
        response trickling in still ends within twice ``timeouts.read``),
        :class:`IncompleteResponseError` (the connection closed after the
        response head, before the whole body; it carries the head) or :class:`TransportError` (refused, reset, DNS,
        TLS, a malformed response, a body over the 256 MiB limit of
        :data:`.http1.MAX_BODY`, refused before it is read), chained to the
        underlying exception. A request that cannot be framed safely (a
        header name that is not a token, a CR, LF or NUL in a value, a method or target with
        spaces or controls, a character outside Latin-1) raises
        :class:`ValueError` before anything is sent. Any other exception
        propagates unchanged. A connection that raised is closed, never
        reused.
        """
        origin, target = split_url(request.url)
        route = self._routes.get(origin)
        if route is None:
            route = self._new_route(origin)
        pool, host = route
        head = encode_head(request, target, host)

        try:
            # urllib3's pool: LIFO, non-blocking, checks the idle connection
            # was not dropped (and closes it if so, for a reconnect below).
            conn = cast(_PooledConnection, pool._get_conn())
        except u3exc.ClosedPoolError as exc:
            raise TransportError(
                f"Request to {origin} interrupted: the request handler was closed"
            ) from exc

        keep = False
        try:
            response, keep = _round_trip(conn, origin, head, request, timeouts)
        finally:
            try:
                if not keep:
                    conn.close()
            finally:
                # A closed connection goes back too: the pool reconnects it
                # next time, and its slot count stays right.
                pool._put_conn(conn)
        return response

    def _new_route(self, origin: str) -> tuple[urllib3.HTTPConnectionPool, str]:
        """Create (once, under the lock) and remember the pool for ``origin``."""
        parsed = urllib3.util.parse_url(origin)
        scheme = (parsed.scheme or "").lower()
        if scheme not in ("http", "https") or not parsed.host:
            raise ValueError(f"Cannot send to {origin!r}: the URL must be http:// or https://")
        if parsed.auth:
            raise ValueError(
                f"Cannot send to {origin!r}: user information in URLs is not supported"
            )
        with self._lock:
            route = self._routes.get(origin)
            if route is not None:
                return route
            pool: urllib3.HTTPConnectionPool
            if scheme == "https":
                pool = _TLSPool(
                    parsed.host,
                    parsed.port,
                    maxsize=self._max_pool_connections,
                    block=False,
                    ssl_context=self._get_ssl_context(),
                    cert_reqs=ssl.CERT_NONE if self._verify is False else ssl.CERT_REQUIRED,
                    assert_hostname=False if self._verify is False else None,
                )
            else:
                pool = _Pool(
                    parsed.host,
                    parsed.port,
                    maxsize=self._max_pool_connections,
                    block=False,
                )
            route = (pool, host_header(scheme, pool.host, pool.port))
            self._routes[origin] = route
            return route

    def _get_ssl_context(self) -> ssl.SSLContext:
        """Return the handler's one TLS context, built on first use (under the lock).

        Given no context, urllib3 builds one per new connection and reloads
        the CA certificates each time, which costs milliseconds.
        """
        if self._ssl_context is None:
            if self._verify is False:
                warnings.warn(
                    "TLS certificate verification is disabled (verify=False)",
                    u3exc.InsecureRequestWarning,
                    stacklevel=4,
                )
                context = create_urllib3_context(cert_reqs=ssl.CERT_NONE)
            else:
                context = create_urllib3_context(cert_reqs=ssl.CERT_REQUIRED)
                if isinstance(self._verify, str):
                    if os.path.isdir(self._verify):
                        context.load_verify_locations(capath=self._verify)
                    else:
                        context.load_verify_locations(cafile=self._verify)
                else:
                    context.load_default_certs()
            self._ssl_context = context
        return self._ssl_context

    def close(self) -> None:
        """Close every idle pooled connection; ones in use close when released."""
        with self._lock:
            pools = [pool for pool, _ in self._routes.values()]
            self._routes.clear()
        for pool in pools:
            pool.close()

    def __enter__(self) -> Urllib3RequestHandler:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


# -- one exchange on a connection --------------------------------------------------------


# Errors that mean the peer had already dropped the connection. On a reused
# connection before any byte of the response, they are the keep-alive race.
_DROPPED = (
    ConnectionClosed,
    ConnectionResetError,
    ConnectionAbortedError,
    BrokenPipeError,
    ssl.SSLEOFError,
)


def _round_trip(
    conn: _PooledConnection, origin: str, head: bytes, request: HttpRequest, timeouts: Timeouts
) -> tuple[HttpResponse, bool]:
    """Send the request on ``conn`` (connecting it if needed); return the response and reusability.

    The keep-alive race: a server may close an idle connection (its idle
    timeout) just as it is taken from the pool, after the pool's check that
    it is still open. The request then fails to send, or the first read
    finds the connection closed or reset, with no byte of a response. Only
    in that case, and only on a connection that had served an earlier
    request, the request is sent once more on a new connection, as browsers
    and HTTP libraries do for a dropped idle connection.

    That retry resends POSTs. A server that received the request, acted on
    it and then closed the connection without a single byte of answer looks
    the same from here, so in that rare case a request may be processed
    twice; AWS operations that create things take idempotency tokens for
    this. A fresh connection, a timeout, or a failure after any byte of the
    response is never retried.
    """
    reused = conn.sock is not None
    while True:
        sock = _reuse(conn, timeouts) if reused else _connect(conn, origin, timeouts)
        reader = Reader(sock, None if timeouts.read is None else time.monotonic() + timeouts.read)
        try:
            return _exchange(sock, reader, head, request.body, request.method)
        except (OSError, ResponseError) as exc:
            if not (reused and reader.received == 0 and isinstance(exc, _DROPPED)):
                raise _exchange_error(exc, origin, timeouts) from exc
        conn.close()
        reused = False


def _connect(conn: _PooledConnection, origin: str, timeouts: Timeouts) -> socket.socket:
    """Open ``conn`` within the connect timeout; return its socket, set to the read timeout."""
    conn.timeout = timeouts.connect
    try:
        conn.connect()
    except u3exc.NewConnectionError as exc:
        # Checked first: urllib3 derives NewConnectionError (refused,
        # unreachable, DNS failure) from its ConnectTimeoutError.
        raise TransportError(f"Could not connect to {origin}: {_describe(exc)}") from exc
    except (u3exc.ConnectTimeoutError, TimeoutError) as exc:
        # TimeoutError: the TLS handshake timed out.
        raise ConnectTimeoutError(
            f"Could not connect to {origin} within the connect timeout ({timeouts.connect} s)"
        ) from exc
    except (ssl.SSLError, HostnameMismatchError, u3exc.SSLError) as exc:
        # HostnameMismatchError: urllib3's own hostname check, used where the
        # ssl module cannot check (old OpenSSL).
        raise TransportError(f"TLS failure with {origin}: {_describe(exc)}") from exc
    except (OSError, u3exc.HTTPError) as exc:
        raise TransportError(f"Could not connect to {origin}: {_describe(exc)}") from exc
    sock = cast(socket.socket, conn.sock)
    # From here on the read timeout bounds every blocking step on the open
    # connection: sending, then waiting for and reading the response.
    sock.settimeout(timeouts.read)
    conn.read_timeout = timeouts.read
    return sock


def _reuse(conn: _PooledConnection, timeouts: Timeouts) -> socket.socket:
    """Return the open socket of a pooled ``conn``, set to the read timeout."""
    sock = cast(socket.socket, conn.sock)
    if conn.read_timeout != timeouts.read:
        sock.settimeout(timeouts.read)
        conn.read_timeout = timeouts.read
    return sock


def _exchange(
    sock: socket.socket, reader: Reader, head: bytes, body: bytes, method: str
) -> tuple[HttpResponse, bool]:
    """Write the request and read the response; return it and whether the connection is reusable."""
    try:
        if len(body) <= _JOIN_LIMIT:
            sock.sendall(head + body)
        else:
            sock.sendall(head)
            sock.sendall(body)
    except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, ssl.SSLEOFError):
        # The server may have answered early and closed (say, 413 before
        # reading the body): read that answer if there is one, and drop the
        # connection. If there is none, the read raises, with this error as
        # its context.
        return read_response(reader, method)[0], False
    return read_response(reader, method)


def _exchange_error(exc: Exception, origin: str, timeouts: Timeouts) -> TransportError:
    """The error ``send`` raises for a failure while sending or receiving."""
    if isinstance(exc, (TimeoutError, BlockingIOError)):
        # BlockingIOError: a read timeout of 0 made the socket non-blocking
        # and nothing was ready.
        return ReadTimeoutError(
            f"No complete response from {origin} within the read timeout ({timeouts.read} s)"
            + (f": {exc}" if str(exc) else "")
        )
    if isinstance(exc, ssl.SSLError) and not isinstance(exc, ssl.SSLEOFError):
        return TransportError(f"TLS failure with {origin}: {_describe(exc)}")
    if not isinstance(exc, ResponseError):
        return TransportError(
            f"Connection to {origin} broken before a complete response: {_describe(exc)}"
        )
    head = exc.response
    if isinstance(exc, ConnectionClosed):
        message = f"Connection to {origin} broken before a complete response: {exc}"
        if head is None:
            return TransportError(message)
        return IncompleteResponseError(message, status_code=head.status, head=head)
    problem = "Response too large" if isinstance(exc, BodyTooLarge) else "Malformed response"
    return TransportError(f"{problem} from {origin}: {exc}", head=head)


def _describe(exc: BaseException) -> str:
    """Name the root cause under urllib3's wrappers, e.g. ``ConnectionRefusedError: ...``."""
    inner = exc
    for _ in range(5):
        if inner.__cause__ is None:
            break
        inner = inner.__cause__
    text = str(inner)
    name = type(inner).__name__
    return f"{name}: {text}" if text else name
