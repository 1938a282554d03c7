"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only StartCampaignAssetExportTask calls hold, imported on the first use
of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        CampaignAssetExportTaskStatus,
        Catalog,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._start_campaign_asset_export_task"


class StartCampaignAssetExportTaskRequest(_Structure):
    """Input for StartCampaignAssetExportTask.

    Attributes:
        catalog: The catalog (AWS or Sandbox). Required.
        campaign_identifier: The campaign whose assets are exported. Required.
        client_token: Idempotency token. Filled with a random UUID when omitted.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "campaign_identifier",
        "client_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "CampaignIdentifier",
            "ClientToken",
        )
    )
    _REQUIRED = (
        "Catalog",
        "CampaignIdentifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: Catalog | str
    campaign_identifier: str
    client_token: str | None

    def __init__(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifier: str,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.campaign_identifier = campaign_identifier
        self.client_token = client_token


class StartCampaignAssetExportTaskResponse(_Structure):
    """Output for StartCampaignAssetExportTask.

    Returns the newly created task id and its status, which is always IN_PROGRESS on this
    synchronous return. Poll GetCampaignAssetExportTask for the outcome.

    Attributes:
        id: The export task identifier. Required.
        status: The task's state, always IN_PROGRESS at creation. Required.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "status",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Status",
        )
    )
    _REQUIRED = (
        "Id",
        "Status",
    )
    _CODECS = _CODEC_MODULE

    id: str
    status: CampaignAssetExportTaskStatus | str

    def __init__(
        self,
        *,
        id: str,
        status: CampaignAssetExportTaskStatus | _types.CampaignAssetExportTaskStatusValue,
    ) -> None:
        self.id = id
        self.status = status
