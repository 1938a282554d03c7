"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only GetCampaignAsset and UpdateCampaignAsset calls hold, imported on the
first use of one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure
from typed_aws_runtime.model.structure import TaggedUnion as _TaggedUnion
from typed_aws_runtime.model.structure import UnknownVariant as _UnknownVariant

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._template_field_value"


class CampaignAssetImageSource(_Structure):
    """An image stored on one of your assets, named by the field that holds it.

    Attributes:
        campaign_identifier: The source campaign's id or ARN. Required.
        campaign_asset_identifier: The source asset's id. Required.
        field_id: The source image field. Required.
    """

    __module__ = __package__
    __slots__ = (
        "campaign_identifier",
        "campaign_asset_identifier",
        "field_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "CampaignIdentifier",
            "CampaignAssetIdentifier",
            "FieldId",
        )
    )
    _REQUIRED = (
        "CampaignIdentifier",
        "CampaignAssetIdentifier",
        "FieldId",
    )
    _CODECS = _CODEC_MODULE

    campaign_identifier: str
    campaign_asset_identifier: str
    field_id: str

    def __init__(
        self,
        *,
        campaign_identifier: str,
        campaign_asset_identifier: str,
        field_id: str,
    ) -> None:
        self.campaign_identifier = campaign_identifier
        self.campaign_asset_identifier = campaign_asset_identifier
        self.field_id = field_id


class TemplateFieldValue(_TaggedUnion):
    """The value of a template field. Exactly one variant is set, matching the field's type:
    text and RichText fields use text, image fields use ImageReference (or, on a write,
    CampaignAssetImage), AssetLink fields use LinkedAssetId.

    A union: set exactly one variant by building one of `TemplateFieldValueText`,
    `TemplateFieldValueImageReference`, `TemplateFieldValueLinkedAssetId`,
    `TemplateFieldValueCampaignAssetImage`. A variant added to the service later is
    received as `TemplateFieldValueUnknown`.
    """

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(
        (
            "Text",
            "ImageReference",
            "LinkedAssetId",
            "CampaignAssetImage",
        )
    )
    _CODECS = _CODEC_MODULE


class TemplateFieldValueText(TemplateFieldValue):
    """The `Text` variant of `TemplateFieldValue`.

    Text value — for both text and RichText fields. A RichText value is a markup fragment
    restricted to the field's AllowedTags.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "Text"
    _SENSITIVE = frozenset(("value",))
    value: str

    def __init__(self, value: str) -> None:
        self.value = value


class TemplateFieldValueImageReference(TemplateFieldValue):
    """The `ImageReference` variant of `TemplateFieldValue`.

    Image reference (image fields).

    On a write, one of exactly two forms:

    - the `s3://` URI of a file you staged in the Partner Central file staging bucket. It is
      scanned, then copied into this asset.
    - the URL Build with AI returned for a suggested image, unchanged. It is copied into
      this asset and not scanned. Any other URL is refused with `FILE_REFERENCE_INVALID`,
      including one a read returned: to keep the current image, omit the field; to put it on
      another asset, use `CampaignAssetImage`.

    On a read, a URL the caller can fetch: an image in the asset's own storage comes back as
    a presigned GET that expires one hour after the read, so fetch it again with
    `GetCampaignAsset` when it returns 403; an image already on DG's public CDN comes back
    as that stable URL. A stored reference outside this asset's storage, or not a raster
    image, is never signed, and the value is omitted. The signed URL serves the image as its
    image type, whatever the upload declared.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "ImageReference"
    value: str

    def __init__(self, value: str) -> None:
        self.value = value


class TemplateFieldValueLinkedAssetId(TemplateFieldValue):
    """The `LinkedAssetId` variant of `TemplateFieldValue`.

    The asset an `AssetLink` field names: the id of an asset on the same campaign, of the
    field's category. It is a prerequisite of this asset while linked, so it activates
    first, this asset cannot start until it is live, and it cannot be deleted.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "LinkedAssetId"
    value: str

    def __init__(self, value: str) -> None:
        self.value = value


class TemplateFieldValueCampaignAssetImage(TemplateFieldValue):
    """The `CampaignAssetImage` variant of `TemplateFieldValue`.

    Write only. Copies an image stored on another of your assets into this image field. The
    image is checked against this field's constraints and not scanned again. Also requires
    `partnercentral:GetCampaignAsset` on the source campaign. Reads return the copy as
    `ImageReference`.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "CampaignAssetImage"
    value: CampaignAssetImageSource

    def __init__(self, value: CampaignAssetImageSource) -> None:
        self.value = value


class TemplateFieldValueUnknown(_UnknownVariant, TemplateFieldValue):
    """A variant of TemplateFieldValue this client does not know (kept, not lost)."""

    __module__ = __package__
    __slots__ = ()
