"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only GetCampaignAssetActivationTask and StartCampaignAssetActivationTask
calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        CampaignAssetActivationStatus,
        CampaignAssetStateReason,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._campaign_asset_activation_outcome"


class CampaignAssetActivationOutcome(_Structure):
    """How one asset named in a task is going.

    Attributes:
        campaign_asset_id: The asset this outcome belongs to. Required.
        status: This asset's contribution to the task's status. Required.
        reason: Why the activation did not succeed.
        message: A description of `Reason` for display.
    """

    __module__ = __package__
    __slots__ = (
        "campaign_asset_id",
        "status",
        "reason",
        "message",
    )
    _WIRE_NAMES = frozenset(
        (
            "CampaignAssetId",
            "Status",
            "Reason",
            "Message",
        )
    )
    _REQUIRED = (
        "CampaignAssetId",
        "Status",
    )
    _CODECS = _CODEC_MODULE

    campaign_asset_id: str
    status: CampaignAssetActivationStatus | str
    reason: CampaignAssetStateReason | str | None
    message: str | None

    def __init__(
        self,
        *,
        campaign_asset_id: str,
        status: CampaignAssetActivationStatus | _types.CampaignAssetActivationStatusValue,
        reason: CampaignAssetStateReason | _types.CampaignAssetStateReasonValue | None = None,
        message: str | None = None,
    ) -> None:
        self.campaign_asset_id = campaign_asset_id
        self.status = status
        self.reason = reason
        self.message = message
