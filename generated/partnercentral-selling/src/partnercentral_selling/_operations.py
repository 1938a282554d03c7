"""Precomputed tables: the service and each operation's call facts (internal).

An operation names its input and output classes: they are read from ``shapes`` on
the first call, so building the tables imports no shape module.
"""

from __future__ import annotations

from typing import Any

from . import errors as _errors
from . import shapes as _shapes
from ._runtime.pipeline.operation import OperationSpec, ServiceSpec
from ._runtime.pipeline.paginator import PageSpec
from ._version import __version__


def _endpoint_rules() -> dict[str, Any]:
    from ._endpoint_rules import RULE_SET

    return RULE_SET


_SERVICE = ServiceSpec(
    service_id="PartnerCentral Selling",
    api_version="2022-07-26",
    json_version="1.0",
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
    target="AWSPartnerCentralSelling.AcceptEngagementInvitation",
    shapes=_shapes,
    input="AcceptEngagementInvitationRequest",
    output=None,
)

ASSIGN_OPPORTUNITY: OperationSpec[None] = OperationSpec(
    name="AssignOpportunity",
    target="AWSPartnerCentralSelling.AssignOpportunity",
    shapes=_shapes,
    input="AssignOpportunityRequest",
    output=None,
)

ASSOCIATE_OPPORTUNITY: OperationSpec[None] = OperationSpec(
    name="AssociateOpportunity",
    target="AWSPartnerCentralSelling.AssociateOpportunity",
    shapes=_shapes,
    input="AssociateOpportunityRequest",
    output=None,
)

CREATE_CUSTOMER_ACCOUNT: OperationSpec[_shapes.CreateCustomerAccountResponse] = OperationSpec(
    name="CreateCustomerAccount",
    target="AWSPartnerCentralSelling.CreateCustomerAccount",
    shapes=_shapes,
    input="CreateCustomerAccountRequest",
    output="CreateCustomerAccountResponse",
    idempotency_tokens=("ClientToken",),
)

CREATE_ENGAGEMENT: OperationSpec[_shapes.CreateEngagementResponse] = OperationSpec(
    name="CreateEngagement",
    target="AWSPartnerCentralSelling.CreateEngagement",
    shapes=_shapes,
    input="CreateEngagementRequest",
    output="CreateEngagementResponse",
    idempotency_tokens=("ClientToken",),
)

CREATE_ENGAGEMENT_CONTEXT: OperationSpec[_shapes.CreateEngagementContextResponse] = OperationSpec(
    name="CreateEngagementContext",
    target="AWSPartnerCentralSelling.CreateEngagementContext",
    shapes=_shapes,
    input="CreateEngagementContextRequest",
    output="CreateEngagementContextResponse",
    idempotency_tokens=("ClientToken",),
)

CREATE_ENGAGEMENT_INVITATION: OperationSpec[_shapes.CreateEngagementInvitationResponse] = (
    OperationSpec(
        name="CreateEngagementInvitation",
        target="AWSPartnerCentralSelling.CreateEngagementInvitation",
        shapes=_shapes,
        input="CreateEngagementInvitationRequest",
        output="CreateEngagementInvitationResponse",
        idempotency_tokens=("ClientToken",),
    )
)

CREATE_OPPORTUNITY: OperationSpec[_shapes.CreateOpportunityResponse] = OperationSpec(
    name="CreateOpportunity",
    target="AWSPartnerCentralSelling.CreateOpportunity",
    shapes=_shapes,
    input="CreateOpportunityRequest",
    output="CreateOpportunityResponse",
    idempotency_tokens=("ClientToken",),
)

CREATE_RESOURCE_SNAPSHOT: OperationSpec[_shapes.CreateResourceSnapshotResponse] = OperationSpec(
    name="CreateResourceSnapshot",
    target="AWSPartnerCentralSelling.CreateResourceSnapshot",
    shapes=_shapes,
    input="CreateResourceSnapshotRequest",
    output="CreateResourceSnapshotResponse",
    idempotency_tokens=("ClientToken",),
)

