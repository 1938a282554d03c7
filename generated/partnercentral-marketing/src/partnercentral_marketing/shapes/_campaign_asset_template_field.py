"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only GetCampaignAsset and GetCampaignTemplate calls hold, imported on the
first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure
from typed_aws_runtime.model.structure import TaggedUnion as _TaggedUnion
from typed_aws_runtime.model.structure import UnknownVariant as _UnknownVariant

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        CampaignAssetCategory,
        CampaignSetting,
        ImageFormat,
        PartnerProfileField,
        TemplateFieldSection,
    )
    from . import (
        LayoutPreview,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._campaign_asset_template_field"


class AssetLinkFieldType(_Structure):
    """An `AssetLink` field's constraints.

    Attributes:
        category: The category of asset the field may name. Required.
        label_field_id: The text field on the same asset whose copy names the linked
            asset, such as the "Solution Brief"...
    """

    __module__ = __package__
    __slots__ = (
        "category",
        "label_field_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "Category",
            "LabelFieldId",
        )
    )
    _REQUIRED = ("Category",)
    _CODECS = _CODEC_MODULE

    category: CampaignAssetCategory | str
    label_field_id: str | None

    def __init__(
        self,
        *,
        category: CampaignAssetCategory | _types.CampaignAssetCategoryValue,
        label_field_id: str | None = None,
    ) -> None:
        self.category = category
        self.label_field_id = label_field_id


class CampaignAssetTemplateField(_Structure):
    """One slot in an asset template's layout: addressing key, placement, and the field kind
    carrying its own constraints, placeholder or default.

    Attributes:
        field_id: The field identifier; matches a {{fieldId}} slot in the layout.
            Required.
        label: Human-readable name for the field, for display.
        description: What belongs in this field, in English: its role in the asset and
            what good content for it is...
        section: Layout section the field belongs to.
        page: One-based page number, for paginated layouts (print documents).
        required: Whether the field must be filled before the asset can be activated.
        type: The field kind, with that kind's constraints, placeholder or default.
            Required.
        campaign_setting: The campaign setting this field shows, when it shows one: the
            partner sets it once on the...
        partner_profile_field: The partner-profile value this field shows, when it shows
            one: the partner's AWS Partner Central...
    """

    __module__ = __package__
    __slots__ = (
        "field_id",
        "label",
        "description",
        "section",
        "page",
        "required",
        "type",
        "campaign_setting",
        "partner_profile_field",
    )
    _WIRE_NAMES = frozenset(
        (
            "FieldId",
            "Label",
            "Description",
            "Section",
            "Page",
            "Required",
            "Type",
            "CampaignSetting",
            "PartnerProfileField",
        )
    )
    _REQUIRED = (
        "FieldId",
        "Type",
    )
    _CODECS = _CODEC_MODULE

    field_id: str
    label: str | None
    description: str | None
    section: TemplateFieldSection | str | None
    page: int | None
    required: bool | None
    type: FieldType
    campaign_setting: CampaignSetting | str | None
    partner_profile_field: PartnerProfileField | str | None

    def __init__(
        self,
        *,
        field_id: str,
        type: FieldType,
        label: str | None = None,
        description: str | None = None,
        section: TemplateFieldSection | _types.TemplateFieldSectionValue | None = None,
        page: int | None = None,
        required: bool | None = None,
        campaign_setting: CampaignSetting | _types.CampaignSettingValue | None = None,
        partner_profile_field: PartnerProfileField | _types.PartnerProfileFieldValue | None = None,
    ) -> None:
        self.field_id = field_id
        self.label = label
        self.description = description
        self.section = section
        self.page = page
        self.required = required
        self.type = type
        self.campaign_setting = campaign_setting
        self.partner_profile_field = partner_profile_field


class FieldType(_TaggedUnion):
    """The kind of a template field, carrying that kind's constraints, placeholder or default.
    One discriminator instead of a separate kind enum, constraints blob and preset value, so
    kind and constraints cannot disagree. Read-only — templates are AWS-authored; the
    service validates each partner value against it.

    A URL the partner types is not a distinct kind: it is text with a URL pattern, and its
    link role is carried by the layout placeholder. The same holds for a colour, which is
    text with a hex-colour pattern. A link to another of the campaign's assets, whose URL DG
    writes at activation, is `AssetLink`.

    A union: set exactly one variant by building one of `FieldTypeText`,
    `FieldTypeRichText`, `FieldTypeImage`, `FieldTypeAssetLink`. A variant added to the
    service later is received as `FieldTypeUnknown`.
    """

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(
        (
            "Text",
            "RichText",
            "Image",
            "AssetLink",
        )
    )
    _CODECS = _CODEC_MODULE


class FieldTypeText(FieldType):
    """The `Text` variant of `FieldType`.

    A plain-text field.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "Text"
    value: TextFieldType

    def __init__(self, value: TextFieldType) -> None:
        self.value = value


class FieldTypeRichText(FieldType):
    """The `RichText` variant of `FieldType`.

    A field whose value is a constrained HTML fragment.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "RichText"
    value: RichTextFieldType

    def __init__(self, value: RichTextFieldType) -> None:
        self.value = value


