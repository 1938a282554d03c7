"""Typed shapes (requests, responses and their parts) of the Partner Central Revenue Measurement API.

Every class takes keyword arguments with snake_case names; ``to_dict()`` gives
the boto3-style dict with the wire (PascalCase) names and ``from_dict()``
reads one. Unions are a base class with one subclass per variant (and an
``...Unknown`` subclass for variants added to the service later).

Import the classes from here. Each is defined in a private module with the other
shapes the same operations use, imported when one of its names is first read, so a
program loads the shapes of the calls it makes only.
"""

from __future__ import annotations

import typing as _typing

if _typing.TYPE_CHECKING:
    from ._create_marketplace_revenue_share import (
        CreateMarketplaceRevenueShareInput,
        CreateMarketplaceRevenueShareOutput,
    )
    from ._create_marketplace_revenue_share_allocation import (
        CreateMarketplaceRevenueShareAllocationInput,
        CreateMarketplaceRevenueShareAllocationOutput,
    )
    from ._create_revenue_attribution import (
        CreateRevenueAttributionInput,
        CreateRevenueAttributionOutput,
    )
    from ._errors import (
        ValidationExceptionField,
    )
    from ._get_marketplace_revenue_share import (
        GetMarketplaceRevenueShareInput,
        GetMarketplaceRevenueShareOutput,
        MarketplaceRevenueShareProductDetail,
        RevenueShareProductAccountDetail,
    )
    from ._get_marketplace_revenue_share_allocation import (
        GetMarketplaceRevenueShareAllocationInput,
        GetMarketplaceRevenueShareAllocationOutput,
    )
    from ._get_revenue_attribution import (
        GetRevenueAttributionInput,
        GetRevenueAttributionOutput,
    )
    from ._get_revenue_attribution_allocation import (
        GetRevenueAttributionAllocationInput,
        GetRevenueAttributionAllocationOutput,
    )
    from ._get_revenue_attribution_allocations_task import (
        GetRevenueAttributionAllocationsTaskInput,
        GetRevenueAttributionAllocationsTaskOutput,
        RevenueAttributionAllocationErrorDetail,
    )
    from ._list_marketplace_revenue_share_allocations import (
        ListMarketplaceRevenueShareAllocationsInput,
        ListMarketplaceRevenueShareAllocationsOutput,
        MarketplaceRevenueShareAllocationSummary,
    )
    from ._list_marketplace_revenue_shares import (
        ListMarketplaceRevenueSharesInput,
        ListMarketplaceRevenueSharesOutput,
        MarketplaceRevenueShareSummary,
    )
    from ._list_revenue_attribution_allocations import (
        ListRevenueAttributionAllocationsInput,
        ListRevenueAttributionAllocationsOutput,
        RevenueAttributionAllocationSummary,
    )
    from ._list_revenue_attributions import (
        AttributionSummary,
        ContextFilter,
        ListRevenueAttributionsInput,
        ListRevenueAttributionsOutput,
    )
    from ._list_tags_for_resource import (
        ListTagsForResourceInput,
        ListTagsForResourceOutput,
    )
    from ._marketplace_product_summary import (
        MarketplaceProductSummary,
    )
    from ._marketplace_revenue_share_product_entry import (
        MarketplaceRevenueShareProductEntry,
        RevenueShareProductAccountEntry,
    )
    from ._marketplace_revenue_share_product_summary import (
        MarketplaceRevenueShareProductSummary,
        RevenueShareProductAccountSummary,
    )
    from ._start_revenue_attribution_allocations_task import (
        RevenueShareAllocation,
        StartRevenueAttributionAllocationsTaskInput,
        StartRevenueAttributionAllocationsTaskOutput,
    )
    from ._tag import (
        Tag,
    )
    from ._tag_resource import (
        TagResourceInput,
    )
    from ._untag_resource import (
        UntagResourceInput,
    )
    from ._update_marketplace_revenue_share import (
        UpdateMarketplaceRevenueShareInput,
        UpdateMarketplaceRevenueShareOutput,
    )
    from ._update_marketplace_revenue_share_allocation import (
        UpdateMarketplaceRevenueShareAllocationInput,
        UpdateMarketplaceRevenueShareAllocationOutput,
    )
    from ._update_revenue_attribution import (
        UpdateRevenueAttributionInput,
        UpdateRevenueAttributionOutput,
    )

__all__ = [
    "AttributionSummary",
    "ContextFilter",
    "CreateMarketplaceRevenueShareAllocationInput",
    "CreateMarketplaceRevenueShareAllocationOutput",
    "CreateMarketplaceRevenueShareInput",
    "CreateMarketplaceRevenueShareOutput",
    "CreateRevenueAttributionInput",
    "CreateRevenueAttributionOutput",
    "GetMarketplaceRevenueShareAllocationInput",
    "GetMarketplaceRevenueShareAllocationOutput",
    "GetMarketplaceRevenueShareInput",
    "GetMarketplaceRevenueShareOutput",
    "GetRevenueAttributionAllocationInput",
    "GetRevenueAttributionAllocationOutput",
    "GetRevenueAttributionAllocationsTaskInput",
    "GetRevenueAttributionAllocationsTaskOutput",
    "GetRevenueAttributionInput",
    "GetRevenueAttributionOutput",
    "ListMarketplaceRevenueShareAllocationsInput",
    "ListMarketplaceRevenueShareAllocationsOutput",
    "ListMarketplaceRevenueSharesInput",
    "ListMarketplaceRevenueSharesOutput",
    "ListRevenueAttributionAllocationsInput",
    "ListRevenueAttributionAllocationsOutput",
    "ListRevenueAttributionsInput",
    "ListRevenueAttributionsOutput",
    "ListTagsForResourceInput",
    "ListTagsForResourceOutput",
    "MarketplaceProductSummary",
    "MarketplaceRevenueShareAllocationSummary",
    "MarketplaceRevenueShareProductDetail",
    "MarketplaceRevenueShareProductEntry",
    "MarketplaceRevenueShareProductSummary",
    "MarketplaceRevenueShareSummary",
    "RevenueAttributionAllocationErrorDetail",
    "RevenueAttributionAllocationSummary",
    "RevenueShareAllocation",
    "RevenueShareProductAccountDetail",
    "RevenueShareProductAccountEntry",
    "RevenueShareProductAccountSummary",
    "StartRevenueAttributionAllocationsTaskInput",
    "StartRevenueAttributionAllocationsTaskOutput",
    "Tag",
    "TagResourceInput",
    "UntagResourceInput",
    "UpdateMarketplaceRevenueShareAllocationInput",
    "UpdateMarketplaceRevenueShareAllocationOutput",
    "UpdateMarketplaceRevenueShareInput",
    "UpdateMarketplaceRevenueShareOutput",
    "UpdateRevenueAttributionInput",
    "UpdateRevenueAttributionOutput",
    "ValidationExceptionField",
]

