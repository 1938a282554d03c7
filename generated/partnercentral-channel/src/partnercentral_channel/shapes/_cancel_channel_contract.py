"""Shapes of the Partner Central Channel API (internal: import them from ``shapes``).

The shapes only CancelChannelContract calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        ChannelContractStatus,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._cancel_channel_contract"


class CancelChannelContractDetail(_Structure):
    """Contains details about a canceled channel contract.

    Attributes:
        id: The unique identifier of the canceled channel contract.
        arn: The Amazon Resource Name (ARN) of the canceled channel contract.
        status: The current status of the canceled channel contract.
        cancellation_reason: The reason the channel contract was canceled, if one was
            provided.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "arn",
        "status",
        "cancellation_reason",
    )
    _WIRE_NAMES = frozenset(
        (
            "id",
            "arn",
            "status",
            "cancellationReason",
        )
    )
    _CODECS = _CODEC_MODULE

    id: str | None
    arn: str | None
    status: ChannelContractStatus | str | None
    cancellation_reason: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        arn: str | None = None,
        status: ChannelContractStatus | _types.ChannelContractStatusValue | None = None,
        cancellation_reason: str | None = None,
    ) -> None:
        self.id = id
        self.arn = arn
        self.status = status
        self.cancellation_reason = cancellation_reason


class CancelChannelContractRequest(_Structure):
    """CancelChannelContractRequest

    Attributes:
        catalog: The catalog identifier for the channel contract. Required.
        identifier: The unique identifier of the channel contract to cancel. Required.
        reason: The reason for canceling the channel contract.
        client_token: A unique, case-sensitive identifier to ensure idempotency of the
            request. Filled with a random UUID when omitted.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
        "reason",
        "client_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "catalog",
            "identifier",
            "reason",
            "clientToken",
        )
    )
    _REQUIRED = (
        "catalog",
        "identifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str
    reason: str | None
    client_token: str | None

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        reason: str | None = None,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.reason = reason
        self.client_token = client_token


class CancelChannelContractResponse(_Structure):
    """CancelChannelContractResponse

    Attributes:
        channel_contract_detail: Details of the canceled channel contract.
    """

    __module__ = __package__
    __slots__ = ("channel_contract_detail",)
    _WIRE_NAMES = frozenset(("channelContractDetail",))
    _CODECS = _CODEC_MODULE

    channel_contract_detail: CancelChannelContractDetail | None

    def __init__(
        self,
        *,
        channel_contract_detail: CancelChannelContractDetail | None = None,
    ) -> None:
        self.channel_contract_detail = channel_contract_detail
