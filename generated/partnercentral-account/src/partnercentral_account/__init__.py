"""AWS Partner Central Account service provides APIs for managing partner accounts, connections, and...

```python
from partnercentral_account import PartnerCentralAccountClient

client = PartnerCentralAccountClient(region="us-east-1")
```
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from typed_aws_runtime.auth.credentials import Credentials
from typed_aws_runtime.model.structure import ResponseMetadata
from typed_aws_runtime.pipeline.paginator import AsyncPaginator, Paginator

from ._version import __version__
from .client import PartnerCentralAccountClient
from .errors import (
    PartnerCentralAccountError,
    ParamValidationError,
    ServiceError,
    SdkError,
    TransportError,
)

if TYPE_CHECKING:
    from .aio_client import AsyncPartnerCentralAccountClient

__all__ = [
    "__version__",
    "PartnerCentralAccountClient",
    "AsyncPartnerCentralAccountClient",
    "PartnerCentralAccountError",
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
    if name == "AsyncPartnerCentralAccountClient":
        from .aio_client import AsyncPartnerCentralAccountClient

        return AsyncPartnerCentralAccountClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
