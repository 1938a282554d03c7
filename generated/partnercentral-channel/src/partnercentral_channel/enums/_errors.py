"""Enums of the Partner Central Channel API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class ValidationExceptionReason(_OpenEnum):
    """ValidationExceptionReason"""

    __module__ = __package__
    REQUEST_VALIDATION_FAILED = "REQUEST_VALIDATION_FAILED"
    BUSINESS_VALIDATION_FAILED = "BUSINESS_VALIDATION_FAILED"
