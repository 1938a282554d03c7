"""Shapes of the Partner Central Revenue Measurement API (internal: import them from ``shapes``).

The shapes only CreateRevenueAttribution calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Mapping as _Mapping
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        CatalogName,
        TenancyModel,
    )
    from . import (
        MarketplaceProductSummary,
        Tag,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._create_revenue_attribution"


class CreateRevenueAttributionInput(_Structure):
    """CreateRevenueAttributionInput

    Attributes:
        catalog: The catalog in which to create the revenue attribution. Required.
        client_token: A unique token to ensure idempotency of the create request. Filled
            with a random UUID when omitted.
        name: The name of the revenue attribution. Required.
        description: A description of the revenue attribution.
        tenancy_model: The tenancy model for this revenue attribution. Required.
        product_identifier: The unique product identifier in AWS Marketplace.
        tags: Tags to associate with the revenue attribution upon creation.
        context: Program-defined key-value attributes for the revenue attribution.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "client_token",
        "name",
        "description",
        "tenancy_model",
        "product_identifier",
        "tags",
        "context",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ClientToken",
            "Name",
            "Description",
            "TenancyModel",
            "ProductIdentifier",
            "Tags",
            "Context",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Name",
        "TenancyModel",
    )
    _CODECS = _CODEC_MODULE

    catalog: CatalogName | str
    client_token: str | None
    name: str
    description: str | None
    tenancy_model: TenancyModel | str
    product_identifier: str | None
    tags: _Sequence[Tag] | None
    context: _Mapping[str, str] | None

    def __init__(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        name: str,
        tenancy_model: TenancyModel | _types.TenancyModelValue,
        client_token: str | None = None,
        description: str | None = None,
        product_identifier: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
        context: _Mapping[str, str] | None = None,
    ) -> None:
        self.catalog = catalog
        self.client_token = client_token
        self.name = name
        self.description = description
        self.tenancy_model = tenancy_model
        self.product_identifier = product_identifier
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.tags = tags  # type: ignore[assignment]
        self.context = context


class CreateRevenueAttributionOutput(_Structure):
    """CreateRevenueAttributionOutput

    Attributes:
        id: The unique identifier of the newly created revenue attribution. Required.
        arn: The Amazon Resource Name (ARN) of the newly created revenue attribution.
            Required.
        name: The name of the revenue attribution.
        description: The description of the revenue attribution.
        tenancy_model: The tenancy model for this revenue attribution. Required.
        marketplace_product: The associated AWS Marketplace product listing, if set at
            creation.
        revision: The revision of the newly created attribution resource.
        context: Program-defined key-value attributes for the revenue attribution.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "arn",
        "name",
        "description",
        "tenancy_model",
        "marketplace_product",
        "revision",
        "context",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Arn",
            "Name",
            "Description",
            "TenancyModel",
            "MarketplaceProduct",
            "Revision",
            "Context",
        )
    )
    _REQUIRED = (
        "Id",
        "Arn",
        "TenancyModel",
    )
    _CODECS = _CODEC_MODULE

    id: str
    arn: str
    name: str | None
    description: str | None
    tenancy_model: TenancyModel | str
    marketplace_product: MarketplaceProductSummary | None
    revision: str | None
    context: _Mapping[str, str] | None

    def __init__(
        self,
        *,
        id: str,
        arn: str,
        tenancy_model: TenancyModel | _types.TenancyModelValue,
        name: str | None = None,
        description: str | None = None,
        marketplace_product: MarketplaceProductSummary | None = None,
        revision: str | None = None,
        context: _Mapping[str, str] | None = None,
    ) -> None:
        self.id = id
        self.arn = arn
        self.name = name
        self.description = description
        self.tenancy_model = tenancy_model
        self.marketplace_product = marketplace_product
        self.revision = revision
        self.context = context
