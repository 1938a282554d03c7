"""Shapes of the Partner Central Revenue Measurement API (internal: import them from ``shapes``).

The shapes only GetRevenueAttributionAllocationsTask calls hold, imported on the
first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        CatalogName,
        EntityType,
        RevenueAttributionAllocationAction,
        RevenueAttributionAllocationErrorCode,
        RevenueAttributionAllocationTaskStatus,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._get_revenue_attribution_allocations_task"


class GetRevenueAttributionAllocationsTaskInput(_Structure):
    """GetRevenueAttributionAllocationsTaskInput

    Attributes:
        catalog: The catalog that contains the resource. Required.
        revenue_attribution_identifier: The revenue attribution identifier. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "revenue_attribution_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "RevenueAttributionIdentifier",
        )
    )
    _REQUIRED = (
        "Catalog",
        "RevenueAttributionIdentifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: CatalogName | str
    revenue_attribution_identifier: str

    def __init__(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        revenue_attribution_identifier: str,
    ) -> None:
        self.catalog = catalog
        self.revenue_attribution_identifier = revenue_attribution_identifier


class GetRevenueAttributionAllocationsTaskOutput(_Structure):
    """GetRevenueAttributionAllocationsTaskOutput

    Attributes:
        task_id: The unique identifier for the asynchronous task. Required.
        status: Current task status. Required.
        catalog: The catalog used for this task. Required.
        revenue_attribution_arn: ARN of the revenue attribution resource. Required.
        started_at: When processing started. Required.
        ended_at: When processing ended.
        total_revenue_attribution_allocation_records: Total revenue attribution
            allocation records in the batch. Required.
        description: Human-readable description, if provided at creation.
        revenue_attribution_latest_revision: The revision number assigned to this batch.
        error_detail_list: All errors discovered during async processing.
    """

    __module__ = __package__
    __slots__ = (
        "task_id",
        "status",
        "catalog",
        "revenue_attribution_arn",
        "started_at",
        "ended_at",
        "total_revenue_attribution_allocation_records",
        "description",
        "revenue_attribution_latest_revision",
        "error_detail_list",
    )
    _WIRE_NAMES = frozenset(
        (
            "TaskId",
            "Status",
            "Catalog",
            "RevenueAttributionArn",
            "StartedAt",
            "EndedAt",
            "TotalRevenueAttributionAllocationRecords",
            "Description",
            "RevenueAttributionLatestRevision",
            "ErrorDetailList",
        )
    )
    _REQUIRED = (
        "TaskId",
        "Status",
        "Catalog",
        "RevenueAttributionArn",
        "StartedAt",
        "TotalRevenueAttributionAllocationRecords",
    )
    _CODECS = _CODEC_MODULE

    task_id: str
    status: RevenueAttributionAllocationTaskStatus | str
    catalog: CatalogName | str
    revenue_attribution_arn: str
    started_at: _dt.datetime
    ended_at: _dt.datetime | None
    total_revenue_attribution_allocation_records: int
    description: str | None
    revenue_attribution_latest_revision: str | None
    error_detail_list: list[RevenueAttributionAllocationErrorDetail] | None

    def __init__(
        self,
        *,
        task_id: str,
        status: (
            RevenueAttributionAllocationTaskStatus
            | _types.RevenueAttributionAllocationTaskStatusValue
        ),
        catalog: CatalogName | _types.CatalogNameValue,
        revenue_attribution_arn: str,
        started_at: _dt.datetime,
        total_revenue_attribution_allocation_records: int,
        ended_at: _dt.datetime | None = None,
        description: str | None = None,
        revenue_attribution_latest_revision: str | None = None,
        error_detail_list: (
            _types.SequenceNotStr[RevenueAttributionAllocationErrorDetail] | None
        ) = None,
    ) -> None:
        self.task_id = task_id
        self.status = status
        self.catalog = catalog
        self.revenue_attribution_arn = revenue_attribution_arn
        self.started_at = started_at
        self.ended_at = ended_at
        self.total_revenue_attribution_allocation_records = (
            total_revenue_attribution_allocation_records
        )
        self.description = description
        self.revenue_attribution_latest_revision = revenue_attribution_latest_revision
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.error_detail_list = error_detail_list  # type: ignore[assignment]


class RevenueAttributionAllocationErrorDetail(_Structure):
    """Details of a validation error for a single revenue attribution allocation record.

    Attributes:
        revenue_attribution_allocation_id: The allocation identifier.
        entity_type: The deal entity type of the failing record. Required.
        entity_id: The deal entity identifier of the failing record. Required.
        customer_aws_account_id: The customer AWS account ID of the failing record.
            Required.
        effective_from: Effective start date of the failing record. Required.
        effective_until: Effective end date of the failing record. Required.
        action: The action that was attempted. Required.
        error_code: Machine-readable error code. Required.
        error_message: Human-readable error description. Required.
    """

    __module__ = __package__
    __slots__ = (
        "revenue_attribution_allocation_id",
        "entity_type",
        "entity_id",
        "customer_aws_account_id",
        "effective_from",
        "effective_until",
        "action",
        "error_code",
        "error_message",
    )
    _WIRE_NAMES = frozenset(
        (
            "RevenueAttributionAllocationId",
            "EntityType",
            "EntityId",
            "CustomerAwsAccountId",
            "EffectiveFrom",
            "EffectiveUntil",
            "Action",
            "ErrorCode",
            "ErrorMessage",
        )
    )
    _REQUIRED = (
        "EntityType",
        "EntityId",
        "CustomerAwsAccountId",
        "EffectiveFrom",
        "EffectiveUntil",
        "Action",
        "ErrorCode",
        "ErrorMessage",
    )
    _SENSITIVE = frozenset(("customer_aws_account_id",))
    _CODECS = _CODEC_MODULE

    revenue_attribution_allocation_id: str | None
    entity_type: EntityType | str
    entity_id: str
    customer_aws_account_id: str
    effective_from: str
    effective_until: str
    action: RevenueAttributionAllocationAction | str
    error_code: RevenueAttributionAllocationErrorCode | str
    error_message: str

    def __init__(
        self,
        *,
        entity_type: EntityType | _types.EntityTypeValue,
        entity_id: str,
        customer_aws_account_id: str,
        effective_from: str,
        effective_until: str,
        action: (
            RevenueAttributionAllocationAction | _types.RevenueAttributionAllocationActionValue
        ),
        error_code: (
            RevenueAttributionAllocationErrorCode
            | _types.RevenueAttributionAllocationErrorCodeValue
        ),
        error_message: str,
        revenue_attribution_allocation_id: str | None = None,
    ) -> None:
        self.revenue_attribution_allocation_id = revenue_attribution_allocation_id
        self.entity_type = entity_type
        self.entity_id = entity_id
        self.customer_aws_account_id = customer_aws_account_id
        self.effective_from = effective_from
        self.effective_until = effective_until
        self.action = action
        self.error_code = error_code
        self.error_message = error_message
