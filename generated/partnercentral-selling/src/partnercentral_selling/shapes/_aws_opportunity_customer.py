"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only GetAwsOpportunitySummary and GetResourceSnapshot calls hold,
imported on the first use of one.
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
        AwsClosedLostReason,
        AwsMemberBusinessTitle,
        AwsOpportunityStage,
        AwsPartition,
        CurrencyCode,
        EngagementScore,
        PaymentFrequency,
    )
    from . import (
        Contact,
        ExpectedCustomerSpend,
        MonetaryValue,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._aws_opportunity_customer"


class AwsOpportunityCustomer(_Structure):
    """Represents the customer associated with the AWS opportunity. This field captures key
    details about the customer that are necessary for managing the opportunity.

    Attributes:
        contacts: Provides a list of customer contacts involved in the opportunity.
    """

    __module__ = __package__
    __slots__ = ("contacts",)
    _WIRE_NAMES = frozenset(("Contacts",))
    _CODECS = _CODEC_MODULE

    contacts: _Sequence[Contact] | None

    def __init__(
        self,
        *,
        contacts: _types.SequenceNotStr[Contact] | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.contacts = contacts  # type: ignore[assignment]


class AwsOpportunityInsights(_Structure):
    """Contains insights provided by AWS for the opportunity, offering recommendations and
    analysis that can help the partner optimize their engagement and strategy.

    Attributes:
        next_best_actions: Provides recommendations from AWS on the next best actions to
            take in order to move the...
        engagement_score: Represents a score assigned by AWS to indicate the level of
            engagement and potential success for...
        aws_products_spend_insights_by_source: Source-separated spend insights that
            provide independent analysis for AWS recommendations and...
        opportunity_quality: Opportunity quality assessment.
        recommendations: List of recommendations from various agent-driven sources.
    """

    __module__ = __package__
    __slots__ = (
        "next_best_actions",
        "engagement_score",
        "aws_products_spend_insights_by_source",
        "opportunity_quality",
        "recommendations",
    )
    _WIRE_NAMES = frozenset(
        (
            "NextBestActions",
            "EngagementScore",
            "AwsProductsSpendInsightsBySource",
            "OpportunityQuality",
            "Recommendations",
        )
    )
    _CODECS = _CODEC_MODULE

    next_best_actions: str | None
    engagement_score: EngagementScore | str | None
    aws_products_spend_insights_by_source: AwsProductsSpendInsightsBySource | None
    opportunity_quality: OpportunityQuality | None
    recommendations: list[Recommendation] | None

    def __init__(
        self,
        *,
        next_best_actions: str | None = None,
        engagement_score: EngagementScore | _types.EngagementScoreValue | None = None,
        aws_products_spend_insights_by_source: AwsProductsSpendInsightsBySource | None = None,
        opportunity_quality: OpportunityQuality | None = None,
        recommendations: _types.SequenceNotStr[Recommendation] | None = None,
    ) -> None:
        self.next_best_actions = next_best_actions
        self.engagement_score = engagement_score
        self.aws_products_spend_insights_by_source = aws_products_spend_insights_by_source
        self.opportunity_quality = opportunity_quality
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.recommendations = recommendations  # type: ignore[assignment]


class AwsOpportunityLifeCycle(_Structure):
    """Tracks the lifecycle of the AWS opportunity, including stages such as qualification,
    validation, and closure. This field helps partners understand the current status and
    progression of the opportunity.

    Attributes:
        target_close_date: Indicates the expected date by which the opportunity is
            projected to close.
        closed_lost_reason: Indicates the reason why an opportunity was marked as
            `Closed Lost`.
        stage: Represents the current stage of the opportunity in its lifecycle, such as
            `Qualification`...
        next_steps: Specifies the immediate next steps required to progress the
            opportunity.
        next_steps_history: Provides a historical log of previous next steps that were
            taken to move the opportunity forward.
    """

    __module__ = __package__
    __slots__ = (
        "target_close_date",
        "closed_lost_reason",
        "stage",
        "next_steps",
        "next_steps_history",
    )
    _WIRE_NAMES = frozenset(
        (
            "TargetCloseDate",
            "ClosedLostReason",
            "Stage",
            "NextSteps",
            "NextStepsHistory",
        )
    )
    _SENSITIVE = frozenset(("next_steps",))
    _CODECS = _CODEC_MODULE

    target_close_date: str | None
    closed_lost_reason: AwsClosedLostReason | str | None
    stage: AwsOpportunityStage | str | None
    next_steps: str | None
    next_steps_history: list[ProfileNextStepsHistory] | None

    def __init__(
        self,
        *,
        target_close_date: str | None = None,
        closed_lost_reason: AwsClosedLostReason | _types.AwsClosedLostReasonValue | None = None,
        stage: AwsOpportunityStage | _types.AwsOpportunityStageValue | None = None,
        next_steps: str | None = None,
        next_steps_history: _types.SequenceNotStr[ProfileNextStepsHistory] | None = None,
    ) -> None:
        self.target_close_date = target_close_date
        self.closed_lost_reason = closed_lost_reason
        self.stage = stage
        self.next_steps = next_steps
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.next_steps_history = next_steps_history  # type: ignore[assignment]


class AwsOpportunityProject(_Structure):
    """Captures details about the project associated with the opportunity, including
    objectives, scope, and customer requirements.

    Attributes:
        expected_customer_spend: Indicates the expected spending by the customer over
            the course of the project.
        aws_partition: AWS partition where the opportunity will be deployed.
    """

    __module__ = __package__
    __slots__ = (
        "expected_customer_spend",
        "aws_partition",
    )
    _WIRE_NAMES = frozenset(
        (
            "ExpectedCustomerSpend",
            "AwsPartition",
        )
    )
    _CODECS = _CODEC_MODULE

    expected_customer_spend: _Sequence[ExpectedCustomerSpend] | None
    aws_partition: AwsPartition | str | None

    def __init__(
        self,
        *,
        expected_customer_spend: _types.SequenceNotStr[ExpectedCustomerSpend] | None = None,
        aws_partition: AwsPartition | _types.AwsPartitionValue | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.expected_customer_spend = expected_customer_spend  # type: ignore[assignment]
        self.aws_partition = aws_partition


class AwsOpportunityRelatedEntities(_Structure):
    """Represents other entities related to the AWS opportunity, such as AWS products, partner
    solutions, and marketplace offers. These associations help build a complete picture of
    the solution being sold.

    Attributes:
        aws_products: Specifies the AWS products associated with the opportunity.
        solutions: Specifies the partner solutions related to the opportunity.
        aws_marketplace_solutions: The AWS Marketplace solution ARNs associated with
            this opportunity.
        aws_marketplace_products: The AWS Marketplace product ARNs associated with this
            opportunity.
    """

    __module__ = __package__
    __slots__ = (
        "aws_products",
        "solutions",
        "aws_marketplace_solutions",
        "aws_marketplace_products",
    )
    _WIRE_NAMES = frozenset(
        (
            "AwsProducts",
            "Solutions",
            "AwsMarketplaceSolutions",
            "AwsMarketplaceProducts",
        )
    )
    _CODECS = _CODEC_MODULE

    aws_products: list[str] | None
    solutions: list[str] | None
    aws_marketplace_solutions: list[str] | None
    aws_marketplace_products: list[str] | None

    def __init__(
        self,
        *,
        aws_products: _types.SequenceNotStr[str] | None = None,
        solutions: _types.SequenceNotStr[str] | None = None,
        aws_marketplace_solutions: _types.SequenceNotStr[str] | None = None,
        aws_marketplace_products: _types.SequenceNotStr[str] | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.aws_products = aws_products  # type: ignore[assignment]
        self.solutions = solutions  # type: ignore[assignment]
        self.aws_marketplace_solutions = aws_marketplace_solutions  # type: ignore[assignment]
        self.aws_marketplace_products = aws_marketplace_products  # type: ignore[assignment]


class AwsProductDetails(_Structure):
    """List of AWS services with program eligibility indicators (MAP, modernization pathways),
    cost estimates, and optimization recommendations.

    Attributes:
        product_code: AWS Partner Central product identifier used for opportunity
            association. Required.
        service_code: Pricing Calculator service code.
        categories: List of program and pathway categories this product is eligible for.
            Required.
        amount: Baseline service cost before optimizations.
        optimized_amount: Service cost after applying optimizations.
        potential_savings_amount: Service-specific cost reduction through optimizations.
        optimizations: List of specific optimization recommendations for this product.
            Required.
    """

    __module__ = __package__
    __slots__ = (
        "product_code",
        "service_code",
        "categories",
        "amount",
        "optimized_amount",
        "potential_savings_amount",
        "optimizations",
    )
    _WIRE_NAMES = frozenset(
        (
            "ProductCode",
            "ServiceCode",
            "Categories",
            "Amount",
            "OptimizedAmount",
            "PotentialSavingsAmount",
            "Optimizations",
        )
    )
    _REQUIRED = (
        "ProductCode",
        "Categories",
        "Optimizations",
    )
    _SENSITIVE = frozenset(
        (
            "amount",
            "optimized_amount",
            "potential_savings_amount",
        )
    )
    _CODECS = _CODEC_MODULE

    product_code: str
    service_code: str | None
    categories: list[str]
    amount: str | None
    optimized_amount: str | None
    potential_savings_amount: str | None
    optimizations: list[AwsProductOptimization]

    def __init__(
        self,
        *,
        product_code: str,
        categories: _types.SequenceNotStr[str],
        optimizations: _types.SequenceNotStr[AwsProductOptimization],
        service_code: str | None = None,
        amount: str | None = None,
        optimized_amount: str | None = None,
        potential_savings_amount: str | None = None,
    ) -> None:
        self.product_code = product_code
        self.service_code = service_code
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.categories = categories  # type: ignore[assignment]
        self.amount = amount
        self.optimized_amount = optimized_amount
        self.potential_savings_amount = potential_savings_amount
        self.optimizations = optimizations  # type: ignore[assignment]


class AwsProductInsights(_Structure):
    """Comprehensive spend analysis for a single source (AWS or Partner) including total
    amounts, optimization savings, program category breakdowns, and detailed product-level
    insights.

    Attributes:
        currency_code: ISO 4217 currency code. Required.
        frequency: Time period for spend amounts. Required.
        total_amount: Total estimated spend for this source before optimizations.
        total_optimized_amount: Total estimated spend after applying recommended
            optimizations.
        total_potential_savings_amount: Quantified savings achievable through
            implementing optimizations.
        total_amount_by_category: Spend amounts mapped to AWS programs and modernization
            pathways. Required.
        aws_products: Product-level details including costs and optimization
            recommendations. Required.
    """

    __module__ = __package__
    __slots__ = (
        "currency_code",
        "frequency",
        "total_amount",
        "total_optimized_amount",
        "total_potential_savings_amount",
        "total_amount_by_category",
        "aws_products",
    )
    _WIRE_NAMES = frozenset(
        (
            "CurrencyCode",
            "Frequency",
            "TotalAmount",
            "TotalOptimizedAmount",
            "TotalPotentialSavingsAmount",
            "TotalAmountByCategory",
            "AwsProducts",
        )
    )
    _REQUIRED = (
        "CurrencyCode",
        "Frequency",
        "TotalAmountByCategory",
        "AwsProducts",
    )
    _SENSITIVE = frozenset(
        (
            "currency_code",
            "total_amount",
            "total_optimized_amount",
            "total_potential_savings_amount",
            "total_amount_by_category",
        )
    )
    _CODECS = _CODEC_MODULE

    currency_code: CurrencyCode | str
    frequency: PaymentFrequency | str
    total_amount: str | None
    total_optimized_amount: str | None
    total_potential_savings_amount: str | None
    total_amount_by_category: dict[str, str]
    aws_products: list[AwsProductDetails]

    def __init__(
        self,
        *,
        currency_code: CurrencyCode | _types.CurrencyCodeValue,
        frequency: PaymentFrequency | _types.PaymentFrequencyValue,
        total_amount_by_category: _Mapping[str, str],
        aws_products: _types.SequenceNotStr[AwsProductDetails],
        total_amount: str | None = None,
        total_optimized_amount: str | None = None,
        total_potential_savings_amount: str | None = None,
    ) -> None:
        self.currency_code = currency_code
        self.frequency = frequency
        self.total_amount = total_amount
        self.total_optimized_amount = total_optimized_amount
        self.total_potential_savings_amount = total_potential_savings_amount
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.total_amount_by_category = total_amount_by_category  # type: ignore[assignment]
        self.aws_products = aws_products  # type: ignore[assignment]


class AwsProductOptimization(_Structure):
    """Specific optimization strategies partners can implement to reduce costs.

    Attributes:
        description: Human-readable explanation of the optimization strategy. Required.
        savings_amount: Quantified cost savings achievable by implementing this
            optimization. Required.
    """

    __module__ = __package__
    __slots__ = (
        "description",
        "savings_amount",
    )
    _WIRE_NAMES = frozenset(
        (
            "Description",
            "SavingsAmount",
        )
    )
    _REQUIRED = (
        "Description",
        "SavingsAmount",
    )
    _SENSITIVE = frozenset(("savings_amount",))
    _CODECS = _CODEC_MODULE

    description: str
    savings_amount: str

    def __init__(
        self,
        *,
        description: str,
        savings_amount: str,
    ) -> None:
        self.description = description
        self.savings_amount = savings_amount


class AwsProductsSpendInsightsBySource(_Structure):
    """Source-separated spend insights that provide independent analysis for AWS
    recommendations and partner estimates.

    Attributes:
        partner: Partner-sourced insights derived from Pricing Calculator URLs.
        aws: AI-generated insights including recommended products from AWS.
    """

    __module__ = __package__
    __slots__ = (
        "partner",
        "aws",
    )
    _WIRE_NAMES = frozenset(
        (
            "Partner",
            "AWS",
        )
    )
    _CODECS = _CODEC_MODULE

    partner: AwsProductInsights | None
    aws: AwsProductInsights | None

    def __init__(
        self,
        *,
        partner: AwsProductInsights | None = None,
        aws: AwsProductInsights | None = None,
    ) -> None:
        self.partner = partner
        self.aws = aws


class AwsSoftwareRevenue(_Structure):
    """Seller-provided PARC deal terms for the opportunity, including commitment value,
    discount percentage, and contract dates.

    Attributes:
        value_: The committed value and currency for the procurement terms.
        discount: Discount percentage offered on the software revenue.
        effective_date: Contract effective (start) date in YYYY-MM-DD format.
        expiration_date: Contract expiration (end) date in YYYY-MM-DD format.
    """

    __module__ = __package__
    __slots__ = (
        "value_",
        "discount",
        "effective_date",
        "expiration_date",
    )
    _WIRE_NAMES = frozenset(
        (
            "Value",
            "Discount",
            "EffectiveDate",
            "ExpirationDate",
        )
    )
    _CODECS = _CODEC_MODULE

    value_: MonetaryValue | None
    discount: str | None
    effective_date: str | None
    expiration_date: str | None

    def __init__(
        self,
        *,
        value_: MonetaryValue | None = None,
        discount: str | None = None,
        effective_date: str | None = None,
        expiration_date: str | None = None,
    ) -> None:
        self.value_ = value_
        self.discount = discount
        self.effective_date = effective_date
        self.expiration_date = expiration_date


class AwsTeamMember(_Structure):
    """Represents an Amazon Web Services team member for the engagement. This structure
    includes details such as name, email, and business title.

    Attributes:
        email: Provides the Amazon Web Services team member's email address.
        first_name: Provides the Amazon Web Services team member's first name.
        last_name: Provides the Amazon Web Services team member's last name.
        business_title: Specifies the Amazon Web Services team member's business title
            and indicates their organizational...
    """

    __module__ = __package__
    __slots__ = (
        "email",
        "first_name",
        "last_name",
        "business_title",
    )
    _WIRE_NAMES = frozenset(
        (
            "Email",
            "FirstName",
            "LastName",
            "BusinessTitle",
        )
    )
    _SENSITIVE = frozenset(
        (
            "email",
            "first_name",
            "last_name",
        )
    )
    _CODECS = _CODEC_MODULE

    email: str | None
    first_name: str | None
    last_name: str | None
    business_title: AwsMemberBusinessTitle | str | None

    def __init__(
        self,
        *,
        email: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        business_title: AwsMemberBusinessTitle | _types.AwsMemberBusinessTitleValue | None = None,
    ) -> None:
        self.email = email
        self.first_name = first_name
        self.last_name = last_name
        self.business_title = business_title


class OpportunityQuality(_Structure):
    """Opportunity quality score and trend.

    Attributes:
        score: Deal quality score assigned to the opportunity.
        trend: Direction of score change since last scoring iteration.
    """

    __module__ = __package__
    __slots__ = (
        "score",
        "trend",
    )
    _WIRE_NAMES = frozenset(
        (
            "Score",
            "Trend",
        )
    )
    _CODECS = _CODEC_MODULE

    score: int | None
    trend: str | None

    def __init__(
        self,
        *,
        score: int | None = None,
        trend: str | None = None,
    ) -> None:
        self.score = score
        self.trend = trend


class ProfileNextStepsHistory(_Structure):
    """Tracks the history of next steps associated with the opportunity. This field captures
    the actions planned for the future and their timeline.

    Attributes:
        value_: Represents the details of the next step recorded, such as follow-up
            actions or decisions made. Required.
        time: Indicates the date and time when a particular next step was recorded or
            planned. Required.
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


class Recommendation(_Structure):
    """A recommendation from an agent-driven source.

    Attributes:
        type: The recommendation source type. Required.
        details: Human-readable recommendation text from this source. Required.
        attributes: Source-specific metadata as key-value pairs.
    """

    __module__ = __package__
    __slots__ = (
        "type",
        "details",
        "attributes",
    )
    _WIRE_NAMES = frozenset(
        (
            "Type",
            "Details",
            "Attributes",
        )
    )
    _REQUIRED = (
        "Type",
        "Details",
    )
    _CODECS = _CODEC_MODULE

    type: str
    details: str
    attributes: dict[str, str] | None

    def __init__(
        self,
        *,
        type: str,
        details: str,
        attributes: _Mapping[str, str] | None = None,
    ) -> None:
        self.type = type
        self.details = details
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.attributes = attributes  # type: ignore[assignment]
