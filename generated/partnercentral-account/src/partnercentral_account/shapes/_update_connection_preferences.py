"""Shapes of the Partner Central Account API (internal: import them from ``shapes``).

The shapes only UpdateConnectionPreferences calls hold, imported on the first use of
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
        AccessType,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._update_connection_preferences"


class UpdateConnectionPreferencesRequest(_Structure):
    """UpdateConnectionPreferencesRequest

    Attributes:
        catalog: The catalog identifier for the partner account. Required.
        revision: The revision number of the connection preferences for optimistic
            locking. Required.
        access_type: The access type setting for connections (e.g., open, restricted,
            invitation-only). Required.
        excluded_participant_identifiers: The updated list of participant identifiers to
            exclude from connections.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "revision",
        "access_type",
        "excluded_participant_identifiers",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Revision",
            "AccessType",
            "ExcludedParticipantIdentifiers",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Revision",
        "AccessType",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    revision: int
    access_type: AccessType | str
    excluded_participant_identifiers: _Sequence[str] | None

    def __init__(
        self,
        *,
        catalog: str,
        revision: int,
        access_type: AccessType | _types.AccessTypeValue,
        excluded_participant_identifiers: _types.SequenceNotStr[str] | None = None,
    ) -> None:
        self.catalog = catalog
        self.revision = revision
        self.access_type = access_type
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.excluded_participant_identifiers = excluded_participant_identifiers  # type: ignore[assignment]


class UpdateConnectionPreferencesResponse(_Structure):
    """UpdateConnectionPreferencesResponse

    Attributes:
        catalog: The catalog identifier for the partner account. Required.
        arn: The Amazon Resource Name (ARN) of the updated connection preferences.
            Required.
        access_type: The updated access type setting for connections. Required.
        excluded_participant_ids: A list of participant IDs that are excluded from
            connection requests or interactions.
        updated_at: The timestamp when the connection preferences were last updated.
            Required.
        revision: The updated revision number of the connection preferences. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "arn",
        "access_type",
        "excluded_participant_ids",
        "updated_at",
        "revision",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Arn",
            "AccessType",
            "ExcludedParticipantIds",
            "UpdatedAt",
            "Revision",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Arn",
        "AccessType",
        "UpdatedAt",
        "Revision",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    arn: str
    access_type: AccessType | str
    excluded_participant_ids: list[str] | None
    updated_at: _dt.datetime
    revision: int

    def __init__(
        self,
        *,
        catalog: str,
        arn: str,
        access_type: AccessType | _types.AccessTypeValue,
        updated_at: _dt.datetime,
        revision: int,
        excluded_participant_ids: _types.SequenceNotStr[str] | None = None,
    ) -> None:
        self.catalog = catalog
        self.arn = arn
        self.access_type = access_type
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.excluded_participant_ids = excluded_participant_ids  # type: ignore[assignment]
        self.updated_at = updated_at
        self.revision = revision
