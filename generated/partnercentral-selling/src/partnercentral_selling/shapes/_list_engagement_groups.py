"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only ListEngagementGroups calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        EngagementGroupSortName,
        ReadinessLevel,
        SortOrder,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._list_engagement_groups"


class EngagementGroupSort(_Structure):
    """Configures sorting of the engagement groups returned by `ListEngagementGroups`.

    Attributes:
        sort_by: The field to sort the results by. Required.
        sort_order: The direction of the sort, either ascending or descending. Required.
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
    _REQUIRED = (
        "SortBy",
        "SortOrder",
    )
    _CODECS = _CODEC_MODULE

    sort_by: EngagementGroupSortName | str
    sort_order: SortOrder | str

    def __init__(
        self,
        *,
        sort_by: EngagementGroupSortName | _types.EngagementGroupSortNameValue,
        sort_order: SortOrder | _types.SortOrderValue,
    ) -> None:
        self.sort_by = sort_by
        self.sort_order = sort_order


class EngagementGroupSummary(_Structure):
    """A summary of an engagement group: a curated set of engagements that share common
    characteristics.

    Attributes:
        id: The unique identifier of the engagement group. Required.
        arn: The Amazon Resource Name (ARN) of the engagement group.
        catalog: The catalog that the engagement group belongs to.
        name: The name of the engagement group.
        description: A description of the engagements that the group targets.
        count: The number of engagements in the group that are available to you.
        readiness_level: The readiness level of the engagement group, which indicates
            the recommended call to action for...
        updated_at: The date and time when the engagement group was last updated, in ISO
            8601 format, in Coordinated...
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "arn",
        "catalog",
        "name",
        "description",
        "count",
        "readiness_level",
        "updated_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Arn",
            "Catalog",
            "Name",
            "Description",
            "Count",
            "ReadinessLevel",
            "UpdatedAt",
        )
    )
    _REQUIRED = ("Id",)
    _CODECS = _CODEC_MODULE

    id: str
    arn: str | None
    catalog: str | None
    name: str | None
    description: str | None
    count: int | None
    readiness_level: ReadinessLevel | str | None
    updated_at: _dt.datetime | None

    def __init__(
        self,
        *,
        id: str,
        arn: str | None = None,
        catalog: str | None = None,
        name: str | None = None,
        description: str | None = None,
        count: int | None = None,
        readiness_level: ReadinessLevel | _types.ReadinessLevelValue | None = None,
        updated_at: _dt.datetime | None = None,
    ) -> None:
        self.id = id
        self.arn = arn
        self.catalog = catalog
        self.name = name
        self.description = description
        self.count = count
        self.readiness_level = readiness_level
        self.updated_at = updated_at


class ListEngagementGroupsRequest(_Structure):
    """The request for the `ListEngagementGroups` operation.

    Attributes:
        catalog: Specifies the catalog in which to list engagement groups. Required.
        readiness_level: Filters the results to engagement groups with the specified
            readiness level.
        sort: Specifies the field and direction used to sort the results.
        engagement_group_identifiers: Filters the results to the specified engagement
            groups.
        max_results: Specifies the maximum number of results to return in a single call.
        next_token: A pagination token returned by a previous call.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "readiness_level",
        "sort",
        "engagement_group_identifiers",
        "max_results",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ReadinessLevel",
            "Sort",
            "EngagementGroupIdentifiers",
            "MaxResults",
            "NextToken",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    catalog: str
    readiness_level: ReadinessLevel | str | None
    sort: EngagementGroupSort | None
    engagement_group_identifiers: _Sequence[str] | None
    max_results: int | None
    next_token: str | None

    def __init__(
        self,
        *,
        catalog: str,
        readiness_level: ReadinessLevel | _types.ReadinessLevelValue | None = None,
        sort: EngagementGroupSort | None = None,
        engagement_group_identifiers: _types.SequenceNotStr[str] | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.readiness_level = readiness_level
        self.sort = sort
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.engagement_group_identifiers = engagement_group_identifiers  # type: ignore[assignment]
        self.max_results = max_results
        self.next_token = next_token


class ListEngagementGroupsResponse(_Structure):
    """The response from the `ListEngagementGroups` operation.

    Attributes:
        engagement_group_summaries: An array of engagement groups that are available to
            you in the specified catalog.
        next_token: A pagination token used to retrieve the next set of results in
            subsequent calls.
    """

    __module__ = __package__
    __slots__ = (
        "engagement_group_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "EngagementGroupSummaries",
            "NextToken",
        )
    )
    _CODECS = _CODEC_MODULE

    engagement_group_summaries: list[EngagementGroupSummary] | None
    next_token: str | None

    def __init__(
        self,
        *,
        engagement_group_summaries: _types.SequenceNotStr[EngagementGroupSummary] | None = None,
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.engagement_group_summaries = engagement_group_summaries  # type: ignore[assignment]
        self.next_token = next_token
