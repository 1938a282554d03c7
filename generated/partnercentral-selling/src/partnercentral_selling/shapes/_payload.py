"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only CreateEngagementInvitation and GetEngagementInvitation calls hold,
imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure
from typed_aws_runtime.model.structure import TaggedUnion as _TaggedUnion
from typed_aws_runtime.model.structure import UnknownVariant as _UnknownVariant

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        ContactWindow,
        OpportunityType,
        ReceiverResponsibility,
    )
    from . import (
        AccountCustomer,
        EngagementCustomer,
        ExpectedCustomerSpend,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._payload"


class AccountPlanningInvitationPayload(_Structure):
    """The content of an account-planning invitation. It carries what the invited party needs
    to identify which account the plan concerns, because the receiver can't read the account
    resource directly. The account can be named by its identifier, by a customer identity
    snapshot, or both.

    Attributes:
        account_identifier: The identifier of the customer account that the plan
            concerns, as an Amazon Resource Name (ARN)...
        customer: A caller-supplied snapshot of the customer company's identity, so that
            the receiver can tell...
        sender_contacts: The sender's contact information for this account plan.
        preferred_contact: When the sender prefers to be contacted about this account
            plan.
    """

    __module__ = __package__
    __slots__ = (
        "account_identifier",
        "customer",
        "sender_contacts",
        "preferred_contact",
    )
    _WIRE_NAMES = frozenset(
        (
            "AccountIdentifier",
            "Customer",
            "SenderContacts",
            "PreferredContact",
        )
    )
    _CODECS = _CODEC_MODULE

    account_identifier: str | None
    customer: AccountCustomer | None
    sender_contacts: _Sequence[SenderContact] | None
    preferred_contact: PreferredContactWindow | None

    def __init__(
        self,
        *,
        account_identifier: str | None = None,
        customer: AccountCustomer | None = None,
        sender_contacts: _types.SequenceNotStr[SenderContact] | None = None,
        preferred_contact: PreferredContactWindow | None = None,
    ) -> None:
        self.account_identifier = account_identifier
        self.customer = customer
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.sender_contacts = sender_contacts  # type: ignore[assignment]
        self.preferred_contact = preferred_contact


class LeadInvitationCustomer(_Structure):
    """Contains customer information included in a lead invitation payload. This structure
    provides essential details about the customer to help partners evaluate the lead
    opportunity and determine their interest in engagement.

    Attributes:
        industry: Specifies the industry sector of the customer company associated with
            the lead invitation.
        company_name: The name of the customer company associated with the lead
            invitation. Required.
        website_url: The website URL of the customer company.
        country_code: The country code indicating the geographic location of the
            customer company.
        aws_maturity: Indicates the customer's level of experience and adoption with AWS
            services.
        market_segment: Specifies the market segment classification of the customer,
            such as enterprise, mid-market, or...
    """

    __module__ = __package__
    __slots__ = (
        "industry",
        "company_name",
        "website_url",
        "country_code",
        "aws_maturity",
        "market_segment",
    )
    _WIRE_NAMES = frozenset(
        (
            "Industry",
            "CompanyName",
            "WebsiteUrl",
            "CountryCode",
            "AwsMaturity",
            "MarketSegment",
        )
    )
    _REQUIRED = ("CompanyName",)
    _SENSITIVE = frozenset(
        (
            "company_name",
            "website_url",
            "country_code",
        )
    )
    _CODECS = _CODEC_MODULE

    industry: str | None
    company_name: str
    website_url: str | None
    country_code: str | None
    aws_maturity: str | None
    market_segment: str | None

    def __init__(
        self,
        *,
        company_name: str,
        industry: str | None = None,
        website_url: str | None = None,
        country_code: str | None = None,
        aws_maturity: str | None = None,
        market_segment: str | None = None,
    ) -> None:
        self.industry = industry
        self.company_name = company_name
        self.website_url = website_url
        self.country_code = country_code
        self.aws_maturity = aws_maturity
        self.market_segment = market_segment


class LeadInvitationInteraction(_Structure):
    """Represents interaction details included in a lead invitation payload. This structure
    provides context about how the lead was generated and the customer's engagement history
    to help partners assess the opportunity quality.

    Attributes:
        source_type: Specifies the type of source that generated the lead interaction,
            such as "Event", "Website", or...
        source_id: The unique identifier of the specific source that generated the lead
            interaction.
        source_name: The descriptive name of the source that generated the lead
            interaction.
        usecase: Describes the specific use case or business scenario associated with
            the lead interaction.
        contact_business_title: The business title or job role of the customer contact
            involved in the lead interaction. Required.
    """

    __module__ = __package__
    __slots__ = (
        "source_type",
        "source_id",
        "source_name",
        "usecase",
        "contact_business_title",
    )
    _WIRE_NAMES = frozenset(
        (
            "SourceType",
            "SourceId",
            "SourceName",
            "Usecase",
            "ContactBusinessTitle",
        )
    )
    _REQUIRED = ("ContactBusinessTitle",)
    _SENSITIVE = frozenset(("contact_business_title",))
    _CODECS = _CODEC_MODULE

    source_type: str | None
    source_id: str | None
    source_name: str | None
    usecase: str | None
    contact_business_title: str

    def __init__(
        self,
        *,
        contact_business_title: str,
        source_type: str | None = None,
        source_id: str | None = None,
        source_name: str | None = None,
        usecase: str | None = None,
    ) -> None:
        self.source_type = source_type
        self.source_id = source_id
        self.source_name = source_name
        self.usecase = usecase
        self.contact_business_title = contact_business_title


class LeadInvitationPayload(_Structure):
    """Represents the data payload of an engagement invitation for a lead opportunity. This
    contains detailed information about the customer and interaction history that partners
    use to evaluate whether to accept the lead engagement invitation.

    Attributes:
        customer: Contains information about the customer associated with the lead
            invitation. Required.
        interaction: Describes the interaction details associated with the lead,
            including the source of the lead... Required.
    """

    __module__ = __package__
    __slots__ = (
        "customer",
        "interaction",
    )
    _WIRE_NAMES = frozenset(
        (
            "Customer",
            "Interaction",
        )
    )
    _REQUIRED = (
        "Customer",
        "Interaction",
    )
    _CODECS = _CODEC_MODULE

    customer: LeadInvitationCustomer
    interaction: LeadInvitationInteraction

    def __init__(
        self,
        *,
        customer: LeadInvitationCustomer,
        interaction: LeadInvitationInteraction,
    ) -> None:
        self.customer = customer
        self.interaction = interaction


class OpportunityInvitationPayload(_Structure):
    """Represents the data payload of an Engagement Invitation for a specific opportunity. This
    contains detailed information that partners use to evaluate the engagement.

    Attributes:
        sender_contacts: Represents the contact details of the AWS representatives
            involved in sending the Engagement...
        receiver_responsibilities: Outlines the responsibilities or expectations of the
            receiver in the context of the invitation. Required.
        customer: Contains information about the customer related to the opportunity in
            the Engagement Invitation. Required.
        project: Describes the project details associated with the opportunity,
            including the customer’s needs and... Required.
        opportunity_type: The type of the opportunity being shared.
    """

    __module__ = __package__
    __slots__ = (
        "sender_contacts",
        "receiver_responsibilities",
        "customer",
        "project",
        "opportunity_type",
    )
    _WIRE_NAMES = frozenset(
        (
            "SenderContacts",
            "ReceiverResponsibilities",
            "Customer",
            "Project",
            "OpportunityType",
        )
    )
    _REQUIRED = (
        "ReceiverResponsibilities",
        "Customer",
        "Project",
    )
    _CODECS = _CODEC_MODULE

    sender_contacts: _Sequence[SenderContact] | None
    receiver_responsibilities: _Sequence[ReceiverResponsibility | str]
    customer: EngagementCustomer
    project: ProjectDetails
    opportunity_type: OpportunityType | str | None

    def __init__(
        self,
        *,
        receiver_responsibilities: _types.SequenceNotStr[
            ReceiverResponsibility | _types.ReceiverResponsibilityValue
        ],
        customer: EngagementCustomer,
        project: ProjectDetails,
        sender_contacts: _types.SequenceNotStr[SenderContact] | None = None,
        opportunity_type: OpportunityType | _types.OpportunityTypeValue | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.sender_contacts = sender_contacts  # type: ignore[assignment]
        self.receiver_responsibilities = receiver_responsibilities  # type: ignore[assignment]
        self.customer = customer
        self.project = project
        self.opportunity_type = opportunity_type


class Payload(_TaggedUnion):
    """Contains the data payload associated with the Engagement Invitation. This payload
    includes essential details related to the AWS opportunity and is used by partners to
    evaluate whether to accept or reject the engagement.

    A union: set exactly one variant by building one of `PayloadOpportunityInvitation`,
    `PayloadLeadInvitation`, `PayloadAccountPlanningInvitation`. A variant added to the
    service later is received as `PayloadUnknown`.
    """

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(
        (
            "OpportunityInvitation",
            "LeadInvitation",
            "AccountPlanningInvitation",
        )
    )
    _CODECS = _CODEC_MODULE


class PayloadOpportunityInvitation(Payload):
    """The `OpportunityInvitation` variant of `Payload`.

    Specifies the details of the opportunity invitation within the Engagement Invitation
    payload. This data helps partners understand the context, scope, and expected
    involvement for the opportunity from AWS.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "OpportunityInvitation"
    value: OpportunityInvitationPayload

    def __init__(self, value: OpportunityInvitationPayload) -> None:
        self.value = value


class PayloadLeadInvitation(Payload):
    """The `LeadInvitation` variant of `Payload`.

    Specifies the details of the lead invitation within the Engagement Invitation payload.
    This data helps partners understand the lead context, customer information, and
    interaction history for the lead opportunity from AWS.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "LeadInvitation"
    value: LeadInvitationPayload

    def __init__(self, value: LeadInvitationPayload) -> None:
        self.value = value


class PayloadAccountPlanningInvitation(Payload):
    """The `AccountPlanningInvitation` variant of `Payload`.

    The content of an account-planning invitation. This field is present when the invitation
    is for account planning.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "AccountPlanningInvitation"
    value: AccountPlanningInvitationPayload

    def __init__(self, value: AccountPlanningInvitationPayload) -> None:
        self.value = value


class PayloadUnknown(_UnknownVariant, Payload):
    """A variant of Payload this client does not know (kept, not lost)."""

    __module__ = __package__
    __slots__ = ()


class PreferredContactWindow(_Structure):
    """The time window during which the sender prefers to be contacted about an account plan.
    This information is advisory. Both fields are optional.

    Attributes:
        window: The preferred time-of-day band for contact.
        timezone: The IANA time zone name that the window is expressed in, for example
            `America/Chicago`.
    """

    __module__ = __package__
    __slots__ = (
        "window",
        "timezone",
    )
    _WIRE_NAMES = frozenset(
        (
            "Window",
            "Timezone",
        )
    )
    _CODECS = _CODEC_MODULE

    window: ContactWindow | str | None
    timezone: str | None

    def __init__(
        self,
        *,
        window: ContactWindow | _types.ContactWindowValue | None = None,
        timezone: str | None = None,
    ) -> None:
        self.window = window
        self.timezone = timezone


class ProjectDetails(_Structure):
    """Contains details about the project associated with the Engagement Invitation, including
    the business problem and expected outcomes.

    Attributes:
        business_problem: Describes the business problem that the project aims to solve.
            Required.
        title: Specifies the title of the project. Required.
        target_completion_date: Specifies the estimated date of project completion.
            Required.
        expected_customer_spend: Contains revenue estimates for the partner related to
            the project. Required.
    """

    __module__ = __package__
    __slots__ = (
        "business_problem",
        "title",
        "target_completion_date",
        "expected_customer_spend",
    )
    _WIRE_NAMES = frozenset(
        (
            "BusinessProblem",
            "Title",
            "TargetCompletionDate",
            "ExpectedCustomerSpend",
        )
    )
    _REQUIRED = (
        "BusinessProblem",
        "Title",
        "TargetCompletionDate",
        "ExpectedCustomerSpend",
    )
    _SENSITIVE = frozenset(("business_problem",))
    _CODECS = _CODEC_MODULE

    business_problem: str
    title: str
    target_completion_date: str
    expected_customer_spend: _Sequence[ExpectedCustomerSpend]

    def __init__(
        self,
        *,
        business_problem: str,
        title: str,
        target_completion_date: str,
        expected_customer_spend: _types.SequenceNotStr[ExpectedCustomerSpend],
    ) -> None:
        self.business_problem = business_problem
        self.title = title
        self.target_completion_date = target_completion_date
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.expected_customer_spend = expected_customer_spend  # type: ignore[assignment]


class SenderContact(_Structure):
    """An object that contains the details of the sender-provided contact person for the
    `EngagementInvitation`.

    Attributes:
        email: The sender-provided contact's email address associated with the
            `EngagementInvitation`. Required.
        first_name: The sender-provided contact's last name associated with the
            `EngagementInvitation`.
        last_name: The sender-provided contact's first name associated with the
            `EngagementInvitation`.
        business_title: The sender-provided contact's title (job title or role)
            associated with the `EngagementInvitation`.
        phone: The sender-provided contact's phone number associated with the
            `EngagementInvitation`.
    """

    __module__ = __package__
    __slots__ = (
        "email",
        "first_name",
        "last_name",
        "business_title",
        "phone",
    )
    _WIRE_NAMES = frozenset(
        (
            "Email",
            "FirstName",
            "LastName",
            "BusinessTitle",
            "Phone",
        )
    )
    _REQUIRED = ("Email",)
    _SENSITIVE = frozenset(
        (
            "email",
            "first_name",
            "last_name",
            "business_title",
            "phone",
        )
    )
    _CODECS = _CODEC_MODULE

    email: str
    first_name: str | None
    last_name: str | None
    business_title: str | None
    phone: str | None

    def __init__(
        self,
        *,
        email: str,
        first_name: str | None = None,
        last_name: str | None = None,
        business_title: str | None = None,
        phone: str | None = None,
    ) -> None:
        self.email = email
        self.first_name = first_name
        self.last_name = last_name
        self.business_title = business_title
        self.phone = phone
