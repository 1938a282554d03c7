"""Enums of the Partner Central Account API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class QualificationsDisassociationTaskStatus(_OpenEnum):
    """The current status of a qualifications disassociation task. Valid values: `IN_PROGRESS`
    (task is running), `SUCCEEDED` (task completed successfully).
    """

    __module__ = __package__
    IN_PROGRESS = "IN_PROGRESS"
    SUCCEEDED = "SUCCEEDED"
