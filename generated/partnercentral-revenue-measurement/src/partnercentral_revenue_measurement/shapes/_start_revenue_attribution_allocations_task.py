"""Shapes of the Partner Central Revenue Measurement API (internal: import them from ``shapes``).

The shapes only StartRevenueAttributionAllocationsTask calls hold, imported on the
first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        AllocationStatus,
        CatalogName,
        EntityType,
        RevenueAttributionAllocationAction,
        RevenueAttributionAllocationTaskStatus,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._start_revenue_attribution_allocations_task"


class RevenueShareAllocation(_Structure):
    """A single allocation change within a batch request.

    Attributes:
        action: The operation type: CREATE or UPDATE. Required.
        revenue_attribution_allocation_id: The allocation to update.
        entity_type: The type of the associated deal entity. Required.
        entity_identifier: The unique identifier of the associated deal entity.
            Required.
        customer_aws_account_id: The customer AWS account ID for this associated deal
            entity. Required.
        revenue_share_percent: Revenue share percentage. Required.
        effective_from: The effective start date for this allocation. Required.
        effective_until: The effective end date for this allocation. Required.
        status: Allocation status.
    """

    __module__ = __package__
    __slots__ = (
        "action",
        "revenue_attribution_allocation_id",
        "entity_type",
        "entity_identifier",
        "customer_aws_account_id",
        "revenue_share_percent",
        "effective_from",
        "effective_until",
        "status",
    )
    _WIRE_NAMES = frozenset(
        (
            "Action",
            "RevenueAttributionAllocationId",
            "EntityType",
            "EntityIdentifier",
            "CustomerAwsAccountId",
            "RevenueSharePercent",
            "EffectiveFrom",
            "EffectiveUntil",
            "Status",
        )
    )
    _REQUIRED = (
        "Action",
        "EntityType",
        "EntityIdentifier",
        "CustomerAwsAccountId",
        "RevenueSharePercent",
        "EffectiveFrom",
        "EffectiveUntil",
    )
    _SENSITIVE = frozenset(("customer_aws_account_id",))
    _CODECS = _CODEC_MODULE

    action: RevenueAttributionAllocationAction | str
    revenue_attribution_allocation_id: str | None
    entity_type: EntityType | str
    entity_identifier: str
    customer_aws_account_id: str
    revenue_share_percent: str
    effective_from: str
    effective_until: str
    status: AllocationStatus | str | None

    def __init__(
        self,
        *,
        action: (
            RevenueAttributionAllocationAction | _types.RevenueAttributionAllocationActionValue
        ),
        entity_type: EntityType | _types.EntityTypeValue,
        entity_identifier: str,
        customer_aws_account_id: str,
        revenue_share_percent: str,
        effective_from: str,
        effective_until: str,
        revenue_attribution_allocation_id: str | None = None,
        status: AllocationStatus | _types.AllocationStatusValue | None = None,
    ) -> None:
        self.action = action
        self.revenue_attribution_allocation_id = revenue_attribution_allocation_id
        self.entity_type = entity_type
        self.entity_identifier = entity_identifier
        self.customer_aws_account_id = customer_aws_account_id
        self.revenue_share_percent = revenue_share_percent
        self.effective_from = effective_from
        self.effective_until = effective_until
        self.status = status


class StartRevenueAttributionAllocationsTaskInput(_Structure):
    """StartRevenueAttributionAllocationsTaskInput

    Attributes:
        catalog: The catalog context for this operation. Required.
        revenue_attribution_identifier: The revenue attribution identifier. Required.
        revenue_attribution_revision: Current revision of the revenue attribution for
            optimistic locking. Required.
        revenue_share_allocations: The list of allocation changes to process in this
            batch. Required.
        client_token: Idempotency token for deduplication and retry. Filled with a
            random UUID when omitted.
        description: Human-readable description of the batch.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "revenue_attribution_identifier",
        "revenue_attribution_revision",
        "revenue_share_allocations",
        "client_token",
        "description",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "RevenueAttributionIdentifier",
            "RevenueAttributionRevision",
            "RevenueShareAllocations",
            "ClientToken",
            "Description",
        )
    )
    _REQUIRED = (
        "Catalog",
        "RevenueAttributionIdentifier",
        "RevenueAttributionRevision",
        "RevenueShareAllocations",
    )
    _CODECS = _CODEC_MODULE

    catalog: CatalogName | str
    revenue_attribution_identifier: str
    revenue_attribution_revision: str
    revenue_share_allocations: _Sequence[RevenueShareAllocation]
    client_token: str | None
    description: str | None

    def __init__(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        revenue_attribution_identifier: str,
        revenue_attribution_revision: str,
        revenue_share_allocations: _types.SequenceNotStr[RevenueShareAllocation],
        client_token: str | None = None,
        description: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.revenue_attribution_identifier = revenue_attribution_identifier
        self.revenue_attribution_revision = revenue_attribution_revision
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.revenue_share_allocations = revenue_share_allocations  # type: ignore[assignment]
        self.client_token = client_token
        self.description = description


class StartRevenueAttributionAllocationsTaskOutput(_Structure):
    """StartRevenueAttributionAllocationsTaskOutput

    Attributes:
        task_id: Unique identifier for the submitted task. Required.
        status: Initial task status. Required.
        catalog: The catalog used for this task. Required.
        revenue_attribution_arn: ARN of the revenue attribution resource. Required.
        started_at: When processing started. Required.
        total_revenue_attribution_allocation_records: Total revenue attribution
            allocation records in the batch. Required.
    """

    __module__ = __package__
    __slots__ = (
        "task_id",
        "status",
        "catalog",
        "revenue_attribution_arn",
        "started_at",
        "total_revenue_attribution_allocation_records",
    )
    _WIRE_NAMES = frozenset(
        (
            "TaskId",
            "Status",
            "Catalog",
            "RevenueAttributionArn",
            "StartedAt",
            "TotalRevenueAttributionAllocationRecords",
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
    total_revenue_attribution_allocation_records: int

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
    ) -> None:
        self.task_id = task_id
        self.status = status
        self.catalog = catalog
        self.revenue_attribution_arn = revenue_attribution_arn
        self.started_at = started_at
        self.total_revenue_attribution_allocation_records = (
            total_revenue_attribution_allocation_records
        )
