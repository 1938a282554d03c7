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
* The HTTP/1.1 framing on the established socket is done here, because the
  general-purpose framing costs more than the rest of the transport: through
  ``http.client`` (even on urllib3's connection, skipping ``urlopen``), a
  2 KB POST answered with 7 KB over a kept-alive local connection took about
  86 µs of CPU, of which parsing the response head with the ``email``
  package took ~14 µs and writing the request line and headers one
  ``putheader`` at a time ~10 µs. Here a request is one ``sendall`` of
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

The framing (RFC 9112, as a client needs it):

* Request: the request line, ``Host`` (from the URL, without a default port),
  ``Accept-Encoding: identity`` (the client never asks for compression, and
  the body is returned as received), ``Content-Length`` (for any body, and
  ``0`` for a POST, PUT or PATCH without one), then the request's headers
  in order. A header of the request with the same name as one of the first
  three wins over it. Names must be RFC 9110 tokens and values must not hold
  CR, LF or NUL (header injection); the method and target are checked too.
  A request that fails these checks raises :class:`ValueError` before a
  connection is taken; the message names the header, never its value.
* Response: ``HTTP/1.0`` or ``HTTP/1.1``; interim ``1xx`` responses
  (``100 Continue`` and the like) are skipped; header names are
  lower-cased, repeated headers are joined with ``", "``, obsolete folded
  lines are unfolded; lines may end with CRLF or a bare LF. The body is
  framed by ``Transfer-Encoding: chunked`` (the one transfer coding
  accepted, as no ``TE`` header is sent; trailers are read and dropped),
  else by ``Content-Length``, else it runs until the server closes. HEAD
  answers and ``1xx``/``204``/``304`` have no body. At most 100 header lines
  (per head, and trailer lines) of at most 64 KiB each, as ``http.client``
  allows; garbage fails cleanly with :class:`TransportError`.
* Keep-alive: the connection goes back to the pool only after a complete,
  length-delimited response with nothing after it (and not framed by both
  headers at once), unless the server said ``Connection: close`` (or
  answered HTTP/1.0 without ``keep-alive``).

The semantics otherwise are those of ``pool.urlopen(..., retries=False,
redirect=False, preload_content=True)``: no redirects (AWS APIs do not
redirect), the whole body read before returning, a connection that failed
in any way is closed and not reused, no default ``User-Agent`` (the client
sends its own). There is one retry, for the keep-alive race only (see
:func:`_round_trip`); any other failure is raised for the client to decide.
"""

from __future__ import annotations

import os
import re
import socket
import ssl
import threading
import warnings
from types import TracebackType
from typing import TypeVar, Union, cast, overload

import urllib3
from urllib3 import exceptions as u3exc
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.util.ssl_ import create_urllib3_context
from urllib3.util.ssl_match_hostname import CertificateError as HostnameMismatchError

from .errors import ConnectTimeoutError, ReadTimeoutError, TransportError
from .http import HttpRequest, HttpResponse, Timeouts

__all__ = ["Urllib3RequestHandler"]

# -- limits and constants -----------------------------------------------------------

_MAX_LINE = 65536  # longest response head, chunk-size or trailer line (as http.client)
_MAX_HEADERS = 100  # most header lines in one response head, or trailer lines (as http.client)
_MAX_INTERIM = 20  # most 1xx responses before the final one
_RECV_SIZE = 65536  # bytes asked of each recv() for a head or a body read to the end
_MAX_BODY_RECV = 1 << 20  # largest recv() for the rest of a body of known length
_JOIN_LIMIT = 1 << 16  # larger bodies are sent after the head, not copied behind it
_METHODS_WITH_BODY = frozenset(("POST", "PUT", "PATCH"))
_NO_BODY_STATUSES = frozenset((204, 304))

# "METHOD target": the method an RFC 9110 token, the target visible ASCII.
_is_request_line = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+ [!-~]+").fullmatch
_is_token = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+").fullmatch
_is_hex = re.compile(rb"[0-9A-Fa-f]{1,16}").fullmatch

# Header name (checked to be a token) -> its lower-case form. Requests reuse a
# handful of names, so each is checked once; bounded against callers that
# invent names. Plain dict reads and writes are atomic: no lock needed.
_checked_names: dict[str, str] = {}
_CHECKED_NAMES_MAX = 512


# -- pooled connections ---------------------------------------------------------------


class _Connection(HTTPConnection):
    """urllib3's HTTP connection, remembering the read timeout set on its socket."""

    read_timeout: float | None = None


class _TLSConnection(HTTPSConnection):
    """urllib3's HTTPS connection, remembering the read timeout set on its socket."""

    read_timeout: float | None = None


_PooledConnection = Union[_Connection, _TLSConnection]
_T = TypeVar("_T")


class _Pool(urllib3.HTTPConnectionPool):
    ConnectionCls = _Connection


class _TLSPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = _TLSConnection


# -- response headers -------------------------------------------------------------------


class _Headers(dict[str, str]):
    """Response headers under lower-case names, looked up by a name in any case.

    A plain dict with lower-case keys would do for
    :meth:`HttpResponse.header`; the protocol asks that ``headers`` itself
    look up names case-insensitively (``headers["Content-Type"]``), as
    urllib3's ``HTTPHeaderDict`` did, which costs more to build.
    """

    __slots__ = ()

    def __missing__(self, name: str) -> str:
        value = dict.get(self, name.lower()) if isinstance(name, str) else None
        if value is None:
            raise KeyError(name)
        return value

    def __contains__(self, name: object) -> bool:
        return dict.__contains__(self, name) or (
            isinstance(name, str) and dict.__contains__(self, name.lower())
        )

    @overload
    def get(self, name: str, default: None = None, /) -> str | None: ...

    @overload
    def get(self, name: str, default: str, /) -> str: ...

    @overload
    def get(self, name: str, default: _T, /) -> str | _T: ...

    def get(self, name: str, default: object = None, /) -> object:
        value = dict.get(self, name)
        if value is None and isinstance(name, str):
            value = dict.get(self, name.lower())
        return default if value is None else value


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
        the response) or :class:`TransportError` (refused, reset, DNS, TLS,
        malformed or incomplete response), chained to the underlying
        exception. A request that cannot be framed safely (a header name that
        is not a token, a CR, LF or NUL in a value, a method or target with
        spaces or controls, a character outside Latin-1) raises
        :class:`ValueError` before anything is sent. Any other exception
        propagates unchanged. A connection that raised is closed, never
        reused.
        """
        origin, target = _split_url(request.url)
        route = self._routes.get(origin)
        if route is None:
            route = self._new_route(origin)
        pool, host = route
        head = _encode_head(request, target, host)

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
            route = (pool, _host_header(scheme, pool.host, pool.port))
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


class _ResponseError(Exception):
    """What the server sent is not a valid HTTP/1.x response."""


class _Closed(_ResponseError):
    """The server closed the connection before the response was complete."""


# Errors that mean the peer had already dropped the connection. On a reused
# connection before any byte of the response, they are the keep-alive race.
_DROPPED = (
    _Closed,
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
        reader = _Reader(sock)
        try:
            return _exchange(sock, reader, head, request.body, request.method)
        except (OSError, _ResponseError) as exc:
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
    sock: socket.socket, reader: _Reader, head: bytes, body: bytes, method: str
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
        return _read_response(reader, method)[0], False
    return _read_response(reader, method)


def _exchange_error(exc: Exception, origin: str, timeouts: Timeouts) -> TransportError:
    """The error ``send`` raises for a failure while sending or receiving."""
    if isinstance(exc, (TimeoutError, BlockingIOError)):
        # BlockingIOError: a read timeout of 0 made the socket non-blocking
        # and nothing was ready.
        return ReadTimeoutError(
            f"No response from {origin} within the read timeout ({timeouts.read} s)"
        )
    if isinstance(exc, ssl.SSLError) and not isinstance(exc, ssl.SSLEOFError):
        return TransportError(f"TLS failure with {origin}: {_describe(exc)}")
    if isinstance(exc, _ResponseError) and not isinstance(exc, _Closed):
        return TransportError(f"Malformed response from {origin}: {exc}")
    detail = str(exc) if isinstance(exc, _Closed) else _describe(exc)
    return TransportError(f"Connection to {origin} broken before a complete response: {detail}")


# -- the request -------------------------------------------------------------------------


def _split_url(url: str) -> tuple[str, str]:
    """Split ``scheme://authority/path?query`` into origin and request target, without a URL parser.

    The origin ends at the first "/" or "?" after the "//".
    """
    start = url.find("//") + 2
    end = url.find("/", start)
    query = url.find("?", start, None if end < 0 else end)
    if query >= 0:
        return url[:query], "/" + url[query:]
    if end < 0:
        return url, "/"
    return url[:end], url[end:]


def _host_header(scheme: str, host: str | None, port: int | None) -> str:
    """The ``Host`` value ``http.client`` sends for urllib3's pool host and port.

    urllib3 gives the host lower-cased, IDNA-encoded and without IPv6
    brackets; its connections drop a trailing dot (certificates and many
    servers do not expect it). The port is left out when it is the scheme's
    default.
    """
    name = (host or "").rstrip(".")
    if ":" in name:
        name = f"[{name}]"
    if port is None or port == (443 if scheme == "https" else 80):
        return name
    return f"{name}:{port}"


def _encode_head(request: HttpRequest, target: str, host: str) -> bytes:
    """The request line and headers, as sent: CRLF line ends, Latin-1 (as ``http.client``).

    Raises :class:`ValueError` for a request that cannot be framed safely.
    """
    method = request.method
    headers = request.headers
    checked = _checked_names
    names = {checked.get(name) or _check_name(name) for name in headers}
    line = f"{method} {target}"
    lines = [line + " HTTP/1.1"]
    if "host" not in names:
        lines.append("Host: " + host)
    if "accept-encoding" not in names:
        lines.append("Accept-Encoding: identity")
    body = request.body
    if (
        (body or method in _METHODS_WITH_BODY)
        and "content-length" not in names
        and "transfer-encoding" not in names
    ):
        lines.append(f"Content-Length: {len(body)}")
    lines += [f"{name}: {value}" for name, value in headers.items()]
    lines += ("", "")
    text = "\r\n".join(lines)
    # Every CR and LF must be a line end we put there (two per line but the
    # last two): any other came from a value (or the host) and would inject.
    breaks = len(lines) - 1
    if (
        text.count("\n") != breaks
        or text.count("\r") != breaks
        or "\0" in text
        or not _is_request_line(line)
    ):
        _refuse(request, target, host)
    # Outside Latin-1: UnicodeEncodeError, a ValueError, as from http.client.
    return text.encode("latin-1")


def _check_name(name: str) -> str:
    """Check a request header name is a token; return it lower-cased (and remember it)."""
    if not isinstance(name, str) or not _is_token(name):
        raise ValueError(f"Invalid header name {name!r}: must be an HTTP token")
    lowered = name.lower()
    if len(_checked_names) < _CHECKED_NAMES_MAX:
        _checked_names[name] = lowered
    return lowered


def _refuse(request: HttpRequest, target: str, host: str) -> None:
    """Raise the ValueError that says what in ``request`` cannot be sent (never a value)."""
    if not _is_token(request.method):
        raise ValueError(f"Invalid HTTP method {request.method!r}: must be an HTTP token")
    if not re.fullmatch(r"[!-~]+", target):
        raise ValueError(
            f"Invalid request target {target!r}: "
            "spaces and control or non-ASCII characters must be percent-encoded"
        )
    for name, value in request.headers.items():
        if any(c in str(value) for c in "\r\n\0"):
            raise ValueError(
                f"Invalid value for header {name!r}: it contains CR, LF or NUL "
                "(which could inject headers), refused before sending"
            )
    raise ValueError(f"Invalid host {host!r} in {request.url!r}")


# -- the response ------------------------------------------------------------------------


class _Reader:
    """Reads one response from a socket, through a buffer of what ``recv`` returned.

    A response usually arrives whole in the first ``recv``; the head is then
    split off and the body sliced out. Bytes left over after the response
    (there should be none: requests are not pipelined) make the connection
    unfit for reuse. ``received`` counts the bytes read, so a failure can tell
    whether any of the response arrived.
    """

    __slots__ = ("sock", "buf", "pos", "received")

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.buf = b""
        self.pos = 0  # the buffer's first unread byte
        self.received = 0

    def _fill(self) -> None:
        """Receive more bytes; the unread ones move to the buffer's start."""
        data = self.sock.recv(_RECV_SIZE)
        if not data:
            raise _Closed(self._closed_message())
        self.received += len(data)
        pos = self.pos
        self.buf = self.buf[pos:] + data if pos < len(self.buf) else data
        self.pos = 0

    def _closed_message(self) -> str:
        if self.received:
            return f"the server closed the connection after {self.received} bytes of the response"
        return "the server closed the connection without sending a response"

    def pending(self) -> bool:
        """Whether bytes beyond the response were received."""
        return self.pos < len(self.buf)

    def head(self) -> list[str]:
        """Read the next response head: its lines, status line first, line ends removed."""
        scanned = self.pos  # where the search for the blank line resumes
        while True:
            buf, pos = self.buf, self.pos
            # The blank line ending the head: after CRLF or LF line ends.
            end = buf.find(b"\n\r\n", scanned)
            bare = buf.find(b"\n\n", scanned, len(buf) if end < 0 else end + 1)
            skip = 3
            if bare >= 0:
                end, skip = bare, 2
            if end >= 0:
                self.pos = end + skip
                return _split_head(buf[pos : end + 1])
            _check_partial_head(buf, pos)
            unread = len(buf) - pos
            self._fill()
            scanned = max(0, unread - 2)

    def line(self) -> bytes:
        """Read one line (of a chunked body), without its CRLF or LF."""
        while True:
            buf, pos = self.buf, self.pos
            end = buf.find(b"\n", pos)
            if end >= 0:
                if end - pos > _MAX_LINE:
                    raise _ResponseError(f"a line longer than {_MAX_LINE} bytes in a chunked body")
                self.pos = end + 1
                return buf[pos : end - 1] if end > pos and buf[end - 1] == 13 else buf[pos:end]
            if len(buf) - pos > _MAX_LINE:
                raise _ResponseError(f"a line longer than {_MAX_LINE} bytes in a chunked body")
            self._fill()

    def read(self, size: int) -> bytes:
        """Read exactly ``size`` bytes (never more from the socket)."""
        buf, pos = self.buf, self.pos
        end = pos + size
        if end <= len(buf):
            self.pos = end
            return buf[pos:end]
        parts = [buf[pos:]]
        remaining = end - len(buf)
        self.buf, self.pos = b"", 0
        while remaining:
            data = self.sock.recv(min(remaining, _MAX_BODY_RECV))
            if not data:
                raise _Closed(self._closed_message())
            self.received += len(data)
            parts.append(data)
            remaining -= len(data)
        return b"".join(parts)

    def read_to_close(self) -> bytes:
        """Read everything until the server closes the connection."""
        parts = [self.buf[self.pos :]]
        self.buf, self.pos = b"", 0
        while True:
            data = self.sock.recv(_RECV_SIZE)
            if not data:
                return b"".join(parts)
            self.received += len(data)
            parts.append(data)

    def read_chunked(self) -> bytes:
        """Read a chunked body and its trailer section (dropped)."""
        parts = []
        while True:
            size_field = self.line().partition(b";")[0].strip(b" \t")
            if not _is_hex(size_field):
                raise _ResponseError(f"invalid chunk size {size_field[:40]!r}")
            size = int(size_field, 16)
            if size == 0:
                break
            parts.append(self.read(size))
            if self.line():
                raise _ResponseError("chunk data not followed by a line end")
        for _ in range(_MAX_HEADERS + 1):
            if not self.line():
                return b"".join(parts)
        raise _ResponseError(f"more than {_MAX_HEADERS} trailer lines")


