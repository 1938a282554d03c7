"""Enums of the Partner Central Benefits API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class BenefitAllocationStatus(_OpenEnum):
    """BenefitAllocationStatus"""

    __module__ = __package__
    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
    FULFILLED = "FULFILLED"
