"""Seed-style commands, one per operation, for ``client.send(...)``.

```python
client.send(GetOpportunityCommand({"Catalog": "Sandbox", "Identifier": "O1234567"}))
```

A command takes the operation's typed request object or a dict with the
wire (PascalCase) member names, as boto3 and the JavaScript SDK do.
"""

from __future__ import annotations

from . import _operations as _ops
from ._runtime.command import Command
from .shapes import (
    CreateCustomerAccountResponse,
    CreateEngagementContextResponse,
    CreateEngagementInvitationResponse,
    CreateEngagementResponse,
    CreateOpportunityResponse,
    CreateResourceSnapshotJobResponse,
    CreateResourceSnapshotResponse,
    DeleteCustomerAccountResponse,
    GetAwsOpportunitySummaryResponse,
    GetCustomerAccountBulkJobReportUrlResponse,
    GetCustomerAccountBulkJobResponse,
    GetCustomerAccountResponse,
    GetCustomerAccountStatisticsResponse,
    GetEngagementInvitationResponse,
    GetEngagementResponse,
    GetOpportunityBulkJobReportUrlResponse,
    GetOpportunityResponse,
    GetProspectingFromEngagementTaskResponse,
    GetResourceSnapshotJobResponse,
    GetResourceSnapshotResponse,
    GetSellingSystemSettingsResponse,
    ListCustomerAccountBulkJobResultsResponse,
    ListCustomerAccountBulkJobsResponse,
    ListEngagementByAcceptingInvitationTasksResponse,
    ListEngagementFromOpportunityTasksResponse,
    ListEngagementGroupsResponse,
    ListEngagementInvitationsResponse,
    ListEngagementMembersResponse,
    ListEngagementResourceAssociationsResponse,
    ListEngagementsResponse,
    ListOpportunitiesResponse,
    ListOpportunityBulkJobResultsResponse,
    ListOpportunityBulkJobsResponse,
    ListOpportunityFromEngagementTasksResponse,
    ListProspectingFromEngagementTasksResponse,
    ListResourceSnapshotJobsResponse,
    ListResourceSnapshotsResponse,
    ListSolutionsResponse,
    ListTagsForResourceResponse,
    PutSellingSystemSettingsResponse,
    SearchCustomerAccountsResponse,
    SearchEngagementsResponse,
    SearchOpportunitiesResponse,
    StartCustomerAccountBulkJobResponse,
    StartEngagementByAcceptingInvitationTaskResponse,
    StartEngagementFromOpportunityTaskResponse,
    StartOpportunityBulkJobResponse,
    StartOpportunityFromEngagementTaskResponse,
    StartProspectingFromEngagementTaskResponse,
    TagResourceResponse,
    UntagResourceResponse,
    UpdateCustomerAccountResponse,
    UpdateEngagementContextResponse,
    UpdateOpportunityResponse,
)

__all__ = [
    "Command",
    "AcceptEngagementInvitationCommand",
    "AssignOpportunityCommand",
    "AssociateOpportunityCommand",
    "CreateCustomerAccountCommand",
    "CreateEngagementCommand",
    "CreateEngagementContextCommand",
    "CreateEngagementInvitationCommand",
    "CreateOpportunityCommand",
    "CreateResourceSnapshotCommand",
    "CreateResourceSnapshotJobCommand",
    "DeleteCustomerAccountCommand",
    "DeleteResourceSnapshotJobCommand",
    "DisassociateOpportunityCommand",
    "GetAwsOpportunitySummaryCommand",
    "GetCustomerAccountCommand",
    "GetCustomerAccountBulkJobCommand",
    "GetCustomerAccountBulkJobReportUrlCommand",
    "GetCustomerAccountStatisticsCommand",
    "GetEngagementCommand",
    "GetEngagementInvitationCommand",
    "GetOpportunityCommand",
    "GetOpportunityBulkJobReportUrlCommand",
    "GetProspectingFromEngagementTaskCommand",
    "GetResourceSnapshotCommand",
    "GetResourceSnapshotJobCommand",
    "GetSellingSystemSettingsCommand",
    "ListCustomerAccountBulkJobResultsCommand",
    "ListCustomerAccountBulkJobsCommand",
    "ListEngagementByAcceptingInvitationTasksCommand",
    "ListEngagementFromOpportunityTasksCommand",
    "ListEngagementGroupsCommand",
    "ListEngagementInvitationsCommand",
    "ListEngagementMembersCommand",
    "ListEngagementResourceAssociationsCommand",
    "ListEngagementsCommand",
    "ListOpportunitiesCommand",
    "ListOpportunityBulkJobResultsCommand",
    "ListOpportunityBulkJobsCommand",
    "ListOpportunityFromEngagementTasksCommand",
    "ListProspectingFromEngagementTasksCommand",
    "ListResourceSnapshotJobsCommand",
    "ListResourceSnapshotsCommand",
    "ListSolutionsCommand",
    "ListTagsForResourceCommand",
    "PutSellingSystemSettingsCommand",
    "RejectEngagementInvitationCommand",
    "SearchCustomerAccountsCommand",
    "SearchEngagementsCommand",
    "SearchOpportunitiesCommand",
    "StartCustomerAccountBulkJobCommand",
    "StartEngagementByAcceptingInvitationTaskCommand",
    "StartEngagementFromOpportunityTaskCommand",
    "StartOpportunityBulkJobCommand",
    "StartOpportunityFromEngagementTaskCommand",
    "StartProspectingFromEngagementTaskCommand",
    "StartResourceSnapshotJobCommand",
    "StopResourceSnapshotJobCommand",
    "SubmitOpportunityCommand",
    "TagResourceCommand",
    "UntagResourceCommand",
    "UpdateCustomerAccountCommand",
    "UpdateEngagementContextCommand",
    "UpdateOpportunityCommand",
]


