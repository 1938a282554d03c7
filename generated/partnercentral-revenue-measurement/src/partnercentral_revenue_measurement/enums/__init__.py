"""Enumerations of the Partner Central Revenue Measurement API.

Enums are open: a value the service adds later is kept as a plain ``str``
(every enum-typed member is annotated ``SomeEnum | str``), so an older client
never fails on it. Each class is a ``str`` subclass, so members compare equal
to their wire strings.

Import the classes from here. Each is defined in a private module with the other
enums the same operations use, imported when one of its names is first read.
"""

from __future__ import annotations

import typing as _typing

if _typing.TYPE_CHECKING:
    from ._allocation_status import (
        AllocationStatus,
    )
    from ._catalog_name import (
        CatalogName,
    )
    from ._entity_type import (
        EntityType,
    )
    from ._errors import (
        AccessDeniedExceptionReason,
        ConflictExceptionReason,
        FieldValidationCode,
        ResourceNotFoundExceptionReason,
        ServiceQuotaExceededExceptionReason,
        ValidationExceptionReason,
    )
    from ._get_revenue_attribution_allocations_task import (
        RevenueAttributionAllocationErrorCode,
    )
    from ._list_marketplace_revenue_share_allocations import (
        MarketplaceRevenueShareAllocationSortField,
    )
    from ._list_marketplace_revenue_shares import (
        MarketplaceRevenueShareSortBy,
    )
    from ._list_revenue_attribution_allocations import (
        RevenueAttributionAllocationSortField,
    )
    from ._list_revenue_attributions import (
        AttributionSortBy,
    )
    from ._marketplace_product_summary import (
        TenancyModel,
    )
    from ._revenue_attribution_allocation_action import (
        RevenueAttributionAllocationAction,
        RevenueAttributionAllocationTaskStatus,
    )
    from ._revenue_share_product_account_type import (
        RevenueShareProductAccountType,
    )
    from ._sort_order import (
        SortOrder,
    )

__all__ = [
    "AccessDeniedExceptionReason",
    "AllocationStatus",
    "AttributionSortBy",
    "CatalogName",
    "ConflictExceptionReason",
    "EntityType",
    "FieldValidationCode",
    "MarketplaceRevenueShareAllocationSortField",
    "MarketplaceRevenueShareSortBy",
    "ResourceNotFoundExceptionReason",
    "RevenueAttributionAllocationAction",
    "RevenueAttributionAllocationErrorCode",
    "RevenueAttributionAllocationSortField",
    "RevenueAttributionAllocationTaskStatus",
    "RevenueShareProductAccountType",
    "ServiceQuotaExceededExceptionReason",
    "SortOrder",
    "TenancyModel",
    "ValidationExceptionReason",
]

# The private module defining each name, imported when the name is first read.
_MODULES = {
    "AllocationStatus": "_allocation_status",
    "CatalogName": "_catalog_name",
    "EntityType": "_entity_type",
    "AccessDeniedExceptionReason": "_errors",
    "ConflictExceptionReason": "_errors",
    "FieldValidationCode": "_errors",
    "ResourceNotFoundExceptionReason": "_errors",
    "ServiceQuotaExceededExceptionReason": "_errors",
    "ValidationExceptionReason": "_errors",
    "RevenueAttributionAllocationErrorCode": "_get_revenue_attribution_allocations_task",
    "MarketplaceRevenueShareAllocationSortField": "_list_marketplace_revenue_share_allocations",
    "MarketplaceRevenueShareSortBy": "_list_marketplace_revenue_shares",
    "RevenueAttributionAllocationSortField": "_list_revenue_attribution_allocations",
    "AttributionSortBy": "_list_revenue_attributions",
    "TenancyModel": "_marketplace_product_summary",
    "RevenueAttributionAllocationAction": "_revenue_attribution_allocation_action",
    "RevenueAttributionAllocationTaskStatus": "_revenue_attribution_allocation_action",
    "RevenueShareProductAccountType": "_revenue_share_product_account_type",
    "SortOrder": "_sort_order",
}

if not _typing.TYPE_CHECKING:  # type checkers read the imports above instead
    from importlib import import_module as _import_module

    def __getattr__(name: str) -> object:
        """Import the module defining ``name`` on its first read; it is kept here after."""
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return list({*globals(), *_MODULES})
