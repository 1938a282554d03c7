"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class SortableField(_OpenEnum):
    """The fields that you can sort customer accounts by."""

    __module__ = __package__
    COMPANY_NAME = "COMPANY_NAME"
    CREATED_DATE = "CREATED_DATE"
    LAST_MODIFIED_DATE = "LAST_MODIFIED_DATE"
    MARKETPLACE_ENGAGEMENT_SCORE = "MARKETPLACE_ENGAGEMENT_SCORE"
    SOLUTION_SCORE = "SOLUTION_SCORE"
