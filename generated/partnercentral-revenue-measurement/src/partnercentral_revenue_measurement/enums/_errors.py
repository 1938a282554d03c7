"""Enums of the Partner Central Revenue Measurement API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class AccessDeniedExceptionReason(_OpenEnum):
    """AccessDeniedExceptionReason"""

    __module__ = __package__
    ACCESS_DENIED = "ACCESS_DENIED"


class ConflictExceptionReason(_OpenEnum):
    """ConflictExceptionReason"""

    __module__ = __package__
    CONFLICT_CLIENT_TOKEN = "CONFLICT_CLIENT_TOKEN"
    CONCURRENT_MODIFICATION = "CONCURRENT_MODIFICATION"
    RESOURCE_ALREADY_EXISTS = "RESOURCE_ALREADY_EXISTS"
    REVISION_MISMATCH = "REVISION_MISMATCH"


class FieldValidationCode(_OpenEnum):
    """FieldValidationCode"""

    __module__ = __package__
    REQUIRED_FIELD_MISSING = "REQUIRED_FIELD_MISSING"
    DUPLICATE_VALUE = "DUPLICATE_VALUE"
    INVALID_VALUE = "INVALID_VALUE"
    INVALID_STRING_FORMAT = "INVALID_STRING_FORMAT"
    TOO_MANY_VALUES = "TOO_MANY_VALUES"
    ACTION_NOT_PERMITTED = "ACTION_NOT_PERMITTED"
    INVALID_ENUM_VALUE = "INVALID_ENUM_VALUE"
    INVALID_NUMBER_FORMAT = "INVALID_NUMBER_FORMAT"
    INVALID_STRING_LENGTH = "INVALID_STRING_LENGTH"


class ResourceNotFoundExceptionReason(_OpenEnum):
    """ResourceNotFoundExceptionReason"""

    __module__ = __package__
    RESOURCE_NOT_FOUND = "RESOURCE_NOT_FOUND"


class ServiceQuotaExceededExceptionReason(_OpenEnum):
    """ServiceQuotaExceededExceptionReason"""

    __module__ = __package__
    ATTRIBUTION_LIMIT_EXCEEDED = "ATTRIBUTION_LIMIT_EXCEEDED"
    TAG_LIMIT_EXCEEDED = "TAG_LIMIT_EXCEEDED"


class ValidationExceptionReason(_OpenEnum):
    """ValidationExceptionReason"""

    __module__ = __package__
    REQUEST_VALIDATION_FAILED = "REQUEST_VALIDATION_FAILED"
    BUSINESS_VALIDATION_FAILED = "BUSINESS_VALIDATION_FAILED"
