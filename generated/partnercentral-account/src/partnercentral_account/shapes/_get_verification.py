"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only GetVerification calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        VerificationStatus,
        VerificationType,
    )
    from . import (
        VerificationResponseDetails,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._get_verification"


class GetVerificationRequest(_Structure):
    """GetVerificationRequest

    Attributes:
        verification_type: The type of verification to retrieve information for.
            Required.
    """

    __module__ = __package__
    __slots__ = ("verification_type",)
    _WIRE_NAMES = frozenset(("VerificationType",))
    _REQUIRED = ("VerificationType",)
    _CODECS = _CODEC_MODULE

    verification_type: VerificationType | str

    def __init__(
        self,
        *,
        verification_type: VerificationType | _types.VerificationTypeValue,
    ) -> None:
        self.verification_type = verification_type


class GetVerificationResponse(_Structure):
    """GetVerificationResponse

    Attributes:
        verification_type: The type of verification that was requested and processed.
            Required.
        verification_status: The current status of the verification process. Required.
        verification_status_reason: Additional information explaining the current
            verification status, particularly useful when the...
        verification_response_details: Detailed response information specific to the
            type of verification performed, including any... Required.
        started_at: The timestamp when the verification process was initiated. Required.
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
