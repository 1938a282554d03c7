"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only CreatePartner and GetPartner calls hold, imported on the first use
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
        IndustrySegment,
        PrimarySolutionType,
    )
    from . import (
        Headquarters,
        LocalizedContent,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._partner_domain"


class PartnerDomain(_Structure):
    """Represents a verified domain associated with a partner account.

    Attributes:
        domain_name: The domain name that has been verified for the partner account.
            Required.
        registered_at: The timestamp when the domain was registered and verified for the
            partner account. Required.
    """

    __module__ = __package__
    __slots__ = (
        "domain_name",
        "registered_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "DomainName",
            "RegisteredAt",
        )
    )
    _REQUIRED = (
        "DomainName",
        "RegisteredAt",
    )
    _CODECS = _CODEC_MODULE

    domain_name: str
    registered_at: _dt.datetime

    def __init__(
        self,
        *,
        domain_name: str,
        registered_at: _dt.datetime,
    ) -> None:
        self.domain_name = domain_name
        self.registered_at = registered_at


class PartnerProfile(_Structure):
    """Contains comprehensive profile information for a partner including public-facing
    details.

    Attributes:
        display_name: The public display name for the partner organization. Required.
        description: A description of the partner's business, services, and
            capabilities. Required.
        website_url: The partner's primary website URL. Required.
        logo_url: The URL to the partner's logo image. Required.
        primary_solution_type: The primary type of solution or service the partner
            provides. Required.
        industry_segments: The industry segments or verticals that the partner serves.
            Required.
        translation_source_locale: The source locale used for automatic translation of
            profile content. Required.
        localized_contents: A list of localized content versions for different languages
            and regions.
        headquarters: The ISO 3166 country and subdivision codes for the partner's
            headquarters location.
        profile_id: The unique identifier of the partner profile.
    """

    __module__ = __package__
    __slots__ = (
        "display_name",
        "description",
        "website_url",
        "logo_url",
        "primary_solution_type",
        "industry_segments",
        "translation_source_locale",
        "localized_contents",
        "headquarters",
        "profile_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "DisplayName",
            "Description",
            "WebsiteUrl",
            "LogoUrl",
            "PrimarySolutionType",
            "IndustrySegments",
            "TranslationSourceLocale",
            "LocalizedContents",
            "Headquarters",
            "ProfileId",
        )
    )
    _REQUIRED = (
        "DisplayName",
        "Description",
        "WebsiteUrl",
        "LogoUrl",
        "PrimarySolutionType",
        "IndustrySegments",
        "TranslationSourceLocale",
    )
    _CODECS = _CODEC_MODULE

    display_name: str
    description: str
    website_url: str
    logo_url: str
    primary_solution_type: PrimarySolutionType | str
    industry_segments: _Sequence[IndustrySegment | str]
    translation_source_locale: str
    localized_contents: _Sequence[LocalizedContent] | None
    headquarters: Headquarters | None
    profile_id: str | None

    def __init__(
        self,
        *,
        display_name: str,
        description: str,
        website_url: str,
        logo_url: str,
        primary_solution_type: PrimarySolutionType | _types.PrimarySolutionTypeValue,
        industry_segments: _types.SequenceNotStr[IndustrySegment | _types.IndustrySegmentValue],
        translation_source_locale: str,
        localized_contents: _types.SequenceNotStr[LocalizedContent] | None = None,
        headquarters: Headquarters | None = None,
        profile_id: str | None = None,
    ) -> None:
        self.display_name = display_name
        self.description = description
        self.website_url = website_url
        self.logo_url = logo_url
        self.primary_solution_type = primary_solution_type
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.industry_segments = industry_segments  # type: ignore[assignment]
        self.translation_source_locale = translation_source_locale
        self.localized_contents = localized_contents  # type: ignore[assignment]
        self.headquarters = headquarters
        self.profile_id = profile_id
