"""Seed-style commands, one per operation, for ``client.send(...)``.

```python
client.send(GetOpportunityCommand({"Catalog": "Sandbox", "Identifier": "O1234567"}))
```

A command takes the operation's typed request object or a dict with the
wire (PascalCase) member names, as boto3 and the JavaScript SDK do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from typed_aws_runtime.pipeline.command import Command

from . import _operations as _ops

if TYPE_CHECKING:
    from typing import Any as _Any
    from typing import ClassVar as _ClassVar

    from typed_aws_runtime.pipeline.operation import OperationSpec as _OperationSpec

    from . import _input_types as _types
    from . import shapes as _shapes

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
    """Use the `AcceptEngagementInvitation` action to accept an engagement invitation
    shared by AWS.

    Run it with `client.send(AcceptEngagementInvitationCommand({...}))`, passing a
    `AcceptEngagementInvitationRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `None`; its arguments and errors are those of
    `PartnerCentralSellingClient.accept_engagement_invitation`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.ACCEPT_ENGAGEMENT_INVITATION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.AcceptEngagementInvitationRequest
                | _types.AcceptEngagementInvitationRequestDict
            ),
        ) -> None: ...


class AssignOpportunityCommand(Command[None]):
    """Enables you to reassign an existing `Opportunity` to another user within your
    Partner Central...

    Run it with `client.send(AssignOpportunityCommand({...}))`, passing a
    `AssignOpportunityRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `None`; its arguments and errors are those of
    `PartnerCentralSellingClient.assign_opportunity`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.ASSIGN_OPPORTUNITY

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.AssignOpportunityRequest | _types.AssignOpportunityRequestDict,
        ) -> None: ...


class AssociateOpportunityCommand(Command[None]):
    """Enables you to create a formal association between an `Opportunity` and various
    related entities...

    Run it with `client.send(AssociateOpportunityCommand({...}))`, passing a
    `AssociateOpportunityRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `None`; its arguments and errors are those of
    `PartnerCentralSellingClient.associate_opportunity`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.ASSOCIATE_OPPORTUNITY

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.AssociateOpportunityRequest | _types.AssociateOpportunityRequestDict,
        ) -> None: ...


class CreateCustomerAccountCommand(Command["_shapes.CreateCustomerAccountResponse"]):
    """Use `CreateCustomerAccount` to map a customer account from your records to an AWS
    customer.

    Run it with `client.send(CreateCustomerAccountCommand({...}))`, passing a
    `CreateCustomerAccountRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `CreateCustomerAccountResponse`; its arguments and errors are those
    of `PartnerCentralSellingClient.create_customer_account`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.CREATE_CUSTOMER_ACCOUNT

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.CreateCustomerAccountRequest | _types.CreateCustomerAccountRequestDict,
        ) -> None: ...


class CreateEngagementCommand(Command["_shapes.CreateEngagementResponse"]):
    """The `CreateEngagement` action allows you to create an `Engagement`, which serves as
    a...

    Run it with `client.send(CreateEngagementCommand({...}))`, passing a
    `CreateEngagementRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `CreateEngagementResponse`; its arguments and errors are those of
    `PartnerCentralSellingClient.create_engagement`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.CREATE_ENGAGEMENT

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.CreateEngagementRequest | _types.CreateEngagementRequestDict,
        ) -> None: ...


class CreateEngagementContextCommand(Command["_shapes.CreateEngagementContextResponse"]):
    """Creates a new context within an existing engagement.

    Run it with `client.send(CreateEngagementContextCommand({...}))`, passing a
    `CreateEngagementContextRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `CreateEngagementContextResponse`; its arguments and errors
    are those of `PartnerCentralSellingClient.create_engagement_context`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.CREATE_ENGAGEMENT_CONTEXT

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.CreateEngagementContextRequest | _types.CreateEngagementContextRequestDict
            ),
        ) -> None: ...


class CreateEngagementInvitationCommand(Command["_shapes.CreateEngagementInvitationResponse"]):
    """This action creates an invitation from a sender to a single receiver to join an
    engagement.

    Run it with `client.send(CreateEngagementInvitationCommand({...}))`, passing a
    `CreateEngagementInvitationRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `CreateEngagementInvitationResponse`; its arguments and
    errors are those of `PartnerCentralSellingClient.create_engagement_invitation`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.CREATE_ENGAGEMENT_INVITATION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.CreateEngagementInvitationRequest
                | _types.CreateEngagementInvitationRequestDict
            ),
        ) -> None: ...


class CreateOpportunityCommand(Command["_shapes.CreateOpportunityResponse"]):
    """Creates an `Opportunity` record in Partner Central.

    Run it with `client.send(CreateOpportunityCommand({...}))`, passing a
    `CreateOpportunityRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `CreateOpportunityResponse`; its arguments and errors are those of
    `PartnerCentralSellingClient.create_opportunity`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.CREATE_OPPORTUNITY

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.CreateOpportunityRequest | _types.CreateOpportunityRequestDict,
        ) -> None: ...


