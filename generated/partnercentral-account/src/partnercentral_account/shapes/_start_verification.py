"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only StartVerification calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure
from typed_aws_runtime.model.structure import TaggedUnion as _TaggedUnion
from typed_aws_runtime.model.structure import UnknownVariant as _UnknownVariant

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        VerificationStatus,
        VerificationType,
    )
    from . import (
        BusinessVerificationDetails,
        VerificationResponseDetails,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._start_verification"


class RegistrantVerificationDetails(_Structure):
    """Contains the personal information required for verifying an individual's identity as
    part of the partner registration process in AWS Partner Central.
    """

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(())
    _CODECS = _CODEC_MODULE

    def __init__(
        self,
    ) -> None:
        pass


class StartVerificationRequest(_Structure):
    """StartVerificationRequest

    Attributes:
        client_token: A unique, case-sensitive identifier that you provide to ensure the
            idempotency of the request. Filled with a random UUID when omitted.
        verification_details: The specific details required for the verification
            process, including business information for...
    """

    __module__ = __package__
    __slots__ = (
        "client_token",
        "verification_details",
    )
    _WIRE_NAMES = frozenset(
        (
            "ClientToken",
            "VerificationDetails",
        )
    )
    _CODECS = _CODEC_MODULE

    client_token: str | None
    verification_details: VerificationDetails | None

    def __init__(
        self,
        *,
        client_token: str | None = None,
        verification_details: VerificationDetails | None = None,
    ) -> None:
        self.client_token = client_token
        self.verification_details = verification_details


class StartVerificationResponse(_Structure):
    """StartVerificationResponse

    Attributes:
        verification_type: The type of verification that was started based on the
            provided verification details. Required.
        verification_status: The initial status of the verification process after it has
            been started. Required.
        verification_status_reason: Additional information about the initial
            verification status, including any immediate feedback...
        verification_response_details: Initial response details specific to the type of
            verification started, which may include next... Required.
        started_at: The timestamp when the verification process was successfully
            initiated. Required.
        completed_at: The timestamp when the verification process was completed.
    """

    __module__ = __package__
    __slots__ = (
        "verification_type",
        "verification_status",
        "verification_status_reason",
        "verification_response_details",
        "started_at",
        "completed_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "VerificationType",
            "VerificationStatus",
            "VerificationStatusReason",
            "VerificationResponseDetails",
            "StartedAt",
            "CompletedAt",
        )
    )
    _REQUIRED = (
        "VerificationType",
        "VerificationStatus",
        "VerificationResponseDetails",
        "StartedAt",
    )
    _CODECS = _CODEC_MODULE

    verification_type: VerificationType | str
    verification_status: VerificationStatus | str
    verification_status_reason: str | None
    verification_response_details: VerificationResponseDetails
    started_at: _dt.datetime
    completed_at: _dt.datetime | None

    def __init__(
        self,
        *,
        verification_type: VerificationType | _types.VerificationTypeValue,
        verification_status: VerificationStatus | _types.VerificationStatusValue,
        verification_response_details: VerificationResponseDetails,
        started_at: _dt.datetime,
        verification_status_reason: str | None = None,
        completed_at: _dt.datetime | None = None,
    ) -> None:
        self.verification_type = verification_type
        self.verification_status = verification_status
        self.verification_status_reason = verification_status_reason
        self.verification_response_details = verification_response_details
        self.started_at = started_at
        self.completed_at = completed_at


class VerificationDetails(_TaggedUnion):
    """A union structure containing the specific details required for different types of
    verification processes supported by AWS Partner Central.

    A union: set exactly one variant by building one of
    `VerificationDetailsBusinessVerificationDetails`,
    `VerificationDetailsRegistrantVerificationDetails`. A variant added to the service
    later is received as `VerificationDetailsUnknown`.
    """

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(
        (
            "BusinessVerificationDetails",
            "RegistrantVerificationDetails",
        )
    )
    _CODECS = _CODEC_MODULE


class VerificationDetailsBusinessVerificationDetails(VerificationDetails):
    """The `BusinessVerificationDetails` variant of `VerificationDetails`.

    The business verification details to be used when starting a business verification
    process.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "BusinessVerificationDetails"
    value: BusinessVerificationDetails

    def __init__(self, value: BusinessVerificationDetails) -> None:
        self.value = value


class VerificationDetailsRegistrantVerificationDetails(VerificationDetails):
    """The `RegistrantVerificationDetails` variant of `VerificationDetails`.

    The registrant verification details to be used when starting an individual identity
    verification process.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "RegistrantVerificationDetails"
    value: RegistrantVerificationDetails

    def __init__(self, value: RegistrantVerificationDetails) -> None:
        self.value = value


class VerificationDetailsUnknown(_UnknownVariant, VerificationDetails):
    """A variant of VerificationDetails this client does not know (kept, not lost)."""

    __module__ = __package__
    __slots__ = ()
