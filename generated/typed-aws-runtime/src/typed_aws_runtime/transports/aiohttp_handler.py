"""An asynchronous request handler on aiohttp, with pooled keep-alive connections.

The async client's default is :mod:`.asyncio_handler`, which needs nothing
outside the standard library and imports far less; this one is the same on
aiohttp (``request_handler=AiohttpRequestHandler()``), installed with the
package's ``async`` extra (``pip install <package>[async]``).
One :class:`AiohttpRequestHandler` serves every task of a client: aiohttp's
connector keeps the open connections per origin and hands each to one
request at a time. The handler keeps the contract of
:class:`~.http.AsyncRequestHandler` and the failures of the sync handler:
no redirects, the whole body read (at most :data:`.http1.MAX_BODY`), no
default headers added beyond ``Host``, ``Content-Length`` and
``Accept-Encoding: identity`` (so nothing unsigned changes how the service
answers), and every failure without a complete response raised as a
:class:`~..exceptions.TransportError` subclass. One that failed to connect
says the request was not sent (``request_sent``); any later one says it may
have been, as aiohttp does not tell a failed write from a failed read.
aiohttp resends a request itself only for idempotent HTTP methods (not the
POSTs of AWS JSON protocols).

Waiting for a pooled connection is not part of a request's timeouts, as
with the sync handler (which never waits: it opens an extra connection).
The pool's size is kept by a semaphore per origin that a request takes
before aiohttp starts its clock; aiohttp's own connection limit would count
the wait against the request's deadline, so a burst of calls larger than
the pool failed with timeouts having never sent a byte.

An aiohttp session belongs to the event loop it was made in, so the
handler keeps one session per loop that uses it (each ``asyncio.run`` makes
a loop). A loop's session closes when ``close()`` is awaited in that loop,
or else as the loop shuts down (:mod:`.loops`): a client used from several
successive ``asyncio.run`` calls leaves no connection open behind.

Proxies are the other handlers' (:mod:`.proxies`: the options, else
``HTTPS_PROXY``, ``HTTP_PROXY`` and ``NO_PROXY``), chosen per origin here and
handed to aiohttp per request; aiohttp's own reading of the environment
(``trust_env``) stays off, so that every handler follows the same rules.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

import aiohttp

from ..exceptions import (
    ConnectTimeoutError,
    IncompleteResponseError,
    ReadTimeoutError,
    TransportError,
)
from .http import HttpRequest, HttpResponse, Timeouts
from .http1 import MAX_BODY
from .loops import PerLoop
from .origin import parse_origin, tls_context, wanted_proxies
from .proxies import ProxyRoutes

__all__ = ["AiohttpRequestHandler"]

_READ_SIZE = 1 << 16
# aiohttp adds these unless told not to; the client sends its own User-Agent.
_SKIP_AUTO_HEADERS = ("User-Agent", "Accept", "Accept-Encoding", "Content-Type")
# As the sync handler: the client never asks for compression, and returns the body as
# received. Without the header a server may compress the answer (RFC 9110, 12.5.3).
_DEFAULT_HEADERS = {"Accept-Encoding": "identity"}


class _LoopSession:
    """One event loop's aiohttp session, and the pool slots of each origin it sends to."""

    __slots__ = ("session", "slots")

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session
        self.slots: dict[str, asyncio.Semaphore] = {}

    async def close(self) -> None:
        await self.session.close()


