"""Partner Central

```python
from partnercentral_selling import PartnerCentralSellingClient

client = PartnerCentralSellingClient(region="us-east-1")
```
"""

from __future__ import annotations

from ._version import __version__
from .client import PartnerCentralSellingClient
from .errors import (
    PartnerCentralSellingError,
    ParamValidationError,
    ServiceError,
    SdkError,
    TransportError,
)
from ._runtime.credentials import Credentials

__all__ = [
    "__version__",
    "PartnerCentralSellingClient",
    "PartnerCentralSellingError",
    "Credentials",
    "ParamValidationError",
    "SdkError",
    "ServiceError",
    "TransportError",
]
