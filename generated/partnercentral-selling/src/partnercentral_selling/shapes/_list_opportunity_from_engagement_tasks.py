"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only ListOpportunityFromEngagementTasks calls hold, imported on the first
use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        ReasonCode,
        TaskStatus,
    )
    from . import (
        ListTasksSortBase,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._list_opportunity_from_engagement_tasks"


class ListOpportunityFromEngagementTaskSummary(_Structure):
    """Provides a summary of a task related to creating an opportunity from an engagement. This
    structure contains key information about the task's status, associated identifiers, and
    any failure details for opportunity creation processes.

    Attributes:
        task_id: The unique identifier of the task for creating an opportunity from an
            engagement.
        task_arn: The Amazon Resource Name (ARN) that uniquely identifies the task
            within AWS.
        start_time: The timestamp indicating when the task was initiated, in RFC 3339
            format.
        task_status: The current status of the task.
        message: A detailed message providing additional information about the task,
            especially useful in case of...
        reason_code: A code indicating the specific reason for a task failure.
        opportunity_id: The unique identifier of the opportunity created as a result of
            the task.
        resource_snapshot_job_id: The identifier of the resource snapshot job associated
            with this task, if a snapshot was created...
        engagement_id: The unique identifier of the engagement from which the
            opportunity is being created.
        context_id: The unique identifier of the engagement context associated with the
            opportunity creation task.
    """

    __module__ = __package__
    __slots__ = (
        "task_id",
        "task_arn",
        "start_time",
        "task_status",
        "message",
        "reason_code",
        "opportunity_id",
        "resource_snapshot_job_id",
        "engagement_id",
        "context_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "TaskId",
            "TaskArn",
            "StartTime",
            "TaskStatus",
            "Message",
            "ReasonCode",
            "OpportunityId",
            "ResourceSnapshotJobId",
            "EngagementId",
            "ContextId",
        )
    )
    _CODECS = _CODEC_MODULE

    task_id: str | None
    task_arn: str | None
    start_time: _dt.datetime | None
    task_status: TaskStatus | str | None
    message: str | None
    reason_code: ReasonCode | str | None
    opportunity_id: str | None
    resource_snapshot_job_id: str | None
    engagement_id: str | None
    context_id: str | None

    def __init__(
        self,
        *,
        task_id: str | None = None,
        task_arn: str | None = None,
        start_time: _dt.datetime | None = None,
        task_status: TaskStatus | _types.TaskStatusValue | None = None,
        message: str | None = None,
        reason_code: ReasonCode | _types.ReasonCodeValue | None = None,
        opportunity_id: str | None = None,
        resource_snapshot_job_id: str | None = None,
        engagement_id: str | None = None,
        context_id: str | None = None,
    ) -> None:
        self.task_id = task_id
        self.task_arn = task_arn
        self.start_time = start_time
        self.task_status = task_status
        self.message = message
        self.reason_code = reason_code
        self.opportunity_id = opportunity_id
        self.resource_snapshot_job_id = resource_snapshot_job_id
        self.engagement_id = engagement_id
        self.context_id = context_id


class ListOpportunityFromEngagementTasksRequest(_Structure):
    """Contains the request parameters for the `ListOpportunityFromEngagementTasks` operation.

    Attributes:
        max_results: Specifies the maximum number of results to return in a single page
            of the response.
        next_token: The token for requesting the next page of results.
        sort: Specifies how to sort the returned tasks.
        catalog: Specifies the catalog related to the request. Required.
        task_status: Filters the tasks based on their current status.
        task_identifier: Filters tasks by their unique identifiers.
        opportunity_identifier: Filters tasks by the identifiers of the opportunities
            they created or are associated with.
        engagement_identifier: Filters tasks by the identifiers of the engagements from
            which opportunities are being created.
        context_identifier: Filters tasks by the identifiers of the engagement contexts
            associated with the opportunity...
    """

    __module__ = __package__
    __slots__ = (
        "max_results",
        "next_token",
        "sort",
        "catalog",
        "task_status",
        "task_identifier",
        "opportunity_identifier",
        "engagement_identifier",
        "context_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "MaxResults",
            "NextToken",
            "Sort",
            "Catalog",
            "TaskStatus",
            "TaskIdentifier",
            "OpportunityIdentifier",
            "EngagementIdentifier",
            "ContextIdentifier",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    max_results: int | None
    next_token: str | None
    sort: ListTasksSortBase | None
    catalog: str
    task_status: _Sequence[TaskStatus | str] | None
    task_identifier: _Sequence[str] | None
    opportunity_identifier: _Sequence[str] | None
    engagement_identifier: _Sequence[str] | None
    context_identifier: _Sequence[str] | None

    def __init__(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        sort: ListTasksSortBase | None = None,
        task_status: _types.SequenceNotStr[TaskStatus | _types.TaskStatusValue] | None = None,
        task_identifier: _types.SequenceNotStr[str] | None = None,
        opportunity_identifier: _types.SequenceNotStr[str] | None = None,
        engagement_identifier: _types.SequenceNotStr[str] | None = None,
        context_identifier: _types.SequenceNotStr[str] | None = None,
    ) -> None:
        self.max_results = max_results
        self.next_token = next_token
        self.sort = sort
        self.catalog = catalog
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.task_status = task_status  # type: ignore[assignment]
        self.task_identifier = task_identifier  # type: ignore[assignment]
        self.opportunity_identifier = opportunity_identifier  # type: ignore[assignment]
        self.engagement_identifier = engagement_identifier  # type: ignore[assignment]
        self.context_identifier = context_identifier  # type: ignore[assignment]


class ListOpportunityFromEngagementTasksResponse(_Structure):
    """Contains the response that the `ListOpportunityFromEngagementTasks` action returns.

    Attributes:
        task_summaries: An array of `ListOpportunityFromEngagementTaskSummary` objects,
            each representing a task that...
        next_token: A token used for pagination to retrieve the next page of results.
    """

    __module__ = __package__
    __slots__ = (
        "task_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "TaskSummaries",
            "NextToken",
        )
    )
    _CODECS = _CODEC_MODULE

    task_summaries: list[ListOpportunityFromEngagementTaskSummary] | None
    next_token: str | None

    def __init__(
        self,
        *,
        task_summaries: (
            _types.SequenceNotStr[ListOpportunityFromEngagementTaskSummary] | None
        ) = None,
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.task_summaries = task_summaries  # type: ignore[assignment]
        self.next_token = next_token