class FieldTypeImage(FieldType):
    """The `Image` variant of `FieldType`.

    An image field.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "Image"
    value: ImageFieldType

    def __init__(self, value: ImageFieldType) -> None:
        self.value = value


class FieldTypeAssetLink(FieldType):
    """The `AssetLink` variant of `FieldType`.

    A link to another asset on the same campaign. The partner chooses which asset, by
    `LinkedAssetId`; at activation DG writes that asset's public URL into the field. A
    landing page's download button is one, naming a `DOCUMENT`.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "AssetLink"
    value: AssetLinkFieldType

    def __init__(self, value: AssetLinkFieldType) -> None:
        self.value = value


class FieldTypeUnknown(_UnknownVariant, FieldType):
    """A variant of FieldType this client does not know (kept, not lost)."""

    __module__ = __package__
    __slots__ = ()


class ImageFieldType(_Structure):
    """An image field's constraints and default.

    Attributes:
        max_size_bytes: Maximum accepted file size in bytes.
        allowed_formats: Accepted image formats.
        default_value: The AWS-authored image the asset uses until the partner sets one:
            shown in previews and published...
        recommended_width_pixels: The image size, in pixels, that fills this slot and
            prints sharply, for example 1920 x 301 for a...
        recommended_height_pixels: The image height, in pixels, that fills this slot.
    """

    __module__ = __package__
    __slots__ = (
        "max_size_bytes",
        "allowed_formats",
        "default_value",
        "recommended_width_pixels",
        "recommended_height_pixels",
    )
    _WIRE_NAMES = frozenset(
        (
            "MaxSizeBytes",
            "AllowedFormats",
            "DefaultValue",
            "RecommendedWidthPixels",
            "RecommendedHeightPixels",
        )
    )
    _CODECS = _CODEC_MODULE

    max_size_bytes: int | None
    allowed_formats: list[ImageFormat | str] | None
    default_value: LayoutPreview | None
    recommended_width_pixels: int | None
    recommended_height_pixels: int | None

    def __init__(
        self,
        *,
        max_size_bytes: int | None = None,
        allowed_formats: (
            _types.SequenceNotStr[ImageFormat | _types.ImageFormatValue] | None
        ) = None,
        default_value: LayoutPreview | None = None,
        recommended_width_pixels: int | None = None,
        recommended_height_pixels: int | None = None,
    ) -> None:
        self.max_size_bytes = max_size_bytes
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.allowed_formats = allowed_formats  # type: ignore[assignment]
        self.default_value = default_value
        self.recommended_width_pixels = recommended_width_pixels
        self.recommended_height_pixels = recommended_height_pixels


class RichTextFieldType(_Structure):
    """A rich-text field's constraints and placeholder. Distinct from text because the value is
    a markup fragment whose permitted tags are part of the contract: a client needs the tag
    list to configure its editor, and the service needs it to sanitize.

    Attributes:
        max_length: Maximum accepted length of the markup fragment.
        allowed_tags: The HTML tags permitted in the value. Required.
        placeholder: Example markup shown where the field is empty in a preview of the
            asset, restricted to AllowedTags.
    """

    __module__ = __package__
    __slots__ = (
        "max_length",
        "allowed_tags",
        "placeholder",
    )
    _WIRE_NAMES = frozenset(
        (
            "MaxLength",
            "AllowedTags",
            "Placeholder",
        )
    )
    _REQUIRED = ("AllowedTags",)
    _SENSITIVE = frozenset(("placeholder",))
    _CODECS = _CODEC_MODULE

    max_length: int | None
    allowed_tags: list[str]
    placeholder: str | None

    def __init__(
        self,
        *,
        allowed_tags: _types.SequenceNotStr[str],
        max_length: int | None = None,
        placeholder: str | None = None,
    ) -> None:
        self.max_length = max_length
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.allowed_tags = allowed_tags  # type: ignore[assignment]
        self.placeholder = placeholder


class TextFieldType(_Structure):
    """A plain-text field's constraints and placeholder.

    Attributes:
        min_length: Minimum accepted length.
        max_length: Maximum accepted length.
        pattern: Regular expression the value must match — used for URL, email, phone
            and hex-colour fields.
        placeholder: Example text shown where the field is empty in a preview of the
            asset.
    """

    __module__ = __package__
    __slots__ = (
        "min_length",
        "max_length",
        "pattern",
        "placeholder",
    )
    _WIRE_NAMES = frozenset(
        (
            "MinLength",
            "MaxLength",
            "Pattern",
            "Placeholder",
        )
    )
    _SENSITIVE = frozenset(("placeholder",))
    _CODECS = _CODEC_MODULE

    min_length: int | None
    max_length: int | None
    pattern: str | None
    placeholder: str | None

    def __init__(
        self,
        *,
        min_length: int | None = None,
        max_length: int | None = None,
        pattern: str | None = None,
        placeholder: str | None = None,
    ) -> None:
        self.min_length = min_length
        self.max_length = max_length
        self.pattern = pattern
        self.placeholder = placeholder
