"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class SolutionSortName(_OpenEnum):
    """The name of the field that sorts a list of solutions."""

    __module__ = __package__
    IDENTIFIER = "Identifier"
    NAME = "Name"
    STATUS = "Status"
    CATEGORY = "Category"
    CREATEDDATE = "CreatedDate"


class SolutionStatus(_OpenEnum):
    """The status of a partner solution. `Active` means the solution is available, `Inactive`
    means it is no longer available, and `Draft` means it isn't published yet.
    """

    __module__ = __package__
    ACTIVE = "Active"
    INACTIVE = "Inactive"
    DRAFT = "Draft"
