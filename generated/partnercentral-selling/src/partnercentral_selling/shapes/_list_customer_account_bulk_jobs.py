"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only ListCustomerAccountBulkJobs calls hold, imported on the first use of
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
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._list_customer_account_bulk_jobs"


class CustomerAccountBulkJobFilter(_Structure):
    """The criteria that limit which bulk jobs `ListCustomerAccountBulkJobs` returns.

    Attributes:
        identifier: Filters the results to the bulk job with the specified ARN or
            identifier.
        status: Filters the results to bulk jobs with the specified status.
    """

    __module__ = __package__
    __slots__ = (
        "identifier",
        "status",
    )
    _WIRE_NAMES = frozenset(
        (
            "Identifier",
            "Status",
        )
    )
    _CODECS = _CODEC_MODULE

    identifier: str | None
    status: BulkJobStatus | str | None

    def __init__(
        self,
        *,
        identifier: str | None = None,
        status: BulkJobStatus | _types.BulkJobStatusValue | None = None,
    ) -> None:
        self.identifier = identifier
        self.status = status


class CustomerAccountBulkJobSummary(_Structure):
    """A bulk job in the results of `ListCustomerAccountBulkJobs`. It includes the job status,
    the file name, and the record counts.

    Attributes:
        arn: The Amazon Resource Name (ARN) of the bulk job. Required.
        id: The unique identifier of the bulk job. Required.
        status: The current status of the bulk job. Required.
        file_name: The name of the file that the job processes.
        total_records: The total number of records in the file. Required.
        processed_records: The number of records that the job has finished processing.
            Required.
        success_count: The number of records that the job processed successfully.
            Required.
        failure_count: The number of records that failed. Required.
        deleted_count: The number of accounts imported by this job that have since been
            deleted. Required.
        failure_reason: The reason that the job failed.
        created_at: The date and time when the bulk job was created. Required.
        completed_at: The date and time when the job finished.
    """

    __module__ = __package__
    __slots__ = (
        "arn",
        "id",
        "status",
        "file_name",
        "total_records",
        "processed_records",
        "success_count",
        "failure_count",
        "deleted_count",
        "failure_reason",
        "created_at",
        "completed_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "Arn",
            "Id",
            "Status",
            "FileName",
            "TotalRecords",
            "ProcessedRecords",
            "SuccessCount",
            "FailureCount",
            "DeletedCount",
            "FailureReason",
            "CreatedAt",
            "CompletedAt",
        )
    )
    _REQUIRED = (
        "Arn",
        "Id",
        "Status",
        "TotalRecords",
        "ProcessedRecords",
        "SuccessCount",
        "FailureCount",
        "DeletedCount",
        "CreatedAt",
    )
    _CODECS = _CODEC_MODULE

    arn: str
    id: str
    status: BulkJobStatus | str
    file_name: str | None
    total_records: int
    processed_records: int
    success_count: int
    failure_count: int
    deleted_count: int
    failure_reason: str | None
    created_at: _dt.datetime
    completed_at: _dt.datetime | None

    def __init__(
        self,
        *,
        arn: str,
        id: str,
        status: BulkJobStatus | _types.BulkJobStatusValue,
        total_records: int,
        processed_records: int,
        success_count: int,
        failure_count: int,
        deleted_count: int,
        created_at: _dt.datetime,
        file_name: str | None = None,
        failure_reason: str | None = None,
        completed_at: _dt.datetime | None = None,
    ) -> None:
        self.arn = arn
        self.id = id
        self.status = status
        self.file_name = file_name
        self.total_records = total_records
        self.processed_records = processed_records
        self.success_count = success_count
        self.failure_count = failure_count
        self.deleted_count = deleted_count
        self.failure_reason = failure_reason
        self.created_at = created_at
        self.completed_at = completed_at


class ListCustomerAccountBulkJobsRequest(_Structure):
    """Information about list customer account bulk jobs request.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        filter: Specifies criteria to filter the bulk jobs, such as the job identifier
            or status.
        max_results: Specifies the maximum number of results to return in a single call.
        next_token: Specifies the token for the next page of results.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "filter",
        "max_results",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Filter",
            "MaxResults",
            "NextToken",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    catalog: str
    filter: CustomerAccountBulkJobFilter | None
    max_results: int | None
    next_token: str | None

    def __init__(
        self,
        *,
        catalog: str,
        filter: CustomerAccountBulkJobFilter | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.filter = filter
        self.max_results = max_results
        self.next_token = next_token


class ListCustomerAccountBulkJobsResponse(_Structure):
    """Information about list customer account bulk jobs response.

    Attributes:
        items: The bulk jobs that match the request. Required.
        next_token: The token to retrieve the next page of results.
    """

    __module__ = __package__
    __slots__ = (
        "items",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "items",
            "NextToken",
        )
    )
    _REQUIRED = ("items",)
    _CODECS = _CODEC_MODULE

    items: list[CustomerAccountBulkJobSummary]
    next_token: str | None

    def __init__(
        self,
        *,
        items: _types.SequenceNotStr[CustomerAccountBulkJobSummary],
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.items = items  # type: ignore[assignment]
        self.next_token = next_token
