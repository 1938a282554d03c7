"""Partner Central

```python
from partnercentral_selling import PartnerCentralSellingClient

client = PartnerCentralSellingClient(region="us-east-1")
```
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from typed_aws_runtime.auth.credentials import Credentials
from typed_aws_runtime.model.structure import ResponseMetadata
from typed_aws_runtime.pipeline.incremental import (
    AsyncIncrementalSync,
    IncrementalSync,
    SyncCheckpoint,
)
from typed_aws_runtime.pipeline.paginator import AsyncPaginator, Paginator

from ._version import __version__
from .client import PartnerCentralSellingClient
from .errors import (
    PartnerCentralSellingError,
    ParamValidationError,
    ServiceError,
    SdkError,
    TransportError,
    UpdateConflictError,
    QuotaExhaustedError,
    WaiterError,
    WaiterTimeoutError,
)

if TYPE_CHECKING:
    from .aio_client import AsyncPartnerCentralSellingClient

__all__ = [
    "__version__",
    "PartnerCentralSellingClient",
    "AsyncPartnerCentralSellingClient",
    "PartnerCentralSellingError",
    "Credentials",
    "ResponseMetadata",
    "ParamValidationError",
    "SdkError",
    "ServiceError",
    "TransportError",
    "AsyncPaginator",
    "Paginator",
    "AsyncIncrementalSync",
    "IncrementalSync",
    "SyncCheckpoint",
    "UpdateConflictError",
    "QuotaExhaustedError",
    "WaiterError",
    "WaiterTimeoutError",
]


def __getattr__(name: str) -> object:
    # The async client (and asyncio) is imported on first use, not with the package.
    if name == "AsyncPartnerCentralSellingClient":
        from .aio_client import AsyncPartnerCentralSellingClient

        return AsyncPartnerCentralSellingClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
