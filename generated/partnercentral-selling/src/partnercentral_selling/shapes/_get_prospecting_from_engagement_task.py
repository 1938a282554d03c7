"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only GetProspectingFromEngagementTask calls hold, imported on the first
use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        ProspectingTaskStatus,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._get_prospecting_from_engagement_task"


class EngagementProspectingResult(_Structure):
    """Contains the result of processing a single engagement within a prospecting task. Each
    engagement is processed independently, so individual engagements can succeed or fail
    regardless of other engagements in the same task.

    Attributes:
        engagement_identifier: The unique identifier of the engagement that was
            processed. Required.
        engagement_context_id: The identifier of the prospecting context created for
            this engagement.
        status: The processing status of this specific engagement. Required.
        reason_code: An enumerated code indicating the reason this engagement failed to
            process.
        message: A human-readable description of the failure for this engagement,
            including suggested recovery steps.
    """

    __module__ = __package__
    __slots__ = (
        "engagement_identifier",
        "engagement_context_id",
        "status",
        "reason_code",
        "message",
    )
    _WIRE_NAMES = frozenset(
        (
            "EngagementIdentifier",
            "EngagementContextId",
            "Status",
            "ReasonCode",
            "Message",
        )
    )
    _REQUIRED = (
        "EngagementIdentifier",
        "Status",
    )
    _CODECS = _CODEC_MODULE

    engagement_identifier: str
    engagement_context_id: str | None
    status: ProspectingTaskStatus | str
    reason_code: str | None
    message: str | None

    def __init__(
        self,
        *,
        engagement_identifier: str,
        status: ProspectingTaskStatus | _types.ProspectingTaskStatusValue,
        engagement_context_id: str | None = None,
        reason_code: str | None = None,
        message: str | None = None,
    ) -> None:
        self.engagement_identifier = engagement_identifier
        self.engagement_context_id = engagement_context_id
        self.status = status
        self.reason_code = reason_code
        self.message = message


class GetProspectingFromEngagementTaskRequest(_Structure):
    """Represents the request structure for retrieving the status and results of a prospecting
    task.

    Attributes:
        catalog: Specifies the catalog associated with the task. Required.
        task_identifier: The unique identifier of the prospecting task to retrieve.
            Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "task_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "TaskIdentifier",
        )
    )
    _REQUIRED = (
        "Catalog",
        "TaskIdentifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    task_identifier: str

    def __init__(
        self,
        *,
        catalog: str,
        task_identifier: str,
    ) -> None:
        self.catalog = catalog
        self.task_identifier = task_identifier


class GetProspectingFromEngagementTaskResponse(_Structure):
    """Represents the response structure containing the full details of a prospecting task,
    including per-engagement processing results. Includes the `Status` field of each
    `EngagementProspectingResult` entry to determine individual outcomes.

    Attributes:
        task_id: The unique identifier of the task. Required.
        task_arn: The Amazon Resource Name (ARN) of the task. Required.
        task_name: The descriptive name of the task that you provided when you created
            it. Required.
        start_time: The timestamp indicating when the task was initiated. Required.
        end_time: The timestamp indicating when the task finished processing.
        engagements: An array of `EngagementProspectingResult` entries for each
            engagement in the task. Required.
    """

    __module__ = __package__
    __slots__ = (
        "task_id",
        "task_arn",
        "task_name",
        "start_time",
        "end_time",
        "engagements",
    )
    _WIRE_NAMES = frozenset(
        (
            "TaskId",
            "TaskArn",
            "TaskName",
            "StartTime",
            "EndTime",
            "Engagements",
        )
    )
    _REQUIRED = (
        "TaskId",
        "TaskArn",
        "TaskName",
        "StartTime",
        "Engagements",
    )
    _CODECS = _CODEC_MODULE

    task_id: str
    task_arn: str
    task_name: str
    start_time: _dt.datetime
    end_time: _dt.datetime | None
    engagements: list[EngagementProspectingResult]

    def __init__(
        self,
        *,
        task_id: str,
        task_arn: str,
        task_name: str,
        start_time: _dt.datetime,
        engagements: _types.SequenceNotStr[EngagementProspectingResult],
        end_time: _dt.datetime | None = None,
    ) -> None:
        self.task_id = task_id
        self.task_arn = task_arn
        self.task_name = task_name
        self.start_time = start_time
        self.end_time = end_time
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.engagements = engagements  # type: ignore[assignment]
