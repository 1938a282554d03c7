"""Enums of the Partner Central Marketing API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class CampaignAssetExportFailureCode(_OpenEnum):
    """Machine-readable cause of an export task failure. Dedicated to the export flow; see
    CampaignAssetExportFailureReason.
    """

    __module__ = __package__
    EXPORT_TIMEOUT = "EXPORT_TIMEOUT"
    EXPORT_TOO_LARGE = "EXPORT_TOO_LARGE"
    PACKAGING_ERROR = "PACKAGING_ERROR"
    SOURCE_OBJECT_MISSING = "SOURCE_OBJECT_MISSING"
    INTERNAL_ERROR = "INTERNAL_ERROR"
