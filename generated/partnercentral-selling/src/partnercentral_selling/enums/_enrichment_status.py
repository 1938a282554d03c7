"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class EnrichmentStatus(_OpenEnum):
    """The enrichment status of a customer account."""

    __module__ = __package__
    PENDING = "PENDING"
    ENRICHED = "ENRICHED"
    NO_MATCH_FOUND = "NO_MATCH_FOUND"
    ACTION_REQUIRED = "ACTION_REQUIRED"
