"""Test your code against stubbed calls: `Stubber`, like botocore's, for both clients.

`Stubber(client)` queues the responses of the client's next calls, in order
(`add_response`, `add_client_error`) and checks each call made against them: the
operation, and the parameters when the test gives `expected_params`. Only the
network is replaced: serialization, signing, retries, interceptors, paginators,
waiters and the parsing of responses and modeled errors all run. Responses,
expected parameters and error fields are checked against the model when queued: a
misspelt member, a value of the wrong type or a missing required member fails the
test with `StubResponseError`, naming the member's path; a call that does not match
fails it with `StubAssertionError`. Both are `AssertionError`s.

A client given no credentials signs with dummy ones while the stub is active.
A pytest fixture:

```python
import pytest

from partnercentral_selling import PartnerCentralSellingClient
from partnercentral_selling.testing import Stubber


@pytest.fixture
def stubber():
    with Stubber(PartnerCentralSellingClient(region="us-east-1")) as stubber:
        yield stubber
        stubber.assert_no_pending_responses()
```

This module is for tests: the package never imports it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from typed_aws_runtime.pipeline.operation import OperationSpec
from typed_aws_runtime.pipeline.stubber import (
    ANY,
    StubAssertionError,
    StubResponseError,
    UnStubbedResponseError,
)
from typed_aws_runtime.pipeline.stubber import Stubber as _Stubber

from . import _operations as _ops

if TYPE_CHECKING:
    from .aio_client import AsyncPartnerCentralSellingClient
    from .client import PartnerCentralSellingClient

__all__ = ["ANY", "StubAssertionError", "StubResponseError", "Stubber", "UnStubbedResponseError"]


class Stubber(_Stubber):
    """Queue the responses of a client's next calls and check the calls it makes.

    Give it a `PartnerCentralSellingClient` or a `AsyncPartnerCentralSellingClient`; use it as a
    context manager (`with Stubber(client) as stubber:`), or call `activate()` and
    `deactivate()`. An operation is named by its client method (`"accept_engagement_invitation"`),
    its model name (`"AcceptEngagementInvitation"`) or its command class.
    """

    OPERATIONS: ClassVar[Mapping[str, OperationSpec[Any]]] = {
        "accept_engagement_invitation": _ops.ACCEPT_ENGAGEMENT_INVITATION,
        "assign_opportunity": _ops.ASSIGN_OPPORTUNITY,
        "associate_opportunity": _ops.ASSOCIATE_OPPORTUNITY,
        "create_customer_account": _ops.CREATE_CUSTOMER_ACCOUNT,
        "create_engagement": _ops.CREATE_ENGAGEMENT,
        "create_engagement_context": _ops.CREATE_ENGAGEMENT_CONTEXT,
        "create_engagement_invitation": _ops.CREATE_ENGAGEMENT_INVITATION,
        "create_opportunity": _ops.CREATE_OPPORTUNITY,
        "create_resource_snapshot": _ops.CREATE_RESOURCE_SNAPSHOT,
        "create_resource_snapshot_job": _ops.CREATE_RESOURCE_SNAPSHOT_JOB,
        "delete_customer_account": _ops.DELETE_CUSTOMER_ACCOUNT,
        "delete_resource_snapshot_job": _ops.DELETE_RESOURCE_SNAPSHOT_JOB,
        "disassociate_opportunity": _ops.DISASSOCIATE_OPPORTUNITY,
        "get_aws_opportunity_summary": _ops.GET_AWS_OPPORTUNITY_SUMMARY,
        "get_customer_account": _ops.GET_CUSTOMER_ACCOUNT,
        "get_customer_account_bulk_job": _ops.GET_CUSTOMER_ACCOUNT_BULK_JOB,
        "get_customer_account_bulk_job_report_url": _ops.GET_CUSTOMER_ACCOUNT_BULK_JOB_REPORT_URL,
        "get_customer_account_statistics": _ops.GET_CUSTOMER_ACCOUNT_STATISTICS,
        "get_engagement": _ops.GET_ENGAGEMENT,
        "get_engagement_invitation": _ops.GET_ENGAGEMENT_INVITATION,
        "get_opportunity": _ops.GET_OPPORTUNITY,
        "get_opportunity_bulk_job_report_url": _ops.GET_OPPORTUNITY_BULK_JOB_REPORT_URL,
        "get_prospecting_from_engagement_task": _ops.GET_PROSPECTING_FROM_ENGAGEMENT_TASK,
        "get_resource_snapshot": _ops.GET_RESOURCE_SNAPSHOT,
        "get_resource_snapshot_job": _ops.GET_RESOURCE_SNAPSHOT_JOB,
        "get_selling_system_settings": _ops.GET_SELLING_SYSTEM_SETTINGS,
        "list_customer_account_bulk_job_results": _ops.LIST_CUSTOMER_ACCOUNT_BULK_JOB_RESULTS,
        "list_customer_account_bulk_jobs": _ops.LIST_CUSTOMER_ACCOUNT_BULK_JOBS,
        "list_engagement_by_accepting_invitation_tasks": _ops.LIST_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASKS,
        "list_engagement_from_opportunity_tasks": _ops.LIST_ENGAGEMENT_FROM_OPPORTUNITY_TASKS,
        "list_engagement_groups": _ops.LIST_ENGAGEMENT_GROUPS,
        "list_engagement_invitations": _ops.LIST_ENGAGEMENT_INVITATIONS,
        "list_engagement_members": _ops.LIST_ENGAGEMENT_MEMBERS,
        "list_engagement_resource_associations": _ops.LIST_ENGAGEMENT_RESOURCE_ASSOCIATIONS,
        "list_engagements": _ops.LIST_ENGAGEMENTS,
        "list_opportunities": _ops.LIST_OPPORTUNITIES,
        "list_opportunity_bulk_job_results": _ops.LIST_OPPORTUNITY_BULK_JOB_RESULTS,
        "list_opportunity_bulk_jobs": _ops.LIST_OPPORTUNITY_BULK_JOBS,
        "list_opportunity_from_engagement_tasks": _ops.LIST_OPPORTUNITY_FROM_ENGAGEMENT_TASKS,
        "list_prospecting_from_engagement_tasks": _ops.LIST_PROSPECTING_FROM_ENGAGEMENT_TASKS,
        "list_resource_snapshot_jobs": _ops.LIST_RESOURCE_SNAPSHOT_JOBS,
        "list_resource_snapshots": _ops.LIST_RESOURCE_SNAPSHOTS,
        "list_solutions": _ops.LIST_SOLUTIONS,
        "list_tags_for_resource": _ops.LIST_TAGS_FOR_RESOURCE,
        "put_selling_system_settings": _ops.PUT_SELLING_SYSTEM_SETTINGS,
        "reject_engagement_invitation": _ops.REJECT_ENGAGEMENT_INVITATION,
        "search_customer_accounts": _ops.SEARCH_CUSTOMER_ACCOUNTS,
        "search_engagements": _ops.SEARCH_ENGAGEMENTS,
        "search_opportunities": _ops.SEARCH_OPPORTUNITIES,
        "start_customer_account_bulk_job": _ops.START_CUSTOMER_ACCOUNT_BULK_JOB,
        "start_engagement_by_accepting_invitation_task": _ops.START_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASK,
        "start_engagement_from_opportunity_task": _ops.START_ENGAGEMENT_FROM_OPPORTUNITY_TASK,
        "start_opportunity_bulk_job": _ops.START_OPPORTUNITY_BULK_JOB,
        "start_opportunity_from_engagement_task": _ops.START_OPPORTUNITY_FROM_ENGAGEMENT_TASK,
        "start_prospecting_from_engagement_task": _ops.START_PROSPECTING_FROM_ENGAGEMENT_TASK,
        "start_resource_snapshot_job": _ops.START_RESOURCE_SNAPSHOT_JOB,
        "stop_resource_snapshot_job": _ops.STOP_RESOURCE_SNAPSHOT_JOB,
        "submit_opportunity": _ops.SUBMIT_OPPORTUNITY,
        "tag_resource": _ops.TAG_RESOURCE,
        "untag_resource": _ops.UNTAG_RESOURCE,
        "update_customer_account": _ops.UPDATE_CUSTOMER_ACCOUNT,
        "update_engagement_context": _ops.UPDATE_ENGAGEMENT_CONTEXT,
        "update_opportunity": _ops.UPDATE_OPPORTUNITY,
    }

    def __init__(
        self, client: PartnerCentralSellingClient | AsyncPartnerCentralSellingClient
    ) -> None:
        # The base class by its module name, not super(): generated code reads no builtin
        # that a model's names could shadow (tests/test_hostile_names.py).
        _Stubber.__init__(self, client)
