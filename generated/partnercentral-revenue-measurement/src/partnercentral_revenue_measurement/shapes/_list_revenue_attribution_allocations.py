"""Shapes of the Partner Central Revenue Measurement API (internal: import them from ``shapes``).

The shapes only ListRevenueAttributionAllocations calls hold, imported on the first
use of one.
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        AllocationStatus,
        CatalogName,
        EntityType,
        RevenueAttributionAllocationSortField,
        SortOrder,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._list_revenue_attribution_allocations"


class ListRevenueAttributionAllocationsInput(_Structure):
    """ListRevenueAttributionAllocationsInput

    Attributes:
        catalog: The catalog that contains the resource. Required.
        revenue_attribution_identifier: The revenue attribution identifier to query.
            Required.
        entity_type_filters: Filter by deal entity types.
        entity_identifier_filters: Filter by deal entity identifiers.
        customer_aws_account_id_filters: Filter by customer AWS account IDs for
            associated deal entities.
        status_filter: Filter by allocation status.
        after_effective_from: Inclusive lower bound for EffectiveFrom date filter.
        before_effective_from: Exclusive upper bound for EffectiveFrom date filter
            (half-open range).
        after_effective_until: Inclusive lower bound for EffectiveUntil date filter.
        before_effective_until: Exclusive upper bound for EffectiveUntil date filter
            (half-open range).
        sort_by: Field to sort by.
        sort_order: Sort direction.
        revenue_attribution_revision: Point-in-time revision number to query.
        max_results: Maximum results per page.
        next_token: Pagination token from previous response.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "revenue_attribution_identifier",
        "entity_type_filters",
        "entity_identifier_filters",
        "customer_aws_account_id_filters",
        "status_filter",
        "after_effective_from",
        "before_effective_from",
        "after_effective_until",
        "before_effective_until",
        "sort_by",
        "sort_order",
        "revenue_attribution_revision",
        "max_results",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "RevenueAttributionIdentifier",
            "EntityTypeFilters",
            "EntityIdentifierFilters",
            "CustomerAwsAccountIdFilters",
            "StatusFilter",
            "AfterEffectiveFrom",
            "BeforeEffectiveFrom",
            "AfterEffectiveUntil",
            "BeforeEffectiveUntil",
            "SortBy",
            "SortOrder",
            "RevenueAttributionRevision",
            "MaxResults",
            "NextToken",
        )
    )
    _REQUIRED = (
        "Catalog",
        "RevenueAttributionIdentifier",
    )
    _SENSITIVE = frozenset(("customer_aws_account_id_filters",))
    _CODECS = _CODEC_MODULE

    catalog: CatalogName | str
    revenue_attribution_identifier: str
    entity_type_filters: _Sequence[EntityType | str] | None
    entity_identifier_filters: _Sequence[str] | None
    customer_aws_account_id_filters: _Sequence[str] | None
    status_filter: AllocationStatus | str | None
    after_effective_from: str | None
    before_effective_from: str | None
    after_effective_until: str | None
    before_effective_until: str | None
    sort_by: RevenueAttributionAllocationSortField | str | None
    sort_order: SortOrder | str | None
    revenue_attribution_revision: str | None
    max_results: int | None
    next_token: str | None

    def __init__(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        revenue_attribution_identifier: str,
        entity_type_filters: (
            _types.SequenceNotStr[EntityType | _types.EntityTypeValue] | None
        ) = None,
        entity_identifier_filters: _types.SequenceNotStr[str] | None = None,
        customer_aws_account_id_filters: _types.SequenceNotStr[str] | None = None,
        status_filter: AllocationStatus | _types.AllocationStatusValue | None = None,
        after_effective_from: str | None = None,
        before_effective_from: str | None = None,
        after_effective_until: str | None = None,
        before_effective_until: str | None = None,
        sort_by: (
            RevenueAttributionAllocationSortField
            | _types.RevenueAttributionAllocationSortFieldValue
            | None
        ) = None,
        sort_order: SortOrder | _types.SortOrderValue | None = None,
        revenue_attribution_revision: str | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.revenue_attribution_identifier = revenue_attribution_identifier
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.entity_type_filters = entity_type_filters  # type: ignore[assignment]
        self.entity_identifier_filters = entity_identifier_filters  # type: ignore[assignment]
        self.customer_aws_account_id_filters = customer_aws_account_id_filters  # type: ignore[assignment]
        self.status_filter = status_filter
        self.after_effective_from = after_effective_from
        self.before_effective_from = before_effective_from
        self.after_effective_until = after_effective_until
        self.before_effective_until = before_effective_until
        self.sort_by = sort_by
        self.sort_order = sort_order
        self.revenue_attribution_revision = revenue_attribution_revision
        self.max_results = max_results
        self.next_token = next_token


class ListRevenueAttributionAllocationsOutput(_Structure):
    """ListRevenueAttributionAllocationsOutput

    Attributes:
        revenue_attribution_allocation_summaries: Paginated list of allocations matching
            filters. Required.
        next_token: Token for next page.
    """

    __module__ = __package__
    __slots__ = (
        "revenue_attribution_allocation_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "RevenueAttributionAllocationSummaries",
            "NextToken",
        )
    )
    _REQUIRED = ("RevenueAttributionAllocationSummaries",)
    _CODECS = _CODEC_MODULE

    revenue_attribution_allocation_summaries: list[RevenueAttributionAllocationSummary]
    next_token: str | None

    def __init__(
        self,
        *,
        revenue_attribution_allocation_summaries: _types.SequenceNotStr[
            RevenueAttributionAllocationSummary
        ],
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.revenue_attribution_allocation_summaries = revenue_attribution_allocation_summaries  # type: ignore[assignment]
        self.next_token = next_token


class RevenueAttributionAllocationSummary(_Structure):
    """Summary information about a revenue attribution allocation.

    Attributes:
        revenue_attribution_allocation_id: Unique allocation identifier. Required.
        revenue_attribution_identifier: The revenue attribution identifier. Required.
        entity_type: The type of the associated deal entity. Required.
        entity_identifier: The unique identifier of the associated deal entity.
            Required.
        entity_name: The display name of the associated deal entity.
        customer_aws_account_id: The customer AWS account ID for this associated deal
            entity. Required.
        revenue_share_percent: Revenue share percentage. Required.
        effective_from: First day of the effective month. Required.
        effective_until: Last day of the effective month. Required.
        status: Current allocation status. Required.
    """

    __module__ = __package__
    __slots__ = (
        "revenue_attribution_allocation_id",
        "revenue_attribution_identifier",
        "entity_type",
        "entity_identifier",
        "entity_name",
        "customer_aws_account_id",
        "revenue_share_percent",
        "effective_from",
        "effective_until",
        "status",
    )
    _WIRE_NAMES = frozenset(
        (
            "RevenueAttributionAllocationId",
            "RevenueAttributionIdentifier",
            "EntityType",
            "EntityIdentifier",
            "EntityName",
            "CustomerAwsAccountId",
            "RevenueSharePercent",
            "EffectiveFrom",
            "EffectiveUntil",
            "Status",
        )
    )
    _REQUIRED = (
        "RevenueAttributionAllocationId",
        "RevenueAttributionIdentifier",
        "EntityType",
        "EntityIdentifier",
        "CustomerAwsAccountId",
        "RevenueSharePercent",
        "EffectiveFrom",
        "EffectiveUntil",
        "Status",
    )
    _SENSITIVE = frozenset(("customer_aws_account_id",))
    _CODECS = _CODEC_MODULE

    revenue_attribution_allocation_id: str
    revenue_attribution_identifier: str
    entity_type: EntityType | str
    entity_identifier: str
    entity_name: str | None
    customer_aws_account_id: str
    revenue_share_percent: str
    effective_from: str
    effective_until: str
    status: AllocationStatus | str

    def __init__(
        self,
        *,
        revenue_attribution_allocation_id: str,
        revenue_attribution_identifier: str,
        entity_type: EntityType | _types.EntityTypeValue,
        entity_identifier: str,
        customer_aws_account_id: str,
        revenue_share_percent: str,
        effective_from: str,
        effective_until: str,
        status: AllocationStatus | _types.AllocationStatusValue,
        entity_name: str | None = None,
    ) -> None:
        self.revenue_attribution_allocation_id = revenue_attribution_allocation_id
        self.revenue_attribution_identifier = revenue_attribution_identifier
        self.entity_type = entity_type
        self.entity_identifier = entity_identifier
        self.entity_name = entity_name
        self.customer_aws_account_id = customer_aws_account_id
        self.revenue_share_percent = revenue_share_percent
        self.effective_from = effective_from
        self.effective_until = effective_until
        self.status = status
