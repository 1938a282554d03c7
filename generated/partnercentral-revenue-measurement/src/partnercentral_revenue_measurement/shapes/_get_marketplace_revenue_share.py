"""Shapes of the Partner Central Revenue Measurement API (internal: import them from ``shapes``).

The shapes only GetMarketplaceRevenueShare calls hold, imported on the first use of
one.
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
        RevenueShareProductAccountType,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._get_marketplace_revenue_share"


class GetMarketplaceRevenueShareInput(_Structure):
    """GetMarketplaceRevenueShareInput

    Attributes:
        catalog: The catalog that the marketplace revenue share belongs to. Required.
        identifier: The marketplace revenue share to retrieve, by ID (mrs-...) or ARN.
            Required.
        revision: The revision of the marketplace revenue share to retrieve.
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


class GetMarketplaceRevenueShareOutput(_Structure):
    """GetMarketplaceRevenueShareOutput

    Attributes:
        id: The unique identifier of the marketplace revenue share, short ID form
            (mrs-...). Required.
        arn: The Amazon Resource Name (ARN) of the marketplace revenue share. Required.
        catalog: The catalog that the marketplace revenue share belongs to. Required.
        products: The products in the marketplace revenue share, each with its typed
            account lists and full account... Required.
        created_date: The date when the marketplace revenue share was created. Required.
        last_modified_date: The date when the marketplace revenue share was last
            modified. Required.
        revision: The revision of the retrieved marketplace revenue share. Required.
        latest_revision: The latest revision of the marketplace revenue share. Required.
        effective_from: The date from which this share is effective, derived from the
            earliest ACTIVE allocation start...
        effective_until: The date until which this share is effective, derived from the
            latest ACTIVE allocation end date...
        total_active_marketplace_revenue_share_allocation_count: The number of active
            allocations under this marketplace revenue share. Required.
        total_marketplace_revenue_share_allocation_count: The total number of
            allocations under this marketplace revenue share. Required.
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
            "Revision",
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
        "Revision",
        "LatestRevision",
        "TotalActiveMarketplaceRevenueShareAllocationCount",
        "TotalMarketplaceRevenueShareAllocationCount",
    )
    _CODECS = _CODEC_MODULE

    id: str
    arn: str
    catalog: CatalogName | str
    products: list[MarketplaceRevenueShareProductDetail]
    created_date: _dt.datetime
    last_modified_date: _dt.datetime
    revision: str
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
        products: _types.SequenceNotStr[MarketplaceRevenueShareProductDetail],
        created_date: _dt.datetime,
        last_modified_date: _dt.datetime,
        revision: str,
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
        self.revision = revision
        self.latest_revision = latest_revision
        self.effective_from = effective_from
        self.effective_until = effective_until
        self.total_active_marketplace_revenue_share_allocation_count = (
            total_active_marketplace_revenue_share_allocation_count
        )
        self.total_marketplace_revenue_share_allocation_count = (
            total_marketplace_revenue_share_allocation_count
        )


class MarketplaceRevenueShareProductDetail(_Structure):
    """A product in a marketplace revenue share, as returned by GetMarketplaceRevenueShare,
    with the full typed account lists.

    Attributes:
        product_id: The AWS Marketplace product identifier. Required.
        product_code: The AWS Marketplace product code, resolved by the service.
        product_name: The display name of the AWS Marketplace product, resolved by the
            service.
        accounts: The typed account lists for this product, each with its count and full
            list of IDs.
    """

    __module__ = __package__
    __slots__ = (
        "product_id",
        "product_code",
        "product_name",
        "accounts",
    )
    _WIRE_NAMES = frozenset(
        (
            "ProductId",
            "ProductCode",
            "ProductName",
            "Accounts",
        )
    )
    _REQUIRED = ("ProductId",)
    _CODECS = _CODEC_MODULE

    product_id: str
    product_code: str | None
    product_name: str | None
    accounts: list[RevenueShareProductAccountDetail] | None

    def __init__(
        self,
        *,
        product_id: str,
        product_code: str | None = None,
        product_name: str | None = None,
        accounts: _types.SequenceNotStr[RevenueShareProductAccountDetail] | None = None,
    ) -> None:
        self.product_id = product_id
        self.product_code = product_code
        self.product_name = product_name
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.accounts = accounts  # type: ignore[assignment]


class RevenueShareProductAccountDetail(_Structure):
    """A typed account list returned by GetMarketplaceRevenueShare, with its count and full
    list of IDs.

    Attributes:
        account_type: The type of account list. Required.
        count: The number of accounts of this type. Required.
        account_ids: The full list of AWS account identifiers of this type. Required.
    """

    __module__ = __package__
    __slots__ = (
        "account_type",
        "count",
        "account_ids",
    )
    _WIRE_NAMES = frozenset(
        (
            "AccountType",
            "Count",
            "AccountIds",
        )
    )
    _REQUIRED = (
        "AccountType",
        "Count",
        "AccountIds",
    )
    _SENSITIVE = frozenset(("account_ids",))
    _CODECS = _CODEC_MODULE

    account_type: RevenueShareProductAccountType | str
    count: int
    account_ids: _Sequence[str]

    def __init__(
        self,
        *,
        account_type: RevenueShareProductAccountType | _types.RevenueShareProductAccountTypeValue,
        count: int,
        account_ids: _types.SequenceNotStr[str],
    ) -> None:
        self.account_type = account_type
        self.count = count
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.account_ids = account_ids  # type: ignore[assignment]