def _check_partial_head(buf: bytes, pos: int) -> None:
    """Fail on a head still unfinished that already breaks the limits."""
    line_start = buf.rfind(b"\n", pos) + 1
    if len(buf) - max(pos, line_start) > _MAX_LINE:
        raise _ResponseError(f"a header line longer than {_MAX_LINE} bytes")
    if buf.count(b"\n", pos) > _MAX_HEADERS + 1:
        raise _ResponseError(f"more than {_MAX_HEADERS} header lines")


def _split_head(raw: bytes) -> list[str]:
    """Split a head (ending with its last line end) into lines, checking the limits."""
    text = raw.decode("latin-1")
    lines = text.split("\r\n")
    if text.count("\n") != len(lines) - 1 or text.count("\r") != len(lines) - 1:
        # Some lines end with a bare LF (tolerated, as by http.client) or
        # hold a bare CR (refused: it can split headers differently).
        text = text.replace("\r\n", "\n")
        if "\r" in text:
            raise _ResponseError("a bare CR in the response head")
        lines = text.split("\n")
    lines.pop()  # the empty string after the last line end
    if len(lines) > _MAX_HEADERS + 1:
        raise _ResponseError(f"more than {_MAX_HEADERS} header lines")
    if len(raw) > _MAX_LINE and max(map(len, lines)) > _MAX_LINE:
        raise _ResponseError(f"a header line longer than {_MAX_LINE} bytes")
    return lines


