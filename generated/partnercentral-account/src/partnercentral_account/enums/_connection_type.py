"""Enums of the Partner Central Account API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class ConnectionType(_OpenEnum):
    """ConnectionType"""

    __module__ = __package__
    OPPORTUNITY_COLLABORATION = "OPPORTUNITY_COLLABORATION"
    SUBSIDIARY = "SUBSIDIARY"
