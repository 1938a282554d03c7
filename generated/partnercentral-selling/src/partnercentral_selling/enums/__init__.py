"""Enumerations of the Partner Central Selling API.

Enums are open: a value the service adds later is kept as a plain ``str``
(every enum-typed member is annotated ``SomeEnum | str``), so an older client
never fails on it. Each class is a ``str`` subclass, so members compare equal
to their wire strings.

Import the classes from here. Each is defined in a private module with the other
enums the same operations use, imported when one of its names is first read.
"""

from __future__ import annotations

import typing as _typing

if _typing.TYPE_CHECKING:
    from ._aws_opportunity_customer import (
        AwsClosedLostReason,
        AwsMemberBusinessTitle,
        AwsOpportunityStage,
        EngagementScore,
        InvolvementTypeChangeReason,
    )
    from ._bulk_file_format import (
        BulkFileFormat,
    )
    from ._bulk_job_result import (
        BulkRecordStatus,
    )
    from ._bulk_job_status import (
        BulkJobStatus,
    )
    from ._bulk_report_status import (
        BulkReportStatus,
        BulkReportType,
    )
    from ._closed_lost_reason import (
        ClosedLostReason,
    )
    from ._contact import (
        AwsPartition,
    )
    from ._country_code import (
        CountryCode,
    )
    from ._currency_code import (
        CurrencyCode,
    )
    from ._customer import (
        PrimaryNeedFromAws,
        SalesActivity,
    )
    from ._engagement_context_type import (
        EngagementContextType,
    )
    from ._engagement_invitation_payload_type import (
        EngagementInvitationPayloadType,
        InvitationStatus,
    )
    from ._enrichment_status import (
        EnrichmentStatus,
    )
    from ._errors import (
        AccessDeniedExceptionErrorCode,
        ValidationExceptionErrorCode,
        ValidationExceptionReason,
    )
    from ._expected_contract_duration import (
        DeliveryModel,
        ExpectedContractDurationTerm,
    )
    from ._expected_customer_spend import (
        PaymentFrequency,
    )
    from ._filter import (
        FilterableField,
    )
    from ._get_customer_account import (
        CustomerAccountFailureReason,
    )
    from ._get_customer_account_statistics import (
        AggregatableField,
    )
    from ._industry import (
        Industry,
    )
    from ._lead_insights import (
        DayOfWeek,
    )
    from ._life_cycle import (
        AwsFundingUsed,
        Channel,
        CompetitorName,
        MarketingSource,
        NationalSecurity,
        RevenueModel,
    )
    from ._list_engagement_groups import (
        EngagementGroupSortName,
        ReadinessLevel,
    )
    from ._list_engagement_invitations import (
        OpportunityEngagementInvitationSortName,
        ParticipantType,
    )
    from ._list_engagements import (
        EngagementSortName,
    )
    from ._list_opportunities import (
        OpportunitySortName,
    )
    from ._list_opportunity_bulk_jobs import (
        BulkOperationType,
    )
    from ._list_prospecting_from_engagement_tasks import (
        ProspectingFromEngagementTaskSortName,
    )
    from ._list_resource_snapshot_jobs import (
        SortBy,
    )
    from ._list_solutions import (
        SolutionSortName,
        SolutionStatus,
    )
    from ._list_tasks_sort_base import (
        ListTasksSortName,
    )
    from ._opportunity_origin import (
        OpportunityOrigin,
    )
    from ._opportunity_type import (
        OpportunityType,
    )
    from ._payload import (
        ContactWindow,
        ReceiverResponsibility,
    )
    from ._prospecting_task_status import (
        ProspectingTaskStatus,
    )
    from ._reason_code import (
        ReasonCode,
        TaskStatus,
    )
    from ._related_entity_type import (
        RelatedEntityType,
    )
    from ._resource_snapshot_job_status import (
        ResourceSnapshotJobStatus,
    )
    from ._resource_type import (
        ResourceType,
    )
    from ._review_status import (
        ReviewStatus,
        Stage,
    )
    from ._sales_involvement_type import (
        SalesInvolvementType,
        Visibility,
    )
    from ._search_customer_accounts import (
        SortableField,
    )
    from ._search_engagements import (
        EngagementSearchFilterName,
        EngagementSearchSortName,
    )
    from ._search_opportunities import (
        OpportunitySearchFilterName,
        OpportunitySearchSortName,
        SearchEngagementScore,
    )
    from ._sort_order import (
        SortOrder,
    )
    from .._retired_enums import (
        MarketSegment as MarketSegment,
    )

__all__ = [
    "AccessDeniedExceptionErrorCode",
    "AggregatableField",
    "AwsClosedLostReason",
    "AwsFundingUsed",
    "AwsMemberBusinessTitle",
    "AwsOpportunityStage",
    "AwsPartition",
    "BulkFileFormat",
    "BulkJobStatus",
    "BulkOperationType",
    "BulkRecordStatus",
    "BulkReportStatus",
    "BulkReportType",
    "Channel",
    "ClosedLostReason",
    "CompetitorName",
    "ContactWindow",
    "CountryCode",
    "CurrencyCode",
    "CustomerAccountFailureReason",
    "DayOfWeek",
    "DeliveryModel",
    "EngagementContextType",
    "EngagementGroupSortName",
    "EngagementInvitationPayloadType",
    "EngagementScore",
    "EngagementSearchFilterName",
    "EngagementSearchSortName",
    "EngagementSortName",
    "EnrichmentStatus",
    "ExpectedContractDurationTerm",
    "FilterableField",
    "Industry",
    "InvitationStatus",
    "InvolvementTypeChangeReason",
    "ListTasksSortName",
    "MarketingSource",
    "NationalSecurity",
    "OpportunityEngagementInvitationSortName",
    "OpportunityOrigin",
    "OpportunitySearchFilterName",
    "OpportunitySearchSortName",
    "OpportunitySortName",
    "OpportunityType",
    "ParticipantType",
    "PaymentFrequency",
    "PrimaryNeedFromAws",
    "ProspectingFromEngagementTaskSortName",
    "ProspectingTaskStatus",
    "ReadinessLevel",
    "ReasonCode",
    "ReceiverResponsibility",
    "RelatedEntityType",
    "ResourceSnapshotJobStatus",
    "ResourceType",
    "RevenueModel",
    "ReviewStatus",
    "SalesActivity",
    "SalesInvolvementType",
    "SearchEngagementScore",
    "SolutionSortName",
    "SolutionStatus",
    "SortBy",
    "SortOrder",
    "SortableField",
    "Stage",
    "TaskStatus",
    "ValidationExceptionErrorCode",
    "ValidationExceptionReason",
    "Visibility",
]

