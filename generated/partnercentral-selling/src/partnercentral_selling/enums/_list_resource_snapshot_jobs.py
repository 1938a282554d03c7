"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class SortBy(_OpenEnum):
    """The name of the field that sorts a list of resource snapshot jobs. The only valid value
    is `CreatedDate`.
    """

    __module__ = __package__
    CREATEDDATE = "CreatedDate"
