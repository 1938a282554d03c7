"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only CancelConnection calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Mapping as _Mapping

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        ConnectionType,
    )
    from . import (
        ConnectionTypeDetail,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._cancel_connection"


class CancelConnectionRequest(_Structure):
    """CancelConnectionRequest

    Attributes:
        catalog: The catalog identifier where the connection exists. Required.
        identifier: The unique identifier of the connection to cancel. Required.
        connection_type: The type of connection to cancel (e.g., reseller, distributor,
            technology partner). Required.
        reason: The reason for canceling the connection, providing context for the
            termination. Required.
        client_token: A unique, case-sensitive identifier that you provide to ensure the
            idempotency of the request. Filled with a random UUID when omitted.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
        "connection_type",
        "reason",
        "client_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "ConnectionType",
            "Reason",
            "ClientToken",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
        "ConnectionType",
        "Reason",
        "ClientToken",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str
    connection_type: ConnectionType | str
    reason: str
    client_token: str | None

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        connection_type: ConnectionType | _types.ConnectionTypeValue,
        reason: str,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.connection_type = connection_type
        self.reason = reason
        self.client_token = client_token


class CancelConnectionResponse(_Structure):
    """CancelConnectionResponse

    Attributes:
        catalog: The catalog identifier where the connection was canceled. Required.
        id: The unique identifier of the canceled connection. Required.
        arn: The Amazon Resource Name (ARN) of the canceled connection. Required.
        other_participant_account_id: The AWS account ID of the other participant in the
            canceled connection. Required.
        updated_at: The timestamp when the connection was last updated (canceled).
            Required.
        connection_types: The list of connection types that were active before
            cancellation. Required.
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
