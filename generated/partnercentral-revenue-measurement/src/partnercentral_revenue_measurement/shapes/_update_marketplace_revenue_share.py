"""Shapes of the Partner Central Revenue Measurement API (internal: import them from ``shapes``).

The shapes only UpdateMarketplaceRevenueShare calls hold, imported on the first use
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
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._update_marketplace_revenue_share"


class UpdateMarketplaceRevenueShareInput(_Structure):
    """UpdateMarketplaceRevenueShareInput

    Attributes:
        catalog: The catalog that the marketplace revenue share belongs to. Required.
        identifier: The marketplace revenue share to update, by ID (mrs-...) or ARN.
            Required.
        client_token: A unique token to ensure idempotency of the update request. Filled
            with a random UUID when omitted.
        revision: The current revision of the marketplace revenue share, for optimistic
            concurrency control. Required.
        products: The complete desired set of products in the marketplace revenue share,
            each with its typed... Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
        "client_token",
        "revision",
        "products",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "ClientToken",
            "Revision",
            "Products",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
        "Revision",
        "Products",
    )
    _CODECS = _CODEC_MODULE

    catalog: CatalogName | str
    identifier: str
    client_token: str | None
    revision: str
    products: _Sequence[MarketplaceRevenueShareProductEntry]

    def __init__(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        identifier: str,
        revision: str,
        products: _types.SequenceNotStr[MarketplaceRevenueShareProductEntry],
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.client_token = client_token
        self.revision = revision
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.products = products  # type: ignore[assignment]


class UpdateMarketplaceRevenueShareOutput(_Structure):
    """UpdateMarketplaceRevenueShareOutput

    Attributes:
        id: The unique identifier of the updated marketplace revenue share, short ID
            form (mrs-...). Required.
        arn: The Amazon Resource Name (ARN) of the updated marketplace revenue share.
            Required.
        products: The products in the marketplace revenue share after the update, each
            with per-type account counts. Required.
        last_modified_date: The date when the marketplace revenue share was last
            modified. Required.
        latest_revision: The latest revision of the marketplace revenue share after the
            update. Required.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "arn",
        "products",
        "last_modified_date",
        "latest_revision",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Arn",
            "Products",
            "LastModifiedDate",
            "LatestRevision",
        )
    )
    _REQUIRED = (
        "Id",
        "Arn",
        "Products",
        "LastModifiedDate",
        "LatestRevision",
    )
    _CODECS = _CODEC_MODULE

    id: str
    arn: str
    products: list[MarketplaceRevenueShareProductSummary]
    last_modified_date: _dt.datetime
    latest_revision: str

    def __init__(
        self,
        *,
        id: str,
        arn: str,
        products: _types.SequenceNotStr[MarketplaceRevenueShareProductSummary],
        last_modified_date: _dt.datetime,
        latest_revision: str,
    ) -> None:
        self.id = id
        self.arn = arn
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.products = products  # type: ignore[assignment]
        self.last_modified_date = last_modified_date
        self.latest_revision = latest_revision
