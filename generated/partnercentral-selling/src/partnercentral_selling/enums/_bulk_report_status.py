"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class BulkReportStatus(_OpenEnum):
    """Status of report-file generation."""

    __module__ = __package__
    NOT_STARTED = "NOT_STARTED"
    IN_PROGRESS = "IN_PROGRESS"
    AVAILABLE = "AVAILABLE"
    FAILED = "FAILED"
    EXPIRED = "EXPIRED"


class BulkReportType(_OpenEnum):
    """Type of report to generate."""

    __module__ = __package__
    FAILED_RECORDS = "FAILED_RECORDS"
    ALL_RECORDS = "ALL_RECORDS"
