"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only GetCampaign, GetCampaignAsset and UpdateCampaignAsset calls hold,
imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        CampaignAssetStateReason,
        CampaignSetting,
        PartnerProfileField,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._activation_issue"


class ActivationIssue(_Structure):
    """One thing that must be fixed before activation.

    Attributes:
        code: What is wrong. Required.
        field_id: The asset field to fix.
        campaign_setting: The `UpdateCampaign` member to set.
        partner_profile_field: The partner-profile value to set or shorten, in AWS
            Partner Central, or the derived value whose...
        affected_asset_ids: The assets this campaign-level issue blocks.
        message: A description for display. Required.
    """

    __module__ = __package__
    __slots__ = (
        "code",
        "field_id",
        "campaign_setting",
        "partner_profile_field",
        "affected_asset_ids",
        "message",
    )
    _WIRE_NAMES = frozenset(
        (
            "Code",
            "FieldId",
            "CampaignSetting",
            "PartnerProfileField",
            "AffectedAssetIds",
            "Message",
        )
    )
    _REQUIRED = (
        "Code",
        "Message",
    )
    _CODECS = _CODEC_MODULE

    code: CampaignAssetStateReason | str
    field_id: str | None
    campaign_setting: CampaignSetting | str | None
    partner_profile_field: PartnerProfileField | str | None
    affected_asset_ids: list[str] | None
    message: str

    def __init__(
        self,
        *,
        code: CampaignAssetStateReason | _types.CampaignAssetStateReasonValue,
        message: str,
        field_id: str | None = None,
        campaign_setting: CampaignSetting | _types.CampaignSettingValue | None = None,
        partner_profile_field: PartnerProfileField | _types.PartnerProfileFieldValue | None = None,
        affected_asset_ids: _types.SequenceNotStr[str] | None = None,
    ) -> None:
        self.code = code
        self.field_id = field_id
        self.campaign_setting = campaign_setting
        self.partner_profile_field = partner_profile_field
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.affected_asset_ids = affected_asset_ids  # type: ignore[assignment]
        self.message = message
