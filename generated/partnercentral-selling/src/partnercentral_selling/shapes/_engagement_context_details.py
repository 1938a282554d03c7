"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only CreateEngagement, GetEngagement and SearchEngagements calls hold,
imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        EngagementContextType,
    )
    from . import (
        EngagementContextPayload,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._engagement_context_details"


class EngagementContextDetails(_Structure):
    """Provides detailed context information for an Engagement. This structure allows for
    specifying the type of context and its associated payload.

    Attributes:
        id: The unique identifier of the engagement context.
        type: Specifies the type of Engagement context. Required.
        payload: Contains the specific details of the Engagement context.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "type",
        "payload",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Type",
            "Payload",
        )
    )
    _REQUIRED = ("Type",)
    _CODECS = _CODEC_MODULE

    id: str | None
    type: EngagementContextType | str
    payload: EngagementContextPayload | None

    def __init__(
        self,
        *,
        type: EngagementContextType | _types.EngagementContextTypeValue,
        id: str | None = None,
        payload: EngagementContextPayload | None = None,
    ) -> None:
        self.id = id
        self.type = type
        self.payload = payload
