"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only CreateEngagementContext calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import datetime as _dt
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
_CODEC_MODULE = ".._awsjson.shapes._create_engagement_context"


class CreateEngagementContextRequest(_Structure):
    """Contains the request parameters for the `CreateEngagementContext` operation.

    Attributes:
        catalog: Specifies the catalog associated with the engagement context request.
            Required.
        engagement_identifier: The unique identifier of the `Engagement` for which the
            context is being created. Required.
        client_token: A unique, case-sensitive identifier provided by the client to
            ensure that the request is handled... Filled with a random UUID when
            omitted.
        type: Specifies the type of context being created for the engagement. Required.
        payload: Contains the contextual information to add to the engagement. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "engagement_identifier",
        "client_token",
        "type",
        "payload",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "EngagementIdentifier",
            "ClientToken",
            "Type",
            "Payload",
        )
    )
    _REQUIRED = (
        "Catalog",
        "EngagementIdentifier",
        "ClientToken",
        "Type",
        "Payload",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    engagement_identifier: str
    client_token: str | None
    type: EngagementContextType | str
    payload: EngagementContextPayload

    def __init__(
        self,
        *,
        catalog: str,
        engagement_identifier: str,
        type: EngagementContextType | _types.EngagementContextTypeValue,
        payload: EngagementContextPayload,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.engagement_identifier = engagement_identifier
        self.client_token = client_token
        self.type = type
        self.payload = payload


class CreateEngagementContextResponse(_Structure):
    """Contains the response that the `CreateEngagementContext` action returns.

    Attributes:
        engagement_id: The unique identifier of the engagement to which the context was
            added.
        engagement_arn: The Amazon Resource Name (ARN) of the engagement to which the
            context was added.
        engagement_last_modified_at: The timestamp indicating when the engagement was
            last modified as a result of adding the context...
        context_id: The unique identifier assigned to the newly created engagement
            context.
    """

    __module__ = __package__
    __slots__ = (
        "engagement_id",
        "engagement_arn",
        "engagement_last_modified_at",
        "context_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "EngagementId",
            "EngagementArn",
            "EngagementLastModifiedAt",
            "ContextId",
        )
    )
    _CODECS = _CODEC_MODULE

    engagement_id: str | None
    engagement_arn: str | None
    engagement_last_modified_at: _dt.datetime | None
    context_id: str | None

    def __init__(
        self,
        *,
        engagement_id: str | None = None,
        engagement_arn: str | None = None,
        engagement_last_modified_at: _dt.datetime | None = None,
        context_id: str | None = None,
    ) -> None:
        self.engagement_id = engagement_id
        self.engagement_arn = engagement_arn
        self.engagement_last_modified_at = engagement_last_modified_at
        self.context_id = context_id