class CreateResourceSnapshotCommand(Command["_shapes.CreateResourceSnapshotResponse"]):
    """This action allows you to create an immutable snapshot of a specific resource, such
    as an...

    Run it with `client.send(CreateResourceSnapshotCommand({...}))`, passing a
    `CreateResourceSnapshotRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `CreateResourceSnapshotResponse`; its arguments and errors
    are those of `PartnerCentralSellingClient.create_resource_snapshot`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.CREATE_RESOURCE_SNAPSHOT

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.CreateResourceSnapshotRequest | _types.CreateResourceSnapshotRequestDict
            ),
        ) -> None: ...


class CreateResourceSnapshotJobCommand(Command["_shapes.CreateResourceSnapshotJobResponse"]):
    """Use this action to create a job to generate a snapshot of the specified resource
    within an...

    Run it with `client.send(CreateResourceSnapshotJobCommand({...}))`, passing a
    `CreateResourceSnapshotJobRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `CreateResourceSnapshotJobResponse`; its arguments and
    errors are those of `PartnerCentralSellingClient.create_resource_snapshot_job`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.CREATE_RESOURCE_SNAPSHOT_JOB

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.CreateResourceSnapshotJobRequest
                | _types.CreateResourceSnapshotJobRequestDict
            ),
        ) -> None: ...


class DeleteCustomerAccountCommand(Command["_shapes.DeleteCustomerAccountResponse"]):
    """Use `DeleteCustomerAccount` to delete a customer account.

    Run it with `client.send(DeleteCustomerAccountCommand({...}))`, passing a
    `DeleteCustomerAccountRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `DeleteCustomerAccountResponse`; its arguments and errors are those
    of `PartnerCentralSellingClient.delete_customer_account`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.DELETE_CUSTOMER_ACCOUNT

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.DeleteCustomerAccountRequest | _types.DeleteCustomerAccountRequestDict,
        ) -> None: ...


class DeleteResourceSnapshotJobCommand(Command[None]):
    """Use this action to deletes a previously created resource snapshot job.

    Run it with `client.send(DeleteResourceSnapshotJobCommand({...}))`, passing a
    `DeleteResourceSnapshotJobRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `None`; its arguments and errors are those of
    `PartnerCentralSellingClient.delete_resource_snapshot_job`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.DELETE_RESOURCE_SNAPSHOT_JOB

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.DeleteResourceSnapshotJobRequest
                | _types.DeleteResourceSnapshotJobRequestDict
            ),
        ) -> None: ...


class DisassociateOpportunityCommand(Command[None]):
    """Allows you to remove an existing association between an `Opportunity` and related
    entities, such...

    Run it with `client.send(DisassociateOpportunityCommand({...}))`, passing a
    `DisassociateOpportunityRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `None`; its arguments and errors are those of
    `PartnerCentralSellingClient.disassociate_opportunity`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.DISASSOCIATE_OPPORTUNITY

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.DisassociateOpportunityRequest | _types.DisassociateOpportunityRequestDict
            ),
        ) -> None: ...


class GetAwsOpportunitySummaryCommand(Command["_shapes.GetAwsOpportunitySummaryResponse"]):
    """Retrieves a summary of an AWS Opportunity.

    Run it with `client.send(GetAwsOpportunitySummaryCommand({...}))`, passing a
    `GetAwsOpportunitySummaryRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `GetAwsOpportunitySummaryResponse`; its arguments and errors
    are those of `PartnerCentralSellingClient.get_aws_opportunity_summary`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_AWS_OPPORTUNITY_SUMMARY

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.GetAwsOpportunitySummaryRequest
                | _types.GetAwsOpportunitySummaryRequestDict
            ),
        ) -> None: ...


class GetCustomerAccountCommand(Command["_shapes.GetCustomerAccountResponse"]):
    """Use `GetCustomerAccount` to retrieve the details of a customer account, including
    the customer...

    Run it with `client.send(GetCustomerAccountCommand({...}))`, passing a
    `GetCustomerAccountRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `GetCustomerAccountResponse`; its arguments and errors are those of
    `PartnerCentralSellingClient.get_customer_account`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_CUSTOMER_ACCOUNT

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.GetCustomerAccountRequest | _types.GetCustomerAccountRequestDict,
        ) -> None: ...


class GetCustomerAccountBulkJobCommand(Command["_shapes.GetCustomerAccountBulkJobResponse"]):
    """Use `GetCustomerAccountBulkJob` to retrieve the status and record counts of a bulk
    job.

    Run it with `client.send(GetCustomerAccountBulkJobCommand({...}))`, passing a
    `GetCustomerAccountBulkJobRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `GetCustomerAccountBulkJobResponse`; its arguments and
    errors are those of `PartnerCentralSellingClient.get_customer_account_bulk_job`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_CUSTOMER_ACCOUNT_BULK_JOB

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.GetCustomerAccountBulkJobRequest
                | _types.GetCustomerAccountBulkJobRequestDict
            ),
        ) -> None: ...


class GetCustomerAccountBulkJobReportUrlCommand(
    Command["_shapes.GetCustomerAccountBulkJobReportUrlResponse"]
):
    """Use `GetCustomerAccountBulkJobReportUrl` to get a temporary URL for downloading the
    report of a...

    Run it with `client.send(GetCustomerAccountBulkJobReportUrlCommand({...}))`, passing
    a `GetCustomerAccountBulkJobReportUrlRequest` or a mapping with its wire
    (PascalCase) member names. The call returns
    `GetCustomerAccountBulkJobReportUrlResponse`; its arguments and errors are those of
    `PartnerCentralSellingClient.get_customer_account_bulk_job_report_url`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_CUSTOMER_ACCOUNT_BULK_JOB_REPORT_URL

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.GetCustomerAccountBulkJobReportUrlRequest
                | _types.GetCustomerAccountBulkJobReportUrlRequestDict
            ),
        ) -> None: ...


class GetCustomerAccountStatisticsCommand(Command["_shapes.GetCustomerAccountStatisticsResponse"]):
    """Use `GetCustomerAccountStatistics` to count your customer accounts and group them by
    fields such...

    Run it with `client.send(GetCustomerAccountStatisticsCommand({...}))`, passing a
    `GetCustomerAccountStatisticsRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `GetCustomerAccountStatisticsResponse`; its arguments and
    errors are those of `PartnerCentralSellingClient.get_customer_account_statistics`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_CUSTOMER_ACCOUNT_STATISTICS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.GetCustomerAccountStatisticsRequest
                | _types.GetCustomerAccountStatisticsRequestDict
            ),
        ) -> None: ...


