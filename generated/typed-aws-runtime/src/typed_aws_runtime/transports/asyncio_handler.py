"""The default asynchronous request handler: asyncio's own transports, kept alive in a pool.

One :class:`AsyncioRequestHandler` serves every task of a client. It does
what :class:`.aiohttp_handler.AiohttpRequestHandler` does, with the errors
(and messages) of the sync :class:`.socket_handler.SocketRequestHandler`,
and imports nothing that ``asyncio`` has not already loaded: aiohttp's
import was most of a cold async process's time to its first answer.

* Framing: :mod:`.http1`. The request is one ``transport.write`` (a large
  body a second); the response is parsed by :class:`.http1.ResponseParser`,
  fed from the protocol's ``data_received`` as bytes arrive, so a response
  costs one future and no reader task or stream buffer.
* Pools: one per event loop that uses the handler (each ``asyncio.run``
  makes a loop), with per origin a LIFO stack of idle keep-alive
  connections and a semaphore of ``max_pool_connections`` slots. A request
  takes a slot before any of its timeouts starts, so a burst larger than
  the pool waits for connections without that wait counting against it.
  An idle connection is reused only if the server has not closed it nor
  sent stray bytes (its protocol saw neither, and a zero-timeout ``poll``
  of its socket finds nothing unread). A loop's pool closes when
  ``close()`` is awaited in that loop, or else as the loop shuts down
  (:mod:`.loops`): a client used from successive ``asyncio.run`` calls
  leaves no connection open behind.
* Keep-alive race: a request on a reused connection that finds it closed
  or reset before any byte of the response is sent once more on a new
  connection, by the rule the sync handlers follow
  (:func:`.exchange.may_resend`).
* Connecting: the address is resolved by ``getaddrinfo`` (at once for an
  IP address; for a name in the loop's default executor, as asyncio
  resolves names), an ASCII host name given as bytes so that the IDNA
  codec is not loaded; every address in order, then the TLS handshake, all
  within the connect timeout. asyncio's transports set ``TCP_NODELAY``
  (requests are one write: nothing to coalesce).
* Timeouts: ``timeouts.read`` bounds each wait for progress (bytes of the
  response arriving, or of the request leaving), and the whole response
  must be in within twice that: a response trickling in still ends within
  twice ``timeouts.read`` after the connection was ready.
* TLS: one ``ssl.SSLContext`` per handler, made on the first ``https``
  origin, as for the sync handler (:class:`.origin.TlsContexts`); ``http``
  origins never make one; a ``client_cert`` is presented to servers that
  ask for one.
* Proxies: as for the sync handler (:mod:`.proxies`, imported only when
  there is one): the ``CONNECT`` tunnel is opened on the socket before TLS,
  within the connect timeout; through an ``https://`` proxy, in the proxy's
  TLS, with the origin's TLS inside it (:mod:`.asyncio_tunnel`, imported only
  then; Python 3.11 or later).
"""

from __future__ import annotations

import asyncio
import socket
import threading
from typing import TYPE_CHECKING, Any, cast

from .exchange import (
    JOIN_LIMIT,
    connect_error,
    connect_timeout_error,
    exchange_error,
    may_resend,
    readable,
)
from .http import HttpRequest, HttpResponse, Timeouts
from .http1 import ResponseError, ResponseParser, encode_head, split_url
from .loops import PerLoop
from .origin import Origin, TlsContexts, parse_origin, wanted_proxies

if TYPE_CHECKING:
    import ssl
    from collections.abc import Mapping

    from .proxies import Hop, ProxyRoutes

__all__ = ["AsyncioRequestHandler"]

_Outcome = tuple[HttpResponse, bool]  # the response and whether the connection may be reused


# -- one connection ----------------------------------------------------------------------


