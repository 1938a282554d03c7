"""Enums of the Partner Central Channel API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class Coverage(_OpenEnum):
    """Coverage"""

    __module__ = __package__
    ENTIRE_ORGANIZATION = "ENTIRE_ORGANIZATION"
    MANAGEMENT_ACCOUNT_ONLY = "MANAGEMENT_ACCOUNT_ONLY"


class Provider(_OpenEnum):
    """Provider"""

    __module__ = __package__
    DISTRIBUTOR = "DISTRIBUTOR"
    DISTRIBUTION_SELLER = "DISTRIBUTION_SELLER"
