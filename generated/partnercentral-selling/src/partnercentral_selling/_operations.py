"""Precomputed tables: the service and each operation's call facts (internal).

An operation names its input and output classes: they are read from ``shapes`` on
the first call, so building the tables imports no shape module.
"""

from __future__ import annotations

from typing import Any

from typed_aws_runtime.pipeline.operation import OperationSpec
from typed_aws_runtime.pipeline.incremental import SyncSpec
from typed_aws_runtime.pipeline.modify import UpdateSpec
from typed_aws_runtime.pipeline.paginator import PageSpec
from typed_aws_runtime.pipeline.service import ServiceSpec
from typed_aws_runtime.pipeline.waiter import Acceptor, WaiterSpec
from typed_aws_runtime.protocols.awsjson import AwsJsonProtocol

from . import errors as _errors
from . import shapes as _shapes
from ._version import __version__


def _endpoint_rules() -> dict[str, Any]:
    from ._endpoint_rules import RULE_SET

    return RULE_SET


def _rate_limit_presets() -> Any:
    from .rate_limits import PRESETS

    return PRESETS


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
    rate_limit_presets=_rate_limit_presets,
)

ACCEPT_ENGAGEMENT_INVITATION: OperationSpec[None] = OperationSpec(
    name="AcceptEngagementInvitation",
    input="AcceptEngagementInvitationRequest",
    output=None,
    shapes=_shapes,
)

ASSIGN_OPPORTUNITY: OperationSpec[None] = OperationSpec(
    name="AssignOpportunity",
    input="AssignOpportunityRequest",
    output=None,
    shapes=_shapes,
)

ASSOCIATE_OPPORTUNITY: OperationSpec[None] = OperationSpec(
    name="AssociateOpportunity",
    input="AssociateOpportunityRequest",
    output=None,
    shapes=_shapes,
)

