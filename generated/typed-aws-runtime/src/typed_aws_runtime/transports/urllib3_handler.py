"""A synchronous request handler on urllib3, with pooled keep-alive connections.

The client's default is :mod:`.socket_handler`, which needs nothing outside the
standard library and imports less; this one is the same on urllib3's pool.

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
:func:`.exchange.round_trip`); any other failure is raised for the client to decide.

Proxies are chosen by :mod:`.proxies`, as for the other handlers; an
``https`` origin's pool tunnels with urllib3's own ``CONNECT`` (TLS inside
TLS through an ``https://`` proxy included), and a forwarded origin's pool
is a pool of connections to the proxy.
"""

from __future__ import annotations

import os
import socket
import ssl
import threading
import warnings
from types import TracebackType
from collections.abc import Mapping
from typing import Any, Union, cast

import urllib3
from urllib3 import exceptions as u3exc
from urllib3._base_connection import ProxyConfig
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.util.ssl_ import create_urllib3_context
from urllib3.util.ssl_match_hostname import CertificateError as HostnameMismatchError

from ..exceptions import ConnectTimeoutError, TransportError
from .exchange import describe, round_trip
from .http import HttpRequest, HttpResponse, Timeouts
from .http1 import encode_head, host_header, split_url
from .origin import parse_origin, wanted_proxies
from .proxies import Hop, ProxyRoutes

__all__ = ["Urllib3RequestHandler"]

# -- pooled connections ---------------------------------------------------------------


class _Connection(HTTPConnection):
    """urllib3's HTTP connection, remembering the read timeout set on its socket."""

    read_timeout: float | None = None

    def open(self, origin: str, timeouts: Timeouts) -> socket.socket:
        """Connect (:class:`.exchange.Connection`)."""
        return _connect(self, origin, timeouts)


class _TLSConnection(HTTPSConnection):
    """urllib3's HTTPS connection, remembering the read timeout set on its socket.

    ``tunnel`` is its pool when it connects through a proxy's tunnel.
    """

    read_timeout: float | None = None
    tunnel: _TLSPool | None = None

    def open(self, origin: str, timeouts: Timeouts) -> socket.socket:
        """Connect (:class:`.exchange.Connection`)."""
        return _connect(self, origin, timeouts)


_PooledConnection = Union[_Connection, _TLSConnection]


class _Pool(urllib3.HTTPConnectionPool):
    ConnectionCls = _Connection


class _TLSPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = _TLSConnection

    def _new_conn(self) -> _TLSConnection:
        conn = cast(_TLSConnection, super()._new_conn())
        if self.proxy is not None:
            conn.tunnel = self
        return conn


# The pool of an origin, its Host header, and how it goes through a proxy (None: directly).
_Route = tuple[urllib3.HTTPConnectionPool, str, Union[Hop, None]]


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
    :param client_cert: proxies: no_proxy: proxies_config: as for the
        default handler (:class:`.socket_handler.SocketRequestHandler`);
        this one also tunnels through an ``https://`` proxy.

    Safe to share between threads: pools are created under a lock, and a
    pool hands each connection to one thread at a time. ``close()`` closes
    every pool; a later ``send`` opens new ones.
    """

    def __init__(
        self,
        *,
        max_pool_connections: int = 10,
        verify: bool | str = True,
        client_cert: str | tuple[str, str] | None = None,
        proxies: Mapping[str, str] | None = None,
        no_proxy: str | None = None,
        proxies_config: Mapping[str, Any] | None = None,
    ) -> None:
        if max_pool_connections < 1:
            raise ValueError("max_pool_connections must be at least 1")
        self._max_pool_connections = max_pool_connections
        self._verify = verify
        self._client_cert = client_cert
        wanted = wanted_proxies(proxies, no_proxy)
        self._proxies = None if wanted is None else ProxyRoutes(*wanted, proxies_config)
        self._ssl_context: ssl.SSLContext | None = None
        # Origin exactly as it appears in request URLs ("https://host:port")
        # -> (pool, Host header value). Lookups are lock-free (one dict
        # lookup is atomic); creating a pool and close() take the lock.
        self._routes: dict[str, _Route] = {}
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
        pool, host, hop = route
        where = origin
        if hop is None:
            head = encode_head(request, target, host)
        else:
            head = encode_head(request, hop.prefix + target, host, hop.extra)
            where = hop.where

        try:
            # urllib3's pool: LIFO, non-blocking, checks the idle connection
            # was not dropped (and closes it if so, for a reconnect below).
            conn = cast(_PooledConnection, pool._get_conn())
        except u3exc.ClosedPoolError as exc:
            raise TransportError(
                f"Request to {origin} interrupted: the request handler was closed",
                request_sent=False,
            ) from exc

        keep = False
        try:
            sock = None if conn.sock is None else _reuse(conn, timeouts)
            response, keep = round_trip(conn, sock, where, head, request, timeouts)
        finally:
            try:
                if not keep:
                    conn.close()
            finally:
                # A closed connection goes back too: the pool reconnects it
                # next time, and its slot count stays right.
                pool._put_conn(conn)
        return response if hop is None or hop.tunnel else hop.check(response)

    def _new_route(self, origin: str) -> _Route:
        """Create (once, under the lock) and remember the pool for ``origin``."""
        parsed = urllib3.util.parse_url(origin)
        scheme = (parsed.scheme or "").lower()
        if scheme not in ("http", "https") or not parsed.host:
            raise ValueError(f"Cannot send to {origin!r}: the URL must be http:// or https://")
        if parsed.auth:
            raise ValueError(
                f"Cannot send to {origin!r}: user information in URLs is not supported"
            )
        hop = None if self._proxies is None else self._proxies.hop(origin, parse_origin(origin))
        with self._lock:
            route = self._routes.get(origin)
            if route is not None:
                return route
            pool: urllib3.HTTPConnectionPool
            tunnel: dict[str, Any] = {}
            if hop is not None and hop.tunnel is not None:
                tunnel = {
                    "_proxy": urllib3.util.parse_url(hop.proxy.url),
                    "_proxy_headers": _proxy_headers(hop),
                    "_proxy_config": ProxyConfig(self._proxy_ssl_context(hop), False, None, None),
                }
            if hop is not None and hop.tunnel is None:
                proxy = hop.proxy.origin
                if proxy.tls:
                    pool = _TLSPool(
                        proxy.server_hostname,
                        proxy.address[1],
                        maxsize=self._max_pool_connections,
                        block=False,
                        ssl_context=self._proxy_ssl_context(hop),
                    )
                else:
                    pool = _Pool(
                        proxy.server_hostname,
                        proxy.address[1],
                        maxsize=self._max_pool_connections,
                        block=False,
                    )
                host = host_header(scheme, parsed.host.strip("[]"), parsed.port)
            elif scheme == "https":
                pool = _TLSPool(
                    parsed.host,
                    parsed.port,
                    maxsize=self._max_pool_connections,
                    block=False,
                    ssl_context=self._get_ssl_context(),
                    cert_reqs=ssl.CERT_NONE if self._verify is False else ssl.CERT_REQUIRED,
                    assert_hostname=False if self._verify is False else None,
                    **tunnel,
                )
                host = host_header(scheme, pool.host, pool.port)
            else:
                pool = _Pool(
                    parsed.host,
                    parsed.port,
                    maxsize=self._max_pool_connections,
                    block=False,
                )
                host = host_header(scheme, pool.host, pool.port)
            route = (pool, host, hop)
            self._routes[origin] = route
            return route

    def _proxy_ssl_context(self, hop: Hop) -> ssl.SSLContext | None:
        """The TLS context for ``hop``'s proxy, if it is an ``https://`` one."""
        proxies = self._proxies
        if not hop.proxy.origin.tls or proxies is None:
            return None
        verify = self._verify if proxies.ca_bundle is None else proxies.ca_bundle
        return _context(verify, proxies.client_cert)

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
            self._ssl_context = _context(self._verify, self._client_cert)
        return self._ssl_context

    def close(self) -> None:
        """Close every idle pooled connection; ones in use close when released."""
        with self._lock:
            pools = [route[0] for route in self._routes.values()]
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


