"""Precomputed tables: the service and each operation's call facts (internal)."""

from __future__ import annotations

from typing import Any

from . import errors as _errors
from . import shapes as _shapes
from ._runtime.pipeline.operation import OperationSpec
from ._runtime.pipeline.paginator import PageSpec
from ._runtime.pipeline.service import ServiceSpec
from ._runtime.protocols.awsjson import AwsJsonProtocol
from ._version import __version__


def _endpoint_rules() -> dict[str, Any]:
    from ._endpoint_rules import RULE_SET

    return RULE_SET


_SERVICE = ServiceSpec(
    service_id="PartnerCentral Selling",
    api_version="2022-07-26",
    protocol=AwsJsonProtocol(json_version="1.0", target_prefix="AWSPartnerCentralSelling"),
    signing_name="partnercentral-selling",
    endpoint_prefix="partnercentral-selling",
    package_name="partnercentral_selling",
    package_version=__version__,
    base_error=_errors.PartnerCentralSellingError,
    errors={
        "AccessDeniedException": _errors.AccessDeniedException,
        "ConflictException": _errors.ConflictException,
        "InternalServerException": _errors.InternalServerException,
        "ResourceNotFoundException": _errors.ResourceNotFoundException,
        "ServiceQuotaExceededException": _errors.ServiceQuotaExceededException,
        "ThrottlingException": _errors.ThrottlingException,
        "ValidationException": _errors.ValidationException,
    },
    env_name="PARTNERCENTRAL_SELLING",
    config_key="partnercentral_selling",
    endpoint_rules=_endpoint_rules,
)

ACCEPT_ENGAGEMENT_INVITATION: OperationSpec[None] = OperationSpec(
    name="AcceptEngagementInvitation",
    input=_shapes.AcceptEngagementInvitationRequest,
    output=None,
)

ASSIGN_OPPORTUNITY: OperationSpec[None] = OperationSpec(
    name="AssignOpportunity",
    input=_shapes.AssignOpportunityRequest,
    output=None,
)

ASSOCIATE_OPPORTUNITY: OperationSpec[None] = OperationSpec(
    name="AssociateOpportunity",
    input=_shapes.AssociateOpportunityRequest,
    output=None,
)

CREATE_CUSTOMER_ACCOUNT: OperationSpec[_shapes.CreateCustomerAccountResponse] = OperationSpec(
    name="CreateCustomerAccount",
    input=_shapes.CreateCustomerAccountRequest,
    output=_shapes.CreateCustomerAccountResponse,
    idempotency_tokens=("ClientToken",),
)

CREATE_ENGAGEMENT: OperationSpec[_shapes.CreateEngagementResponse] = OperationSpec(
    name="CreateEngagement",
    input=_shapes.CreateEngagementRequest,
    output=_shapes.CreateEngagementResponse,
    idempotency_tokens=("ClientToken",),
)

CREATE_ENGAGEMENT_CONTEXT: OperationSpec[_shapes.CreateEngagementContextResponse] = OperationSpec(
    name="CreateEngagementContext",
    input=_shapes.CreateEngagementContextRequest,
    output=_shapes.CreateEngagementContextResponse,
    idempotency_tokens=("ClientToken",),
)

CREATE_ENGAGEMENT_INVITATION: OperationSpec[_shapes.CreateEngagementInvitationResponse] = (
    OperationSpec(
        name="CreateEngagementInvitation",
        input=_shapes.CreateEngagementInvitationRequest,
        output=_shapes.CreateEngagementInvitationResponse,
        idempotency_tokens=("ClientToken",),
    )
)

CREATE_OPPORTUNITY: OperationSpec[_shapes.CreateOpportunityResponse] = OperationSpec(
    name="CreateOpportunity",
    input=_shapes.CreateOpportunityRequest,
    output=_shapes.CreateOpportunityResponse,
    idempotency_tokens=("ClientToken",),
)

CREATE_RESOURCE_SNAPSHOT: OperationSpec[_shapes.CreateResourceSnapshotResponse] = OperationSpec(
    name="CreateResourceSnapshot",
    input=_shapes.CreateResourceSnapshotRequest,
    output=_shapes.CreateResourceSnapshotResponse,
    idempotency_tokens=("ClientToken",),
)

