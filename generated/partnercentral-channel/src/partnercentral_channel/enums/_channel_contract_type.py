"""Enums of the Partner Central Channel API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class ChannelContractType(_OpenEnum):
    """ChannelContractType"""

    __module__ = __package__
    MANAGED_SERVICES_ATTESTATION = "MANAGED_SERVICES_ATTESTATION"


class ManagedServicesSupportedService(_OpenEnum):
    """ManagedServicesSupportedService"""

    __module__ = __package__
    MONITORING = "MONITORING"
    PATCHING = "PATCHING"
    SECURITY = "SECURITY"
    BACKUP_AND_DISASTER_RECOVERY = "BACKUP_AND_DISASTER_RECOVERY"
    FINANCIAL_OPERATIONS = "FINANCIAL_OPERATIONS"
    INFRASTRUCTURE_AS_CODE_AND_AUTOMATION = "INFRASTRUCTURE_AS_CODE_AND_AUTOMATION"
    WELL_ARCHITECTED = "WELL_ARCHITECTED"
    ARTIFICIAL_INTELLIGENCE_AND_MACHINE_LEARNING_OPERATIONS = (
        "ARTIFICIAL_INTELLIGENCE_AND_MACHINE_LEARNING_OPERATIONS"
    )
