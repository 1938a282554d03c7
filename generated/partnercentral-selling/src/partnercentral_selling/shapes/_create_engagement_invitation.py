"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only CreateEngagementInvitation calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from . import (
        Payload,
        Receiver,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._create_engagement_invitation"


class CreateEngagementInvitationRequest(_Structure):
    """Contains the request parameters for the `CreateEngagementInvitation` operation.

    Attributes:
        catalog: Specifies the catalog related to the engagement. Required.
        client_token: Specifies a unique, client-generated UUID to ensure that the
            request is handled exactly once. Filled with a random UUID when omitted.
        engagement_identifier: The unique identifier of the `Engagement` associated with
            the invitation. Required.
        invitation: The `Invitation` object all information necessary to initiate an
            engagement invitation to a partner. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "client_token",
        "engagement_identifier",
        "invitation",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ClientToken",
            "EngagementIdentifier",
            "Invitation",
        )
    )
    _REQUIRED = (
        "Catalog",
        "ClientToken",
        "EngagementIdentifier",
        "Invitation",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    client_token: str | None
    engagement_identifier: str
    invitation: Invitation

    def __init__(
        self,
        *,
        catalog: str,
        engagement_identifier: str,
        invitation: Invitation,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.client_token = client_token
        self.engagement_identifier = engagement_identifier
        self.invitation = invitation


class CreateEngagementInvitationResponse(_Structure):
    """Contains the response that the `CreateEngagementInvitation` action returns.

    Attributes:
        id: Unique identifier assigned to the newly created engagement invitation.
            Required.
        arn: The Amazon Resource Name (ARN) that uniquely identifies the engagement
            invitation. Required.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "arn",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Arn",
        )
    )
    _REQUIRED = (
        "Id",
        "Arn",
    )
    _CODECS = _CODEC_MODULE

    id: str
    arn: str

    def __init__(
        self,
        *,
        id: str,
        arn: str,
    ) -> None:
        self.id = id
        self.arn = arn


class Invitation(_Structure):
    """The Invitation structure represents an invitation exchanged between partners and AWS. It
    includes a message, receiver information, and a payload providing context for the
    invitation.

    Attributes:
        message: A message accompanying the invitation. Required.
        receiver: Specifies the partner that receives the invitation. Required.
        payload: Contains the details that the invitation carries, such as the
            opportunity or the account planning... Required.
    """

    __module__ = __package__
    __slots__ = (
        "message",
        "receiver",
        "payload",
    )
    _WIRE_NAMES = frozenset(
        (
            "Message",
            "Receiver",
            "Payload",
        )
    )
    _REQUIRED = (
        "Message",
        "Receiver",
        "Payload",
    )
    _SENSITIVE = frozenset(("message",))
    _CODECS = _CODEC_MODULE

    message: str
    receiver: Receiver
    payload: Payload

    def __init__(
        self,
        *,
        message: str,
        receiver: Receiver,
        payload: Payload,
    ) -> None:
        self.message = message
        self.receiver = receiver
        self.payload = payload
