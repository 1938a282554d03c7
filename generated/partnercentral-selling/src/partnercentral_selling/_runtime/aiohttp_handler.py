"""The default asynchronous request handler: aiohttp, with pooled keep-alive connections.

Installed with the package's ``async`` extra (``pip install <package>[async]``).
One :class:`AiohttpRequestHandler` serves every task of a client: aiohttp's
connector keeps the open connections per origin and hands each to one
request at a time. The handler keeps the contract of
:class:`~.http.AsyncRequestHandler` and the failures of the sync handler:
no redirects, the whole body read (at most :data:`.http1.MAX_BODY`), no
default headers added beyond ``Host`` and ``Content-Length`` (so nothing
unsigned changes how the service answers), and every failure without a
complete response raised as a :class:`~.errors.TransportError` subclass.

An aiohttp session belongs to the event loop it was made in, so the
handler makes its session in the first loop that uses it, and a new one
if it is later used from another loop (each ``asyncio.run`` makes one).
"""

from __future__ import annotations

import asyncio
import os
import ssl
from typing import Any

import aiohttp

from .errors import ConnectTimeoutError, IncompleteResponseError, ReadTimeoutError, TransportError
from .http import HttpRequest, HttpResponse, Timeouts
from .http1 import MAX_BODY
from .protocol import request_id

__all__ = ["AiohttpRequestHandler"]

_READ_SIZE = 1 << 16
# aiohttp adds these unless told not to; the client sends its own User-Agent.
_SKIP_AUTO_HEADERS = ("User-Agent", "Accept", "Accept-Encoding", "Content-Type")


class AiohttpRequestHandler:
    """Sends requests through one aiohttp session, keeping connections open.

    :param max_pool_connections: connections open at once per origin; more
        concurrent requests wait for one to be free (aiohttp's ``limit_per_host``).
    :param verify: as for the sync handler: ``True`` verifies TLS
        certificates against the system's store, a string names a CA bundle
        file or directory, ``False`` disables verification (test endpoints only).
    """

    def __init__(self, *, max_pool_connections: int = 64, verify: bool | str = True) -> None:
        if max_pool_connections < 1:
            raise ValueError("max_pool_connections must be at least 1")
        self._max_pool_connections = max_pool_connections
        self._verify = verify
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._timeouts: dict[Timeouts, aiohttp.ClientTimeout] = {}

    def _session_for_this_loop(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        session = self._session
        if session is None or session.closed or self._loop is not loop:
            ssl_option: Any = True
            if self._verify is False:
                ssl_option = False
            elif isinstance(self._verify, str):
                if os.path.isdir(self._verify):
                    ssl_option = ssl.create_default_context(capath=self._verify)
                else:
                    ssl_option = ssl.create_default_context(cafile=self._verify)
            connector = aiohttp.TCPConnector(
                limit=0, limit_per_host=self._max_pool_connections, ssl=ssl_option
            )
            session = aiohttp.ClientSession(
                connector=connector,
                skip_auto_headers=_SKIP_AUTO_HEADERS,
                auto_decompress=False,
                trust_env=False,
            )
            self._session, self._loop = session, loop
        return session

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
        session = self._session_for_this_loop()
        origin = request.url.split("/", 3)[:3]
        where = "/".join(origin)
        status = 0
        headers: Any = {}
        try:
            async with session.request(
                request.method,
                request.url,
                headers=request.headers,
                data=request.body,
                timeout=self._client_timeout(timeouts),
                allow_redirects=False,
            ) as response:
                status, headers = response.status, response.headers
                length = response.content_length
                if length is not None and length > MAX_BODY:
                    raise TransportError(
                        f"Response too large from {where}: Content-Length {length} is over "
                        f"the {MAX_BODY >> 20} MiB limit ({_head(status, headers)})"
                    )
                body = await _read_body(response, where)
                return HttpResponse(status, headers, body)
        except TransportError:
            raise
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
                request_id=request_id(HttpResponse(status, headers, b"")),
            ) from exc
        except aiohttp.ClientConnectorError as exc:
            raise TransportError(f"Could not connect to {where}: {exc}") from exc
        except aiohttp.ClientError as exc:
            raise TransportError(
                f"Connection to {where} broken before a complete response: "
                f"{type(exc).__name__}: {exc}"
            ) from exc
        except OSError as exc:
            raise TransportError(f"Connection to {where} failed: {exc!r}") from exc

    async def close(self) -> None:
        """Close the session and its connections (a later ``send`` opens a new one)."""
        session, self._session = self._session, None
        if session is not None and not session.closed:
            await session.close()

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
                f"{MAX_BODY >> 20} MiB limit ({_head(response.status, response.headers)})"
            )
        parts.append(chunk)
    return b"".join(parts)


def _head(status: int, headers: Any) -> str:
    return f"HTTP {status}, request id {request_id(HttpResponse(status, headers, b''))}"
