"""Enums of the Partner Central Account API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class AccessType(_OpenEnum):
    """AccessType"""

    __module__ = __package__
    ALLOW_ALL = "ALLOW_ALL"
    DENY_ALL = "DENY_ALL"
    ALLOW_BY_DEFAULT_DENY_SOME = "ALLOW_BY_DEFAULT_DENY_SOME"