class AcceptEngagementInvitationCommand(Command[None]):
    """Use the `AcceptEngagementInvitation` action to accept an engagement invitation shared by AWS."""

    __slots__ = ()
    operation = _ops.ACCEPT_ENGAGEMENT_INVITATION


class AssignOpportunityCommand(Command[None]):
    """Enables you to reassign an existing `Opportunity` to another user within your Partner Central..."""

    __slots__ = ()
    operation = _ops.ASSIGN_OPPORTUNITY


class AssociateOpportunityCommand(Command[None]):
    """Enables you to create a formal association between an `Opportunity` and various related entities..."""

    __slots__ = ()
    operation = _ops.ASSOCIATE_OPPORTUNITY


class CreateCustomerAccountCommand(Command[CreateCustomerAccountResponse]):
    """Use `CreateCustomerAccount` to map a customer account from your records to an AWS customer."""

    __slots__ = ()
    operation = _ops.CREATE_CUSTOMER_ACCOUNT


class CreateEngagementCommand(Command[CreateEngagementResponse]):
    """The `CreateEngagement` action allows you to create an `Engagement`, which serves as a..."""

    __slots__ = ()
    operation = _ops.CREATE_ENGAGEMENT


class CreateEngagementContextCommand(Command[CreateEngagementContextResponse]):
    """Creates a new context within an existing engagement."""

    __slots__ = ()
    operation = _ops.CREATE_ENGAGEMENT_CONTEXT


class CreateEngagementInvitationCommand(Command[CreateEngagementInvitationResponse]):
    """This action creates an invitation from a sender to a single receiver to join an engagement."""

    __slots__ = ()
    operation = _ops.CREATE_ENGAGEMENT_INVITATION


class CreateOpportunityCommand(Command[CreateOpportunityResponse]):
    """Creates an `Opportunity` record in Partner Central."""

    __slots__ = ()
    operation = _ops.CREATE_OPPORTUNITY


class CreateResourceSnapshotCommand(Command[CreateResourceSnapshotResponse]):
    """This action allows you to create an immutable snapshot of a specific resource, such as an..."""

    __slots__ = ()
    operation = _ops.CREATE_RESOURCE_SNAPSHOT


class CreateResourceSnapshotJobCommand(Command[CreateResourceSnapshotJobResponse]):
    """Use this action to create a job to generate a snapshot of the specified resource within an..."""

    __slots__ = ()
    operation = _ops.CREATE_RESOURCE_SNAPSHOT_JOB


class DeleteCustomerAccountCommand(Command[DeleteCustomerAccountResponse]):
    """Use `DeleteCustomerAccount` to delete a customer account."""

    __slots__ = ()
    operation = _ops.DELETE_CUSTOMER_ACCOUNT


class DeleteResourceSnapshotJobCommand(Command[None]):
    """Use this action to deletes a previously created resource snapshot job."""

    __slots__ = ()
    operation = _ops.DELETE_RESOURCE_SNAPSHOT_JOB


class DisassociateOpportunityCommand(Command[None]):
    """Allows you to remove an existing association between an `Opportunity` and related entities, such..."""

    __slots__ = ()
    operation = _ops.DISASSOCIATE_OPPORTUNITY


