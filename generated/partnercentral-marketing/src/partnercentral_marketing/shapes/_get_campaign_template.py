"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only GetCampaignTemplate calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        AssetLanguage,
        CampaignAssetTemplateType,
        CampaignTemplateCollection,
        Catalog,
        CustomerSegment,
        Industry,
        Platform,
        Theme,
    )
    from . import (
        CampaignAssetTemplateField,
        LayoutPreview,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._get_campaign_template"


class CampaignAssetTemplate(_Structure):
    """One asset blueprint inside a campaign template. The id is template-local — an asset
    template is not a standalone resource and has no ARN.

    Attributes:
        id: The template-local asset template identifier. Required.
        type: The kind of asset this blueprint instantiates as. Required.
        label: Display label; becomes the instantiated asset's name. Required.
        display_order: Ordering for preview and instantiation.
        fields: The editable-field schema, copied and pinned onto each campaign asset at
            create.
        layout_previews: Previews of the AWS-authored layout skeleton.
        prerequisite_asset_template_ids: The asset templates this one embeds output
            from, such as an email's landing page.
        social_platform: SOCIAL_POST only: the platform an asset made from this
            blueprint posts to, which the asset...
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "type",
        "label",
        "display_order",
        "fields",
        "layout_previews",
        "prerequisite_asset_template_ids",
        "social_platform",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Type",
            "Label",
            "DisplayOrder",
            "Fields",
            "LayoutPreviews",
            "PrerequisiteAssetTemplateIds",
            "SocialPlatform",
        )
    )
    _REQUIRED = (
        "Id",
        "Type",
        "Label",
    )
    _CODECS = _CODEC_MODULE

    id: str
    type: CampaignAssetTemplateType | str
    label: str
    display_order: int | None
    fields: list[CampaignAssetTemplateField] | None
    layout_previews: list[LayoutPreview] | None
    prerequisite_asset_template_ids: list[str] | None
    social_platform: Platform | str | None

    def __init__(
        self,
        *,
        id: str,
        type: CampaignAssetTemplateType | _types.CampaignAssetTemplateTypeValue,
        label: str,
        display_order: int | None = None,
        fields: _types.SequenceNotStr[CampaignAssetTemplateField] | None = None,
        layout_previews: _types.SequenceNotStr[LayoutPreview] | None = None,
        prerequisite_asset_template_ids: _types.SequenceNotStr[str] | None = None,
        social_platform: Platform | _types.PlatformValue | None = None,
    ) -> None:
        self.id = id
        self.type = type
        self.label = label
        self.display_order = display_order
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.fields = fields  # type: ignore[assignment]
        self.layout_previews = layout_previews  # type: ignore[assignment]
        self.prerequisite_asset_template_ids = prerequisite_asset_template_ids  # type: ignore[assignment]
        self.social_platform = social_platform


class CampaignTemplate(_Structure):
    """A platform-managed campaign template — an AWS-authored kit of asset blueprints a partner
    creates a campaign from.

    Attributes:
        id: The campaign template identifier. Required.
        name: The display name. Required.
        industry: Target industry for filtering or categorization.
        use_case: Campaign use case for filtering or categorization.
        description: A short overview of the campaign, as plain text in the template's
            language: no HTML and no...
        language_code: Language the template is authored in, which a campaign created
            from it takes.
        collection: The browsing context the template is listed in. Required.
        aws_services: AWS services the template promotes.
        customer_segments: The customer segments the template is written for.
        themes: The template's marketing themes.
        setup_duration: Estimated setup time.
        thumbnail_url: Thumbnail URL.
        effective_date_begin: The instant the template becomes available to partners.
        asset_templates: The ordered asset blueprints.
        reference_materials: The template's reference materials: guides, briefs, copy
            blocks and other files a partner...
        created_at: Creation timestamp.
        updated_at: Last update timestamp.
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
        "setup_duration",
        "thumbnail_url",
        "effective_date_begin",
        "asset_templates",
        "reference_materials",
        "created_at",
        "updated_at",
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
            "SetupDuration",
            "ThumbnailUrl",
            "EffectiveDateBegin",
            "AssetTemplates",
            "ReferenceMaterials",
            "CreatedAt",
            "UpdatedAt",
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
    setup_duration: str | None
    thumbnail_url: str | None
    effective_date_begin: _dt.datetime | None
    asset_templates: list[CampaignAssetTemplate] | None
    reference_materials: list[ReferenceMaterial] | None
    created_at: _dt.datetime | None
    updated_at: _dt.datetime | None

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
        setup_duration: str | None = None,
        thumbnail_url: str | None = None,
        effective_date_begin: _dt.datetime | None = None,
        asset_templates: _types.SequenceNotStr[CampaignAssetTemplate] | None = None,
        reference_materials: _types.SequenceNotStr[ReferenceMaterial] | None = None,
        created_at: _dt.datetime | None = None,
        updated_at: _dt.datetime | None = None,
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
        self.setup_duration = setup_duration
        self.thumbnail_url = thumbnail_url
        self.effective_date_begin = effective_date_begin
        self.asset_templates = asset_templates  # type: ignore[assignment]
        self.reference_materials = reference_materials  # type: ignore[assignment]
        self.created_at = created_at
        self.updated_at = updated_at


class GetCampaignTemplateRequest(_Structure):
    """Input for GetCampaignTemplate.

    Attributes:
        catalog: The catalog (AWS or Sandbox). Required.
        identifier: The campaign template's id. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: Catalog | str
    identifier: str

    def __init__(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        identifier: str,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier


class GetCampaignTemplateResponse(_Structure):
    """Output for GetCampaignTemplate.

    Attributes:
        campaign_template: The campaign template, including its asset templates.
            Required.
    """

    __module__ = __package__
    __slots__ = ("campaign_template",)
    _WIRE_NAMES = frozenset(("CampaignTemplate",))
    _REQUIRED = ("CampaignTemplate",)
    _CODECS = _CODEC_MODULE

    campaign_template: CampaignTemplate

    def __init__(
        self,
        *,
        campaign_template: CampaignTemplate,
    ) -> None:
        self.campaign_template = campaign_template


class ReferenceMaterial(_Structure):
    """A reference material that comes with a campaign template: a file the partner downloads
    as-is.

    Not a blueprint: it carries no fields, cannot be instantiated, and is not activated.

    Not the `ReferenceMaterial` resource deleted on 2026-09-22 (its six operations, ARN and
    record are gone). That was partner-uploaded and addressable; this is AWS-authored
    template content with no identity of its own.

    Attributes:
        name: The display name. Required.
        url: A stable public CDN URL for the file.
    """

    __module__ = __package__
    __slots__ = (
        "name",
        "url",
    )
    _WIRE_NAMES = frozenset(
        (
            "Name",
            "Url",
        )
    )
    _REQUIRED = ("Name",)
    _CODECS = _CODEC_MODULE

    name: str
    url: str | None

    def __init__(
        self,
        *,
        name: str,
        url: str | None = None,
    ) -> None:
        self.name = name
        self.url = url
