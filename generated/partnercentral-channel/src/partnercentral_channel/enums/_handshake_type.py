"""Enums of the Partner Central Channel API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class HandshakeType(_OpenEnum):
    """HandshakeType"""

    __module__ = __package__
    START_SERVICE_PERIOD = "START_SERVICE_PERIOD"
    REVOKE_SERVICE_PERIOD = "REVOKE_SERVICE_PERIOD"
    PROGRAM_MANAGEMENT_ACCOUNT = "PROGRAM_MANAGEMENT_ACCOUNT"


class ServicePeriodType(_OpenEnum):
    """ServicePeriodType"""

    __module__ = __package__
    MINIMUM_NOTICE_PERIOD = "MINIMUM_NOTICE_PERIOD"
    FIXED_COMMITMENT_PERIOD = "FIXED_COMMITMENT_PERIOD"