CREATE_RESOURCE_SNAPSHOT_JOB: OperationSpec[_shapes.CreateResourceSnapshotJobResponse] = (
    OperationSpec(
        name="CreateResourceSnapshotJob",
        input=_shapes.CreateResourceSnapshotJobRequest,
        output=_shapes.CreateResourceSnapshotJobResponse,
        idempotency_tokens=("ClientToken",),
    )
)

DELETE_CUSTOMER_ACCOUNT: OperationSpec[_shapes.DeleteCustomerAccountResponse] = OperationSpec(
    name="DeleteCustomerAccount",
    input=_shapes.DeleteCustomerAccountRequest,
    output=_shapes.DeleteCustomerAccountResponse,
)

DELETE_RESOURCE_SNAPSHOT_JOB: OperationSpec[None] = OperationSpec(
    name="DeleteResourceSnapshotJob",
    input=_shapes.DeleteResourceSnapshotJobRequest,
    output=None,
)

DISASSOCIATE_OPPORTUNITY: OperationSpec[None] = OperationSpec(
    name="DisassociateOpportunity",
    input=_shapes.DisassociateOpportunityRequest,
    output=None,
)

GET_AWS_OPPORTUNITY_SUMMARY: OperationSpec[_shapes.GetAwsOpportunitySummaryResponse] = (
    OperationSpec(
        name="GetAwsOpportunitySummary",
        input=_shapes.GetAwsOpportunitySummaryRequest,
        output=_shapes.GetAwsOpportunitySummaryResponse,
    )
)

GET_CUSTOMER_ACCOUNT: OperationSpec[_shapes.GetCustomerAccountResponse] = OperationSpec(
    name="GetCustomerAccount",
    input=_shapes.GetCustomerAccountRequest,
    output=_shapes.GetCustomerAccountResponse,
)

GET_CUSTOMER_ACCOUNT_BULK_JOB: OperationSpec[_shapes.GetCustomerAccountBulkJobResponse] = (
    OperationSpec(
        name="GetCustomerAccountBulkJob",
        input=_shapes.GetCustomerAccountBulkJobRequest,
        output=_shapes.GetCustomerAccountBulkJobResponse,
    )
)

GET_CUSTOMER_ACCOUNT_BULK_JOB_REPORT_URL: OperationSpec[
    _shapes.GetCustomerAccountBulkJobReportUrlResponse
] = OperationSpec(
    name="GetCustomerAccountBulkJobReportUrl",
    input=_shapes.GetCustomerAccountBulkJobReportUrlRequest,
    output=_shapes.GetCustomerAccountBulkJobReportUrlResponse,
)

GET_CUSTOMER_ACCOUNT_STATISTICS: OperationSpec[_shapes.GetCustomerAccountStatisticsResponse] = (
    OperationSpec(
        name="GetCustomerAccountStatistics",
        input=_shapes.GetCustomerAccountStatisticsRequest,
        output=_shapes.GetCustomerAccountStatisticsResponse,
    )
)

GET_ENGAGEMENT: OperationSpec[_shapes.GetEngagementResponse] = OperationSpec(
    name="GetEngagement",
    input=_shapes.GetEngagementRequest,
    output=_shapes.GetEngagementResponse,
)

GET_ENGAGEMENT_INVITATION: OperationSpec[_shapes.GetEngagementInvitationResponse] = OperationSpec(
    name="GetEngagementInvitation",
    input=_shapes.GetEngagementInvitationRequest,
    output=_shapes.GetEngagementInvitationResponse,
)

GET_OPPORTUNITY: OperationSpec[_shapes.GetOpportunityResponse] = OperationSpec(
    name="GetOpportunity",
    input=_shapes.GetOpportunityRequest,
    output=_shapes.GetOpportunityResponse,
)

GET_OPPORTUNITY_BULK_JOB_REPORT_URL: OperationSpec[
    _shapes.GetOpportunityBulkJobReportUrlResponse
] = OperationSpec(
    name="GetOpportunityBulkJobReportUrl",
    input=_shapes.GetOpportunityBulkJobReportUrlRequest,
    output=_shapes.GetOpportunityBulkJobReportUrlResponse,
)