class GetEngagementCommand(Command["_shapes.GetEngagementResponse"]):
    """Use this action to retrieve the engagement record for a given
    `EngagementIdentifier`.

    Run it with `client.send(GetEngagementCommand({...}))`, passing a
    `GetEngagementRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `GetEngagementResponse`; its arguments and errors are those of
    `PartnerCentralSellingClient.get_engagement`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_ENGAGEMENT

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.GetEngagementRequest | _types.GetEngagementRequestDict,
        ) -> None: ...


class GetEngagementInvitationCommand(Command["_shapes.GetEngagementInvitationResponse"]):
    """Retrieves the details of an engagement invitation shared by AWS with a partner.

    Run it with `client.send(GetEngagementInvitationCommand({...}))`, passing a
    `GetEngagementInvitationRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `GetEngagementInvitationResponse`; its arguments and errors
    are those of `PartnerCentralSellingClient.get_engagement_invitation`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_ENGAGEMENT_INVITATION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.GetEngagementInvitationRequest | _types.GetEngagementInvitationRequestDict
            ),
        ) -> None: ...


class GetOpportunityCommand(Command["_shapes.GetOpportunityResponse"]):
    """Fetches the `Opportunity` record from Partner Central by a given `Identifier`.

    Run it with `client.send(GetOpportunityCommand({...}))`, passing a
    `GetOpportunityRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `GetOpportunityResponse`; its arguments and errors are those of
    `PartnerCentralSellingClient.get_opportunity`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_OPPORTUNITY

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.GetOpportunityRequest | _types.GetOpportunityRequestDict,
        ) -> None: ...


class GetOpportunityBulkJobReportUrlCommand(
    Command["_shapes.GetOpportunityBulkJobReportUrlResponse"]
):
    """Gets the status of the failed-records report for a finished opportunity bulk job
    and, when the...

    Run it with `client.send(GetOpportunityBulkJobReportUrlCommand({...}))`, passing a
    `GetOpportunityBulkJobReportUrlRequest` or a mapping with its wire (PascalCase)
    member names. The call returns `GetOpportunityBulkJobReportUrlResponse`; its
    arguments and errors are those of
    `PartnerCentralSellingClient.get_opportunity_bulk_job_report_url`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_OPPORTUNITY_BULK_JOB_REPORT_URL

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.GetOpportunityBulkJobReportUrlRequest
                | _types.GetOpportunityBulkJobReportUrlRequestDict
            ),
        ) -> None: ...


class GetProspectingFromEngagementTaskCommand(
    Command["_shapes.GetProspectingFromEngagementTaskResponse"]
):
    """Retrieves the details and current status of a prospecting task previously started
    with...

    Run it with `client.send(GetProspectingFromEngagementTaskCommand({...}))`, passing a
    `GetProspectingFromEngagementTaskRequest` or a mapping with its wire (PascalCase)
    member names. The call returns `GetProspectingFromEngagementTaskResponse`; its
    arguments and errors are those of
    `PartnerCentralSellingClient.get_prospecting_from_engagement_task`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_PROSPECTING_FROM_ENGAGEMENT_TASK

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.GetProspectingFromEngagementTaskRequest
                | _types.GetProspectingFromEngagementTaskRequestDict
            ),
        ) -> None: ...


