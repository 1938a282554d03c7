"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only UpdateCampaign calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Mapping as _Mapping
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
        TargetAudience,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._update_campaign"


class UpdateCampaignRequest(_Structure):
    """Input for UpdateCampaign operation.

    Attributes:
        catalog: The catalog (AWS or Sandbox). Required.
        campaign_identifier: The campaign identifier. Required.
        name: The display name.
        sender_email: Sets or replaces the address the campaign's emails are sent from.
        privacy_policy_url: Sets or replaces the URL of the partner's privacy policy.
        partner_address: Sets or replaces the partner's postal address.
        partner_badge: Sets or replaces the partner's badge, checked exactly as on
            `CreateCampaign`.
        email_target: Replaces the campaign's attached recipient list.
        email_target_engagement_group_ids: Engagement groups whose contacts the
            campaign's emails will also go to (see `CreateCampaign`).
        social_connections: Sets the account the campaign's social posts publish from,
            per platform.
        estimated_budget: What the partner expects the campaign to cost.
        total_budget: The campaign's total budget.
        target_audience: Target audience configuration.
        client_token: Idempotency token. Filled with a random UUID when omitted.
        start_on: The first day of the campaign's run window.
        end_on: The last day of the campaign's run window, inclusive and in UTC.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "campaign_identifier",
        "name",
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
        "client_token",
        "start_on",
        "end_on",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "CampaignIdentifier",
            "Name",
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
            "ClientToken",
            "StartOn",
            "EndOn",
        )
    )
    _REQUIRED = (
        "Catalog",
        "CampaignIdentifier",
    )
    _SENSITIVE = frozenset(
        (
            "sender_email",
            "partner_address",
        )
    )
    _CODECS = _CODEC_MODULE

    catalog: Catalog | str
    campaign_identifier: str
    name: str | None
    sender_email: str | None
    privacy_policy_url: str | None
    partner_address: str | None
    partner_badge: FileRef | None
    email_target: FileRef | None
    email_target_engagement_group_ids: _Sequence[str] | None
    social_connections: _Mapping[str, _Sequence[str]] | None
    estimated_budget: MonetaryValue | None
    total_budget: MonetaryValue | None
    target_audience: TargetAudience | None
    client_token: str | None
    start_on: str | None
    end_on: str | None

    def __init__(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifier: str,
        name: str | None = None,
        sender_email: str | None = None,
        privacy_policy_url: str | None = None,
        partner_address: str | None = None,
        partner_badge: FileRef | None = None,
        email_target: FileRef | None = None,
        email_target_engagement_group_ids: _types.SequenceNotStr[str] | None = None,
        social_connections: _Mapping[str, _types.SequenceNotStr[str]] | None = None,
        estimated_budget: MonetaryValue | None = None,
        total_budget: MonetaryValue | None = None,
        target_audience: TargetAudience | None = None,
        client_token: str | None = None,
        start_on: str | None = None,
        end_on: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.campaign_identifier = campaign_identifier
        self.name = name
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
        self.client_token = client_token
        self.start_on = start_on
        self.end_on = end_on


class UpdateCampaignResponse(_Structure):
    """Output for UpdateCampaign.

    Attributes:
        id: The campaign identifier. Required.
    """

    __module__ = __package__
    __slots__ = ("id",)
    _WIRE_NAMES = frozenset(("Id",))
    _REQUIRED = ("Id",)
    _CODECS = _CODEC_MODULE

    id: str

    def __init__(
        self,
        *,
        id: str,
    ) -> None:
        self.id = id
