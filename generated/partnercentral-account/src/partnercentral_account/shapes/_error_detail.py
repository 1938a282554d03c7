"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only CancelProfileUpdateTask, GetProfileUpdateTask and
StartProfileUpdateTask calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        IndustrySegment,
        PrimarySolutionType,
        ProfileValidationErrorReason,
    )
    from . import (
        Headquarters,
        LocalizedContent,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._error_detail"


class ErrorDetail(_Structure):
    """Contains detailed information about an error that occurred during an operation.

    Attributes:
        locale: The locale or language code for the error message. Required.
        message: A human-readable description of the error. Required.
        reason: A machine-readable code or reason for the error. Required.
    """

    __module__ = __package__
    __slots__ = (
        "locale",
        "message",
        "reason",
    )
    _WIRE_NAMES = frozenset(
        (
            "Locale",
            "Message",
            "Reason",
        )
    )
    _REQUIRED = (
        "Locale",
        "Message",
        "Reason",
    )
    _CODECS = _CODEC_MODULE

    locale: str
    message: str
    reason: ProfileValidationErrorReason | str

    def __init__(
        self,
        *,
        locale: str,
        message: str,
        reason: ProfileValidationErrorReason | _types.ProfileValidationErrorReasonValue,
    ) -> None:
        self.locale = locale
        self.message = message
        self.reason = reason


class TaskDetails(_Structure):
    """Contains detailed information about a profile update task including the changes to be
    made.

    Attributes:
        display_name: The updated display name for the partner profile. Required.
        description: The updated description for the partner profile. Required.
        website_url: The updated website URL for the partner profile. Required.
        logo_url: The updated logo URL for the partner profile. Required.
        primary_solution_type: The updated primary solution type for the partner
            profile. Required.
        industry_segments: The updated industry segments for the partner profile.
            Required.
        translation_source_locale: The updated translation source locale for the partner
            profile. Required.
        localized_contents: The updated localized content for the partner profile.
        headquarters: The ISO 3166 country and subdivision codes for the partner's
            headquarters location.
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