GET_PROSPECTING_FROM_ENGAGEMENT_TASK: OperationSpec[
    _shapes.GetProspectingFromEngagementTaskResponse
] = OperationSpec(
    name="GetProspectingFromEngagementTask",
    input=_shapes.GetProspectingFromEngagementTaskRequest,
    output=_shapes.GetProspectingFromEngagementTaskResponse,
)

GET_RESOURCE_SNAPSHOT: OperationSpec[_shapes.GetResourceSnapshotResponse] = OperationSpec(
    name="GetResourceSnapshot",
    input=_shapes.GetResourceSnapshotRequest,
    output=_shapes.GetResourceSnapshotResponse,
)

GET_RESOURCE_SNAPSHOT_JOB: OperationSpec[_shapes.GetResourceSnapshotJobResponse] = OperationSpec(
    name="GetResourceSnapshotJob",
    input=_shapes.GetResourceSnapshotJobRequest,
    output=_shapes.GetResourceSnapshotJobResponse,
)

GET_SELLING_SYSTEM_SETTINGS: OperationSpec[_shapes.GetSellingSystemSettingsResponse] = (
    OperationSpec(
        name="GetSellingSystemSettings",
        input=_shapes.GetSellingSystemSettingsRequest,
        output=_shapes.GetSellingSystemSettingsResponse,
    )
)

LIST_CUSTOMER_ACCOUNT_BULK_JOB_RESULTS: OperationSpec[
    _shapes.ListCustomerAccountBulkJobResultsResponse
] = OperationSpec(
    name="ListCustomerAccountBulkJobResults",
    input=_shapes.ListCustomerAccountBulkJobResultsRequest,
    output=_shapes.ListCustomerAccountBulkJobResultsResponse,
)

_LIST_CUSTOMER_ACCOUNT_BULK_JOB_RESULTS_PAGES = PageSpec(
    operation="ListCustomerAccountBulkJobResults",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("results",),
)

LIST_CUSTOMER_ACCOUNT_BULK_JOBS: OperationSpec[_shapes.ListCustomerAccountBulkJobsResponse] = (
    OperationSpec(
        name="ListCustomerAccountBulkJobs",
        input=_shapes.ListCustomerAccountBulkJobsRequest,
        output=_shapes.ListCustomerAccountBulkJobsResponse,
    )
)

_LIST_CUSTOMER_ACCOUNT_BULK_JOBS_PAGES = PageSpec(
    operation="ListCustomerAccountBulkJobs",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("items",),
)

LIST_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASKS: OperationSpec[
    _shapes.ListEngagementByAcceptingInvitationTasksResponse
] = OperationSpec(
    name="ListEngagementByAcceptingInvitationTasks",
    input=_shapes.ListEngagementByAcceptingInvitationTasksRequest,
    output=_shapes.ListEngagementByAcceptingInvitationTasksResponse,
)

_LIST_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASKS_PAGES = PageSpec(
    operation="ListEngagementByAcceptingInvitationTasks",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("task_summaries",),
)

LIST_ENGAGEMENT_FROM_OPPORTUNITY_TASKS: OperationSpec[
    _shapes.ListEngagementFromOpportunityTasksResponse
] = OperationSpec(
    name="ListEngagementFromOpportunityTasks",
    input=_shapes.ListEngagementFromOpportunityTasksRequest,
    output=_shapes.ListEngagementFromOpportunityTasksResponse,
)

_LIST_ENGAGEMENT_FROM_OPPORTUNITY_TASKS_PAGES = PageSpec(
    operation="ListEngagementFromOpportunityTasks",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("task_summaries",),
)

LIST_ENGAGEMENT_GROUPS: OperationSpec[_shapes.ListEngagementGroupsResponse] = OperationSpec(
    name="ListEngagementGroups",
    input=_shapes.ListEngagementGroupsRequest,
    output=_shapes.ListEngagementGroupsResponse,
)

_LIST_ENGAGEMENT_GROUPS_PAGES = PageSpec(
    operation="ListEngagementGroups",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("engagement_group_summaries",),
)

