"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only StartOpportunityFromEngagementTask calls hold, imported on the first
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
        Tag,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._start_opportunity_from_engagement_task"


class StartOpportunityFromEngagementTaskRequest(_Structure):
    """Contains the request parameters for the `StartOpportunityFromEngagementTask` operation.

    Attributes:
        catalog: Specifies the catalog in which the opportunity creation task is
            executed. Required.
        client_token: A unique token provided by the client to help ensure the
            idempotency of the request. Filled with a random UUID when omitted.
        identifier: The unique identifier of the engagement from which the opportunity
            creation task is to be initiated. Required.
        context_identifier: The unique identifier of the engagement context from which
            to create the opportunity. Required.
        tags: A map of the key-value pairs of the tag or tags to assign.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "client_token",
        "identifier",
        "context_identifier",
        "tags",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ClientToken",
            "Identifier",
            "ContextIdentifier",
            "Tags",
        )
    )
    _REQUIRED = (
        "Catalog",
        "ClientToken",
        "Identifier",
        "ContextIdentifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    client_token: str | None
    identifier: str
    context_identifier: str
    tags: _Sequence[Tag] | None

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        context_identifier: str,
        client_token: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
    ) -> None:
        self.catalog = catalog
        self.client_token = client_token
        self.identifier = identifier
        self.context_identifier = context_identifier
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.tags = tags  # type: ignore[assignment]


class StartOpportunityFromEngagementTaskResponse(_Structure):
    """Contains the response that the `StartOpportunityFromEngagementTask` action returns.

    Attributes:
        task_id: The unique identifier of the task, used to track the task's progress.
        task_arn: The Amazon Resource Name (ARN) of the task, used for tracking and
            managing the task within AWS.
        start_time: The timestamp indicating when the task was initiated.
        task_status: Indicates the current status of the task.
        message: If the task fails, this field contains a detailed message describing
            the failure and possible...
        reason_code: Indicates the reason for task failure using an enumerated code.
        opportunity_id: The unique identifier of the opportunity created as a result of
            the task.
        resource_snapshot_job_id: The identifier of the resource snapshot job created as
            part of the opportunity creation process.
        engagement_id: The unique identifier of the engagement from which the
            opportunity was created.
        context_id: The unique identifier of the engagement context used to create the
            opportunity.
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