CREATE_RESOURCE_SNAPSHOT_JOB: OperationSpec[_shapes.CreateResourceSnapshotJobResponse] = (
    OperationSpec(
        name="CreateResourceSnapshotJob",
        target="AWSPartnerCentralSelling.CreateResourceSnapshotJob",
        shapes=_shapes,
        input="CreateResourceSnapshotJobRequest",
        output="CreateResourceSnapshotJobResponse",
        idempotency_tokens=("ClientToken",),
    )
)

DELETE_CUSTOMER_ACCOUNT: OperationSpec[_shapes.DeleteCustomerAccountResponse] = OperationSpec(
    name="DeleteCustomerAccount",
    target="AWSPartnerCentralSelling.DeleteCustomerAccount",
    shapes=_shapes,
    input="DeleteCustomerAccountRequest",
    output="DeleteCustomerAccountResponse",
)

DELETE_RESOURCE_SNAPSHOT_JOB: OperationSpec[None] = OperationSpec(
    name="DeleteResourceSnapshotJob",
    target="AWSPartnerCentralSelling.DeleteResourceSnapshotJob",
    shapes=_shapes,
    input="DeleteResourceSnapshotJobRequest",
    output=None,
)

DISASSOCIATE_OPPORTUNITY: OperationSpec[None] = OperationSpec(
    name="DisassociateOpportunity",
    target="AWSPartnerCentralSelling.DisassociateOpportunity",
    shapes=_shapes,
    input="DisassociateOpportunityRequest",
    output=None,
)

GET_AWS_OPPORTUNITY_SUMMARY: OperationSpec[_shapes.GetAwsOpportunitySummaryResponse] = (
    OperationSpec(
        name="GetAwsOpportunitySummary",
        target="AWSPartnerCentralSelling.GetAwsOpportunitySummary",
        shapes=_shapes,
        input="GetAwsOpportunitySummaryRequest",
        output="GetAwsOpportunitySummaryResponse",
    )
)

GET_CUSTOMER_ACCOUNT: OperationSpec[_shapes.GetCustomerAccountResponse] = OperationSpec(
    name="GetCustomerAccount",
    target="AWSPartnerCentralSelling.GetCustomerAccount",
    shapes=_shapes,
    input="GetCustomerAccountRequest",
    output="GetCustomerAccountResponse",
)

GET_CUSTOMER_ACCOUNT_BULK_JOB: OperationSpec[_shapes.GetCustomerAccountBulkJobResponse] = (
    OperationSpec(
        name="GetCustomerAccountBulkJob",
        target="AWSPartnerCentralSelling.GetCustomerAccountBulkJob",
        shapes=_shapes,
        input="GetCustomerAccountBulkJobRequest",
        output="GetCustomerAccountBulkJobResponse",
    )
)

GET_CUSTOMER_ACCOUNT_BULK_JOB_REPORT_URL: OperationSpec[
    _shapes.GetCustomerAccountBulkJobReportUrlResponse
] = OperationSpec(
    name="GetCustomerAccountBulkJobReportUrl",
    target="AWSPartnerCentralSelling.GetCustomerAccountBulkJobReportUrl",
    shapes=_shapes,
    input="GetCustomerAccountBulkJobReportUrlRequest",
    output="GetCustomerAccountBulkJobReportUrlResponse",
)

GET_CUSTOMER_ACCOUNT_STATISTICS: OperationSpec[_shapes.GetCustomerAccountStatisticsResponse] = (
    OperationSpec(
        name="GetCustomerAccountStatistics",
        target="AWSPartnerCentralSelling.GetCustomerAccountStatistics",
        shapes=_shapes,
        input="GetCustomerAccountStatisticsRequest",
        output="GetCustomerAccountStatisticsResponse",
    )
)

GET_ENGAGEMENT: OperationSpec[_shapes.GetEngagementResponse] = OperationSpec(
    name="GetEngagement",
    target="AWSPartnerCentralSelling.GetEngagement",
    shapes=_shapes,
    input="GetEngagementRequest",
    output="GetEngagementResponse",
)

