"""Shapes of the Partner Central Channel API (internal: import them from ``shapes``).

The shapes only CreateChannelHandshake calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure
from typed_aws_runtime.model.structure import TaggedUnion as _TaggedUnion
from typed_aws_runtime.model.structure import UnknownVariant as _UnknownVariant

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        HandshakeType,
        ServicePeriodType,
    )
    from . import (
        Tag,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._create_channel_handshake"


class ChannelHandshakePayload(_TaggedUnion):
    """Contains the payload data for different types of channel handshakes.

    A union: set exactly one variant by building one of
    `ChannelHandshakePayloadStartServicePeriodPayload`,
    `ChannelHandshakePayloadRevokeServicePeriodPayload`. A variant added to the service
    later is received as `ChannelHandshakePayloadUnknown`.
    """

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(
        (
            "startServicePeriodPayload",
            "revokeServicePeriodPayload",
        )
    )
    _CODECS = _CODEC_MODULE


class ChannelHandshakePayloadStartServicePeriodPayload(ChannelHandshakePayload):
    """The `startServicePeriodPayload` variant of `ChannelHandshakePayload`.

    Payload for starting a service period handshake.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "startServicePeriodPayload"
    value: StartServicePeriodPayload

    def __init__(self, value: StartServicePeriodPayload) -> None:
        self.value = value


class ChannelHandshakePayloadRevokeServicePeriodPayload(ChannelHandshakePayload):
    """The `revokeServicePeriodPayload` variant of `ChannelHandshakePayload`.

    Payload for revoking a service period handshake.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "revokeServicePeriodPayload"
    value: RevokeServicePeriodPayload

    def __init__(self, value: RevokeServicePeriodPayload) -> None:
        self.value = value


class ChannelHandshakePayloadUnknown(_UnknownVariant, ChannelHandshakePayload):
    """A variant of ChannelHandshakePayload this client does not know (kept, not lost)."""

    __module__ = __package__
    __slots__ = ()


class CreateChannelHandshakeDetail(_Structure):
    """Contains details about a newly created channel handshake.

    Attributes:
        id: The unique identifier of the created handshake.
        arn: The Amazon Resource Name (ARN) of the created handshake.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "arn",
    )
    _WIRE_NAMES = frozenset(
        (
            "id",
            "arn",
        )
    )
    _CODECS = _CODEC_MODULE

    id: str | None
    arn: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        arn: str | None = None,
    ) -> None:
        self.id = id
        self.arn = arn


class CreateChannelHandshakeRequest(_Structure):
    """CreateChannelHandshakeRequest

    Attributes:
        handshake_type: The type of handshake to create (e.g., start service period,
            revoke service period). Required.
        catalog: The catalog identifier for the handshake request. Required.
        associated_resource_identifier: The identifier of the resource associated with
            this handshake. Required.
        payload: The payload containing specific details for the handshake type.
        client_token: A unique, case-sensitive identifier to ensure idempotency of the
            request. Filled with a random UUID when omitted.
        tags: Key-value pairs to associate with the channel handshake.
    """

    __module__ = __package__
    __slots__ = (
        "handshake_type",
        "catalog",
        "associated_resource_identifier",
        "payload",
        "client_token",
        "tags",
    )
    _WIRE_NAMES = frozenset(
        (
            "handshakeType",
            "catalog",
            "associatedResourceIdentifier",
            "payload",
            "clientToken",
            "tags",
        )
    )
    _REQUIRED = (
        "handshakeType",
        "catalog",
        "associatedResourceIdentifier",
    )
    _CODECS = _CODEC_MODULE

    handshake_type: HandshakeType | str
    catalog: str
    associated_resource_identifier: str
    payload: ChannelHandshakePayload | None
    client_token: str | None
    tags: _Sequence[Tag] | None

    def __init__(
        self,
        *,
        handshake_type: HandshakeType | _types.HandshakeTypeValue,
        catalog: str,
        associated_resource_identifier: str,
        payload: ChannelHandshakePayload | None = None,
        client_token: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
    ) -> None:
        self.handshake_type = handshake_type
        self.catalog = catalog
        self.associated_resource_identifier = associated_resource_identifier
        self.payload = payload
        self.client_token = client_token
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.tags = tags  # type: ignore[assignment]


class CreateChannelHandshakeResponse(_Structure):
    """CreateChannelHandshakeResponse

    Attributes:
        channel_handshake_detail: Details of the created channel handshake.
    """

    __module__ = __package__
    __slots__ = ("channel_handshake_detail",)
    _WIRE_NAMES = frozenset(("channelHandshakeDetail",))
    _CODECS = _CODEC_MODULE

    channel_handshake_detail: CreateChannelHandshakeDetail | None

    def __init__(
        self,
        *,
        channel_handshake_detail: CreateChannelHandshakeDetail | None = None,
    ) -> None:
        self.channel_handshake_detail = channel_handshake_detail


class RevokeServicePeriodPayload(_Structure):
    """Payload for revoke service period handshake requests.

    Attributes:
        program_management_account_identifier: The identifier of the program management
            account. Required.
        note: A note explaining the reason for revoking the service period.
    """

    __module__ = __package__
    __slots__ = (
        "program_management_account_identifier",
        "note",
    )
    _WIRE_NAMES = frozenset(
        (
            "programManagementAccountIdentifier",
            "note",
        )
    )
    _REQUIRED = ("programManagementAccountIdentifier",)
    _CODECS = _CODEC_MODULE

    program_management_account_identifier: str
    note: str | None

    def __init__(
        self,
        *,
        program_management_account_identifier: str,
        note: str | None = None,
    ) -> None:
        self.program_management_account_identifier = program_management_account_identifier
        self.note = note


class StartServicePeriodPayload(_Structure):
    """Payload for start service period handshake requests.

    Attributes:
        program_management_account_identifier: The identifier of the program management
            account. Required.
        note: A note providing additional information about the service period.
        service_period_type: The type of service period being started. Required.
        minimum_notice_days: The minimum number of days notice required for changes.
        end_date: The end date of the service period.
    """

    __module__ = __package__
    __slots__ = (
        "program_management_account_identifier",
        "note",
        "service_period_type",
        "minimum_notice_days",
        "end_date",
    )
    _WIRE_NAMES = frozenset(
        (
            "programManagementAccountIdentifier",
            "note",
            "servicePeriodType",
            "minimumNoticeDays",
            "endDate",
        )
    )
    _REQUIRED = (
        "programManagementAccountIdentifier",
        "servicePeriodType",
    )
    _CODECS = _CODEC_MODULE

    program_management_account_identifier: str
    note: str | None
    service_period_type: ServicePeriodType | str
    minimum_notice_days: str | None
    end_date: _dt.datetime | None

    def __init__(
        self,
        *,
        program_management_account_identifier: str,
        service_period_type: ServicePeriodType | _types.ServicePeriodTypeValue,
        note: str | None = None,
        minimum_notice_days: str | None = None,
        end_date: _dt.datetime | None = None,
    ) -> None:
        self.program_management_account_identifier = program_management_account_identifier
        self.note = note
        self.service_period_type = service_period_type
        self.minimum_notice_days = minimum_notice_days
        self.end_date = end_date
