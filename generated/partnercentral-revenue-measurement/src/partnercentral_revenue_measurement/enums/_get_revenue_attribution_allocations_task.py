"""Enums of the Partner Central Revenue Measurement API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class RevenueAttributionAllocationErrorCode(_OpenEnum):
    """RevenueAttributionAllocationErrorCode"""

    __module__ = __package__
    ALLOCATION_CAP_EXCEEDED = "ALLOCATION_CAP_EXCEEDED"
    RESOURCE_NOT_FOUND = "RESOURCE_NOT_FOUND"
    IMMUTABLE_ALLOCATION = "IMMUTABLE_ALLOCATION"
    ACCESS_DENIED = "ACCESS_DENIED"
    INVALID_VALUE = "INVALID_VALUE"
    CONCURRENT_MODIFICATION = "CONCURRENT_MODIFICATION"
    INTERNAL_ERROR = "INTERNAL_ERROR"