GET_ENGAGEMENT_INVITATION: OperationSpec[_shapes.GetEngagementInvitationResponse] = OperationSpec(
    name="GetEngagementInvitation",
    target="AWSPartnerCentralSelling.GetEngagementInvitation",
    shapes=_shapes,
    input="GetEngagementInvitationRequest",
    output="GetEngagementInvitationResponse",
)

GET_OPPORTUNITY: OperationSpec[_shapes.GetOpportunityResponse] = OperationSpec(
    name="GetOpportunity",
    target="AWSPartnerCentralSelling.GetOpportunity",
    shapes=_shapes,
    input="GetOpportunityRequest",
    output="GetOpportunityResponse",
)

GET_OPPORTUNITY_BULK_JOB_REPORT_URL: OperationSpec[
    _shapes.GetOpportunityBulkJobReportUrlResponse
] = OperationSpec(
    name="GetOpportunityBulkJobReportUrl",
    target="AWSPartnerCentralSelling.GetOpportunityBulkJobReportUrl",
    shapes=_shapes,
    input="GetOpportunityBulkJobReportUrlRequest",
    output="GetOpportunityBulkJobReportUrlResponse",
)

GET_PROSPECTING_FROM_ENGAGEMENT_TASK: OperationSpec[
    _shapes.GetProspectingFromEngagementTaskResponse
] = OperationSpec(
    name="GetProspectingFromEngagementTask",
    target="AWSPartnerCentralSelling.GetProspectingFromEngagementTask",
    shapes=_shapes,
    input="GetProspectingFromEngagementTaskRequest",
    output="GetProspectingFromEngagementTaskResponse",
)

GET_RESOURCE_SNAPSHOT: OperationSpec[_shapes.GetResourceSnapshotResponse] = OperationSpec(
    name="GetResourceSnapshot",
    target="AWSPartnerCentralSelling.GetResourceSnapshot",
    shapes=_shapes,
    input="GetResourceSnapshotRequest",
    output="GetResourceSnapshotResponse",
)

GET_RESOURCE_SNAPSHOT_JOB: OperationSpec[_shapes.GetResourceSnapshotJobResponse] = OperationSpec(
    name="GetResourceSnapshotJob",
    target="AWSPartnerCentralSelling.GetResourceSnapshotJob",
    shapes=_shapes,
    input="GetResourceSnapshotJobRequest",
    output="GetResourceSnapshotJobResponse",
)

GET_SELLING_SYSTEM_SETTINGS: OperationSpec[_shapes.GetSellingSystemSettingsResponse] = (
    OperationSpec(
        name="GetSellingSystemSettings",
        target="AWSPartnerCentralSelling.GetSellingSystemSettings",
        shapes=_shapes,
        input="GetSellingSystemSettingsRequest",
        output="GetSellingSystemSettingsResponse",
    )
)

LIST_CUSTOMER_ACCOUNT_BULK_JOB_RESULTS: OperationSpec[
    _shapes.ListCustomerAccountBulkJobResultsResponse
] = OperationSpec(
    name="ListCustomerAccountBulkJobResults",
    target="AWSPartnerCentralSelling.ListCustomerAccountBulkJobResults",
    shapes=_shapes,
    input="ListCustomerAccountBulkJobResultsRequest",
    output="ListCustomerAccountBulkJobResultsResponse",
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
        target="AWSPartnerCentralSelling.ListCustomerAccountBulkJobs",
        shapes=_shapes,
        input="ListCustomerAccountBulkJobsRequest",
        output="ListCustomerAccountBulkJobsResponse",
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
    target="AWSPartnerCentralSelling.ListEngagementByAcceptingInvitationTasks",
    shapes=_shapes,
    input="ListEngagementByAcceptingInvitationTasksRequest",
    output="ListEngagementByAcceptingInvitationTasksResponse",
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
    target="AWSPartnerCentralSelling.ListEngagementFromOpportunityTasks",
    shapes=_shapes,
    input="ListEngagementFromOpportunityTasksRequest",
    output="ListEngagementFromOpportunityTasksResponse",
)

