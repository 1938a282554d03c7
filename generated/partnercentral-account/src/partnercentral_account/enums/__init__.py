"""Enumerations of the Partner Central Account API.

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
    from ._access_type import (
        AccessType,
    )
    from ._connection_type import (
        ConnectionType,
    )
    from ._error_detail import (
        ProfileTaskStatus,
        ProfileValidationErrorReason,
    )
    from ._errors import (
        AccessDeniedExceptionReason,
        BusinessValidationCode,
        ConflictExceptionReason,
        FieldValidationCode,
        ResourceNotFoundExceptionReason,
        ServiceQuotaExceededExceptionReason,
        ValidationExceptionReason,
    )
    from ._get_qualifications_association_details import (
        QualificationsAssociationStatus,
    )
    from ._headquarters import (
        IndustrySegment,
        PrimarySolutionType,
    )
    from ._invitation_status import (
        InvitationStatus,
        ParticipantType,
    )
    from ._participant import (
        ConnectionTypeStatus,
    )
    from ._profile_visibility import (
        ProfileVisibility,
    )
    from ._qualifications_association_task_status import (
        QualificationsAssociationTaskStatus,
    )
    from ._qualifications_disassociation_task_status import (
        QualificationsDisassociationTaskStatus,
    )
    from ._verification_response_details import (
        VerificationStatus,
        VerificationType,
    )

__all__ = [
    "AccessDeniedExceptionReason",
    "AccessType",
    "BusinessValidationCode",
    "ConflictExceptionReason",
    "ConnectionType",
    "ConnectionTypeStatus",
    "FieldValidationCode",
    "IndustrySegment",
    "InvitationStatus",
    "ParticipantType",
    "PrimarySolutionType",
    "ProfileTaskStatus",
    "ProfileValidationErrorReason",
    "ProfileVisibility",
    "QualificationsAssociationStatus",
    "QualificationsAssociationTaskStatus",
    "QualificationsDisassociationTaskStatus",
    "ResourceNotFoundExceptionReason",
    "ServiceQuotaExceededExceptionReason",
    "ValidationExceptionReason",
    "VerificationStatus",
    "VerificationType",
]

# The private module defining each name, imported when the name is first read.
_MODULES = {
    "AccessType": "_access_type",
    "ConnectionType": "_connection_type",
    "ProfileTaskStatus": "_error_detail",
    "ProfileValidationErrorReason": "_error_detail",
    "AccessDeniedExceptionReason": "_errors",
    "BusinessValidationCode": "_errors",
    "ConflictExceptionReason": "_errors",
    "FieldValidationCode": "_errors",
    "ResourceNotFoundExceptionReason": "_errors",
    "ServiceQuotaExceededExceptionReason": "_errors",
    "ValidationExceptionReason": "_errors",
    "QualificationsAssociationStatus": "_get_qualifications_association_details",
    "IndustrySegment": "_headquarters",
    "PrimarySolutionType": "_headquarters",
    "InvitationStatus": "_invitation_status",
    "ParticipantType": "_invitation_status",
    "ConnectionTypeStatus": "_participant",
    "ProfileVisibility": "_profile_visibility",
    "QualificationsAssociationTaskStatus": "_qualifications_association_task_status",
    "QualificationsDisassociationTaskStatus": "_qualifications_disassociation_task_status",
    "VerificationStatus": "_verification_response_details",
    "VerificationType": "_verification_response_details",
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