class GetResourceSnapshotCommand(Command["_shapes.GetResourceSnapshotResponse"]):
    """Use this action to retrieve a specific snapshot record.

    Run it with `client.send(GetResourceSnapshotCommand({...}))`, passing a
    `GetResourceSnapshotRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `GetResourceSnapshotResponse`; its arguments and errors are those
    of `PartnerCentralSellingClient.get_resource_snapshot`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_RESOURCE_SNAPSHOT

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.GetResourceSnapshotRequest | _types.GetResourceSnapshotRequestDict,
        ) -> None: ...


class GetResourceSnapshotJobCommand(Command["_shapes.GetResourceSnapshotJobResponse"]):
    """Use this action to retrieves information about a specific resource snapshot job.

    Run it with `client.send(GetResourceSnapshotJobCommand({...}))`, passing a
    `GetResourceSnapshotJobRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `GetResourceSnapshotJobResponse`; its arguments and errors
    are those of `PartnerCentralSellingClient.get_resource_snapshot_job`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_RESOURCE_SNAPSHOT_JOB

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.GetResourceSnapshotJobRequest | _types.GetResourceSnapshotJobRequestDict
            ),
        ) -> None: ...


class GetSellingSystemSettingsCommand(Command["_shapes.GetSellingSystemSettingsResponse"]):
    """Retrieves the currently set system settings, which include the IAM Role used for
    resource...

    Run it with `client.send(GetSellingSystemSettingsCommand({...}))`, passing a
    `GetSellingSystemSettingsRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `GetSellingSystemSettingsResponse`; its arguments and errors
    are those of `PartnerCentralSellingClient.get_selling_system_settings`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_SELLING_SYSTEM_SETTINGS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.GetSellingSystemSettingsRequest
                | _types.GetSellingSystemSettingsRequestDict
            ),
        ) -> None: ...


class ListCustomerAccountBulkJobResultsCommand(
    Command["_shapes.ListCustomerAccountBulkJobResultsResponse"]
):
    """Use `ListCustomerAccountBulkJobResults` to list the outcome of each record in a bulk
    job.

    Run it with `client.send(ListCustomerAccountBulkJobResultsCommand({...}))`, passing
    a `ListCustomerAccountBulkJobResultsRequest` or a mapping with its wire (PascalCase)
    member names. The call returns `ListCustomerAccountBulkJobResultsResponse`; its
    arguments and errors are those of
    `PartnerCentralSellingClient.list_customer_account_bulk_job_results`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_CUSTOMER_ACCOUNT_BULK_JOB_RESULTS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.ListCustomerAccountBulkJobResultsRequest
                | _types.ListCustomerAccountBulkJobResultsRequestDict
            ),
        ) -> None: ...


class ListCustomerAccountBulkJobsCommand(Command["_shapes.ListCustomerAccountBulkJobsResponse"]):
    """Use `ListCustomerAccountBulkJobs` to list the bulk jobs in the specified catalog.

    Run it with `client.send(ListCustomerAccountBulkJobsCommand({...}))`, passing a
    `ListCustomerAccountBulkJobsRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `ListCustomerAccountBulkJobsResponse`; its arguments and
    errors are those of `PartnerCentralSellingClient.list_customer_account_bulk_jobs`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_CUSTOMER_ACCOUNT_BULK_JOBS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.ListCustomerAccountBulkJobsRequest
                | _types.ListCustomerAccountBulkJobsRequestDict
            ),
        ) -> None: ...


class ListEngagementByAcceptingInvitationTasksCommand(
    Command["_shapes.ListEngagementByAcceptingInvitationTasksResponse"]
):
    """Lists all in-progress, completed, or failed StartEngagementByAcceptingInvitationTask
    tasks that...

    Run it with `client.send(ListEngagementByAcceptingInvitationTasksCommand({...}))`,
    passing a `ListEngagementByAcceptingInvitationTasksRequest` or a mapping with its
    wire (PascalCase) member names. The call returns
    `ListEngagementByAcceptingInvitationTasksResponse`; its arguments and errors are
    those of
    `PartnerCentralSellingClient.list_engagement_by_accepting_invitation_tasks`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASKS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.ListEngagementByAcceptingInvitationTasksRequest
                | _types.ListEngagementByAcceptingInvitationTasksRequestDict
            ),
        ) -> None: ...


class ListEngagementFromOpportunityTasksCommand(
    Command["_shapes.ListEngagementFromOpportunityTasksResponse"]
):
    """Lists all in-progress, completed, or failed EngagementFromOpportunity tasks that
    were initiated...

    Run it with `client.send(ListEngagementFromOpportunityTasksCommand({...}))`, passing
    a `ListEngagementFromOpportunityTasksRequest` or a mapping with its wire
    (PascalCase) member names. The call returns
    `ListEngagementFromOpportunityTasksResponse`; its arguments and errors are those of
    `PartnerCentralSellingClient.list_engagement_from_opportunity_tasks`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_ENGAGEMENT_FROM_OPPORTUNITY_TASKS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.ListEngagementFromOpportunityTasksRequest
                | _types.ListEngagementFromOpportunityTasksRequestDict
            ),
        ) -> None: ...


class ListEngagementGroupsCommand(Command["_shapes.ListEngagementGroupsResponse"]):
    """Lists the active, fully curated AWS Partner Central engagement groups that are
    available to you...

    Run it with `client.send(ListEngagementGroupsCommand({...}))`, passing a
    `ListEngagementGroupsRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `ListEngagementGroupsResponse`; its arguments and errors are those
    of `PartnerCentralSellingClient.list_engagement_groups`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_ENGAGEMENT_GROUPS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.ListEngagementGroupsRequest | _types.ListEngagementGroupsRequestDict,
        ) -> None: ...