_LIST_ENGAGEMENT_FROM_OPPORTUNITY_TASKS_PAGES = PageSpec(
    operation="ListEngagementFromOpportunityTasks",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("task_summaries",),
)

LIST_ENGAGEMENT_GROUPS: OperationSpec[_shapes.ListEngagementGroupsResponse] = OperationSpec(
    name="ListEngagementGroups",
    target="AWSPartnerCentralSelling.ListEngagementGroups",
    shapes=_shapes,
    input="ListEngagementGroupsRequest",
    output="ListEngagementGroupsResponse",
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
        target="AWSPartnerCentralSelling.ListEngagementInvitations",
        shapes=_shapes,
        input="ListEngagementInvitationsRequest",
        output="ListEngagementInvitationsResponse",
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
    target="AWSPartnerCentralSelling.ListEngagementMembers",
    shapes=_shapes,
    input="ListEngagementMembersRequest",
    output="ListEngagementMembersResponse",
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
    target="AWSPartnerCentralSelling.ListEngagementResourceAssociations",
    shapes=_shapes,
    input="ListEngagementResourceAssociationsRequest",
    output="ListEngagementResourceAssociationsResponse",
)

_LIST_ENGAGEMENT_RESOURCE_ASSOCIATIONS_PAGES = PageSpec(
    operation="ListEngagementResourceAssociations",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("engagement_resource_association_summaries",),
)

LIST_ENGAGEMENTS: OperationSpec[_shapes.ListEngagementsResponse] = OperationSpec(
    name="ListEngagements",
    target="AWSPartnerCentralSelling.ListEngagements",
    shapes=_shapes,
    input="ListEngagementsRequest",
    output="ListEngagementsResponse",
)

_LIST_ENGAGEMENTS_PAGES = PageSpec(
    operation="ListEngagements",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("engagement_summary_list",),
)

LIST_OPPORTUNITIES: OperationSpec[_shapes.ListOpportunitiesResponse] = OperationSpec(
    name="ListOpportunities",
    target="AWSPartnerCentralSelling.ListOpportunities",
    shapes=_shapes,
    input="ListOpportunitiesRequest",
    output="ListOpportunitiesResponse",
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
        target="AWSPartnerCentralSelling.ListOpportunityBulkJobResults",
        shapes=_shapes,
        input="ListOpportunityBulkJobResultsRequest",
        output="ListOpportunityBulkJobResultsResponse",
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
    target="AWSPartnerCentralSelling.ListOpportunityBulkJobs",
    shapes=_shapes,
    input="ListOpportunityBulkJobsRequest",
    output="ListOpportunityBulkJobsResponse",
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
    target="AWSPartnerCentralSelling.ListOpportunityFromEngagementTasks",
    shapes=_shapes,
    input="ListOpportunityFromEngagementTasksRequest",
    output="ListOpportunityFromEngagementTasksResponse",
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
    target="AWSPartnerCentralSelling.ListProspectingFromEngagementTasks",
    shapes=_shapes,
    input="ListProspectingFromEngagementTasksRequest",
    output="ListProspectingFromEngagementTasksResponse",
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
        target="AWSPartnerCentralSelling.ListResourceSnapshotJobs",
        shapes=_shapes,
        input="ListResourceSnapshotJobsRequest",
        output="ListResourceSnapshotJobsResponse",
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
    target="AWSPartnerCentralSelling.ListResourceSnapshots",
    shapes=_shapes,
    input="ListResourceSnapshotsRequest",
    output="ListResourceSnapshotsResponse",
)

_LIST_RESOURCE_SNAPSHOTS_PAGES = PageSpec(
    operation="ListResourceSnapshots",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("resource_snapshot_summaries",),
)

LIST_SOLUTIONS: OperationSpec[_shapes.ListSolutionsResponse] = OperationSpec(
    name="ListSolutions",
    target="AWSPartnerCentralSelling.ListSolutions",
    shapes=_shapes,
    input="ListSolutionsRequest",
    output="ListSolutionsResponse",
)

