"""The default synchronous request handler: the standard library's sockets, kept alive in a pool.

One :class:`SocketRequestHandler` is shared by every thread of a client. It
keeps, per origin (scheme, host, port), a small LIFO stack of idle
keep-alive connections, so sequential calls reuse an open TCP (and TLS)
connection instead of paying a handshake each time.

It does what :class:`.urllib3_handler.Urllib3RequestHandler` does, with the
same errors, and shares its exchange on an open socket (:mod:`.exchange`,
framing by :mod:`.http1`); what it does not use is urllib3, whose import
(with ``http.client``, ``email``, ``logging`` and ``importlib.metadata``)
took about 40 ms of a cold process's first call. This module imports
``socket`` only, and ``ssl`` on the first ``https`` origin.

* Pool: an idle connection is taken from the top of its origin's stack
  after a zero-timeout ``poll`` says the server has not closed it (nothing
  readable: neither EOF nor stray bytes); one that fails the check is
  closed and the next is tried. A connection goes back only when
  :mod:`.http1` says it may be reused and fewer than
  ``max_pool_connections`` are idle, else it is closed. Callers never wait
  for a connection: with more threads than the bound, the extra
  connections are opened and closed after use.
* Connecting: ``socket.create_connection`` within the connect timeout (every
  address the name resolves to, in order), ``TCP_NODELAY`` (requests are one
  write; nothing to coalesce), then the TLS handshake within the same
  timeout, then the read timeout for everything after. An ASCII host name
  goes to ``getaddrinfo`` as bytes, so resolving it does not load the IDNA
  codec; a non-ASCII one is IDNA-encoded once, when its origin is first seen.
* TLS: one ``ssl.SSLContext`` per handler, made on the first ``https``
  origin: the system's trust store (``verify=True``), a CA bundle file or
  directory (a path), or no verification (``verify=False``, with a warning).
  The certificate and the host name (or IP address) are checked by ``ssl``;
  a ``client_cert`` is presented to servers that ask for one.
* Proxies (:mod:`.proxies`, imported only when there is one): the
  connection goes to the proxy (over TLS to an ``https://`` one); an
  ``https`` origin's through a ``CONNECT`` tunnel (answered within the
  connect timeout), then TLS with the origin, inside the proxy's TLS
  through an ``https://`` proxy (:mod:`.tls_in_tls`, imported only then).
"""

from __future__ import annotations

import socket
import threading
from types import TracebackType
from typing import TYPE_CHECKING, Any, cast

from ..exceptions import TransportError
from .exchange import connect_error, readable, round_trip
from .http import HttpRequest, HttpResponse, Timeouts
from .http1 import encode_head, split_url
from .origin import InsecureConnectionWarning, TlsContexts, parse_origin, wanted_proxies

if TYPE_CHECKING:
    import ssl
    from collections.abc import Mapping

    from .proxies import Hop, ProxyRoutes

__all__ = ["InsecureConnectionWarning", "SocketRequestHandler"]

# -- origins and connections ---------------------------------------------------------


class _Route:
    """One origin: where to connect, the ``Host`` header, and its idle connections.

    ``idle`` is a LIFO stack changed only under the handler's lock; a route
    that ``close()`` dropped is marked ``closed``, and connections in use
    then close when released instead of going back. Through a proxy,
    ``address`` is the proxy's and ``hop`` says how to go on from there;
    ``proxy_tls`` is the context for an ``https://`` proxy a tunnel goes
    through (TLS inside TLS), else None. ``where`` names the origin (and the
    proxy) in error messages.
    """

    __slots__ = (
        "address",
        "server_hostname",
        "tls",
        "host",
        "hop",
        "where",
        "proxy_tls",
        "idle",
        "closed",
    )

    def __init__(
        self,
        address: tuple[bytes, int],
        server_hostname: str,
        tls: ssl.SSLContext | None,
        host: str,
        hop: Hop | None,
        where: str,
        proxy_tls: ssl.SSLContext | None = None,
    ) -> None:
        self.address = address
        self.server_hostname = server_hostname
        self.tls = tls
        self.host = host
        self.hop = hop
        self.where = where
        self.proxy_tls = proxy_tls
        self.idle: list[_Connection] = []
        self.closed = False


