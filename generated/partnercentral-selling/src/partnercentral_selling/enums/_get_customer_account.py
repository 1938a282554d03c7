"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class CustomerAccountFailureReason(_OpenEnum):
    """The reason that a customer account needs your action."""

    __module__ = __package__
    DUPLICATE_CUSTOMER_MATCH = "DUPLICATE_CUSTOMER_MATCH"
    PROCESSING_ERROR = "PROCESSING_ERROR"
