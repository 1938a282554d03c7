"""TLS with an endpoint inside the TLS connection to an ``https://`` proxy, for the sync socket handler.

``ssl`` cannot wrap an ``SSLSocket`` in a second ``SSLSocket``; the inner
TLS runs on an ``ssl.SSLObject`` over two ``MemoryBIO`` buffers instead,
its records carried by the outer socket (urllib3's ``SSLTransport`` does the
same). :class:`TlsInTls` offers what the exchange uses of a socket
(:mod:`.exchange`, :mod:`.http1`), so the pool treats it as one.

Imported only by a handler that tunnels through an ``https://`` proxy.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Callable
from typing import TypeVar

__all__ = ["TlsInTls"]

_T = TypeVar("_T")
_RECORD = 16384 + 2048  # a whole TLS record (at most 16 KiB of data) with its overhead


class TlsInTls:
    """An endpoint's TLS session over ``outer`` (the proxy's TLS socket, tunnel open).

    The handshake runs in the constructor, within the timeout set on
    ``outer``; it raises what ``SSLSocket`` raises (``SSLCertVerificationError``
    for an endpoint certificate that does not verify). As an ``SSLSocket``
    made by ``wrap_socket``, ``recv`` returns ``b""`` when the endpoint
    closes, with or without ``close_notify``.
    """

    __slots__ = ("_outer", "_incoming", "_outgoing", "_tls")

    def __init__(
        self, outer: socket.socket, context: ssl.SSLContext, server_hostname: str
    ) -> None:
        self._outer = outer
        self._incoming = ssl.MemoryBIO()
        self._outgoing = ssl.MemoryBIO()
        self._tls = context.wrap_bio(
            self._incoming, self._outgoing, server_hostname=server_hostname
        )
        self._run(self._tls.do_handshake)

    def _run(self, step: Callable[..., _T], *args: object) -> _T:
        """Run one TLS step, carrying records each way through ``outer`` until it completes."""
        while True:
            try:
                result = step(*args)
            except ssl.SSLWantReadError:
                self._flush()
                data = self._outer.recv(_RECORD)
                if data:
                    self._incoming.write(data)
                else:
                    self._incoming.write_eof()
                continue
            self._flush()
            return result

    def _flush(self) -> None:
        """Send the records the inner TLS has produced."""
        records = self._outgoing.read()
        if records:
            self._outer.sendall(records)

    def recv(self, size: int) -> bytes:
        """Up to ``size`` bytes from the endpoint; ``b""`` once it has closed."""
        try:
            return self._run(self._tls.read, size)
        except ssl.SSLEOFError:
            return b""

    def sendall(self, data: bytes) -> None:
        """Send all of ``data`` to the endpoint."""
        view = memoryview(data)
        while view:
            view = view[self._run(self._tls.write, view) :]

    def settimeout(self, timeout: float | None) -> None:
        """Bound each blocking step on the outer socket by ``timeout``."""
        self._outer.settimeout(timeout)

    def fileno(self) -> int:
        """The outer socket's descriptor (for the pool's check of an idle connection)."""
        return self._outer.fileno()

    def close(self) -> None:
        """Close the connection to the proxy, and with it the tunnel."""
        self._outer.close()
