"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class AccessDeniedExceptionErrorCode(_OpenEnum):
    """The code that identifies why AWS Partner Central denied access to the requested
    operation.
    """

    __module__ = __package__
    INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE = "INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE"
    SEARCH_OPPORTUNITIES_NOT_ENABLED = "SEARCH_OPPORTUNITIES_NOT_ENABLED"
    SEARCH_OPPORTUNITIES_DATA_NOT_ROUTED_TO_DDB = "SEARCH_OPPORTUNITIES_DATA_NOT_ROUTED_TO_DDB"
    OPPORTUNITY_BULK_JOB_NOT_ENABLED = "OPPORTUNITY_BULK_JOB_NOT_ENABLED"


class ValidationExceptionErrorCode(_OpenEnum):
    """The code that identifies the type of validation error."""

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
    """The reason that a request failed validation. Valid values are
    `REQUEST_VALIDATION_FAILED` and `BUSINESS_VALIDATION_FAILED`.
    """

    __module__ = __package__
    REQUEST_VALIDATION_FAILED = "REQUEST_VALIDATION_FAILED"
    BUSINESS_VALIDATION_FAILED = "BUSINESS_VALIDATION_FAILED"
