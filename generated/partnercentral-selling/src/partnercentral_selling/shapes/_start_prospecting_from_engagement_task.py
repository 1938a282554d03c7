"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only StartProspectingFromEngagementTask calls hold, imported on the first
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
        ProspectingTaskStatus,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._start_prospecting_from_engagement_task"


class StartProspectingFromEngagementTaskRequest(_Structure):
    """Represents the request structure for starting a prospecting task. Includes up to 100
    engagement identifiers and a task name. Uses `ClientToken` to ensure idempotency.

    Attributes:
        catalog: Specifies the catalog in which the task is initiated. Required.
        identifiers: The list of engagement identifiers to include in this prospecting
            task. Required.
        task_name: A descriptive name for the task. Required.
        client_token: A unique, case-sensitive identifier provided by the client to
            ensure idempotency. Filled with a random UUID when omitted.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifiers",
        "task_name",
        "client_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifiers",
            "TaskName",
            "ClientToken",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifiers",
        "TaskName",
        "ClientToken",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifiers: _Sequence[str]
    task_name: str
    client_token: str | None

    def __init__(
        self,
        *,
        catalog: str,
        identifiers: _types.SequenceNotStr[str],
        task_name: str,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.identifiers = identifiers  # type: ignore[assignment]
        self.task_name = task_name
        self.client_token = client_token


class StartProspectingFromEngagementTaskResponse(_Structure):
    """Represents the response structure returned when a prospecting task is successfully
    submitted. Contains the task identifier, ARN, and initial status. Uses `TaskId` with
    `GetProspectingFromEngagementTask` to poll for completion.

    Attributes:
        identifiers: The list of engagement identifiers that were accepted into the task
            queue for processing. Required.
        task_name: The task name from the request. Required.
        message: A message providing additional context about the task's current state.
        reason_code: An enumerated code identifying the reason for task failure.
        start_time: The timestamp indicating when the task was initiated. Required.
        task_id: The unique identifier assigned to this task.
        task_arn: The Amazon Resource Name (ARN) of the task.
        task_status: The current status of the task. Required.
    """

    __module__ = __package__
    __slots__ = (
        "identifiers",
        "task_name",
        "message",
        "reason_code",
        "start_time",
        "task_id",
        "task_arn",
        "task_status",
    )
    _WIRE_NAMES = frozenset(
        (
            "Identifiers",
            "TaskName",
            "Message",
            "ReasonCode",
            "StartTime",
            "TaskId",
            "TaskArn",
            "TaskStatus",
        )
    )
    _REQUIRED = (
        "Identifiers",
        "TaskName",
        "StartTime",
        "TaskStatus",
    )
    _CODECS = _CODEC_MODULE

    identifiers: _Sequence[str]
    task_name: str
    message: str | None
    reason_code: str | None
    start_time: _dt.datetime
    task_id: str | None
    task_arn: str | None
    task_status: ProspectingTaskStatus | str

    def __init__(
        self,
        *,
        identifiers: _types.SequenceNotStr[str],
        task_name: str,
        start_time: _dt.datetime,
        task_status: ProspectingTaskStatus | _types.ProspectingTaskStatusValue,
        message: str | None = None,
        reason_code: str | None = None,
        task_id: str | None = None,
        task_arn: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.identifiers = identifiers  # type: ignore[assignment]
        self.task_name = task_name
        self.message = message
        self.reason_code = reason_code
        self.start_time = start_time
        self.task_id = task_id
        self.task_arn = task_arn
        self.task_status = task_status