def _read_response(reader: _Reader, method: str) -> tuple[HttpResponse, bool]:
    """Read the final response (skipping 1xx ones); return it and whether the connection is reusable."""
    for _ in range(_MAX_INTERIM + 1):
        lines = reader.head()
        status, http11 = _parse_status_line(lines[0])
        headers = _parse_headers(lines)
        if status >= 200:
            break
        if status == 101:
            raise _ResponseError("unexpected 101 Switching Protocols (no upgrade was asked for)")
    else:
        raise _ResponseError(f"more than {_MAX_INTERIM} interim (1xx) responses")
    body, keep = _read_body(reader, method, status, headers, http11)
    return HttpResponse(status, headers, body), keep and not reader.pending()


def _parse_status_line(line: str) -> tuple[int, bool]:
    """Return the status code and whether the response is HTTP/1.1 (else 1.0)."""
    parts = line.split(None, 2)
    if (
        len(parts) >= 2
        and parts[0].startswith("HTTP/1.")
        and len(parts[1]) == 3
        and parts[1].isdigit()
        and parts[1].isascii()
        and parts[1][0] != "0"
    ):
        return int(parts[1]), parts[0] != "HTTP/1.0"
    raise _ResponseError(f"invalid status line {line[:100]!r}")


def _parse_headers(lines: list[str]) -> _Headers:
    """Parse the header lines (after the status line) into lower-case names."""
    headers = _Headers()
    name = ""
    for line in lines[1:]:
        if line[0] in " \t":
            # An obsolete folded line continues the previous value.
            if not name:
                raise _ResponseError("a folded header line without a header before it")
            headers[name] = headers[name] + " " + line.strip(" \t")
            continue
        name, colon, value = line.partition(":")
        name = name.rstrip(" \t").lower()
        if not colon or not name:
            raise _ResponseError(f"invalid header line {line[:100]!r}")
        value = value.strip(" \t")
        previous = dict.get(headers, name)
        headers[name] = value if previous is None else f"{previous}, {value}"
    return headers


