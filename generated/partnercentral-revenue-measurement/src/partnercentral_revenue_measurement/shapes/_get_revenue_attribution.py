"""Shapes of the Partner Central Revenue Measurement API (internal: import them from ``shapes``).

The shapes only GetRevenueAttribution calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Mapping as _Mapping

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        CatalogName,
        TenancyModel,
    )
    from . import (
        MarketplaceProductSummary,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._get_revenue_attribution"


class GetRevenueAttributionInput(_Structure):
    """GetRevenueAttributionInput

    Attributes:
        catalog: The catalog that the revenue attribution belongs to. Required.
        identifier: The unique identifier of the revenue attribution to retrieve.
            Required.
        revision: The revision of the attribution to retrieve.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
        "revision",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "Revision",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: CatalogName | str
    identifier: str
    revision: str | None

    def __init__(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        identifier: str,
        revision: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.revision = revision


class GetRevenueAttributionOutput(_Structure):
    """GetRevenueAttributionOutput

    Attributes:
        arn: The Amazon Resource Name (ARN) of the revenue attribution. Required.
        id: The unique identifier of the revenue attribution. Required.
        catalog: The catalog that the revenue attribution belongs to. Required.
        name: The display name of the revenue attribution.
        description: A description of the revenue attribution.
        tenancy_model: The tenancy model for this revenue attribution. Required.
        marketplace_product: The associated AWS Marketplace product listing, if set.
        created_date: The date when the revenue attribution was created.
        last_modified_date: The date when the revenue attribution was last modified.
        revision: The revision of the retrieved attribution.
        latest_revision: The latest revision of the attribution.
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
        "description",
        "tenancy_model",
        "marketplace_product",
        "created_date",
        "last_modified_date",
        "revision",
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
            "Description",
            "TenancyModel",
            "MarketplaceProduct",
            "CreatedDate",
            "LastModifiedDate",
            "Revision",
            "LatestRevision",
            "EffectiveFrom",
            "EffectiveUntil",
            "TotalActiveRevenueAttributionAllocationCount",
            "TotalRevenueAttributionAllocationCount",
            "Context",
        )
    )
    _REQUIRED = (
        "Arn",
        "Id",
        "Catalog",
        "TenancyModel",
    )
    _CODECS = _CODEC_MODULE

    arn: str
    id: str
    catalog: CatalogName | str
    name: str | None
    description: str | None
    tenancy_model: TenancyModel | str
    marketplace_product: MarketplaceProductSummary | None
    created_date: _dt.datetime | None
    last_modified_date: _dt.datetime | None
    revision: str | None
    latest_revision: str | None
    effective_from: str | None
    effective_until: str | None
    total_active_revenue_attribution_allocation_count: int | None
    total_revenue_attribution_allocation_count: int | None
    context: _Mapping[str, str] | None

    def __init__(
        self,
        *,
        arn: str,
        id: str,
        catalog: CatalogName | _types.CatalogNameValue,
        tenancy_model: TenancyModel | _types.TenancyModelValue,
        name: str | None = None,
        description: str | None = None,
        marketplace_product: MarketplaceProductSummary | None = None,
        created_date: _dt.datetime | None = None,
        last_modified_date: _dt.datetime | None = None,
        revision: str | None = None,
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
        self.description = description
        self.tenancy_model = tenancy_model
        self.marketplace_product = marketplace_product
        self.created_date = created_date
        self.last_modified_date = last_modified_date
        self.revision = revision
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