class _Connection(asyncio.Protocol):
    """One TCP (or TLS) connection: the protocol that feeds a response's parser.

    An exchange is under way while ``waiter`` is set. Between exchanges the
    protocol only notes the server closing the connection (``closed``) or
    sending bytes nobody asked for (``stray``), either of which makes it
    unfit for reuse.
    """

    __slots__ = (
        "loop",
        "transport",
        "fd",
        "closed",
        "stray",
        "parser",
        "waiter",
        "read_timeout",
        "timer",
        "progress",
        "unsent",
        "deadline",
        "written",
    )

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.transport: asyncio.Transport | None = None
        self.fd = -1
        self.closed = False
        self.stray = False
        self.parser: ResponseParser | None = None  # of the current (or last) exchange
        self.waiter: asyncio.Future[_Outcome] | None = None
        self.read_timeout: float | None = None  # of the current exchange
        self.timer: asyncio.TimerHandle | None = None  # the read timer, kept across exchanges
        self.progress = 0.0  # loop time of the last byte received, or sent
        self.unsent = 0  # the transport's write buffer at the last check
        self.deadline = 0.0
        # Whether the server may have the current request. asyncio reports a failed write
        # only as the connection lost, like a failed read, so any request handed to the
        # transport counts as written; only one found closed before writing does not.
        self.written = True

    @property
    def received(self) -> int:
        """The bytes of the current (or last) response received so far."""
        parser = self.parser
        return 0 if parser is None else parser.received

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)
        self.fd = transport.get_extra_info("socket").fileno()

    def exchange(
        self, head: bytes, body: bytes, method: str, read_timeout: float | None
    ) -> asyncio.Future[_Outcome]:
        """Send a request; the future gets its response (or the failure that ended it)."""
        transport = self.transport
        assert transport is not None, "only connected protocols exchange"
        self.parser = ResponseParser(method)
        waiter = self.waiter = self.loop.create_future()
        if self.closed:
            # Closed while idle: what sending, then reading, would find.
            self.written = False
            self._ended()
            return waiter
        if len(body) <= JOIN_LIMIT:
            transport.write(head + body)
        else:
            transport.write(head)
            transport.write(body)
        self.read_timeout = read_timeout
        if read_timeout is not None:
            self._start_clocks(transport, read_timeout)
        return waiter

    def _start_clocks(self, transport: asyncio.Transport, read_timeout: float) -> None:
        """Start the exchange's wait for progress and its deadline.

        The read timer of an earlier exchange is kept if it fires in time:
        making and cancelling a timer per exchange cost more than the rest
        of the protocol, and a timer that fires early finds the progress
        made since and waits again.
        """
        now = self.progress = self.loop.time()
        self.deadline = now + 2 * read_timeout
        self.unsent = transport.get_write_buffer_size()
        timer = self.timer
        if timer is None or timer.when() > now + read_timeout:
            if timer is not None:
                timer.cancel()
            self.timer = self.loop.call_at(now + read_timeout, self._check_progress)

    def data_received(self, data: bytes) -> None:
        parser = self.parser
        if self.waiter is None or parser is None:
            self.stray = True
            return
        if self.read_timeout is not None:
            self.progress = self.loop.time()
        try:
            outcome = parser.feed(data)
        except ResponseError as exc:
            self._finish(exc)
            return
        if outcome is not None:
            self._finish(outcome)

    def eof_received(self) -> None:
        self.closed = True
        self._ended()  # returning None closes the transport

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if exc is None:
            self._ended()
        else:
            self._finish(exc)

    def _ended(self) -> None:
        """The server closed the connection: the end of a body read to the close, or a failure."""
        parser = self.parser
        if self.waiter is None or parser is None:
            return
        try:
            outcome = parser.feed(b"")
        except ResponseError as exc:
            self._finish(exc)
            return
        assert outcome is not None, "the parser ends at the close"
        self._finish(outcome)

    def _check_progress(self) -> None:
        """The read timer: fail the exchange after a wait without progress, or at the deadline."""
        self.timer = None
        read_timeout = self.read_timeout
        transport = self.transport
        if self.waiter is None or read_timeout is None or transport is None:
            return  # no exchange to time (any more)
        now = self.loop.time()
        unsent = transport.get_write_buffer_size()
        if unsent != self.unsent:  # the request is still going out
            self.unsent = unsent
            self.progress = now
        if now >= self.deadline:
            self._finish(
                TimeoutError(f"the response was not complete after {self.received} bytes")
            )
        elif now >= self.progress + read_timeout:
            self._finish(TimeoutError("timed out"))
        else:
            when = min(self.progress + read_timeout, self.deadline)
            self.timer = self.loop.call_at(when, self._check_progress)

    def _finish(self, outcome: _Outcome | BaseException) -> None:
        """End the exchange: settle its future (unless it was cancelled)."""
        waiter = self.waiter
        if waiter is None:
            return
        self.waiter = None
        if waiter.done():
            return
        if isinstance(outcome, BaseException):
            waiter.set_exception(outcome)
        else:
            waiter.set_result(outcome)

    def abort(self) -> None:
        """Close the connection at once (an exchange under way fails; nothing more is sent)."""
        self._finish(ConnectionAbortedError("the connection was closed"))
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
        if self.transport is not None:
            self.transport.abort()


