"""Shapes of the Partner Central Revenue Measurement API (internal: import them from ``shapes``).

The shapes only GetMarketplaceRevenueShareAllocation calls hold, imported on the
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
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._get_marketplace_revenue_share_allocation"


class GetMarketplaceRevenueShareAllocationInput(_Structure):
    """GetMarketplaceRevenueShareAllocationInput

    Attributes:
        catalog: The catalog that the allocation belongs to. Required.
        marketplace_revenue_share_identifier: The parent marketplace revenue share, by
            ID (mrs-...) or ARN. Required.
        marketplace_revenue_share_allocation_id: The unique identifier of the allocation
            to retrieve. Required.
        marketplace_revenue_share_revision: The revision of the parent marketplace
            revenue share at which to retrieve the allocation.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "marketplace_revenue_share_identifier",
        "marketplace_revenue_share_allocation_id",
        "marketplace_revenue_share_revision",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "MarketplaceRevenueShareIdentifier",
            "MarketplaceRevenueShareAllocationId",
            "MarketplaceRevenueShareRevision",
        )
    )
    _REQUIRED = (
        "Catalog",
        "MarketplaceRevenueShareIdentifier",
        "MarketplaceRevenueShareAllocationId",
    )
    _CODECS = _CODEC_MODULE

    catalog: CatalogName | str
    marketplace_revenue_share_identifier: str
    marketplace_revenue_share_allocation_id: str
    marketplace_revenue_share_revision: str | None

    def __init__(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        marketplace_revenue_share_identifier: str,
        marketplace_revenue_share_allocation_id: str,
        marketplace_revenue_share_revision: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.marketplace_revenue_share_identifier = marketplace_revenue_share_identifier
        self.marketplace_revenue_share_allocation_id = marketplace_revenue_share_allocation_id
        self.marketplace_revenue_share_revision = marketplace_revenue_share_revision


class GetMarketplaceRevenueShareAllocationOutput(_Structure):
    """GetMarketplaceRevenueShareAllocationOutput

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
        marketplace_revenue_share_revision: The revision of the parent marketplace
            revenue share at which the allocation was read. Required.
        marketplace_revenue_share_latest_revision: The latest revision of the parent
            marketplace revenue share. Required.
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
        "marketplace_revenue_share_revision",
        "marketplace_revenue_share_latest_revision",
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
            "MarketplaceRevenueShareRevision",
            "MarketplaceRevenueShareLatestRevision",
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
        "MarketplaceRevenueShareRevision",
        "MarketplaceRevenueShareLatestRevision",
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
    marketplace_revenue_share_revision: str
    marketplace_revenue_share_latest_revision: str

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
        marketplace_revenue_share_revision: str,
        marketplace_revenue_share_latest_revision: str,
    ) -> None:
        self.marketplace_revenue_share_allocation_id = marketplace_revenue_share_allocation_id
        self.marketplace_revenue_share_identifier = marketplace_revenue_share_identifier
        self.effective_from = effective_from
        self.effective_until = effective_until
        self.revenue_share_percent = revenue_share_percent
        self.status = status
        self.created_date = created_date
        self.last_modified_date = last_modified_date
        self.marketplace_revenue_share_revision = marketplace_revenue_share_revision
        self.marketplace_revenue_share_latest_revision = marketplace_revenue_share_latest_revision
