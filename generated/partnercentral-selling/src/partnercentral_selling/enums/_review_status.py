"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class ReviewStatus(_OpenEnum):
    """The review status of an opportunity."""

    __module__ = __package__
    PENDING_SUBMISSION = "Pending Submission"
    SUBMITTED = "Submitted"
    IN_REVIEW = "In review"
    APPROVED = "Approved"
    REJECTED = "Rejected"
    ACTION_REQUIRED = "Action Required"


class Stage(_OpenEnum):
    """The stage of an opportunity in its lifecycle."""

    __module__ = __package__
    PROSPECT = "Prospect"
    QUALIFIED = "Qualified"
    TECHNICAL_VALIDATION = "Technical Validation"
    BUSINESS_VALIDATION = "Business Validation"
    COMMITTED = "Committed"
    LAUNCHED = "Launched"
    CLOSED_LOST = "Closed Lost"
