"""Client-side rate limits: calls paced to the service's published quotas (opt-in).

Pass a preset's name, or a `RateLimits`, as the client's `rate_limits` option:

```python
from partnercentral_selling import PartnerCentralSellingClient

client = PartnerCentralSellingClient(
    region="us-east-1", rate_limits="partner-central-published"
)
```

Each attempt of a call (retries included) first waits for a slot of its operation
group, so a bulk job runs at the quota's pace (5% under it, for the jitter between
sending and the service's count) instead of meeting throttling errors. The budgets
are the process's: every client, thread or task signing for the same account (the
credentials' account id, else their access key id) in the same region shares them. A
group's daily quota is counted over the last 24 hours; when it is spent, a call
raises `QuotaExhaustedError` at once (nothing is sent; its `retry_after` says when
one more is allowed) rather than sleeping for hours. Other processes are not
counted: give each its share with `RateLimits.scaled()`. Change figures or groups
with `RateLimits.with_limits()`.

`"partner-central-published"`: The quotas the AWS Partner Central developer guide
publishes for the Selling API, per partner account. Source:
<https://docs.aws.amazon.com/partner-central/latest/developer-guide/quotas.html>.

- `read` (Read actions): 10 per second, burst 1, 100,000 per 24 hours:
  GetOpportunity, GetAwsOpportunitySummary, ListOpportunities, ListSolutions,
  GetEngagementInvitation, ListEngagementInvitations
- `prospecting-get` (Prospecting read actions (get)): 100 per second, burst 1:
  GetProspectingFromEngagementTask
- `prospecting-list` (Prospecting read actions (list)): 50 per second, burst 1:
  ListProspectingFromEngagementTasks
- `write` (Write actions): 1 per second, burst 1, 10,000 per 24 hours:
  CreateOpportunity, UpdateOpportunity, AssociateOpportunity,
  DisassociateOpportunity, RejectEngagementInvitation, AssignOpportunity,
  StartEngagementFromOpportunityTask, StartEngagementByAcceptingInvitationTask
- `prospecting-write` (Prospecting write actions): 2 per second, burst 1:
  StartProspectingFromEngagementTask
- `engagement-write` (Engagement write actions): 15 per second, burst 1:
  CreateEngagement
- not paced: AcceptEngagementInvitation, CreateCustomerAccount,
  CreateEngagementContext, CreateEngagementInvitation, CreateResourceSnapshot,
  CreateResourceSnapshotJob, DeleteCustomerAccount, DeleteResourceSnapshotJob,
  GetCustomerAccount, GetCustomerAccountBulkJob, GetCustomerAccountBulkJobReportUrl,
  GetCustomerAccountStatistics, GetEngagement, GetOpportunityBulkJobReportUrl,
  GetResourceSnapshot, GetResourceSnapshotJob, GetSellingSystemSettings,
  ListCustomerAccountBulkJobResults, ListCustomerAccountBulkJobs,
  ListEngagementByAcceptingInvitationTasks, ListEngagementFromOpportunityTasks,
  ListEngagementGroups, ListEngagementMembers, ListEngagementResourceAssociations,
  ListEngagements, ListOpportunityBulkJobResults, ListOpportunityBulkJobs,
  ListOpportunityFromEngagementTasks, ListResourceSnapshotJobs,
  ListResourceSnapshots, ListTagsForResource, PutSellingSystemSettings,
  SearchCustomerAccounts, SearchEngagements, SearchOpportunities,
  StartCustomerAccountBulkJob, StartOpportunityBulkJob,
  StartOpportunityFromEngagementTask, StartResourceSnapshotJob,
  StopResourceSnapshotJob, SubmitOpportunity, TagResource, UntagResource,
  UpdateCustomerAccount, UpdateEngagementContext
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

from typed_aws_runtime.exceptions import QuotaExhaustedError
from typed_aws_runtime.retries.pacing import GroupLimit, RateLimits

__all__ = ["GroupLimit", "PRESETS", "PresetName", "QuotaExhaustedError", "RateLimits"]

PresetName = Literal["partner-central-published"]
"""The name of a preset: what the client's `rate_limits` option takes besides a `RateLimits`."""

PRESETS: Mapping[str, RateLimits] = MappingProxyType(
    {
        "partner-central-published": RateLimits(
            {
                "read": GroupLimit(10, 1, 100000),
                "prospecting-get": GroupLimit(100, 1, None),
                "prospecting-list": GroupLimit(50, 1, None),
                "write": GroupLimit(1, 1, 10000),
                "prospecting-write": GroupLimit(2, 1, None),
                "engagement-write": GroupLimit(15, 1, None),
            },
            {
                "GetOpportunity": "read",
                "GetAwsOpportunitySummary": "read",
                "ListOpportunities": "read",
                "ListSolutions": "read",
                "GetEngagementInvitation": "read",
                "ListEngagementInvitations": "read",
                "GetProspectingFromEngagementTask": "prospecting-get",
                "ListProspectingFromEngagementTasks": "prospecting-list",
                "CreateOpportunity": "write",
                "UpdateOpportunity": "write",
                "AssociateOpportunity": "write",
                "DisassociateOpportunity": "write",
                "RejectEngagementInvitation": "write",
                "AssignOpportunity": "write",
                "StartEngagementFromOpportunityTask": "write",
                "StartEngagementByAcceptingInvitationTask": "write",
                "StartProspectingFromEngagementTask": "prospecting-write",
                "CreateEngagement": "engagement-write",
                "AcceptEngagementInvitation": None,
                "CreateCustomerAccount": None,
                "CreateEngagementContext": None,
                "CreateEngagementInvitation": None,
                "CreateResourceSnapshot": None,
                "CreateResourceSnapshotJob": None,
                "DeleteCustomerAccount": None,
                "DeleteResourceSnapshotJob": None,
                "GetCustomerAccount": None,
                "GetCustomerAccountBulkJob": None,
                "GetCustomerAccountBulkJobReportUrl": None,
                "GetCustomerAccountStatistics": None,
                "GetEngagement": None,
                "GetOpportunityBulkJobReportUrl": None,
                "GetResourceSnapshot": None,
                "GetResourceSnapshotJob": None,
                "GetSellingSystemSettings": None,
                "ListCustomerAccountBulkJobResults": None,
                "ListCustomerAccountBulkJobs": None,
                "ListEngagementByAcceptingInvitationTasks": None,
                "ListEngagementFromOpportunityTasks": None,
                "ListEngagementGroups": None,
                "ListEngagementMembers": None,
                "ListEngagementResourceAssociations": None,
                "ListEngagements": None,
                "ListOpportunityBulkJobResults": None,
                "ListOpportunityBulkJobs": None,
                "ListOpportunityFromEngagementTasks": None,
                "ListResourceSnapshotJobs": None,
                "ListResourceSnapshots": None,
                "ListTagsForResource": None,
                "PutSellingSystemSettings": None,
                "SearchCustomerAccounts": None,
                "SearchEngagements": None,
                "SearchOpportunities": None,
                "StartCustomerAccountBulkJob": None,
                "StartOpportunityBulkJob": None,
                "StartOpportunityFromEngagementTask": None,
                "StartResourceSnapshotJob": None,
                "StopResourceSnapshotJob": None,
                "SubmitOpportunity": None,
                "TagResource": None,
                "UntagResource": None,
                "UpdateCustomerAccount": None,
                "UpdateEngagementContext": None,
            },
        ),
    }
)
"""The presets by name: the published figures, as the service's documentation gives them."""