class ListEngagementInvitationsCommand(Command["_shapes.ListEngagementInvitationsResponse"]):
    """Retrieves a list of engagement invitations sent to the partner.

    Run it with `client.send(ListEngagementInvitationsCommand({...}))`, passing a
    `ListEngagementInvitationsRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `ListEngagementInvitationsResponse`; its arguments and
    errors are those of `PartnerCentralSellingClient.list_engagement_invitations`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_ENGAGEMENT_INVITATIONS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.ListEngagementInvitationsRequest
                | _types.ListEngagementInvitationsRequestDict
            ),
        ) -> None: ...


class ListEngagementMembersCommand(Command["_shapes.ListEngagementMembersResponse"]):
    """Retrieves the details of member partners in an Engagement.

    Run it with `client.send(ListEngagementMembersCommand({...}))`, passing a
    `ListEngagementMembersRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `ListEngagementMembersResponse`; its arguments and errors are those
    of `PartnerCentralSellingClient.list_engagement_members`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_ENGAGEMENT_MEMBERS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.ListEngagementMembersRequest | _types.ListEngagementMembersRequestDict,
        ) -> None: ...


class ListEngagementResourceAssociationsCommand(
    Command["_shapes.ListEngagementResourceAssociationsResponse"]
):
    """Lists the associations between resources and engagements where the caller is a
    member and has at...

    Run it with `client.send(ListEngagementResourceAssociationsCommand({...}))`, passing
    a `ListEngagementResourceAssociationsRequest` or a mapping with its wire
    (PascalCase) member names. The call returns
    `ListEngagementResourceAssociationsResponse`; its arguments and errors are those of
    `PartnerCentralSellingClient.list_engagement_resource_associations`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_ENGAGEMENT_RESOURCE_ASSOCIATIONS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.ListEngagementResourceAssociationsRequest
                | _types.ListEngagementResourceAssociationsRequestDict
            ),
        ) -> None: ...


class ListEngagementsCommand(Command["_shapes.ListEngagementsResponse"]):
    """This action allows users to retrieve a list of Engagement records from Partner
    Central.

    Run it with `client.send(ListEngagementsCommand({...}))`, passing a
    `ListEngagementsRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `ListEngagementsResponse`; its arguments and errors are those of
    `PartnerCentralSellingClient.list_engagements`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_ENGAGEMENTS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.ListEngagementsRequest | _types.ListEngagementsRequestDict,
        ) -> None: ...


class ListOpportunitiesCommand(Command["_shapes.ListOpportunitiesResponse"]):
    """This request accepts a list of filters that retrieve opportunity subsets as well as
    sort options.

    Run it with `client.send(ListOpportunitiesCommand({...}))`, passing a
    `ListOpportunitiesRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `ListOpportunitiesResponse`; its arguments and errors are those of
    `PartnerCentralSellingClient.list_opportunities`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_OPPORTUNITIES

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.ListOpportunitiesRequest | _types.ListOpportunitiesRequestDict,
        ) -> None: ...


class ListOpportunityBulkJobResultsCommand(
    Command["_shapes.ListOpportunityBulkJobResultsResponse"]
):
    """Lists the outcome of each record in an opportunity bulk job.

    Run it with `client.send(ListOpportunityBulkJobResultsCommand({...}))`, passing a
    `ListOpportunityBulkJobResultsRequest` or a mapping with its wire (PascalCase)
    member names. The call returns `ListOpportunityBulkJobResultsResponse`; its
    arguments and errors are those of
    `PartnerCentralSellingClient.list_opportunity_bulk_job_results`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_OPPORTUNITY_BULK_JOB_RESULTS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.ListOpportunityBulkJobResultsRequest
                | _types.ListOpportunityBulkJobResultsRequestDict
            ),
        ) -> None: ...


class ListOpportunityBulkJobsCommand(Command["_shapes.ListOpportunityBulkJobsResponse"]):
    """Lists the opportunity bulk jobs in the specified catalog, newest first.

    Run it with `client.send(ListOpportunityBulkJobsCommand({...}))`, passing a
    `ListOpportunityBulkJobsRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `ListOpportunityBulkJobsResponse`; its arguments and errors
    are those of `PartnerCentralSellingClient.list_opportunity_bulk_jobs`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_OPPORTUNITY_BULK_JOBS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.ListOpportunityBulkJobsRequest | _types.ListOpportunityBulkJobsRequestDict
            ),
        ) -> None: ...


class ListOpportunityFromEngagementTasksCommand(
    Command["_shapes.ListOpportunityFromEngagementTasksResponse"]
):
    """Lists all in-progress, completed, or failed opportunity creation tasks from
    engagements that were...

    Run it with `client.send(ListOpportunityFromEngagementTasksCommand({...}))`, passing
    a `ListOpportunityFromEngagementTasksRequest` or a mapping with its wire
    (PascalCase) member names. The call returns
    `ListOpportunityFromEngagementTasksResponse`; its arguments and errors are those of
    `PartnerCentralSellingClient.list_opportunity_from_engagement_tasks`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_OPPORTUNITY_FROM_ENGAGEMENT_TASKS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.ListOpportunityFromEngagementTasksRequest
                | _types.ListOpportunityFromEngagementTasksRequestDict
            ),
        ) -> None: ...


