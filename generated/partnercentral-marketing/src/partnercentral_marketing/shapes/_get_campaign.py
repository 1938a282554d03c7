"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only GetCampaign calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Mapping as _Mapping
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        AssetLanguage,
        CampaignState,
        Catalog,
        ScanStatus,
    )
    from . import (
        ActivationIssue,
        MonetaryValue,
        TargetAudience,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._get_campaign"


class Campaign(_Structure):
    """A marketing campaign resource.

    Attributes:
        campaign_id: The campaign identifier. Required.
        arn: The campaign ARN. Required.
        name: The display name. Required.
        state: The campaign's state, derived on every read from `EndOn` and its assets.
            Required.
        campaign_template_id: The campaign template this campaign draws its assets from.
        language: The language the campaign's assets are written and typeset in: its
            template's `LanguageCode`, set...
        partner_profile: The partner's branding — display name, website and logo — from
            their AWS Partner Central profile...
        sender_email: The address the campaign's emails are sent from.
        privacy_policy_url: The URL of the partner's privacy policy.
        partner_address: The partner's postal address.
        partner_badge: The partner's badge.
        email_target: The attached recipient list — metadata only.
        email_target_engagement_group_ids: The engagement groups set by `CreateCampaign`
            / `UpdateCampaign`.
        social_connections: The account the campaign's social posts publish from, per
            platform, as set by `UpdateCampaign`.
        estimated_budget: What the partner expects the campaign to cost.
        total_budget: The campaign's total budget.
        target_audience: Target audience configuration.
        start_on: The first day of the campaign's run window.
        end_on: The last day of the campaign's run window.
        created_at: Creation timestamp.
        updated_at: Last update timestamp.
        activation_issues: Campaign settings that must be set before the assets listed
            in each issue can be activated. Required.
    """

    __module__ = __package__
    __slots__ = (
        "campaign_id",
        "arn",
        "name",
        "state",
        "campaign_template_id",
        "language",
        "partner_profile",
        "sender_email",
        "privacy_policy_url",
        "partner_address",
        "partner_badge",
        "email_target",
        "email_target_engagement_group_ids",
        "social_connections",
        "estimated_budget",
        "total_budget",
        "target_audience",
        "start_on",
        "end_on",
        "created_at",
        "updated_at",
        "activation_issues",
    )
    _WIRE_NAMES = frozenset(
        (
            "CampaignId",
            "Arn",
            "Name",
            "State",
            "CampaignTemplateId",
            "Language",
            "PartnerProfile",
            "SenderEmail",
            "PrivacyPolicyUrl",
            "PartnerAddress",
            "PartnerBadge",
            "EmailTarget",
            "EmailTargetEngagementGroupIds",
            "SocialConnections",
            "EstimatedBudget",
            "TotalBudget",
            "TargetAudience",
            "StartOn",
            "EndOn",
            "CreatedAt",
            "UpdatedAt",
            "ActivationIssues",
        )
    )
    _REQUIRED = (
        "CampaignId",
        "Arn",
        "Name",
        "State",
        "ActivationIssues",
    )
    _SENSITIVE = frozenset(
        (
            "sender_email",
            "partner_address",
        )
    )
    _CODECS = _CODEC_MODULE

    campaign_id: str
    arn: str
    name: str
    state: CampaignState | str
    campaign_template_id: str | None
    language: AssetLanguage | str | None
    partner_profile: PartnerProfileBranding | None
    sender_email: str | None
    privacy_policy_url: str | None
    partner_address: str | None
    partner_badge: PartnerBadgeDetail | None
    email_target: EmailTargetDetail | None
    email_target_engagement_group_ids: _Sequence[str] | None
    social_connections: _Mapping[str, _Sequence[str]] | None
    estimated_budget: MonetaryValue | None
    total_budget: MonetaryValue | None
    target_audience: TargetAudience | None
    start_on: str | None
    end_on: str | None
    created_at: _dt.datetime | None
    updated_at: _dt.datetime | None
    activation_issues: list[ActivationIssue]

    def __init__(
        self,
        *,
        campaign_id: str,
        arn: str,
        name: str,
        state: CampaignState | _types.CampaignStateValue,
        activation_issues: _types.SequenceNotStr[ActivationIssue],
        campaign_template_id: str | None = None,
        language: AssetLanguage | _types.AssetLanguageValue | None = None,
        partner_profile: PartnerProfileBranding | None = None,
        sender_email: str | None = None,
        privacy_policy_url: str | None = None,
        partner_address: str | None = None,
        partner_badge: PartnerBadgeDetail | None = None,
        email_target: EmailTargetDetail | None = None,
        email_target_engagement_group_ids: _types.SequenceNotStr[str] | None = None,
        social_connections: _Mapping[str, _types.SequenceNotStr[str]] | None = None,
        estimated_budget: MonetaryValue | None = None,
        total_budget: MonetaryValue | None = None,
        target_audience: TargetAudience | None = None,
        start_on: str | None = None,
        end_on: str | None = None,
        created_at: _dt.datetime | None = None,
        updated_at: _dt.datetime | None = None,
    ) -> None:
        self.campaign_id = campaign_id
        self.arn = arn
        self.name = name
        self.state = state
        self.campaign_template_id = campaign_template_id
        self.language = language
        self.partner_profile = partner_profile
        self.sender_email = sender_email
        self.privacy_policy_url = privacy_policy_url
        self.partner_address = partner_address
        self.partner_badge = partner_badge
        self.email_target = email_target
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.email_target_engagement_group_ids = email_target_engagement_group_ids  # type: ignore[assignment]
        self.social_connections = social_connections  # type: ignore[assignment]
        self.estimated_budget = estimated_budget
        self.total_budget = total_budget
        self.target_audience = target_audience
        self.start_on = start_on
        self.end_on = end_on
        self.created_at = created_at
        self.updated_at = updated_at
        self.activation_issues = activation_issues  # type: ignore[assignment]


class EmailTargetDetail(_Structure):
    """The campaign's attached recipient list, as read — metadata only.

    No URL and no \\`S3Uri\\`, presigned or otherwise. The file is a list of email addresses
    belonging to people who are not the partner, so there is no read path for the bytes at
    all; what a caller needs is whether the list was accepted and how many recipients it
    resolved to.

    The three counts describe the file as it was read when attached. They are absent for a
    list attached before the service began reading lists at upload.

    Attributes:
        scan_status: The scan verdict for the attached list.
        attached_at: When the list was attached.
        valid_count: Distinct usable addresses — the recipients an email activation
            sends to.
        rejected_count: Rows skipped because their email cell is not a usable address.
        duplicate_count: Rows repeating an address already counted.
        file_name: The display name of the uploaded file, as the partner named it, with
            no path: for example...
    """

    __module__ = __package__
    __slots__ = (
        "scan_status",
        "attached_at",
        "valid_count",
        "rejected_count",
        "duplicate_count",
        "file_name",
    )
    _WIRE_NAMES = frozenset(
        (
            "ScanStatus",
            "AttachedAt",
            "ValidCount",
            "RejectedCount",
            "DuplicateCount",
            "FileName",
        )
    )
    _CODECS = _CODEC_MODULE

    scan_status: ScanStatus | str | None
    attached_at: _dt.datetime | None
    valid_count: int | None
    rejected_count: int | None
    duplicate_count: int | None
    file_name: str | None

    def __init__(
        self,
        *,
        scan_status: ScanStatus | _types.ScanStatusValue | None = None,
        attached_at: _dt.datetime | None = None,
        valid_count: int | None = None,
        rejected_count: int | None = None,
        duplicate_count: int | None = None,
        file_name: str | None = None,
    ) -> None:
        self.scan_status = scan_status
        self.attached_at = attached_at
        self.valid_count = valid_count
        self.rejected_count = rejected_count
        self.duplicate_count = duplicate_count
        self.file_name = file_name


class GetCampaignRequest(_Structure):
    """Input for GetCampaign operation.

    Attributes:
        catalog: The catalog (AWS or Sandbox). Required.
        campaign_identifier: The campaign identifier. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "campaign_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "CampaignIdentifier",
        )
    )
    _REQUIRED = (
        "Catalog",
        "CampaignIdentifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: Catalog | str
    campaign_identifier: str

    def __init__(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifier: str,
    ) -> None:
        self.catalog = catalog
        self.campaign_identifier = campaign_identifier


class GetCampaignResponse(_Structure):
    """Output for GetCampaign.

    Attributes:
        campaign: The campaign. Required.
    """

    __module__ = __package__
    __slots__ = ("campaign",)
    _WIRE_NAMES = frozenset(("Campaign",))
    _REQUIRED = ("Campaign",)
    _CODECS = _CODEC_MODULE

    campaign: Campaign

    def __init__(
        self,
        *,
        campaign: Campaign,
    ) -> None:
        self.campaign = campaign


class PartnerBadgeDetail(_Structure):
    """The campaign's partner badge, as read.

    Attributes:
        url: A presigned GET of the badge, which expires one hour after the read: fetch
            it again with... Required.
        attached_at: When the badge was set. Required.
    """

    __module__ = __package__
    __slots__ = (
        "url",
        "attached_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "Url",
            "AttachedAt",
        )
    )
    _REQUIRED = (
        "Url",
        "AttachedAt",
    )
    _CODECS = _CODEC_MODULE

    url: str
    attached_at: _dt.datetime

    def __init__(
        self,
        *,
        url: str,
        attached_at: _dt.datetime,
    ) -> None:
        self.url = url
        self.attached_at = attached_at


class PartnerProfileBranding(_Structure):
    """A partner's branding, read from their AWS Partner Central profile.

    The profile is the only source: a campaign carries no branding of its own, so every
    campaign of a partner shows the same identity, vetted by Partner Central. Edit it in
    Partner Central.

    Attributes:
        display_name: The profile's display name.
        website_url: The profile's website.
        logo_url: The profile's logo URL, as AWS Partner Central serves it — the image
            every asset of the campaign...
        refreshed_at: When this branding was last read from Partner Central. Required.
    """

    __module__ = __package__
    __slots__ = (
        "display_name",
        "website_url",
        "logo_url",
        "refreshed_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "DisplayName",
            "WebsiteUrl",
            "LogoUrl",
            "RefreshedAt",
        )
    )
    _REQUIRED = ("RefreshedAt",)
    _CODECS = _CODEC_MODULE

    display_name: str | None
    website_url: str | None
    logo_url: str | None
    refreshed_at: _dt.datetime

    def __init__(
        self,
        *,
        refreshed_at: _dt.datetime,
        display_name: str | None = None,
        website_url: str | None = None,
        logo_url: str | None = None,
    ) -> None:
        self.display_name = display_name
        self.website_url = website_url
        self.logo_url = logo_url
        self.refreshed_at = refreshed_at
