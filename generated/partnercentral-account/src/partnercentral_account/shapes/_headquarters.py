"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only CancelProfileUpdateTask, CreatePartner, GetPartner,
GetProfileUpdateTask and StartProfileUpdateTask calls hold, imported on the first
use of one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._headquarters"


class Headquarters(_Structure):
    """Contains the partner's headquarters location using International Organization for
    Standardization (ISO) 3166 country and subdivision codes.

    Attributes:
        country_code: The ISO 3166-1 alpha-2 country code of the partner's headquarters.
            Required.
        subdivision_code: The subdivision portion of the ISO 3166-2 code for the
            partner's headquarters (for example, `SP`... Required.
    """

    __module__ = __package__
    __slots__ = (
        "country_code",
        "subdivision_code",
    )
    _WIRE_NAMES = frozenset(
        (
            "CountryCode",
            "SubdivisionCode",
        )
    )
    _REQUIRED = (
        "CountryCode",
        "SubdivisionCode",
    )
    _CODECS = _CODEC_MODULE

    country_code: str
    subdivision_code: str

    def __init__(
        self,
        *,
        country_code: str,
        subdivision_code: str,
    ) -> None:
        self.country_code = country_code
        self.subdivision_code = subdivision_code


class LocalizedContent(_Structure):
    """Contains localized content for a partner profile in a specific language or locale.

    Attributes:
        display_name: The localized display name for the partner. Required.
        description: The localized description of the partner's business and services.
            Required.
        website_url: The localized website URL for the partner. Required.
        logo_url: The URL to the partner's logo image for this locale. Required.
        locale: The locale or language code for the localized content. Required.
    """

    __module__ = __package__
    __slots__ = (
        "display_name",
        "description",
        "website_url",
        "logo_url",
        "locale",
    )
    _WIRE_NAMES = frozenset(
        (
            "DisplayName",
            "Description",
            "WebsiteUrl",
            "LogoUrl",
            "Locale",
        )
    )
    _REQUIRED = (
        "DisplayName",
        "Description",
        "WebsiteUrl",
        "LogoUrl",
        "Locale",
    )
    _CODECS = _CODEC_MODULE

    display_name: str
    description: str
    website_url: str
    logo_url: str
    locale: str

    def __init__(
        self,
        *,
        display_name: str,
        description: str,
        website_url: str,
        logo_url: str,
        locale: str,
    ) -> None:
        self.display_name = display_name
        self.description = description
        self.website_url = website_url
        self.logo_url = logo_url
        self.locale = locale
