"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only CreateEngagement, CreateEngagementContext, GetEngagement,
SearchEngagements and UpdateEngagementContext calls hold, imported on the first use
of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from . import (
        EngagementCustomer,
        ProspectingInsights,
        ProspectingResultCustomer,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._customer_projects_context"


class CustomerProjectsContext(_Structure):
    """The CustomerProjects structure in Engagements offers a flexible framework for managing
    customer-project relationships. It supports multiple customers per Engagement and
    multiple projects per customer, while also allowing for customers without projects and
    projects without specific customers.

    All Engagement members have full visibility of customers and their associated projects,
    enabling the capture of relevant context even when project details are not fully
    defined. This structure also facilitates targeted invitations, allowing partners to
    focus on specific customers and their business problems when sending Engagement
    invitations.

    Attributes:
        customer: Contains details about the customer that the customer project belongs
            to.
        project: Information about the customer project associated with the Engagement.
    """

    __module__ = __package__
    __slots__ = (
        "customer",
        "project",
    )
    _WIRE_NAMES = frozenset(
        (
            "Customer",
            "Project",
        )
    )
    _CODECS = _CODEC_MODULE

    customer: EngagementCustomer | None
    project: EngagementCustomerProjectDetails | None

    def __init__(
        self,
        *,
        customer: EngagementCustomer | None = None,
        project: EngagementCustomerProjectDetails | None = None,
    ) -> None:
        self.customer = customer
        self.project = project


class EngagementCustomerProjectDetails(_Structure):
    """Provides comprehensive details about a customer project associated with an Engagement.
    This may include information such as project goals, timelines, and specific customer
    requirements.

    Attributes:
        title: The title of the project. Required.
        business_problem: A description of the business problem the project aims to
            solve. Required.
        target_completion_date: The target completion date for the customer's project.
            Required.
    """

    __module__ = __package__
    __slots__ = (
        "title",
        "business_problem",
        "target_completion_date",
    )
    _WIRE_NAMES = frozenset(
        (
            "Title",
            "BusinessProblem",
            "TargetCompletionDate",
        )
    )
    _REQUIRED = (
        "Title",
        "BusinessProblem",
        "TargetCompletionDate",
    )
    _SENSITIVE = frozenset(("business_problem",))
    _CODECS = _CODEC_MODULE

    title: str
    business_problem: str
    target_completion_date: str

    def __init__(
        self,
        *,
        title: str,
        business_problem: str,
        target_completion_date: str,
    ) -> None:
        self.title = title
        self.business_problem = business_problem
        self.target_completion_date = target_completion_date


class LeadAddress(_Structure):
    """The address information for a lead customer, including city, state or region, postal
    code, and country code.

    Attributes:
        city: The city of the lead customer's address.
        postal_code: The postal code of the lead customer's address.
        state_or_region: The state or region of the lead customer's address.
        country_code: The country code of the lead customer's address.
    """

    __module__ = __package__
    __slots__ = (
        "city",
        "postal_code",
        "state_or_region",
        "country_code",
    )
    _WIRE_NAMES = frozenset(
        (
            "City",
            "PostalCode",
            "StateOrRegion",
            "CountryCode",
        )
    )
    _SENSITIVE = frozenset(("country_code",))
    _CODECS = _CODEC_MODULE

    city: str | None
    postal_code: str | None
    state_or_region: str | None
    country_code: str | None

    def __init__(
        self,
        *,
        city: str | None = None,
        postal_code: str | None = None,
        state_or_region: str | None = None,
        country_code: str | None = None,
    ) -> None:
        self.city = city
        self.postal_code = postal_code
        self.state_or_region = state_or_region
        self.country_code = country_code


class LeadContact(_Structure):
    """An object that contains a lead contact's details associated with the engagement. This
    provides contact information for individuals involved in lead-related activities.

    Attributes:
        business_title: The lead contact's business title or job role associated with
            the engagement. Required.
        email: The lead contact's email address associated with the engagement.
            Required.
        first_name: The lead contact's first name associated with the engagement.
            Required.
        last_name: The lead contact's last name associated with the engagement.
            Required.
        phone: The lead contact's phone number associated with the engagement.
    """

    __module__ = __package__
    __slots__ = (
        "business_title",
        "email",
        "first_name",
        "last_name",
        "phone",
    )
    _WIRE_NAMES = frozenset(
        (
            "BusinessTitle",
            "Email",
            "FirstName",
            "LastName",
            "Phone",
        )
    )
    _REQUIRED = (
        "BusinessTitle",
        "Email",
        "FirstName",
        "LastName",
    )
    _SENSITIVE = frozenset(
        (
            "business_title",
            "email",
            "first_name",
            "last_name",
            "phone",
        )
    )
    _CODECS = _CODEC_MODULE

    business_title: str
    email: str
    first_name: str
    last_name: str
    phone: str | None

    def __init__(
        self,
        *,
        business_title: str,
        email: str,
        first_name: str,
        last_name: str,
        phone: str | None = None,
    ) -> None:
        self.business_title = business_title
        self.email = email
        self.first_name = first_name
        self.last_name = last_name
        self.phone = phone


class LeadCustomer(_Structure):
    """Contains detailed information about the customer associated with the lead, including
    company details, industry classification, and AWS maturity level. This information helps
    qualify and categorize the lead for appropriate engagement strategies.

    Attributes:
        industry: Specifies the industry sector to which the lead customer's company
            belongs.
        company_name: The name of the lead customer's company. Required.
        website_url: The website URL of the lead customer's company.
        address: The address information for the lead customer.
        aws_maturity: Indicates the customer's level of experience and adoption with AWS
            services.
        market_segment: Specifies the market segment classification of the lead
            customer, such as enterprise, mid-market...
    """

    __module__ = __package__
    __slots__ = (
        "industry",
        "company_name",
        "website_url",
        "address",
        "aws_maturity",
        "market_segment",
    )
    _WIRE_NAMES = frozenset(
        (
            "Industry",
            "CompanyName",
            "WebsiteUrl",
            "Address",
            "AwsMaturity",
            "MarketSegment",
        )
    )
    _REQUIRED = ("CompanyName",)
    _SENSITIVE = frozenset(
        (
            "company_name",
            "website_url",
        )
    )
    _CODECS = _CODEC_MODULE

    industry: str | None
    company_name: str
    website_url: str | None
    address: LeadAddress | None
    aws_maturity: str | None
    market_segment: str | None

    def __init__(
        self,
        *,
        company_name: str,
        industry: str | None = None,
        website_url: str | None = None,
        address: LeadAddress | None = None,
        aws_maturity: str | None = None,
        market_segment: str | None = None,
    ) -> None:
        self.industry = industry
        self.company_name = company_name
        self.website_url = website_url
        self.address = address
        self.aws_maturity = aws_maturity
        self.market_segment = market_segment


class LeadInteraction(_Structure):
    """Represents a specific interaction or touchpoint with a lead customer. This structure
    captures details about communications, meetings, or other engagement activities that
    help track the lead's progression and engagement history.

    Attributes:
        source_type: Specifies the type of source that generated the lead interaction,
            such as "Event", "Website"...
        source_id: The unique identifier of the specific source that generated the lead
            interaction.
        source_name: The descriptive name of the source that generated the lead
            interaction, providing a...
        usecase: Describes the specific use case or business scenario discussed during
            the lead interaction.
        interaction_date: The date and time when the lead interaction occurred, in ISO
            8601 format (UTC).
        customer_action: Describes the action taken by the customer during or as a
            result of the interaction, such as...
        business_problem: Describes the business problem or challenge that the customer
            discussed during the interaction.
        contact: Contains contact information for the customer representative involved
            in the lead interaction... Required.
    """

    __module__ = __package__
    __slots__ = (
        "source_type",
        "source_id",
        "source_name",
        "usecase",
        "interaction_date",
        "customer_action",
        "business_problem",
        "contact",
    )
    _WIRE_NAMES = frozenset(
        (
            "SourceType",
            "SourceId",
            "SourceName",
            "Usecase",
            "InteractionDate",
            "CustomerAction",
            "BusinessProblem",
            "Contact",
        )
    )
    _REQUIRED = ("Contact",)
    _SENSITIVE = frozenset(("business_problem",))
    _CODECS = _CODEC_MODULE

    source_type: str | None
    source_id: str | None
    source_name: str | None
    usecase: str | None
    interaction_date: _dt.datetime | None
    customer_action: str | None
    business_problem: str | None
    contact: LeadContact

    def __init__(
        self,
        *,
        contact: LeadContact,
        source_type: str | None = None,
        source_id: str | None = None,
        source_name: str | None = None,
        usecase: str | None = None,
        interaction_date: _dt.datetime | None = None,
        customer_action: str | None = None,
        business_problem: str | None = None,
    ) -> None:
        self.source_type = source_type
        self.source_id = source_id
        self.source_name = source_name
        self.usecase = usecase
        self.interaction_date = interaction_date
        self.customer_action = customer_action
        self.business_problem = business_problem
        self.contact = contact


class ProspectingResult(_Structure):
    """Contains the results of an autonomous prospecting job. This includes data and insights
    that AWS provides about a prospected customer account.

    Attributes:
        aws: Prospecting data and insights that AWS provides during the prospecting job.
    """

    __module__ = __package__
    __slots__ = ("aws",)
    _WIRE_NAMES = frozenset(("Aws",))
    _CODECS = _CODEC_MODULE

    aws: ProspectingResultAws | None

    def __init__(
        self,
        *,
        aws: ProspectingResultAws | None = None,
    ) -> None:
        self.aws = aws


class ProspectingResultAws(_Structure):
    """Contains the prospecting data that AWS sources. This includes task execution details,
    customer account information, and insights that AI generates from the prospecting
    analysis.

    Attributes:
        customer: Contains details about the prospected customer account, including
            geographic, industry, and...
        insights: Insights that AI generates from the prospecting analysis.
        start_time: The timestamp when the prospecting result context was created.
        end_time: The timestamp when the prospecting task completed processing.
        task_id: The unique identifier of the prospecting task that generates this
            result.
        task_arn: The Amazon Resource Name (ARN) of the prospecting task.
        task_name: The name that the user provides for the prospecting task that
            generates this result.
    """

    __module__ = __package__
    __slots__ = (
        "customer",
        "insights",
        "start_time",
        "end_time",
        "task_id",
        "task_arn",
        "task_name",
    )
    _WIRE_NAMES = frozenset(
        (
            "Customer",
            "Insights",
            "StartTime",
            "EndTime",
            "TaskId",
            "TaskArn",
            "TaskName",
        )
    )
    _CODECS = _CODEC_MODULE

    customer: ProspectingResultCustomer | None
    insights: ProspectingInsights | None
    start_time: _dt.datetime | None
    end_time: _dt.datetime | None
    task_id: str | None
    task_arn: str | None
    task_name: str | None

    def __init__(
        self,
        *,
        customer: ProspectingResultCustomer | None = None,
        insights: ProspectingInsights | None = None,
        start_time: _dt.datetime | None = None,
        end_time: _dt.datetime | None = None,
        task_id: str | None = None,
        task_arn: str | None = None,
        task_name: str | None = None,
    ) -> None:
        self.customer = customer
        self.insights = insights
        self.start_time = start_time
        self.end_time = end_time
        self.task_id = task_id
        self.task_arn = task_arn
        self.task_name = task_name
