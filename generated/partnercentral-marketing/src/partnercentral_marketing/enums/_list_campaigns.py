"""Enums of the Partner Central Marketing API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class CampaignSortName(_OpenEnum):
    """The attribute `ListCampaigns` sorts by."""

    __module__ = __package__
    NAME = "NAME"
    STATE = "STATE"
    START_ON = "START_ON"
    CREATED_AT = "CREATED_AT"


class SortOrder(_OpenEnum):
    """A sort direction."""

    __module__ = __package__
    ASCENDING = "ASCENDING"
    DESCENDING = "DESCENDING"
