"""Shapes of the Partner Central Revenue Measurement API (internal: import them from ``shapes``).

The shapes only CreateMarketplaceRevenueShareAllocation calls hold, imported on the
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
_CODEC_MODULE = ".._rpcv2cbor.shapes._create_marketplace_revenue_share_allocation"


class CreateMarketplaceRevenueShareAllocationInput(_Structure):
    """CreateMarketplaceRevenueShareAllocationInput

    Attributes:
        catalog: The catalog in which to create the allocation. Required.
        marketplace_revenue_share_identifier: The parent marketplace revenue share, by
            ID (mrs-...) or ARN. Required.
        client_token: A unique token to ensure idempotency of the create request. Filled
            with a random UUID when omitted.
        marketplace_revenue_share_revision: The revision of the parent marketplace
            revenue share that the caller last read, for optimistic... Required.
        effective_from: The effective start date for the allocation. Required.
        effective_until: The effective end date for the allocation. Required.
        revenue_share_percent: The revenue share percentage for this allocation.
            Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "marketplace_revenue_share_identifier",
        "client_token",
        "marketplace_revenue_share_revision",
        "effective_from",
        "effective_until",
        "revenue_share_percent",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "MarketplaceRevenueShareIdentifier",
            "ClientToken",
            "MarketplaceRevenueShareRevision",
            "EffectiveFrom",
            "EffectiveUntil",
            "RevenueSharePercent",
        )
    )
    _REQUIRED = (
        "Catalog",
        "MarketplaceRevenueShareIdentifier",
        "MarketplaceRevenueShareRevision",
        "EffectiveFrom",
        "EffectiveUntil",
        "RevenueSharePercent",
    )
    _CODECS = _CODEC_MODULE

    catalog: CatalogName | str
    marketplace_revenue_share_identifier: str
    client_token: str | None
    marketplace_revenue_share_revision: str
    effective_from: str
    effective_until: str
    revenue_share_percent: str

    def __init__(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        marketplace_revenue_share_identifier: str,
        marketplace_revenue_share_revision: str,
        effective_from: str,
        effective_until: str,
        revenue_share_percent: str,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.marketplace_revenue_share_identifier = marketplace_revenue_share_identifier
        self.client_token = client_token
        self.marketplace_revenue_share_revision = marketplace_revenue_share_revision
        self.effective_from = effective_from
        self.effective_until = effective_until
        self.revenue_share_percent = revenue_share_percent


class CreateMarketplaceRevenueShareAllocationOutput(_Structure):
    """CreateMarketplaceRevenueShareAllocationOutput

    Attributes:
        marketplace_revenue_share_allocation_id: The unique identifier of the newly
            created allocation. Required.
        marketplace_revenue_share_identifier: The parent marketplace revenue share,
            short ID form (mrs-...). Required.
        effective_from: The effective start date of the allocation. Required.
        effective_until: The effective end date of the allocation. Required.
        revenue_share_percent: The revenue share percentage. Required.
        status: The status of the allocation. Required.
        created_date: The date when the allocation was created. Required.
        last_modified_date: The date when the allocation was last modified. Required.
        marketplace_revenue_share_revision: The revision of the parent marketplace
            revenue share at which the allocation was created. Required.
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