def _dropped(conn: _Connection) -> bool:
    """Whether an idle connection was closed by the server, or got stray bytes.

    What the protocol was told, then what the loop may not have read yet
    (the socket is readable: EOF or bytes).
    """
    return conn.closed or conn.stray or readable(conn.fd)


async def _tunnel(loop: asyncio.AbstractEventLoop, sock: socket.socket, hop: Hop) -> None:
    """Open ``hop``'s tunnel on ``sock``: ``CONNECT`` and the proxy's answer."""
    from .proxies import tunnel_status

    reply = b""
    await loop.sock_sendall(sock, hop.tunnel or b"")
    while not tunnel_status(reply, hop):
        chunk = await loop.sock_recv(sock, 4096)
        if not chunk:
            raise ConnectionResetError("the proxy closed the connection")
        reply += chunk


# -- pools ---------------------------------------------------------------------------------


class _Route:
    """One origin in one event loop: its idle connections and its pool's slots.

    A route that ``close()`` dropped is marked ``closed``; connections in use
    then close when released instead of going back. ``address`` and
    ``server_hostname`` are where to connect and the name TLS checks: the
    origin's, or through a proxy (``hop``) the proxy's or the tunnel's;
    ``proxy_tls`` is the context for an ``https://`` proxy a tunnel goes
    through, else None; ``where`` names the origin (and the proxy) in error
    messages.
    """

    __slots__ = (
        "origin",
        "address",
        "server_hostname",
        "tls",
        "hop",
        "where",
        "proxy_tls",
        "idle",
        "slots",
        "closed",
    )

    def __init__(
        self,
        origin: Origin,
        tls: ssl.SSLContext | None,
        size: int,
        hop: Hop | None = None,
        where: str = "",
        proxy_tls: ssl.SSLContext | None = None,
    ) -> None:
        self.origin = origin
        self.tls = tls
        self.hop = hop
        self.where = where
        self.proxy_tls = proxy_tls
        self.address = origin.address
        self.server_hostname = origin.server_hostname
        if hop is not None:
            self.address = hop.proxy.origin.address
            if hop.tunnel is None:
                self.server_hostname = hop.proxy.origin.server_hostname
        self.idle: list[_Connection] = []
        self.slots = asyncio.Semaphore(size)
        self.closed = False

    def take(self) -> _Connection | None:
        """The most recently used idle connection still fit for reuse, if any."""
        idle = self.idle
        while idle:
            conn = idle.pop()
            if not _dropped(conn):
                return conn
            conn.abort()
        return None

    def release(self, conn: _Connection, keep: bool) -> None:
        """Put ``conn`` back on top of the idle stack, or close it."""
        if keep and not self.closed:
            self.idle.append(conn)
        else:
            conn.abort()


