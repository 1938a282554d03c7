"""Enums of the Partner Central Marketing API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class CampaignAssetCategory(_OpenEnum):
    """The kind of a campaign asset.

    Shares its vocabulary with CampaignAssetTemplateType, deliberately: an asset is
    instantiated from a blueprint and carries the blueprint's kind forward, so two spellings
    of one concept only ever diverge. LANDING_PAGE, SOCIAL_POST and BANNER_AD were
    previously WEBPAGE, SOCIAL and VISUAL_AD here while the template side already used these
    names, and nothing mapped between them.

    DG-038 removed VIDEO. Its own comment here recorded why it was the odd one -- "video
    assets are uploaded rather than instantiated from a blueprint" -- and once
    BatchCreateCampaignAsset became the only create path, nothing uploads an asset into
    existence, so the value was unreachable rather than merely unused. The five remaining
    values correspond one-to-one with CampaignAssetTemplateType, which is what lets the
    blueprint-to-category mapping be a total switch with no default arm.
    """

    __module__ = __package__
    EMAIL = "EMAIL"
    LANDING_PAGE = "LANDING_PAGE"
    SOCIAL_POST = "SOCIAL_POST"
    BANNER_AD = "BANNER_AD"
    DOCUMENT = "DOCUMENT"
