"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class SortOrder(_OpenEnum):
    """The direction of a sort. Valid values are `ASCENDING` and `DESCENDING`."""

    __module__ = __package__
    ASCENDING = "ASCENDING"
    DESCENDING = "DESCENDING"
