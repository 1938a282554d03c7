"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only SearchEngagements calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure
from typed_aws_runtime.model.structure import TaggedUnion as _TaggedUnion
from typed_aws_runtime.model.structure import UnknownVariant as _UnknownVariant

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        EngagementSearchFilterName,
        EngagementSearchSortName,
        SortOrder,
    )
    from . import (
        EngagementContextDetails,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._search_engagements"


class EngagementSearchFilter(_Structure):
    """A recursive filter node. Exactly one member must be set. The boolean combinators nest
    sub-filters: `AndAllFilters` joins its children with AND, `OrAllFilters` matches when at
    least one child matches, and `NotFilter` negates its single child. The remaining members
    are leaf conditions over a single field. Nesting is limited to a depth of 3, and each
    combinator list can contain up to 10 entries.

    Attributes:
        and_all_filters: A list of sub-filters that are joined with a logical AND.
        or_all_filters: A list of sub-filters that are joined with a logical OR.
        not_filter: A single sub-filter that is negated.
        equals_to: A leaf condition that matches when the field equals the supplied
            `StringValue`.
        contains_any: A leaf condition that matches when the field contains any of the
            supplied values as a...
        contains_all: A leaf condition that matches when the field holds every supplied
            value exactly.
        greater_than: A leaf condition that matches when the field is greater than the
            supplied value.
        greater_than_or_equals: A leaf condition that matches when the field is greater
            than or equal to the supplied value.
        less_than: A leaf condition that matches when the field is less than the
            supplied value.
        less_than_or_equals: A leaf condition that matches when the field is less than
            or equal to the supplied value.
    """

    __module__ = __package__
    __slots__ = (
        "and_all_filters",
        "or_all_filters",
        "not_filter",
        "equals_to",
        "contains_any",
        "contains_all",
        "greater_than",
        "greater_than_or_equals",
        "less_than",
        "less_than_or_equals",
    )
    _WIRE_NAMES = frozenset(
        (
            "AndAllFilters",
            "OrAllFilters",
            "NotFilter",
            "EqualsTo",
            "ContainsAny",
            "ContainsAll",
            "GreaterThan",
            "GreaterThanOrEquals",
            "LessThan",
            "LessThanOrEquals",
        )
    )
    _CODECS = _CODEC_MODULE

    and_all_filters: _Sequence[EngagementSearchFilter] | None
    or_all_filters: _Sequence[EngagementSearchFilter] | None
    not_filter: EngagementSearchFilter | None
    equals_to: EngagementSearchPredicate | None
    contains_any: EngagementSearchPredicate | None
    contains_all: EngagementSearchPredicate | None
    greater_than: EngagementSearchPredicate | None
    greater_than_or_equals: EngagementSearchPredicate | None
    less_than: EngagementSearchPredicate | None
    less_than_or_equals: EngagementSearchPredicate | None

    def __init__(
        self,
        *,
        and_all_filters: _types.SequenceNotStr[EngagementSearchFilter] | None = None,
        or_all_filters: _types.SequenceNotStr[EngagementSearchFilter] | None = None,
        not_filter: EngagementSearchFilter | None = None,
        equals_to: EngagementSearchPredicate | None = None,
        contains_any: EngagementSearchPredicate | None = None,
        contains_all: EngagementSearchPredicate | None = None,
        greater_than: EngagementSearchPredicate | None = None,
        greater_than_or_equals: EngagementSearchPredicate | None = None,
        less_than: EngagementSearchPredicate | None = None,
        less_than_or_equals: EngagementSearchPredicate | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.and_all_filters = and_all_filters  # type: ignore[assignment]
        self.or_all_filters = or_all_filters  # type: ignore[assignment]
        self.not_filter = not_filter
        self.equals_to = equals_to
        self.contains_any = contains_any
        self.contains_all = contains_all
        self.greater_than = greater_than
        self.greater_than_or_equals = greater_than_or_equals
        self.less_than = less_than
        self.less_than_or_equals = less_than_or_equals


class EngagementSearchFilterValue(_TaggedUnion):
    """The value that a leaf condition compares against. Specify one of the following:

    - `StringValue`: A single string, used with `EqualsTo`, `ContainsAny`, and
      `ContainsAll`.
    - `StringListValue`: A list of strings, used with `ContainsAny` and `ContainsAll`.
    - `DateValue`: A date and time, used with range comparisons on date fields.
    - `LongValue`: A whole number, used with range comparisons on numeric fields.

    A union: set exactly one variant by building one of
    `EngagementSearchFilterValueStringValue`,
    `EngagementSearchFilterValueStringListValue`,
    `EngagementSearchFilterValueLongValue`, `EngagementSearchFilterValueDateValue`. A
    variant added to the service later is received as
    `EngagementSearchFilterValueUnknown`.
    """

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(
        (
            "StringValue",
            "StringListValue",
            "LongValue",
            "DateValue",
        )
    )
    _CODECS = _CODEC_MODULE


class EngagementSearchFilterValueStringValue(EngagementSearchFilterValue):
    """The `StringValue` variant of `EngagementSearchFilterValue`.

    A single string value, used by `EqualsTo`, `ContainsAny`, and `ContainsAll`.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "StringValue"
    _SENSITIVE = frozenset(("value",))
    value: str

    def __init__(self, value: str) -> None:
        self.value = value


class EngagementSearchFilterValueStringListValue(EngagementSearchFilterValue):
    """The `StringListValue` variant of `EngagementSearchFilterValue`.

    A list of 1 to 20 string values, used by `ContainsAny` and `ContainsAll`.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "StringListValue"
    _SENSITIVE = frozenset(("value",))
    value: _Sequence[str]

    def __init__(self, value: _types.SequenceNotStr[str]) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.value = value  # type: ignore[assignment]


class EngagementSearchFilterValueLongValue(EngagementSearchFilterValue):
    """The `LongValue` variant of `EngagementSearchFilterValue`.

    An integral numeric value, used by the range comparisons on numeric fields.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "LongValue"
    value: int

    def __init__(self, value: int) -> None:
        self.value = value


class EngagementSearchFilterValueDateValue(EngagementSearchFilterValue):
    """The `DateValue` variant of `EngagementSearchFilterValue`.

    A date-time value in RFC 3339 format, used by the range comparisons on date fields.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "DateValue"
    value: _dt.datetime

    def __init__(self, value: _dt.datetime) -> None:
        self.value = value


class EngagementSearchFilterValueUnknown(_UnknownVariant, EngagementSearchFilterValue):
    """A variant of EngagementSearchFilterValue this client does not know (kept, not lost)."""

    __module__ = __package__
    __slots__ = ()


class EngagementSearchPredicate(_Structure):
    """A leaf condition in an `EngagementSearchFilter` tree. It specifies the field (`Key`) and
    the typed value (`Value`) to compare. The `EngagementSearchFilter` member that contains
    the condition specifies the comparison operator.

    Attributes:
        key: The engagement field that the condition applies to. Required.
        value_: The typed value the condition compares against. Required.
    """

    __module__ = __package__
    __slots__ = (
        "key",
        "value_",
    )
    _WIRE_NAMES = frozenset(
        (
            "Key",
            "Value",
        )
    )
    _REQUIRED = (
        "Key",
        "Value",
    )
    _CODECS = _CODEC_MODULE

    key: EngagementSearchFilterName | str
    value_: EngagementSearchFilterValue

    def __init__(
        self,
        *,
        key: EngagementSearchFilterName | _types.EngagementSearchFilterNameValue,
        value_: EngagementSearchFilterValue,
    ) -> None:
        self.key = key
        self.value_ = value_


class EngagementSearchSort(_Structure):
    """Configures sorting of the search results.

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

    sort_by: EngagementSearchSortName | str
    sort_order: SortOrder | str

    def __init__(
        self,
        *,
        sort_by: EngagementSearchSortName | _types.EngagementSearchSortNameValue,
        sort_order: SortOrder | _types.SortOrderValue,
    ) -> None:
        self.sort_by = sort_by
        self.sort_order = sort_order


class EngagementSearchSummary(_Structure):
    """A summary of an engagement returned by `SearchEngagements`. It contains the same
    engagement fields as the `GetEngagement` response.

    Attributes:
        id: The unique resource identifier of the engagement.
        arn: The Amazon Resource Name (ARN) of the engagement.
        title: The title of the engagement.
        description: A description of the engagement.
        created_at: The date and time when the engagement was created, in ISO 8601
            format, in Coordinated Universal...
        created_by: The AWS account ID of the user who created the engagement.
        member_count: The number of members in the engagement.
        modified_at: The date and time when the engagement was last modified, in ISO
            8601 format, in Coordinated...
        modified_by: The AWS account ID of the user who last modified the engagement.
        contexts: The contexts associated with the engagement, such as prospecting
            results, lead details, and...
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "arn",
        "title",
        "description",
        "created_at",
        "created_by",
        "member_count",
        "modified_at",
        "modified_by",
        "contexts",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Arn",
            "Title",
            "Description",
            "CreatedAt",
            "CreatedBy",
            "MemberCount",
            "ModifiedAt",
            "ModifiedBy",
            "Contexts",
        )
    )
    _SENSITIVE = frozenset(
        (
            "created_by",
            "modified_by",
        )
    )
    _CODECS = _CODEC_MODULE

    id: str | None
    arn: str | None
    title: str | None
    description: str | None
    created_at: _dt.datetime | None
    created_by: str | None
    member_count: int | None
    modified_at: _dt.datetime | None
    modified_by: str | None
    contexts: _Sequence[EngagementContextDetails] | None

    def __init__(
        self,
        *,
        id: str | None = None,
        arn: str | None = None,
        title: str | None = None,
        description: str | None = None,
        created_at: _dt.datetime | None = None,
        created_by: str | None = None,
        member_count: int | None = None,
        modified_at: _dt.datetime | None = None,
        modified_by: str | None = None,
        contexts: _types.SequenceNotStr[EngagementContextDetails] | None = None,
    ) -> None:
        self.id = id
        self.arn = arn
        self.title = title
        self.description = description
        self.created_at = created_at
        self.created_by = created_by
        self.member_count = member_count
        self.modified_at = modified_at
        self.modified_by = modified_by
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.contexts = contexts  # type: ignore[assignment]


