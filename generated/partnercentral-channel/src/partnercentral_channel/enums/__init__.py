"""Enumerations of the Partner Central Channel API.

Enums are open: a value the service adds later is kept as a plain ``str``
(every enum-typed member is annotated ``SomeEnum | str``), so an older client
never fails on it. Each class is a ``str`` subclass, so members compare equal
to their wire strings.

Import the classes from here. Each is defined in a private module with the other
enums the same operations use, imported when one of its names is first read.
"""

from __future__ import annotations

import typing as _typing

if _typing.TYPE_CHECKING:
    from ._account_scope import (
        AccountScope,
        ResaleAccountModel,
    )
    from ._association_type import (
        AssociationType,
        Sector,
    )
    from ._channel_contract_status import (
        ChannelContractStatus,
    )
    from ._channel_contract_type import (
        ChannelContractType,
        ManagedServicesSupportedService,
    )
    from ._errors import (
        ValidationExceptionReason,
    )
    from ._handshake_status import (
        HandshakeStatus,
    )
    from ._handshake_type import (
        HandshakeType,
        ServicePeriodType,
    )
    from ._list_channel_contracts import (
        ManagedServicesAttestationTypeSortName,
    )
    from ._list_channel_handshakes import (
        ParticipantType,
        ProgramManagementAccountTypeSortName,
        RevokeServicePeriodTypeSortName,
        StartServicePeriodTypeSortName,
    )
    from ._list_program_management_accounts import (
        ListProgramManagementAccountsSortName,
        ProgramManagementAccountStatus,
    )
    from ._list_relationships import (
        ListRelationshipsSortName,
    )
    from ._program import (
        Program,
    )
    from ._program_management_account_type import (
        ProgramManagementAccountType,
    )
    from ._sort_order import (
        SortOrder,
    )
    from ._support_plan import (
        Coverage,
        Provider,
    )

__all__ = [
    "AccountScope",
    "AssociationType",
    "ChannelContractStatus",
    "ChannelContractType",
    "Coverage",
    "HandshakeStatus",
    "HandshakeType",
    "ListProgramManagementAccountsSortName",
    "ListRelationshipsSortName",
    "ManagedServicesAttestationTypeSortName",
    "ManagedServicesSupportedService",
    "ParticipantType",
    "Program",
    "ProgramManagementAccountStatus",
    "ProgramManagementAccountType",
    "ProgramManagementAccountTypeSortName",
    "Provider",
    "ResaleAccountModel",
    "RevokeServicePeriodTypeSortName",
    "Sector",
    "ServicePeriodType",
    "SortOrder",
    "StartServicePeriodTypeSortName",
    "ValidationExceptionReason",
]

# The private module defining each name, imported when the name is first read.
_MODULES = {
    "AccountScope": "_account_scope",
    "ResaleAccountModel": "_account_scope",
    "AssociationType": "_association_type",
    "Sector": "_association_type",
    "ChannelContractStatus": "_channel_contract_status",
    "ChannelContractType": "_channel_contract_type",
    "ManagedServicesSupportedService": "_channel_contract_type",
    "ValidationExceptionReason": "_errors",
    "HandshakeStatus": "_handshake_status",
    "HandshakeType": "_handshake_type",
    "ServicePeriodType": "_handshake_type",
    "ManagedServicesAttestationTypeSortName": "_list_channel_contracts",
    "ParticipantType": "_list_channel_handshakes",
    "ProgramManagementAccountTypeSortName": "_list_channel_handshakes",
    "RevokeServicePeriodTypeSortName": "_list_channel_handshakes",
    "StartServicePeriodTypeSortName": "_list_channel_handshakes",
    "ListProgramManagementAccountsSortName": "_list_program_management_accounts",
    "ProgramManagementAccountStatus": "_list_program_management_accounts",
    "ListRelationshipsSortName": "_list_relationships",
    "Program": "_program",
    "ProgramManagementAccountType": "_program_management_account_type",
    "SortOrder": "_sort_order",
    "Coverage": "_support_plan",
    "Provider": "_support_plan",
}

if not _typing.TYPE_CHECKING:  # type checkers read the imports above instead
    from importlib import import_module as _import_module

    def __getattr__(name: str) -> object:
        """Import the module defining ``name`` on its first read; it is kept here after."""
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return list({*globals(), *_MODULES})