class GetAwsOpportunitySummaryCommand(Command[GetAwsOpportunitySummaryResponse]):
    """Retrieves a summary of an AWS Opportunity."""

    __slots__ = ()
    operation = _ops.GET_AWS_OPPORTUNITY_SUMMARY


class GetCustomerAccountCommand(Command[GetCustomerAccountResponse]):
    """Use `GetCustomerAccount` to retrieve the details of a customer account, including the customer..."""

    __slots__ = ()
    operation = _ops.GET_CUSTOMER_ACCOUNT


class GetCustomerAccountBulkJobCommand(Command[GetCustomerAccountBulkJobResponse]):
    """Use `GetCustomerAccountBulkJob` to retrieve the status and record counts of a bulk job."""

    __slots__ = ()
    operation = _ops.GET_CUSTOMER_ACCOUNT_BULK_JOB


class GetCustomerAccountBulkJobReportUrlCommand(
    Command[GetCustomerAccountBulkJobReportUrlResponse]
):
    """Use `GetCustomerAccountBulkJobReportUrl` to get a temporary URL for downloading the report of a..."""

    __slots__ = ()
    operation = _ops.GET_CUSTOMER_ACCOUNT_BULK_JOB_REPORT_URL


class GetCustomerAccountStatisticsCommand(Command[GetCustomerAccountStatisticsResponse]):
    """Use `GetCustomerAccountStatistics` to count your customer accounts and group them by fields such..."""

    __slots__ = ()
    operation = _ops.GET_CUSTOMER_ACCOUNT_STATISTICS


class GetEngagementCommand(Command[GetEngagementResponse]):
    """Use this action to retrieve the engagement record for a given `EngagementIdentifier`."""

    __slots__ = ()
    operation = _ops.GET_ENGAGEMENT


class GetEngagementInvitationCommand(Command[GetEngagementInvitationResponse]):
    """Retrieves the details of an engagement invitation shared by AWS with a partner."""

    __slots__ = ()
    operation = _ops.GET_ENGAGEMENT_INVITATION


class GetOpportunityCommand(Command[GetOpportunityResponse]):
    """Fetches the `Opportunity` record from Partner Central by a given `Identifier`."""

    __slots__ = ()
    operation = _ops.GET_OPPORTUNITY


class GetOpportunityBulkJobReportUrlCommand(Command[GetOpportunityBulkJobReportUrlResponse]):
    """Gets the status of the failed-records report for a finished opportunity bulk job and, when the..."""

    __slots__ = ()
    operation = _ops.GET_OPPORTUNITY_BULK_JOB_REPORT_URL


class GetProspectingFromEngagementTaskCommand(Command[GetProspectingFromEngagementTaskResponse]):
    """Retrieves the details and current status of a prospecting task previously started with..."""

    __slots__ = ()
    operation = _ops.GET_PROSPECTING_FROM_ENGAGEMENT_TASK


class GetResourceSnapshotCommand(Command[GetResourceSnapshotResponse]):
    """Use this action to retrieve a specific snapshot record."""

    __slots__ = ()
    operation = _ops.GET_RESOURCE_SNAPSHOT


class GetResourceSnapshotJobCommand(Command[GetResourceSnapshotJobResponse]):
    """Use this action to retrieves information about a specific resource snapshot job."""

    __slots__ = ()
    operation = _ops.GET_RESOURCE_SNAPSHOT_JOB


class GetSellingSystemSettingsCommand(Command[GetSellingSystemSettingsResponse]):
    """Retrieves the currently set system settings, which include the IAM Role used for resource..."""

    __slots__ = ()
    operation = _ops.GET_SELLING_SYSTEM_SETTINGS


class ListCustomerAccountBulkJobResultsCommand(Command[ListCustomerAccountBulkJobResultsResponse]):
    """Use `ListCustomerAccountBulkJobResults` to list the outcome of each record in a bulk job."""

    __slots__ = ()
    operation = _ops.LIST_CUSTOMER_ACCOUNT_BULK_JOB_RESULTS


class ListCustomerAccountBulkJobsCommand(Command[ListCustomerAccountBulkJobsResponse]):
    """Use `ListCustomerAccountBulkJobs` to list the bulk jobs in the specified catalog."""

    __slots__ = ()
    operation = _ops.LIST_CUSTOMER_ACCOUNT_BULK_JOBS


class ListEngagementByAcceptingInvitationTasksCommand(
    Command[ListEngagementByAcceptingInvitationTasksResponse]
):
    """Lists all in-progress, completed, or failed StartEngagementByAcceptingInvitationTask tasks that..."""

    __slots__ = ()
    operation = _ops.LIST_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASKS


class ListEngagementFromOpportunityTasksCommand(
    Command[ListEngagementFromOpportunityTasksResponse]
):
    """Lists all in-progress, completed, or failed EngagementFromOpportunity tasks that were initiated..."""

    __slots__ = ()
    operation = _ops.LIST_ENGAGEMENT_FROM_OPPORTUNITY_TASKS


class ListEngagementGroupsCommand(Command[ListEngagementGroupsResponse]):
    """Lists the active, fully curated AWS Partner Central engagement groups that are available to you..."""

    __slots__ = ()
    operation = _ops.LIST_ENGAGEMENT_GROUPS


class ListEngagementInvitationsCommand(Command[ListEngagementInvitationsResponse]):
    """Retrieves a list of engagement invitations sent to the partner."""

    __slots__ = ()
    operation = _ops.LIST_ENGAGEMENT_INVITATIONS


class ListEngagementMembersCommand(Command[ListEngagementMembersResponse]):
    """Retrieves the details of member partners in an Engagement."""

    __slots__ = ()
    operation = _ops.LIST_ENGAGEMENT_MEMBERS


class ListEngagementResourceAssociationsCommand(
    Command[ListEngagementResourceAssociationsResponse]
):
    """Lists the associations between resources and engagements where the caller is a member and has at..."""

    __slots__ = ()
    operation = _ops.LIST_ENGAGEMENT_RESOURCE_ASSOCIATIONS


class ListEngagementsCommand(Command[ListEngagementsResponse]):
    """This action allows users to retrieve a list of Engagement records from Partner Central."""

    __slots__ = ()
    operation = _ops.LIST_ENGAGEMENTS


class ListOpportunitiesCommand(Command[ListOpportunitiesResponse]):
    """This request accepts a list of filters that retrieve opportunity subsets as well as sort options."""

    __slots__ = ()
    operation = _ops.LIST_OPPORTUNITIES


class ListOpportunityBulkJobResultsCommand(Command[ListOpportunityBulkJobResultsResponse]):
    """Lists the outcome of each record in an opportunity bulk job."""

    __slots__ = ()
    operation = _ops.LIST_OPPORTUNITY_BULK_JOB_RESULTS


class ListOpportunityBulkJobsCommand(Command[ListOpportunityBulkJobsResponse]):
    """Lists the opportunity bulk jobs in the specified catalog, newest first."""

    __slots__ = ()
    operation = _ops.LIST_OPPORTUNITY_BULK_JOBS


class ListOpportunityFromEngagementTasksCommand(
    Command[ListOpportunityFromEngagementTasksResponse]
):
    """Lists all in-progress, completed, or failed opportunity creation tasks from engagements that were..."""

    __slots__ = ()
    operation = _ops.LIST_OPPORTUNITY_FROM_ENGAGEMENT_TASKS


class ListProspectingFromEngagementTasksCommand(
    Command[ListProspectingFromEngagementTasksResponse]
):
    """Lists all prospecting tasks initiated by the caller's account."""

    __slots__ = ()
    operation = _ops.LIST_PROSPECTING_FROM_ENGAGEMENT_TASKS


class ListResourceSnapshotJobsCommand(Command[ListResourceSnapshotJobsResponse]):
    """Lists resource snapshot jobs owned by the customer."""

    __slots__ = ()
    operation = _ops.LIST_RESOURCE_SNAPSHOT_JOBS


class ListResourceSnapshotsCommand(Command[ListResourceSnapshotsResponse]):
    """Retrieves a list of resource view snapshots based on specified criteria."""

    __slots__ = ()
    operation = _ops.LIST_RESOURCE_SNAPSHOTS


class ListSolutionsCommand(Command[ListSolutionsResponse]):
    """Retrieves a list of Partner Solutions that the partner registered on Partner Central."""

    __slots__ = ()
    operation = _ops.LIST_SOLUTIONS


class ListTagsForResourceCommand(Command[ListTagsForResourceResponse]):
    """Returns a list of tags for a resource."""

    __slots__ = ()
    operation = _ops.LIST_TAGS_FOR_RESOURCE


class PutSellingSystemSettingsCommand(Command[PutSellingSystemSettingsResponse]):
    """Updates the currently set system settings, which include the IAM Role used for resource snapshot..."""

    __slots__ = ()
    operation = _ops.PUT_SELLING_SYSTEM_SETTINGS


