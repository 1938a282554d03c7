"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only CreateEngagement calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from . import (
        EngagementContextDetails,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._create_engagement"


class CreateEngagementRequest(_Structure):
    """Contains the request parameters for the `CreateEngagement` operation.

    Attributes:
        catalog: The `CreateEngagementRequest$Catalog` parameter specifies the catalog
            related to the engagement. Required.
        client_token: The `CreateEngagementRequest$ClientToken` parameter specifies a
            unique, case-sensitive identifier... Filled with a random UUID when omitted.
        title: Specifies the title of the `Engagement`.
        description: Provides a description of the `Engagement`.
        contexts: The `Contexts` field is a required array of objects, with a maximum of
            5 contexts allowed...
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "client_token",
        "title",
        "description",
        "contexts",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ClientToken",
            "Title",
            "Description",
            "Contexts",
        )
    )
    _REQUIRED = (
        "Catalog",
        "ClientToken",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    client_token: str | None
    title: str | None
    description: str | None
    contexts: _Sequence[EngagementContextDetails] | None

    def __init__(
        self,
        *,
        catalog: str,
        client_token: str | None = None,
        title: str | None = None,
        description: str | None = None,
        contexts: _types.SequenceNotStr[EngagementContextDetails] | None = None,
    ) -> None:
        self.catalog = catalog
        self.client_token = client_token
        self.title = title
        self.description = description
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.contexts = contexts  # type: ignore[assignment]


class CreateEngagementResponse(_Structure):
    """Contains the response that the `CreateEngagement` action returns.

    Attributes:
        id: Unique identifier assigned to the newly created engagement.
        arn: The Amazon Resource Name (ARN) that identifies the engagement.
        modified_at: The timestamp indicating when the engagement was last modified, in
            ISO 8601 format (UTC).
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "arn",
        "modified_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Arn",
            "ModifiedAt",
        )
    )
    _CODECS = _CODEC_MODULE

    id: str | None
    arn: str | None
    modified_at: _dt.datetime | None

    def __init__(
        self,
        *,
        id: str | None = None,
        arn: str | None = None,
        modified_at: _dt.datetime | None = None,
    ) -> None:
        self.id = id
        self.arn = arn
        self.modified_at = modified_at