LIST_ENGAGEMENT_INVITATIONS: OperationSpec[_shapes.ListEngagementInvitationsResponse] = (
    OperationSpec(
        name="ListEngagementInvitations",
        input=_shapes.ListEngagementInvitationsRequest,
        output=_shapes.ListEngagementInvitationsResponse,
    )
)

_LIST_ENGAGEMENT_INVITATIONS_PAGES = PageSpec(
    operation="ListEngagementInvitations",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("engagement_invitation_summaries",),
)

LIST_ENGAGEMENT_MEMBERS: OperationSpec[_shapes.ListEngagementMembersResponse] = OperationSpec(
    name="ListEngagementMembers",
    input=_shapes.ListEngagementMembersRequest,
    output=_shapes.ListEngagementMembersResponse,
)

_LIST_ENGAGEMENT_MEMBERS_PAGES = PageSpec(
    operation="ListEngagementMembers",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("engagement_member_list",),
)

LIST_ENGAGEMENT_RESOURCE_ASSOCIATIONS: OperationSpec[
    _shapes.ListEngagementResourceAssociationsResponse
] = OperationSpec(
    name="ListEngagementResourceAssociations",
    input=_shapes.ListEngagementResourceAssociationsRequest,
    output=_shapes.ListEngagementResourceAssociationsResponse,
)

_LIST_ENGAGEMENT_RESOURCE_ASSOCIATIONS_PAGES = PageSpec(
    operation="ListEngagementResourceAssociations",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("engagement_resource_association_summaries",),
)

LIST_ENGAGEMENTS: OperationSpec[_shapes.ListEngagementsResponse] = OperationSpec(
    name="ListEngagements",
    input=_shapes.ListEngagementsRequest,
    output=_shapes.ListEngagementsResponse,
)

_LIST_ENGAGEMENTS_PAGES = PageSpec(
    operation="ListEngagements",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("engagement_summary_list",),
)

LIST_OPPORTUNITIES: OperationSpec[_shapes.ListOpportunitiesResponse] = OperationSpec(
    name="ListOpportunities",
    input=_shapes.ListOpportunitiesRequest,
    output=_shapes.ListOpportunitiesResponse,
)

_LIST_OPPORTUNITIES_PAGES = PageSpec(
    operation="ListOpportunities",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("opportunity_summaries",),
)

LIST_OPPORTUNITY_BULK_JOB_RESULTS: OperationSpec[_shapes.ListOpportunityBulkJobResultsResponse] = (
    OperationSpec(
        name="ListOpportunityBulkJobResults",
        input=_shapes.ListOpportunityBulkJobResultsRequest,
        output=_shapes.ListOpportunityBulkJobResultsResponse,
    )
)

_LIST_OPPORTUNITY_BULK_JOB_RESULTS_PAGES = PageSpec(
    operation="ListOpportunityBulkJobResults",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("results",),
)

LIST_OPPORTUNITY_BULK_JOBS: OperationSpec[_shapes.ListOpportunityBulkJobsResponse] = OperationSpec(
    name="ListOpportunityBulkJobs",
    input=_shapes.ListOpportunityBulkJobsRequest,
    output=_shapes.ListOpportunityBulkJobsResponse,
)

_LIST_OPPORTUNITY_BULK_JOBS_PAGES = PageSpec(
    operation="ListOpportunityBulkJobs",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("opportunity_bulk_job_summaries",),
)

LIST_OPPORTUNITY_FROM_ENGAGEMENT_TASKS: OperationSpec[
    _shapes.ListOpportunityFromEngagementTasksResponse
] = OperationSpec(
    name="ListOpportunityFromEngagementTasks",
    input=_shapes.ListOpportunityFromEngagementTasksRequest,
    output=_shapes.ListOpportunityFromEngagementTasksResponse,
)

_LIST_OPPORTUNITY_FROM_ENGAGEMENT_TASKS_PAGES = PageSpec(
    operation="ListOpportunityFromEngagementTasks",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("task_summaries",),
)

LIST_PROSPECTING_FROM_ENGAGEMENT_TASKS: OperationSpec[
    _shapes.ListProspectingFromEngagementTasksResponse
] = OperationSpec(
    name="ListProspectingFromEngagementTasks",
    input=_shapes.ListProspectingFromEngagementTasksRequest,
    output=_shapes.ListProspectingFromEngagementTasksResponse,
)

