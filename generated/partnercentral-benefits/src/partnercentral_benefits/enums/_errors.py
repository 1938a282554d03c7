"""Enums of the Partner Central Benefits API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class ValidationExceptionErrorCode(_OpenEnum):
    """ValidationExceptionErrorCode"""

    __module__ = __package__
    REQUIRED_FIELD_MISSING = "REQUIRED_FIELD_MISSING"
    INVALID_ENUM_VALUE = "INVALID_ENUM_VALUE"
    INVALID_STRING_FORMAT = "INVALID_STRING_FORMAT"
    INVALID_VALUE = "INVALID_VALUE"
    NOT_ENOUGH_VALUES = "NOT_ENOUGH_VALUES"
    TOO_MANY_VALUES = "TOO_MANY_VALUES"
    INVALID_RESOURCE_STATE = "INVALID_RESOURCE_STATE"
    DUPLICATE_KEY_VALUE = "DUPLICATE_KEY_VALUE"
    VALUE_OUT_OF_RANGE = "VALUE_OUT_OF_RANGE"
    ACTION_NOT_PERMITTED = "ACTION_NOT_PERMITTED"


class ValidationExceptionReason(_OpenEnum):
    """ValidationExceptionReason"""

    __module__ = __package__
    UNKNOWNOPERATION = "unknownOperation"
    CANNOTPARSE = "cannotParse"
    FIELDVALIDATIONFAILED = "fieldValidationFailed"
    OTHER = "other"
    BUSINESS_VALIDATION_FAILED = "BUSINESS_VALIDATION_FAILED"
