"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only GetEngagementInvitation calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        EngagementInvitationPayloadType,
        InvitationStatus,
    )
    from . import (
        LeadInsights,
        Payload,
        ProspectingInsights,
        ProspectingResultCustomer,
        Receiver,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._get_engagement_invitation"


class EngagementMemberSummary(_Structure):
    """The EngagementMemberSummary provides a snapshot of essential information about
    participants in an AWS Partner Central Engagement. This compact data structure
    encapsulates key details of each member, facilitating efficient collaboration and
    management within the Engagement.

    Attributes:
        company_name: The official name of the member's company or organization.
        website_url: The URL of the member company's website.
    """

    __module__ = __package__
    __slots__ = (
        "company_name",
        "website_url",
    )
    _WIRE_NAMES = frozenset(
        (
            "CompanyName",
            "WebsiteUrl",
        )
    )
    _SENSITIVE = frozenset(("company_name",))
    _CODECS = _CODEC_MODULE

    company_name: str | None
    website_url: str | None

    def __init__(
        self,
        *,
        company_name: str | None = None,
        website_url: str | None = None,
    ) -> None:
        self.company_name = company_name
        self.website_url = website_url


class EnrichmentContext(_Structure):
    """Contains enrichment data for engagement invitations. You can view propensity scores,
    program eligibility, and lead readiness insights directly in the invitation, before you
    take action on the invitation.

    Attributes:
        prospecting_result_aws: The customer account data and propensity insights for
            the prospected account.
        lead_insights: The AI-generated lead readiness score for this lead.
    """

    __module__ = __package__
    __slots__ = (
        "prospecting_result_aws",
        "lead_insights",
    )
    _WIRE_NAMES = frozenset(
        (
            "ProspectingResultAws",
            "LeadInsights",
        )
    )
    _CODECS = _CODEC_MODULE

    prospecting_result_aws: InvitationProspectingResultAws | None
    lead_insights: LeadInsights | None

    def __init__(
        self,
        *,
        prospecting_result_aws: InvitationProspectingResultAws | None = None,
        lead_insights: LeadInsights | None = None,
    ) -> None:
        self.prospecting_result_aws = prospecting_result_aws
        self.lead_insights = lead_insights


class GetEngagementInvitationRequest(_Structure):
    """Contains the request parameters for the `GetEngagementInvitation` operation.

    Attributes:
        catalog: Specifies the catalog associated with the request. Required.
        identifier: Specifies the unique identifier for the retrieved engagement
            invitation. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier


class GetEngagementInvitationResponse(_Structure):
    """Contains the response that the `GetEngagementInvitation` action returns.

    Attributes:
        arn: The Amazon Resource Name (ARN) that identifies the engagement invitation.
        payload_type: The type of payload contained in the engagement invitation,
            indicating what data or context the...
        id: Unique identifier assigned to the engagement invitation being retrieved.
            Required.
        engagement_id: The identifier of the engagement associated with this
            invitation.This ID links the invitation to...
        engagement_title: The title of the engagement invitation, summarizing the
            purpose or objectives of the opportunity...
        status: The current status of the engagement invitation.
        invitation_date: The date when the engagement invitation was sent to the
            partner.
        expiration_date: Indicates the date on which the engagement invitation will
            expire if not accepted by the partner.
        sender_aws_account_id: Specifies the AWS Account ID of the sender, which
            identifies the AWS team responsible for sharing...
        sender_company_name: The name of the AWS organization or team that sent the
            engagement invitation.
        receiver: Information about the partner organization or team that received the
            engagement invitation...
        catalog: Indicates the catalog from which the engagement invitation details are
            retrieved. Required.
        rejection_reason: If the engagement invitation was rejected, this field
            specifies the reason provided by the...
        payload: Details of the engagement invitation payload, including specific data
            relevant to the...
        invitation_message: The message sent to the invited partner when the invitation
            was created.
        engagement_description: The description of the engagement associated with this
            invitation.
        existing_members: A list of active members currently part of the Engagement.
        enrichment_context: The enrichment data for the engagement associated with this
            invitation.
    """

    __module__ = __package__
    __slots__ = (
        "arn",
        "payload_type",
        "id",
        "engagement_id",
        "engagement_title",
        "status",
        "invitation_date",
        "expiration_date",
        "sender_aws_account_id",
        "sender_company_name",
        "receiver",
        "catalog",
        "rejection_reason",
        "payload",
        "invitation_message",
        "engagement_description",
        "existing_members",
        "enrichment_context",
    )
    _WIRE_NAMES = frozenset(
        (
            "Arn",
            "PayloadType",
            "Id",
            "EngagementId",
            "EngagementTitle",
            "Status",
            "InvitationDate",
            "ExpirationDate",
            "SenderAwsAccountId",
            "SenderCompanyName",
            "Receiver",
            "Catalog",
            "RejectionReason",
            "Payload",
            "InvitationMessage",
            "EngagementDescription",
            "ExistingMembers",
            "EnrichmentContext",
        )
    )
    _REQUIRED = (
        "Id",
        "Catalog",
    )
    _SENSITIVE = frozenset(
        (
            "sender_aws_account_id",
            "invitation_message",
        )
    )
    _CODECS = _CODEC_MODULE

    arn: str | None
    payload_type: EngagementInvitationPayloadType | str | None
    id: str
    engagement_id: str | None
    engagement_title: str | None
    status: InvitationStatus | str | None
    invitation_date: _dt.datetime | None
    expiration_date: _dt.datetime | None
    sender_aws_account_id: str | None
    sender_company_name: str | None
    receiver: Receiver | None
    catalog: str
    rejection_reason: str | None
    payload: Payload | None
    invitation_message: str | None
    engagement_description: str | None
    existing_members: list[EngagementMemberSummary] | None
    enrichment_context: EnrichmentContext | None

    def __init__(
        self,
        *,
        id: str,
        catalog: str,
        arn: str | None = None,
        payload_type: (
            EngagementInvitationPayloadType | _types.EngagementInvitationPayloadTypeValue | None
        ) = None,
        engagement_id: str | None = None,
        engagement_title: str | None = None,
        status: InvitationStatus | _types.InvitationStatusValue | None = None,
        invitation_date: _dt.datetime | None = None,
        expiration_date: _dt.datetime | None = None,
        sender_aws_account_id: str | None = None,
        sender_company_name: str | None = None,
        receiver: Receiver | None = None,
        rejection_reason: str | None = None,
        payload: Payload | None = None,
        invitation_message: str | None = None,
        engagement_description: str | None = None,
        existing_members: _types.SequenceNotStr[EngagementMemberSummary] | None = None,
        enrichment_context: EnrichmentContext | None = None,
    ) -> None:
        self.arn = arn
        self.payload_type = payload_type
        self.id = id
        self.engagement_id = engagement_id
        self.engagement_title = engagement_title
        self.status = status
        self.invitation_date = invitation_date
        self.expiration_date = expiration_date
        self.sender_aws_account_id = sender_aws_account_id
        self.sender_company_name = sender_company_name
        self.receiver = receiver
        self.catalog = catalog
        self.rejection_reason = rejection_reason
        self.payload = payload
        self.invitation_message = invitation_message
        self.engagement_description = engagement_description
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.existing_members = existing_members  # type: ignore[assignment]
        self.enrichment_context = enrichment_context


class InvitationProspectingResultAws(_Structure):
    """A subset of prospecting result data visible to invitation receivers. It includes
    customer account details and AI-generated insights.

    Attributes:
        customer: The prospected customer account details, including geographic
            classification, industry...
        insights: The AI-generated insights from the prospecting analysis, including
            marketplace engagement...
    """

    __module__ = __package__
    __slots__ = (
        "customer",
        "insights",
    )
    _WIRE_NAMES = frozenset(
        (
            "Customer",
            "Insights",
        )
    )
    _CODECS = _CODEC_MODULE

    customer: ProspectingResultCustomer | None
    insights: ProspectingInsights | None

    def __init__(
        self,
        *,
        customer: ProspectingResultCustomer | None = None,
        insights: ProspectingInsights | None = None,
    ) -> None:
        self.customer = customer
        self.insights = insights
