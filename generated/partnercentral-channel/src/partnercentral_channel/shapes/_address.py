"""Shapes of the Partner Central Channel API (internal: import them from ``shapes``).

The shapes only CreateChannelContract and GetChannelContract calls hold, imported on
the first use of one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._address"


class Address(_Structure):
    """The postal address of a legal entity.

    Attributes:
        city: The city or locality. Required.
        state_or_region: The state, province, or prefecture. Required.
        postal_code: The postal code. Required.
        country_code: The two-letter ISO 3166-1 country code. Required.
        address_line: The first line of the street address. Required.
        address_line2: The second line of the street address.
    """

    __module__ = __package__
    __slots__ = (
        "city",
        "state_or_region",
        "postal_code",
        "country_code",
        "address_line",
        "address_line2",
    )
    _WIRE_NAMES = frozenset(
        (
            "city",
            "stateOrRegion",
            "postalCode",
            "countryCode",
            "addressLine",
            "addressLine2",
        )
    )
    _REQUIRED = (
        "city",
        "stateOrRegion",
        "postalCode",
        "countryCode",
        "addressLine",
    )
    _CODECS = _CODEC_MODULE

    city: str
    state_or_region: str
    postal_code: str
    country_code: str
    address_line: str
    address_line2: str | None

    def __init__(
        self,
        *,
        city: str,
        state_or_region: str,
        postal_code: str,
        country_code: str,
        address_line: str,
        address_line2: str | None = None,
    ) -> None:
        self.city = city
        self.state_or_region = state_or_region
        self.postal_code = postal_code
        self.country_code = country_code
        self.address_line = address_line
        self.address_line2 = address_line2
