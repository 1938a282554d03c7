"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only CreateOpportunity, GetOpportunity and UpdateOpportunity calls hold,
imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        AwsFundingUsed,
        AwsPartition,
        Channel,
        ClosedLostReason,
        CompetitorName,
        DeliveryModel,
        MarketingSource,
        RevenueModel,
        ReviewStatus,
        SalesActivity,
        Stage,
    )
    from . import (
        ExpectedContractDuration,
        ExpectedCustomerSpend,
        MonetaryValue,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._life_cycle"


class LifeCycle(_Structure):
    """An object that contains the `Opportunity` lifecycle's details.

    Attributes:
        stage: Specifies the current stage of the `Opportunity`'s lifecycle as it maps
            to Amazon Web Services...
        closed_lost_reason: Specifies the reason code when an opportunity is marked as
            *Closed Lost*.
        next_steps: Specifies the upcoming actions or tasks for the `Opportunity`.
        target_close_date: Specifies the date when Amazon Web Services expects to start
            significant billing, when the...
        review_status: Indicates the review status of an opportunity referred by a
            partner.
        review_comments: Contains detailed feedback from Amazon Web Services when
            requesting additional information from...
        review_status_reason: Code indicating the validation decision during the Amazon
            Web Services opportunity review.
        next_steps_history: Captures a chronological record of the next steps or actions
            planned or taken for the current...
    """

    __module__ = __package__
    __slots__ = (
        "stage",
        "closed_lost_reason",
        "next_steps",
        "target_close_date",
        "review_status",
        "review_comments",
        "review_status_reason",
        "next_steps_history",
    )
    _WIRE_NAMES = frozenset(
        (
            "Stage",
            "ClosedLostReason",
            "NextSteps",
            "TargetCloseDate",
            "ReviewStatus",
            "ReviewComments",
            "ReviewStatusReason",
            "NextStepsHistory",
        )
    )
    _SENSITIVE = frozenset(("next_steps",))
    _CODECS = _CODEC_MODULE

    stage: Stage | str | None
    closed_lost_reason: ClosedLostReason | str | None
    next_steps: str | None
    target_close_date: str | None
    review_status: ReviewStatus | str | None
    review_comments: str | None
    review_status_reason: str | None
    next_steps_history: _Sequence[NextStepsHistory] | None

    def __init__(
        self,
        *,
        stage: Stage | _types.StageValue | None = None,
        closed_lost_reason: ClosedLostReason | _types.ClosedLostReasonValue | None = None,
        next_steps: str | None = None,
        target_close_date: str | None = None,
        review_status: ReviewStatus | _types.ReviewStatusValue | None = None,
        review_comments: str | None = None,
        review_status_reason: str | None = None,
        next_steps_history: _types.SequenceNotStr[NextStepsHistory] | None = None,
    ) -> None:
        self.stage = stage
        self.closed_lost_reason = closed_lost_reason
        self.next_steps = next_steps
        self.target_close_date = target_close_date
        self.review_status = review_status
        self.review_comments = review_comments
        self.review_status_reason = review_status_reason
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.next_steps_history = next_steps_history  # type: ignore[assignment]


class Marketing(_Structure):
    """An object that contains marketing details for the `Opportunity`.

    Attributes:
        campaign_name: Specifies the `Opportunity` marketing campaign code.
        source: Indicates if the `Opportunity` was sourced from an Amazon Web Services
            marketing activity.
        use_cases: Specifies the marketing activity use case or purpose that led to the
            `Opportunity`'s creation or...
        channels: Specifies the `Opportunity`'s channel that the marketing activity is
            associated with or was...
        aws_funding_used: Indicates if the `Opportunity` is a marketing development fund
            (MDF) funded activity.
    """

    __module__ = __package__
    __slots__ = (
        "campaign_name",
        "source",
        "use_cases",
        "channels",
        "aws_funding_used",
    )
    _WIRE_NAMES = frozenset(
        (
            "CampaignName",
            "Source",
            "UseCases",
            "Channels",
            "AwsFundingUsed",
        )
    )
    _CODECS = _CODEC_MODULE

    campaign_name: str | None
    source: MarketingSource | str | None
    use_cases: _Sequence[str] | None
    channels: _Sequence[Channel | str] | None
    aws_funding_used: AwsFundingUsed | str | None

    def __init__(
        self,
        *,
        campaign_name: str | None = None,
        source: MarketingSource | _types.MarketingSourceValue | None = None,
        use_cases: _types.SequenceNotStr[str] | None = None,
        channels: _types.SequenceNotStr[Channel | _types.ChannelValue] | None = None,
        aws_funding_used: AwsFundingUsed | _types.AwsFundingUsedValue | None = None,
    ) -> None:
        self.campaign_name = campaign_name
        self.source = source
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.use_cases = use_cases  # type: ignore[assignment]
        self.channels = channels  # type: ignore[assignment]
        self.aws_funding_used = aws_funding_used


class NextStepsHistory(_Structure):
    """Read-only; shows the last 50 values and change dates for the `NextSteps` field.

    Attributes:
        value_: Indicates the step's execution details. Required.
        time: Indicates the step execution time. Required.
    """

    __module__ = __package__
    __slots__ = (
        "value_",
        "time",
    )
    _WIRE_NAMES = frozenset(
        (
            "Value",
            "Time",
        )
    )
    _REQUIRED = (
        "Value",
        "Time",
    )
    _CODECS = _CODEC_MODULE

    value_: str
    time: _dt.datetime

    def __init__(
        self,
        *,
        value_: str,
        time: _dt.datetime,
    ) -> None:
        self.value_ = value_
        self.time = time


class Project(_Structure):
    """An object that contains the `Opportunity`'s project details.

    Attributes:
        delivery_models: Specifies the deployment or consumption model for your solution
            or service in the `Opportunity`'s...
        expected_customer_spend: Represents the estimated amount that the customer is
            expected to spend on AWS services related to...
        expected_contract_duration: Optional.
        title: Specifies the `Opportunity`'s title or name.
        apn_programs: Specifies the Amazon Partner Network (APN) program that influenced
            the `Opportunity`.
        customer_business_problem: Describes the problem the end customer has, and how
            the partner is helping.
        customer_use_case: Specifies the proposed solution focus or type of workload for
            the Opportunity.
        related_opportunity_identifier: Specifies the current opportunity's parent
            opportunity identifier.
        sales_activities: Specifies the `Opportunity`'s sales activities conducted with
            the end customer.
        competitor_name: Name of the `Opportunity`'s competitor (if any).
        other_competitor_names: Only allowed when `CompetitorNames` has `Other`
            selected.
        other_solution_description: Specifies the offered solution for the customer's
            business problem when the...
        additional_comments: Captures additional comments or information for the
            `Opportunity` that weren't captured in other...
        aws_partition: AWS partition where the opportunity will be deployed.
    """

    __module__ = __package__
    __slots__ = (
        "delivery_models",
        "expected_customer_spend",
        "expected_contract_duration",
        "title",
        "apn_programs",
        "customer_business_problem",
        "customer_use_case",
        "related_opportunity_identifier",
        "sales_activities",
        "competitor_name",
        "other_competitor_names",
        "other_solution_description",
        "additional_comments",
        "aws_partition",
    )
    _WIRE_NAMES = frozenset(
        (
            "DeliveryModels",
            "ExpectedCustomerSpend",
            "ExpectedContractDuration",
            "Title",
            "ApnPrograms",
            "CustomerBusinessProblem",
            "CustomerUseCase",
            "RelatedOpportunityIdentifier",
            "SalesActivities",
            "CompetitorName",
            "OtherCompetitorNames",
            "OtherSolutionDescription",
            "AdditionalComments",
            "AwsPartition",
        )
    )
    _SENSITIVE = frozenset(
        (
            "title",
            "customer_business_problem",
            "other_solution_description",
        )
    )
    _CODECS = _CODEC_MODULE

    delivery_models: _Sequence[DeliveryModel | str] | None
    expected_customer_spend: _Sequence[ExpectedCustomerSpend] | None
    expected_contract_duration: ExpectedContractDuration | None
    title: str | None
    apn_programs: _Sequence[str] | None
    customer_business_problem: str | None
    customer_use_case: str | None
    related_opportunity_identifier: str | None
    sales_activities: _Sequence[SalesActivity | str] | None
    competitor_name: CompetitorName | str | None
    other_competitor_names: str | None
    other_solution_description: str | None
    additional_comments: str | None
    aws_partition: AwsPartition | str | None

    def __init__(
        self,
        *,
        delivery_models: (
            _types.SequenceNotStr[DeliveryModel | _types.DeliveryModelValue] | None
        ) = None,
        expected_customer_spend: _types.SequenceNotStr[ExpectedCustomerSpend] | None = None,
        expected_contract_duration: ExpectedContractDuration | None = None,
        title: str | None = None,
        apn_programs: _types.SequenceNotStr[str] | None = None,
        customer_business_problem: str | None = None,
        customer_use_case: str | None = None,
        related_opportunity_identifier: str | None = None,
        sales_activities: (
            _types.SequenceNotStr[SalesActivity | _types.SalesActivityValue] | None
        ) = None,
        competitor_name: CompetitorName | _types.CompetitorNameValue | None = None,
        other_competitor_names: str | None = None,
        other_solution_description: str | None = None,
        additional_comments: str | None = None,
        aws_partition: AwsPartition | _types.AwsPartitionValue | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.delivery_models = delivery_models  # type: ignore[assignment]
        self.expected_customer_spend = expected_customer_spend  # type: ignore[assignment]
        self.expected_contract_duration = expected_contract_duration
        self.title = title
        self.apn_programs = apn_programs  # type: ignore[assignment]
        self.customer_business_problem = customer_business_problem
        self.customer_use_case = customer_use_case
        self.related_opportunity_identifier = related_opportunity_identifier
        self.sales_activities = sales_activities  # type: ignore[assignment]
        self.competitor_name = competitor_name
        self.other_competitor_names = other_competitor_names
        self.other_solution_description = other_solution_description
        self.additional_comments = additional_comments
        self.aws_partition = aws_partition


class SoftwareRevenue(_Structure):
    """Specifies a customer's procurement terms details. Required only for partners in eligible
    programs.

    Attributes:
        delivery_model: Specifies the customer's intended payment type agreement or
            procurement method to acquire the...
        value_: Specifies the payment value (amount and currency).
        effective_date: Specifies the `Opportunity`'s customer engagement start date for
            the contract's effectiveness.
        expiration_date: Specifies the expiration date for the contract between the
            customer and Amazon Web Services partner.
    """

    __module__ = __package__
    __slots__ = (
        "delivery_model",
        "value_",
        "effective_date",
        "expiration_date",
    )
    _WIRE_NAMES = frozenset(
        (
            "DeliveryModel",
            "Value",
            "EffectiveDate",
            "ExpirationDate",
        )
    )
    _CODECS = _CODEC_MODULE

    delivery_model: RevenueModel | str | None
    value_: MonetaryValue | None
    effective_date: str | None
    expiration_date: str | None

    def __init__(
        self,
        *,
        delivery_model: RevenueModel | _types.RevenueModelValue | None = None,
        value_: MonetaryValue | None = None,
        effective_date: str | None = None,
        expiration_date: str | None = None,
    ) -> None:
        self.delivery_model = delivery_model
        self.value_ = value_
        self.effective_date = effective_date
        self.expiration_date = expiration_date
