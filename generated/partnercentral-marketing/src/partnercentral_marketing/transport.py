"""The HTTP layer under the clients: what a custom request handler takes and returns.

A client's `request_handler=` option takes any object with
`send(request: HttpRequest, *, timeouts: Timeouts) -> HttpResponse` and `close()`
(`RequestHandler`); the async client's takes `async def send` and `async def close`
(`AsyncRequestHandler`). `send` gets the signed request and returns the whole response,
error statuses included, or raises `TransportError` when no response arrived.

The handlers, each imported when first named here:

- `SocketRequestHandler`: the sync client's default (standard library sockets, pooled);
- `AsyncioRequestHandler`: the async client's default (asyncio's own connections, pooled);
- `Urllib3RequestHandler`: sync, on urllib3 (`pip install "partnercentral-marketing[urllib3]"`);
- `AiohttpRequestHandler`: async, on aiohttp (`pip install "partnercentral-marketing[async]"`).

```python
from partnercentral_marketing import PartnerCentralMarketingClient
from partnercentral_marketing.transport import SocketRequestHandler

client = PartnerCentralMarketingClient(
    region="us-east-1", request_handler=SocketRequestHandler(max_pool_connections=50)
)
```
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from typed_aws_runtime.transports.http import (
    AsyncRequestHandler,
    HttpRequest,
    HttpResponse,
    RequestHandler,
    Timeouts,
)

if TYPE_CHECKING:
    from typed_aws_runtime.transports.aiohttp_handler import AiohttpRequestHandler
    from typed_aws_runtime.transports.asyncio_handler import AsyncioRequestHandler
    from typed_aws_runtime.transports.origin import InsecureConnectionWarning
    from typed_aws_runtime.transports.socket_handler import SocketRequestHandler
    from typed_aws_runtime.transports.urllib3_handler import Urllib3RequestHandler

__all__ = [
    "AiohttpRequestHandler",
    "AsyncRequestHandler",
    "AsyncioRequestHandler",
    "HttpRequest",
    "HttpResponse",
    "InsecureConnectionWarning",
    "RequestHandler",
    "SocketRequestHandler",
    "Timeouts",
    "Urllib3RequestHandler",
]

# Name -> its module under typed_aws_runtime.transports: imported when first named, so importing
# this module loads no socket, asyncio, urllib3 or aiohttp.
_LAZY_NAMES = {
    "AiohttpRequestHandler": "aiohttp_handler",
    "AsyncioRequestHandler": "asyncio_handler",
    "InsecureConnectionWarning": "origin",
    "SocketRequestHandler": "socket_handler",
    "Urllib3RequestHandler": "urllib3_handler",
}


def __getattr__(name: str) -> object:
    module = _LAZY_NAMES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f"typed_aws_runtime.transports.{module}"), name)
