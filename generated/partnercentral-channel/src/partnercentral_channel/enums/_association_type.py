"""Enums of the Partner Central Channel API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class AssociationType(_OpenEnum):
    """AssociationType"""

    __module__ = __package__
    DOWNSTREAM_SELLER = "DOWNSTREAM_SELLER"
    END_CUSTOMER = "END_CUSTOMER"
    INTERNAL = "INTERNAL"
    MANAGED_SERVICES_END_CUSTOMER = "MANAGED_SERVICES_END_CUSTOMER"


class Sector(_OpenEnum):
    """Sector"""

    __module__ = __package__
    COMMERCIAL = "COMMERCIAL"
    GOVERNMENT = "GOVERNMENT"
    GOVERNMENT_EXCEPTION = "GOVERNMENT_EXCEPTION"
