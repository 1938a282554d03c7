"""Enums of the Partner Central Revenue Measurement API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class AttributionSortBy(_OpenEnum):
    """AttributionSortBy"""

    __module__ = __package__
    LASTMODIFIEDDATE = "LastModifiedDate"
