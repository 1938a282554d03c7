"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only GetCustomerAccountBulkJob calls hold, imported on the first use of
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
_CODEC_MODULE = ".._awsjson.shapes._get_customer_account_bulk_job"


class GetCustomerAccountBulkJobRequest(_Structure):
    """Information about get customer account bulk job request.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        identifier: Specifies the ARN or the identifier of the bulk job. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier


class GetCustomerAccountBulkJobResponse(_Structure):
    """Information about get customer account bulk job response.

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