class SearchEngagementsRequest(_Structure):
    """The request for the `SearchEngagements` operation.

    Attributes:
        catalog: Specifies the catalog to search. Required.
        keyword: An optional free-text query string matched against the engagement
            title, description, customer...
        filter: A recursive, structured filter tree.
        group_id: The identifier of an engagement group that `ListEngagementGroups`
            returns.
        sort: Specifies the field and direction used to sort the search results.
        max_results: Specifies the maximum number of results to return in a single call.
        next_token: A pagination token returned by a previous call.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "keyword",
        "filter",
        "group_id",
        "sort",
        "max_results",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Keyword",
            "Filter",
            "GroupId",
            "Sort",
            "MaxResults",
            "NextToken",
        )
    )
    _REQUIRED = ("Catalog",)
    _SENSITIVE = frozenset(("keyword",))
    _CODECS = _CODEC_MODULE

    catalog: str
    keyword: str | None
    filter: EngagementSearchFilter | None
    group_id: str | None
    sort: EngagementSearchSort | None
    max_results: int | None
    next_token: str | None

    def __init__(
        self,
        *,
        catalog: str,
        keyword: str | None = None,
        filter: EngagementSearchFilter | None = None,
        group_id: str | None = None,
        sort: EngagementSearchSort | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.keyword = keyword
        self.filter = filter
        self.group_id = group_id
        self.sort = sort
        self.max_results = max_results
        self.next_token = next_token


class SearchEngagementsResponse(_Structure):
    """The response from the `SearchEngagements` operation.

    Attributes:
        engagement_search_summaries: An array of summaries, one for each engagement that
            matches the request criteria.
        next_token: A pagination token used to retrieve the next set of results in
            subsequent calls.
    """

    __module__ = __package__
    __slots__ = (
        "engagement_search_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "EngagementSearchSummaries",
            "NextToken",
        )
    )
    _CODECS = _CODEC_MODULE

    engagement_search_summaries: list[EngagementSearchSummary] | None
    next_token: str | None

    def __init__(
        self,
        *,
        engagement_search_summaries: _types.SequenceNotStr[EngagementSearchSummary] | None = None,
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.engagement_search_summaries = engagement_search_summaries  # type: ignore[assignment]
        self.next_token = next_token
