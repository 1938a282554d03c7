"""Enums of the Partner Central Benefits API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class BenefitApplicationStatus(_OpenEnum):
    """BenefitApplicationStatus"""

    __module__ = __package__
    PENDING_SUBMISSION = "PENDING_SUBMISSION"
    IN_REVIEW = "IN_REVIEW"
    ACTION_REQUIRED = "ACTION_REQUIRED"
    APPROVED = "APPROVED"
    REJECTED = "REJECTED"
    CANCELED = "CANCELED"
