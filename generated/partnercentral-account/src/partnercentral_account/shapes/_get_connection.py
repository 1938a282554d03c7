"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only GetConnection calls hold, imported on the first use of one.
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
_CODEC_MODULE = ".._awsjson.shapes._get_connection"


class GetConnectionRequest(_Structure):
    """GetConnectionRequest

    Attributes:
        catalog: The catalog identifier where the connection exists. Required.
        identifier: The unique identifier of the connection to retrieve. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier


class GetConnectionResponse(_Structure):
    """GetConnectionResponse

    Attributes:
        catalog: The catalog identifier where the connection exists. Required.
        id: The unique identifier of the connection. Required.
        arn: The Amazon Resource Name (ARN) of the connection. Required.
        other_participant_account_id: The AWS account ID of the other participant in the
            connection. Required.
        updated_at: The timestamp when the connection was last updated. Required.
        connection_types: The list of connection types active between the partners.
            Required.
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
