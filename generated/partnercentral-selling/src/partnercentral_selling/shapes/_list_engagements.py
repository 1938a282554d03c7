"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only ListEngagements calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        EngagementContextType,
        EngagementSortName,
        SortOrder,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._list_engagements"


class EngagementSort(_Structure):
    """Specifies the sorting parameters for listing Engagements.

    Attributes:
        sort_order: The order in which to sort the results. Required.
        sort_by: The field by which to sort the results. Required.
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
    sort_by: EngagementSortName | str

    def __init__(
        self,
        *,
        sort_order: SortOrder | _types.SortOrderValue,
        sort_by: EngagementSortName | _types.EngagementSortNameValue,
    ) -> None:
        self.sort_order = sort_order
        self.sort_by = sort_by


class EngagementSummary(_Structure):
    """An object that contains an `Engagement`'s subset of fields.

    Attributes:
        arn: The Amazon Resource Name (ARN) of the created Engagement.
        id: The unique identifier for the Engagement.
        title: The title of the Engagement.
        created_at: The date and time when the Engagement was created.
        created_by: The AWS Account ID of the Engagement creator.
        member_count: The number of members in the Engagement.
        modified_at: The timestamp indicating when the engagement was last modified, in
            ISO 8601 format (UTC).
        modified_by: The AWS account ID of the user who last modified the engagement.
        context_types: An array of context types associated with the engagement, such as
            "CustomerProject" or "Lead".
    """

    __module__ = __package__
    __slots__ = (
        "arn",
        "id",
        "title",
        "created_at",
        "created_by",
        "member_count",
        "modified_at",
        "modified_by",
        "context_types",
    )
    _WIRE_NAMES = frozenset(
        (
            "Arn",
            "Id",
            "Title",
            "CreatedAt",
            "CreatedBy",
            "MemberCount",
            "ModifiedAt",
            "ModifiedBy",
            "ContextTypes",
        )
    )
    _SENSITIVE = frozenset(
        (
            "created_by",
            "modified_by",
        )
    )
    _CODECS = _CODEC_MODULE

    arn: str | None
    id: str | None
    title: str | None
    created_at: _dt.datetime | None
    created_by: str | None
    member_count: int | None
    modified_at: _dt.datetime | None
    modified_by: str | None
    context_types: _Sequence[EngagementContextType | str] | None

    def __init__(
        self,
        *,
        arn: str | None = None,
        id: str | None = None,
        title: str | None = None,
        created_at: _dt.datetime | None = None,
        created_by: str | None = None,
        member_count: int | None = None,
        modified_at: _dt.datetime | None = None,
        modified_by: str | None = None,
        context_types: (
            _types.SequenceNotStr[EngagementContextType | _types.EngagementContextTypeValue] | None
        ) = None,
    ) -> None:
        self.arn = arn
        self.id = id
        self.title = title
        self.created_at = created_at
        self.created_by = created_by
        self.member_count = member_count
        self.modified_at = modified_at
        self.modified_by = modified_by
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.context_types = context_types  # type: ignore[assignment]


class ListEngagementsRequest(_Structure):
    """Contains the request parameters for the `ListEngagements` operation.

    Attributes:
        catalog: Specifies the catalog related to the request. Required.
        created_by: A list of AWS account IDs.
        exclude_created_by: An array of strings representing AWS Account IDs.
        context_types: Filters engagements to include only those containing the
            specified context types, such as...
        exclude_context_types: Filters engagements to exclude those containing the
            specified context types.
        sort: Specifies how to sort the returned engagements.
        max_results: The maximum number of results to return in a single call.
        next_token: The token for the next set of results.
        engagement_identifier: An array of strings representing engagement identifiers
            to retrieve.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "created_by",
        "exclude_created_by",
        "context_types",
        "exclude_context_types",
        "sort",
        "max_results",
        "next_token",
        "engagement_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "CreatedBy",
            "ExcludeCreatedBy",
            "ContextTypes",
            "ExcludeContextTypes",
            "Sort",
            "MaxResults",
            "NextToken",
            "EngagementIdentifier",
        )
    )
    _REQUIRED = ("Catalog",)
    _SENSITIVE = frozenset(
        (
            "created_by",
            "exclude_created_by",
        )
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    created_by: _Sequence[str] | None
    exclude_created_by: _Sequence[str] | None
    context_types: _Sequence[EngagementContextType | str] | None
    exclude_context_types: _Sequence[EngagementContextType | str] | None
    sort: EngagementSort | None
    max_results: int | None
    next_token: str | None
    engagement_identifier: _Sequence[str] | None

    def __init__(
        self,
        *,
        catalog: str,
        created_by: _types.SequenceNotStr[str] | None = None,
        exclude_created_by: _types.SequenceNotStr[str] | None = None,
        context_types: (
            _types.SequenceNotStr[EngagementContextType | _types.EngagementContextTypeValue] | None
        ) = None,
        exclude_context_types: (
            _types.SequenceNotStr[EngagementContextType | _types.EngagementContextTypeValue] | None
        ) = None,
        sort: EngagementSort | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        engagement_identifier: _types.SequenceNotStr[str] | None = None,
    ) -> None:
        self.catalog = catalog
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.created_by = created_by  # type: ignore[assignment]
        self.exclude_created_by = exclude_created_by  # type: ignore[assignment]
        self.context_types = context_types  # type: ignore[assignment]
        self.exclude_context_types = exclude_context_types  # type: ignore[assignment]
        self.sort = sort
        self.max_results = max_results
        self.next_token = next_token
        self.engagement_identifier = engagement_identifier  # type: ignore[assignment]


class ListEngagementsResponse(_Structure):
    """Contains the response that the `ListEngagements` action returns.

    Attributes:
        engagement_summary_list: An array of engagement summary objects. Required.
        next_token: The token to retrieve the next set of results.
    """

    __module__ = __package__
    __slots__ = (
        "engagement_summary_list",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "EngagementSummaryList",
            "NextToken",
        )
    )
    _REQUIRED = ("EngagementSummaryList",)
    _CODECS = _CODEC_MODULE

    engagement_summary_list: list[EngagementSummary]
    next_token: str | None

    def __init__(
        self,
        *,
        engagement_summary_list: _types.SequenceNotStr[EngagementSummary],
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.engagement_summary_list = engagement_summary_list  # type: ignore[assignment]
        self.next_token = next_token
