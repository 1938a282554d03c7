"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only UpdateCampaignAsset calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        CampaignAssetState,
        Catalog,
        SendMode,
    )
    from . import (
        ActivationIssue,
        TemplateFieldValue,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._update_campaign_asset"


class FieldValueInput(_Structure):
    """A value-only update to one email template field. The write counterpart of
    CampaignAssetFieldValue: it carries just the addressing key and the new value, never the
    service-owned schema.

    Attributes:
        field_id: The field to update; must match a FieldId in the asset's stored
            schema. Required.
        value_: The new value.
    """

    __module__ = __package__
    __slots__ = (
        "field_id",
        "value_",
    )
    _WIRE_NAMES = frozenset(
        (
            "FieldId",
            "Value",
        )
    )
    _REQUIRED = ("FieldId",)
    _CODECS = _CODEC_MODULE

    field_id: str
    value_: TemplateFieldValue | None

    def __init__(
        self,
        *,
        field_id: str,
        value_: TemplateFieldValue | None = None,
    ) -> None:
        self.field_id = field_id
        self.value_ = value_


class UpdateCampaignAssetRequest(_Structure):
    """Input for UpdateCampaignAsset operation.

    Attributes:
        catalog: The catalog (AWS or Sandbox). Required.
        campaign_identifier: The campaign identifier. Required.
        campaign_asset_identifier: The asset identifier. Required.
        field_values: Value-only updates to the asset's pinned template fields, keyed by
            FieldId.
        layout: Selects a multi-layout asset's layout: one of the values in
            `CampaignAsset.layout.options`.
        send_mode: When a **sendable*asset (`EMAIL`, `SOCIAL_POST`) sends: on
            activation, or at `ScheduledSendAt`.
        scheduled_send_at: The send time, with `SendMode: SCHEDULED` and only then.
        client_token: Idempotency token. Filled with a random UUID when omitted.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "campaign_identifier",
        "campaign_asset_identifier",
        "field_values",
        "layout",
        "send_mode",
        "scheduled_send_at",
        "client_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "CampaignIdentifier",
            "CampaignAssetIdentifier",
            "FieldValues",
            "Layout",
            "SendMode",
            "ScheduledSendAt",
            "ClientToken",
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
    field_values: _Sequence[FieldValueInput] | None
    layout: str | None
    send_mode: SendMode | str | None
    scheduled_send_at: _dt.datetime | None
    client_token: str | None

    def __init__(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifier: str,
        campaign_asset_identifier: str,
        field_values: _types.SequenceNotStr[FieldValueInput] | None = None,
        layout: str | None = None,
        send_mode: SendMode | _types.SendModeValue | None = None,
        scheduled_send_at: _dt.datetime | None = None,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.campaign_identifier = campaign_identifier
        self.campaign_asset_identifier = campaign_asset_identifier
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.field_values = field_values  # type: ignore[assignment]
        self.layout = layout
        self.send_mode = send_mode
        self.scheduled_send_at = scheduled_send_at
        self.client_token = client_token


class UpdateCampaignAssetResponse(_Structure):
    """Output for UpdateCampaignAsset.

    A minimal acknowledgment, not an echo. Read GetCampaignAsset for the applied values
    (`FieldValues`).

    Attributes:
        id: The asset identifier. Required.
        state: The asset's state, **unchanged**. Required.
        activation_issues: What must be fixed on this asset before it can be activated.
            Required.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "state",
        "activation_issues",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "State",
            "ActivationIssues",
        )
    )
    _REQUIRED = (
        "Id",
        "State",
        "ActivationIssues",
    )
    _CODECS = _CODEC_MODULE

    id: str
    state: CampaignAssetState | str
    activation_issues: list[ActivationIssue]

    def __init__(
        self,
        *,
        id: str,
        state: CampaignAssetState | _types.CampaignAssetStateValue,
        activation_issues: _types.SequenceNotStr[ActivationIssue],
    ) -> None:
        self.id = id
        self.state = state
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.activation_issues = activation_issues  # type: ignore[assignment]
