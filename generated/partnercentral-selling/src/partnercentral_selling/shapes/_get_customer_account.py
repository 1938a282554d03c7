"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only GetCustomerAccount calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        CustomerAccountFailureReason,
        EnrichmentStatus,
    )
    from . import (
        CustomerAccountData,
        Tag,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._get_customer_account"


class AwsEnrichment(_Structure):
    """The information that we provide about the matched customer, in addition to the details
    that you supplied. Present only when `EnrichmentStatus` is `ENRICHED`.

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

    customer: AwsEnrichmentCustomer | None
    insights: AwsEnrichmentInsights | None

    def __init__(
        self,
        *,
        customer: AwsEnrichmentCustomer | None = None,
        insights: AwsEnrichmentInsights | None = None,
    ) -> None:
        self.customer = customer
        self.insights = insights


class AwsEnrichmentCustomer(_Structure):
    """Recorded facts that we hold about the matched customer, such as the industry, sector,
    company size, and region.

    Attributes:
        account_name: The name of the customer, as recorded by AWS.
        industry: The industry of the customer, as classified by AWS.
        sub_industry: The sub-industry of the customer, as classified by AWS.
        sector: The sector of the customer, as classified by AWS.
        segment: The market segment of the customer, as classified by AWS.
        company_size: The size of the customer company.
        region: The region of the customer, as classified by AWS.
        sub_region: The sub-region of the customer, as classified by AWS.
        geo: The geographic area of the customer, as classified by AWS.
        country: The country of the customer.
        customer_account_planning_qualification: Indicates whether the customer
            qualifies for account planning with AWS.
        eligible_programs: The AWS programs that the customer is eligible for.
    """

    __module__ = __package__
    __slots__ = (
        "account_name",
        "industry",
        "sub_industry",
        "sector",
        "segment",
        "company_size",
        "region",
        "sub_region",
        "geo",
        "country",
        "customer_account_planning_qualification",
        "eligible_programs",
    )
    _WIRE_NAMES = frozenset(
        (
            "AccountName",
            "Industry",
            "SubIndustry",
            "Sector",
            "Segment",
            "CompanySize",
            "Region",
            "SubRegion",
            "Geo",
            "Country",
            "CustomerAccountPlanningQualification",
            "EligiblePrograms",
        )
    )
    _CODECS = _CODEC_MODULE

    account_name: str | None
    industry: str | None
    sub_industry: str | None
    sector: str | None
    segment: str | None
    company_size: str | None
    region: str | None
    sub_region: str | None
    geo: str | None
    country: str | None
    customer_account_planning_qualification: str | None
    eligible_programs: list[str] | None

    def __init__(
        self,
        *,
        account_name: str | None = None,
        industry: str | None = None,
        sub_industry: str | None = None,
        sector: str | None = None,
        segment: str | None = None,
        company_size: str | None = None,
        region: str | None = None,
        sub_region: str | None = None,
        geo: str | None = None,
        country: str | None = None,
        customer_account_planning_qualification: str | None = None,
        eligible_programs: _types.SequenceNotStr[str] | None = None,
    ) -> None:
        self.account_name = account_name
        self.industry = industry
        self.sub_industry = sub_industry
        self.sector = sector
        self.segment = segment
        self.company_size = company_size
        self.region = region
        self.sub_region = sub_region
        self.geo = geo
        self.country = country
        self.customer_account_planning_qualification = customer_account_planning_qualification
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.eligible_programs = eligible_programs  # type: ignore[assignment]


class AwsEnrichmentInsights(_Structure):
    """Values that we compute about the matched customer, such as the marketplace engagement
    score and the solution propensity. These differ from the recorded facts in `Customer`.

    Attributes:
        marketplace_engagement_score: The level of engagement of the customer with AWS
            Marketplace.
        solution_category: The category of the solution that AWS recommends for the
            customer.
        solution_score: The likelihood that the customer adopts the recommended
            solution.
        solution_sub_category: The sub-category of the solution that AWS recommends for
            the customer.
    """

    __module__ = __package__
    __slots__ = (
        "marketplace_engagement_score",
        "solution_category",
        "solution_score",
        "solution_sub_category",
    )
    _WIRE_NAMES = frozenset(
        (
            "MarketplaceEngagementScore",
            "SolutionCategory",
            "SolutionScore",
            "SolutionSubCategory",
        )
    )
    _CODECS = _CODEC_MODULE

    marketplace_engagement_score: str | None
    solution_category: str | None
    solution_score: str | None
    solution_sub_category: str | None

    def __init__(
        self,
        *,
        marketplace_engagement_score: str | None = None,
        solution_category: str | None = None,
        solution_score: str | None = None,
        solution_sub_category: str | None = None,
    ) -> None:
        self.marketplace_engagement_score = marketplace_engagement_score
        self.solution_category = solution_category
        self.solution_score = solution_score
        self.solution_sub_category = solution_sub_category


class GetCustomerAccountRequest(_Structure):
    """Information about get customer account request.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        identifier: Specifies the ARN or the identifier of the customer account.
            Required.
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


class GetCustomerAccountResponse(_Structure):
    """Information about get customer account response.

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
        issues: The issues found with the customer account.
        aws_enrichment: Enrichment information that AWS provides about the customer.
        reason_code: The reason that the customer account needs your action.
        message: A description of the problem and the steps that you can take to resolve
            it.
        existing_customer_account_arn: The ARN of the customer account that already maps
            this customer.
        account: The details of the customer that you provided. Required.
        tags: The tags on the customer account.
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
        "issues",
        "aws_enrichment",
        "reason_code",
        "message",
        "existing_customer_account_arn",
        "account",
        "tags",
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
            "Issues",
            "AwsEnrichment",
            "ReasonCode",
            "Message",
            "ExistingCustomerAccountArn",
            "Account",
            "Tags",
        )
    )
    _REQUIRED = (
        "Arn",
        "Id",
        "Catalog",
        "EnrichmentStatus",
        "CreatedDate",
        "LastModifiedDate",
        "Account",
    )
    _CODECS = _CODEC_MODULE

    arn: str
    id: str
    catalog: str
    enrichment_status: EnrichmentStatus | str
    partner_account_identifier: str | None
    created_date: _dt.datetime
    last_modified_date: _dt.datetime
    issues: list[Issue] | None
    aws_enrichment: AwsEnrichment | None
    reason_code: CustomerAccountFailureReason | str | None
    message: str | None
    existing_customer_account_arn: str | None
    account: CustomerAccountData
    tags: _Sequence[Tag] | None

    def __init__(
        self,
        *,
        arn: str,
        id: str,
        catalog: str,
        enrichment_status: EnrichmentStatus | _types.EnrichmentStatusValue,
        created_date: _dt.datetime,
        last_modified_date: _dt.datetime,
        account: CustomerAccountData,
        partner_account_identifier: str | None = None,
        issues: _types.SequenceNotStr[Issue] | None = None,
        aws_enrichment: AwsEnrichment | None = None,
        reason_code: (
            CustomerAccountFailureReason | _types.CustomerAccountFailureReasonValue | None
        ) = None,
        message: str | None = None,
        existing_customer_account_arn: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
    ) -> None:
        self.arn = arn
        self.id = id
        self.catalog = catalog
        self.enrichment_status = enrichment_status
        self.partner_account_identifier = partner_account_identifier
        self.created_date = created_date
        self.last_modified_date = last_modified_date
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.issues = issues  # type: ignore[assignment]
        self.aws_enrichment = aws_enrichment
        self.reason_code = reason_code
        self.message = message
        self.existing_customer_account_arn = existing_customer_account_arn
        self.account = account
        self.tags = tags  # type: ignore[assignment]


class Issue(_Structure):
    """An issue found with a customer account. It includes the severity, a machine-readable
    code, and a description.

    Attributes:
        severity: The severity of the issue.
        code: A code that identifies the type of issue.
        message: A description of the issue.
    """

    __module__ = __package__
    __slots__ = (
        "severity",
        "code",
        "message",
    )
    _WIRE_NAMES = frozenset(
        (
            "Severity",
            "Code",
            "Message",
        )
    )
    _CODECS = _CODEC_MODULE

    severity: str | None
    code: str | None
    message: str | None

    def __init__(
        self,
        *,
        severity: str | None = None,
        code: str | None = None,
        message: str | None = None,
    ) -> None:
        self.severity = severity
        self.code = code
        self.message = message
