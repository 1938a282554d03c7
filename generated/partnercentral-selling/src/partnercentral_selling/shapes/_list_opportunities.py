"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only ListOpportunities calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        ClosedLostReason,
        CountryCode,
        DeliveryModel,
        Industry,
        OpportunitySortName,
        OpportunityType,
        ReviewStatus,
        SortOrder,
        Stage,
    )
    from . import (
        ExpectedContractDuration,
        ExpectedCustomerSpend,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._list_opportunities"


class AccountSummary(_Structure):
    """An object that contains an `Account`'s subset of fields.

    Attributes:
        industry: Specifies which industry the end `Customer` belongs to associated with
            the `Opportunity`.
        other_industry: Specifies the end `Customer`'s industry associated with the
            `Opportunity`, when the selected...
        company_name: Specifies the end `Customer`'s company name associated with the
            `Opportunity`. Required.
        website_url: Specifies the end customer's company website URL associated with
            the `Opportunity`.
        address: Specifies the end `Customer`'s address details associated with the
            `Opportunity`.
    """

    __module__ = __package__
    __slots__ = (
        "industry",
        "other_industry",
        "company_name",
        "website_url",
        "address",
    )
    _WIRE_NAMES = frozenset(
        (
            "Industry",
            "OtherIndustry",
            "CompanyName",
            "WebsiteUrl",
            "Address",
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

    industry: Industry | str | None
    other_industry: str | None
    company_name: str
    website_url: str | None
    address: AddressSummary | None

    def __init__(
        self,
        *,
        company_name: str,
        industry: Industry | _types.IndustryValue | None = None,
        other_industry: str | None = None,
        website_url: str | None = None,
        address: AddressSummary | None = None,
    ) -> None:
        self.industry = industry
        self.other_industry = other_industry
        self.company_name = company_name
        self.website_url = website_url
        self.address = address


class AddressSummary(_Structure):
    """An object that contains an `Address` object's subset of fields.

    Attributes:
        city: Specifies the end `Customer`'s city associated with the `Opportunity`.
        postal_code: Specifies the end `Customer`'s postal code associated with the
            `Opportunity`.
        state_or_region: Specifies the end `Customer`'s state or region associated with
            the `Opportunity`.
        country_code: Specifies the end `Customer`'s country associated with the
            `Opportunity`.
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
    _SENSITIVE = frozenset(
        (
            "city",
            "postal_code",
            "state_or_region",
            "country_code",
        )
    )
    _CODECS = _CODEC_MODULE

    city: str | None
    postal_code: str | None
    state_or_region: str | None
    country_code: CountryCode | str | None

    def __init__(
        self,
        *,
        city: str | None = None,
        postal_code: str | None = None,
        state_or_region: str | None = None,
        country_code: CountryCode | _types.CountryCodeValue | None = None,
    ) -> None:
        self.city = city
        self.postal_code = postal_code
        self.state_or_region = state_or_region
        self.country_code = country_code


class CreatedDateFilter(_Structure):
    """Filter for opportunities based on creation date range.

    Attributes:
        after_created_date: Filter opportunities created after this date.
        before_created_date: Filter opportunities created before this date.
    """

    __module__ = __package__
    __slots__ = (
        "after_created_date",
        "before_created_date",
    )
    _WIRE_NAMES = frozenset(
        (
            "AfterCreatedDate",
            "BeforeCreatedDate",
        )
    )
    _CODECS = _CODEC_MODULE

    after_created_date: _dt.datetime | None
    before_created_date: _dt.datetime | None

    def __init__(
        self,
        *,
        after_created_date: _dt.datetime | None = None,
        before_created_date: _dt.datetime | None = None,
    ) -> None:
        self.after_created_date = after_created_date
        self.before_created_date = before_created_date


class CustomerSummary(_Structure):
    """An object that contains a `Customer` object's subset of fields.

    Attributes:
        account: An object that contains a customer's account details.
    """

    __module__ = __package__
    __slots__ = ("account",)
    _WIRE_NAMES = frozenset(("Account",))
    _CODECS = _CODEC_MODULE

    account: AccountSummary | None

    def __init__(
        self,
        *,
        account: AccountSummary | None = None,
    ) -> None:
        self.account = account


class LastModifiedDate(_Structure):
    """Defines a filter to retrieve opportunities based on the last modified date. This filter
    is useful for tracking changes or updates to opportunities over time.

    Attributes:
        after_last_modified_date: Specifies the date after which the opportunities were
            modified.
        before_last_modified_date: Specifies the date before which the opportunities
            were modified.
    """

    __module__ = __package__
    __slots__ = (
        "after_last_modified_date",
        "before_last_modified_date",
    )
    _WIRE_NAMES = frozenset(
        (
            "AfterLastModifiedDate",
            "BeforeLastModifiedDate",
        )
    )
    _CODECS = _CODEC_MODULE

    after_last_modified_date: _dt.datetime | None
    before_last_modified_date: _dt.datetime | None

    def __init__(
        self,
        *,
        after_last_modified_date: _dt.datetime | None = None,
        before_last_modified_date: _dt.datetime | None = None,
    ) -> None:
        self.after_last_modified_date = after_last_modified_date
        self.before_last_modified_date = before_last_modified_date


class LifeCycleSummary(_Structure):
    """An object that contains a `LifeCycle` object's subset of fields.

    Attributes:
        stage: Specifies the current stage of the `Opportunity`'s lifecycle as it maps
            to Amazon Web Services...
        closed_lost_reason: Specifies the reason code when an opportunity is marked as
            *Closed Lost*.
        next_steps: Specifies the upcoming actions or tasks for the `Opportunity`.
        target_close_date: Specifies the date when Amazon Web Services expects to start
            significant billing, when the...
        review_status: Indicates the review status of a partner referred opportunity.
        review_comments: Indicates why an opportunity was sent back for further details.
        review_status_reason: Indicates the reason a specific decision was taken during
            the opportunity review process.
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
    ) -> None:
        self.stage = stage
        self.closed_lost_reason = closed_lost_reason
        self.next_steps = next_steps
        self.target_close_date = target_close_date
        self.review_status = review_status
        self.review_comments = review_comments
        self.review_status_reason = review_status_reason


class ListOpportunitiesRequest(_Structure):
    """Contains the request parameters for the `ListOpportunities` operation.

    Attributes:
        catalog: Specifies the catalog associated with the request. Required.
        max_results: Specifies the maximum number of results to return in a single call.
        next_token: A pagination token used to retrieve the next set of results in
            subsequent calls.
        sort: An object that specifies how the response is sorted.
        last_modified_date: Filters the opportunities based on their last modified date.
        identifier: Filters the opportunities based on the opportunity identifier.
        life_cycle_stage: Filters the opportunities based on their lifecycle stage.
        life_cycle_review_status: Filters the opportunities based on their current
            lifecycle approval status.
        customer_company_name: Filters the opportunities based on the customer's company
            name.
        created_date: Filter opportunities by creation date criteria.
        target_close_date: Filters opportunities based on their target close date.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "max_results",
        "next_token",
        "sort",
        "last_modified_date",
        "identifier",
        "life_cycle_stage",
        "life_cycle_review_status",
        "customer_company_name",
        "created_date",
        "target_close_date",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "MaxResults",
            "NextToken",
            "Sort",
            "LastModifiedDate",
            "Identifier",
            "LifeCycleStage",
            "LifeCycleReviewStatus",
            "CustomerCompanyName",
            "CreatedDate",
            "TargetCloseDate",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    catalog: str
    max_results: int | None
    next_token: str | None
    sort: OpportunitySort | None
    last_modified_date: LastModifiedDate | None
    identifier: _Sequence[str] | None
    life_cycle_stage: _Sequence[Stage | str] | None
    life_cycle_review_status: _Sequence[ReviewStatus | str] | None
    customer_company_name: _Sequence[str] | None
    created_date: CreatedDateFilter | None
    target_close_date: TargetCloseDateFilter | None

    def __init__(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        sort: OpportunitySort | None = None,
        last_modified_date: LastModifiedDate | None = None,
        identifier: _types.SequenceNotStr[str] | None = None,
        life_cycle_stage: _types.SequenceNotStr[Stage | _types.StageValue] | None = None,
        life_cycle_review_status: (
            _types.SequenceNotStr[ReviewStatus | _types.ReviewStatusValue] | None
        ) = None,
        customer_company_name: _types.SequenceNotStr[str] | None = None,
        created_date: CreatedDateFilter | None = None,
        target_close_date: TargetCloseDateFilter | None = None,
    ) -> None:
        self.catalog = catalog
        self.max_results = max_results
        self.next_token = next_token
        self.sort = sort
        self.last_modified_date = last_modified_date
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.identifier = identifier  # type: ignore[assignment]
        self.life_cycle_stage = life_cycle_stage  # type: ignore[assignment]
        self.life_cycle_review_status = life_cycle_review_status  # type: ignore[assignment]
        self.customer_company_name = customer_company_name  # type: ignore[assignment]
        self.created_date = created_date
        self.target_close_date = target_close_date


class ListOpportunitiesResponse(_Structure):
    """Contains the response that the `ListOpportunities` action returns.

    Attributes:
        opportunity_summaries: An array that contains minimal details for opportunities
            that match the request criteria. Required.
        next_token: A pagination token used to retrieve the next set of results in
            subsequent calls.
    """

    __module__ = __package__
    __slots__ = (
        "opportunity_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "OpportunitySummaries",
            "NextToken",
        )
    )
    _REQUIRED = ("OpportunitySummaries",)
    _CODECS = _CODEC_MODULE

    opportunity_summaries: list[OpportunitySummary]
    next_token: str | None

    def __init__(
        self,
        *,
        opportunity_summaries: _types.SequenceNotStr[OpportunitySummary],
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.opportunity_summaries = opportunity_summaries  # type: ignore[assignment]
        self.next_token = next_token


class OpportunitySort(_Structure):
    """Object that configures response sorting.

    Attributes:
        sort_order: Sort order. Required.
        sort_by: Field name to sort by. Required.
    """

    __module__ = __package__
    __slots__ = (
        "sort_order",
        "sort_by",
    )
    _WIRE_NAMES = frozenset(
        (
            "SortOrder",
            "SortBy",
        )
    )
    _REQUIRED = (
        "SortOrder",
        "SortBy",
    )
    _CODECS = _CODEC_MODULE

    sort_order: SortOrder | str
    sort_by: OpportunitySortName | str

    def __init__(
        self,
        *,
        sort_order: SortOrder | _types.SortOrderValue,
        sort_by: OpportunitySortName | _types.OpportunitySortNameValue,
    ) -> None:
        self.sort_order = sort_order
        self.sort_by = sort_by


class OpportunitySummary(_Structure):
    """An object that contains an `Opportunity`'s subset of fields.

    Attributes:
        catalog: Specifies the catalog associated with the opportunity, either `AWS` or
            `Sandbox`. Required.
        id: Read-only, system-generated `Opportunity` unique identifier.
        arn: The Amazon Resource Name (ARN) for the opportunity.
        partner_opportunity_identifier: Specifies the `Opportunity`'s unique identifier
            in the partner's CRM system.
        opportunity_type: Specifies opportunity type as a renewal, new, or expansion.
        last_modified_date: `DateTime` when the `Opportunity` was last modified.
        created_date: `DateTime` when the `Opportunity` was last created.
        life_cycle: An object that contains the `Opportunity`'s lifecycle details.
        customer: An object that contains the `Opportunity`'s customer details.
        project: An object that contains the `Opportunity`'s project details summary.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "id",
        "arn",
        "partner_opportunity_identifier",
        "opportunity_type",
        "last_modified_date",
        "created_date",
        "life_cycle",
        "customer",
        "project",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Id",
            "Arn",
            "PartnerOpportunityIdentifier",
            "OpportunityType",
            "LastModifiedDate",
            "CreatedDate",
            "LifeCycle",
            "Customer",
            "Project",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    catalog: str
    id: str | None
    arn: str | None
    partner_opportunity_identifier: str | None
    opportunity_type: OpportunityType | str | None
    last_modified_date: _dt.datetime | None
    created_date: _dt.datetime | None
    life_cycle: LifeCycleSummary | None
    customer: CustomerSummary | None
    project: ProjectSummary | None

    def __init__(
        self,
        *,
        catalog: str,
        id: str | None = None,
        arn: str | None = None,
        partner_opportunity_identifier: str | None = None,
        opportunity_type: OpportunityType | _types.OpportunityTypeValue | None = None,
        last_modified_date: _dt.datetime | None = None,
        created_date: _dt.datetime | None = None,
        life_cycle: LifeCycleSummary | None = None,
        customer: CustomerSummary | None = None,
        project: ProjectSummary | None = None,
    ) -> None:
        self.catalog = catalog
        self.id = id
        self.arn = arn
        self.partner_opportunity_identifier = partner_opportunity_identifier
        self.opportunity_type = opportunity_type
        self.last_modified_date = last_modified_date
        self.created_date = created_date
        self.life_cycle = life_cycle
        self.customer = customer
        self.project = project


class ProjectSummary(_Structure):
    """An object that contains a `Project` object's subset of fields.

    Attributes:
        delivery_models: Specifies your solution or service's deployment or consumption
            model in the `Opportunity`'s context.
        expected_customer_spend: Provides a summary of the expected customer spend for
            the project, offering a high-level view of...
        expected_contract_duration: Optional.
    """

    __module__ = __package__
    __slots__ = (
        "delivery_models",
        "expected_customer_spend",
        "expected_contract_duration",
    )
    _WIRE_NAMES = frozenset(
        (
            "DeliveryModels",
            "ExpectedCustomerSpend",
            "ExpectedContractDuration",
        )
    )
    _CODECS = _CODEC_MODULE

    delivery_models: _Sequence[DeliveryModel | str] | None
    expected_customer_spend: _Sequence[ExpectedCustomerSpend] | None
    expected_contract_duration: ExpectedContractDuration | None

    def __init__(
        self,
        *,
        delivery_models: (
            _types.SequenceNotStr[DeliveryModel | _types.DeliveryModelValue] | None
        ) = None,
        expected_customer_spend: _types.SequenceNotStr[ExpectedCustomerSpend] | None = None,
        expected_contract_duration: ExpectedContractDuration | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.delivery_models = delivery_models  # type: ignore[assignment]
        self.expected_customer_spend = expected_customer_spend  # type: ignore[assignment]
        self.expected_contract_duration = expected_contract_duration


class TargetCloseDateFilter(_Structure):
    """Filters opportunities based on their target close date.

    Attributes:
        after_target_close_date: Filters opportunities with a target close date after
            this date.
        before_target_close_date: Filters opportunities with a target close date before
            this date.
    """

    __module__ = __package__
    __slots__ = (
        "after_target_close_date",
        "before_target_close_date",
    )
    _WIRE_NAMES = frozenset(
        (
            "AfterTargetCloseDate",
            "BeforeTargetCloseDate",
        )
    )
    _CODECS = _CODEC_MODULE

    after_target_close_date: str | None
    before_target_close_date: str | None

    def __init__(
        self,
        *,
        after_target_close_date: str | None = None,
        before_target_close_date: str | None = None,
    ) -> None:
        self.after_target_close_date = after_target_close_date
        self.before_target_close_date = before_target_close_date
