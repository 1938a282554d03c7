"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only GetCustomerAccountStatistics and SearchCustomerAccounts calls hold,
imported on the first use of one.
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
        FilterableField,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._filter"


class Filter(_Structure):
    """A filter node. Specify exactly one member. `AndAllFilters`, `OrAllFilters`, and
    `NotFilter` combine child filters. The other members compare a single field to a value.
    Each combinator list can contain up to 10 filters.

    Attributes:
        and_all_filters: A list of child filters joined with a logical AND.
        or_all_filters: A list of child filters joined with a logical OR.
        not_filter: A single child filter that is negated.
        equals_to: A condition that matches when the field equals the supplied
            `StringValue`.
        contains_any: A condition that matches when the field matches any of the values
            in the supplied `StringListValue`.
        contains_all: A condition that matches when the field contains every value in
            the supplied `StringListValue`.
        greater_than: A condition that matches when the date field is later than the
            supplied `DateValue`.
        greater_than_or_equals: A condition that matches when the date field is the same
            as or later than the supplied `DateValue`.
        less_than: A condition that matches when the date field is earlier than the
            supplied `DateValue`.
        less_than_or_equals: A condition that matches when the date field is the same as
            or earlier than the supplied...
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

    and_all_filters: _Sequence[Filter] | None
    or_all_filters: _Sequence[Filter] | None
    not_filter: Filter | None
    equals_to: FilterCondition | None
    contains_any: FilterCondition | None
    contains_all: FilterCondition | None
    greater_than: FilterCondition | None
    greater_than_or_equals: FilterCondition | None
    less_than: FilterCondition | None
    less_than_or_equals: FilterCondition | None

    def __init__(
        self,
        *,
        and_all_filters: _types.SequenceNotStr[Filter] | None = None,
        or_all_filters: _types.SequenceNotStr[Filter] | None = None,
        not_filter: Filter | None = None,
        equals_to: FilterCondition | None = None,
        contains_any: FilterCondition | None = None,
        contains_all: FilterCondition | None = None,
        greater_than: FilterCondition | None = None,
        greater_than_or_equals: FilterCondition | None = None,
        less_than: FilterCondition | None = None,
        less_than_or_equals: FilterCondition | None = None,
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


class FilterCondition(_Structure):
    """A single comparison in a filter. It names the field to compare and the value to compare
    it against.

    Attributes:
        key: The field that the condition applies to. Required.
        value_: The value that the condition compares the field against. Required.
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

    key: FilterableField | str
    value_: FilterValue

    def __init__(
        self,
        *,
        key: FilterableField | _types.FilterableFieldValue,
        value_: FilterValue,
    ) -> None:
        self.key = key
        self.value_ = value_


class FilterValue(_TaggedUnion):
    """Specifies the value that a filter compares a field against. This structure holds a
    single comparison value. Set the member that matches the type of the field you're
    filtering on.

    A union: set exactly one variant by building one of `FilterValueStringValue`,
    `FilterValueStringListValue`, `FilterValueLongValue`, `FilterValueDateValue`. A
    variant added to the service later is received as `FilterValueUnknown`.
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


class FilterValueStringValue(FilterValue):
    """The `StringValue` variant of `FilterValue`.

    A single string value, used by `EqualsTo`.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "StringValue"
    value: str

    def __init__(self, value: str) -> None:
        self.value = value


class FilterValueStringListValue(FilterValue):
    """The `StringListValue` variant of `FilterValue`.

    A list of 1 to 20 string values, used by `ContainsAny` and `ContainsAll`.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "StringListValue"
    value: _Sequence[str]

    def __init__(self, value: _types.SequenceNotStr[str]) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.value = value  # type: ignore[assignment]


class FilterValueLongValue(FilterValue):
    """The `LongValue` variant of `FilterValue`.

    Reserved for future use.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "LongValue"
    value: int

    def __init__(self, value: int) -> None:
        self.value = value


class FilterValueDateValue(FilterValue):
    """The `DateValue` variant of `FilterValue`.

    A date and time value, used by the range comparisons on date fields.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "DateValue"
    value: _dt.datetime

    def __init__(self, value: _dt.datetime) -> None:
        self.value = value


class FilterValueUnknown(_UnknownVariant, FilterValue):
    """A variant of FilterValue this client does not know (kept, not lost)."""

    __module__ = __package__
    __slots__ = ()
