"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only GetCampaignAsset calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        AttemptStatus,
        CampaignAssetCategory,
        CampaignAssetState,
        CampaignAssetStateReason,
        Catalog,
        DeliveryStatus,
        FileFormat,
        Platform,
        SendMode,
    )
    from . import (
        ActivationIssue,
        CampaignAssetLayout,
        CampaignAssetTemplateField,
        LayoutPreview,
        TemplateFieldValue,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._get_campaign_asset"


class CampaignAsset(_Structure):
    """A marketing asset resource within a campaign.

    Attributes:
        id: The asset identifier. Required.
        campaign_id: The campaign identifier. Required.
        category: The asset category. Required.
        name: The display name. Required.
        link_label: DOCUMENT only: the words a page uses for this document, such as
            "eBook".
        state: Whether the asset is live. Required.
        last_activation_status: How the most recent hand-over to the delivery platform
            ended.
        delivery_status: What the platform did with the artifact after accepting it.
        delivery_status_reason: Why delivery failed.
        source_asset_template_id: The asset template this asset was created from: the
            `SourceAssetTemplateIdentifier` its...
        social_platform: SOCIAL_POST only: the platform the post goes to, set from its
            template and never writable.
        file_format: Concrete file format of the finished artifact.
        send_mode: When this asset sends, as chosen with UpdateCampaignAsset.
        scheduled_send_at: The send time, present only when `SendMode` is `SCHEDULED`.
        field_values: The asset's pinned template fields — the field schema copied from
            the blueprint at instantiation...
        layout_previews: The asset's AWS-authored layout, as stable public CDN URLs
            composed from the fileKeys copied off...
        layout: A multi-layout asset's layout choice (DG-044): the selection once made,
            and every option the...
        activation_issues: What must be fixed on this asset before it can be activated.
            Required.
        public_url: The live public address this asset's activation produced.
        created_at: Creation timestamp.
        updated_at: Last update timestamp.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "campaign_id",
        "category",
        "name",
        "link_label",
        "state",
        "last_activation_status",
        "delivery_status",
        "delivery_status_reason",
        "source_asset_template_id",
        "social_platform",
        "file_format",
        "send_mode",
        "scheduled_send_at",
        "field_values",
        "layout_previews",
        "layout",
        "activation_issues",
        "public_url",
        "created_at",
        "updated_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "CampaignId",
            "Category",
            "Name",
            "LinkLabel",
            "State",
            "LastActivationStatus",
            "DeliveryStatus",
            "DeliveryStatusReason",
            "SourceAssetTemplateId",
            "SocialPlatform",
            "FileFormat",
            "SendMode",
            "ScheduledSendAt",
            "FieldValues",
            "LayoutPreviews",
            "Layout",
            "ActivationIssues",
            "PublicUrl",
            "CreatedAt",
            "UpdatedAt",
        )
    )
    _REQUIRED = (
        "Id",
        "CampaignId",
        "Category",
        "Name",
        "State",
        "ActivationIssues",
    )
    _CODECS = _CODEC_MODULE

    id: str
    campaign_id: str
    category: CampaignAssetCategory | str
    name: str
    link_label: str | None
    state: CampaignAssetState | str
    last_activation_status: AttemptStatus | str | None
    delivery_status: DeliveryStatus | str | None
    delivery_status_reason: CampaignAssetStateReason | str | None
    source_asset_template_id: str | None
    social_platform: Platform | str | None
    file_format: FileFormat | str | None
    send_mode: SendMode | str | None
    scheduled_send_at: _dt.datetime | None
    field_values: list[CampaignAssetFieldValue] | None
    layout_previews: list[LayoutPreview] | None
    layout: CampaignAssetLayout | None
    activation_issues: list[ActivationIssue]
    public_url: str | None
    created_at: _dt.datetime | None
    updated_at: _dt.datetime | None

    def __init__(
        self,
        *,
        id: str,
        campaign_id: str,
        category: CampaignAssetCategory | _types.CampaignAssetCategoryValue,
        name: str,
        state: CampaignAssetState | _types.CampaignAssetStateValue,
        activation_issues: _types.SequenceNotStr[ActivationIssue],
        link_label: str | None = None,
        last_activation_status: AttemptStatus | _types.AttemptStatusValue | None = None,
        delivery_status: DeliveryStatus | _types.DeliveryStatusValue | None = None,
        delivery_status_reason: (
            CampaignAssetStateReason | _types.CampaignAssetStateReasonValue | None
        ) = None,
        source_asset_template_id: str | None = None,
        social_platform: Platform | _types.PlatformValue | None = None,
        file_format: FileFormat | _types.FileFormatValue | None = None,
        send_mode: SendMode | _types.SendModeValue | None = None,
        scheduled_send_at: _dt.datetime | None = None,
        field_values: _types.SequenceNotStr[CampaignAssetFieldValue] | None = None,
        layout_previews: _types.SequenceNotStr[LayoutPreview] | None = None,
        layout: CampaignAssetLayout | None = None,
        public_url: str | None = None,
        created_at: _dt.datetime | None = None,
        updated_at: _dt.datetime | None = None,
    ) -> None:
        self.id = id
        self.campaign_id = campaign_id
        self.category = category
        self.name = name
        self.link_label = link_label
        self.state = state
        self.last_activation_status = last_activation_status
        self.delivery_status = delivery_status
        self.delivery_status_reason = delivery_status_reason
        self.source_asset_template_id = source_asset_template_id
        self.social_platform = social_platform
        self.file_format = file_format
        self.send_mode = send_mode
        self.scheduled_send_at = scheduled_send_at
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.field_values = field_values  # type: ignore[assignment]
        self.layout_previews = layout_previews  # type: ignore[assignment]
        self.layout = layout
        self.activation_issues = activation_issues  # type: ignore[assignment]
        self.public_url = public_url
        self.created_at = created_at
        self.updated_at = updated_at


class CampaignAssetFieldValue(_Structure):
    """One template field on an asset: the schema snapshot taken at instantiation plus the
    current value. The value is absent while the field is unfilled.

    Schema and value are one shape rather than two lists because a client rendering an edit
    form needs both together, and because the pin (design section 3.1) is what an update
    validates against — separating them would let values outlive the schema they were
    checked against.

    Addressed by the **DG** FieldId throughout. The delivery platform's own field-definition
    ids stay on the template record and are joined in at activation, so a vendor identifier
    never reaches an asset row or a response (DG-025 containment).

    Attributes:
        field: The field schema (snapshot from the template). Required.
        value_: The field's current value; the variant matches the field's type.
    """

    __module__ = __package__
    __slots__ = (
        "field",
        "value_",
    )
    _WIRE_NAMES = frozenset(
        (
            "Field",
            "Value",
        )
    )
    _REQUIRED = ("Field",)
    _CODECS = _CODEC_MODULE

    field: CampaignAssetTemplateField
    value_: TemplateFieldValue | None

    def __init__(
        self,
        *,
        field: CampaignAssetTemplateField,
        value_: TemplateFieldValue | None = None,
    ) -> None:
        self.field = field
        self.value_ = value_


class GetCampaignAssetRequest(_Structure):
    """Input for GetCampaignAsset operation.

    Attributes:
        catalog: The catalog (AWS or Sandbox). Required.
        campaign_identifier: The campaign identifier. Required.
        campaign_asset_identifier: The asset identifier. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "campaign_identifier",
        "campaign_asset_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "CampaignIdentifier",
            "CampaignAssetIdentifier",
        )
    )
    _REQUIRED = (
        "Catalog",
        "CampaignIdentifier",
        "CampaignAssetIdentifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: Catalog | str
    campaign_identifier: str
    campaign_asset_identifier: str

    def __init__(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifier: str,
        campaign_asset_identifier: str,
    ) -> None:
        self.catalog = catalog
        self.campaign_identifier = campaign_identifier
        self.campaign_asset_identifier = campaign_asset_identifier


class GetCampaignAssetResponse(_Structure):
    """Output for GetCampaignAsset.

    Attributes:
        asset: The asset resource. Required.
    """

    __module__ = __package__
    __slots__ = ("asset",)
    _WIRE_NAMES = frozenset(("Asset",))
    _REQUIRED = ("Asset",)
    _CODECS = _CODEC_MODULE

    asset: CampaignAsset

    def __init__(
        self,
        *,
        asset: CampaignAsset,
    ) -> None:
        self.asset = asset
