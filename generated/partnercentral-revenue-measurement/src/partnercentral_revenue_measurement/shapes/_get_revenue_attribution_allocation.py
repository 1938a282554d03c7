"""Shapes of the Partner Central Revenue Measurement API (internal: import them from ``shapes``).

The shapes only GetRevenueAttributionAllocation calls hold, imported on the first
use of one.
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
        EntityType,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._get_revenue_attribution_allocation"


class GetRevenueAttributionAllocationInput(_Structure):
    """GetRevenueAttributionAllocationInput

    Attributes:
        catalog: The catalog that contains the resource. Required.
        revenue_attribution_identifier: The revenue attribution identifier. Required.
        revenue_attribution_allocation_id: The allocation identifier. Required.
        revenue_attribution_revision: Point-in-time revision number to query.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "revenue_attribution_identifier",
        "revenue_attribution_allocation_id",
        "revenue_attribution_revision",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "RevenueAttributionIdentifier",
            "RevenueAttributionAllocationId",
            "RevenueAttributionRevision",
        )
    )
    _REQUIRED = (
        "Catalog",
        "RevenueAttributionIdentifier",
        "RevenueAttributionAllocationId",
    )
    _CODECS = _CODEC_MODULE

    catalog: CatalogName | str
    revenue_attribution_identifier: str
    revenue_attribution_allocation_id: str
    revenue_attribution_revision: str | None

    def __init__(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        revenue_attribution_identifier: str,
        revenue_attribution_allocation_id: str,
        revenue_attribution_revision: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.revenue_attribution_identifier = revenue_attribution_identifier
        self.revenue_attribution_allocation_id = revenue_attribution_allocation_id
        self.revenue_attribution_revision = revenue_attribution_revision


class GetRevenueAttributionAllocationOutput(_Structure):
    """GetRevenueAttributionAllocationOutput

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
        created_date: When the allocation was first created. Required.
        last_modified_date: When the allocation was last modified. Required.
        revenue_attribution_revision: The revision of this allocation version. Required.
        revenue_attribution_latest_revision: The latest committed revision. Required.
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
        "created_date",
        "last_modified_date",
        "revenue_attribution_revision",
        "revenue_attribution_latest_revision",
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
            "CreatedDate",
            "LastModifiedDate",
            "RevenueAttributionRevision",
            "RevenueAttributionLatestRevision",
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
        "CreatedDate",
        "LastModifiedDate",
        "RevenueAttributionRevision",
        "RevenueAttributionLatestRevision",
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
    created_date: _dt.datetime
    last_modified_date: _dt.datetime
    revenue_attribution_revision: str
    revenue_attribution_latest_revision: str

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
        created_date: _dt.datetime,
        last_modified_date: _dt.datetime,
        revenue_attribution_revision: str,
        revenue_attribution_latest_revision: str,
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
        self.created_date = created_date
        self.last_modified_date = last_modified_date
        self.revenue_attribution_revision = revenue_attribution_revision
        self.revenue_attribution_latest_revision = revenue_attribution_latest_revision
