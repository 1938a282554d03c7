"""Shapes of the Partner Central Channel API (internal: import them from ``shapes``).

The shapes only AcceptChannelHandshake calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        HandshakeStatus,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._accept_channel_handshake"


class AcceptChannelHandshakeDetail(_Structure):
    """Contains details about an accepted channel handshake.

    Attributes:
        id: The unique identifier of the accepted handshake.
        arn: The Amazon Resource Name (ARN) of the accepted handshake.
        status: The current status of the accepted handshake.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "arn",
        "status",
    )
    _WIRE_NAMES = frozenset(
        (
            "id",
            "arn",
            "status",
        )
    )
    _CODECS = _CODEC_MODULE

    id: str | None
    arn: str | None
    status: HandshakeStatus | str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        arn: str | None = None,
        status: HandshakeStatus | _types.HandshakeStatusValue | None = None,
    ) -> None:
        self.id = id
        self.arn = arn
        self.status = status


class AcceptChannelHandshakeRequest(_Structure):
    """AcceptChannelHandshakeRequest

    Attributes:
        catalog: The catalog identifier for the handshake request. Required.
        identifier: The unique identifier of the channel handshake to accept. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "catalog",
            "identifier",
        )
    )
    _REQUIRED = (
        "catalog",
        "identifier",
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


class AcceptChannelHandshakeResponse(_Structure):
    """AcceptChannelHandshakeResponse

    Attributes:
        channel_handshake_detail: Details of the accepted channel handshake.
    """

    __module__ = __package__
    __slots__ = ("channel_handshake_detail",)
    _WIRE_NAMES = frozenset(("channelHandshakeDetail",))
    _CODECS = _CODEC_MODULE

    channel_handshake_detail: AcceptChannelHandshakeDetail | None

    def __init__(
        self,
        *,
        channel_handshake_detail: AcceptChannelHandshakeDetail | None = None,
    ) -> None:
        self.channel_handshake_detail = channel_handshake_detail
