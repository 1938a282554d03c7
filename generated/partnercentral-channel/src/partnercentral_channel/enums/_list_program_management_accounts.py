"""Enums of the Partner Central Channel API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class ListProgramManagementAccountsSortName(_OpenEnum):
    """ListProgramManagementAccountsSortName"""

    __module__ = __package__
    UPDATEDAT = "UpdatedAt"


class ProgramManagementAccountStatus(_OpenEnum):
    """ProgramManagementAccountStatus"""

    __module__ = __package__
    PENDING = "PENDING"
    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
