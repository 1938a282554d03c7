"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only ListResourceSnapshotJobs calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        ResourceSnapshotJobStatus,
        SortBy,
        SortOrder,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._list_resource_snapshot_jobs"


class ListResourceSnapshotJobsRequest(_Structure):
    """Contains the request parameters for the `ListResourceSnapshotJobs` operation.

    Attributes:
        catalog: Specifies the catalog related to the request. Required.
        max_results: The maximum number of results to return in a single call.
        next_token: The token for the next set of results.
        engagement_identifier: The identifier of the engagement to filter the response.
        status: The status of the jobs to filter the response.
        sort: Configures the sorting of the response.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "max_results",
        "next_token",
        "engagement_identifier",
        "status",
        "sort",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "MaxResults",
            "NextToken",
            "EngagementIdentifier",
            "Status",
            "Sort",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    catalog: str
    max_results: int | None
    next_token: str | None
    engagement_identifier: str | None
    status: ResourceSnapshotJobStatus | str | None
    sort: SortObject | None

    def __init__(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        engagement_identifier: str | None = None,
        status: ResourceSnapshotJobStatus | _types.ResourceSnapshotJobStatusValue | None = None,
        sort: SortObject | None = None,
    ) -> None:
        self.catalog = catalog
        self.max_results = max_results
        self.next_token = next_token
        self.engagement_identifier = engagement_identifier
        self.status = status
        self.sort = sort


class ListResourceSnapshotJobsResponse(_Structure):
    """Contains the response that the `ListResourceSnapshotJobs` action returns.

    Attributes:
        resource_snapshot_job_summaries: An array of resource snapshot job summary
            objects. Required.
        next_token: The token to retrieve the next set of results.
    """

    __module__ = __package__
    __slots__ = (
        "resource_snapshot_job_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "ResourceSnapshotJobSummaries",
            "NextToken",
        )
    )
    _REQUIRED = ("ResourceSnapshotJobSummaries",)
    _CODECS = _CODEC_MODULE

    resource_snapshot_job_summaries: list[ResourceSnapshotJobSummary]
    next_token: str | None

    def __init__(
        self,
        *,
        resource_snapshot_job_summaries: _types.SequenceNotStr[ResourceSnapshotJobSummary],
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.resource_snapshot_job_summaries = resource_snapshot_job_summaries  # type: ignore[assignment]
        self.next_token = next_token


class ResourceSnapshotJobSummary(_Structure):
    """An object that contains a `Resource Snapshot Job`'s subset of fields.

    Attributes:
        id: The unique identifier for the resource snapshot job within the AWS Partner
            Central system.
        arn: The Amazon Resource Name (ARN) for the resource snapshot job.
        engagement_id: The unique identifier of the Engagement.
        status: The current status of the snapshot job.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "arn",
        "engagement_id",
        "status",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Arn",
            "EngagementId",
            "Status",
        )
    )
    _CODECS = _CODEC_MODULE

    id: str | None
    arn: str | None
    engagement_id: str | None
    status: ResourceSnapshotJobStatus | str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        arn: str | None = None,
        engagement_id: str | None = None,
        status: ResourceSnapshotJobStatus | _types.ResourceSnapshotJobStatusValue | None = None,
    ) -> None:
        self.id = id
        self.arn = arn
        self.engagement_id = engagement_id
        self.status = status


class SortObject(_Structure):
    """Defines the sorting parameters for listing resource snapshot jobs. This structure allows
    you to specify the field to sort by and the order of sorting.

    Attributes:
        sort_by: Specifies the field by which to sort the resource snapshot jobs.
        sort_order: Determines the order in which the sorted results are presented.
    """

    __module__ = __package__
    __slots__ = (
        "sort_by",
        "sort_order",
    )
    _WIRE_NAMES = frozenset(
        (
            "SortBy",
            "SortOrder",
        )
    )
    _CODECS = _CODEC_MODULE

    sort_by: SortBy | str | None
    sort_order: SortOrder | str | None

    def __init__(
        self,
        *,
        sort_by: SortBy | _types.SortByValue | None = None,
        sort_order: SortOrder | _types.SortOrderValue | None = None,
    ) -> None:
        self.sort_by = sort_by
        self.sort_order = sort_order
