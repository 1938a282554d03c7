"""Enums of the Partner Central Account API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class ConnectionTypeStatus(_OpenEnum):
    """ConnectionTypeStatus"""

    __module__ = __package__
    ACTIVE = "ACTIVE"
    CANCELED = "CANCELED"
