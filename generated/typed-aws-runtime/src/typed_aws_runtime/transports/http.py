"""The request handler contract: the HTTP types every transport speaks.

A request handler is anything with ``send(request, timeout=...) -> HttpResponse``
and ``close()``. The client builds and signs an :class:`HttpRequest`, hands it
to the handler, and parses the :class:`HttpResponse` it gets back. Tests and
users may pass their own handler (a recording one, a canned one, one on
another HTTP library) as ``request_handler=``.
"""

from __future__ import annotations

from typing import Mapping, Protocol, runtime_checkable

# Headers whose values are secrets or proofs of them: never shown in a repr.
SECRET_HEADERS = frozenset({"authorization", "x-amz-security-token"})


class HttpRequest:
    """A request ready to send: absolute URL, header names as sent, body bytes.

    ``url`` holds scheme, host, optional port, path and query string
    (already percent-encoded). Header names keep their case; lookups by the
    signer are case-insensitive. ``resend_safe`` False says a second
    delivery may act twice (the operation is not idempotent): a handler
    that resends a request on its own (the keep-alive race) must not resend
    this one once all of it was written.
    """

    __slots__ = ("method", "url", "headers", "body", "resend_safe")
    method: str
    url: str
    headers: dict[str, str]
    body: bytes
    resend_safe: bool

    def __init__(
        self,
        method: str,
        url: str,
        headers: dict[str, str] | None = None,
        body: bytes = b"",
        resend_safe: bool = True,
    ) -> None:
        self.method = method
        self.url = url
        self.headers = headers if headers is not None else {}
        self.body = body
        self.resend_safe = resend_safe

    def __repr__(self) -> str:
        # The body may hold sensitive members, and some headers hold secrets.
        shown = {k: "***" if k.lower() in SECRET_HEADERS else v for k, v in self.headers.items()}
        return f"HttpRequest({self.method} {self.url}, headers={shown}, body=<{len(self.body)} bytes>)"


class HttpResponse:
    """What a handler returns: status, headers and the whole body.

    ``headers`` must look up names case-insensitively (urllib3's
    ``HTTPHeaderDict`` does; a handler building a plain dict should use
    lower-case keys, which is what :meth:`header` tries second).
    """

    __slots__ = ("status", "headers", "body")
    status: int
    headers: Mapping[str, str]
    body: bytes

    def __init__(self, status: int, headers: Mapping[str, str], body: bytes) -> None:
        self.status = status
        self.headers = headers
        self.body = body

    def __repr__(self) -> str:
        return f"HttpResponse({self.status}, body=<{len(self.body)} bytes>)"

    def header(self, name: str) -> str | None:
        """Return one header's value, or None, whatever the case of its name."""
        value = self.headers.get(name)
        if value is None:
            value = self.headers.get(name.lower())
        return value


class Timeouts:
    """Seconds to wait for a TCP connection and for each read (None: no limit)."""

    __slots__ = ("connect", "read")
    connect: float | None
    read: float | None

    def __init__(self, connect: float | None = 60.0, read: float | None = 60.0) -> None:
        self.connect = connect
        self.read = read

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Timeouts):
            return NotImplemented
        return (self.connect, self.read) == (other.connect, other.read)

    def __hash__(self) -> int:
        return hash((self.connect, self.read))

    def __repr__(self) -> str:
        return f"Timeouts(connect={self.connect}, read={self.read})"


@runtime_checkable
class RequestHandler(Protocol):
    """Sends one request and returns its response.

    ``send`` raises :class:`~..exceptions.TransportError` (or a subclass) when no
    HTTP response was received: connection refused or reset, timeout, TLS
    failure. An HTTP error status is *not* an exception here: it is returned
    as a response and the client parses it. ``close`` releases pooled
    connections; the handler must be safe to call from several threads.
    """

    def send(self, request: HttpRequest, *, timeouts: Timeouts) -> HttpResponse: ...

    def close(self) -> None: ...


@runtime_checkable
class AsyncRequestHandler(Protocol):
    """The async client's transport: :class:`RequestHandler` with coroutines.

    ``send`` must be safe to call from many tasks of one event loop at once;
    a task cancelled inside ``send`` must leave no half-used connection in
    the pool (close it instead).
    """

    async def send(self, request: HttpRequest, *, timeouts: Timeouts) -> HttpResponse: ...

    async def close(self) -> None: ...
