"""AWS Partner Central Marketing API for campaign and asset management.

```python
from partnercentral_marketing import PartnerCentralMarketingClient

client = PartnerCentralMarketingClient(region="us-east-1")
```
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from typed_aws_runtime.auth.credentials import Credentials
from typed_aws_runtime.model.structure import ResponseMetadata
from typed_aws_runtime.pipeline.paginator import AsyncPaginator, Paginator

from ._version import __version__
from .client import PartnerCentralMarketingClient
from .errors import (
    PartnerCentralMarketingError,
    ParamValidationError,
    ServiceError,
    SdkError,
    TransportError,
)

if TYPE_CHECKING:
    from .aio_client import AsyncPartnerCentralMarketingClient

__all__ = [
    "__version__",
    "PartnerCentralMarketingClient",
    "AsyncPartnerCentralMarketingClient",
    "PartnerCentralMarketingError",
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
    if name == "AsyncPartnerCentralMarketingClient":
        from .aio_client import AsyncPartnerCentralMarketingClient

        return AsyncPartnerCentralMarketingClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
