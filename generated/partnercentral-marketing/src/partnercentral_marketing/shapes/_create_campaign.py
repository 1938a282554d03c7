"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only CreateCampaign calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        Catalog,
    )
    from . import (
        FileRef,
        MonetaryValue,
        Tag,
        TargetAudience,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._create_campaign"


class CreateCampaignRequest(_Structure):
    """Input for CreateCampaign operation.

    Attributes:
        catalog: The catalog (AWS or Sandbox). Required.
        name: The display name. Required.
        campaign_template_id: The campaign template this campaign draws its assets from.
            Required.
        sender_email: The address every email of this campaign is sent from.
        privacy_policy_url: The URL of the partner's privacy policy, linked from every
            email and landing page footer.
        partner_address: The partner's physical postal address, shown in every email
            footer and as a landing page's...
        partner_badge: The partner's badge — a tier or designation badge from AWS
            Partner Badge Manager — shown in every...
        email_target: The campaign's send audience — a CSV of recipient email addresses.
        email_target_engagement_group_ids: Engagement groups whose contacts the
            campaign's emails will also go to: the `Id`s...
        target_audience: Advisory targeting metadata.
        estimated_budget: What the partner expects the campaign to cost.
        total_budget: The campaign's total budget.
        start_on: The first day of the campaign's run window.
        end_on: The last day of the campaign's run window, inclusive and in UTC.
        client_token: Idempotency token. Filled with a random UUID when omitted.
        tags: Tags to apply at creation.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "name",
        "campaign_template_id",
        "sender_email",
        "privacy_policy_url",
        "partner_address",
        "partner_badge",
        "email_target",
        "email_target_engagement_group_ids",
        "target_audience",
        "estimated_budget",
        "total_budget",
        "start_on",
        "end_on",
        "client_token",
        "tags",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Name",
            "CampaignTemplateId",
            "SenderEmail",
            "PrivacyPolicyUrl",
            "PartnerAddress",
            "PartnerBadge",
            "EmailTarget",
            "EmailTargetEngagementGroupIds",
            "TargetAudience",
            "EstimatedBudget",
            "TotalBudget",
            "StartOn",
            "EndOn",
            "ClientToken",
            "Tags",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Name",
        "CampaignTemplateId",
    )
    _SENSITIVE = frozenset(
        (
            "sender_email",
            "partner_address",
        )
    )
    _CODECS = _CODEC_MODULE

    catalog: Catalog | str
    name: str
    campaign_template_id: str
    sender_email: str | None
    privacy_policy_url: str | None
    partner_address: str | None
    partner_badge: FileRef | None
    email_target: FileRef | None
    email_target_engagement_group_ids: _Sequence[str] | None
    target_audience: TargetAudience | None
    estimated_budget: MonetaryValue | None
    total_budget: MonetaryValue | None
    start_on: str | None
    end_on: str | None
    client_token: str | None
    tags: _Sequence[Tag] | None

    def __init__(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        name: str,
        campaign_template_id: str,
        sender_email: str | None = None,
        privacy_policy_url: str | None = None,
        partner_address: str | None = None,
        partner_badge: FileRef | None = None,
        email_target: FileRef | None = None,
        email_target_engagement_group_ids: _types.SequenceNotStr[str] | None = None,
        target_audience: TargetAudience | None = None,
        estimated_budget: MonetaryValue | None = None,
        total_budget: MonetaryValue | None = None,
        start_on: str | None = None,
        end_on: str | None = None,
        client_token: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
    ) -> None:
        self.catalog = catalog
        self.name = name
        self.campaign_template_id = campaign_template_id
        self.sender_email = sender_email
        self.privacy_policy_url = privacy_policy_url
        self.partner_address = partner_address
        self.partner_badge = partner_badge
        self.email_target = email_target
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.email_target_engagement_group_ids = email_target_engagement_group_ids  # type: ignore[assignment]
        self.target_audience = target_audience
        self.estimated_budget = estimated_budget
        self.total_budget = total_budget
        self.start_on = start_on
        self.end_on = end_on
        self.client_token = client_token
        self.tags = tags  # type: ignore[assignment]


class CreateCampaignResponse(_Structure):
    """Output for CreateCampaign.

    Attributes:
        id: The new campaign's identifier. Required.
        arn: The new campaign's ARN. Required.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "arn",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Arn",
        )
    )
    _REQUIRED = (
        "Id",
        "Arn",
    )
    _CODECS = _CODEC_MODULE

    id: str
    arn: str

    def __init__(
        self,
        *,
        id: str,
        arn: str,
    ) -> None:
        self.id = id
        self.arn = arn
