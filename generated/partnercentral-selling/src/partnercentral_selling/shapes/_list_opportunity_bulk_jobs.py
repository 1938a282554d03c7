"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only ListOpportunityBulkJobs calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        BulkJobStatus,
        BulkOperationType,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._list_opportunity_bulk_jobs"


class ListOpportunityBulkJobsRequest(_Structure):
    """Specifies the catalog, filters, and pagination settings for listing opportunity bulk
    jobs.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        max_results: Specifies the maximum number of results to return in a single call.
        next_token: A pagination token used to retrieve the next set of results in
            subsequent calls.
        job_id: Filters the results to the bulk job with this identifier.
        status: Filters the results to bulk jobs with this status.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "max_results",
        "next_token",
        "job_id",
        "status",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "MaxResults",
            "NextToken",
            "JobId",
            "Status",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    catalog: str
    max_results: int | None
    next_token: str | None
    job_id: str | None
    status: BulkJobStatus | str | None

    def __init__(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        job_id: str | None = None,
        status: BulkJobStatus | _types.BulkJobStatusValue | None = None,
    ) -> None:
        self.catalog = catalog
        self.max_results = max_results
        self.next_token = next_token
        self.job_id = job_id
        self.status = status


class ListOpportunityBulkJobsResponse(_Structure):
    """The opportunity bulk jobs that match the request.

    Attributes:
        opportunity_bulk_job_summaries: The bulk jobs that match the request, newest
            first. Required.
        next_token: A pagination token used to retrieve the next set of results in
            subsequent calls.
    """

    __module__ = __package__
    __slots__ = (
        "opportunity_bulk_job_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "OpportunityBulkJobSummaries",
            "NextToken",
        )
    )
    _REQUIRED = ("OpportunityBulkJobSummaries",)
    _CODECS = _CODEC_MODULE

    opportunity_bulk_job_summaries: list[OpportunityBulkJobSummary]
    next_token: str | None

    def __init__(
        self,
        *,
        opportunity_bulk_job_summaries: _types.SequenceNotStr[OpportunityBulkJobSummary],
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.opportunity_bulk_job_summaries = opportunity_bulk_job_summaries  # type: ignore[assignment]
        self.next_token = next_token


class OpportunityBulkJobSummary(_Structure):
    """The status, record counts, and input file name of an opportunity bulk job.

    Attributes:
        job_id: The unique identifier of the bulk job. Required.
        status: The current status of the bulk job. Required.
        total_records: The total number of records in the input file. Required.
        processed_records: The number of records that Partner Central has processed so
            far. Required.
        success_count: The number of records that succeeded. Required.
        failure_count: The number of records that failed. Required.
        created_at: The date and time, in UTC, when you created the bulk job. Required.
        started_at: The date and time, in UTC, when the bulk job started processing
            records.
        completed_at: The date and time, in UTC, when the bulk job finished.
        failure_reason: The reason that the bulk job failed.
        file_name: The name of the input file that started the bulk job.
        operation_type: Indicates whether the bulk job creates or updates opportunities,
            based on the template of the...
    """

    __module__ = __package__
    __slots__ = (
        "job_id",
        "status",
        "total_records",
        "processed_records",
        "success_count",
        "failure_count",
        "created_at",
        "started_at",
        "completed_at",
        "failure_reason",
        "file_name",
        "operation_type",
    )
    _WIRE_NAMES = frozenset(
        (
            "JobId",
            "Status",
            "TotalRecords",
            "ProcessedRecords",
            "SuccessCount",
            "FailureCount",
            "CreatedAt",
            "StartedAt",
            "CompletedAt",
            "FailureReason",
            "FileName",
            "OperationType",
        )
    )
    _REQUIRED = (
        "JobId",
        "Status",
        "TotalRecords",
        "ProcessedRecords",
        "SuccessCount",
        "FailureCount",
        "CreatedAt",
    )
    _CODECS = _CODEC_MODULE

    job_id: str
    status: BulkJobStatus | str
    total_records: int
    processed_records: int
    success_count: int
    failure_count: int
    created_at: _dt.datetime
    started_at: _dt.datetime | None
    completed_at: _dt.datetime | None
    failure_reason: str | None
    file_name: str | None
    operation_type: BulkOperationType | str | None

    def __init__(
        self,
        *,
        job_id: str,
        status: BulkJobStatus | _types.BulkJobStatusValue,
        total_records: int,
        processed_records: int,
        success_count: int,
        failure_count: int,
        created_at: _dt.datetime,
        started_at: _dt.datetime | None = None,
        completed_at: _dt.datetime | None = None,
        failure_reason: str | None = None,
        file_name: str | None = None,
        operation_type: BulkOperationType | _types.BulkOperationTypeValue | None = None,
    ) -> None:
        self.job_id = job_id
        self.status = status
        self.total_records = total_records
        self.processed_records = processed_records
        self.success_count = success_count
        self.failure_count = failure_count
        self.created_at = created_at
        self.started_at = started_at
        self.completed_at = completed_at
        self.failure_reason = failure_reason
        self.file_name = file_name
        self.operation_type = operation_type