_LIST_PROSPECTING_FROM_ENGAGEMENT_TASKS_PAGES = PageSpec(
    operation="ListProspectingFromEngagementTasks",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("task_summaries",),
)

LIST_RESOURCE_SNAPSHOT_JOBS: OperationSpec[_shapes.ListResourceSnapshotJobsResponse] = (
    OperationSpec(
        name="ListResourceSnapshotJobs",
        input=_shapes.ListResourceSnapshotJobsRequest,
        output=_shapes.ListResourceSnapshotJobsResponse,
    )
)

_LIST_RESOURCE_SNAPSHOT_JOBS_PAGES = PageSpec(
    operation="ListResourceSnapshotJobs",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("resource_snapshot_job_summaries",),
)

LIST_RESOURCE_SNAPSHOTS: OperationSpec[_shapes.ListResourceSnapshotsResponse] = OperationSpec(
    name="ListResourceSnapshots",
    input=_shapes.ListResourceSnapshotsRequest,
    output=_shapes.ListResourceSnapshotsResponse,
)

_LIST_RESOURCE_SNAPSHOTS_PAGES = PageSpec(
    operation="ListResourceSnapshots",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("resource_snapshot_summaries",),
)

LIST_SOLUTIONS: OperationSpec[_shapes.ListSolutionsResponse] = OperationSpec(
    name="ListSolutions",
    input=_shapes.ListSolutionsRequest,
    output=_shapes.ListSolutionsResponse,
)

_LIST_SOLUTIONS_PAGES = PageSpec(
    operation="ListSolutions",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("solution_summaries",),
)

LIST_TAGS_FOR_RESOURCE: OperationSpec[_shapes.ListTagsForResourceResponse] = OperationSpec(
    name="ListTagsForResource",
    input=_shapes.ListTagsForResourceRequest,
    output=_shapes.ListTagsForResourceResponse,
)

PUT_SELLING_SYSTEM_SETTINGS: OperationSpec[_shapes.PutSellingSystemSettingsResponse] = (
    OperationSpec(
        name="PutSellingSystemSettings",
        input=_shapes.PutSellingSystemSettingsRequest,
        output=_shapes.PutSellingSystemSettingsResponse,
    )
)

REJECT_ENGAGEMENT_INVITATION: OperationSpec[None] = OperationSpec(
    name="RejectEngagementInvitation",
    input=_shapes.RejectEngagementInvitationRequest,
    output=None,
)

SEARCH_CUSTOMER_ACCOUNTS: OperationSpec[_shapes.SearchCustomerAccountsResponse] = OperationSpec(
    name="SearchCustomerAccounts",
    input=_shapes.SearchCustomerAccountsRequest,
    output=_shapes.SearchCustomerAccountsResponse,
)

_SEARCH_CUSTOMER_ACCOUNTS_PAGES = PageSpec(
    operation="SearchCustomerAccounts",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("customer_account_summaries",),
)

SEARCH_ENGAGEMENTS: OperationSpec[_shapes.SearchEngagementsResponse] = OperationSpec(
    name="SearchEngagements",
    input=_shapes.SearchEngagementsRequest,
    output=_shapes.SearchEngagementsResponse,
)

_SEARCH_ENGAGEMENTS_PAGES = PageSpec(
    operation="SearchEngagements",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("engagement_search_summaries",),
)

SEARCH_OPPORTUNITIES: OperationSpec[_shapes.SearchOpportunitiesResponse] = OperationSpec(
    name="SearchOpportunities",
    input=_shapes.SearchOpportunitiesRequest,
    output=_shapes.SearchOpportunitiesResponse,
)

_SEARCH_OPPORTUNITIES_PAGES = PageSpec(
    operation="SearchOpportunities",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("opportunity_search_summaries",),
)

START_CUSTOMER_ACCOUNT_BULK_JOB: OperationSpec[_shapes.StartCustomerAccountBulkJobResponse] = (
    OperationSpec(
        name="StartCustomerAccountBulkJob",
        input=_shapes.StartCustomerAccountBulkJobRequest,
        output=_shapes.StartCustomerAccountBulkJobResponse,
        idempotency_tokens=("ClientToken",),
    )
)

