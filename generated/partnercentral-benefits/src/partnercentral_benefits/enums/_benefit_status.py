"""Enums of the Partner Central Benefits API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class BenefitStatus(_OpenEnum):
    """BenefitStatus"""

    __module__ = __package__
    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
