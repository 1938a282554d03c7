"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class ResourceType(_OpenEnum):
    """The type of a resource. The only valid value is `Opportunity`."""

    __module__ = __package__
    OPPORTUNITY = "Opportunity"
