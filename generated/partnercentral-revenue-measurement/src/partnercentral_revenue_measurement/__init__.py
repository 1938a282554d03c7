"""AWS Partner Central Revenue Measurement API for creating, managing, and tracking revenue...

```python
from partnercentral_revenue_measurement import PartnerCentralRevenueMeasurementClient

client = PartnerCentralRevenueMeasurementClient(region="us-east-1")
```
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from typed_aws_runtime.auth.credentials import Credentials
from typed_aws_runtime.model.structure import ResponseMetadata
from typed_aws_runtime.pipeline.paginator import AsyncPaginator, Paginator

from ._version import __version__
from .client import PartnerCentralRevenueMeasurementClient
from .errors import (
    PartnerCentralRevenueMeasurementError,
    ParamValidationError,
    ServiceError,
    SdkError,
    TransportError,
)

if TYPE_CHECKING:
    from .aio_client import AsyncPartnerCentralRevenueMeasurementClient

__all__ = [
    "__version__",
    "PartnerCentralRevenueMeasurementClient",
    "AsyncPartnerCentralRevenueMeasurementClient",
    "PartnerCentralRevenueMeasurementError",
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
    if name == "AsyncPartnerCentralRevenueMeasurementClient":
        from .aio_client import AsyncPartnerCentralRevenueMeasurementClient

        return AsyncPartnerCentralRevenueMeasurementClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
