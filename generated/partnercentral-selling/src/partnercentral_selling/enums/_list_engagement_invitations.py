"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class OpportunityEngagementInvitationSortName(_OpenEnum):
    """The name of the field that sorts a list of engagement invitations. The only valid value
    is `InvitationDate`.
    """

    __module__ = __package__
    INVITATIONDATE = "InvitationDate"


class ParticipantType(_OpenEnum):
    """The role of the caller in an engagement invitation. Valid values are `SENDER` and
    `RECEIVER`.
    """

    __module__ = __package__
    SENDER = "SENDER"
    RECEIVER = "RECEIVER"
