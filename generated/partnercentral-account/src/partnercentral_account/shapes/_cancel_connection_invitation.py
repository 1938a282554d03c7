"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only CancelConnectionInvitation calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        ConnectionType,
        InvitationStatus,
        ParticipantType,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._cancel_connection_invitation"


class CancelConnectionInvitationRequest(_Structure):
    """CancelConnectionInvitationRequest

    Attributes:
        catalog: The catalog identifier where the connection invitation exists.
            Required.
        identifier: The unique identifier of the connection invitation to cancel.
            Required.
        client_token: A unique, case-sensitive identifier that you provide to ensure the
            idempotency of the request. Filled with a random UUID when omitted.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
        "client_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "ClientToken",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
        "ClientToken",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str
    client_token: str | None

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.client_token = client_token


class CancelConnectionInvitationResponse(_Structure):
    """CancelConnectionInvitationResponse

    Attributes:
        catalog: The catalog identifier where the connection invitation was canceled.
            Required.
        id: The unique identifier of the canceled connection invitation. Required.
        arn: The Amazon Resource Name (ARN) of the canceled connection invitation.
            Required.
        connection_id: The identifier of the connection associated with the canceled
            invitation.
        connection_type: The type of connection that was being invited for. Required.
        created_at: The timestamp when the connection invitation was originally created.
            Required.
        updated_at: The timestamp when the connection invitation was last updated
            (canceled). Required.
        expires_at: The timestamp when the connection invitation would have expired if
            not canceled.
        other_participant_identifier: The identifier of the other participant who was
            invited to connect. Required.
        participant_type: The type of participant (inviter or invitee) in the connection
            invitation. Required.
        status: The current status of the connection invitation (canceled). Required.
        invitation_message: The message that was included with the original connection
            invitation. Required.
        inviter_email: The email address of the person who sent the connection
            invitation. Required.
        inviter_name: The name of the person who sent the connection invitation.
            Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "id",
        "arn",
        "connection_id",
        "connection_type",
        "created_at",
        "updated_at",
        "expires_at",
        "other_participant_identifier",
        "participant_type",
        "status",
        "invitation_message",
        "inviter_email",
        "inviter_name",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Id",
            "Arn",
            "ConnectionId",
            "ConnectionType",
            "CreatedAt",
            "UpdatedAt",
            "ExpiresAt",
            "OtherParticipantIdentifier",
            "ParticipantType",
            "Status",
            "InvitationMessage",
            "InviterEmail",
            "InviterName",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Id",
        "Arn",
        "ConnectionType",
        "CreatedAt",
        "UpdatedAt",
        "OtherParticipantIdentifier",
        "ParticipantType",
        "Status",
        "InvitationMessage",
        "InviterEmail",
        "InviterName",
    )
    _SENSITIVE = frozenset(("inviter_name",))
    _CODECS = _CODEC_MODULE

    catalog: str
    id: str
    arn: str
    connection_id: str | None
    connection_type: ConnectionType | str
    created_at: _dt.datetime
    updated_at: _dt.datetime
    expires_at: _dt.datetime | None
    other_participant_identifier: str
    participant_type: ParticipantType | str
    status: InvitationStatus | str
    invitation_message: str
    inviter_email: str
    inviter_name: str

    def __init__(
        self,
        *,
        catalog: str,
        id: str,
        arn: str,
        connection_type: ConnectionType | _types.ConnectionTypeValue,
        created_at: _dt.datetime,
        updated_at: _dt.datetime,
        other_participant_identifier: str,
        participant_type: ParticipantType | _types.ParticipantTypeValue,
        status: InvitationStatus | _types.InvitationStatusValue,
        invitation_message: str,
        inviter_email: str,
        inviter_name: str,
        connection_id: str | None = None,
        expires_at: _dt.datetime | None = None,
    ) -> None:
        self.catalog = catalog
        self.id = id
        self.arn = arn
        self.connection_id = connection_id
        self.connection_type = connection_type
        self.created_at = created_at
        self.updated_at = updated_at
        self.expires_at = expires_at
        self.other_participant_identifier = other_participant_identifier
        self.participant_type = participant_type
        self.status = status
        self.invitation_message = invitation_message
        self.inviter_email = inviter_email
        self.inviter_name = inviter_name
