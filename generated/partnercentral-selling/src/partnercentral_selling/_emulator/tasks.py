"""The asynchronous engagement tasks: started by a call, done :data:`TASK_SECONDS` later.

Each Start...Task call records a task ``IN_PROGRESS`` (the same ``ClientToken``
answers the same task); a tick ends it once :data:`TASK_SECONDS` of emulator
time have passed, ``COMPLETE`` with what it made or ``FAILED`` with a
``ReasonCode`` and ``Message``, and the List...Tasks operations report it, as
the package's ``wait_until_*_task_completed`` waiters poll them. The two
engagement tasks also leave a running resource snapshot job that keeps the
engagement's snapshot of the opportunity current (``ResourceSnapshotJobId``):

- StartEngagementByAcceptingInvitationTask accepts an AWS opportunity
  invitation and makes the partner's opportunity from it;
- StartEngagementFromOpportunityTask makes an engagement from the partner's
  opportunity (or finds the one it has), invites AWS to it and submits the
  opportunity to AWS;
- StartOpportunityFromEngagementTask makes an opportunity from a lead context.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from typed_aws_runtime.emulation.routes import Call, Context, Routes

from . import common, opportunities, snapshots
from .engagements import (
    AWS_ACCOUNT,
    OPPORTUNITY_INVITATION,
    SENDER,
    accept,
    answerable,
    associate,
    find_invitation,
    matches,
    member_engagement,
    new_engagement,
    new_invitation,
    partner_member,
    sort_by,
    wanted,
)

routes = Routes()

# AWS publishes no duration for these tasks; the emulator takes 5 seconds of its clock,
# the delay between the calls of the package's task waiters.
TASK_SECONDS = 5.0
IN_PROGRESS, COMPLETE, FAILED = "IN_PROGRESS", "COMPLETE", "FAILED"
BY_ACCEPTING = "engagement-by-accepting-invitation-tasks"
FROM_OPPORTUNITY = "engagement-from-opportunity-tasks"
OPPORTUNITY_FROM_ENGAGEMENT = "opportunity-from-engagement-tasks"
# EngagementCustomer.WebsiteUrl's pattern (the model's CompanyWebsiteUrl): an invitation's
# customer must have such a website.
_WEBSITE = re.compile(
    r"(?=.{4,255}$)((http|https)://)??(www[.])??([a-zA-Z0-9]|-)+?([.][a-zA-Z0-9(-|/|=|?)??]+?)+?"
)
# A lead that LeadContext.QualificationStatus says is disqualified makes no opportunity.
DISQUALIFIED = "Disqualified"
# The snapshot template of the tasks' jobs: the one template of opportunities, as the captured
# "Engagement Resource Snapshot Created" events name it.
SNAPSHOT_TEMPLATE = "OpportunitySummaryView"


class TaskFailed(Exception):
    """A task ends FAILED with the model's ReasonCode ``code`` and ``message``."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _start(call: Call, kind: str, busy: Callable[[dict[str, Any]], bool], **fields: Any) -> Any:
    """Start a task of ``kind`` with ``fields`` (idempotent by ClientToken).

    A task of the same kind IN_PROGRESS on the same resource (``busy``) is a
    ConflictException: the service runs one at a time.
    """
    catalog = call.params["Catalog"]
    tasks = common.records(call, catalog, kind)

    def answer() -> dict[str, Any]:
        for task in tasks.values():
            if task["TaskStatus"] == IN_PROGRESS and busy(task):
                common.conflict(f"The task {task['TaskId']} is already working on it.")
        identifier = call.new_id("task-", 13)
        task = {
            "TaskId": identifier,
            "TaskArn": common.arn(call, catalog, f"{kind[:-1]}/{identifier}"),
            "StartTime": call.now,
            "TaskStatus": IN_PROGRESS,
            **fields,
        }
        tasks[identifier] = task
        return {key: value for key, value in task.items() if not key.startswith("_")}

    return common.idempotent(call, answer)


def _lister(kind: str, fields: dict[str, str]) -> Callable[[Call], dict[str, Any]]:
    """The List...Tasks handler of ``kind``: ``fields`` maps its filters to task fields."""

    def list_tasks(call: Call) -> dict[str, Any]:
        params = call.params
        filters = wanted(params, {"TaskStatus": "TaskStatus", **fields})
        items = [
            task
            for task in common.records(call, params["Catalog"], kind).values()
            if matches(task, filters)
        ]
        sort_by(items, params.get("Sort"), "StartTime")
        return call.page(items)

    return list_tasks