# The private module defining each name, imported when the name is first read.
_MODULES = {
    "CreateMarketplaceRevenueShareInput": "_create_marketplace_revenue_share",
    "CreateMarketplaceRevenueShareOutput": "_create_marketplace_revenue_share",
    "CreateMarketplaceRevenueShareAllocationInput": "_create_marketplace_revenue_share_allocation",
    "CreateMarketplaceRevenueShareAllocationOutput": "_create_marketplace_revenue_share_allocation",
    "CreateRevenueAttributionInput": "_create_revenue_attribution",
    "CreateRevenueAttributionOutput": "_create_revenue_attribution",
    "ValidationExceptionField": "_errors",
    "GetMarketplaceRevenueShareInput": "_get_marketplace_revenue_share",
    "GetMarketplaceRevenueShareOutput": "_get_marketplace_revenue_share",
    "MarketplaceRevenueShareProductDetail": "_get_marketplace_revenue_share",
    "RevenueShareProductAccountDetail": "_get_marketplace_revenue_share",
    "GetMarketplaceRevenueShareAllocationInput": "_get_marketplace_revenue_share_allocation",
    "GetMarketplaceRevenueShareAllocationOutput": "_get_marketplace_revenue_share_allocation",
    "GetRevenueAttributionInput": "_get_revenue_attribution",
    "GetRevenueAttributionOutput": "_get_revenue_attribution",
    "GetRevenueAttributionAllocationInput": "_get_revenue_attribution_allocation",
    "GetRevenueAttributionAllocationOutput": "_get_revenue_attribution_allocation",
    "GetRevenueAttributionAllocationsTaskInput": "_get_revenue_attribution_allocations_task",
    "GetRevenueAttributionAllocationsTaskOutput": "_get_revenue_attribution_allocations_task",
    "RevenueAttributionAllocationErrorDetail": "_get_revenue_attribution_allocations_task",
    "ListMarketplaceRevenueShareAllocationsInput": "_list_marketplace_revenue_share_allocations",
    "ListMarketplaceRevenueShareAllocationsOutput": "_list_marketplace_revenue_share_allocations",
    "MarketplaceRevenueShareAllocationSummary": "_list_marketplace_revenue_share_allocations",
    "ListMarketplaceRevenueSharesInput": "_list_marketplace_revenue_shares",
    "ListMarketplaceRevenueSharesOutput": "_list_marketplace_revenue_shares",
    "MarketplaceRevenueShareSummary": "_list_marketplace_revenue_shares",
    "ListRevenueAttributionAllocationsInput": "_list_revenue_attribution_allocations",
    "ListRevenueAttributionAllocationsOutput": "_list_revenue_attribution_allocations",
    "RevenueAttributionAllocationSummary": "_list_revenue_attribution_allocations",
    "AttributionSummary": "_list_revenue_attributions",
    "ContextFilter": "_list_revenue_attributions",
    "ListRevenueAttributionsInput": "_list_revenue_attributions",
    "ListRevenueAttributionsOutput": "_list_revenue_attributions",
    "ListTagsForResourceInput": "_list_tags_for_resource",
    "ListTagsForResourceOutput": "_list_tags_for_resource",
    "MarketplaceProductSummary": "_marketplace_product_summary",
    "MarketplaceRevenueShareProductEntry": "_marketplace_revenue_share_product_entry",
    "RevenueShareProductAccountEntry": "_marketplace_revenue_share_product_entry",
    "MarketplaceRevenueShareProductSummary": "_marketplace_revenue_share_product_summary",
    "RevenueShareProductAccountSummary": "_marketplace_revenue_share_product_summary",
    "RevenueShareAllocation": "_start_revenue_attribution_allocations_task",
    "StartRevenueAttributionAllocationsTaskInput": "_start_revenue_attribution_allocations_task",
    "StartRevenueAttributionAllocationsTaskOutput": "_start_revenue_attribution_allocations_task",
    "Tag": "_tag",
    "TagResourceInput": "_tag_resource",
    "UntagResourceInput": "_untag_resource",
    "UpdateMarketplaceRevenueShareInput": "_update_marketplace_revenue_share",
    "UpdateMarketplaceRevenueShareOutput": "_update_marketplace_revenue_share",
    "UpdateMarketplaceRevenueShareAllocationInput": "_update_marketplace_revenue_share_allocation",
    "UpdateMarketplaceRevenueShareAllocationOutput": "_update_marketplace_revenue_share_allocation",
    "UpdateRevenueAttributionInput": "_update_revenue_attribution",
    "UpdateRevenueAttributionOutput": "_update_revenue_attribution",
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
