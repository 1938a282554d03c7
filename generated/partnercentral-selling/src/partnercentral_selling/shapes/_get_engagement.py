"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only GetEngagement calls hold, imported on the first use of one.
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
_CODEC_MODULE = ".._awsjson.shapes._get_engagement"


class GetEngagementRequest(_Structure):
    """Contains the request parameters for the `GetEngagement` operation.

    Attributes:
        catalog: Specifies the catalog related to the engagement request. Required.
        identifier: Specifies the identifier of the Engagement record to retrieve.
            Required.
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


class GetEngagementResponse(_Structure):
    """Contains the response that the `GetEngagement` action returns.

    Attributes:
        id: The unique resource identifier of the engagement retrieved.
        arn: The Amazon Resource Name (ARN) of the engagement retrieved.
        title: The title of the engagement.
        description: A more detailed description of the engagement.
        created_at: The date and time when the Engagement was created, presented in ISO
            8601 format (UTC).
        created_by: The AWS account ID of the user who originally created the
            engagement.
        member_count: Specifies the current count of members participating in the
            Engagement.
        modified_at: The timestamp indicating when the engagement was last modified, in
            ISO 8601 format (UTC).
        modified_by: The AWS account ID of the user who last modified the engagement.
        contexts: A list of context objects associated with the engagement.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "arn",
        "title",
        "description",
        "created_at",
        "created_by",
        "member_count",
        "modified_at",
        "modified_by",
        "contexts",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Arn",
            "Title",
            "Description",
            "CreatedAt",
            "CreatedBy",
            "MemberCount",
            "ModifiedAt",
            "ModifiedBy",
            "Contexts",
        )
    )
    _SENSITIVE = frozenset(
        (
            "created_by",
            "modified_by",
        )
    )
    _CODECS = _CODEC_MODULE

    id: str | None
    arn: str | None
    title: str | None
    description: str | None
    created_at: _dt.datetime | None
    created_by: str | None
    member_count: int | None
    modified_at: _dt.datetime | None
    modified_by: str | None
    contexts: _Sequence[EngagementContextDetails] | None

    def __init__(
        self,
        *,
        id: str | None = None,
        arn: str | None = None,
        title: str | None = None,
        description: str | None = None,
        created_at: _dt.datetime | None = None,
        created_by: str | None = None,
        member_count: int | None = None,
        modified_at: _dt.datetime | None = None,
        modified_by: str | None = None,
        contexts: _types.SequenceNotStr[EngagementContextDetails] | None = None,
    ) -> None:
        self.id = id
        self.arn = arn
        self.title = title
        self.description = description
        self.created_at = created_at
        self.created_by = created_by
        self.member_count = member_count
        self.modified_at = modified_at
        self.modified_by = modified_by
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.contexts = contexts  # type: ignore[assignment]
