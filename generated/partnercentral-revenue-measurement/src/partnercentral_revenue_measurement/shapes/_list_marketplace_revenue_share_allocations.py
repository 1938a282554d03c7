"""Shapes of the Partner Central Revenue Measurement API (internal: import them from ``shapes``).

The shapes only ListMarketplaceRevenueShareAllocations calls hold, imported on the
first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        AllocationStatus,
        CatalogName,
        MarketplaceRevenueShareAllocationSortField,
        SortOrder,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._list_marketplace_revenue_share_allocations"


class ListMarketplaceRevenueShareAllocationsInput(_Structure):
    """ListMarketplaceRevenueShareAllocationsInput

    Attributes:
        catalog: The catalog containing the allocations. Required.
        marketplace_revenue_share_identifier: The parent marketplace revenue share, by
            ID (mrs-...) or ARN. Required.
        status_filter: Filter by allocation status.
        after_effective_from: Inclusive lower bound for EffectiveFrom date filter.
        before_effective_from: Exclusive upper bound for EffectiveFrom date filter
            (half-open range).
        after_effective_until: Inclusive lower bound for EffectiveUntil date filter.
        before_effective_until: Exclusive upper bound for EffectiveUntil date filter
            (half-open range).
        sort_by: The field to sort marketplace revenue share allocations by.
        sort_order: The direction to sort results.
        max_results: Maximum number of results per page.
        next_token: Pagination token from a previous response.
        marketplace_revenue_share_revision: Optional share revision for historical list.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "marketplace_revenue_share_identifier",
        "status_filter",
        "after_effective_from",
        "before_effective_from",
        "after_effective_until",
        "before_effective_until",
        "sort_by",
        "sort_order",
        "max_results",
        "next_token",
        "marketplace_revenue_share_revision",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "MarketplaceRevenueShareIdentifier",
            "StatusFilter",
            "AfterEffectiveFrom",
            "BeforeEffectiveFrom",
            "AfterEffectiveUntil",
            "BeforeEffectiveUntil",
            "SortBy",
            "SortOrder",
            "MaxResults",
            "NextToken",
            "MarketplaceRevenueShareRevision",
        )
    )
    _REQUIRED = (
        "Catalog",
        "MarketplaceRevenueShareIdentifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: CatalogName | str
    marketplace_revenue_share_identifier: str
    status_filter: AllocationStatus | str | None
    after_effective_from: str | None
    before_effective_from: str | None
    after_effective_until: str | None
    before_effective_until: str | None
    sort_by: MarketplaceRevenueShareAllocationSortField | str | None
    sort_order: SortOrder | str | None
    max_results: int | None
    next_token: str | None
    marketplace_revenue_share_revision: str | None

    def __init__(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        marketplace_revenue_share_identifier: str,
        status_filter: AllocationStatus | _types.AllocationStatusValue | None = None,
        after_effective_from: str | None = None,
        before_effective_from: str | None = None,
        after_effective_until: str | None = None,
        before_effective_until: str | None = None,
        sort_by: (
            MarketplaceRevenueShareAllocationSortField
            | _types.MarketplaceRevenueShareAllocationSortFieldValue
            | None
        ) = None,
        sort_order: SortOrder | _types.SortOrderValue | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        marketplace_revenue_share_revision: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.marketplace_revenue_share_identifier = marketplace_revenue_share_identifier
        self.status_filter = status_filter
        self.after_effective_from = after_effective_from
        self.before_effective_from = before_effective_from
        self.after_effective_until = after_effective_until
        self.before_effective_until = before_effective_until
        self.sort_by = sort_by
        self.sort_order = sort_order
        self.max_results = max_results
        self.next_token = next_token
        self.marketplace_revenue_share_revision = marketplace_revenue_share_revision


class ListMarketplaceRevenueShareAllocationsOutput(_Structure):
    """ListMarketplaceRevenueShareAllocationsOutput

    Attributes:
        marketplace_revenue_share_allocation_summaries: The list of allocation summaries
            for the current page. Required.
        next_token: Pagination token for the next page.
    """

    __module__ = __package__
    __slots__ = (
        "marketplace_revenue_share_allocation_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "MarketplaceRevenueShareAllocationSummaries",
            "NextToken",
        )
    )
    _REQUIRED = ("MarketplaceRevenueShareAllocationSummaries",)
    _CODECS = _CODEC_MODULE

    marketplace_revenue_share_allocation_summaries: list[MarketplaceRevenueShareAllocationSummary]
    next_token: str | None

    def __init__(
        self,
        *,
        marketplace_revenue_share_allocation_summaries: _types.SequenceNotStr[
            MarketplaceRevenueShareAllocationSummary
        ],
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.marketplace_revenue_share_allocation_summaries = marketplace_revenue_share_allocation_summaries  # type: ignore[assignment]
        self.next_token = next_token


class MarketplaceRevenueShareAllocationSummary(_Structure):
    """Summary information about a marketplace revenue share allocation.

    Attributes:
        marketplace_revenue_share_allocation_id: The unique identifier of the
            allocation. Required.
        marketplace_revenue_share_identifier: The parent marketplace revenue share,
            short ID form (mrs-...). Required.
        effective_from: The effective start date of the allocation. Required.
        effective_until: The effective end date of the allocation. Required.
        revenue_share_percent: The revenue share percentage. Required.
        status: The status of the allocation. Required.
        created_date: The date when the allocation was created. Required.
        last_modified_date: The date when the allocation was last modified. Required.
    """

    __module__ = __package__
    __slots__ = (
        "marketplace_revenue_share_allocation_id",
        "marketplace_revenue_share_identifier",
        "effective_from",
        "effective_until",
        "revenue_share_percent",
        "status",
        "created_date",
        "last_modified_date",
    )
    _WIRE_NAMES = frozenset(
        (
            "MarketplaceRevenueShareAllocationId",
            "MarketplaceRevenueShareIdentifier",
            "EffectiveFrom",
            "EffectiveUntil",
            "RevenueSharePercent",
            "Status",
            "CreatedDate",
            "LastModifiedDate",
        )
    )
    _REQUIRED = (
        "MarketplaceRevenueShareAllocationId",
        "MarketplaceRevenueShareIdentifier",
        "EffectiveFrom",
        "EffectiveUntil",
        "RevenueSharePercent",
        "Status",
        "CreatedDate",
        "LastModifiedDate",
    )
    _CODECS = _CODEC_MODULE

    marketplace_revenue_share_allocation_id: str
    marketplace_revenue_share_identifier: str
    effective_from: str
    effective_until: str
    revenue_share_percent: str
    status: AllocationStatus | str
    created_date: _dt.datetime
    last_modified_date: _dt.datetime

    def __init__(
        self,
        *,
        marketplace_revenue_share_allocation_id: str,
        marketplace_revenue_share_identifier: str,
        effective_from: str,
        effective_until: str,
        revenue_share_percent: str,
        status: AllocationStatus | _types.AllocationStatusValue,
        created_date: _dt.datetime,
        last_modified_date: _dt.datetime,
    ) -> None:
        self.marketplace_revenue_share_allocation_id = marketplace_revenue_share_allocation_id
        self.marketplace_revenue_share_identifier = marketplace_revenue_share_identifier
        self.effective_from = effective_from
        self.effective_until = effective_until
        self.revenue_share_percent = revenue_share_percent
        self.status = status
        self.created_date = created_date
        self.last_modified_date = last_modified_date