def _snapshot_job(
    context: Context, catalog: str, engagement: str, opportunity: dict[str, Any]
) -> str:
    """The id of the job snapshotting the engagement's opportunity: made now if none is.

    "CreateResourceSnapshot, CreateResourceSnapshotJob" (StartEngagementFromOpportunityTask):
    the task's job is "created to add the opportunity resource snapshot to the Engagement",
    so it is made running and takes that snapshot at once, then one on every change. A job
    the engagement already has for the opportunity is kept as it is.
    """
    job = snapshots.existing_job(
        context, catalog, engagement, opportunity["Id"], SNAPSHOT_TEMPLATE
    )
    if job is None:
        job = snapshots.create_job(
            context, catalog, engagement, opportunity, SNAPSHOT_TEMPLATE, snapshots.RUNNING
        )
    return str(job["Id"])


# --- StartEngagementByAcceptingInvitationTask -------------------------------------


def _opportunity_from_invitation(payload: dict[str, Any]) -> dict[str, Any]:
    """CreateOpportunity's fields for an AWS opportunity invitation's payload."""
    customer = payload["Customer"]
    project = payload["Project"]
    fields: dict[str, Any] = {
        "Origin": "AWS Referral",
        "Customer": {
            "Account": {
                "CompanyName": customer["CompanyName"],
                "Industry": customer["Industry"],
                "WebsiteUrl": customer["WebsiteUrl"],
                "Address": {"CountryCode": customer["CountryCode"]},
            }
        },
        "Project": {
            "Title": project["Title"],
            "CustomerBusinessProblem": project["BusinessProblem"],
            "ExpectedCustomerSpend": project["ExpectedCustomerSpend"],
        },
        "LifeCycle": {"TargetCloseDate": project["TargetCompletionDate"]},
    }
    if payload.get("OpportunityType") is not None:
        fields["OpportunityType"] = payload["OpportunityType"]
    return fields


def _complete_accepting(context: Context, catalog: str, task: dict[str, Any]) -> None:
    invitation = common.records(context, catalog, common.INVITATIONS)[
        task["EngagementInvitationId"]
    ]
    refused = answerable(invitation)
    if refused is not None:
        raise TaskFailed("EngagementInvitationConflict", refused)
    if invitation["PayloadType"] != OPPORTUNITY_INVITATION:
        raise TaskFailed(
            "InvitationValidationFailed",
            f"The invitation {invitation['Id']} carries a {invitation['PayloadType']}, "
            f"not an {OPPORTUNITY_INVITATION} to make an opportunity from.",
        )
    accept(context, catalog, invitation)
    fields = _opportunity_from_invitation(invitation["Payload"][OPPORTUNITY_INVITATION])
    opportunity = common.create_opportunity(context, catalog, fields, created_by=AWS_ACCOUNT)
    associate(context, catalog, invitation["EngagementId"], opportunity["Id"])
    task["OpportunityId"] = opportunity["Id"]
    task["ResourceSnapshotJobId"] = _snapshot_job(
        context, catalog, invitation["EngagementId"], opportunity
    )


@routes("StartEngagementByAcceptingInvitationTask")
def start_engagement_by_accepting_invitation_task(call: Call) -> Any:
    """Accept an invitation and make the partner's opportunity from it, as a task."""
    invitation = find_invitation(call, call.params["Catalog"], call.params["Identifier"])
    return _start(
        call,
        BY_ACCEPTING,
        lambda task: task["EngagementInvitationId"] == invitation["Id"],
        EngagementInvitationId=invitation["Id"],
    )


# --- StartEngagementFromOpportunityTask -------------------------------------------


def _invitation_payload(opportunity: dict[str, Any]) -> dict[str, Any]:
    """The OpportunityInvitation to AWS for ``opportunity``, or TaskFailed naming what lacks."""
    account = (opportunity.get("Customer") or {}).get("Account") or {}
    project = opportunity.get("Project") or {}
    needed = {
        "Customer.Account.Industry": account.get("Industry"),
        "Customer.Account.WebsiteUrl": account.get("WebsiteUrl"),
        "Customer.Account.Address.CountryCode": (account.get("Address") or {}).get("CountryCode"),
        "Project.Title": project.get("Title"),
        "Project.CustomerBusinessProblem": project.get("CustomerBusinessProblem"),
        "LifeCycle.TargetCloseDate": (opportunity.get("LifeCycle") or {}).get("TargetCloseDate"),
    }
    missing = [name for name, value in needed.items() if not value]
    if missing:
        raise TaskFailed(
            "OpportunityValidationFailed",
            f"The opportunity {opportunity['Id']} needs {', '.join(missing)} to engage AWS.",
        )
    if _WEBSITE.fullmatch(account["WebsiteUrl"]) is None:
        raise TaskFailed(
            "OpportunityValidationFailed",
            f"The opportunity {opportunity['Id']} has no valid Customer.Account.WebsiteUrl.",
        )
    return {
        "ReceiverResponsibilities": ["Co-Sell Facilitator"],
        "Customer": {
            "Industry": account["Industry"],
            "CompanyName": account["CompanyName"],
            "WebsiteUrl": account["WebsiteUrl"],
            "CountryCode": account["Address"]["CountryCode"],
        },
        "Project": {
            "Title": project["Title"],
            "BusinessProblem": project["CustomerBusinessProblem"],
            "TargetCompletionDate": opportunity["LifeCycle"]["TargetCloseDate"],
            "ExpectedCustomerSpend": project.get("ExpectedCustomerSpend") or [],
        },
        **(
            {"OpportunityType": opportunity["OpportunityType"]}
            if opportunity.get("OpportunityType")
            else {}
        ),
    }


