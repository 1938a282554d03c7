"""Enums of the Partner Central Account API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class InvitationStatus(_OpenEnum):
    """InvitationStatus"""

    __module__ = __package__
    PENDING = "PENDING"
    ACCEPTED = "ACCEPTED"
    REJECTED = "REJECTED"
    CANCELED = "CANCELED"
    EXPIRED = "EXPIRED"


class ParticipantType(_OpenEnum):
    """ParticipantType"""

    __module__ = __package__
    SENDER = "SENDER"
    RECEIVER = "RECEIVER"
