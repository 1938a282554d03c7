"""Enums of the Partner Central Channel API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class ParticipantType(_OpenEnum):
    """ParticipantType"""

    __module__ = __package__
    SENDER = "SENDER"
    RECEIVER = "RECEIVER"


class ProgramManagementAccountTypeSortName(_OpenEnum):
    """ProgramManagementAccountTypeSortName"""

    __module__ = __package__
    UPDATEDAT = "UpdatedAt"


class RevokeServicePeriodTypeSortName(_OpenEnum):
    """RevokeServicePeriodTypeSortName"""

    __module__ = __package__
    UPDATEDAT = "UpdatedAt"


class StartServicePeriodTypeSortName(_OpenEnum):
    """StartServicePeriodTypeSortName"""

    __module__ = __package__
    UPDATEDAT = "UpdatedAt"
