"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only GetCustomerAccountBulkJobReportUrl calls hold, imported on the first
use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        BulkReportStatus,
        BulkReportType,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._get_customer_account_bulk_job_report_url"


class GetCustomerAccountBulkJobReportUrlRequest(_Structure):
    """Information about get customer account bulk job report url request.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        identifier: Specifies the ARN or the identifier of the bulk job. Required.
        report_type: Specifies which records the report covers.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
        "report_type",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "ReportType",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str
    report_type: BulkReportType | str | None

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        report_type: BulkReportType | _types.BulkReportTypeValue | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.report_type = report_type


class GetCustomerAccountBulkJobReportUrlResponse(_Structure):
    """Information about get customer account bulk job report url response.

    Attributes:
        report_status: The status of the report. Required.
        report_type: The records that the report covers. Required.
        url: A temporary URL for downloading the report.
        expires_at: The date and time when the URL expires.
        failure_reason: The reason that the report couldn't be generated.
    """

    __module__ = __package__
    __slots__ = (
        "report_status",
        "report_type",
        "url",
        "expires_at",
        "failure_reason",
    )
    _WIRE_NAMES = frozenset(
        (
            "ReportStatus",
            "ReportType",
            "Url",
            "ExpiresAt",
            "FailureReason",
        )
    )
    _REQUIRED = (
        "ReportStatus",
        "ReportType",
    )
    _SENSITIVE = frozenset(("url",))
    _CODECS = _CODEC_MODULE

    report_status: BulkReportStatus | str
    report_type: BulkReportType | str
    url: str | None
    expires_at: _dt.datetime | None
    failure_reason: str | None

    def __init__(
        self,
        *,
        report_status: BulkReportStatus | _types.BulkReportStatusValue,
        report_type: BulkReportType | _types.BulkReportTypeValue,
        url: str | None = None,
        expires_at: _dt.datetime | None = None,
        failure_reason: str | None = None,
    ) -> None:
        self.report_status = report_status
        self.report_type = report_type
        self.url = url
        self.expires_at = expires_at
        self.failure_reason = failure_reason
