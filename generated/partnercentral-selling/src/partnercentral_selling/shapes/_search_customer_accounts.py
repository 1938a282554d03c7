"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only SearchCustomerAccounts calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        EnrichmentStatus,
        SortOrder,
        SortableField,
    )
    from . import (
        Filter,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._search_customer_accounts"


class AwsEnrichmentCustomerSummary(_Structure):
    """Recorded facts about the matched customer for an account in search results. It carries
    the fields that you can filter and group by.

    Attributes:
        industry: The industry of the customer, as classified by AWS.
        account_planning_qualification: Indicates whether the customer qualifies for
            account planning with AWS.
        eligible_programs: The AWS programs that the customer is eligible for.
        geo: The geographic area of the customer, as classified by AWS.
        country: The country of the customer.
        segment: The market segment of the customer, as classified by AWS.
    """

    __module__ = __package__
    __slots__ = (
        "industry",
        "account_planning_qualification",
        "eligible_programs",
        "geo",
        "country",
        "segment",
    )
    _WIRE_NAMES = frozenset(
        (
            "Industry",
            "AccountPlanningQualification",
            "EligiblePrograms",
            "Geo",
            "Country",
            "Segment",
        )
    )
    _CODECS = _CODEC_MODULE

    industry: str | None
    account_planning_qualification: str | None
    eligible_programs: list[str] | None
    geo: str | None
    country: str | None
    segment: str | None

    def __init__(
        self,
        *,
        industry: str | None = None,
        account_planning_qualification: str | None = None,
        eligible_programs: _types.SequenceNotStr[str] | None = None,
        geo: str | None = None,
        country: str | None = None,
        segment: str | None = None,
    ) -> None:
        self.industry = industry
        self.account_planning_qualification = account_planning_qualification
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.eligible_programs = eligible_programs  # type: ignore[assignment]
        self.geo = geo
        self.country = country
        self.segment = segment


class AwsEnrichmentInsightsSummary(_Structure):
    """Computed values about the matched customer for an account in search results. It carries
    the fields that you can sort and filter by.

    Attributes:
        marketplace_engagement_score: The level of engagement of the customer with AWS
            Marketplace.
        solution_category: The category of the solution that AWS recommends for the
            customer.
        solution_score: The likelihood that the customer adopts the recommended
            solution.
    """

    __module__ = __package__
    __slots__ = (
        "marketplace_engagement_score",
        "solution_category",
        "solution_score",
    )
    _WIRE_NAMES = frozenset(
        (
            "MarketplaceEngagementScore",
            "SolutionCategory",
            "SolutionScore",
        )
    )
    _CODECS = _CODEC_MODULE

    marketplace_engagement_score: str | None
    solution_category: str | None
    solution_score: str | None

    def __init__(
        self,
        *,
        marketplace_engagement_score: str | None = None,
        solution_category: str | None = None,
        solution_score: str | None = None,
    ) -> None:
        self.marketplace_engagement_score = marketplace_engagement_score
        self.solution_category = solution_category
        self.solution_score = solution_score


class AwsEnrichmentSummary(_Structure):
    """The AWS enrichment information for an account in search results. It carries a reduced
    set of fields compared to the enrichment information that `GetCustomerAccount` returns.
    Present only when `EnrichmentStatus` is `ENRICHED`.

    Attributes:
        customer: Information about the customer that AWS provides.
        insights: Insights that AWS computes for the customer.
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

    customer: AwsEnrichmentCustomerSummary | None
    insights: AwsEnrichmentInsightsSummary | None

    def __init__(
        self,
        *,
        customer: AwsEnrichmentCustomerSummary | None = None,
        insights: AwsEnrichmentInsightsSummary | None = None,
    ) -> None:
        self.customer = customer
        self.insights = insights


class CustomerAccountDetailsSummary(_Structure):
    """The customer information for an account in search results. It carries a reduced set of
    fields compared to the full customer information that `GetCustomerAccount` returns,
    omitting sensitive fields such as the Data Universal Numbering System (DUNS) number and
    the street address. To read those fields, use `GetCustomerAccount`.

    Attributes:
        company_name: The name of the customer company. Required.
    """

    __module__ = __package__
    __slots__ = ("company_name",)
    _WIRE_NAMES = frozenset(("CompanyName",))
    _REQUIRED = ("CompanyName",)
    _SENSITIVE = frozenset(("company_name",))
    _CODECS = _CODEC_MODULE

    company_name: str

    def __init__(
        self,
        *,
        company_name: str,
    ) -> None:
        self.company_name = company_name


class CustomerAccountSort(_Structure):
    """The field to sort customer accounts by, and the sort direction.

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

    sort_by: SortableField | str
    sort_order: SortOrder | str

    def __init__(
        self,
        *,
        sort_by: SortableField | _types.SortableFieldValue,
        sort_order: SortOrder | _types.SortOrderValue,
    ) -> None:
        self.sort_by = sort_by
        self.sort_order = sort_order


class CustomerAccountSummary(_Structure):
    """A customer account in the results of `SearchCustomerAccounts`. It carries a reduced set
    of fields compared to the full account that is returned by `GetCustomerAccount`.

    Attributes:
        arn: The Amazon Resource Name (ARN) of the customer account. Required.
        id: The unique identifier of the customer account. Required.
        catalog: The catalog that the customer account belongs to. Required.
        enrichment_status: The enrichment status of the customer account. Required.
        partner_account_identifier: Your own identifier for the customer account, if you
            provided one.
        created_date: The date and time when the customer account was created. Required.
        last_modified_date: The date and time when the customer account was last
            modified. Required.
        customer_account: A summary of the details of the customer that you provided.
            Required.
        aws_enrichment: A summary of the enrichment information that AWS provides about
            the customer.
    """

    __module__ = __package__
    __slots__ = (
        "arn",
        "id",
        "catalog",
        "enrichment_status",
        "partner_account_identifier",
        "created_date",
        "last_modified_date",
        "customer_account",
        "aws_enrichment",
    )
    _WIRE_NAMES = frozenset(
        (
            "Arn",
            "Id",
            "Catalog",
            "EnrichmentStatus",
            "PartnerAccountIdentifier",
            "CreatedDate",
            "LastModifiedDate",
            "CustomerAccount",
            "AwsEnrichment",
        )
    )
    _REQUIRED = (
        "Arn",
        "Id",
        "Catalog",
        "EnrichmentStatus",
        "CreatedDate",
        "LastModifiedDate",
        "CustomerAccount",
    )
    _CODECS = _CODEC_MODULE

    arn: str
    id: str
    catalog: str
    enrichment_status: EnrichmentStatus | str
    partner_account_identifier: str | None
    created_date: _dt.datetime
    last_modified_date: _dt.datetime
    customer_account: CustomerAccountDetailsSummary
    aws_enrichment: AwsEnrichmentSummary | None

    def __init__(
        self,
        *,
        arn: str,
        id: str,
        catalog: str,
        enrichment_status: EnrichmentStatus | _types.EnrichmentStatusValue,
        created_date: _dt.datetime,
        last_modified_date: _dt.datetime,
        customer_account: CustomerAccountDetailsSummary,
        partner_account_identifier: str | None = None,
        aws_enrichment: AwsEnrichmentSummary | None = None,
    ) -> None:
        self.arn = arn
        self.id = id
        self.catalog = catalog
        self.enrichment_status = enrichment_status
        self.partner_account_identifier = partner_account_identifier
        self.created_date = created_date
        self.last_modified_date = last_modified_date
        self.customer_account = customer_account
        self.aws_enrichment = aws_enrichment


class SearchCustomerAccountsRequest(_Structure):
    """Information about search customer accounts request.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        filter: Specifies a filter tree that narrows the customer accounts.
        sort: Specifies the field and direction used to sort the results.
        max_results: Specifies the maximum number of results to return in a single call.
        next_token: Specifies the token for the next page of results.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "filter",
        "sort",
        "max_results",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Filter",
            "Sort",
            "MaxResults",
            "NextToken",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    catalog: str
    filter: Filter | None
    sort: CustomerAccountSort | None
    max_results: int | None
    next_token: str | None

    def __init__(
        self,
        *,
        catalog: str,
        filter: Filter | None = None,
        sort: CustomerAccountSort | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.filter = filter
        self.sort = sort
        self.max_results = max_results
        self.next_token = next_token


class SearchCustomerAccountsResponse(_Structure):
    """Information about search customer accounts response.

    Attributes:
        customer_account_summaries: The customer accounts that match the request.
            Required.
        next_token: The token to retrieve the next page of results.
    """

    __module__ = __package__
    __slots__ = (
        "customer_account_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "CustomerAccountSummaries",
            "NextToken",
        )
    )
    _REQUIRED = ("CustomerAccountSummaries",)
    _CODECS = _CODEC_MODULE

    customer_account_summaries: list[CustomerAccountSummary]
    next_token: str | None

    def __init__(
        self,
        *,
        customer_account_summaries: _types.SequenceNotStr[CustomerAccountSummary],
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.customer_account_summaries = customer_account_summaries  # type: ignore[assignment]
        self.next_token = next_token
