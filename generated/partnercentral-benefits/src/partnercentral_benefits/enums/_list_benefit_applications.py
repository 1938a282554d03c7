"""Enums of the Partner Central Benefits API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class ResourceType(_OpenEnum):
    """ResourceType"""

    __module__ = __package__
    OPPORTUNITY = "OPPORTUNITY"
    BENEFIT_ALLOCATION = "BENEFIT_ALLOCATION"
