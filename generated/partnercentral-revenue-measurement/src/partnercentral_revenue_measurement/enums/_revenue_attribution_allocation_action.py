"""Enums of the Partner Central Revenue Measurement API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class RevenueAttributionAllocationAction(_OpenEnum):
    """RevenueAttributionAllocationAction"""

    __module__ = __package__
    CREATE = "CREATE"
    UPDATE = "UPDATE"


class RevenueAttributionAllocationTaskStatus(_OpenEnum):
    """RevenueAttributionAllocationTaskStatus"""

    __module__ = __package__
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETE = "COMPLETE"
    FAILED = "FAILED"
