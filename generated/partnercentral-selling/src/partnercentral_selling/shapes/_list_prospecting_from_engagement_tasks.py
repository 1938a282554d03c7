"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only ListProspectingFromEngagementTasks calls hold, imported on the first
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
        ProspectingFromEngagementTaskSortName,
        SortOrder,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._list_prospecting_from_engagement_tasks"


class ListProspectingFromEngagementTasksRequest(_Structure):
    """Represents the request structure for listing prospecting tasks. All filter parameters
    are optional. Results are paginated — uses `NextToken` from the response to retrieve
    subsequent pages.

    Attributes:
        catalog: Specifies the catalog to list tasks from. Required.
        max_results: The maximum number of results to return in a single page.
        next_token: The pagination token from a previous call to this API.
        task_identifier: Filters the results to include only the tasks with the
            specified identifiers.
        task_name: Filters the results to include only tasks with the specified names.
        start_after: Filters tasks to include only those that started after the
            specified timestamp.
        start_before: Filters tasks to include only those that started before the
            specified timestamp.
        sort: Specifies the field and order used to sort the returned tasks.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "max_results",
        "next_token",
        "task_identifier",
        "task_name",
        "start_after",
        "start_before",
        "sort",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "MaxResults",
            "NextToken",
            "TaskIdentifier",
            "TaskName",
            "StartAfter",
            "StartBefore",
            "Sort",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    catalog: str
    max_results: int | None
    next_token: str | None
    task_identifier: _Sequence[str] | None
    task_name: _Sequence[str] | None
    start_after: _dt.datetime | None
    start_before: _dt.datetime | None
    sort: ProspectingFromEngagementTaskSort | None

    def __init__(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        task_identifier: _types.SequenceNotStr[str] | None = None,
        task_name: _types.SequenceNotStr[str] | None = None,
        start_after: _dt.datetime | None = None,
        start_before: _dt.datetime | None = None,
        sort: ProspectingFromEngagementTaskSort | None = None,
    ) -> None:
        self.catalog = catalog
        self.max_results = max_results
        self.next_token = next_token
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.task_identifier = task_identifier  # type: ignore[assignment]
        self.task_name = task_name  # type: ignore[assignment]
        self.start_after = start_after
        self.start_before = start_before
        self.sort = sort


class ListProspectingFromEngagementTasksResponse(_Structure):
    """Represents the response structure containing a paginated list of prospecting task
    summaries matching the request filters. Indicates through `NextToken` when additional
    results are available.

    Attributes:
        next_token: A pagination token used to retrieve the next page of results.
        task_summaries: Prospecting task summaries matching the specified filters.
            Required.
    """

    __module__ = __package__
    __slots__ = (
        "next_token",
        "task_summaries",
    )
    _WIRE_NAMES = frozenset(
        (
            "NextToken",
            "TaskSummaries",
        )
    )
    _REQUIRED = ("TaskSummaries",)
    _CODECS = _CODEC_MODULE

    next_token: str | None
    task_summaries: list[ProspectingTaskSummary]

    def __init__(
        self,
        *,
        task_summaries: _types.SequenceNotStr[ProspectingTaskSummary],
        next_token: str | None = None,
    ) -> None:
        self.next_token = next_token
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.task_summaries = task_summaries  # type: ignore[assignment]


class ProspectingFromEngagementTaskSort(_Structure):
    """Specifies the sort configuration for `ListProspectingFromEngagementTasks`. Contains the
    field to sort by and the sort direction.

    Attributes:
        sort_order: The direction in which to sort the results. Required.
        sort_by: The field by which to sort the returned tasks. Required.
    """

    __module__ = __package__
    __slots__ = (
        "sort_order",
        "sort_by",
    )
    _WIRE_NAMES = frozenset(
        (
            "SortOrder",
            "SortBy",
        )
    )
    _REQUIRED = (
        "SortOrder",
        "SortBy",
    )
    _CODECS = _CODEC_MODULE

    sort_order: SortOrder | str
    sort_by: ProspectingFromEngagementTaskSortName | str

    def __init__(
        self,
        *,
        sort_order: SortOrder | _types.SortOrderValue,
        sort_by: (
            ProspectingFromEngagementTaskSortName
            | _types.ProspectingFromEngagementTaskSortNameValue
        ),
    ) -> None:
        self.sort_order = sort_order
        self.sort_by = sort_by


class ProspectingTaskSummary(_Structure):
    """A summary of a single prospecting task, returned by
    `ListProspectingFromEngagementTasks`. Contains key metrics and status information
    without the full per-engagement detail available from
    `GetProspectingFromEngagementTask`.

    Attributes:
        task_id: The unique identifier of the task. Required.
        task_arn: The Amazon Resource Name (ARN) of the task. Required.
        task_name: The descriptive name of the task provided when it was created.
            Required.
        start_time: The timestamp indicating when the task was initiated. Required.
        end_time: The timestamp indicating when the task finished processing.
        total_engagement_count: The total number of engagements included in the task.
            Required.
        completed_engagement_count: The number of engagements that have been
            successfully converted into prospecting leads. Required.
        failed_engagement_count: The number of engagements that failed to be converted.
            Required.
    """

    __module__ = __package__
    __slots__ = (
        "task_id",
        "task_arn",
        "task_name",
        "start_time",
        "end_time",
        "total_engagement_count",
        "completed_engagement_count",
        "failed_engagement_count",
    )
    _WIRE_NAMES = frozenset(
        (
            "TaskId",
            "TaskArn",
            "TaskName",
            "StartTime",
            "EndTime",
            "TotalEngagementCount",
            "CompletedEngagementCount",
            "FailedEngagementCount",
        )
    )
    _REQUIRED = (
        "TaskId",
        "TaskArn",
        "TaskName",
        "StartTime",
        "TotalEngagementCount",
        "CompletedEngagementCount",
        "FailedEngagementCount",
    )
    _CODECS = _CODEC_MODULE

    task_id: str
    task_arn: str
    task_name: str
    start_time: _dt.datetime
    end_time: _dt.datetime | None
    total_engagement_count: int
    completed_engagement_count: int
    failed_engagement_count: int

    def __init__(
        self,
        *,
        task_id: str,
        task_arn: str,
        task_name: str,
        start_time: _dt.datetime,
        total_engagement_count: int,
        completed_engagement_count: int,
        failed_engagement_count: int,
        end_time: _dt.datetime | None = None,
    ) -> None:
        self.task_id = task_id
        self.task_arn = task_arn
        self.task_name = task_name
        self.start_time = start_time
        self.end_time = end_time
        self.total_engagement_count = total_engagement_count
        self.completed_engagement_count = completed_engagement_count
        self.failed_engagement_count = failed_engagement_count
