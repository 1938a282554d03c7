"""Shapes of the Partner Central Revenue Measurement API (internal: import them from ``shapes``).

The shapes only CreateMarketplaceRevenueShare and UpdateMarketplaceRevenueShare
calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        RevenueShareProductAccountType,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._marketplace_revenue_share_product_entry"


class MarketplaceRevenueShareProductEntry(_Structure):
    """A product and its typed account lists as supplied in a CreateMarketplaceRevenueShare or
    UpdateMarketplaceRevenueShare request.

    Attributes:
        product_id: The AWS Marketplace product ID or product ARN. Required.
        accounts: The typed account lists for this product.
    """

    __module__ = __package__
    __slots__ = (
        "product_id",
        "accounts",
    )
    _WIRE_NAMES = frozenset(
        (
            "ProductId",
            "Accounts",
        )
    )
    _REQUIRED = ("ProductId",)
    _CODECS = _CODEC_MODULE

    product_id: str
    accounts: _Sequence[RevenueShareProductAccountEntry] | None

    def __init__(
        self,
        *,
        product_id: str,
        accounts: _types.SequenceNotStr[RevenueShareProductAccountEntry] | None = None,
    ) -> None:
        self.product_id = product_id
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.accounts = accounts  # type: ignore[assignment]


class RevenueShareProductAccountEntry(_Structure):
    """A typed account list supplied for a product in a CreateMarketplaceRevenueShare or
    UpdateMarketplaceRevenueShare request.

    Attributes:
        account_type: The type of account list. Required.
        account_ids: The AWS account identifiers for this type. Required.
    """

    __module__ = __package__
    __slots__ = (
        "account_type",
        "account_ids",
    )
    _WIRE_NAMES = frozenset(
        (
            "AccountType",
            "AccountIds",
        )
    )
    _REQUIRED = (
        "AccountType",
        "AccountIds",
    )
    _SENSITIVE = frozenset(("account_ids",))
    _CODECS = _CODEC_MODULE

    account_type: RevenueShareProductAccountType | str
    account_ids: _Sequence[str]

    def __init__(
        self,
        *,
        account_type: RevenueShareProductAccountType | _types.RevenueShareProductAccountTypeValue,
        account_ids: _types.SequenceNotStr[str],
    ) -> None:
        self.account_type = account_type
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.account_ids = account_ids  # type: ignore[assignment]