START_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASK: OperationSpec[
    _shapes.StartEngagementByAcceptingInvitationTaskResponse
] = OperationSpec(
    name="StartEngagementByAcceptingInvitationTask",
    input=_shapes.StartEngagementByAcceptingInvitationTaskRequest,
    output=_shapes.StartEngagementByAcceptingInvitationTaskResponse,
    idempotency_tokens=("ClientToken",),
)

START_ENGAGEMENT_FROM_OPPORTUNITY_TASK: OperationSpec[
    _shapes.StartEngagementFromOpportunityTaskResponse
] = OperationSpec(
    name="StartEngagementFromOpportunityTask",
    input=_shapes.StartEngagementFromOpportunityTaskRequest,
    output=_shapes.StartEngagementFromOpportunityTaskResponse,
    idempotency_tokens=("ClientToken",),
)

START_OPPORTUNITY_BULK_JOB: OperationSpec[_shapes.StartOpportunityBulkJobResponse] = OperationSpec(
    name="StartOpportunityBulkJob",
    input=_shapes.StartOpportunityBulkJobRequest,
    output=_shapes.StartOpportunityBulkJobResponse,
    idempotency_tokens=("ClientToken",),
)

START_OPPORTUNITY_FROM_ENGAGEMENT_TASK: OperationSpec[
    _shapes.StartOpportunityFromEngagementTaskResponse
] = OperationSpec(
    name="StartOpportunityFromEngagementTask",
    input=_shapes.StartOpportunityFromEngagementTaskRequest,
    output=_shapes.StartOpportunityFromEngagementTaskResponse,
    idempotency_tokens=("ClientToken",),
)

START_PROSPECTING_FROM_ENGAGEMENT_TASK: OperationSpec[
    _shapes.StartProspectingFromEngagementTaskResponse
] = OperationSpec(
    name="StartProspectingFromEngagementTask",
    input=_shapes.StartProspectingFromEngagementTaskRequest,
    output=_shapes.StartProspectingFromEngagementTaskResponse,
    idempotency_tokens=("ClientToken",),
)

START_RESOURCE_SNAPSHOT_JOB: OperationSpec[None] = OperationSpec(
    name="StartResourceSnapshotJob",
    input=_shapes.StartResourceSnapshotJobRequest,
    output=None,
)

STOP_RESOURCE_SNAPSHOT_JOB: OperationSpec[None] = OperationSpec(
    name="StopResourceSnapshotJob",
    input=_shapes.StopResourceSnapshotJobRequest,
    output=None,
)

SUBMIT_OPPORTUNITY: OperationSpec[None] = OperationSpec(
    name="SubmitOpportunity",
    input=_shapes.SubmitOpportunityRequest,
    output=None,
)

TAG_RESOURCE: OperationSpec[_shapes.TagResourceResponse] = OperationSpec(
    name="TagResource",
    input=_shapes.TagResourceRequest,
    output=_shapes.TagResourceResponse,
)

UNTAG_RESOURCE: OperationSpec[_shapes.UntagResourceResponse] = OperationSpec(
    name="UntagResource",
    input=_shapes.UntagResourceRequest,
    output=_shapes.UntagResourceResponse,
)

UPDATE_CUSTOMER_ACCOUNT: OperationSpec[_shapes.UpdateCustomerAccountResponse] = OperationSpec(
    name="UpdateCustomerAccount",
    input=_shapes.UpdateCustomerAccountRequest,
    output=_shapes.UpdateCustomerAccountResponse,
)

UPDATE_ENGAGEMENT_CONTEXT: OperationSpec[_shapes.UpdateEngagementContextResponse] = OperationSpec(
    name="UpdateEngagementContext",
    input=_shapes.UpdateEngagementContextRequest,
    output=_shapes.UpdateEngagementContextResponse,
)

UPDATE_OPPORTUNITY: OperationSpec[_shapes.UpdateOpportunityResponse] = OperationSpec(
    name="UpdateOpportunity",
    input=_shapes.UpdateOpportunityRequest,
    output=_shapes.UpdateOpportunityResponse,
)
