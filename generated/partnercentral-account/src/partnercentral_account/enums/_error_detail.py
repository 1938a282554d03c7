"""Enums of the Partner Central Account API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class ProfileTaskStatus(_OpenEnum):
    """ProfileTaskStatus"""

    __module__ = __package__
    IN_PROGRESS = "IN_PROGRESS"
    CANCELED = "CANCELED"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"


class ProfileValidationErrorReason(_OpenEnum):
    """ProfileValidationErrorReason"""

    __module__ = __package__
    INVALID_CONTENT = "INVALID_CONTENT"
    DUPLICATE_PROFILE = "DUPLICATE_PROFILE"
    INVALID_LOGO = "INVALID_LOGO"
    INVALID_LOGO_URL = "INVALID_LOGO_URL"
    INVALID_LOGO_FILE = "INVALID_LOGO_FILE"
    INVALID_LOGO_SIZE = "INVALID_LOGO_SIZE"
    INVALID_WEBSITE_URL = "INVALID_WEBSITE_URL"
