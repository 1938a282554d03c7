"""Enums of the Partner Central Account API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class ProfileVisibility(_OpenEnum):
    """ProfileVisibility"""

    __module__ = __package__
    PRIVATE = "PRIVATE"
    PUBLIC = "PUBLIC"
