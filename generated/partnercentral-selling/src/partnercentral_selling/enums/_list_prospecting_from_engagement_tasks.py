"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class ProspectingFromEngagementTaskSortName(_OpenEnum):
    """The fields available for sorting results from `ListProspectingFromEngagementTasks`.
    Valid values are `StartTime`, `TaskName`, and `FailedEngagementCount`.
    """

    __module__ = __package__
    STARTTIME = "StartTime"
    TASKNAME = "TaskName"
    FAILEDENGAGEMENTCOUNT = "FailedEngagementCount"
