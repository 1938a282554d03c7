"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only ListConnections calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Mapping as _Mapping
from collections.abc import Sequence as _Sequence

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
_CODEC_MODULE = ".._awsjson.shapes._list_connections"


class ConnectionSummary(_Structure):
    """A summary view of an active connection between partners containing key information.

    Attributes:
        catalog: The catalog identifier where the connection exists. Required.
        id: The unique identifier of the connection. Required.
        arn: The Amazon Resource Name (ARN) of the connection. Required.
        other_participant_account_id: The AWS account ID of the other participant in the
            connection. Required.
        updated_at: The timestamp when the connection was last updated. Required.
        connection_types: A map of connection types and their summary information for
            this connection. Required.
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
    connection_types: dict[str, ConnectionTypeSummary]

    def __init__(
        self,
        *,
        catalog: str,
        id: str,
        arn: str,
        other_participant_account_id: str,
        updated_at: _dt.datetime,
        connection_types: _Mapping[str, ConnectionTypeSummary],
    ) -> None:
        self.catalog = catalog
        self.id = id
        self.arn = arn
        self.other_participant_account_id = other_participant_account_id
        self.updated_at = updated_at
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.connection_types = connection_types  # type: ignore[assignment]


class ConnectionTypeSummary(_Structure):
    """Summary information about a specific connection type between partners.

    Attributes:
        status: The current status of this connection type (active, canceled, etc.).
            Required.
        other_participant: Information about the other participant in this connection
            type. Required.
    """

    __module__ = __package__
    __slots__ = (
        "status",
        "other_participant",
    )
    _WIRE_NAMES = frozenset(
        (
            "Status",
            "OtherParticipant",
        )
    )
    _REQUIRED = (
        "Status",
        "OtherParticipant",
    )
    _CODECS = _CODEC_MODULE

    status: ConnectionTypeStatus | str
    other_participant: Participant

    def __init__(
        self,
        *,
        status: ConnectionTypeStatus | _types.ConnectionTypeStatusValue,
        other_participant: Participant,
    ) -> None:
        self.status = status
        self.other_participant = other_participant


class ListConnectionsRequest(_Structure):
    """ListConnectionsRequest

    Attributes:
        catalog: The catalog identifier for the partner account. Required.
        next_token: The token for retrieving the next page of results in paginated
            responses.
        connection_type: Filter results by connection type (e.g., reseller, distributor,
            technology partner).
        max_results: The maximum number of connections to return in a single response.
        other_participant_identifiers: Filter results by specific participant
            identifiers.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "next_token",
        "connection_type",
        "max_results",
        "other_participant_identifiers",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "NextToken",
            "ConnectionType",
            "MaxResults",
            "OtherParticipantIdentifiers",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    catalog: str
    next_token: str | None
    connection_type: str | None
    max_results: int | None
    other_participant_identifiers: _Sequence[str] | None

    def __init__(
        self,
        *,
        catalog: str,
        next_token: str | None = None,
        connection_type: str | None = None,
        max_results: int | None = None,
        other_participant_identifiers: _types.SequenceNotStr[str] | None = None,
    ) -> None:
        self.catalog = catalog
        self.next_token = next_token
        self.connection_type = connection_type
        self.max_results = max_results
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.other_participant_identifiers = other_participant_identifiers  # type: ignore[assignment]


class ListConnectionsResponse(_Structure):
    """ListConnectionsResponse

    Attributes:
        connection_summaries: A list of connection summaries matching the specified
            criteria. Required.
        next_token: The token for retrieving the next page of results if more results
            are available.
    """

    __module__ = __package__
    __slots__ = (
        "connection_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "ConnectionSummaries",
            "NextToken",
        )
    )
    _REQUIRED = ("ConnectionSummaries",)
    _CODECS = _CODEC_MODULE

    connection_summaries: list[ConnectionSummary]
    next_token: str | None

    def __init__(
        self,
        *,
        connection_summaries: _types.SequenceNotStr[ConnectionSummary],
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.connection_summaries = connection_summaries  # type: ignore[assignment]
        self.next_token = next_token
