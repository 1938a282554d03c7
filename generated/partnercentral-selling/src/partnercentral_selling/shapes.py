"""Typed shapes (requests, responses and their parts) of the Partner Central Selling API.

Every class takes keyword arguments with snake_case names; ``to_dict()`` gives
the boto3-style dict with the wire (PascalCase) names and ``from_dict()``
reads one. Unions are a base class with one subclass per variant (and an
``...Unknown`` subclass for variants added to the service later).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping as _Mapping
from collections.abc import Sequence as _Sequence
from typing import TYPE_CHECKING
from typing import Any as _Any

from ._runtime import serde as _serde
from ._runtime.errors import ParamValidationError as _ParamValidationError
from ._runtime.lazy import LazyModule as _LazyModule
from ._runtime.lazy import enum_lookup as _enum_lookup
from ._runtime.serde import missing as _missing
from ._runtime.shapes import Structure as _Structure
from ._runtime.shapes import TaggedUnion as _TaggedUnion
from ._runtime.shapes import UnknownVariant as _UnknownVariant

if TYPE_CHECKING:
    from .enums import (
        AccessDeniedExceptionErrorCode,
        AggregatableField,
        AwsClosedLostReason,
        AwsFundingUsed,
        AwsMemberBusinessTitle,
        AwsOpportunityStage,
        AwsPartition,
        BulkFileFormat,
        BulkJobStatus,
        BulkOperationType,
        BulkRecordStatus,
        BulkReportStatus,
        BulkReportType,
        Channel,
        ClosedLostReason,
        CompetitorName,
        ContactWindow,
        CountryCode,
        CurrencyCode,
        CustomerAccountFailureReason,
        DayOfWeek,
        DeliveryModel,
        EngagementContextType,
        EngagementGroupSortName,
        EngagementInvitationPayloadType,
        EngagementScore,
        EngagementSearchFilterName,
        EngagementSearchSortName,
        EngagementSortName,
        EnrichmentStatus,
        ExpectedContractDurationTerm,
        FilterableField,
        Industry,
        InvitationStatus,
        InvolvementTypeChangeReason,
        ListTasksSortName,
        MarketingSource,
        NationalSecurity,
        OpportunityEngagementInvitationSortName,
        OpportunityOrigin,
        OpportunitySearchFilterName,
        OpportunitySearchSortName,
        OpportunitySortName,
        OpportunityType,
        ParticipantType,
        PaymentFrequency,
        PrimaryNeedFromAws,
        ProspectingFromEngagementTaskSortName,
        ProspectingTaskStatus,
        ReadinessLevel,
        ReasonCode,
        ReceiverResponsibility,
        RelatedEntityType,
        ResourceSnapshotJobStatus,
        ResourceType,
        RevenueModel,
        ReviewStatus,
        SalesActivity,
        SalesInvolvementType,
        SearchEngagementScore,
        SolutionSortName,
        SolutionStatus,
        SortBy,
        SortOrder,
        SortableField,
        Stage,
        TaskStatus,
        ValidationExceptionErrorCode,
        ValidationExceptionReason,
        Visibility,
    )

# Enum classes are built on first use (see _runtime/lazy.py).
_enums = _LazyModule(f"{__package__}.enums")
_lookup_AccessDeniedExceptionErrorCode = _enum_lookup(
    globals(), "_lookup_AccessDeniedExceptionErrorCode", _enums, "AccessDeniedExceptionErrorCode"
)
_lookup_AggregatableField = _enum_lookup(
    globals(), "_lookup_AggregatableField", _enums, "AggregatableField"
)
_lookup_AwsClosedLostReason = _enum_lookup(
    globals(), "_lookup_AwsClosedLostReason", _enums, "AwsClosedLostReason"
)
_lookup_AwsFundingUsed = _enum_lookup(
    globals(), "_lookup_AwsFundingUsed", _enums, "AwsFundingUsed"
)
_lookup_AwsMemberBusinessTitle = _enum_lookup(
    globals(), "_lookup_AwsMemberBusinessTitle", _enums, "AwsMemberBusinessTitle"
)
_lookup_AwsOpportunityStage = _enum_lookup(
    globals(), "_lookup_AwsOpportunityStage", _enums, "AwsOpportunityStage"
)
_lookup_AwsPartition = _enum_lookup(globals(), "_lookup_AwsPartition", _enums, "AwsPartition")
_lookup_BulkFileFormat = _enum_lookup(
    globals(), "_lookup_BulkFileFormat", _enums, "BulkFileFormat"
)
_lookup_BulkJobStatus = _enum_lookup(globals(), "_lookup_BulkJobStatus", _enums, "BulkJobStatus")
_lookup_BulkOperationType = _enum_lookup(
    globals(), "_lookup_BulkOperationType", _enums, "BulkOperationType"
)
_lookup_BulkRecordStatus = _enum_lookup(
    globals(), "_lookup_BulkRecordStatus", _enums, "BulkRecordStatus"
)
_lookup_BulkReportStatus = _enum_lookup(
    globals(), "_lookup_BulkReportStatus", _enums, "BulkReportStatus"
)
_lookup_BulkReportType = _enum_lookup(
    globals(), "_lookup_BulkReportType", _enums, "BulkReportType"
)
_lookup_Channel = _enum_lookup(globals(), "_lookup_Channel", _enums, "Channel")
_lookup_ClosedLostReason = _enum_lookup(
    globals(), "_lookup_ClosedLostReason", _enums, "ClosedLostReason"
)
_lookup_CompetitorName = _enum_lookup(
    globals(), "_lookup_CompetitorName", _enums, "CompetitorName"
)
_lookup_ContactWindow = _enum_lookup(globals(), "_lookup_ContactWindow", _enums, "ContactWindow")
_lookup_CountryCode = _enum_lookup(globals(), "_lookup_CountryCode", _enums, "CountryCode")
_lookup_CurrencyCode = _enum_lookup(globals(), "_lookup_CurrencyCode", _enums, "CurrencyCode")
_lookup_CustomerAccountFailureReason = _enum_lookup(
    globals(), "_lookup_CustomerAccountFailureReason", _enums, "CustomerAccountFailureReason"
)
_lookup_DayOfWeek = _enum_lookup(globals(), "_lookup_DayOfWeek", _enums, "DayOfWeek")
_lookup_DeliveryModel = _enum_lookup(globals(), "_lookup_DeliveryModel", _enums, "DeliveryModel")
_lookup_EngagementContextType = _enum_lookup(
    globals(), "_lookup_EngagementContextType", _enums, "EngagementContextType"
)
_lookup_EngagementGroupSortName = _enum_lookup(
    globals(), "_lookup_EngagementGroupSortName", _enums, "EngagementGroupSortName"
)
_lookup_EngagementInvitationPayloadType = _enum_lookup(
    globals(), "_lookup_EngagementInvitationPayloadType", _enums, "EngagementInvitationPayloadType"
)
_lookup_EngagementScore = _enum_lookup(
    globals(), "_lookup_EngagementScore", _enums, "EngagementScore"
)
_lookup_EngagementSearchFilterName = _enum_lookup(
    globals(), "_lookup_EngagementSearchFilterName", _enums, "EngagementSearchFilterName"
)
_lookup_EngagementSearchSortName = _enum_lookup(
    globals(), "_lookup_EngagementSearchSortName", _enums, "EngagementSearchSortName"
)
_lookup_EngagementSortName = _enum_lookup(
    globals(), "_lookup_EngagementSortName", _enums, "EngagementSortName"
)
_lookup_EnrichmentStatus = _enum_lookup(
    globals(), "_lookup_EnrichmentStatus", _enums, "EnrichmentStatus"
)
_lookup_ExpectedContractDurationTerm = _enum_lookup(
    globals(), "_lookup_ExpectedContractDurationTerm", _enums, "ExpectedContractDurationTerm"
)
_lookup_FilterableField = _enum_lookup(
    globals(), "_lookup_FilterableField", _enums, "FilterableField"
)
_lookup_Industry = _enum_lookup(globals(), "_lookup_Industry", _enums, "Industry")
_lookup_InvitationStatus = _enum_lookup(
    globals(), "_lookup_InvitationStatus", _enums, "InvitationStatus"
)
_lookup_InvolvementTypeChangeReason = _enum_lookup(
    globals(), "_lookup_InvolvementTypeChangeReason", _enums, "InvolvementTypeChangeReason"
)
_lookup_ListTasksSortName = _enum_lookup(
    globals(), "_lookup_ListTasksSortName", _enums, "ListTasksSortName"
)
_lookup_MarketingSource = _enum_lookup(
    globals(), "_lookup_MarketingSource", _enums, "MarketingSource"
)
_lookup_NationalSecurity = _enum_lookup(
    globals(), "_lookup_NationalSecurity", _enums, "NationalSecurity"
)
_lookup_OpportunityEngagementInvitationSortName = _enum_lookup(
    globals(),
    "_lookup_OpportunityEngagementInvitationSortName",
    _enums,
    "OpportunityEngagementInvitationSortName",
)
_lookup_OpportunityOrigin = _enum_lookup(
    globals(), "_lookup_OpportunityOrigin", _enums, "OpportunityOrigin"
)
_lookup_OpportunitySearchFilterName = _enum_lookup(
    globals(), "_lookup_OpportunitySearchFilterName", _enums, "OpportunitySearchFilterName"
)
_lookup_OpportunitySearchSortName = _enum_lookup(
    globals(), "_lookup_OpportunitySearchSortName", _enums, "OpportunitySearchSortName"
)
_lookup_OpportunitySortName = _enum_lookup(
    globals(), "_lookup_OpportunitySortName", _enums, "OpportunitySortName"
)
_lookup_OpportunityType = _enum_lookup(
    globals(), "_lookup_OpportunityType", _enums, "OpportunityType"
)
_lookup_ParticipantType = _enum_lookup(
    globals(), "_lookup_ParticipantType", _enums, "ParticipantType"
)
_lookup_PaymentFrequency = _enum_lookup(
    globals(), "_lookup_PaymentFrequency", _enums, "PaymentFrequency"
)
_lookup_PrimaryNeedFromAws = _enum_lookup(
    globals(), "_lookup_PrimaryNeedFromAws", _enums, "PrimaryNeedFromAws"
)
_lookup_ProspectingFromEngagementTaskSortName = _enum_lookup(
    globals(),
    "_lookup_ProspectingFromEngagementTaskSortName",
    _enums,
    "ProspectingFromEngagementTaskSortName",
)
_lookup_ProspectingTaskStatus = _enum_lookup(
    globals(), "_lookup_ProspectingTaskStatus", _enums, "ProspectingTaskStatus"
)
_lookup_ReadinessLevel = _enum_lookup(
    globals(), "_lookup_ReadinessLevel", _enums, "ReadinessLevel"
)
_lookup_ReasonCode = _enum_lookup(globals(), "_lookup_ReasonCode", _enums, "ReasonCode")
_lookup_ReceiverResponsibility = _enum_lookup(
    globals(), "_lookup_ReceiverResponsibility", _enums, "ReceiverResponsibility"
)
_lookup_RelatedEntityType = _enum_lookup(
    globals(), "_lookup_RelatedEntityType", _enums, "RelatedEntityType"
)
_lookup_ResourceSnapshotJobStatus = _enum_lookup(
    globals(), "_lookup_ResourceSnapshotJobStatus", _enums, "ResourceSnapshotJobStatus"
)
_lookup_ResourceType = _enum_lookup(globals(), "_lookup_ResourceType", _enums, "ResourceType")
_lookup_RevenueModel = _enum_lookup(globals(), "_lookup_RevenueModel", _enums, "RevenueModel")
_lookup_ReviewStatus = _enum_lookup(globals(), "_lookup_ReviewStatus", _enums, "ReviewStatus")
_lookup_SalesActivity = _enum_lookup(globals(), "_lookup_SalesActivity", _enums, "SalesActivity")
_lookup_SalesInvolvementType = _enum_lookup(
    globals(), "_lookup_SalesInvolvementType", _enums, "SalesInvolvementType"
)
_lookup_SearchEngagementScore = _enum_lookup(
    globals(), "_lookup_SearchEngagementScore", _enums, "SearchEngagementScore"
)
_lookup_SolutionSortName = _enum_lookup(
    globals(), "_lookup_SolutionSortName", _enums, "SolutionSortName"
)
_lookup_SolutionStatus = _enum_lookup(
    globals(), "_lookup_SolutionStatus", _enums, "SolutionStatus"
)
_lookup_SortBy = _enum_lookup(globals(), "_lookup_SortBy", _enums, "SortBy")
_lookup_SortOrder = _enum_lookup(globals(), "_lookup_SortOrder", _enums, "SortOrder")
_lookup_SortableField = _enum_lookup(globals(), "_lookup_SortableField", _enums, "SortableField")
_lookup_Stage = _enum_lookup(globals(), "_lookup_Stage", _enums, "Stage")
_lookup_TaskStatus = _enum_lookup(globals(), "_lookup_TaskStatus", _enums, "TaskStatus")
_lookup_ValidationExceptionErrorCode = _enum_lookup(
    globals(), "_lookup_ValidationExceptionErrorCode", _enums, "ValidationExceptionErrorCode"
)
_lookup_ValidationExceptionReason = _enum_lookup(
    globals(), "_lookup_ValidationExceptionReason", _enums, "ValidationExceptionReason"
)
_lookup_Visibility = _enum_lookup(globals(), "_lookup_Visibility", _enums, "Visibility")

__all__ = [
    "AcceptEngagementInvitationRequest",
    "Account",
    "AccountCustomer",
    "AccountPlanningInvitationPayload",
    "AccountReceiver",
    "AccountSummary",
    "Address",
    "AddressSummary",
    "AggregationRequest",
    "AggregationResult",
    "AssignOpportunityRequest",
    "AssigneeContact",
    "AssociateOpportunityRequest",
    "AwsEnrichment",
    "AwsEnrichmentCustomer",
    "AwsEnrichmentCustomerSummary",
    "AwsEnrichmentInsights",
    "AwsEnrichmentInsightsSummary",
    "AwsEnrichmentSummary",
    "AwsOpportunityCustomer",
    "AwsOpportunityInsights",
    "AwsOpportunityLifeCycle",
    "AwsOpportunityProject",
    "AwsOpportunityRelatedEntities",
    "AwsOpportunitySummaryFullView",
    "AwsProductDetails",
    "AwsProductInsights",
    "AwsProductOptimization",
    "AwsProductsSpendInsightsBySource",
    "AwsSoftwareRevenue",
    "AwsSubmission",
    "AwsTeamMember",
    "BestOutreachWindow",
    "Bucket",
    "BulkJobResult",
    "ChannelRecommendation",
    "Contact",
    "CreateCustomerAccountRequest",
    "CreateCustomerAccountResponse",
    "CreateEngagementContextRequest",
    "CreateEngagementContextResponse",
    "CreateEngagementInvitationRequest",
    "CreateEngagementInvitationResponse",
    "CreateEngagementRequest",
    "CreateEngagementResponse",
    "CreateOpportunityRequest",
    "CreateOpportunityResponse",
    "CreateResourceSnapshotJobRequest",
    "CreateResourceSnapshotJobResponse",
    "CreateResourceSnapshotRequest",
    "CreateResourceSnapshotResponse",
    "CreatedDateFilter",
    "Customer",
    "CustomerAccountBulkJobFilter",
    "CustomerAccountBulkJobSummary",
    "CustomerAccountContext",
    "CustomerAccountData",
    "CustomerAccountDetailsSummary",
    "CustomerAccountSort",
    "CustomerAccountSummary",
    "CustomerProjectsContext",
    "CustomerSummary",
    "DeleteCustomerAccountRequest",
    "DeleteCustomerAccountResponse",
    "DeleteResourceSnapshotJobRequest",
    "DisassociateOpportunityRequest",
    "EngagementContextDetails",
    "EngagementCustomer",
    "EngagementCustomerProjectDetails",
    "EngagementGroupSort",
    "EngagementGroupSummary",
    "EngagementInvitationSummary",
    "EngagementMember",
    "EngagementMemberSummary",
    "EngagementProspectingResult",
    "EngagementResourceAssociationSummary",
    "EngagementSearchFilter",
    "EngagementSearchPredicate",
    "EngagementSearchSort",
    "EngagementSearchSummary",
    "EngagementSort",
    "EngagementSummary",
    "EnrichmentContext",
    "ExpectedContractDuration",
    "ExpectedCustomerSpend",
    "Filter",
    "FilterCondition",
    "GetAwsOpportunitySummaryRequest",
    "GetAwsOpportunitySummaryResponse",
    "GetCustomerAccountBulkJobReportUrlRequest",
    "GetCustomerAccountBulkJobReportUrlResponse",
    "GetCustomerAccountBulkJobRequest",
    "GetCustomerAccountBulkJobResponse",
    "GetCustomerAccountRequest",
    "GetCustomerAccountResponse",
    "GetCustomerAccountStatisticsRequest",
    "GetCustomerAccountStatisticsResponse",
    "GetEngagementInvitationRequest",
    "GetEngagementInvitationResponse",
    "GetEngagementRequest",
    "GetEngagementResponse",
    "GetOpportunityBulkJobReportUrlRequest",
    "GetOpportunityBulkJobReportUrlResponse",
    "GetOpportunityRequest",
    "GetOpportunityResponse",
    "GetProspectingFromEngagementTaskRequest",
    "GetProspectingFromEngagementTaskResponse",
    "GetResourceSnapshotJobRequest",
    "GetResourceSnapshotJobResponse",
    "GetResourceSnapshotRequest",
    "GetResourceSnapshotResponse",
    "GetSellingSystemSettingsRequest",
    "GetSellingSystemSettingsResponse",
    "Invitation",
    "InvitationProspectingResultAws",
    "Issue",
    "LastModifiedDate",
    "LeadAddress",
    "LeadContact",
    "LeadContext",
    "LeadCustomer",
    "LeadInsights",
    "LeadInteraction",
    "LeadInvitationCustomer",
    "LeadInvitationInteraction",
    "LeadInvitationPayload",
    "LifeCycle",
    "LifeCycleForView",
    "LifeCycleSummary",
    "ListCustomerAccountBulkJobResultsRequest",
    "ListCustomerAccountBulkJobResultsResponse",
    "ListCustomerAccountBulkJobsRequest",
    "ListCustomerAccountBulkJobsResponse",
    "ListEngagementByAcceptingInvitationTaskSummary",
    "ListEngagementByAcceptingInvitationTasksRequest",
    "ListEngagementByAcceptingInvitationTasksResponse",
    "ListEngagementFromOpportunityTaskSummary",
    "ListEngagementFromOpportunityTasksRequest",
    "ListEngagementFromOpportunityTasksResponse",
    "ListEngagementGroupsRequest",
    "ListEngagementGroupsResponse",
    "ListEngagementInvitationsRequest",
    "ListEngagementInvitationsResponse",
    "ListEngagementMembersRequest",
    "ListEngagementMembersResponse",
    "ListEngagementResourceAssociationsRequest",
    "ListEngagementResourceAssociationsResponse",
    "ListEngagementsRequest",
    "ListEngagementsResponse",
    "ListOpportunitiesRequest",
    "ListOpportunitiesResponse",
    "ListOpportunityBulkJobResultsRequest",
    "ListOpportunityBulkJobResultsResponse",
    "ListOpportunityBulkJobsRequest",
    "ListOpportunityBulkJobsResponse",
    "ListOpportunityFromEngagementTaskSummary",
    "ListOpportunityFromEngagementTasksRequest",
    "ListOpportunityFromEngagementTasksResponse",
    "ListProspectingFromEngagementTasksRequest",
    "ListProspectingFromEngagementTasksResponse",
    "ListResourceSnapshotJobsRequest",
    "ListResourceSnapshotJobsResponse",
    "ListResourceSnapshotsRequest",
    "ListResourceSnapshotsResponse",
    "ListSolutionsRequest",
    "ListSolutionsResponse",
    "ListTagsForResourceRequest",
    "ListTagsForResourceResponse",
    "ListTasksSortBase",
    "Marketing",
    "MonetaryValue",
    "NextStepsHistory",
    "OpportunityBulkJobSummary",
    "OpportunityEngagementInvitationSort",
    "OpportunityInvitationPayload",
    "OpportunityQuality",
    "OpportunitySearchAccount",
    "OpportunitySearchAddress",
    "OpportunitySearchAwsSummary",
    "OpportunitySearchCustomer",
    "OpportunitySearchExpectedCustomerSpend",
    "OpportunitySearchFilter",
    "OpportunitySearchInsights",
    "OpportunitySearchLifeCycle",
    "OpportunitySearchOpportunityQuality",
    "OpportunitySearchPredicate",
    "OpportunitySearchProject",
    "OpportunitySearchRelatedEntityIdentifiers",
    "OpportunitySearchSort",
    "OpportunitySearchSummary",
    "OpportunitySearchTeamMember",
    "OpportunitySort",
    "OpportunitySummary",
    "OpportunitySummaryView",
    "PreferredContactWindow",
    "ProfileNextStepsHistory",
    "Project",
    "ProjectDetails",
    "ProjectSummary",
    "ProjectView",
    "ProspectingFromEngagementTaskSort",
    "ProspectingInsights",
    "ProspectingResult",
    "ProspectingResultAws",
    "ProspectingResultCustomer",
    "ProspectingTaskSummary",
    "PutSellingSystemSettingsRequest",
    "PutSellingSystemSettingsResponse",
    "Recommendation",
    "RejectEngagementInvitationRequest",
    "RelatedEntityIdentifiers",
    "ResourceSnapshotJobSummary",
    "ResourceSnapshotSummary",
    "SearchCustomerAccountsRequest",
    "SearchCustomerAccountsResponse",
    "SearchEngagementsRequest",
    "SearchEngagementsResponse",
    "SearchOpportunitiesRequest",
    "SearchOpportunitiesResponse",
    "SenderContact",
    "SoftwareRevenue",
    "SolutionBase",
    "SolutionSort",
    "SortObject",
    "StartCustomerAccountBulkJobRequest",
    "StartCustomerAccountBulkJobResponse",
    "StartEngagementByAcceptingInvitationTaskRequest",
    "StartEngagementByAcceptingInvitationTaskResponse",
    "StartEngagementFromOpportunityTaskRequest",
    "StartEngagementFromOpportunityTaskResponse",
    "StartOpportunityBulkJobRequest",
    "StartOpportunityBulkJobResponse",
    "StartOpportunityFromEngagementTaskRequest",
    "StartOpportunityFromEngagementTaskResponse",
    "StartProspectingFromEngagementTaskRequest",
    "StartProspectingFromEngagementTaskResponse",
    "StartResourceSnapshotJobRequest",
    "StopResourceSnapshotJobRequest",
    "SubmitOpportunityRequest",
    "Tag",
    "TagResourceRequest",
    "TagResourceResponse",
    "TargetCloseDateFilter",
    "UntagResourceRequest",
    "UntagResourceResponse",
    "UpdateCustomerAccountRequest",
    "UpdateCustomerAccountResponse",
    "UpdateEngagementContextRequest",
    "UpdateEngagementContextResponse",
    "UpdateLeadContext",
    "UpdateOpportunityRequest",
    "UpdateOpportunityResponse",
    "ValidationExceptionError",
    "EngagementContextPayload",
    "EngagementContextPayloadCustomerProject",
    "EngagementContextPayloadLead",
    "EngagementContextPayloadProspectingResult",
    "EngagementContextPayloadCustomerAccount",
    "EngagementContextPayloadUnknown",
    "EngagementSearchFilterValue",
    "EngagementSearchFilterValueStringValue",
    "EngagementSearchFilterValueStringListValue",
    "EngagementSearchFilterValueLongValue",
    "EngagementSearchFilterValueDateValue",
    "EngagementSearchFilterValueUnknown",
    "FilterValue",
    "FilterValueStringValue",
    "FilterValueStringListValue",
    "FilterValueLongValue",
    "FilterValueDateValue",
    "FilterValueUnknown",
    "OpportunitySearchFilterValue",
    "OpportunitySearchFilterValueStringValue",
    "OpportunitySearchFilterValueStringListValue",
    "OpportunitySearchFilterValueLongValue",
    "OpportunitySearchFilterValueDoubleValue",
    "OpportunitySearchFilterValueDateValue",
    "OpportunitySearchFilterValueUnknown",
    "Payload",
    "PayloadOpportunityInvitation",
    "PayloadLeadInvitation",
    "PayloadAccountPlanningInvitation",
    "PayloadUnknown",
    "Receiver",
    "ReceiverAccount",
    "ReceiverUnknown",
    "ResourceSnapshotPayload",
    "ResourceSnapshotPayloadOpportunitySummary",
    "ResourceSnapshotPayloadAwsOpportunitySummaryFullView",
    "ResourceSnapshotPayloadUnknown",
    "UpdateEngagementContextPayload",
    "UpdateEngagementContextPayloadLead",
    "UpdateEngagementContextPayloadCustomerProject",
    "UpdateEngagementContextPayloadProspectingResult",
    "UpdateEngagementContextPayloadUnknown",
]


class AcceptEngagementInvitationRequest(_Structure):
    """Contains the request parameters for the `AcceptEngagementInvitation` operation.

    Attributes:
        catalog: The `CatalogType` parameter specifies the catalog associated with the
            engagement invitation. Required.
        identifier: The `Identifier` parameter in the
            `AcceptEngagementInvitationRequest` specifies the unique... Required.
    """

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

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Identifier"
            value = self.identifier
            if value is not None:
                out["Identifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AcceptEngagementInvitationRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.catalog = get("Catalog")
        fields.identifier = get("Identifier")

        return self


class Account(_Structure):
    """Specifies the `Customer`'s account details associated with the `Opportunity`.

    Attributes:
        industry: Specifies the industry the end `Customer` belongs to that's associated
            with the `Opportunity`.
        other_industry: Specifies the end `Customer`'s industry associated with the
            `Opportunity`, when the selected...
        company_name: Specifies the end `Customer`'s company name associated with the
            `Opportunity`. Required.
        website_url: Specifies the end customer's company website URL associated with
            the `Opportunity`.
        aws_account_id: Specifies the `Customer` Amazon Web Services account ID
            associated with the `Opportunity`.
        address: Specifies the end `Customer`'s address details associated with the
            `Opportunity`.
        duns: Indicates the `Customer` DUNS number, if available.
    """

    __slots__ = (
        "industry",
        "other_industry",
        "company_name",
        "website_url",
        "aws_account_id",
        "address",
        "duns",
    )
    _WIRE_NAMES = frozenset(
        (
            "Industry",
            "OtherIndustry",
            "CompanyName",
            "WebsiteUrl",
            "AwsAccountId",
            "Address",
            "Duns",
        )
    )
    _SENSITIVE = frozenset(
        (
            "company_name",
            "website_url",
            "aws_account_id",
            "duns",
        )
    )

    def __init__(
        self,
        *,
        company_name: str,
        industry: Industry | str | None = None,
        other_industry: str | None = None,
        website_url: str | None = None,
        aws_account_id: str | None = None,
        address: Address | None = None,
        duns: str | None = None,
    ) -> None:
        self.industry = industry
        self.other_industry = other_industry
        self.company_name = company_name
        self.website_url = website_url
        self.aws_account_id = aws_account_id
        self.address = address
        self.duns = duns

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Industry"
            value = self.industry
            if value is not None:
                out["Industry"] = _serde.enc_str(value, wire)
            member = "OtherIndustry"
            value = self.other_industry
            if value is not None:
                out["OtherIndustry"] = _serde.enc_str(value, wire)
            member = "CompanyName"
            value = self.company_name
            if value is not None:
                out["CompanyName"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "WebsiteUrl"
            value = self.website_url
            if value is not None:
                out["WebsiteUrl"] = _serde.enc_str(value, wire)
            member = "AwsAccountId"
            value = self.aws_account_id
            if value is not None:
                out["AwsAccountId"] = _serde.enc_str(value, wire)
            member = "Address"
            value = self.address
            if value is not None:
                out["Address"] = Address._encode_value(value, wire)
            member = "Duns"
            value = self.duns
            if value is not None:
                out["Duns"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> Account:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Industry"
            value = get("Industry")
            fields.industry = None if value is None else _lookup_Industry(value, value)
            fields.other_industry = get("OtherIndustry")
            fields.company_name = get("CompanyName")
            fields.website_url = get("WebsiteUrl")
            fields.aws_account_id = get("AwsAccountId")
            member = "Address"
            value = get("Address")
            fields.address = None if value is None else Address._decode(value, wire)
            fields.duns = get("Duns")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class AccountCustomer(_Structure):
    """A snapshot of the customer company's identity for an account-planning engagement. The
    caller can supply these details so that an account can be identified even when it isn't
    yet mapped to an AWS account.

    Attributes:
        industry: The industry classification of the customer company.
        company_name: The name of the customer company. Required.
        website_url: The website URL of the customer company.
        country_code: The country of the customer company, as an ISO 3166-1 alpha-2
            country code.
    """

    __slots__ = (
        "industry",
        "company_name",
        "website_url",
        "country_code",
    )
    _WIRE_NAMES = frozenset(
        (
            "Industry",
            "CompanyName",
            "WebsiteUrl",
            "CountryCode",
        )
    )
    _SENSITIVE = frozenset(
        (
            "company_name",
            "website_url",
            "country_code",
        )
    )

    def __init__(
        self,
        *,
        company_name: str,
        industry: str | None = None,
        website_url: str | None = None,
        country_code: CountryCode | str | None = None,
    ) -> None:
        self.industry = industry
        self.company_name = company_name
        self.website_url = website_url
        self.country_code = country_code

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Industry"
            value = self.industry
            if value is not None:
                out["Industry"] = _serde.enc_str(value, wire)
            member = "CompanyName"
            value = self.company_name
            if value is not None:
                out["CompanyName"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "WebsiteUrl"
            value = self.website_url
            if value is not None:
                out["WebsiteUrl"] = _serde.enc_str(value, wire)
            member = "CountryCode"
            value = self.country_code
            if value is not None:
                out["CountryCode"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AccountCustomer:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.industry = get("Industry")
            fields.company_name = get("CompanyName")
            fields.website_url = get("WebsiteUrl")
            member = "CountryCode"
            value = get("CountryCode")
            fields.country_code = None if value is None else _lookup_CountryCode(value, value)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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

    def __init__(
        self,
        *,
        account_identifier: str | None = None,
        customer: AccountCustomer | None = None,
        sender_contacts: _Sequence[SenderContact] | None = None,
        preferred_contact: PreferredContactWindow | None = None,
    ) -> None:
        self.account_identifier = account_identifier
        self.customer = customer
        self.sender_contacts = sender_contacts
        self.preferred_contact = preferred_contact

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "AccountIdentifier"
            value = self.account_identifier
            if value is not None:
                out["AccountIdentifier"] = _serde.enc_str(value, wire)
            member = "Customer"
            value = self.customer
            if value is not None:
                out["Customer"] = AccountCustomer._encode_value(value, wire)
            member = "SenderContacts"
            value = self.sender_contacts
            if value is not None:
                out["SenderContacts"] = _encode_SenderContactList(value, wire)
            member = "PreferredContact"
            value = self.preferred_contact
            if value is not None:
                out["PreferredContact"] = PreferredContactWindow._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AccountPlanningInvitationPayload:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.account_identifier = get("AccountIdentifier")
            member = "Customer"
            value = get("Customer")
            fields.customer = None if value is None else AccountCustomer._decode(value, wire)
            member = "SenderContacts"
            value = get("SenderContacts")
            fields.sender_contacts = (
                None if value is None else _decode_SenderContactList(value, wire)
            )
            member = "PreferredContact"
            value = get("PreferredContact")
            fields.preferred_contact = (
                None if value is None else PreferredContactWindow._decode(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class AccountReceiver(_Structure):
    """Contains the account details of the partner who received the Engagement Invitation,
    including the AWS account ID and company name.

    Attributes:
        alias: Represents the alias of the partner account receiving the Engagement
            Invitation, making it easier...
        aws_account_id: Indicates the AWS account ID of the partner who received the
            Engagement Invitation. Required.
    """

    __slots__ = (
        "alias",
        "aws_account_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "Alias",
            "AwsAccountId",
        )
    )
    _SENSITIVE = frozenset(
        (
            "alias",
            "aws_account_id",
        )
    )

    def __init__(
        self,
        *,
        aws_account_id: str,
        alias: str | None = None,
    ) -> None:
        self.alias = alias
        self.aws_account_id = aws_account_id

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Alias"
            value = self.alias
            if value is not None:
                out["Alias"] = _serde.enc_str(value, wire)
            member = "AwsAccountId"
            value = self.aws_account_id
            if value is not None:
                out["AwsAccountId"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AccountReceiver:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.alias = get("Alias")
        fields.aws_account_id = get("AwsAccountId")

        return self


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
    _SENSITIVE = frozenset(
        (
            "company_name",
            "website_url",
        )
    )

    def __init__(
        self,
        *,
        company_name: str,
        industry: Industry | str | None = None,
        other_industry: str | None = None,
        website_url: str | None = None,
        address: AddressSummary | None = None,
    ) -> None:
        self.industry = industry
        self.other_industry = other_industry
        self.company_name = company_name
        self.website_url = website_url
        self.address = address

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Industry"
            value = self.industry
            if value is not None:
                out["Industry"] = _serde.enc_str(value, wire)
            member = "OtherIndustry"
            value = self.other_industry
            if value is not None:
                out["OtherIndustry"] = _serde.enc_str(value, wire)
            member = "CompanyName"
            value = self.company_name
            if value is not None:
                out["CompanyName"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "WebsiteUrl"
            value = self.website_url
            if value is not None:
                out["WebsiteUrl"] = _serde.enc_str(value, wire)
            member = "Address"
            value = self.address
            if value is not None:
                out["Address"] = AddressSummary._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AccountSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Industry"
            value = get("Industry")
            fields.industry = None if value is None else _lookup_Industry(value, value)
            fields.other_industry = get("OtherIndustry")
            fields.company_name = get("CompanyName")
            fields.website_url = get("WebsiteUrl")
            member = "Address"
            value = get("Address")
            fields.address = None if value is None else AddressSummary._decode(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class Address(_Structure):
    """Specifies the end `Customer`'s address details associated with the `Opportunity`.

    Attributes:
        city: Specifies the end `Customer`'s city associated with the `Opportunity`.
        postal_code: Specifies the end `Customer`'s postal code associated with the
            `Opportunity`.
        state_or_region: Specifies the end `Customer`'s state or region associated with
            the `Opportunity`.
        country_code: Specifies the end `Customer`'s country associated with the
            `Opportunity`.
        street_address: Specifies the end `Customer`'s street address associated with
            the `Opportunity`.
    """

    __slots__ = (
        "city",
        "postal_code",
        "state_or_region",
        "country_code",
        "street_address",
    )
    _WIRE_NAMES = frozenset(
        (
            "City",
            "PostalCode",
            "StateOrRegion",
            "CountryCode",
            "StreetAddress",
        )
    )
    _SENSITIVE = frozenset(
        (
            "city",
            "postal_code",
            "state_or_region",
            "country_code",
            "street_address",
        )
    )

    def __init__(
        self,
        *,
        city: str | None = None,
        postal_code: str | None = None,
        state_or_region: str | None = None,
        country_code: CountryCode | str | None = None,
        street_address: str | None = None,
    ) -> None:
        self.city = city
        self.postal_code = postal_code
        self.state_or_region = state_or_region
        self.country_code = country_code
        self.street_address = street_address

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "City"
            value = self.city
            if value is not None:
                out["City"] = _serde.enc_str(value, wire)
            member = "PostalCode"
            value = self.postal_code
            if value is not None:
                out["PostalCode"] = _serde.enc_str(value, wire)
            member = "StateOrRegion"
            value = self.state_or_region
            if value is not None:
                out["StateOrRegion"] = _serde.enc_str(value, wire)
            member = "CountryCode"
            value = self.country_code
            if value is not None:
                out["CountryCode"] = _serde.enc_str(value, wire)
            member = "StreetAddress"
            value = self.street_address
            if value is not None:
                out["StreetAddress"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> Address:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.city = get("City")
            fields.postal_code = get("PostalCode")
            fields.state_or_region = get("StateOrRegion")
            member = "CountryCode"
            value = get("CountryCode")
            fields.country_code = None if value is None else _lookup_CountryCode(value, value)
            fields.street_address = get("StreetAddress")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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

    def __init__(
        self,
        *,
        city: str | None = None,
        postal_code: str | None = None,
        state_or_region: str | None = None,
        country_code: CountryCode | str | None = None,
    ) -> None:
        self.city = city
        self.postal_code = postal_code
        self.state_or_region = state_or_region
        self.country_code = country_code

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "City"
            value = self.city
            if value is not None:
                out["City"] = _serde.enc_str(value, wire)
            member = "PostalCode"
            value = self.postal_code
            if value is not None:
                out["PostalCode"] = _serde.enc_str(value, wire)
            member = "StateOrRegion"
            value = self.state_or_region
            if value is not None:
                out["StateOrRegion"] = _serde.enc_str(value, wire)
            member = "CountryCode"
            value = self.country_code
            if value is not None:
                out["CountryCode"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AddressSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.city = get("City")
            fields.postal_code = get("PostalCode")
            fields.state_or_region = get("StateOrRegion")
            member = "CountryCode"
            value = get("CountryCode")
            fields.country_code = None if value is None else _lookup_CountryCode(value, value)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class AggregationRequest(_Structure):
    """Groups customer accounts by the values of a field.

    Attributes:
        group_by: The field to group the customer accounts by. Required.
    """

    __slots__ = ("group_by",)
    _WIRE_NAMES = frozenset(("GroupBy",))

    def __init__(
        self,
        *,
        group_by: _Sequence[AggregatableField | str],
    ) -> None:
        self.group_by = group_by

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "GroupBy"
            value = self.group_by
            if value is not None:
                out["GroupBy"] = _encode_AggregationRequestGroupByList(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AggregationRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "GroupBy"
            value = get("GroupBy")
            fields.group_by = (
                None if value is None else _decode_AggregationRequestGroupByList(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class AggregationResult(_Structure):
    """The result of an aggregation. It includes the grouped field, the number of customer
    accounts for each value, and the number of accounts with other values.

    Attributes:
        group_by: The field that the customer accounts are grouped by. Required.
        buckets: The groups of customer accounts, one for each value of the field, with
            the number of accounts in... Required.
        other_count: The number of customer accounts that have a value not included in
            `Buckets`. Required.
    """

    __slots__ = (
        "group_by",
        "buckets",
        "other_count",
    )
    _WIRE_NAMES = frozenset(
        (
            "GroupBy",
            "Buckets",
            "OtherCount",
        )
    )

    def __init__(
        self,
        *,
        group_by: list[AggregatableField | str],
        buckets: list[Bucket],
        other_count: int,
    ) -> None:
        self.group_by = group_by
        self.buckets = buckets
        self.other_count = other_count

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "GroupBy"
            value = self.group_by
            if value is not None:
                out["GroupBy"] = _encode_AggregatableFieldList(value, wire)
            elif wire:
                raise _missing("")
            member = "Buckets"
            value = self.buckets
            if value is not None:
                out["Buckets"] = _encode_BucketList(value, wire)
            elif wire:
                raise _missing("")
            member = "OtherCount"
            value = self.other_count
            if value is not None:
                out["OtherCount"] = _serde.enc_int(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AggregationResult:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "GroupBy"
            value = get("GroupBy")
            fields.group_by = None if value is None else _decode_AggregatableFieldList(value, wire)
            member = "Buckets"
            value = get("Buckets")
            fields.buckets = None if value is None else _decode_BucketList(value, wire)
            fields.other_count = get("OtherCount")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class AssignOpportunityRequest(_Structure):
    """Contains the request parameters for the `AssignOpportunity` operation.

    Attributes:
        catalog: Specifies the catalog associated with the request. Required.
        identifier: Requires the `Opportunity`'s unique identifier when you want to
            assign it to another user. Required.
        assignee: Specifies the user or team member responsible for managing the
            assigned opportunity. Required.
    """

    __slots__ = (
        "catalog",
        "identifier",
        "assignee",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "Assignee",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        assignee: AssigneeContact,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.assignee = assignee

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Identifier"
            value = self.identifier
            if value is not None:
                out["Identifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Assignee"
            value = self.assignee
            if value is not None:
                out["Assignee"] = AssigneeContact._encode_value(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AssignOpportunityRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.identifier = get("Identifier")
            member = "Assignee"
            value = get("Assignee")
            fields.assignee = None if value is None else AssigneeContact._decode(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class AssigneeContact(_Structure):
    """Represents the contact details of the individual assigned to manage the opportunity
    within the partner organization. This helps to ensure that there is a point of contact
    for the opportunity's progress.

    Attributes:
        email: Provides the email address of the assignee. Required.
        first_name: Specifies the first name of the assignee managing the opportunity.
            Required.
        last_name: Specifies the last name of the assignee managing the opportunity.
            Required.
        phone: Specifies the contact phone number of the assignee responsible for the
            opportunity or engagement.
        business_title: Specifies the business title of the assignee managing the
            opportunity. Required.
    """

    __slots__ = (
        "email",
        "first_name",
        "last_name",
        "phone",
        "business_title",
    )
    _WIRE_NAMES = frozenset(
        (
            "Email",
            "FirstName",
            "LastName",
            "Phone",
            "BusinessTitle",
        )
    )
    _SENSITIVE = frozenset(
        (
            "email",
            "first_name",
            "last_name",
            "phone",
            "business_title",
        )
    )

    def __init__(
        self,
        *,
        email: str,
        first_name: str,
        last_name: str,
        business_title: str,
        phone: str | None = None,
    ) -> None:
        self.email = email
        self.first_name = first_name
        self.last_name = last_name
        self.phone = phone
        self.business_title = business_title

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Email"
            value = self.email
            if value is not None:
                out["Email"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "FirstName"
            value = self.first_name
            if value is not None:
                out["FirstName"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "LastName"
            value = self.last_name
            if value is not None:
                out["LastName"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Phone"
            value = self.phone
            if value is not None:
                out["Phone"] = _serde.enc_str(value, wire)
            member = "BusinessTitle"
            value = self.business_title
            if value is not None:
                out["BusinessTitle"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AssigneeContact:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.email = get("Email")
        fields.first_name = get("FirstName")
        fields.last_name = get("LastName")
        fields.phone = get("Phone")
        fields.business_title = get("BusinessTitle")

        return self


class AssociateOpportunityRequest(_Structure):
    """Contains the request parameters for the `AssociateOpportunity` operation.

    Attributes:
        catalog: Specifies the catalog associated with the request. Required.
        opportunity_identifier: Requires the `Opportunity`'s unique identifier when you
            want to associate it with a related entity. Required.
        related_entity_type: Specifies the entity type that you're associating with the
            `Opportunity`. Required.
        related_entity_identifier: Requires the related entity's unique identifier when
            you want to associate it with the... Required.
    """

    __slots__ = (
        "catalog",
        "opportunity_identifier",
        "related_entity_type",
        "related_entity_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "OpportunityIdentifier",
            "RelatedEntityType",
            "RelatedEntityIdentifier",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        opportunity_identifier: str,
        related_entity_type: RelatedEntityType | str,
        related_entity_identifier: str,
    ) -> None:
        self.catalog = catalog
        self.opportunity_identifier = opportunity_identifier
        self.related_entity_type = related_entity_type
        self.related_entity_identifier = related_entity_identifier

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "OpportunityIdentifier"
            value = self.opportunity_identifier
            if value is not None:
                out["OpportunityIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "RelatedEntityType"
            value = self.related_entity_type
            if value is not None:
                out["RelatedEntityType"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "RelatedEntityIdentifier"
            value = self.related_entity_identifier
            if value is not None:
                out["RelatedEntityIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AssociateOpportunityRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.opportunity_identifier = get("OpportunityIdentifier")
            member = "RelatedEntityType"
            value = get("RelatedEntityType")
            fields.related_entity_type = (
                None if value is None else _lookup_RelatedEntityType(value, value)
            )
            fields.related_entity_identifier = get("RelatedEntityIdentifier")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class AwsEnrichment(_Structure):
    """The information that we provide about the matched customer, in addition to the details
    that you supplied. Present only when `EnrichmentStatus` is `ENRICHED`.

    Attributes:
        customer: Information about the customer that AWS provides.
        insights: Insights that AWS computes for the customer.
    """

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

    def __init__(
        self,
        *,
        customer: AwsEnrichmentCustomer | None = None,
        insights: AwsEnrichmentInsights | None = None,
    ) -> None:
        self.customer = customer
        self.insights = insights

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Customer"
            value = self.customer
            if value is not None:
                out["Customer"] = AwsEnrichmentCustomer._encode_value(value, wire)
            member = "Insights"
            value = self.insights
            if value is not None:
                out["Insights"] = AwsEnrichmentInsights._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AwsEnrichment:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Customer"
            value = get("Customer")
            fields.customer = None if value is None else AwsEnrichmentCustomer._decode(value, wire)
            member = "Insights"
            value = get("Insights")
            fields.insights = None if value is None else AwsEnrichmentInsights._decode(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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
        eligible_programs: list[str] | None = None,
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
        self.eligible_programs = eligible_programs

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "AccountName"
            value = self.account_name
            if value is not None:
                out["AccountName"] = _serde.enc_str(value, wire)
            member = "Industry"
            value = self.industry
            if value is not None:
                out["Industry"] = _serde.enc_str(value, wire)
            member = "SubIndustry"
            value = self.sub_industry
            if value is not None:
                out["SubIndustry"] = _serde.enc_str(value, wire)
            member = "Sector"
            value = self.sector
            if value is not None:
                out["Sector"] = _serde.enc_str(value, wire)
            member = "Segment"
            value = self.segment
            if value is not None:
                out["Segment"] = _serde.enc_str(value, wire)
            member = "CompanySize"
            value = self.company_size
            if value is not None:
                out["CompanySize"] = _serde.enc_str(value, wire)
            member = "Region"
            value = self.region
            if value is not None:
                out["Region"] = _serde.enc_str(value, wire)
            member = "SubRegion"
            value = self.sub_region
            if value is not None:
                out["SubRegion"] = _serde.enc_str(value, wire)
            member = "Geo"
            value = self.geo
            if value is not None:
                out["Geo"] = _serde.enc_str(value, wire)
            member = "Country"
            value = self.country
            if value is not None:
                out["Country"] = _serde.enc_str(value, wire)
            member = "CustomerAccountPlanningQualification"
            value = self.customer_account_planning_qualification
            if value is not None:
                out["CustomerAccountPlanningQualification"] = _serde.enc_str(value, wire)
            member = "EligiblePrograms"
            value = self.eligible_programs
            if value is not None:
                out["EligiblePrograms"] = _encode_EligibleProgramList(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AwsEnrichmentCustomer:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.account_name = get("AccountName")
            fields.industry = get("Industry")
            fields.sub_industry = get("SubIndustry")
            fields.sector = get("Sector")
            fields.segment = get("Segment")
            fields.company_size = get("CompanySize")
            fields.region = get("Region")
            fields.sub_region = get("SubRegion")
            fields.geo = get("Geo")
            fields.country = get("Country")
            fields.customer_account_planning_qualification = get(
                "CustomerAccountPlanningQualification"
            )
            member = "EligiblePrograms"
            value = get("EligiblePrograms")
            fields.eligible_programs = (
                None if value is None else _decode_EligibleProgramList(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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

    def __init__(
        self,
        *,
        industry: str | None = None,
        account_planning_qualification: str | None = None,
        eligible_programs: list[str] | None = None,
        geo: str | None = None,
        country: str | None = None,
        segment: str | None = None,
    ) -> None:
        self.industry = industry
        self.account_planning_qualification = account_planning_qualification
        self.eligible_programs = eligible_programs
        self.geo = geo
        self.country = country
        self.segment = segment

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Industry"
            value = self.industry
            if value is not None:
                out["Industry"] = _serde.enc_str(value, wire)
            member = "AccountPlanningQualification"
            value = self.account_planning_qualification
            if value is not None:
                out["AccountPlanningQualification"] = _serde.enc_str(value, wire)
            member = "EligiblePrograms"
            value = self.eligible_programs
            if value is not None:
                out["EligiblePrograms"] = _encode_EligibleProgramList(value, wire)
            member = "Geo"
            value = self.geo
            if value is not None:
                out["Geo"] = _serde.enc_str(value, wire)
            member = "Country"
            value = self.country
            if value is not None:
                out["Country"] = _serde.enc_str(value, wire)
            member = "Segment"
            value = self.segment
            if value is not None:
                out["Segment"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AwsEnrichmentCustomerSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.industry = get("Industry")
            fields.account_planning_qualification = get("AccountPlanningQualification")
            member = "EligiblePrograms"
            value = get("EligiblePrograms")
            fields.eligible_programs = (
                None if value is None else _decode_EligibleProgramList(value, wire)
            )
            fields.geo = get("Geo")
            fields.country = get("Country")
            fields.segment = get("Segment")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "MarketplaceEngagementScore"
            value = self.marketplace_engagement_score
            if value is not None:
                out["MarketplaceEngagementScore"] = _serde.enc_str(value, wire)
            member = "SolutionCategory"
            value = self.solution_category
            if value is not None:
                out["SolutionCategory"] = _serde.enc_str(value, wire)
            member = "SolutionScore"
            value = self.solution_score
            if value is not None:
                out["SolutionScore"] = _serde.enc_str(value, wire)
            member = "SolutionSubCategory"
            value = self.solution_sub_category
            if value is not None:
                out["SolutionSubCategory"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AwsEnrichmentInsights:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.marketplace_engagement_score = get("MarketplaceEngagementScore")
        fields.solution_category = get("SolutionCategory")
        fields.solution_score = get("SolutionScore")
        fields.solution_sub_category = get("SolutionSubCategory")

        return self


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

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "MarketplaceEngagementScore"
            value = self.marketplace_engagement_score
            if value is not None:
                out["MarketplaceEngagementScore"] = _serde.enc_str(value, wire)
            member = "SolutionCategory"
            value = self.solution_category
            if value is not None:
                out["SolutionCategory"] = _serde.enc_str(value, wire)
            member = "SolutionScore"
            value = self.solution_score
            if value is not None:
                out["SolutionScore"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AwsEnrichmentInsightsSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.marketplace_engagement_score = get("MarketplaceEngagementScore")
        fields.solution_category = get("SolutionCategory")
        fields.solution_score = get("SolutionScore")

        return self


class AwsEnrichmentSummary(_Structure):
    """The AWS enrichment information for an account in search results. It carries a reduced
    set of fields compared to the enrichment information that `GetCustomerAccount` returns.
    Present only when `EnrichmentStatus` is `ENRICHED`.

    Attributes:
        customer: Information about the customer that AWS provides.
        insights: Insights that AWS computes for the customer.
    """

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

    def __init__(
        self,
        *,
        customer: AwsEnrichmentCustomerSummary | None = None,
        insights: AwsEnrichmentInsightsSummary | None = None,
    ) -> None:
        self.customer = customer
        self.insights = insights

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Customer"
            value = self.customer
            if value is not None:
                out["Customer"] = AwsEnrichmentCustomerSummary._encode_value(value, wire)
            member = "Insights"
            value = self.insights
            if value is not None:
                out["Insights"] = AwsEnrichmentInsightsSummary._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AwsEnrichmentSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Customer"
            value = get("Customer")
            fields.customer = (
                None if value is None else AwsEnrichmentCustomerSummary._decode(value, wire)
            )
            member = "Insights"
            value = get("Insights")
            fields.insights = (
                None if value is None else AwsEnrichmentInsightsSummary._decode(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class AwsOpportunityCustomer(_Structure):
    """Represents the customer associated with the AWS opportunity. This field captures key
    details about the customer that are necessary for managing the opportunity.

    Attributes:
        contacts: Provides a list of customer contacts involved in the opportunity.
    """

    __slots__ = ("contacts",)
    _WIRE_NAMES = frozenset(("Contacts",))

    def __init__(
        self,
        *,
        contacts: _Sequence[Contact] | None = None,
    ) -> None:
        self.contacts = contacts

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Contacts"
            value = self.contacts
            if value is not None:
                out["Contacts"] = _encode_CustomerContactsList(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AwsOpportunityCustomer:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Contacts"
            value = get("Contacts")
            fields.contacts = None if value is None else _decode_CustomerContactsList(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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

    def __init__(
        self,
        *,
        next_best_actions: str | None = None,
        engagement_score: EngagementScore | str | None = None,
        aws_products_spend_insights_by_source: AwsProductsSpendInsightsBySource | None = None,
        opportunity_quality: OpportunityQuality | None = None,
        recommendations: list[Recommendation] | None = None,
    ) -> None:
        self.next_best_actions = next_best_actions
        self.engagement_score = engagement_score
        self.aws_products_spend_insights_by_source = aws_products_spend_insights_by_source
        self.opportunity_quality = opportunity_quality
        self.recommendations = recommendations

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "NextBestActions"
            value = self.next_best_actions
            if value is not None:
                out["NextBestActions"] = _serde.enc_str(value, wire)
            member = "EngagementScore"
            value = self.engagement_score
            if value is not None:
                out["EngagementScore"] = _serde.enc_str(value, wire)
            member = "AwsProductsSpendInsightsBySource"
            value = self.aws_products_spend_insights_by_source
            if value is not None:
                out["AwsProductsSpendInsightsBySource"] = (
                    AwsProductsSpendInsightsBySource._encode_value(value, wire)
                )
            member = "OpportunityQuality"
            value = self.opportunity_quality
            if value is not None:
                out["OpportunityQuality"] = OpportunityQuality._encode_value(value, wire)
            member = "Recommendations"
            value = self.recommendations
            if value is not None:
                out["Recommendations"] = _encode_RecommendationList(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AwsOpportunityInsights:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.next_best_actions = get("NextBestActions")
            member = "EngagementScore"
            value = get("EngagementScore")
            fields.engagement_score = (
                None if value is None else _lookup_EngagementScore(value, value)
            )
            member = "AwsProductsSpendInsightsBySource"
            value = get("AwsProductsSpendInsightsBySource")
            fields.aws_products_spend_insights_by_source = (
                None if value is None else AwsProductsSpendInsightsBySource._decode(value, wire)
            )
            member = "OpportunityQuality"
            value = get("OpportunityQuality")
            fields.opportunity_quality = (
                None if value is None else OpportunityQuality._decode(value, wire)
            )
            member = "Recommendations"
            value = get("Recommendations")
            fields.recommendations = (
                None if value is None else _decode_RecommendationList(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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

    def __init__(
        self,
        *,
        target_close_date: str | None = None,
        closed_lost_reason: AwsClosedLostReason | str | None = None,
        stage: AwsOpportunityStage | str | None = None,
        next_steps: str | None = None,
        next_steps_history: list[ProfileNextStepsHistory] | None = None,
    ) -> None:
        self.target_close_date = target_close_date
        self.closed_lost_reason = closed_lost_reason
        self.stage = stage
        self.next_steps = next_steps
        self.next_steps_history = next_steps_history

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "TargetCloseDate"
            value = self.target_close_date
            if value is not None:
                out["TargetCloseDate"] = _serde.enc_str(value, wire)
            member = "ClosedLostReason"
            value = self.closed_lost_reason
            if value is not None:
                out["ClosedLostReason"] = _serde.enc_str(value, wire)
            member = "Stage"
            value = self.stage
            if value is not None:
                out["Stage"] = _serde.enc_str(value, wire)
            member = "NextSteps"
            value = self.next_steps
            if value is not None:
                out["NextSteps"] = _serde.enc_str(value, wire)
            member = "NextStepsHistory"
            value = self.next_steps_history
            if value is not None:
                out["NextStepsHistory"] = _encode_AwsOpportunityLifeCycleNextStepsHistoryList(
                    value, wire
                )
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AwsOpportunityLifeCycle:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.target_close_date = get("TargetCloseDate")
            member = "ClosedLostReason"
            value = get("ClosedLostReason")
            fields.closed_lost_reason = (
                None if value is None else _lookup_AwsClosedLostReason(value, value)
            )
            member = "Stage"
            value = get("Stage")
            fields.stage = None if value is None else _lookup_AwsOpportunityStage(value, value)
            fields.next_steps = get("NextSteps")
            member = "NextStepsHistory"
            value = get("NextStepsHistory")
            fields.next_steps_history = (
                None
                if value is None
                else _decode_AwsOpportunityLifeCycleNextStepsHistoryList(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class AwsOpportunityProject(_Structure):
    """Captures details about the project associated with the opportunity, including
    objectives, scope, and customer requirements.

    Attributes:
        expected_customer_spend: Indicates the expected spending by the customer over
            the course of the project.
        aws_partition: AWS partition where the opportunity will be deployed.
    """

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

    def __init__(
        self,
        *,
        expected_customer_spend: _Sequence[ExpectedCustomerSpend] | None = None,
        aws_partition: AwsPartition | str | None = None,
    ) -> None:
        self.expected_customer_spend = expected_customer_spend
        self.aws_partition = aws_partition

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "ExpectedCustomerSpend"
            value = self.expected_customer_spend
            if value is not None:
                out["ExpectedCustomerSpend"] = _encode_ExpectedCustomerSpendList(value, wire)
            member = "AwsPartition"
            value = self.aws_partition
            if value is not None:
                out["AwsPartition"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AwsOpportunityProject:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "ExpectedCustomerSpend"
            value = get("ExpectedCustomerSpend")
            fields.expected_customer_spend = (
                None if value is None else _decode_ExpectedCustomerSpendList(value, wire)
            )
            member = "AwsPartition"
            value = get("AwsPartition")
            fields.aws_partition = None if value is None else _lookup_AwsPartition(value, value)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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

    def __init__(
        self,
        *,
        aws_products: list[str] | None = None,
        solutions: list[str] | None = None,
        aws_marketplace_solutions: list[str] | None = None,
        aws_marketplace_products: list[str] | None = None,
    ) -> None:
        self.aws_products = aws_products
        self.solutions = solutions
        self.aws_marketplace_solutions = aws_marketplace_solutions
        self.aws_marketplace_products = aws_marketplace_products

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "AwsProducts"
            value = self.aws_products
            if value is not None:
                out["AwsProducts"] = _encode_AwsProductIdentifiers(value, wire)
            member = "Solutions"
            value = self.solutions
            if value is not None:
                out["Solutions"] = _encode_SolutionIdentifiers(value, wire)
            member = "AwsMarketplaceSolutions"
            value = self.aws_marketplace_solutions
            if value is not None:
                out["AwsMarketplaceSolutions"] = _encode_AwsMarketplaceSolutionIdentifiers(
                    value, wire
                )
            member = "AwsMarketplaceProducts"
            value = self.aws_marketplace_products
            if value is not None:
                out["AwsMarketplaceProducts"] = _encode_AwsMarketplaceProductIdentifiers(
                    value, wire
                )
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AwsOpportunityRelatedEntities:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "AwsProducts"
            value = get("AwsProducts")
            fields.aws_products = (
                None if value is None else _decode_AwsProductIdentifiers(value, wire)
            )
            member = "Solutions"
            value = get("Solutions")
            fields.solutions = None if value is None else _decode_SolutionIdentifiers(value, wire)
            member = "AwsMarketplaceSolutions"
            value = get("AwsMarketplaceSolutions")
            fields.aws_marketplace_solutions = (
                None if value is None else _decode_AwsMarketplaceSolutionIdentifiers(value, wire)
            )
            member = "AwsMarketplaceProducts"
            value = get("AwsMarketplaceProducts")
            fields.aws_marketplace_products = (
                None if value is None else _decode_AwsMarketplaceProductIdentifiers(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class AwsOpportunitySummaryFullView(_Structure):
    """Provides a comprehensive view of AwsOpportunitySummaryFullView template.

    Attributes:
        related_opportunity_id: Identifier of the related partner opportunity.
        origin: Source origin of the AWS opportunity.
        involvement_type: Type of AWS involvement in the opportunity.
        visibility: Visibility level for the AWS opportunity.
        life_cycle: Contains lifecycle details of the AWS opportunity, such as its
            stage, review status, and target...
        opportunity_team: AWS team members involved in the opportunity.
        insights: Contains the insights that AWS provides for the opportunity, such as
            the engagement score and the...
        involvement_type_change_reason: Reason for changes in AWS involvement type for
            the opportunity.
        related_entity_ids: Lists the identifiers of entities that relate to the AWS
            opportunity, such as AWS products and...
        customer: Contains details about the customer that the AWS opportunity belongs
            to.
        project: Contains details about the project that the AWS opportunity covers.
        cosell_motion: Engagement classification for this opportunity.
        cosell_motion_reason: The plain-language reason for the current `CosellMotion`
            value.
        software_revenue: Seller-provided PARC deal terms: commitment value, discount,
            and contract dates.
    """

    __slots__ = (
        "related_opportunity_id",
        "origin",
        "involvement_type",
        "visibility",
        "life_cycle",
        "opportunity_team",
        "insights",
        "involvement_type_change_reason",
        "related_entity_ids",
        "customer",
        "project",
        "cosell_motion",
        "cosell_motion_reason",
        "software_revenue",
    )
    _WIRE_NAMES = frozenset(
        (
            "RelatedOpportunityId",
            "Origin",
            "InvolvementType",
            "Visibility",
            "LifeCycle",
            "OpportunityTeam",
            "Insights",
            "InvolvementTypeChangeReason",
            "RelatedEntityIds",
            "Customer",
            "Project",
            "CosellMotion",
            "CosellMotionReason",
            "SoftwareRevenue",
        )
    )

    def __init__(
        self,
        *,
        related_opportunity_id: str | None = None,
        origin: OpportunityOrigin | str | None = None,
        involvement_type: SalesInvolvementType | str | None = None,
        visibility: Visibility | str | None = None,
        life_cycle: AwsOpportunityLifeCycle | None = None,
        opportunity_team: list[AwsTeamMember] | None = None,
        insights: AwsOpportunityInsights | None = None,
        involvement_type_change_reason: InvolvementTypeChangeReason | str | None = None,
        related_entity_ids: AwsOpportunityRelatedEntities | None = None,
        customer: AwsOpportunityCustomer | None = None,
        project: AwsOpportunityProject | None = None,
        cosell_motion: str | None = None,
        cosell_motion_reason: str | None = None,
        software_revenue: AwsSoftwareRevenue | None = None,
    ) -> None:
        self.related_opportunity_id = related_opportunity_id
        self.origin = origin
        self.involvement_type = involvement_type
        self.visibility = visibility
        self.life_cycle = life_cycle
        self.opportunity_team = opportunity_team
        self.insights = insights
        self.involvement_type_change_reason = involvement_type_change_reason
        self.related_entity_ids = related_entity_ids
        self.customer = customer
        self.project = project
        self.cosell_motion = cosell_motion
        self.cosell_motion_reason = cosell_motion_reason
        self.software_revenue = software_revenue

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "RelatedOpportunityId"
            value = self.related_opportunity_id
            if value is not None:
                out["RelatedOpportunityId"] = _serde.enc_str(value, wire)
            member = "Origin"
            value = self.origin
            if value is not None:
                out["Origin"] = _serde.enc_str(value, wire)
            member = "InvolvementType"
            value = self.involvement_type
            if value is not None:
                out["InvolvementType"] = _serde.enc_str(value, wire)
            member = "Visibility"
            value = self.visibility
            if value is not None:
                out["Visibility"] = _serde.enc_str(value, wire)
            member = "LifeCycle"
            value = self.life_cycle
            if value is not None:
                out["LifeCycle"] = AwsOpportunityLifeCycle._encode_value(value, wire)
            member = "OpportunityTeam"
            value = self.opportunity_team
            if value is not None:
                out["OpportunityTeam"] = _encode_AwsOpportunityTeamMembersList(value, wire)
            member = "Insights"
            value = self.insights
            if value is not None:
                out["Insights"] = AwsOpportunityInsights._encode_value(value, wire)
            member = "InvolvementTypeChangeReason"
            value = self.involvement_type_change_reason
            if value is not None:
                out["InvolvementTypeChangeReason"] = _serde.enc_str(value, wire)
            member = "RelatedEntityIds"
            value = self.related_entity_ids
            if value is not None:
                out["RelatedEntityIds"] = AwsOpportunityRelatedEntities._encode_value(value, wire)
            member = "Customer"
            value = self.customer
            if value is not None:
                out["Customer"] = AwsOpportunityCustomer._encode_value(value, wire)
            member = "Project"
            value = self.project
            if value is not None:
                out["Project"] = AwsOpportunityProject._encode_value(value, wire)
            member = "CosellMotion"
            value = self.cosell_motion
            if value is not None:
                out["CosellMotion"] = _serde.enc_str(value, wire)
            member = "CosellMotionReason"
            value = self.cosell_motion_reason
            if value is not None:
                out["CosellMotionReason"] = _serde.enc_str(value, wire)
            member = "SoftwareRevenue"
            value = self.software_revenue
            if value is not None:
                out["SoftwareRevenue"] = AwsSoftwareRevenue._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AwsOpportunitySummaryFullView:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.related_opportunity_id = get("RelatedOpportunityId")
            member = "Origin"
            value = get("Origin")
            fields.origin = None if value is None else _lookup_OpportunityOrigin(value, value)
            member = "InvolvementType"
            value = get("InvolvementType")
            fields.involvement_type = (
                None if value is None else _lookup_SalesInvolvementType(value, value)
            )
            member = "Visibility"
            value = get("Visibility")
            fields.visibility = None if value is None else _lookup_Visibility(value, value)
            member = "LifeCycle"
            value = get("LifeCycle")
            fields.life_cycle = (
                None if value is None else AwsOpportunityLifeCycle._decode(value, wire)
            )
            member = "OpportunityTeam"
            value = get("OpportunityTeam")
            fields.opportunity_team = (
                None if value is None else _decode_AwsOpportunityTeamMembersList(value, wire)
            )
            member = "Insights"
            value = get("Insights")
            fields.insights = (
                None if value is None else AwsOpportunityInsights._decode(value, wire)
            )
            member = "InvolvementTypeChangeReason"
            value = get("InvolvementTypeChangeReason")
            fields.involvement_type_change_reason = (
                None if value is None else _lookup_InvolvementTypeChangeReason(value, value)
            )
            member = "RelatedEntityIds"
            value = get("RelatedEntityIds")
            fields.related_entity_ids = (
                None if value is None else AwsOpportunityRelatedEntities._decode(value, wire)
            )
            member = "Customer"
            value = get("Customer")
            fields.customer = (
                None if value is None else AwsOpportunityCustomer._decode(value, wire)
            )
            member = "Project"
            value = get("Project")
            fields.project = None if value is None else AwsOpportunityProject._decode(value, wire)
            fields.cosell_motion = get("CosellMotion")
            fields.cosell_motion_reason = get("CosellMotionReason")
            member = "SoftwareRevenue"
            value = get("SoftwareRevenue")
            fields.software_revenue = (
                None if value is None else AwsSoftwareRevenue._decode(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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
    _SENSITIVE = frozenset(
        (
            "amount",
            "optimized_amount",
            "potential_savings_amount",
        )
    )

    def __init__(
        self,
        *,
        product_code: str,
        categories: list[str],
        optimizations: list[AwsProductOptimization],
        service_code: str | None = None,
        amount: str | None = None,
        optimized_amount: str | None = None,
        potential_savings_amount: str | None = None,
    ) -> None:
        self.product_code = product_code
        self.service_code = service_code
        self.categories = categories
        self.amount = amount
        self.optimized_amount = optimized_amount
        self.potential_savings_amount = potential_savings_amount
        self.optimizations = optimizations

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "ProductCode"
            value = self.product_code
            if value is not None:
                out["ProductCode"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ServiceCode"
            value = self.service_code
            if value is not None:
                out["ServiceCode"] = _serde.enc_str(value, wire)
            member = "Categories"
            value = self.categories
            if value is not None:
                out["Categories"] = _encode_AwsProductDetailsCategoriesList(value, wire)
            elif wire:
                raise _missing("")
            member = "Amount"
            value = self.amount
            if value is not None:
                out["Amount"] = _serde.enc_str(value, wire)
            member = "OptimizedAmount"
            value = self.optimized_amount
            if value is not None:
                out["OptimizedAmount"] = _serde.enc_str(value, wire)
            member = "PotentialSavingsAmount"
            value = self.potential_savings_amount
            if value is not None:
                out["PotentialSavingsAmount"] = _serde.enc_str(value, wire)
            member = "Optimizations"
            value = self.optimizations
            if value is not None:
                out["Optimizations"] = _encode_AwsProductOptimizationsList(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AwsProductDetails:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.product_code = get("ProductCode")
            fields.service_code = get("ServiceCode")
            member = "Categories"
            value = get("Categories")
            fields.categories = (
                None if value is None else _decode_AwsProductDetailsCategoriesList(value, wire)
            )
            fields.amount = get("Amount")
            fields.optimized_amount = get("OptimizedAmount")
            fields.potential_savings_amount = get("PotentialSavingsAmount")
            member = "Optimizations"
            value = get("Optimizations")
            fields.optimizations = (
                None if value is None else _decode_AwsProductOptimizationsList(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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
    _SENSITIVE = frozenset(
        (
            "currency_code",
            "total_amount",
            "total_optimized_amount",
            "total_potential_savings_amount",
            "total_amount_by_category",
        )
    )

    def __init__(
        self,
        *,
        currency_code: CurrencyCode | str,
        frequency: PaymentFrequency | str,
        total_amount_by_category: dict[str, str],
        aws_products: list[AwsProductDetails],
        total_amount: str | None = None,
        total_optimized_amount: str | None = None,
        total_potential_savings_amount: str | None = None,
    ) -> None:
        self.currency_code = currency_code
        self.frequency = frequency
        self.total_amount = total_amount
        self.total_optimized_amount = total_optimized_amount
        self.total_potential_savings_amount = total_potential_savings_amount
        self.total_amount_by_category = total_amount_by_category
        self.aws_products = aws_products

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "CurrencyCode"
            value = self.currency_code
            if value is not None:
                out["CurrencyCode"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Frequency"
            value = self.frequency
            if value is not None:
                out["Frequency"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "TotalAmount"
            value = self.total_amount
            if value is not None:
                out["TotalAmount"] = _serde.enc_str(value, wire)
            member = "TotalOptimizedAmount"
            value = self.total_optimized_amount
            if value is not None:
                out["TotalOptimizedAmount"] = _serde.enc_str(value, wire)
            member = "TotalPotentialSavingsAmount"
            value = self.total_potential_savings_amount
            if value is not None:
                out["TotalPotentialSavingsAmount"] = _serde.enc_str(value, wire)
            member = "TotalAmountByCategory"
            value = self.total_amount_by_category
            if value is not None:
                out["TotalAmountByCategory"] = _encode_AmountMap(value, wire)
            elif wire:
                raise _missing("")
            member = "AwsProducts"
            value = self.aws_products
            if value is not None:
                out["AwsProducts"] = _encode_AwsProductsList(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AwsProductInsights:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "CurrencyCode"
            value = get("CurrencyCode")
            fields.currency_code = None if value is None else _lookup_CurrencyCode(value, value)
            member = "Frequency"
            value = get("Frequency")
            fields.frequency = None if value is None else _lookup_PaymentFrequency(value, value)
            fields.total_amount = get("TotalAmount")
            fields.total_optimized_amount = get("TotalOptimizedAmount")
            fields.total_potential_savings_amount = get("TotalPotentialSavingsAmount")
            member = "TotalAmountByCategory"
            value = get("TotalAmountByCategory")
            fields.total_amount_by_category = (
                None if value is None else _decode_AmountMap(value, wire)
            )
            member = "AwsProducts"
            value = get("AwsProducts")
            fields.aws_products = None if value is None else _decode_AwsProductsList(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class AwsProductOptimization(_Structure):
    """Specific optimization strategies partners can implement to reduce costs.

    Attributes:
        description: Human-readable explanation of the optimization strategy. Required.
        savings_amount: Quantified cost savings achievable by implementing this
            optimization. Required.
    """

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
    _SENSITIVE = frozenset(("savings_amount",))

    def __init__(
        self,
        *,
        description: str,
        savings_amount: str,
    ) -> None:
        self.description = description
        self.savings_amount = savings_amount

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Description"
            value = self.description
            if value is not None:
                out["Description"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "SavingsAmount"
            value = self.savings_amount
            if value is not None:
                out["SavingsAmount"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AwsProductOptimization:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.description = get("Description")
        fields.savings_amount = get("SavingsAmount")

        return self


class AwsProductsSpendInsightsBySource(_Structure):
    """Source-separated spend insights that provide independent analysis for AWS
    recommendations and partner estimates.

    Attributes:
        partner: Partner-sourced insights derived from Pricing Calculator URLs.
        aws: AI-generated insights including recommended products from AWS.
    """

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

    def __init__(
        self,
        *,
        partner: AwsProductInsights | None = None,
        aws: AwsProductInsights | None = None,
    ) -> None:
        self.partner = partner
        self.aws = aws

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Partner"
            value = self.partner
            if value is not None:
                out["Partner"] = AwsProductInsights._encode_value(value, wire)
            member = "AWS"
            value = self.aws
            if value is not None:
                out["AWS"] = AwsProductInsights._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AwsProductsSpendInsightsBySource:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Partner"
            value = get("Partner")
            fields.partner = None if value is None else AwsProductInsights._decode(value, wire)
            member = "AWS"
            value = get("AWS")
            fields.aws = None if value is None else AwsProductInsights._decode(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class AwsSoftwareRevenue(_Structure):
    """Seller-provided PARC deal terms for the opportunity, including commitment value,
    discount percentage, and contract dates.

    Attributes:
        value_: The committed value and currency for the procurement terms.
        discount: Discount percentage offered on the software revenue.
        effective_date: Contract effective (start) date in YYYY-MM-DD format.
        expiration_date: Contract expiration (end) date in YYYY-MM-DD format.
    """

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

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Value"
            value = self.value_
            if value is not None:
                out["Value"] = MonetaryValue._encode_value(value, wire)
            member = "Discount"
            value = self.discount
            if value is not None:
                out["Discount"] = _serde.enc_str(value, wire)
            member = "EffectiveDate"
            value = self.effective_date
            if value is not None:
                out["EffectiveDate"] = _serde.enc_str(value, wire)
            member = "ExpirationDate"
            value = self.expiration_date
            if value is not None:
                out["ExpirationDate"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AwsSoftwareRevenue:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Value"
            value = get("Value")
            fields.value_ = None if value is None else MonetaryValue._decode(value, wire)
            fields.discount = get("Discount")
            fields.effective_date = get("EffectiveDate")
            fields.expiration_date = get("ExpirationDate")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class AwsSubmission(_Structure):
    """Indicates the level of AWS involvement in the opportunity. This field helps track AWS
    participation throughout the engagement, such as providing technical support, deal
    assistance, and sales support.

    Attributes:
        involvement_type: Specifies the type of AWS involvement in the opportunity, such
            as coselling, deal support, or... Required.
        visibility: Determines who can view AWS involvement in the opportunity.
    """

    __slots__ = (
        "involvement_type",
        "visibility",
    )
    _WIRE_NAMES = frozenset(
        (
            "InvolvementType",
            "Visibility",
        )
    )

    def __init__(
        self,
        *,
        involvement_type: SalesInvolvementType | str,
        visibility: Visibility | str | None = None,
    ) -> None:
        self.involvement_type = involvement_type
        self.visibility = visibility

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "InvolvementType"
            value = self.involvement_type
            if value is not None:
                out["InvolvementType"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Visibility"
            value = self.visibility
            if value is not None:
                out["Visibility"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AwsSubmission:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "InvolvementType"
            value = get("InvolvementType")
            fields.involvement_type = (
                None if value is None else _lookup_SalesInvolvementType(value, value)
            )
            member = "Visibility"
            value = get("Visibility")
            fields.visibility = None if value is None else _lookup_Visibility(value, value)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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

    def __init__(
        self,
        *,
        email: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        business_title: AwsMemberBusinessTitle | str | None = None,
    ) -> None:
        self.email = email
        self.first_name = first_name
        self.last_name = last_name
        self.business_title = business_title

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Email"
            value = self.email
            if value is not None:
                out["Email"] = _serde.enc_str(value, wire)
            member = "FirstName"
            value = self.first_name
            if value is not None:
                out["FirstName"] = _serde.enc_str(value, wire)
            member = "LastName"
            value = self.last_name
            if value is not None:
                out["LastName"] = _serde.enc_str(value, wire)
            member = "BusinessTitle"
            value = self.business_title
            if value is not None:
                out["BusinessTitle"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> AwsTeamMember:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.email = get("Email")
            fields.first_name = get("FirstName")
            fields.last_name = get("LastName")
            member = "BusinessTitle"
            value = get("BusinessTitle")
            fields.business_title = (
                None if value is None else _lookup_AwsMemberBusinessTitle(value, value)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class BestOutreachWindow(_Structure):
    """A single recommended outreach window for one day, expressed in Coordinated Universal
    Time (UTC).

    Attributes:
        day: The day of the week that this outreach window applies to. Required.
        start_time_utc: The inclusive start of the outreach window, in Coordinated
            Universal Time (UTC), in 24-hour... Required.
        end_time_utc: The exclusive end of the outreach window, in Coordinated Universal
            Time (UTC), in 24-hour `HH:mm`... Required.
    """

    __slots__ = (
        "day",
        "start_time_utc",
        "end_time_utc",
    )
    _WIRE_NAMES = frozenset(
        (
            "Day",
            "StartTimeUtc",
            "EndTimeUtc",
        )
    )

    def __init__(
        self,
        *,
        day: DayOfWeek | str,
        start_time_utc: str,
        end_time_utc: str,
    ) -> None:
        self.day = day
        self.start_time_utc = start_time_utc
        self.end_time_utc = end_time_utc

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Day"
            value = self.day
            if value is not None:
                out["Day"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "StartTimeUtc"
            value = self.start_time_utc
            if value is not None:
                out["StartTimeUtc"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "EndTimeUtc"
            value = self.end_time_utc
            if value is not None:
                out["EndTimeUtc"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> BestOutreachWindow:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Day"
            value = get("Day")
            fields.day = None if value is None else _lookup_DayOfWeek(value, value)
            fields.start_time_utc = get("StartTimeUtc")
            fields.end_time_utc = get("EndTimeUtc")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class Bucket(_Structure):
    """One group in an aggregation result. It includes the field values that define the group
    and the number of customer accounts in it.

    Attributes:
        values: The field value that defines this group. Required.
        count: The number of customer accounts in this group. Required.
    """

    __slots__ = (
        "values",
        "count",
    )
    _WIRE_NAMES = frozenset(
        (
            "Values",
            "Count",
        )
    )

    def __init__(
        self,
        *,
        values: list[str],
        count: int,
    ) -> None:
        self.values = values
        self.count = count

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Values"
            value = self.values
            if value is not None:
                out["Values"] = _encode_BucketValueList(value, wire)
            elif wire:
                raise _missing("")
            member = "Count"
            value = self.count
            if value is not None:
                out["Count"] = _serde.enc_int(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> Bucket:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Values"
            value = get("Values")
            fields.values = None if value is None else _decode_BucketValueList(value, wire)
            fields.count = get("Count")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class BulkJobResult(_Structure):
    """The outcome of processing a single record within a bulk job. It identifies the record
    and, when the record didn't succeed, carries an error code and message.

    Attributes:
        request_id: The identifier of the record in the bulk job file. Required.
        status: The outcome of processing the record. Required.
        resource_identifier: This value is the identifier of the resource that Partner
            Central created or updated for the record.
        error_code: A code that identifies why the record failed.
        error_message: A description of why the record failed.
    """

    __slots__ = (
        "request_id",
        "status",
        "resource_identifier",
        "error_code",
        "error_message",
    )
    _WIRE_NAMES = frozenset(
        (
            "RequestId",
            "Status",
            "ResourceIdentifier",
            "ErrorCode",
            "ErrorMessage",
        )
    )

    def __init__(
        self,
        *,
        request_id: str,
        status: BulkRecordStatus | str,
        resource_identifier: str | None = None,
        error_code: str | None = None,
        error_message: str | None = None,
    ) -> None:
        self.request_id = request_id
        self.status = status
        self.resource_identifier = resource_identifier
        self.error_code = error_code
        self.error_message = error_message

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "RequestId"
            value = self.request_id
            if value is not None:
                out["RequestId"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Status"
            value = self.status
            if value is not None:
                out["Status"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ResourceIdentifier"
            value = self.resource_identifier
            if value is not None:
                out["ResourceIdentifier"] = _serde.enc_str(value, wire)
            member = "ErrorCode"
            value = self.error_code
            if value is not None:
                out["ErrorCode"] = _serde.enc_str(value, wire)
            member = "ErrorMessage"
            value = self.error_message
            if value is not None:
                out["ErrorMessage"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> BulkJobResult:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.request_id = get("RequestId")
            member = "Status"
            value = get("Status")
            fields.status = None if value is None else _lookup_BulkRecordStatus(value, value)
            fields.resource_identifier = get("ResourceIdentifier")
            fields.error_code = get("ErrorCode")
            fields.error_message = get("ErrorMessage")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ChannelRecommendation(_Structure):
    """Aggregated outreach guidance for leads that share the same country, geography, region,
    and company segment. It names the outreach channel most commonly recommended for that
    group and, optionally, the days and times that channel is best used. This is group-level
    guidance. It doesn't describe an individual lead's contact history or rank
    recommendations for a specific lead.

    Attributes:
        recommended_channel: The recommended outreach channel for the group of similar
            leads. Required.
        best_outreach_windows: The recommended day-specific outreach windows for the
            recommended channel, expressed in...
    """

    __slots__ = (
        "recommended_channel",
        "best_outreach_windows",
    )
    _WIRE_NAMES = frozenset(
        (
            "RecommendedChannel",
            "BestOutreachWindows",
        )
    )

    def __init__(
        self,
        *,
        recommended_channel: str,
        best_outreach_windows: _Sequence[BestOutreachWindow] | None = None,
    ) -> None:
        self.recommended_channel = recommended_channel
        self.best_outreach_windows = best_outreach_windows

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "RecommendedChannel"
            value = self.recommended_channel
            if value is not None:
                out["RecommendedChannel"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "BestOutreachWindows"
            value = self.best_outreach_windows
            if value is not None:
                out["BestOutreachWindows"] = _encode_BestOutreachWindowList(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ChannelRecommendation:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.recommended_channel = get("RecommendedChannel")
            member = "BestOutreachWindows"
            value = get("BestOutreachWindows")
            fields.best_outreach_windows = (
                None if value is None else _decode_BestOutreachWindowList(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class Contact(_Structure):
    """An object that contains a `Customer Partner`'s contact details.

    Attributes:
        email: The contact's email address associated with the `Opportunity`.
        first_name: The contact's first name associated with the `Opportunity`.
        last_name: The contact's last name associated with the `Opportunity`.
        business_title: The partner contact's title (job title or role) associated with
            the `Opportunity`.
        phone: The contact's phone number associated with the `Opportunity`.
    """

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
    _SENSITIVE = frozenset(
        (
            "email",
            "first_name",
            "last_name",
            "business_title",
            "phone",
        )
    )

    def __init__(
        self,
        *,
        email: str | None = None,
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

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Email"
            value = self.email
            if value is not None:
                out["Email"] = _serde.enc_str(value, wire)
            member = "FirstName"
            value = self.first_name
            if value is not None:
                out["FirstName"] = _serde.enc_str(value, wire)
            member = "LastName"
            value = self.last_name
            if value is not None:
                out["LastName"] = _serde.enc_str(value, wire)
            member = "BusinessTitle"
            value = self.business_title
            if value is not None:
                out["BusinessTitle"] = _serde.enc_str(value, wire)
            member = "Phone"
            value = self.phone
            if value is not None:
                out["Phone"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> Contact:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.email = get("Email")
        fields.first_name = get("FirstName")
        fields.last_name = get("LastName")
        fields.business_title = get("BusinessTitle")
        fields.phone = get("Phone")

        return self


class CreateCustomerAccountRequest(_Structure):
    """Information about create customer account request.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        account: Specifies the details of the customer, such as the company name,
            website, and address. Required.
        partner_account_identifier: Specifies your own identifier for the customer
            account, such as the account ID in your CRM system.
        tags: Specifies the tags to add to the customer account.
        client_token: Specifies a unique, case-sensitive identifier that you provide to
            make the request idempotent. Filled with a random UUID when omitted.
    """

    __slots__ = (
        "catalog",
        "account",
        "partner_account_identifier",
        "tags",
        "client_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Account",
            "PartnerAccountIdentifier",
            "Tags",
            "ClientToken",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        account: CustomerAccountData,
        partner_account_identifier: str | None = None,
        tags: _Sequence[Tag] | None = None,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.account = account
        self.partner_account_identifier = partner_account_identifier
        self.tags = tags
        self.client_token = client_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Account"
            value = self.account
            if value is not None:
                out["Account"] = CustomerAccountData._encode_value(value, wire)
            elif wire:
                raise _missing("")
            member = "PartnerAccountIdentifier"
            value = self.partner_account_identifier
            if value is not None:
                out["PartnerAccountIdentifier"] = _serde.enc_str(value, wire)
            member = "Tags"
            value = self.tags
            if value is not None:
                out["Tags"] = _encode_CustomerAccountTagList(value, wire)
            member = "ClientToken"
            value = self.client_token
            if value is not None:
                out["ClientToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> CreateCustomerAccountRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            member = "Account"
            value = get("Account")
            fields.account = None if value is None else CustomerAccountData._decode(value, wire)
            fields.partner_account_identifier = get("PartnerAccountIdentifier")
            member = "Tags"
            value = get("Tags")
            fields.tags = None if value is None else _decode_CustomerAccountTagList(value, wire)
            fields.client_token = get("ClientToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class CreateCustomerAccountResponse(_Structure):
    """Information about create customer account response.

    Attributes:
        arn: The Amazon Resource Name (ARN) of the customer account. Required.
        id: The unique identifier of the customer account. Required.
        status: The enrichment status of the new customer account. Required.
        catalog: The catalog that the customer account belongs to. Required.
        partner_account_identifier: Your own identifier for the customer account, if you
            provided one.
        created_date: The date and time when the customer account was created. Required.
    """

    __slots__ = (
        "arn",
        "id",
        "status",
        "catalog",
        "partner_account_identifier",
        "created_date",
    )
    _WIRE_NAMES = frozenset(
        (
            "Arn",
            "Id",
            "Status",
            "Catalog",
            "PartnerAccountIdentifier",
            "CreatedDate",
        )
    )

    def __init__(
        self,
        *,
        arn: str,
        id: str,
        status: EnrichmentStatus | str,
        catalog: str,
        created_date: _dt.datetime,
        partner_account_identifier: str | None = None,
    ) -> None:
        self.arn = arn
        self.id = id
        self.status = status
        self.catalog = catalog
        self.partner_account_identifier = partner_account_identifier
        self.created_date = created_date

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Arn"
            value = self.arn
            if value is not None:
                out["Arn"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Id"
            value = self.id
            if value is not None:
                out["Id"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Status"
            value = self.status
            if value is not None:
                out["Status"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "PartnerAccountIdentifier"
            value = self.partner_account_identifier
            if value is not None:
                out["PartnerAccountIdentifier"] = _serde.enc_str(value, wire)
            member = "CreatedDate"
            value = self.created_date
            if value is not None:
                out["CreatedDate"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> CreateCustomerAccountResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.arn = get("Arn")
            fields.id = get("Id")
            member = "Status"
            value = get("Status")
            fields.status = None if value is None else _lookup_EnrichmentStatus(value, value)
            fields.catalog = get("Catalog")
            fields.partner_account_identifier = get("PartnerAccountIdentifier")
            member = "CreatedDate"
            value = get("CreatedDate")
            fields.created_date = None if value is None else _serde.dec_timestamp(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class CreateEngagementContextRequest(_Structure):
    """Contains the request parameters for the `CreateEngagementContext` operation.

    Attributes:
        catalog: Specifies the catalog associated with the engagement context request.
            Required.
        engagement_identifier: The unique identifier of the `Engagement` for which the
            context is being created. Required.
        client_token: A unique, case-sensitive identifier provided by the client to
            ensure that the request is handled... Filled with a random UUID when
            omitted.
        type: Specifies the type of context being created for the engagement. Required.
        payload: Contains the contextual information to add to the engagement. Required.
    """

    __slots__ = (
        "catalog",
        "engagement_identifier",
        "client_token",
        "type",
        "payload",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "EngagementIdentifier",
            "ClientToken",
            "Type",
            "Payload",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        engagement_identifier: str,
        type: EngagementContextType | str,
        payload: EngagementContextPayload,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.engagement_identifier = engagement_identifier
        self.client_token = client_token
        self.type = type
        self.payload = payload

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "EngagementIdentifier"
            value = self.engagement_identifier
            if value is not None:
                out["EngagementIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ClientToken"
            value = self.client_token
            if value is not None:
                out["ClientToken"] = _serde.enc_str(value, wire)
            member = "Type"
            value = self.type
            if value is not None:
                out["Type"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Payload"
            value = self.payload
            if value is not None:
                out["Payload"] = EngagementContextPayload._encode_value(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> CreateEngagementContextRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.engagement_identifier = get("EngagementIdentifier")
            fields.client_token = get("ClientToken")
            member = "Type"
            value = get("Type")
            fields.type = None if value is None else _lookup_EngagementContextType(value, value)
            member = "Payload"
            value = get("Payload")
            fields.payload = (
                None if value is None else EngagementContextPayload._decode(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class CreateEngagementContextResponse(_Structure):
    """Contains the response that the `CreateEngagementContext` action returns.

    Attributes:
        engagement_id: The unique identifier of the engagement to which the context was
            added.
        engagement_arn: The Amazon Resource Name (ARN) of the engagement to which the
            context was added.
        engagement_last_modified_at: The timestamp indicating when the engagement was
            last modified as a result of adding the context...
        context_id: The unique identifier assigned to the newly created engagement
            context.
    """

    __slots__ = (
        "engagement_id",
        "engagement_arn",
        "engagement_last_modified_at",
        "context_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "EngagementId",
            "EngagementArn",
            "EngagementLastModifiedAt",
            "ContextId",
        )
    )

    def __init__(
        self,
        *,
        engagement_id: str | None = None,
        engagement_arn: str | None = None,
        engagement_last_modified_at: _dt.datetime | None = None,
        context_id: str | None = None,
    ) -> None:
        self.engagement_id = engagement_id
        self.engagement_arn = engagement_arn
        self.engagement_last_modified_at = engagement_last_modified_at
        self.context_id = context_id

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "EngagementId"
            value = self.engagement_id
            if value is not None:
                out["EngagementId"] = _serde.enc_str(value, wire)
            member = "EngagementArn"
            value = self.engagement_arn
            if value is not None:
                out["EngagementArn"] = _serde.enc_str(value, wire)
            member = "EngagementLastModifiedAt"
            value = self.engagement_last_modified_at
            if value is not None:
                out["EngagementLastModifiedAt"] = _serde.enc_iso8601(value, wire)
            member = "ContextId"
            value = self.context_id
            if value is not None:
                out["ContextId"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> CreateEngagementContextResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.engagement_id = get("EngagementId")
            fields.engagement_arn = get("EngagementArn")
            member = "EngagementLastModifiedAt"
            value = get("EngagementLastModifiedAt")
            fields.engagement_last_modified_at = (
                None if value is None else _serde.dec_timestamp(value, wire)
            )
            fields.context_id = get("ContextId")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class CreateEngagementInvitationRequest(_Structure):
    """Contains the request parameters for the `CreateEngagementInvitation` operation.

    Attributes:
        catalog: Specifies the catalog related to the engagement. Required.
        client_token: Specifies a unique, client-generated UUID to ensure that the
            request is handled exactly once. Filled with a random UUID when omitted.
        engagement_identifier: The unique identifier of the `Engagement` associated with
            the invitation. Required.
        invitation: The `Invitation` object all information necessary to initiate an
            engagement invitation to a partner. Required.
    """

    __slots__ = (
        "catalog",
        "client_token",
        "engagement_identifier",
        "invitation",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ClientToken",
            "EngagementIdentifier",
            "Invitation",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        engagement_identifier: str,
        invitation: Invitation,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.client_token = client_token
        self.engagement_identifier = engagement_identifier
        self.invitation = invitation

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ClientToken"
            value = self.client_token
            if value is not None:
                out["ClientToken"] = _serde.enc_str(value, wire)
            member = "EngagementIdentifier"
            value = self.engagement_identifier
            if value is not None:
                out["EngagementIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Invitation"
            value = self.invitation
            if value is not None:
                out["Invitation"] = Invitation._encode_value(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> CreateEngagementInvitationRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.client_token = get("ClientToken")
            fields.engagement_identifier = get("EngagementIdentifier")
            member = "Invitation"
            value = get("Invitation")
            fields.invitation = None if value is None else Invitation._decode(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class CreateEngagementInvitationResponse(_Structure):
    """Contains the response that the `CreateEngagementInvitation` action returns.

    Attributes:
        id: Unique identifier assigned to the newly created engagement invitation.
            Required.
        arn: The Amazon Resource Name (ARN) that uniquely identifies the engagement
            invitation. Required.
    """

    __slots__ = (
        "id",
        "arn",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Arn",
        )
    )

    def __init__(
        self,
        *,
        id: str,
        arn: str,
    ) -> None:
        self.id = id
        self.arn = arn

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Id"
            value = self.id
            if value is not None:
                out["Id"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Arn"
            value = self.arn
            if value is not None:
                out["Arn"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> CreateEngagementInvitationResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.id = get("Id")
        fields.arn = get("Arn")

        return self


class CreateEngagementRequest(_Structure):
    """Contains the request parameters for the `CreateEngagement` operation.

    Attributes:
        catalog: The `CreateEngagementRequest$Catalog` parameter specifies the catalog
            related to the engagement. Required.
        client_token: The `CreateEngagementRequest$ClientToken` parameter specifies a
            unique, case-sensitive identifier... Filled with a random UUID when omitted.
        title: Specifies the title of the `Engagement`.
        description: Provides a description of the `Engagement`.
        contexts: The `Contexts` field is a required array of objects, with a maximum of
            5 contexts allowed...
    """

    __slots__ = (
        "catalog",
        "client_token",
        "title",
        "description",
        "contexts",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ClientToken",
            "Title",
            "Description",
            "Contexts",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        client_token: str | None = None,
        title: str | None = None,
        description: str | None = None,
        contexts: _Sequence[EngagementContextDetails] | None = None,
    ) -> None:
        self.catalog = catalog
        self.client_token = client_token
        self.title = title
        self.description = description
        self.contexts = contexts

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ClientToken"
            value = self.client_token
            if value is not None:
                out["ClientToken"] = _serde.enc_str(value, wire)
            member = "Title"
            value = self.title
            if value is not None:
                out["Title"] = _serde.enc_str(value, wire)
            member = "Description"
            value = self.description
            if value is not None:
                out["Description"] = _serde.enc_str(value, wire)
            member = "Contexts"
            value = self.contexts
            if value is not None:
                out["Contexts"] = _encode_EngagementContexts(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> CreateEngagementRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.client_token = get("ClientToken")
            fields.title = get("Title")
            fields.description = get("Description")
            member = "Contexts"
            value = get("Contexts")
            fields.contexts = None if value is None else _decode_EngagementContexts(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class CreateEngagementResponse(_Structure):
    """Contains the response that the `CreateEngagement` action returns.

    Attributes:
        id: Unique identifier assigned to the newly created engagement.
        arn: The Amazon Resource Name (ARN) that identifies the engagement.
        modified_at: The timestamp indicating when the engagement was last modified, in
            ISO 8601 format (UTC).
    """

    __slots__ = (
        "id",
        "arn",
        "modified_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Arn",
            "ModifiedAt",
        )
    )

    def __init__(
        self,
        *,
        id: str | None = None,
        arn: str | None = None,
        modified_at: _dt.datetime | None = None,
    ) -> None:
        self.id = id
        self.arn = arn
        self.modified_at = modified_at

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Id"
            value = self.id
            if value is not None:
                out["Id"] = _serde.enc_str(value, wire)
            member = "Arn"
            value = self.arn
            if value is not None:
                out["Arn"] = _serde.enc_str(value, wire)
            member = "ModifiedAt"
            value = self.modified_at
            if value is not None:
                out["ModifiedAt"] = _serde.enc_iso8601(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> CreateEngagementResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.id = get("Id")
            fields.arn = get("Arn")
            member = "ModifiedAt"
            value = get("ModifiedAt")
            fields.modified_at = None if value is None else _serde.dec_timestamp(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class CreateOpportunityRequest(_Structure):
    """Contains the request parameters for the `CreateOpportunity` operation.

    Attributes:
        catalog: Specifies the catalog associated with the request. Required.
        primary_needs_from_aws: Identifies the type of support the partner needs from
            Amazon Web Services.
        national_security: Indicates whether the `Opportunity` pertains to a national
            security project.
        partner_opportunity_identifier: Specifies the opportunity's unique identifier in
            the partner's CRM system.
        customer: Specifies customer details associated with the `Opportunity`.
        project: An object that contains project details for the `Opportunity`.
        opportunity_type: Specifies the opportunity type as a renewal, new, or
            expansion.
        marketing: This object contains marketing details and is optional for an
            opportunity.
        software_revenue: Specifies details of a customer's procurement terms.
        client_token: Required to be unique, and should be unchanging, it can be
            randomly generated or a meaningful... Filled with a random UUID when
            omitted.
        life_cycle: An object that contains lifecycle details for the `Opportunity`.
        origin: Specifies the origin of the opportunity, indicating if it was sourced
            from Amazon Web Services or...
        opportunity_team: Represents the internal team handling the opportunity.
        tags: A map of the key-value pairs of the tag or tags to assign.
    """

    __slots__ = (
        "catalog",
        "primary_needs_from_aws",
        "national_security",
        "partner_opportunity_identifier",
        "customer",
        "project",
        "opportunity_type",
        "marketing",
        "software_revenue",
        "client_token",
        "life_cycle",
        "origin",
        "opportunity_team",
        "tags",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "PrimaryNeedsFromAws",
            "NationalSecurity",
            "PartnerOpportunityIdentifier",
            "Customer",
            "Project",
            "OpportunityType",
            "Marketing",
            "SoftwareRevenue",
            "ClientToken",
            "LifeCycle",
            "Origin",
            "OpportunityTeam",
            "Tags",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        primary_needs_from_aws: _Sequence[PrimaryNeedFromAws | str] | None = None,
        national_security: NationalSecurity | str | None = None,
        partner_opportunity_identifier: str | None = None,
        customer: Customer | None = None,
        project: Project | None = None,
        opportunity_type: OpportunityType | str | None = None,
        marketing: Marketing | None = None,
        software_revenue: SoftwareRevenue | None = None,
        client_token: str | None = None,
        life_cycle: LifeCycle | None = None,
        origin: OpportunityOrigin | str | None = None,
        opportunity_team: _Sequence[Contact] | None = None,
        tags: _Sequence[Tag] | None = None,
    ) -> None:
        self.catalog = catalog
        self.primary_needs_from_aws = primary_needs_from_aws
        self.national_security = national_security
        self.partner_opportunity_identifier = partner_opportunity_identifier
        self.customer = customer
        self.project = project
        self.opportunity_type = opportunity_type
        self.marketing = marketing
        self.software_revenue = software_revenue
        self.client_token = client_token
        self.life_cycle = life_cycle
        self.origin = origin
        self.opportunity_team = opportunity_team
        self.tags = tags

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "PrimaryNeedsFromAws"
            value = self.primary_needs_from_aws
            if value is not None:
                out["PrimaryNeedsFromAws"] = _encode_PrimaryNeedsFromAws(value, wire)
            member = "NationalSecurity"
            value = self.national_security
            if value is not None:
                out["NationalSecurity"] = _serde.enc_str(value, wire)
            member = "PartnerOpportunityIdentifier"
            value = self.partner_opportunity_identifier
            if value is not None:
                out["PartnerOpportunityIdentifier"] = _serde.enc_str(value, wire)
            member = "Customer"
            value = self.customer
            if value is not None:
                out["Customer"] = Customer._encode_value(value, wire)
            member = "Project"
            value = self.project
            if value is not None:
                out["Project"] = Project._encode_value(value, wire)
            member = "OpportunityType"
            value = self.opportunity_type
            if value is not None:
                out["OpportunityType"] = _serde.enc_str(value, wire)
            member = "Marketing"
            value = self.marketing
            if value is not None:
                out["Marketing"] = Marketing._encode_value(value, wire)
            member = "SoftwareRevenue"
            value = self.software_revenue
            if value is not None:
                out["SoftwareRevenue"] = SoftwareRevenue._encode_value(value, wire)
            member = "ClientToken"
            value = self.client_token
            if value is not None:
                out["ClientToken"] = _serde.enc_str(value, wire)
            member = "LifeCycle"
            value = self.life_cycle
            if value is not None:
                out["LifeCycle"] = LifeCycle._encode_value(value, wire)
            member = "Origin"
            value = self.origin
            if value is not None:
                out["Origin"] = _serde.enc_str(value, wire)
            member = "OpportunityTeam"
            value = self.opportunity_team
            if value is not None:
                out["OpportunityTeam"] = _encode_PartnerOpportunityTeamMembersList(value, wire)
            member = "Tags"
            value = self.tags
            if value is not None:
                out["Tags"] = _encode_TagList(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> CreateOpportunityRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            member = "PrimaryNeedsFromAws"
            value = get("PrimaryNeedsFromAws")
            fields.primary_needs_from_aws = (
                None if value is None else _decode_PrimaryNeedsFromAws(value, wire)
            )
            member = "NationalSecurity"
            value = get("NationalSecurity")
            fields.national_security = (
                None if value is None else _lookup_NationalSecurity(value, value)
            )
            fields.partner_opportunity_identifier = get("PartnerOpportunityIdentifier")
            member = "Customer"
            value = get("Customer")
            fields.customer = None if value is None else Customer._decode(value, wire)
            member = "Project"
            value = get("Project")
            fields.project = None if value is None else Project._decode(value, wire)
            member = "OpportunityType"
            value = get("OpportunityType")
            fields.opportunity_type = (
                None if value is None else _lookup_OpportunityType(value, value)
            )
            member = "Marketing"
            value = get("Marketing")
            fields.marketing = None if value is None else Marketing._decode(value, wire)
            member = "SoftwareRevenue"
            value = get("SoftwareRevenue")
            fields.software_revenue = (
                None if value is None else SoftwareRevenue._decode(value, wire)
            )
            fields.client_token = get("ClientToken")
            member = "LifeCycle"
            value = get("LifeCycle")
            fields.life_cycle = None if value is None else LifeCycle._decode(value, wire)
            member = "Origin"
            value = get("Origin")
            fields.origin = None if value is None else _lookup_OpportunityOrigin(value, value)
            member = "OpportunityTeam"
            value = get("OpportunityTeam")
            fields.opportunity_team = (
                None if value is None else _decode_PartnerOpportunityTeamMembersList(value, wire)
            )
            member = "Tags"
            value = get("Tags")
            fields.tags = None if value is None else _decode_TagList(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class CreateOpportunityResponse(_Structure):
    """Contains the response that the `CreateOpportunity` action returns.

    Attributes:
        id: Read-only, system-generated `Opportunity` unique identifier. Required.
        partner_opportunity_identifier: Specifies the opportunity's unique identifier in
            the partner's CRM system.
        last_modified_date: `DateTime` when the opportunity was last modified.
    """

    __slots__ = (
        "id",
        "partner_opportunity_identifier",
        "last_modified_date",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "PartnerOpportunityIdentifier",
            "LastModifiedDate",
        )
    )

    def __init__(
        self,
        *,
        id: str,
        partner_opportunity_identifier: str | None = None,
        last_modified_date: _dt.datetime | None = None,
    ) -> None:
        self.id = id
        self.partner_opportunity_identifier = partner_opportunity_identifier
        self.last_modified_date = last_modified_date

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Id"
            value = self.id
            if value is not None:
                out["Id"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "PartnerOpportunityIdentifier"
            value = self.partner_opportunity_identifier
            if value is not None:
                out["PartnerOpportunityIdentifier"] = _serde.enc_str(value, wire)
            member = "LastModifiedDate"
            value = self.last_modified_date
            if value is not None:
                out["LastModifiedDate"] = _serde.enc_iso8601(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> CreateOpportunityResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.id = get("Id")
            fields.partner_opportunity_identifier = get("PartnerOpportunityIdentifier")
            member = "LastModifiedDate"
            value = get("LastModifiedDate")
            fields.last_modified_date = (
                None if value is None else _serde.dec_timestamp(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class CreateResourceSnapshotJobRequest(_Structure):
    """Contains the request parameters for the `CreateResourceSnapshotJob` operation.

    Attributes:
        catalog: Specifies the catalog in which to create the snapshot job. Required.
        client_token: A client-generated UUID used for idempotency check. Filled with a
            random UUID when omitted.
        engagement_identifier: Specifies the identifier of the engagement associated
            with the resource to be snapshotted. Required.
        resource_type: The type of resource for which the snapshot job is being created.
            Required.
        resource_identifier: Specifies the identifier of the specific resource to be
            snapshotted. Required.
        resource_snapshot_template_identifier: Specifies the name of the template that
            defines the schema for the snapshot. Required.
        tags: A map of the key-value pairs of the tag or tags to assign.
    """

    __slots__ = (
        "catalog",
        "client_token",
        "engagement_identifier",
        "resource_type",
        "resource_identifier",
        "resource_snapshot_template_identifier",
        "tags",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ClientToken",
            "EngagementIdentifier",
            "ResourceType",
            "ResourceIdentifier",
            "ResourceSnapshotTemplateIdentifier",
            "Tags",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        engagement_identifier: str,
        resource_type: ResourceType | str,
        resource_identifier: str,
        resource_snapshot_template_identifier: str,
        client_token: str | None = None,
        tags: _Sequence[Tag] | None = None,
    ) -> None:
        self.catalog = catalog
        self.client_token = client_token
        self.engagement_identifier = engagement_identifier
        self.resource_type = resource_type
        self.resource_identifier = resource_identifier
        self.resource_snapshot_template_identifier = resource_snapshot_template_identifier
        self.tags = tags

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ClientToken"
            value = self.client_token
            if value is not None:
                out["ClientToken"] = _serde.enc_str(value, wire)
            member = "EngagementIdentifier"
            value = self.engagement_identifier
            if value is not None:
                out["EngagementIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ResourceType"
            value = self.resource_type
            if value is not None:
                out["ResourceType"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ResourceIdentifier"
            value = self.resource_identifier
            if value is not None:
                out["ResourceIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ResourceSnapshotTemplateIdentifier"
            value = self.resource_snapshot_template_identifier
            if value is not None:
                out["ResourceSnapshotTemplateIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Tags"
            value = self.tags
            if value is not None:
                out["Tags"] = _encode_TagList(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> CreateResourceSnapshotJobRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.client_token = get("ClientToken")
            fields.engagement_identifier = get("EngagementIdentifier")
            member = "ResourceType"
            value = get("ResourceType")
            fields.resource_type = None if value is None else _lookup_ResourceType(value, value)
            fields.resource_identifier = get("ResourceIdentifier")
            fields.resource_snapshot_template_identifier = get(
                "ResourceSnapshotTemplateIdentifier"
            )
            member = "Tags"
            value = get("Tags")
            fields.tags = None if value is None else _decode_TagList(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class CreateResourceSnapshotJobResponse(_Structure):
    """Contains the response that the `CreateResourceSnapshotJob` action returns.

    Attributes:
        id: The unique identifier for the created snapshot job.
        arn: The Amazon Resource Name (ARN) of the created snapshot job.
    """

    __slots__ = (
        "id",
        "arn",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Arn",
        )
    )

    def __init__(
        self,
        *,
        id: str | None = None,
        arn: str | None = None,
    ) -> None:
        self.id = id
        self.arn = arn

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Id"
            value = self.id
            if value is not None:
                out["Id"] = _serde.enc_str(value, wire)
            member = "Arn"
            value = self.arn
            if value is not None:
                out["Arn"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> CreateResourceSnapshotJobResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.id = get("Id")
        fields.arn = get("Arn")

        return self


class CreateResourceSnapshotRequest(_Structure):
    """Contains the request parameters for the `CreateResourceSnapshot` operation.

    Attributes:
        catalog: Specifies the catalog where the snapshot is created. Required.
        engagement_identifier: The unique identifier of the engagement associated with
            this snapshot. Required.
        resource_type: Specifies the type of resource for which the snapshot is being
            created. Required.
        resource_identifier: The unique identifier of the specific resource to be
            snapshotted. Required.
        resource_snapshot_template_identifier: The name of the template that defines the
            schema for the snapshot. Required.
        client_token: Specifies a unique, client-generated UUID to ensure that the
            request is handled exactly once. Filled with a random UUID when omitted.
    """

    __slots__ = (
        "catalog",
        "engagement_identifier",
        "resource_type",
        "resource_identifier",
        "resource_snapshot_template_identifier",
        "client_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "EngagementIdentifier",
            "ResourceType",
            "ResourceIdentifier",
            "ResourceSnapshotTemplateIdentifier",
            "ClientToken",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        engagement_identifier: str,
        resource_type: ResourceType | str,
        resource_identifier: str,
        resource_snapshot_template_identifier: str,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.engagement_identifier = engagement_identifier
        self.resource_type = resource_type
        self.resource_identifier = resource_identifier
        self.resource_snapshot_template_identifier = resource_snapshot_template_identifier
        self.client_token = client_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "EngagementIdentifier"
            value = self.engagement_identifier
            if value is not None:
                out["EngagementIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ResourceType"
            value = self.resource_type
            if value is not None:
                out["ResourceType"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ResourceIdentifier"
            value = self.resource_identifier
            if value is not None:
                out["ResourceIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ResourceSnapshotTemplateIdentifier"
            value = self.resource_snapshot_template_identifier
            if value is not None:
                out["ResourceSnapshotTemplateIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ClientToken"
            value = self.client_token
            if value is not None:
                out["ClientToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> CreateResourceSnapshotRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.engagement_identifier = get("EngagementIdentifier")
            member = "ResourceType"
            value = get("ResourceType")
            fields.resource_type = None if value is None else _lookup_ResourceType(value, value)
            fields.resource_identifier = get("ResourceIdentifier")
            fields.resource_snapshot_template_identifier = get(
                "ResourceSnapshotTemplateIdentifier"
            )
            fields.client_token = get("ClientToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class CreateResourceSnapshotResponse(_Structure):
    """Contains the response that the `CreateResourceSnapshot` action returns.

    Attributes:
        arn: Specifies the Amazon Resource Name (ARN) that uniquely identifies the
            snapshot created.
        revision: Specifies the revision number of the created snapshot.
    """

    __slots__ = (
        "arn",
        "revision",
    )
    _WIRE_NAMES = frozenset(
        (
            "Arn",
            "Revision",
        )
    )

    def __init__(
        self,
        *,
        arn: str | None = None,
        revision: int | None = None,
    ) -> None:
        self.arn = arn
        self.revision = revision

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Arn"
            value = self.arn
            if value is not None:
                out["Arn"] = _serde.enc_str(value, wire)
            member = "Revision"
            value = self.revision
            if value is not None:
                out["Revision"] = _serde.enc_int(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> CreateResourceSnapshotResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.arn = get("Arn")
        fields.revision = get("Revision")

        return self


class CreatedDateFilter(_Structure):
    """Filter for opportunities based on creation date range.

    Attributes:
        after_created_date: Filter opportunities created after this date.
        before_created_date: Filter opportunities created before this date.
    """

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

    def __init__(
        self,
        *,
        after_created_date: _dt.datetime | None = None,
        before_created_date: _dt.datetime | None = None,
    ) -> None:
        self.after_created_date = after_created_date
        self.before_created_date = before_created_date

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "AfterCreatedDate"
            value = self.after_created_date
            if value is not None:
                out["AfterCreatedDate"] = _serde.enc_iso8601(value, wire)
            member = "BeforeCreatedDate"
            value = self.before_created_date
            if value is not None:
                out["BeforeCreatedDate"] = _serde.enc_iso8601(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> CreatedDateFilter:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "AfterCreatedDate"
            value = get("AfterCreatedDate")
            fields.after_created_date = (
                None if value is None else _serde.dec_timestamp(value, wire)
            )
            member = "BeforeCreatedDate"
            value = get("BeforeCreatedDate")
            fields.before_created_date = (
                None if value is None else _serde.dec_timestamp(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class Customer(_Structure):
    """An object that contains the customer's `Account` and `Contact`.

    Attributes:
        account: An object that contains the customer's account details.
        contacts: Represents the contact details for individuals associated with the
            customer of the `Opportunity`.
    """

    __slots__ = (
        "account",
        "contacts",
    )
    _WIRE_NAMES = frozenset(
        (
            "Account",
            "Contacts",
        )
    )

    def __init__(
        self,
        *,
        account: Account | None = None,
        contacts: _Sequence[Contact] | None = None,
    ) -> None:
        self.account = account
        self.contacts = contacts

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Account"
            value = self.account
            if value is not None:
                out["Account"] = Account._encode_value(value, wire)
            member = "Contacts"
            value = self.contacts
            if value is not None:
                out["Contacts"] = _encode_CustomerContactsList(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> Customer:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Account"
            value = get("Account")
            fields.account = None if value is None else Account._decode(value, wire)
            member = "Contacts"
            value = get("Contacts")
            fields.contacts = None if value is None else _decode_CustomerContactsList(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class CustomerAccountBulkJobFilter(_Structure):
    """The criteria that limit which bulk jobs `ListCustomerAccountBulkJobs` returns.

    Attributes:
        identifier: Filters the results to the bulk job with the specified ARN or
            identifier.
        status: Filters the results to bulk jobs with the specified status.
    """

    __slots__ = (
        "identifier",
        "status",
    )
    _WIRE_NAMES = frozenset(
        (
            "Identifier",
            "Status",
        )
    )

    def __init__(
        self,
        *,
        identifier: str | None = None,
        status: BulkJobStatus | str | None = None,
    ) -> None:
        self.identifier = identifier
        self.status = status

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Identifier"
            value = self.identifier
            if value is not None:
                out["Identifier"] = _serde.enc_str(value, wire)
            member = "Status"
            value = self.status
            if value is not None:
                out["Status"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> CustomerAccountBulkJobFilter:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.identifier = get("Identifier")
            member = "Status"
            value = get("Status")
            fields.status = None if value is None else _lookup_BulkJobStatus(value, value)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class CustomerAccountBulkJobSummary(_Structure):
    """A bulk job in the results of `ListCustomerAccountBulkJobs`. It includes the job status,
    the file name, and the record counts.

    Attributes:
        arn: The Amazon Resource Name (ARN) of the bulk job. Required.
        id: The unique identifier of the bulk job. Required.
        status: The current status of the bulk job. Required.
        file_name: The name of the file that the job processes.
        total_records: The total number of records in the file. Required.
        processed_records: The number of records that the job has finished processing.
            Required.
        success_count: The number of records that the job processed successfully.
            Required.
        failure_count: The number of records that failed. Required.
        deleted_count: The number of accounts imported by this job that have since been
            deleted. Required.
        failure_reason: The reason that the job failed.
        created_at: The date and time when the bulk job was created. Required.
        completed_at: The date and time when the job finished.
    """

    __slots__ = (
        "arn",
        "id",
        "status",
        "file_name",
        "total_records",
        "processed_records",
        "success_count",
        "failure_count",
        "deleted_count",
        "failure_reason",
        "created_at",
        "completed_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "Arn",
            "Id",
            "Status",
            "FileName",
            "TotalRecords",
            "ProcessedRecords",
            "SuccessCount",
            "FailureCount",
            "DeletedCount",
            "FailureReason",
            "CreatedAt",
            "CompletedAt",
        )
    )

    def __init__(
        self,
        *,
        arn: str,
        id: str,
        status: BulkJobStatus | str,
        total_records: int,
        processed_records: int,
        success_count: int,
        failure_count: int,
        deleted_count: int,
        created_at: _dt.datetime,
        file_name: str | None = None,
        failure_reason: str | None = None,
        completed_at: _dt.datetime | None = None,
    ) -> None:
        self.arn = arn
        self.id = id
        self.status = status
        self.file_name = file_name
        self.total_records = total_records
        self.processed_records = processed_records
        self.success_count = success_count
        self.failure_count = failure_count
        self.deleted_count = deleted_count
        self.failure_reason = failure_reason
        self.created_at = created_at
        self.completed_at = completed_at

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Arn"
            value = self.arn
            if value is not None:
                out["Arn"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Id"
            value = self.id
            if value is not None:
                out["Id"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Status"
            value = self.status
            if value is not None:
                out["Status"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "FileName"
            value = self.file_name
            if value is not None:
                out["FileName"] = _serde.enc_str(value, wire)
            member = "TotalRecords"
            value = self.total_records
            if value is not None:
                out["TotalRecords"] = _serde.enc_int(value, wire)
            elif wire:
                raise _missing("")
            member = "ProcessedRecords"
            value = self.processed_records
            if value is not None:
                out["ProcessedRecords"] = _serde.enc_int(value, wire)
            elif wire:
                raise _missing("")
            member = "SuccessCount"
            value = self.success_count
            if value is not None:
                out["SuccessCount"] = _serde.enc_int(value, wire)
            elif wire:
                raise _missing("")
            member = "FailureCount"
            value = self.failure_count
            if value is not None:
                out["FailureCount"] = _serde.enc_int(value, wire)
            elif wire:
                raise _missing("")
            member = "DeletedCount"
            value = self.deleted_count
            if value is not None:
                out["DeletedCount"] = _serde.enc_int(value, wire)
            elif wire:
                raise _missing("")
            member = "FailureReason"
            value = self.failure_reason
            if value is not None:
                out["FailureReason"] = _serde.enc_str(value, wire)
            member = "CreatedAt"
            value = self.created_at
            if value is not None:
                out["CreatedAt"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
            member = "CompletedAt"
            value = self.completed_at
            if value is not None:
                out["CompletedAt"] = _serde.enc_iso8601(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> CustomerAccountBulkJobSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.arn = get("Arn")
            fields.id = get("Id")
            member = "Status"
            value = get("Status")
            fields.status = None if value is None else _lookup_BulkJobStatus(value, value)
            fields.file_name = get("FileName")
            fields.total_records = get("TotalRecords")
            fields.processed_records = get("ProcessedRecords")
            fields.success_count = get("SuccessCount")
            fields.failure_count = get("FailureCount")
            fields.deleted_count = get("DeletedCount")
            fields.failure_reason = get("FailureReason")
            member = "CreatedAt"
            value = get("CreatedAt")
            fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
            member = "CompletedAt"
            value = get("CompletedAt")
            fields.completed_at = None if value is None else _serde.dec_timestamp(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class CustomerAccountContext(_Structure):
    """The customer account context for an account-planning engagement. It names the account
    the plan concerns. The identifying details can be supplied by the caller or derived by
    the service from the account identifier.

    Attributes:
        account_identifier: The identifier of the customer account that the engagement
            concerns, as an Amazon Resource Name...
        customer: A snapshot of the customer company's identity for the account.
    """

    __slots__ = (
        "account_identifier",
        "customer",
    )
    _WIRE_NAMES = frozenset(
        (
            "AccountIdentifier",
            "Customer",
        )
    )

    def __init__(
        self,
        *,
        account_identifier: str | None = None,
        customer: AccountCustomer | None = None,
    ) -> None:
        self.account_identifier = account_identifier
        self.customer = customer

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "AccountIdentifier"
            value = self.account_identifier
            if value is not None:
                out["AccountIdentifier"] = _serde.enc_str(value, wire)
            member = "Customer"
            value = self.customer
            if value is not None:
                out["Customer"] = AccountCustomer._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> CustomerAccountContext:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.account_identifier = get("AccountIdentifier")
            member = "Customer"
            value = get("Customer")
            fields.customer = None if value is None else AccountCustomer._decode(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class CustomerAccountData(_Structure):
    """The customer information that you provide for a customer account, such as the company
    name, website, and address. We use these details to match the account to a customer.

    Attributes:
        company_name: The name of the customer company. Required.
        website_url: The website URL of the customer company.
        duns: The Data Universal Numbering System (DUNS) number of the customer company.
        address: The address of the customer company.
        industry: The industry of the customer company.
        other_industry: A description of the industry, used when the industry is
            `Other`.
        domain: The internet domain of the customer company, such as `example.com`.
        parent_company_name: The name of the parent company of the customer company, if
            any.
    """

    __slots__ = (
        "company_name",
        "website_url",
        "duns",
        "address",
        "industry",
        "other_industry",
        "domain",
        "parent_company_name",
    )
    _WIRE_NAMES = frozenset(
        (
            "CompanyName",
            "WebsiteUrl",
            "Duns",
            "Address",
            "Industry",
            "OtherIndustry",
            "Domain",
            "ParentCompanyName",
        )
    )
    _SENSITIVE = frozenset(
        (
            "company_name",
            "website_url",
            "duns",
            "domain",
            "parent_company_name",
        )
    )

    def __init__(
        self,
        *,
        company_name: str,
        website_url: str | None = None,
        duns: str | None = None,
        address: Address | None = None,
        industry: str | None = None,
        other_industry: str | None = None,
        domain: str | None = None,
        parent_company_name: str | None = None,
    ) -> None:
        self.company_name = company_name
        self.website_url = website_url
        self.duns = duns
        self.address = address
        self.industry = industry
        self.other_industry = other_industry
        self.domain = domain
        self.parent_company_name = parent_company_name

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "CompanyName"
            value = self.company_name
            if value is not None:
                out["CompanyName"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "WebsiteUrl"
            value = self.website_url
            if value is not None:
                out["WebsiteUrl"] = _serde.enc_str(value, wire)
            member = "Duns"
            value = self.duns
            if value is not None:
                out["Duns"] = _serde.enc_str(value, wire)
            member = "Address"
            value = self.address
            if value is not None:
                out["Address"] = Address._encode_value(value, wire)
            member = "Industry"
            value = self.industry
            if value is not None:
                out["Industry"] = _serde.enc_str(value, wire)
            member = "OtherIndustry"
            value = self.other_industry
            if value is not None:
                out["OtherIndustry"] = _serde.enc_str(value, wire)
            member = "Domain"
            value = self.domain
            if value is not None:
                out["Domain"] = _serde.enc_str(value, wire)
            member = "ParentCompanyName"
            value = self.parent_company_name
            if value is not None:
                out["ParentCompanyName"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> CustomerAccountData:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.company_name = get("CompanyName")
            fields.website_url = get("WebsiteUrl")
            fields.duns = get("Duns")
            member = "Address"
            value = get("Address")
            fields.address = None if value is None else Address._decode(value, wire)
            fields.industry = get("Industry")
            fields.other_industry = get("OtherIndustry")
            fields.domain = get("Domain")
            fields.parent_company_name = get("ParentCompanyName")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class CustomerAccountDetailsSummary(_Structure):
    """The customer information for an account in search results. It carries a reduced set of
    fields compared to the full customer information that `GetCustomerAccount` returns,
    omitting sensitive fields such as the Data Universal Numbering System (DUNS) number and
    the street address. To read those fields, use `GetCustomerAccount`.

    Attributes:
        company_name: The name of the customer company. Required.
    """

    __slots__ = ("company_name",)
    _WIRE_NAMES = frozenset(("CompanyName",))
    _SENSITIVE = frozenset(("company_name",))

    def __init__(
        self,
        *,
        company_name: str,
    ) -> None:
        self.company_name = company_name

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "CompanyName"
            value = self.company_name
            if value is not None:
                out["CompanyName"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> CustomerAccountDetailsSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.company_name = get("CompanyName")

        return self


class CustomerAccountSort(_Structure):
    """The field to sort customer accounts by, and the sort direction.

    Attributes:
        sort_by: The field to sort the results by. Required.
        sort_order: The direction of the sort, either ascending or descending. Required.
    """

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

    def __init__(
        self,
        *,
        sort_by: SortableField | str,
        sort_order: SortOrder | str,
    ) -> None:
        self.sort_by = sort_by
        self.sort_order = sort_order

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "SortBy"
            value = self.sort_by
            if value is not None:
                out["SortBy"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "SortOrder"
            value = self.sort_order
            if value is not None:
                out["SortOrder"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> CustomerAccountSort:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "SortBy"
            value = get("SortBy")
            fields.sort_by = None if value is None else _lookup_SortableField(value, value)
            member = "SortOrder"
            value = get("SortOrder")
            fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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

    def __init__(
        self,
        *,
        arn: str,
        id: str,
        catalog: str,
        enrichment_status: EnrichmentStatus | str,
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

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Arn"
            value = self.arn
            if value is not None:
                out["Arn"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Id"
            value = self.id
            if value is not None:
                out["Id"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "EnrichmentStatus"
            value = self.enrichment_status
            if value is not None:
                out["EnrichmentStatus"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "PartnerAccountIdentifier"
            value = self.partner_account_identifier
            if value is not None:
                out["PartnerAccountIdentifier"] = _serde.enc_str(value, wire)
            member = "CreatedDate"
            value = self.created_date
            if value is not None:
                out["CreatedDate"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
            member = "LastModifiedDate"
            value = self.last_modified_date
            if value is not None:
                out["LastModifiedDate"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
            member = "CustomerAccount"
            value = self.customer_account
            if value is not None:
                out["CustomerAccount"] = CustomerAccountDetailsSummary._encode_value(value, wire)
            elif wire:
                raise _missing("")
            member = "AwsEnrichment"
            value = self.aws_enrichment
            if value is not None:
                out["AwsEnrichment"] = AwsEnrichmentSummary._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> CustomerAccountSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.arn = get("Arn")
            fields.id = get("Id")
            fields.catalog = get("Catalog")
            member = "EnrichmentStatus"
            value = get("EnrichmentStatus")
            fields.enrichment_status = (
                None if value is None else _lookup_EnrichmentStatus(value, value)
            )
            fields.partner_account_identifier = get("PartnerAccountIdentifier")
            member = "CreatedDate"
            value = get("CreatedDate")
            fields.created_date = None if value is None else _serde.dec_timestamp(value, wire)
            member = "LastModifiedDate"
            value = get("LastModifiedDate")
            fields.last_modified_date = (
                None if value is None else _serde.dec_timestamp(value, wire)
            )
            member = "CustomerAccount"
            value = get("CustomerAccount")
            fields.customer_account = (
                None if value is None else CustomerAccountDetailsSummary._decode(value, wire)
            )
            member = "AwsEnrichment"
            value = get("AwsEnrichment")
            fields.aws_enrichment = (
                None if value is None else AwsEnrichmentSummary._decode(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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

    def __init__(
        self,
        *,
        customer: EngagementCustomer | None = None,
        project: EngagementCustomerProjectDetails | None = None,
    ) -> None:
        self.customer = customer
        self.project = project

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Customer"
            value = self.customer
            if value is not None:
                out["Customer"] = EngagementCustomer._encode_value(value, wire)
            member = "Project"
            value = self.project
            if value is not None:
                out["Project"] = EngagementCustomerProjectDetails._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> CustomerProjectsContext:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Customer"
            value = get("Customer")
            fields.customer = None if value is None else EngagementCustomer._decode(value, wire)
            member = "Project"
            value = get("Project")
            fields.project = (
                None if value is None else EngagementCustomerProjectDetails._decode(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class CustomerSummary(_Structure):
    """An object that contains a `Customer` object's subset of fields.

    Attributes:
        account: An object that contains a customer's account details.
    """

    __slots__ = ("account",)
    _WIRE_NAMES = frozenset(("Account",))

    def __init__(
        self,
        *,
        account: AccountSummary | None = None,
    ) -> None:
        self.account = account

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Account"
            value = self.account
            if value is not None:
                out["Account"] = AccountSummary._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> CustomerSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Account"
            value = get("Account")
            fields.account = None if value is None else AccountSummary._decode(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class DeleteCustomerAccountRequest(_Structure):
    """Information about delete customer account request.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        identifier: Specifies the ARN or the identifier of the customer account.
            Required.
    """

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

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Identifier"
            value = self.identifier
            if value is not None:
                out["Identifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> DeleteCustomerAccountRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.catalog = get("Catalog")
        fields.identifier = get("Identifier")

        return self


class DeleteCustomerAccountResponse(_Structure):
    """Information about delete customer account response."""

    __slots__ = ()
    _WIRE_NAMES = frozenset(())

    def __init__(
        self,
    ) -> None:
        pass

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> DeleteCustomerAccountResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)

        return self


class DeleteResourceSnapshotJobRequest(_Structure):
    """Contains the request parameters for the `DeleteResourceSnapshotJob` operation.

    Attributes:
        catalog: Specifies the catalog from which to delete the snapshot job. Required.
        resource_snapshot_job_identifier: The unique identifier of the resource snapshot
            job to be deleted. Required.
    """

    __slots__ = (
        "catalog",
        "resource_snapshot_job_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ResourceSnapshotJobIdentifier",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        resource_snapshot_job_identifier: str,
    ) -> None:
        self.catalog = catalog
        self.resource_snapshot_job_identifier = resource_snapshot_job_identifier

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ResourceSnapshotJobIdentifier"
            value = self.resource_snapshot_job_identifier
            if value is not None:
                out["ResourceSnapshotJobIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> DeleteResourceSnapshotJobRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.catalog = get("Catalog")
        fields.resource_snapshot_job_identifier = get("ResourceSnapshotJobIdentifier")

        return self


class DisassociateOpportunityRequest(_Structure):
    """Contains the request parameters for the `DisassociateOpportunity` operation.

    Attributes:
        catalog: Specifies the catalog associated with the request. Required.
        opportunity_identifier: The opportunity's unique identifier for when you want to
            disassociate it from related entities. Required.
        related_entity_type: The type of the entity that you're disassociating from the
            opportunity. Required.
        related_entity_identifier: The related entity's identifier that you want to
            disassociate from the opportunity. Required.
    """

    __slots__ = (
        "catalog",
        "opportunity_identifier",
        "related_entity_type",
        "related_entity_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "OpportunityIdentifier",
            "RelatedEntityType",
            "RelatedEntityIdentifier",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        opportunity_identifier: str,
        related_entity_type: RelatedEntityType | str,
        related_entity_identifier: str,
    ) -> None:
        self.catalog = catalog
        self.opportunity_identifier = opportunity_identifier
        self.related_entity_type = related_entity_type
        self.related_entity_identifier = related_entity_identifier

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "OpportunityIdentifier"
            value = self.opportunity_identifier
            if value is not None:
                out["OpportunityIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "RelatedEntityType"
            value = self.related_entity_type
            if value is not None:
                out["RelatedEntityType"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "RelatedEntityIdentifier"
            value = self.related_entity_identifier
            if value is not None:
                out["RelatedEntityIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> DisassociateOpportunityRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.opportunity_identifier = get("OpportunityIdentifier")
            member = "RelatedEntityType"
            value = get("RelatedEntityType")
            fields.related_entity_type = (
                None if value is None else _lookup_RelatedEntityType(value, value)
            )
            fields.related_entity_identifier = get("RelatedEntityIdentifier")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class EngagementContextDetails(_Structure):
    """Provides detailed context information for an Engagement. This structure allows for
    specifying the type of context and its associated payload.

    Attributes:
        id: The unique identifier of the engagement context.
        type: Specifies the type of Engagement context. Required.
        payload: Contains the specific details of the Engagement context.
    """

    __slots__ = (
        "id",
        "type",
        "payload",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Type",
            "Payload",
        )
    )

    def __init__(
        self,
        *,
        type: EngagementContextType | str,
        id: str | None = None,
        payload: EngagementContextPayload | None = None,
    ) -> None:
        self.id = id
        self.type = type
        self.payload = payload

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Id"
            value = self.id
            if value is not None:
                out["Id"] = _serde.enc_str(value, wire)
            member = "Type"
            value = self.type
            if value is not None:
                out["Type"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Payload"
            value = self.payload
            if value is not None:
                out["Payload"] = EngagementContextPayload._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> EngagementContextDetails:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.id = get("Id")
            member = "Type"
            value = get("Type")
            fields.type = None if value is None else _lookup_EngagementContextType(value, value)
            member = "Payload"
            value = get("Payload")
            fields.payload = (
                None if value is None else EngagementContextPayload._decode(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class EngagementCustomer(_Structure):
    """Contains details about the customer associated with the Engagement Invitation, including
    company information and industry.

    Attributes:
        industry: Specifies the industry to which the customer’s company belongs.
            Required.
        company_name: Represents the name of the customer’s company associated with the
            Engagement Invitation. Required.
        website_url: Provides the website URL of the customer’s company. Required.
        country_code: Indicates the country in which the customer’s company operates.
            Required.
    """

    __slots__ = (
        "industry",
        "company_name",
        "website_url",
        "country_code",
    )
    _WIRE_NAMES = frozenset(
        (
            "Industry",
            "CompanyName",
            "WebsiteUrl",
            "CountryCode",
        )
    )
    _SENSITIVE = frozenset(
        (
            "company_name",
            "website_url",
            "country_code",
        )
    )

    def __init__(
        self,
        *,
        industry: Industry | str,
        company_name: str,
        website_url: str,
        country_code: CountryCode | str,
    ) -> None:
        self.industry = industry
        self.company_name = company_name
        self.website_url = website_url
        self.country_code = country_code

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Industry"
            value = self.industry
            if value is not None:
                out["Industry"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "CompanyName"
            value = self.company_name
            if value is not None:
                out["CompanyName"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "WebsiteUrl"
            value = self.website_url
            if value is not None:
                out["WebsiteUrl"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "CountryCode"
            value = self.country_code
            if value is not None:
                out["CountryCode"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> EngagementCustomer:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Industry"
            value = get("Industry")
            fields.industry = None if value is None else _lookup_Industry(value, value)
            fields.company_name = get("CompanyName")
            fields.website_url = get("WebsiteUrl")
            member = "CountryCode"
            value = get("CountryCode")
            fields.country_code = None if value is None else _lookup_CountryCode(value, value)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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
    _SENSITIVE = frozenset(("business_problem",))

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

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Title"
            value = self.title
            if value is not None:
                out["Title"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "BusinessProblem"
            value = self.business_problem
            if value is not None:
                out["BusinessProblem"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "TargetCompletionDate"
            value = self.target_completion_date
            if value is not None:
                out["TargetCompletionDate"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> EngagementCustomerProjectDetails:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.title = get("Title")
        fields.business_problem = get("BusinessProblem")
        fields.target_completion_date = get("TargetCompletionDate")

        return self


class EngagementGroupSort(_Structure):
    """Configures sorting of the engagement groups returned by `ListEngagementGroups`.

    Attributes:
        sort_by: The field to sort the results by. Required.
        sort_order: The direction of the sort, either ascending or descending. Required.
    """

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

    def __init__(
        self,
        *,
        sort_by: EngagementGroupSortName | str,
        sort_order: SortOrder | str,
    ) -> None:
        self.sort_by = sort_by
        self.sort_order = sort_order

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "SortBy"
            value = self.sort_by
            if value is not None:
                out["SortBy"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "SortOrder"
            value = self.sort_order
            if value is not None:
                out["SortOrder"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> EngagementGroupSort:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "SortBy"
            value = get("SortBy")
            fields.sort_by = (
                None if value is None else _lookup_EngagementGroupSortName(value, value)
            )
            member = "SortOrder"
            value = get("SortOrder")
            fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class EngagementGroupSummary(_Structure):
    """A summary of an engagement group: a curated set of engagements that share common
    characteristics.

    Attributes:
        id: The unique identifier of the engagement group. Required.
        arn: The Amazon Resource Name (ARN) of the engagement group.
        catalog: The catalog that the engagement group belongs to.
        name: The name of the engagement group.
        description: A description of the engagements that the group targets.
        count: The number of engagements in the group that are available to you.
        readiness_level: The readiness level of the engagement group, which indicates
            the recommended call to action for...
        updated_at: The date and time when the engagement group was last updated, in ISO
            8601 format, in Coordinated...
    """

    __slots__ = (
        "id",
        "arn",
        "catalog",
        "name",
        "description",
        "count",
        "readiness_level",
        "updated_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Arn",
            "Catalog",
            "Name",
            "Description",
            "Count",
            "ReadinessLevel",
            "UpdatedAt",
        )
    )

    def __init__(
        self,
        *,
        id: str,
        arn: str | None = None,
        catalog: str | None = None,
        name: str | None = None,
        description: str | None = None,
        count: int | None = None,
        readiness_level: ReadinessLevel | str | None = None,
        updated_at: _dt.datetime | None = None,
    ) -> None:
        self.id = id
        self.arn = arn
        self.catalog = catalog
        self.name = name
        self.description = description
        self.count = count
        self.readiness_level = readiness_level
        self.updated_at = updated_at

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Id"
            value = self.id
            if value is not None:
                out["Id"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Arn"
            value = self.arn
            if value is not None:
                out["Arn"] = _serde.enc_str(value, wire)
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            member = "Name"
            value = self.name
            if value is not None:
                out["Name"] = _serde.enc_str(value, wire)
            member = "Description"
            value = self.description
            if value is not None:
                out["Description"] = _serde.enc_str(value, wire)
            member = "Count"
            value = self.count
            if value is not None:
                out["Count"] = _serde.enc_int(value, wire)
            member = "ReadinessLevel"
            value = self.readiness_level
            if value is not None:
                out["ReadinessLevel"] = _serde.enc_str(value, wire)
            member = "UpdatedAt"
            value = self.updated_at
            if value is not None:
                out["UpdatedAt"] = _serde.enc_iso8601(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> EngagementGroupSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.id = get("Id")
            fields.arn = get("Arn")
            fields.catalog = get("Catalog")
            fields.name = get("Name")
            fields.description = get("Description")
            fields.count = get("Count")
            member = "ReadinessLevel"
            value = get("ReadinessLevel")
            fields.readiness_level = (
                None if value is None else _lookup_ReadinessLevel(value, value)
            )
            member = "UpdatedAt"
            value = get("UpdatedAt")
            fields.updated_at = None if value is None else _serde.dec_timestamp(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class EngagementInvitationSummary(_Structure):
    """Provides a summarized view of the Engagement Invitation, including details like the
    identifier, status, and sender. This summary helps partners track and manage AWS
    originated opportunities.

    Attributes:
        arn: The Amazon Resource Name (ARN) of the Engagement Invitation.
        payload_type: Describes the type of payload associated with the Engagement
            Invitation, such as `Opportunity` or...
        id: Represents the unique identifier of the Engagement Invitation. Required.
        engagement_id: The identifier of the Engagement associated with this invitation.
        engagement_title: Provides a short title or description of the Engagement
            Invitation.
        status: Represents the current status of the Engagement Invitation, such as
            `Pending`, `Accepted`, or...
        invitation_date: Indicates the date when the Engagement Invitation was sent to
            the partner.
        expiration_date: Indicates the date and time when the Engagement Invitation will
            expire.
        sender_aws_account_id: Specifies the AWS account ID of the sender who initiated
            the Engagement Invitation.
        sender_company_name: Indicates the name of the company or AWS division that sent
            the Engagement Invitation.
        receiver: Specifies the partner company or individual that received the
            Engagement Invitation.
        catalog: Specifies the catalog in which the Engagement Invitation resides.
            Required.
        participant_type: Identifies the role of the caller in the engagement
            invitation.
    """

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
        "participant_type",
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
            "ParticipantType",
        )
    )
    _SENSITIVE = frozenset(("sender_aws_account_id",))

    def __init__(
        self,
        *,
        id: str,
        catalog: str,
        arn: str | None = None,
        payload_type: EngagementInvitationPayloadType | str | None = None,
        engagement_id: str | None = None,
        engagement_title: str | None = None,
        status: InvitationStatus | str | None = None,
        invitation_date: _dt.datetime | None = None,
        expiration_date: _dt.datetime | None = None,
        sender_aws_account_id: str | None = None,
        sender_company_name: str | None = None,
        receiver: Receiver | None = None,
        participant_type: ParticipantType | str | None = None,
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
        self.participant_type = participant_type

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Arn"
            value = self.arn
            if value is not None:
                out["Arn"] = _serde.enc_str(value, wire)
            member = "PayloadType"
            value = self.payload_type
            if value is not None:
                out["PayloadType"] = _serde.enc_str(value, wire)
            member = "Id"
            value = self.id
            if value is not None:
                out["Id"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "EngagementId"
            value = self.engagement_id
            if value is not None:
                out["EngagementId"] = _serde.enc_str(value, wire)
            member = "EngagementTitle"
            value = self.engagement_title
            if value is not None:
                out["EngagementTitle"] = _serde.enc_str(value, wire)
            member = "Status"
            value = self.status
            if value is not None:
                out["Status"] = _serde.enc_str(value, wire)
            member = "InvitationDate"
            value = self.invitation_date
            if value is not None:
                out["InvitationDate"] = _serde.enc_iso8601(value, wire)
            member = "ExpirationDate"
            value = self.expiration_date
            if value is not None:
                out["ExpirationDate"] = _serde.enc_iso8601(value, wire)
            member = "SenderAwsAccountId"
            value = self.sender_aws_account_id
            if value is not None:
                out["SenderAwsAccountId"] = _serde.enc_str(value, wire)
            member = "SenderCompanyName"
            value = self.sender_company_name
            if value is not None:
                out["SenderCompanyName"] = _serde.enc_str(value, wire)
            member = "Receiver"
            value = self.receiver
            if value is not None:
                out["Receiver"] = Receiver._encode_value(value, wire)
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ParticipantType"
            value = self.participant_type
            if value is not None:
                out["ParticipantType"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> EngagementInvitationSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.arn = get("Arn")
            member = "PayloadType"
            value = get("PayloadType")
            fields.payload_type = (
                None if value is None else _lookup_EngagementInvitationPayloadType(value, value)
            )
            fields.id = get("Id")
            fields.engagement_id = get("EngagementId")
            fields.engagement_title = get("EngagementTitle")
            member = "Status"
            value = get("Status")
            fields.status = None if value is None else _lookup_InvitationStatus(value, value)
            member = "InvitationDate"
            value = get("InvitationDate")
            fields.invitation_date = None if value is None else _serde.dec_timestamp(value, wire)
            member = "ExpirationDate"
            value = get("ExpirationDate")
            fields.expiration_date = None if value is None else _serde.dec_timestamp(value, wire)
            fields.sender_aws_account_id = get("SenderAwsAccountId")
            fields.sender_company_name = get("SenderCompanyName")
            member = "Receiver"
            value = get("Receiver")
            fields.receiver = None if value is None else Receiver._decode(value, wire)
            fields.catalog = get("Catalog")
            member = "ParticipantType"
            value = get("ParticipantType")
            fields.participant_type = (
                None if value is None else _lookup_ParticipantType(value, value)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class EngagementMember(_Structure):
    """Engagement members are the participants in an Engagement, which is likely a
    collaborative project or business opportunity within the AWS partner network. Members
    can be different partner organizations or AWS accounts that are working together on a
    specific engagement.

    Each member is represented by their AWS Account ID, Company Name, and associated
    details. Members have a status within the Engagement (PENDING, ACCEPTED, REJECTED, or
    WITHDRAWN), indicating their current state of participation. Only existing members of an
    Engagement can view the list of other members. This implies a level of privacy and
    access control within the Engagement structure.

    Attributes:
        company_name: The official name of the member's company or organization.
        website_url: The URL of the member company's website.
        account_id: This is the unique identifier for the AWS account associated with
            the member organization.
    """

    __slots__ = (
        "company_name",
        "website_url",
        "account_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "CompanyName",
            "WebsiteUrl",
            "AccountId",
        )
    )
    _SENSITIVE = frozenset(
        (
            "company_name",
            "account_id",
        )
    )

    def __init__(
        self,
        *,
        company_name: str | None = None,
        website_url: str | None = None,
        account_id: str | None = None,
    ) -> None:
        self.company_name = company_name
        self.website_url = website_url
        self.account_id = account_id

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "CompanyName"
            value = self.company_name
            if value is not None:
                out["CompanyName"] = _serde.enc_str(value, wire)
            member = "WebsiteUrl"
            value = self.website_url
            if value is not None:
                out["WebsiteUrl"] = _serde.enc_str(value, wire)
            member = "AccountId"
            value = self.account_id
            if value is not None:
                out["AccountId"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> EngagementMember:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.company_name = get("CompanyName")
        fields.website_url = get("WebsiteUrl")
        fields.account_id = get("AccountId")

        return self


class EngagementMemberSummary(_Structure):
    """The EngagementMemberSummary provides a snapshot of essential information about
    participants in an AWS Partner Central Engagement. This compact data structure
    encapsulates key details of each member, facilitating efficient collaboration and
    management within the Engagement.

    Attributes:
        company_name: The official name of the member's company or organization.
        website_url: The URL of the member company's website.
    """

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

    def __init__(
        self,
        *,
        company_name: str | None = None,
        website_url: str | None = None,
    ) -> None:
        self.company_name = company_name
        self.website_url = website_url

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "CompanyName"
            value = self.company_name
            if value is not None:
                out["CompanyName"] = _serde.enc_str(value, wire)
            member = "WebsiteUrl"
            value = self.website_url
            if value is not None:
                out["WebsiteUrl"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> EngagementMemberSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.company_name = get("CompanyName")
        fields.website_url = get("WebsiteUrl")

        return self


class EngagementProspectingResult(_Structure):
    """Contains the result of processing a single engagement within a prospecting task. Each
    engagement is processed independently, so individual engagements can succeed or fail
    regardless of other engagements in the same task.

    Attributes:
        engagement_identifier: The unique identifier of the engagement that was
            processed. Required.
        engagement_context_id: The identifier of the prospecting context created for
            this engagement.
        status: The processing status of this specific engagement. Required.
        reason_code: An enumerated code indicating the reason this engagement failed to
            process.
        message: A human-readable description of the failure for this engagement,
            including suggested recovery steps.
    """

    __slots__ = (
        "engagement_identifier",
        "engagement_context_id",
        "status",
        "reason_code",
        "message",
    )
    _WIRE_NAMES = frozenset(
        (
            "EngagementIdentifier",
            "EngagementContextId",
            "Status",
            "ReasonCode",
            "Message",
        )
    )

    def __init__(
        self,
        *,
        engagement_identifier: str,
        status: ProspectingTaskStatus | str,
        engagement_context_id: str | None = None,
        reason_code: str | None = None,
        message: str | None = None,
    ) -> None:
        self.engagement_identifier = engagement_identifier
        self.engagement_context_id = engagement_context_id
        self.status = status
        self.reason_code = reason_code
        self.message = message

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "EngagementIdentifier"
            value = self.engagement_identifier
            if value is not None:
                out["EngagementIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "EngagementContextId"
            value = self.engagement_context_id
            if value is not None:
                out["EngagementContextId"] = _serde.enc_str(value, wire)
            member = "Status"
            value = self.status
            if value is not None:
                out["Status"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ReasonCode"
            value = self.reason_code
            if value is not None:
                out["ReasonCode"] = _serde.enc_str(value, wire)
            member = "Message"
            value = self.message
            if value is not None:
                out["Message"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> EngagementProspectingResult:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.engagement_identifier = get("EngagementIdentifier")
            fields.engagement_context_id = get("EngagementContextId")
            member = "Status"
            value = get("Status")
            fields.status = None if value is None else _lookup_ProspectingTaskStatus(value, value)
            fields.reason_code = get("ReasonCode")
            fields.message = get("Message")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class EngagementResourceAssociationSummary(_Structure):
    """This provide a streamlined view of the relationships between engagements and resources.
    These summaries offer a crucial link between collaborative engagements and the specific
    resources involved, such as opportunities.These summaries are particularly valuable for
    partners navigating complex engagements with multiple resources. They enable quick
    insights into resource distribution across engagements, support efficient resource
    management, and help maintain a clear overview of collaborative activities.

    Attributes:
        catalog: Indicates the environment in which the resource and engagement exist.
            Required.
        engagement_id: A unique identifier for the engagement associated with the
            resource.
        resource_type: Categorizes the type of resource associated with the engagement.
        resource_id: A unique identifier for the specific resource.
        created_by: The AWS account ID of the entity that owns the resource.
    """

    __slots__ = (
        "catalog",
        "engagement_id",
        "resource_type",
        "resource_id",
        "created_by",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "EngagementId",
            "ResourceType",
            "ResourceId",
            "CreatedBy",
        )
    )
    _SENSITIVE = frozenset(("created_by",))

    def __init__(
        self,
        *,
        catalog: str,
        engagement_id: str | None = None,
        resource_type: ResourceType | str | None = None,
        resource_id: str | None = None,
        created_by: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.engagement_id = engagement_id
        self.resource_type = resource_type
        self.resource_id = resource_id
        self.created_by = created_by

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "EngagementId"
            value = self.engagement_id
            if value is not None:
                out["EngagementId"] = _serde.enc_str(value, wire)
            member = "ResourceType"
            value = self.resource_type
            if value is not None:
                out["ResourceType"] = _serde.enc_str(value, wire)
            member = "ResourceId"
            value = self.resource_id
            if value is not None:
                out["ResourceId"] = _serde.enc_str(value, wire)
            member = "CreatedBy"
            value = self.created_by
            if value is not None:
                out["CreatedBy"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> EngagementResourceAssociationSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.engagement_id = get("EngagementId")
            member = "ResourceType"
            value = get("ResourceType")
            fields.resource_type = None if value is None else _lookup_ResourceType(value, value)
            fields.resource_id = get("ResourceId")
            fields.created_by = get("CreatedBy")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class EngagementSearchFilter(_Structure):
    """A recursive filter node. Exactly one member must be set. The boolean combinators nest
    sub-filters: `AndAllFilters` joins its children with AND, `OrAllFilters` matches when at
    least one child matches, and `NotFilter` negates its single child. The remaining members
    are leaf conditions over a single field. Nesting is limited to a depth of 3, and each
    combinator list can contain up to 10 entries.

    Attributes:
        and_all_filters: A list of sub-filters that are joined with a logical AND.
        or_all_filters: A list of sub-filters that are joined with a logical OR.
        not_filter: A single sub-filter that is negated.
        equals_to: A leaf condition that matches when the field equals the supplied
            `StringValue`.
        contains_any: A leaf condition that matches when the field contains any of the
            supplied values as a...
        contains_all: A leaf condition that matches when the field holds every supplied
            value exactly.
        greater_than: A leaf condition that matches when the field is greater than the
            supplied value.
        greater_than_or_equals: A leaf condition that matches when the field is greater
            than or equal to the supplied value.
        less_than: A leaf condition that matches when the field is less than the
            supplied value.
        less_than_or_equals: A leaf condition that matches when the field is less than
            or equal to the supplied value.
    """

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

    def __init__(
        self,
        *,
        and_all_filters: _Sequence[EngagementSearchFilter] | None = None,
        or_all_filters: _Sequence[EngagementSearchFilter] | None = None,
        not_filter: EngagementSearchFilter | None = None,
        equals_to: EngagementSearchPredicate | None = None,
        contains_any: EngagementSearchPredicate | None = None,
        contains_all: EngagementSearchPredicate | None = None,
        greater_than: EngagementSearchPredicate | None = None,
        greater_than_or_equals: EngagementSearchPredicate | None = None,
        less_than: EngagementSearchPredicate | None = None,
        less_than_or_equals: EngagementSearchPredicate | None = None,
    ) -> None:
        self.and_all_filters = and_all_filters
        self.or_all_filters = or_all_filters
        self.not_filter = not_filter
        self.equals_to = equals_to
        self.contains_any = contains_any
        self.contains_all = contains_all
        self.greater_than = greater_than
        self.greater_than_or_equals = greater_than_or_equals
        self.less_than = less_than
        self.less_than_or_equals = less_than_or_equals

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "AndAllFilters"
            value = self.and_all_filters
            if value is not None:
                out["AndAllFilters"] = _encode_EngagementSearchFilterList(value, wire)
            member = "OrAllFilters"
            value = self.or_all_filters
            if value is not None:
                out["OrAllFilters"] = _encode_EngagementSearchFilterList(value, wire)
            member = "NotFilter"
            value = self.not_filter
            if value is not None:
                out["NotFilter"] = EngagementSearchFilter._encode_value(value, wire)
            member = "EqualsTo"
            value = self.equals_to
            if value is not None:
                out["EqualsTo"] = EngagementSearchPredicate._encode_value(value, wire)
            member = "ContainsAny"
            value = self.contains_any
            if value is not None:
                out["ContainsAny"] = EngagementSearchPredicate._encode_value(value, wire)
            member = "ContainsAll"
            value = self.contains_all
            if value is not None:
                out["ContainsAll"] = EngagementSearchPredicate._encode_value(value, wire)
            member = "GreaterThan"
            value = self.greater_than
            if value is not None:
                out["GreaterThan"] = EngagementSearchPredicate._encode_value(value, wire)
            member = "GreaterThanOrEquals"
            value = self.greater_than_or_equals
            if value is not None:
                out["GreaterThanOrEquals"] = EngagementSearchPredicate._encode_value(value, wire)
            member = "LessThan"
            value = self.less_than
            if value is not None:
                out["LessThan"] = EngagementSearchPredicate._encode_value(value, wire)
            member = "LessThanOrEquals"
            value = self.less_than_or_equals
            if value is not None:
                out["LessThanOrEquals"] = EngagementSearchPredicate._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> EngagementSearchFilter:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "AndAllFilters"
            value = get("AndAllFilters")
            fields.and_all_filters = (
                None if value is None else _decode_EngagementSearchFilterList(value, wire)
            )
            member = "OrAllFilters"
            value = get("OrAllFilters")
            fields.or_all_filters = (
                None if value is None else _decode_EngagementSearchFilterList(value, wire)
            )
            member = "NotFilter"
            value = get("NotFilter")
            fields.not_filter = (
                None if value is None else EngagementSearchFilter._decode(value, wire)
            )
            member = "EqualsTo"
            value = get("EqualsTo")
            fields.equals_to = (
                None if value is None else EngagementSearchPredicate._decode(value, wire)
            )
            member = "ContainsAny"
            value = get("ContainsAny")
            fields.contains_any = (
                None if value is None else EngagementSearchPredicate._decode(value, wire)
            )
            member = "ContainsAll"
            value = get("ContainsAll")
            fields.contains_all = (
                None if value is None else EngagementSearchPredicate._decode(value, wire)
            )
            member = "GreaterThan"
            value = get("GreaterThan")
            fields.greater_than = (
                None if value is None else EngagementSearchPredicate._decode(value, wire)
            )
            member = "GreaterThanOrEquals"
            value = get("GreaterThanOrEquals")
            fields.greater_than_or_equals = (
                None if value is None else EngagementSearchPredicate._decode(value, wire)
            )
            member = "LessThan"
            value = get("LessThan")
            fields.less_than = (
                None if value is None else EngagementSearchPredicate._decode(value, wire)
            )
            member = "LessThanOrEquals"
            value = get("LessThanOrEquals")
            fields.less_than_or_equals = (
                None if value is None else EngagementSearchPredicate._decode(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class EngagementSearchPredicate(_Structure):
    """A leaf condition in an `EngagementSearchFilter` tree. It specifies the field (`Key`) and
    the typed value (`Value`) to compare. The `EngagementSearchFilter` member that contains
    the condition specifies the comparison operator.

    Attributes:
        key: The engagement field that the condition applies to. Required.
        value_: The typed value the condition compares against. Required.
    """

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

    def __init__(
        self,
        *,
        key: EngagementSearchFilterName | str,
        value_: EngagementSearchFilterValue,
    ) -> None:
        self.key = key
        self.value_ = value_

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Key"
            value = self.key
            if value is not None:
                out["Key"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Value"
            value = self.value_
            if value is not None:
                out["Value"] = EngagementSearchFilterValue._encode_value(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> EngagementSearchPredicate:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Key"
            value = get("Key")
            fields.key = (
                None if value is None else _lookup_EngagementSearchFilterName(value, value)
            )
            member = "Value"
            value = get("Value")
            fields.value_ = (
                None if value is None else EngagementSearchFilterValue._decode(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class EngagementSearchSort(_Structure):
    """Configures sorting of the search results.

    Attributes:
        sort_by: The field to sort the results by. Required.
        sort_order: The direction of the sort, either ascending or descending. Required.
    """

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

    def __init__(
        self,
        *,
        sort_by: EngagementSearchSortName | str,
        sort_order: SortOrder | str,
    ) -> None:
        self.sort_by = sort_by
        self.sort_order = sort_order

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "SortBy"
            value = self.sort_by
            if value is not None:
                out["SortBy"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "SortOrder"
            value = self.sort_order
            if value is not None:
                out["SortOrder"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> EngagementSearchSort:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "SortBy"
            value = get("SortBy")
            fields.sort_by = (
                None if value is None else _lookup_EngagementSearchSortName(value, value)
            )
            member = "SortOrder"
            value = get("SortOrder")
            fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class EngagementSearchSummary(_Structure):
    """A summary of an engagement returned by `SearchEngagements`. It contains the same
    engagement fields as the `GetEngagement` response.

    Attributes:
        id: The unique resource identifier of the engagement.
        arn: The Amazon Resource Name (ARN) of the engagement.
        title: The title of the engagement.
        description: A description of the engagement.
        created_at: The date and time when the engagement was created, in ISO 8601
            format, in Coordinated Universal...
        created_by: The AWS account ID of the user who created the engagement.
        member_count: The number of members in the engagement.
        modified_at: The date and time when the engagement was last modified, in ISO
            8601 format, in Coordinated...
        modified_by: The AWS account ID of the user who last modified the engagement.
        contexts: The contexts associated with the engagement, such as prospecting
            results, lead details, and...
    """

    __slots__ = (
        "id",
        "arn",
        "title",
        "description",
        "created_at",
        "created_by",
        "member_count",
        "modified_at",
        "modified_by",
        "contexts",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Arn",
            "Title",
            "Description",
            "CreatedAt",
            "CreatedBy",
            "MemberCount",
            "ModifiedAt",
            "ModifiedBy",
            "Contexts",
        )
    )
    _SENSITIVE = frozenset(
        (
            "created_by",
            "modified_by",
        )
    )

    def __init__(
        self,
        *,
        id: str | None = None,
        arn: str | None = None,
        title: str | None = None,
        description: str | None = None,
        created_at: _dt.datetime | None = None,
        created_by: str | None = None,
        member_count: int | None = None,
        modified_at: _dt.datetime | None = None,
        modified_by: str | None = None,
        contexts: _Sequence[EngagementContextDetails] | None = None,
    ) -> None:
        self.id = id
        self.arn = arn
        self.title = title
        self.description = description
        self.created_at = created_at
        self.created_by = created_by
        self.member_count = member_count
        self.modified_at = modified_at
        self.modified_by = modified_by
        self.contexts = contexts

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Id"
            value = self.id
            if value is not None:
                out["Id"] = _serde.enc_str(value, wire)
            member = "Arn"
            value = self.arn
            if value is not None:
                out["Arn"] = _serde.enc_str(value, wire)
            member = "Title"
            value = self.title
            if value is not None:
                out["Title"] = _serde.enc_str(value, wire)
            member = "Description"
            value = self.description
            if value is not None:
                out["Description"] = _serde.enc_str(value, wire)
            member = "CreatedAt"
            value = self.created_at
            if value is not None:
                out["CreatedAt"] = _serde.enc_iso8601(value, wire)
            member = "CreatedBy"
            value = self.created_by
            if value is not None:
                out["CreatedBy"] = _serde.enc_str(value, wire)
            member = "MemberCount"
            value = self.member_count
            if value is not None:
                out["MemberCount"] = _serde.enc_int(value, wire)
            member = "ModifiedAt"
            value = self.modified_at
            if value is not None:
                out["ModifiedAt"] = _serde.enc_iso8601(value, wire)
            member = "ModifiedBy"
            value = self.modified_by
            if value is not None:
                out["ModifiedBy"] = _serde.enc_str(value, wire)
            member = "Contexts"
            value = self.contexts
            if value is not None:
                out["Contexts"] = _encode_EngagementContexts(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> EngagementSearchSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.id = get("Id")
            fields.arn = get("Arn")
            fields.title = get("Title")
            fields.description = get("Description")
            member = "CreatedAt"
            value = get("CreatedAt")
            fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
            fields.created_by = get("CreatedBy")
            fields.member_count = get("MemberCount")
            member = "ModifiedAt"
            value = get("ModifiedAt")
            fields.modified_at = None if value is None else _serde.dec_timestamp(value, wire)
            fields.modified_by = get("ModifiedBy")
            member = "Contexts"
            value = get("Contexts")
            fields.contexts = None if value is None else _decode_EngagementContexts(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class EngagementSort(_Structure):
    """Specifies the sorting parameters for listing Engagements.

    Attributes:
        sort_order: The order in which to sort the results. Required.
        sort_by: The field by which to sort the results. Required.
    """

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

    def __init__(
        self,
        *,
        sort_order: SortOrder | str,
        sort_by: EngagementSortName | str,
    ) -> None:
        self.sort_order = sort_order
        self.sort_by = sort_by

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "SortOrder"
            value = self.sort_order
            if value is not None:
                out["SortOrder"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "SortBy"
            value = self.sort_by
            if value is not None:
                out["SortBy"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> EngagementSort:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "SortOrder"
            value = get("SortOrder")
            fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
            member = "SortBy"
            value = get("SortBy")
            fields.sort_by = None if value is None else _lookup_EngagementSortName(value, value)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class EngagementSummary(_Structure):
    """An object that contains an `Engagement`'s subset of fields.

    Attributes:
        arn: The Amazon Resource Name (ARN) of the created Engagement.
        id: The unique identifier for the Engagement.
        title: The title of the Engagement.
        created_at: The date and time when the Engagement was created.
        created_by: The AWS Account ID of the Engagement creator.
        member_count: The number of members in the Engagement.
        modified_at: The timestamp indicating when the engagement was last modified, in
            ISO 8601 format (UTC).
        modified_by: The AWS account ID of the user who last modified the engagement.
        context_types: An array of context types associated with the engagement, such as
            "CustomerProject" or "Lead".
    """

    __slots__ = (
        "arn",
        "id",
        "title",
        "created_at",
        "created_by",
        "member_count",
        "modified_at",
        "modified_by",
        "context_types",
    )
    _WIRE_NAMES = frozenset(
        (
            "Arn",
            "Id",
            "Title",
            "CreatedAt",
            "CreatedBy",
            "MemberCount",
            "ModifiedAt",
            "ModifiedBy",
            "ContextTypes",
        )
    )
    _SENSITIVE = frozenset(
        (
            "created_by",
            "modified_by",
        )
    )

    def __init__(
        self,
        *,
        arn: str | None = None,
        id: str | None = None,
        title: str | None = None,
        created_at: _dt.datetime | None = None,
        created_by: str | None = None,
        member_count: int | None = None,
        modified_at: _dt.datetime | None = None,
        modified_by: str | None = None,
        context_types: _Sequence[EngagementContextType | str] | None = None,
    ) -> None:
        self.arn = arn
        self.id = id
        self.title = title
        self.created_at = created_at
        self.created_by = created_by
        self.member_count = member_count
        self.modified_at = modified_at
        self.modified_by = modified_by
        self.context_types = context_types

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Arn"
            value = self.arn
            if value is not None:
                out["Arn"] = _serde.enc_str(value, wire)
            member = "Id"
            value = self.id
            if value is not None:
                out["Id"] = _serde.enc_str(value, wire)
            member = "Title"
            value = self.title
            if value is not None:
                out["Title"] = _serde.enc_str(value, wire)
            member = "CreatedAt"
            value = self.created_at
            if value is not None:
                out["CreatedAt"] = _serde.enc_iso8601(value, wire)
            member = "CreatedBy"
            value = self.created_by
            if value is not None:
                out["CreatedBy"] = _serde.enc_str(value, wire)
            member = "MemberCount"
            value = self.member_count
            if value is not None:
                out["MemberCount"] = _serde.enc_int(value, wire)
            member = "ModifiedAt"
            value = self.modified_at
            if value is not None:
                out["ModifiedAt"] = _serde.enc_iso8601(value, wire)
            member = "ModifiedBy"
            value = self.modified_by
            if value is not None:
                out["ModifiedBy"] = _serde.enc_str(value, wire)
            member = "ContextTypes"
            value = self.context_types
            if value is not None:
                out["ContextTypes"] = _encode_EngagementContextTypeList(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> EngagementSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.arn = get("Arn")
            fields.id = get("Id")
            fields.title = get("Title")
            member = "CreatedAt"
            value = get("CreatedAt")
            fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
            fields.created_by = get("CreatedBy")
            fields.member_count = get("MemberCount")
            member = "ModifiedAt"
            value = get("ModifiedAt")
            fields.modified_at = None if value is None else _serde.dec_timestamp(value, wire)
            fields.modified_by = get("ModifiedBy")
            member = "ContextTypes"
            value = get("ContextTypes")
            fields.context_types = (
                None if value is None else _decode_EngagementContextTypeList(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class EnrichmentContext(_Structure):
    """Contains enrichment data for engagement invitations. You can view propensity scores,
    program eligibility, and lead readiness insights directly in the invitation, before you
    take action on the invitation.

    Attributes:
        prospecting_result_aws: The customer account data and propensity insights for
            the prospected account.
        lead_insights: The AI-generated lead readiness score for this lead.
    """

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

    def __init__(
        self,
        *,
        prospecting_result_aws: InvitationProspectingResultAws | None = None,
        lead_insights: LeadInsights | None = None,
    ) -> None:
        self.prospecting_result_aws = prospecting_result_aws
        self.lead_insights = lead_insights

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "ProspectingResultAws"
            value = self.prospecting_result_aws
            if value is not None:
                out["ProspectingResultAws"] = InvitationProspectingResultAws._encode_value(
                    value, wire
                )
            member = "LeadInsights"
            value = self.lead_insights
            if value is not None:
                out["LeadInsights"] = LeadInsights._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> EnrichmentContext:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "ProspectingResultAws"
            value = get("ProspectingResultAws")
            fields.prospecting_result_aws = (
                None if value is None else InvitationProspectingResultAws._decode(value, wire)
            )
            member = "LeadInsights"
            value = get("LeadInsights")
            fields.lead_insights = None if value is None else LeadInsights._decode(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ExpectedContractDuration(_Structure):
    """The expected duration of a partner's contract with the customer. Used to convert Total
    Contract Value (TCV) to Monthly Recurring Revenue (MRR) for opportunity dealsizing
    calculations.

    Attributes:
        term: The unit of measurement for the contract duration value. Required.
        value_: A String representation of the contract duration as an integer,
            expressed in the unit defined by... Required.
    """

    __slots__ = (
        "term",
        "value_",
    )
    _WIRE_NAMES = frozenset(
        (
            "Term",
            "Value",
        )
    )

    def __init__(
        self,
        *,
        term: ExpectedContractDurationTerm | str,
        value_: str,
    ) -> None:
        self.term = term
        self.value_ = value_

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Term"
            value = self.term
            if value is not None:
                out["Term"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Value"
            value = self.value_
            if value is not None:
                out["Value"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ExpectedContractDuration:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Term"
            value = get("Term")
            fields.term = (
                None if value is None else _lookup_ExpectedContractDurationTerm(value, value)
            )
            fields.value_ = get("Value")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ExpectedCustomerSpend(_Structure):
    """Provides an estimate of the revenue that the partner is expected to generate from the
    opportunity. This information helps partners assess the financial value of the project.

    Attributes:
        amount: Represents the estimated monthly revenue that the partner expects to
            earn from the opportunity.
        currency_code: Indicates the currency in which the revenue estimate is provided.
            Required.
        frequency: Indicates how frequently the customer is expected to spend the
            projected amount. Required.
        target_company: Specifies the entity associated with this spend entry. Required.
        estimation_url: A URL providing additional information or context about the
            spend estimation.
    """

    __slots__ = (
        "amount",
        "currency_code",
        "frequency",
        "target_company",
        "estimation_url",
    )
    _WIRE_NAMES = frozenset(
        (
            "Amount",
            "CurrencyCode",
            "Frequency",
            "TargetCompany",
            "EstimationUrl",
        )
    )
    _SENSITIVE = frozenset(
        (
            "amount",
            "currency_code",
        )
    )

    def __init__(
        self,
        *,
        currency_code: CurrencyCode | str,
        frequency: PaymentFrequency | str,
        target_company: str,
        amount: str | None = None,
        estimation_url: str | None = None,
    ) -> None:
        self.amount = amount
        self.currency_code = currency_code
        self.frequency = frequency
        self.target_company = target_company
        self.estimation_url = estimation_url

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Amount"
            value = self.amount
            if value is not None:
                out["Amount"] = _serde.enc_str(value, wire)
            member = "CurrencyCode"
            value = self.currency_code
            if value is not None:
                out["CurrencyCode"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Frequency"
            value = self.frequency
            if value is not None:
                out["Frequency"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "TargetCompany"
            value = self.target_company
            if value is not None:
                out["TargetCompany"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "EstimationUrl"
            value = self.estimation_url
            if value is not None:
                out["EstimationUrl"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ExpectedCustomerSpend:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.amount = get("Amount")
            member = "CurrencyCode"
            value = get("CurrencyCode")
            fields.currency_code = None if value is None else _lookup_CurrencyCode(value, value)
            member = "Frequency"
            value = get("Frequency")
            fields.frequency = None if value is None else _lookup_PaymentFrequency(value, value)
            fields.target_company = get("TargetCompany")
            fields.estimation_url = get("EstimationUrl")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class Filter(_Structure):
    """A filter node. Specify exactly one member. `AndAllFilters`, `OrAllFilters`, and
    `NotFilter` combine child filters. The other members compare a single field to a value.
    Each combinator list can contain up to 10 filters.

    Attributes:
        and_all_filters: A list of child filters joined with a logical AND.
        or_all_filters: A list of child filters joined with a logical OR.
        not_filter: A single child filter that is negated.
        equals_to: A condition that matches when the field equals the supplied
            `StringValue`.
        contains_any: A condition that matches when the field matches any of the values
            in the supplied `StringListValue`.
        contains_all: A condition that matches when the field contains every value in
            the supplied `StringListValue`.
        greater_than: A condition that matches when the date field is later than the
            supplied `DateValue`.
        greater_than_or_equals: A condition that matches when the date field is the same
            as or later than the supplied `DateValue`.
        less_than: A condition that matches when the date field is earlier than the
            supplied `DateValue`.
        less_than_or_equals: A condition that matches when the date field is the same as
            or earlier than the supplied...
    """

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

    def __init__(
        self,
        *,
        and_all_filters: _Sequence[Filter] | None = None,
        or_all_filters: _Sequence[Filter] | None = None,
        not_filter: Filter | None = None,
        equals_to: FilterCondition | None = None,
        contains_any: FilterCondition | None = None,
        contains_all: FilterCondition | None = None,
        greater_than: FilterCondition | None = None,
        greater_than_or_equals: FilterCondition | None = None,
        less_than: FilterCondition | None = None,
        less_than_or_equals: FilterCondition | None = None,
    ) -> None:
        self.and_all_filters = and_all_filters
        self.or_all_filters = or_all_filters
        self.not_filter = not_filter
        self.equals_to = equals_to
        self.contains_any = contains_any
        self.contains_all = contains_all
        self.greater_than = greater_than
        self.greater_than_or_equals = greater_than_or_equals
        self.less_than = less_than
        self.less_than_or_equals = less_than_or_equals

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "AndAllFilters"
            value = self.and_all_filters
            if value is not None:
                out["AndAllFilters"] = _encode_FilterList(value, wire)
            member = "OrAllFilters"
            value = self.or_all_filters
            if value is not None:
                out["OrAllFilters"] = _encode_FilterList(value, wire)
            member = "NotFilter"
            value = self.not_filter
            if value is not None:
                out["NotFilter"] = Filter._encode_value(value, wire)
            member = "EqualsTo"
            value = self.equals_to
            if value is not None:
                out["EqualsTo"] = FilterCondition._encode_value(value, wire)
            member = "ContainsAny"
            value = self.contains_any
            if value is not None:
                out["ContainsAny"] = FilterCondition._encode_value(value, wire)
            member = "ContainsAll"
            value = self.contains_all
            if value is not None:
                out["ContainsAll"] = FilterCondition._encode_value(value, wire)
            member = "GreaterThan"
            value = self.greater_than
            if value is not None:
                out["GreaterThan"] = FilterCondition._encode_value(value, wire)
            member = "GreaterThanOrEquals"
            value = self.greater_than_or_equals
            if value is not None:
                out["GreaterThanOrEquals"] = FilterCondition._encode_value(value, wire)
            member = "LessThan"
            value = self.less_than
            if value is not None:
                out["LessThan"] = FilterCondition._encode_value(value, wire)
            member = "LessThanOrEquals"
            value = self.less_than_or_equals
            if value is not None:
                out["LessThanOrEquals"] = FilterCondition._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> Filter:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "AndAllFilters"
            value = get("AndAllFilters")
            fields.and_all_filters = None if value is None else _decode_FilterList(value, wire)
            member = "OrAllFilters"
            value = get("OrAllFilters")
            fields.or_all_filters = None if value is None else _decode_FilterList(value, wire)
            member = "NotFilter"
            value = get("NotFilter")
            fields.not_filter = None if value is None else Filter._decode(value, wire)
            member = "EqualsTo"
            value = get("EqualsTo")
            fields.equals_to = None if value is None else FilterCondition._decode(value, wire)
            member = "ContainsAny"
            value = get("ContainsAny")
            fields.contains_any = None if value is None else FilterCondition._decode(value, wire)
            member = "ContainsAll"
            value = get("ContainsAll")
            fields.contains_all = None if value is None else FilterCondition._decode(value, wire)
            member = "GreaterThan"
            value = get("GreaterThan")
            fields.greater_than = None if value is None else FilterCondition._decode(value, wire)
            member = "GreaterThanOrEquals"
            value = get("GreaterThanOrEquals")
            fields.greater_than_or_equals = (
                None if value is None else FilterCondition._decode(value, wire)
            )
            member = "LessThan"
            value = get("LessThan")
            fields.less_than = None if value is None else FilterCondition._decode(value, wire)
            member = "LessThanOrEquals"
            value = get("LessThanOrEquals")
            fields.less_than_or_equals = (
                None if value is None else FilterCondition._decode(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class FilterCondition(_Structure):
    """A single comparison in a filter. It names the field to compare and the value to compare
    it against.

    Attributes:
        key: The field that the condition applies to. Required.
        value_: The value that the condition compares the field against. Required.
    """

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

    def __init__(
        self,
        *,
        key: FilterableField | str,
        value_: FilterValue,
    ) -> None:
        self.key = key
        self.value_ = value_

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Key"
            value = self.key
            if value is not None:
                out["Key"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Value"
            value = self.value_
            if value is not None:
                out["Value"] = FilterValue._encode_value(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> FilterCondition:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Key"
            value = get("Key")
            fields.key = None if value is None else _lookup_FilterableField(value, value)
            member = "Value"
            value = get("Value")
            fields.value_ = None if value is None else FilterValue._decode(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class GetAwsOpportunitySummaryRequest(_Structure):
    """Contains the request parameters for the `GetAwsOpportunitySummary` operation.

    Attributes:
        catalog: Specifies the catalog in which the AWS Opportunity is located.
            Required.
        related_opportunity_identifier: The unique identifier for the related partner
            opportunity. Required.
    """

    __slots__ = (
        "catalog",
        "related_opportunity_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "RelatedOpportunityIdentifier",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        related_opportunity_identifier: str,
    ) -> None:
        self.catalog = catalog
        self.related_opportunity_identifier = related_opportunity_identifier

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "RelatedOpportunityIdentifier"
            value = self.related_opportunity_identifier
            if value is not None:
                out["RelatedOpportunityIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> GetAwsOpportunitySummaryRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.catalog = get("Catalog")
        fields.related_opportunity_identifier = get("RelatedOpportunityIdentifier")

        return self


class GetAwsOpportunitySummaryResponse(_Structure):
    """Contains the response that the `GetAwsOpportunitySummary` action returns.

    Attributes:
        related_opportunity_id: Provides the unique identifier of the related partner
            opportunity, allowing partners to link the...
        origin: Specifies whether the AWS Opportunity originated from AWS or the
            partner.
        involvement_type: Specifies the type of involvement AWS has in the opportunity,
            such as direct cosell or advisory...
        visibility: Defines the visibility level for the AWS Opportunity.
        life_cycle: Contains lifecycle information for the AWS Opportunity, including
            review status, stage, and...
        opportunity_team: Details the AWS opportunity team, including members involved.
        insights: Provides insights into the AWS Opportunity, including engagement score
            and recommended actions...
        involvement_type_change_reason: Provides a reason for any changes in the
            involvement type of AWS in the opportunity.
        related_entity_ids: Lists related entity identifiers, such as AWS products or
            partner solutions, associated with the...
        customer: Provides details about the customer associated with the AWS
            Opportunity, including account...
        project: Provides details about the project associated with the AWS Opportunity,
            including the customer’s...
        cosell_motion: Engagement classification for this opportunity.
        cosell_motion_reason: The plain-language reason for the current `CosellMotion`
            value.
        software_revenue: Seller-provided PARC deal terms: commitment value, discount,
            and contract dates.
        catalog: Specifies the catalog in which the AWS Opportunity exists. Required.
    """

    __slots__ = (
        "related_opportunity_id",
        "origin",
        "involvement_type",
        "visibility",
        "life_cycle",
        "opportunity_team",
        "insights",
        "involvement_type_change_reason",
        "related_entity_ids",
        "customer",
        "project",
        "cosell_motion",
        "cosell_motion_reason",
        "software_revenue",
        "catalog",
    )
    _WIRE_NAMES = frozenset(
        (
            "RelatedOpportunityId",
            "Origin",
            "InvolvementType",
            "Visibility",
            "LifeCycle",
            "OpportunityTeam",
            "Insights",
            "InvolvementTypeChangeReason",
            "RelatedEntityIds",
            "Customer",
            "Project",
            "CosellMotion",
            "CosellMotionReason",
            "SoftwareRevenue",
            "Catalog",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        related_opportunity_id: str | None = None,
        origin: OpportunityOrigin | str | None = None,
        involvement_type: SalesInvolvementType | str | None = None,
        visibility: Visibility | str | None = None,
        life_cycle: AwsOpportunityLifeCycle | None = None,
        opportunity_team: list[AwsTeamMember] | None = None,
        insights: AwsOpportunityInsights | None = None,
        involvement_type_change_reason: InvolvementTypeChangeReason | str | None = None,
        related_entity_ids: AwsOpportunityRelatedEntities | None = None,
        customer: AwsOpportunityCustomer | None = None,
        project: AwsOpportunityProject | None = None,
        cosell_motion: str | None = None,
        cosell_motion_reason: str | None = None,
        software_revenue: AwsSoftwareRevenue | None = None,
    ) -> None:
        self.related_opportunity_id = related_opportunity_id
        self.origin = origin
        self.involvement_type = involvement_type
        self.visibility = visibility
        self.life_cycle = life_cycle
        self.opportunity_team = opportunity_team
        self.insights = insights
        self.involvement_type_change_reason = involvement_type_change_reason
        self.related_entity_ids = related_entity_ids
        self.customer = customer
        self.project = project
        self.cosell_motion = cosell_motion
        self.cosell_motion_reason = cosell_motion_reason
        self.software_revenue = software_revenue
        self.catalog = catalog

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "RelatedOpportunityId"
            value = self.related_opportunity_id
            if value is not None:
                out["RelatedOpportunityId"] = _serde.enc_str(value, wire)
            member = "Origin"
            value = self.origin
            if value is not None:
                out["Origin"] = _serde.enc_str(value, wire)
            member = "InvolvementType"
            value = self.involvement_type
            if value is not None:
                out["InvolvementType"] = _serde.enc_str(value, wire)
            member = "Visibility"
            value = self.visibility
            if value is not None:
                out["Visibility"] = _serde.enc_str(value, wire)
            member = "LifeCycle"
            value = self.life_cycle
            if value is not None:
                out["LifeCycle"] = AwsOpportunityLifeCycle._encode_value(value, wire)
            member = "OpportunityTeam"
            value = self.opportunity_team
            if value is not None:
                out["OpportunityTeam"] = _encode_AwsOpportunityTeamMembersList(value, wire)
            member = "Insights"
            value = self.insights
            if value is not None:
                out["Insights"] = AwsOpportunityInsights._encode_value(value, wire)
            member = "InvolvementTypeChangeReason"
            value = self.involvement_type_change_reason
            if value is not None:
                out["InvolvementTypeChangeReason"] = _serde.enc_str(value, wire)
            member = "RelatedEntityIds"
            value = self.related_entity_ids
            if value is not None:
                out["RelatedEntityIds"] = AwsOpportunityRelatedEntities._encode_value(value, wire)
            member = "Customer"
            value = self.customer
            if value is not None:
                out["Customer"] = AwsOpportunityCustomer._encode_value(value, wire)
            member = "Project"
            value = self.project
            if value is not None:
                out["Project"] = AwsOpportunityProject._encode_value(value, wire)
            member = "CosellMotion"
            value = self.cosell_motion
            if value is not None:
                out["CosellMotion"] = _serde.enc_str(value, wire)
            member = "CosellMotionReason"
            value = self.cosell_motion_reason
            if value is not None:
                out["CosellMotionReason"] = _serde.enc_str(value, wire)
            member = "SoftwareRevenue"
            value = self.software_revenue
            if value is not None:
                out["SoftwareRevenue"] = AwsSoftwareRevenue._encode_value(value, wire)
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> GetAwsOpportunitySummaryResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.related_opportunity_id = get("RelatedOpportunityId")
            member = "Origin"
            value = get("Origin")
            fields.origin = None if value is None else _lookup_OpportunityOrigin(value, value)
            member = "InvolvementType"
            value = get("InvolvementType")
            fields.involvement_type = (
                None if value is None else _lookup_SalesInvolvementType(value, value)
            )
            member = "Visibility"
            value = get("Visibility")
            fields.visibility = None if value is None else _lookup_Visibility(value, value)
            member = "LifeCycle"
            value = get("LifeCycle")
            fields.life_cycle = (
                None if value is None else AwsOpportunityLifeCycle._decode(value, wire)
            )
            member = "OpportunityTeam"
            value = get("OpportunityTeam")
            fields.opportunity_team = (
                None if value is None else _decode_AwsOpportunityTeamMembersList(value, wire)
            )
            member = "Insights"
            value = get("Insights")
            fields.insights = (
                None if value is None else AwsOpportunityInsights._decode(value, wire)
            )
            member = "InvolvementTypeChangeReason"
            value = get("InvolvementTypeChangeReason")
            fields.involvement_type_change_reason = (
                None if value is None else _lookup_InvolvementTypeChangeReason(value, value)
            )
            member = "RelatedEntityIds"
            value = get("RelatedEntityIds")
            fields.related_entity_ids = (
                None if value is None else AwsOpportunityRelatedEntities._decode(value, wire)
            )
            member = "Customer"
            value = get("Customer")
            fields.customer = (
                None if value is None else AwsOpportunityCustomer._decode(value, wire)
            )
            member = "Project"
            value = get("Project")
            fields.project = None if value is None else AwsOpportunityProject._decode(value, wire)
            fields.cosell_motion = get("CosellMotion")
            fields.cosell_motion_reason = get("CosellMotionReason")
            member = "SoftwareRevenue"
            value = get("SoftwareRevenue")
            fields.software_revenue = (
                None if value is None else AwsSoftwareRevenue._decode(value, wire)
            )
            fields.catalog = get("Catalog")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class GetCustomerAccountBulkJobReportUrlRequest(_Structure):
    """Information about get customer account bulk job report url request.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        identifier: Specifies the ARN or the identifier of the bulk job. Required.
        report_type: Specifies which records the report covers.
    """

    __slots__ = (
        "catalog",
        "identifier",
        "report_type",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "ReportType",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        report_type: BulkReportType | str | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.report_type = report_type

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Identifier"
            value = self.identifier
            if value is not None:
                out["Identifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ReportType"
            value = self.report_type
            if value is not None:
                out["ReportType"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> GetCustomerAccountBulkJobReportUrlRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.identifier = get("Identifier")
            member = "ReportType"
            value = get("ReportType")
            fields.report_type = None if value is None else _lookup_BulkReportType(value, value)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class GetCustomerAccountBulkJobReportUrlResponse(_Structure):
    """Information about get customer account bulk job report url response.

    Attributes:
        report_status: The status of the report. Required.
        report_type: The records that the report covers. Required.
        url: A temporary URL for downloading the report.
        expires_at: The date and time when the URL expires.
        failure_reason: The reason that the report couldn't be generated.
    """

    __slots__ = (
        "report_status",
        "report_type",
        "url",
        "expires_at",
        "failure_reason",
    )
    _WIRE_NAMES = frozenset(
        (
            "ReportStatus",
            "ReportType",
            "Url",
            "ExpiresAt",
            "FailureReason",
        )
    )
    _SENSITIVE = frozenset(("url",))

    def __init__(
        self,
        *,
        report_status: BulkReportStatus | str,
        report_type: BulkReportType | str,
        url: str | None = None,
        expires_at: _dt.datetime | None = None,
        failure_reason: str | None = None,
    ) -> None:
        self.report_status = report_status
        self.report_type = report_type
        self.url = url
        self.expires_at = expires_at
        self.failure_reason = failure_reason

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "ReportStatus"
            value = self.report_status
            if value is not None:
                out["ReportStatus"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ReportType"
            value = self.report_type
            if value is not None:
                out["ReportType"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Url"
            value = self.url
            if value is not None:
                out["Url"] = _serde.enc_str(value, wire)
            member = "ExpiresAt"
            value = self.expires_at
            if value is not None:
                out["ExpiresAt"] = _serde.enc_iso8601(value, wire)
            member = "FailureReason"
            value = self.failure_reason
            if value is not None:
                out["FailureReason"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> GetCustomerAccountBulkJobReportUrlResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "ReportStatus"
            value = get("ReportStatus")
            fields.report_status = (
                None if value is None else _lookup_BulkReportStatus(value, value)
            )
            member = "ReportType"
            value = get("ReportType")
            fields.report_type = None if value is None else _lookup_BulkReportType(value, value)
            fields.url = get("Url")
            member = "ExpiresAt"
            value = get("ExpiresAt")
            fields.expires_at = None if value is None else _serde.dec_timestamp(value, wire)
            fields.failure_reason = get("FailureReason")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class GetCustomerAccountBulkJobRequest(_Structure):
    """Information about get customer account bulk job request.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        identifier: Specifies the ARN or the identifier of the bulk job. Required.
    """

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

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Identifier"
            value = self.identifier
            if value is not None:
                out["Identifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> GetCustomerAccountBulkJobRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.catalog = get("Catalog")
        fields.identifier = get("Identifier")

        return self


class GetCustomerAccountBulkJobResponse(_Structure):
    """Information about get customer account bulk job response.

    Attributes:
        arn: The Amazon Resource Name (ARN) of the bulk job. Required.
        id: The unique identifier of the bulk job. Required.
        status: The current status of the bulk job. Required.
        file_name: The name of the file that the job processes.
        total_records: The total number of records in the file. Required.
        processed_records: The number of records that the job has finished processing.
            Required.
        success_count: The number of records that the job processed successfully.
            Required.
        failure_count: The number of records that failed. Required.
        deleted_count: The number of accounts imported by this job that have since been
            deleted. Required.
        failure_reason: The reason that the job failed.
        created_at: The date and time when the bulk job was created. Required.
        completed_at: The date and time when the job finished.
    """

    __slots__ = (
        "arn",
        "id",
        "status",
        "file_name",
        "total_records",
        "processed_records",
        "success_count",
        "failure_count",
        "deleted_count",
        "failure_reason",
        "created_at",
        "completed_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "Arn",
            "Id",
            "Status",
            "FileName",
            "TotalRecords",
            "ProcessedRecords",
            "SuccessCount",
            "FailureCount",
            "DeletedCount",
            "FailureReason",
            "CreatedAt",
            "CompletedAt",
        )
    )

    def __init__(
        self,
        *,
        arn: str,
        id: str,
        status: BulkJobStatus | str,
        total_records: int,
        processed_records: int,
        success_count: int,
        failure_count: int,
        deleted_count: int,
        created_at: _dt.datetime,
        file_name: str | None = None,
        failure_reason: str | None = None,
        completed_at: _dt.datetime | None = None,
    ) -> None:
        self.arn = arn
        self.id = id
        self.status = status
        self.file_name = file_name
        self.total_records = total_records
        self.processed_records = processed_records
        self.success_count = success_count
        self.failure_count = failure_count
        self.deleted_count = deleted_count
        self.failure_reason = failure_reason
        self.created_at = created_at
        self.completed_at = completed_at

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Arn"
            value = self.arn
            if value is not None:
                out["Arn"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Id"
            value = self.id
            if value is not None:
                out["Id"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Status"
            value = self.status
            if value is not None:
                out["Status"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "FileName"
            value = self.file_name
            if value is not None:
                out["FileName"] = _serde.enc_str(value, wire)
            member = "TotalRecords"
            value = self.total_records
            if value is not None:
                out["TotalRecords"] = _serde.enc_int(value, wire)
            elif wire:
                raise _missing("")
            member = "ProcessedRecords"
            value = self.processed_records
            if value is not None:
                out["ProcessedRecords"] = _serde.enc_int(value, wire)
            elif wire:
                raise _missing("")
            member = "SuccessCount"
            value = self.success_count
            if value is not None:
                out["SuccessCount"] = _serde.enc_int(value, wire)
            elif wire:
                raise _missing("")
            member = "FailureCount"
            value = self.failure_count
            if value is not None:
                out["FailureCount"] = _serde.enc_int(value, wire)
            elif wire:
                raise _missing("")
            member = "DeletedCount"
            value = self.deleted_count
            if value is not None:
                out["DeletedCount"] = _serde.enc_int(value, wire)
            elif wire:
                raise _missing("")
            member = "FailureReason"
            value = self.failure_reason
            if value is not None:
                out["FailureReason"] = _serde.enc_str(value, wire)
            member = "CreatedAt"
            value = self.created_at
            if value is not None:
                out["CreatedAt"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
            member = "CompletedAt"
            value = self.completed_at
            if value is not None:
                out["CompletedAt"] = _serde.enc_iso8601(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> GetCustomerAccountBulkJobResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.arn = get("Arn")
            fields.id = get("Id")
            member = "Status"
            value = get("Status")
            fields.status = None if value is None else _lookup_BulkJobStatus(value, value)
            fields.file_name = get("FileName")
            fields.total_records = get("TotalRecords")
            fields.processed_records = get("ProcessedRecords")
            fields.success_count = get("SuccessCount")
            fields.failure_count = get("FailureCount")
            fields.deleted_count = get("DeletedCount")
            fields.failure_reason = get("FailureReason")
            member = "CreatedAt"
            value = get("CreatedAt")
            fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
            member = "CompletedAt"
            value = get("CompletedAt")
            fields.completed_at = None if value is None else _serde.dec_timestamp(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class GetCustomerAccountRequest(_Structure):
    """Information about get customer account request.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        identifier: Specifies the ARN or the identifier of the customer account.
            Required.
    """

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

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Identifier"
            value = self.identifier
            if value is not None:
                out["Identifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> GetCustomerAccountRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.catalog = get("Catalog")
        fields.identifier = get("Identifier")

        return self


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

    def __init__(
        self,
        *,
        arn: str,
        id: str,
        catalog: str,
        enrichment_status: EnrichmentStatus | str,
        created_date: _dt.datetime,
        last_modified_date: _dt.datetime,
        account: CustomerAccountData,
        partner_account_identifier: str | None = None,
        issues: list[Issue] | None = None,
        aws_enrichment: AwsEnrichment | None = None,
        reason_code: CustomerAccountFailureReason | str | None = None,
        message: str | None = None,
        existing_customer_account_arn: str | None = None,
        tags: _Sequence[Tag] | None = None,
    ) -> None:
        self.arn = arn
        self.id = id
        self.catalog = catalog
        self.enrichment_status = enrichment_status
        self.partner_account_identifier = partner_account_identifier
        self.created_date = created_date
        self.last_modified_date = last_modified_date
        self.issues = issues
        self.aws_enrichment = aws_enrichment
        self.reason_code = reason_code
        self.message = message
        self.existing_customer_account_arn = existing_customer_account_arn
        self.account = account
        self.tags = tags

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Arn"
            value = self.arn
            if value is not None:
                out["Arn"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Id"
            value = self.id
            if value is not None:
                out["Id"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "EnrichmentStatus"
            value = self.enrichment_status
            if value is not None:
                out["EnrichmentStatus"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "PartnerAccountIdentifier"
            value = self.partner_account_identifier
            if value is not None:
                out["PartnerAccountIdentifier"] = _serde.enc_str(value, wire)
            member = "CreatedDate"
            value = self.created_date
            if value is not None:
                out["CreatedDate"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
            member = "LastModifiedDate"
            value = self.last_modified_date
            if value is not None:
                out["LastModifiedDate"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
            member = "Issues"
            value = self.issues
            if value is not None:
                out["Issues"] = _encode_IssueList(value, wire)
            member = "AwsEnrichment"
            value = self.aws_enrichment
            if value is not None:
                out["AwsEnrichment"] = AwsEnrichment._encode_value(value, wire)
            member = "ReasonCode"
            value = self.reason_code
            if value is not None:
                out["ReasonCode"] = _serde.enc_str(value, wire)
            member = "Message"
            value = self.message
            if value is not None:
                out["Message"] = _serde.enc_str(value, wire)
            member = "ExistingCustomerAccountArn"
            value = self.existing_customer_account_arn
            if value is not None:
                out["ExistingCustomerAccountArn"] = _serde.enc_str(value, wire)
            member = "Account"
            value = self.account
            if value is not None:
                out["Account"] = CustomerAccountData._encode_value(value, wire)
            elif wire:
                raise _missing("")
            member = "Tags"
            value = self.tags
            if value is not None:
                out["Tags"] = _encode_TagList(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> GetCustomerAccountResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.arn = get("Arn")
            fields.id = get("Id")
            fields.catalog = get("Catalog")
            member = "EnrichmentStatus"
            value = get("EnrichmentStatus")
            fields.enrichment_status = (
                None if value is None else _lookup_EnrichmentStatus(value, value)
            )
            fields.partner_account_identifier = get("PartnerAccountIdentifier")
            member = "CreatedDate"
            value = get("CreatedDate")
            fields.created_date = None if value is None else _serde.dec_timestamp(value, wire)
            member = "LastModifiedDate"
            value = get("LastModifiedDate")
            fields.last_modified_date = (
                None if value is None else _serde.dec_timestamp(value, wire)
            )
            member = "Issues"
            value = get("Issues")
            fields.issues = None if value is None else _decode_IssueList(value, wire)
            member = "AwsEnrichment"
            value = get("AwsEnrichment")
            fields.aws_enrichment = None if value is None else AwsEnrichment._decode(value, wire)
            member = "ReasonCode"
            value = get("ReasonCode")
            fields.reason_code = (
                None if value is None else _lookup_CustomerAccountFailureReason(value, value)
            )
            fields.message = get("Message")
            fields.existing_customer_account_arn = get("ExistingCustomerAccountArn")
            member = "Account"
            value = get("Account")
            fields.account = None if value is None else CustomerAccountData._decode(value, wire)
            member = "Tags"
            value = get("Tags")
            fields.tags = None if value is None else _decode_TagList(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class GetCustomerAccountStatisticsRequest(_Structure):
    """Information about get customer account statistics request.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        filter: Specifies a filter tree that narrows the customer accounts.
        aggregations: Specifies how to group the customer accounts.
        include_missing: Specifies whether to include a group for customer accounts that
            have no value for the grouped field.
    """

    __slots__ = (
        "catalog",
        "filter",
        "aggregations",
        "include_missing",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Filter",
            "Aggregations",
            "IncludeMissing",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        filter: Filter | None = None,
        aggregations: _Sequence[AggregationRequest] | None = None,
        include_missing: bool | None = None,
    ) -> None:
        self.catalog = catalog
        self.filter = filter
        self.aggregations = aggregations
        self.include_missing = include_missing

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Filter"
            value = self.filter
            if value is not None:
                out["Filter"] = Filter._encode_value(value, wire)
            member = "Aggregations"
            value = self.aggregations
            if value is not None:
                out["Aggregations"] = _encode_AggregationRequestList(value, wire)
            member = "IncludeMissing"
            value = self.include_missing
            if value is not None:
                out["IncludeMissing"] = _serde.enc_bool(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> GetCustomerAccountStatisticsRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            member = "Filter"
            value = get("Filter")
            fields.filter = None if value is None else Filter._decode(value, wire)
            member = "Aggregations"
            value = get("Aggregations")
            fields.aggregations = (
                None if value is None else _decode_AggregationRequestList(value, wire)
            )
            fields.include_missing = get("IncludeMissing")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class GetCustomerAccountStatisticsResponse(_Structure):
    """Information about get customer account statistics response.

    Attributes:
        total_count: The total number of customer accounts that match the filter.
            Required.
        aggregations: The results of the aggregations, in the order that you requested
            them.
    """

    __slots__ = (
        "total_count",
        "aggregations",
    )
    _WIRE_NAMES = frozenset(
        (
            "TotalCount",
            "Aggregations",
        )
    )

    def __init__(
        self,
        *,
        total_count: int,
        aggregations: list[AggregationResult] | None = None,
    ) -> None:
        self.total_count = total_count
        self.aggregations = aggregations

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "TotalCount"
            value = self.total_count
            if value is not None:
                out["TotalCount"] = _serde.enc_int(value, wire)
            elif wire:
                raise _missing("")
            member = "Aggregations"
            value = self.aggregations
            if value is not None:
                out["Aggregations"] = _encode_AggregationResultList(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> GetCustomerAccountStatisticsResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.total_count = get("TotalCount")
            member = "Aggregations"
            value = get("Aggregations")
            fields.aggregations = (
                None if value is None else _decode_AggregationResultList(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class GetEngagementInvitationRequest(_Structure):
    """Contains the request parameters for the `GetEngagementInvitation` operation.

    Attributes:
        catalog: Specifies the catalog associated with the request. Required.
        identifier: Specifies the unique identifier for the retrieved engagement
            invitation. Required.
    """

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

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Identifier"
            value = self.identifier
            if value is not None:
                out["Identifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> GetEngagementInvitationRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.catalog = get("Catalog")
        fields.identifier = get("Identifier")

        return self


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
    _SENSITIVE = frozenset(
        (
            "sender_aws_account_id",
            "invitation_message",
        )
    )

    def __init__(
        self,
        *,
        id: str,
        catalog: str,
        arn: str | None = None,
        payload_type: EngagementInvitationPayloadType | str | None = None,
        engagement_id: str | None = None,
        engagement_title: str | None = None,
        status: InvitationStatus | str | None = None,
        invitation_date: _dt.datetime | None = None,
        expiration_date: _dt.datetime | None = None,
        sender_aws_account_id: str | None = None,
        sender_company_name: str | None = None,
        receiver: Receiver | None = None,
        rejection_reason: str | None = None,
        payload: Payload | None = None,
        invitation_message: str | None = None,
        engagement_description: str | None = None,
        existing_members: list[EngagementMemberSummary] | None = None,
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
        self.existing_members = existing_members
        self.enrichment_context = enrichment_context

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Arn"
            value = self.arn
            if value is not None:
                out["Arn"] = _serde.enc_str(value, wire)
            member = "PayloadType"
            value = self.payload_type
            if value is not None:
                out["PayloadType"] = _serde.enc_str(value, wire)
            member = "Id"
            value = self.id
            if value is not None:
                out["Id"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "EngagementId"
            value = self.engagement_id
            if value is not None:
                out["EngagementId"] = _serde.enc_str(value, wire)
            member = "EngagementTitle"
            value = self.engagement_title
            if value is not None:
                out["EngagementTitle"] = _serde.enc_str(value, wire)
            member = "Status"
            value = self.status
            if value is not None:
                out["Status"] = _serde.enc_str(value, wire)
            member = "InvitationDate"
            value = self.invitation_date
            if value is not None:
                out["InvitationDate"] = _serde.enc_iso8601(value, wire)
            member = "ExpirationDate"
            value = self.expiration_date
            if value is not None:
                out["ExpirationDate"] = _serde.enc_iso8601(value, wire)
            member = "SenderAwsAccountId"
            value = self.sender_aws_account_id
            if value is not None:
                out["SenderAwsAccountId"] = _serde.enc_str(value, wire)
            member = "SenderCompanyName"
            value = self.sender_company_name
            if value is not None:
                out["SenderCompanyName"] = _serde.enc_str(value, wire)
            member = "Receiver"
            value = self.receiver
            if value is not None:
                out["Receiver"] = Receiver._encode_value(value, wire)
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "RejectionReason"
            value = self.rejection_reason
            if value is not None:
                out["RejectionReason"] = _serde.enc_str(value, wire)
            member = "Payload"
            value = self.payload
            if value is not None:
                out["Payload"] = Payload._encode_value(value, wire)
            member = "InvitationMessage"
            value = self.invitation_message
            if value is not None:
                out["InvitationMessage"] = _serde.enc_str(value, wire)
            member = "EngagementDescription"
            value = self.engagement_description
            if value is not None:
                out["EngagementDescription"] = _serde.enc_str(value, wire)
            member = "ExistingMembers"
            value = self.existing_members
            if value is not None:
                out["ExistingMembers"] = _encode_EngagementMemberSummaries(value, wire)
            member = "EnrichmentContext"
            value = self.enrichment_context
            if value is not None:
                out["EnrichmentContext"] = EnrichmentContext._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> GetEngagementInvitationResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.arn = get("Arn")
            member = "PayloadType"
            value = get("PayloadType")
            fields.payload_type = (
                None if value is None else _lookup_EngagementInvitationPayloadType(value, value)
            )
            fields.id = get("Id")
            fields.engagement_id = get("EngagementId")
            fields.engagement_title = get("EngagementTitle")
            member = "Status"
            value = get("Status")
            fields.status = None if value is None else _lookup_InvitationStatus(value, value)
            member = "InvitationDate"
            value = get("InvitationDate")
            fields.invitation_date = None if value is None else _serde.dec_timestamp(value, wire)
            member = "ExpirationDate"
            value = get("ExpirationDate")
            fields.expiration_date = None if value is None else _serde.dec_timestamp(value, wire)
            fields.sender_aws_account_id = get("SenderAwsAccountId")
            fields.sender_company_name = get("SenderCompanyName")
            member = "Receiver"
            value = get("Receiver")
            fields.receiver = None if value is None else Receiver._decode(value, wire)
            fields.catalog = get("Catalog")
            fields.rejection_reason = get("RejectionReason")
            member = "Payload"
            value = get("Payload")
            fields.payload = None if value is None else Payload._decode(value, wire)
            fields.invitation_message = get("InvitationMessage")
            fields.engagement_description = get("EngagementDescription")
            member = "ExistingMembers"
            value = get("ExistingMembers")
            fields.existing_members = (
                None if value is None else _decode_EngagementMemberSummaries(value, wire)
            )
            member = "EnrichmentContext"
            value = get("EnrichmentContext")
            fields.enrichment_context = (
                None if value is None else EnrichmentContext._decode(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class GetEngagementRequest(_Structure):
    """Contains the request parameters for the `GetEngagement` operation.

    Attributes:
        catalog: Specifies the catalog related to the engagement request. Required.
        identifier: Specifies the identifier of the Engagement record to retrieve.
            Required.
    """

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

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Identifier"
            value = self.identifier
            if value is not None:
                out["Identifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> GetEngagementRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.catalog = get("Catalog")
        fields.identifier = get("Identifier")

        return self


class GetEngagementResponse(_Structure):
    """Contains the response that the `GetEngagement` action returns.

    Attributes:
        id: The unique resource identifier of the engagement retrieved.
        arn: The Amazon Resource Name (ARN) of the engagement retrieved.
        title: The title of the engagement.
        description: A more detailed description of the engagement.
        created_at: The date and time when the Engagement was created, presented in ISO
            8601 format (UTC).
        created_by: The AWS account ID of the user who originally created the
            engagement.
        member_count: Specifies the current count of members participating in the
            Engagement.
        modified_at: The timestamp indicating when the engagement was last modified, in
            ISO 8601 format (UTC).
        modified_by: The AWS account ID of the user who last modified the engagement.
        contexts: A list of context objects associated with the engagement.
    """

    __slots__ = (
        "id",
        "arn",
        "title",
        "description",
        "created_at",
        "created_by",
        "member_count",
        "modified_at",
        "modified_by",
        "contexts",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Arn",
            "Title",
            "Description",
            "CreatedAt",
            "CreatedBy",
            "MemberCount",
            "ModifiedAt",
            "ModifiedBy",
            "Contexts",
        )
    )
    _SENSITIVE = frozenset(
        (
            "created_by",
            "modified_by",
        )
    )

    def __init__(
        self,
        *,
        id: str | None = None,
        arn: str | None = None,
        title: str | None = None,
        description: str | None = None,
        created_at: _dt.datetime | None = None,
        created_by: str | None = None,
        member_count: int | None = None,
        modified_at: _dt.datetime | None = None,
        modified_by: str | None = None,
        contexts: _Sequence[EngagementContextDetails] | None = None,
    ) -> None:
        self.id = id
        self.arn = arn
        self.title = title
        self.description = description
        self.created_at = created_at
        self.created_by = created_by
        self.member_count = member_count
        self.modified_at = modified_at
        self.modified_by = modified_by
        self.contexts = contexts

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Id"
            value = self.id
            if value is not None:
                out["Id"] = _serde.enc_str(value, wire)
            member = "Arn"
            value = self.arn
            if value is not None:
                out["Arn"] = _serde.enc_str(value, wire)
            member = "Title"
            value = self.title
            if value is not None:
                out["Title"] = _serde.enc_str(value, wire)
            member = "Description"
            value = self.description
            if value is not None:
                out["Description"] = _serde.enc_str(value, wire)
            member = "CreatedAt"
            value = self.created_at
            if value is not None:
                out["CreatedAt"] = _serde.enc_iso8601(value, wire)
            member = "CreatedBy"
            value = self.created_by
            if value is not None:
                out["CreatedBy"] = _serde.enc_str(value, wire)
            member = "MemberCount"
            value = self.member_count
            if value is not None:
                out["MemberCount"] = _serde.enc_int(value, wire)
            member = "ModifiedAt"
            value = self.modified_at
            if value is not None:
                out["ModifiedAt"] = _serde.enc_iso8601(value, wire)
            member = "ModifiedBy"
            value = self.modified_by
            if value is not None:
                out["ModifiedBy"] = _serde.enc_str(value, wire)
            member = "Contexts"
            value = self.contexts
            if value is not None:
                out["Contexts"] = _encode_EngagementContexts(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> GetEngagementResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.id = get("Id")
            fields.arn = get("Arn")
            fields.title = get("Title")
            fields.description = get("Description")
            member = "CreatedAt"
            value = get("CreatedAt")
            fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
            fields.created_by = get("CreatedBy")
            fields.member_count = get("MemberCount")
            member = "ModifiedAt"
            value = get("ModifiedAt")
            fields.modified_at = None if value is None else _serde.dec_timestamp(value, wire)
            fields.modified_by = get("ModifiedBy")
            member = "Contexts"
            value = get("Contexts")
            fields.contexts = None if value is None else _decode_EngagementContexts(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class GetOpportunityBulkJobReportUrlRequest(_Structure):
    """Specifies the catalog, job identifier, and report format for getting the report URL of
    an opportunity bulk job.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        job_id: Specifies the identifier of the bulk job. Required.
        report_format: Specifies the format of the report. Required.
        report_type: Specifies which records the report covers.
    """

    __slots__ = (
        "catalog",
        "job_id",
        "report_format",
        "report_type",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "JobId",
            "ReportFormat",
            "ReportType",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        job_id: str,
        report_format: BulkFileFormat | str,
        report_type: BulkReportType | str | None = None,
    ) -> None:
        self.catalog = catalog
        self.job_id = job_id
        self.report_format = report_format
        self.report_type = report_type

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "JobId"
            value = self.job_id
            if value is not None:
                out["JobId"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ReportFormat"
            value = self.report_format
            if value is not None:
                out["ReportFormat"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ReportType"
            value = self.report_type
            if value is not None:
                out["ReportType"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> GetOpportunityBulkJobReportUrlRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.job_id = get("JobId")
            member = "ReportFormat"
            value = get("ReportFormat")
            fields.report_format = None if value is None else _lookup_BulkFileFormat(value, value)
            member = "ReportType"
            value = get("ReportType")
            fields.report_type = None if value is None else _lookup_BulkReportType(value, value)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class GetOpportunityBulkJobReportUrlResponse(_Structure):
    """The status of the report and, when it is ready, the URL to download it.

    Attributes:
        report_status: The status of the report. Required.
        report_type: The records that the report covers. Required.
        report_format: The format of the report. Required.
        url: A temporary URL for downloading the report.
        expires_at: The date and time, in UTC, when the URL expires.
        failure_reason: The reason that Partner Central couldn't generate the report.
    """

    __slots__ = (
        "report_status",
        "report_type",
        "report_format",
        "url",
        "expires_at",
        "failure_reason",
    )
    _WIRE_NAMES = frozenset(
        (
            "ReportStatus",
            "ReportType",
            "ReportFormat",
            "Url",
            "ExpiresAt",
            "FailureReason",
        )
    )
    _SENSITIVE = frozenset(("url",))

    def __init__(
        self,
        *,
        report_status: BulkReportStatus | str,
        report_type: BulkReportType | str,
        report_format: BulkFileFormat | str,
        url: str | None = None,
        expires_at: _dt.datetime | None = None,
        failure_reason: str | None = None,
    ) -> None:
        self.report_status = report_status
        self.report_type = report_type
        self.report_format = report_format
        self.url = url
        self.expires_at = expires_at
        self.failure_reason = failure_reason

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "ReportStatus"
            value = self.report_status
            if value is not None:
                out["ReportStatus"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ReportType"
            value = self.report_type
            if value is not None:
                out["ReportType"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ReportFormat"
            value = self.report_format
            if value is not None:
                out["ReportFormat"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Url"
            value = self.url
            if value is not None:
                out["Url"] = _serde.enc_str(value, wire)
            member = "ExpiresAt"
            value = self.expires_at
            if value is not None:
                out["ExpiresAt"] = _serde.enc_iso8601(value, wire)
            member = "FailureReason"
            value = self.failure_reason
            if value is not None:
                out["FailureReason"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> GetOpportunityBulkJobReportUrlResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "ReportStatus"
            value = get("ReportStatus")
            fields.report_status = (
                None if value is None else _lookup_BulkReportStatus(value, value)
            )
            member = "ReportType"
            value = get("ReportType")
            fields.report_type = None if value is None else _lookup_BulkReportType(value, value)
            member = "ReportFormat"
            value = get("ReportFormat")
            fields.report_format = None if value is None else _lookup_BulkFileFormat(value, value)
            fields.url = get("Url")
            member = "ExpiresAt"
            value = get("ExpiresAt")
            fields.expires_at = None if value is None else _serde.dec_timestamp(value, wire)
            fields.failure_reason = get("FailureReason")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class GetOpportunityRequest(_Structure):
    """Contains the request parameters for the `GetOpportunity` operation.

    Attributes:
        catalog: Specifies the catalog associated with the request. Required.
        identifier: Read-only, system generated `Opportunity` unique identifier.
            Required.
    """

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

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Identifier"
            value = self.identifier
            if value is not None:
                out["Identifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> GetOpportunityRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.catalog = get("Catalog")
        fields.identifier = get("Identifier")

        return self


class GetOpportunityResponse(_Structure):
    """Contains the response that the `GetOpportunity` action returns.

    Attributes:
        catalog: Specifies the catalog associated with the request. Required.
        primary_needs_from_aws: Identifies the type of support the partner needs from
            Amazon Web Services.
        national_security: Indicates whether the `Opportunity` pertains to a national
            security project.
        partner_opportunity_identifier: Specifies the opportunity's unique identifier in
            the partner's CRM system.
        customer: Specifies details of the customer associated with the `Opportunity`.
        project: An object that contains project details summary for the `Opportunity`.
        opportunity_type: Specifies the opportunity type as renewal, new, or expansion.
        marketing: An object that contains marketing details for the `Opportunity`.
        software_revenue: Specifies details of a customer's procurement terms.
        id: Read-only, system generated `Opportunity` unique identifier. Required.
        arn: The Amazon Resource Name (ARN) that uniquely identifies the opportunity.
        last_modified_date: `DateTime` when the opportunity was last modified. Required.
        created_date: `DateTime` when the `Opportunity` was last created. Required.
        related_entity_identifiers: Provides information about the associations of other
            entities with the opportunity. Required.
        life_cycle: An object that contains lifecycle details for the `Opportunity`.
        opportunity_team: Represents the internal team handling the opportunity.
    """

    __slots__ = (
        "catalog",
        "primary_needs_from_aws",
        "national_security",
        "partner_opportunity_identifier",
        "customer",
        "project",
        "opportunity_type",
        "marketing",
        "software_revenue",
        "id",
        "arn",
        "last_modified_date",
        "created_date",
        "related_entity_identifiers",
        "life_cycle",
        "opportunity_team",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "PrimaryNeedsFromAws",
            "NationalSecurity",
            "PartnerOpportunityIdentifier",
            "Customer",
            "Project",
            "OpportunityType",
            "Marketing",
            "SoftwareRevenue",
            "Id",
            "Arn",
            "LastModifiedDate",
            "CreatedDate",
            "RelatedEntityIdentifiers",
            "LifeCycle",
            "OpportunityTeam",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        id: str,
        last_modified_date: _dt.datetime,
        created_date: _dt.datetime,
        related_entity_identifiers: RelatedEntityIdentifiers,
        primary_needs_from_aws: _Sequence[PrimaryNeedFromAws | str] | None = None,
        national_security: NationalSecurity | str | None = None,
        partner_opportunity_identifier: str | None = None,
        customer: Customer | None = None,
        project: Project | None = None,
        opportunity_type: OpportunityType | str | None = None,
        marketing: Marketing | None = None,
        software_revenue: SoftwareRevenue | None = None,
        arn: str | None = None,
        life_cycle: LifeCycle | None = None,
        opportunity_team: _Sequence[Contact] | None = None,
    ) -> None:
        self.catalog = catalog
        self.primary_needs_from_aws = primary_needs_from_aws
        self.national_security = national_security
        self.partner_opportunity_identifier = partner_opportunity_identifier
        self.customer = customer
        self.project = project
        self.opportunity_type = opportunity_type
        self.marketing = marketing
        self.software_revenue = software_revenue
        self.id = id
        self.arn = arn
        self.last_modified_date = last_modified_date
        self.created_date = created_date
        self.related_entity_identifiers = related_entity_identifiers
        self.life_cycle = life_cycle
        self.opportunity_team = opportunity_team

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "PrimaryNeedsFromAws"
            value = self.primary_needs_from_aws
            if value is not None:
                out["PrimaryNeedsFromAws"] = _encode_PrimaryNeedsFromAws(value, wire)
            member = "NationalSecurity"
            value = self.national_security
            if value is not None:
                out["NationalSecurity"] = _serde.enc_str(value, wire)
            member = "PartnerOpportunityIdentifier"
            value = self.partner_opportunity_identifier
            if value is not None:
                out["PartnerOpportunityIdentifier"] = _serde.enc_str(value, wire)
            member = "Customer"
            value = self.customer
            if value is not None:
                out["Customer"] = Customer._encode_value(value, wire)
            member = "Project"
            value = self.project
            if value is not None:
                out["Project"] = Project._encode_value(value, wire)
            member = "OpportunityType"
            value = self.opportunity_type
            if value is not None:
                out["OpportunityType"] = _serde.enc_str(value, wire)
            member = "Marketing"
            value = self.marketing
            if value is not None:
                out["Marketing"] = Marketing._encode_value(value, wire)
            member = "SoftwareRevenue"
            value = self.software_revenue
            if value is not None:
                out["SoftwareRevenue"] = SoftwareRevenue._encode_value(value, wire)
            member = "Id"
            value = self.id
            if value is not None:
                out["Id"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Arn"
            value = self.arn
            if value is not None:
                out["Arn"] = _serde.enc_str(value, wire)
            member = "LastModifiedDate"
            value = self.last_modified_date
            if value is not None:
                out["LastModifiedDate"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
            member = "CreatedDate"
            value = self.created_date
            if value is not None:
                out["CreatedDate"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
            member = "RelatedEntityIdentifiers"
            value = self.related_entity_identifiers
            if value is not None:
                out["RelatedEntityIdentifiers"] = RelatedEntityIdentifiers._encode_value(
                    value, wire
                )
            elif wire:
                raise _missing("")
            member = "LifeCycle"
            value = self.life_cycle
            if value is not None:
                out["LifeCycle"] = LifeCycle._encode_value(value, wire)
            member = "OpportunityTeam"
            value = self.opportunity_team
            if value is not None:
                out["OpportunityTeam"] = _encode_PartnerOpportunityTeamMembersList(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> GetOpportunityResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            member = "PrimaryNeedsFromAws"
            value = get("PrimaryNeedsFromAws")
            fields.primary_needs_from_aws = (
                None if value is None else _decode_PrimaryNeedsFromAws(value, wire)
            )
            member = "NationalSecurity"
            value = get("NationalSecurity")
            fields.national_security = (
                None if value is None else _lookup_NationalSecurity(value, value)
            )
            fields.partner_opportunity_identifier = get("PartnerOpportunityIdentifier")
            member = "Customer"
            value = get("Customer")
            fields.customer = None if value is None else Customer._decode(value, wire)
            member = "Project"
            value = get("Project")
            fields.project = None if value is None else Project._decode(value, wire)
            member = "OpportunityType"
            value = get("OpportunityType")
            fields.opportunity_type = (
                None if value is None else _lookup_OpportunityType(value, value)
            )
            member = "Marketing"
            value = get("Marketing")
            fields.marketing = None if value is None else Marketing._decode(value, wire)
            member = "SoftwareRevenue"
            value = get("SoftwareRevenue")
            fields.software_revenue = (
                None if value is None else SoftwareRevenue._decode(value, wire)
            )
            fields.id = get("Id")
            fields.arn = get("Arn")
            member = "LastModifiedDate"
            value = get("LastModifiedDate")
            fields.last_modified_date = (
                None if value is None else _serde.dec_timestamp(value, wire)
            )
            member = "CreatedDate"
            value = get("CreatedDate")
            fields.created_date = None if value is None else _serde.dec_timestamp(value, wire)
            member = "RelatedEntityIdentifiers"
            value = get("RelatedEntityIdentifiers")
            fields.related_entity_identifiers = (
                None if value is None else RelatedEntityIdentifiers._decode(value, wire)
            )
            member = "LifeCycle"
            value = get("LifeCycle")
            fields.life_cycle = None if value is None else LifeCycle._decode(value, wire)
            member = "OpportunityTeam"
            value = get("OpportunityTeam")
            fields.opportunity_team = (
                None if value is None else _decode_PartnerOpportunityTeamMembersList(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class GetProspectingFromEngagementTaskRequest(_Structure):
    """Represents the request structure for retrieving the status and results of a prospecting
    task.

    Attributes:
        catalog: Specifies the catalog associated with the task. Required.
        task_identifier: The unique identifier of the prospecting task to retrieve.
            Required.
    """

    __slots__ = (
        "catalog",
        "task_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "TaskIdentifier",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        task_identifier: str,
    ) -> None:
        self.catalog = catalog
        self.task_identifier = task_identifier

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "TaskIdentifier"
            value = self.task_identifier
            if value is not None:
                out["TaskIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> GetProspectingFromEngagementTaskRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.catalog = get("Catalog")
        fields.task_identifier = get("TaskIdentifier")

        return self


class GetProspectingFromEngagementTaskResponse(_Structure):
    """Represents the response structure containing the full details of a prospecting task,
    including per-engagement processing results. Includes the `Status` field of each
    `EngagementProspectingResult` entry to determine individual outcomes.

    Attributes:
        task_id: The unique identifier of the task. Required.
        task_arn: The Amazon Resource Name (ARN) of the task. Required.
        task_name: The descriptive name of the task that you provided when you created
            it. Required.
        start_time: The timestamp indicating when the task was initiated. Required.
        end_time: The timestamp indicating when the task finished processing.
        engagements: An array of `EngagementProspectingResult` entries for each
            engagement in the task. Required.
    """

    __slots__ = (
        "task_id",
        "task_arn",
        "task_name",
        "start_time",
        "end_time",
        "engagements",
    )
    _WIRE_NAMES = frozenset(
        (
            "TaskId",
            "TaskArn",
            "TaskName",
            "StartTime",
            "EndTime",
            "Engagements",
        )
    )

    def __init__(
        self,
        *,
        task_id: str,
        task_arn: str,
        task_name: str,
        start_time: _dt.datetime,
        engagements: list[EngagementProspectingResult],
        end_time: _dt.datetime | None = None,
    ) -> None:
        self.task_id = task_id
        self.task_arn = task_arn
        self.task_name = task_name
        self.start_time = start_time
        self.end_time = end_time
        self.engagements = engagements

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "TaskId"
            value = self.task_id
            if value is not None:
                out["TaskId"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "TaskArn"
            value = self.task_arn
            if value is not None:
                out["TaskArn"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "TaskName"
            value = self.task_name
            if value is not None:
                out["TaskName"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "StartTime"
            value = self.start_time
            if value is not None:
                out["StartTime"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
            member = "EndTime"
            value = self.end_time
            if value is not None:
                out["EndTime"] = _serde.enc_iso8601(value, wire)
            member = "Engagements"
            value = self.engagements
            if value is not None:
                out["Engagements"] = _encode_EngagementProspectingResultList(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> GetProspectingFromEngagementTaskResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.task_id = get("TaskId")
            fields.task_arn = get("TaskArn")
            fields.task_name = get("TaskName")
            member = "StartTime"
            value = get("StartTime")
            fields.start_time = None if value is None else _serde.dec_timestamp(value, wire)
            member = "EndTime"
            value = get("EndTime")
            fields.end_time = None if value is None else _serde.dec_timestamp(value, wire)
            member = "Engagements"
            value = get("Engagements")
            fields.engagements = (
                None if value is None else _decode_EngagementProspectingResultList(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class GetResourceSnapshotJobRequest(_Structure):
    """Contains the request parameters for the `GetResourceSnapshotJob` operation.

    Attributes:
        catalog: Specifies the catalog related to the request. Required.
        resource_snapshot_job_identifier: The unique identifier of the resource snapshot
            job to be retrieved. Required.
    """

    __slots__ = (
        "catalog",
        "resource_snapshot_job_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ResourceSnapshotJobIdentifier",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        resource_snapshot_job_identifier: str,
    ) -> None:
        self.catalog = catalog
        self.resource_snapshot_job_identifier = resource_snapshot_job_identifier

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ResourceSnapshotJobIdentifier"
            value = self.resource_snapshot_job_identifier
            if value is not None:
                out["ResourceSnapshotJobIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> GetResourceSnapshotJobRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.catalog = get("Catalog")
        fields.resource_snapshot_job_identifier = get("ResourceSnapshotJobIdentifier")

        return self


class GetResourceSnapshotJobResponse(_Structure):
    """Contains the response that the `GetResourceSnapshotJob` action returns.

    Attributes:
        catalog: The catalog in which the snapshot job was created. Required.
        id: The unique identifier of the snapshot job.
        arn: The Amazon Resource Name (ARN) of the snapshot job.
        engagement_id: The identifier of the engagement associated with this snapshot
            job.
        resource_type: The type of resource being snapshotted.
        resource_id: The identifier of the specific resource being snapshotted.
        resource_arn: The Amazon Resource Name (ARN) of the resource being snapshotted.
        resource_snapshot_template_name: The name of the template used for creating the
            snapshot.
        created_at: The date and time when the snapshot job was created in ISO 8601
            format (UTC).
        status: The current status of the snapshot job.
        last_successful_execution_date: The date and time of the last successful
            execution of the job, in ISO 8601 format (UTC).
        last_failure: If the job has encountered any failures, this field contains the
            error message from the most...
    """

    __slots__ = (
        "catalog",
        "id",
        "arn",
        "engagement_id",
        "resource_type",
        "resource_id",
        "resource_arn",
        "resource_snapshot_template_name",
        "created_at",
        "status",
        "last_successful_execution_date",
        "last_failure",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Id",
            "Arn",
            "EngagementId",
            "ResourceType",
            "ResourceId",
            "ResourceArn",
            "ResourceSnapshotTemplateName",
            "CreatedAt",
            "Status",
            "LastSuccessfulExecutionDate",
            "LastFailure",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        id: str | None = None,
        arn: str | None = None,
        engagement_id: str | None = None,
        resource_type: ResourceType | str | None = None,
        resource_id: str | None = None,
        resource_arn: str | None = None,
        resource_snapshot_template_name: str | None = None,
        created_at: _dt.datetime | None = None,
        status: ResourceSnapshotJobStatus | str | None = None,
        last_successful_execution_date: _dt.datetime | None = None,
        last_failure: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.id = id
        self.arn = arn
        self.engagement_id = engagement_id
        self.resource_type = resource_type
        self.resource_id = resource_id
        self.resource_arn = resource_arn
        self.resource_snapshot_template_name = resource_snapshot_template_name
        self.created_at = created_at
        self.status = status
        self.last_successful_execution_date = last_successful_execution_date
        self.last_failure = last_failure

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Id"
            value = self.id
            if value is not None:
                out["Id"] = _serde.enc_str(value, wire)
            member = "Arn"
            value = self.arn
            if value is not None:
                out["Arn"] = _serde.enc_str(value, wire)
            member = "EngagementId"
            value = self.engagement_id
            if value is not None:
                out["EngagementId"] = _serde.enc_str(value, wire)
            member = "ResourceType"
            value = self.resource_type
            if value is not None:
                out["ResourceType"] = _serde.enc_str(value, wire)
            member = "ResourceId"
            value = self.resource_id
            if value is not None:
                out["ResourceId"] = _serde.enc_str(value, wire)
            member = "ResourceArn"
            value = self.resource_arn
            if value is not None:
                out["ResourceArn"] = _serde.enc_str(value, wire)
            member = "ResourceSnapshotTemplateName"
            value = self.resource_snapshot_template_name
            if value is not None:
                out["ResourceSnapshotTemplateName"] = _serde.enc_str(value, wire)
            member = "CreatedAt"
            value = self.created_at
            if value is not None:
                out["CreatedAt"] = _serde.enc_iso8601(value, wire)
            member = "Status"
            value = self.status
            if value is not None:
                out["Status"] = _serde.enc_str(value, wire)
            member = "LastSuccessfulExecutionDate"
            value = self.last_successful_execution_date
            if value is not None:
                out["LastSuccessfulExecutionDate"] = _serde.enc_iso8601(value, wire)
            member = "LastFailure"
            value = self.last_failure
            if value is not None:
                out["LastFailure"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> GetResourceSnapshotJobResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.id = get("Id")
            fields.arn = get("Arn")
            fields.engagement_id = get("EngagementId")
            member = "ResourceType"
            value = get("ResourceType")
            fields.resource_type = None if value is None else _lookup_ResourceType(value, value)
            fields.resource_id = get("ResourceId")
            fields.resource_arn = get("ResourceArn")
            fields.resource_snapshot_template_name = get("ResourceSnapshotTemplateName")
            member = "CreatedAt"
            value = get("CreatedAt")
            fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
            member = "Status"
            value = get("Status")
            fields.status = (
                None if value is None else _lookup_ResourceSnapshotJobStatus(value, value)
            )
            member = "LastSuccessfulExecutionDate"
            value = get("LastSuccessfulExecutionDate")
            fields.last_successful_execution_date = (
                None if value is None else _serde.dec_timestamp(value, wire)
            )
            fields.last_failure = get("LastFailure")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class GetResourceSnapshotRequest(_Structure):
    """Contains the request parameters for the `GetResourceSnapshot` operation.

    Attributes:
        catalog: Specifies the catalog related to the request. Required.
        engagement_identifier: The unique identifier of the engagement associated with
            the snapshot. Required.
        resource_type: Specifies the type of resource that was snapshotted. Required.
        resource_identifier: The unique identifier of the specific resource that was
            snapshotted. Required.
        resource_snapshot_template_identifier: he name of the template that defines the
            schema for the snapshot. Required.
        revision: Specifies which revision of the snapshot to retrieve.
    """

    __slots__ = (
        "catalog",
        "engagement_identifier",
        "resource_type",
        "resource_identifier",
        "resource_snapshot_template_identifier",
        "revision",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "EngagementIdentifier",
            "ResourceType",
            "ResourceIdentifier",
            "ResourceSnapshotTemplateIdentifier",
            "Revision",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        engagement_identifier: str,
        resource_type: ResourceType | str,
        resource_identifier: str,
        resource_snapshot_template_identifier: str,
        revision: int | None = None,
    ) -> None:
        self.catalog = catalog
        self.engagement_identifier = engagement_identifier
        self.resource_type = resource_type
        self.resource_identifier = resource_identifier
        self.resource_snapshot_template_identifier = resource_snapshot_template_identifier
        self.revision = revision

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "EngagementIdentifier"
            value = self.engagement_identifier
            if value is not None:
                out["EngagementIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ResourceType"
            value = self.resource_type
            if value is not None:
                out["ResourceType"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ResourceIdentifier"
            value = self.resource_identifier
            if value is not None:
                out["ResourceIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ResourceSnapshotTemplateIdentifier"
            value = self.resource_snapshot_template_identifier
            if value is not None:
                out["ResourceSnapshotTemplateIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Revision"
            value = self.revision
            if value is not None:
                out["Revision"] = _serde.enc_int(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> GetResourceSnapshotRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.engagement_identifier = get("EngagementIdentifier")
            member = "ResourceType"
            value = get("ResourceType")
            fields.resource_type = None if value is None else _lookup_ResourceType(value, value)
            fields.resource_identifier = get("ResourceIdentifier")
            fields.resource_snapshot_template_identifier = get(
                "ResourceSnapshotTemplateIdentifier"
            )
            fields.revision = get("Revision")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class GetResourceSnapshotResponse(_Structure):
    """Contains the response that the `GetResourceSnapshot` action returns.

    Attributes:
        catalog: The catalog in which the snapshot was created. Required.
        arn: The Amazon Resource Name (ARN) that uniquely identifies the resource
            snapshot.
        created_by: The AWS account ID of the principal (user or role) who created the
            snapshot.
        created_at: The timestamp when the snapshot was created, in ISO 8601 format
            (e.g., "2023-06-01T14:30:00Z").
        engagement_id: The identifier of the engagement associated with this snapshot.
        resource_type: The type of the resource that was snapshotted.
        resource_id: The identifier of the specific resource that was snapshotted.
        resource_snapshot_template_name: The name of the view used for this snapshot.
        revision: The revision number of this snapshot.
        payload: Contains the data of the resource snapshot.
        target_member_accounts: Target member accounts associated with the resource
            snapshot.
    """

    __slots__ = (
        "catalog",
        "arn",
        "created_by",
        "created_at",
        "engagement_id",
        "resource_type",
        "resource_id",
        "resource_snapshot_template_name",
        "revision",
        "payload",
        "target_member_accounts",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Arn",
            "CreatedBy",
            "CreatedAt",
            "EngagementId",
            "ResourceType",
            "ResourceId",
            "ResourceSnapshotTemplateName",
            "Revision",
            "Payload",
            "TargetMemberAccounts",
        )
    )
    _SENSITIVE = frozenset(
        (
            "created_by",
            "target_member_accounts",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        arn: str | None = None,
        created_by: str | None = None,
        created_at: _dt.datetime | None = None,
        engagement_id: str | None = None,
        resource_type: ResourceType | str | None = None,
        resource_id: str | None = None,
        resource_snapshot_template_name: str | None = None,
        revision: int | None = None,
        payload: ResourceSnapshotPayload | None = None,
        target_member_accounts: _Sequence[str] | None = None,
    ) -> None:
        self.catalog = catalog
        self.arn = arn
        self.created_by = created_by
        self.created_at = created_at
        self.engagement_id = engagement_id
        self.resource_type = resource_type
        self.resource_id = resource_id
        self.resource_snapshot_template_name = resource_snapshot_template_name
        self.revision = revision
        self.payload = payload
        self.target_member_accounts = target_member_accounts

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Arn"
            value = self.arn
            if value is not None:
                out["Arn"] = _serde.enc_str(value, wire)
            member = "CreatedBy"
            value = self.created_by
            if value is not None:
                out["CreatedBy"] = _serde.enc_str(value, wire)
            member = "CreatedAt"
            value = self.created_at
            if value is not None:
                out["CreatedAt"] = _serde.enc_iso8601(value, wire)
            member = "EngagementId"
            value = self.engagement_id
            if value is not None:
                out["EngagementId"] = _serde.enc_str(value, wire)
            member = "ResourceType"
            value = self.resource_type
            if value is not None:
                out["ResourceType"] = _serde.enc_str(value, wire)
            member = "ResourceId"
            value = self.resource_id
            if value is not None:
                out["ResourceId"] = _serde.enc_str(value, wire)
            member = "ResourceSnapshotTemplateName"
            value = self.resource_snapshot_template_name
            if value is not None:
                out["ResourceSnapshotTemplateName"] = _serde.enc_str(value, wire)
            member = "Revision"
            value = self.revision
            if value is not None:
                out["Revision"] = _serde.enc_int(value, wire)
            member = "Payload"
            value = self.payload
            if value is not None:
                out["Payload"] = ResourceSnapshotPayload._encode_value(value, wire)
            member = "TargetMemberAccounts"
            value = self.target_member_accounts
            if value is not None:
                out["TargetMemberAccounts"] = _encode_AwsAccountIdOrAliasList(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> GetResourceSnapshotResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.arn = get("Arn")
            fields.created_by = get("CreatedBy")
            member = "CreatedAt"
            value = get("CreatedAt")
            fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
            fields.engagement_id = get("EngagementId")
            member = "ResourceType"
            value = get("ResourceType")
            fields.resource_type = None if value is None else _lookup_ResourceType(value, value)
            fields.resource_id = get("ResourceId")
            fields.resource_snapshot_template_name = get("ResourceSnapshotTemplateName")
            fields.revision = get("Revision")
            member = "Payload"
            value = get("Payload")
            fields.payload = (
                None if value is None else ResourceSnapshotPayload._decode(value, wire)
            )
            member = "TargetMemberAccounts"
            value = get("TargetMemberAccounts")
            fields.target_member_accounts = (
                None if value is None else _decode_AwsAccountIdOrAliasList(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class GetSellingSystemSettingsRequest(_Structure):
    """Contains the request parameters for the `GetSellingSystemSettings` operation.

    Attributes:
        catalog: Specifies the catalog in which the settings are defined. Required.
    """

    __slots__ = ("catalog",)
    _WIRE_NAMES = frozenset(("Catalog",))

    def __init__(
        self,
        *,
        catalog: str,
    ) -> None:
        self.catalog = catalog

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> GetSellingSystemSettingsRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.catalog = get("Catalog")

        return self


class GetSellingSystemSettingsResponse(_Structure):
    """Contains the response that the `GetSellingSystemSettings` action returns.

    Attributes:
        catalog: Specifies the catalog in which the settings are defined. Required.
        resource_snapshot_job_role_arn: Specifies the ARN of the IAM Role used for
            resource snapshot job executions.
    """

    __slots__ = (
        "catalog",
        "resource_snapshot_job_role_arn",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ResourceSnapshotJobRoleArn",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        resource_snapshot_job_role_arn: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.resource_snapshot_job_role_arn = resource_snapshot_job_role_arn

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ResourceSnapshotJobRoleArn"
            value = self.resource_snapshot_job_role_arn
            if value is not None:
                out["ResourceSnapshotJobRoleArn"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> GetSellingSystemSettingsResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.catalog = get("Catalog")
        fields.resource_snapshot_job_role_arn = get("ResourceSnapshotJobRoleArn")

        return self


class Invitation(_Structure):
    """The Invitation structure represents an invitation exchanged between partners and AWS. It
    includes a message, receiver information, and a payload providing context for the
    invitation.

    Attributes:
        message: A message accompanying the invitation. Required.
        receiver: Specifies the partner that receives the invitation. Required.
        payload: Contains the details that the invitation carries, such as the
            opportunity or the account planning... Required.
    """

    __slots__ = (
        "message",
        "receiver",
        "payload",
    )
    _WIRE_NAMES = frozenset(
        (
            "Message",
            "Receiver",
            "Payload",
        )
    )
    _SENSITIVE = frozenset(("message",))

    def __init__(
        self,
        *,
        message: str,
        receiver: Receiver,
        payload: Payload,
    ) -> None:
        self.message = message
        self.receiver = receiver
        self.payload = payload

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Message"
            value = self.message
            if value is not None:
                out["Message"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Receiver"
            value = self.receiver
            if value is not None:
                out["Receiver"] = Receiver._encode_value(value, wire)
            elif wire:
                raise _missing("")
            member = "Payload"
            value = self.payload
            if value is not None:
                out["Payload"] = Payload._encode_value(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> Invitation:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.message = get("Message")
            member = "Receiver"
            value = get("Receiver")
            fields.receiver = None if value is None else Receiver._decode(value, wire)
            member = "Payload"
            value = get("Payload")
            fields.payload = None if value is None else Payload._decode(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class InvitationProspectingResultAws(_Structure):
    """A subset of prospecting result data visible to invitation receivers. It includes
    customer account details and AI-generated insights.

    Attributes:
        customer: The prospected customer account details, including geographic
            classification, industry...
        insights: The AI-generated insights from the prospecting analysis, including
            marketplace engagement...
    """

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

    def __init__(
        self,
        *,
        customer: ProspectingResultCustomer | None = None,
        insights: ProspectingInsights | None = None,
    ) -> None:
        self.customer = customer
        self.insights = insights

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Customer"
            value = self.customer
            if value is not None:
                out["Customer"] = ProspectingResultCustomer._encode_value(value, wire)
            member = "Insights"
            value = self.insights
            if value is not None:
                out["Insights"] = ProspectingInsights._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> InvitationProspectingResultAws:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Customer"
            value = get("Customer")
            fields.customer = (
                None if value is None else ProspectingResultCustomer._decode(value, wire)
            )
            member = "Insights"
            value = get("Insights")
            fields.insights = None if value is None else ProspectingInsights._decode(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class Issue(_Structure):
    """An issue found with a customer account. It includes the severity, a machine-readable
    code, and a description.

    Attributes:
        severity: The severity of the issue.
        code: A code that identifies the type of issue.
        message: A description of the issue.
    """

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

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Severity"
            value = self.severity
            if value is not None:
                out["Severity"] = _serde.enc_str(value, wire)
            member = "Code"
            value = self.code
            if value is not None:
                out["Code"] = _serde.enc_str(value, wire)
            member = "Message"
            value = self.message
            if value is not None:
                out["Message"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> Issue:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.severity = get("Severity")
        fields.code = get("Code")
        fields.message = get("Message")

        return self


class LastModifiedDate(_Structure):
    """Defines a filter to retrieve opportunities based on the last modified date. This filter
    is useful for tracking changes or updates to opportunities over time.

    Attributes:
        after_last_modified_date: Specifies the date after which the opportunities were
            modified.
        before_last_modified_date: Specifies the date before which the opportunities
            were modified.
    """

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

    def __init__(
        self,
        *,
        after_last_modified_date: _dt.datetime | None = None,
        before_last_modified_date: _dt.datetime | None = None,
    ) -> None:
        self.after_last_modified_date = after_last_modified_date
        self.before_last_modified_date = before_last_modified_date

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "AfterLastModifiedDate"
            value = self.after_last_modified_date
            if value is not None:
                out["AfterLastModifiedDate"] = _serde.enc_iso8601(value, wire)
            member = "BeforeLastModifiedDate"
            value = self.before_last_modified_date
            if value is not None:
                out["BeforeLastModifiedDate"] = _serde.enc_iso8601(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> LastModifiedDate:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "AfterLastModifiedDate"
            value = get("AfterLastModifiedDate")
            fields.after_last_modified_date = (
                None if value is None else _serde.dec_timestamp(value, wire)
            )
            member = "BeforeLastModifiedDate"
            value = get("BeforeLastModifiedDate")
            fields.before_last_modified_date = (
                None if value is None else _serde.dec_timestamp(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class LeadAddress(_Structure):
    """The address information for a lead customer, including city, state or region, postal
    code, and country code.

    Attributes:
        city: The city of the lead customer's address.
        postal_code: The postal code of the lead customer's address.
        state_or_region: The state or region of the lead customer's address.
        country_code: The country code of the lead customer's address.
    """

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

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "City"
            value = self.city
            if value is not None:
                out["City"] = _serde.enc_str(value, wire)
            member = "PostalCode"
            value = self.postal_code
            if value is not None:
                out["PostalCode"] = _serde.enc_str(value, wire)
            member = "StateOrRegion"
            value = self.state_or_region
            if value is not None:
                out["StateOrRegion"] = _serde.enc_str(value, wire)
            member = "CountryCode"
            value = self.country_code
            if value is not None:
                out["CountryCode"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> LeadAddress:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.city = get("City")
        fields.postal_code = get("PostalCode")
        fields.state_or_region = get("StateOrRegion")
        fields.country_code = get("CountryCode")

        return self


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
    _SENSITIVE = frozenset(
        (
            "business_title",
            "email",
            "first_name",
            "last_name",
            "phone",
        )
    )

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

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "BusinessTitle"
            value = self.business_title
            if value is not None:
                out["BusinessTitle"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Email"
            value = self.email
            if value is not None:
                out["Email"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "FirstName"
            value = self.first_name
            if value is not None:
                out["FirstName"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "LastName"
            value = self.last_name
            if value is not None:
                out["LastName"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Phone"
            value = self.phone
            if value is not None:
                out["Phone"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> LeadContact:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.business_title = get("BusinessTitle")
        fields.email = get("Email")
        fields.first_name = get("FirstName")
        fields.last_name = get("LastName")
        fields.phone = get("Phone")

        return self


class LeadContext(_Structure):
    """Provides comprehensive details about a lead associated with an engagement. This
    structure contains information about lead qualification status, customer details, and
    interaction history to facilitate lead management and tracking within the engagement.

    Attributes:
        insights: Insights that AI generates and associates with the lead.
        qualification_status: Indicates the current qualification status of the lead,
            such as whether it has been qualified...
        customer: Contains detailed information about the customer associated with the
            lead, including company... Required.
        interactions: An array of interactions that have occurred with the lead,
            providing a history of communications... Required.
    """

    __slots__ = (
        "insights",
        "qualification_status",
        "customer",
        "interactions",
    )
    _WIRE_NAMES = frozenset(
        (
            "Insights",
            "QualificationStatus",
            "Customer",
            "Interactions",
        )
    )

    def __init__(
        self,
        *,
        customer: LeadCustomer,
        interactions: _Sequence[LeadInteraction],
        insights: LeadInsights | None = None,
        qualification_status: str | None = None,
    ) -> None:
        self.insights = insights
        self.qualification_status = qualification_status
        self.customer = customer
        self.interactions = interactions

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Insights"
            value = self.insights
            if value is not None:
                out["Insights"] = LeadInsights._encode_value(value, wire)
            member = "QualificationStatus"
            value = self.qualification_status
            if value is not None:
                out["QualificationStatus"] = _serde.enc_str(value, wire)
            member = "Customer"
            value = self.customer
            if value is not None:
                out["Customer"] = LeadCustomer._encode_value(value, wire)
            elif wire:
                raise _missing("")
            member = "Interactions"
            value = self.interactions
            if value is not None:
                out["Interactions"] = _encode_LeadInteractionList(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> LeadContext:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Insights"
            value = get("Insights")
            fields.insights = None if value is None else LeadInsights._decode(value, wire)
            fields.qualification_status = get("QualificationStatus")
            member = "Customer"
            value = get("Customer")
            fields.customer = None if value is None else LeadCustomer._decode(value, wire)
            member = "Interactions"
            value = get("Interactions")
            fields.interactions = (
                None if value is None else _decode_LeadInteractionList(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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
    _SENSITIVE = frozenset(
        (
            "company_name",
            "website_url",
        )
    )

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

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Industry"
            value = self.industry
            if value is not None:
                out["Industry"] = _serde.enc_str(value, wire)
            member = "CompanyName"
            value = self.company_name
            if value is not None:
                out["CompanyName"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "WebsiteUrl"
            value = self.website_url
            if value is not None:
                out["WebsiteUrl"] = _serde.enc_str(value, wire)
            member = "Address"
            value = self.address
            if value is not None:
                out["Address"] = LeadAddress._encode_value(value, wire)
            member = "AwsMaturity"
            value = self.aws_maturity
            if value is not None:
                out["AwsMaturity"] = _serde.enc_str(value, wire)
            member = "MarketSegment"
            value = self.market_segment
            if value is not None:
                out["MarketSegment"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> LeadCustomer:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.industry = get("Industry")
            fields.company_name = get("CompanyName")
            fields.website_url = get("WebsiteUrl")
            member = "Address"
            value = get("Address")
            fields.address = None if value is None else LeadAddress._decode(value, wire)
            fields.aws_maturity = get("AwsMaturity")
            fields.market_segment = get("MarketSegment")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class LeadInsights(_Structure):
    """Contains insights that AI generates for a lead. These insights provide automated
    analysis to help partners evaluate the lead quality and prioritize engagement efforts.

    Attributes:
        lead_readiness_score: A score that indicates the lead's readiness for
            engagement.
        channel_recommendation: The outreach channel most commonly recommended for leads
            that share this lead's country...
    """

    __slots__ = (
        "lead_readiness_score",
        "channel_recommendation",
    )
    _WIRE_NAMES = frozenset(
        (
            "LeadReadinessScore",
            "ChannelRecommendation",
        )
    )

    def __init__(
        self,
        *,
        lead_readiness_score: str | None = None,
        channel_recommendation: ChannelRecommendation | None = None,
    ) -> None:
        self.lead_readiness_score = lead_readiness_score
        self.channel_recommendation = channel_recommendation

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "LeadReadinessScore"
            value = self.lead_readiness_score
            if value is not None:
                out["LeadReadinessScore"] = _serde.enc_str(value, wire)
            member = "ChannelRecommendation"
            value = self.channel_recommendation
            if value is not None:
                out["ChannelRecommendation"] = ChannelRecommendation._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> LeadInsights:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.lead_readiness_score = get("LeadReadinessScore")
            member = "ChannelRecommendation"
            value = get("ChannelRecommendation")
            fields.channel_recommendation = (
                None if value is None else ChannelRecommendation._decode(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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
    _SENSITIVE = frozenset(("business_problem",))

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

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "SourceType"
            value = self.source_type
            if value is not None:
                out["SourceType"] = _serde.enc_str(value, wire)
            member = "SourceId"
            value = self.source_id
            if value is not None:
                out["SourceId"] = _serde.enc_str(value, wire)
            member = "SourceName"
            value = self.source_name
            if value is not None:
                out["SourceName"] = _serde.enc_str(value, wire)
            member = "Usecase"
            value = self.usecase
            if value is not None:
                out["Usecase"] = _serde.enc_str(value, wire)
            member = "InteractionDate"
            value = self.interaction_date
            if value is not None:
                out["InteractionDate"] = _serde.enc_iso8601(value, wire)
            member = "CustomerAction"
            value = self.customer_action
            if value is not None:
                out["CustomerAction"] = _serde.enc_str(value, wire)
            member = "BusinessProblem"
            value = self.business_problem
            if value is not None:
                out["BusinessProblem"] = _serde.enc_str(value, wire)
            member = "Contact"
            value = self.contact
            if value is not None:
                out["Contact"] = LeadContact._encode_value(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> LeadInteraction:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.source_type = get("SourceType")
            fields.source_id = get("SourceId")
            fields.source_name = get("SourceName")
            fields.usecase = get("Usecase")
            member = "InteractionDate"
            value = get("InteractionDate")
            fields.interaction_date = None if value is None else _serde.dec_timestamp(value, wire)
            fields.customer_action = get("CustomerAction")
            fields.business_problem = get("BusinessProblem")
            member = "Contact"
            value = get("Contact")
            fields.contact = None if value is None else LeadContact._decode(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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
    _SENSITIVE = frozenset(
        (
            "company_name",
            "website_url",
            "country_code",
        )
    )

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

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Industry"
            value = self.industry
            if value is not None:
                out["Industry"] = _serde.enc_str(value, wire)
            member = "CompanyName"
            value = self.company_name
            if value is not None:
                out["CompanyName"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "WebsiteUrl"
            value = self.website_url
            if value is not None:
                out["WebsiteUrl"] = _serde.enc_str(value, wire)
            member = "CountryCode"
            value = self.country_code
            if value is not None:
                out["CountryCode"] = _serde.enc_str(value, wire)
            member = "AwsMaturity"
            value = self.aws_maturity
            if value is not None:
                out["AwsMaturity"] = _serde.enc_str(value, wire)
            member = "MarketSegment"
            value = self.market_segment
            if value is not None:
                out["MarketSegment"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> LeadInvitationCustomer:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.industry = get("Industry")
        fields.company_name = get("CompanyName")
        fields.website_url = get("WebsiteUrl")
        fields.country_code = get("CountryCode")
        fields.aws_maturity = get("AwsMaturity")
        fields.market_segment = get("MarketSegment")

        return self


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
    _SENSITIVE = frozenset(("contact_business_title",))

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

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "SourceType"
            value = self.source_type
            if value is not None:
                out["SourceType"] = _serde.enc_str(value, wire)
            member = "SourceId"
            value = self.source_id
            if value is not None:
                out["SourceId"] = _serde.enc_str(value, wire)
            member = "SourceName"
            value = self.source_name
            if value is not None:
                out["SourceName"] = _serde.enc_str(value, wire)
            member = "Usecase"
            value = self.usecase
            if value is not None:
                out["Usecase"] = _serde.enc_str(value, wire)
            member = "ContactBusinessTitle"
            value = self.contact_business_title
            if value is not None:
                out["ContactBusinessTitle"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> LeadInvitationInteraction:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.source_type = get("SourceType")
        fields.source_id = get("SourceId")
        fields.source_name = get("SourceName")
        fields.usecase = get("Usecase")
        fields.contact_business_title = get("ContactBusinessTitle")

        return self


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

    def __init__(
        self,
        *,
        customer: LeadInvitationCustomer,
        interaction: LeadInvitationInteraction,
    ) -> None:
        self.customer = customer
        self.interaction = interaction

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Customer"
            value = self.customer
            if value is not None:
                out["Customer"] = LeadInvitationCustomer._encode_value(value, wire)
            elif wire:
                raise _missing("")
            member = "Interaction"
            value = self.interaction
            if value is not None:
                out["Interaction"] = LeadInvitationInteraction._encode_value(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> LeadInvitationPayload:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Customer"
            value = get("Customer")
            fields.customer = (
                None if value is None else LeadInvitationCustomer._decode(value, wire)
            )
            member = "Interaction"
            value = get("Interaction")
            fields.interaction = (
                None if value is None else LeadInvitationInteraction._decode(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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

    def __init__(
        self,
        *,
        stage: Stage | str | None = None,
        closed_lost_reason: ClosedLostReason | str | None = None,
        next_steps: str | None = None,
        target_close_date: str | None = None,
        review_status: ReviewStatus | str | None = None,
        review_comments: str | None = None,
        review_status_reason: str | None = None,
        next_steps_history: _Sequence[NextStepsHistory] | None = None,
    ) -> None:
        self.stage = stage
        self.closed_lost_reason = closed_lost_reason
        self.next_steps = next_steps
        self.target_close_date = target_close_date
        self.review_status = review_status
        self.review_comments = review_comments
        self.review_status_reason = review_status_reason
        self.next_steps_history = next_steps_history

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Stage"
            value = self.stage
            if value is not None:
                out["Stage"] = _serde.enc_str(value, wire)
            member = "ClosedLostReason"
            value = self.closed_lost_reason
            if value is not None:
                out["ClosedLostReason"] = _serde.enc_str(value, wire)
            member = "NextSteps"
            value = self.next_steps
            if value is not None:
                out["NextSteps"] = _serde.enc_str(value, wire)
            member = "TargetCloseDate"
            value = self.target_close_date
            if value is not None:
                out["TargetCloseDate"] = _serde.enc_str(value, wire)
            member = "ReviewStatus"
            value = self.review_status
            if value is not None:
                out["ReviewStatus"] = _serde.enc_str(value, wire)
            member = "ReviewComments"
            value = self.review_comments
            if value is not None:
                out["ReviewComments"] = _serde.enc_str(value, wire)
            member = "ReviewStatusReason"
            value = self.review_status_reason
            if value is not None:
                out["ReviewStatusReason"] = _serde.enc_str(value, wire)
            member = "NextStepsHistory"
            value = self.next_steps_history
            if value is not None:
                out["NextStepsHistory"] = _encode_LifeCycleNextStepsHistoryList(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> LifeCycle:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Stage"
            value = get("Stage")
            fields.stage = None if value is None else _lookup_Stage(value, value)
            member = "ClosedLostReason"
            value = get("ClosedLostReason")
            fields.closed_lost_reason = (
                None if value is None else _lookup_ClosedLostReason(value, value)
            )
            fields.next_steps = get("NextSteps")
            fields.target_close_date = get("TargetCloseDate")
            member = "ReviewStatus"
            value = get("ReviewStatus")
            fields.review_status = None if value is None else _lookup_ReviewStatus(value, value)
            fields.review_comments = get("ReviewComments")
            fields.review_status_reason = get("ReviewStatusReason")
            member = "NextStepsHistory"
            value = get("NextStepsHistory")
            fields.next_steps_history = (
                None if value is None else _decode_LifeCycleNextStepsHistoryList(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class LifeCycleForView(_Structure):
    """Provides the lifecycle view of an opportunity resource shared through a snapshot.

    Attributes:
        target_close_date: The projected launch date of the opportunity shared through a
            snapshot.
        review_status: Defines the approval status of the opportunity shared through a
            snapshot.
        stage: Defines the current stage of the opportunity shared through a snapshot.
        next_steps: Describes the next steps for the opportunity shared through a
            snapshot.
    """

    __slots__ = (
        "target_close_date",
        "review_status",
        "stage",
        "next_steps",
    )
    _WIRE_NAMES = frozenset(
        (
            "TargetCloseDate",
            "ReviewStatus",
            "Stage",
            "NextSteps",
        )
    )
    _SENSITIVE = frozenset(("next_steps",))

    def __init__(
        self,
        *,
        target_close_date: str | None = None,
        review_status: ReviewStatus | str | None = None,
        stage: Stage | str | None = None,
        next_steps: str | None = None,
    ) -> None:
        self.target_close_date = target_close_date
        self.review_status = review_status
        self.stage = stage
        self.next_steps = next_steps

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "TargetCloseDate"
            value = self.target_close_date
            if value is not None:
                out["TargetCloseDate"] = _serde.enc_str(value, wire)
            member = "ReviewStatus"
            value = self.review_status
            if value is not None:
                out["ReviewStatus"] = _serde.enc_str(value, wire)
            member = "Stage"
            value = self.stage
            if value is not None:
                out["Stage"] = _serde.enc_str(value, wire)
            member = "NextSteps"
            value = self.next_steps
            if value is not None:
                out["NextSteps"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> LifeCycleForView:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.target_close_date = get("TargetCloseDate")
            member = "ReviewStatus"
            value = get("ReviewStatus")
            fields.review_status = None if value is None else _lookup_ReviewStatus(value, value)
            member = "Stage"
            value = get("Stage")
            fields.stage = None if value is None else _lookup_Stage(value, value)
            fields.next_steps = get("NextSteps")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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

    def __init__(
        self,
        *,
        stage: Stage | str | None = None,
        closed_lost_reason: ClosedLostReason | str | None = None,
        next_steps: str | None = None,
        target_close_date: str | None = None,
        review_status: ReviewStatus | str | None = None,
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

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Stage"
            value = self.stage
            if value is not None:
                out["Stage"] = _serde.enc_str(value, wire)
            member = "ClosedLostReason"
            value = self.closed_lost_reason
            if value is not None:
                out["ClosedLostReason"] = _serde.enc_str(value, wire)
            member = "NextSteps"
            value = self.next_steps
            if value is not None:
                out["NextSteps"] = _serde.enc_str(value, wire)
            member = "TargetCloseDate"
            value = self.target_close_date
            if value is not None:
                out["TargetCloseDate"] = _serde.enc_str(value, wire)
            member = "ReviewStatus"
            value = self.review_status
            if value is not None:
                out["ReviewStatus"] = _serde.enc_str(value, wire)
            member = "ReviewComments"
            value = self.review_comments
            if value is not None:
                out["ReviewComments"] = _serde.enc_str(value, wire)
            member = "ReviewStatusReason"
            value = self.review_status_reason
            if value is not None:
                out["ReviewStatusReason"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> LifeCycleSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Stage"
            value = get("Stage")
            fields.stage = None if value is None else _lookup_Stage(value, value)
            member = "ClosedLostReason"
            value = get("ClosedLostReason")
            fields.closed_lost_reason = (
                None if value is None else _lookup_ClosedLostReason(value, value)
            )
            fields.next_steps = get("NextSteps")
            fields.target_close_date = get("TargetCloseDate")
            member = "ReviewStatus"
            value = get("ReviewStatus")
            fields.review_status = None if value is None else _lookup_ReviewStatus(value, value)
            fields.review_comments = get("ReviewComments")
            fields.review_status_reason = get("ReviewStatusReason")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListCustomerAccountBulkJobResultsRequest(_Structure):
    """Information about list customer account bulk job results request.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        identifier: Specifies the ARN or the identifier of the bulk job. Required.
        status: Filters the results to records with the specified outcome.
        max_results: Specifies the maximum number of results to return in a single call.
        next_token: Specifies the token for the next page of results.
    """

    __slots__ = (
        "catalog",
        "identifier",
        "status",
        "max_results",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "Status",
            "MaxResults",
            "NextToken",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        status: BulkRecordStatus | str | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.status = status
        self.max_results = max_results
        self.next_token = next_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Identifier"
            value = self.identifier
            if value is not None:
                out["Identifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Status"
            value = self.status
            if value is not None:
                out["Status"] = _serde.enc_str(value, wire)
            member = "MaxResults"
            value = self.max_results
            if value is not None:
                out["MaxResults"] = _serde.enc_int(value, wire)
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> ListCustomerAccountBulkJobResultsRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.identifier = get("Identifier")
            member = "Status"
            value = get("Status")
            fields.status = None if value is None else _lookup_BulkRecordStatus(value, value)
            fields.max_results = get("MaxResults")
            fields.next_token = get("NextToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListCustomerAccountBulkJobResultsResponse(_Structure):
    """Information about list customer account bulk job results response.

    Attributes:
        results: The outcome of each record in the bulk job. Required.
        next_token: The token to retrieve the next page of results.
    """

    __slots__ = (
        "results",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Results",
            "NextToken",
        )
    )

    def __init__(
        self,
        *,
        results: list[BulkJobResult],
        next_token: str | None = None,
    ) -> None:
        self.results = results
        self.next_token = next_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Results"
            value = self.results
            if value is not None:
                out["Results"] = _encode_BulkJobResultList(value, wire)
            elif wire:
                raise _missing("")
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> ListCustomerAccountBulkJobResultsResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Results"
            value = get("Results")
            fields.results = None if value is None else _decode_BulkJobResultList(value, wire)
            fields.next_token = get("NextToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListCustomerAccountBulkJobsRequest(_Structure):
    """Information about list customer account bulk jobs request.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        filter: Specifies criteria to filter the bulk jobs, such as the job identifier
            or status.
        max_results: Specifies the maximum number of results to return in a single call.
        next_token: Specifies the token for the next page of results.
    """

    __slots__ = (
        "catalog",
        "filter",
        "max_results",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Filter",
            "MaxResults",
            "NextToken",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        filter: CustomerAccountBulkJobFilter | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.filter = filter
        self.max_results = max_results
        self.next_token = next_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Filter"
            value = self.filter
            if value is not None:
                out["Filter"] = CustomerAccountBulkJobFilter._encode_value(value, wire)
            member = "MaxResults"
            value = self.max_results
            if value is not None:
                out["MaxResults"] = _serde.enc_int(value, wire)
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ListCustomerAccountBulkJobsRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            member = "Filter"
            value = get("Filter")
            fields.filter = (
                None if value is None else CustomerAccountBulkJobFilter._decode(value, wire)
            )
            fields.max_results = get("MaxResults")
            fields.next_token = get("NextToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListCustomerAccountBulkJobsResponse(_Structure):
    """Information about list customer account bulk jobs response.

    Attributes:
        items: The bulk jobs that match the request. Required.
        next_token: The token to retrieve the next page of results.
    """

    __slots__ = (
        "items",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "items",
            "NextToken",
        )
    )

    def __init__(
        self,
        *,
        items: list[CustomerAccountBulkJobSummary],
        next_token: str | None = None,
    ) -> None:
        self.items = items
        self.next_token = next_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "items"
            value = self.items
            if value is not None:
                out["items"] = _encode_CustomerAccountBulkJobSummaryList(value, wire)
            elif wire:
                raise _missing("")
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ListCustomerAccountBulkJobsResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "items"
            value = get("items")
            fields.items = (
                None if value is None else _decode_CustomerAccountBulkJobSummaryList(value, wire)
            )
            fields.next_token = get("NextToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListEngagementByAcceptingInvitationTaskSummary(_Structure):
    """Specifies a subset of fields associated with tasks related to accepting an engagement
    invitation.

    Attributes:
        task_id: Unique identifier of the task.
        task_arn: The Amazon Resource Name (ARN) that uniquely identifies the task.
        start_time: Task start timestamp.
        task_status: Status of the task.
        message: Detailed message describing the failure and possible recovery steps.
        reason_code: A code pointing to the specific reason for the failure.
        opportunity_id: Unique identifier of opportunity that was created.
        resource_snapshot_job_id: Unique identifier of the resource snapshot job that
            was created.
        engagement_invitation_id: The unique identifier of the engagement invitation
            that was accepted.
    """

    __slots__ = (
        "task_id",
        "task_arn",
        "start_time",
        "task_status",
        "message",
        "reason_code",
        "opportunity_id",
        "resource_snapshot_job_id",
        "engagement_invitation_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "TaskId",
            "TaskArn",
            "StartTime",
            "TaskStatus",
            "Message",
            "ReasonCode",
            "OpportunityId",
            "ResourceSnapshotJobId",
            "EngagementInvitationId",
        )
    )

    def __init__(
        self,
        *,
        task_id: str | None = None,
        task_arn: str | None = None,
        start_time: _dt.datetime | None = None,
        task_status: TaskStatus | str | None = None,
        message: str | None = None,
        reason_code: ReasonCode | str | None = None,
        opportunity_id: str | None = None,
        resource_snapshot_job_id: str | None = None,
        engagement_invitation_id: str | None = None,
    ) -> None:
        self.task_id = task_id
        self.task_arn = task_arn
        self.start_time = start_time
        self.task_status = task_status
        self.message = message
        self.reason_code = reason_code
        self.opportunity_id = opportunity_id
        self.resource_snapshot_job_id = resource_snapshot_job_id
        self.engagement_invitation_id = engagement_invitation_id

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "TaskId"
            value = self.task_id
            if value is not None:
                out["TaskId"] = _serde.enc_str(value, wire)
            member = "TaskArn"
            value = self.task_arn
            if value is not None:
                out["TaskArn"] = _serde.enc_str(value, wire)
            member = "StartTime"
            value = self.start_time
            if value is not None:
                out["StartTime"] = _serde.enc_iso8601(value, wire)
            member = "TaskStatus"
            value = self.task_status
            if value is not None:
                out["TaskStatus"] = _serde.enc_str(value, wire)
            member = "Message"
            value = self.message
            if value is not None:
                out["Message"] = _serde.enc_str(value, wire)
            member = "ReasonCode"
            value = self.reason_code
            if value is not None:
                out["ReasonCode"] = _serde.enc_str(value, wire)
            member = "OpportunityId"
            value = self.opportunity_id
            if value is not None:
                out["OpportunityId"] = _serde.enc_str(value, wire)
            member = "ResourceSnapshotJobId"
            value = self.resource_snapshot_job_id
            if value is not None:
                out["ResourceSnapshotJobId"] = _serde.enc_str(value, wire)
            member = "EngagementInvitationId"
            value = self.engagement_invitation_id
            if value is not None:
                out["EngagementInvitationId"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> ListEngagementByAcceptingInvitationTaskSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.task_id = get("TaskId")
            fields.task_arn = get("TaskArn")
            member = "StartTime"
            value = get("StartTime")
            fields.start_time = None if value is None else _serde.dec_timestamp(value, wire)
            member = "TaskStatus"
            value = get("TaskStatus")
            fields.task_status = None if value is None else _lookup_TaskStatus(value, value)
            fields.message = get("Message")
            member = "ReasonCode"
            value = get("ReasonCode")
            fields.reason_code = None if value is None else _lookup_ReasonCode(value, value)
            fields.opportunity_id = get("OpportunityId")
            fields.resource_snapshot_job_id = get("ResourceSnapshotJobId")
            fields.engagement_invitation_id = get("EngagementInvitationId")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListEngagementByAcceptingInvitationTasksRequest(_Structure):
    """Contains the request parameters for the `ListEngagementByAcceptingInvitationTasks`
    operation.

    Attributes:
        max_results: Use this parameter to control the number of items returned in each
            request, which can be useful...
        next_token: Use this parameter for pagination when the result set spans multiple
            pages.
        sort: Specifies the sorting criteria for the returned results.
        catalog: Specifies the catalog related to the request. Required.
        task_status: Filters the tasks based on their current status.
        opportunity_identifier: Filters tasks by the identifiers of the opportunities
            they created or are associated with.
        engagement_invitation_identifier: Filters tasks by the identifiers of the
            engagement invitations they are processing.
        task_identifier: Filters tasks by their unique identifiers.
    """

    __slots__ = (
        "max_results",
        "next_token",
        "sort",
        "catalog",
        "task_status",
        "opportunity_identifier",
        "engagement_invitation_identifier",
        "task_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "MaxResults",
            "NextToken",
            "Sort",
            "Catalog",
            "TaskStatus",
            "OpportunityIdentifier",
            "EngagementInvitationIdentifier",
            "TaskIdentifier",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        sort: ListTasksSortBase | None = None,
        task_status: _Sequence[TaskStatus | str] | None = None,
        opportunity_identifier: _Sequence[str] | None = None,
        engagement_invitation_identifier: _Sequence[str] | None = None,
        task_identifier: _Sequence[str] | None = None,
    ) -> None:
        self.max_results = max_results
        self.next_token = next_token
        self.sort = sort
        self.catalog = catalog
        self.task_status = task_status
        self.opportunity_identifier = opportunity_identifier
        self.engagement_invitation_identifier = engagement_invitation_identifier
        self.task_identifier = task_identifier

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "MaxResults"
            value = self.max_results
            if value is not None:
                out["MaxResults"] = _serde.enc_int(value, wire)
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
            member = "Sort"
            value = self.sort
            if value is not None:
                out["Sort"] = ListTasksSortBase._encode_value(value, wire)
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "TaskStatus"
            value = self.task_status
            if value is not None:
                out["TaskStatus"] = _encode_TaskStatuses(value, wire)
            member = "OpportunityIdentifier"
            value = self.opportunity_identifier
            if value is not None:
                out["OpportunityIdentifier"] = _encode_OpportunityIdentifiers(value, wire)
            member = "EngagementInvitationIdentifier"
            value = self.engagement_invitation_identifier
            if value is not None:
                out["EngagementInvitationIdentifier"] = _encode_EngagementInvitationIdentifiers(
                    value, wire
                )
            member = "TaskIdentifier"
            value = self.task_identifier
            if value is not None:
                out["TaskIdentifier"] = _encode_TaskIdentifiers(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> ListEngagementByAcceptingInvitationTasksRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.max_results = get("MaxResults")
            fields.next_token = get("NextToken")
            member = "Sort"
            value = get("Sort")
            fields.sort = None if value is None else ListTasksSortBase._decode(value, wire)
            fields.catalog = get("Catalog")
            member = "TaskStatus"
            value = get("TaskStatus")
            fields.task_status = None if value is None else _decode_TaskStatuses(value, wire)
            member = "OpportunityIdentifier"
            value = get("OpportunityIdentifier")
            fields.opportunity_identifier = (
                None if value is None else _decode_OpportunityIdentifiers(value, wire)
            )
            member = "EngagementInvitationIdentifier"
            value = get("EngagementInvitationIdentifier")
            fields.engagement_invitation_identifier = (
                None if value is None else _decode_EngagementInvitationIdentifiers(value, wire)
            )
            member = "TaskIdentifier"
            value = get("TaskIdentifier")
            fields.task_identifier = (
                None if value is None else _decode_TaskIdentifiers(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListEngagementByAcceptingInvitationTasksResponse(_Structure):
    """Contains the response that the `ListEngagementByAcceptingInvitationTasks` action
    returns.

    Attributes:
        task_summaries: An array of `EngagementByAcceptingInvitationTaskSummary`
            objects, each representing a task that...
        next_token: A token used for pagination to retrieve the next page of results.If
            there are more results...
    """

    __slots__ = (
        "task_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "TaskSummaries",
            "NextToken",
        )
    )

    def __init__(
        self,
        *,
        task_summaries: list[ListEngagementByAcceptingInvitationTaskSummary] | None = None,
        next_token: str | None = None,
    ) -> None:
        self.task_summaries = task_summaries
        self.next_token = next_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "TaskSummaries"
            value = self.task_summaries
            if value is not None:
                out["TaskSummaries"] = _encode_ListEngagementByAcceptingInvitationTaskSummaries(
                    value, wire
                )
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> ListEngagementByAcceptingInvitationTasksResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "TaskSummaries"
            value = get("TaskSummaries")
            fields.task_summaries = (
                None
                if value is None
                else _decode_ListEngagementByAcceptingInvitationTaskSummaries(value, wire)
            )
            fields.next_token = get("NextToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListEngagementFromOpportunityTaskSummary(_Structure):
    """Provides a summary of a task related to creating an engagement from an opportunity. This
    structure contains key information about the task's status, associated identifiers, and
    any failure details.

    Attributes:
        task_id: A unique identifier for a specific task.
        task_arn: The Amazon Resource Name (ARN) uniquely identifying this task within
            AWS.
        start_time: The timestamp indicating when the task was initiated, in RFC 3339
            5.6 date-time format.
        task_status: The current status of the task.
        message: A detailed message providing additional information about the task,
            especially useful in case of...
        reason_code: A code indicating the specific reason for a task failure.
        opportunity_id: The unique identifier of the original Opportunity from which the
            Engagement is being created.
        resource_snapshot_job_id: The identifier of the resource snapshot job associated
            with this task, if a snapshot was created...
        engagement_id: The unique identifier of the engagement created as a result of
            the task.
        engagement_invitation_id: The unique identifier of the Engagement Invitation.
    """

    __slots__ = (
        "task_id",
        "task_arn",
        "start_time",
        "task_status",
        "message",
        "reason_code",
        "opportunity_id",
        "resource_snapshot_job_id",
        "engagement_id",
        "engagement_invitation_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "TaskId",
            "TaskArn",
            "StartTime",
            "TaskStatus",
            "Message",
            "ReasonCode",
            "OpportunityId",
            "ResourceSnapshotJobId",
            "EngagementId",
            "EngagementInvitationId",
        )
    )

    def __init__(
        self,
        *,
        task_id: str | None = None,
        task_arn: str | None = None,
        start_time: _dt.datetime | None = None,
        task_status: TaskStatus | str | None = None,
        message: str | None = None,
        reason_code: ReasonCode | str | None = None,
        opportunity_id: str | None = None,
        resource_snapshot_job_id: str | None = None,
        engagement_id: str | None = None,
        engagement_invitation_id: str | None = None,
    ) -> None:
        self.task_id = task_id
        self.task_arn = task_arn
        self.start_time = start_time
        self.task_status = task_status
        self.message = message
        self.reason_code = reason_code
        self.opportunity_id = opportunity_id
        self.resource_snapshot_job_id = resource_snapshot_job_id
        self.engagement_id = engagement_id
        self.engagement_invitation_id = engagement_invitation_id

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "TaskId"
            value = self.task_id
            if value is not None:
                out["TaskId"] = _serde.enc_str(value, wire)
            member = "TaskArn"
            value = self.task_arn
            if value is not None:
                out["TaskArn"] = _serde.enc_str(value, wire)
            member = "StartTime"
            value = self.start_time
            if value is not None:
                out["StartTime"] = _serde.enc_iso8601(value, wire)
            member = "TaskStatus"
            value = self.task_status
            if value is not None:
                out["TaskStatus"] = _serde.enc_str(value, wire)
            member = "Message"
            value = self.message
            if value is not None:
                out["Message"] = _serde.enc_str(value, wire)
            member = "ReasonCode"
            value = self.reason_code
            if value is not None:
                out["ReasonCode"] = _serde.enc_str(value, wire)
            member = "OpportunityId"
            value = self.opportunity_id
            if value is not None:
                out["OpportunityId"] = _serde.enc_str(value, wire)
            member = "ResourceSnapshotJobId"
            value = self.resource_snapshot_job_id
            if value is not None:
                out["ResourceSnapshotJobId"] = _serde.enc_str(value, wire)
            member = "EngagementId"
            value = self.engagement_id
            if value is not None:
                out["EngagementId"] = _serde.enc_str(value, wire)
            member = "EngagementInvitationId"
            value = self.engagement_invitation_id
            if value is not None:
                out["EngagementInvitationId"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> ListEngagementFromOpportunityTaskSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.task_id = get("TaskId")
            fields.task_arn = get("TaskArn")
            member = "StartTime"
            value = get("StartTime")
            fields.start_time = None if value is None else _serde.dec_timestamp(value, wire)
            member = "TaskStatus"
            value = get("TaskStatus")
            fields.task_status = None if value is None else _lookup_TaskStatus(value, value)
            fields.message = get("Message")
            member = "ReasonCode"
            value = get("ReasonCode")
            fields.reason_code = None if value is None else _lookup_ReasonCode(value, value)
            fields.opportunity_id = get("OpportunityId")
            fields.resource_snapshot_job_id = get("ResourceSnapshotJobId")
            fields.engagement_id = get("EngagementId")
            fields.engagement_invitation_id = get("EngagementInvitationId")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListEngagementFromOpportunityTasksRequest(_Structure):
    """Contains the request parameters for the `ListEngagementFromOpportunityTasks` operation.

    Attributes:
        max_results: Specifies the maximum number of results to return in a single page
            of the response.Use this...
        next_token: The token for requesting the next page of results.
        sort: Specifies the sorting criteria for the returned results.
        catalog: Specifies the catalog related to the request. Required.
        task_status: Filters the tasks based on their current status.
        task_identifier: Filters tasks by their unique identifiers.
        opportunity_identifier: The identifier of the original opportunity associated
            with this task.
        engagement_identifier: Filters tasks by the identifiers of the engagements they
            created or are associated with.
    """

    __slots__ = (
        "max_results",
        "next_token",
        "sort",
        "catalog",
        "task_status",
        "task_identifier",
        "opportunity_identifier",
        "engagement_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "MaxResults",
            "NextToken",
            "Sort",
            "Catalog",
            "TaskStatus",
            "TaskIdentifier",
            "OpportunityIdentifier",
            "EngagementIdentifier",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        sort: ListTasksSortBase | None = None,
        task_status: _Sequence[TaskStatus | str] | None = None,
        task_identifier: _Sequence[str] | None = None,
        opportunity_identifier: _Sequence[str] | None = None,
        engagement_identifier: _Sequence[str] | None = None,
    ) -> None:
        self.max_results = max_results
        self.next_token = next_token
        self.sort = sort
        self.catalog = catalog
        self.task_status = task_status
        self.task_identifier = task_identifier
        self.opportunity_identifier = opportunity_identifier
        self.engagement_identifier = engagement_identifier

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "MaxResults"
            value = self.max_results
            if value is not None:
                out["MaxResults"] = _serde.enc_int(value, wire)
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
            member = "Sort"
            value = self.sort
            if value is not None:
                out["Sort"] = ListTasksSortBase._encode_value(value, wire)
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "TaskStatus"
            value = self.task_status
            if value is not None:
                out["TaskStatus"] = _encode_TaskStatuses(value, wire)
            member = "TaskIdentifier"
            value = self.task_identifier
            if value is not None:
                out["TaskIdentifier"] = _encode_TaskIdentifiers(value, wire)
            member = "OpportunityIdentifier"
            value = self.opportunity_identifier
            if value is not None:
                out["OpportunityIdentifier"] = _encode_OpportunityIdentifiers(value, wire)
            member = "EngagementIdentifier"
            value = self.engagement_identifier
            if value is not None:
                out["EngagementIdentifier"] = _encode_EngagementIdentifiers(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> ListEngagementFromOpportunityTasksRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.max_results = get("MaxResults")
            fields.next_token = get("NextToken")
            member = "Sort"
            value = get("Sort")
            fields.sort = None if value is None else ListTasksSortBase._decode(value, wire)
            fields.catalog = get("Catalog")
            member = "TaskStatus"
            value = get("TaskStatus")
            fields.task_status = None if value is None else _decode_TaskStatuses(value, wire)
            member = "TaskIdentifier"
            value = get("TaskIdentifier")
            fields.task_identifier = (
                None if value is None else _decode_TaskIdentifiers(value, wire)
            )
            member = "OpportunityIdentifier"
            value = get("OpportunityIdentifier")
            fields.opportunity_identifier = (
                None if value is None else _decode_OpportunityIdentifiers(value, wire)
            )
            member = "EngagementIdentifier"
            value = get("EngagementIdentifier")
            fields.engagement_identifier = (
                None if value is None else _decode_EngagementIdentifiers(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListEngagementFromOpportunityTasksResponse(_Structure):
    """Contains the response that the `ListEngagementFromOpportunityTasks` action returns.

    Attributes:
        task_summaries: TaskSummaries An array of TaskSummary objects containing details
            about each task.
        next_token: A token used for pagination to retrieve the next page of results.
    """

    __slots__ = (
        "task_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "TaskSummaries",
            "NextToken",
        )
    )

    def __init__(
        self,
        *,
        task_summaries: list[ListEngagementFromOpportunityTaskSummary] | None = None,
        next_token: str | None = None,
    ) -> None:
        self.task_summaries = task_summaries
        self.next_token = next_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "TaskSummaries"
            value = self.task_summaries
            if value is not None:
                out["TaskSummaries"] = _encode_ListEngagementFromOpportunityTaskSummaries(
                    value, wire
                )
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> ListEngagementFromOpportunityTasksResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "TaskSummaries"
            value = get("TaskSummaries")
            fields.task_summaries = (
                None
                if value is None
                else _decode_ListEngagementFromOpportunityTaskSummaries(value, wire)
            )
            fields.next_token = get("NextToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListEngagementGroupsRequest(_Structure):
    """The request for the `ListEngagementGroups` operation.

    Attributes:
        catalog: Specifies the catalog in which to list engagement groups. Required.
        readiness_level: Filters the results to engagement groups with the specified
            readiness level.
        sort: Specifies the field and direction used to sort the results.
        engagement_group_identifiers: Filters the results to the specified engagement
            groups.
        max_results: Specifies the maximum number of results to return in a single call.
        next_token: A pagination token returned by a previous call.
    """

    __slots__ = (
        "catalog",
        "readiness_level",
        "sort",
        "engagement_group_identifiers",
        "max_results",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ReadinessLevel",
            "Sort",
            "EngagementGroupIdentifiers",
            "MaxResults",
            "NextToken",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        readiness_level: ReadinessLevel | str | None = None,
        sort: EngagementGroupSort | None = None,
        engagement_group_identifiers: _Sequence[str] | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.readiness_level = readiness_level
        self.sort = sort
        self.engagement_group_identifiers = engagement_group_identifiers
        self.max_results = max_results
        self.next_token = next_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ReadinessLevel"
            value = self.readiness_level
            if value is not None:
                out["ReadinessLevel"] = _serde.enc_str(value, wire)
            member = "Sort"
            value = self.sort
            if value is not None:
                out["Sort"] = EngagementGroupSort._encode_value(value, wire)
            member = "EngagementGroupIdentifiers"
            value = self.engagement_group_identifiers
            if value is not None:
                out["EngagementGroupIdentifiers"] = _encode_EngagementGroupIdentifiers(value, wire)
            member = "MaxResults"
            value = self.max_results
            if value is not None:
                out["MaxResults"] = _serde.enc_int(value, wire)
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ListEngagementGroupsRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            member = "ReadinessLevel"
            value = get("ReadinessLevel")
            fields.readiness_level = (
                None if value is None else _lookup_ReadinessLevel(value, value)
            )
            member = "Sort"
            value = get("Sort")
            fields.sort = None if value is None else EngagementGroupSort._decode(value, wire)
            member = "EngagementGroupIdentifiers"
            value = get("EngagementGroupIdentifiers")
            fields.engagement_group_identifiers = (
                None if value is None else _decode_EngagementGroupIdentifiers(value, wire)
            )
            fields.max_results = get("MaxResults")
            fields.next_token = get("NextToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListEngagementGroupsResponse(_Structure):
    """The response from the `ListEngagementGroups` operation.

    Attributes:
        engagement_group_summaries: An array of engagement groups that are available to
            you in the specified catalog.
        next_token: A pagination token used to retrieve the next set of results in
            subsequent calls.
    """

    __slots__ = (
        "engagement_group_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "EngagementGroupSummaries",
            "NextToken",
        )
    )

    def __init__(
        self,
        *,
        engagement_group_summaries: list[EngagementGroupSummary] | None = None,
        next_token: str | None = None,
    ) -> None:
        self.engagement_group_summaries = engagement_group_summaries
        self.next_token = next_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "EngagementGroupSummaries"
            value = self.engagement_group_summaries
            if value is not None:
                out["EngagementGroupSummaries"] = _encode_EngagementGroupSummaries(value, wire)
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ListEngagementGroupsResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "EngagementGroupSummaries"
            value = get("EngagementGroupSummaries")
            fields.engagement_group_summaries = (
                None if value is None else _decode_EngagementGroupSummaries(value, wire)
            )
            fields.next_token = get("NextToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListEngagementInvitationsRequest(_Structure):
    """Contains the request parameters for the `ListEngagementInvitations` operation.

    Attributes:
        catalog: Specifies the catalog from which to list the engagement invitations.
            Required.
        max_results: Specifies the maximum number of engagement invitations to return in
            the response.
        next_token: A pagination token used to retrieve additional pages of results when
            the response to a previous...
        sort: Specifies the sorting options for listing engagement invitations.
        payload_type: Defines the type of payload associated with the engagement
            invitations to be listed.
        participant_type: Specifies the type of participant for which to list engagement
            invitations. Required.
        status: Status values to filter the invitations.
        engagement_identifier: Retrieves a list of engagement invitation summaries based
            on specified filters.
        sender_aws_account_id: List of sender AWS account IDs to filter the invitations.
    """

    __slots__ = (
        "catalog",
        "max_results",
        "next_token",
        "sort",
        "payload_type",
        "participant_type",
        "status",
        "engagement_identifier",
        "sender_aws_account_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "MaxResults",
            "NextToken",
            "Sort",
            "PayloadType",
            "ParticipantType",
            "Status",
            "EngagementIdentifier",
            "SenderAwsAccountId",
        )
    )
    _SENSITIVE = frozenset(("sender_aws_account_id",))

    def __init__(
        self,
        *,
        catalog: str,
        participant_type: ParticipantType | str,
        max_results: int | None = None,
        next_token: str | None = None,
        sort: OpportunityEngagementInvitationSort | None = None,
        payload_type: _Sequence[EngagementInvitationPayloadType | str] | None = None,
        status: _Sequence[InvitationStatus | str] | None = None,
        engagement_identifier: _Sequence[str] | None = None,
        sender_aws_account_id: _Sequence[str] | None = None,
    ) -> None:
        self.catalog = catalog
        self.max_results = max_results
        self.next_token = next_token
        self.sort = sort
        self.payload_type = payload_type
        self.participant_type = participant_type
        self.status = status
        self.engagement_identifier = engagement_identifier
        self.sender_aws_account_id = sender_aws_account_id

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "MaxResults"
            value = self.max_results
            if value is not None:
                out["MaxResults"] = _serde.enc_int(value, wire)
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
            member = "Sort"
            value = self.sort
            if value is not None:
                out["Sort"] = OpportunityEngagementInvitationSort._encode_value(value, wire)
            member = "PayloadType"
            value = self.payload_type
            if value is not None:
                out["PayloadType"] = _encode_EngagementInvitationsPayloadType(value, wire)
            member = "ParticipantType"
            value = self.participant_type
            if value is not None:
                out["ParticipantType"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Status"
            value = self.status
            if value is not None:
                out["Status"] = _encode_InvitationStatusList(value, wire)
            member = "EngagementIdentifier"
            value = self.engagement_identifier
            if value is not None:
                out["EngagementIdentifier"] = _encode_EngagementIdentifiers(value, wire)
            member = "SenderAwsAccountId"
            value = self.sender_aws_account_id
            if value is not None:
                out["SenderAwsAccountId"] = _encode_AwsAccountIdOrAliasList(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ListEngagementInvitationsRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.max_results = get("MaxResults")
            fields.next_token = get("NextToken")
            member = "Sort"
            value = get("Sort")
            fields.sort = (
                None if value is None else OpportunityEngagementInvitationSort._decode(value, wire)
            )
            member = "PayloadType"
            value = get("PayloadType")
            fields.payload_type = (
                None if value is None else _decode_EngagementInvitationsPayloadType(value, wire)
            )
            member = "ParticipantType"
            value = get("ParticipantType")
            fields.participant_type = (
                None if value is None else _lookup_ParticipantType(value, value)
            )
            member = "Status"
            value = get("Status")
            fields.status = None if value is None else _decode_InvitationStatusList(value, wire)
            member = "EngagementIdentifier"
            value = get("EngagementIdentifier")
            fields.engagement_identifier = (
                None if value is None else _decode_EngagementIdentifiers(value, wire)
            )
            member = "SenderAwsAccountId"
            value = get("SenderAwsAccountId")
            fields.sender_aws_account_id = (
                None if value is None else _decode_AwsAccountIdOrAliasList(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListEngagementInvitationsResponse(_Structure):
    """Contains the response that the `ListEngagementInvitations` action returns.

    Attributes:
        engagement_invitation_summaries: An array containing summaries of engagement
            invitations.
        next_token: A pagination token returned when there are more results available
            than can be returned in a...
    """

    __slots__ = (
        "engagement_invitation_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "EngagementInvitationSummaries",
            "NextToken",
        )
    )

    def __init__(
        self,
        *,
        engagement_invitation_summaries: list[EngagementInvitationSummary] | None = None,
        next_token: str | None = None,
    ) -> None:
        self.engagement_invitation_summaries = engagement_invitation_summaries
        self.next_token = next_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "EngagementInvitationSummaries"
            value = self.engagement_invitation_summaries
            if value is not None:
                out["EngagementInvitationSummaries"] = _encode_EngagementInvitationSummaries(
                    value, wire
                )
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ListEngagementInvitationsResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "EngagementInvitationSummaries"
            value = get("EngagementInvitationSummaries")
            fields.engagement_invitation_summaries = (
                None if value is None else _decode_EngagementInvitationSummaries(value, wire)
            )
            fields.next_token = get("NextToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListEngagementMembersRequest(_Structure):
    """Contains the request parameters for the `ListEngagementMembers` operation.

    Attributes:
        catalog: The catalog related to the request. Required.
        identifier: Identifier of the Engagement record to retrieve members from.
            Required.
        max_results: The maximum number of results to return in a single call.
        next_token: The token for the next set of results.
    """

    __slots__ = (
        "catalog",
        "identifier",
        "max_results",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "MaxResults",
            "NextToken",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.max_results = max_results
        self.next_token = next_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Identifier"
            value = self.identifier
            if value is not None:
                out["Identifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "MaxResults"
            value = self.max_results
            if value is not None:
                out["MaxResults"] = _serde.enc_int(value, wire)
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ListEngagementMembersRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.catalog = get("Catalog")
        fields.identifier = get("Identifier")
        fields.max_results = get("MaxResults")
        fields.next_token = get("NextToken")

        return self


class ListEngagementMembersResponse(_Structure):
    """Contains the response that the `ListEngagementMembers` action returns.

    Attributes:
        engagement_member_list: Provides a list of engagement members. Required.
        next_token: A pagination token used to retrieve the next set of results.
    """

    __slots__ = (
        "engagement_member_list",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "EngagementMemberList",
            "NextToken",
        )
    )

    def __init__(
        self,
        *,
        engagement_member_list: list[EngagementMember],
        next_token: str | None = None,
    ) -> None:
        self.engagement_member_list = engagement_member_list
        self.next_token = next_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "EngagementMemberList"
            value = self.engagement_member_list
            if value is not None:
                out["EngagementMemberList"] = _encode_EngagementMembers(value, wire)
            elif wire:
                raise _missing("")
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ListEngagementMembersResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "EngagementMemberList"
            value = get("EngagementMemberList")
            fields.engagement_member_list = (
                None if value is None else _decode_EngagementMembers(value, wire)
            )
            fields.next_token = get("NextToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListEngagementResourceAssociationsRequest(_Structure):
    """Contains the request parameters for the `ListEngagementResourceAssociations` operation.

    Attributes:
        catalog: Specifies the catalog in which to search for engagement-resource
            associations. Required.
        max_results: Limits the number of results returned in a single call.
        next_token: A token used for pagination of results.
        engagement_identifier: Filters the results to include only associations related
            to the specified engagement.
        resource_type: Filters the results to include only associations with resources
            of the specified type.
        resource_identifier: Filters the results to include only associations with the
            specified resource.
        created_by: Filters the response to include only snapshots of resources owned by
            the specified AWS account ID.
    """

    __slots__ = (
        "catalog",
        "max_results",
        "next_token",
        "engagement_identifier",
        "resource_type",
        "resource_identifier",
        "created_by",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "MaxResults",
            "NextToken",
            "EngagementIdentifier",
            "ResourceType",
            "ResourceIdentifier",
            "CreatedBy",
        )
    )
    _SENSITIVE = frozenset(("created_by",))

    def __init__(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        engagement_identifier: str | None = None,
        resource_type: ResourceType | str | None = None,
        resource_identifier: str | None = None,
        created_by: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.max_results = max_results
        self.next_token = next_token
        self.engagement_identifier = engagement_identifier
        self.resource_type = resource_type
        self.resource_identifier = resource_identifier
        self.created_by = created_by

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "MaxResults"
            value = self.max_results
            if value is not None:
                out["MaxResults"] = _serde.enc_int(value, wire)
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
            member = "EngagementIdentifier"
            value = self.engagement_identifier
            if value is not None:
                out["EngagementIdentifier"] = _serde.enc_str(value, wire)
            member = "ResourceType"
            value = self.resource_type
            if value is not None:
                out["ResourceType"] = _serde.enc_str(value, wire)
            member = "ResourceIdentifier"
            value = self.resource_identifier
            if value is not None:
                out["ResourceIdentifier"] = _serde.enc_str(value, wire)
            member = "CreatedBy"
            value = self.created_by
            if value is not None:
                out["CreatedBy"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> ListEngagementResourceAssociationsRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.max_results = get("MaxResults")
            fields.next_token = get("NextToken")
            fields.engagement_identifier = get("EngagementIdentifier")
            member = "ResourceType"
            value = get("ResourceType")
            fields.resource_type = None if value is None else _lookup_ResourceType(value, value)
            fields.resource_identifier = get("ResourceIdentifier")
            fields.created_by = get("CreatedBy")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListEngagementResourceAssociationsResponse(_Structure):
    """Contains the response that the `ListEngagementResourceAssociations` action returns.

    Attributes:
        engagement_resource_association_summaries: A list of engagement-resource
            association summaries. Required.
        next_token: A token to retrieve the next set of results.
    """

    __slots__ = (
        "engagement_resource_association_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "EngagementResourceAssociationSummaries",
            "NextToken",
        )
    )

    def __init__(
        self,
        *,
        engagement_resource_association_summaries: list[EngagementResourceAssociationSummary],
        next_token: str | None = None,
    ) -> None:
        self.engagement_resource_association_summaries = engagement_resource_association_summaries
        self.next_token = next_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "EngagementResourceAssociationSummaries"
            value = self.engagement_resource_association_summaries
            if value is not None:
                out["EngagementResourceAssociationSummaries"] = (
                    _encode_EngagementResourceAssociationSummaryList(value, wire)
                )
            elif wire:
                raise _missing("")
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> ListEngagementResourceAssociationsResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "EngagementResourceAssociationSummaries"
            value = get("EngagementResourceAssociationSummaries")
            fields.engagement_resource_association_summaries = (
                None
                if value is None
                else _decode_EngagementResourceAssociationSummaryList(value, wire)
            )
            fields.next_token = get("NextToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListEngagementsRequest(_Structure):
    """Contains the request parameters for the `ListEngagements` operation.

    Attributes:
        catalog: Specifies the catalog related to the request. Required.
        created_by: A list of AWS account IDs.
        exclude_created_by: An array of strings representing AWS Account IDs.
        context_types: Filters engagements to include only those containing the
            specified context types, such as...
        exclude_context_types: Filters engagements to exclude those containing the
            specified context types.
        sort: Specifies how to sort the returned engagements.
        max_results: The maximum number of results to return in a single call.
        next_token: The token for the next set of results.
        engagement_identifier: An array of strings representing engagement identifiers
            to retrieve.
    """

    __slots__ = (
        "catalog",
        "created_by",
        "exclude_created_by",
        "context_types",
        "exclude_context_types",
        "sort",
        "max_results",
        "next_token",
        "engagement_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "CreatedBy",
            "ExcludeCreatedBy",
            "ContextTypes",
            "ExcludeContextTypes",
            "Sort",
            "MaxResults",
            "NextToken",
            "EngagementIdentifier",
        )
    )
    _SENSITIVE = frozenset(
        (
            "created_by",
            "exclude_created_by",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        created_by: _Sequence[str] | None = None,
        exclude_created_by: _Sequence[str] | None = None,
        context_types: _Sequence[EngagementContextType | str] | None = None,
        exclude_context_types: _Sequence[EngagementContextType | str] | None = None,
        sort: EngagementSort | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        engagement_identifier: _Sequence[str] | None = None,
    ) -> None:
        self.catalog = catalog
        self.created_by = created_by
        self.exclude_created_by = exclude_created_by
        self.context_types = context_types
        self.exclude_context_types = exclude_context_types
        self.sort = sort
        self.max_results = max_results
        self.next_token = next_token
        self.engagement_identifier = engagement_identifier

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "CreatedBy"
            value = self.created_by
            if value is not None:
                out["CreatedBy"] = _encode_AwsAccountList(value, wire)
            member = "ExcludeCreatedBy"
            value = self.exclude_created_by
            if value is not None:
                out["ExcludeCreatedBy"] = _encode_AwsAccountList(value, wire)
            member = "ContextTypes"
            value = self.context_types
            if value is not None:
                out["ContextTypes"] = _encode_EngagementContextTypeList(value, wire)
            member = "ExcludeContextTypes"
            value = self.exclude_context_types
            if value is not None:
                out["ExcludeContextTypes"] = _encode_EngagementContextTypeList(value, wire)
            member = "Sort"
            value = self.sort
            if value is not None:
                out["Sort"] = EngagementSort._encode_value(value, wire)
            member = "MaxResults"
            value = self.max_results
            if value is not None:
                out["MaxResults"] = _serde.enc_int(value, wire)
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
            member = "EngagementIdentifier"
            value = self.engagement_identifier
            if value is not None:
                out["EngagementIdentifier"] = _encode_EngagementIdentifiers(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ListEngagementsRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            member = "CreatedBy"
            value = get("CreatedBy")
            fields.created_by = None if value is None else _decode_AwsAccountList(value, wire)
            member = "ExcludeCreatedBy"
            value = get("ExcludeCreatedBy")
            fields.exclude_created_by = (
                None if value is None else _decode_AwsAccountList(value, wire)
            )
            member = "ContextTypes"
            value = get("ContextTypes")
            fields.context_types = (
                None if value is None else _decode_EngagementContextTypeList(value, wire)
            )
            member = "ExcludeContextTypes"
            value = get("ExcludeContextTypes")
            fields.exclude_context_types = (
                None if value is None else _decode_EngagementContextTypeList(value, wire)
            )
            member = "Sort"
            value = get("Sort")
            fields.sort = None if value is None else EngagementSort._decode(value, wire)
            fields.max_results = get("MaxResults")
            fields.next_token = get("NextToken")
            member = "EngagementIdentifier"
            value = get("EngagementIdentifier")
            fields.engagement_identifier = (
                None if value is None else _decode_EngagementIdentifiers(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListEngagementsResponse(_Structure):
    """Contains the response that the `ListEngagements` action returns.

    Attributes:
        engagement_summary_list: An array of engagement summary objects. Required.
        next_token: The token to retrieve the next set of results.
    """

    __slots__ = (
        "engagement_summary_list",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "EngagementSummaryList",
            "NextToken",
        )
    )

    def __init__(
        self,
        *,
        engagement_summary_list: list[EngagementSummary],
        next_token: str | None = None,
    ) -> None:
        self.engagement_summary_list = engagement_summary_list
        self.next_token = next_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "EngagementSummaryList"
            value = self.engagement_summary_list
            if value is not None:
                out["EngagementSummaryList"] = _encode_EngagementSummaryList(value, wire)
            elif wire:
                raise _missing("")
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ListEngagementsResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "EngagementSummaryList"
            value = get("EngagementSummaryList")
            fields.engagement_summary_list = (
                None if value is None else _decode_EngagementSummaryList(value, wire)
            )
            fields.next_token = get("NextToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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

    def __init__(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        sort: OpportunitySort | None = None,
        last_modified_date: LastModifiedDate | None = None,
        identifier: _Sequence[str] | None = None,
        life_cycle_stage: _Sequence[Stage | str] | None = None,
        life_cycle_review_status: _Sequence[ReviewStatus | str] | None = None,
        customer_company_name: _Sequence[str] | None = None,
        created_date: CreatedDateFilter | None = None,
        target_close_date: TargetCloseDateFilter | None = None,
    ) -> None:
        self.catalog = catalog
        self.max_results = max_results
        self.next_token = next_token
        self.sort = sort
        self.last_modified_date = last_modified_date
        self.identifier = identifier
        self.life_cycle_stage = life_cycle_stage
        self.life_cycle_review_status = life_cycle_review_status
        self.customer_company_name = customer_company_name
        self.created_date = created_date
        self.target_close_date = target_close_date

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "MaxResults"
            value = self.max_results
            if value is not None:
                out["MaxResults"] = _serde.enc_int(value, wire)
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
            member = "Sort"
            value = self.sort
            if value is not None:
                out["Sort"] = OpportunitySort._encode_value(value, wire)
            member = "LastModifiedDate"
            value = self.last_modified_date
            if value is not None:
                out["LastModifiedDate"] = LastModifiedDate._encode_value(value, wire)
            member = "Identifier"
            value = self.identifier
            if value is not None:
                out["Identifier"] = _encode_ListOpportunitiesRequestIdentifierList(value, wire)
            member = "LifeCycleStage"
            value = self.life_cycle_stage
            if value is not None:
                out["LifeCycleStage"] = _encode_ListOpportunitiesRequestLifeCycleStageList(
                    value, wire
                )
            member = "LifeCycleReviewStatus"
            value = self.life_cycle_review_status
            if value is not None:
                out["LifeCycleReviewStatus"] = (
                    _encode_ListOpportunitiesRequestLifeCycleReviewStatusList(value, wire)
                )
            member = "CustomerCompanyName"
            value = self.customer_company_name
            if value is not None:
                out["CustomerCompanyName"] = (
                    _encode_ListOpportunitiesRequestCustomerCompanyNameList(value, wire)
                )
            member = "CreatedDate"
            value = self.created_date
            if value is not None:
                out["CreatedDate"] = CreatedDateFilter._encode_value(value, wire)
            member = "TargetCloseDate"
            value = self.target_close_date
            if value is not None:
                out["TargetCloseDate"] = TargetCloseDateFilter._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ListOpportunitiesRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.max_results = get("MaxResults")
            fields.next_token = get("NextToken")
            member = "Sort"
            value = get("Sort")
            fields.sort = None if value is None else OpportunitySort._decode(value, wire)
            member = "LastModifiedDate"
            value = get("LastModifiedDate")
            fields.last_modified_date = (
                None if value is None else LastModifiedDate._decode(value, wire)
            )
            member = "Identifier"
            value = get("Identifier")
            fields.identifier = (
                None
                if value is None
                else _decode_ListOpportunitiesRequestIdentifierList(value, wire)
            )
            member = "LifeCycleStage"
            value = get("LifeCycleStage")
            fields.life_cycle_stage = (
                None
                if value is None
                else _decode_ListOpportunitiesRequestLifeCycleStageList(value, wire)
            )
            member = "LifeCycleReviewStatus"
            value = get("LifeCycleReviewStatus")
            fields.life_cycle_review_status = (
                None
                if value is None
                else _decode_ListOpportunitiesRequestLifeCycleReviewStatusList(value, wire)
            )
            member = "CustomerCompanyName"
            value = get("CustomerCompanyName")
            fields.customer_company_name = (
                None
                if value is None
                else _decode_ListOpportunitiesRequestCustomerCompanyNameList(value, wire)
            )
            member = "CreatedDate"
            value = get("CreatedDate")
            fields.created_date = None if value is None else CreatedDateFilter._decode(value, wire)
            member = "TargetCloseDate"
            value = get("TargetCloseDate")
            fields.target_close_date = (
                None if value is None else TargetCloseDateFilter._decode(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListOpportunitiesResponse(_Structure):
    """Contains the response that the `ListOpportunities` action returns.

    Attributes:
        opportunity_summaries: An array that contains minimal details for opportunities
            that match the request criteria. Required.
        next_token: A pagination token used to retrieve the next set of results in
            subsequent calls.
    """

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

    def __init__(
        self,
        *,
        opportunity_summaries: list[OpportunitySummary],
        next_token: str | None = None,
    ) -> None:
        self.opportunity_summaries = opportunity_summaries
        self.next_token = next_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "OpportunitySummaries"
            value = self.opportunity_summaries
            if value is not None:
                out["OpportunitySummaries"] = _encode_OpportunitySummaries(value, wire)
            elif wire:
                raise _missing("")
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ListOpportunitiesResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "OpportunitySummaries"
            value = get("OpportunitySummaries")
            fields.opportunity_summaries = (
                None if value is None else _decode_OpportunitySummaries(value, wire)
            )
            fields.next_token = get("NextToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListOpportunityBulkJobResultsRequest(_Structure):
    """Specifies the catalog, job identifier, filter, and pagination settings for listing the
    results of an opportunity bulk job.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        max_results: Specifies the maximum number of results to return in a single call.
        next_token: A pagination token used to retrieve the next set of results in
            subsequent calls.
        job_id: Specifies the identifier of the bulk job. Required.
        status: Filters the results to records with this status.
    """

    __slots__ = (
        "catalog",
        "max_results",
        "next_token",
        "job_id",
        "status",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "MaxResults",
            "NextToken",
            "JobId",
            "Status",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        job_id: str,
        max_results: int | None = None,
        next_token: str | None = None,
        status: BulkRecordStatus | str | None = None,
    ) -> None:
        self.catalog = catalog
        self.max_results = max_results
        self.next_token = next_token
        self.job_id = job_id
        self.status = status

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "MaxResults"
            value = self.max_results
            if value is not None:
                out["MaxResults"] = _serde.enc_int(value, wire)
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
            member = "JobId"
            value = self.job_id
            if value is not None:
                out["JobId"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Status"
            value = self.status
            if value is not None:
                out["Status"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> ListOpportunityBulkJobResultsRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.max_results = get("MaxResults")
            fields.next_token = get("NextToken")
            fields.job_id = get("JobId")
            member = "Status"
            value = get("Status")
            fields.status = None if value is None else _lookup_BulkRecordStatus(value, value)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListOpportunityBulkJobResultsResponse(_Structure):
    """The results of an opportunity bulk job.

    Attributes:
        results: The outcome of each record in the bulk job. Required.
        next_token: A pagination token used to retrieve the next set of results in
            subsequent calls.
    """

    __slots__ = (
        "results",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Results",
            "NextToken",
        )
    )

    def __init__(
        self,
        *,
        results: list[BulkJobResult],
        next_token: str | None = None,
    ) -> None:
        self.results = results
        self.next_token = next_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Results"
            value = self.results
            if value is not None:
                out["Results"] = _encode_BulkJobResultList(value, wire)
            elif wire:
                raise _missing("")
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> ListOpportunityBulkJobResultsResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Results"
            value = get("Results")
            fields.results = None if value is None else _decode_BulkJobResultList(value, wire)
            fields.next_token = get("NextToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListOpportunityBulkJobsRequest(_Structure):
    """Specifies the catalog, filters, and pagination settings for listing opportunity bulk
    jobs.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        max_results: Specifies the maximum number of results to return in a single call.
        next_token: A pagination token used to retrieve the next set of results in
            subsequent calls.
        job_id: Filters the results to the bulk job with this identifier.
        status: Filters the results to bulk jobs with this status.
    """

    __slots__ = (
        "catalog",
        "max_results",
        "next_token",
        "job_id",
        "status",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "MaxResults",
            "NextToken",
            "JobId",
            "Status",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        job_id: str | None = None,
        status: BulkJobStatus | str | None = None,
    ) -> None:
        self.catalog = catalog
        self.max_results = max_results
        self.next_token = next_token
        self.job_id = job_id
        self.status = status

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "MaxResults"
            value = self.max_results
            if value is not None:
                out["MaxResults"] = _serde.enc_int(value, wire)
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
            member = "JobId"
            value = self.job_id
            if value is not None:
                out["JobId"] = _serde.enc_str(value, wire)
            member = "Status"
            value = self.status
            if value is not None:
                out["Status"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ListOpportunityBulkJobsRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.max_results = get("MaxResults")
            fields.next_token = get("NextToken")
            fields.job_id = get("JobId")
            member = "Status"
            value = get("Status")
            fields.status = None if value is None else _lookup_BulkJobStatus(value, value)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListOpportunityBulkJobsResponse(_Structure):
    """The opportunity bulk jobs that match the request.

    Attributes:
        opportunity_bulk_job_summaries: The bulk jobs that match the request, newest
            first. Required.
        next_token: A pagination token used to retrieve the next set of results in
            subsequent calls.
    """

    __slots__ = (
        "opportunity_bulk_job_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "OpportunityBulkJobSummaries",
            "NextToken",
        )
    )

    def __init__(
        self,
        *,
        opportunity_bulk_job_summaries: list[OpportunityBulkJobSummary],
        next_token: str | None = None,
    ) -> None:
        self.opportunity_bulk_job_summaries = opportunity_bulk_job_summaries
        self.next_token = next_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "OpportunityBulkJobSummaries"
            value = self.opportunity_bulk_job_summaries
            if value is not None:
                out["OpportunityBulkJobSummaries"] = _encode_OpportunityBulkJobSummaryList(
                    value, wire
                )
            elif wire:
                raise _missing("")
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ListOpportunityBulkJobsResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "OpportunityBulkJobSummaries"
            value = get("OpportunityBulkJobSummaries")
            fields.opportunity_bulk_job_summaries = (
                None if value is None else _decode_OpportunityBulkJobSummaryList(value, wire)
            )
            fields.next_token = get("NextToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListOpportunityFromEngagementTaskSummary(_Structure):
    """Provides a summary of a task related to creating an opportunity from an engagement. This
    structure contains key information about the task's status, associated identifiers, and
    any failure details for opportunity creation processes.

    Attributes:
        task_id: The unique identifier of the task for creating an opportunity from an
            engagement.
        task_arn: The Amazon Resource Name (ARN) that uniquely identifies the task
            within AWS.
        start_time: The timestamp indicating when the task was initiated, in RFC 3339
            format.
        task_status: The current status of the task.
        message: A detailed message providing additional information about the task,
            especially useful in case of...
        reason_code: A code indicating the specific reason for a task failure.
        opportunity_id: The unique identifier of the opportunity created as a result of
            the task.
        resource_snapshot_job_id: The identifier of the resource snapshot job associated
            with this task, if a snapshot was created...
        engagement_id: The unique identifier of the engagement from which the
            opportunity is being created.
        context_id: The unique identifier of the engagement context associated with the
            opportunity creation task.
    """

    __slots__ = (
        "task_id",
        "task_arn",
        "start_time",
        "task_status",
        "message",
        "reason_code",
        "opportunity_id",
        "resource_snapshot_job_id",
        "engagement_id",
        "context_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "TaskId",
            "TaskArn",
            "StartTime",
            "TaskStatus",
            "Message",
            "ReasonCode",
            "OpportunityId",
            "ResourceSnapshotJobId",
            "EngagementId",
            "ContextId",
        )
    )

    def __init__(
        self,
        *,
        task_id: str | None = None,
        task_arn: str | None = None,
        start_time: _dt.datetime | None = None,
        task_status: TaskStatus | str | None = None,
        message: str | None = None,
        reason_code: ReasonCode | str | None = None,
        opportunity_id: str | None = None,
        resource_snapshot_job_id: str | None = None,
        engagement_id: str | None = None,
        context_id: str | None = None,
    ) -> None:
        self.task_id = task_id
        self.task_arn = task_arn
        self.start_time = start_time
        self.task_status = task_status
        self.message = message
        self.reason_code = reason_code
        self.opportunity_id = opportunity_id
        self.resource_snapshot_job_id = resource_snapshot_job_id
        self.engagement_id = engagement_id
        self.context_id = context_id

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "TaskId"
            value = self.task_id
            if value is not None:
                out["TaskId"] = _serde.enc_str(value, wire)
            member = "TaskArn"
            value = self.task_arn
            if value is not None:
                out["TaskArn"] = _serde.enc_str(value, wire)
            member = "StartTime"
            value = self.start_time
            if value is not None:
                out["StartTime"] = _serde.enc_iso8601(value, wire)
            member = "TaskStatus"
            value = self.task_status
            if value is not None:
                out["TaskStatus"] = _serde.enc_str(value, wire)
            member = "Message"
            value = self.message
            if value is not None:
                out["Message"] = _serde.enc_str(value, wire)
            member = "ReasonCode"
            value = self.reason_code
            if value is not None:
                out["ReasonCode"] = _serde.enc_str(value, wire)
            member = "OpportunityId"
            value = self.opportunity_id
            if value is not None:
                out["OpportunityId"] = _serde.enc_str(value, wire)
            member = "ResourceSnapshotJobId"
            value = self.resource_snapshot_job_id
            if value is not None:
                out["ResourceSnapshotJobId"] = _serde.enc_str(value, wire)
            member = "EngagementId"
            value = self.engagement_id
            if value is not None:
                out["EngagementId"] = _serde.enc_str(value, wire)
            member = "ContextId"
            value = self.context_id
            if value is not None:
                out["ContextId"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> ListOpportunityFromEngagementTaskSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.task_id = get("TaskId")
            fields.task_arn = get("TaskArn")
            member = "StartTime"
            value = get("StartTime")
            fields.start_time = None if value is None else _serde.dec_timestamp(value, wire)
            member = "TaskStatus"
            value = get("TaskStatus")
            fields.task_status = None if value is None else _lookup_TaskStatus(value, value)
            fields.message = get("Message")
            member = "ReasonCode"
            value = get("ReasonCode")
            fields.reason_code = None if value is None else _lookup_ReasonCode(value, value)
            fields.opportunity_id = get("OpportunityId")
            fields.resource_snapshot_job_id = get("ResourceSnapshotJobId")
            fields.engagement_id = get("EngagementId")
            fields.context_id = get("ContextId")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListOpportunityFromEngagementTasksRequest(_Structure):
    """Contains the request parameters for the `ListOpportunityFromEngagementTasks` operation.

    Attributes:
        max_results: Specifies the maximum number of results to return in a single page
            of the response.
        next_token: The token for requesting the next page of results.
        sort: Specifies how to sort the returned tasks.
        catalog: Specifies the catalog related to the request. Required.
        task_status: Filters the tasks based on their current status.
        task_identifier: Filters tasks by their unique identifiers.
        opportunity_identifier: Filters tasks by the identifiers of the opportunities
            they created or are associated with.
        engagement_identifier: Filters tasks by the identifiers of the engagements from
            which opportunities are being created.
        context_identifier: Filters tasks by the identifiers of the engagement contexts
            associated with the opportunity...
    """

    __slots__ = (
        "max_results",
        "next_token",
        "sort",
        "catalog",
        "task_status",
        "task_identifier",
        "opportunity_identifier",
        "engagement_identifier",
        "context_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "MaxResults",
            "NextToken",
            "Sort",
            "Catalog",
            "TaskStatus",
            "TaskIdentifier",
            "OpportunityIdentifier",
            "EngagementIdentifier",
            "ContextIdentifier",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        sort: ListTasksSortBase | None = None,
        task_status: _Sequence[TaskStatus | str] | None = None,
        task_identifier: _Sequence[str] | None = None,
        opportunity_identifier: _Sequence[str] | None = None,
        engagement_identifier: _Sequence[str] | None = None,
        context_identifier: _Sequence[str] | None = None,
    ) -> None:
        self.max_results = max_results
        self.next_token = next_token
        self.sort = sort
        self.catalog = catalog
        self.task_status = task_status
        self.task_identifier = task_identifier
        self.opportunity_identifier = opportunity_identifier
        self.engagement_identifier = engagement_identifier
        self.context_identifier = context_identifier

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "MaxResults"
            value = self.max_results
            if value is not None:
                out["MaxResults"] = _serde.enc_int(value, wire)
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
            member = "Sort"
            value = self.sort
            if value is not None:
                out["Sort"] = ListTasksSortBase._encode_value(value, wire)
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "TaskStatus"
            value = self.task_status
            if value is not None:
                out["TaskStatus"] = _encode_TaskStatuses(value, wire)
            member = "TaskIdentifier"
            value = self.task_identifier
            if value is not None:
                out["TaskIdentifier"] = _encode_TaskIdentifiers(value, wire)
            member = "OpportunityIdentifier"
            value = self.opportunity_identifier
            if value is not None:
                out["OpportunityIdentifier"] = _encode_OpportunityIdentifiers(value, wire)
            member = "EngagementIdentifier"
            value = self.engagement_identifier
            if value is not None:
                out["EngagementIdentifier"] = _encode_EngagementIdentifiers(value, wire)
            member = "ContextIdentifier"
            value = self.context_identifier
            if value is not None:
                out["ContextIdentifier"] = _encode_ContextIdentifiers(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> ListOpportunityFromEngagementTasksRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.max_results = get("MaxResults")
            fields.next_token = get("NextToken")
            member = "Sort"
            value = get("Sort")
            fields.sort = None if value is None else ListTasksSortBase._decode(value, wire)
            fields.catalog = get("Catalog")
            member = "TaskStatus"
            value = get("TaskStatus")
            fields.task_status = None if value is None else _decode_TaskStatuses(value, wire)
            member = "TaskIdentifier"
            value = get("TaskIdentifier")
            fields.task_identifier = (
                None if value is None else _decode_TaskIdentifiers(value, wire)
            )
            member = "OpportunityIdentifier"
            value = get("OpportunityIdentifier")
            fields.opportunity_identifier = (
                None if value is None else _decode_OpportunityIdentifiers(value, wire)
            )
            member = "EngagementIdentifier"
            value = get("EngagementIdentifier")
            fields.engagement_identifier = (
                None if value is None else _decode_EngagementIdentifiers(value, wire)
            )
            member = "ContextIdentifier"
            value = get("ContextIdentifier")
            fields.context_identifier = (
                None if value is None else _decode_ContextIdentifiers(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListOpportunityFromEngagementTasksResponse(_Structure):
    """Contains the response that the `ListOpportunityFromEngagementTasks` action returns.

    Attributes:
        task_summaries: An array of `ListOpportunityFromEngagementTaskSummary` objects,
            each representing a task that...
        next_token: A token used for pagination to retrieve the next page of results.
    """

    __slots__ = (
        "task_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "TaskSummaries",
            "NextToken",
        )
    )

    def __init__(
        self,
        *,
        task_summaries: list[ListOpportunityFromEngagementTaskSummary] | None = None,
        next_token: str | None = None,
    ) -> None:
        self.task_summaries = task_summaries
        self.next_token = next_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "TaskSummaries"
            value = self.task_summaries
            if value is not None:
                out["TaskSummaries"] = _encode_ListOpportunityFromEngagementTaskSummaries(
                    value, wire
                )
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> ListOpportunityFromEngagementTasksResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "TaskSummaries"
            value = get("TaskSummaries")
            fields.task_summaries = (
                None
                if value is None
                else _decode_ListOpportunityFromEngagementTaskSummaries(value, wire)
            )
            fields.next_token = get("NextToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListProspectingFromEngagementTasksRequest(_Structure):
    """Represents the request structure for listing prospecting tasks. All filter parameters
    are optional. Results are paginated — uses `NextToken` from the response to retrieve
    subsequent pages.

    Attributes:
        catalog: Specifies the catalog to list tasks from. Required.
        max_results: The maximum number of results to return in a single page.
        next_token: The pagination token from a previous call to this API.
        task_identifier: Filters the results to include only the tasks with the
            specified identifiers.
        task_name: Filters the results to include only tasks with the specified names.
        start_after: Filters tasks to include only those that started after the
            specified timestamp.
        start_before: Filters tasks to include only those that started before the
            specified timestamp.
        sort: Specifies the field and order used to sort the returned tasks.
    """

    __slots__ = (
        "catalog",
        "max_results",
        "next_token",
        "task_identifier",
        "task_name",
        "start_after",
        "start_before",
        "sort",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "MaxResults",
            "NextToken",
            "TaskIdentifier",
            "TaskName",
            "StartAfter",
            "StartBefore",
            "Sort",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        task_identifier: _Sequence[str] | None = None,
        task_name: _Sequence[str] | None = None,
        start_after: _dt.datetime | None = None,
        start_before: _dt.datetime | None = None,
        sort: ProspectingFromEngagementTaskSort | None = None,
    ) -> None:
        self.catalog = catalog
        self.max_results = max_results
        self.next_token = next_token
        self.task_identifier = task_identifier
        self.task_name = task_name
        self.start_after = start_after
        self.start_before = start_before
        self.sort = sort

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "MaxResults"
            value = self.max_results
            if value is not None:
                out["MaxResults"] = _serde.enc_int(value, wire)
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
            member = "TaskIdentifier"
            value = self.task_identifier
            if value is not None:
                out["TaskIdentifier"] = _encode_TaskIdentifierList(value, wire)
            member = "TaskName"
            value = self.task_name
            if value is not None:
                out["TaskName"] = _encode_TaskNameList(value, wire)
            member = "StartAfter"
            value = self.start_after
            if value is not None:
                out["StartAfter"] = _serde.enc_iso8601(value, wire)
            member = "StartBefore"
            value = self.start_before
            if value is not None:
                out["StartBefore"] = _serde.enc_iso8601(value, wire)
            member = "Sort"
            value = self.sort
            if value is not None:
                out["Sort"] = ProspectingFromEngagementTaskSort._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> ListProspectingFromEngagementTasksRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.max_results = get("MaxResults")
            fields.next_token = get("NextToken")
            member = "TaskIdentifier"
            value = get("TaskIdentifier")
            fields.task_identifier = (
                None if value is None else _decode_TaskIdentifierList(value, wire)
            )
            member = "TaskName"
            value = get("TaskName")
            fields.task_name = None if value is None else _decode_TaskNameList(value, wire)
            member = "StartAfter"
            value = get("StartAfter")
            fields.start_after = None if value is None else _serde.dec_timestamp(value, wire)
            member = "StartBefore"
            value = get("StartBefore")
            fields.start_before = None if value is None else _serde.dec_timestamp(value, wire)
            member = "Sort"
            value = get("Sort")
            fields.sort = (
                None if value is None else ProspectingFromEngagementTaskSort._decode(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListProspectingFromEngagementTasksResponse(_Structure):
    """Represents the response structure containing a paginated list of prospecting task
    summaries matching the request filters. Indicates through `NextToken` when additional
    results are available.

    Attributes:
        next_token: A pagination token used to retrieve the next page of results.
        task_summaries: Prospecting task summaries matching the specified filters.
            Required.
    """

    __slots__ = (
        "next_token",
        "task_summaries",
    )
    _WIRE_NAMES = frozenset(
        (
            "NextToken",
            "TaskSummaries",
        )
    )

    def __init__(
        self,
        *,
        task_summaries: list[ProspectingTaskSummary],
        next_token: str | None = None,
    ) -> None:
        self.next_token = next_token
        self.task_summaries = task_summaries

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
            member = "TaskSummaries"
            value = self.task_summaries
            if value is not None:
                out["TaskSummaries"] = _encode_ProspectingTaskSummaryList(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> ListProspectingFromEngagementTasksResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.next_token = get("NextToken")
            member = "TaskSummaries"
            value = get("TaskSummaries")
            fields.task_summaries = (
                None if value is None else _decode_ProspectingTaskSummaryList(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListResourceSnapshotJobsRequest(_Structure):
    """Contains the request parameters for the `ListResourceSnapshotJobs` operation.

    Attributes:
        catalog: Specifies the catalog related to the request. Required.
        max_results: The maximum number of results to return in a single call.
        next_token: The token for the next set of results.
        engagement_identifier: The identifier of the engagement to filter the response.
        status: The status of the jobs to filter the response.
        sort: Configures the sorting of the response.
    """

    __slots__ = (
        "catalog",
        "max_results",
        "next_token",
        "engagement_identifier",
        "status",
        "sort",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "MaxResults",
            "NextToken",
            "EngagementIdentifier",
            "Status",
            "Sort",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        engagement_identifier: str | None = None,
        status: ResourceSnapshotJobStatus | str | None = None,
        sort: SortObject | None = None,
    ) -> None:
        self.catalog = catalog
        self.max_results = max_results
        self.next_token = next_token
        self.engagement_identifier = engagement_identifier
        self.status = status
        self.sort = sort

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "MaxResults"
            value = self.max_results
            if value is not None:
                out["MaxResults"] = _serde.enc_int(value, wire)
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
            member = "EngagementIdentifier"
            value = self.engagement_identifier
            if value is not None:
                out["EngagementIdentifier"] = _serde.enc_str(value, wire)
            member = "Status"
            value = self.status
            if value is not None:
                out["Status"] = _serde.enc_str(value, wire)
            member = "Sort"
            value = self.sort
            if value is not None:
                out["Sort"] = SortObject._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ListResourceSnapshotJobsRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.max_results = get("MaxResults")
            fields.next_token = get("NextToken")
            fields.engagement_identifier = get("EngagementIdentifier")
            member = "Status"
            value = get("Status")
            fields.status = (
                None if value is None else _lookup_ResourceSnapshotJobStatus(value, value)
            )
            member = "Sort"
            value = get("Sort")
            fields.sort = None if value is None else SortObject._decode(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListResourceSnapshotJobsResponse(_Structure):
    """Contains the response that the `ListResourceSnapshotJobs` action returns.

    Attributes:
        resource_snapshot_job_summaries: An array of resource snapshot job summary
            objects. Required.
        next_token: The token to retrieve the next set of results.
    """

    __slots__ = (
        "resource_snapshot_job_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "ResourceSnapshotJobSummaries",
            "NextToken",
        )
    )

    def __init__(
        self,
        *,
        resource_snapshot_job_summaries: list[ResourceSnapshotJobSummary],
        next_token: str | None = None,
    ) -> None:
        self.resource_snapshot_job_summaries = resource_snapshot_job_summaries
        self.next_token = next_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "ResourceSnapshotJobSummaries"
            value = self.resource_snapshot_job_summaries
            if value is not None:
                out["ResourceSnapshotJobSummaries"] = _encode_ResourceSnapshotJobSummaryList(
                    value, wire
                )
            elif wire:
                raise _missing("")
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ListResourceSnapshotJobsResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "ResourceSnapshotJobSummaries"
            value = get("ResourceSnapshotJobSummaries")
            fields.resource_snapshot_job_summaries = (
                None if value is None else _decode_ResourceSnapshotJobSummaryList(value, wire)
            )
            fields.next_token = get("NextToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListResourceSnapshotsRequest(_Structure):
    """Contains the request parameters for the `ListResourceSnapshots` operation.

    Attributes:
        catalog: Specifies the catalog related to the request. Required.
        max_results: The maximum number of results to return in a single call.
        next_token: The token for the next set of results.
        engagement_identifier: The unique identifier of the engagement associated with
            the snapshots. Required.
        resource_type: Filters the response to include only snapshots of the specified
            resource type.
        resource_identifier: Filters the response to include only snapshots of the
            specified resource.
        resource_snapshot_template_identifier: Filters the response to include only
            snapshots created using the specified template.
        created_by: Filters the response to include only snapshots of resources owned by
            the specified AWS account.
    """

    __slots__ = (
        "catalog",
        "max_results",
        "next_token",
        "engagement_identifier",
        "resource_type",
        "resource_identifier",
        "resource_snapshot_template_identifier",
        "created_by",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "MaxResults",
            "NextToken",
            "EngagementIdentifier",
            "ResourceType",
            "ResourceIdentifier",
            "ResourceSnapshotTemplateIdentifier",
            "CreatedBy",
        )
    )
    _SENSITIVE = frozenset(("created_by",))

    def __init__(
        self,
        *,
        catalog: str,
        engagement_identifier: str,
        max_results: int | None = None,
        next_token: str | None = None,
        resource_type: ResourceType | str | None = None,
        resource_identifier: str | None = None,
        resource_snapshot_template_identifier: str | None = None,
        created_by: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.max_results = max_results
        self.next_token = next_token
        self.engagement_identifier = engagement_identifier
        self.resource_type = resource_type
        self.resource_identifier = resource_identifier
        self.resource_snapshot_template_identifier = resource_snapshot_template_identifier
        self.created_by = created_by

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "MaxResults"
            value = self.max_results
            if value is not None:
                out["MaxResults"] = _serde.enc_int(value, wire)
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
            member = "EngagementIdentifier"
            value = self.engagement_identifier
            if value is not None:
                out["EngagementIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ResourceType"
            value = self.resource_type
            if value is not None:
                out["ResourceType"] = _serde.enc_str(value, wire)
            member = "ResourceIdentifier"
            value = self.resource_identifier
            if value is not None:
                out["ResourceIdentifier"] = _serde.enc_str(value, wire)
            member = "ResourceSnapshotTemplateIdentifier"
            value = self.resource_snapshot_template_identifier
            if value is not None:
                out["ResourceSnapshotTemplateIdentifier"] = _serde.enc_str(value, wire)
            member = "CreatedBy"
            value = self.created_by
            if value is not None:
                out["CreatedBy"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ListResourceSnapshotsRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.max_results = get("MaxResults")
            fields.next_token = get("NextToken")
            fields.engagement_identifier = get("EngagementIdentifier")
            member = "ResourceType"
            value = get("ResourceType")
            fields.resource_type = None if value is None else _lookup_ResourceType(value, value)
            fields.resource_identifier = get("ResourceIdentifier")
            fields.resource_snapshot_template_identifier = get(
                "ResourceSnapshotTemplateIdentifier"
            )
            fields.created_by = get("CreatedBy")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListResourceSnapshotsResponse(_Structure):
    """Contains the response that the `ListResourceSnapshots` action returns.

    Attributes:
        resource_snapshot_summaries: An array of resource snapshot summary objects.
            Required.
        next_token: The token to retrieve the next set of results.
    """

    __slots__ = (
        "resource_snapshot_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "ResourceSnapshotSummaries",
            "NextToken",
        )
    )

    def __init__(
        self,
        *,
        resource_snapshot_summaries: list[ResourceSnapshotSummary],
        next_token: str | None = None,
    ) -> None:
        self.resource_snapshot_summaries = resource_snapshot_summaries
        self.next_token = next_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "ResourceSnapshotSummaries"
            value = self.resource_snapshot_summaries
            if value is not None:
                out["ResourceSnapshotSummaries"] = _encode_ResourceSnapshotSummaryList(value, wire)
            elif wire:
                raise _missing("")
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ListResourceSnapshotsResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "ResourceSnapshotSummaries"
            value = get("ResourceSnapshotSummaries")
            fields.resource_snapshot_summaries = (
                None if value is None else _decode_ResourceSnapshotSummaryList(value, wire)
            )
            fields.next_token = get("NextToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListSolutionsRequest(_Structure):
    """Contains the request parameters for the `ListSolutions` operation.

    Attributes:
        catalog: Specifies the catalog associated with the request. Required.
        max_results: The maximum number of results returned by a single call.
        next_token: A pagination token used to retrieve the next set of results in
            subsequent calls.
        sort: Object that configures sorting done on the response.
        status: Filters solutions based on their status.
        identifier: Filters the solutions based on their unique identifier.
        category: Filters the solutions based on the category to which they belong.
        aws_marketplace_solution_arn: Filters results by AWS Marketplace solution ARN.
    """

    __slots__ = (
        "catalog",
        "max_results",
        "next_token",
        "sort",
        "status",
        "identifier",
        "category",
        "aws_marketplace_solution_arn",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "MaxResults",
            "NextToken",
            "Sort",
            "Status",
            "Identifier",
            "Category",
            "AwsMarketplaceSolutionArn",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        sort: SolutionSort | None = None,
        status: _Sequence[SolutionStatus | str] | None = None,
        identifier: _Sequence[str] | None = None,
        category: _Sequence[str] | None = None,
        aws_marketplace_solution_arn: _Sequence[str] | None = None,
    ) -> None:
        self.catalog = catalog
        self.max_results = max_results
        self.next_token = next_token
        self.sort = sort
        self.status = status
        self.identifier = identifier
        self.category = category
        self.aws_marketplace_solution_arn = aws_marketplace_solution_arn

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "MaxResults"
            value = self.max_results
            if value is not None:
                out["MaxResults"] = _serde.enc_int(value, wire)
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
            member = "Sort"
            value = self.sort
            if value is not None:
                out["Sort"] = SolutionSort._encode_value(value, wire)
            member = "Status"
            value = self.status
            if value is not None:
                out["Status"] = _encode_ListSolutionsRequestStatusList(value, wire)
            member = "Identifier"
            value = self.identifier
            if value is not None:
                out["Identifier"] = _encode_ListSolutionsRequestIdentifierList(value, wire)
            member = "Category"
            value = self.category
            if value is not None:
                out["Category"] = _encode_ListSolutionsRequestCategoryList(value, wire)
            member = "AwsMarketplaceSolutionArn"
            value = self.aws_marketplace_solution_arn
            if value is not None:
                out["AwsMarketplaceSolutionArn"] = (
                    _encode_ListSolutionsRequestAwsMarketplaceSolutionArnList(value, wire)
                )
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ListSolutionsRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.max_results = get("MaxResults")
            fields.next_token = get("NextToken")
            member = "Sort"
            value = get("Sort")
            fields.sort = None if value is None else SolutionSort._decode(value, wire)
            member = "Status"
            value = get("Status")
            fields.status = (
                None if value is None else _decode_ListSolutionsRequestStatusList(value, wire)
            )
            member = "Identifier"
            value = get("Identifier")
            fields.identifier = (
                None if value is None else _decode_ListSolutionsRequestIdentifierList(value, wire)
            )
            member = "Category"
            value = get("Category")
            fields.category = (
                None if value is None else _decode_ListSolutionsRequestCategoryList(value, wire)
            )
            member = "AwsMarketplaceSolutionArn"
            value = get("AwsMarketplaceSolutionArn")
            fields.aws_marketplace_solution_arn = (
                None
                if value is None
                else _decode_ListSolutionsRequestAwsMarketplaceSolutionArnList(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListSolutionsResponse(_Structure):
    """Contains the response that the `ListSolutions` action returns.

    Attributes:
        solution_summaries: An array with minimal details for solutions matching the
            request criteria. Required.
        next_token: A pagination token used to retrieve the next set of results in
            subsequent calls.
    """

    __slots__ = (
        "solution_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "SolutionSummaries",
            "NextToken",
        )
    )

    def __init__(
        self,
        *,
        solution_summaries: list[SolutionBase],
        next_token: str | None = None,
    ) -> None:
        self.solution_summaries = solution_summaries
        self.next_token = next_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "SolutionSummaries"
            value = self.solution_summaries
            if value is not None:
                out["SolutionSummaries"] = _encode_SolutionList(value, wire)
            elif wire:
                raise _missing("")
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ListSolutionsResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "SolutionSummaries"
            value = get("SolutionSummaries")
            fields.solution_summaries = (
                None if value is None else _decode_SolutionList(value, wire)
            )
            fields.next_token = get("NextToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListTagsForResourceRequest(_Structure):
    """Contains the request parameters for the `ListTagsForResource` operation.

    Attributes:
        resource_arn: The Amazon Resource Name (ARN) of the resource for which you want
            to retrieve tags. Required.
    """

    __slots__ = ("resource_arn",)
    _WIRE_NAMES = frozenset(("ResourceArn",))

    def __init__(
        self,
        *,
        resource_arn: str,
    ) -> None:
        self.resource_arn = resource_arn

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "ResourceArn"
            value = self.resource_arn
            if value is not None:
                out["ResourceArn"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ListTagsForResourceRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.resource_arn = get("ResourceArn")

        return self


class ListTagsForResourceResponse(_Structure):
    """Contains the response that the `ListTagsForResource` action returns.

    Attributes:
        tags: A map of the key-value pairs for the tag or tags assigned to the specified
            resource. Required.
    """

    __slots__ = ("tags",)
    _WIRE_NAMES = frozenset(("Tags",))

    def __init__(
        self,
        *,
        tags: _Sequence[Tag],
    ) -> None:
        self.tags = tags

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Tags"
            value = self.tags
            if value is not None:
                out["Tags"] = _encode_TagList(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ListTagsForResourceResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Tags"
            value = get("Tags")
            fields.tags = None if value is None else _decode_TagList(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ListTasksSortBase(_Structure):
    """Defines the sorting parameters for listing tasks. This structure allows for specifying
    the field to sort by and the order of sorting.

    Attributes:
        sort_order: Determines the order in which the sorted results are presented.
            Required.
        sort_by: Specifies the field by which the task list should be sorted. Required.
    """

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

    def __init__(
        self,
        *,
        sort_order: SortOrder | str,
        sort_by: ListTasksSortName | str,
    ) -> None:
        self.sort_order = sort_order
        self.sort_by = sort_by

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "SortOrder"
            value = self.sort_order
            if value is not None:
                out["SortOrder"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "SortBy"
            value = self.sort_by
            if value is not None:
                out["SortBy"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ListTasksSortBase:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "SortOrder"
            value = get("SortOrder")
            fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
            member = "SortBy"
            value = get("SortBy")
            fields.sort_by = None if value is None else _lookup_ListTasksSortName(value, value)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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

    def __init__(
        self,
        *,
        campaign_name: str | None = None,
        source: MarketingSource | str | None = None,
        use_cases: _Sequence[str] | None = None,
        channels: _Sequence[Channel | str] | None = None,
        aws_funding_used: AwsFundingUsed | str | None = None,
    ) -> None:
        self.campaign_name = campaign_name
        self.source = source
        self.use_cases = use_cases
        self.channels = channels
        self.aws_funding_used = aws_funding_used

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "CampaignName"
            value = self.campaign_name
            if value is not None:
                out["CampaignName"] = _serde.enc_str(value, wire)
            member = "Source"
            value = self.source
            if value is not None:
                out["Source"] = _serde.enc_str(value, wire)
            member = "UseCases"
            value = self.use_cases
            if value is not None:
                out["UseCases"] = _encode_UseCases(value, wire)
            member = "Channels"
            value = self.channels
            if value is not None:
                out["Channels"] = _encode_Channels(value, wire)
            member = "AwsFundingUsed"
            value = self.aws_funding_used
            if value is not None:
                out["AwsFundingUsed"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> Marketing:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.campaign_name = get("CampaignName")
            member = "Source"
            value = get("Source")
            fields.source = None if value is None else _lookup_MarketingSource(value, value)
            member = "UseCases"
            value = get("UseCases")
            fields.use_cases = None if value is None else _decode_UseCases(value, wire)
            member = "Channels"
            value = get("Channels")
            fields.channels = None if value is None else _decode_Channels(value, wire)
            member = "AwsFundingUsed"
            value = get("AwsFundingUsed")
            fields.aws_funding_used = (
                None if value is None else _lookup_AwsFundingUsed(value, value)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class MonetaryValue(_Structure):
    """Specifies payments details.

    Attributes:
        amount: Specifies the payment amount. Required.
        currency_code: Specifies the payment currency. Required.
    """

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
    _SENSITIVE = frozenset(("currency_code",))

    def __init__(
        self,
        *,
        amount: str,
        currency_code: CurrencyCode | str,
    ) -> None:
        self.amount = amount
        self.currency_code = currency_code

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Amount"
            value = self.amount
            if value is not None:
                out["Amount"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "CurrencyCode"
            value = self.currency_code
            if value is not None:
                out["CurrencyCode"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> MonetaryValue:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.amount = get("Amount")
            member = "CurrencyCode"
            value = get("CurrencyCode")
            fields.currency_code = None if value is None else _lookup_CurrencyCode(value, value)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class NextStepsHistory(_Structure):
    """Read-only; shows the last 50 values and change dates for the `NextSteps` field.

    Attributes:
        value_: Indicates the step's execution details. Required.
        time: Indicates the step execution time. Required.
    """

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

    def __init__(
        self,
        *,
        value_: str,
        time: _dt.datetime,
    ) -> None:
        self.value_ = value_
        self.time = time

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Value"
            value = self.value_
            if value is not None:
                out["Value"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Time"
            value = self.time
            if value is not None:
                out["Time"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> NextStepsHistory:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.value_ = get("Value")
            member = "Time"
            value = get("Time")
            fields.time = None if value is None else _serde.dec_timestamp(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class OpportunityBulkJobSummary(_Structure):
    """The status, record counts, and input file name of an opportunity bulk job.

    Attributes:
        job_id: The unique identifier of the bulk job. Required.
        status: The current status of the bulk job. Required.
        total_records: The total number of records in the input file. Required.
        processed_records: The number of records that Partner Central has processed so
            far. Required.
        success_count: The number of records that succeeded. Required.
        failure_count: The number of records that failed. Required.
        created_at: The date and time, in UTC, when you created the bulk job. Required.
        started_at: The date and time, in UTC, when the bulk job started processing
            records.
        completed_at: The date and time, in UTC, when the bulk job finished.
        failure_reason: The reason that the bulk job failed.
        file_name: The name of the input file that started the bulk job.
        operation_type: Indicates whether the bulk job creates or updates opportunities,
            based on the template of the...
    """

    __slots__ = (
        "job_id",
        "status",
        "total_records",
        "processed_records",
        "success_count",
        "failure_count",
        "created_at",
        "started_at",
        "completed_at",
        "failure_reason",
        "file_name",
        "operation_type",
    )
    _WIRE_NAMES = frozenset(
        (
            "JobId",
            "Status",
            "TotalRecords",
            "ProcessedRecords",
            "SuccessCount",
            "FailureCount",
            "CreatedAt",
            "StartedAt",
            "CompletedAt",
            "FailureReason",
            "FileName",
            "OperationType",
        )
    )

    def __init__(
        self,
        *,
        job_id: str,
        status: BulkJobStatus | str,
        total_records: int,
        processed_records: int,
        success_count: int,
        failure_count: int,
        created_at: _dt.datetime,
        started_at: _dt.datetime | None = None,
        completed_at: _dt.datetime | None = None,
        failure_reason: str | None = None,
        file_name: str | None = None,
        operation_type: BulkOperationType | str | None = None,
    ) -> None:
        self.job_id = job_id
        self.status = status
        self.total_records = total_records
        self.processed_records = processed_records
        self.success_count = success_count
        self.failure_count = failure_count
        self.created_at = created_at
        self.started_at = started_at
        self.completed_at = completed_at
        self.failure_reason = failure_reason
        self.file_name = file_name
        self.operation_type = operation_type

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "JobId"
            value = self.job_id
            if value is not None:
                out["JobId"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Status"
            value = self.status
            if value is not None:
                out["Status"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "TotalRecords"
            value = self.total_records
            if value is not None:
                out["TotalRecords"] = _serde.enc_int(value, wire)
            elif wire:
                raise _missing("")
            member = "ProcessedRecords"
            value = self.processed_records
            if value is not None:
                out["ProcessedRecords"] = _serde.enc_int(value, wire)
            elif wire:
                raise _missing("")
            member = "SuccessCount"
            value = self.success_count
            if value is not None:
                out["SuccessCount"] = _serde.enc_int(value, wire)
            elif wire:
                raise _missing("")
            member = "FailureCount"
            value = self.failure_count
            if value is not None:
                out["FailureCount"] = _serde.enc_int(value, wire)
            elif wire:
                raise _missing("")
            member = "CreatedAt"
            value = self.created_at
            if value is not None:
                out["CreatedAt"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
            member = "StartedAt"
            value = self.started_at
            if value is not None:
                out["StartedAt"] = _serde.enc_iso8601(value, wire)
            member = "CompletedAt"
            value = self.completed_at
            if value is not None:
                out["CompletedAt"] = _serde.enc_iso8601(value, wire)
            member = "FailureReason"
            value = self.failure_reason
            if value is not None:
                out["FailureReason"] = _serde.enc_str(value, wire)
            member = "FileName"
            value = self.file_name
            if value is not None:
                out["FileName"] = _serde.enc_str(value, wire)
            member = "OperationType"
            value = self.operation_type
            if value is not None:
                out["OperationType"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> OpportunityBulkJobSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.job_id = get("JobId")
            member = "Status"
            value = get("Status")
            fields.status = None if value is None else _lookup_BulkJobStatus(value, value)
            fields.total_records = get("TotalRecords")
            fields.processed_records = get("ProcessedRecords")
            fields.success_count = get("SuccessCount")
            fields.failure_count = get("FailureCount")
            member = "CreatedAt"
            value = get("CreatedAt")
            fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
            member = "StartedAt"
            value = get("StartedAt")
            fields.started_at = None if value is None else _serde.dec_timestamp(value, wire)
            member = "CompletedAt"
            value = get("CompletedAt")
            fields.completed_at = None if value is None else _serde.dec_timestamp(value, wire)
            fields.failure_reason = get("FailureReason")
            fields.file_name = get("FileName")
            member = "OperationType"
            value = get("OperationType")
            fields.operation_type = (
                None if value is None else _lookup_BulkOperationType(value, value)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class OpportunityEngagementInvitationSort(_Structure):
    """Defines sorting options for retrieving Engagement Invitations. Sorting can be done based
    on various criteria like the invitation date or status.

    Attributes:
        sort_order: Defines the order in which the Engagement Invitations are sorted.
            Required.
        sort_by: Specifies the field by which the Engagement Invitations are sorted.
            Required.
    """

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

    def __init__(
        self,
        *,
        sort_order: SortOrder | str,
        sort_by: OpportunityEngagementInvitationSortName | str,
    ) -> None:
        self.sort_order = sort_order
        self.sort_by = sort_by

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "SortOrder"
            value = self.sort_order
            if value is not None:
                out["SortOrder"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "SortBy"
            value = self.sort_by
            if value is not None:
                out["SortBy"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> OpportunityEngagementInvitationSort:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "SortOrder"
            value = get("SortOrder")
            fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
            member = "SortBy"
            value = get("SortBy")
            fields.sort_by = (
                None
                if value is None
                else _lookup_OpportunityEngagementInvitationSortName(value, value)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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

    def __init__(
        self,
        *,
        receiver_responsibilities: _Sequence[ReceiverResponsibility | str],
        customer: EngagementCustomer,
        project: ProjectDetails,
        sender_contacts: _Sequence[SenderContact] | None = None,
        opportunity_type: OpportunityType | str | None = None,
    ) -> None:
        self.sender_contacts = sender_contacts
        self.receiver_responsibilities = receiver_responsibilities
        self.customer = customer
        self.project = project
        self.opportunity_type = opportunity_type

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "SenderContacts"
            value = self.sender_contacts
            if value is not None:
                out["SenderContacts"] = _encode_SenderContactList(value, wire)
            member = "ReceiverResponsibilities"
            value = self.receiver_responsibilities
            if value is not None:
                out["ReceiverResponsibilities"] = _encode_ReceiverResponsibilityList(value, wire)
            elif wire:
                raise _missing("")
            member = "Customer"
            value = self.customer
            if value is not None:
                out["Customer"] = EngagementCustomer._encode_value(value, wire)
            elif wire:
                raise _missing("")
            member = "Project"
            value = self.project
            if value is not None:
                out["Project"] = ProjectDetails._encode_value(value, wire)
            elif wire:
                raise _missing("")
            member = "OpportunityType"
            value = self.opportunity_type
            if value is not None:
                out["OpportunityType"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> OpportunityInvitationPayload:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "SenderContacts"
            value = get("SenderContacts")
            fields.sender_contacts = (
                None if value is None else _decode_SenderContactList(value, wire)
            )
            member = "ReceiverResponsibilities"
            value = get("ReceiverResponsibilities")
            fields.receiver_responsibilities = (
                None if value is None else _decode_ReceiverResponsibilityList(value, wire)
            )
            member = "Customer"
            value = get("Customer")
            fields.customer = None if value is None else EngagementCustomer._decode(value, wire)
            member = "Project"
            value = get("Project")
            fields.project = None if value is None else ProjectDetails._decode(value, wire)
            member = "OpportunityType"
            value = get("OpportunityType")
            fields.opportunity_type = (
                None if value is None else _lookup_OpportunityType(value, value)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class OpportunityQuality(_Structure):
    """Opportunity quality score and trend.

    Attributes:
        score: Deal quality score assigned to the opportunity.
        trend: Direction of score change since last scoring iteration.
    """

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

    def __init__(
        self,
        *,
        score: int | None = None,
        trend: str | None = None,
    ) -> None:
        self.score = score
        self.trend = trend

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Score"
            value = self.score
            if value is not None:
                out["Score"] = _serde.enc_int(value, wire)
            member = "Trend"
            value = self.trend
            if value is not None:
                out["Trend"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> OpportunityQuality:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.score = get("Score")
        fields.trend = get("Trend")

        return self


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

    def __init__(
        self,
        *,
        company_name: str | None = None,
        industry: Industry | str | None = None,
        aws_account_id: str | None = None,
        address: OpportunitySearchAddress | None = None,
    ) -> None:
        self.company_name = company_name
        self.industry = industry
        self.aws_account_id = aws_account_id
        self.address = address

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "CompanyName"
            value = self.company_name
            if value is not None:
                out["CompanyName"] = _serde.enc_str(value, wire)
            member = "Industry"
            value = self.industry
            if value is not None:
                out["Industry"] = _serde.enc_str(value, wire)
            member = "AwsAccountId"
            value = self.aws_account_id
            if value is not None:
                out["AwsAccountId"] = _serde.enc_str(value, wire)
            member = "Address"
            value = self.address
            if value is not None:
                out["Address"] = OpportunitySearchAddress._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> OpportunitySearchAccount:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.company_name = get("CompanyName")
            member = "Industry"
            value = get("Industry")
            fields.industry = None if value is None else _lookup_Industry(value, value)
            fields.aws_account_id = get("AwsAccountId")
            member = "Address"
            value = get("Address")
            fields.address = (
                None if value is None else OpportunitySearchAddress._decode(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class OpportunitySearchAddress(_Structure):
    """Contains the end customer address fields (country) returned for an opportunity in search
    results.

    Attributes:
        country_code: The country of the end customer, in ISO 3166 alpha-2 format.
    """

    __slots__ = ("country_code",)
    _WIRE_NAMES = frozenset(("CountryCode",))
    _SENSITIVE = frozenset(("country_code",))

    def __init__(
        self,
        *,
        country_code: CountryCode | str | None = None,
    ) -> None:
        self.country_code = country_code

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "CountryCode"
            value = self.country_code
            if value is not None:
                out["CountryCode"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> OpportunitySearchAddress:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "CountryCode"
            value = get("CountryCode")
            fields.country_code = None if value is None else _lookup_CountryCode(value, value)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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

    def __init__(
        self,
        *,
        origin: OpportunityOrigin | str | None = None,
        cosell_motion: str | None = None,
        insights: OpportunitySearchInsights | None = None,
    ) -> None:
        self.origin = origin
        self.cosell_motion = cosell_motion
        self.insights = insights

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Origin"
            value = self.origin
            if value is not None:
                out["Origin"] = _serde.enc_str(value, wire)
            member = "CosellMotion"
            value = self.cosell_motion
            if value is not None:
                out["CosellMotion"] = _serde.enc_str(value, wire)
            member = "Insights"
            value = self.insights
            if value is not None:
                out["Insights"] = OpportunitySearchInsights._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> OpportunitySearchAwsSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Origin"
            value = get("Origin")
            fields.origin = None if value is None else _lookup_OpportunityOrigin(value, value)
            fields.cosell_motion = get("CosellMotion")
            member = "Insights"
            value = get("Insights")
            fields.insights = (
                None if value is None else OpportunitySearchInsights._decode(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class OpportunitySearchCustomer(_Structure):
    """Contains the end customer fields (company name, industry, AWS account, and country)
    returned for an opportunity in search results.

    Attributes:
        account: The end customer account details for the opportunity.
    """

    __slots__ = ("account",)
    _WIRE_NAMES = frozenset(("Account",))

    def __init__(
        self,
        *,
        account: OpportunitySearchAccount | None = None,
    ) -> None:
        self.account = account

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Account"
            value = self.account
            if value is not None:
                out["Account"] = OpportunitySearchAccount._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> OpportunitySearchCustomer:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Account"
            value = get("Account")
            fields.account = (
                None if value is None else OpportunitySearchAccount._decode(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class OpportunitySearchExpectedCustomerSpend(_Structure):
    """A curated expected-spend entry: amount and currency only. Frequency and target company
    are omitted from search results.

    Attributes:
        amount: The estimated monthly recurring revenue amount.
        currency_code: The currency of the estimated amount, in ISO 4217 format.
            Required.
    """

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
    _SENSITIVE = frozenset(
        (
            "amount",
            "currency_code",
        )
    )

    def __init__(
        self,
        *,
        currency_code: CurrencyCode | str,
        amount: str | None = None,
    ) -> None:
        self.amount = amount
        self.currency_code = currency_code

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Amount"
            value = self.amount
            if value is not None:
                out["Amount"] = _serde.enc_str(value, wire)
            member = "CurrencyCode"
            value = self.currency_code
            if value is not None:
                out["CurrencyCode"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> OpportunitySearchExpectedCustomerSpend:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.amount = get("Amount")
            member = "CurrencyCode"
            value = get("CurrencyCode")
            fields.currency_code = None if value is None else _lookup_CurrencyCode(value, value)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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

    def __init__(
        self,
        *,
        and_all_filters: _Sequence[OpportunitySearchFilter] | None = None,
        or_all_filters: _Sequence[OpportunitySearchFilter] | None = None,
        not_filter: OpportunitySearchFilter | None = None,
        equals_to: OpportunitySearchPredicate | None = None,
        contains_any: OpportunitySearchPredicate | None = None,
        contains_all: OpportunitySearchPredicate | None = None,
        greater_than: OpportunitySearchPredicate | None = None,
        greater_than_or_equals: OpportunitySearchPredicate | None = None,
        less_than: OpportunitySearchPredicate | None = None,
        less_than_or_equals: OpportunitySearchPredicate | None = None,
    ) -> None:
        self.and_all_filters = and_all_filters
        self.or_all_filters = or_all_filters
        self.not_filter = not_filter
        self.equals_to = equals_to
        self.contains_any = contains_any
        self.contains_all = contains_all
        self.greater_than = greater_than
        self.greater_than_or_equals = greater_than_or_equals
        self.less_than = less_than
        self.less_than_or_equals = less_than_or_equals

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "AndAllFilters"
            value = self.and_all_filters
            if value is not None:
                out["AndAllFilters"] = _encode_OpportunitySearchFilterList(value, wire)
            member = "OrAllFilters"
            value = self.or_all_filters
            if value is not None:
                out["OrAllFilters"] = _encode_OpportunitySearchFilterList(value, wire)
            member = "NotFilter"
            value = self.not_filter
            if value is not None:
                out["NotFilter"] = OpportunitySearchFilter._encode_value(value, wire)
            member = "EqualsTo"
            value = self.equals_to
            if value is not None:
                out["EqualsTo"] = OpportunitySearchPredicate._encode_value(value, wire)
            member = "ContainsAny"
            value = self.contains_any
            if value is not None:
                out["ContainsAny"] = OpportunitySearchPredicate._encode_value(value, wire)
            member = "ContainsAll"
            value = self.contains_all
            if value is not None:
                out["ContainsAll"] = OpportunitySearchPredicate._encode_value(value, wire)
            member = "GreaterThan"
            value = self.greater_than
            if value is not None:
                out["GreaterThan"] = OpportunitySearchPredicate._encode_value(value, wire)
            member = "GreaterThanOrEquals"
            value = self.greater_than_or_equals
            if value is not None:
                out["GreaterThanOrEquals"] = OpportunitySearchPredicate._encode_value(value, wire)
            member = "LessThan"
            value = self.less_than
            if value is not None:
                out["LessThan"] = OpportunitySearchPredicate._encode_value(value, wire)
            member = "LessThanOrEquals"
            value = self.less_than_or_equals
            if value is not None:
                out["LessThanOrEquals"] = OpportunitySearchPredicate._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> OpportunitySearchFilter:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "AndAllFilters"
            value = get("AndAllFilters")
            fields.and_all_filters = (
                None if value is None else _decode_OpportunitySearchFilterList(value, wire)
            )
            member = "OrAllFilters"
            value = get("OrAllFilters")
            fields.or_all_filters = (
                None if value is None else _decode_OpportunitySearchFilterList(value, wire)
            )
            member = "NotFilter"
            value = get("NotFilter")
            fields.not_filter = (
                None if value is None else OpportunitySearchFilter._decode(value, wire)
            )
            member = "EqualsTo"
            value = get("EqualsTo")
            fields.equals_to = (
                None if value is None else OpportunitySearchPredicate._decode(value, wire)
            )
            member = "ContainsAny"
            value = get("ContainsAny")
            fields.contains_any = (
                None if value is None else OpportunitySearchPredicate._decode(value, wire)
            )
            member = "ContainsAll"
            value = get("ContainsAll")
            fields.contains_all = (
                None if value is None else OpportunitySearchPredicate._decode(value, wire)
            )
            member = "GreaterThan"
            value = get("GreaterThan")
            fields.greater_than = (
                None if value is None else OpportunitySearchPredicate._decode(value, wire)
            )
            member = "GreaterThanOrEquals"
            value = get("GreaterThanOrEquals")
            fields.greater_than_or_equals = (
                None if value is None else OpportunitySearchPredicate._decode(value, wire)
            )
            member = "LessThan"
            value = get("LessThan")
            fields.less_than = (
                None if value is None else OpportunitySearchPredicate._decode(value, wire)
            )
            member = "LessThanOrEquals"
            value = get("LessThanOrEquals")
            fields.less_than_or_equals = (
                None if value is None else OpportunitySearchPredicate._decode(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class OpportunitySearchInsights(_Structure):
    """Contains the insight scores (engagement score and opportunity quality score) returned
    for an opportunity in search results.

    Attributes:
        engagement_score: The level of engagement with the opportunity.
        opportunity_quality: The opportunity quality score.
    """

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

    def __init__(
        self,
        *,
        engagement_score: SearchEngagementScore | str | None = None,
        opportunity_quality: OpportunitySearchOpportunityQuality | None = None,
    ) -> None:
        self.engagement_score = engagement_score
        self.opportunity_quality = opportunity_quality

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "EngagementScore"
            value = self.engagement_score
            if value is not None:
                out["EngagementScore"] = _serde.enc_str(value, wire)
            member = "OpportunityQuality"
            value = self.opportunity_quality
            if value is not None:
                out["OpportunityQuality"] = OpportunitySearchOpportunityQuality._encode_value(
                    value, wire
                )
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> OpportunitySearchInsights:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "EngagementScore"
            value = get("EngagementScore")
            fields.engagement_score = (
                None if value is None else _lookup_SearchEngagementScore(value, value)
            )
            member = "OpportunityQuality"
            value = get("OpportunityQuality")
            fields.opportunity_quality = (
                None if value is None else OpportunitySearchOpportunityQuality._decode(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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

    def __init__(
        self,
        *,
        review_status: ReviewStatus | str | None = None,
        stage: Stage | str | None = None,
        next_steps: str | None = None,
        target_close_date: str | None = None,
    ) -> None:
        self.review_status = review_status
        self.stage = stage
        self.next_steps = next_steps
        self.target_close_date = target_close_date

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "ReviewStatus"
            value = self.review_status
            if value is not None:
                out["ReviewStatus"] = _serde.enc_str(value, wire)
            member = "Stage"
            value = self.stage
            if value is not None:
                out["Stage"] = _serde.enc_str(value, wire)
            member = "NextSteps"
            value = self.next_steps
            if value is not None:
                out["NextSteps"] = _serde.enc_str(value, wire)
            member = "TargetCloseDate"
            value = self.target_close_date
            if value is not None:
                out["TargetCloseDate"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> OpportunitySearchLifeCycle:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "ReviewStatus"
            value = get("ReviewStatus")
            fields.review_status = None if value is None else _lookup_ReviewStatus(value, value)
            member = "Stage"
            value = get("Stage")
            fields.stage = None if value is None else _lookup_Stage(value, value)
            fields.next_steps = get("NextSteps")
            fields.target_close_date = get("TargetCloseDate")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class OpportunitySearchOpportunityQuality(_Structure):
    """Curated opportunity quality: score only.

    Attributes:
        score: A deal quality score (0-assigned to the opportunity.
    """

    __slots__ = ("score",)
    _WIRE_NAMES = frozenset(("Score",))

    def __init__(
        self,
        *,
        score: int | None = None,
    ) -> None:
        self.score = score

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Score"
            value = self.score
            if value is not None:
                out["Score"] = _serde.enc_int(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> OpportunitySearchOpportunityQuality:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.score = get("Score")

        return self


class OpportunitySearchPredicate(_Structure):
    """A leaf filter condition. It carries the field (`Key`) and the typed value (`Value`) to
    compare against. The enclosing `OpportunitySearchFilter` member determines the
    comparison operator.

    Attributes:
        key: The opportunity field that the condition applies to. Required.
        value_: The typed value the condition compares against. Required.
    """

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

    def __init__(
        self,
        *,
        key: OpportunitySearchFilterName | str,
        value_: OpportunitySearchFilterValue,
    ) -> None:
        self.key = key
        self.value_ = value_

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Key"
            value = self.key
            if value is not None:
                out["Key"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Value"
            value = self.value_
            if value is not None:
                out["Value"] = OpportunitySearchFilterValue._encode_value(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> OpportunitySearchPredicate:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Key"
            value = get("Key")
            fields.key = (
                None if value is None else _lookup_OpportunitySearchFilterName(value, value)
            )
            member = "Value"
            value = get("Value")
            fields.value_ = (
                None if value is None else OpportunitySearchFilterValue._decode(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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

    def __init__(
        self,
        *,
        title: str | None = None,
        apn_programs: _Sequence[str] | None = None,
        expected_customer_spend: list[OpportunitySearchExpectedCustomerSpend] | None = None,
    ) -> None:
        self.title = title
        self.apn_programs = apn_programs
        self.expected_customer_spend = expected_customer_spend

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Title"
            value = self.title
            if value is not None:
                out["Title"] = _serde.enc_str(value, wire)
            member = "ApnPrograms"
            value = self.apn_programs
            if value is not None:
                out["ApnPrograms"] = _encode_ApnPrograms(value, wire)
            member = "ExpectedCustomerSpend"
            value = self.expected_customer_spend
            if value is not None:
                out["ExpectedCustomerSpend"] = _encode_OpportunitySearchExpectedCustomerSpendList(
                    value, wire
                )
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> OpportunitySearchProject:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.title = get("Title")
            member = "ApnPrograms"
            value = get("ApnPrograms")
            fields.apn_programs = None if value is None else _decode_ApnPrograms(value, wire)
            member = "ExpectedCustomerSpend"
            value = get("ExpectedCustomerSpend")
            fields.expected_customer_spend = (
                None
                if value is None
                else _decode_OpportunitySearchExpectedCustomerSpendList(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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

    def __init__(
        self,
        *,
        aws_marketplace_offers: list[str] | None = None,
        aws_marketplace_offer_sets: list[str] | None = None,
        aws_marketplace_solutions: list[str] | None = None,
        solutions: list[str] | None = None,
    ) -> None:
        self.aws_marketplace_offers = aws_marketplace_offers
        self.aws_marketplace_offer_sets = aws_marketplace_offer_sets
        self.aws_marketplace_solutions = aws_marketplace_solutions
        self.solutions = solutions

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "AwsMarketplaceOffers"
            value = self.aws_marketplace_offers
            if value is not None:
                out["AwsMarketplaceOffers"] = _encode_AwsMarketplaceOfferIdentifiers(value, wire)
            member = "AwsMarketplaceOfferSets"
            value = self.aws_marketplace_offer_sets
            if value is not None:
                out["AwsMarketplaceOfferSets"] = _encode_AwsMarketplaceOfferSetIdentifiers(
                    value, wire
                )
            member = "AwsMarketplaceSolutions"
            value = self.aws_marketplace_solutions
            if value is not None:
                out["AwsMarketplaceSolutions"] = _encode_AwsMarketplaceSolutionIdentifiers(
                    value, wire
                )
            member = "Solutions"
            value = self.solutions
            if value is not None:
                out["Solutions"] = _encode_SolutionIdentifiers(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> OpportunitySearchRelatedEntityIdentifiers:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "AwsMarketplaceOffers"
            value = get("AwsMarketplaceOffers")
            fields.aws_marketplace_offers = (
                None if value is None else _decode_AwsMarketplaceOfferIdentifiers(value, wire)
            )
            member = "AwsMarketplaceOfferSets"
            value = get("AwsMarketplaceOfferSets")
            fields.aws_marketplace_offer_sets = (
                None if value is None else _decode_AwsMarketplaceOfferSetIdentifiers(value, wire)
            )
            member = "AwsMarketplaceSolutions"
            value = get("AwsMarketplaceSolutions")
            fields.aws_marketplace_solutions = (
                None if value is None else _decode_AwsMarketplaceSolutionIdentifiers(value, wire)
            )
            member = "Solutions"
            value = get("Solutions")
            fields.solutions = None if value is None else _decode_SolutionIdentifiers(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class OpportunitySearchSort(_Structure):
    """Configures sorting of the search results.

    Attributes:
        sort_by: The field to sort the results by. Required.
        sort_order: The direction of the sort, either ascending or descending. Required.
    """

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

    def __init__(
        self,
        *,
        sort_by: OpportunitySearchSortName | str,
        sort_order: SortOrder | str,
    ) -> None:
        self.sort_by = sort_by
        self.sort_order = sort_order

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "SortBy"
            value = self.sort_by
            if value is not None:
                out["SortBy"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "SortOrder"
            value = self.sort_order
            if value is not None:
                out["SortOrder"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> OpportunitySearchSort:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "SortBy"
            value = get("SortBy")
            fields.sort_by = (
                None if value is None else _lookup_OpportunitySearchSortName(value, value)
            )
            member = "SortOrder"
            value = get("SortOrder")
            fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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

    def __init__(
        self,
        *,
        id: str,
        last_modified_date: _dt.datetime,
        created_date: _dt.datetime,
        opportunity_type: OpportunityType | str | None = None,
        partner_opportunity_identifier: str | None = None,
        life_cycle: OpportunitySearchLifeCycle | None = None,
        customer: OpportunitySearchCustomer | None = None,
        project: OpportunitySearchProject | None = None,
        tags: _Sequence[Tag] | None = None,
        related_entity_identifiers: OpportunitySearchRelatedEntityIdentifiers | None = None,
        opportunity_team: list[OpportunitySearchTeamMember] | None = None,
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
        self.tags = tags
        self.related_entity_identifiers = related_entity_identifiers
        self.opportunity_team = opportunity_team
        self.aws_opportunity_summary = aws_opportunity_summary

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Id"
            value = self.id
            if value is not None:
                out["Id"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "LastModifiedDate"
            value = self.last_modified_date
            if value is not None:
                out["LastModifiedDate"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
            member = "CreatedDate"
            value = self.created_date
            if value is not None:
                out["CreatedDate"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
            member = "OpportunityType"
            value = self.opportunity_type
            if value is not None:
                out["OpportunityType"] = _serde.enc_str(value, wire)
            member = "PartnerOpportunityIdentifier"
            value = self.partner_opportunity_identifier
            if value is not None:
                out["PartnerOpportunityIdentifier"] = _serde.enc_str(value, wire)
            member = "LifeCycle"
            value = self.life_cycle
            if value is not None:
                out["LifeCycle"] = OpportunitySearchLifeCycle._encode_value(value, wire)
            member = "Customer"
            value = self.customer
            if value is not None:
                out["Customer"] = OpportunitySearchCustomer._encode_value(value, wire)
            member = "Project"
            value = self.project
            if value is not None:
                out["Project"] = OpportunitySearchProject._encode_value(value, wire)
            member = "Tags"
            value = self.tags
            if value is not None:
                out["Tags"] = _encode_TagList(value, wire)
            member = "RelatedEntityIdentifiers"
            value = self.related_entity_identifiers
            if value is not None:
                out["RelatedEntityIdentifiers"] = (
                    OpportunitySearchRelatedEntityIdentifiers._encode_value(value, wire)
                )
            member = "OpportunityTeam"
            value = self.opportunity_team
            if value is not None:
                out["OpportunityTeam"] = _encode_OpportunitySearchTeamMembersList(value, wire)
            member = "AwsOpportunitySummary"
            value = self.aws_opportunity_summary
            if value is not None:
                out["AwsOpportunitySummary"] = OpportunitySearchAwsSummary._encode_value(
                    value, wire
                )
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> OpportunitySearchSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.id = get("Id")
            member = "LastModifiedDate"
            value = get("LastModifiedDate")
            fields.last_modified_date = (
                None if value is None else _serde.dec_timestamp(value, wire)
            )
            member = "CreatedDate"
            value = get("CreatedDate")
            fields.created_date = None if value is None else _serde.dec_timestamp(value, wire)
            member = "OpportunityType"
            value = get("OpportunityType")
            fields.opportunity_type = (
                None if value is None else _lookup_OpportunityType(value, value)
            )
            fields.partner_opportunity_identifier = get("PartnerOpportunityIdentifier")
            member = "LifeCycle"
            value = get("LifeCycle")
            fields.life_cycle = (
                None if value is None else OpportunitySearchLifeCycle._decode(value, wire)
            )
            member = "Customer"
            value = get("Customer")
            fields.customer = (
                None if value is None else OpportunitySearchCustomer._decode(value, wire)
            )
            member = "Project"
            value = get("Project")
            fields.project = (
                None if value is None else OpportunitySearchProject._decode(value, wire)
            )
            member = "Tags"
            value = get("Tags")
            fields.tags = None if value is None else _decode_TagList(value, wire)
            member = "RelatedEntityIdentifiers"
            value = get("RelatedEntityIdentifiers")
            fields.related_entity_identifiers = (
                None
                if value is None
                else OpportunitySearchRelatedEntityIdentifiers._decode(value, wire)
            )
            member = "OpportunityTeam"
            value = get("OpportunityTeam")
            fields.opportunity_team = (
                None if value is None else _decode_OpportunitySearchTeamMembersList(value, wire)
            )
            member = "AwsOpportunitySummary"
            value = get("AwsOpportunitySummary")
            fields.aws_opportunity_summary = (
                None if value is None else OpportunitySearchAwsSummary._decode(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class OpportunitySearchTeamMember(_Structure):
    """An opportunity team member surfaced in search: name and business title only, with no
    contact details.

    Attributes:
        first_name: The team member's first name.
        last_name: The team member's last name.
        business_title: The team member's business title.
    """

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

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "FirstName"
            value = self.first_name
            if value is not None:
                out["FirstName"] = _serde.enc_str(value, wire)
            member = "LastName"
            value = self.last_name
            if value is not None:
                out["LastName"] = _serde.enc_str(value, wire)
            member = "BusinessTitle"
            value = self.business_title
            if value is not None:
                out["BusinessTitle"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> OpportunitySearchTeamMember:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.first_name = get("FirstName")
        fields.last_name = get("LastName")
        fields.business_title = get("BusinessTitle")

        return self


class OpportunitySort(_Structure):
    """Object that configures response sorting.

    Attributes:
        sort_order: Sort order. Required.
        sort_by: Field name to sort by. Required.
    """

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

    def __init__(
        self,
        *,
        sort_order: SortOrder | str,
        sort_by: OpportunitySortName | str,
    ) -> None:
        self.sort_order = sort_order
        self.sort_by = sort_by

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "SortOrder"
            value = self.sort_order
            if value is not None:
                out["SortOrder"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "SortBy"
            value = self.sort_by
            if value is not None:
                out["SortBy"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> OpportunitySort:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "SortOrder"
            value = get("SortOrder")
            fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
            member = "SortBy"
            value = get("SortBy")
            fields.sort_by = None if value is None else _lookup_OpportunitySortName(value, value)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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

    def __init__(
        self,
        *,
        catalog: str,
        id: str | None = None,
        arn: str | None = None,
        partner_opportunity_identifier: str | None = None,
        opportunity_type: OpportunityType | str | None = None,
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

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Id"
            value = self.id
            if value is not None:
                out["Id"] = _serde.enc_str(value, wire)
            member = "Arn"
            value = self.arn
            if value is not None:
                out["Arn"] = _serde.enc_str(value, wire)
            member = "PartnerOpportunityIdentifier"
            value = self.partner_opportunity_identifier
            if value is not None:
                out["PartnerOpportunityIdentifier"] = _serde.enc_str(value, wire)
            member = "OpportunityType"
            value = self.opportunity_type
            if value is not None:
                out["OpportunityType"] = _serde.enc_str(value, wire)
            member = "LastModifiedDate"
            value = self.last_modified_date
            if value is not None:
                out["LastModifiedDate"] = _serde.enc_iso8601(value, wire)
            member = "CreatedDate"
            value = self.created_date
            if value is not None:
                out["CreatedDate"] = _serde.enc_iso8601(value, wire)
            member = "LifeCycle"
            value = self.life_cycle
            if value is not None:
                out["LifeCycle"] = LifeCycleSummary._encode_value(value, wire)
            member = "Customer"
            value = self.customer
            if value is not None:
                out["Customer"] = CustomerSummary._encode_value(value, wire)
            member = "Project"
            value = self.project
            if value is not None:
                out["Project"] = ProjectSummary._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> OpportunitySummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.id = get("Id")
            fields.arn = get("Arn")
            fields.partner_opportunity_identifier = get("PartnerOpportunityIdentifier")
            member = "OpportunityType"
            value = get("OpportunityType")
            fields.opportunity_type = (
                None if value is None else _lookup_OpportunityType(value, value)
            )
            member = "LastModifiedDate"
            value = get("LastModifiedDate")
            fields.last_modified_date = (
                None if value is None else _serde.dec_timestamp(value, wire)
            )
            member = "CreatedDate"
            value = get("CreatedDate")
            fields.created_date = None if value is None else _serde.dec_timestamp(value, wire)
            member = "LifeCycle"
            value = get("LifeCycle")
            fields.life_cycle = None if value is None else LifeCycleSummary._decode(value, wire)
            member = "Customer"
            value = get("Customer")
            fields.customer = None if value is None else CustomerSummary._decode(value, wire)
            member = "Project"
            value = get("Project")
            fields.project = None if value is None else ProjectSummary._decode(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class OpportunitySummaryView(_Structure):
    """Provides a comprehensive view of an opportunity summary, including lifecycle
    information, team details, opportunity type, primary needs from AWS, and associated
    project information.

    Attributes:
        opportunity_type: Specifies the opportunity type.
        lifecycle: Contains information about the opportunity's lifecycle, including its
            current stage, status, and...
        opportunity_team: Represents the internal team handling the opportunity.
        primary_needs_from_aws: Identifies the type of support the partner needs from
            AWS.
        customer: Contains details about the customer that the opportunity belongs to.
        project: Contains summary information about the project associated with the
            opportunity, including project...
        related_entity_identifiers: Lists the identifiers of entities that relate to the
            opportunity, such as AWS products, partner...
    """

    __slots__ = (
        "opportunity_type",
        "lifecycle",
        "opportunity_team",
        "primary_needs_from_aws",
        "customer",
        "project",
        "related_entity_identifiers",
    )
    _WIRE_NAMES = frozenset(
        (
            "OpportunityType",
            "Lifecycle",
            "OpportunityTeam",
            "PrimaryNeedsFromAws",
            "Customer",
            "Project",
            "RelatedEntityIdentifiers",
        )
    )

    def __init__(
        self,
        *,
        opportunity_type: OpportunityType | str | None = None,
        lifecycle: LifeCycleForView | None = None,
        opportunity_team: _Sequence[Contact] | None = None,
        primary_needs_from_aws: _Sequence[PrimaryNeedFromAws | str] | None = None,
        customer: Customer | None = None,
        project: ProjectView | None = None,
        related_entity_identifiers: RelatedEntityIdentifiers | None = None,
    ) -> None:
        self.opportunity_type = opportunity_type
        self.lifecycle = lifecycle
        self.opportunity_team = opportunity_team
        self.primary_needs_from_aws = primary_needs_from_aws
        self.customer = customer
        self.project = project
        self.related_entity_identifiers = related_entity_identifiers

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "OpportunityType"
            value = self.opportunity_type
            if value is not None:
                out["OpportunityType"] = _serde.enc_str(value, wire)
            member = "Lifecycle"
            value = self.lifecycle
            if value is not None:
                out["Lifecycle"] = LifeCycleForView._encode_value(value, wire)
            member = "OpportunityTeam"
            value = self.opportunity_team
            if value is not None:
                out["OpportunityTeam"] = _encode_PartnerOpportunityTeamMembersList(value, wire)
            member = "PrimaryNeedsFromAws"
            value = self.primary_needs_from_aws
            if value is not None:
                out["PrimaryNeedsFromAws"] = _encode_PrimaryNeedsFromAws(value, wire)
            member = "Customer"
            value = self.customer
            if value is not None:
                out["Customer"] = Customer._encode_value(value, wire)
            member = "Project"
            value = self.project
            if value is not None:
                out["Project"] = ProjectView._encode_value(value, wire)
            member = "RelatedEntityIdentifiers"
            value = self.related_entity_identifiers
            if value is not None:
                out["RelatedEntityIdentifiers"] = RelatedEntityIdentifiers._encode_value(
                    value, wire
                )
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> OpportunitySummaryView:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "OpportunityType"
            value = get("OpportunityType")
            fields.opportunity_type = (
                None if value is None else _lookup_OpportunityType(value, value)
            )
            member = "Lifecycle"
            value = get("Lifecycle")
            fields.lifecycle = None if value is None else LifeCycleForView._decode(value, wire)
            member = "OpportunityTeam"
            value = get("OpportunityTeam")
            fields.opportunity_team = (
                None if value is None else _decode_PartnerOpportunityTeamMembersList(value, wire)
            )
            member = "PrimaryNeedsFromAws"
            value = get("PrimaryNeedsFromAws")
            fields.primary_needs_from_aws = (
                None if value is None else _decode_PrimaryNeedsFromAws(value, wire)
            )
            member = "Customer"
            value = get("Customer")
            fields.customer = None if value is None else Customer._decode(value, wire)
            member = "Project"
            value = get("Project")
            fields.project = None if value is None else ProjectView._decode(value, wire)
            member = "RelatedEntityIdentifiers"
            value = get("RelatedEntityIdentifiers")
            fields.related_entity_identifiers = (
                None if value is None else RelatedEntityIdentifiers._decode(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class PreferredContactWindow(_Structure):
    """The time window during which the sender prefers to be contacted about an account plan.
    This information is advisory. Both fields are optional.

    Attributes:
        window: The preferred time-of-day band for contact.
        timezone: The IANA time zone name that the window is expressed in, for example
            `America/Chicago`.
    """

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

    def __init__(
        self,
        *,
        window: ContactWindow | str | None = None,
        timezone: str | None = None,
    ) -> None:
        self.window = window
        self.timezone = timezone

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Window"
            value = self.window
            if value is not None:
                out["Window"] = _serde.enc_str(value, wire)
            member = "Timezone"
            value = self.timezone
            if value is not None:
                out["Timezone"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> PreferredContactWindow:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Window"
            value = get("Window")
            fields.window = None if value is None else _lookup_ContactWindow(value, value)
            fields.timezone = get("Timezone")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ProfileNextStepsHistory(_Structure):
    """Tracks the history of next steps associated with the opportunity. This field captures
    the actions planned for the future and their timeline.

    Attributes:
        value_: Represents the details of the next step recorded, such as follow-up
            actions or decisions made. Required.
        time: Indicates the date and time when a particular next step was recorded or
            planned. Required.
    """

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

    def __init__(
        self,
        *,
        value_: str,
        time: _dt.datetime,
    ) -> None:
        self.value_ = value_
        self.time = time

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Value"
            value = self.value_
            if value is not None:
                out["Value"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Time"
            value = self.time
            if value is not None:
                out["Time"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ProfileNextStepsHistory:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.value_ = get("Value")
            member = "Time"
            value = get("Time")
            fields.time = None if value is None else _serde.dec_timestamp(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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

    def __init__(
        self,
        *,
        delivery_models: _Sequence[DeliveryModel | str] | None = None,
        expected_customer_spend: _Sequence[ExpectedCustomerSpend] | None = None,
        expected_contract_duration: ExpectedContractDuration | None = None,
        title: str | None = None,
        apn_programs: _Sequence[str] | None = None,
        customer_business_problem: str | None = None,
        customer_use_case: str | None = None,
        related_opportunity_identifier: str | None = None,
        sales_activities: _Sequence[SalesActivity | str] | None = None,
        competitor_name: CompetitorName | str | None = None,
        other_competitor_names: str | None = None,
        other_solution_description: str | None = None,
        additional_comments: str | None = None,
        aws_partition: AwsPartition | str | None = None,
    ) -> None:
        self.delivery_models = delivery_models
        self.expected_customer_spend = expected_customer_spend
        self.expected_contract_duration = expected_contract_duration
        self.title = title
        self.apn_programs = apn_programs
        self.customer_business_problem = customer_business_problem
        self.customer_use_case = customer_use_case
        self.related_opportunity_identifier = related_opportunity_identifier
        self.sales_activities = sales_activities
        self.competitor_name = competitor_name
        self.other_competitor_names = other_competitor_names
        self.other_solution_description = other_solution_description
        self.additional_comments = additional_comments
        self.aws_partition = aws_partition

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "DeliveryModels"
            value = self.delivery_models
            if value is not None:
                out["DeliveryModels"] = _encode_DeliveryModels(value, wire)
            member = "ExpectedCustomerSpend"
            value = self.expected_customer_spend
            if value is not None:
                out["ExpectedCustomerSpend"] = _encode_ExpectedCustomerSpendList(value, wire)
            member = "ExpectedContractDuration"
            value = self.expected_contract_duration
            if value is not None:
                out["ExpectedContractDuration"] = ExpectedContractDuration._encode_value(
                    value, wire
                )
            member = "Title"
            value = self.title
            if value is not None:
                out["Title"] = _serde.enc_str(value, wire)
            member = "ApnPrograms"
            value = self.apn_programs
            if value is not None:
                out["ApnPrograms"] = _encode_ApnPrograms(value, wire)
            member = "CustomerBusinessProblem"
            value = self.customer_business_problem
            if value is not None:
                out["CustomerBusinessProblem"] = _serde.enc_str(value, wire)
            member = "CustomerUseCase"
            value = self.customer_use_case
            if value is not None:
                out["CustomerUseCase"] = _serde.enc_str(value, wire)
            member = "RelatedOpportunityIdentifier"
            value = self.related_opportunity_identifier
            if value is not None:
                out["RelatedOpportunityIdentifier"] = _serde.enc_str(value, wire)
            member = "SalesActivities"
            value = self.sales_activities
            if value is not None:
                out["SalesActivities"] = _encode_SalesActivities(value, wire)
            member = "CompetitorName"
            value = self.competitor_name
            if value is not None:
                out["CompetitorName"] = _serde.enc_str(value, wire)
            member = "OtherCompetitorNames"
            value = self.other_competitor_names
            if value is not None:
                out["OtherCompetitorNames"] = _serde.enc_str(value, wire)
            member = "OtherSolutionDescription"
            value = self.other_solution_description
            if value is not None:
                out["OtherSolutionDescription"] = _serde.enc_str(value, wire)
            member = "AdditionalComments"
            value = self.additional_comments
            if value is not None:
                out["AdditionalComments"] = _serde.enc_str(value, wire)
            member = "AwsPartition"
            value = self.aws_partition
            if value is not None:
                out["AwsPartition"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> Project:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "DeliveryModels"
            value = get("DeliveryModels")
            fields.delivery_models = None if value is None else _decode_DeliveryModels(value, wire)
            member = "ExpectedCustomerSpend"
            value = get("ExpectedCustomerSpend")
            fields.expected_customer_spend = (
                None if value is None else _decode_ExpectedCustomerSpendList(value, wire)
            )
            member = "ExpectedContractDuration"
            value = get("ExpectedContractDuration")
            fields.expected_contract_duration = (
                None if value is None else ExpectedContractDuration._decode(value, wire)
            )
            fields.title = get("Title")
            member = "ApnPrograms"
            value = get("ApnPrograms")
            fields.apn_programs = None if value is None else _decode_ApnPrograms(value, wire)
            fields.customer_business_problem = get("CustomerBusinessProblem")
            fields.customer_use_case = get("CustomerUseCase")
            fields.related_opportunity_identifier = get("RelatedOpportunityIdentifier")
            member = "SalesActivities"
            value = get("SalesActivities")
            fields.sales_activities = (
                None if value is None else _decode_SalesActivities(value, wire)
            )
            member = "CompetitorName"
            value = get("CompetitorName")
            fields.competitor_name = (
                None if value is None else _lookup_CompetitorName(value, value)
            )
            fields.other_competitor_names = get("OtherCompetitorNames")
            fields.other_solution_description = get("OtherSolutionDescription")
            fields.additional_comments = get("AdditionalComments")
            member = "AwsPartition"
            value = get("AwsPartition")
            fields.aws_partition = None if value is None else _lookup_AwsPartition(value, value)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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
    _SENSITIVE = frozenset(("business_problem",))

    def __init__(
        self,
        *,
        business_problem: str,
        title: str,
        target_completion_date: str,
        expected_customer_spend: _Sequence[ExpectedCustomerSpend],
    ) -> None:
        self.business_problem = business_problem
        self.title = title
        self.target_completion_date = target_completion_date
        self.expected_customer_spend = expected_customer_spend

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "BusinessProblem"
            value = self.business_problem
            if value is not None:
                out["BusinessProblem"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Title"
            value = self.title
            if value is not None:
                out["Title"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "TargetCompletionDate"
            value = self.target_completion_date
            if value is not None:
                out["TargetCompletionDate"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ExpectedCustomerSpend"
            value = self.expected_customer_spend
            if value is not None:
                out["ExpectedCustomerSpend"] = _encode_ExpectedCustomerSpendList(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ProjectDetails:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.business_problem = get("BusinessProblem")
            fields.title = get("Title")
            fields.target_completion_date = get("TargetCompletionDate")
            member = "ExpectedCustomerSpend"
            value = get("ExpectedCustomerSpend")
            fields.expected_customer_spend = (
                None if value is None else _decode_ExpectedCustomerSpendList(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ProjectSummary(_Structure):
    """An object that contains a `Project` object's subset of fields.

    Attributes:
        delivery_models: Specifies your solution or service's deployment or consumption
            model in the `Opportunity`'s context.
        expected_customer_spend: Provides a summary of the expected customer spend for
            the project, offering a high-level view of...
        expected_contract_duration: Optional.
    """

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

    def __init__(
        self,
        *,
        delivery_models: _Sequence[DeliveryModel | str] | None = None,
        expected_customer_spend: _Sequence[ExpectedCustomerSpend] | None = None,
        expected_contract_duration: ExpectedContractDuration | None = None,
    ) -> None:
        self.delivery_models = delivery_models
        self.expected_customer_spend = expected_customer_spend
        self.expected_contract_duration = expected_contract_duration

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "DeliveryModels"
            value = self.delivery_models
            if value is not None:
                out["DeliveryModels"] = _encode_DeliveryModels(value, wire)
            member = "ExpectedCustomerSpend"
            value = self.expected_customer_spend
            if value is not None:
                out["ExpectedCustomerSpend"] = _encode_ExpectedCustomerSpendList(value, wire)
            member = "ExpectedContractDuration"
            value = self.expected_contract_duration
            if value is not None:
                out["ExpectedContractDuration"] = ExpectedContractDuration._encode_value(
                    value, wire
                )
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ProjectSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "DeliveryModels"
            value = get("DeliveryModels")
            fields.delivery_models = None if value is None else _decode_DeliveryModels(value, wire)
            member = "ExpectedCustomerSpend"
            value = get("ExpectedCustomerSpend")
            fields.expected_customer_spend = (
                None if value is None else _decode_ExpectedCustomerSpendList(value, wire)
            )
            member = "ExpectedContractDuration"
            value = get("ExpectedContractDuration")
            fields.expected_contract_duration = (
                None if value is None else ExpectedContractDuration._decode(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ProjectView(_Structure):
    """Provides the project view of an opportunity resource shared through a snapshot.

    Attributes:
        delivery_models: Describes the deployment or consumption model for the partner
            solution or offering.
        expected_customer_spend: Provides information about the anticipated customer
            spend related to this project.
        expected_contract_duration: Optional.
        customer_use_case: Specifies the proposed solution focus or type of workload for
            the project.
        sales_activities: Lists the pre-sales activities that have occurred with the
            end-customer related to the opportunity.
        other_solution_description: Offers a description of other solutions if the
            standard solutions do not adequately cover the...
    """

    __slots__ = (
        "delivery_models",
        "expected_customer_spend",
        "expected_contract_duration",
        "customer_use_case",
        "sales_activities",
        "other_solution_description",
    )
    _WIRE_NAMES = frozenset(
        (
            "DeliveryModels",
            "ExpectedCustomerSpend",
            "ExpectedContractDuration",
            "CustomerUseCase",
            "SalesActivities",
            "OtherSolutionDescription",
        )
    )
    _SENSITIVE = frozenset(("other_solution_description",))

    def __init__(
        self,
        *,
        delivery_models: _Sequence[DeliveryModel | str] | None = None,
        expected_customer_spend: _Sequence[ExpectedCustomerSpend] | None = None,
        expected_contract_duration: ExpectedContractDuration | None = None,
        customer_use_case: str | None = None,
        sales_activities: _Sequence[SalesActivity | str] | None = None,
        other_solution_description: str | None = None,
    ) -> None:
        self.delivery_models = delivery_models
        self.expected_customer_spend = expected_customer_spend
        self.expected_contract_duration = expected_contract_duration
        self.customer_use_case = customer_use_case
        self.sales_activities = sales_activities
        self.other_solution_description = other_solution_description

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "DeliveryModels"
            value = self.delivery_models
            if value is not None:
                out["DeliveryModels"] = _encode_DeliveryModels(value, wire)
            member = "ExpectedCustomerSpend"
            value = self.expected_customer_spend
            if value is not None:
                out["ExpectedCustomerSpend"] = _encode_ExpectedCustomerSpendList(value, wire)
            member = "ExpectedContractDuration"
            value = self.expected_contract_duration
            if value is not None:
                out["ExpectedContractDuration"] = ExpectedContractDuration._encode_value(
                    value, wire
                )
            member = "CustomerUseCase"
            value = self.customer_use_case
            if value is not None:
                out["CustomerUseCase"] = _serde.enc_str(value, wire)
            member = "SalesActivities"
            value = self.sales_activities
            if value is not None:
                out["SalesActivities"] = _encode_SalesActivities(value, wire)
            member = "OtherSolutionDescription"
            value = self.other_solution_description
            if value is not None:
                out["OtherSolutionDescription"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ProjectView:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "DeliveryModels"
            value = get("DeliveryModels")
            fields.delivery_models = None if value is None else _decode_DeliveryModels(value, wire)
            member = "ExpectedCustomerSpend"
            value = get("ExpectedCustomerSpend")
            fields.expected_customer_spend = (
                None if value is None else _decode_ExpectedCustomerSpendList(value, wire)
            )
            member = "ExpectedContractDuration"
            value = get("ExpectedContractDuration")
            fields.expected_contract_duration = (
                None if value is None else ExpectedContractDuration._decode(value, wire)
            )
            fields.customer_use_case = get("CustomerUseCase")
            member = "SalesActivities"
            value = get("SalesActivities")
            fields.sales_activities = (
                None if value is None else _decode_SalesActivities(value, wire)
            )
            fields.other_solution_description = get("OtherSolutionDescription")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ProspectingFromEngagementTaskSort(_Structure):
    """Specifies the sort configuration for `ListProspectingFromEngagementTasks`. Contains the
    field to sort by and the sort direction.

    Attributes:
        sort_order: The direction in which to sort the results. Required.
        sort_by: The field by which to sort the returned tasks. Required.
    """

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

    def __init__(
        self,
        *,
        sort_order: SortOrder | str,
        sort_by: ProspectingFromEngagementTaskSortName | str,
    ) -> None:
        self.sort_order = sort_order
        self.sort_by = sort_by

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "SortOrder"
            value = self.sort_order
            if value is not None:
                out["SortOrder"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "SortBy"
            value = self.sort_by
            if value is not None:
                out["SortBy"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ProspectingFromEngagementTaskSort:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "SortOrder"
            value = get("SortOrder")
            fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
            member = "SortBy"
            value = get("SortBy")
            fields.sort_by = (
                None
                if value is None
                else _lookup_ProspectingFromEngagementTaskSortName(value, value)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ProspectingInsights(_Structure):
    """Contains insights that AI generates from the prospecting analysis. These insights
    include marketplace engagement scoring, solution fit assessments, and solution
    categorization for the prospected customer.

    Attributes:
        marketplace_engagement_score: A score that indicates the prospected customer's
            level of engagement with AWS Marketplace.
        solution_score: A score that indicates how well the partner's solution fits the
            prospected customer's needs.
        solution_category: The primary solution category classification for the
            prospected customer.
        solution_sub_category: The solution sub-category classification for the
            prospected customer.
    """

    __slots__ = (
        "marketplace_engagement_score",
        "solution_score",
        "solution_category",
        "solution_sub_category",
    )
    _WIRE_NAMES = frozenset(
        (
            "MarketplaceEngagementScore",
            "SolutionScore",
            "SolutionCategory",
            "SolutionSubCategory",
        )
    )

    def __init__(
        self,
        *,
        marketplace_engagement_score: str | None = None,
        solution_score: str | None = None,
        solution_category: str | None = None,
        solution_sub_category: str | None = None,
    ) -> None:
        self.marketplace_engagement_score = marketplace_engagement_score
        self.solution_score = solution_score
        self.solution_category = solution_category
        self.solution_sub_category = solution_sub_category

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "MarketplaceEngagementScore"
            value = self.marketplace_engagement_score
            if value is not None:
                out["MarketplaceEngagementScore"] = _serde.enc_str(value, wire)
            member = "SolutionScore"
            value = self.solution_score
            if value is not None:
                out["SolutionScore"] = _serde.enc_str(value, wire)
            member = "SolutionCategory"
            value = self.solution_category
            if value is not None:
                out["SolutionCategory"] = _serde.enc_str(value, wire)
            member = "SolutionSubCategory"
            value = self.solution_sub_category
            if value is not None:
                out["SolutionSubCategory"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ProspectingInsights:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.marketplace_engagement_score = get("MarketplaceEngagementScore")
        fields.solution_score = get("SolutionScore")
        fields.solution_category = get("SolutionCategory")
        fields.solution_sub_category = get("SolutionSubCategory")

        return self


class ProspectingResult(_Structure):
    """Contains the results of an autonomous prospecting job. This includes data and insights
    that AWS provides about a prospected customer account.

    Attributes:
        aws: Prospecting data and insights that AWS provides during the prospecting job.
    """

    __slots__ = ("aws",)
    _WIRE_NAMES = frozenset(("Aws",))

    def __init__(
        self,
        *,
        aws: ProspectingResultAws | None = None,
    ) -> None:
        self.aws = aws

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Aws"
            value = self.aws
            if value is not None:
                out["Aws"] = ProspectingResultAws._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ProspectingResult:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Aws"
            value = get("Aws")
            fields.aws = None if value is None else ProspectingResultAws._decode(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Customer"
            value = self.customer
            if value is not None:
                out["Customer"] = ProspectingResultCustomer._encode_value(value, wire)
            member = "Insights"
            value = self.insights
            if value is not None:
                out["Insights"] = ProspectingInsights._encode_value(value, wire)
            member = "StartTime"
            value = self.start_time
            if value is not None:
                out["StartTime"] = _serde.enc_iso8601(value, wire)
            member = "EndTime"
            value = self.end_time
            if value is not None:
                out["EndTime"] = _serde.enc_iso8601(value, wire)
            member = "TaskId"
            value = self.task_id
            if value is not None:
                out["TaskId"] = _serde.enc_str(value, wire)
            member = "TaskArn"
            value = self.task_arn
            if value is not None:
                out["TaskArn"] = _serde.enc_str(value, wire)
            member = "TaskName"
            value = self.task_name
            if value is not None:
                out["TaskName"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ProspectingResultAws:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Customer"
            value = get("Customer")
            fields.customer = (
                None if value is None else ProspectingResultCustomer._decode(value, wire)
            )
            member = "Insights"
            value = get("Insights")
            fields.insights = None if value is None else ProspectingInsights._decode(value, wire)
            member = "StartTime"
            value = get("StartTime")
            fields.start_time = None if value is None else _serde.dec_timestamp(value, wire)
            member = "EndTime"
            value = get("EndTime")
            fields.end_time = None if value is None else _serde.dec_timestamp(value, wire)
            fields.task_id = get("TaskId")
            fields.task_arn = get("TaskArn")
            fields.task_name = get("TaskName")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ProspectingResultCustomer(_Structure):
    """Contains detailed information about the prospected customer account, including company
    identifiers, geographic classification, industry segmentation, and program eligibility.

    Attributes:
        account_name: The name of the prospected customer account.
        geo: The geographic region classification of the prospected customer account.
        region: The specific region of the prospected customer account.
        sub_region: The subregion classification of the prospected customer account.
        country: The country code of the prospected customer account.
        industry: The industry classification of the prospected customer account.
        sub_industry: The sub-industry classification of the prospected customer
            account.
        segment: The market segment classification of the prospected customer account.
        company_size: The company size classification of the prospected customer
            account.
        eligible_programs: A list of AWS Greenfield programs that the prospected
            customer is eligible for.
        public_profile_summary: A summary of publicly available information about the
            prospected customer.
    """

    __slots__ = (
        "account_name",
        "geo",
        "region",
        "sub_region",
        "country",
        "industry",
        "sub_industry",
        "segment",
        "company_size",
        "eligible_programs",
        "public_profile_summary",
    )
    _WIRE_NAMES = frozenset(
        (
            "AccountName",
            "Geo",
            "Region",
            "SubRegion",
            "Country",
            "Industry",
            "SubIndustry",
            "Segment",
            "CompanySize",
            "EligiblePrograms",
            "PublicProfileSummary",
        )
    )
    _SENSITIVE = frozenset(("country",))

    def __init__(
        self,
        *,
        account_name: str | None = None,
        geo: str | None = None,
        region: str | None = None,
        sub_region: str | None = None,
        country: CountryCode | str | None = None,
        industry: Industry | str | None = None,
        sub_industry: str | None = None,
        segment: str | None = None,
        company_size: str | None = None,
        eligible_programs: _Sequence[str] | None = None,
        public_profile_summary: str | None = None,
    ) -> None:
        self.account_name = account_name
        self.geo = geo
        self.region = region
        self.sub_region = sub_region
        self.country = country
        self.industry = industry
        self.sub_industry = sub_industry
        self.segment = segment
        self.company_size = company_size
        self.eligible_programs = eligible_programs
        self.public_profile_summary = public_profile_summary

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "AccountName"
            value = self.account_name
            if value is not None:
                out["AccountName"] = _serde.enc_str(value, wire)
            member = "Geo"
            value = self.geo
            if value is not None:
                out["Geo"] = _serde.enc_str(value, wire)
            member = "Region"
            value = self.region
            if value is not None:
                out["Region"] = _serde.enc_str(value, wire)
            member = "SubRegion"
            value = self.sub_region
            if value is not None:
                out["SubRegion"] = _serde.enc_str(value, wire)
            member = "Country"
            value = self.country
            if value is not None:
                out["Country"] = _serde.enc_str(value, wire)
            member = "Industry"
            value = self.industry
            if value is not None:
                out["Industry"] = _serde.enc_str(value, wire)
            member = "SubIndustry"
            value = self.sub_industry
            if value is not None:
                out["SubIndustry"] = _serde.enc_str(value, wire)
            member = "Segment"
            value = self.segment
            if value is not None:
                out["Segment"] = _serde.enc_str(value, wire)
            member = "CompanySize"
            value = self.company_size
            if value is not None:
                out["CompanySize"] = _serde.enc_str(value, wire)
            member = "EligiblePrograms"
            value = self.eligible_programs
            if value is not None:
                out["EligiblePrograms"] = _encode_EligibleProgramsList(value, wire)
            member = "PublicProfileSummary"
            value = self.public_profile_summary
            if value is not None:
                out["PublicProfileSummary"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ProspectingResultCustomer:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.account_name = get("AccountName")
            fields.geo = get("Geo")
            fields.region = get("Region")
            fields.sub_region = get("SubRegion")
            member = "Country"
            value = get("Country")
            fields.country = None if value is None else _lookup_CountryCode(value, value)
            member = "Industry"
            value = get("Industry")
            fields.industry = None if value is None else _lookup_Industry(value, value)
            fields.sub_industry = get("SubIndustry")
            fields.segment = get("Segment")
            fields.company_size = get("CompanySize")
            member = "EligiblePrograms"
            value = get("EligiblePrograms")
            fields.eligible_programs = (
                None if value is None else _decode_EligibleProgramsList(value, wire)
            )
            fields.public_profile_summary = get("PublicProfileSummary")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ProspectingTaskSummary(_Structure):
    """A summary of a single prospecting task, returned by
    `ListProspectingFromEngagementTasks`. Contains key metrics and status information
    without the full per-engagement detail available from
    `GetProspectingFromEngagementTask`.

    Attributes:
        task_id: The unique identifier of the task. Required.
        task_arn: The Amazon Resource Name (ARN) of the task. Required.
        task_name: The descriptive name of the task provided when it was created.
            Required.
        start_time: The timestamp indicating when the task was initiated. Required.
        end_time: The timestamp indicating when the task finished processing.
        total_engagement_count: The total number of engagements included in the task.
            Required.
        completed_engagement_count: The number of engagements that have been
            successfully converted into prospecting leads. Required.
        failed_engagement_count: The number of engagements that failed to be converted.
            Required.
    """

    __slots__ = (
        "task_id",
        "task_arn",
        "task_name",
        "start_time",
        "end_time",
        "total_engagement_count",
        "completed_engagement_count",
        "failed_engagement_count",
    )
    _WIRE_NAMES = frozenset(
        (
            "TaskId",
            "TaskArn",
            "TaskName",
            "StartTime",
            "EndTime",
            "TotalEngagementCount",
            "CompletedEngagementCount",
            "FailedEngagementCount",
        )
    )

    def __init__(
        self,
        *,
        task_id: str,
        task_arn: str,
        task_name: str,
        start_time: _dt.datetime,
        total_engagement_count: int,
        completed_engagement_count: int,
        failed_engagement_count: int,
        end_time: _dt.datetime | None = None,
    ) -> None:
        self.task_id = task_id
        self.task_arn = task_arn
        self.task_name = task_name
        self.start_time = start_time
        self.end_time = end_time
        self.total_engagement_count = total_engagement_count
        self.completed_engagement_count = completed_engagement_count
        self.failed_engagement_count = failed_engagement_count

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "TaskId"
            value = self.task_id
            if value is not None:
                out["TaskId"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "TaskArn"
            value = self.task_arn
            if value is not None:
                out["TaskArn"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "TaskName"
            value = self.task_name
            if value is not None:
                out["TaskName"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "StartTime"
            value = self.start_time
            if value is not None:
                out["StartTime"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
            member = "EndTime"
            value = self.end_time
            if value is not None:
                out["EndTime"] = _serde.enc_iso8601(value, wire)
            member = "TotalEngagementCount"
            value = self.total_engagement_count
            if value is not None:
                out["TotalEngagementCount"] = _serde.enc_int(value, wire)
            elif wire:
                raise _missing("")
            member = "CompletedEngagementCount"
            value = self.completed_engagement_count
            if value is not None:
                out["CompletedEngagementCount"] = _serde.enc_int(value, wire)
            elif wire:
                raise _missing("")
            member = "FailedEngagementCount"
            value = self.failed_engagement_count
            if value is not None:
                out["FailedEngagementCount"] = _serde.enc_int(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ProspectingTaskSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.task_id = get("TaskId")
            fields.task_arn = get("TaskArn")
            fields.task_name = get("TaskName")
            member = "StartTime"
            value = get("StartTime")
            fields.start_time = None if value is None else _serde.dec_timestamp(value, wire)
            member = "EndTime"
            value = get("EndTime")
            fields.end_time = None if value is None else _serde.dec_timestamp(value, wire)
            fields.total_engagement_count = get("TotalEngagementCount")
            fields.completed_engagement_count = get("CompletedEngagementCount")
            fields.failed_engagement_count = get("FailedEngagementCount")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class PutSellingSystemSettingsRequest(_Structure):
    """Contains the request parameters for the `PutSellingSystemSettings` operation.

    Attributes:
        catalog: Specifies the catalog in which the settings will be updated. Required.
        resource_snapshot_job_role_identifier: Specifies the ARN of the IAM Role used
            for resource snapshot job executions.
    """

    __slots__ = (
        "catalog",
        "resource_snapshot_job_role_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ResourceSnapshotJobRoleIdentifier",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        resource_snapshot_job_role_identifier: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.resource_snapshot_job_role_identifier = resource_snapshot_job_role_identifier

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ResourceSnapshotJobRoleIdentifier"
            value = self.resource_snapshot_job_role_identifier
            if value is not None:
                out["ResourceSnapshotJobRoleIdentifier"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> PutSellingSystemSettingsRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.catalog = get("Catalog")
        fields.resource_snapshot_job_role_identifier = get("ResourceSnapshotJobRoleIdentifier")

        return self


class PutSellingSystemSettingsResponse(_Structure):
    """Contains the response that the `PutSellingSystemSettings` action returns.

    Attributes:
        catalog: Specifies the catalog in which the settings are defined. Required.
        resource_snapshot_job_role_arn: Specifies the ARN of the IAM Role used for
            resource snapshot job executions.
    """

    __slots__ = (
        "catalog",
        "resource_snapshot_job_role_arn",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ResourceSnapshotJobRoleArn",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        resource_snapshot_job_role_arn: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.resource_snapshot_job_role_arn = resource_snapshot_job_role_arn

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ResourceSnapshotJobRoleArn"
            value = self.resource_snapshot_job_role_arn
            if value is not None:
                out["ResourceSnapshotJobRoleArn"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> PutSellingSystemSettingsResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.catalog = get("Catalog")
        fields.resource_snapshot_job_role_arn = get("ResourceSnapshotJobRoleArn")

        return self


class Recommendation(_Structure):
    """A recommendation from an agent-driven source.

    Attributes:
        type: The recommendation source type. Required.
        details: Human-readable recommendation text from this source. Required.
        attributes: Source-specific metadata as key-value pairs.
    """

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

    def __init__(
        self,
        *,
        type: str,
        details: str,
        attributes: dict[str, str] | None = None,
    ) -> None:
        self.type = type
        self.details = details
        self.attributes = attributes

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Type"
            value = self.type
            if value is not None:
                out["Type"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Details"
            value = self.details
            if value is not None:
                out["Details"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Attributes"
            value = self.attributes
            if value is not None:
                out["Attributes"] = _encode_RecommendationAttributeMap(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> Recommendation:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.type = get("Type")
            fields.details = get("Details")
            member = "Attributes"
            value = get("Attributes")
            fields.attributes = (
                None if value is None else _decode_RecommendationAttributeMap(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class RejectEngagementInvitationRequest(_Structure):
    """Contains the request parameters for the `RejectEngagementInvitation` operation.

    Attributes:
        catalog: This is the catalog that's associated with the engagement invitation.
            Required.
        identifier: This is the unique identifier of the rejected
            `EngagementInvitation`. Required.
        rejection_reason: This describes the reason for rejecting the engagement
            invitation, which helps AWS track usage...
    """

    __slots__ = (
        "catalog",
        "identifier",
        "rejection_reason",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "RejectionReason",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        rejection_reason: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.rejection_reason = rejection_reason

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Identifier"
            value = self.identifier
            if value is not None:
                out["Identifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "RejectionReason"
            value = self.rejection_reason
            if value is not None:
                out["RejectionReason"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> RejectEngagementInvitationRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.catalog = get("Catalog")
        fields.identifier = get("Identifier")
        fields.rejection_reason = get("RejectionReason")

        return self


class RelatedEntityIdentifiers(_Structure):
    """This field provides the associations' information for other entities with the
    opportunity. These entities include identifiers for `AWSProducts`, `Partner Solutions`,
    and `AWSMarketplaceOffers`.

    Attributes:
        aws_marketplace_offers: Takes one value per opportunity.
        aws_marketplace_offer_sets: Enables the association of AWS Marketplace offer
            sets with the `Opportunity`.
        solutions: Enables partner solutions or offerings' association with an
            opportunity.
        aws_products: Enables the association of specific Amazon Web Services products
            with the `Opportunity`.
        aws_marketplace_solutions: Specifies the AWS Marketplace solutions to associate
            with the `Opportunity`.
        aws_marketplace_products: Specifies the AWS Marketplace products to associate
            with the `Opportunity`.
    """

    __slots__ = (
        "aws_marketplace_offers",
        "aws_marketplace_offer_sets",
        "solutions",
        "aws_products",
        "aws_marketplace_solutions",
        "aws_marketplace_products",
    )
    _WIRE_NAMES = frozenset(
        (
            "AwsMarketplaceOffers",
            "AwsMarketplaceOfferSets",
            "Solutions",
            "AwsProducts",
            "AwsMarketplaceSolutions",
            "AwsMarketplaceProducts",
        )
    )

    def __init__(
        self,
        *,
        aws_marketplace_offers: list[str] | None = None,
        aws_marketplace_offer_sets: list[str] | None = None,
        solutions: list[str] | None = None,
        aws_products: list[str] | None = None,
        aws_marketplace_solutions: list[str] | None = None,
        aws_marketplace_products: list[str] | None = None,
    ) -> None:
        self.aws_marketplace_offers = aws_marketplace_offers
        self.aws_marketplace_offer_sets = aws_marketplace_offer_sets
        self.solutions = solutions
        self.aws_products = aws_products
        self.aws_marketplace_solutions = aws_marketplace_solutions
        self.aws_marketplace_products = aws_marketplace_products

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "AwsMarketplaceOffers"
            value = self.aws_marketplace_offers
            if value is not None:
                out["AwsMarketplaceOffers"] = _encode_AwsMarketplaceOfferIdentifiers(value, wire)
            member = "AwsMarketplaceOfferSets"
            value = self.aws_marketplace_offer_sets
            if value is not None:
                out["AwsMarketplaceOfferSets"] = _encode_AwsMarketplaceOfferSetIdentifiers(
                    value, wire
                )
            member = "Solutions"
            value = self.solutions
            if value is not None:
                out["Solutions"] = _encode_SolutionIdentifiers(value, wire)
            member = "AwsProducts"
            value = self.aws_products
            if value is not None:
                out["AwsProducts"] = _encode_AwsProductIdentifiers(value, wire)
            member = "AwsMarketplaceSolutions"
            value = self.aws_marketplace_solutions
            if value is not None:
                out["AwsMarketplaceSolutions"] = _encode_AwsMarketplaceSolutionIdentifiers(
                    value, wire
                )
            member = "AwsMarketplaceProducts"
            value = self.aws_marketplace_products
            if value is not None:
                out["AwsMarketplaceProducts"] = _encode_AwsMarketplaceProductIdentifiers(
                    value, wire
                )
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> RelatedEntityIdentifiers:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "AwsMarketplaceOffers"
            value = get("AwsMarketplaceOffers")
            fields.aws_marketplace_offers = (
                None if value is None else _decode_AwsMarketplaceOfferIdentifiers(value, wire)
            )
            member = "AwsMarketplaceOfferSets"
            value = get("AwsMarketplaceOfferSets")
            fields.aws_marketplace_offer_sets = (
                None if value is None else _decode_AwsMarketplaceOfferSetIdentifiers(value, wire)
            )
            member = "Solutions"
            value = get("Solutions")
            fields.solutions = None if value is None else _decode_SolutionIdentifiers(value, wire)
            member = "AwsProducts"
            value = get("AwsProducts")
            fields.aws_products = (
                None if value is None else _decode_AwsProductIdentifiers(value, wire)
            )
            member = "AwsMarketplaceSolutions"
            value = get("AwsMarketplaceSolutions")
            fields.aws_marketplace_solutions = (
                None if value is None else _decode_AwsMarketplaceSolutionIdentifiers(value, wire)
            )
            member = "AwsMarketplaceProducts"
            value = get("AwsMarketplaceProducts")
            fields.aws_marketplace_products = (
                None if value is None else _decode_AwsMarketplaceProductIdentifiers(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ResourceSnapshotJobSummary(_Structure):
    """An object that contains a `Resource Snapshot Job`'s subset of fields.

    Attributes:
        id: The unique identifier for the resource snapshot job within the AWS Partner
            Central system.
        arn: The Amazon Resource Name (ARN) for the resource snapshot job.
        engagement_id: The unique identifier of the Engagement.
        status: The current status of the snapshot job.
    """

    __slots__ = (
        "id",
        "arn",
        "engagement_id",
        "status",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Arn",
            "EngagementId",
            "Status",
        )
    )

    def __init__(
        self,
        *,
        id: str | None = None,
        arn: str | None = None,
        engagement_id: str | None = None,
        status: ResourceSnapshotJobStatus | str | None = None,
    ) -> None:
        self.id = id
        self.arn = arn
        self.engagement_id = engagement_id
        self.status = status

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Id"
            value = self.id
            if value is not None:
                out["Id"] = _serde.enc_str(value, wire)
            member = "Arn"
            value = self.arn
            if value is not None:
                out["Arn"] = _serde.enc_str(value, wire)
            member = "EngagementId"
            value = self.engagement_id
            if value is not None:
                out["EngagementId"] = _serde.enc_str(value, wire)
            member = "Status"
            value = self.status
            if value is not None:
                out["Status"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ResourceSnapshotJobSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.id = get("Id")
            fields.arn = get("Arn")
            fields.engagement_id = get("EngagementId")
            member = "Status"
            value = get("Status")
            fields.status = (
                None if value is None else _lookup_ResourceSnapshotJobStatus(value, value)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ResourceSnapshotSummary(_Structure):
    """Provides a concise summary of a resource snapshot, including its unique identifier and
    version information. This structure is used to quickly reference and identify specific
    versions of resource snapshots.

    Attributes:
        arn: The Amazon Resource Name (ARN) of the snapshot.
        revision: The revision number of the snapshot.
        resource_type: The type of resource snapshotted.
        resource_id: The identifier of the specific resource snapshotted.
        resource_snapshot_template_name: The name of the template used to create the
            snapshot.
        created_by: The AWS account ID of the entity that owns the resource from which
            the snapshot was created.
    """

    __slots__ = (
        "arn",
        "revision",
        "resource_type",
        "resource_id",
        "resource_snapshot_template_name",
        "created_by",
    )
    _WIRE_NAMES = frozenset(
        (
            "Arn",
            "Revision",
            "ResourceType",
            "ResourceId",
            "ResourceSnapshotTemplateName",
            "CreatedBy",
        )
    )
    _SENSITIVE = frozenset(("created_by",))

    def __init__(
        self,
        *,
        arn: str | None = None,
        revision: int | None = None,
        resource_type: ResourceType | str | None = None,
        resource_id: str | None = None,
        resource_snapshot_template_name: str | None = None,
        created_by: str | None = None,
    ) -> None:
        self.arn = arn
        self.revision = revision
        self.resource_type = resource_type
        self.resource_id = resource_id
        self.resource_snapshot_template_name = resource_snapshot_template_name
        self.created_by = created_by

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Arn"
            value = self.arn
            if value is not None:
                out["Arn"] = _serde.enc_str(value, wire)
            member = "Revision"
            value = self.revision
            if value is not None:
                out["Revision"] = _serde.enc_int(value, wire)
            member = "ResourceType"
            value = self.resource_type
            if value is not None:
                out["ResourceType"] = _serde.enc_str(value, wire)
            member = "ResourceId"
            value = self.resource_id
            if value is not None:
                out["ResourceId"] = _serde.enc_str(value, wire)
            member = "ResourceSnapshotTemplateName"
            value = self.resource_snapshot_template_name
            if value is not None:
                out["ResourceSnapshotTemplateName"] = _serde.enc_str(value, wire)
            member = "CreatedBy"
            value = self.created_by
            if value is not None:
                out["CreatedBy"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ResourceSnapshotSummary:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.arn = get("Arn")
            fields.revision = get("Revision")
            member = "ResourceType"
            value = get("ResourceType")
            fields.resource_type = None if value is None else _lookup_ResourceType(value, value)
            fields.resource_id = get("ResourceId")
            fields.resource_snapshot_template_name = get("ResourceSnapshotTemplateName")
            fields.created_by = get("CreatedBy")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class SearchCustomerAccountsRequest(_Structure):
    """Information about search customer accounts request.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        filter: Specifies a filter tree that narrows the customer accounts.
        sort: Specifies the field and direction used to sort the results.
        max_results: Specifies the maximum number of results to return in a single call.
        next_token: Specifies the token for the next page of results.
    """

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

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Filter"
            value = self.filter
            if value is not None:
                out["Filter"] = Filter._encode_value(value, wire)
            member = "Sort"
            value = self.sort
            if value is not None:
                out["Sort"] = CustomerAccountSort._encode_value(value, wire)
            member = "MaxResults"
            value = self.max_results
            if value is not None:
                out["MaxResults"] = _serde.enc_int(value, wire)
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> SearchCustomerAccountsRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            member = "Filter"
            value = get("Filter")
            fields.filter = None if value is None else Filter._decode(value, wire)
            member = "Sort"
            value = get("Sort")
            fields.sort = None if value is None else CustomerAccountSort._decode(value, wire)
            fields.max_results = get("MaxResults")
            fields.next_token = get("NextToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class SearchCustomerAccountsResponse(_Structure):
    """Information about search customer accounts response.

    Attributes:
        customer_account_summaries: The customer accounts that match the request.
            Required.
        next_token: The token to retrieve the next page of results.
    """

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

    def __init__(
        self,
        *,
        customer_account_summaries: list[CustomerAccountSummary],
        next_token: str | None = None,
    ) -> None:
        self.customer_account_summaries = customer_account_summaries
        self.next_token = next_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "CustomerAccountSummaries"
            value = self.customer_account_summaries
            if value is not None:
                out["CustomerAccountSummaries"] = _encode_CustomerAccountSummaryList(value, wire)
            elif wire:
                raise _missing("")
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> SearchCustomerAccountsResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "CustomerAccountSummaries"
            value = get("CustomerAccountSummaries")
            fields.customer_account_summaries = (
                None if value is None else _decode_CustomerAccountSummaryList(value, wire)
            )
            fields.next_token = get("NextToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class SearchEngagementsRequest(_Structure):
    """The request for the `SearchEngagements` operation.

    Attributes:
        catalog: Specifies the catalog to search. Required.
        keyword: An optional free-text query string matched against the engagement
            title, description, customer...
        filter: A recursive, structured filter tree.
        group_id: The identifier of an engagement group that `ListEngagementGroups`
            returns.
        sort: Specifies the field and direction used to sort the search results.
        max_results: Specifies the maximum number of results to return in a single call.
        next_token: A pagination token returned by a previous call.
    """

    __slots__ = (
        "catalog",
        "keyword",
        "filter",
        "group_id",
        "sort",
        "max_results",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Keyword",
            "Filter",
            "GroupId",
            "Sort",
            "MaxResults",
            "NextToken",
        )
    )
    _SENSITIVE = frozenset(("keyword",))

    def __init__(
        self,
        *,
        catalog: str,
        keyword: str | None = None,
        filter: EngagementSearchFilter | None = None,
        group_id: str | None = None,
        sort: EngagementSearchSort | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.keyword = keyword
        self.filter = filter
        self.group_id = group_id
        self.sort = sort
        self.max_results = max_results
        self.next_token = next_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Keyword"
            value = self.keyword
            if value is not None:
                out["Keyword"] = _serde.enc_str(value, wire)
            member = "Filter"
            value = self.filter
            if value is not None:
                out["Filter"] = EngagementSearchFilter._encode_value(value, wire)
            member = "GroupId"
            value = self.group_id
            if value is not None:
                out["GroupId"] = _serde.enc_str(value, wire)
            member = "Sort"
            value = self.sort
            if value is not None:
                out["Sort"] = EngagementSearchSort._encode_value(value, wire)
            member = "MaxResults"
            value = self.max_results
            if value is not None:
                out["MaxResults"] = _serde.enc_int(value, wire)
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> SearchEngagementsRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.keyword = get("Keyword")
            member = "Filter"
            value = get("Filter")
            fields.filter = None if value is None else EngagementSearchFilter._decode(value, wire)
            fields.group_id = get("GroupId")
            member = "Sort"
            value = get("Sort")
            fields.sort = None if value is None else EngagementSearchSort._decode(value, wire)
            fields.max_results = get("MaxResults")
            fields.next_token = get("NextToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class SearchEngagementsResponse(_Structure):
    """The response from the `SearchEngagements` operation.

    Attributes:
        engagement_search_summaries: An array of summaries, one for each engagement that
            matches the request criteria.
        next_token: A pagination token used to retrieve the next set of results in
            subsequent calls.
    """

    __slots__ = (
        "engagement_search_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "EngagementSearchSummaries",
            "NextToken",
        )
    )

    def __init__(
        self,
        *,
        engagement_search_summaries: list[EngagementSearchSummary] | None = None,
        next_token: str | None = None,
    ) -> None:
        self.engagement_search_summaries = engagement_search_summaries
        self.next_token = next_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "EngagementSearchSummaries"
            value = self.engagement_search_summaries
            if value is not None:
                out["EngagementSearchSummaries"] = _encode_EngagementSearchSummaryList(value, wire)
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> SearchEngagementsResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "EngagementSearchSummaries"
            value = get("EngagementSearchSummaries")
            fields.engagement_search_summaries = (
                None if value is None else _decode_EngagementSearchSummaryList(value, wire)
            )
            fields.next_token = get("NextToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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
    _SENSITIVE = frozenset(("keyword",))

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

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "MaxResults"
            value = self.max_results
            if value is not None:
                out["MaxResults"] = _serde.enc_int(value, wire)
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
            member = "Keyword"
            value = self.keyword
            if value is not None:
                out["Keyword"] = _serde.enc_str(value, wire)
            member = "Filter"
            value = self.filter
            if value is not None:
                out["Filter"] = OpportunitySearchFilter._encode_value(value, wire)
            member = "Sort"
            value = self.sort
            if value is not None:
                out["Sort"] = OpportunitySearchSort._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> SearchOpportunitiesRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.max_results = get("MaxResults")
            fields.next_token = get("NextToken")
            fields.keyword = get("Keyword")
            member = "Filter"
            value = get("Filter")
            fields.filter = None if value is None else OpportunitySearchFilter._decode(value, wire)
            member = "Sort"
            value = get("Sort")
            fields.sort = None if value is None else OpportunitySearchSort._decode(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class SearchOpportunitiesResponse(_Structure):
    """Contains the response that the `SearchOpportunities` action returns.

    Attributes:
        opportunity_search_summaries: An array of curated summary views, one for each
            opportunity that matches the request criteria. Required.
        next_token: A pagination token for retrieving the next set of results.
    """

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

    def __init__(
        self,
        *,
        opportunity_search_summaries: list[OpportunitySearchSummary],
        next_token: str | None = None,
    ) -> None:
        self.opportunity_search_summaries = opportunity_search_summaries
        self.next_token = next_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "OpportunitySearchSummaries"
            value = self.opportunity_search_summaries
            if value is not None:
                out["OpportunitySearchSummaries"] = _encode_OpportunitySearchSummaries(value, wire)
            elif wire:
                raise _missing("")
            member = "NextToken"
            value = self.next_token
            if value is not None:
                out["NextToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> SearchOpportunitiesResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "OpportunitySearchSummaries"
            value = get("OpportunitySearchSummaries")
            fields.opportunity_search_summaries = (
                None if value is None else _decode_OpportunitySearchSummaries(value, wire)
            )
            fields.next_token = get("NextToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


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
    _SENSITIVE = frozenset(
        (
            "email",
            "first_name",
            "last_name",
            "business_title",
            "phone",
        )
    )

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

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Email"
            value = self.email
            if value is not None:
                out["Email"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "FirstName"
            value = self.first_name
            if value is not None:
                out["FirstName"] = _serde.enc_str(value, wire)
            member = "LastName"
            value = self.last_name
            if value is not None:
                out["LastName"] = _serde.enc_str(value, wire)
            member = "BusinessTitle"
            value = self.business_title
            if value is not None:
                out["BusinessTitle"] = _serde.enc_str(value, wire)
            member = "Phone"
            value = self.phone
            if value is not None:
                out["Phone"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> SenderContact:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.email = get("Email")
        fields.first_name = get("FirstName")
        fields.last_name = get("LastName")
        fields.business_title = get("BusinessTitle")
        fields.phone = get("Phone")

        return self


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

    def __init__(
        self,
        *,
        delivery_model: RevenueModel | str | None = None,
        value_: MonetaryValue | None = None,
        effective_date: str | None = None,
        expiration_date: str | None = None,
    ) -> None:
        self.delivery_model = delivery_model
        self.value_ = value_
        self.effective_date = effective_date
        self.expiration_date = expiration_date

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "DeliveryModel"
            value = self.delivery_model
            if value is not None:
                out["DeliveryModel"] = _serde.enc_str(value, wire)
            member = "Value"
            value = self.value_
            if value is not None:
                out["Value"] = MonetaryValue._encode_value(value, wire)
            member = "EffectiveDate"
            value = self.effective_date
            if value is not None:
                out["EffectiveDate"] = _serde.enc_str(value, wire)
            member = "ExpirationDate"
            value = self.expiration_date
            if value is not None:
                out["ExpirationDate"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> SoftwareRevenue:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "DeliveryModel"
            value = get("DeliveryModel")
            fields.delivery_model = None if value is None else _lookup_RevenueModel(value, value)
            member = "Value"
            value = get("Value")
            fields.value_ = None if value is None else MonetaryValue._decode(value, wire)
            fields.effective_date = get("EffectiveDate")
            fields.expiration_date = get("ExpirationDate")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class SolutionBase(_Structure):
    """Specifies minimal information for the solution offered to solve the customer's business
    problem.

    Attributes:
        catalog: Specifies the catalog in which the solution is hosted, either `AWS` or
            `Sandbox`. Required.
        id: Enables the association of solutions (offerings) to opportunities. Required.
        arn: The SolutionBase structure provides essential information about a solution.
        name: Specifies the solution name. Required.
        status: Specifies the solution's current status, which indicates its state in
            the system. Required.
        category: Specifies the solution category, which helps to categorize and
            organize the solutions partners... Required.
        created_date: Indicates the solution creation date. Required.
        aws_marketplace_solution_arn: The Amazon Resource Name (ARN) of the AWS
            Marketplace solution associated with this partner...
    """

    __slots__ = (
        "catalog",
        "id",
        "arn",
        "name",
        "status",
        "category",
        "created_date",
        "aws_marketplace_solution_arn",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Id",
            "Arn",
            "Name",
            "Status",
            "Category",
            "CreatedDate",
            "AwsMarketplaceSolutionArn",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        id: str,
        name: str,
        status: SolutionStatus | str,
        category: str,
        created_date: _dt.datetime,
        arn: str | None = None,
        aws_marketplace_solution_arn: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.id = id
        self.arn = arn
        self.name = name
        self.status = status
        self.category = category
        self.created_date = created_date
        self.aws_marketplace_solution_arn = aws_marketplace_solution_arn

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Id"
            value = self.id
            if value is not None:
                out["Id"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Arn"
            value = self.arn
            if value is not None:
                out["Arn"] = _serde.enc_str(value, wire)
            member = "Name"
            value = self.name
            if value is not None:
                out["Name"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Status"
            value = self.status
            if value is not None:
                out["Status"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Category"
            value = self.category
            if value is not None:
                out["Category"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "CreatedDate"
            value = self.created_date
            if value is not None:
                out["CreatedDate"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
            member = "AwsMarketplaceSolutionArn"
            value = self.aws_marketplace_solution_arn
            if value is not None:
                out["AwsMarketplaceSolutionArn"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> SolutionBase:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.id = get("Id")
            fields.arn = get("Arn")
            fields.name = get("Name")
            member = "Status"
            value = get("Status")
            fields.status = None if value is None else _lookup_SolutionStatus(value, value)
            fields.category = get("Category")
            member = "CreatedDate"
            value = get("CreatedDate")
            fields.created_date = None if value is None else _serde.dec_timestamp(value, wire)
            fields.aws_marketplace_solution_arn = get("AwsMarketplaceSolutionArn")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class SolutionSort(_Structure):
    """Configures the solutions' response sorting that enables partners to order solutions
    based on specified attributes.

    Attributes:
        sort_order: Specifies the sorting order, either `Ascending` or `Descending`.
            Required.
        sort_by: Specifies the attribute to sort by, such as `Name`, `CreatedDate`, or
            `Status`. Required.
    """

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

    def __init__(
        self,
        *,
        sort_order: SortOrder | str,
        sort_by: SolutionSortName | str,
    ) -> None:
        self.sort_order = sort_order
        self.sort_by = sort_by

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "SortOrder"
            value = self.sort_order
            if value is not None:
                out["SortOrder"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "SortBy"
            value = self.sort_by
            if value is not None:
                out["SortBy"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> SolutionSort:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "SortOrder"
            value = get("SortOrder")
            fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
            member = "SortBy"
            value = get("SortBy")
            fields.sort_by = None if value is None else _lookup_SolutionSortName(value, value)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class SortObject(_Structure):
    """Defines the sorting parameters for listing resource snapshot jobs. This structure allows
    you to specify the field to sort by and the order of sorting.

    Attributes:
        sort_by: Specifies the field by which to sort the resource snapshot jobs.
        sort_order: Determines the order in which the sorted results are presented.
    """

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

    def __init__(
        self,
        *,
        sort_by: SortBy | str | None = None,
        sort_order: SortOrder | str | None = None,
    ) -> None:
        self.sort_by = sort_by
        self.sort_order = sort_order

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "SortBy"
            value = self.sort_by
            if value is not None:
                out["SortBy"] = _serde.enc_str(value, wire)
            member = "SortOrder"
            value = self.sort_order
            if value is not None:
                out["SortOrder"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> SortObject:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "SortBy"
            value = get("SortBy")
            fields.sort_by = None if value is None else _lookup_SortBy(value, value)
            member = "SortOrder"
            value = get("SortOrder")
            fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class StartCustomerAccountBulkJobRequest(_Structure):
    """Information about start customer account bulk job request.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        client_token: Specifies a unique, case-sensitive identifier that you provide to
            make the request idempotent. Filled with a random UUID when omitted.
        file_uri: Specifies the location of the file that contains the customer accounts
            to create. Required.
    """

    __slots__ = (
        "catalog",
        "client_token",
        "file_uri",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ClientToken",
            "FileUri",
        )
    )
    _SENSITIVE = frozenset(("file_uri",))

    def __init__(
        self,
        *,
        catalog: str,
        file_uri: str,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.client_token = client_token
        self.file_uri = file_uri

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ClientToken"
            value = self.client_token
            if value is not None:
                out["ClientToken"] = _serde.enc_str(value, wire)
            member = "FileUri"
            value = self.file_uri
            if value is not None:
                out["FileUri"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> StartCustomerAccountBulkJobRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.catalog = get("Catalog")
        fields.client_token = get("ClientToken")
        fields.file_uri = get("FileUri")

        return self


class StartCustomerAccountBulkJobResponse(_Structure):
    """Information about start customer account bulk job response.

    Attributes:
        arn: The Amazon Resource Name (ARN) of the bulk job. Required.
        id: The unique identifier of the bulk job. Required.
        status: The current status of the bulk job. Required.
        created_at: The date and time when the bulk job was created. Required.
    """

    __slots__ = (
        "arn",
        "id",
        "status",
        "created_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "Arn",
            "Id",
            "Status",
            "CreatedAt",
        )
    )

    def __init__(
        self,
        *,
        arn: str,
        id: str,
        status: BulkJobStatus | str,
        created_at: _dt.datetime,
    ) -> None:
        self.arn = arn
        self.id = id
        self.status = status
        self.created_at = created_at

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Arn"
            value = self.arn
            if value is not None:
                out["Arn"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Id"
            value = self.id
            if value is not None:
                out["Id"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Status"
            value = self.status
            if value is not None:
                out["Status"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "CreatedAt"
            value = self.created_at
            if value is not None:
                out["CreatedAt"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> StartCustomerAccountBulkJobResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.arn = get("Arn")
            fields.id = get("Id")
            member = "Status"
            value = get("Status")
            fields.status = None if value is None else _lookup_BulkJobStatus(value, value)
            member = "CreatedAt"
            value = get("CreatedAt")
            fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class StartEngagementByAcceptingInvitationTaskRequest(_Structure):
    """Contains the request parameters for the `StartEngagementByAcceptingInvitationTask`
    operation.

    Attributes:
        catalog: Specifies the catalog related to the task. Required.
        client_token: A unique, case-sensitive identifier provided by the client that
            helps to ensure the idempotency... Filled with a random UUID when omitted.
        identifier: Specifies the unique identifier of the `EngagementInvitation` to be
            accepted. Required.
        tags: A map of the key-value pairs of the tag or tags to assign.
    """

    __slots__ = (
        "catalog",
        "client_token",
        "identifier",
        "tags",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ClientToken",
            "Identifier",
            "Tags",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        client_token: str | None = None,
        tags: _Sequence[Tag] | None = None,
    ) -> None:
        self.catalog = catalog
        self.client_token = client_token
        self.identifier = identifier
        self.tags = tags

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ClientToken"
            value = self.client_token
            if value is not None:
                out["ClientToken"] = _serde.enc_str(value, wire)
            member = "Identifier"
            value = self.identifier
            if value is not None:
                out["Identifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Tags"
            value = self.tags
            if value is not None:
                out["Tags"] = _encode_TagList(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> StartEngagementByAcceptingInvitationTaskRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.client_token = get("ClientToken")
            fields.identifier = get("Identifier")
            member = "Tags"
            value = get("Tags")
            fields.tags = None if value is None else _decode_TagList(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class StartEngagementByAcceptingInvitationTaskResponse(_Structure):
    """Contains the response that the `StartEngagementByAcceptingInvitationTask` action
    returns.

    Attributes:
        task_id: The unique identifier of the task, used to track the task’s progress.
        task_arn: The Amazon Resource Name (ARN) of the task, used for tracking and
            managing the task within AWS.
        start_time: The timestamp indicating when the task was initiated.
        task_status: Indicates the current status of the task.
        message: If the task fails, this field contains a detailed message describing
            the failure and possible...
        reason_code: Indicates the reason for task failure using an enumerated code.
        opportunity_id: Returns the original opportunity identifier passed in the
            request.
        resource_snapshot_job_id: The identifier of the Resource Snapshot Job created as
            part of this task.
        engagement_invitation_id: Returns the identifier of the engagement invitation
            that was accepted and used to create the...
    """

    __slots__ = (
        "task_id",
        "task_arn",
        "start_time",
        "task_status",
        "message",
        "reason_code",
        "opportunity_id",
        "resource_snapshot_job_id",
        "engagement_invitation_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "TaskId",
            "TaskArn",
            "StartTime",
            "TaskStatus",
            "Message",
            "ReasonCode",
            "OpportunityId",
            "ResourceSnapshotJobId",
            "EngagementInvitationId",
        )
    )

    def __init__(
        self,
        *,
        task_id: str | None = None,
        task_arn: str | None = None,
        start_time: _dt.datetime | None = None,
        task_status: TaskStatus | str | None = None,
        message: str | None = None,
        reason_code: ReasonCode | str | None = None,
        opportunity_id: str | None = None,
        resource_snapshot_job_id: str | None = None,
        engagement_invitation_id: str | None = None,
    ) -> None:
        self.task_id = task_id
        self.task_arn = task_arn
        self.start_time = start_time
        self.task_status = task_status
        self.message = message
        self.reason_code = reason_code
        self.opportunity_id = opportunity_id
        self.resource_snapshot_job_id = resource_snapshot_job_id
        self.engagement_invitation_id = engagement_invitation_id

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "TaskId"
            value = self.task_id
            if value is not None:
                out["TaskId"] = _serde.enc_str(value, wire)
            member = "TaskArn"
            value = self.task_arn
            if value is not None:
                out["TaskArn"] = _serde.enc_str(value, wire)
            member = "StartTime"
            value = self.start_time
            if value is not None:
                out["StartTime"] = _serde.enc_iso8601(value, wire)
            member = "TaskStatus"
            value = self.task_status
            if value is not None:
                out["TaskStatus"] = _serde.enc_str(value, wire)
            member = "Message"
            value = self.message
            if value is not None:
                out["Message"] = _serde.enc_str(value, wire)
            member = "ReasonCode"
            value = self.reason_code
            if value is not None:
                out["ReasonCode"] = _serde.enc_str(value, wire)
            member = "OpportunityId"
            value = self.opportunity_id
            if value is not None:
                out["OpportunityId"] = _serde.enc_str(value, wire)
            member = "ResourceSnapshotJobId"
            value = self.resource_snapshot_job_id
            if value is not None:
                out["ResourceSnapshotJobId"] = _serde.enc_str(value, wire)
            member = "EngagementInvitationId"
            value = self.engagement_invitation_id
            if value is not None:
                out["EngagementInvitationId"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> StartEngagementByAcceptingInvitationTaskResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.task_id = get("TaskId")
            fields.task_arn = get("TaskArn")
            member = "StartTime"
            value = get("StartTime")
            fields.start_time = None if value is None else _serde.dec_timestamp(value, wire)
            member = "TaskStatus"
            value = get("TaskStatus")
            fields.task_status = None if value is None else _lookup_TaskStatus(value, value)
            fields.message = get("Message")
            member = "ReasonCode"
            value = get("ReasonCode")
            fields.reason_code = None if value is None else _lookup_ReasonCode(value, value)
            fields.opportunity_id = get("OpportunityId")
            fields.resource_snapshot_job_id = get("ResourceSnapshotJobId")
            fields.engagement_invitation_id = get("EngagementInvitationId")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class StartEngagementFromOpportunityTaskRequest(_Structure):
    """Contains the request parameters for the `StartEngagementFromOpportunityTask` operation.

    Attributes:
        catalog: Specifies the catalog in which the engagement is tracked. Required.
        client_token: A unique token provided by the client to help ensure the
            idempotency of the request. Filled with a random UUID when omitted.
        identifier: The unique identifier of the opportunity from which the engagement
            task is to be initiated. Required.
        aws_submission: Specifies the level of AWS involvement for the opportunity.
            Required.
        tags: A map of the key-value pairs of the tag or tags to assign.
    """

    __slots__ = (
        "catalog",
        "client_token",
        "identifier",
        "aws_submission",
        "tags",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ClientToken",
            "Identifier",
            "AwsSubmission",
            "Tags",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        aws_submission: AwsSubmission,
        client_token: str | None = None,
        tags: _Sequence[Tag] | None = None,
    ) -> None:
        self.catalog = catalog
        self.client_token = client_token
        self.identifier = identifier
        self.aws_submission = aws_submission
        self.tags = tags

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ClientToken"
            value = self.client_token
            if value is not None:
                out["ClientToken"] = _serde.enc_str(value, wire)
            member = "Identifier"
            value = self.identifier
            if value is not None:
                out["Identifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "AwsSubmission"
            value = self.aws_submission
            if value is not None:
                out["AwsSubmission"] = AwsSubmission._encode_value(value, wire)
            elif wire:
                raise _missing("")
            member = "Tags"
            value = self.tags
            if value is not None:
                out["Tags"] = _encode_TagList(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> StartEngagementFromOpportunityTaskRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.client_token = get("ClientToken")
            fields.identifier = get("Identifier")
            member = "AwsSubmission"
            value = get("AwsSubmission")
            fields.aws_submission = None if value is None else AwsSubmission._decode(value, wire)
            member = "Tags"
            value = get("Tags")
            fields.tags = None if value is None else _decode_TagList(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class StartEngagementFromOpportunityTaskResponse(_Structure):
    """Contains the response that the `StartEngagementFromOpportunityTask` action returns.

    Attributes:
        task_id: The unique identifier of the task, used to track the task’s progress.
        task_arn: The Amazon Resource Name (ARN) of the task, used for tracking and
            managing the task within AWS.
        start_time: The timestamp indicating when the task was initiated.
        task_status: Indicates the current status of the task.
        message: If the task fails, this field contains a detailed message describing
            the failure and possible...
        reason_code: Indicates the reason for task failure using an enumerated code.
        opportunity_id: Returns the original opportunity identifier passed in the
            request, which is the unique identifier...
        resource_snapshot_job_id: The identifier of the resource snapshot job created to
            add the opportunity resource snapshot to...
        engagement_id: The identifier of the newly created Engagement.
        engagement_invitation_id: The identifier of the new Engagement invitation.
    """

    __slots__ = (
        "task_id",
        "task_arn",
        "start_time",
        "task_status",
        "message",
        "reason_code",
        "opportunity_id",
        "resource_snapshot_job_id",
        "engagement_id",
        "engagement_invitation_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "TaskId",
            "TaskArn",
            "StartTime",
            "TaskStatus",
            "Message",
            "ReasonCode",
            "OpportunityId",
            "ResourceSnapshotJobId",
            "EngagementId",
            "EngagementInvitationId",
        )
    )

    def __init__(
        self,
        *,
        task_id: str | None = None,
        task_arn: str | None = None,
        start_time: _dt.datetime | None = None,
        task_status: TaskStatus | str | None = None,
        message: str | None = None,
        reason_code: ReasonCode | str | None = None,
        opportunity_id: str | None = None,
        resource_snapshot_job_id: str | None = None,
        engagement_id: str | None = None,
        engagement_invitation_id: str | None = None,
    ) -> None:
        self.task_id = task_id
        self.task_arn = task_arn
        self.start_time = start_time
        self.task_status = task_status
        self.message = message
        self.reason_code = reason_code
        self.opportunity_id = opportunity_id
        self.resource_snapshot_job_id = resource_snapshot_job_id
        self.engagement_id = engagement_id
        self.engagement_invitation_id = engagement_invitation_id

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "TaskId"
            value = self.task_id
            if value is not None:
                out["TaskId"] = _serde.enc_str(value, wire)
            member = "TaskArn"
            value = self.task_arn
            if value is not None:
                out["TaskArn"] = _serde.enc_str(value, wire)
            member = "StartTime"
            value = self.start_time
            if value is not None:
                out["StartTime"] = _serde.enc_iso8601(value, wire)
            member = "TaskStatus"
            value = self.task_status
            if value is not None:
                out["TaskStatus"] = _serde.enc_str(value, wire)
            member = "Message"
            value = self.message
            if value is not None:
                out["Message"] = _serde.enc_str(value, wire)
            member = "ReasonCode"
            value = self.reason_code
            if value is not None:
                out["ReasonCode"] = _serde.enc_str(value, wire)
            member = "OpportunityId"
            value = self.opportunity_id
            if value is not None:
                out["OpportunityId"] = _serde.enc_str(value, wire)
            member = "ResourceSnapshotJobId"
            value = self.resource_snapshot_job_id
            if value is not None:
                out["ResourceSnapshotJobId"] = _serde.enc_str(value, wire)
            member = "EngagementId"
            value = self.engagement_id
            if value is not None:
                out["EngagementId"] = _serde.enc_str(value, wire)
            member = "EngagementInvitationId"
            value = self.engagement_invitation_id
            if value is not None:
                out["EngagementInvitationId"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> StartEngagementFromOpportunityTaskResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.task_id = get("TaskId")
            fields.task_arn = get("TaskArn")
            member = "StartTime"
            value = get("StartTime")
            fields.start_time = None if value is None else _serde.dec_timestamp(value, wire)
            member = "TaskStatus"
            value = get("TaskStatus")
            fields.task_status = None if value is None else _lookup_TaskStatus(value, value)
            fields.message = get("Message")
            member = "ReasonCode"
            value = get("ReasonCode")
            fields.reason_code = None if value is None else _lookup_ReasonCode(value, value)
            fields.opportunity_id = get("OpportunityId")
            fields.resource_snapshot_job_id = get("ResourceSnapshotJobId")
            fields.engagement_id = get("EngagementId")
            fields.engagement_invitation_id = get("EngagementInvitationId")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class StartOpportunityBulkJobRequest(_Structure):
    """Specifies the input file location, file format, and client token for starting an
    opportunity bulk job.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        client_token: A unique, case-sensitive identifier that you provide to ensure the
            operation completes no more... Filled with a random UUID when omitted.
        file_uri: Specifies the location of the CSV file that contains the opportunities
            to create or update. Required.
        file_format: Specifies the format of the input file. Required.
    """

    __slots__ = (
        "catalog",
        "client_token",
        "file_uri",
        "file_format",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ClientToken",
            "FileURI",
            "FileFormat",
        )
    )
    _SENSITIVE = frozenset(("file_uri",))

    def __init__(
        self,
        *,
        catalog: str,
        file_uri: str,
        file_format: BulkFileFormat | str,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.client_token = client_token
        self.file_uri = file_uri
        self.file_format = file_format

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ClientToken"
            value = self.client_token
            if value is not None:
                out["ClientToken"] = _serde.enc_str(value, wire)
            member = "FileURI"
            value = self.file_uri
            if value is not None:
                out["FileURI"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "FileFormat"
            value = self.file_format
            if value is not None:
                out["FileFormat"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> StartOpportunityBulkJobRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.client_token = get("ClientToken")
            fields.file_uri = get("FileURI")
            member = "FileFormat"
            value = get("FileFormat")
            fields.file_format = None if value is None else _lookup_BulkFileFormat(value, value)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class StartOpportunityBulkJobResponse(_Structure):
    """The response to a request to start an opportunity bulk job.

    Attributes:
        job_id: The unique identifier of the bulk job. Required.
    """

    __slots__ = ("job_id",)
    _WIRE_NAMES = frozenset(("JobId",))

    def __init__(
        self,
        *,
        job_id: str,
    ) -> None:
        self.job_id = job_id

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "JobId"
            value = self.job_id
            if value is not None:
                out["JobId"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> StartOpportunityBulkJobResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.job_id = get("JobId")

        return self


class StartOpportunityFromEngagementTaskRequest(_Structure):
    """Contains the request parameters for the `StartOpportunityFromEngagementTask` operation.

    Attributes:
        catalog: Specifies the catalog in which the opportunity creation task is
            executed. Required.
        client_token: A unique token provided by the client to help ensure the
            idempotency of the request. Filled with a random UUID when omitted.
        identifier: The unique identifier of the engagement from which the opportunity
            creation task is to be initiated. Required.
        context_identifier: The unique identifier of the engagement context from which
            to create the opportunity. Required.
        tags: A map of the key-value pairs of the tag or tags to assign.
    """

    __slots__ = (
        "catalog",
        "client_token",
        "identifier",
        "context_identifier",
        "tags",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ClientToken",
            "Identifier",
            "ContextIdentifier",
            "Tags",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        context_identifier: str,
        client_token: str | None = None,
        tags: _Sequence[Tag] | None = None,
    ) -> None:
        self.catalog = catalog
        self.client_token = client_token
        self.identifier = identifier
        self.context_identifier = context_identifier
        self.tags = tags

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ClientToken"
            value = self.client_token
            if value is not None:
                out["ClientToken"] = _serde.enc_str(value, wire)
            member = "Identifier"
            value = self.identifier
            if value is not None:
                out["Identifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ContextIdentifier"
            value = self.context_identifier
            if value is not None:
                out["ContextIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Tags"
            value = self.tags
            if value is not None:
                out["Tags"] = _encode_TagList(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> StartOpportunityFromEngagementTaskRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.client_token = get("ClientToken")
            fields.identifier = get("Identifier")
            fields.context_identifier = get("ContextIdentifier")
            member = "Tags"
            value = get("Tags")
            fields.tags = None if value is None else _decode_TagList(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class StartOpportunityFromEngagementTaskResponse(_Structure):
    """Contains the response that the `StartOpportunityFromEngagementTask` action returns.

    Attributes:
        task_id: The unique identifier of the task, used to track the task's progress.
        task_arn: The Amazon Resource Name (ARN) of the task, used for tracking and
            managing the task within AWS.
        start_time: The timestamp indicating when the task was initiated.
        task_status: Indicates the current status of the task.
        message: If the task fails, this field contains a detailed message describing
            the failure and possible...
        reason_code: Indicates the reason for task failure using an enumerated code.
        opportunity_id: The unique identifier of the opportunity created as a result of
            the task.
        resource_snapshot_job_id: The identifier of the resource snapshot job created as
            part of the opportunity creation process.
        engagement_id: The unique identifier of the engagement from which the
            opportunity was created.
        context_id: The unique identifier of the engagement context used to create the
            opportunity.
    """

    __slots__ = (
        "task_id",
        "task_arn",
        "start_time",
        "task_status",
        "message",
        "reason_code",
        "opportunity_id",
        "resource_snapshot_job_id",
        "engagement_id",
        "context_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "TaskId",
            "TaskArn",
            "StartTime",
            "TaskStatus",
            "Message",
            "ReasonCode",
            "OpportunityId",
            "ResourceSnapshotJobId",
            "EngagementId",
            "ContextId",
        )
    )

    def __init__(
        self,
        *,
        task_id: str | None = None,
        task_arn: str | None = None,
        start_time: _dt.datetime | None = None,
        task_status: TaskStatus | str | None = None,
        message: str | None = None,
        reason_code: ReasonCode | str | None = None,
        opportunity_id: str | None = None,
        resource_snapshot_job_id: str | None = None,
        engagement_id: str | None = None,
        context_id: str | None = None,
    ) -> None:
        self.task_id = task_id
        self.task_arn = task_arn
        self.start_time = start_time
        self.task_status = task_status
        self.message = message
        self.reason_code = reason_code
        self.opportunity_id = opportunity_id
        self.resource_snapshot_job_id = resource_snapshot_job_id
        self.engagement_id = engagement_id
        self.context_id = context_id

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "TaskId"
            value = self.task_id
            if value is not None:
                out["TaskId"] = _serde.enc_str(value, wire)
            member = "TaskArn"
            value = self.task_arn
            if value is not None:
                out["TaskArn"] = _serde.enc_str(value, wire)
            member = "StartTime"
            value = self.start_time
            if value is not None:
                out["StartTime"] = _serde.enc_iso8601(value, wire)
            member = "TaskStatus"
            value = self.task_status
            if value is not None:
                out["TaskStatus"] = _serde.enc_str(value, wire)
            member = "Message"
            value = self.message
            if value is not None:
                out["Message"] = _serde.enc_str(value, wire)
            member = "ReasonCode"
            value = self.reason_code
            if value is not None:
                out["ReasonCode"] = _serde.enc_str(value, wire)
            member = "OpportunityId"
            value = self.opportunity_id
            if value is not None:
                out["OpportunityId"] = _serde.enc_str(value, wire)
            member = "ResourceSnapshotJobId"
            value = self.resource_snapshot_job_id
            if value is not None:
                out["ResourceSnapshotJobId"] = _serde.enc_str(value, wire)
            member = "EngagementId"
            value = self.engagement_id
            if value is not None:
                out["EngagementId"] = _serde.enc_str(value, wire)
            member = "ContextId"
            value = self.context_id
            if value is not None:
                out["ContextId"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> StartOpportunityFromEngagementTaskResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.task_id = get("TaskId")
            fields.task_arn = get("TaskArn")
            member = "StartTime"
            value = get("StartTime")
            fields.start_time = None if value is None else _serde.dec_timestamp(value, wire)
            member = "TaskStatus"
            value = get("TaskStatus")
            fields.task_status = None if value is None else _lookup_TaskStatus(value, value)
            fields.message = get("Message")
            member = "ReasonCode"
            value = get("ReasonCode")
            fields.reason_code = None if value is None else _lookup_ReasonCode(value, value)
            fields.opportunity_id = get("OpportunityId")
            fields.resource_snapshot_job_id = get("ResourceSnapshotJobId")
            fields.engagement_id = get("EngagementId")
            fields.context_id = get("ContextId")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class StartProspectingFromEngagementTaskRequest(_Structure):
    """Represents the request structure for starting a prospecting task. Includes up to 100
    engagement identifiers and a task name. Uses `ClientToken` to ensure idempotency.

    Attributes:
        catalog: Specifies the catalog in which the task is initiated. Required.
        identifiers: The list of engagement identifiers to include in this prospecting
            task. Required.
        task_name: A descriptive name for the task. Required.
        client_token: A unique, case-sensitive identifier provided by the client to
            ensure idempotency. Filled with a random UUID when omitted.
    """

    __slots__ = (
        "catalog",
        "identifiers",
        "task_name",
        "client_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifiers",
            "TaskName",
            "ClientToken",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        identifiers: _Sequence[str],
        task_name: str,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifiers = identifiers
        self.task_name = task_name
        self.client_token = client_token

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Identifiers"
            value = self.identifiers
            if value is not None:
                out["Identifiers"] = _encode_EngagementIdentifierList(value, wire)
            elif wire:
                raise _missing("")
            member = "TaskName"
            value = self.task_name
            if value is not None:
                out["TaskName"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ClientToken"
            value = self.client_token
            if value is not None:
                out["ClientToken"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> StartProspectingFromEngagementTaskRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            member = "Identifiers"
            value = get("Identifiers")
            fields.identifiers = (
                None if value is None else _decode_EngagementIdentifierList(value, wire)
            )
            fields.task_name = get("TaskName")
            fields.client_token = get("ClientToken")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class StartProspectingFromEngagementTaskResponse(_Structure):
    """Represents the response structure returned when a prospecting task is successfully
    submitted. Contains the task identifier, ARN, and initial status. Uses `TaskId` with
    `GetProspectingFromEngagementTask` to poll for completion.

    Attributes:
        identifiers: The list of engagement identifiers that were accepted into the task
            queue for processing. Required.
        task_name: The task name from the request. Required.
        message: A message providing additional context about the task's current state.
        reason_code: An enumerated code identifying the reason for task failure.
        start_time: The timestamp indicating when the task was initiated. Required.
        task_id: The unique identifier assigned to this task.
        task_arn: The Amazon Resource Name (ARN) of the task.
        task_status: The current status of the task. Required.
    """

    __slots__ = (
        "identifiers",
        "task_name",
        "message",
        "reason_code",
        "start_time",
        "task_id",
        "task_arn",
        "task_status",
    )
    _WIRE_NAMES = frozenset(
        (
            "Identifiers",
            "TaskName",
            "Message",
            "ReasonCode",
            "StartTime",
            "TaskId",
            "TaskArn",
            "TaskStatus",
        )
    )

    def __init__(
        self,
        *,
        identifiers: _Sequence[str],
        task_name: str,
        start_time: _dt.datetime,
        task_status: ProspectingTaskStatus | str,
        message: str | None = None,
        reason_code: str | None = None,
        task_id: str | None = None,
        task_arn: str | None = None,
    ) -> None:
        self.identifiers = identifiers
        self.task_name = task_name
        self.message = message
        self.reason_code = reason_code
        self.start_time = start_time
        self.task_id = task_id
        self.task_arn = task_arn
        self.task_status = task_status

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Identifiers"
            value = self.identifiers
            if value is not None:
                out["Identifiers"] = _encode_EngagementIdentifierList(value, wire)
            elif wire:
                raise _missing("")
            member = "TaskName"
            value = self.task_name
            if value is not None:
                out["TaskName"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Message"
            value = self.message
            if value is not None:
                out["Message"] = _serde.enc_str(value, wire)
            member = "ReasonCode"
            value = self.reason_code
            if value is not None:
                out["ReasonCode"] = _serde.enc_str(value, wire)
            member = "StartTime"
            value = self.start_time
            if value is not None:
                out["StartTime"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
            member = "TaskId"
            value = self.task_id
            if value is not None:
                out["TaskId"] = _serde.enc_str(value, wire)
            member = "TaskArn"
            value = self.task_arn
            if value is not None:
                out["TaskArn"] = _serde.enc_str(value, wire)
            member = "TaskStatus"
            value = self.task_status
            if value is not None:
                out["TaskStatus"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(
        cls, data: _Mapping[str, _Any], wire: bool
    ) -> StartProspectingFromEngagementTaskResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            member = "Identifiers"
            value = get("Identifiers")
            fields.identifiers = (
                None if value is None else _decode_EngagementIdentifierList(value, wire)
            )
            fields.task_name = get("TaskName")
            fields.message = get("Message")
            fields.reason_code = get("ReasonCode")
            member = "StartTime"
            value = get("StartTime")
            fields.start_time = None if value is None else _serde.dec_timestamp(value, wire)
            fields.task_id = get("TaskId")
            fields.task_arn = get("TaskArn")
            member = "TaskStatus"
            value = get("TaskStatus")
            fields.task_status = (
                None if value is None else _lookup_ProspectingTaskStatus(value, value)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class StartResourceSnapshotJobRequest(_Structure):
    """Contains the request parameters for the `StartResourceSnapshotJob` operation.

    Attributes:
        catalog: Specifies the catalog related to the request. Required.
        resource_snapshot_job_identifier: The identifier of the resource snapshot job to
            start. Required.
    """

    __slots__ = (
        "catalog",
        "resource_snapshot_job_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ResourceSnapshotJobIdentifier",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        resource_snapshot_job_identifier: str,
    ) -> None:
        self.catalog = catalog
        self.resource_snapshot_job_identifier = resource_snapshot_job_identifier

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ResourceSnapshotJobIdentifier"
            value = self.resource_snapshot_job_identifier
            if value is not None:
                out["ResourceSnapshotJobIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> StartResourceSnapshotJobRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.catalog = get("Catalog")
        fields.resource_snapshot_job_identifier = get("ResourceSnapshotJobIdentifier")

        return self


class StopResourceSnapshotJobRequest(_Structure):
    """Contains the request parameters for the `StopResourceSnapshotJob` operation.

    Attributes:
        catalog: Specifies the catalog related to the request. Required.
        resource_snapshot_job_identifier: The identifier of the job to stop. Required.
    """

    __slots__ = (
        "catalog",
        "resource_snapshot_job_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ResourceSnapshotJobIdentifier",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        resource_snapshot_job_identifier: str,
    ) -> None:
        self.catalog = catalog
        self.resource_snapshot_job_identifier = resource_snapshot_job_identifier

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ResourceSnapshotJobIdentifier"
            value = self.resource_snapshot_job_identifier
            if value is not None:
                out["ResourceSnapshotJobIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> StopResourceSnapshotJobRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.catalog = get("Catalog")
        fields.resource_snapshot_job_identifier = get("ResourceSnapshotJobIdentifier")

        return self


class SubmitOpportunityRequest(_Structure):
    """Contains the request parameters for the `SubmitOpportunity` operation.

    Attributes:
        catalog: Specifies the catalog related to the request. Required.
        identifier: The identifier of the Opportunity previously created by partner and
            needs to be submitted. Required.
        involvement_type: Specifies the level of AWS sellers' involvement on the
            opportunity. Required.
        visibility: Determines whether to restrict visibility of the opportunity from
            AWS sales.
    """

    __slots__ = (
        "catalog",
        "identifier",
        "involvement_type",
        "visibility",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "InvolvementType",
            "Visibility",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        involvement_type: SalesInvolvementType | str,
        visibility: Visibility | str | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.involvement_type = involvement_type
        self.visibility = visibility

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Identifier"
            value = self.identifier
            if value is not None:
                out["Identifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "InvolvementType"
            value = self.involvement_type
            if value is not None:
                out["InvolvementType"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Visibility"
            value = self.visibility
            if value is not None:
                out["Visibility"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> SubmitOpportunityRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.identifier = get("Identifier")
            member = "InvolvementType"
            value = get("InvolvementType")
            fields.involvement_type = (
                None if value is None else _lookup_SalesInvolvementType(value, value)
            )
            member = "Visibility"
            value = get("Visibility")
            fields.visibility = None if value is None else _lookup_Visibility(value, value)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class Tag(_Structure):
    """The key-value pair assigned to a specified resource.

    Attributes:
        key: The key in the tag. Required.
        value_: The value in the tag. Required.
    """

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

    def __init__(
        self,
        *,
        key: str,
        value_: str,
    ) -> None:
        self.key = key
        self.value_ = value_

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Key"
            value = self.key
            if value is not None:
                out["Key"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Value"
            value = self.value_
            if value is not None:
                out["Value"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> Tag:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.key = get("Key")
        fields.value_ = get("Value")

        return self


class TagResourceRequest(_Structure):
    """Contains the request parameters for the `TagResource` operation.

    Attributes:
        resource_arn: The Amazon Resource Name (ARN) of the resource that you want to
            tag. Required.
        tags: A map of the key-value pairs of the tag or tags to assign. Required.
    """

    __slots__ = (
        "resource_arn",
        "tags",
    )
    _WIRE_NAMES = frozenset(
        (
            "ResourceArn",
            "Tags",
        )
    )

    def __init__(
        self,
        *,
        resource_arn: str,
        tags: _Sequence[Tag],
    ) -> None:
        self.resource_arn = resource_arn
        self.tags = tags

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "ResourceArn"
            value = self.resource_arn
            if value is not None:
                out["ResourceArn"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Tags"
            value = self.tags
            if value is not None:
                out["Tags"] = _encode_TagList(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> TagResourceRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.resource_arn = get("ResourceArn")
            member = "Tags"
            value = get("Tags")
            fields.tags = None if value is None else _decode_TagList(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class TagResourceResponse(_Structure):
    """Contains the response of the `TagResource` operation. The response has no members."""

    __slots__ = ()
    _WIRE_NAMES = frozenset(())

    def __init__(
        self,
    ) -> None:
        pass

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> TagResourceResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)

        return self


class TargetCloseDateFilter(_Structure):
    """Filters opportunities based on their target close date.

    Attributes:
        after_target_close_date: Filters opportunities with a target close date after
            this date.
        before_target_close_date: Filters opportunities with a target close date before
            this date.
    """

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

    def __init__(
        self,
        *,
        after_target_close_date: str | None = None,
        before_target_close_date: str | None = None,
    ) -> None:
        self.after_target_close_date = after_target_close_date
        self.before_target_close_date = before_target_close_date

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "AfterTargetCloseDate"
            value = self.after_target_close_date
            if value is not None:
                out["AfterTargetCloseDate"] = _serde.enc_str(value, wire)
            member = "BeforeTargetCloseDate"
            value = self.before_target_close_date
            if value is not None:
                out["BeforeTargetCloseDate"] = _serde.enc_str(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> TargetCloseDateFilter:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        fields.after_target_close_date = get("AfterTargetCloseDate")
        fields.before_target_close_date = get("BeforeTargetCloseDate")

        return self


class UntagResourceRequest(_Structure):
    """Contains the request parameters for the `UntagResource` operation.

    Attributes:
        resource_arn: The Amazon Resource Name (ARN) of the resource that you want to
            untag. Required.
        tag_keys: The keys of the key-value pairs for the tag or tags you want to remove
            from the specified resource. Required.
    """

    __slots__ = (
        "resource_arn",
        "tag_keys",
    )
    _WIRE_NAMES = frozenset(
        (
            "ResourceArn",
            "TagKeys",
        )
    )

    def __init__(
        self,
        *,
        resource_arn: str,
        tag_keys: _Sequence[str],
    ) -> None:
        self.resource_arn = resource_arn
        self.tag_keys = tag_keys

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "ResourceArn"
            value = self.resource_arn
            if value is not None:
                out["ResourceArn"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "TagKeys"
            value = self.tag_keys
            if value is not None:
                out["TagKeys"] = _encode_TagKeyList(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> UntagResourceRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.resource_arn = get("ResourceArn")
            member = "TagKeys"
            value = get("TagKeys")
            fields.tag_keys = None if value is None else _decode_TagKeyList(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class UntagResourceResponse(_Structure):
    """Contains the response of the `UntagResource` operation. The response has no members."""

    __slots__ = ()
    _WIRE_NAMES = frozenset(())

    def __init__(
        self,
    ) -> None:
        pass

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> UntagResourceResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)

        return self


class UpdateCustomerAccountRequest(_Structure):
    """Information about update customer account request.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        identifier: Specifies the ARN or the identifier of the customer account.
            Required.
        account: Specifies the complete, updated details of the customer. Required.
        partner_account_identifier: Specifies your own identifier for the customer
            account, such as the account ID in your CRM system.
        last_modified_date: Specifies the `LastModifiedDate` of the customer account as
            you last read it. Required.
    """

    __slots__ = (
        "catalog",
        "identifier",
        "account",
        "partner_account_identifier",
        "last_modified_date",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "Account",
            "PartnerAccountIdentifier",
            "LastModifiedDate",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        account: CustomerAccountData,
        last_modified_date: _dt.datetime,
        partner_account_identifier: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.account = account
        self.partner_account_identifier = partner_account_identifier
        self.last_modified_date = last_modified_date

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Identifier"
            value = self.identifier
            if value is not None:
                out["Identifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Account"
            value = self.account
            if value is not None:
                out["Account"] = CustomerAccountData._encode_value(value, wire)
            elif wire:
                raise _missing("")
            member = "PartnerAccountIdentifier"
            value = self.partner_account_identifier
            if value is not None:
                out["PartnerAccountIdentifier"] = _serde.enc_str(value, wire)
            member = "LastModifiedDate"
            value = self.last_modified_date
            if value is not None:
                out["LastModifiedDate"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> UpdateCustomerAccountRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.identifier = get("Identifier")
            member = "Account"
            value = get("Account")
            fields.account = None if value is None else CustomerAccountData._decode(value, wire)
            fields.partner_account_identifier = get("PartnerAccountIdentifier")
            member = "LastModifiedDate"
            value = get("LastModifiedDate")
            fields.last_modified_date = (
                None if value is None else _serde.dec_timestamp(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class UpdateCustomerAccountResponse(_Structure):
    """Information about update customer account response.

    Attributes:
        arn: The Amazon Resource Name (ARN) of the customer account. Required.
        id: The unique identifier of the customer account. Required.
        status: The enrichment status of the customer account. Required.
        catalog: The catalog that the customer account belongs to. Required.
        partner_account_identifier: Your own identifier for the customer account, if you
            provided one.
        created_date: The date and time when the customer account was created. Required.
        last_modified_date: The date and time when the customer account was last
            modified. Required.
    """

    __slots__ = (
        "arn",
        "id",
        "status",
        "catalog",
        "partner_account_identifier",
        "created_date",
        "last_modified_date",
    )
    _WIRE_NAMES = frozenset(
        (
            "Arn",
            "Id",
            "Status",
            "Catalog",
            "PartnerAccountIdentifier",
            "CreatedDate",
            "LastModifiedDate",
        )
    )

    def __init__(
        self,
        *,
        arn: str,
        id: str,
        status: EnrichmentStatus | str,
        catalog: str,
        created_date: _dt.datetime,
        last_modified_date: _dt.datetime,
        partner_account_identifier: str | None = None,
    ) -> None:
        self.arn = arn
        self.id = id
        self.status = status
        self.catalog = catalog
        self.partner_account_identifier = partner_account_identifier
        self.created_date = created_date
        self.last_modified_date = last_modified_date

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Arn"
            value = self.arn
            if value is not None:
                out["Arn"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Id"
            value = self.id
            if value is not None:
                out["Id"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Status"
            value = self.status
            if value is not None:
                out["Status"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "PartnerAccountIdentifier"
            value = self.partner_account_identifier
            if value is not None:
                out["PartnerAccountIdentifier"] = _serde.enc_str(value, wire)
            member = "CreatedDate"
            value = self.created_date
            if value is not None:
                out["CreatedDate"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
            member = "LastModifiedDate"
            value = self.last_modified_date
            if value is not None:
                out["LastModifiedDate"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> UpdateCustomerAccountResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.arn = get("Arn")
            fields.id = get("Id")
            member = "Status"
            value = get("Status")
            fields.status = None if value is None else _lookup_EnrichmentStatus(value, value)
            fields.catalog = get("Catalog")
            fields.partner_account_identifier = get("PartnerAccountIdentifier")
            member = "CreatedDate"
            value = get("CreatedDate")
            fields.created_date = None if value is None else _serde.dec_timestamp(value, wire)
            member = "LastModifiedDate"
            value = get("LastModifiedDate")
            fields.last_modified_date = (
                None if value is None else _serde.dec_timestamp(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class UpdateEngagementContextRequest(_Structure):
    """Contains the request parameters for the `UpdateEngagementContext` operation.

    Attributes:
        catalog: Specifies the catalog associated with the engagement context update
            request. Required.
        engagement_identifier: The unique identifier of the `Engagement` containing the
            context to be updated. Required.
        context_identifier: The unique identifier of the specific engagement context to
            be updated. Required.
        engagement_last_modified_at: The timestamp when the engagement was last
            modified, used for optimistic concurrency control. Required.
        type: Specifies the type of context being updated within the engagement.
            Required.
        payload: Contains the updated contextual information for the engagement.
            Required.
    """

    __slots__ = (
        "catalog",
        "engagement_identifier",
        "context_identifier",
        "engagement_last_modified_at",
        "type",
        "payload",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "EngagementIdentifier",
            "ContextIdentifier",
            "EngagementLastModifiedAt",
            "Type",
            "Payload",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        engagement_identifier: str,
        context_identifier: str,
        engagement_last_modified_at: _dt.datetime,
        type: EngagementContextType | str,
        payload: UpdateEngagementContextPayload,
    ) -> None:
        self.catalog = catalog
        self.engagement_identifier = engagement_identifier
        self.context_identifier = context_identifier
        self.engagement_last_modified_at = engagement_last_modified_at
        self.type = type
        self.payload = payload

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "EngagementIdentifier"
            value = self.engagement_identifier
            if value is not None:
                out["EngagementIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "ContextIdentifier"
            value = self.context_identifier
            if value is not None:
                out["ContextIdentifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "EngagementLastModifiedAt"
            value = self.engagement_last_modified_at
            if value is not None:
                out["EngagementLastModifiedAt"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
            member = "Type"
            value = self.type
            if value is not None:
                out["Type"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Payload"
            value = self.payload
            if value is not None:
                out["Payload"] = UpdateEngagementContextPayload._encode_value(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> UpdateEngagementContextRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            fields.engagement_identifier = get("EngagementIdentifier")
            fields.context_identifier = get("ContextIdentifier")
            member = "EngagementLastModifiedAt"
            value = get("EngagementLastModifiedAt")
            fields.engagement_last_modified_at = (
                None if value is None else _serde.dec_timestamp(value, wire)
            )
            member = "Type"
            value = get("Type")
            fields.type = None if value is None else _lookup_EngagementContextType(value, value)
            member = "Payload"
            value = get("Payload")
            fields.payload = (
                None if value is None else UpdateEngagementContextPayload._decode(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class UpdateEngagementContextResponse(_Structure):
    """Contains the response that the `UpdateEngagementContext` action returns.

    Attributes:
        engagement_id: The unique identifier of the engagement that was updated.
            Required.
        engagement_arn: The Amazon Resource Name (ARN) of the updated engagement.
            Required.
        engagement_last_modified_at: The timestamp when the engagement context was last
            modified. Required.
        context_id: The unique identifier of the engagement context that was updated.
            Required.
    """

    __slots__ = (
        "engagement_id",
        "engagement_arn",
        "engagement_last_modified_at",
        "context_id",
    )
    _WIRE_NAMES = frozenset(
        (
            "EngagementId",
            "EngagementArn",
            "EngagementLastModifiedAt",
            "ContextId",
        )
    )

    def __init__(
        self,
        *,
        engagement_id: str,
        engagement_arn: str,
        engagement_last_modified_at: _dt.datetime,
        context_id: str,
    ) -> None:
        self.engagement_id = engagement_id
        self.engagement_arn = engagement_arn
        self.engagement_last_modified_at = engagement_last_modified_at
        self.context_id = context_id

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "EngagementId"
            value = self.engagement_id
            if value is not None:
                out["EngagementId"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "EngagementArn"
            value = self.engagement_arn
            if value is not None:
                out["EngagementArn"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "EngagementLastModifiedAt"
            value = self.engagement_last_modified_at
            if value is not None:
                out["EngagementLastModifiedAt"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
            member = "ContextId"
            value = self.context_id
            if value is not None:
                out["ContextId"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> UpdateEngagementContextResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.engagement_id = get("EngagementId")
            fields.engagement_arn = get("EngagementArn")
            member = "EngagementLastModifiedAt"
            value = get("EngagementLastModifiedAt")
            fields.engagement_last_modified_at = (
                None if value is None else _serde.dec_timestamp(value, wire)
            )
            fields.context_id = get("ContextId")
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class UpdateLeadContext(_Structure):
    """Updates the context information for a lead with qualification status, customer details,
    and interaction data.

    Attributes:
        qualification_status: The updated qualification status of the lead.
        customer: Updated customer information associated with the lead. Required.
        interaction: Updated interaction details for the lead context.
        insights: Insights that AI generates and associates with the lead.
    """

    __slots__ = (
        "qualification_status",
        "customer",
        "interaction",
        "insights",
    )
    _WIRE_NAMES = frozenset(
        (
            "QualificationStatus",
            "Customer",
            "Interaction",
            "Insights",
        )
    )

    def __init__(
        self,
        *,
        customer: LeadCustomer,
        qualification_status: str | None = None,
        interaction: LeadInteraction | None = None,
        insights: LeadInsights | None = None,
    ) -> None:
        self.qualification_status = qualification_status
        self.customer = customer
        self.interaction = interaction
        self.insights = insights

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "QualificationStatus"
            value = self.qualification_status
            if value is not None:
                out["QualificationStatus"] = _serde.enc_str(value, wire)
            member = "Customer"
            value = self.customer
            if value is not None:
                out["Customer"] = LeadCustomer._encode_value(value, wire)
            elif wire:
                raise _missing("")
            member = "Interaction"
            value = self.interaction
            if value is not None:
                out["Interaction"] = LeadInteraction._encode_value(value, wire)
            member = "Insights"
            value = self.insights
            if value is not None:
                out["Insights"] = LeadInsights._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> UpdateLeadContext:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.qualification_status = get("QualificationStatus")
            member = "Customer"
            value = get("Customer")
            fields.customer = None if value is None else LeadCustomer._decode(value, wire)
            member = "Interaction"
            value = get("Interaction")
            fields.interaction = None if value is None else LeadInteraction._decode(value, wire)
            member = "Insights"
            value = get("Insights")
            fields.insights = None if value is None else LeadInsights._decode(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class UpdateOpportunityRequest(_Structure):
    """Contains the request parameters for the `UpdateOpportunity` operation.

    Attributes:
        catalog: Specifies the catalog associated with the request. Required.
        primary_needs_from_aws: Identifies the type of support the partner needs from
            Amazon Web Services.
        national_security: Specifies if the opportunity is associated with national
            security concerns.
        partner_opportunity_identifier: Specifies the opportunity's unique identifier in
            the partner's CRM system.
        customer: Specifies details of the customer associated with the `Opportunity`.
        project: An object that contains project details summary for the `Opportunity`.
        opportunity_type: Specifies the opportunity type as a renewal, new, or
            expansion.
        marketing: An object that contains marketing details for the `Opportunity`.
        software_revenue: Specifies details of a customer's procurement terms.
        last_modified_date: `DateTime` when the opportunity was last modified. Required.
        identifier: Read-only, system generated `Opportunity` unique identifier.
            Required.
        life_cycle: An object that contains lifecycle details for the `Opportunity`.
    """

    __slots__ = (
        "catalog",
        "primary_needs_from_aws",
        "national_security",
        "partner_opportunity_identifier",
        "customer",
        "project",
        "opportunity_type",
        "marketing",
        "software_revenue",
        "last_modified_date",
        "identifier",
        "life_cycle",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "PrimaryNeedsFromAws",
            "NationalSecurity",
            "PartnerOpportunityIdentifier",
            "Customer",
            "Project",
            "OpportunityType",
            "Marketing",
            "SoftwareRevenue",
            "LastModifiedDate",
            "Identifier",
            "LifeCycle",
        )
    )

    def __init__(
        self,
        *,
        catalog: str,
        last_modified_date: _dt.datetime,
        identifier: str,
        primary_needs_from_aws: _Sequence[PrimaryNeedFromAws | str] | None = None,
        national_security: NationalSecurity | str | None = None,
        partner_opportunity_identifier: str | None = None,
        customer: Customer | None = None,
        project: Project | None = None,
        opportunity_type: OpportunityType | str | None = None,
        marketing: Marketing | None = None,
        software_revenue: SoftwareRevenue | None = None,
        life_cycle: LifeCycle | None = None,
    ) -> None:
        self.catalog = catalog
        self.primary_needs_from_aws = primary_needs_from_aws
        self.national_security = national_security
        self.partner_opportunity_identifier = partner_opportunity_identifier
        self.customer = customer
        self.project = project
        self.opportunity_type = opportunity_type
        self.marketing = marketing
        self.software_revenue = software_revenue
        self.last_modified_date = last_modified_date
        self.identifier = identifier
        self.life_cycle = life_cycle

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Catalog"
            value = self.catalog
            if value is not None:
                out["Catalog"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "PrimaryNeedsFromAws"
            value = self.primary_needs_from_aws
            if value is not None:
                out["PrimaryNeedsFromAws"] = _encode_PrimaryNeedsFromAws(value, wire)
            member = "NationalSecurity"
            value = self.national_security
            if value is not None:
                out["NationalSecurity"] = _serde.enc_str(value, wire)
            member = "PartnerOpportunityIdentifier"
            value = self.partner_opportunity_identifier
            if value is not None:
                out["PartnerOpportunityIdentifier"] = _serde.enc_str(value, wire)
            member = "Customer"
            value = self.customer
            if value is not None:
                out["Customer"] = Customer._encode_value(value, wire)
            member = "Project"
            value = self.project
            if value is not None:
                out["Project"] = Project._encode_value(value, wire)
            member = "OpportunityType"
            value = self.opportunity_type
            if value is not None:
                out["OpportunityType"] = _serde.enc_str(value, wire)
            member = "Marketing"
            value = self.marketing
            if value is not None:
                out["Marketing"] = Marketing._encode_value(value, wire)
            member = "SoftwareRevenue"
            value = self.software_revenue
            if value is not None:
                out["SoftwareRevenue"] = SoftwareRevenue._encode_value(value, wire)
            member = "LastModifiedDate"
            value = self.last_modified_date
            if value is not None:
                out["LastModifiedDate"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
            member = "Identifier"
            value = self.identifier
            if value is not None:
                out["Identifier"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "LifeCycle"
            value = self.life_cycle
            if value is not None:
                out["LifeCycle"] = LifeCycle._encode_value(value, wire)
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> UpdateOpportunityRequest:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.catalog = get("Catalog")
            member = "PrimaryNeedsFromAws"
            value = get("PrimaryNeedsFromAws")
            fields.primary_needs_from_aws = (
                None if value is None else _decode_PrimaryNeedsFromAws(value, wire)
            )
            member = "NationalSecurity"
            value = get("NationalSecurity")
            fields.national_security = (
                None if value is None else _lookup_NationalSecurity(value, value)
            )
            fields.partner_opportunity_identifier = get("PartnerOpportunityIdentifier")
            member = "Customer"
            value = get("Customer")
            fields.customer = None if value is None else Customer._decode(value, wire)
            member = "Project"
            value = get("Project")
            fields.project = None if value is None else Project._decode(value, wire)
            member = "OpportunityType"
            value = get("OpportunityType")
            fields.opportunity_type = (
                None if value is None else _lookup_OpportunityType(value, value)
            )
            member = "Marketing"
            value = get("Marketing")
            fields.marketing = None if value is None else Marketing._decode(value, wire)
            member = "SoftwareRevenue"
            value = get("SoftwareRevenue")
            fields.software_revenue = (
                None if value is None else SoftwareRevenue._decode(value, wire)
            )
            member = "LastModifiedDate"
            value = get("LastModifiedDate")
            fields.last_modified_date = (
                None if value is None else _serde.dec_timestamp(value, wire)
            )
            fields.identifier = get("Identifier")
            member = "LifeCycle"
            value = get("LifeCycle")
            fields.life_cycle = None if value is None else LifeCycle._decode(value, wire)
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class UpdateOpportunityResponse(_Structure):
    """Contains the response that the `UpdateOpportunity` action returns.

    Attributes:
        id: Read-only, system generated `Opportunity` unique identifier. Required.
        last_modified_date: `DateTime` when the opportunity was last modified. Required.
    """

    __slots__ = (
        "id",
        "last_modified_date",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "LastModifiedDate",
        )
    )

    def __init__(
        self,
        *,
        id: str,
        last_modified_date: _dt.datetime,
    ) -> None:
        self.id = id
        self.last_modified_date = last_modified_date

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "Id"
            value = self.id
            if value is not None:
                out["Id"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "LastModifiedDate"
            value = self.last_modified_date
            if value is not None:
                out["LastModifiedDate"] = _serde.enc_iso8601(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> UpdateOpportunityResponse:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.id = get("Id")
            member = "LastModifiedDate"
            value = get("LastModifiedDate")
            fields.last_modified_date = (
                None if value is None else _serde.dec_timestamp(value, wire)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class ValidationExceptionError(_Structure):
    """Indicates an invalid value for a field.

    - *REQUIRED_FIELD_MISSING:* The request is missing a required field.

      Fix: Verify your request payload includes all required fields.

    - *INVALID_ENUM_VALUE:* The enum field value isn't an accepted values.

      Fix: Check the documentation for the list of valid enum values, and update your
      request with a valid value.

    - *INVALID_STRING_FORMAT:* The string format is invalid.

      Fix: Confirm that the string is in the expected format (For example: email address,
      date).

    - *INVALID_VALUE:* The value isn't valid.

      Fix: Confirm that the value meets the expected criteria and is within the allowable
      range or set.

    - *TOO_MANY_VALUES:* There are too many values in a field that expects fewer entries.

      Fix: Reduce the number of values to match the expected limit.

    - *NOT_ENOUGH_VALUES:* There are not enough values in a field that expects more entries.

      Fix: Increase the number of values to match the expected threshold.

    - *ACTION_NOT_PERMITTED:* The action isn't permitted due to current state or
      permissions.

      Fix: Verify that the action is appropriate for the current state, and that you have
      the necessary permissions to perform it.

    - *DUPLICATE_KEY_VALUE:* The value in a field duplicates a value that must be unique.

      Fix: Verify that the value is unique and doesn't duplicate an existing value in the
      system.

    Attributes:
        field_name: Specifies the field name with the invalid value.
        message: Specifies the detailed error message for the invalid field value.
            Required.
        code: Specifies the error code for the invalid field value. Required.
    """

    __slots__ = (
        "field_name",
        "message",
        "code",
    )
    _WIRE_NAMES = frozenset(
        (
            "FieldName",
            "Message",
            "Code",
        )
    )

    def __init__(
        self,
        *,
        message: str,
        code: ValidationExceptionErrorCode | str,
        field_name: str | None = None,
    ) -> None:
        self.field_name = field_name
        self.message = message
        self.code = code

    def _encode(self, wire: bool) -> dict[str, _Any]:
        out: dict[str, _Any] = {}
        value: _Any
        member = ""
        try:
            member = "FieldName"
            value = self.field_name
            if value is not None:
                out["FieldName"] = _serde.enc_str(value, wire)
            member = "Message"
            value = self.message
            if value is not None:
                out["Message"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
            member = "Code"
            value = self.code
            if value is not None:
                out["Code"] = _serde.enc_str(value, wire)
            elif wire:
                raise _missing("")
        except _ParamValidationError as error:
            raise error.nested(member) from None
        return out

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ValidationExceptionError:
        if not wire:
            cls._check_keys(data)
        self = object.__new__(cls)
        # Decoded values are trusted: members are assigned without re-checking types.
        fields: _Any = self
        get = data.get
        value: _Any
        member = ""
        try:
            fields.field_name = get("FieldName")
            fields.message = get("Message")
            member = "Code"
            value = get("Code")
            fields.code = (
                None if value is None else _lookup_ValidationExceptionErrorCode(value, value)
            )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, member) from None

        return self


class EngagementContextPayload(_TaggedUnion):
    """Represents the payload of an Engagement context. The structure of this payload varies
    based on the context type specified in the EngagementContextDetails.

    A union: set exactly one variant by building one of `EngagementContextPayloadCustomerProject`, `EngagementContextPayloadLead`, `EngagementContextPayloadProspectingResult`, `EngagementContextPayloadCustomerAccount`. A variant added to the service later is received as `EngagementContextPayloadUnknown`.
    """

    __slots__ = ()
    _WIRE_NAMES = frozenset(
        (
            "CustomerProject",
            "Lead",
            "ProspectingResult",
            "CustomerAccount",
        )
    )

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> EngagementContextPayload:
        tag, value = cls._single_item(data)
        try:
            if tag == "CustomerProject":
                return EngagementContextPayloadCustomerProject(
                    CustomerProjectsContext._decode(value, wire)
                )
            if tag == "Lead":
                return EngagementContextPayloadLead(LeadContext._decode(value, wire))
            if tag == "ProspectingResult":
                return EngagementContextPayloadProspectingResult(
                    ProspectingResult._decode(value, wire)
                )
            if tag == "CustomerAccount":
                return EngagementContextPayloadCustomerAccount(
                    CustomerAccountContext._decode(value, wire)
                )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, tag) from None
        if not wire:
            cls._check_keys(data)
        return EngagementContextPayloadUnknown(tag, value)


class EngagementContextPayloadCustomerProject(EngagementContextPayload):
    """The `CustomerProject` variant of `EngagementContextPayload`.

    Contains detailed information about a customer project when the context type is
    "CustomerProject". This field is present only when the Type in EngagementContextDetails
    is set to "CustomerProject".
    """

    __slots__ = ()
    tag = "CustomerProject"
    value: CustomerProjectsContext

    def __init__(self, value: CustomerProjectsContext) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: CustomerProjectsContext._encode_value(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class EngagementContextPayloadLead(EngagementContextPayload):
    """The `Lead` variant of `EngagementContextPayload`.

    Contains detailed information about a lead when the context type is "Lead". This field
    is present only when the Type in EngagementContextDetails is set to "Lead".
    """

    __slots__ = ()
    tag = "Lead"
    value: LeadContext

    def __init__(self, value: LeadContext) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: LeadContext._encode_value(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class EngagementContextPayloadProspectingResult(EngagementContextPayload):
    """The `ProspectingResult` variant of `EngagementContextPayload`.

    Contains prospecting result data with enriched insights. The system generates these
    insights when a partner runs an autonomous prospecting job on leads. This field appears
    only when the context type is "ProspectingResult".
    """

    __slots__ = ()
    tag = "ProspectingResult"
    value: ProspectingResult

    def __init__(self, value: ProspectingResult) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: ProspectingResult._encode_value(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class EngagementContextPayloadCustomerAccount(EngagementContextPayload):
    """The `CustomerAccount` variant of `EngagementContextPayload`.

    The customer account context for account planning. This field appears only when the
    context type is `CustomerAccount`.
    """

    __slots__ = ()
    tag = "CustomerAccount"
    value: CustomerAccountContext

    def __init__(self, value: CustomerAccountContext) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: CustomerAccountContext._encode_value(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class EngagementContextPayloadUnknown(_UnknownVariant, EngagementContextPayload):
    """A variant of EngagementContextPayload this client does not know (kept, not lost)."""

    __slots__ = ()


class EngagementSearchFilterValue(_TaggedUnion):
    """The value that a leaf condition compares against. Specify one of the following:

    - `StringValue`: A single string, used with `EqualsTo`, `ContainsAny`, and
      `ContainsAll`.
    - `StringListValue`: A list of strings, used with `ContainsAny` and `ContainsAll`.
    - `DateValue`: A date and time, used with range comparisons on date fields.
    - `LongValue`: A whole number, used with range comparisons on numeric fields.

    A union: set exactly one variant by building one of `EngagementSearchFilterValueStringValue`, `EngagementSearchFilterValueStringListValue`, `EngagementSearchFilterValueLongValue`, `EngagementSearchFilterValueDateValue`. A variant added to the service later is received as `EngagementSearchFilterValueUnknown`.
    """

    __slots__ = ()
    _WIRE_NAMES = frozenset(
        (
            "StringValue",
            "StringListValue",
            "LongValue",
            "DateValue",
        )
    )

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> EngagementSearchFilterValue:
        tag, value = cls._single_item(data)
        try:
            if tag == "StringValue":
                return EngagementSearchFilterValueStringValue(value)
            if tag == "StringListValue":
                return EngagementSearchFilterValueStringListValue(
                    _decode_EngagementSearchFilterValues(value, wire)
                )
            if tag == "LongValue":
                return EngagementSearchFilterValueLongValue(value)
            if tag == "DateValue":
                return EngagementSearchFilterValueDateValue(_serde.dec_timestamp(value, wire))
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, tag) from None
        if not wire:
            cls._check_keys(data)
        return EngagementSearchFilterValueUnknown(tag, value)


class EngagementSearchFilterValueStringValue(EngagementSearchFilterValue):
    """The `StringValue` variant of `EngagementSearchFilterValue`.

    A single string value, used by `EqualsTo`, `ContainsAny`, and `ContainsAll`.
    """

    __slots__ = ()
    tag = "StringValue"
    _SENSITIVE = frozenset(("value",))
    value: str

    def __init__(self, value: str) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: _serde.enc_str(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class EngagementSearchFilterValueStringListValue(EngagementSearchFilterValue):
    """The `StringListValue` variant of `EngagementSearchFilterValue`.

    A list of 1 to 20 string values, used by `ContainsAny` and `ContainsAll`.
    """

    __slots__ = ()
    tag = "StringListValue"
    _SENSITIVE = frozenset(("value",))
    value: _Sequence[str]

    def __init__(self, value: _Sequence[str]) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: _encode_EngagementSearchFilterValues(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class EngagementSearchFilterValueLongValue(EngagementSearchFilterValue):
    """The `LongValue` variant of `EngagementSearchFilterValue`.

    An integral numeric value, used by the range comparisons on numeric fields.
    """

    __slots__ = ()
    tag = "LongValue"
    value: int

    def __init__(self, value: int) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: _serde.enc_int(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class EngagementSearchFilterValueDateValue(EngagementSearchFilterValue):
    """The `DateValue` variant of `EngagementSearchFilterValue`.

    A date-time value in RFC 3339 format, used by the range comparisons on date fields.
    """

    __slots__ = ()
    tag = "DateValue"
    value: _dt.datetime

    def __init__(self, value: _dt.datetime) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: _serde.enc_iso8601(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class EngagementSearchFilterValueUnknown(_UnknownVariant, EngagementSearchFilterValue):
    """A variant of EngagementSearchFilterValue this client does not know (kept, not lost)."""

    __slots__ = ()


class FilterValue(_TaggedUnion):
    """Specifies the value that a filter compares a field against. This structure holds a
    single comparison value. Set the member that matches the type of the field you're
    filtering on.

    A union: set exactly one variant by building one of `FilterValueStringValue`, `FilterValueStringListValue`, `FilterValueLongValue`, `FilterValueDateValue`. A variant added to the service later is received as `FilterValueUnknown`.
    """

    __slots__ = ()
    _WIRE_NAMES = frozenset(
        (
            "StringValue",
            "StringListValue",
            "LongValue",
            "DateValue",
        )
    )

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> FilterValue:
        tag, value = cls._single_item(data)
        try:
            if tag == "StringValue":
                return FilterValueStringValue(value)
            if tag == "StringListValue":
                return FilterValueStringListValue(_decode_AccountFilterStringList(value, wire))
            if tag == "LongValue":
                return FilterValueLongValue(value)
            if tag == "DateValue":
                return FilterValueDateValue(_serde.dec_timestamp(value, wire))
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, tag) from None
        if not wire:
            cls._check_keys(data)
        return FilterValueUnknown(tag, value)


class FilterValueStringValue(FilterValue):
    """The `StringValue` variant of `FilterValue`.

    A single string value, used by `EqualsTo`.
    """

    __slots__ = ()
    tag = "StringValue"
    value: str

    def __init__(self, value: str) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: _serde.enc_str(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class FilterValueStringListValue(FilterValue):
    """The `StringListValue` variant of `FilterValue`.

    A list of 1 to 20 string values, used by `ContainsAny` and `ContainsAll`.
    """

    __slots__ = ()
    tag = "StringListValue"
    value: _Sequence[str]

    def __init__(self, value: _Sequence[str]) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: _encode_AccountFilterStringList(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class FilterValueLongValue(FilterValue):
    """The `LongValue` variant of `FilterValue`.

    Reserved for future use.
    """

    __slots__ = ()
    tag = "LongValue"
    value: int

    def __init__(self, value: int) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: _serde.enc_int(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class FilterValueDateValue(FilterValue):
    """The `DateValue` variant of `FilterValue`.

    A date and time value, used by the range comparisons on date fields.
    """

    __slots__ = ()
    tag = "DateValue"
    value: _dt.datetime

    def __init__(self, value: _dt.datetime) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: _serde.enc_iso8601(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class FilterValueUnknown(_UnknownVariant, FilterValue):
    """A variant of FilterValue this client does not know (kept, not lost)."""

    __slots__ = ()


class OpportunitySearchFilterValue(_TaggedUnion):
    """Contains the value that a search predicate compares against. Specify exactly one member.
    The member you choose must match the field type and the comparison operator of the
    predicate.

    A union: set exactly one variant by building one of `OpportunitySearchFilterValueStringValue`, `OpportunitySearchFilterValueStringListValue`, `OpportunitySearchFilterValueLongValue`, `OpportunitySearchFilterValueDoubleValue`, `OpportunitySearchFilterValueDateValue`. A variant added to the service later is received as `OpportunitySearchFilterValueUnknown`.
    """

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

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> OpportunitySearchFilterValue:
        tag, value = cls._single_item(data)
        try:
            if tag == "StringValue":
                return OpportunitySearchFilterValueStringValue(value)
            if tag == "StringListValue":
                return OpportunitySearchFilterValueStringListValue(
                    _decode_OpportunitySearchFilterValues(value, wire)
                )
            if tag == "LongValue":
                return OpportunitySearchFilterValueLongValue(value)
            if tag == "DoubleValue":
                return OpportunitySearchFilterValueDoubleValue(_serde.dec_float(value, wire))
            if tag == "DateValue":
                return OpportunitySearchFilterValueDateValue(_serde.dec_timestamp(value, wire))
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, tag) from None
        if not wire:
            cls._check_keys(data)
        return OpportunitySearchFilterValueUnknown(tag, value)


class OpportunitySearchFilterValueStringValue(OpportunitySearchFilterValue):
    """The `StringValue` variant of `OpportunitySearchFilterValue`.

    A single string value. Used by `EqualsTo`, and by `ContainsAny` or `ContainsAll` for a
    single-value match.
    """

    __slots__ = ()
    tag = "StringValue"
    _SENSITIVE = frozenset(("value",))
    value: str

    def __init__(self, value: str) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: _serde.enc_str(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class OpportunitySearchFilterValueStringListValue(OpportunitySearchFilterValue):
    """The `StringListValue` variant of `OpportunitySearchFilterValue`.

    A list of string values. Used by `ContainsAny` or `ContainsAll` to match against
    multiple values.
    """

    __slots__ = ()
    tag = "StringListValue"
    _SENSITIVE = frozenset(("value",))
    value: _Sequence[str]

    def __init__(self, value: _Sequence[str]) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: _encode_OpportunitySearchFilterValues(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class OpportunitySearchFilterValueLongValue(OpportunitySearchFilterValue):
    """The `LongValue` variant of `OpportunitySearchFilterValue`.

    An integral numeric value, used by the range comparisons on integral numeric fields.
    """

    __slots__ = ()
    tag = "LongValue"
    value: int

    def __init__(self, value: int) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: _serde.enc_int(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class OpportunitySearchFilterValueDoubleValue(OpportunitySearchFilterValue):
    """The `DoubleValue` variant of `OpportunitySearchFilterValue`.

    A fractional numeric value, used by the range comparisons on numeric amount fields such
    as `EstimatedMrr`.
    """

    __slots__ = ()
    tag = "DoubleValue"
    value: float

    def __init__(self, value: float) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: _serde.enc_float(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class OpportunitySearchFilterValueDateValue(OpportunitySearchFilterValue):
    """The `DateValue` variant of `OpportunitySearchFilterValue`.

    A date-time value in RFC 3339 format, used by the range comparisons on date fields.
    """

    __slots__ = ()
    tag = "DateValue"
    value: _dt.datetime

    def __init__(self, value: _dt.datetime) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: _serde.enc_iso8601(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class OpportunitySearchFilterValueUnknown(_UnknownVariant, OpportunitySearchFilterValue):
    """A variant of OpportunitySearchFilterValue this client does not know (kept, not lost)."""

    __slots__ = ()


class Payload(_TaggedUnion):
    """Contains the data payload associated with the Engagement Invitation. This payload
    includes essential details related to the AWS opportunity and is used by partners to
    evaluate whether to accept or reject the engagement.

    A union: set exactly one variant by building one of `PayloadOpportunityInvitation`, `PayloadLeadInvitation`, `PayloadAccountPlanningInvitation`. A variant added to the service later is received as `PayloadUnknown`.
    """

    __slots__ = ()
    _WIRE_NAMES = frozenset(
        (
            "OpportunityInvitation",
            "LeadInvitation",
            "AccountPlanningInvitation",
        )
    )

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> Payload:
        tag, value = cls._single_item(data)
        try:
            if tag == "OpportunityInvitation":
                return PayloadOpportunityInvitation(
                    OpportunityInvitationPayload._decode(value, wire)
                )
            if tag == "LeadInvitation":
                return PayloadLeadInvitation(LeadInvitationPayload._decode(value, wire))
            if tag == "AccountPlanningInvitation":
                return PayloadAccountPlanningInvitation(
                    AccountPlanningInvitationPayload._decode(value, wire)
                )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, tag) from None
        if not wire:
            cls._check_keys(data)
        return PayloadUnknown(tag, value)


class PayloadOpportunityInvitation(Payload):
    """The `OpportunityInvitation` variant of `Payload`.

    Specifies the details of the opportunity invitation within the Engagement Invitation
    payload. This data helps partners understand the context, scope, and expected
    involvement for the opportunity from AWS.
    """

    __slots__ = ()
    tag = "OpportunityInvitation"
    value: OpportunityInvitationPayload

    def __init__(self, value: OpportunityInvitationPayload) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: OpportunityInvitationPayload._encode_value(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class PayloadLeadInvitation(Payload):
    """The `LeadInvitation` variant of `Payload`.

    Specifies the details of the lead invitation within the Engagement Invitation payload.
    This data helps partners understand the lead context, customer information, and
    interaction history for the lead opportunity from AWS.
    """

    __slots__ = ()
    tag = "LeadInvitation"
    value: LeadInvitationPayload

    def __init__(self, value: LeadInvitationPayload) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: LeadInvitationPayload._encode_value(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class PayloadAccountPlanningInvitation(Payload):
    """The `AccountPlanningInvitation` variant of `Payload`.

    The content of an account-planning invitation. This field is present when the invitation
    is for account planning.
    """

    __slots__ = ()
    tag = "AccountPlanningInvitation"
    value: AccountPlanningInvitationPayload

    def __init__(self, value: AccountPlanningInvitationPayload) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: AccountPlanningInvitationPayload._encode_value(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class PayloadUnknown(_UnknownVariant, Payload):
    """A variant of Payload this client does not know (kept, not lost)."""

    __slots__ = ()


class Receiver(_TaggedUnion):
    """Represents the entity that received the Engagement Invitation, including account and
    company details. This field is essential for tracking the partner who is being invited
    to collaborate.

    A union: set exactly one variant by building one of `ReceiverAccount`. A variant added to the service later is received as `ReceiverUnknown`.
    """

    __slots__ = ()
    _WIRE_NAMES = frozenset(("Account",))

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> Receiver:
        tag, value = cls._single_item(data)
        try:
            if tag == "Account":
                return ReceiverAccount(AccountReceiver._decode(value, wire))
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, tag) from None
        if not wire:
            cls._check_keys(data)
        return ReceiverUnknown(tag, value)


class ReceiverAccount(Receiver):
    """The `Account` variant of `Receiver`.

    Specifies the AWS account of the partner who received the Engagement Invitation. This
    field is used to track the invitation recipient within the AWS ecosystem.
    """

    __slots__ = ()
    tag = "Account"
    value: AccountReceiver

    def __init__(self, value: AccountReceiver) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: AccountReceiver._encode_value(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class ReceiverUnknown(_UnknownVariant, Receiver):
    """A variant of Receiver this client does not know (kept, not lost)."""

    __slots__ = ()


class ResourceSnapshotPayload(_TaggedUnion):
    """Represents the payload of a resource snapshot. This structure is designed to accommodate
    different types of resource snapshots, currently supporting opportunity summaries.

    A union: set exactly one variant by building one of `ResourceSnapshotPayloadOpportunitySummary`, `ResourceSnapshotPayloadAwsOpportunitySummaryFullView`. A variant added to the service later is received as `ResourceSnapshotPayloadUnknown`.
    """

    __slots__ = ()
    _WIRE_NAMES = frozenset(
        (
            "OpportunitySummary",
            "AwsOpportunitySummaryFullView",
        )
    )

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> ResourceSnapshotPayload:
        tag, value = cls._single_item(data)
        try:
            if tag == "OpportunitySummary":
                return ResourceSnapshotPayloadOpportunitySummary(
                    OpportunitySummaryView._decode(value, wire)
                )
            if tag == "AwsOpportunitySummaryFullView":
                return ResourceSnapshotPayloadAwsOpportunitySummaryFullView(
                    AwsOpportunitySummaryFullView._decode(value, wire)
                )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, tag) from None
        if not wire:
            cls._check_keys(data)
        return ResourceSnapshotPayloadUnknown(tag, value)


class ResourceSnapshotPayloadOpportunitySummary(ResourceSnapshotPayload):
    """The `OpportunitySummary` variant of `ResourceSnapshotPayload`.

    An object that contains an `opportunity`'s subset of fields.
    """

    __slots__ = ()
    tag = "OpportunitySummary"
    value: OpportunitySummaryView

    def __init__(self, value: OpportunitySummaryView) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: OpportunitySummaryView._encode_value(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class ResourceSnapshotPayloadAwsOpportunitySummaryFullView(ResourceSnapshotPayload):
    """The `AwsOpportunitySummaryFullView` variant of `ResourceSnapshotPayload`.

    Provides a comprehensive view of AwsOpportunitySummaryFullView template.
    """

    __slots__ = ()
    tag = "AwsOpportunitySummaryFullView"
    value: AwsOpportunitySummaryFullView

    def __init__(self, value: AwsOpportunitySummaryFullView) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: AwsOpportunitySummaryFullView._encode_value(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class ResourceSnapshotPayloadUnknown(_UnknownVariant, ResourceSnapshotPayload):
    """A variant of ResourceSnapshotPayload this client does not know (kept, not lost)."""

    __slots__ = ()


class UpdateEngagementContextPayload(_TaggedUnion):
    """Represents the updated payload of an engagement context. The structure of this payload
    varies based on the context type being updated.

    A union: set exactly one variant by building one of `UpdateEngagementContextPayloadLead`, `UpdateEngagementContextPayloadCustomerProject`, `UpdateEngagementContextPayloadProspectingResult`. A variant added to the service later is received as `UpdateEngagementContextPayloadUnknown`.
    """

    __slots__ = ()
    _WIRE_NAMES = frozenset(
        (
            "Lead",
            "CustomerProject",
            "ProspectingResult",
        )
    )

    @classmethod
    def _decode(cls, data: _Mapping[str, _Any], wire: bool) -> UpdateEngagementContextPayload:
        tag, value = cls._single_item(data)
        try:
            if tag == "Lead":
                return UpdateEngagementContextPayloadLead(UpdateLeadContext._decode(value, wire))
            if tag == "CustomerProject":
                return UpdateEngagementContextPayloadCustomerProject(
                    CustomerProjectsContext._decode(value, wire)
                )
            if tag == "ProspectingResult":
                return UpdateEngagementContextPayloadProspectingResult(
                    ProspectingResult._decode(value, wire)
                )
        except _serde.DECODE_ERRORS as error:
            raise _serde.nested_error(error, tag) from None
        if not wire:
            cls._check_keys(data)
        return UpdateEngagementContextPayloadUnknown(tag, value)


class UpdateEngagementContextPayloadLead(UpdateEngagementContextPayload):
    """The `Lead` variant of `UpdateEngagementContextPayload`.

    Contains updated information about a lead when the context type is "Lead". This field is
    present only when updating a lead context within the engagement.
    """

    __slots__ = ()
    tag = "Lead"
    value: UpdateLeadContext

    def __init__(self, value: UpdateLeadContext) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: UpdateLeadContext._encode_value(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class UpdateEngagementContextPayloadCustomerProject(UpdateEngagementContextPayload):
    """The `CustomerProject` variant of `UpdateEngagementContextPayload`.

    Contains the updated details of a customer project when the context type is
    `CustomerProject`.
    """

    __slots__ = ()
    tag = "CustomerProject"
    value: CustomerProjectsContext

    def __init__(self, value: CustomerProjectsContext) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: CustomerProjectsContext._encode_value(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class UpdateEngagementContextPayloadProspectingResult(UpdateEngagementContextPayload):
    """The `ProspectingResult` variant of `UpdateEngagementContextPayload`.

    Contains updated prospecting result data when the context type is "ProspectingResult".
    This field includes enriched data and insights that the system generates when a partner
    runs an autonomous prospecting job on leads.
    """

    __slots__ = ()
    tag = "ProspectingResult"
    value: ProspectingResult

    def __init__(self, value: ProspectingResult) -> None:
        self.value = value

    def _encode(self, wire: bool) -> dict[str, _Any]:
        try:
            return {self.tag: ProspectingResult._encode_value(self.value, wire)}
        except _ParamValidationError as error:
            raise error.nested(self.tag) from None


class UpdateEngagementContextPayloadUnknown(_UnknownVariant, UpdateEngagementContextPayload):
    """A variant of UpdateEngagementContextPayload this client does not know (kept, not lost)."""

    __slots__ = ()


def _encode_AccountFilterStringList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AccountFilterStringList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_AggregatableFieldList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AggregatableFieldList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_AggregatableField))


def _encode_AggregationRequestGroupByList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AggregationRequestGroupByList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_AggregatableField))


def _encode_AggregationRequestList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, AggregationRequest._encode_value)


def _decode_AggregationRequestList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, AggregationRequest._decode)


def _encode_AggregationResultList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, AggregationResult._encode_value)


def _decode_AggregationResultList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, AggregationResult._decode)


def _encode_AmountMap(value: _Any, wire: bool) -> dict[str, _Any]:
    return _serde.enc_map(value, wire, _serde.enc_str)


def _decode_AmountMap(value: _Any, wire: bool) -> dict[str, _Any]:
    return _serde.dec_map(value, wire, None)


def _encode_ApnPrograms(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ApnPrograms(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_AwsAccountIdOrAliasList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AwsAccountIdOrAliasList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_AwsAccountList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AwsAccountList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_AwsMarketplaceOfferIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AwsMarketplaceOfferIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_AwsMarketplaceOfferSetIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AwsMarketplaceOfferSetIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_AwsMarketplaceProductIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AwsMarketplaceProductIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_AwsMarketplaceSolutionIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AwsMarketplaceSolutionIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_AwsOpportunityLifeCycleNextStepsHistoryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, ProfileNextStepsHistory._encode_value)


def _decode_AwsOpportunityLifeCycleNextStepsHistoryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, ProfileNextStepsHistory._decode)


def _encode_AwsOpportunityTeamMembersList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, AwsTeamMember._encode_value)


def _decode_AwsOpportunityTeamMembersList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, AwsTeamMember._decode)


def _encode_AwsProductDetailsCategoriesList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AwsProductDetailsCategoriesList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_AwsProductIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AwsProductIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_AwsProductOptimizationsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, AwsProductOptimization._encode_value)


def _decode_AwsProductOptimizationsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, AwsProductOptimization._decode)


def _encode_AwsProductsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, AwsProductDetails._encode_value)


def _decode_AwsProductsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, AwsProductDetails._decode)


def _encode_BestOutreachWindowList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, BestOutreachWindow._encode_value)


def _decode_BestOutreachWindowList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, BestOutreachWindow._decode)


def _encode_BucketList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, Bucket._encode_value)


def _decode_BucketList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, Bucket._decode)


def _encode_BucketValueList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_BucketValueList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_BulkJobResultList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, BulkJobResult._encode_value)


def _decode_BulkJobResultList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, BulkJobResult._decode)


def _encode_Channels(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_Channels(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_Channel))


def _encode_ContextIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ContextIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_CustomerAccountBulkJobSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, CustomerAccountBulkJobSummary._encode_value)


def _decode_CustomerAccountBulkJobSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, CustomerAccountBulkJobSummary._decode)


def _encode_CustomerAccountSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, CustomerAccountSummary._encode_value)


def _decode_CustomerAccountSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, CustomerAccountSummary._decode)


def _encode_CustomerAccountTagList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, Tag._encode_value)


def _decode_CustomerAccountTagList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, Tag._decode)


def _encode_CustomerContactsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, Contact._encode_value)


def _decode_CustomerContactsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, Contact._decode)


def _encode_DeliveryModels(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_DeliveryModels(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_DeliveryModel))


def _encode_EligibleProgramList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_EligibleProgramList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_EligibleProgramsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_EligibleProgramsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_EngagementContextTypeList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_EngagementContextTypeList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_EngagementContextType))


def _encode_EngagementContexts(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, EngagementContextDetails._encode_value)


def _decode_EngagementContexts(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, EngagementContextDetails._decode)


def _encode_EngagementGroupIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_EngagementGroupIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_EngagementGroupSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, EngagementGroupSummary._encode_value)


def _decode_EngagementGroupSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, EngagementGroupSummary._decode)


def _encode_EngagementIdentifierList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_EngagementIdentifierList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_EngagementIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_EngagementIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_EngagementInvitationIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_EngagementInvitationIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_EngagementInvitationSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, EngagementInvitationSummary._encode_value)


def _decode_EngagementInvitationSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, EngagementInvitationSummary._decode)


def _encode_EngagementInvitationsPayloadType(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_EngagementInvitationsPayloadType(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(
        value, wire, _serde.enum_decoder(_lookup_EngagementInvitationPayloadType)
    )


def _encode_EngagementMemberSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, EngagementMemberSummary._encode_value)


def _decode_EngagementMemberSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, EngagementMemberSummary._decode)


def _encode_EngagementMembers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, EngagementMember._encode_value)


def _decode_EngagementMembers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, EngagementMember._decode)


def _encode_EngagementProspectingResultList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, EngagementProspectingResult._encode_value)


def _decode_EngagementProspectingResultList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, EngagementProspectingResult._decode)


def _encode_EngagementResourceAssociationSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, EngagementResourceAssociationSummary._encode_value)


def _decode_EngagementResourceAssociationSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, EngagementResourceAssociationSummary._decode)


def _encode_EngagementSearchFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, EngagementSearchFilter._encode_value)


def _decode_EngagementSearchFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, EngagementSearchFilter._decode)


def _encode_EngagementSearchFilterValues(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_EngagementSearchFilterValues(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_EngagementSearchSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, EngagementSearchSummary._encode_value)


def _decode_EngagementSearchSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, EngagementSearchSummary._decode)


def _encode_EngagementSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, EngagementSummary._encode_value)


def _decode_EngagementSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, EngagementSummary._decode)


def _encode_ExpectedCustomerSpendList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, ExpectedCustomerSpend._encode_value)


def _decode_ExpectedCustomerSpendList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, ExpectedCustomerSpend._decode)


def _encode_FilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, Filter._encode_value)


def _decode_FilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, Filter._decode)


def _encode_InvitationStatusList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_InvitationStatusList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_InvitationStatus))


def _encode_IssueList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, Issue._encode_value)


def _decode_IssueList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, Issue._decode)


def _encode_LeadInteractionList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, LeadInteraction._encode_value)


def _decode_LeadInteractionList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, LeadInteraction._decode)


def _encode_LifeCycleNextStepsHistoryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, NextStepsHistory._encode_value)


def _decode_LifeCycleNextStepsHistoryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, NextStepsHistory._decode)


def _encode_ListEngagementByAcceptingInvitationTaskSummaries(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.enc_list(
        value, wire, ListEngagementByAcceptingInvitationTaskSummary._encode_value
    )


def _decode_ListEngagementByAcceptingInvitationTaskSummaries(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.dec_list(value, wire, ListEngagementByAcceptingInvitationTaskSummary._decode)


def _encode_ListEngagementFromOpportunityTaskSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, ListEngagementFromOpportunityTaskSummary._encode_value)


def _decode_ListEngagementFromOpportunityTaskSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, ListEngagementFromOpportunityTaskSummary._decode)


def _encode_ListOpportunitiesRequestCustomerCompanyNameList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListOpportunitiesRequestCustomerCompanyNameList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_ListOpportunitiesRequestIdentifierList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListOpportunitiesRequestIdentifierList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_ListOpportunitiesRequestLifeCycleReviewStatusList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListOpportunitiesRequestLifeCycleReviewStatusList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_ReviewStatus))


def _encode_ListOpportunitiesRequestLifeCycleStageList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListOpportunitiesRequestLifeCycleStageList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_Stage))


def _encode_ListOpportunityFromEngagementTaskSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, ListOpportunityFromEngagementTaskSummary._encode_value)


def _decode_ListOpportunityFromEngagementTaskSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, ListOpportunityFromEngagementTaskSummary._decode)


def _encode_ListSolutionsRequestAwsMarketplaceSolutionArnList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListSolutionsRequestAwsMarketplaceSolutionArnList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_ListSolutionsRequestCategoryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListSolutionsRequestCategoryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_ListSolutionsRequestIdentifierList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListSolutionsRequestIdentifierList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_ListSolutionsRequestStatusList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListSolutionsRequestStatusList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_SolutionStatus))


def _encode_OpportunityBulkJobSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, OpportunityBulkJobSummary._encode_value)


def _decode_OpportunityBulkJobSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, OpportunityBulkJobSummary._decode)


def _encode_OpportunityIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_OpportunityIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_OpportunitySearchExpectedCustomerSpendList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, OpportunitySearchExpectedCustomerSpend._encode_value)


def _decode_OpportunitySearchExpectedCustomerSpendList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, OpportunitySearchExpectedCustomerSpend._decode)


def _encode_OpportunitySearchFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, OpportunitySearchFilter._encode_value)


def _decode_OpportunitySearchFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, OpportunitySearchFilter._decode)


def _encode_OpportunitySearchFilterValues(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_OpportunitySearchFilterValues(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_OpportunitySearchSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, OpportunitySearchSummary._encode_value)


def _decode_OpportunitySearchSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, OpportunitySearchSummary._decode)


def _encode_OpportunitySearchTeamMembersList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, OpportunitySearchTeamMember._encode_value)


def _decode_OpportunitySearchTeamMembersList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, OpportunitySearchTeamMember._decode)


def _encode_OpportunitySummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, OpportunitySummary._encode_value)


def _decode_OpportunitySummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, OpportunitySummary._decode)


def _encode_PartnerOpportunityTeamMembersList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, Contact._encode_value)


def _decode_PartnerOpportunityTeamMembersList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, Contact._decode)


def _encode_PrimaryNeedsFromAws(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_PrimaryNeedsFromAws(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_PrimaryNeedFromAws))


def _encode_ProspectingTaskSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, ProspectingTaskSummary._encode_value)


def _decode_ProspectingTaskSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, ProspectingTaskSummary._decode)


def _encode_ReceiverResponsibilityList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ReceiverResponsibilityList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_ReceiverResponsibility))


def _encode_RecommendationAttributeMap(value: _Any, wire: bool) -> dict[str, _Any]:
    return _serde.enc_map(value, wire, _serde.enc_str)


def _decode_RecommendationAttributeMap(value: _Any, wire: bool) -> dict[str, _Any]:
    return _serde.dec_map(value, wire, None)


def _encode_RecommendationList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, Recommendation._encode_value)


def _decode_RecommendationList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, Recommendation._decode)


def _encode_ResourceSnapshotJobSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, ResourceSnapshotJobSummary._encode_value)


def _decode_ResourceSnapshotJobSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, ResourceSnapshotJobSummary._decode)


def _encode_ResourceSnapshotSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, ResourceSnapshotSummary._encode_value)


def _decode_ResourceSnapshotSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, ResourceSnapshotSummary._decode)


def _encode_SalesActivities(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_SalesActivities(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_SalesActivity))


def _encode_SenderContactList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, SenderContact._encode_value)


def _decode_SenderContactList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, SenderContact._decode)


def _encode_SolutionIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_SolutionIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_SolutionList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, SolutionBase._encode_value)


def _decode_SolutionList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, SolutionBase._decode)


def _encode_TagKeyList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_TagKeyList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_TagList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, Tag._encode_value)


def _decode_TagList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, Tag._decode)


def _encode_TaskIdentifierList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_TaskIdentifierList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_TaskIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_TaskIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_TaskNameList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_TaskNameList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_TaskStatuses(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_TaskStatuses(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_TaskStatus))


def _encode_UseCases(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_UseCases(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, None)


def _encode_ValidationExceptionErrorList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, ValidationExceptionError._encode_value)


def _decode_ValidationExceptionErrorList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, ValidationExceptionError._decode)
