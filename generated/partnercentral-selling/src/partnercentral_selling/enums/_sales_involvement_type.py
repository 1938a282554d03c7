"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class SalesInvolvementType(_OpenEnum):
    """The type of AWS involvement in an opportunity. Valid values are `For Visibility Only`
    and `Co-Sell`.
    """

    __module__ = __package__
    FOR_VISIBILITY_ONLY = "For Visibility Only"
    CO_SELL = "Co-Sell"


class Visibility(_OpenEnum):
    """Controls how much of the AWS involvement in an opportunity the partner can see. Valid
    values are `Full` and `Limited`.
    """

    __module__ = __package__
    FULL = "Full"
    LIMITED = "Limited"
