"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class ListTasksSortName(_OpenEnum):
    """The name of the field that sorts a list of tasks. The only valid value is `StartTime`."""

    __module__ = __package__
    STARTTIME = "StartTime"
