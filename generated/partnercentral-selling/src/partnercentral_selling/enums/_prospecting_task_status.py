"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class ProspectingTaskStatus(_OpenEnum):
    """The current execution state of a prospecting task. A task transitions from `PENDING` to
    `IN_PROGRESS` when processing begins, and then to either `COMPLETED` or `FAILED` when
    processing ends.
    """

    __module__ = __package__
    PENDING = "PENDING"
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETED = "COMPLETED"
    FAILED = "FAILED"