class ListProspectingFromEngagementTasksCommand(
    Command["_shapes.ListProspectingFromEngagementTasksResponse"]
):
    """Lists all prospecting tasks initiated by the caller's account.

    Run it with `client.send(ListProspectingFromEngagementTasksCommand({...}))`, passing
    a `ListProspectingFromEngagementTasksRequest` or a mapping with its wire
    (PascalCase) member names. The call returns
    `ListProspectingFromEngagementTasksResponse`; its arguments and errors are those of
    `PartnerCentralSellingClient.list_prospecting_from_engagement_tasks`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_PROSPECTING_FROM_ENGAGEMENT_TASKS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.ListProspectingFromEngagementTasksRequest
                | _types.ListProspectingFromEngagementTasksRequestDict
            ),
        ) -> None: ...


class ListResourceSnapshotJobsCommand(Command["_shapes.ListResourceSnapshotJobsResponse"]):
    """Lists resource snapshot jobs owned by the customer.

    Run it with `client.send(ListResourceSnapshotJobsCommand({...}))`, passing a
    `ListResourceSnapshotJobsRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `ListResourceSnapshotJobsResponse`; its arguments and errors
    are those of `PartnerCentralSellingClient.list_resource_snapshot_jobs`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_RESOURCE_SNAPSHOT_JOBS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.ListResourceSnapshotJobsRequest
                | _types.ListResourceSnapshotJobsRequestDict
            ),
        ) -> None: ...


class ListResourceSnapshotsCommand(Command["_shapes.ListResourceSnapshotsResponse"]):
    """Retrieves a list of resource view snapshots based on specified criteria.

    Run it with `client.send(ListResourceSnapshotsCommand({...}))`, passing a
    `ListResourceSnapshotsRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `ListResourceSnapshotsResponse`; its arguments and errors are those
    of `PartnerCentralSellingClient.list_resource_snapshots`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_RESOURCE_SNAPSHOTS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.ListResourceSnapshotsRequest | _types.ListResourceSnapshotsRequestDict,
        ) -> None: ...


class ListSolutionsCommand(Command["_shapes.ListSolutionsResponse"]):
    """Retrieves a list of Partner Solutions that the partner registered on Partner
    Central.

    Run it with `client.send(ListSolutionsCommand({...}))`, passing a
    `ListSolutionsRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `ListSolutionsResponse`; its arguments and errors are those of
    `PartnerCentralSellingClient.list_solutions`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_SOLUTIONS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.ListSolutionsRequest | _types.ListSolutionsRequestDict,
        ) -> None: ...


class ListTagsForResourceCommand(Command["_shapes.ListTagsForResourceResponse"]):
    """Returns a list of tags for a resource.

    Run it with `client.send(ListTagsForResourceCommand({...}))`, passing a
    `ListTagsForResourceRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `ListTagsForResourceResponse`; its arguments and errors are those
    of `PartnerCentralSellingClient.list_tags_for_resource`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_TAGS_FOR_RESOURCE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.ListTagsForResourceRequest | _types.ListTagsForResourceRequestDict,
        ) -> None: ...


class PutSellingSystemSettingsCommand(Command["_shapes.PutSellingSystemSettingsResponse"]):
    """Updates the currently set system settings, which include the IAM Role used for
    resource snapshot...

    Run it with `client.send(PutSellingSystemSettingsCommand({...}))`, passing a
    `PutSellingSystemSettingsRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `PutSellingSystemSettingsResponse`; its arguments and errors
    are those of `PartnerCentralSellingClient.put_selling_system_settings`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.PUT_SELLING_SYSTEM_SETTINGS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.PutSellingSystemSettingsRequest
                | _types.PutSellingSystemSettingsRequestDict
            ),
        ) -> None: ...


class RejectEngagementInvitationCommand(Command[None]):
    """This action rejects an `EngagementInvitation` that AWS shared.

    Run it with `client.send(RejectEngagementInvitationCommand({...}))`, passing a
    `RejectEngagementInvitationRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `None`; its arguments and errors are those of
    `PartnerCentralSellingClient.reject_engagement_invitation`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.REJECT_ENGAGEMENT_INVITATION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.RejectEngagementInvitationRequest
                | _types.RejectEngagementInvitationRequestDict
            ),
        ) -> None: ...


class SearchCustomerAccountsCommand(Command["_shapes.SearchCustomerAccountsResponse"]):
    """Use `SearchCustomerAccounts` to find customer accounts in the specified catalog.

    Run it with `client.send(SearchCustomerAccountsCommand({...}))`, passing a
    `SearchCustomerAccountsRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `SearchCustomerAccountsResponse`; its arguments and errors
    are those of `PartnerCentralSellingClient.search_customer_accounts`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.SEARCH_CUSTOMER_ACCOUNTS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.SearchCustomerAccountsRequest | _types.SearchCustomerAccountsRequestDict
            ),
        ) -> None: ...


class SearchEngagementsCommand(Command["_shapes.SearchEngagementsResponse"]):
    """Searches the engagements in AWS Partner Central that match your criteria, such as
    customer...

    Run it with `client.send(SearchEngagementsCommand({...}))`, passing a
    `SearchEngagementsRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `SearchEngagementsResponse`; its arguments and errors are those of
    `PartnerCentralSellingClient.search_engagements`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.SEARCH_ENGAGEMENTS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.SearchEngagementsRequest | _types.SearchEngagementsRequestDict,
        ) -> None: ...


