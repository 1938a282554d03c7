"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only ListEngagementByAcceptingInvitationTasks,
ListEngagementFromOpportunityTasks and ListOpportunityFromEngagementTasks calls
hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        ListTasksSortName,
        SortOrder,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._list_tasks_sort_base"


class ListTasksSortBase(_Structure):
    """Defines the sorting parameters for listing tasks. This structure allows for specifying
    the field to sort by and the order of sorting.

    Attributes:
        sort_order: Determines the order in which the sorted results are presented.
            Required.
        sort_by: Specifies the field by which the task list should be sorted. Required.
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
    sort_by: ListTasksSortName | str

    def __init__(
        self,
        *,
        sort_order: SortOrder | _types.SortOrderValue,
        sort_by: ListTasksSortName | _types.ListTasksSortNameValue,
    ) -> None:
        self.sort_order = sort_order
        self.sort_by = sort_by
