"""Shapes of the Partner Central Revenue Measurement API (internal: import them from ``shapes``).

The shapes only CreateMarketplaceRevenueShare, ListMarketplaceRevenueShares and
UpdateMarketplaceRevenueShare calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        RevenueShareProductAccountType,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._marketplace_revenue_share_product_summary"


class MarketplaceRevenueShareProductSummary(_Structure):
    """A product in a marketplace revenue share, as returned in Create, Update and List
    responses, with per-type account counts but no account IDs.

    Attributes:
        product_id: The AWS Marketplace product identifier. Required.
        product_code: The AWS Marketplace product code, resolved by the service.
        product_name: The display name of the AWS Marketplace product, resolved by the
            service.
        accounts: Per-type counts of the accounts associated with this product.
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
    accounts: list[RevenueShareProductAccountSummary] | None

    def __init__(
        self,
        *,
        product_id: str,
        product_code: str | None = None,
        product_name: str | None = None,
        accounts: _types.SequenceNotStr[RevenueShareProductAccountSummary] | None = None,
    ) -> None:
        self.product_id = product_id
        self.product_code = product_code
        self.product_name = product_name
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.accounts = accounts  # type: ignore[assignment]


class RevenueShareProductAccountSummary(_Structure):
    """A per-type count of accounts associated with a product.

    Attributes:
        account_type: The type of account list. Required.
        count: The number of accounts of this type. Required.
    """

    __module__ = __package__
    __slots__ = (
        "account_type",
        "count",
    )
    _WIRE_NAMES = frozenset(
        (
            "AccountType",
            "Count",
        )
    )
    _REQUIRED = (
        "AccountType",
        "Count",
    )
    _CODECS = _CODEC_MODULE

    account_type: RevenueShareProductAccountType | str
    count: int

    def __init__(
        self,
        *,
        account_type: RevenueShareProductAccountType | _types.RevenueShareProductAccountTypeValue,
        count: int,
    ) -> None:
        self.account_type = account_type
        self.count = count