# The private module defining each name, imported when the name is first read.
_MODULES = {
    "AwsClosedLostReason": "_aws_opportunity_customer",
    "AwsMemberBusinessTitle": "_aws_opportunity_customer",
    "AwsOpportunityStage": "_aws_opportunity_customer",
    "EngagementScore": "_aws_opportunity_customer",
    "InvolvementTypeChangeReason": "_aws_opportunity_customer",
    "BulkFileFormat": "_bulk_file_format",
    "BulkRecordStatus": "_bulk_job_result",
    "BulkJobStatus": "_bulk_job_status",
    "BulkReportStatus": "_bulk_report_status",
    "BulkReportType": "_bulk_report_status",
    "ClosedLostReason": "_closed_lost_reason",
    "AwsPartition": "_contact",
    "CountryCode": "_country_code",
    "CurrencyCode": "_currency_code",
    "PrimaryNeedFromAws": "_customer",
    "SalesActivity": "_customer",
    "EngagementContextType": "_engagement_context_type",
    "EngagementInvitationPayloadType": "_engagement_invitation_payload_type",
    "InvitationStatus": "_engagement_invitation_payload_type",
    "EnrichmentStatus": "_enrichment_status",
    "AccessDeniedExceptionErrorCode": "_errors",
    "ValidationExceptionErrorCode": "_errors",
    "ValidationExceptionReason": "_errors",
    "DeliveryModel": "_expected_contract_duration",
    "ExpectedContractDurationTerm": "_expected_contract_duration",
    "PaymentFrequency": "_expected_customer_spend",
    "FilterableField": "_filter",
    "CustomerAccountFailureReason": "_get_customer_account",
    "AggregatableField": "_get_customer_account_statistics",
    "Industry": "_industry",
    "DayOfWeek": "_lead_insights",
    "AwsFundingUsed": "_life_cycle",
    "Channel": "_life_cycle",
    "CompetitorName": "_life_cycle",
    "MarketingSource": "_life_cycle",
    "NationalSecurity": "_life_cycle",
    "RevenueModel": "_life_cycle",
    "EngagementGroupSortName": "_list_engagement_groups",
    "ReadinessLevel": "_list_engagement_groups",
    "OpportunityEngagementInvitationSortName": "_list_engagement_invitations",
    "ParticipantType": "_list_engagement_invitations",
    "EngagementSortName": "_list_engagements",
    "OpportunitySortName": "_list_opportunities",
    "BulkOperationType": "_list_opportunity_bulk_jobs",
    "ProspectingFromEngagementTaskSortName": "_list_prospecting_from_engagement_tasks",
    "SortBy": "_list_resource_snapshot_jobs",
    "SolutionSortName": "_list_solutions",
    "SolutionStatus": "_list_solutions",
    "ListTasksSortName": "_list_tasks_sort_base",
    "OpportunityOrigin": "_opportunity_origin",
    "OpportunityType": "_opportunity_type",
    "ContactWindow": "_payload",
    "ReceiverResponsibility": "_payload",
    "ProspectingTaskStatus": "_prospecting_task_status",
    "ReasonCode": "_reason_code",
    "TaskStatus": "_reason_code",
    "RelatedEntityType": "_related_entity_type",
    "ResourceSnapshotJobStatus": "_resource_snapshot_job_status",
    "ResourceType": "_resource_type",
    "ReviewStatus": "_review_status",
    "Stage": "_review_status",
    "SalesInvolvementType": "_sales_involvement_type",
    "Visibility": "_sales_involvement_type",
    "SortableField": "_search_customer_accounts",
    "EngagementSearchFilterName": "_search_engagements",
    "EngagementSearchSortName": "_search_engagements",
    "OpportunitySearchFilterName": "_search_opportunities",
    "OpportunitySearchSortName": "_search_opportunities",
    "SearchEngagementScore": "_search_opportunities",
    "SortOrder": "_sort_order",
}

if not _typing.TYPE_CHECKING:  # type checkers read the imports above instead
    from importlib import import_module as _import_module

    def __getattr__(name: str) -> object:
        """Import the module defining ``name`` on its first read; it is kept here after."""
        module = _MODULES.get(name)
        if module is None:
            return _retired_enum(name)
        value = getattr(_import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return list({*globals(), *_MODULES})

    def _retired_enum(name: str) -> object:
        """Retired enums, still importable from here with a DeprecationWarning."""
        from .. import _retired_enums

        if name not in _retired_enums.REASONS:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        import warnings

        warnings.warn(
            f"{__name__}.{name} is deprecated: {_retired_enums.REASONS[name]}",
            DeprecationWarning,
            stacklevel=3,
        )
        return getattr(_retired_enums, name)