def _complete_from_opportunity(context: Context, catalog: str, task: dict[str, Any]) -> None:
    """GetOpportunity, CreateEngagement, snapshot and job, invitation, SubmitOpportunity.

    "CreateEngagement (if it doesn't exist) ... CreateEngagementInvitation (if not already
    invited/accepted)": an engaged opportunity keeps its engagement and invitation. An
    opportunity no longer ``Pending Submission`` is already with AWS and is not submitted
    again; one that SubmitOpportunity would refuse fails the task before any change.
    """
    opportunity = common.records(context, catalog, common.OPPORTUNITIES)[task["OpportunityId"]]
    associations = common.records(context, catalog, common.RESOURCE_ASSOCIATIONS).values()
    engaged = next(
        (a["EngagementId"] for a in associations if a["ResourceId"] == opportunity["Id"]), None
    )
    # Checked first: what the invitation to AWS needs (only a new engagement invites AWS).
    payload = _invitation_payload(opportunity) if engaged is None else {}
    pending = opportunity["LifeCycle"].get("ReviewStatus") == "Pending Submission"
    refusal = opportunities.submission_refusal(opportunity) if pending else None
    if refusal is not None:
        raise TaskFailed(
            "OpportunitySubmissionFailed",
            f"The opportunity {opportunity['Id']} cannot be submitted: {' '.join(refusal)}.",
        )
    if engaged is None:
        engaged = _engage(context, catalog, opportunity, payload, task)
    task["EngagementId"] = engaged
    task["ResourceSnapshotJobId"] = _snapshot_job(context, catalog, engaged, opportunity)
    if pending:
        opportunities.submit(context, opportunity, task["_AwsSubmission"])


def _engage(
    context: Context,
    catalog: str,
    opportunity: dict[str, Any],
    payload: dict[str, Any],
    task: dict[str, Any],
) -> str:
    """A new engagement for the opportunity, associated with it, and AWS invited to it."""
    customer_project = {
        "Customer": payload["Customer"],
        "Project": {
            "Title": payload["Project"]["Title"],
            "BusinessProblem": payload["Project"]["BusinessProblem"],
            "TargetCompletionDate": payload["Project"]["TargetCompletionDate"],
        },
    }
    engagement = new_engagement(
        context,
        catalog,
        payload["Project"]["Title"][:40],
        payload["Project"]["BusinessProblem"][:255],
        [{"Type": "CustomerProject", "Payload": {"CustomerProject": customer_project}}],
        partner_member(context),
    )
    associate(context, catalog, engagement["Id"], opportunity["Id"])
    invitation = new_invitation(
        context,
        catalog,
        engagement,
        {
            "Message": f"Co-sell request for opportunity {opportunity['Id']}.",
            "Receiver": {"Account": {"AwsAccountId": AWS_ACCOUNT}},
            "Payload": {OPPORTUNITY_INVITATION: payload},
        },
        partner_member(context),
        SENDER,
    )
    task["EngagementInvitationId"] = invitation["Id"]
    return str(engagement["Id"])


@routes("StartEngagementFromOpportunityTask")
def start_engagement_from_opportunity_task(call: Call) -> Any:
    """Make an engagement from the partner's opportunity and invite AWS, as a task."""
    opportunity = common.find(
        call,
        call.params["Catalog"],
        common.OPPORTUNITIES,
        call.params["Identifier"],
        "opportunity",
    )
    return _start(
        call,
        FROM_OPPORTUNITY,
        lambda task: task["OpportunityId"] == opportunity["Id"],
        OpportunityId=opportunity["Id"],
        _AwsSubmission=call.params["AwsSubmission"],
    )


