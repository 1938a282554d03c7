"""Enums of the Partner Central Channel API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class ProgramManagementAccountType(_OpenEnum):
    """ProgramManagementAccountType"""

    __module__ = __package__
    RESALE_BILLING_TRANSFER = "RESALE_BILLING_TRANSFER"
    MANAGED_SERVICES = "MANAGED_SERVICES"
