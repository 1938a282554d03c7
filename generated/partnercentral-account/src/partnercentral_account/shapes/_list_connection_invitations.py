"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only ListConnectionInvitations calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        ConnectionType,
        InvitationStatus,
        ParticipantType,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._list_connection_invitations"


class ConnectionInvitationSummary(_Structure):
    """A summary view of a connection invitation containing key information without full
    details.

    Attributes:
        catalog: The catalog identifier where the connection invitation exists.
            Required.
        id: The unique identifier of the connection invitation. Required.
        arn: The Amazon Resource Name (ARN) of the connection invitation. Required.
        connection_id: The identifier of the connection associated with this invitation.
        connection_type: The type of connection being requested in the invitation.
            Required.
        created_at: The timestamp when the connection invitation was created. Required.
        updated_at: The timestamp when the connection invitation was last updated.
            Required.
        expires_at: The timestamp when the connection invitation will expire.
        other_participant_identifier: The identifier of the other participant in the
            connection invitation. Required.
        participant_type: The type of participant (inviter or invitee) in the connection
            invitation. Required.
        status: The current status of the connection invitation. Required.
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
    )
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


class ListConnectionInvitationsRequest(_Structure):
    """ListConnectionInvitationsRequest

    Attributes:
        catalog: The catalog identifier for the partner account. Required.
        next_token: The token for retrieving the next page of results in paginated
            responses.
        connection_type: Filter results by connection type (e.g., reseller, distributor,
            technology partner).
        max_results: The maximum number of connection invitations to return in a single
            response.
        other_participant_identifiers: Filter results by specific participant
            identifiers.
        participant_type: Filter results by participant type (inviter or invitee).
        status: Filter results by invitation status (pending, accepted, rejected,
            canceled, expired).
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "next_token",
        "connection_type",
        "max_results",
        "other_participant_identifiers",
        "participant_type",
        "status",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "NextToken",
            "ConnectionType",
            "MaxResults",
            "OtherParticipantIdentifiers",
            "ParticipantType",
            "Status",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    catalog: str
    next_token: str | None
    connection_type: ConnectionType | str | None
    max_results: int | None
    other_participant_identifiers: _Sequence[str] | None
    participant_type: ParticipantType | str | None
    status: InvitationStatus | str | None

    def __init__(
        self,
        *,
        catalog: str,
        next_token: str | None = None,
        connection_type: ConnectionType | _types.ConnectionTypeValue | None = None,
        max_results: int | None = None,
        other_participant_identifiers: _types.SequenceNotStr[str] | None = None,
        participant_type: ParticipantType | _types.ParticipantTypeValue | None = None,
        status: InvitationStatus | _types.InvitationStatusValue | None = None,
    ) -> None:
        self.catalog = catalog
        self.next_token = next_token
        self.connection_type = connection_type
        self.max_results = max_results
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.other_participant_identifiers = other_participant_identifiers  # type: ignore[assignment]
        self.participant_type = participant_type
        self.status = status


class ListConnectionInvitationsResponse(_Structure):
    """ListConnectionInvitationsResponse

    Attributes:
        connection_invitation_summaries: A list of connection invitation summaries
            matching the specified criteria. Required.
        next_token: The token for retrieving the next page of results if more results
            are available.
    """

    __module__ = __package__
    __slots__ = (
        "connection_invitation_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "ConnectionInvitationSummaries",
            "NextToken",
        )
    )
    _REQUIRED = ("ConnectionInvitationSummaries",)
    _CODECS = _CODEC_MODULE

    connection_invitation_summaries: list[ConnectionInvitationSummary]
    next_token: str | None

    def __init__(
        self,
        *,
        connection_invitation_summaries: _types.SequenceNotStr[ConnectionInvitationSummary],
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.connection_invitation_summaries = connection_invitation_summaries  # type: ignore[assignment]
        self.next_token = next_token
