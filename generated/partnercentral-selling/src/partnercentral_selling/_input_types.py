"""The precise input types of the Partner Central Selling API (internal).

Only type checkers read this module (the package imports it under ``TYPE_CHECKING``):
each enum's values as a ``Literal``, each structure's wire-name dict (what ``from_dict()``
and the commands take) as a ``TypedDict``, and ``SequenceNotStr``, what list parameters
take (a ``str`` is a ``Sequence[str]``, so ``Sequence`` would let a lone string through).
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Iterator as _Iterator
from collections.abc import Mapping as _Mapping
from collections.abc import Sequence as _Sequence
from typing import Any as _Any
from typing import Literal as _Literal
from typing import Protocol as _Protocol
from typing import SupportsIndex as _SupportsIndex
from typing import TypedDict as _TypedDict

if _typing.TYPE_CHECKING:
    import datetime as _dt

    # Type checkers know typing_extensions on every Python (3.10's typing lacks these);
    # at run time nothing reads the annotations that name them.
    from typing_extensions import NotRequired as _NotRequired
    from typing_extensions import Required as _Required

    from . import enums as _enums

_T_co = _typing.TypeVar("_T_co", covariant=True)


class SequenceNotStr(_Protocol[_T_co]):
    """A list or a tuple of values, and never a ``str``.

    ``str.__contains__`` takes only a ``str``, so a ``str`` does not match
    ``__contains__(object)`` below, while lists and tuples do. No ``index()`` or
    ``count()``: with them pyright no longer reads a list literal's items as the
    expected values (``["Prospect"]`` would be a ``list[str]``).
    """

    @_typing.overload
    def __getitem__(self, index: _SupportsIndex, /) -> _T_co: ...
    @_typing.overload
    def __getitem__(self, index: slice, /) -> _Sequence[_T_co]: ...
    def __contains__(self, value: object, /) -> bool: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> _Iterator[_T_co]: ...
    def __reversed__(self) -> _Iterator[_T_co]: ...


AccessDeniedExceptionErrorCodeValue: _typing.TypeAlias = _Literal[
    "INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE",
    "SEARCH_OPPORTUNITIES_NOT_ENABLED",
    "SEARCH_OPPORTUNITIES_DATA_NOT_ROUTED_TO_DDB",
    "OPPORTUNITY_BULK_JOB_NOT_ENABLED",
]

AggregatableFieldValue: _typing.TypeAlias = _Literal[
    "ENRICHMENT_STATUS",
    "AWS_INDUSTRY",
    "SEGMENT",
    "REGION",
    "SOLUTION_CATEGORY",
    "ACCOUNT_PLANNING_QUALIFICATION",
    "PROGRAM_ELIGIBILITY",
    "MARKETPLACE_ENGAGEMENT_SCORE",
    "GEO",
    "COUNTRY",
    "SOLUTION_SCORE",
]

AwsClosedLostReasonValue: _typing.TypeAlias = _Literal[
    "Administrative",
    "Business Associate Agreement",
    "Company Acquired/Dissolved",
    "Competitive Offering",
    "Customer Data Requirement",
    "Customer Deficiency",
    "Customer Experience",
    "Delay / Cancellation of Project",
    "Duplicate",
    "Duplicate Opportunity",
    "Executive Blocker",
    "Failed Vetting",
    "Feature Limitation",
    "Financial/Commercial",
    "Insufficient Amazon Value",
    "Insufficient AWS Value",
    "International Constraints",
    "Legal / Tax / Regulatory",
    "Legal Terms and Conditions",
    "Lost to Competitor",
    "Lost to Competitor - Google",
    "Lost to Competitor - Microsoft",
    "Lost to Competitor - Other",
    "Lost to Competitor - Rackspace",
    "Lost to Competitor - SoftLayer",
    "Lost to Competitor - VMWare",
    "No Customer Reference",
    "No Integration Resources",
    "No Opportunity",
    "No Perceived Value of MP",
    "No Response",
    "Not Committed to AWS",
    "No Update",
    "On Premises Deployment",
    "Other",
    "Other (Details in Description)",
    "Partner Gap",
    "Past Due",
    "People/Relationship/Governance",
    "Platform Technology Limitation",
    "Preference for Competitor",
    "Price",
    "Product/Technology",
    "Product Not on AWS",
    "Security / Compliance",
    "Self-Service",
    "Technical Limitations",
    "Term Sheet Impasse",
]

AwsFundingUsedValue: _typing.TypeAlias = _Literal[
    "Yes",
    "No",
]

AwsMemberBusinessTitleValue: _typing.TypeAlias = _Literal[
    "AWSSalesRep",
    "AWSAccountOwner",
    "WWPSPDM",
    "PDM",
    "PSM",
    "ISVSM",
    "Signatory",
]

AwsOpportunityStageValue: _typing.TypeAlias = _Literal[
    "Not Started",
    "In Progress",
    "Prospect",
    "Engaged",
    "Identified",
    "Qualify",
    "Research",
    "Seller Engaged",
    "Evaluating",
    "Seller Registered",
    "Term Sheet Negotiation",
    "Contract Negotiation",
    "Onboarding",
    "Building Integration",
    "Qualified",
    "On-hold",
    "Technical Validation",
    "Business Validation",
    "Committed",
    "Launched",
    "Deferred to Partner",
    "Closed Lost",
    "Completed",
    "Closed Incomplete",
]

AwsPartitionValue: _typing.TypeAlias = _Literal["aws-eusc",]

BulkFileFormatValue: _typing.TypeAlias = _Literal["CSV",]

BulkJobStatusValue: _typing.TypeAlias = _Literal[
    "SUBMITTED",
    "IN_PROGRESS",
    "COMPLETED",
    "FAILED",
]

BulkOperationTypeValue: _typing.TypeAlias = _Literal[
    "BULK_CREATE",
    "BULK_UPDATE",
]

BulkRecordStatusValue: _typing.TypeAlias = _Literal[
    "SUCCEEDED",
    "FAILED",
]

BulkReportStatusValue: _typing.TypeAlias = _Literal[
    "NOT_STARTED",
    "IN_PROGRESS",
    "AVAILABLE",
    "FAILED",
    "EXPIRED",
]

BulkReportTypeValue: _typing.TypeAlias = _Literal[
    "FAILED_RECORDS",
    "ALL_RECORDS",
]

ChannelValue: _typing.TypeAlias = _Literal[
    "AWS Marketing Central",
    "Content Syndication",
    "Display",
    "Email",
    "Live Event",
    "Out Of Home (OOH)",
    "Print",
    "Search",
    "Social",
    "Telemarketing",
    "TV",
    "Video",
    "Virtual Event",
]

ClosedLostReasonValue: _typing.TypeAlias = _Literal[
    "Customer Deficiency",
    "Delay / Cancellation of Project",
    "Legal / Tax / Regulatory",
    "Lost to Competitor - Google",
    "Lost to Competitor - Microsoft",
    "Lost to Competitor - SoftLayer",
    "Lost to Competitor - VMWare",
    "Lost to Competitor - Other",
    "No Opportunity",
    "On Premises Deployment",
    "Partner Gap",
    "Price",
    "Security / Compliance",
    "Technical Limitations",
    "Customer Experience",
    "Other",
    "People/Relationship/Governance",
    "Product/Technology",
    "Financial/Commercial",
]

CompetitorNameValue: _typing.TypeAlias = _Literal[
    "Oracle Cloud",
    "On-Prem",
    "Co-location",
    "Akamai",
    "AliCloud",
    "Google Cloud Platform",
    "IBM Softlayer",
    "Microsoft Azure",
    "Other- Cost Optimization",
    "No Competition",
    "*Other",
]

ContactWindowValue: _typing.TypeAlias = _Literal[
    "MORNING",
    "AFTERNOON",
    "EVENING",
]

CountryCodeValue: _typing.TypeAlias = _Literal[
    "US",
    "AF",
    "AX",
    "AL",
    "DZ",
    "AS",
    "AD",
    "AO",
    "AI",
    "AQ",
    "AG",
    "AR",
    "AM",
    "AW",
    "AU",
    "AT",
    "AZ",
    "BS",
    "BH",
    "BD",
    "BB",
    "BY",
    "BE",
    "BZ",
    "BJ",
    "BM",
    "BT",
    "BO",
    "BQ",
    "BA",
    "BW",
    "BV",
    "BR",
    "IO",
    "BN",
    "BG",
    "BF",
    "BI",
    "KH",
    "CM",
    "CA",
    "CV",
    "KY",
    "CF",
    "TD",
    "CL",
    "CN",
    "CX",
    "CC",
    "CO",
    "KM",
    "CG",
    "CK",
    "CR",
    "CI",
    "HR",
    "CU",
    "CW",
    "CY",
    "CZ",
    "CD",
    "DK",
    "DJ",
    "DM",
    "DO",
    "EC",
    "EG",
    "SV",
    "GQ",
    "ER",
    "EE",
    "ET",
    "FK",
    "FO",
    "FJ",
    "FI",
    "FR",
    "GF",
    "PF",
    "TF",
    "GA",
    "GM",
    "GE",
    "DE",
    "GH",
    "GI",
    "GR",
    "GL",
    "GD",
    "GP",
    "GU",
    "GT",
    "GG",
    "GN",
    "GW",
    "GY",
    "HT",
    "HM",
    "VA",
    "HN",
    "HK",
    "HU",
    "IS",
    "IN",
    "ID",
    "IR",
    "IQ",
    "IE",
    "IM",
    "IL",
    "IT",
    "JM",
    "JP",
    "JE",
    "JO",
    "KZ",
    "KE",
    "KI",
    "KR",
    "KW",
    "KG",
    "LA",
    "LV",
    "LB",
    "LS",
    "LR",
    "LY",
    "LI",
    "LT",
    "LU",
    "MO",
    "MK",
    "MG",
    "MW",
    "MY",
    "MV",
    "ML",
    "MT",
    "MH",
    "MQ",
    "MR",
    "MU",
    "YT",
    "MX",
    "FM",
    "MD",
    "MC",
    "MN",
    "ME",
    "MS",
    "MA",
    "MZ",
    "MM",
    "NA",
    "NR",
    "NP",
    "NL",
    "AN",
    "NC",
    "NZ",
    "NI",
    "NE",
    "NG",
    "NU",
    "NF",
    "MP",
    "NO",
    "OM",
    "PK",
    "PW",
    "PS",
    "PA",
    "PG",
    "PY",
    "PE",
    "PH",
    "PN",
    "PL",
    "PT",
    "PR",
    "QA",
    "RE",
    "RO",
    "RU",
    "RW",
    "BL",
    "SH",
    "KN",
    "LC",
    "MF",
    "PM",
    "VC",
    "WS",
    "SM",
    "ST",
    "SA",
    "SN",
    "RS",
    "SC",
    "SL",
    "SG",
    "SX",
    "SK",
    "SI",
    "SB",
    "SO",
    "ZA",
    "GS",
    "SS",
    "ES",
    "LK",
    "SD",
    "SR",
    "SJ",
    "SZ",
    "SE",
    "CH",
    "SY",
    "TW",
    "TJ",
    "TZ",
    "TH",
    "TL",
    "TG",
    "TK",
    "TO",
    "TT",
    "TN",
    "TR",
    "TM",
    "TC",
    "TV",
    "UG",
    "UA",
    "AE",
    "GB",
    "UM",
    "UY",
    "UZ",
    "VU",
    "VE",
    "VN",
    "VG",
    "VI",
    "WF",
    "EH",
    "YE",
    "ZM",
    "ZW",
]

CurrencyCodeValue: _typing.TypeAlias = _Literal[
    "USD",
    "EUR",
    "GBP",
    "AUD",
    "CAD",
    "CNY",
    "NZD",
    "INR",
    "JPY",
    "CHF",
    "SEK",
    "AED",
    "AFN",
    "ALL",
    "AMD",
    "ANG",
    "AOA",
    "ARS",
    "AWG",
    "AZN",
    "BAM",
    "BBD",
    "BDT",
    "BGN",
    "BHD",
    "BIF",
    "BMD",
    "BND",
    "BOB",
    "BOV",
    "BRL",
    "BSD",
    "BTN",
    "BWP",
    "BYN",
    "BZD",
    "CDF",
    "CHE",
    "CHW",
    "CLF",
    "CLP",
    "COP",
    "COU",
    "CRC",
    "CUC",
    "CUP",
    "CVE",
    "CZK",
    "DJF",
    "DKK",
    "DOP",
    "DZD",
    "EGP",
    "ERN",
    "ETB",
    "FJD",
    "FKP",
    "GEL",
    "GHS",
    "GIP",
    "GMD",
    "GNF",
    "GTQ",
    "GYD",
    "HKD",
    "HNL",
    "HRK",
    "HTG",
    "HUF",
    "IDR",
    "ILS",
    "IQD",
    "IRR",
    "ISK",
    "JMD",
    "JOD",
    "KES",
    "KGS",
    "KHR",
    "KMF",
    "KPW",
    "KRW",
    "KWD",
    "KYD",
    "KZT",
    "LAK",
    "LBP",
    "LKR",
    "LRD",
    "LSL",
    "LYD",
    "MAD",
    "MDL",
    "MGA",
    "MKD",
    "MMK",
    "MNT",
    "MOP",
    "MRU",
    "MUR",
    "MVR",
    "MWK",
    "MXN",
    "MXV",
    "MYR",
    "MZN",
    "NAD",
    "NGN",
    "NIO",
    "NOK",
    "NPR",
    "OMR",
    "PAB",
    "PEN",
    "PGK",
    "PHP",
    "PKR",
    "PLN",
    "PYG",
    "QAR",
    "RON",
    "RSD",
    "RUB",
    "RWF",
    "SAR",
    "SBD",
    "SCR",
    "SDG",
    "SGD",
    "SHP",
    "SLL",
    "SOS",
    "SRD",
    "SSP",
    "STN",
    "SVC",
    "SYP",
    "SZL",
    "THB",
    "TJS",
    "TMT",
    "TND",
    "TOP",
    "TRY",
    "TTD",
    "TWD",
    "TZS",
    "UAH",
    "UGX",
    "USN",
    "UYI",
    "UYU",
    "UZS",
    "VEF",
    "VND",
    "VUV",
    "WST",
    "XAF",
    "XCD",
    "XDR",
    "XOF",
    "XPF",
    "XSU",
    "XUA",
    "YER",
    "ZAR",
    "ZMW",
    "ZWL",
]

CustomerAccountFailureReasonValue: _typing.TypeAlias = _Literal[
    "DUPLICATE_CUSTOMER_MATCH",
    "PROCESSING_ERROR",
]

DayOfWeekValue: _typing.TypeAlias = _Literal[
    "MONDAY",
    "TUESDAY",
    "WEDNESDAY",
    "THURSDAY",
    "FRIDAY",
    "SATURDAY",
    "SUNDAY",
]

DeliveryModelValue: _typing.TypeAlias = _Literal[
    "SaaS or PaaS",
    "BYOL or AMI",
    "Managed Services",
    "Professional Services",
    "Resell",
    "Other",
]

EngagementContextTypeValue: _typing.TypeAlias = _Literal[
    "CustomerProject",
    "Lead",
    "ProspectingResult",
    "CustomerAccount",
]

EngagementGroupSortNameValue: _typing.TypeAlias = _Literal[
    "Count",
    "UpdatedAt",
]

EngagementInvitationPayloadTypeValue: _typing.TypeAlias = _Literal[
    "OpportunityInvitation",
    "LeadInvitation",
    "AccountPlanningInvitation",
]

EngagementScoreValue: _typing.TypeAlias = _Literal[
    "High",
    "Medium",
    "Low",
]

EngagementSearchFilterNameValue: _typing.TypeAlias = _Literal[
    "EngagementId",
    "Title",
    "PartnerId",
    "CreatedAt",
    "LastModifiedAt",
    "MemberCount",
    "ProspectingCustomerGeo",
    "ProspectingCustomerRegion",
    "ProspectingCustomerIndustry",
    "ProspectingCustomerSegment",
    "ProspectingCustomerCountry",
    "ProspectingCustomerCompanySize",
    "ProspectingInsightsMarketplaceEngagementScore",
    "ProspectingInsightsSolutionCategory",
    "ProspectingInsightsSolutionSubCategory",
    "LeadQualificationStatus",
    "LeadReadinessScore",
    "LeadCustomerIndustry",
    "LeadCustomerCountryCode",
    "LeadCustomerAwsMaturity",
    "LeadCustomerMarketSegment",
    "LeadInteractionsSourceType",
    "LeadCustomerCompanyName",
    "LeadInteractionsContactFirstName",
    "LeadInteractionsContactLastName",
    "LeadInteractionsUsecase",
    "LeadInteractionsSourceName",
    "LeadInteractionsContactBusinessTitle",
    "ContextType",
]

EngagementSearchSortNameValue: _typing.TypeAlias = _Literal[
    "EngagementId",
    "Title",
    "PartnerId",
    "CreatedAt",
    "LastModifiedAt",
    "MemberCount",
    "ProspectingCustomerGeo",
    "ProspectingCustomerRegion",
    "ProspectingCustomerIndustry",
    "ProspectingCustomerSegment",
    "ProspectingCustomerCountry",
    "ProspectingCustomerCompanySize",
    "ProspectingInsightsMarketplaceEngagementScore",
    "ProspectingInsightsSolutionCategory",
    "ProspectingInsightsSolutionSubCategory",
    "LeadQualificationStatus",
    "LeadReadinessScore",
    "LeadCustomerIndustry",
    "LeadCustomerCountryCode",
    "LeadCustomerAwsMaturity",
    "LeadCustomerMarketSegment",
    "LeadCustomerCompanyName",
    "LeadInteractionsContactFirstName",
    "LeadInteractionsContactLastName",
    "LeadInteractionsUsecase",
    "LeadInteractionsContactBusinessTitle",
]

EngagementSortNameValue: _typing.TypeAlias = _Literal["CreatedDate",]

EnrichmentStatusValue: _typing.TypeAlias = _Literal[
    "PENDING",
    "ENRICHED",
    "NO_MATCH_FOUND",
    "ACTION_REQUIRED",
]

ExpectedContractDurationTermValue: _typing.TypeAlias = _Literal["Months",]

FilterableFieldValue: _typing.TypeAlias = _Literal[
    "ENRICHMENT_STATUS",
    "COMPANY_NAME",
    "AWS_INDUSTRY",
    "ACCOUNT_PLANNING_QUALIFICATION",
    "PROGRAM_ELIGIBILITY",
    "IMPORT_ID",
    "CREATED_DATE",
    "LAST_MODIFIED_DATE",
    "GEO",
    "COUNTRY",
    "SEGMENT",
    "SOLUTION_CATEGORY",
    "MARKETPLACE_ENGAGEMENT_SCORE",
    "SOLUTION_SCORE",
]

IndustryValue: _typing.TypeAlias = _Literal[
    "Aerospace",
    "Agriculture",
    "Automotive",
    "Computers and Electronics",
    "Consumer Goods",
    "Education",
    "Energy - Oil and Gas",
    "Energy - Power and Utilities",
    "Financial Services",
    "Gaming",
    "Government",
    "Healthcare",
    "Hospitality",
    "Life Sciences",
    "Manufacturing",
    "Marketing and Advertising",
    "Media and Entertainment",
    "Mining",
    "Non-Profit Organization",
    "Professional Services",
    "Real Estate and Construction",
    "Retail",
    "Software and Internet",
    "Telecommunications",
    "Transportation and Logistics",
    "Travel",
    "Wholesale and Distribution",
    "Other",
]

InvitationStatusValue: _typing.TypeAlias = _Literal[
    "ACCEPTED",
    "PENDING",
    "REJECTED",
    "EXPIRED",
]

InvolvementTypeChangeReasonValue: _typing.TypeAlias = _Literal[
    "Expansion Opportunity",
    "Change in Deal Information",
    "Customer Requested",
    "Technical Complexity",
    "Risk Mitigation",
]

ListTasksSortNameValue: _typing.TypeAlias = _Literal["StartTime",]

MarketingSourceValue: _typing.TypeAlias = _Literal[
    "Marketing Activity",
    "None",
]

NationalSecurityValue: _typing.TypeAlias = _Literal[
    "Yes",
    "No",
]

OpportunityEngagementInvitationSortNameValue: _typing.TypeAlias = _Literal["InvitationDate",]

OpportunityOriginValue: _typing.TypeAlias = _Literal[
    "AWS Referral",
    "Partner Referral",
]

OpportunitySearchFilterNameValue: _typing.TypeAlias = _Literal[
    "OpportunityId",
    "Stage",
    "ReviewStatus",
    "CustomerCompanyName",
    "LastModifiedDate",
    "TargetCloseDate",
    "CreatedDate",
    "CountryCode",
    "PartnerProjectTitle",
    "OpportunityType",
    "PartnerOpportunityIdentifier",
    "Industry",
    "AwsAccountId",
    "ApnPrograms",
    "Origin",
    "Tags",
    "NextStep",
    "OfferId",
    "OfferSetId",
    "AwsMarketplaceSolution",
    "CosellMotion",
    "OpportunityOwner",
    "EstimatedMrr",
    "EngagementScore",
]

OpportunitySearchSortNameValue: _typing.TypeAlias = _Literal[
    "OpportunityId",
    "Stage",
    "ReviewStatus",
    "CustomerCompanyName",
    "LastModifiedDate",
    "TargetCloseDate",
    "CreatedDate",
    "CountryCode",
    "PartnerProjectTitle",
    "OpportunityType",
    "PartnerOpportunityIdentifier",
    "Industry",
    "AwsAccountId",
    "Origin",
    "NextStep",
    "CosellMotion",
    "OpportunityOwner",
    "EngagementScore",
    "EstimatedMrr",
    "Tags",
    "OfferId",
    "OfferSetId",
    "ApnPrograms",
]

OpportunitySortNameValue: _typing.TypeAlias = _Literal[
    "LastModifiedDate",
    "Identifier",
    "CustomerCompanyName",
    "CreatedDate",
    "TargetCloseDate",
]

OpportunityTypeValue: _typing.TypeAlias = _Literal[
    "Net New Business",
    "Flat Renewal",
    "Expansion",
]

ParticipantTypeValue: _typing.TypeAlias = _Literal[
    "SENDER",
    "RECEIVER",
]

PaymentFrequencyValue: _typing.TypeAlias = _Literal["Monthly",]

PrimaryNeedFromAwsValue: _typing.TypeAlias = _Literal[
    "Co-Sell - Architectural Validation",
    "Co-Sell - Business Presentation",
    "Co-Sell - Competitive Information",
    "Co-Sell - Pricing Assistance",
    "Co-Sell - Technical Consultation",
    "Co-Sell - Total Cost of Ownership Evaluation",
    "Co-Sell - Deal Support",
    "Co-Sell - Support for Public Tender / RFx",
]

ProspectingFromEngagementTaskSortNameValue: _typing.TypeAlias = _Literal[
    "StartTime",
    "TaskName",
    "FailedEngagementCount",
]

ProspectingTaskStatusValue: _typing.TypeAlias = _Literal[
    "PENDING",
    "IN_PROGRESS",
    "COMPLETED",
    "FAILED",
]

ReadinessLevelValue: _typing.TypeAlias = _Literal[
    "SalesReady",
    "MarketingReady",
    "LowPotential",
]

ReasonCodeValue: _typing.TypeAlias = _Literal[
    "InvitationAccessDenied",
    "InvitationValidationFailed",
    "EngagementAccessDenied",
    "OpportunityAccessDenied",
    "ResourceSnapshotJobAccessDenied",
    "ResourceSnapshotJobValidationFailed",
    "ResourceSnapshotJobConflict",
    "EngagementValidationFailed",
    "EngagementConflict",
    "OpportunitySubmissionFailed",
    "EngagementInvitationConflict",
    "InternalError",
    "OpportunityValidationFailed",
    "OpportunityConflict",
    "ResourceSnapshotAccessDenied",
    "ResourceSnapshotValidationFailed",
    "ResourceSnapshotConflict",
    "ServiceQuotaExceeded",
    "RequestThrottled",
    "ContextNotFound",
    "CustomerProjectContextNotPermitted",
    "DisqualifiedLeadNotPermitted",
]

ReceiverResponsibilityValue: _typing.TypeAlias = _Literal[
    "Distributor",
    "Reseller",
    "Hardware Partner",
    "Managed Service Provider",
    "Software Partner",
    "Services Partner",
    "Training Partner",
    "Co-Sell Facilitator",
    "Facilitator",
]

RelatedEntityTypeValue: _typing.TypeAlias = _Literal[
    "Solutions",
    "AwsProducts",
    "AwsMarketplaceOffers",
    "AwsMarketplaceOfferSets",
    "AwsMarketplaceSolutions",
    "AwsMarketplaceProducts",
]

ResourceSnapshotJobStatusValue: _typing.TypeAlias = _Literal[
    "Running",
    "Stopped",
]

ResourceTypeValue: _typing.TypeAlias = _Literal["Opportunity",]

RevenueModelValue: _typing.TypeAlias = _Literal[
    "Contract",
    "Pay-as-you-go",
    "Subscription",
]

ReviewStatusValue: _typing.TypeAlias = _Literal[
    "Pending Submission",
    "Submitted",
    "In review",
    "Approved",
    "Rejected",
    "Action Required",
]

SalesActivityValue: _typing.TypeAlias = _Literal[
    "Initialized discussions with customer",
    "Customer has shown interest in solution",
    "Conducted POC / Demo",
    "In evaluation / planning stage",
    "Agreed on solution to Business Problem",
    "Completed Action Plan",
    "Finalized Deployment Need",
    "SOW Signed",
]

SalesInvolvementTypeValue: _typing.TypeAlias = _Literal[
    "For Visibility Only",
    "Co-Sell",
]

SearchEngagementScoreValue: _typing.TypeAlias = _Literal[
    "High",
    "Medium",
    "Low",
]

SolutionSortNameValue: _typing.TypeAlias = _Literal[
    "Identifier",
    "Name",
    "Status",
    "Category",
    "CreatedDate",
]

SolutionStatusValue: _typing.TypeAlias = _Literal[
    "Active",
    "Inactive",
    "Draft",
]

SortByValue: _typing.TypeAlias = _Literal["CreatedDate",]

SortOrderValue: _typing.TypeAlias = _Literal[
    "ASCENDING",
    "DESCENDING",
]

SortableFieldValue: _typing.TypeAlias = _Literal[
    "COMPANY_NAME",
    "CREATED_DATE",
    "LAST_MODIFIED_DATE",
    "MARKETPLACE_ENGAGEMENT_SCORE",
    "SOLUTION_SCORE",
]

StageValue: _typing.TypeAlias = _Literal[
    "Prospect",
    "Qualified",
    "Technical Validation",
    "Business Validation",
    "Committed",
    "Launched",
    "Closed Lost",
]

TaskStatusValue: _typing.TypeAlias = _Literal[
    "IN_PROGRESS",
    "COMPLETE",
    "FAILED",
]

ValidationExceptionErrorCodeValue: _typing.TypeAlias = _Literal[
    "REQUIRED_FIELD_MISSING",
    "INVALID_ENUM_VALUE",
    "INVALID_STRING_FORMAT",
    "INVALID_VALUE",
    "NOT_ENOUGH_VALUES",
    "TOO_MANY_VALUES",
    "INVALID_RESOURCE_STATE",
    "DUPLICATE_KEY_VALUE",
    "VALUE_OUT_OF_RANGE",
    "ACTION_NOT_PERMITTED",
]

ValidationExceptionReasonValue: _typing.TypeAlias = _Literal[
    "REQUEST_VALIDATION_FAILED",
    "BUSINESS_VALIDATION_FAILED",
]

VisibilityValue: _typing.TypeAlias = _Literal[
    "Full",
    "Limited",
]


class AcceptEngagementInvitationRequestDict(_TypedDict, total=False):
    """The wire-name dict of `AcceptEngagementInvitationRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]


class AccountDict(_TypedDict, total=False):
    """The wire-name dict of `Account`."""

    Industry: _NotRequired[_enums.Industry | IndustryValue]
    OtherIndustry: _NotRequired[str]
    CompanyName: _Required[str]
    WebsiteUrl: _NotRequired[str]
    AwsAccountId: _NotRequired[str]
    Address: _NotRequired[AddressDict]
    Duns: _NotRequired[str]


class AccountCustomerDict(_TypedDict, total=False):
    """The wire-name dict of `AccountCustomer`."""

    Industry: _NotRequired[str]
    CompanyName: _Required[str]
    WebsiteUrl: _NotRequired[str]
    CountryCode: _NotRequired[_enums.CountryCode | CountryCodeValue]


class AccountPlanningInvitationPayloadDict(_TypedDict, total=False):
    """The wire-name dict of `AccountPlanningInvitationPayload`."""

    AccountIdentifier: _NotRequired[str]
    Customer: _NotRequired[AccountCustomerDict]
    SenderContacts: _NotRequired[SequenceNotStr[SenderContactDict]]
    PreferredContact: _NotRequired[PreferredContactWindowDict]


class AccountReceiverDict(_TypedDict, total=False):
    """The wire-name dict of `AccountReceiver`."""

    Alias: _NotRequired[str]
    AwsAccountId: _Required[str]


class AccountSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `AccountSummary`."""

    Industry: _NotRequired[_enums.Industry | IndustryValue]
    OtherIndustry: _NotRequired[str]
    CompanyName: _Required[str]
    WebsiteUrl: _NotRequired[str]
    Address: _NotRequired[AddressSummaryDict]


class AddressDict(_TypedDict, total=False):
    """The wire-name dict of `Address`."""

    City: _NotRequired[str]
    PostalCode: _NotRequired[str]
    StateOrRegion: _NotRequired[str]
    CountryCode: _NotRequired[_enums.CountryCode | CountryCodeValue]
    StreetAddress: _NotRequired[str]


class AddressSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `AddressSummary`."""

    City: _NotRequired[str]
    PostalCode: _NotRequired[str]
    StateOrRegion: _NotRequired[str]
    CountryCode: _NotRequired[_enums.CountryCode | CountryCodeValue]


class AggregationRequestDict(_TypedDict, total=False):
    """The wire-name dict of `AggregationRequest`."""

    GroupBy: _Required[SequenceNotStr[_enums.AggregatableField | AggregatableFieldValue]]


class AggregationResultDict(_TypedDict, total=False):
    """The wire-name dict of `AggregationResult`."""

    GroupBy: _Required[SequenceNotStr[_enums.AggregatableField | AggregatableFieldValue]]
    Buckets: _Required[SequenceNotStr[BucketDict]]
    OtherCount: _Required[int]


class AssignOpportunityRequestDict(_TypedDict, total=False):
    """The wire-name dict of `AssignOpportunityRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]
    Assignee: _Required[AssigneeContactDict]


