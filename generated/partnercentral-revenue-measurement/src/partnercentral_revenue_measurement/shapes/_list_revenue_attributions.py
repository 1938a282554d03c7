"""Shapes of the Partner Central Revenue Measurement API (internal: import them from ``shapes``).

The shapes only ListRevenueAttributions calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Mapping as _Mapping
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        AttributionSortBy,
        CatalogName,
        SortOrder,
        TenancyModel,
    )
    from . import (
        MarketplaceProductSummary,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._list_revenue_attributions"


class AttributionSummary(_Structure):
    """Summary representation of a revenue attribution returned in list operations.

    Attributes:
        arn: The Amazon Resource Name (ARN) of the revenue attribution.
        id: The unique identifier of the revenue attribution.
        catalog: The catalog that the revenue attribution belongs to.
        name: The display name of the revenue attribution.
        tenancy_model: The tenancy model for this revenue attribution. Required.
        marketplace_product: The AWS Marketplace product attributes associated with this
            attribution, if set.
        created_date: The date when the revenue attribution was created.
        last_modified_date: The date when the revenue attribution was last modified.
        latest_revision: The latest revision of the revenue attribution resource.
        effective_from: The date from which this revenue attribution is effective,
            derived from the earliest allocation...
        effective_until: The date until which this revenue attribution is effective,
            derived from the latest allocation...
        total_active_revenue_attribution_allocation_count: The total number of
            allocations under this revenue attribution whose Status is ACTIVE.
        total_revenue_attribution_allocation_count: The total number of allocations
            under this revenue attribution, counting both ACTIVE and INACTIVE.
        context: Program-defined key-value attributes for the revenue attribution.
    """

    __module__ = __package__
    __slots__ = (
        "arn",
        "id",
        "catalog",
        "name",
        "tenancy_model",
        "marketplace_product",
        "created_date",
        "last_modified_date",
        "latest_revision",
        "effective_from",
        "effective_until",
        "total_active_revenue_attribution_allocation_count",
        "total_revenue_attribution_allocation_count",
        "context",
    )
    _WIRE_NAMES = frozenset(
        (
            "Arn",
            "Id",
            "Catalog",
            "Name",
            "TenancyModel",
            "MarketplaceProduct",
            "CreatedDate",
            "LastModifiedDate",
            "LatestRevision",
            "EffectiveFrom",
            "EffectiveUntil",
            "TotalActiveRevenueAttributionAllocationCount",
            "TotalRevenueAttributionAllocationCount",
            "Context",
        )
    )
    _REQUIRED = ("TenancyModel",)
    _CODECS = _CODEC_MODULE

    arn: str | None
    id: str | None
    catalog: CatalogName | str | None
    name: str | None
    tenancy_model: TenancyModel | str
    marketplace_product: MarketplaceProductSummary | None
    created_date: _dt.datetime | None
    last_modified_date: _dt.datetime | None
    latest_revision: str | None
    effective_from: str | None
    effective_until: str | None
    total_active_revenue_attribution_allocation_count: int | None
    total_revenue_attribution_allocation_count: int | None
    context: _Mapping[str, str] | None

    def __init__(
        self,
        *,
        tenancy_model: TenancyModel | _types.TenancyModelValue,
        arn: str | None = None,
        id: str | None = None,
        catalog: CatalogName | _types.CatalogNameValue | None = None,
        name: str | None = None,
        marketplace_product: MarketplaceProductSummary | None = None,
        created_date: _dt.datetime | None = None,
        last_modified_date: _dt.datetime | None = None,
        latest_revision: str | None = None,
        effective_from: str | None = None,
        effective_until: str | None = None,
        total_active_revenue_attribution_allocation_count: int | None = None,
        total_revenue_attribution_allocation_count: int | None = None,
        context: _Mapping[str, str] | None = None,
    ) -> None:
        self.arn = arn
        self.id = id
        self.catalog = catalog
        self.name = name
        self.tenancy_model = tenancy_model
        self.marketplace_product = marketplace_product
        self.created_date = created_date
        self.last_modified_date = last_modified_date
        self.latest_revision = latest_revision
        self.effective_from = effective_from
        self.effective_until = effective_until
        self.total_active_revenue_attribution_allocation_count = (
            total_active_revenue_attribution_allocation_count
        )
        self.total_revenue_attribution_allocation_count = (
            total_revenue_attribution_allocation_count
        )
        self.context = context


class ContextFilter(_Structure):
    """Filters revenue attributions by a context key and, optionally, a set of values.

    Attributes:
        key: The context key to filter on. Required.
        values: Matches when the stored value equals any of these values.
    """

    __module__ = __package__
    __slots__ = (
        "key",
        "values",
    )
    _WIRE_NAMES = frozenset(
        (
            "Key",
            "Values",
        )
    )
    _REQUIRED = ("Key",)
    _CODECS = _CODEC_MODULE

    key: str
    values: _Sequence[str] | None

    def __init__(
        self,
        *,
        key: str,
        values: _types.SequenceNotStr[str] | None = None,
    ) -> None:
        self.key = key
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.values = values  # type: ignore[assignment]


class ListRevenueAttributionsInput(_Structure):
    """ListRevenueAttributionsInput

    Attributes:
        catalog: The catalog to list revenue attributions from. Required.
        identifiers: Filter results to only include revenue attributions with the
            specified identifiers.
        created_after: Filter results to only include revenue attributions created after
            this timestamp.
        created_before: Filter results to only include revenue attributions created
            before this timestamp.
        sort_by: The field to sort revenue attributions by.
        sort_order: The direction to sort results.
        max_results: The maximum number of results to return in a single call.
        next_token: Token for pagination.
        context_filters: Filter results by context.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifiers",
        "created_after",
        "created_before",
        "sort_by",
        "sort_order",
        "max_results",
        "next_token",
        "context_filters",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifiers",
            "CreatedAfter",
            "CreatedBefore",
            "SortBy",
            "SortOrder",
            "MaxResults",
            "NextToken",
            "ContextFilters",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    catalog: CatalogName | str
    identifiers: _Sequence[str] | None
    created_after: _dt.datetime | None
    created_before: _dt.datetime | None
    sort_by: AttributionSortBy | str | None
    sort_order: SortOrder | str | None
    max_results: int | None
    next_token: str | None
    context_filters: _Sequence[ContextFilter] | None

    def __init__(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        identifiers: _types.SequenceNotStr[str] | None = None,
        created_after: _dt.datetime | None = None,
        created_before: _dt.datetime | None = None,
        sort_by: AttributionSortBy | _types.AttributionSortByValue | None = None,
        sort_order: SortOrder | _types.SortOrderValue | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        context_filters: _types.SequenceNotStr[ContextFilter] | None = None,
    ) -> None:
        self.catalog = catalog
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.identifiers = identifiers  # type: ignore[assignment]
        self.created_after = created_after
        self.created_before = created_before
        self.sort_by = sort_by
        self.sort_order = sort_order
        self.max_results = max_results
        self.next_token = next_token
        self.context_filters = context_filters  # type: ignore[assignment]


class ListRevenueAttributionsOutput(_Structure):
    """ListRevenueAttributionsOutput

    Attributes:
        revenue_attribution_summaries: The list of revenue attribution summaries.
        next_token: Token for pagination.
    """

    __module__ = __package__
    __slots__ = (
        "revenue_attribution_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "RevenueAttributionSummaries",
            "NextToken",
        )
    )
    _CODECS = _CODEC_MODULE

    revenue_attribution_summaries: list[AttributionSummary] | None
    next_token: str | None

    def __init__(
        self,
        *,
        revenue_attribution_summaries: _types.SequenceNotStr[AttributionSummary] | None = None,
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.revenue_attribution_summaries = revenue_attribution_summaries  # type: ignore[assignment]
        self.next_token = next_token
