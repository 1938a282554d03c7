"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only SearchOpportunities calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure
from typed_aws_runtime.model.structure import TaggedUnion as _TaggedUnion
from typed_aws_runtime.model.structure import UnknownVariant as _UnknownVariant

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        CountryCode,
        CurrencyCode,
        Industry,
        OpportunityOrigin,
        OpportunitySearchFilterName,
        OpportunitySearchSortName,
        OpportunityType,
        ReviewStatus,
        SearchEngagementScore,
        SortOrder,
        Stage,
    )
    from . import (
        Tag,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._search_opportunities"


class OpportunitySearchAccount(_Structure):
    """Contains the end customer account fields (company name, industry, AWS account ID, and
    address) returned for an opportunity in search results.

    Attributes:
        company_name: The name of the end customer company on the opportunity.
        industry: The industry of the end customer on the opportunity.
        aws_account_id: The end customer company's AWS account ID, if known or
            available.
        address: The end customer address details for the opportunity.
    """

    __module__ = __package__
    __slots__ = (
        "company_name",
        "industry",
        "aws_account_id",
        "address",
    )
    _WIRE_NAMES = frozenset(
        (
            "CompanyName",
            "Industry",
            "AwsAccountId",
            "Address",
        )
    )
    _SENSITIVE = frozenset(
        (
            "company_name",
            "aws_account_id",
        )
    )
    _CODECS = _CODEC_MODULE

    company_name: str | None
    industry: Industry | str | None
    aws_account_id: str | None
    address: OpportunitySearchAddress | None

    def __init__(
        self,
        *,
        company_name: str | None = None,
        industry: Industry | _types.IndustryValue | None = None,
        aws_account_id: str | None = None,
        address: OpportunitySearchAddress | None = None,
    ) -> None:
        self.company_name = company_name
        self.industry = industry
        self.aws_account_id = aws_account_id
        self.address = address


class OpportunitySearchAddress(_Structure):
    """Contains the end customer address fields (country) returned for an opportunity in search
    results.

    Attributes:
        country_code: The country of the end customer, in ISO 3166 alpha-2 format.
    """

    __module__ = __package__
    __slots__ = ("country_code",)
    _WIRE_NAMES = frozenset(("CountryCode",))
    _SENSITIVE = frozenset(("country_code",))
    _CODECS = _CODEC_MODULE

    country_code: CountryCode | str | None

    def __init__(
        self,
        *,
        country_code: CountryCode | _types.CountryCodeValue | None = None,
    ) -> None:
        self.country_code = country_code


class OpportunitySearchAwsSummary(_Structure):
    """Contains the AWS-sourced fields (co-sell motion and a trimmed set of insights) returned
    for an opportunity in search results.

    Attributes:
        origin: Specifies whether the opportunity originated from AWS or from the
            partner.
        cosell_motion: The engagement classification for this opportunity.
        insights: Curated insights returned in search results: the engagement score and
            quality score.
    """

    __module__ = __package__
    __slots__ = (
        "origin",
        "cosell_motion",
        "insights",
    )
    _WIRE_NAMES = frozenset(
        (
            "Origin",
            "CosellMotion",
            "Insights",
        )
    )
    _SENSITIVE = frozenset(("cosell_motion",))
    _CODECS = _CODEC_MODULE

    origin: OpportunityOrigin | str | None
    cosell_motion: str | None
    insights: OpportunitySearchInsights | None

    def __init__(
        self,
        *,
        origin: OpportunityOrigin | _types.OpportunityOriginValue | None = None,
        cosell_motion: str | None = None,
        insights: OpportunitySearchInsights | None = None,
    ) -> None:
        self.origin = origin
        self.cosell_motion = cosell_motion
        self.insights = insights


class OpportunitySearchCustomer(_Structure):
    """Contains the end customer fields (company name, industry, AWS account, and country)
    returned for an opportunity in search results.

    Attributes:
        account: The end customer account details for the opportunity.
    """

    __module__ = __package__
    __slots__ = ("account",)
    _WIRE_NAMES = frozenset(("Account",))
    _CODECS = _CODEC_MODULE

    account: OpportunitySearchAccount | None

    def __init__(
        self,
        *,
        account: OpportunitySearchAccount | None = None,
    ) -> None:
        self.account = account


class OpportunitySearchExpectedCustomerSpend(_Structure):
    """A curated expected-spend entry: amount and currency only. Frequency and target company
    are omitted from search results.

    Attributes:
        amount: The estimated monthly recurring revenue amount.
        currency_code: The currency of the estimated amount, in ISO 4217 format.
            Required.
    """

    __module__ = __package__
    __slots__ = (
        "amount",
        "currency_code",
    )
    _WIRE_NAMES = frozenset(
        (
            "Amount",
            "CurrencyCode",
        )
    )
    _REQUIRED = ("CurrencyCode",)
    _SENSITIVE = frozenset(
        (
            "amount",
            "currency_code",
        )
    )
    _CODECS = _CODEC_MODULE

    amount: str | None
    currency_code: CurrencyCode | str

    def __init__(
        self,
        *,
        currency_code: CurrencyCode | _types.CurrencyCodeValue,
        amount: str | None = None,
    ) -> None:
        self.amount = amount
        self.currency_code = currency_code


class OpportunitySearchFilter(_Structure):
    """A recursive filter node. Exactly one member must be set. The boolean combinators nest
    sub-filters: `AndAllFilters` joins its children with AND, `OrAllFilters` matches when at
    least one child matches, and `NotFilter` negates its single child. The remaining members
    are leaf conditions over a single field. Nesting is bounded (depth up to 3, each
    combinator list up to 10 entries, and up to 20 leaf conditions per tree). If a request
    exceeds these limits, the service returns a `ValidationException`.

    Attributes:
        and_all_filters: A list of sub-filters that are joined with a logical AND.
        or_all_filters: A list of sub-filters that are joined with a logical OR.
        not_filter: A single sub-filter that is negated.
        equals_to: A leaf condition that matches when the field equals the supplied
            value.
        contains_any: A leaf condition that matches when the field contains any of the
            supplied values as a...
        contains_all: A leaf condition that matches when the field holds every supplied
            value.
        greater_than: A leaf condition that matches when the field is greater than the
            supplied value.
        greater_than_or_equals: A leaf condition that matches when the field is greater
            than or equal to the supplied value.
        less_than: A leaf condition that matches when the field is less than the
            supplied value.
        less_than_or_equals: A leaf condition that matches when the field is less than
            or equal to the supplied value.
    """

    __module__ = __package__
    __slots__ = (
        "and_all_filters",
        "or_all_filters",
        "not_filter",
        "equals_to",
        "contains_any",
        "contains_all",
        "greater_than",
        "greater_than_or_equals",
        "less_than",
        "less_than_or_equals",
    )
    _WIRE_NAMES = frozenset(
        (
            "AndAllFilters",
            "OrAllFilters",
            "NotFilter",
            "EqualsTo",
            "ContainsAny",
            "ContainsAll",
            "GreaterThan",
            "GreaterThanOrEquals",
            "LessThan",
            "LessThanOrEquals",
        )
    )
    _CODECS = _CODEC_MODULE

    and_all_filters: _Sequence[OpportunitySearchFilter] | None
    or_all_filters: _Sequence[OpportunitySearchFilter] | None
    not_filter: OpportunitySearchFilter | None
    equals_to: OpportunitySearchPredicate | None
    contains_any: OpportunitySearchPredicate | None
    contains_all: OpportunitySearchPredicate | None
    greater_than: OpportunitySearchPredicate | None
    greater_than_or_equals: OpportunitySearchPredicate | None
    less_than: OpportunitySearchPredicate | None
    less_than_or_equals: OpportunitySearchPredicate | None

    def __init__(
        self,
        *,
        and_all_filters: _types.SequenceNotStr[OpportunitySearchFilter] | None = None,
        or_all_filters: _types.SequenceNotStr[OpportunitySearchFilter] | None = None,
        not_filter: OpportunitySearchFilter | None = None,
        equals_to: OpportunitySearchPredicate | None = None,
        contains_any: OpportunitySearchPredicate | None = None,
        contains_all: OpportunitySearchPredicate | None = None,
        greater_than: OpportunitySearchPredicate | None = None,
        greater_than_or_equals: OpportunitySearchPredicate | None = None,
        less_than: OpportunitySearchPredicate | None = None,
        less_than_or_equals: OpportunitySearchPredicate | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.and_all_filters = and_all_filters  # type: ignore[assignment]
        self.or_all_filters = or_all_filters  # type: ignore[assignment]
        self.not_filter = not_filter
        self.equals_to = equals_to
        self.contains_any = contains_any
        self.contains_all = contains_all
        self.greater_than = greater_than
        self.greater_than_or_equals = greater_than_or_equals
        self.less_than = less_than
        self.less_than_or_equals = less_than_or_equals


class OpportunitySearchFilterValue(_TaggedUnion):
    """Contains the value that a search predicate compares against. Specify exactly one member.
    The member you choose must match the field type and the comparison operator of the
    predicate.

    A union: set exactly one variant by building one of
    `OpportunitySearchFilterValueStringValue`,
    `OpportunitySearchFilterValueStringListValue`,
    `OpportunitySearchFilterValueLongValue`, `OpportunitySearchFilterValueDoubleValue`,
    `OpportunitySearchFilterValueDateValue`. A variant added to the service later is
    received as `OpportunitySearchFilterValueUnknown`.
    """

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(
        (
            "StringValue",
            "StringListValue",
            "LongValue",
            "DoubleValue",
            "DateValue",
        )
    )
    _CODECS = _CODEC_MODULE


class OpportunitySearchFilterValueStringValue(OpportunitySearchFilterValue):
    """The `StringValue` variant of `OpportunitySearchFilterValue`.

    A single string value. Used by `EqualsTo`, and by `ContainsAny` or `ContainsAll` for a
    single-value match.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "StringValue"
    _SENSITIVE = frozenset(("value",))
    value: str

    def __init__(self, value: str) -> None:
        self.value = value


class OpportunitySearchFilterValueStringListValue(OpportunitySearchFilterValue):
    """The `StringListValue` variant of `OpportunitySearchFilterValue`.

    A list of string values. Used by `ContainsAny` or `ContainsAll` to match against
    multiple values.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "StringListValue"
    _SENSITIVE = frozenset(("value",))
    value: _Sequence[str]

    def __init__(self, value: _types.SequenceNotStr[str]) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.value = value  # type: ignore[assignment]


class OpportunitySearchFilterValueLongValue(OpportunitySearchFilterValue):
    """The `LongValue` variant of `OpportunitySearchFilterValue`.

    An integral numeric value, used by the range comparisons on integral numeric fields.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "LongValue"
    value: int

    def __init__(self, value: int) -> None:
        self.value = value


class OpportunitySearchFilterValueDoubleValue(OpportunitySearchFilterValue):
    """The `DoubleValue` variant of `OpportunitySearchFilterValue`.

    A fractional numeric value, used by the range comparisons on numeric amount fields such
    as `EstimatedMrr`.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "DoubleValue"
    value: float

    def __init__(self, value: float) -> None:
        self.value = value


class OpportunitySearchFilterValueDateValue(OpportunitySearchFilterValue):
    """The `DateValue` variant of `OpportunitySearchFilterValue`.

    A date-time value in RFC 3339 format, used by the range comparisons on date fields.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "DateValue"
    value: _dt.datetime

    def __init__(self, value: _dt.datetime) -> None:
        self.value = value


class OpportunitySearchFilterValueUnknown(_UnknownVariant, OpportunitySearchFilterValue):
    """A variant of OpportunitySearchFilterValue this client does not know (kept, not lost)."""

    __module__ = __package__
    __slots__ = ()


class OpportunitySearchInsights(_Structure):
    """Contains the insight scores (engagement score and opportunity quality score) returned
    for an opportunity in search results.

    Attributes:
        engagement_score: The level of engagement with the opportunity.
        opportunity_quality: The opportunity quality score.
    """

    __module__ = __package__
    __slots__ = (
        "engagement_score",
        "opportunity_quality",
    )
    _WIRE_NAMES = frozenset(
        (
            "EngagementScore",
            "OpportunityQuality",
        )
    )
    _SENSITIVE = frozenset(("engagement_score",))
    _CODECS = _CODEC_MODULE

    engagement_score: SearchEngagementScore | str | None
    opportunity_quality: OpportunitySearchOpportunityQuality | None

    def __init__(
        self,
        *,
        engagement_score: SearchEngagementScore | _types.SearchEngagementScoreValue | None = None,
        opportunity_quality: OpportunitySearchOpportunityQuality | None = None,
    ) -> None:
        self.engagement_score = engagement_score
        self.opportunity_quality = opportunity_quality


class OpportunitySearchLifeCycle(_Structure):
    """Contains the lifecycle fields (review status, stage, next steps, and target close date)
    returned for an opportunity in search results.

    Attributes:
        review_status: The approval status of the opportunity.
        stage: The stage of the opportunity.
        next_steps: The next steps for the opportunity.
        target_close_date: The projected launch date of the opportunity, in ISO 8601
            (YYYY-MM-DD) format.
    """

    __module__ = __package__
    __slots__ = (
        "review_status",
        "stage",
        "next_steps",
        "target_close_date",
    )
    _WIRE_NAMES = frozenset(
        (
            "ReviewStatus",
            "Stage",
            "NextSteps",
            "TargetCloseDate",
        )
    )
    _SENSITIVE = frozenset(("next_steps",))
    _CODECS = _CODEC_MODULE

    review_status: ReviewStatus | str | None
    stage: Stage | str | None
    next_steps: str | None
    target_close_date: str | None

    def __init__(
        self,
        *,
        review_status: ReviewStatus | _types.ReviewStatusValue | None = None,
        stage: Stage | _types.StageValue | None = None,
        next_steps: str | None = None,
        target_close_date: str | None = None,
    ) -> None:
        self.review_status = review_status
        self.stage = stage
        self.next_steps = next_steps
        self.target_close_date = target_close_date


class OpportunitySearchOpportunityQuality(_Structure):
    """Curated opportunity quality: score only.

    Attributes:
        score: A deal quality score (0-assigned to the opportunity.
    """

    __module__ = __package__
    __slots__ = ("score",)
    _WIRE_NAMES = frozenset(("Score",))
    _CODECS = _CODEC_MODULE

    score: int | None

    def __init__(
        self,
        *,
        score: int | None = None,
    ) -> None:
        self.score = score


class OpportunitySearchPredicate(_Structure):
    """A leaf filter condition. It carries the field (`Key`) and the typed value (`Value`) to
    compare against. The enclosing `OpportunitySearchFilter` member determines the
    comparison operator.

    Attributes:
        key: The opportunity field that the condition applies to. Required.
        value_: The typed value the condition compares against. Required.
    """

    __module__ = __package__
    __slots__ = (
        "key",
        "value_",
    )
    _WIRE_NAMES = frozenset(
        (
            "Key",
            "Value",
        )
    )
    _REQUIRED = (
        "Key",
        "Value",
    )
    _CODECS = _CODEC_MODULE

    key: OpportunitySearchFilterName | str
    value_: OpportunitySearchFilterValue

    def __init__(
        self,
        *,
        key: OpportunitySearchFilterName | _types.OpportunitySearchFilterNameValue,
        value_: OpportunitySearchFilterValue,
    ) -> None:
        self.key = key
        self.value_ = value_


class OpportunitySearchProject(_Structure):
    """Contains the project fields (title, AWS Partner Network (APN) programs, and expected
    customer spend) returned for an opportunity in search results.

    Attributes:
        title: The partner opportunity name.
        apn_programs: The AWS Partner Network (APN) programs associated with the
            opportunity's products or services.
        expected_customer_spend: The estimated AWS monthly recurring revenue (MRR):
            amount and currency only.
    """

    __module__ = __package__
    __slots__ = (
        "title",
        "apn_programs",
        "expected_customer_spend",
    )
    _WIRE_NAMES = frozenset(
        (
            "Title",
            "ApnPrograms",
            "ExpectedCustomerSpend",
        )
    )
    _SENSITIVE = frozenset(("title",))
    _CODECS = _CODEC_MODULE

    title: str | None
    apn_programs: _Sequence[str] | None
    expected_customer_spend: list[OpportunitySearchExpectedCustomerSpend] | None

    def __init__(
        self,
        *,
        title: str | None = None,
        apn_programs: _types.SequenceNotStr[str] | None = None,
        expected_customer_spend: (
            _types.SequenceNotStr[OpportunitySearchExpectedCustomerSpend] | None
        ) = None,
    ) -> None:
        self.title = title
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.apn_programs = apn_programs  # type: ignore[assignment]
        self.expected_customer_spend = expected_customer_spend  # type: ignore[assignment]


class OpportunitySearchRelatedEntityIdentifiers(_Structure):
    """Contains the related-entity identifiers (AWS Marketplace offers, offer sets, and
    solutions) returned for an opportunity in search results.

    Attributes:
        aws_marketplace_offers: The AWS Marketplace offers associated with this
            opportunity.
        aws_marketplace_offer_sets: The AWS Marketplace offer sets associated with this
            opportunity.
        aws_marketplace_solutions: The AWS Marketplace solutions associated with this
            opportunity.
        solutions: The proposed solutions to address the customer's business problem.
    """

    __module__ = __package__
    __slots__ = (
        "aws_marketplace_offers",
        "aws_marketplace_offer_sets",
        "aws_marketplace_solutions",
        "solutions",
    )
    _WIRE_NAMES = frozenset(
        (
            "AwsMarketplaceOffers",
            "AwsMarketplaceOfferSets",
            "AwsMarketplaceSolutions",
            "Solutions",
        )
    )
    _CODECS = _CODEC_MODULE

    aws_marketplace_offers: list[str] | None
    aws_marketplace_offer_sets: list[str] | None
    aws_marketplace_solutions: list[str] | None
    solutions: list[str] | None

    def __init__(
        self,
        *,
        aws_marketplace_offers: _types.SequenceNotStr[str] | None = None,
        aws_marketplace_offer_sets: _types.SequenceNotStr[str] | None = None,
        aws_marketplace_solutions: _types.SequenceNotStr[str] | None = None,
        solutions: _types.SequenceNotStr[str] | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.aws_marketplace_offers = aws_marketplace_offers  # type: ignore[assignment]
        self.aws_marketplace_offer_sets = aws_marketplace_offer_sets  # type: ignore[assignment]
        self.aws_marketplace_solutions = aws_marketplace_solutions  # type: ignore[assignment]
        self.solutions = solutions  # type: ignore[assignment]


class OpportunitySearchSort(_Structure):
    """Configures sorting of the search results.

    Attributes:
        sort_by: The field to sort the results by. Required.
        sort_order: The direction of the sort, either ascending or descending. Required.
    """

    __module__ = __package__
    __slots__ = (
        "sort_by",
        "sort_order",
    )
    _WIRE_NAMES = frozenset(
        (
            "SortBy",
            "SortOrder",
        )
    )
    _REQUIRED = (
        "SortBy",
        "SortOrder",
    )
    _CODECS = _CODEC_MODULE

    sort_by: OpportunitySearchSortName | str
    sort_order: SortOrder | str

    def __init__(
        self,
        *,
        sort_by: OpportunitySearchSortName | _types.OpportunitySearchSortNameValue,
        sort_order: SortOrder | _types.SortOrderValue,
    ) -> None:
        self.sort_by = sort_by
        self.sort_order = sort_order


class OpportunitySearchSummary(_Structure):
    """A curated summary view of an opportunity returned by a search. It holds the fields
    needed to render a search result row, take action, and run follow-up filters.

    Attributes:
        id: The read-only, system-generated unique identifier of the opportunity.
            Required.
        last_modified_date: The date and time when the opportunity was last modified, in
            UTC. Required.
        created_date: The date and time when the opportunity was created, in UTC.
            Required.
        opportunity_type: Specifies whether the opportunity is a new business
            opportunity, a renewal, or an expansion.
        partner_opportunity_identifier: The unique identifier of the opportunity in your
            customer relationship management (CRM) system.
        life_cycle: A curated lifecycle view: review status, stage, next steps, and
            target close date.
        customer: A curated customer view: company name, industry, AWS account, and
            country.
        project: A curated project view: title, AWS Partner Network (APN) programs, and
            expected customer spend.
        tags: The tags associated with the opportunity, returned as key-value pairs.
        related_entity_identifiers: Curated related-entity identifiers surfaced in
            search: AWS Marketplace offers, offer sets, and...
        opportunity_team: The opportunity owner and team members.
        aws_opportunity_summary: The AWS-side view of this opportunity.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "last_modified_date",
        "created_date",
        "opportunity_type",
        "partner_opportunity_identifier",
        "life_cycle",
        "customer",
        "project",
        "tags",
        "related_entity_identifiers",
        "opportunity_team",
        "aws_opportunity_summary",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "LastModifiedDate",
            "CreatedDate",
            "OpportunityType",
            "PartnerOpportunityIdentifier",
            "LifeCycle",
            "Customer",
            "Project",
            "Tags",
            "RelatedEntityIdentifiers",
            "OpportunityTeam",
            "AwsOpportunitySummary",
        )
    )
    _REQUIRED = (
        "Id",
        "LastModifiedDate",
        "CreatedDate",
    )
    _CODECS = _CODEC_MODULE

    id: str
    last_modified_date: _dt.datetime
    created_date: _dt.datetime
    opportunity_type: OpportunityType | str | None
    partner_opportunity_identifier: str | None
    life_cycle: OpportunitySearchLifeCycle | None
    customer: OpportunitySearchCustomer | None
    project: OpportunitySearchProject | None
    tags: _Sequence[Tag] | None
    related_entity_identifiers: OpportunitySearchRelatedEntityIdentifiers | None
    opportunity_team: list[OpportunitySearchTeamMember] | None
    aws_opportunity_summary: OpportunitySearchAwsSummary | None

    def __init__(
        self,
        *,
        id: str,
        last_modified_date: _dt.datetime,
        created_date: _dt.datetime,
        opportunity_type: OpportunityType | _types.OpportunityTypeValue | None = None,
        partner_opportunity_identifier: str | None = None,
        life_cycle: OpportunitySearchLifeCycle | None = None,
        customer: OpportunitySearchCustomer | None = None,
        project: OpportunitySearchProject | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
        related_entity_identifiers: OpportunitySearchRelatedEntityIdentifiers | None = None,
        opportunity_team: _types.SequenceNotStr[OpportunitySearchTeamMember] | None = None,
        aws_opportunity_summary: OpportunitySearchAwsSummary | None = None,
    ) -> None:
        self.id = id
        self.last_modified_date = last_modified_date
        self.created_date = created_date
        self.opportunity_type = opportunity_type
        self.partner_opportunity_identifier = partner_opportunity_identifier
        self.life_cycle = life_cycle
        self.customer = customer
        self.project = project
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.tags = tags  # type: ignore[assignment]
        self.related_entity_identifiers = related_entity_identifiers
        self.opportunity_team = opportunity_team  # type: ignore[assignment]
        self.aws_opportunity_summary = aws_opportunity_summary


class OpportunitySearchTeamMember(_Structure):
    """An opportunity team member surfaced in search: name and business title only, with no
    contact details.

    Attributes:
        first_name: The team member's first name.
        last_name: The team member's last name.
        business_title: The team member's business title.
    """

    __module__ = __package__
    __slots__ = (
        "first_name",
        "last_name",
        "business_title",
    )
    _WIRE_NAMES = frozenset(
        (
            "FirstName",
            "LastName",
            "BusinessTitle",
        )
    )
    _SENSITIVE = frozenset(
        (
            "first_name",
            "last_name",
            "business_title",
        )
    )
    _CODECS = _CODEC_MODULE

    first_name: str | None
    last_name: str | None
    business_title: str | None

    def __init__(
        self,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        business_title: str | None = None,
    ) -> None:
        self.first_name = first_name
        self.last_name = last_name
        self.business_title = business_title


class SearchOpportunitiesRequest(_Structure):
    """Contains the request parameters for the `SearchOpportunities` operation.

    Attributes:
        catalog: Specifies the catalog in which you run the search. Required.
        max_results: The maximum number of results to return in a single call.
        next_token: A pagination token returned by a previous call.
        keyword: An optional free-text query string matched against opportunity fields.
        filter: A recursive, structured filter tree.
        sort: Specifies the field and direction used to sort the search results.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "max_results",
        "next_token",
        "keyword",
        "filter",
        "sort",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "MaxResults",
            "NextToken",
            "Keyword",
            "Filter",
            "Sort",
        )
    )
    _REQUIRED = ("Catalog",)
    _SENSITIVE = frozenset(("keyword",))
    _CODECS = _CODEC_MODULE

    catalog: str
    max_results: int | None
    next_token: str | None
    keyword: str | None
    filter: OpportunitySearchFilter | None
    sort: OpportunitySearchSort | None

    def __init__(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        keyword: str | None = None,
        filter: OpportunitySearchFilter | None = None,
        sort: OpportunitySearchSort | None = None,
    ) -> None:
        self.catalog = catalog
        self.max_results = max_results
        self.next_token = next_token
        self.keyword = keyword
        self.filter = filter
        self.sort = sort


class SearchOpportunitiesResponse(_Structure):
    """Contains the response that the `SearchOpportunities` action returns.

    Attributes:
        opportunity_search_summaries: An array of curated summary views, one for each
            opportunity that matches the request criteria. Required.
        next_token: A pagination token for retrieving the next set of results.
    """

    __module__ = __package__
    __slots__ = (
        "opportunity_search_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "OpportunitySearchSummaries",
            "NextToken",
        )
    )
    _REQUIRED = ("OpportunitySearchSummaries",)
    _CODECS = _CODEC_MODULE

    opportunity_search_summaries: list[OpportunitySearchSummary]
    next_token: str | None

    def __init__(
        self,
        *,
        opportunity_search_summaries: _types.SequenceNotStr[OpportunitySearchSummary],
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.opportunity_search_summaries = opportunity_search_summaries  # type: ignore[assignment]
        self.next_token = next_token
