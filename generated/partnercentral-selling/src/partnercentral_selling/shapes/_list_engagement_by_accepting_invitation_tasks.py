"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only ListEngagementByAcceptingInvitationTasks calls hold, imported on the
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
        ReasonCode,
        TaskStatus,
    )
    from . import (
        ListTasksSortBase,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._list_engagement_by_accepting_invitation_tasks"


class ListEngagementByAcceptingInvitationTaskSummary(_Structure):
    """Specifies a subset of fields associated with tasks related to accepting an engagement
    invitation.

    Attributes:
        task_id: Unique identifier of the task.
        task_arn: The Amazon Resource Name (ARN) that uniquely identifies the task.
        start_time: Task start timestamp.
        task_status: Status of the task.
        message: Detailed message describing the failure and possible recovery steps.
        reason_code: A code pointing to the specific reason for the failure.
        opportunity_id: Unique identifier of opportunity that was created.
        resource_snapshot_job_id: Unique identifier of the resource snapshot job that
            was created.
        engagement_invitation_id: The unique identifier of the engagement invitation
            that was accepted.
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
        "engagement_invitation_id",
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
            "EngagementInvitationId",
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
    engagement_invitation_id: str | None

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
        engagement_invitation_id: str | None = None,
    ) -> None:
        self.task_id = task_id
        self.task_arn = task_arn
        self.start_time = start_time
        self.task_status = task_status
        self.message = message
        self.reason_code = reason_code
        self.opportunity_id = opportunity_id
        self.resource_snapshot_job_id = resource_snapshot_job_id
        self.engagement_invitation_id = engagement_invitation_id


class ListEngagementByAcceptingInvitationTasksRequest(_Structure):
    """Contains the request parameters for the `ListEngagementByAcceptingInvitationTasks`
    operation.

    Attributes:
        max_results: Use this parameter to control the number of items returned in each
            request, which can be useful...
        next_token: Use this parameter for pagination when the result set spans multiple
            pages.
        sort: Specifies the sorting criteria for the returned results.
        catalog: Specifies the catalog related to the request. Required.
        task_status: Filters the tasks based on their current status.
        opportunity_identifier: Filters tasks by the identifiers of the opportunities
            they created or are associated with.
        engagement_invitation_identifier: Filters tasks by the identifiers of the
            engagement invitations they are processing.
        task_identifier: Filters tasks by their unique identifiers.
    """

    __module__ = __package__
    __slots__ = (
        "max_results",
        "next_token",
        "sort",
        "catalog",
        "task_status",
        "opportunity_identifier",
        "engagement_invitation_identifier",
        "task_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "MaxResults",
            "NextToken",
            "Sort",
            "Catalog",
            "TaskStatus",
            "OpportunityIdentifier",
            "EngagementInvitationIdentifier",
            "TaskIdentifier",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    max_results: int | None
    next_token: str | None
    sort: ListTasksSortBase | None
    catalog: str
    task_status: _Sequence[TaskStatus | str] | None
    opportunity_identifier: _Sequence[str] | None
    engagement_invitation_identifier: _Sequence[str] | None
    task_identifier: _Sequence[str] | None

    def __init__(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        sort: ListTasksSortBase | None = None,
        task_status: _types.SequenceNotStr[TaskStatus | _types.TaskStatusValue] | None = None,
        opportunity_identifier: _types.SequenceNotStr[str] | None = None,
        engagement_invitation_identifier: _types.SequenceNotStr[str] | None = None,
        task_identifier: _types.SequenceNotStr[str] | None = None,
    ) -> None:
        self.max_results = max_results
        self.next_token = next_token
        self.sort = sort
        self.catalog = catalog
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.task_status = task_status  # type: ignore[assignment]
        self.opportunity_identifier = opportunity_identifier  # type: ignore[assignment]
        self.engagement_invitation_identifier = engagement_invitation_identifier  # type: ignore[assignment]
        self.task_identifier = task_identifier  # type: ignore[assignment]


class ListEngagementByAcceptingInvitationTasksResponse(_Structure):
    """Contains the response that the `ListEngagementByAcceptingInvitationTasks` action
    returns.

    Attributes:
        task_summaries: An array of `EngagementByAcceptingInvitationTaskSummary`
            objects, each representing a task that...
        next_token: A token used for pagination to retrieve the next page of results.If
            there are more results...
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

    task_summaries: list[ListEngagementByAcceptingInvitationTaskSummary] | None
    next_token: str | None

    def __init__(
        self,
        *,
        task_summaries: (
            _types.SequenceNotStr[ListEngagementByAcceptingInvitationTaskSummary] | None
        ) = None,
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.task_summaries = task_summaries  # type: ignore[assignment]
        self.next_token = next_token
