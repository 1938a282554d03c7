"""Enums of the Partner Central Channel API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class ChannelContractStatus(_OpenEnum):
    """ChannelContractStatus"""

    __module__ = __package__
    PENDING = "PENDING"
    ACCEPTED = "ACCEPTED"
    EXPIRED = "EXPIRED"
    CANCELED = "CANCELED"
    INACTIVE = "INACTIVE"
