"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class EngagementContextType(_OpenEnum):
    """The type of an engagement context. Valid values are `CustomerProject`, `Lead`,
    `ProspectingResult`, and `CustomerAccount`.
    """

    __module__ = __package__
    CUSTOMERPROJECT = "CustomerProject"
    LEAD = "Lead"
    PROSPECTINGRESULT = "ProspectingResult"
    CUSTOMERACCOUNT = "CustomerAccount"
