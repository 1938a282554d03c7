"""AWS Partner Central Benefits Service provides APIs for managing partner benefits, applications...

```python
from partnercentral_benefits import PartnerCentralBenefitsClient

client = PartnerCentralBenefitsClient(region="us-east-1")
```
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from typed_aws_runtime.auth.credentials import Credentials
from typed_aws_runtime.model.structure import ResponseMetadata
from typed_aws_runtime.pipeline.paginator import AsyncPaginator, Paginator

from ._version import __version__
from .client import PartnerCentralBenefitsClient
from .errors import (
    PartnerCentralBenefitsError,
    ParamValidationError,
    ServiceError,
    SdkError,
    TransportError,
)

if TYPE_CHECKING:
    from .aio_client import AsyncPartnerCentralBenefitsClient

__all__ = [
    "__version__",
    "PartnerCentralBenefitsClient",
    "AsyncPartnerCentralBenefitsClient",
    "PartnerCentralBenefitsError",
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
    if name == "AsyncPartnerCentralBenefitsClient":
        from .aio_client import AsyncPartnerCentralBenefitsClient

        return AsyncPartnerCentralBenefitsClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
