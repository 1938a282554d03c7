"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only CreateOpportunity, GetAwsOpportunitySummary, GetOpportunity,
GetResourceSnapshot and UpdateOpportunity calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        CurrencyCode,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._contact"


class Contact(_Structure):
    """An object that contains a `Customer Partner`'s contact details.

    Attributes:
        email: The contact's email address associated with the `Opportunity`.
        first_name: The contact's first name associated with the `Opportunity`.
        last_name: The contact's last name associated with the `Opportunity`.
        business_title: The partner contact's title (job title or role) associated with
            the `Opportunity`.
        phone: The contact's phone number associated with the `Opportunity`.
    """

    __module__ = __package__
    __slots__ = (
        "email",
        "first_name",
        "last_name",
        "business_title",
        "phone",
    )
    _WIRE_NAMES = frozenset(
        (
            "Email",
            "FirstName",
            "LastName",
            "BusinessTitle",
            "Phone",
        )
    )
    _SENSITIVE = frozenset(
        (
            "email",
            "first_name",
            "last_name",
            "business_title",
            "phone",
        )
    )
    _CODECS = _CODEC_MODULE

    email: str | None
    first_name: str | None
    last_name: str | None
    business_title: str | None
    phone: str | None

    def __init__(
        self,
        *,
        email: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        business_title: str | None = None,
        phone: str | None = None,
    ) -> None:
        self.email = email
        self.first_name = first_name
        self.last_name = last_name
        self.business_title = business_title
        self.phone = phone


class MonetaryValue(_Structure):
    """Specifies payments details.

    Attributes:
        amount: Specifies the payment amount. Required.
        currency_code: Specifies the payment currency. Required.
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
    _SENSITIVE = frozenset(("currency_code",))
    _CODECS = _CODEC_MODULE

    amount: str
    currency_code: CurrencyCode | str

    def __init__(
        self,
        *,
        amount: str,
        currency_code: CurrencyCode | _types.CurrencyCodeValue,
    ) -> None:
        self.amount = amount
        self.currency_code = currency_code
