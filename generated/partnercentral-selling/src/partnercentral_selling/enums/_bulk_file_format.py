"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class BulkFileFormat(_OpenEnum):
    """File format for bulk input and report files."""

    __module__ = __package__
    CSV = "CSV"
