"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only CancelProfileUpdateTask calls hold, imported on the first use of
one.
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
_CODEC_MODULE = ".._awsjson.shapes._cancel_profile_update_task"


class CancelProfileUpdateTaskRequest(_Structure):
    """CancelProfileUpdateTaskRequest

    Attributes:
        catalog: The catalog identifier for the partner account. Required.
        identifier: The unique identifier of the partner account. Required.
        client_token: A unique, case-sensitive identifier that you provide to ensure the
            idempotency of the request. Filled with a random UUID when omitted.
        task_id: The unique identifier of the profile update task to cancel. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
        "client_token",
        "task_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "ClientToken",
            "TaskId",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
        "TaskId",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str
    client_token: str | None
    task_id: str

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        task_id: str,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.client_token = client_token
        self.task_id = task_id


class CancelProfileUpdateTaskResponse(_Structure):
    """CancelProfileUpdateTaskResponse

    Attributes:
        catalog: The catalog identifier for the partner account. Required.
        arn: The Amazon Resource Name (ARN) of the canceled profile update task.
            Required.
        id: The unique identifier of the partner account. Required.
        task_id: The unique identifier of the canceled profile update task. Required.
        task_details: The details of the profile update task that was canceled.
            Required.
        started_at: The timestamp when the profile update task was started. Required.
        status: The current status of the profile update task (canceled). Required.
        ended_at: The timestamp when the profile update task was ended (canceled).
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
