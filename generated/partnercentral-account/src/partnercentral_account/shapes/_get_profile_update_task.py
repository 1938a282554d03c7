"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only GetProfileUpdateTask calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        ProfileTaskStatus,
    )
    from . import (
        ErrorDetail,
        TaskDetails,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._get_profile_update_task"


class GetProfileUpdateTaskRequest(_Structure):
    """GetProfileUpdateTaskRequest

    Attributes:
        catalog: The catalog identifier for the partner account. Required.
        identifier: The unique identifier of the partner account. Required.
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


class GetProfileUpdateTaskResponse(_Structure):
    """GetProfileUpdateTaskResponse

    Attributes:
        catalog: The catalog identifier for the partner account. Required.
        arn: The Amazon Resource Name (ARN) of the profile update task. Required.
        id: The unique identifier of the partner account. Required.
        task_id: The unique identifier of the profile update task. Required.
        task_details: The details of the profile update task including what changes are
            being made. Required.
        started_at: The timestamp when the profile update task was started. Required.
        status: The current status of the profile update task (in progress, completed,
            failed, etc.). Required.
        ended_at: The timestamp when the profile update task was completed or failed.
        error_detail_list: A list of error details if any errors occurred during the
            profile update task.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "arn",
        "id",
        "task_id",
        "task_details",
        "started_at",
        "status",
        "ended_at",
        "error_detail_list",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Arn",
            "Id",
            "TaskId",
            "TaskDetails",
            "StartedAt",
            "Status",
            "EndedAt",
            "ErrorDetailList",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Arn",
        "Id",
        "TaskId",
        "TaskDetails",
        "StartedAt",
        "Status",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    arn: str
    id: str
    task_id: str
    task_details: TaskDetails
    started_at: _dt.datetime
    status: ProfileTaskStatus | str
    ended_at: _dt.datetime | None
    error_detail_list: list[ErrorDetail] | None

    def __init__(
        self,
        *,
        catalog: str,
        arn: str,
        id: str,
        task_id: str,
        task_details: TaskDetails,
        started_at: _dt.datetime,
        status: ProfileTaskStatus | _types.ProfileTaskStatusValue,
        ended_at: _dt.datetime | None = None,
        error_detail_list: _types.SequenceNotStr[ErrorDetail] | None = None,
    ) -> None:
        self.catalog = catalog
        self.arn = arn
        self.id = id
        self.task_id = task_id
        self.task_details = task_details
        self.started_at = started_at
        self.status = status
        self.ended_at = ended_at
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.error_detail_list = error_detail_list  # type: ignore[assignment]
