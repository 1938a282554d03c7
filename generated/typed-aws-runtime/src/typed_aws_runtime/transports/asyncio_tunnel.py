"""TLS with an endpoint inside the TLS connection to an ``https://`` proxy, for the asyncio handler.

asyncio upgrades a TLS transport to a second TLS session (``loop.start_tls``
over the proxy's TLS transport) from Python 3.11; the handler refuses an
``https://`` proxy tunnel on 3.10, at construction.

Imported only by a handler that tunnels through an ``https://`` proxy.
"""

from __future__ import annotations

import asyncio
import socket
import ssl

from .proxies import Hop, tunnel_status

__all__ = ["open_tls_tunnel"]


class _ConnectReply(asyncio.Protocol):
    """The proxy's TLS connection until its answer to ``CONNECT``: settles ``done`` with it."""

    def __init__(self, hop: Hop, done: asyncio.Future[None]) -> None:
        self.hop = hop
        self.done = done
        self.reply = b""

    def data_received(self, data: bytes) -> None:
        if self.done.done():
            return
        self.reply += data
        try:
            if tunnel_status(self.reply, self.hop):
                self.done.set_result(None)
        except Exception as exc:  # the proxy refused: the caller raises it
            self.done.set_exception(exc)

    def connection_lost(self, exc: Exception | None) -> None:
        if not self.done.done():
            self.done.set_exception(ConnectionResetError("the proxy closed the connection"))


async def open_tls_tunnel(
    sock: socket.socket,
    hop: Hop,
    proxy_tls: ssl.SSLContext,
    tls: ssl.SSLContext,
    server_hostname: str,
    protocol: asyncio.Protocol,
) -> None:
    """Over connected ``sock``: TLS with the proxy, ``CONNECT``, then TLS with the origin for ``protocol``.

    ``protocol`` gets ``connection_made`` with the inner TLS transport. On
    failure the proxy's transport is aborted; ``sock`` is the caller's to close.
    """
    loop = asyncio.get_running_loop()
    done: asyncio.Future[None] = loop.create_future()
    transport, _ = await loop.create_connection(
        lambda: _ConnectReply(hop, done),
        sock=sock,
        ssl=proxy_tls,
        server_hostname=hop.proxy.origin.server_hostname,
    )
    try:
        transport.write(hop.tunnel or b"")
        await done
        try:
            inner = await loop.start_tls(transport, protocol, tls, server_hostname=server_hostname)
        except TypeError as exc:
            # CPython gh-113214 (seen in 3.11.7 and 3.12.1, fixed in later releases): a failed
            # handshake inside TLS raises this TypeError while aborting; its context is the
            # handshake's own error.
            if isinstance(exc.__context__, ssl.SSLError):
                raise exc.__context__ from None
            raise
        if inner is None:
            raise ConnectionResetError("the proxy closed the connection")
    except BaseException:
        transport.abort()
        raise
    protocol.connection_made(inner)  # start_tls leaves that to its caller
