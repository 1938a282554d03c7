"""Enums of the Partner Central Account API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class VerificationStatus(_OpenEnum):
    """VerificationStatus"""

    __module__ = __package__
    PENDING_CUSTOMER_ACTION = "PENDING_CUSTOMER_ACTION"
    IN_PROGRESS = "IN_PROGRESS"
    FAILED = "FAILED"
    SUCCEEDED = "SUCCEEDED"
    REJECTED = "REJECTED"


class VerificationType(_OpenEnum):
    """VerificationType"""

    __module__ = __package__
    BUSINESS_VERIFICATION = "BUSINESS_VERIFICATION"
    REGISTRANT_VERIFICATION = "REGISTRANT_VERIFICATION"
