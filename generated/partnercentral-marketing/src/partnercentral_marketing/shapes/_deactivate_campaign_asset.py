"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only DeactivateCampaignAsset calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        AttemptStatus,
        CampaignAssetState,
        CampaignAssetStateReason,
        Catalog,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._deactivate_campaign_asset"


class DeactivateCampaignAssetRequest(_Structure):
    """Input for DeactivateCampaignAsset.

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


class DeactivateCampaignAssetResponse(_Structure):
    """Output for DeactivateCampaignAsset.

    Synchronous, so the outcome of the stop is this response — there is no
    `lastDeactivationStatus`, and its absence is not an oversight. Activation is
    asynchronous and its outcome arrives long after the response, which is why that one has
    to be persisted where a partner can read it later.

    Attributes:
        id: The asset identifier. Required.
        state: The asset's lifecycle position — INACTIVE once the stop is confirmed.
            Required.
        last_activation_status: How the most recent *activationattempt ended, which a
            stop does not change.
        state_reason: Why the asset sits where it does.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "state",
        "last_activation_status",
        "state_reason",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "State",
            "LastActivationStatus",
            "StateReason",
        )
    )
    _REQUIRED = (
        "Id",
        "State",
    )
    _CODECS = _CODEC_MODULE

    id: str
    state: CampaignAssetState | str
    last_activation_status: AttemptStatus | str | None
    state_reason: CampaignAssetStateReason | str | None

    def __init__(
        self,
        *,
        id: str,
        state: CampaignAssetState | _types.CampaignAssetStateValue,
        last_activation_status: AttemptStatus | _types.AttemptStatusValue | None = None,
        state_reason: (
            CampaignAssetStateReason | _types.CampaignAssetStateReasonValue | None
        ) = None,
    ) -> None:
        self.id = id
        self.state = state
        self.last_activation_status = last_activation_status
        self.state_reason = state_reason
