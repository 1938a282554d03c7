"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only CreateCampaign, GetCampaign and UpdateCampaign calls hold, imported
on the first use of one.
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        CompanySize,
        Industry,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._monetary_value"


class MonetaryValue(_Structure):
    """An amount of money in a named currency.

    The amount is a decimal string, not a float: a budget is exact, and binary floating
    point cannot represent every two-decimal value. Mirrors the Partner Central Selling
    API's \\`ExpectedCustomerSpend.Amount\\`.

    Attributes:
        amount: The amount, as a decimal string with at most two decimal places.
            Required.
        currency_code: The ISO 4217 currency the amount is denominated in. Required.
    """

    __module__ = __package__
    __slots__ = (
        "amount",
        "currency_code",
    )
    _WIRE_NAMES = frozenset(
        (
            "Amount",
            "CurrencyCode",
        )
    )
    _REQUIRED = (
        "Amount",
        "CurrencyCode",
    )
    _CODECS = _CODEC_MODULE

    amount: str
    currency_code: str

    def __init__(
        self,
        *,
        amount: str,
        currency_code: str,
    ) -> None:
        self.amount = amount
        self.currency_code = currency_code


class TargetAudience(_Structure):
    """Advisory targeting metadata for a campaign.

    Describes who the campaign is \\*about\\*, and never drives a send — that is
    \\`EmailTarget\\`. Nothing here is validated at create, because a partner refines it
    across the wizard.

    Attributes:
        industries: Target industries.
        company_sizes: Target company sizes.
        countries: Target countries, as ISO 3166-1 alpha-2 codes.
    """

    __module__ = __package__
    __slots__ = (
        "industries",
        "company_sizes",
        "countries",
    )
    _WIRE_NAMES = frozenset(
        (
            "Industries",
            "CompanySizes",
            "Countries",
        )
    )
    _CODECS = _CODEC_MODULE

    industries: _Sequence[Industry | str] | None
    company_sizes: _Sequence[CompanySize | str] | None
    countries: _Sequence[str] | None

    def __init__(
        self,
        *,
        industries: _types.SequenceNotStr[Industry | _types.IndustryValue] | None = None,
        company_sizes: _types.SequenceNotStr[CompanySize | _types.CompanySizeValue] | None = None,
        countries: _types.SequenceNotStr[str] | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.industries = industries  # type: ignore[assignment]
        self.company_sizes = company_sizes  # type: ignore[assignment]
        self.countries = countries  # type: ignore[assignment]
