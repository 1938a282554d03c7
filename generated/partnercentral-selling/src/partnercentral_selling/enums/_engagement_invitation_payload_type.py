"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class EngagementInvitationPayloadType(_OpenEnum):
    """The type of payload that an engagement invitation carries. Valid values are
    `OpportunityInvitation`, `LeadInvitation`, and `AccountPlanningInvitation`.
    """

    __module__ = __package__
    OPPORTUNITYINVITATION = "OpportunityInvitation"
    LEADINVITATION = "LeadInvitation"
    ACCOUNTPLANNINGINVITATION = "AccountPlanningInvitation"


class InvitationStatus(_OpenEnum):
    """The status of an engagement invitation. `PENDING` means the receiver hasn't responded
    yet. `ACCEPTED` and `REJECTED` mean the receiver accepted or rejected the invitation.
    `EXPIRED` means the invitation expired before the receiver responded.
    """

    __module__ = __package__
    ACCEPTED = "ACCEPTED"
    PENDING = "PENDING"
    REJECTED = "REJECTED"
    EXPIRED = "EXPIRED"
