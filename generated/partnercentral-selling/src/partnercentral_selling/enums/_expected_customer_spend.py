"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class PaymentFrequency(_OpenEnum):
    """How often the customer pays the expected spend. Set this value to `Monthly`."""

    __module__ = __package__
    MONTHLY = "Monthly"
