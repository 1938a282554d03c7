"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class BulkRecordStatus(_OpenEnum):
    """Outcome status for a single record in a bulk job."""

    __module__ = __package__
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"
