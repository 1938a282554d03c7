"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only SearchCampaignTemplates calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        AssetLanguage,
        CampaignTemplateCollection,
        Catalog,
        CustomerSegment,
        Industry,
        Theme,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._search_campaign_templates"


class CampaignTemplateSummary(_Structure):
    """Summary representation of a campaign template, returned by search.

    Attributes:
        id: The campaign template identifier. Required.
        name: The display name. Required.
        industry: Target industry for filtering or categorization.
        use_case: Campaign use case for filtering or categorization.
        description: The campaign overview.
        language_code: Language the template is authored in.
        collection: The browsing context the template is listed in. Required.
        aws_services: AWS services the template promotes.
        customer_segments: The customer segments the template is written for.
        themes: The template's marketing themes.
        thumbnail_url: Thumbnail URL.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "name",
        "industry",
        "use_case",
        "description",
        "language_code",
        "collection",
        "aws_services",
        "customer_segments",
        "themes",
        "thumbnail_url",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Name",
            "Industry",
            "UseCase",
            "Description",
            "LanguageCode",
            "Collection",
            "AwsServices",
            "CustomerSegments",
            "Themes",
            "ThumbnailUrl",
        )
    )
    _REQUIRED = (
        "Id",
        "Name",
        "Collection",
    )
    _CODECS = _CODEC_MODULE

    id: str
    name: str
    industry: Industry | str | None
    use_case: str | None
    description: str | None
    language_code: AssetLanguage | str | None
    collection: CampaignTemplateCollection | str
    aws_services: list[str] | None
    customer_segments: list[CustomerSegment | str] | None
    themes: list[Theme | str] | None
    thumbnail_url: str | None

    def __init__(
        self,
        *,
        id: str,
        name: str,
        collection: CampaignTemplateCollection | _types.CampaignTemplateCollectionValue,
        industry: Industry | _types.IndustryValue | None = None,
        use_case: str | None = None,
        description: str | None = None,
        language_code: AssetLanguage | _types.AssetLanguageValue | None = None,
        aws_services: _types.SequenceNotStr[str] | None = None,
        customer_segments: (
            _types.SequenceNotStr[CustomerSegment | _types.CustomerSegmentValue] | None
        ) = None,
        themes: _types.SequenceNotStr[Theme | _types.ThemeValue] | None = None,
        thumbnail_url: str | None = None,
    ) -> None:
        self.id = id
        self.name = name
        self.industry = industry
        self.use_case = use_case
        self.description = description
        self.language_code = language_code
        self.collection = collection
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.aws_services = aws_services  # type: ignore[assignment]
        self.customer_segments = customer_segments  # type: ignore[assignment]
        self.themes = themes  # type: ignore[assignment]
        self.thumbnail_url = thumbnail_url


class SearchCampaignTemplatesRequest(_Structure):
    """Input for SearchCampaignTemplates.

    Attributes:
        catalog: The catalog (AWS or Sandbox). Required.
        search_text: Free-text query matched against the template's name and
            description.
        industry: Restrict to templates in these industries.
        use_case: Restrict to templates with these campaign use cases.
        language: Restrict to templates in these language(s), matched by each template's
            `LanguageCode`.
        aws_services: Restrict to templates promoting these AWS services.
        customer_segments: Restrict to templates for these customer segments.
        themes: Restrict to templates with these themes.
        collection: Restrict to templates in these collections.
        max_results: Maximum results per page.
        next_token: Pagination token.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "search_text",
        "industry",
        "use_case",
        "language",
        "aws_services",
        "customer_segments",
        "themes",
        "collection",
        "max_results",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "SearchText",
            "Industry",
            "UseCase",
            "Language",
            "AwsServices",
            "CustomerSegments",
            "Themes",
            "Collection",
            "MaxResults",
            "NextToken",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    catalog: Catalog | str
    search_text: str | None
    industry: _Sequence[Industry | str] | None
    use_case: _Sequence[str] | None
    language: _Sequence[AssetLanguage | str] | None
    aws_services: _Sequence[str] | None
    customer_segments: _Sequence[CustomerSegment | str] | None
    themes: _Sequence[Theme | str] | None
    collection: _Sequence[CampaignTemplateCollection | str] | None
    max_results: int | None
    next_token: str | None

    def __init__(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        search_text: str | None = None,
        industry: _types.SequenceNotStr[Industry | _types.IndustryValue] | None = None,
        use_case: _types.SequenceNotStr[str] | None = None,
        language: _types.SequenceNotStr[AssetLanguage | _types.AssetLanguageValue] | None = None,
        aws_services: _types.SequenceNotStr[str] | None = None,
        customer_segments: (
            _types.SequenceNotStr[CustomerSegment | _types.CustomerSegmentValue] | None
        ) = None,
        themes: _types.SequenceNotStr[Theme | _types.ThemeValue] | None = None,
        collection: (
            _types.SequenceNotStr[
                CampaignTemplateCollection | _types.CampaignTemplateCollectionValue
            ]
            | None
        ) = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.search_text = search_text
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.industry = industry  # type: ignore[assignment]
        self.use_case = use_case  # type: ignore[assignment]
        self.language = language  # type: ignore[assignment]
        self.aws_services = aws_services  # type: ignore[assignment]
        self.customer_segments = customer_segments  # type: ignore[assignment]
        self.themes = themes  # type: ignore[assignment]
        self.collection = collection  # type: ignore[assignment]
        self.max_results = max_results
        self.next_token = next_token


class SearchCampaignTemplatesResponse(_Structure):
    """Output for SearchCampaignTemplates.

    Attributes:
        total_results: Total count over the whole matching set, not just this page — for
            "over N results" display. Required.
        campaign_templates: This page of template summaries. Required.
        next_token: Pagination token.
    """

    __module__ = __package__
    __slots__ = (
        "total_results",
        "campaign_templates",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "TotalResults",
            "CampaignTemplates",
            "NextToken",
        )
    )
    _REQUIRED = (
        "TotalResults",
        "CampaignTemplates",
    )
    _CODECS = _CODEC_MODULE

    total_results: int
    campaign_templates: list[CampaignTemplateSummary]
    next_token: str | None

    def __init__(
        self,
        *,
        total_results: int,
        campaign_templates: _types.SequenceNotStr[CampaignTemplateSummary],
        next_token: str | None = None,
    ) -> None:
        self.total_results = total_results
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.campaign_templates = campaign_templates  # type: ignore[assignment]
        self.next_token = next_token
