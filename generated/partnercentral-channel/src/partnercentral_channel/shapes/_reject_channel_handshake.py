"""Shapes of the Partner Central Channel API (internal: import them from ``shapes``).

The shapes only RejectChannelHandshake calls hold, imported on the first use of one.
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
_CODEC_MODULE = ".._awsjson.shapes._reject_channel_handshake"


class RejectChannelHandshakeDetail(_Structure):
    """Contains details about a rejected channel handshake.

    Attributes:
        id: The unique identifier of the rejected handshake.
        arn: The Amazon Resource Name (ARN) of the rejected handshake.
        status: The current status of the rejected handshake.
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


class RejectChannelHandshakeRequest(_Structure):
    """RejectChannelHandshakeRequest

    Attributes:
        catalog: The catalog identifier for the handshake request. Required.
        identifier: The unique identifier of the channel handshake to reject. Required.
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


class RejectChannelHandshakeResponse(_Structure):
    """RejectChannelHandshakeResponse

    Attributes:
        channel_handshake_detail: Details of the rejected channel handshake.
    """

    __module__ = __package__
    __slots__ = ("channel_handshake_detail",)
    _WIRE_NAMES = frozenset(("channelHandshakeDetail",))
    _CODECS = _CODEC_MODULE

    channel_handshake_detail: RejectChannelHandshakeDetail | None

    def __init__(
        self,
        *,
        channel_handshake_detail: RejectChannelHandshakeDetail | None = None,
    ) -> None:
        self.channel_handshake_detail = channel_handshake_detail