_LIST_SOLUTIONS_PAGES = PageSpec(
    operation="ListSolutions",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("solution_summaries",),
)

LIST_TAGS_FOR_RESOURCE: OperationSpec[_shapes.ListTagsForResourceResponse] = OperationSpec(
    name="ListTagsForResource",
    target="AWSPartnerCentralSelling.ListTagsForResource",
    shapes=_shapes,
    input="ListTagsForResourceRequest",
    output="ListTagsForResourceResponse",
)

PUT_SELLING_SYSTEM_SETTINGS: OperationSpec[_shapes.PutSellingSystemSettingsResponse] = (
    OperationSpec(
        name="PutSellingSystemSettings",
        target="AWSPartnerCentralSelling.PutSellingSystemSettings",
        shapes=_shapes,
        input="PutSellingSystemSettingsRequest",
        output="PutSellingSystemSettingsResponse",
    )
)

REJECT_ENGAGEMENT_INVITATION: OperationSpec[None] = OperationSpec(
    name="RejectEngagementInvitation",
    target="AWSPartnerCentralSelling.RejectEngagementInvitation",
    shapes=_shapes,
    input="RejectEngagementInvitationRequest",
    output=None,
)

SEARCH_CUSTOMER_ACCOUNTS: OperationSpec[_shapes.SearchCustomerAccountsResponse] = OperationSpec(
    name="SearchCustomerAccounts",
    target="AWSPartnerCentralSelling.SearchCustomerAccounts",
    shapes=_shapes,
    input="SearchCustomerAccountsRequest",
    output="SearchCustomerAccountsResponse",
)

_SEARCH_CUSTOMER_ACCOUNTS_PAGES = PageSpec(
    operation="SearchCustomerAccounts",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("customer_account_summaries",),
)

SEARCH_ENGAGEMENTS: OperationSpec[_shapes.SearchEngagementsResponse] = OperationSpec(
    name="SearchEngagements",
    target="AWSPartnerCentralSelling.SearchEngagements",
    shapes=_shapes,
    input="SearchEngagementsRequest",
    output="SearchEngagementsResponse",
)

_SEARCH_ENGAGEMENTS_PAGES = PageSpec(
    operation="SearchEngagements",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("engagement_search_summaries",),
)

SEARCH_OPPORTUNITIES: OperationSpec[_shapes.SearchOpportunitiesResponse] = OperationSpec(
    name="SearchOpportunities",
    target="AWSPartnerCentralSelling.SearchOpportunities",
    shapes=_shapes,
    input="SearchOpportunitiesRequest",
    output="SearchOpportunitiesResponse",
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
        target="AWSPartnerCentralSelling.StartCustomerAccountBulkJob",
        shapes=_shapes,
        input="StartCustomerAccountBulkJobRequest",
        output="StartCustomerAccountBulkJobResponse",
        idempotency_tokens=("ClientToken",),
    )
)

START_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASK: OperationSpec[
    _shapes.StartEngagementByAcceptingInvitationTaskResponse
] = OperationSpec(
    name="StartEngagementByAcceptingInvitationTask",
    target="AWSPartnerCentralSelling.StartEngagementByAcceptingInvitationTask",
    shapes=_shapes,
    input="StartEngagementByAcceptingInvitationTaskRequest",
    output="StartEngagementByAcceptingInvitationTaskResponse",
    idempotency_tokens=("ClientToken",),
)

START_ENGAGEMENT_FROM_OPPORTUNITY_TASK: OperationSpec[
    _shapes.StartEngagementFromOpportunityTaskResponse
] = OperationSpec(
    name="StartEngagementFromOpportunityTask",
    target="AWSPartnerCentralSelling.StartEngagementFromOpportunityTask",
    shapes=_shapes,
    input="StartEngagementFromOpportunityTaskRequest",
    output="StartEngagementFromOpportunityTaskResponse",
    idempotency_tokens=("ClientToken",),
)

