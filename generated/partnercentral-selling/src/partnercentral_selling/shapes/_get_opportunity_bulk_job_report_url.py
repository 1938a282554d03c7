"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only GetOpportunityBulkJobReportUrl calls hold, imported on the first use
of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        BulkFileFormat,
        BulkReportStatus,
        BulkReportType,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._get_opportunity_bulk_job_report_url"


class GetOpportunityBulkJobReportUrlRequest(_Structure):
    """Specifies the catalog, job identifier, and report format for getting the report URL of
    an opportunity bulk job.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        job_id: Specifies the identifier of the bulk job. Required.
        report_format: Specifies the format of the report. Required.
        report_type: Specifies which records the report covers.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "job_id",
        "report_format",
        "report_type",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "JobId",
            "ReportFormat",
            "ReportType",
        )
    )
    _REQUIRED = (
        "Catalog",
        "JobId",
        "ReportFormat",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    job_id: str
    report_format: BulkFileFormat | str
    report_type: BulkReportType | str | None

    def __init__(
        self,
        *,
        catalog: str,
        job_id: str,
        report_format: BulkFileFormat | _types.BulkFileFormatValue,
        report_type: BulkReportType | _types.BulkReportTypeValue | None = None,
    ) -> None:
        self.catalog = catalog
        self.job_id = job_id
        self.report_format = report_format
        self.report_type = report_type


class GetOpportunityBulkJobReportUrlResponse(_Structure):
    """The status of the report and, when it is ready, the URL to download it.

    Attributes:
        report_status: The status of the report. Required.
        report_type: The records that the report covers. Required.
        report_format: The format of the report. Required.
        url: A temporary URL for downloading the report.
        expires_at: The date and time, in UTC, when the URL expires.
        failure_reason: The reason that Partner Central couldn't generate the report.
    """

    __module__ = __package__
    __slots__ = (
        "report_status",
        "report_type",
        "report_format",
        "url",
        "expires_at",
        "failure_reason",
    )
    _WIRE_NAMES = frozenset(
        (
            "ReportStatus",
            "ReportType",
            "ReportFormat",
            "Url",
            "ExpiresAt",
            "FailureReason",
        )
    )
    _REQUIRED = (
        "ReportStatus",
        "ReportType",
        "ReportFormat",
    )
    _SENSITIVE = frozenset(("url",))
    _CODECS = _CODEC_MODULE

    report_status: BulkReportStatus | str
    report_type: BulkReportType | str
    report_format: BulkFileFormat | str
    url: str | None
    expires_at: _dt.datetime | None
    failure_reason: str | None

    def __init__(
        self,
        *,
        report_status: BulkReportStatus | _types.BulkReportStatusValue,
        report_type: BulkReportType | _types.BulkReportTypeValue,
        report_format: BulkFileFormat | _types.BulkFileFormatValue,
        url: str | None = None,
        expires_at: _dt.datetime | None = None,
        failure_reason: str | None = None,
    ) -> None:
        self.report_status = report_status
        self.report_type = report_type
        self.report_format = report_format
        self.url = url
        self.expires_at = expires_at
        self.failure_reason = failure_reason
