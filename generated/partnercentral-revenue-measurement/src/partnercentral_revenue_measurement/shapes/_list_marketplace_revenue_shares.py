"""Shapes of the Partner Central Revenue Measurement API (internal: import them from ``shapes``).

The shapes only ListMarketplaceRevenueShares calls hold, imported on the first use
of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        CatalogName,
        MarketplaceRevenueShareSortBy,
        SortOrder,
    )
    from . import (
        MarketplaceRevenueShareProductSummary,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._list_marketplace_revenue_shares"


class ListMarketplaceRevenueSharesInput(_Structure):
    """ListMarketplaceRevenueSharesInput

    Attributes:
        catalog: The catalog to list marketplace revenue shares from. Required.
        identifiers: Filter results to only include these marketplace revenue shares, by
            ID or ARN.
        product_ids: Filter results to the marketplace revenue shares that contain any
            of these products.
        product_codes: Filter results to the marketplace revenue shares that contain a
            product with any of these product...
        max_results: The maximum number of results to return in a single call.
        next_token: Token for pagination.
        sort_by: The field to sort marketplace revenue shares by.
        sort_order: The direction to sort results.
        created_after: Filter results to marketplace revenue shares created at or after
            this timestamp (inclusive).
        created_before: Filter results to marketplace revenue shares created before this
            timestamp (exclusive).
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifiers",
        "product_ids",
        "product_codes",
        "max_results",
        "next_token",
        "sort_by",
        "sort_order",
        "created_after",
        "created_before",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifiers",
            "ProductIds",
            "ProductCodes",
            "MaxResults",
            "NextToken",
            "SortBy",
            "SortOrder",
            "CreatedAfter",
            "CreatedBefore",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    catalog: CatalogName | str
    identifiers: _Sequence[str] | None
    product_ids: _Sequence[str] | None
    product_codes: _Sequence[str] | None
    max_results: int | None
    next_token: str | None
    sort_by: MarketplaceRevenueShareSortBy | str | None
    sort_order: SortOrder | str | None
    created_after: _dt.datetime | None
    created_before: _dt.datetime | None

    def __init__(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        identifiers: _types.SequenceNotStr[str] | None = None,
        product_ids: _types.SequenceNotStr[str] | None = None,
        product_codes: _types.SequenceNotStr[str] | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        sort_by: (
            MarketplaceRevenueShareSortBy | _types.MarketplaceRevenueShareSortByValue | None
        ) = None,
        sort_order: SortOrder | _types.SortOrderValue | None = None,
        created_after: _dt.datetime | None = None,
        created_before: _dt.datetime | None = None,
    ) -> None:
        self.catalog = catalog
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.identifiers = identifiers  # type: ignore[assignment]
        self.product_ids = product_ids  # type: ignore[assignment]
        self.product_codes = product_codes  # type: ignore[assignment]
        self.max_results = max_results
        self.next_token = next_token
        self.sort_by = sort_by
        self.sort_order = sort_order
        self.created_after = created_after
        self.created_before = created_before


class ListMarketplaceRevenueSharesOutput(_Structure):
    """ListMarketplaceRevenueSharesOutput

    Attributes:
        marketplace_revenue_share_summaries: The list of marketplace revenue share
            summaries. Required.
        next_token: Token for pagination.
    """

    __module__ = __package__
    __slots__ = (
        "marketplace_revenue_share_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "MarketplaceRevenueShareSummaries",
            "NextToken",
        )
    )
    _REQUIRED = ("MarketplaceRevenueShareSummaries",)
    _CODECS = _CODEC_MODULE

    marketplace_revenue_share_summaries: list[MarketplaceRevenueShareSummary]
    next_token: str | None

    def __init__(
        self,
        *,
        marketplace_revenue_share_summaries: _types.SequenceNotStr[MarketplaceRevenueShareSummary],
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.marketplace_revenue_share_summaries = marketplace_revenue_share_summaries  # type: ignore[assignment]
        self.next_token = next_token


class MarketplaceRevenueShareSummary(_Structure):
    """Summary information about a marketplace revenue share.

    Attributes:
        id: The unique identifier of the marketplace revenue share, short ID form
            (mrs-...). Required.
        arn: The Amazon Resource Name (ARN) of the marketplace revenue share. Required.
        catalog: The catalog that the marketplace revenue share belongs to. Required.
        products: The products in the marketplace revenue share, each with per-type
            account counts. Required.
        created_date: The date when the marketplace revenue share was created. Required.
        last_modified_date: The date when the marketplace revenue share was last
            modified. Required.
        latest_revision: The latest revision of the marketplace revenue share. Required.
        effective_from: The date from which this share is effective, derived from the
            earliest ACTIVE allocation start...
        effective_until: The date until which this share is effective, derived from the
            latest ACTIVE allocation end date...
        total_active_marketplace_revenue_share_allocation_count: The number of active
            allocations under this share. Required.
        total_marketplace_revenue_share_allocation_count: The total number of
            allocations under this share. Required.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "arn",
        "catalog",
        "products",
        "created_date",
        "last_modified_date",
        "latest_revision",
        "effective_from",
        "effective_until",
        "total_active_marketplace_revenue_share_allocation_count",
        "total_marketplace_revenue_share_allocation_count",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Arn",
            "Catalog",
            "Products",
            "CreatedDate",
            "LastModifiedDate",
            "LatestRevision",
            "EffectiveFrom",
            "EffectiveUntil",
            "TotalActiveMarketplaceRevenueShareAllocationCount",
            "TotalMarketplaceRevenueShareAllocationCount",
        )
    )
    _REQUIRED = (
        "Id",
        "Arn",
        "Catalog",
        "Products",
        "CreatedDate",
        "LastModifiedDate",
        "LatestRevision",
        "TotalActiveMarketplaceRevenueShareAllocationCount",
        "TotalMarketplaceRevenueShareAllocationCount",
    )
    _CODECS = _CODEC_MODULE

    id: str
    arn: str
    catalog: CatalogName | str
    products: list[MarketplaceRevenueShareProductSummary]
    created_date: _dt.datetime
    last_modified_date: _dt.datetime
    latest_revision: str
    effective_from: str | None
    effective_until: str | None
    total_active_marketplace_revenue_share_allocation_count: int
    total_marketplace_revenue_share_allocation_count: int

    def __init__(
        self,
        *,
        id: str,
        arn: str,
        catalog: CatalogName | _types.CatalogNameValue,
        products: _types.SequenceNotStr[MarketplaceRevenueShareProductSummary],
        created_date: _dt.datetime,
        last_modified_date: _dt.datetime,
        latest_revision: str,
        total_active_marketplace_revenue_share_allocation_count: int,
        total_marketplace_revenue_share_allocation_count: int,
        effective_from: str | None = None,
        effective_until: str | None = None,
    ) -> None:
        self.id = id
        self.arn = arn
        self.catalog = catalog
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.products = products  # type: ignore[assignment]
        self.created_date = created_date
        self.last_modified_date = last_modified_date
        self.latest_revision = latest_revision
        self.effective_from = effective_from
        self.effective_until = effective_until
        self.total_active_marketplace_revenue_share_allocation_count = (
            total_active_marketplace_revenue_share_allocation_count
        )
        self.total_marketplace_revenue_share_allocation_count = (
            total_marketplace_revenue_share_allocation_count
        )
