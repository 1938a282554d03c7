"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only StartCampaignAssetActivationTask calls hold, imported on the first
use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        CampaignAssetActivationTaskStatus,
        Catalog,
    )
    from . import (
        CampaignAssetActivationOutcome,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._start_campaign_asset_activation_task"


class StartCampaignAssetActivationTaskRequest(_Structure):
    """Input for StartCampaignAssetActivationTask.

    Attributes:
        catalog: The catalog (AWS or Sandbox). Required.
        campaign_identifier: The campaign identifier, which also authorizes the call.
            Required.
        campaign_asset_identifiers: The assets to activate, in any order — the service
            derives the dependency order and ignores the... Required.
        client_token: Idempotency token. Filled with a random UUID when omitted.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "campaign_identifier",
        "campaign_asset_identifiers",
        "client_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "CampaignIdentifier",
            "CampaignAssetIdentifiers",
            "ClientToken",
        )
    )
    _REQUIRED = (
        "Catalog",
        "CampaignIdentifier",
        "CampaignAssetIdentifiers",
    )
    _CODECS = _CODEC_MODULE

    catalog: Catalog | str
    campaign_identifier: str
    campaign_asset_identifiers: _Sequence[str]
    client_token: str | None

    def __init__(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifier: str,
        campaign_asset_identifiers: _types.SequenceNotStr[str],
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.campaign_identifier = campaign_identifier
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.campaign_asset_identifiers = campaign_asset_identifiers  # type: ignore[assignment]
        self.client_token = client_token


class StartCampaignAssetActivationTaskResponse(_Structure):
    """Output for StartCampaignAssetActivationTask: the task just created.

    Attributes:
        campaign_id: The campaign's id. Required.
        task_id: Opaque correlation value for the task. Required.
        task_status: The task's status over every asset it names, refused ones included:
            one refused and one succeeded... Required.
        started_at: When the task was created. Required.
        ended_at: When the task reached a terminal status.
        assets: One entry per asset the request named, in the order named. Required.
    """

    __module__ = __package__
    __slots__ = (
        "campaign_id",
        "task_id",
        "task_status",
        "started_at",
        "ended_at",
        "assets",
    )
    _WIRE_NAMES = frozenset(
        (
            "CampaignId",
            "TaskId",
            "TaskStatus",
            "StartedAt",
            "EndedAt",
            "Assets",
        )
    )
    _REQUIRED = (
        "CampaignId",
        "TaskId",
        "TaskStatus",
        "StartedAt",
        "Assets",
    )
    _CODECS = _CODEC_MODULE

    campaign_id: str
    task_id: str
    task_status: CampaignAssetActivationTaskStatus | str
    started_at: _dt.datetime
    ended_at: _dt.datetime | None
    assets: list[CampaignAssetActivationOutcome]

    def __init__(
        self,
        *,
        campaign_id: str,
        task_id: str,
        task_status: (
            CampaignAssetActivationTaskStatus | _types.CampaignAssetActivationTaskStatusValue
        ),
        started_at: _dt.datetime,
        assets: _types.SequenceNotStr[CampaignAssetActivationOutcome],
        ended_at: _dt.datetime | None = None,
    ) -> None:
        self.campaign_id = campaign_id
        self.task_id = task_id
        self.task_status = task_status
        self.started_at = started_at
        self.ended_at = ended_at
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.assets = assets  # type: ignore[assignment]