class _Connection:
    """A connection of a route: its socket (None until opened) and the read timeout set on it."""

    __slots__ = ("route", "sock", "read_timeout")

    def __init__(self, route: _Route) -> None:
        self.route = route
        self.sock: socket.socket | None = None
        self.read_timeout: float | None = None

    def open(self, origin: str, timeouts: Timeouts) -> socket.socket:
        """Connect anew within the connect timeout; return the socket, set to the read timeout."""
        self.close()
        route = self.route
        try:
            # typeshed says str, but the host goes to getaddrinfo, which takes bytes.
            sock = socket.create_connection(
                route.address, timeouts.connect  # type: ignore[arg-type]
            )
        except OSError as exc:
            raise connect_error(exc, origin, timeouts) from exc
        try:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            if route.hop is not None and route.hop.tunnel is not None:
                sock = _tunnel(sock, route, origin, timeouts)
            elif route.tls is not None:
                sock = _handshake(route.tls, sock, route.server_hostname, origin, timeouts)
            # From here on the read timeout bounds every blocking step on the
            # open connection: sending, then waiting for and reading the response.
            sock.settimeout(timeouts.read)
        except BaseException:
            sock.close()
            raise
        self.sock = sock
        self.read_timeout = timeouts.read
        return sock

    def reuse(self, timeouts: Timeouts) -> socket.socket:
        """Return the open socket of this idle connection, set to the read timeout."""
        sock = self.sock
        assert sock is not None, "only open connections are pooled"
        if self.read_timeout != timeouts.read:
            sock.settimeout(timeouts.read)
            self.read_timeout = timeouts.read
        return sock

    def close(self) -> None:
        """Close the socket, if open."""
        sock = self.sock
        if sock is not None:
            self.sock = None
            sock.close()


def _handshake(
    context: ssl.SSLContext,
    sock: socket.socket,
    server_hostname: str,
    origin: str,
    timeouts: Timeouts,
) -> socket.socket:
    """Wrap ``sock`` in TLS, handshaking within the connect timeout (still set on it)."""
    try:
        return context.wrap_socket(sock, server_hostname=server_hostname)
    except OSError as exc:
        raise connect_error(exc, origin, timeouts) from exc


def _tunnel(sock: socket.socket, route: _Route, origin: str, timeouts: Timeouts) -> socket.socket:
    """The TLS connection to ``route``'s origin through its proxy's tunnel, within the connect timeout.

    TLS with the proxy first if it is ``https://``; then ``CONNECT``; then
    TLS with the origin, inside the proxy's TLS in that case. On failure the
    connection is closed.
    """
    hop, tls, proxy_tls = route.hop, route.tls, route.proxy_tls
    assert hop is not None and tls is not None, "tunnels lead to https origins"
    if proxy_tls is not None:
        sock = _handshake(proxy_tls, sock, hop.proxy.origin.server_hostname, origin, timeouts)
    try:
        _connect(sock, hop, timeouts)
        if proxy_tls is None:
            return _handshake(tls, sock, route.server_hostname, origin, timeouts)
        from .tls_in_tls import TlsInTls

        try:
            # Not a socket.socket, but all of one that the exchange uses.
            return cast(socket.socket, TlsInTls(sock, tls, route.server_hostname))
        except OSError as exc:
            raise connect_error(exc, origin, timeouts) from exc
    except BaseException:
        sock.close()
        raise


def _connect(sock: socket.socket, hop: Hop, timeouts: Timeouts) -> None:
    """Open ``hop``'s tunnel: ``CONNECT`` and the proxy's answer, within the connect timeout."""
    from .proxies import tunnel_status

    reply = b""
    try:
        sock.sendall(hop.tunnel or b"")
        while not tunnel_status(reply, hop):
            chunk = sock.recv(4096)
            if not chunk:
                raise ConnectionResetError("the proxy closed the connection")
            reply += chunk
    except OSError as exc:
        raise connect_error(exc, hop.where, timeouts) from exc


def _dropped(sock: socket.socket) -> bool:
    """Whether an idle socket is readable: the server closed it, or sent stray bytes."""
    return readable(sock)


# -- the handler -------------------------------------------------------------------------