class RejectEngagementInvitationCommand(Command[None]):
    """This action rejects an `EngagementInvitation` that AWS shared."""

    __slots__ = ()
    operation = _ops.REJECT_ENGAGEMENT_INVITATION


class SearchCustomerAccountsCommand(Command[SearchCustomerAccountsResponse]):
    """Use `SearchCustomerAccounts` to find customer accounts in the specified catalog."""

    __slots__ = ()
    operation = _ops.SEARCH_CUSTOMER_ACCOUNTS


class SearchEngagementsCommand(Command[SearchEngagementsResponse]):
    """Searches the engagements in AWS Partner Central that match your criteria, such as customer..."""

    __slots__ = ()
    operation = _ops.SEARCH_ENGAGEMENTS


class SearchOpportunitiesCommand(Command[SearchOpportunitiesResponse]):
    """The `SearchOpportunities` operation in the AWS Partner Central Selling API searches and filters..."""

    __slots__ = ()
    operation = _ops.SEARCH_OPPORTUNITIES


class StartCustomerAccountBulkJobCommand(Command[StartCustomerAccountBulkJobResponse]):
    """Use `StartCustomerAccountBulkJob` to create many customer accounts from a single file."""

    __slots__ = ()
    operation = _ops.START_CUSTOMER_ACCOUNT_BULK_JOB


class StartEngagementByAcceptingInvitationTaskCommand(
    Command[StartEngagementByAcceptingInvitationTaskResponse]
):
    """This action starts the engagement by accepting an `EngagementInvitation`."""

    __slots__ = ()
    operation = _ops.START_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASK


class StartEngagementFromOpportunityTaskCommand(
    Command[StartEngagementFromOpportunityTaskResponse]
):
    """Similar to `StartEngagementByAcceptingInvitationTask`, this action is asynchronous and performs..."""

    __slots__ = ()
    operation = _ops.START_ENGAGEMENT_FROM_OPPORTUNITY_TASK


class StartOpportunityBulkJobCommand(Command[StartOpportunityBulkJobResponse]):
    """The `StartOpportunityBulkJob` operation creates or updates many opportunities in AWS Partner..."""

    __slots__ = ()
    operation = _ops.START_OPPORTUNITY_BULK_JOB


class StartOpportunityFromEngagementTaskCommand(
    Command[StartOpportunityFromEngagementTaskResponse]
):
    """This action creates an opportunity from an existing engagement context."""

    __slots__ = ()
    operation = _ops.START_OPPORTUNITY_FROM_ENGAGEMENT_TASK


class StartProspectingFromEngagementTaskCommand(
    Command[StartProspectingFromEngagementTaskResponse]
):
    """Starts a task to convert one or more engagement contexts into new prospecting leads."""

    __slots__ = ()
    operation = _ops.START_PROSPECTING_FROM_ENGAGEMENT_TASK


class StartResourceSnapshotJobCommand(Command[None]):
    """Starts a resource snapshot job that has been previously created."""

    __slots__ = ()
    operation = _ops.START_RESOURCE_SNAPSHOT_JOB


class StopResourceSnapshotJobCommand(Command[None]):
    """Stops a resource snapshot job."""

    __slots__ = ()
    operation = _ops.STOP_RESOURCE_SNAPSHOT_JOB


class SubmitOpportunityCommand(Command[None]):
    """Use this action to submit an Opportunity that was previously created by partner for AWS review."""

    __slots__ = ()
    operation = _ops.SUBMIT_OPPORTUNITY


class TagResourceCommand(Command[TagResourceResponse]):
    """Assigns one or more tags (key-value pairs) to the specified resource."""

    __slots__ = ()
    operation = _ops.TAG_RESOURCE


class UntagResourceCommand(Command[UntagResourceResponse]):
    """Removes a tag or tags from a resource."""

    __slots__ = ()
    operation = _ops.UNTAG_RESOURCE


class UpdateCustomerAccountCommand(Command[UpdateCustomerAccountResponse]):
    """Use `UpdateCustomerAccount` to replace the customer information on an existing customer account."""

    __slots__ = ()
    operation = _ops.UPDATE_CUSTOMER_ACCOUNT


class UpdateEngagementContextCommand(Command[UpdateEngagementContextResponse]):
    """Updates the context information for an existing engagement with new or modified data."""

    __slots__ = ()
    operation = _ops.UPDATE_ENGAGEMENT_CONTEXT


class UpdateOpportunityCommand(Command[UpdateOpportunityResponse]):
    """Updates the `Opportunity` record identified by a given `Identifier`."""

    __slots__ = ()
    operation = _ops.UPDATE_OPPORTUNITY
