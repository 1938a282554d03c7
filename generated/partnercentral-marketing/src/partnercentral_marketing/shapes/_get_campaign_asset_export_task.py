"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only GetCampaignAssetExportTask calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        CampaignAssetExportFailureCode,
        CampaignAssetExportTaskStatus,
        Catalog,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._get_campaign_asset_export_task"


class CampaignAssetExportFailureReason(_Structure):
    """Why a campaign asset export task failed. Present only when the task's status is FAILED.

    Dedicated to the export flow — deliberately not the service-wide
    FailureReason/FailureCode, so export codes are not advertised in the SDKs of unrelated
    operations. Treat an unrecognised code as an unspecified failure and fall back to
    message.

    Attributes:
        code: Machine-readable failure cause. Required.
        message: Human-readable explanation. Required.
    """

    __module__ = __package__
    __slots__ = (
        "code",
        "message",
    )
    _WIRE_NAMES = frozenset(
        (
            "Code",
            "Message",
        )
    )
    _REQUIRED = (
        "Code",
        "Message",
    )
    _CODECS = _CODEC_MODULE

    code: CampaignAssetExportFailureCode | str
    message: str

    def __init__(
        self,
        *,
        code: CampaignAssetExportFailureCode | _types.CampaignAssetExportFailureCodeValue,
        message: str,
    ) -> None:
        self.code = code
        self.message = message


class GetCampaignAssetExportTaskRequest(_Structure):
    """Input for GetCampaignAssetExportTask.

    Takes the catalog, the owning campaign, and the export task identifier. The campaign
    identifier is required so the operation can be authorized on the task's owning
    campaign/{CampaignId}: the task is addressable by its id within the caller's partition,
    but the campaign is not derivable from the task id alone at authorization time.

    Attributes:
        catalog: The catalog (AWS or Sandbox). Required.
        campaign_identifier: The campaign that owns the export task. Required.
        campaign_asset_export_task_identifier: The export task to retrieve: the `Id`
            StartCampaignAssetExportTask returned (`etsk-…`). Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "campaign_identifier",
        "campaign_asset_export_task_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "CampaignIdentifier",
            "CampaignAssetExportTaskIdentifier",
        )
    )
    _REQUIRED = (
        "Catalog",
        "CampaignIdentifier",
        "CampaignAssetExportTaskIdentifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: Catalog | str
    campaign_identifier: str
    campaign_asset_export_task_identifier: str

    def __init__(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifier: str,
        campaign_asset_export_task_identifier: str,
    ) -> None:
        self.catalog = catalog
        self.campaign_identifier = campaign_identifier
        self.campaign_asset_export_task_identifier = campaign_asset_export_task_identifier


class GetCampaignAssetExportTaskResponse(_Structure):
    """Output for GetCampaignAssetExportTask.

    Attributes:
        id: The export task identifier. Required.
        status: The task's state. Required.
        created_at: When the task was created.
        download_url: Presigned GET URL for the ZIP archive.
        expires_at: When DownloadUrl expires.
        failure_reason: Why the task failed.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "status",
        "created_at",
        "download_url",
        "expires_at",
        "failure_reason",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Status",
            "CreatedAt",
            "DownloadUrl",
            "ExpiresAt",
            "FailureReason",
        )
    )
    _REQUIRED = (
        "Id",
        "Status",
    )
    _CODECS = _CODEC_MODULE

    id: str
    status: CampaignAssetExportTaskStatus | str
    created_at: _dt.datetime | None
    download_url: str | None
    expires_at: _dt.datetime | None
    failure_reason: CampaignAssetExportFailureReason | None

    def __init__(
        self,
        *,
        id: str,
        status: CampaignAssetExportTaskStatus | _types.CampaignAssetExportTaskStatusValue,
        created_at: _dt.datetime | None = None,
        download_url: str | None = None,
        expires_at: _dt.datetime | None = None,
        failure_reason: CampaignAssetExportFailureReason | None = None,
    ) -> None:
        self.id = id
        self.status = status
        self.created_at = created_at
        self.download_url = download_url
        self.expires_at = expires_at
        self.failure_reason = failure_reason
