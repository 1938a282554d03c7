"""Shapes of the Partner Central Revenue Measurement API (internal: import them from ``shapes``).

The shapes only CreateMarketplaceRevenueShare calls hold, imported on the first use
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
    )
    from . import (
        MarketplaceRevenueShareProductEntry,
        MarketplaceRevenueShareProductSummary,
        Tag,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._create_marketplace_revenue_share"


class CreateMarketplaceRevenueShareInput(_Structure):
    """CreateMarketplaceRevenueShareInput

    Attributes:
        catalog: The catalog in which to create the marketplace revenue share. Required.
        client_token: A unique token to ensure idempotency of the create request. Filled
            with a random UUID when omitted.
        products: The products in the marketplace revenue share, each with its typed
            account lists. Required.
        tags: Tags to associate with the marketplace revenue share upon creation.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "client_token",
        "products",
        "tags",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ClientToken",
            "Products",
            "Tags",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Products",
    )
    _CODECS = _CODEC_MODULE

    catalog: CatalogName | str
    client_token: str | None
    products: _Sequence[MarketplaceRevenueShareProductEntry]
    tags: _Sequence[Tag] | None

    def __init__(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        products: _types.SequenceNotStr[MarketplaceRevenueShareProductEntry],
        client_token: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
    ) -> None:
        self.catalog = catalog
        self.client_token = client_token
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.products = products  # type: ignore[assignment]
        self.tags = tags  # type: ignore[assignment]


class CreateMarketplaceRevenueShareOutput(_Structure):
    """CreateMarketplaceRevenueShareOutput

    Attributes:
        id: The unique identifier of the newly created marketplace revenue share, short
            ID form (mrs-...). Required.
        arn: The Amazon Resource Name (ARN) of the newly created marketplace revenue
            share. Required.
        catalog: The catalog that the marketplace revenue share belongs to. Required.
        products: The products in the newly created marketplace revenue share, each with
            per-type account counts. Required.
        created_date: The date when the marketplace revenue share was created. Required.
        last_modified_date: The date when the marketplace revenue share was last
            modified. Required.
        revision: The revision of the newly created marketplace revenue share. Required.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "arn",
        "catalog",
        "products",
        "created_date",
        "last_modified_date",
        "revision",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Arn",
            "Catalog",
            "Products",
            "CreatedDate",
            "LastModifiedDate",
            "Revision",
        )
    )
    _REQUIRED = (
        "Id",
        "Arn",
        "Catalog",
        "Products",
        "CreatedDate",
        "LastModifiedDate",
        "Revision",
    )
    _CODECS = _CODEC_MODULE

    id: str
    arn: str
    catalog: CatalogName | str
    products: list[MarketplaceRevenueShareProductSummary]
    created_date: _dt.datetime
    last_modified_date: _dt.datetime
    revision: str

    def __init__(
        self,
        *,
        id: str,
        arn: str,
        catalog: CatalogName | _types.CatalogNameValue,
        products: _types.SequenceNotStr[MarketplaceRevenueShareProductSummary],
        created_date: _dt.datetime,
        last_modified_date: _dt.datetime,
        revision: str,
    ) -> None:
        self.id = id
        self.arn = arn
        self.catalog = catalog
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.products = products  # type: ignore[assignment]
        self.created_date = created_date
        self.last_modified_date = last_modified_date
        self.revision = revision
