"""The request handler contract: the HTTP types every transport speaks.

A request handler is anything with ``send(request, timeout=...) -> HttpResponse``
and ``close()``. The client builds and signs an :class:`HttpRequest`, hands it
to the handler, and parses the :class:`HttpResponse` it gets back. Tests and
users may pass their own handler (a recording one, a canned one, one on
another HTTP library) as ``request_handler=``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Protocol, runtime_checkable

# Headers whose values are secrets or proofs of them: never shown in a repr.
SECRET_HEADERS = frozenset({"authorization", "x-amz-security-token"})


@dataclass(repr=False)
class HttpRequest:
    """A request ready to send: absolute URL, header names as sent, body bytes.

    ``url`` holds scheme, host, optional port, path and query string
    (already percent-encoded). Header names keep their case; lookups by the
    signer are case-insensitive.
    """

    method: str
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    def __repr__(self) -> str:
        # The body may hold sensitive members, and some headers hold secrets.
        shown = {k: "***" if k.lower() in SECRET_HEADERS else v for k, v in self.headers.items()}
        return f"HttpRequest({self.method} {self.url}, headers={shown}, body=<{len(self.body)} bytes>)"


@dataclass(repr=False)
class HttpResponse:
    """What a handler returns: status, headers and the whole body.

    ``headers`` must look up names case-insensitively (urllib3's
    ``HTTPHeaderDict`` does; a handler building a plain dict should use
    lower-case keys, which is what :meth:`header` tries second).
    """

    status: int
    headers: Mapping[str, str]
    body: bytes

    def __repr__(self) -> str:
        return f"HttpResponse({self.status}, body=<{len(self.body)} bytes>)"

    def header(self, name: str) -> str | None:
        """Return one header's value, or None, whatever the case of its name."""
        value = self.headers.get(name)
        if value is None:
            value = self.headers.get(name.lower())
        return value


@dataclass(frozen=True)
class Timeouts:
    """Seconds to wait for a TCP connection and for each read (None: no limit)."""

    connect: float | None = 60.0
    read: float | None = 60.0


@runtime_checkable
class RequestHandler(Protocol):
    """Sends one request and returns its response.

    ``send`` raises :class:`~.errors.TransportError` (or a subclass) when no
    HTTP response was received: connection refused or reset, timeout, TLS
    failure. An HTTP error status is *not* an exception here: it is returned
    as a response and the client parses it. ``close`` releases pooled
    connections; the handler must be safe to call from several threads.
    """

    def send(self, request: HttpRequest, *, timeouts: Timeouts) -> HttpResponse: ...

    def close(self) -> None: ...
