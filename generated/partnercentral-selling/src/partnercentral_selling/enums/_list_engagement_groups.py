"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class EngagementGroupSortName(_OpenEnum):
    """The engagement group fields that you can sort on in `ListEngagementGroups`."""

    __module__ = __package__
    COUNT = "Count"
    UPDATEDAT = "UpdatedAt"


class ReadinessLevel(_OpenEnum):
    """The readiness level of an engagement group, which indicates the recommended call to
    action for its leads.
    """

    __module__ = __package__
    SALESREADY = "SalesReady"
    MARKETINGREADY = "MarketingReady"
    LOWPOTENTIAL = "LowPotential"
