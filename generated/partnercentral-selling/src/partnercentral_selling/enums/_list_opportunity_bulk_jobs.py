"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class BulkOperationType(_OpenEnum):
    """The operation a bulk job performs on each record, determined by the template the partner
    uploads: BULK_CREATE creates new records, BULK_UPDATE updates existing ones.
    """

    __module__ = __package__
    BULK_CREATE = "BULK_CREATE"
    BULK_UPDATE = "BULK_UPDATE"