CREATE_CUSTOMER_ACCOUNT: OperationSpec[_shapes.CreateCustomerAccountResponse] = OperationSpec(
    name="CreateCustomerAccount",
    input="CreateCustomerAccountRequest",
    output="CreateCustomerAccountResponse",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

CREATE_ENGAGEMENT: OperationSpec[_shapes.CreateEngagementResponse] = OperationSpec(
    name="CreateEngagement",
    input="CreateEngagementRequest",
    output="CreateEngagementResponse",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

CREATE_ENGAGEMENT_CONTEXT: OperationSpec[_shapes.CreateEngagementContextResponse] = OperationSpec(
    name="CreateEngagementContext",
    input="CreateEngagementContextRequest",
    output="CreateEngagementContextResponse",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

CREATE_ENGAGEMENT_INVITATION: OperationSpec[_shapes.CreateEngagementInvitationResponse] = (
    OperationSpec(
        name="CreateEngagementInvitation",
        input="CreateEngagementInvitationRequest",
        output="CreateEngagementInvitationResponse",
        shapes=_shapes,
        idempotency_tokens=("ClientToken",),
    )
)

CREATE_OPPORTUNITY: OperationSpec[_shapes.CreateOpportunityResponse] = OperationSpec(
    name="CreateOpportunity",
    input="CreateOpportunityRequest",
    output="CreateOpportunityResponse",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

CREATE_RESOURCE_SNAPSHOT: OperationSpec[_shapes.CreateResourceSnapshotResponse] = OperationSpec(
    name="CreateResourceSnapshot",
    input="CreateResourceSnapshotRequest",
    output="CreateResourceSnapshotResponse",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

CREATE_RESOURCE_SNAPSHOT_JOB: OperationSpec[_shapes.CreateResourceSnapshotJobResponse] = (
    OperationSpec(
        name="CreateResourceSnapshotJob",
        input="CreateResourceSnapshotJobRequest",
        output="CreateResourceSnapshotJobResponse",
        shapes=_shapes,
        idempotency_tokens=("ClientToken",),
    )
)

DELETE_CUSTOMER_ACCOUNT: OperationSpec[_shapes.DeleteCustomerAccountResponse] = OperationSpec(
    name="DeleteCustomerAccount",
    input="DeleteCustomerAccountRequest",
    output="DeleteCustomerAccountResponse",
    shapes=_shapes,
)

DELETE_RESOURCE_SNAPSHOT_JOB: OperationSpec[None] = OperationSpec(
    name="DeleteResourceSnapshotJob",
    input="DeleteResourceSnapshotJobRequest",
    output=None,
    shapes=_shapes,
)

DISASSOCIATE_OPPORTUNITY: OperationSpec[None] = OperationSpec(
    name="DisassociateOpportunity",
    input="DisassociateOpportunityRequest",
    output=None,
    shapes=_shapes,
)

GET_AWS_OPPORTUNITY_SUMMARY: OperationSpec[_shapes.GetAwsOpportunitySummaryResponse] = (
    OperationSpec(
        name="GetAwsOpportunitySummary",
        input="GetAwsOpportunitySummaryRequest",
        output="GetAwsOpportunitySummaryResponse",
        shapes=_shapes,
    )
)

GET_CUSTOMER_ACCOUNT: OperationSpec[_shapes.GetCustomerAccountResponse] = OperationSpec(
    name="GetCustomerAccount",
    input="GetCustomerAccountRequest",
    output="GetCustomerAccountResponse",
    shapes=_shapes,
)

GET_CUSTOMER_ACCOUNT_BULK_JOB: OperationSpec[_shapes.GetCustomerAccountBulkJobResponse] = (
    OperationSpec(
        name="GetCustomerAccountBulkJob",
        input="GetCustomerAccountBulkJobRequest",
        output="GetCustomerAccountBulkJobResponse",
        shapes=_shapes,
    )
)

GET_CUSTOMER_ACCOUNT_BULK_JOB_REPORT_URL: OperationSpec[
    _shapes.GetCustomerAccountBulkJobReportUrlResponse
] = OperationSpec(
    name="GetCustomerAccountBulkJobReportUrl",
    input="GetCustomerAccountBulkJobReportUrlRequest",
    output="GetCustomerAccountBulkJobReportUrlResponse",
    shapes=_shapes,
)

GET_CUSTOMER_ACCOUNT_STATISTICS: OperationSpec[_shapes.GetCustomerAccountStatisticsResponse] = (
    OperationSpec(
        name="GetCustomerAccountStatistics",
        input="GetCustomerAccountStatisticsRequest",
        output="GetCustomerAccountStatisticsResponse",
        shapes=_shapes,
    )
)

GET_ENGAGEMENT: OperationSpec[_shapes.GetEngagementResponse] = OperationSpec(
    name="GetEngagement",
    input="GetEngagementRequest",
    output="GetEngagementResponse",
    shapes=_shapes,
)

GET_ENGAGEMENT_INVITATION: OperationSpec[_shapes.GetEngagementInvitationResponse] = OperationSpec(
    name="GetEngagementInvitation",
    input="GetEngagementInvitationRequest",
    output="GetEngagementInvitationResponse",
    shapes=_shapes,
)

GET_OPPORTUNITY: OperationSpec[_shapes.GetOpportunityResponse] = OperationSpec(
    name="GetOpportunity",
    input="GetOpportunityRequest",
    output="GetOpportunityResponse",
    shapes=_shapes,
)

GET_OPPORTUNITY_BULK_JOB_REPORT_URL: OperationSpec[
    _shapes.GetOpportunityBulkJobReportUrlResponse
] = OperationSpec(
    name="GetOpportunityBulkJobReportUrl",
    input="GetOpportunityBulkJobReportUrlRequest",
    output="GetOpportunityBulkJobReportUrlResponse",
    shapes=_shapes,
)

GET_PROSPECTING_FROM_ENGAGEMENT_TASK: OperationSpec[
    _shapes.GetProspectingFromEngagementTaskResponse
] = OperationSpec(
    name="GetProspectingFromEngagementTask",
    input="GetProspectingFromEngagementTaskRequest",
    output="GetProspectingFromEngagementTaskResponse",
    shapes=_shapes,
)

GET_RESOURCE_SNAPSHOT: OperationSpec[_shapes.GetResourceSnapshotResponse] = OperationSpec(
    name="GetResourceSnapshot",
    input="GetResourceSnapshotRequest",
    output="GetResourceSnapshotResponse",
    shapes=_shapes,
)

GET_RESOURCE_SNAPSHOT_JOB: OperationSpec[_shapes.GetResourceSnapshotJobResponse] = OperationSpec(
    name="GetResourceSnapshotJob",
    input="GetResourceSnapshotJobRequest",
    output="GetResourceSnapshotJobResponse",
    shapes=_shapes,
)

GET_SELLING_SYSTEM_SETTINGS: OperationSpec[_shapes.GetSellingSystemSettingsResponse] = (
    OperationSpec(
        name="GetSellingSystemSettings",
        input="GetSellingSystemSettingsRequest",
        output="GetSellingSystemSettingsResponse",
        shapes=_shapes,
    )
)

LIST_CUSTOMER_ACCOUNT_BULK_JOB_RESULTS: OperationSpec[
    _shapes.ListCustomerAccountBulkJobResultsResponse
] = OperationSpec(
    name="ListCustomerAccountBulkJobResults",
    input="ListCustomerAccountBulkJobResultsRequest",
    output="ListCustomerAccountBulkJobResultsResponse",
    shapes=_shapes,
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
        input="ListCustomerAccountBulkJobsRequest",
        output="ListCustomerAccountBulkJobsResponse",
        shapes=_shapes,
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
    input="ListEngagementByAcceptingInvitationTasksRequest",
    output="ListEngagementByAcceptingInvitationTasksResponse",
    shapes=_shapes,
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
    input="ListEngagementFromOpportunityTasksRequest",
    output="ListEngagementFromOpportunityTasksResponse",
    shapes=_shapes,
)

_LIST_ENGAGEMENT_FROM_OPPORTUNITY_TASKS_PAGES = PageSpec(
    operation="ListEngagementFromOpportunityTasks",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("task_summaries",),
)

LIST_ENGAGEMENT_GROUPS: OperationSpec[_shapes.ListEngagementGroupsResponse] = OperationSpec(
    name="ListEngagementGroups",
    input="ListEngagementGroupsRequest",
    output="ListEngagementGroupsResponse",
    shapes=_shapes,
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
        input="ListEngagementInvitationsRequest",
        output="ListEngagementInvitationsResponse",
        shapes=_shapes,
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
    input="ListEngagementMembersRequest",
    output="ListEngagementMembersResponse",
    shapes=_shapes,
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
    input="ListEngagementResourceAssociationsRequest",
    output="ListEngagementResourceAssociationsResponse",
    shapes=_shapes,
)

_LIST_ENGAGEMENT_RESOURCE_ASSOCIATIONS_PAGES = PageSpec(
    operation="ListEngagementResourceAssociations",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("engagement_resource_association_summaries",),
)

LIST_ENGAGEMENTS: OperationSpec[_shapes.ListEngagementsResponse] = OperationSpec(
    name="ListEngagements",
    input="ListEngagementsRequest",
    output="ListEngagementsResponse",
    shapes=_shapes,
)

_LIST_ENGAGEMENTS_PAGES = PageSpec(
    operation="ListEngagements",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("engagement_summary_list",),
)

LIST_OPPORTUNITIES: OperationSpec[_shapes.ListOpportunitiesResponse] = OperationSpec(
    name="ListOpportunities",
    input="ListOpportunitiesRequest",
    output="ListOpportunitiesResponse",
    shapes=_shapes,
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
        input="ListOpportunityBulkJobResultsRequest",
        output="ListOpportunityBulkJobResultsResponse",
        shapes=_shapes,
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
    input="ListOpportunityBulkJobsRequest",
    output="ListOpportunityBulkJobsResponse",
    shapes=_shapes,
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
    input="ListOpportunityFromEngagementTasksRequest",
    output="ListOpportunityFromEngagementTasksResponse",
    shapes=_shapes,
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
    input="ListProspectingFromEngagementTasksRequest",
    output="ListProspectingFromEngagementTasksResponse",
    shapes=_shapes,
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
        input="ListResourceSnapshotJobsRequest",
        output="ListResourceSnapshotJobsResponse",
        shapes=_shapes,
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
    input="ListResourceSnapshotsRequest",
    output="ListResourceSnapshotsResponse",
    shapes=_shapes,
)

_LIST_RESOURCE_SNAPSHOTS_PAGES = PageSpec(
    operation="ListResourceSnapshots",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("resource_snapshot_summaries",),
)

LIST_SOLUTIONS: OperationSpec[_shapes.ListSolutionsResponse] = OperationSpec(
    name="ListSolutions",
    input="ListSolutionsRequest",
    output="ListSolutionsResponse",
    shapes=_shapes,
)

_LIST_SOLUTIONS_PAGES = PageSpec(
    operation="ListSolutions",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("solution_summaries",),
)

LIST_TAGS_FOR_RESOURCE: OperationSpec[_shapes.ListTagsForResourceResponse] = OperationSpec(
    name="ListTagsForResource",
    input="ListTagsForResourceRequest",
    output="ListTagsForResourceResponse",
    shapes=_shapes,
)

PUT_SELLING_SYSTEM_SETTINGS: OperationSpec[_shapes.PutSellingSystemSettingsResponse] = (
    OperationSpec(
        name="PutSellingSystemSettings",
        input="PutSellingSystemSettingsRequest",
        output="PutSellingSystemSettingsResponse",
        shapes=_shapes,
    )
)

REJECT_ENGAGEMENT_INVITATION: OperationSpec[None] = OperationSpec(
    name="RejectEngagementInvitation",
    input="RejectEngagementInvitationRequest",
    output=None,
    shapes=_shapes,
)

SEARCH_CUSTOMER_ACCOUNTS: OperationSpec[_shapes.SearchCustomerAccountsResponse] = OperationSpec(
    name="SearchCustomerAccounts",
    input="SearchCustomerAccountsRequest",
    output="SearchCustomerAccountsResponse",
    shapes=_shapes,
)

_SEARCH_CUSTOMER_ACCOUNTS_PAGES = PageSpec(
    operation="SearchCustomerAccounts",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("customer_account_summaries",),
)

SEARCH_ENGAGEMENTS: OperationSpec[_shapes.SearchEngagementsResponse] = OperationSpec(
    name="SearchEngagements",
    input="SearchEngagementsRequest",
    output="SearchEngagementsResponse",
    shapes=_shapes,
)

_SEARCH_ENGAGEMENTS_PAGES = PageSpec(
    operation="SearchEngagements",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("engagement_search_summaries",),
)

SEARCH_OPPORTUNITIES: OperationSpec[_shapes.SearchOpportunitiesResponse] = OperationSpec(
    name="SearchOpportunities",
    input="SearchOpportunitiesRequest",
    output="SearchOpportunitiesResponse",
    shapes=_shapes,
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
        input="StartCustomerAccountBulkJobRequest",
        output="StartCustomerAccountBulkJobResponse",
        shapes=_shapes,
        idempotency_tokens=("ClientToken",),
    )
)

START_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASK: OperationSpec[
    _shapes.StartEngagementByAcceptingInvitationTaskResponse
] = OperationSpec(
    name="StartEngagementByAcceptingInvitationTask",
    input="StartEngagementByAcceptingInvitationTaskRequest",
    output="StartEngagementByAcceptingInvitationTaskResponse",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

START_ENGAGEMENT_FROM_OPPORTUNITY_TASK: OperationSpec[
    _shapes.StartEngagementFromOpportunityTaskResponse
] = OperationSpec(
    name="StartEngagementFromOpportunityTask",
    input="StartEngagementFromOpportunityTaskRequest",
    output="StartEngagementFromOpportunityTaskResponse",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

START_OPPORTUNITY_BULK_JOB: OperationSpec[_shapes.StartOpportunityBulkJobResponse] = OperationSpec(
    name="StartOpportunityBulkJob",
    input="StartOpportunityBulkJobRequest",
    output="StartOpportunityBulkJobResponse",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

START_OPPORTUNITY_FROM_ENGAGEMENT_TASK: OperationSpec[
    _shapes.StartOpportunityFromEngagementTaskResponse
] = OperationSpec(
    name="StartOpportunityFromEngagementTask",
    input="StartOpportunityFromEngagementTaskRequest",
    output="StartOpportunityFromEngagementTaskResponse",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

START_PROSPECTING_FROM_ENGAGEMENT_TASK: OperationSpec[
    _shapes.StartProspectingFromEngagementTaskResponse
] = OperationSpec(
    name="StartProspectingFromEngagementTask",
    input="StartProspectingFromEngagementTaskRequest",
    output="StartProspectingFromEngagementTaskResponse",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

START_RESOURCE_SNAPSHOT_JOB: OperationSpec[None] = OperationSpec(
    name="StartResourceSnapshotJob",
    input="StartResourceSnapshotJobRequest",
    output=None,
    shapes=_shapes,
)

STOP_RESOURCE_SNAPSHOT_JOB: OperationSpec[None] = OperationSpec(
    name="StopResourceSnapshotJob",
    input="StopResourceSnapshotJobRequest",
    output=None,
    shapes=_shapes,
)

SUBMIT_OPPORTUNITY: OperationSpec[None] = OperationSpec(
    name="SubmitOpportunity",
    input="SubmitOpportunityRequest",
    output=None,
    shapes=_shapes,
)

TAG_RESOURCE: OperationSpec[_shapes.TagResourceResponse] = OperationSpec(
    name="TagResource",
    input="TagResourceRequest",
    output="TagResourceResponse",
    shapes=_shapes,
)

UNTAG_RESOURCE: OperationSpec[_shapes.UntagResourceResponse] = OperationSpec(
    name="UntagResource",
    input="UntagResourceRequest",
    output="UntagResourceResponse",
    shapes=_shapes,
)

UPDATE_CUSTOMER_ACCOUNT: OperationSpec[_shapes.UpdateCustomerAccountResponse] = OperationSpec(
    name="UpdateCustomerAccount",
    input="UpdateCustomerAccountRequest",
    output="UpdateCustomerAccountResponse",
    shapes=_shapes,
)

UPDATE_ENGAGEMENT_CONTEXT: OperationSpec[_shapes.UpdateEngagementContextResponse] = OperationSpec(
    name="UpdateEngagementContext",
    input="UpdateEngagementContextRequest",
    output="UpdateEngagementContextResponse",
    shapes=_shapes,
)

UPDATE_OPPORTUNITY: OperationSpec[_shapes.UpdateOpportunityResponse] = OperationSpec(
    name="UpdateOpportunity",
    input="UpdateOpportunityRequest",
    output="UpdateOpportunityResponse",
    shapes=_shapes,
)

_WAIT_UNTIL_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASK_COMPLETED: WaiterSpec[
    _shapes.ListEngagementByAcceptingInvitationTasksResponse
] = WaiterSpec(
    name="EngagementByAcceptingInvitationTaskCompleted",
    operation=LIST_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASKS,
    delay=5,
    max_attempts=60,
    acceptors=(
        Acceptor("success", "pathAll", "COMPLETE", "TaskSummaries[].TaskStatus"),
        Acceptor("failure", "pathAny", "FAILED", "TaskSummaries[].TaskStatus"),
    ),
)

_WAIT_UNTIL_ENGAGEMENT_FROM_OPPORTUNITY_TASK_COMPLETED: WaiterSpec[
    _shapes.ListEngagementFromOpportunityTasksResponse
] = WaiterSpec(
    name="EngagementFromOpportunityTaskCompleted",
    operation=LIST_ENGAGEMENT_FROM_OPPORTUNITY_TASKS,
    delay=5,
    max_attempts=60,
    acceptors=(
        Acceptor("success", "pathAll", "COMPLETE", "TaskSummaries[].TaskStatus"),
        Acceptor("failure", "pathAny", "FAILED", "TaskSummaries[].TaskStatus"),
    ),
)

_WAIT_UNTIL_OPPORTUNITY_FROM_ENGAGEMENT_TASK_COMPLETED: WaiterSpec[
    _shapes.ListOpportunityFromEngagementTasksResponse
] = WaiterSpec(
    name="OpportunityFromEngagementTaskCompleted",
    operation=LIST_OPPORTUNITY_FROM_ENGAGEMENT_TASKS,
    delay=5,
    max_attempts=60,
    acceptors=(
        Acceptor("success", "pathAll", "COMPLETE", "TaskSummaries[].TaskStatus"),
        Acceptor("failure", "pathAny", "FAILED", "TaskSummaries[].TaskStatus"),
    ),
)

_WAIT_UNTIL_PROSPECTING_FROM_ENGAGEMENT_TASK_COMPLETED: WaiterSpec[
    _shapes.GetProspectingFromEngagementTaskResponse
] = WaiterSpec(
    name="ProspectingFromEngagementTaskCompleted",
    operation=GET_PROSPECTING_FROM_ENGAGEMENT_TASK,
    delay=5,
    max_attempts=60,
    acceptors=(
        Acceptor("success", "pathAll", "COMPLETED", "Engagements[].Status"),
        Acceptor(
            "failure",
            "path",
            True,
            "length(Engagements[?Status == 'PENDING' || Status == 'IN_PROGRESS']) == `0`",
        ),
    ),
)

_WAIT_UNTIL_RESOURCE_SNAPSHOT_JOB_RUNNING: WaiterSpec[_shapes.GetResourceSnapshotJobResponse] = (
    WaiterSpec(
        name="ResourceSnapshotJobRunning",
        operation=GET_RESOURCE_SNAPSHOT_JOB,
        delay=5,
        max_attempts=24,
        acceptors=(Acceptor("success", "path", "Running", "Status"),),
    )
)

_WAIT_UNTIL_RESOURCE_SNAPSHOT_JOB_STOPPED: WaiterSpec[_shapes.GetResourceSnapshotJobResponse] = (
    WaiterSpec(
        name="ResourceSnapshotJobStopped",
        operation=GET_RESOURCE_SNAPSHOT_JOB,
        delay=5,
        max_attempts=24,
        acceptors=(Acceptor("success", "path", "Stopped", "Status"),),
    )
)

_MODIFY_OPPORTUNITY: UpdateSpec[
    _shapes.UpdateOpportunityRequest, _shapes.UpdateOpportunityResponse
] = UpdateSpec(
    read=GET_OPPORTUNITY,
    write=UPDATE_OPPORTUNITY,
    token="last_modified_date",
    conflict="ConflictException",
)

_MODIFY_CUSTOMER_ACCOUNT: UpdateSpec[
    _shapes.UpdateCustomerAccountRequest, _shapes.UpdateCustomerAccountResponse
] = UpdateSpec(
    read=GET_CUSTOMER_ACCOUNT,
    write=UPDATE_CUSTOMER_ACCOUNT,
    token="last_modified_date",
    conflict="ConflictException",
)

_SYNC_OPPORTUNITIES = SyncSpec(
    pages=_LIST_OPPORTUNITIES_PAGES,
    item_id="id",
    item_timestamp="last_modified_date",
)
