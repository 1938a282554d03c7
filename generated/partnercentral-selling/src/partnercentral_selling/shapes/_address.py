"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only CreateCustomerAccount, CreateOpportunity, GetCustomerAccount,
GetOpportunity, GetResourceSnapshot, UpdateCustomerAccount and UpdateOpportunity
calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        CountryCode,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._address"


class Address(_Structure):
    """Specifies the end `Customer`'s address details associated with the `Opportunity`.

    Attributes:
        city: Specifies the end `Customer`'s city associated with the `Opportunity`.
        postal_code: Specifies the end `Customer`'s postal code associated with the
            `Opportunity`.
        state_or_region: Specifies the end `Customer`'s state or region associated with
            the `Opportunity`.
        country_code: Specifies the end `Customer`'s country associated with the
            `Opportunity`.
        street_address: Specifies the end `Customer`'s street address associated with
            the `Opportunity`.
    """

    __module__ = __package__
    __slots__ = (
        "city",
        "postal_code",
        "state_or_region",
        "country_code",
        "street_address",
    )
    _WIRE_NAMES = frozenset(
        (
            "City",
            "PostalCode",
            "StateOrRegion",
            "CountryCode",
            "StreetAddress",
        )
    )
    _SENSITIVE = frozenset(
        (
            "city",
            "postal_code",
            "state_or_region",
            "country_code",
            "street_address",
        )
    )
    _CODECS = _CODEC_MODULE

    city: str | None
    postal_code: str | None
    state_or_region: str | None
    country_code: CountryCode | str | None
    street_address: str | None

    def __init__(
        self,
        *,
        city: str | None = None,
        postal_code: str | None = None,
        state_or_region: str | None = None,
        country_code: CountryCode | _types.CountryCodeValue | None = None,
        street_address: str | None = None,
    ) -> None:
        self.city = city
        self.postal_code = postal_code
        self.state_or_region = state_or_region
        self.country_code = country_code
        self.street_address = street_address