def _read_body(
    reader: _Reader, method: str, status: int, headers: _Headers, http11: bool
) -> tuple[bytes, bool]:
    """Read the body as the response frames it; return it and whether the connection may be reused."""
    keep = _keeps_alive(headers, http11)
    if method == "HEAD" or status in _NO_BODY_STATUSES:
        return b"", keep
    coding = dict.get(headers, "transfer-encoding")
    if coding is not None:
        # No TE header was sent, so "chunked" is the only coding allowed.
        if coding.strip(" \t").lower() != "chunked":
            raise _ResponseError(f"unsupported Transfer-Encoding {coding[:100]!r}")
        body = reader.read_chunked()
        # Both framings at once is a smuggling pattern: use this answer,
        # then drop the connection (RFC 9112, section 6.3).
        return body, keep and not dict.__contains__(headers, "content-length")
    length = dict.get(headers, "content-length")
    if length is None:
        return reader.read_to_close(), False
    return reader.read(_content_length(length)), keep


def _content_length(value: str) -> int:
    """The body length a Content-Length value gives (repeats of one number allowed)."""
    if value.isdigit() and value.isascii():
        return int(value)
    values = [v.strip(" \t") for v in value.split(",")]
    first = values[0]
    if first.isdigit() and first.isascii() and all(v == first for v in values):
        return int(first)
    raise _ResponseError(f"invalid Content-Length {value[:100]!r}")


def _keeps_alive(headers: _Headers, http11: bool) -> bool:
    """Whether the server keeps the connection open after this response."""
    connection = dict.get(headers, "connection")
    if connection is None:
        return http11 or dict.__contains__(headers, "keep-alive")
    tokens = {token.strip(" \t").lower() for token in connection.split(",")}
    if "close" in tokens:
        return False
    return http11 or "keep-alive" in tokens or dict.__contains__(headers, "keep-alive")


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
