"""Enums of the Partner Central Marketing API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class SendMode(_OpenEnum):
    """When a sendable asset (`EMAIL`, `SOCIAL_POST`) sends. See
    `UpdateCampaignAssetRequest$SendMode`.
    """

    __module__ = __package__
    ON_ACTIVATION = "ON_ACTIVATION"
    SCHEDULED = "SCHEDULED"