def _context(verify: bool | str, client_cert: str | tuple[str, str] | None) -> ssl.SSLContext:
    """urllib3's TLS context, trusting what ``verify`` says and presenting ``client_cert``."""
    if verify is False:
        context = create_urllib3_context(cert_reqs=ssl.CERT_NONE)
    else:
        context = create_urllib3_context(cert_reqs=ssl.CERT_REQUIRED)
        if isinstance(verify, str):
            if os.path.isdir(verify):
                context.load_verify_locations(capath=verify)
            else:
                context.load_verify_locations(cafile=verify)
        else:
            context.load_default_certs()
    if isinstance(client_cert, str):
        context.load_cert_chain(client_cert)
    elif client_cert is not None:
        context.load_cert_chain(client_cert[0], client_cert[1])
    return context


def _proxy_headers(hop: Hop) -> dict[str, str]:
    """The headers of urllib3's ``CONNECT`` to ``hop``'s proxy."""
    if hop.proxy.authorization is None:
        return {}
    return {"Proxy-Authorization": hop.proxy.authorization}


# -- opening a pooled connection ----------------------------------------------------------


def _connect(conn: _PooledConnection, origin: str, timeouts: Timeouts) -> socket.socket:
    """Open ``conn`` within the connect timeout; return its socket, set to the read timeout."""
    conn.timeout = timeouts.connect
    try:
        tunnel = getattr(conn, "tunnel", None)
        if tunnel is None:
            conn.connect()
        else:
            # Sets the tunnel (dropped by every close) and connects through it.
            tunnel._prepare_proxy(conn)
    except u3exc.NewConnectionError as exc:
        # Checked first: urllib3 derives NewConnectionError (refused,
        # unreachable, DNS failure) from its ConnectTimeoutError.
        raise TransportError(
            f"Could not connect to {origin}: {describe(exc)}", request_sent=False
        ) from exc
    except (u3exc.ConnectTimeoutError, TimeoutError) as exc:
        # TimeoutError: the TLS handshake timed out.
        raise ConnectTimeoutError(
            f"Could not connect to {origin} within the connect timeout ({timeouts.connect} s)"
        ) from exc
    except (ssl.SSLError, HostnameMismatchError, u3exc.SSLError) as exc:
        # HostnameMismatchError: urllib3's own hostname check, used where the
        # ssl module cannot check (old OpenSSL).
        raise TransportError(
            f"TLS failure with {origin}: {describe(exc)}", request_sent=False
        ) from exc
    except (OSError, u3exc.HTTPError) as exc:
        raise TransportError(
            f"Could not connect to {origin}: {describe(exc)}", request_sent=False
        ) from exc
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
