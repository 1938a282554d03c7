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
  TLS and certificate verification.
* The request and response framing is done by the standard library's
  ``http.client`` on urllib3's connection object, through its documented
  low-level calls (``putrequest``, ``putheader``, ``endheaders``,
  ``getresponse``). urllib3's connection *is* an ``http.client.HTTPConnection``
  subclass and frames requests the same way, underneath extra layers:
  ``urlopen``'s bookkeeping, a per-header check for its ``SKIP_HEADER``
  sentinel, a response wrapper with decoders. Skipping those measured
  about 84 µs of CPU per call instead of about 126 µs through ``urlopen``
  (a 2 KB POST answered with 7 KB over a kept-alive local connection; a
  bare ``http.client`` call with no pool: about 63 µs).
* The pool is found with one dict lookup on the URL's origin string (a
  ``PoolManager`` computes a pool key per request, which costs more).

Connections are taken from and returned to the pool with
``HTTPConnectionPool._get_conn`` / ``_put_conn``, the two calls ``urlopen``
itself makes; they are underscored but have kept their signature and
behaviour since urllib3 1.x (this module needs urllib3 2.x).

The semantics are those of ``pool.urlopen(..., retries=False,
redirect=False, preload_content=True)``: no retries (the client's retry
strategy decides), no redirects (AWS APIs do not redirect), the whole body
read before returning, a connection that failed in any way is closed and not
reused. Two differences: no default ``User-Agent`` is added (the client sends
its own), and the body is returned as received, never decoded
from a ``Content-Encoding``; the client does not ask for compression
(``http.client`` sends ``Accept-Encoding: identity``).
"""

from __future__ import annotations

import http.client
import os
import ssl
import threading
import warnings
from types import TracebackType
from typing import cast

import urllib3
from urllib3 import exceptions as u3exc
from urllib3.connection import HTTPConnection
from urllib3.util.ssl_ import create_urllib3_context
from urllib3.util.ssl_match_hostname import CertificateError as HostnameMismatchError

from .errors import ConnectTimeoutError, ReadTimeoutError, TransportError
from .http import HttpRequest, HttpResponse, Timeouts

__all__ = ["Urllib3RequestHandler"]

# Taken from the base class so urllib3's overrides (per-call checks we do not
# need, see the module docstring) are skipped; connect() and close() remain
# urllib3's. Module globals: one lookup each per call.
_putrequest = http.client.HTTPConnection.putrequest
_putheader = http.client.HTTPConnection.putheader
_endheaders = http.client.HTTPConnection.endheaders
_getresponse = http.client.HTTPConnection.getresponse
_METHODS_WITH_BODY = frozenset(("POST", "PUT", "PATCH"))
_HeaderDict = urllib3.HTTPHeaderDict


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
        # -> pool. Lookups are lock-free (one dict lookup is atomic);
        # creating a pool and close() take the lock.
        self._pools: dict[str, urllib3.HTTPConnectionPool] = {}
        self._lock = threading.Lock()

    def send(self, request: HttpRequest, *, timeouts: Timeouts) -> HttpResponse:
        """Send ``request`` and return the whole response.

        Any HTTP status, 4xx and 5xx included, is returned, not raised.
        Raises :class:`ConnectTimeoutError` (no connection within
        ``timeouts.connect``), :class:`ReadTimeoutError` (an open connection
        made no progress for ``timeouts.read`` while sending or waiting for
        the response) or :class:`TransportError` (refused, reset, DNS, TLS,
        malformed response), chained to the underlying exception. Any other
        exception (say, a header value ``http.client`` refuses) propagates
        unchanged. A connection that raised is closed, never reused.
        """
        url = request.url
        # Split "scheme://authority/path?query" without a URL parser: the
        # origin ends at the first "/" or "?" after the "//".
        start = url.find("//") + 2
        end = url.find("/", start)
        query = url.find("?", start, None if end < 0 else end)
        if query >= 0:
            end = query
            target = "/" + url[end:]
        elif end < 0:
            end = len(url)
            target = "/"
        else:
            target = url[end:]
        origin = url[:end]
        pool = self._pools.get(origin)
        if pool is None:
            pool = self._new_pool(origin)

        try:
            # urllib3's pool: LIFO, non-blocking, checks the idle connection
            # was not dropped (and closes it if so, for a reconnect below).
            conn = cast(HTTPConnection, pool._get_conn())
        except u3exc.ClosedPoolError as exc:
            raise TransportError(
                f"Request to {origin} interrupted: the request handler was closed"
            ) from exc

        reusable = False
        try:
            if conn.sock is None:
                conn.timeout = timeouts.connect
                try:
                    conn.connect()
                except u3exc.NewConnectionError as exc:
                    # Checked first: urllib3 derives NewConnectionError
                    # (refused, unreachable, DNS failure) from its
                    # ConnectTimeoutError.
                    raise TransportError(
                        f"Could not connect to {origin}: {_describe(exc)}"
                    ) from exc
                except (u3exc.ConnectTimeoutError, TimeoutError) as exc:
                    # TimeoutError: the TLS handshake timed out.
                    raise ConnectTimeoutError(
                        f"Could not connect to {origin} within the connect timeout "
                        f"({timeouts.connect} s)"
                    ) from exc
                except (ssl.SSLError, HostnameMismatchError, u3exc.SSLError) as exc:
                    # HostnameMismatchError: urllib3's own hostname check, used
                    # where the ssl module cannot check (old OpenSSL).
                    raise TransportError(f"TLS failure with {origin}: {_describe(exc)}") from exc
                except (OSError, u3exc.HTTPError) as exc:
                    raise TransportError(
                        f"Could not connect to {origin}: {_describe(exc)}"
                    ) from exc
            # From here on the read timeout bounds every blocking step on the
            # open connection: sending, then waiting for and reading the
            # response (one settimeout per call instead of two).
            sock = conn.sock
            assert sock is not None
            sock.settimeout(timeouts.read)
            try:
                try:
                    self._send_head_and_body(conn, request, target)
                except (BrokenPipeError, ConnectionResetError):
                    # The server may have answered early and closed (say, 413
                    # before reading the body); read that answer if there is
                    # one, as urllib3 does; getresponse raises if there isn't.
                    pass
                response = _getresponse(conn)
                body = response.read()
            except (TimeoutError, BlockingIOError) as exc:
                # BlockingIOError: a read timeout of 0 made the socket
                # non-blocking and nothing was ready.
                raise ReadTimeoutError(
                    f"No response from {origin} within the read timeout ({timeouts.read} s)"
                ) from exc
            except ssl.SSLError as exc:
                raise TransportError(f"TLS failure with {origin}: {_describe(exc)}") from exc
            except (OSError, http.client.HTTPException) as exc:
                raise TransportError(
                    f"Connection to {origin} broken before a complete response: {_describe(exc)}"
                ) from exc
            reusable = True
        finally:
            if reusable:
                # If the response said "Connection: close", http.client has
                # closed the socket already; the pool reconnects next time.
                pool._put_conn(conn)
            else:
                conn.close()
                pool._put_conn(None)  # keep the pool's slot count, as urlopen does
        return HttpResponse(response.status, _HeaderDict(response.msg.items()), body)

    @staticmethod
    def _send_head_and_body(conn: HTTPConnection, request: HttpRequest, target: str) -> None:
        """Write the request, as ``http.client.HTTPConnection.request`` would.

        The caller's Host, Accept-Encoding and Content-Length headers win;
        absent ones are added (``Host`` from the connection's host and port,
        ``Accept-Encoding: identity``, the body's length).
        """
        headers = request.headers
        body = request.body
        method = request.method
        names = {name.lower() for name in headers}
        _putrequest(
            conn,
            method,
            target,
            skip_host="host" in names,
            skip_accept_encoding="accept-encoding" in names,
        )
        if (
            "content-length" not in names
            and "transfer-encoding" not in names
            and (body or method in _METHODS_WITH_BODY)
        ):
            _putheader(conn, "Content-Length", str(len(body)))
        for name, value in headers.items():
            _putheader(conn, name, value)
        _endheaders(conn, body or None)

    def _new_pool(self, origin: str) -> urllib3.HTTPConnectionPool:
        """Create (once, under the lock) and remember the pool for ``origin``."""
        parsed = urllib3.util.parse_url(origin)
        scheme = (parsed.scheme or "").lower()
        if scheme not in ("http", "https") or not parsed.host:
            raise ValueError(f"Cannot send to {origin!r}: the URL must be http:// or https://")
        if parsed.auth:
            raise ValueError(f"Cannot send to {origin!r}: user information in URLs is not supported")
        with self._lock:
            pool = self._pools.get(origin)
            if pool is not None:
                return pool
            if scheme == "https":
                pool = urllib3.HTTPSConnectionPool(
                    parsed.host,
                    parsed.port,
                    maxsize=self._max_pool_connections,
                    block=False,
                    ssl_context=self._get_ssl_context(),
                    cert_reqs=ssl.CERT_NONE if self._verify is False else ssl.CERT_REQUIRED,
                    assert_hostname=False if self._verify is False else None,
                )
            else:
                pool = urllib3.HTTPConnectionPool(
                    parsed.host,
                    parsed.port,
                    maxsize=self._max_pool_connections,
                    block=False,
                )
            self._pools[origin] = pool
            return pool

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
            pools = list(self._pools.values())
            self._pools.clear()
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
