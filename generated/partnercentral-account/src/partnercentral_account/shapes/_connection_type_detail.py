"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only AcceptConnectionInvitation, CancelConnection and GetConnection calls
hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        ConnectionTypeStatus,
    )
    from . import (
        Participant,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._connection_type_detail"


class ConnectionTypeDetail(_Structure):
    """Detailed information about a specific connection type within a connection.

    Attributes:
        created_at: The timestamp when this connection type was created. Required.
        inviter_email: The email address of the person who initiated this connection
            type. Required.
        inviter_name: The name of the person who initiated this connection type.
            Required.
        status: The current status of this connection type. Required.
        canceled_at: The timestamp when this connection type was cancelled, if
            applicable.
        canceled_by: The AWS account ID of the participant who cancelled this connection
            type.
        other_participant: Information about the other participant in this connection
            type. Required.
    """

    __module__ = __package__
    __slots__ = (
        "created_at",
        "inviter_email",
        "inviter_name",
        "status",
        "canceled_at",
        "canceled_by",
        "other_participant",
    )
    _WIRE_NAMES = frozenset(
        (
            "CreatedAt",
            "InviterEmail",
            "InviterName",
            "Status",
            "CanceledAt",
            "CanceledBy",
            "OtherParticipant",
        )
    )
    _REQUIRED = (
        "CreatedAt",
        "InviterEmail",
        "InviterName",
        "Status",
        "OtherParticipant",
    )
    _SENSITIVE = frozenset(("inviter_name",))
    _CODECS = _CODEC_MODULE

    created_at: _dt.datetime
    inviter_email: str
    inviter_name: str
    status: ConnectionTypeStatus | str
    canceled_at: _dt.datetime | None
    canceled_by: str | None
    other_participant: Participant

    def __init__(
        self,
        *,
        created_at: _dt.datetime,
        inviter_email: str,
        inviter_name: str,
        status: ConnectionTypeStatus | _types.ConnectionTypeStatusValue,
        other_participant: Participant,
        canceled_at: _dt.datetime | None = None,
        canceled_by: str | None = None,
    ) -> None:
        self.created_at = created_at
        self.inviter_email = inviter_email
        self.inviter_name = inviter_name
        self.status = status
        self.canceled_at = canceled_at
        self.canceled_by = canceled_by
        self.other_participant = other_participant