class _LoopPool:
    """One event loop's routes, by origin as it appears in request URLs."""

    __slots__ = ("loop", "routes")

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.routes: dict[str, _Route] = {}

    async def close(self) -> None:
        """Close every idle connection; ones in use close when released."""
        routes = list(self.routes.values())
        self.routes.clear()
        for route in routes:
            route.closed = True
            idle, route.idle = route.idle, []
            if not self.loop.is_closed():  # else their sockets close when collected
                for conn in idle:
                    conn.abort()


# -- the handler ---------------------------------------------------------------------------


class AsyncioRequestHandler:
    """Sends requests over pooled keep-alive connections of asyncio's own transports.

    :param max_pool_connections: connections open at once per origin (and
        event loop); more concurrent requests wait for one to be free, and
        the wait is not counted against their timeouts.
    :param verify: as for the sync handler: ``True`` verifies TLS
        certificates against the system's trust store, a string names a CA
        bundle file (or a directory of hashed certificates), ``False``
        disables verification, for test endpoints only (an
        :class:`~.origin.InsecureConnectionWarning` says so once).
    :param client_cert: proxies: no_proxy: proxies_config: as for the sync
        handler (:class:`.socket_handler.SocketRequestHandler`).

    Safe to use from many tasks of one loop, and from several loops (in
    several threads): each loop has its own pool. ``close()`` closes the
    calling loop's idle connections; a later ``send`` opens new ones.
    """

    def __init__(
        self,
        *,
        max_pool_connections: int = 64,
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
            import sys

            from .proxies import ProxyRoutes  # only a handler with a proxy loads it

            self._proxies = ProxyRoutes(
                *wanted,
                proxies_config,
                no_tls_tunnels=(
                    None
                    if sys.version_info >= (3, 11)
                    else "by the asyncio request handler on Python 3.10 (asyncio runs TLS inside "
                    "TLS from Python 3.11; the sync client's handlers can)"
                ),
            )
        self._tls = TlsContexts(verify, client_cert, self._proxies)
        # Loops may run in several threads: the lock guards what they share, never an await.
        self._lock = threading.Lock()
        self._origins: dict[str, Origin] = {}  # as in request URLs -> parsed, for every loop
        self._pools = PerLoop(_LoopPool, _LoopPool.close)

    async def send(self, request: HttpRequest, *, timeouts: Timeouts) -> HttpResponse:
        """Send ``request`` and return the whole response.

        Any HTTP status, 4xx and 5xx included, is returned, not raised.
        Raises what the sync handler raises, with the same messages:
        :class:`ConnectTimeoutError` (no connection, TLS handshake included,
        within ``timeouts.connect``), :class:`ReadTimeoutError` (no progress
        for ``timeouts.read``, or the whole response not in within twice
        that), :class:`IncompleteResponseError` (the connection closed after
        the response head; it carries the head) or :class:`TransportError`
        (refused, reset, DNS, TLS, a malformed response, a body over
        :data:`.http1.MAX_BODY`), chained to the underlying exception; a
        request that cannot be framed safely or a URL that is not
        ``http://`` or ``https://`` raises :class:`ValueError` before
        anything is sent. A connection that raised, or whose task was
        cancelled, is closed, never reused.
        """
        pool = self._pools.get(asyncio.get_running_loop())
        if pool is None:
            pool = await self._pools.start()
        origin, target = split_url(request.url)
        route = pool.routes.get(origin)
        if route is None:
            route = self._new_route(pool, origin)
        hop = route.hop
        if hop is None:
            head = encode_head(request, target, route.origin.host)
        else:
            head = encode_head(request, hop.prefix + target, route.origin.host, hop.extra)
        async with route.slots:
            conn, response, keep = await self._round_trip(
                route, route.take(), route.where, head, request, timeouts
            )
            route.release(conn, keep)
        return response if hop is None or hop.tunnel else hop.check(response)

    async def _round_trip(
        self,
        route: _Route,
        conn: _Connection | None,
        origin: str,
        head: bytes,
        request: HttpRequest,
        timeouts: Timeouts,
    ) -> tuple[_Connection, HttpResponse, bool]:
        """The exchange on ``conn`` (idle, or None to open one), resent once if :func:`may_resend`.

        Returns the connection used, the response and whether the connection
        may be reused; on any exception (cancellation included) the
        connection is closed.
        """
        reused = conn is not None
        while True:
            if conn is None:
                conn = await self._open(route, origin, timeouts)
            try:
                response, keep = await conn.exchange(
                    head, request.body, request.method, timeouts.read
                )
                return conn, response, keep
            except (OSError, ResponseError) as exc:
                conn.abort()
                if not may_resend(
                    exc,
                    reused=reused,
                    received=conn.received,
                    written=conn.written,
                    resend_safe=request.resend_safe,
                ):
                    raise exchange_error(exc, origin, timeouts, sent=conn.written) from exc
            except BaseException:
                conn.abort()
                raise
            conn = None
            reused = False

    async def _open(self, route: _Route, origin: str, timeouts: Timeouts) -> _Connection:
        """A new connection to ``route``'s origin, TLS included, within the connect timeout."""
        try:
            return await asyncio.wait_for(self._connect(route), timeouts.connect)
        except asyncio.TimeoutError as exc:  # before 3.11, not the builtin TimeoutError
            raise connect_timeout_error(origin, timeouts) from exc
        except OSError as exc:
            raise connect_error(exc, origin, timeouts) from exc

    async def _connect(self, route: _Route) -> _Connection:
        """Connect to each address of the origin in turn; then the TLS handshake, if https."""
        loop = asyncio.get_running_loop()
        host, port = route.address
        try:
            # An IP address is its own answer: no lookup, no executor thread.
            addresses = socket.getaddrinfo(
                host, port, type=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST
            )
        except socket.gaierror:
            addresses = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        error: OSError = OSError(f"getaddrinfo returned no address for {host!r}")
        for family, kind, proto, _, address in addresses:
            sock = socket.socket(family, kind, proto)
            try:
                sock.setblocking(False)
                await loop.sock_connect(sock, address)
            except OSError as exc:
                sock.close()
                error = exc
                continue
            except BaseException:
                sock.close()
                raise
            break
        else:
            raise error
        conn = _Connection(loop)
        tls = route.tls
        try:
            if route.hop is not None and route.hop.tunnel is not None:
                if route.proxy_tls is not None:
                    from .asyncio_tunnel import open_tls_tunnel

                    assert tls is not None, "tunnels lead to https origins"
                    await open_tls_tunnel(
                        sock, route.hop, route.proxy_tls, tls, route.server_hostname, conn
                    )
                    return conn
                await _tunnel(loop, sock, route.hop)
            await loop.create_connection(
                lambda: conn,
                sock=sock,
                ssl=tls,
                server_hostname=None if tls is None else route.server_hostname,
            )
        except BaseException:
            sock.close()
            raise
        return conn

    def _new_route(self, pool: _LoopPool, origin: str) -> _Route:
        """The loop's route for ``origin``; the origin parsed (and a TLS context made) once."""
        parsed = self._origins.get(origin)
        with self._lock:
            if parsed is None:
                parsed = self._origins[origin] = parse_origin(origin)
            hop = None if self._proxies is None else self._proxies.hop(origin, parsed)
            tls = proxy_tls = None
            if hop is not None and hop.tunnel is None:
                if hop.proxy.origin.tls:
                    tls = self._tls.proxy()
            elif parsed.tls:
                tls = self._tls.endpoint()
                if hop is not None and hop.proxy.origin.tls:
                    proxy_tls = self._tls.proxy()
        route = pool.routes[origin] = _Route(
            parsed,
            tls,
            self._max_pool_connections,
            hop,
            origin if hop is None else hop.where,
            proxy_tls,
        )
        return route

    async def close(self) -> None:
        """Close this loop's pool and its idle connections (a later ``send`` opens new ones).

        Pools of other loops still running close when those loops shut down
        (or with ``close()`` awaited in them).
        """
        await self._pools.close()

    async def __aenter__(self) -> AsyncioRequestHandler:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()