class SearchOpportunitiesCommand(Command["_shapes.SearchOpportunitiesResponse"]):
    """The `SearchOpportunities` operation in the AWS Partner Central Selling API searches
    and filters...

    Run it with `client.send(SearchOpportunitiesCommand({...}))`, passing a
    `SearchOpportunitiesRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `SearchOpportunitiesResponse`; its arguments and errors are those
    of `PartnerCentralSellingClient.search_opportunities`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.SEARCH_OPPORTUNITIES

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.SearchOpportunitiesRequest | _types.SearchOpportunitiesRequestDict,
        ) -> None: ...


class StartCustomerAccountBulkJobCommand(Command["_shapes.StartCustomerAccountBulkJobResponse"]):
    """Use `StartCustomerAccountBulkJob` to create many customer accounts from a single
    file.

    Run it with `client.send(StartCustomerAccountBulkJobCommand({...}))`, passing a
    `StartCustomerAccountBulkJobRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `StartCustomerAccountBulkJobResponse`; its arguments and
    errors are those of `PartnerCentralSellingClient.start_customer_account_bulk_job`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.START_CUSTOMER_ACCOUNT_BULK_JOB

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.StartCustomerAccountBulkJobRequest
                | _types.StartCustomerAccountBulkJobRequestDict
            ),
        ) -> None: ...


class StartEngagementByAcceptingInvitationTaskCommand(
    Command["_shapes.StartEngagementByAcceptingInvitationTaskResponse"]
):
    """This action starts the engagement by accepting an `EngagementInvitation`.

    Run it with `client.send(StartEngagementByAcceptingInvitationTaskCommand({...}))`,
    passing a `StartEngagementByAcceptingInvitationTaskRequest` or a mapping with its
    wire (PascalCase) member names. The call returns
    `StartEngagementByAcceptingInvitationTaskResponse`; its arguments and errors are
    those of
    `PartnerCentralSellingClient.start_engagement_by_accepting_invitation_task`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.START_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASK

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.StartEngagementByAcceptingInvitationTaskRequest
                | _types.StartEngagementByAcceptingInvitationTaskRequestDict
            ),
        ) -> None: ...


class StartEngagementFromOpportunityTaskCommand(
    Command["_shapes.StartEngagementFromOpportunityTaskResponse"]
):
    """Similar to `StartEngagementByAcceptingInvitationTask`, this action is asynchronous
    and performs...

    Run it with `client.send(StartEngagementFromOpportunityTaskCommand({...}))`, passing
    a `StartEngagementFromOpportunityTaskRequest` or a mapping with its wire
    (PascalCase) member names. The call returns
    `StartEngagementFromOpportunityTaskResponse`; its arguments and errors are those of
    `PartnerCentralSellingClient.start_engagement_from_opportunity_task`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.START_ENGAGEMENT_FROM_OPPORTUNITY_TASK

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.StartEngagementFromOpportunityTaskRequest
                | _types.StartEngagementFromOpportunityTaskRequestDict
            ),
        ) -> None: ...


class StartOpportunityBulkJobCommand(Command["_shapes.StartOpportunityBulkJobResponse"]):
    """The `StartOpportunityBulkJob` operation creates or updates many opportunities in AWS
    Partner...

    Run it with `client.send(StartOpportunityBulkJobCommand({...}))`, passing a
    `StartOpportunityBulkJobRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `StartOpportunityBulkJobResponse`; its arguments and errors
    are those of `PartnerCentralSellingClient.start_opportunity_bulk_job`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.START_OPPORTUNITY_BULK_JOB

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.StartOpportunityBulkJobRequest | _types.StartOpportunityBulkJobRequestDict
            ),
        ) -> None: ...


class StartOpportunityFromEngagementTaskCommand(
    Command["_shapes.StartOpportunityFromEngagementTaskResponse"]
):
    """This action creates an opportunity from an existing engagement context.

    Run it with `client.send(StartOpportunityFromEngagementTaskCommand({...}))`, passing
    a `StartOpportunityFromEngagementTaskRequest` or a mapping with its wire
    (PascalCase) member names. The call returns
    `StartOpportunityFromEngagementTaskResponse`; its arguments and errors are those of
    `PartnerCentralSellingClient.start_opportunity_from_engagement_task`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.START_OPPORTUNITY_FROM_ENGAGEMENT_TASK

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.StartOpportunityFromEngagementTaskRequest
                | _types.StartOpportunityFromEngagementTaskRequestDict
            ),
        ) -> None: ...


class StartProspectingFromEngagementTaskCommand(
    Command["_shapes.StartProspectingFromEngagementTaskResponse"]
):
    """Starts a task to convert one or more engagement contexts into new prospecting leads.

    Run it with `client.send(StartProspectingFromEngagementTaskCommand({...}))`, passing
    a `StartProspectingFromEngagementTaskRequest` or a mapping with its wire
    (PascalCase) member names. The call returns
    `StartProspectingFromEngagementTaskResponse`; its arguments and errors are those of
    `PartnerCentralSellingClient.start_prospecting_from_engagement_task`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.START_PROSPECTING_FROM_ENGAGEMENT_TASK

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.StartProspectingFromEngagementTaskRequest
                | _types.StartProspectingFromEngagementTaskRequestDict
            ),
        ) -> None: ...