class AssigneeContactDict(_TypedDict, total=False):
    """The wire-name dict of `AssigneeContact`."""

    Email: _Required[str]
    FirstName: _Required[str]
    LastName: _Required[str]
    Phone: _NotRequired[str]
    BusinessTitle: _Required[str]


class AssociateOpportunityRequestDict(_TypedDict, total=False):
    """The wire-name dict of `AssociateOpportunityRequest`."""

    Catalog: _Required[str]
    OpportunityIdentifier: _Required[str]
    RelatedEntityType: _Required[_enums.RelatedEntityType | RelatedEntityTypeValue]
    RelatedEntityIdentifier: _Required[str]


class AwsEnrichmentDict(_TypedDict, total=False):
    """The wire-name dict of `AwsEnrichment`."""

    Customer: _NotRequired[AwsEnrichmentCustomerDict]
    Insights: _NotRequired[AwsEnrichmentInsightsDict]


class AwsEnrichmentCustomerDict(_TypedDict, total=False):
    """The wire-name dict of `AwsEnrichmentCustomer`."""

    AccountName: _NotRequired[str]
    Industry: _NotRequired[str]
    SubIndustry: _NotRequired[str]
    Sector: _NotRequired[str]
    Segment: _NotRequired[str]
    CompanySize: _NotRequired[str]
    Region: _NotRequired[str]
    SubRegion: _NotRequired[str]
    Geo: _NotRequired[str]
    Country: _NotRequired[str]
    CustomerAccountPlanningQualification: _NotRequired[str]
    EligiblePrograms: _NotRequired[SequenceNotStr[str]]


class AwsEnrichmentCustomerSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `AwsEnrichmentCustomerSummary`."""

    Industry: _NotRequired[str]
    AccountPlanningQualification: _NotRequired[str]
    EligiblePrograms: _NotRequired[SequenceNotStr[str]]
    Geo: _NotRequired[str]
    Country: _NotRequired[str]
    Segment: _NotRequired[str]


class AwsEnrichmentInsightsDict(_TypedDict, total=False):
    """The wire-name dict of `AwsEnrichmentInsights`."""

    MarketplaceEngagementScore: _NotRequired[str]
    SolutionCategory: _NotRequired[str]
    SolutionScore: _NotRequired[str]
    SolutionSubCategory: _NotRequired[str]


class AwsEnrichmentInsightsSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `AwsEnrichmentInsightsSummary`."""

    MarketplaceEngagementScore: _NotRequired[str]
    SolutionCategory: _NotRequired[str]
    SolutionScore: _NotRequired[str]


class AwsEnrichmentSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `AwsEnrichmentSummary`."""

    Customer: _NotRequired[AwsEnrichmentCustomerSummaryDict]
    Insights: _NotRequired[AwsEnrichmentInsightsSummaryDict]


class AwsOpportunityCustomerDict(_TypedDict, total=False):
    """The wire-name dict of `AwsOpportunityCustomer`."""

    Contacts: _NotRequired[SequenceNotStr[ContactDict]]


class AwsOpportunityInsightsDict(_TypedDict, total=False):
    """The wire-name dict of `AwsOpportunityInsights`."""

    NextBestActions: _NotRequired[str]
    EngagementScore: _NotRequired[_enums.EngagementScore | EngagementScoreValue]
    AwsProductsSpendInsightsBySource: _NotRequired[AwsProductsSpendInsightsBySourceDict]
    OpportunityQuality: _NotRequired[OpportunityQualityDict]
    Recommendations: _NotRequired[SequenceNotStr[RecommendationDict]]


class AwsOpportunityLifeCycleDict(_TypedDict, total=False):
    """The wire-name dict of `AwsOpportunityLifeCycle`."""

    TargetCloseDate: _NotRequired[str]
    ClosedLostReason: _NotRequired[_enums.AwsClosedLostReason | AwsClosedLostReasonValue]
    Stage: _NotRequired[_enums.AwsOpportunityStage | AwsOpportunityStageValue]
    NextSteps: _NotRequired[str]
    NextStepsHistory: _NotRequired[SequenceNotStr[ProfileNextStepsHistoryDict]]


class AwsOpportunityProjectDict(_TypedDict, total=False):
    """The wire-name dict of `AwsOpportunityProject`."""

    ExpectedCustomerSpend: _NotRequired[SequenceNotStr[ExpectedCustomerSpendDict]]
    AwsPartition: _NotRequired[_enums.AwsPartition | AwsPartitionValue]


class AwsOpportunityRelatedEntitiesDict(_TypedDict, total=False):
    """The wire-name dict of `AwsOpportunityRelatedEntities`."""

    AwsProducts: _NotRequired[SequenceNotStr[str]]
    Solutions: _NotRequired[SequenceNotStr[str]]
    AwsMarketplaceSolutions: _NotRequired[SequenceNotStr[str]]
    AwsMarketplaceProducts: _NotRequired[SequenceNotStr[str]]


class AwsOpportunitySummaryFullViewDict(_TypedDict, total=False):
    """The wire-name dict of `AwsOpportunitySummaryFullView`."""

    RelatedOpportunityId: _NotRequired[str]
    Origin: _NotRequired[_enums.OpportunityOrigin | OpportunityOriginValue]
    InvolvementType: _NotRequired[_enums.SalesInvolvementType | SalesInvolvementTypeValue]
    Visibility: _NotRequired[_enums.Visibility | VisibilityValue]
    LifeCycle: _NotRequired[AwsOpportunityLifeCycleDict]
    OpportunityTeam: _NotRequired[SequenceNotStr[AwsTeamMemberDict]]
    Insights: _NotRequired[AwsOpportunityInsightsDict]
    InvolvementTypeChangeReason: _NotRequired[
        _enums.InvolvementTypeChangeReason | InvolvementTypeChangeReasonValue
    ]
    RelatedEntityIds: _NotRequired[AwsOpportunityRelatedEntitiesDict]
    Customer: _NotRequired[AwsOpportunityCustomerDict]
    Project: _NotRequired[AwsOpportunityProjectDict]
    CosellMotion: _NotRequired[str]
    CosellMotionReason: _NotRequired[str]
    SoftwareRevenue: _NotRequired[AwsSoftwareRevenueDict]


class AwsProductDetailsDict(_TypedDict, total=False):
    """The wire-name dict of `AwsProductDetails`."""

    ProductCode: _Required[str]
    ServiceCode: _NotRequired[str]
    Categories: _Required[SequenceNotStr[str]]
    Amount: _NotRequired[str]
    OptimizedAmount: _NotRequired[str]
    PotentialSavingsAmount: _NotRequired[str]
    Optimizations: _Required[SequenceNotStr[AwsProductOptimizationDict]]


class AwsProductInsightsDict(_TypedDict, total=False):
    """The wire-name dict of `AwsProductInsights`."""

    CurrencyCode: _Required[_enums.CurrencyCode | CurrencyCodeValue]
    Frequency: _Required[_enums.PaymentFrequency | PaymentFrequencyValue]
    TotalAmount: _NotRequired[str]
    TotalOptimizedAmount: _NotRequired[str]
    TotalPotentialSavingsAmount: _NotRequired[str]
    TotalAmountByCategory: _Required[_Mapping[str, str]]
    AwsProducts: _Required[SequenceNotStr[AwsProductDetailsDict]]


class AwsProductOptimizationDict(_TypedDict, total=False):
    """The wire-name dict of `AwsProductOptimization`."""

    Description: _Required[str]
    SavingsAmount: _Required[str]


class AwsProductsSpendInsightsBySourceDict(_TypedDict, total=False):
    """The wire-name dict of `AwsProductsSpendInsightsBySource`."""

    Partner: _NotRequired[AwsProductInsightsDict]
    AWS: _NotRequired[AwsProductInsightsDict]


class AwsSoftwareRevenueDict(_TypedDict, total=False):
    """The wire-name dict of `AwsSoftwareRevenue`."""

    Value: _NotRequired[MonetaryValueDict]
    Discount: _NotRequired[str]
    EffectiveDate: _NotRequired[str]
    ExpirationDate: _NotRequired[str]


class AwsSubmissionDict(_TypedDict, total=False):
    """The wire-name dict of `AwsSubmission`."""

    InvolvementType: _Required[_enums.SalesInvolvementType | SalesInvolvementTypeValue]
    Visibility: _NotRequired[_enums.Visibility | VisibilityValue]


class AwsTeamMemberDict(_TypedDict, total=False):
    """The wire-name dict of `AwsTeamMember`."""

    Email: _NotRequired[str]
    FirstName: _NotRequired[str]
    LastName: _NotRequired[str]
    BusinessTitle: _NotRequired[_enums.AwsMemberBusinessTitle | AwsMemberBusinessTitleValue]


class BestOutreachWindowDict(_TypedDict, total=False):
    """The wire-name dict of `BestOutreachWindow`."""

    Day: _Required[_enums.DayOfWeek | DayOfWeekValue]
    StartTimeUtc: _Required[str]
    EndTimeUtc: _Required[str]


class BucketDict(_TypedDict, total=False):
    """The wire-name dict of `Bucket`."""

    Values: _Required[SequenceNotStr[str]]
    Count: _Required[int]


class BulkJobResultDict(_TypedDict, total=False):
    """The wire-name dict of `BulkJobResult`."""

    RequestId: _Required[str]
    Status: _Required[_enums.BulkRecordStatus | BulkRecordStatusValue]
    ResourceIdentifier: _NotRequired[str]
    ErrorCode: _NotRequired[str]
    ErrorMessage: _NotRequired[str]


class ChannelRecommendationDict(_TypedDict, total=False):
    """The wire-name dict of `ChannelRecommendation`."""

    RecommendedChannel: _Required[str]
    BestOutreachWindows: _NotRequired[SequenceNotStr[BestOutreachWindowDict]]


class ContactDict(_TypedDict, total=False):
    """The wire-name dict of `Contact`."""

    Email: _NotRequired[str]
    FirstName: _NotRequired[str]
    LastName: _NotRequired[str]
    BusinessTitle: _NotRequired[str]
    Phone: _NotRequired[str]


class CreateCustomerAccountRequestDict(_TypedDict, total=False):
    """The wire-name dict of `CreateCustomerAccountRequest`."""

    Catalog: _Required[str]
    Account: _Required[CustomerAccountDataDict]
    PartnerAccountIdentifier: _NotRequired[str]
    Tags: _NotRequired[SequenceNotStr[TagDict]]
    ClientToken: _NotRequired[str]


class CreateCustomerAccountResponseDict(_TypedDict, total=False):
    """The wire-name dict of `CreateCustomerAccountResponse`."""

    Arn: _Required[str]
    Id: _Required[str]
    Status: _Required[_enums.EnrichmentStatus | EnrichmentStatusValue]
    Catalog: _Required[str]
    PartnerAccountIdentifier: _NotRequired[str]
    CreatedDate: _Required[_dt.datetime]


class CreateEngagementContextRequestDict(_TypedDict, total=False):
    """The wire-name dict of `CreateEngagementContextRequest`."""

    Catalog: _Required[str]
    EngagementIdentifier: _Required[str]
    ClientToken: _NotRequired[str]
    Type: _Required[_enums.EngagementContextType | EngagementContextTypeValue]
    Payload: _Required[EngagementContextPayloadDict]


class CreateEngagementContextResponseDict(_TypedDict, total=False):
    """The wire-name dict of `CreateEngagementContextResponse`."""

    EngagementId: _NotRequired[str]
    EngagementArn: _NotRequired[str]
    EngagementLastModifiedAt: _NotRequired[_dt.datetime]
    ContextId: _NotRequired[str]


class CreateEngagementInvitationRequestDict(_TypedDict, total=False):
    """The wire-name dict of `CreateEngagementInvitationRequest`."""

    Catalog: _Required[str]
    ClientToken: _NotRequired[str]
    EngagementIdentifier: _Required[str]
    Invitation: _Required[InvitationDict]


class CreateEngagementInvitationResponseDict(_TypedDict, total=False):
    """The wire-name dict of `CreateEngagementInvitationResponse`."""

    Id: _Required[str]
    Arn: _Required[str]


class CreateEngagementRequestDict(_TypedDict, total=False):
    """The wire-name dict of `CreateEngagementRequest`."""

    Catalog: _Required[str]
    ClientToken: _NotRequired[str]
    Title: _NotRequired[str]
    Description: _NotRequired[str]
    Contexts: _NotRequired[SequenceNotStr[EngagementContextDetailsDict]]


class CreateEngagementResponseDict(_TypedDict, total=False):
    """The wire-name dict of `CreateEngagementResponse`."""

    Id: _NotRequired[str]
    Arn: _NotRequired[str]
    ModifiedAt: _NotRequired[_dt.datetime]


class CreateOpportunityRequestDict(_TypedDict, total=False):
    """The wire-name dict of `CreateOpportunityRequest`."""

    Catalog: _Required[str]
    PrimaryNeedsFromAws: _NotRequired[
        SequenceNotStr[_enums.PrimaryNeedFromAws | PrimaryNeedFromAwsValue]
    ]
    NationalSecurity: _NotRequired[_enums.NationalSecurity | NationalSecurityValue]
    PartnerOpportunityIdentifier: _NotRequired[str]
    Customer: _NotRequired[CustomerDict]
    Project: _NotRequired[ProjectDict]
    OpportunityType: _NotRequired[_enums.OpportunityType | OpportunityTypeValue]
    Marketing: _NotRequired[MarketingDict]
    SoftwareRevenue: _NotRequired[SoftwareRevenueDict]
    ClientToken: _NotRequired[str]
    LifeCycle: _NotRequired[LifeCycleDict]
    Origin: _NotRequired[_enums.OpportunityOrigin | OpportunityOriginValue]
    OpportunityTeam: _NotRequired[SequenceNotStr[ContactDict]]
    Tags: _NotRequired[SequenceNotStr[TagDict]]


class CreateOpportunityResponseDict(_TypedDict, total=False):
    """The wire-name dict of `CreateOpportunityResponse`."""

    Id: _Required[str]
    PartnerOpportunityIdentifier: _NotRequired[str]
    LastModifiedDate: _NotRequired[_dt.datetime]


class CreateResourceSnapshotJobRequestDict(_TypedDict, total=False):
    """The wire-name dict of `CreateResourceSnapshotJobRequest`."""

    Catalog: _Required[str]
    ClientToken: _NotRequired[str]
    EngagementIdentifier: _Required[str]
    ResourceType: _Required[_enums.ResourceType | ResourceTypeValue]
    ResourceIdentifier: _Required[str]
    ResourceSnapshotTemplateIdentifier: _Required[str]
    Tags: _NotRequired[SequenceNotStr[TagDict]]


class CreateResourceSnapshotJobResponseDict(_TypedDict, total=False):
    """The wire-name dict of `CreateResourceSnapshotJobResponse`."""

    Id: _NotRequired[str]
    Arn: _NotRequired[str]


class CreateResourceSnapshotRequestDict(_TypedDict, total=False):
    """The wire-name dict of `CreateResourceSnapshotRequest`."""

    Catalog: _Required[str]
    EngagementIdentifier: _Required[str]
    ResourceType: _Required[_enums.ResourceType | ResourceTypeValue]
    ResourceIdentifier: _Required[str]
    ResourceSnapshotTemplateIdentifier: _Required[str]
    ClientToken: _NotRequired[str]


class CreateResourceSnapshotResponseDict(_TypedDict, total=False):
    """The wire-name dict of `CreateResourceSnapshotResponse`."""

    Arn: _NotRequired[str]
    Revision: _NotRequired[int]


class CreatedDateFilterDict(_TypedDict, total=False):
    """The wire-name dict of `CreatedDateFilter`."""

    AfterCreatedDate: _NotRequired[_dt.datetime]
    BeforeCreatedDate: _NotRequired[_dt.datetime]


class CustomerDict(_TypedDict, total=False):
    """The wire-name dict of `Customer`."""

    Account: _NotRequired[AccountDict]
    Contacts: _NotRequired[SequenceNotStr[ContactDict]]


class CustomerAccountBulkJobFilterDict(_TypedDict, total=False):
    """The wire-name dict of `CustomerAccountBulkJobFilter`."""

    Identifier: _NotRequired[str]
    Status: _NotRequired[_enums.BulkJobStatus | BulkJobStatusValue]


class CustomerAccountBulkJobSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `CustomerAccountBulkJobSummary`."""

    Arn: _Required[str]
    Id: _Required[str]
    Status: _Required[_enums.BulkJobStatus | BulkJobStatusValue]
    FileName: _NotRequired[str]
    TotalRecords: _Required[int]
    ProcessedRecords: _Required[int]
    SuccessCount: _Required[int]
    FailureCount: _Required[int]
    DeletedCount: _Required[int]
    FailureReason: _NotRequired[str]
    CreatedAt: _Required[_dt.datetime]
    CompletedAt: _NotRequired[_dt.datetime]


