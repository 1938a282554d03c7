"""AWS Partner Central Channel service for managing partner relationships, handshakes, and program...

```python
from partnercentral_channel import PartnerCentralChannelClient

client = PartnerCentralChannelClient(region="us-east-1")
```
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from typed_aws_runtime.auth.credentials import Credentials
from typed_aws_runtime.model.structure import ResponseMetadata
from typed_aws_runtime.pipeline.paginator import AsyncPaginator, Paginator

from ._version import __version__
from .client import PartnerCentralChannelClient
from .errors import (
    PartnerCentralChannelError,
    ParamValidationError,
    ServiceError,
    SdkError,
    TransportError,
)

if TYPE_CHECKING:
    from .aio_client import AsyncPartnerCentralChannelClient

__all__ = [
    "__version__",
    "PartnerCentralChannelClient",
    "AsyncPartnerCentralChannelClient",
    "PartnerCentralChannelError",
    "Credentials",
    "ResponseMetadata",
    "ParamValidationError",
    "SdkError",
    "ServiceError",
    "TransportError",
    "AsyncPaginator",
    "Paginator",
]


def __getattr__(name: str) -> object:
    # The async client (and asyncio) is imported on first use, not with the package.
    if name == "AsyncPartnerCentralChannelClient":
        from .aio_client import AsyncPartnerCentralChannelClient

        return AsyncPartnerCentralChannelClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