class AiohttpRequestHandler:
    """Sends requests through one aiohttp session per event loop, keeping connections open.

    :param max_pool_connections: connections open at once per origin; more
        concurrent requests wait for one to be free, and the wait is not
        counted against their timeouts.
    :param verify: as for the sync handler: ``True`` verifies TLS
        certificates against the system's store, a string names a CA bundle
        file or directory, ``False`` disables verification (test endpoints only).
    :param client_cert: proxies: no_proxy: proxies_config: as for the
        default handlers (:class:`.socket_handler.SocketRequestHandler`);
        aiohttp tunnels through an ``https://`` proxy itself, with the
        endpoint's TLS settings: it has no separate trust or certificate for
        the proxy, so ``proxy_ca_bundle`` and ``proxy_client_cert`` are refused.
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
        refused = sorted({"proxy_ca_bundle", "proxy_client_cert"} & set(proxies_config or {}))
        if refused:
            raise ValueError(
                f"the aiohttp handler cannot take {' or '.join(refused)}: aiohttp reaches a "
                "proxy with the endpoint's TLS settings; use the default AsyncioRequestHandler"
            )
        self._max_pool_connections = max_pool_connections
        self._verify = verify
        self._client_cert = client_cert
        wanted = wanted_proxies(proxies, no_proxy)
        self._proxies = None if wanted is None else ProxyRoutes(*wanted, proxies_config)
        # Origin -> aiohttp's proxy arguments for it (empty: connect directly).
        self._proxy_arguments: dict[str, dict[str, Any]] = {}
        self._sessions = PerLoop(
            lambda loop: _LoopSession(self._new_session()), _LoopSession.close
        )
        self._timeouts: dict[Timeouts, aiohttp.ClientTimeout] = {}

    def _new_session(self) -> aiohttp.ClientSession:
        ssl_option: Any = True
        if self._verify is False and self._client_cert is None:
            ssl_option = False
        elif self._verify is not True or self._client_cert is not None:
            ssl_option = tls_context(self._verify, self._client_cert)
        # No limits here: the pool slots of send() keep them, outside the timeouts.
        connector = aiohttp.TCPConnector(limit=0, limit_per_host=0, ssl=ssl_option)
        return aiohttp.ClientSession(
            connector=connector,
            headers=_DEFAULT_HEADERS,
            skip_auto_headers=_SKIP_AUTO_HEADERS,
            auto_decompress=False,
            trust_env=False,
        )

    def _client_timeout(self, timeouts: Timeouts) -> aiohttp.ClientTimeout:
        timeout = self._timeouts.get(timeouts)
        if timeout is None:
            # sock_read bounds each wait for data; total bounds the whole
            # exchange like the sync handler's response deadline (twice the
            # read timeout, plus the connect timeout).
            total = None
            if timeouts.read is not None:
                total = 2 * timeouts.read + (timeouts.connect or 0)
            timeout = self._timeouts[timeouts] = aiohttp.ClientTimeout(
                total=total, sock_connect=timeouts.connect, sock_read=timeouts.read
            )
        return timeout

    async def send(self, request: HttpRequest, *, timeouts: Timeouts) -> HttpResponse:
        """Send ``request`` and return the whole response (any status); raise TransportError."""
        current = self._sessions.get(asyncio.get_running_loop())
        if current is None:
            current = await self._sessions.start()
        where = "/".join(request.url.split("/", 3)[:3])
        slot = current.slots.get(where)
        if slot is None:
            slot = current.slots[where] = asyncio.Semaphore(self._max_pool_connections)
        proxy = self._proxy_arguments.get(where)
        if proxy is None:
            proxy = self._proxy_arguments[where] = self._proxy_for(where)
        async with slot:
            return await self._exchange(current.session, request, timeouts, where, proxy)

    def _proxy_for(self, where: str) -> dict[str, Any]:
        """aiohttp's arguments for the proxy of ``where`` (an origin): none to connect directly."""
        hop = None if self._proxies is None else self._proxies.hop(where, parse_origin(where))
        if hop is None:
            return {}
        auth = (
            {}
            if hop.proxy.authorization is None
            else {"Proxy-Authorization": hop.proxy.authorization}
        )
        # aiohttp sends proxy_headers with CONNECT only; a forwarded request carries its own.
        if hop.tunnel is None:
            return {"proxy": hop.proxy.url, "headers": auth, "hop": hop}
        return {"proxy": hop.proxy.url, "proxy_headers": auth, "hop": hop}

    async def _exchange(
        self,
        session: aiohttp.ClientSession,
        request: HttpRequest,
        timeouts: Timeouts,
        origin: str,
        proxy: dict[str, Any],
    ) -> HttpResponse:
        status = 0
        headers: Any = {}
        hop = proxy.get("hop")
        where = origin if hop is None else hop.where
        try:
            async with session.request(
                request.method,
                request.url,
                headers=(
                    {**request.headers, **proxy["headers"]}
                    if "headers" in proxy
                    else request.headers
                ),
                data=request.body,
                timeout=self._client_timeout(timeouts),
                allow_redirects=False,
                proxy=proxy.get("proxy"),
                proxy_headers=proxy.get("proxy_headers"),
            ) as response:
                status, headers = response.status, response.headers
                length = response.content_length
                if length is not None and length > MAX_BODY:
                    raise TransportError(
                        f"Response too large from {where}: Content-Length {length} is over "
                        f"the {MAX_BODY >> 20} MiB limit",
                        head=HttpResponse(status, headers, b""),
                    )
                body = await _read_body(response, where)
                result = HttpResponse(status, headers, body)
                return result if hop is None else hop.check(result)
        except TransportError:
            raise
        except aiohttp.ClientHttpProxyError as exc:
            raise TransportError(
                f"Proxy {hop.proxy.url if hop else ''} refused the tunnel to {origin}: "
                f"HTTP {exc.status} {exc.message}",
                request_sent=False,
            ) from exc
        except aiohttp.ConnectionTimeoutError as exc:
            raise ConnectTimeoutError(
                f"Could not connect to {where} within the connect timeout ({timeouts.connect} s)"
            ) from exc
        except (aiohttp.ServerTimeoutError, asyncio.TimeoutError) as exc:
            raise ReadTimeoutError(
                f"No complete response from {where} within the read timeout ({timeouts.read} s)"
            ) from exc
        except aiohttp.ClientPayloadError as exc:
            raise IncompleteResponseError(
                f"Connection to {where} broken before the whole body: {exc}",
                status_code=status,
                head=HttpResponse(status, headers, b""),
            ) from exc
        except aiohttp.ClientConnectorError as exc:
            raise TransportError(
                f"Could not connect to {where}: {exc}", request_sent=False
            ) from exc
        except aiohttp.ClientError as exc:
            raise TransportError(
                f"Connection to {where} broken before a complete response: "
                f"{type(exc).__name__}: {exc}"
            ) from exc
        except OSError as exc:
            raise TransportError(f"Connection to {where} failed: {exc!r}") from exc

    async def close(self) -> None:
        """Close this loop's session and its connections (a later ``send`` opens a new one).

        Sessions of other loops still running close when those loops shut
        down (or with ``close()`` awaited in them).
        """
        await self._sessions.close()

    async def __aenter__(self) -> AiohttpRequestHandler:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


async def _read_body(response: aiohttp.ClientResponse, where: str) -> bytes:
    """The whole body, refusing one that grows past :data:`MAX_BODY` (no Content-Length)."""
    if response.content_length is not None:
        return await response.read()
    parts = []
    size = 0
    async for chunk in response.content.iter_chunked(_READ_SIZE):
        size += len(chunk)
        if size > MAX_BODY:
            raise TransportError(
                f"Response too large from {where}: the body grew past the "
                f"{MAX_BODY >> 20} MiB limit",
                head=HttpResponse(response.status, response.headers, b""),
            )
        parts.append(chunk)
    return b"".join(parts)
