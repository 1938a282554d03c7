"""Enums of the Partner Central Marketing API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class CampaignAssetTemplateType(_OpenEnum):
    """The kind of asset an asset template instantiates as."""

    __module__ = __package__
    EMAIL = "EMAIL"
    SOCIAL_POST = "SOCIAL_POST"
    LANDING_PAGE = "LANDING_PAGE"
    BANNER_AD = "BANNER_AD"
    DOCUMENT = "DOCUMENT"
