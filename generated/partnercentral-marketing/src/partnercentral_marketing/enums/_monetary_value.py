"""Enums of the Partner Central Marketing API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class CompanySize(_OpenEnum):
    """CompanySize shape."""

    __module__ = __package__
    STARTUP = "STARTUP"
    SMALL_BUSINESS = "SMALL_BUSINESS"
    MID_MARKET = "MID_MARKET"
    ENTERPRISE = "ENTERPRISE"
    GLOBAL_ENTERPRISE = "GLOBAL_ENTERPRISE"