START_OPPORTUNITY_BULK_JOB: OperationSpec[_shapes.StartOpportunityBulkJobResponse] = OperationSpec(
    name="StartOpportunityBulkJob",
    target="AWSPartnerCentralSelling.StartOpportunityBulkJob",
    shapes=_shapes,
    input="StartOpportunityBulkJobRequest",
    output="StartOpportunityBulkJobResponse",
    idempotency_tokens=("ClientToken",),
)

START_OPPORTUNITY_FROM_ENGAGEMENT_TASK: OperationSpec[
    _shapes.StartOpportunityFromEngagementTaskResponse
] = OperationSpec(
    name="StartOpportunityFromEngagementTask",
    target="AWSPartnerCentralSelling.StartOpportunityFromEngagementTask",
    shapes=_shapes,
    input="StartOpportunityFromEngagementTaskRequest",
    output="StartOpportunityFromEngagementTaskResponse",
    idempotency_tokens=("ClientToken",),
)

START_PROSPECTING_FROM_ENGAGEMENT_TASK: OperationSpec[
    _shapes.StartProspectingFromEngagementTaskResponse
] = OperationSpec(
    name="StartProspectingFromEngagementTask",
    target="AWSPartnerCentralSelling.StartProspectingFromEngagementTask",
    shapes=_shapes,
    input="StartProspectingFromEngagementTaskRequest",
    output="StartProspectingFromEngagementTaskResponse",
    idempotency_tokens=("ClientToken",),
)

START_RESOURCE_SNAPSHOT_JOB: OperationSpec[None] = OperationSpec(
    name="StartResourceSnapshotJob",
    target="AWSPartnerCentralSelling.StartResourceSnapshotJob",
    shapes=_shapes,
    input="StartResourceSnapshotJobRequest",
    output=None,
)

STOP_RESOURCE_SNAPSHOT_JOB: OperationSpec[None] = OperationSpec(
    name="StopResourceSnapshotJob",
    target="AWSPartnerCentralSelling.StopResourceSnapshotJob",
    shapes=_shapes,
    input="StopResourceSnapshotJobRequest",
    output=None,
)

SUBMIT_OPPORTUNITY: OperationSpec[None] = OperationSpec(
    name="SubmitOpportunity",
    target="AWSPartnerCentralSelling.SubmitOpportunity",
    shapes=_shapes,
    input="SubmitOpportunityRequest",
    output=None,
)

TAG_RESOURCE: OperationSpec[_shapes.TagResourceResponse] = OperationSpec(
    name="TagResource",
    target="AWSPartnerCentralSelling.TagResource",
    shapes=_shapes,
    input="TagResourceRequest",
    output="TagResourceResponse",
)

UNTAG_RESOURCE: OperationSpec[_shapes.UntagResourceResponse] = OperationSpec(
    name="UntagResource",
    target="AWSPartnerCentralSelling.UntagResource",
    shapes=_shapes,
    input="UntagResourceRequest",
    output="UntagResourceResponse",
)

UPDATE_CUSTOMER_ACCOUNT: OperationSpec[_shapes.UpdateCustomerAccountResponse] = OperationSpec(
    name="UpdateCustomerAccount",
    target="AWSPartnerCentralSelling.UpdateCustomerAccount",
    shapes=_shapes,
    input="UpdateCustomerAccountRequest",
    output="UpdateCustomerAccountResponse",
)

UPDATE_ENGAGEMENT_CONTEXT: OperationSpec[_shapes.UpdateEngagementContextResponse] = OperationSpec(
    name="UpdateEngagementContext",
    target="AWSPartnerCentralSelling.UpdateEngagementContext",
    shapes=_shapes,
    input="UpdateEngagementContextRequest",
    output="UpdateEngagementContextResponse",
)

UPDATE_OPPORTUNITY: OperationSpec[_shapes.UpdateOpportunityResponse] = OperationSpec(
    name="UpdateOpportunity",
    target="AWSPartnerCentralSelling.UpdateOpportunity",
    shapes=_shapes,
    input="UpdateOpportunityRequest",
    output="UpdateOpportunityResponse",
)
