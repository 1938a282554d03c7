"""Enums of the Partner Central Marketing API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class Industry(_OpenEnum):
    """Industry shape."""

    __module__ = __package__
    FINANCIAL_SERVICES = "FINANCIAL_SERVICES"
    HEALTHCARE = "HEALTHCARE"
    MANUFACTURING = "MANUFACTURING"
    RETAIL = "RETAIL"
    MEDIA_ENTERTAINMENT = "MEDIA_ENTERTAINMENT"
    ENERGY = "ENERGY"
    EDUCATION = "EDUCATION"
    GOVERNMENT = "GOVERNMENT"
    TELECOMMUNICATIONS = "TELECOMMUNICATIONS"
    AUTOMOTIVE = "AUTOMOTIVE"
    INSURANCE = "INSURANCE"
    OTHER = "OTHER"
