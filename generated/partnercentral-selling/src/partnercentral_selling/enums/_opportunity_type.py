"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class OpportunityType(_OpenEnum):
    """The type of an opportunity. Valid values are `Net New Business`, `Flat Renewal`, and
    `Expansion`.
    """

    __module__ = __package__
    NET_NEW_BUSINESS = "Net New Business"
    FLAT_RENEWAL = "Flat Renewal"
    EXPANSION = "Expansion"
