"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only ListCampaignAssets calls hold, imported on the first use of one.
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

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._list_campaign_assets"


class CampaignAssetSummary(_Structure):
    """Summary representation of an asset for list operations.

    Attributes:
        id: The asset identifier. Required.
        category: The asset category. Required.
        name: The display name. Required.
        link_label: DOCUMENT only: the words a page uses for this document, such as
            "eBook".
        state: Where the asset sits in its lifecycle.
        last_activation_status: How the last hand-over to the delivery platform ended.
        delivery_status: Whether the platform has delivered the asset.
        delivery_status_reason: Why delivery failed.
        source_asset_template_id: The asset template this asset was created from.
        social_platform: SOCIAL_POST only: the platform the post goes to.
        started_at: When the asset first went live, set once.
        file_format: Concrete file format of the finished artifact.
        send_mode: When this asset sends, as chosen with UpdateCampaignAsset.
        scheduled_send_at: The send time, present only when `SendMode` is `SCHEDULED`.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "category",
        "name",
        "link_label",
        "state",
        "last_activation_status",
        "delivery_status",
        "delivery_status_reason",
        "source_asset_template_id",
        "social_platform",
        "started_at",
        "file_format",
        "send_mode",
        "scheduled_send_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Category",
            "Name",
            "LinkLabel",
            "State",
            "LastActivationStatus",
            "DeliveryStatus",
            "DeliveryStatusReason",
            "SourceAssetTemplateId",
            "SocialPlatform",
            "StartedAt",
            "FileFormat",
            "SendMode",
            "ScheduledSendAt",
        )
    )
    _REQUIRED = (
        "Id",
        "Category",
        "Name",
    )
    _CODECS = _CODEC_MODULE

    id: str
    category: CampaignAssetCategory | str
    name: str
    link_label: str | None
    state: CampaignAssetState | str | None
    last_activation_status: AttemptStatus | str | None
    delivery_status: DeliveryStatus | str | None
    delivery_status_reason: CampaignAssetStateReason | str | None
    source_asset_template_id: str | None
    social_platform: Platform | str | None
    started_at: _dt.datetime | None
    file_format: FileFormat | str | None
    send_mode: SendMode | str | None
    scheduled_send_at: _dt.datetime | None

    def __init__(
        self,
        *,
        id: str,
        category: CampaignAssetCategory | _types.CampaignAssetCategoryValue,
        name: str,
        link_label: str | None = None,
        state: CampaignAssetState | _types.CampaignAssetStateValue | None = None,
        last_activation_status: AttemptStatus | _types.AttemptStatusValue | None = None,
        delivery_status: DeliveryStatus | _types.DeliveryStatusValue | None = None,
        delivery_status_reason: (
            CampaignAssetStateReason | _types.CampaignAssetStateReasonValue | None
        ) = None,
        source_asset_template_id: str | None = None,
        social_platform: Platform | _types.PlatformValue | None = None,
        started_at: _dt.datetime | None = None,
        file_format: FileFormat | _types.FileFormatValue | None = None,
        send_mode: SendMode | _types.SendModeValue | None = None,
        scheduled_send_at: _dt.datetime | None = None,
    ) -> None:
        self.id = id
        self.category = category
        self.name = name
        self.link_label = link_label
        self.state = state
        self.last_activation_status = last_activation_status
        self.delivery_status = delivery_status
        self.delivery_status_reason = delivery_status_reason
        self.source_asset_template_id = source_asset_template_id
        self.social_platform = social_platform
        self.started_at = started_at
        self.file_format = file_format
        self.send_mode = send_mode
        self.scheduled_send_at = scheduled_send_at


class ListCampaignAssetsRequest(_Structure):
    """Input for ListCampaignAssets operation.

    Attributes:
        catalog: The catalog (AWS or Sandbox). Required.
        campaign_identifier: The campaign identifier. Required.
        max_results: Maximum results per page.
        next_token: Pagination token.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "campaign_identifier",
        "max_results",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "CampaignIdentifier",
            "MaxResults",
            "NextToken",
        )
    )
    _REQUIRED = (
        "Catalog",
        "CampaignIdentifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: Catalog | str
    campaign_identifier: str
    max_results: int | None
    next_token: str | None

    def __init__(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifier: str,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.campaign_identifier = campaign_identifier
        self.max_results = max_results
        self.next_token = next_token


class ListCampaignAssetsResponse(_Structure):
    """Output for ListCampaignAssets operation.

    Attributes:
        items: The list of results. Required.
        next_token: Pagination token.
    """

    __module__ = __package__
    __slots__ = (
        "items",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Items",
            "NextToken",
        )
    )
    _REQUIRED = ("Items",)
    _CODECS = _CODEC_MODULE

    items: list[CampaignAssetSummary]
    next_token: str | None

    def __init__(
        self,
        *,
        items: _types.SequenceNotStr[CampaignAssetSummary],
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.items = items  # type: ignore[assignment]
        self.next_token = next_token