class StartResourceSnapshotJobCommand(Command[None]):
    """Starts a resource snapshot job that has been previously created.

    Run it with `client.send(StartResourceSnapshotJobCommand({...}))`, passing a
    `StartResourceSnapshotJobRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `None`; its arguments and errors are those of
    `PartnerCentralSellingClient.start_resource_snapshot_job`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.START_RESOURCE_SNAPSHOT_JOB

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.StartResourceSnapshotJobRequest
                | _types.StartResourceSnapshotJobRequestDict
            ),
        ) -> None: ...


class StopResourceSnapshotJobCommand(Command[None]):
    """Stops a resource snapshot job.

    Run it with `client.send(StopResourceSnapshotJobCommand({...}))`, passing a
    `StopResourceSnapshotJobRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `None`; its arguments and errors are those of
    `PartnerCentralSellingClient.stop_resource_snapshot_job`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.STOP_RESOURCE_SNAPSHOT_JOB

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.StopResourceSnapshotJobRequest | _types.StopResourceSnapshotJobRequestDict
            ),
        ) -> None: ...


class SubmitOpportunityCommand(Command[None]):
    """Use this action to submit an Opportunity that was previously created by partner for
    AWS review.

    Run it with `client.send(SubmitOpportunityCommand({...}))`, passing a
    `SubmitOpportunityRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `None`; its arguments and errors are those of
    `PartnerCentralSellingClient.submit_opportunity`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.SUBMIT_OPPORTUNITY

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.SubmitOpportunityRequest | _types.SubmitOpportunityRequestDict,
        ) -> None: ...


class TagResourceCommand(Command["_shapes.TagResourceResponse"]):
    """Assigns one or more tags (key-value pairs) to the specified resource.

    Run it with `client.send(TagResourceCommand({...}))`, passing a `TagResourceRequest`
    or a mapping with its wire (PascalCase) member names. The call returns
    `TagResourceResponse`; its arguments and errors are those of
    `PartnerCentralSellingClient.tag_resource`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.TAG_RESOURCE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.TagResourceRequest | _types.TagResourceRequestDict,
        ) -> None: ...


class UntagResourceCommand(Command["_shapes.UntagResourceResponse"]):
    """Removes a tag or tags from a resource.

    Run it with `client.send(UntagResourceCommand({...}))`, passing a
    `UntagResourceRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `UntagResourceResponse`; its arguments and errors are those of
    `PartnerCentralSellingClient.untag_resource`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.UNTAG_RESOURCE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.UntagResourceRequest | _types.UntagResourceRequestDict,
        ) -> None: ...


class UpdateCustomerAccountCommand(Command["_shapes.UpdateCustomerAccountResponse"]):
    """Use `UpdateCustomerAccount` to replace the customer information on an existing
    customer account.

    Run it with `client.send(UpdateCustomerAccountCommand({...}))`, passing a
    `UpdateCustomerAccountRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `UpdateCustomerAccountResponse`; its arguments and errors are those
    of `PartnerCentralSellingClient.update_customer_account`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.UPDATE_CUSTOMER_ACCOUNT

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.UpdateCustomerAccountRequest | _types.UpdateCustomerAccountRequestDict,
        ) -> None: ...


class UpdateEngagementContextCommand(Command["_shapes.UpdateEngagementContextResponse"]):
    """Updates the context information for an existing engagement with new or modified
    data.

    Run it with `client.send(UpdateEngagementContextCommand({...}))`, passing a
    `UpdateEngagementContextRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `UpdateEngagementContextResponse`; its arguments and errors
    are those of `PartnerCentralSellingClient.update_engagement_context`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.UPDATE_ENGAGEMENT_CONTEXT

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.UpdateEngagementContextRequest | _types.UpdateEngagementContextRequestDict
            ),
        ) -> None: ...


class UpdateOpportunityCommand(Command["_shapes.UpdateOpportunityResponse"]):
    """Updates the `Opportunity` record identified by a given `Identifier`.

    Run it with `client.send(UpdateOpportunityCommand({...}))`, passing a
    `UpdateOpportunityRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `UpdateOpportunityResponse`; its arguments and errors are those of
    `PartnerCentralSellingClient.update_opportunity`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.UPDATE_OPPORTUNITY

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.UpdateOpportunityRequest | _types.UpdateOpportunityRequestDict,
        ) -> None: ...