# --- StartOpportunityFromEngagementTask -------------------------------------------


def _complete_opportunity_from_engagement(
    context: Context, catalog: str, task: dict[str, Any]
) -> None:
    engagement = common.records(context, catalog, common.ENGAGEMENTS)[task["EngagementId"]]
    item = next((c for c in engagement["Contexts"] if c["Id"] == task["ContextId"]), None)
    if item is None:
        raise TaskFailed(
            "ContextNotFound",
            f"The engagement {engagement['Id']} has no context {task['ContextId']}.",
        )
    if item["Type"] == "CustomerProject":
        raise TaskFailed(
            "CustomerProjectContextNotPermitted",
            "An opportunity is made from a Lead context, not a CustomerProject one.",
        )
    if item["Type"] != "Lead":
        raise TaskFailed(
            "EngagementValidationFailed",
            f"An opportunity is made from a Lead context, not a {item['Type']} one.",
        )
    lead = item["Payload"]["Lead"]
    if lead.get("QualificationStatus") == DISQUALIFIED:
        raise TaskFailed("DisqualifiedLeadNotPermitted", "The lead is disqualified.")
    company = lead["Customer"]["CompanyName"]
    project: dict[str, Any] = {"Title": f"Lead: {company}"[:255]}
    problems = [i.get("BusinessProblem") or "" for i in lead.get("Interactions") or []]
    problem = next((text for text in problems if len(text) >= 20), None)
    if problem is not None:
        project["CustomerBusinessProblem"] = problem
    fields = {
        "Origin": "Partner Referral",
        "Customer": {"Account": {"CompanyName": company}},
        "Project": project,
    }
    opportunity = common.create_opportunity(context, catalog, fields)
    associate(context, catalog, engagement["Id"], opportunity["Id"])
    task["OpportunityId"] = opportunity["Id"]


@routes("StartOpportunityFromEngagementTask")
def start_opportunity_from_engagement_task(call: Call) -> Any:
    """Make the partner's opportunity from a lead context of an engagement, as a task."""
    engagement = member_engagement(call, call.params["Identifier"])
    context_id = call.params["ContextIdentifier"]
    return _start(
        call,
        OPPORTUNITY_FROM_ENGAGEMENT,
        lambda task: task["EngagementId"] == engagement["Id"] and task["ContextId"] == context_id,
        EngagementId=engagement["Id"],
        ContextId=context_id,
    )


# The List...Tasks operations: each filter of their input and the task field it reads.
routes("ListEngagementByAcceptingInvitationTasks")(
    _lister(
        BY_ACCEPTING,
        {
            "TaskIdentifier": "TaskId",
            "OpportunityIdentifier": "OpportunityId",
            "EngagementInvitationIdentifier": "EngagementInvitationId",
        },
    )
)
routes("ListEngagementFromOpportunityTasks")(
    _lister(
        FROM_OPPORTUNITY,
        {
            "TaskIdentifier": "TaskId",
            "OpportunityIdentifier": "OpportunityId",
            "EngagementIdentifier": "EngagementId",
        },
    )
)
routes("ListOpportunityFromEngagementTasks")(
    _lister(
        OPPORTUNITY_FROM_ENGAGEMENT,
        {
            "TaskIdentifier": "TaskId",
            "OpportunityIdentifier": "OpportunityId",
            "EngagementIdentifier": "EngagementId",
            "ContextIdentifier": "ContextId",
        },
    )
)


# --- time -------------------------------------------------------------------------

_COMPLETIONS: dict[str, Callable[[Context, str, dict[str, Any]], None]] = {
    BY_ACCEPTING: _complete_accepting,
    FROM_OPPORTUNITY: _complete_from_opportunity,
    OPPORTUNITY_FROM_ENGAGEMENT: _complete_opportunity_from_engagement,
}


@routes.tick
def finish_tasks(context: Context) -> None:
    """End each task started TASK_SECONDS ago or more: COMPLETE, or FAILED with its reason.

    A task checks everything before it changes anything, so a failed one changes nothing.
    """
    for kind, complete in _COMPLETIONS.items():
        for catalog, tasks in common.catalog_tables(context, kind):
            for task in sorted(tasks.values(), key=lambda t: t["StartTime"]):
                if task["TaskStatus"] != IN_PROGRESS:
                    continue
                if context.now < task["StartTime"] + TASK_SECONDS:
                    continue
                try:
                    complete(context, catalog, task)
                except TaskFailed as failure:
                    task.update(
                        TaskStatus=FAILED, ReasonCode=failure.code, Message=failure.message
                    )
                else:
                    task["TaskStatus"] = COMPLETE