class CustomerAccountContextDict(_TypedDict, total=False):
    """The wire-name dict of `CustomerAccountContext`."""

    AccountIdentifier: _NotRequired[str]
    Customer: _NotRequired[AccountCustomerDict]


class CustomerAccountDataDict(_TypedDict, total=False):
    """The wire-name dict of `CustomerAccountData`."""

    CompanyName: _Required[str]
    WebsiteUrl: _NotRequired[str]
    Duns: _NotRequired[str]
    Address: _NotRequired[AddressDict]
    Industry: _NotRequired[str]
    OtherIndustry: _NotRequired[str]
    Domain: _NotRequired[str]
    ParentCompanyName: _NotRequired[str]


class CustomerAccountDetailsSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `CustomerAccountDetailsSummary`."""

    CompanyName: _Required[str]


class CustomerAccountSortDict(_TypedDict, total=False):
    """The wire-name dict of `CustomerAccountSort`."""

    SortBy: _Required[_enums.SortableField | SortableFieldValue]
    SortOrder: _Required[_enums.SortOrder | SortOrderValue]


class CustomerAccountSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `CustomerAccountSummary`."""

    Arn: _Required[str]
    Id: _Required[str]
    Catalog: _Required[str]
    EnrichmentStatus: _Required[_enums.EnrichmentStatus | EnrichmentStatusValue]
    PartnerAccountIdentifier: _NotRequired[str]
    CreatedDate: _Required[_dt.datetime]
    LastModifiedDate: _Required[_dt.datetime]
    CustomerAccount: _Required[CustomerAccountDetailsSummaryDict]
    AwsEnrichment: _NotRequired[AwsEnrichmentSummaryDict]


class CustomerProjectsContextDict(_TypedDict, total=False):
    """The wire-name dict of `CustomerProjectsContext`."""

    Customer: _NotRequired[EngagementCustomerDict]
    Project: _NotRequired[EngagementCustomerProjectDetailsDict]


class CustomerSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `CustomerSummary`."""

    Account: _NotRequired[AccountSummaryDict]


class DeleteCustomerAccountRequestDict(_TypedDict, total=False):
    """The wire-name dict of `DeleteCustomerAccountRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]


class DeleteCustomerAccountResponseDict(_TypedDict, total=False):
    """The wire-name dict of `DeleteCustomerAccountResponse`."""

    pass


class DeleteResourceSnapshotJobRequestDict(_TypedDict, total=False):
    """The wire-name dict of `DeleteResourceSnapshotJobRequest`."""

    Catalog: _Required[str]
    ResourceSnapshotJobIdentifier: _Required[str]


class DisassociateOpportunityRequestDict(_TypedDict, total=False):
    """The wire-name dict of `DisassociateOpportunityRequest`."""

    Catalog: _Required[str]
    OpportunityIdentifier: _Required[str]
    RelatedEntityType: _Required[_enums.RelatedEntityType | RelatedEntityTypeValue]
    RelatedEntityIdentifier: _Required[str]


class EngagementContextDetailsDict(_TypedDict, total=False):
    """The wire-name dict of `EngagementContextDetails`."""

    Id: _NotRequired[str]
    Type: _Required[_enums.EngagementContextType | EngagementContextTypeValue]
    Payload: _NotRequired[EngagementContextPayloadDict]


class EngagementContextPayloadDict(_TypedDict, total=False):
    """The wire-name dict of `EngagementContextPayload`."""

    CustomerProject: _NotRequired[CustomerProjectsContextDict]
    Lead: _NotRequired[LeadContextDict]
    ProspectingResult: _NotRequired[ProspectingResultDict]
    CustomerAccount: _NotRequired[CustomerAccountContextDict]


class EngagementCustomerDict(_TypedDict, total=False):
    """The wire-name dict of `EngagementCustomer`."""

    Industry: _Required[_enums.Industry | IndustryValue]
    CompanyName: _Required[str]
    WebsiteUrl: _Required[str]
    CountryCode: _Required[_enums.CountryCode | CountryCodeValue]


class EngagementCustomerProjectDetailsDict(_TypedDict, total=False):
    """The wire-name dict of `EngagementCustomerProjectDetails`."""

    Title: _Required[str]
    BusinessProblem: _Required[str]
    TargetCompletionDate: _Required[str]


class EngagementGroupSortDict(_TypedDict, total=False):
    """The wire-name dict of `EngagementGroupSort`."""

    SortBy: _Required[_enums.EngagementGroupSortName | EngagementGroupSortNameValue]
    SortOrder: _Required[_enums.SortOrder | SortOrderValue]


class EngagementGroupSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `EngagementGroupSummary`."""

    Id: _Required[str]
    Arn: _NotRequired[str]
    Catalog: _NotRequired[str]
    Name: _NotRequired[str]
    Description: _NotRequired[str]
    Count: _NotRequired[int]
    ReadinessLevel: _NotRequired[_enums.ReadinessLevel | ReadinessLevelValue]
    UpdatedAt: _NotRequired[_dt.datetime]


class EngagementInvitationSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `EngagementInvitationSummary`."""

    Arn: _NotRequired[str]
    PayloadType: _NotRequired[
        _enums.EngagementInvitationPayloadType | EngagementInvitationPayloadTypeValue
    ]
    Id: _Required[str]
    EngagementId: _NotRequired[str]
    EngagementTitle: _NotRequired[str]
    Status: _NotRequired[_enums.InvitationStatus | InvitationStatusValue]
    InvitationDate: _NotRequired[_dt.datetime]
    ExpirationDate: _NotRequired[_dt.datetime]
    SenderAwsAccountId: _NotRequired[str]
    SenderCompanyName: _NotRequired[str]
    Receiver: _NotRequired[ReceiverDict]
    Catalog: _Required[str]
    ParticipantType: _NotRequired[_enums.ParticipantType | ParticipantTypeValue]


class EngagementMemberDict(_TypedDict, total=False):
    """The wire-name dict of `EngagementMember`."""

    CompanyName: _NotRequired[str]
    WebsiteUrl: _NotRequired[str]
    AccountId: _NotRequired[str]


class EngagementMemberSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `EngagementMemberSummary`."""

    CompanyName: _NotRequired[str]
    WebsiteUrl: _NotRequired[str]


class EngagementProspectingResultDict(_TypedDict, total=False):
    """The wire-name dict of `EngagementProspectingResult`."""

    EngagementIdentifier: _Required[str]
    EngagementContextId: _NotRequired[str]
    Status: _Required[_enums.ProspectingTaskStatus | ProspectingTaskStatusValue]
    ReasonCode: _NotRequired[str]
    Message: _NotRequired[str]


class EngagementResourceAssociationSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `EngagementResourceAssociationSummary`."""

    Catalog: _Required[str]
    EngagementId: _NotRequired[str]
    ResourceType: _NotRequired[_enums.ResourceType | ResourceTypeValue]
    ResourceId: _NotRequired[str]
    CreatedBy: _NotRequired[str]


class EngagementSearchFilterDict(_TypedDict, total=False):
    """The wire-name dict of `EngagementSearchFilter`."""

    AndAllFilters: _NotRequired[SequenceNotStr[EngagementSearchFilterDict]]
    OrAllFilters: _NotRequired[SequenceNotStr[EngagementSearchFilterDict]]
    NotFilter: _NotRequired[EngagementSearchFilterDict]
    EqualsTo: _NotRequired[EngagementSearchPredicateDict]
    ContainsAny: _NotRequired[EngagementSearchPredicateDict]
    ContainsAll: _NotRequired[EngagementSearchPredicateDict]
    GreaterThan: _NotRequired[EngagementSearchPredicateDict]
    GreaterThanOrEquals: _NotRequired[EngagementSearchPredicateDict]
    LessThan: _NotRequired[EngagementSearchPredicateDict]
    LessThanOrEquals: _NotRequired[EngagementSearchPredicateDict]


# The functional form: a wire name here is no identifier, a keyword or a name in use.
EngagementSearchFilterValueDict = _TypedDict(
    "EngagementSearchFilterValueDict",
    {
        "StringValue": "_NotRequired[str]",
        "StringListValue": "_NotRequired[SequenceNotStr[str]]",
        "LongValue": "_NotRequired[int]",
        "DateValue": "_NotRequired[_dt.datetime]",
    },
)


class EngagementSearchPredicateDict(_TypedDict, total=False):
    """The wire-name dict of `EngagementSearchPredicate`."""

    Key: _Required[_enums.EngagementSearchFilterName | EngagementSearchFilterNameValue]
    Value: _Required[EngagementSearchFilterValueDict]


class EngagementSearchSortDict(_TypedDict, total=False):
    """The wire-name dict of `EngagementSearchSort`."""

    SortBy: _Required[_enums.EngagementSearchSortName | EngagementSearchSortNameValue]
    SortOrder: _Required[_enums.SortOrder | SortOrderValue]


class EngagementSearchSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `EngagementSearchSummary`."""

    Id: _NotRequired[str]
    Arn: _NotRequired[str]
    Title: _NotRequired[str]
    Description: _NotRequired[str]
    CreatedAt: _NotRequired[_dt.datetime]
    CreatedBy: _NotRequired[str]
    MemberCount: _NotRequired[int]
    ModifiedAt: _NotRequired[_dt.datetime]
    ModifiedBy: _NotRequired[str]
    Contexts: _NotRequired[SequenceNotStr[EngagementContextDetailsDict]]


class EngagementSortDict(_TypedDict, total=False):
    """The wire-name dict of `EngagementSort`."""

    SortOrder: _Required[_enums.SortOrder | SortOrderValue]
    SortBy: _Required[_enums.EngagementSortName | EngagementSortNameValue]


class EngagementSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `EngagementSummary`."""

    Arn: _NotRequired[str]
    Id: _NotRequired[str]
    Title: _NotRequired[str]
    CreatedAt: _NotRequired[_dt.datetime]
    CreatedBy: _NotRequired[str]
    MemberCount: _NotRequired[int]
    ModifiedAt: _NotRequired[_dt.datetime]
    ModifiedBy: _NotRequired[str]
    ContextTypes: _NotRequired[
        SequenceNotStr[_enums.EngagementContextType | EngagementContextTypeValue]
    ]


class EnrichmentContextDict(_TypedDict, total=False):
    """The wire-name dict of `EnrichmentContext`."""

    ProspectingResultAws: _NotRequired[InvitationProspectingResultAwsDict]
    LeadInsights: _NotRequired[LeadInsightsDict]


class ExpectedContractDurationDict(_TypedDict, total=False):
    """The wire-name dict of `ExpectedContractDuration`."""

    Term: _Required[_enums.ExpectedContractDurationTerm | ExpectedContractDurationTermValue]
    Value: _Required[str]


class ExpectedCustomerSpendDict(_TypedDict, total=False):
    """The wire-name dict of `ExpectedCustomerSpend`."""

    Amount: _NotRequired[str]
    CurrencyCode: _Required[_enums.CurrencyCode | CurrencyCodeValue]
    Frequency: _Required[_enums.PaymentFrequency | PaymentFrequencyValue]
    TargetCompany: _Required[str]
    EstimationUrl: _NotRequired[str]


class FilterDict(_TypedDict, total=False):
    """The wire-name dict of `Filter`."""

    AndAllFilters: _NotRequired[SequenceNotStr[FilterDict]]
    OrAllFilters: _NotRequired[SequenceNotStr[FilterDict]]
    NotFilter: _NotRequired[FilterDict]
    EqualsTo: _NotRequired[FilterConditionDict]
    ContainsAny: _NotRequired[FilterConditionDict]
    ContainsAll: _NotRequired[FilterConditionDict]
    GreaterThan: _NotRequired[FilterConditionDict]
    GreaterThanOrEquals: _NotRequired[FilterConditionDict]
    LessThan: _NotRequired[FilterConditionDict]
    LessThanOrEquals: _NotRequired[FilterConditionDict]


class FilterConditionDict(_TypedDict, total=False):
    """The wire-name dict of `FilterCondition`."""

    Key: _Required[_enums.FilterableField | FilterableFieldValue]
    Value: _Required[FilterValueDict]


# The functional form: a wire name here is no identifier, a keyword or a name in use.
FilterValueDict = _TypedDict(
    "FilterValueDict",
    {
        "StringValue": "_NotRequired[str]",
        "StringListValue": "_NotRequired[SequenceNotStr[str]]",
        "LongValue": "_NotRequired[int]",
        "DateValue": "_NotRequired[_dt.datetime]",
    },
)


class GetAwsOpportunitySummaryRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetAwsOpportunitySummaryRequest`."""

    Catalog: _Required[str]
    RelatedOpportunityIdentifier: _Required[str]


class GetAwsOpportunitySummaryResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetAwsOpportunitySummaryResponse`."""

    RelatedOpportunityId: _NotRequired[str]
    Origin: _NotRequired[_enums.OpportunityOrigin | OpportunityOriginValue]
    InvolvementType: _NotRequired[_enums.SalesInvolvementType | SalesInvolvementTypeValue]
    Visibility: _NotRequired[_enums.Visibility | VisibilityValue]
    LifeCycle: _NotRequired[AwsOpportunityLifeCycleDict]
    OpportunityTeam: _NotRequired[SequenceNotStr[AwsTeamMemberDict]]
    Insights: _NotRequired[AwsOpportunityInsightsDict]
    InvolvementTypeChangeReason: _NotRequired[
        _enums.InvolvementTypeChangeReason | InvolvementTypeChangeReasonValue
    ]
    RelatedEntityIds: _NotRequired[AwsOpportunityRelatedEntitiesDict]
    Customer: _NotRequired[AwsOpportunityCustomerDict]
    Project: _NotRequired[AwsOpportunityProjectDict]
    CosellMotion: _NotRequired[str]
    CosellMotionReason: _NotRequired[str]
    SoftwareRevenue: _NotRequired[AwsSoftwareRevenueDict]
    Catalog: _Required[str]


class GetCustomerAccountBulkJobReportUrlRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetCustomerAccountBulkJobReportUrlRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]
    ReportType: _NotRequired[_enums.BulkReportType | BulkReportTypeValue]


class GetCustomerAccountBulkJobReportUrlResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetCustomerAccountBulkJobReportUrlResponse`."""

    ReportStatus: _Required[_enums.BulkReportStatus | BulkReportStatusValue]
    ReportType: _Required[_enums.BulkReportType | BulkReportTypeValue]
    Url: _NotRequired[str]
    ExpiresAt: _NotRequired[_dt.datetime]
    FailureReason: _NotRequired[str]


class GetCustomerAccountBulkJobRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetCustomerAccountBulkJobRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]


class GetCustomerAccountBulkJobResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetCustomerAccountBulkJobResponse`."""

    Arn: _Required[str]
    Id: _Required[str]
    Status: _Required[_enums.BulkJobStatus | BulkJobStatusValue]
    FileName: _NotRequired[str]
    TotalRecords: _Required[int]
    ProcessedRecords: _Required[int]
    SuccessCount: _Required[int]
    FailureCount: _Required[int]
    DeletedCount: _Required[int]
    FailureReason: _NotRequired[str]
    CreatedAt: _Required[_dt.datetime]
    CompletedAt: _NotRequired[_dt.datetime]


class GetCustomerAccountRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetCustomerAccountRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]


class GetCustomerAccountResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetCustomerAccountResponse`."""

    Arn: _Required[str]
    Id: _Required[str]
    Catalog: _Required[str]
    EnrichmentStatus: _Required[_enums.EnrichmentStatus | EnrichmentStatusValue]
    PartnerAccountIdentifier: _NotRequired[str]
    CreatedDate: _Required[_dt.datetime]
    LastModifiedDate: _Required[_dt.datetime]
    Issues: _NotRequired[SequenceNotStr[IssueDict]]
    AwsEnrichment: _NotRequired[AwsEnrichmentDict]
    ReasonCode: _NotRequired[
        _enums.CustomerAccountFailureReason | CustomerAccountFailureReasonValue
    ]
    Message: _NotRequired[str]
    ExistingCustomerAccountArn: _NotRequired[str]
    Account: _Required[CustomerAccountDataDict]
    Tags: _NotRequired[SequenceNotStr[TagDict]]


class GetCustomerAccountStatisticsRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetCustomerAccountStatisticsRequest`."""

    Catalog: _Required[str]
    Filter: _NotRequired[FilterDict]
    Aggregations: _NotRequired[SequenceNotStr[AggregationRequestDict]]
    IncludeMissing: _NotRequired[bool]


class GetCustomerAccountStatisticsResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetCustomerAccountStatisticsResponse`."""

    TotalCount: _Required[int]
    Aggregations: _NotRequired[SequenceNotStr[AggregationResultDict]]


class GetEngagementInvitationRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetEngagementInvitationRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]


class GetEngagementInvitationResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetEngagementInvitationResponse`."""

    Arn: _NotRequired[str]
    PayloadType: _NotRequired[
        _enums.EngagementInvitationPayloadType | EngagementInvitationPayloadTypeValue
    ]
    Id: _Required[str]
    EngagementId: _NotRequired[str]
    EngagementTitle: _NotRequired[str]
    Status: _NotRequired[_enums.InvitationStatus | InvitationStatusValue]
    InvitationDate: _NotRequired[_dt.datetime]
    ExpirationDate: _NotRequired[_dt.datetime]
    SenderAwsAccountId: _NotRequired[str]
    SenderCompanyName: _NotRequired[str]
    Receiver: _NotRequired[ReceiverDict]
    Catalog: _Required[str]
    RejectionReason: _NotRequired[str]
    Payload: _NotRequired[PayloadDict]
    InvitationMessage: _NotRequired[str]
    EngagementDescription: _NotRequired[str]
    ExistingMembers: _NotRequired[SequenceNotStr[EngagementMemberSummaryDict]]
    EnrichmentContext: _NotRequired[EnrichmentContextDict]


class GetEngagementRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetEngagementRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]


class GetEngagementResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetEngagementResponse`."""

    Id: _NotRequired[str]
    Arn: _NotRequired[str]
    Title: _NotRequired[str]
    Description: _NotRequired[str]
    CreatedAt: _NotRequired[_dt.datetime]
    CreatedBy: _NotRequired[str]
    MemberCount: _NotRequired[int]
    ModifiedAt: _NotRequired[_dt.datetime]
    ModifiedBy: _NotRequired[str]
    Contexts: _NotRequired[SequenceNotStr[EngagementContextDetailsDict]]


class GetOpportunityBulkJobReportUrlRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetOpportunityBulkJobReportUrlRequest`."""

    Catalog: _Required[str]
    JobId: _Required[str]
    ReportFormat: _Required[_enums.BulkFileFormat | BulkFileFormatValue]
    ReportType: _NotRequired[_enums.BulkReportType | BulkReportTypeValue]


class GetOpportunityBulkJobReportUrlResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetOpportunityBulkJobReportUrlResponse`."""

    ReportStatus: _Required[_enums.BulkReportStatus | BulkReportStatusValue]
    ReportType: _Required[_enums.BulkReportType | BulkReportTypeValue]
    ReportFormat: _Required[_enums.BulkFileFormat | BulkFileFormatValue]
    Url: _NotRequired[str]
    ExpiresAt: _NotRequired[_dt.datetime]
    FailureReason: _NotRequired[str]


class GetOpportunityRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetOpportunityRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]


class GetOpportunityResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetOpportunityResponse`."""

    Catalog: _Required[str]
    PrimaryNeedsFromAws: _NotRequired[
        SequenceNotStr[_enums.PrimaryNeedFromAws | PrimaryNeedFromAwsValue]
    ]
    NationalSecurity: _NotRequired[_enums.NationalSecurity | NationalSecurityValue]
    PartnerOpportunityIdentifier: _NotRequired[str]
    Customer: _NotRequired[CustomerDict]
    Project: _NotRequired[ProjectDict]
    OpportunityType: _NotRequired[_enums.OpportunityType | OpportunityTypeValue]
    Marketing: _NotRequired[MarketingDict]
    SoftwareRevenue: _NotRequired[SoftwareRevenueDict]
    Id: _Required[str]
    Arn: _NotRequired[str]
    LastModifiedDate: _Required[_dt.datetime]
    CreatedDate: _Required[_dt.datetime]
    RelatedEntityIdentifiers: _Required[RelatedEntityIdentifiersDict]
    LifeCycle: _NotRequired[LifeCycleDict]
    OpportunityTeam: _NotRequired[SequenceNotStr[ContactDict]]


class GetProspectingFromEngagementTaskRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetProspectingFromEngagementTaskRequest`."""

    Catalog: _Required[str]
    TaskIdentifier: _Required[str]


class GetProspectingFromEngagementTaskResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetProspectingFromEngagementTaskResponse`."""

    TaskId: _Required[str]
    TaskArn: _Required[str]
    TaskName: _Required[str]
    StartTime: _Required[_dt.datetime]
    EndTime: _NotRequired[_dt.datetime]
    Engagements: _Required[SequenceNotStr[EngagementProspectingResultDict]]


class GetResourceSnapshotJobRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetResourceSnapshotJobRequest`."""

    Catalog: _Required[str]
    ResourceSnapshotJobIdentifier: _Required[str]


class GetResourceSnapshotJobResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetResourceSnapshotJobResponse`."""

    Catalog: _Required[str]
    Id: _NotRequired[str]
    Arn: _NotRequired[str]
    EngagementId: _NotRequired[str]
    ResourceType: _NotRequired[_enums.ResourceType | ResourceTypeValue]
    ResourceId: _NotRequired[str]
    ResourceArn: _NotRequired[str]
    ResourceSnapshotTemplateName: _NotRequired[str]
    CreatedAt: _NotRequired[_dt.datetime]
    Status: _NotRequired[_enums.ResourceSnapshotJobStatus | ResourceSnapshotJobStatusValue]
    LastSuccessfulExecutionDate: _NotRequired[_dt.datetime]
    LastFailure: _NotRequired[str]


class GetResourceSnapshotRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetResourceSnapshotRequest`."""

    Catalog: _Required[str]
    EngagementIdentifier: _Required[str]
    ResourceType: _Required[_enums.ResourceType | ResourceTypeValue]
    ResourceIdentifier: _Required[str]
    ResourceSnapshotTemplateIdentifier: _Required[str]
    Revision: _NotRequired[int]


class GetResourceSnapshotResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetResourceSnapshotResponse`."""

    Catalog: _Required[str]
    Arn: _NotRequired[str]
    CreatedBy: _NotRequired[str]
    CreatedAt: _NotRequired[_dt.datetime]
    EngagementId: _NotRequired[str]
    ResourceType: _NotRequired[_enums.ResourceType | ResourceTypeValue]
    ResourceId: _NotRequired[str]
    ResourceSnapshotTemplateName: _NotRequired[str]
    Revision: _NotRequired[int]
    Payload: _NotRequired[ResourceSnapshotPayloadDict]
    TargetMemberAccounts: _NotRequired[SequenceNotStr[str]]


class GetSellingSystemSettingsRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetSellingSystemSettingsRequest`."""

    Catalog: _Required[str]


class GetSellingSystemSettingsResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetSellingSystemSettingsResponse`."""

    Catalog: _Required[str]
    ResourceSnapshotJobRoleArn: _NotRequired[str]


class InvitationDict(_TypedDict, total=False):
    """The wire-name dict of `Invitation`."""

    Message: _Required[str]
    Receiver: _Required[ReceiverDict]
    Payload: _Required[PayloadDict]


class InvitationProspectingResultAwsDict(_TypedDict, total=False):
    """The wire-name dict of `InvitationProspectingResultAws`."""

    Customer: _NotRequired[ProspectingResultCustomerDict]
    Insights: _NotRequired[ProspectingInsightsDict]


class IssueDict(_TypedDict, total=False):
    """The wire-name dict of `Issue`."""

    Severity: _NotRequired[str]
    Code: _NotRequired[str]
    Message: _NotRequired[str]


class LastModifiedDateDict(_TypedDict, total=False):
    """The wire-name dict of `LastModifiedDate`."""

    AfterLastModifiedDate: _NotRequired[_dt.datetime]
    BeforeLastModifiedDate: _NotRequired[_dt.datetime]


class LeadAddressDict(_TypedDict, total=False):
    """The wire-name dict of `LeadAddress`."""

    City: _NotRequired[str]
    PostalCode: _NotRequired[str]
    StateOrRegion: _NotRequired[str]
    CountryCode: _NotRequired[str]


class LeadContactDict(_TypedDict, total=False):
    """The wire-name dict of `LeadContact`."""

    BusinessTitle: _Required[str]
    Email: _Required[str]
    FirstName: _Required[str]
    LastName: _Required[str]
    Phone: _NotRequired[str]


class LeadContextDict(_TypedDict, total=False):
    """The wire-name dict of `LeadContext`."""

    Insights: _NotRequired[LeadInsightsDict]
    QualificationStatus: _NotRequired[str]
    Customer: _Required[LeadCustomerDict]
    Interactions: _Required[SequenceNotStr[LeadInteractionDict]]


class LeadCustomerDict(_TypedDict, total=False):
    """The wire-name dict of `LeadCustomer`."""

    Industry: _NotRequired[str]
    CompanyName: _Required[str]
    WebsiteUrl: _NotRequired[str]
    Address: _NotRequired[LeadAddressDict]
    AwsMaturity: _NotRequired[str]
    MarketSegment: _NotRequired[str]


class LeadInsightsDict(_TypedDict, total=False):
    """The wire-name dict of `LeadInsights`."""

    LeadReadinessScore: _NotRequired[str]
    ChannelRecommendation: _NotRequired[ChannelRecommendationDict]


class LeadInteractionDict(_TypedDict, total=False):
    """The wire-name dict of `LeadInteraction`."""

    SourceType: _NotRequired[str]
    SourceId: _NotRequired[str]
    SourceName: _NotRequired[str]
    Usecase: _NotRequired[str]
    InteractionDate: _NotRequired[_dt.datetime]
    CustomerAction: _NotRequired[str]
    BusinessProblem: _NotRequired[str]
    Contact: _Required[LeadContactDict]


class LeadInvitationCustomerDict(_TypedDict, total=False):
    """The wire-name dict of `LeadInvitationCustomer`."""

    Industry: _NotRequired[str]
    CompanyName: _Required[str]
    WebsiteUrl: _NotRequired[str]
    CountryCode: _NotRequired[str]
    AwsMaturity: _NotRequired[str]
    MarketSegment: _NotRequired[str]


class LeadInvitationInteractionDict(_TypedDict, total=False):
    """The wire-name dict of `LeadInvitationInteraction`."""

    SourceType: _NotRequired[str]
    SourceId: _NotRequired[str]
    SourceName: _NotRequired[str]
    Usecase: _NotRequired[str]
    ContactBusinessTitle: _Required[str]


class LeadInvitationPayloadDict(_TypedDict, total=False):
    """The wire-name dict of `LeadInvitationPayload`."""

    Customer: _Required[LeadInvitationCustomerDict]
    Interaction: _Required[LeadInvitationInteractionDict]


class LifeCycleDict(_TypedDict, total=False):
    """The wire-name dict of `LifeCycle`."""

    Stage: _NotRequired[_enums.Stage | StageValue]
    ClosedLostReason: _NotRequired[_enums.ClosedLostReason | ClosedLostReasonValue]
    NextSteps: _NotRequired[str]
    TargetCloseDate: _NotRequired[str]
    ReviewStatus: _NotRequired[_enums.ReviewStatus | ReviewStatusValue]
    ReviewComments: _NotRequired[str]
    ReviewStatusReason: _NotRequired[str]
    NextStepsHistory: _NotRequired[SequenceNotStr[NextStepsHistoryDict]]


class LifeCycleForViewDict(_TypedDict, total=False):
    """The wire-name dict of `LifeCycleForView`."""

    TargetCloseDate: _NotRequired[str]
    ReviewStatus: _NotRequired[_enums.ReviewStatus | ReviewStatusValue]
    Stage: _NotRequired[_enums.Stage | StageValue]
    NextSteps: _NotRequired[str]


class LifeCycleSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `LifeCycleSummary`."""

    Stage: _NotRequired[_enums.Stage | StageValue]
    ClosedLostReason: _NotRequired[_enums.ClosedLostReason | ClosedLostReasonValue]
    NextSteps: _NotRequired[str]
    TargetCloseDate: _NotRequired[str]
    ReviewStatus: _NotRequired[_enums.ReviewStatus | ReviewStatusValue]
    ReviewComments: _NotRequired[str]
    ReviewStatusReason: _NotRequired[str]


class ListCustomerAccountBulkJobResultsRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListCustomerAccountBulkJobResultsRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]
    Status: _NotRequired[_enums.BulkRecordStatus | BulkRecordStatusValue]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]


class ListCustomerAccountBulkJobResultsResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListCustomerAccountBulkJobResultsResponse`."""

    Results: _Required[SequenceNotStr[BulkJobResultDict]]
    NextToken: _NotRequired[str]


class ListCustomerAccountBulkJobsRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListCustomerAccountBulkJobsRequest`."""

    Catalog: _Required[str]
    Filter: _NotRequired[CustomerAccountBulkJobFilterDict]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]


class ListCustomerAccountBulkJobsResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListCustomerAccountBulkJobsResponse`."""

    items: _Required[SequenceNotStr[CustomerAccountBulkJobSummaryDict]]
    NextToken: _NotRequired[str]


class ListEngagementByAcceptingInvitationTaskSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `ListEngagementByAcceptingInvitationTaskSummary`."""

    TaskId: _NotRequired[str]
    TaskArn: _NotRequired[str]
    StartTime: _NotRequired[_dt.datetime]
    TaskStatus: _NotRequired[_enums.TaskStatus | TaskStatusValue]
    Message: _NotRequired[str]
    ReasonCode: _NotRequired[_enums.ReasonCode | ReasonCodeValue]
    OpportunityId: _NotRequired[str]
    ResourceSnapshotJobId: _NotRequired[str]
    EngagementInvitationId: _NotRequired[str]


class ListEngagementByAcceptingInvitationTasksRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListEngagementByAcceptingInvitationTasksRequest`."""

    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]
    Sort: _NotRequired[ListTasksSortBaseDict]
    Catalog: _Required[str]
    TaskStatus: _NotRequired[SequenceNotStr[_enums.TaskStatus | TaskStatusValue]]
    OpportunityIdentifier: _NotRequired[SequenceNotStr[str]]
    EngagementInvitationIdentifier: _NotRequired[SequenceNotStr[str]]
    TaskIdentifier: _NotRequired[SequenceNotStr[str]]


class ListEngagementByAcceptingInvitationTasksResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListEngagementByAcceptingInvitationTasksResponse`."""

    TaskSummaries: _NotRequired[SequenceNotStr[ListEngagementByAcceptingInvitationTaskSummaryDict]]
    NextToken: _NotRequired[str]


class ListEngagementFromOpportunityTaskSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `ListEngagementFromOpportunityTaskSummary`."""

    TaskId: _NotRequired[str]
    TaskArn: _NotRequired[str]
    StartTime: _NotRequired[_dt.datetime]
    TaskStatus: _NotRequired[_enums.TaskStatus | TaskStatusValue]
    Message: _NotRequired[str]
    ReasonCode: _NotRequired[_enums.ReasonCode | ReasonCodeValue]
    OpportunityId: _NotRequired[str]
    ResourceSnapshotJobId: _NotRequired[str]
    EngagementId: _NotRequired[str]
    EngagementInvitationId: _NotRequired[str]


class ListEngagementFromOpportunityTasksRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListEngagementFromOpportunityTasksRequest`."""

    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]
    Sort: _NotRequired[ListTasksSortBaseDict]
    Catalog: _Required[str]
    TaskStatus: _NotRequired[SequenceNotStr[_enums.TaskStatus | TaskStatusValue]]
    TaskIdentifier: _NotRequired[SequenceNotStr[str]]
    OpportunityIdentifier: _NotRequired[SequenceNotStr[str]]
    EngagementIdentifier: _NotRequired[SequenceNotStr[str]]


class ListEngagementFromOpportunityTasksResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListEngagementFromOpportunityTasksResponse`."""

    TaskSummaries: _NotRequired[SequenceNotStr[ListEngagementFromOpportunityTaskSummaryDict]]
    NextToken: _NotRequired[str]


class ListEngagementGroupsRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListEngagementGroupsRequest`."""

    Catalog: _Required[str]
    ReadinessLevel: _NotRequired[_enums.ReadinessLevel | ReadinessLevelValue]
    Sort: _NotRequired[EngagementGroupSortDict]
    EngagementGroupIdentifiers: _NotRequired[SequenceNotStr[str]]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]


class ListEngagementGroupsResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListEngagementGroupsResponse`."""

    EngagementGroupSummaries: _NotRequired[SequenceNotStr[EngagementGroupSummaryDict]]
    NextToken: _NotRequired[str]


class ListEngagementInvitationsRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListEngagementInvitationsRequest`."""

    Catalog: _Required[str]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]
    Sort: _NotRequired[OpportunityEngagementInvitationSortDict]
    PayloadType: _NotRequired[
        SequenceNotStr[
            _enums.EngagementInvitationPayloadType | EngagementInvitationPayloadTypeValue
        ]
    ]
    ParticipantType: _Required[_enums.ParticipantType | ParticipantTypeValue]
    Status: _NotRequired[SequenceNotStr[_enums.InvitationStatus | InvitationStatusValue]]
    EngagementIdentifier: _NotRequired[SequenceNotStr[str]]
    SenderAwsAccountId: _NotRequired[SequenceNotStr[str]]


class ListEngagementInvitationsResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListEngagementInvitationsResponse`."""

    EngagementInvitationSummaries: _NotRequired[SequenceNotStr[EngagementInvitationSummaryDict]]
    NextToken: _NotRequired[str]


class ListEngagementMembersRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListEngagementMembersRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]


class ListEngagementMembersResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListEngagementMembersResponse`."""

    EngagementMemberList: _Required[SequenceNotStr[EngagementMemberDict]]
    NextToken: _NotRequired[str]


class ListEngagementResourceAssociationsRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListEngagementResourceAssociationsRequest`."""

    Catalog: _Required[str]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]
    EngagementIdentifier: _NotRequired[str]
    ResourceType: _NotRequired[_enums.ResourceType | ResourceTypeValue]
    ResourceIdentifier: _NotRequired[str]
    CreatedBy: _NotRequired[str]


class ListEngagementResourceAssociationsResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListEngagementResourceAssociationsResponse`."""

    EngagementResourceAssociationSummaries: _Required[
        SequenceNotStr[EngagementResourceAssociationSummaryDict]
    ]
    NextToken: _NotRequired[str]


class ListEngagementsRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListEngagementsRequest`."""

    Catalog: _Required[str]
    CreatedBy: _NotRequired[SequenceNotStr[str]]
    ExcludeCreatedBy: _NotRequired[SequenceNotStr[str]]
    ContextTypes: _NotRequired[
        SequenceNotStr[_enums.EngagementContextType | EngagementContextTypeValue]
    ]
    ExcludeContextTypes: _NotRequired[
        SequenceNotStr[_enums.EngagementContextType | EngagementContextTypeValue]
    ]
    Sort: _NotRequired[EngagementSortDict]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]
    EngagementIdentifier: _NotRequired[SequenceNotStr[str]]


class ListEngagementsResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListEngagementsResponse`."""

    EngagementSummaryList: _Required[SequenceNotStr[EngagementSummaryDict]]
    NextToken: _NotRequired[str]


class ListOpportunitiesRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListOpportunitiesRequest`."""

    Catalog: _Required[str]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]
    Sort: _NotRequired[OpportunitySortDict]
    LastModifiedDate: _NotRequired[LastModifiedDateDict]
    Identifier: _NotRequired[SequenceNotStr[str]]
    LifeCycleStage: _NotRequired[SequenceNotStr[_enums.Stage | StageValue]]
    LifeCycleReviewStatus: _NotRequired[SequenceNotStr[_enums.ReviewStatus | ReviewStatusValue]]
    CustomerCompanyName: _NotRequired[SequenceNotStr[str]]
    CreatedDate: _NotRequired[CreatedDateFilterDict]
    TargetCloseDate: _NotRequired[TargetCloseDateFilterDict]


class ListOpportunitiesResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListOpportunitiesResponse`."""

    OpportunitySummaries: _Required[SequenceNotStr[OpportunitySummaryDict]]
    NextToken: _NotRequired[str]


class ListOpportunityBulkJobResultsRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListOpportunityBulkJobResultsRequest`."""

    Catalog: _Required[str]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]
    JobId: _Required[str]
    Status: _NotRequired[_enums.BulkRecordStatus | BulkRecordStatusValue]


class ListOpportunityBulkJobResultsResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListOpportunityBulkJobResultsResponse`."""

    Results: _Required[SequenceNotStr[BulkJobResultDict]]
    NextToken: _NotRequired[str]


class ListOpportunityBulkJobsRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListOpportunityBulkJobsRequest`."""

    Catalog: _Required[str]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]
    JobId: _NotRequired[str]
    Status: _NotRequired[_enums.BulkJobStatus | BulkJobStatusValue]


class ListOpportunityBulkJobsResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListOpportunityBulkJobsResponse`."""

    OpportunityBulkJobSummaries: _Required[SequenceNotStr[OpportunityBulkJobSummaryDict]]
    NextToken: _NotRequired[str]


class ListOpportunityFromEngagementTaskSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `ListOpportunityFromEngagementTaskSummary`."""

    TaskId: _NotRequired[str]
    TaskArn: _NotRequired[str]
    StartTime: _NotRequired[_dt.datetime]
    TaskStatus: _NotRequired[_enums.TaskStatus | TaskStatusValue]
    Message: _NotRequired[str]
    ReasonCode: _NotRequired[_enums.ReasonCode | ReasonCodeValue]
    OpportunityId: _NotRequired[str]
    ResourceSnapshotJobId: _NotRequired[str]
    EngagementId: _NotRequired[str]
    ContextId: _NotRequired[str]


class ListOpportunityFromEngagementTasksRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListOpportunityFromEngagementTasksRequest`."""

    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]
    Sort: _NotRequired[ListTasksSortBaseDict]
    Catalog: _Required[str]
    TaskStatus: _NotRequired[SequenceNotStr[_enums.TaskStatus | TaskStatusValue]]
    TaskIdentifier: _NotRequired[SequenceNotStr[str]]
    OpportunityIdentifier: _NotRequired[SequenceNotStr[str]]
    EngagementIdentifier: _NotRequired[SequenceNotStr[str]]
    ContextIdentifier: _NotRequired[SequenceNotStr[str]]


class ListOpportunityFromEngagementTasksResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListOpportunityFromEngagementTasksResponse`."""

    TaskSummaries: _NotRequired[SequenceNotStr[ListOpportunityFromEngagementTaskSummaryDict]]
    NextToken: _NotRequired[str]


class ListProspectingFromEngagementTasksRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListProspectingFromEngagementTasksRequest`."""

    Catalog: _Required[str]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]
    TaskIdentifier: _NotRequired[SequenceNotStr[str]]
    TaskName: _NotRequired[SequenceNotStr[str]]
    StartAfter: _NotRequired[_dt.datetime]
    StartBefore: _NotRequired[_dt.datetime]
    Sort: _NotRequired[ProspectingFromEngagementTaskSortDict]


class ListProspectingFromEngagementTasksResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListProspectingFromEngagementTasksResponse`."""

    NextToken: _NotRequired[str]
    TaskSummaries: _Required[SequenceNotStr[ProspectingTaskSummaryDict]]


class ListResourceSnapshotJobsRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListResourceSnapshotJobsRequest`."""

    Catalog: _Required[str]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]
    EngagementIdentifier: _NotRequired[str]
    Status: _NotRequired[_enums.ResourceSnapshotJobStatus | ResourceSnapshotJobStatusValue]
    Sort: _NotRequired[SortObjectDict]


class ListResourceSnapshotJobsResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListResourceSnapshotJobsResponse`."""

    ResourceSnapshotJobSummaries: _Required[SequenceNotStr[ResourceSnapshotJobSummaryDict]]
    NextToken: _NotRequired[str]


class ListResourceSnapshotsRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListResourceSnapshotsRequest`."""

    Catalog: _Required[str]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]
    EngagementIdentifier: _Required[str]
    ResourceType: _NotRequired[_enums.ResourceType | ResourceTypeValue]
    ResourceIdentifier: _NotRequired[str]
    ResourceSnapshotTemplateIdentifier: _NotRequired[str]
    CreatedBy: _NotRequired[str]


class ListResourceSnapshotsResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListResourceSnapshotsResponse`."""

    ResourceSnapshotSummaries: _Required[SequenceNotStr[ResourceSnapshotSummaryDict]]
    NextToken: _NotRequired[str]


class ListSolutionsRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListSolutionsRequest`."""

    Catalog: _Required[str]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]
    Sort: _NotRequired[SolutionSortDict]
    Status: _NotRequired[SequenceNotStr[_enums.SolutionStatus | SolutionStatusValue]]
    Identifier: _NotRequired[SequenceNotStr[str]]
    Category: _NotRequired[SequenceNotStr[str]]
    AwsMarketplaceSolutionArn: _NotRequired[SequenceNotStr[str]]


class ListSolutionsResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListSolutionsResponse`."""

    SolutionSummaries: _Required[SequenceNotStr[SolutionBaseDict]]
    NextToken: _NotRequired[str]


class ListTagsForResourceRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListTagsForResourceRequest`."""

    ResourceArn: _Required[str]


class ListTagsForResourceResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListTagsForResourceResponse`."""

    Tags: _Required[SequenceNotStr[TagDict]]


class ListTasksSortBaseDict(_TypedDict, total=False):
    """The wire-name dict of `ListTasksSortBase`."""

    SortOrder: _Required[_enums.SortOrder | SortOrderValue]
    SortBy: _Required[_enums.ListTasksSortName | ListTasksSortNameValue]


class MarketingDict(_TypedDict, total=False):
    """The wire-name dict of `Marketing`."""

    CampaignName: _NotRequired[str]
    Source: _NotRequired[_enums.MarketingSource | MarketingSourceValue]
    UseCases: _NotRequired[SequenceNotStr[str]]
    Channels: _NotRequired[SequenceNotStr[_enums.Channel | ChannelValue]]
    AwsFundingUsed: _NotRequired[_enums.AwsFundingUsed | AwsFundingUsedValue]


class MonetaryValueDict(_TypedDict, total=False):
    """The wire-name dict of `MonetaryValue`."""

    Amount: _Required[str]
    CurrencyCode: _Required[_enums.CurrencyCode | CurrencyCodeValue]


class NextStepsHistoryDict(_TypedDict, total=False):
    """The wire-name dict of `NextStepsHistory`."""

    Value: _Required[str]
    Time: _Required[_dt.datetime]


class OpportunityBulkJobSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `OpportunityBulkJobSummary`."""

    JobId: _Required[str]
    Status: _Required[_enums.BulkJobStatus | BulkJobStatusValue]
    TotalRecords: _Required[int]
    ProcessedRecords: _Required[int]
    SuccessCount: _Required[int]
    FailureCount: _Required[int]
    CreatedAt: _Required[_dt.datetime]
    StartedAt: _NotRequired[_dt.datetime]
    CompletedAt: _NotRequired[_dt.datetime]
    FailureReason: _NotRequired[str]
    FileName: _NotRequired[str]
    OperationType: _NotRequired[_enums.BulkOperationType | BulkOperationTypeValue]


class OpportunityEngagementInvitationSortDict(_TypedDict, total=False):
    """The wire-name dict of `OpportunityEngagementInvitationSort`."""

    SortOrder: _Required[_enums.SortOrder | SortOrderValue]
    SortBy: _Required[
        _enums.OpportunityEngagementInvitationSortName
        | OpportunityEngagementInvitationSortNameValue
    ]


class OpportunityInvitationPayloadDict(_TypedDict, total=False):
    """The wire-name dict of `OpportunityInvitationPayload`."""

    SenderContacts: _NotRequired[SequenceNotStr[SenderContactDict]]
    ReceiverResponsibilities: _Required[
        SequenceNotStr[_enums.ReceiverResponsibility | ReceiverResponsibilityValue]
    ]
    Customer: _Required[EngagementCustomerDict]
    Project: _Required[ProjectDetailsDict]
    OpportunityType: _NotRequired[_enums.OpportunityType | OpportunityTypeValue]


class OpportunityQualityDict(_TypedDict, total=False):
    """The wire-name dict of `OpportunityQuality`."""

    Score: _NotRequired[int]
    Trend: _NotRequired[str]


class OpportunitySearchAccountDict(_TypedDict, total=False):
    """The wire-name dict of `OpportunitySearchAccount`."""

    CompanyName: _NotRequired[str]
    Industry: _NotRequired[_enums.Industry | IndustryValue]
    AwsAccountId: _NotRequired[str]
    Address: _NotRequired[OpportunitySearchAddressDict]


class OpportunitySearchAddressDict(_TypedDict, total=False):
    """The wire-name dict of `OpportunitySearchAddress`."""

    CountryCode: _NotRequired[_enums.CountryCode | CountryCodeValue]


class OpportunitySearchAwsSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `OpportunitySearchAwsSummary`."""

    Origin: _NotRequired[_enums.OpportunityOrigin | OpportunityOriginValue]
    CosellMotion: _NotRequired[str]
    Insights: _NotRequired[OpportunitySearchInsightsDict]


class OpportunitySearchCustomerDict(_TypedDict, total=False):
    """The wire-name dict of `OpportunitySearchCustomer`."""

    Account: _NotRequired[OpportunitySearchAccountDict]


class OpportunitySearchExpectedCustomerSpendDict(_TypedDict, total=False):
    """The wire-name dict of `OpportunitySearchExpectedCustomerSpend`."""

    Amount: _NotRequired[str]
    CurrencyCode: _Required[_enums.CurrencyCode | CurrencyCodeValue]


class OpportunitySearchFilterDict(_TypedDict, total=False):
    """The wire-name dict of `OpportunitySearchFilter`."""

    AndAllFilters: _NotRequired[SequenceNotStr[OpportunitySearchFilterDict]]
    OrAllFilters: _NotRequired[SequenceNotStr[OpportunitySearchFilterDict]]
    NotFilter: _NotRequired[OpportunitySearchFilterDict]
    EqualsTo: _NotRequired[OpportunitySearchPredicateDict]
    ContainsAny: _NotRequired[OpportunitySearchPredicateDict]
    ContainsAll: _NotRequired[OpportunitySearchPredicateDict]
    GreaterThan: _NotRequired[OpportunitySearchPredicateDict]
    GreaterThanOrEquals: _NotRequired[OpportunitySearchPredicateDict]
    LessThan: _NotRequired[OpportunitySearchPredicateDict]
    LessThanOrEquals: _NotRequired[OpportunitySearchPredicateDict]


# The functional form: a wire name here is no identifier, a keyword or a name in use.
OpportunitySearchFilterValueDict = _TypedDict(
    "OpportunitySearchFilterValueDict",
    {
        "StringValue": "_NotRequired[str]",
        "StringListValue": "_NotRequired[SequenceNotStr[str]]",
        "LongValue": "_NotRequired[int]",
        "DoubleValue": "_NotRequired[float]",
        "DateValue": "_NotRequired[_dt.datetime]",
    },
)


class OpportunitySearchInsightsDict(_TypedDict, total=False):
    """The wire-name dict of `OpportunitySearchInsights`."""

    EngagementScore: _NotRequired[_enums.SearchEngagementScore | SearchEngagementScoreValue]
    OpportunityQuality: _NotRequired[OpportunitySearchOpportunityQualityDict]


class OpportunitySearchLifeCycleDict(_TypedDict, total=False):
    """The wire-name dict of `OpportunitySearchLifeCycle`."""

    ReviewStatus: _NotRequired[_enums.ReviewStatus | ReviewStatusValue]
    Stage: _NotRequired[_enums.Stage | StageValue]
    NextSteps: _NotRequired[str]
    TargetCloseDate: _NotRequired[str]


class OpportunitySearchOpportunityQualityDict(_TypedDict, total=False):
    """The wire-name dict of `OpportunitySearchOpportunityQuality`."""

    Score: _NotRequired[int]


class OpportunitySearchPredicateDict(_TypedDict, total=False):
    """The wire-name dict of `OpportunitySearchPredicate`."""

    Key: _Required[_enums.OpportunitySearchFilterName | OpportunitySearchFilterNameValue]
    Value: _Required[OpportunitySearchFilterValueDict]


class OpportunitySearchProjectDict(_TypedDict, total=False):
    """The wire-name dict of `OpportunitySearchProject`."""

    Title: _NotRequired[str]
    ApnPrograms: _NotRequired[SequenceNotStr[str]]
    ExpectedCustomerSpend: _NotRequired[SequenceNotStr[OpportunitySearchExpectedCustomerSpendDict]]


class OpportunitySearchRelatedEntityIdentifiersDict(_TypedDict, total=False):
    """The wire-name dict of `OpportunitySearchRelatedEntityIdentifiers`."""

    AwsMarketplaceOffers: _NotRequired[SequenceNotStr[str]]
    AwsMarketplaceOfferSets: _NotRequired[SequenceNotStr[str]]
    AwsMarketplaceSolutions: _NotRequired[SequenceNotStr[str]]
    Solutions: _NotRequired[SequenceNotStr[str]]


class OpportunitySearchSortDict(_TypedDict, total=False):
    """The wire-name dict of `OpportunitySearchSort`."""

    SortBy: _Required[_enums.OpportunitySearchSortName | OpportunitySearchSortNameValue]
    SortOrder: _Required[_enums.SortOrder | SortOrderValue]


class OpportunitySearchSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `OpportunitySearchSummary`."""

    Id: _Required[str]
    LastModifiedDate: _Required[_dt.datetime]
    CreatedDate: _Required[_dt.datetime]
    OpportunityType: _NotRequired[_enums.OpportunityType | OpportunityTypeValue]
    PartnerOpportunityIdentifier: _NotRequired[str]
    LifeCycle: _NotRequired[OpportunitySearchLifeCycleDict]
    Customer: _NotRequired[OpportunitySearchCustomerDict]
    Project: _NotRequired[OpportunitySearchProjectDict]
    Tags: _NotRequired[SequenceNotStr[TagDict]]
    RelatedEntityIdentifiers: _NotRequired[OpportunitySearchRelatedEntityIdentifiersDict]
    OpportunityTeam: _NotRequired[SequenceNotStr[OpportunitySearchTeamMemberDict]]
    AwsOpportunitySummary: _NotRequired[OpportunitySearchAwsSummaryDict]


class OpportunitySearchTeamMemberDict(_TypedDict, total=False):
    """The wire-name dict of `OpportunitySearchTeamMember`."""

    FirstName: _NotRequired[str]
    LastName: _NotRequired[str]
    BusinessTitle: _NotRequired[str]


class OpportunitySortDict(_TypedDict, total=False):
    """The wire-name dict of `OpportunitySort`."""

    SortOrder: _Required[_enums.SortOrder | SortOrderValue]
    SortBy: _Required[_enums.OpportunitySortName | OpportunitySortNameValue]


class OpportunitySummaryDict(_TypedDict, total=False):
    """The wire-name dict of `OpportunitySummary`."""

    Catalog: _Required[str]
    Id: _NotRequired[str]
    Arn: _NotRequired[str]
    PartnerOpportunityIdentifier: _NotRequired[str]
    OpportunityType: _NotRequired[_enums.OpportunityType | OpportunityTypeValue]
    LastModifiedDate: _NotRequired[_dt.datetime]
    CreatedDate: _NotRequired[_dt.datetime]
    LifeCycle: _NotRequired[LifeCycleSummaryDict]
    Customer: _NotRequired[CustomerSummaryDict]
    Project: _NotRequired[ProjectSummaryDict]


class OpportunitySummaryViewDict(_TypedDict, total=False):
    """The wire-name dict of `OpportunitySummaryView`."""

    OpportunityType: _NotRequired[_enums.OpportunityType | OpportunityTypeValue]
    Lifecycle: _NotRequired[LifeCycleForViewDict]
    OpportunityTeam: _NotRequired[SequenceNotStr[ContactDict]]
    PrimaryNeedsFromAws: _NotRequired[
        SequenceNotStr[_enums.PrimaryNeedFromAws | PrimaryNeedFromAwsValue]
    ]
    Customer: _NotRequired[CustomerDict]
    Project: _NotRequired[ProjectViewDict]
    RelatedEntityIdentifiers: _NotRequired[RelatedEntityIdentifiersDict]


class PayloadDict(_TypedDict, total=False):
    """The wire-name dict of `Payload`."""

    OpportunityInvitation: _NotRequired[OpportunityInvitationPayloadDict]
    LeadInvitation: _NotRequired[LeadInvitationPayloadDict]
    AccountPlanningInvitation: _NotRequired[AccountPlanningInvitationPayloadDict]


class PreferredContactWindowDict(_TypedDict, total=False):
    """The wire-name dict of `PreferredContactWindow`."""

    Window: _NotRequired[_enums.ContactWindow | ContactWindowValue]
    Timezone: _NotRequired[str]


class ProfileNextStepsHistoryDict(_TypedDict, total=False):
    """The wire-name dict of `ProfileNextStepsHistory`."""

    Value: _Required[str]
    Time: _Required[_dt.datetime]


class ProjectDict(_TypedDict, total=False):
    """The wire-name dict of `Project`."""

    DeliveryModels: _NotRequired[SequenceNotStr[_enums.DeliveryModel | DeliveryModelValue]]
    ExpectedCustomerSpend: _NotRequired[SequenceNotStr[ExpectedCustomerSpendDict]]
    ExpectedContractDuration: _NotRequired[ExpectedContractDurationDict]
    Title: _NotRequired[str]
    ApnPrograms: _NotRequired[SequenceNotStr[str]]
    CustomerBusinessProblem: _NotRequired[str]
    CustomerUseCase: _NotRequired[str]
    RelatedOpportunityIdentifier: _NotRequired[str]
    SalesActivities: _NotRequired[SequenceNotStr[_enums.SalesActivity | SalesActivityValue]]
    CompetitorName: _NotRequired[_enums.CompetitorName | CompetitorNameValue]
    OtherCompetitorNames: _NotRequired[str]
    OtherSolutionDescription: _NotRequired[str]
    AdditionalComments: _NotRequired[str]
    AwsPartition: _NotRequired[_enums.AwsPartition | AwsPartitionValue]


class ProjectDetailsDict(_TypedDict, total=False):
    """The wire-name dict of `ProjectDetails`."""

    BusinessProblem: _Required[str]
    Title: _Required[str]
    TargetCompletionDate: _Required[str]
    ExpectedCustomerSpend: _Required[SequenceNotStr[ExpectedCustomerSpendDict]]


class ProjectSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `ProjectSummary`."""

    DeliveryModels: _NotRequired[SequenceNotStr[_enums.DeliveryModel | DeliveryModelValue]]
    ExpectedCustomerSpend: _NotRequired[SequenceNotStr[ExpectedCustomerSpendDict]]
    ExpectedContractDuration: _NotRequired[ExpectedContractDurationDict]


class ProjectViewDict(_TypedDict, total=False):
    """The wire-name dict of `ProjectView`."""

    DeliveryModels: _NotRequired[SequenceNotStr[_enums.DeliveryModel | DeliveryModelValue]]
    ExpectedCustomerSpend: _NotRequired[SequenceNotStr[ExpectedCustomerSpendDict]]
    ExpectedContractDuration: _NotRequired[ExpectedContractDurationDict]
    CustomerUseCase: _NotRequired[str]
    SalesActivities: _NotRequired[SequenceNotStr[_enums.SalesActivity | SalesActivityValue]]
    OtherSolutionDescription: _NotRequired[str]


class ProspectingFromEngagementTaskSortDict(_TypedDict, total=False):
    """The wire-name dict of `ProspectingFromEngagementTaskSort`."""

    SortOrder: _Required[_enums.SortOrder | SortOrderValue]
    SortBy: _Required[
        _enums.ProspectingFromEngagementTaskSortName | ProspectingFromEngagementTaskSortNameValue
    ]


class ProspectingInsightsDict(_TypedDict, total=False):
    """The wire-name dict of `ProspectingInsights`."""

    MarketplaceEngagementScore: _NotRequired[str]
    SolutionScore: _NotRequired[str]
    SolutionCategory: _NotRequired[str]
    SolutionSubCategory: _NotRequired[str]


class ProspectingResultDict(_TypedDict, total=False):
    """The wire-name dict of `ProspectingResult`."""

    Aws: _NotRequired[ProspectingResultAwsDict]


class ProspectingResultAwsDict(_TypedDict, total=False):
    """The wire-name dict of `ProspectingResultAws`."""

    Customer: _NotRequired[ProspectingResultCustomerDict]
    Insights: _NotRequired[ProspectingInsightsDict]
    StartTime: _NotRequired[_dt.datetime]
    EndTime: _NotRequired[_dt.datetime]
    TaskId: _NotRequired[str]
    TaskArn: _NotRequired[str]
    TaskName: _NotRequired[str]


class ProspectingResultCustomerDict(_TypedDict, total=False):
    """The wire-name dict of `ProspectingResultCustomer`."""

    AccountName: _NotRequired[str]
    Geo: _NotRequired[str]
    Region: _NotRequired[str]
    SubRegion: _NotRequired[str]
    Country: _NotRequired[_enums.CountryCode | CountryCodeValue]
    Industry: _NotRequired[_enums.Industry | IndustryValue]
    SubIndustry: _NotRequired[str]
    Segment: _NotRequired[str]
    CompanySize: _NotRequired[str]
    EligiblePrograms: _NotRequired[SequenceNotStr[str]]
    PublicProfileSummary: _NotRequired[str]


class ProspectingTaskSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `ProspectingTaskSummary`."""

    TaskId: _Required[str]
    TaskArn: _Required[str]
    TaskName: _Required[str]
    StartTime: _Required[_dt.datetime]
    EndTime: _NotRequired[_dt.datetime]
    TotalEngagementCount: _Required[int]
    CompletedEngagementCount: _Required[int]
    FailedEngagementCount: _Required[int]


class PutSellingSystemSettingsRequestDict(_TypedDict, total=False):
    """The wire-name dict of `PutSellingSystemSettingsRequest`."""

    Catalog: _Required[str]
    ResourceSnapshotJobRoleIdentifier: _NotRequired[str]


class PutSellingSystemSettingsResponseDict(_TypedDict, total=False):
    """The wire-name dict of `PutSellingSystemSettingsResponse`."""

    Catalog: _Required[str]
    ResourceSnapshotJobRoleArn: _NotRequired[str]


class ReceiverDict(_TypedDict, total=False):
    """The wire-name dict of `Receiver`."""

    Account: _NotRequired[AccountReceiverDict]


class RecommendationDict(_TypedDict, total=False):
    """The wire-name dict of `Recommendation`."""

    Type: _Required[str]
    Details: _Required[str]
    Attributes: _NotRequired[_Mapping[str, str]]


class RejectEngagementInvitationRequestDict(_TypedDict, total=False):
    """The wire-name dict of `RejectEngagementInvitationRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]
    RejectionReason: _NotRequired[str]


class RelatedEntityIdentifiersDict(_TypedDict, total=False):
    """The wire-name dict of `RelatedEntityIdentifiers`."""

    AwsMarketplaceOffers: _NotRequired[SequenceNotStr[str]]
    AwsMarketplaceOfferSets: _NotRequired[SequenceNotStr[str]]
    Solutions: _NotRequired[SequenceNotStr[str]]
    AwsProducts: _NotRequired[SequenceNotStr[str]]
    AwsMarketplaceSolutions: _NotRequired[SequenceNotStr[str]]
    AwsMarketplaceProducts: _NotRequired[SequenceNotStr[str]]


class ResourceSnapshotJobSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `ResourceSnapshotJobSummary`."""

    Id: _NotRequired[str]
    Arn: _NotRequired[str]
    EngagementId: _NotRequired[str]
    Status: _NotRequired[_enums.ResourceSnapshotJobStatus | ResourceSnapshotJobStatusValue]


class ResourceSnapshotPayloadDict(_TypedDict, total=False):
    """The wire-name dict of `ResourceSnapshotPayload`."""

    OpportunitySummary: _NotRequired[OpportunitySummaryViewDict]
    AwsOpportunitySummaryFullView: _NotRequired[AwsOpportunitySummaryFullViewDict]


class ResourceSnapshotSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `ResourceSnapshotSummary`."""

    Arn: _NotRequired[str]
    Revision: _NotRequired[int]
    ResourceType: _NotRequired[_enums.ResourceType | ResourceTypeValue]
    ResourceId: _NotRequired[str]
    ResourceSnapshotTemplateName: _NotRequired[str]
    CreatedBy: _NotRequired[str]


class SearchCustomerAccountsRequestDict(_TypedDict, total=False):
    """The wire-name dict of `SearchCustomerAccountsRequest`."""

    Catalog: _Required[str]
    Filter: _NotRequired[FilterDict]
    Sort: _NotRequired[CustomerAccountSortDict]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]


class SearchCustomerAccountsResponseDict(_TypedDict, total=False):
    """The wire-name dict of `SearchCustomerAccountsResponse`."""

    CustomerAccountSummaries: _Required[SequenceNotStr[CustomerAccountSummaryDict]]
    NextToken: _NotRequired[str]


class SearchEngagementsRequestDict(_TypedDict, total=False):
    """The wire-name dict of `SearchEngagementsRequest`."""

    Catalog: _Required[str]
    Keyword: _NotRequired[str]
    Filter: _NotRequired[EngagementSearchFilterDict]
    GroupId: _NotRequired[str]
    Sort: _NotRequired[EngagementSearchSortDict]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]


class SearchEngagementsResponseDict(_TypedDict, total=False):
    """The wire-name dict of `SearchEngagementsResponse`."""

    EngagementSearchSummaries: _NotRequired[SequenceNotStr[EngagementSearchSummaryDict]]
    NextToken: _NotRequired[str]


class SearchOpportunitiesRequestDict(_TypedDict, total=False):
    """The wire-name dict of `SearchOpportunitiesRequest`."""

    Catalog: _Required[str]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]
    Keyword: _NotRequired[str]
    Filter: _NotRequired[OpportunitySearchFilterDict]
    Sort: _NotRequired[OpportunitySearchSortDict]


class SearchOpportunitiesResponseDict(_TypedDict, total=False):
    """The wire-name dict of `SearchOpportunitiesResponse`."""

    OpportunitySearchSummaries: _Required[SequenceNotStr[OpportunitySearchSummaryDict]]
    NextToken: _NotRequired[str]


class SenderContactDict(_TypedDict, total=False):
    """The wire-name dict of `SenderContact`."""

    Email: _Required[str]
    FirstName: _NotRequired[str]
    LastName: _NotRequired[str]
    BusinessTitle: _NotRequired[str]
    Phone: _NotRequired[str]


class SoftwareRevenueDict(_TypedDict, total=False):
    """The wire-name dict of `SoftwareRevenue`."""

    DeliveryModel: _NotRequired[_enums.RevenueModel | RevenueModelValue]
    Value: _NotRequired[MonetaryValueDict]
    EffectiveDate: _NotRequired[str]
    ExpirationDate: _NotRequired[str]


class SolutionBaseDict(_TypedDict, total=False):
    """The wire-name dict of `SolutionBase`."""

    Catalog: _Required[str]
    Id: _Required[str]
    Arn: _NotRequired[str]
    Name: _Required[str]
    Status: _Required[_enums.SolutionStatus | SolutionStatusValue]
    Category: _Required[str]
    CreatedDate: _Required[_dt.datetime]
    AwsMarketplaceSolutionArn: _NotRequired[str]


class SolutionSortDict(_TypedDict, total=False):
    """The wire-name dict of `SolutionSort`."""

    SortOrder: _Required[_enums.SortOrder | SortOrderValue]
    SortBy: _Required[_enums.SolutionSortName | SolutionSortNameValue]


class SortObjectDict(_TypedDict, total=False):
    """The wire-name dict of `SortObject`."""

    SortBy: _NotRequired[_enums.SortBy | SortByValue]
    SortOrder: _NotRequired[_enums.SortOrder | SortOrderValue]


class StartCustomerAccountBulkJobRequestDict(_TypedDict, total=False):
    """The wire-name dict of `StartCustomerAccountBulkJobRequest`."""

    Catalog: _Required[str]
    ClientToken: _NotRequired[str]
    FileUri: _Required[str]


class StartCustomerAccountBulkJobResponseDict(_TypedDict, total=False):
    """The wire-name dict of `StartCustomerAccountBulkJobResponse`."""

    Arn: _Required[str]
    Id: _Required[str]
    Status: _Required[_enums.BulkJobStatus | BulkJobStatusValue]
    CreatedAt: _Required[_dt.datetime]


class StartEngagementByAcceptingInvitationTaskRequestDict(_TypedDict, total=False):
    """The wire-name dict of `StartEngagementByAcceptingInvitationTaskRequest`."""

    Catalog: _Required[str]
    ClientToken: _NotRequired[str]
    Identifier: _Required[str]
    Tags: _NotRequired[SequenceNotStr[TagDict]]


class StartEngagementByAcceptingInvitationTaskResponseDict(_TypedDict, total=False):
    """The wire-name dict of `StartEngagementByAcceptingInvitationTaskResponse`."""

    TaskId: _NotRequired[str]
    TaskArn: _NotRequired[str]
    StartTime: _NotRequired[_dt.datetime]
    TaskStatus: _NotRequired[_enums.TaskStatus | TaskStatusValue]
    Message: _NotRequired[str]
    ReasonCode: _NotRequired[_enums.ReasonCode | ReasonCodeValue]
    OpportunityId: _NotRequired[str]
    ResourceSnapshotJobId: _NotRequired[str]
    EngagementInvitationId: _NotRequired[str]


class StartEngagementFromOpportunityTaskRequestDict(_TypedDict, total=False):
    """The wire-name dict of `StartEngagementFromOpportunityTaskRequest`."""

    Catalog: _Required[str]
    ClientToken: _NotRequired[str]
    Identifier: _Required[str]
    AwsSubmission: _Required[AwsSubmissionDict]
    Tags: _NotRequired[SequenceNotStr[TagDict]]


class StartEngagementFromOpportunityTaskResponseDict(_TypedDict, total=False):
    """The wire-name dict of `StartEngagementFromOpportunityTaskResponse`."""

    TaskId: _NotRequired[str]
    TaskArn: _NotRequired[str]
    StartTime: _NotRequired[_dt.datetime]
    TaskStatus: _NotRequired[_enums.TaskStatus | TaskStatusValue]
    Message: _NotRequired[str]
    ReasonCode: _NotRequired[_enums.ReasonCode | ReasonCodeValue]
    OpportunityId: _NotRequired[str]
    ResourceSnapshotJobId: _NotRequired[str]
    EngagementId: _NotRequired[str]
    EngagementInvitationId: _NotRequired[str]


class StartOpportunityBulkJobRequestDict(_TypedDict, total=False):
    """The wire-name dict of `StartOpportunityBulkJobRequest`."""

    Catalog: _Required[str]
    ClientToken: _NotRequired[str]
    FileURI: _Required[str]
    FileFormat: _Required[_enums.BulkFileFormat | BulkFileFormatValue]


class StartOpportunityBulkJobResponseDict(_TypedDict, total=False):
    """The wire-name dict of `StartOpportunityBulkJobResponse`."""

    JobId: _Required[str]


class StartOpportunityFromEngagementTaskRequestDict(_TypedDict, total=False):
    """The wire-name dict of `StartOpportunityFromEngagementTaskRequest`."""

    Catalog: _Required[str]
    ClientToken: _NotRequired[str]
    Identifier: _Required[str]
    ContextIdentifier: _Required[str]
    Tags: _NotRequired[SequenceNotStr[TagDict]]


class StartOpportunityFromEngagementTaskResponseDict(_TypedDict, total=False):
    """The wire-name dict of `StartOpportunityFromEngagementTaskResponse`."""

    TaskId: _NotRequired[str]
    TaskArn: _NotRequired[str]
    StartTime: _NotRequired[_dt.datetime]
    TaskStatus: _NotRequired[_enums.TaskStatus | TaskStatusValue]
    Message: _NotRequired[str]
    ReasonCode: _NotRequired[_enums.ReasonCode | ReasonCodeValue]
    OpportunityId: _NotRequired[str]
    ResourceSnapshotJobId: _NotRequired[str]
    EngagementId: _NotRequired[str]
    ContextId: _NotRequired[str]


class StartProspectingFromEngagementTaskRequestDict(_TypedDict, total=False):
    """The wire-name dict of `StartProspectingFromEngagementTaskRequest`."""

    Catalog: _Required[str]
    Identifiers: _Required[SequenceNotStr[str]]
    TaskName: _Required[str]
    ClientToken: _NotRequired[str]


class StartProspectingFromEngagementTaskResponseDict(_TypedDict, total=False):
    """The wire-name dict of `StartProspectingFromEngagementTaskResponse`."""

    Identifiers: _Required[SequenceNotStr[str]]
    TaskName: _Required[str]
    Message: _NotRequired[str]
    ReasonCode: _NotRequired[str]
    StartTime: _Required[_dt.datetime]
    TaskId: _NotRequired[str]
    TaskArn: _NotRequired[str]
    TaskStatus: _Required[_enums.ProspectingTaskStatus | ProspectingTaskStatusValue]


class StartResourceSnapshotJobRequestDict(_TypedDict, total=False):
    """The wire-name dict of `StartResourceSnapshotJobRequest`."""

    Catalog: _Required[str]
    ResourceSnapshotJobIdentifier: _Required[str]


class StopResourceSnapshotJobRequestDict(_TypedDict, total=False):
    """The wire-name dict of `StopResourceSnapshotJobRequest`."""

    Catalog: _Required[str]
    ResourceSnapshotJobIdentifier: _Required[str]


class SubmitOpportunityRequestDict(_TypedDict, total=False):
    """The wire-name dict of `SubmitOpportunityRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]
    InvolvementType: _Required[_enums.SalesInvolvementType | SalesInvolvementTypeValue]
    Visibility: _NotRequired[_enums.Visibility | VisibilityValue]


class TagDict(_TypedDict, total=False):
    """The wire-name dict of `Tag`."""

    Key: _Required[str]
    Value: _Required[str]


class TagResourceRequestDict(_TypedDict, total=False):
    """The wire-name dict of `TagResourceRequest`."""

    ResourceArn: _Required[str]
    Tags: _Required[SequenceNotStr[TagDict]]


class TagResourceResponseDict(_TypedDict, total=False):
    """The wire-name dict of `TagResourceResponse`."""

    pass


class TargetCloseDateFilterDict(_TypedDict, total=False):
    """The wire-name dict of `TargetCloseDateFilter`."""

    AfterTargetCloseDate: _NotRequired[str]
    BeforeTargetCloseDate: _NotRequired[str]


class UntagResourceRequestDict(_TypedDict, total=False):
    """The wire-name dict of `UntagResourceRequest`."""

    ResourceArn: _Required[str]
    TagKeys: _Required[SequenceNotStr[str]]


class UntagResourceResponseDict(_TypedDict, total=False):
    """The wire-name dict of `UntagResourceResponse`."""

    pass


class UpdateCustomerAccountRequestDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateCustomerAccountRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]
    Account: _Required[CustomerAccountDataDict]
    PartnerAccountIdentifier: _NotRequired[str]
    LastModifiedDate: _Required[_dt.datetime]


class UpdateCustomerAccountResponseDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateCustomerAccountResponse`."""

    Arn: _Required[str]
    Id: _Required[str]
    Status: _Required[_enums.EnrichmentStatus | EnrichmentStatusValue]
    Catalog: _Required[str]
    PartnerAccountIdentifier: _NotRequired[str]
    CreatedDate: _Required[_dt.datetime]
    LastModifiedDate: _Required[_dt.datetime]


class UpdateEngagementContextPayloadDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateEngagementContextPayload`."""

    Lead: _NotRequired[UpdateLeadContextDict]
    CustomerProject: _NotRequired[CustomerProjectsContextDict]
    ProspectingResult: _NotRequired[ProspectingResultDict]


class UpdateEngagementContextRequestDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateEngagementContextRequest`."""

    Catalog: _Required[str]
    EngagementIdentifier: _Required[str]
    ContextIdentifier: _Required[str]
    EngagementLastModifiedAt: _Required[_dt.datetime]
    Type: _Required[_enums.EngagementContextType | EngagementContextTypeValue]
    Payload: _Required[UpdateEngagementContextPayloadDict]


class UpdateEngagementContextResponseDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateEngagementContextResponse`."""

    EngagementId: _Required[str]
    EngagementArn: _Required[str]
    EngagementLastModifiedAt: _Required[_dt.datetime]
    ContextId: _Required[str]


class UpdateLeadContextDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateLeadContext`."""

    QualificationStatus: _NotRequired[str]
    Customer: _Required[LeadCustomerDict]
    Interaction: _NotRequired[LeadInteractionDict]
    Insights: _NotRequired[LeadInsightsDict]


class UpdateOpportunityRequestDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateOpportunityRequest`."""

    Catalog: _Required[str]
    PrimaryNeedsFromAws: _NotRequired[
        SequenceNotStr[_enums.PrimaryNeedFromAws | PrimaryNeedFromAwsValue]
    ]
    NationalSecurity: _NotRequired[_enums.NationalSecurity | NationalSecurityValue]
    PartnerOpportunityIdentifier: _NotRequired[str]
    Customer: _NotRequired[CustomerDict]
    Project: _NotRequired[ProjectDict]
    OpportunityType: _NotRequired[_enums.OpportunityType | OpportunityTypeValue]
    Marketing: _NotRequired[MarketingDict]
    SoftwareRevenue: _NotRequired[SoftwareRevenueDict]
    LastModifiedDate: _Required[_dt.datetime]
    Identifier: _Required[str]
    LifeCycle: _NotRequired[LifeCycleDict]


class UpdateOpportunityResponseDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateOpportunityResponse`."""

    Id: _Required[str]
    LastModifiedDate: _Required[_dt.datetime]


class ValidationExceptionErrorDict(_TypedDict, total=False):
    """The wire-name dict of `ValidationExceptionError`."""

    FieldName: _NotRequired[str]
    Message: _Required[str]
    Code: _Required[_enums.ValidationExceptionErrorCode | ValidationExceptionErrorCodeValue]
