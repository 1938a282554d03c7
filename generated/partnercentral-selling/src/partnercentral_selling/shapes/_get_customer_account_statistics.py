"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only GetCustomerAccountStatistics calls hold, imported on the first use
of one.
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        AggregatableField,
    )
    from . import (
        Filter,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._get_customer_account_statistics"


class AggregationRequest(_Structure):
    """Groups customer accounts by the values of a field.

    Attributes:
        group_by: The field to group the customer accounts by. Required.
    """

    __module__ = __package__
    __slots__ = ("group_by",)
    _WIRE_NAMES = frozenset(("GroupBy",))
    _REQUIRED = ("GroupBy",)
    _CODECS = _CODEC_MODULE

    group_by: _Sequence[AggregatableField | str]

    def __init__(
        self,
        *,
        group_by: _types.SequenceNotStr[AggregatableField | _types.AggregatableFieldValue],
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.group_by = group_by  # type: ignore[assignment]


class AggregationResult(_Structure):
    """The result of an aggregation. It includes the grouped field, the number of customer
    accounts for each value, and the number of accounts with other values.

    Attributes:
        group_by: The field that the customer accounts are grouped by. Required.
        buckets: The groups of customer accounts, one for each value of the field, with
            the number of accounts in... Required.
        other_count: The number of customer accounts that have a value not included in
            `Buckets`. Required.
    """

    __module__ = __package__
    __slots__ = (
        "group_by",
        "buckets",
        "other_count",
    )
    _WIRE_NAMES = frozenset(
        (
            "GroupBy",
            "Buckets",
            "OtherCount",
        )
    )
    _REQUIRED = (
        "GroupBy",
        "Buckets",
        "OtherCount",
    )
    _CODECS = _CODEC_MODULE

    group_by: list[AggregatableField | str]
    buckets: list[Bucket]
    other_count: int

    def __init__(
        self,
        *,
        group_by: _types.SequenceNotStr[AggregatableField | _types.AggregatableFieldValue],
        buckets: _types.SequenceNotStr[Bucket],
        other_count: int,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.group_by = group_by  # type: ignore[assignment]
        self.buckets = buckets  # type: ignore[assignment]
        self.other_count = other_count


class Bucket(_Structure):
    """One group in an aggregation result. It includes the field values that define the group
    and the number of customer accounts in it.

    Attributes:
        values: The field value that defines this group. Required.
        count: The number of customer accounts in this group. Required.
    """

    __module__ = __package__
    __slots__ = (
        "values",
        "count",
    )
    _WIRE_NAMES = frozenset(
        (
            "Values",
            "Count",
        )
    )
    _REQUIRED = (
        "Values",
        "Count",
    )
    _CODECS = _CODEC_MODULE

    values: list[str]
    count: int

    def __init__(
        self,
        *,
        values: _types.SequenceNotStr[str],
        count: int,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.values = values  # type: ignore[assignment]
        self.count = count


class GetCustomerAccountStatisticsRequest(_Structure):
    """Information about get customer account statistics request.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        filter: Specifies a filter tree that narrows the customer accounts.
        aggregations: Specifies how to group the customer accounts.
        include_missing: Specifies whether to include a group for customer accounts that
            have no value for the grouped field.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "filter",
        "aggregations",
        "include_missing",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Filter",
            "Aggregations",
            "IncludeMissing",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    catalog: str
    filter: Filter | None
    aggregations: _Sequence[AggregationRequest] | None
    include_missing: bool | None

    def __init__(
        self,
        *,
        catalog: str,
        filter: Filter | None = None,
        aggregations: _types.SequenceNotStr[AggregationRequest] | None = None,
        include_missing: bool | None = None,
    ) -> None:
        self.catalog = catalog
        self.filter = filter
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.aggregations = aggregations  # type: ignore[assignment]
        self.include_missing = include_missing


class GetCustomerAccountStatisticsResponse(_Structure):
    """Information about get customer account statistics response.

    Attributes:
        total_count: The total number of customer accounts that match the filter.
            Required.
        aggregations: The results of the aggregations, in the order that you requested
            them.
    """

    __module__ = __package__
    __slots__ = (
        "total_count",
        "aggregations",
    )
    _WIRE_NAMES = frozenset(
        (
            "TotalCount",
            "Aggregations",
        )
    )
    _REQUIRED = ("TotalCount",)
    _CODECS = _CODEC_MODULE

    total_count: int
    aggregations: list[AggregationResult] | None

    def __init__(
        self,
        *,
        total_count: int,
        aggregations: _types.SequenceNotStr[AggregationResult] | None = None,
    ) -> None:
        self.total_count = total_count
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.aggregations = aggregations  # type: ignore[assignment]
