"""Enums of the Partner Central Channel API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class Program(_OpenEnum):
    """Program"""

    __module__ = __package__
    SOLUTION_PROVIDER = "SOLUTION_PROVIDER"
    DISTRIBUTION = "DISTRIBUTION"
    DISTRIBUTION_SELLER = "DISTRIBUTION_SELLER"
    MANAGED_SERVICES_PROVIDER = "MANAGED_SERVICES_PROVIDER"
