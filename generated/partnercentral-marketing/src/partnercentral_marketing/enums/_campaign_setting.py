"""Enums of the Partner Central Marketing API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class CampaignSetting(_OpenEnum):
    """A campaign setting, named by its `Campaign` member: one an asset field shows, or one an
    asset needs before it can activate (`ActivationIssue$CampaignSetting`).
    """

    __module__ = __package__
    SENDER_EMAIL = "SENDER_EMAIL"
    END_ON = "END_ON"
    EMAIL_TARGET = "EMAIL_TARGET"
    PRIVACY_POLICY_URL = "PRIVACY_POLICY_URL"
    PARTNER_ADDRESS = "PARTNER_ADDRESS"
    PARTNER_BADGE = "PARTNER_BADGE"


class PartnerProfileField(_OpenEnum):
    """A value of the partner's AWS Partner Central profile that an asset field shows, or that
    an asset needs before it can activate (`ActivationIssue$PartnerProfileField`). Each
    names a member of `PartnerProfileBranding`.
    """

    __module__ = __package__
    DISPLAY_NAME = "DISPLAY_NAME"
    WEBSITE_URL = "WEBSITE_URL"
    LOGO = "LOGO"
    WEBSITE_DOMAIN = "WEBSITE_DOMAIN"
    COPYRIGHT_LINE = "COPYRIGHT_LINE"
    PARTNER_DETAILS = "PARTNER_DETAILS"
    COPYRIGHT_AND_DETAILS = "COPYRIGHT_AND_DETAILS"
    COPYRIGHT_YEAR_LINE = "COPYRIGHT_YEAR_LINE"
