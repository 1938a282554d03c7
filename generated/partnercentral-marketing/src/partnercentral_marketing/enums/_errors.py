"""Enums of the Partner Central Marketing API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class AccessDeniedExceptionReason(_OpenEnum):
    """Why an `AccessDeniedException` was raised, when it isn't IAM's."""

    __module__ = __package__
    INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE = "INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE"


class ValidationExceptionFieldCode(_OpenEnum):
    """Why one field was refused.

    A modeled enum rather than a free string because a client branches on it — a partner UI
    highlights the field and picks its own wording, which it cannot do from prose.
    `partnercentralbenefits` models its `ValidationExceptionField$Code` the same way.
    """

    __module__ = __package__
    VALUE_TOO_SHORT = "VALUE_TOO_SHORT"
    VALUE_TOO_LONG = "VALUE_TOO_LONG"
    PATTERN_MISMATCH = "PATTERN_MISMATCH"
    DISALLOWED_HTML_TAG = "DISALLOWED_HTML_TAG"
    WRONG_VALUE_TYPE = "WRONG_VALUE_TYPE"
    FILE_REFERENCE_INVALID = "FILE_REFERENCE_INVALID"
    FILE_REFERENCE_NOT_OWNED = "FILE_REFERENCE_NOT_OWNED"
    IMAGE_FORMAT_NOT_SUPPORTED = "IMAGE_FORMAT_NOT_SUPPORTED"
    IMAGE_FORMAT_NOT_ALLOWED = "IMAGE_FORMAT_NOT_ALLOWED"
    IMAGE_TOO_LARGE = "IMAGE_TOO_LARGE"
    FILE_TOO_LARGE = "FILE_TOO_LARGE"
    SCAN_REJECTED = "SCAN_REJECTED"
    UNKNOWN_FIELD = "UNKNOWN_FIELD"
    IMAGE_ASPECT_RATIO_MISMATCH = "IMAGE_ASPECT_RATIO_MISMATCH"
    FIELD_SET_ON_CAMPAIGN = "FIELD_SET_ON_CAMPAIGN"
    EMAIL_COLUMN_MISSING = "EMAIL_COLUMN_MISSING"
    RECIPIENT_LIST_TOO_LARGE = "RECIPIENT_LIST_TOO_LARGE"
    RECIPIENT_LIST_EMPTY = "RECIPIENT_LIST_EMPTY"
    INVALID_VALUE = "INVALID_VALUE"
    NOT_SUPPORTED_FOR_CATEGORY = "NOT_SUPPORTED_FOR_CATEGORY"
    RECIPIENT_LIST_NOT_UTF8 = "RECIPIENT_LIST_NOT_UTF8"
    FIELD_FROM_PARTNER_PROFILE = "FIELD_FROM_PARTNER_PROFILE"
    COPY_SOURCE_INVALID = "COPY_SOURCE_INVALID"
    SENDER_DOMAIN_NOT_ALLIANCE_LEAD = "SENDER_DOMAIN_NOT_ALLIANCE_LEAD"
    SENDER_DOMAIN_DKIM_MISSING = "SENDER_DOMAIN_DKIM_MISSING"
    SENDER_DOMAIN_DMARC_MISSING = "SENDER_DOMAIN_DMARC_MISSING"
    PARTNER_BADGE_NOT_ELIGIBLE = "PARTNER_BADGE_NOT_ELIGIBLE"


class ValidationExceptionReason(_OpenEnum):
    """Why the request failed validation, coarsely.

    Matches the shape `partnercentralbenefits` ships (`ValidationException$Reason`) so a
    client that already reads one Partner Central API's validation errors reads this one the
    same way.
    """

    __module__ = __package__
    FIELD_VALIDATION_FAILED = "FIELD_VALIDATION_FAILED"
    CANNOT_PARSE = "CANNOT_PARSE"
    OTHER = "OTHER"
    CAMPAIGN_INCOMPLETE = "CAMPAIGN_INCOMPLETE"