class SocketRequestHandler:
    """Sends requests over pooled keep-alive sockets (the standard library only).

    :param max_pool_connections: how many idle connections to keep per
        origin. More threads than this may still send at the same time (the
        pool never blocks a caller); the extra connections are closed after
        use, as with botocore's ``max_pool_connections``.
    :param verify: ``True`` verifies TLS certificates against the system's
        trust store; a string names a CA bundle file (or a directory of
        hashed certificates) to verify against instead; ``False`` disables
        verification, for test endpoints only (an
        :class:`InsecureConnectionWarning` says so once).
    :param client_cert: a certificate to present to servers that ask for
        one: a file holding it and its private key, or a (certificate file,
        key file) pair, as botocore's ``client_cert``.
    :param proxies: the proxy URL by scheme of the endpoint (``"https"``,
        ``"http"``), as boto3's ``Config(proxies=...)``; credentials in a URL
        are sent as ``Proxy-Authorization: Basic``. None (the default) takes
        ``HTTPS_PROXY``, ``HTTP_PROXY`` and ``NO_PROXY`` from the
        environment; ``{}`` connects directly.
    :param no_proxy: hosts reached without the proxies given, in
        ``NO_PROXY``'s form (see :mod:`.proxies`).
    :param proxies_config: botocore's ``proxies_config`` keys:
        ``proxy_ca_bundle`` and ``proxy_client_cert`` for an ``https://``
        proxy (which ``https`` endpoints are reached through by TLS inside
        the proxy's TLS), ``proxy_use_forwarding_for_https`` (the proxy
        forwards their requests instead of tunnelling).

    Safe to share between threads: routes and their idle stacks change under
    a lock, and a connection is in one thread's hands at a time. ``close()``
    closes every idle connection; a later ``send`` opens new ones.
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
        self._proxies: ProxyRoutes | None = None
        wanted = wanted_proxies(proxies, no_proxy)
        if wanted is not None:
            from .proxies import ProxyRoutes  # only a handler with a proxy loads it

            self._proxies = ProxyRoutes(*wanted, proxies_config)
        self._tls = TlsContexts(verify, client_cert, self._proxies)
        # Origin exactly as it appears in request URLs ("https://host:port")
        # -> its route. Lookups are lock-free (one dict lookup is atomic).
        self._routes: dict[str, _Route] = {}
        self._lock = threading.Lock()

    def send(self, request: HttpRequest, *, timeouts: Timeouts) -> HttpResponse:
        """Send ``request`` and return the whole response.

        Any HTTP status, 4xx and 5xx included, is returned, not raised.
        Raises :class:`ConnectTimeoutError` (no connection, TLS handshake
        included, within ``timeouts.connect``), :class:`ReadTimeoutError` (an
        open connection made no progress for ``timeouts.read`` while sending
        or waiting for the response, or the whole response was not in after
        that long: a response trickling in still ends within twice
        ``timeouts.read``), :class:`IncompleteResponseError` (the connection
        closed after the response head, before the whole body; it carries
        the head) or :class:`TransportError` (refused, reset, DNS, TLS, a
        malformed response, a body over the 256 MiB limit of
        :data:`.http1.MAX_BODY`, refused before it is read), chained to the
        underlying exception. A request that cannot be framed safely (see
        :func:`.http1.encode_head`) or a URL that is not ``http://`` or
        ``https://`` raises :class:`ValueError` before anything is sent. Any
        other exception propagates unchanged. A connection that raised is
        closed, never reused.
        """
        origin, target = split_url(request.url)
        route = self._routes.get(origin)
        if route is None:
            route = self._new_route(origin)
        hop = route.hop
        if hop is None:
            head = encode_head(request, target, route.host)
        else:
            head = encode_head(request, hop.prefix + target, route.host, hop.extra)

        conn, sock = self._take(route, origin, timeouts)
        keep = False
        try:
            response, keep = round_trip(conn, sock, route.where, head, request, timeouts)
        finally:
            self._release(route, conn, keep)
        return response if hop is None or hop.tunnel else hop.check(response)

    def _take(
        self, route: _Route, origin: str, timeouts: Timeouts
    ) -> tuple[_Connection, socket.socket | None]:
        """An idle connection of ``route`` and its socket (at the read timeout), else a new one."""
        while True:
            with self._lock:
                if route.closed:
                    raise TransportError(
                        f"Request to {origin} interrupted: the request handler was closed",
                        request_sent=False,
                    )
                if not route.idle:
                    return _Connection(route), None
                conn = route.idle.pop()
            sock = conn.reuse(timeouts)
            if not _dropped(sock):
                return conn, sock
            conn.close()

    def _release(self, route: _Route, conn: _Connection, keep: bool) -> None:
        """Put ``conn`` back on top of its route's idle stack, or close it."""
        if keep:
            with self._lock:
                if not route.closed and len(route.idle) < self._max_pool_connections:
                    route.idle.append(conn)
                    return
        conn.close()

    def _new_route(self, origin: str) -> _Route:
        """Create (once, under the lock) and remember the route for ``origin``."""
        where = parse_origin(origin)
        hop = None if self._proxies is None else self._proxies.hop(origin, where)
        with self._lock:
            route = self._routes.get(origin)
            if route is None:
                if hop is None:
                    route = _Route(
                        where.address,
                        where.server_hostname,
                        self._tls.endpoint() if where.tls else None,
                        where.host,
                        None,
                        origin,
                    )
                elif hop.tunnel is not None:
                    route = _Route(
                        hop.proxy.origin.address,
                        where.server_hostname,
                        self._tls.endpoint(),
                        where.host,
                        hop,
                        hop.where,
                        self._tls.proxy() if hop.proxy.origin.tls else None,
                    )
                else:
                    proxy = hop.proxy.origin
                    route = _Route(
                        proxy.address,
                        proxy.server_hostname,
                        self._tls.proxy() if proxy.tls else None,
                        where.host,
                        hop,
                        hop.where,
                    )
                self._routes[origin] = route
            return route

    def close(self) -> None:
        """Close every idle connection; ones in use close when released."""
        with self._lock:
            routes = list(self._routes.values())
            self._routes.clear()
            idle = []
            for route in routes:
                route.closed = True
                idle += route.idle
                route.idle = []
        for conn in idle:
            conn.close()

    def __enter__(self) -> SocketRequestHandler:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
