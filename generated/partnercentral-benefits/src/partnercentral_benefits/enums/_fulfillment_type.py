"""Enums of the Partner Central Benefits API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class FulfillmentType(_OpenEnum):
    """FulfillmentType"""

    __module__ = __package__
    CREDITS = "CREDITS"
    CASH = "CASH"
    ACCESS = "ACCESS"
