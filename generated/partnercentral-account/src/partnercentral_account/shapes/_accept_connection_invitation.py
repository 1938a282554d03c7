"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only AcceptConnectionInvitation calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Mapping as _Mapping

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from . import (
        ConnectionTypeDetail,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._accept_connection_invitation"


class AcceptConnectionInvitationRequest(_Structure):
    """AcceptConnectionInvitationRequest

    Attributes:
        catalog: The catalog identifier where the connection invitation exists.
            Required.
        identifier: The unique identifier of the connection invitation to accept.
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


class AcceptConnectionInvitationResponse(_Structure):
    """AcceptConnectionInvitationResponse

    Attributes:
        connection: The details of the accepted connection between the two partners.
            Required.
    """

    __module__ = __package__
    __slots__ = ("connection",)
    _WIRE_NAMES = frozenset(("Connection",))
    _REQUIRED = ("Connection",)
    _CODECS = _CODEC_MODULE

    connection: Connection

    def __init__(
        self,
        *,
        connection: Connection,
    ) -> None:
        self.connection = connection


class Connection(_Structure):
    """Base structure containing common connection properties.

    Attributes:
        catalog: The catalog identifier that the connection belongs to. Required.
        id: The unique identifier of the connection. Required.
        arn: The AWS Resource Name (ARN) of the connection. Required.
        other_participant_account_id: The AWS account ID of the other participant in the
            connection. Required.
        updated_at: The timestamp when the connection was last updated. Required.
        connection_types: The type of connection. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "id",
        "arn",
        "other_participant_account_id",
        "updated_at",
        "connection_types",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Id",
            "Arn",
            "OtherParticipantAccountId",
            "UpdatedAt",
            "ConnectionTypes",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Id",
        "Arn",
        "OtherParticipantAccountId",
        "UpdatedAt",
        "ConnectionTypes",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    id: str
    arn: str
    other_participant_account_id: str
    updated_at: _dt.datetime
    connection_types: dict[str, ConnectionTypeDetail]

    def __init__(
        self,
        *,
        catalog: str,
        id: str,
        arn: str,
        other_participant_account_id: str,
        updated_at: _dt.datetime,
        connection_types: _Mapping[str, ConnectionTypeDetail],
    ) -> None:
        self.catalog = catalog
        self.id = id
        self.arn = arn
        self.other_participant_account_id = other_participant_account_id
        self.updated_at = updated_at
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.connection_types = connection_types  # type: ignore[assignment]
