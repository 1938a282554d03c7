"""The emulator's engagement invitations, engagements and engagement tasks.

Each scenario runs through the sync, async and boto3 clients (``drive``) on a fresh
emulator whose clock only ``emulator.advance()`` moves; every event the emulator sends
is read back with the package's typed ``events`` module.
"""

from __future__ import annotations

import asyncio
import threading
from datetime import datetime, timezone
from typing import Any

import pytest

from partnercentral_selling import events as typed
from partnercentral_selling._emulator import common
from typed_aws_runtime.emulation.routes import Context
from partnercentral_selling.emulator import Emulator
from partnercentral_selling.errors import WaiterError
from tests.emulating import START, Refused, drive, emulator  # noqa: F401

DAY = 86_400
INVITATION_EXPIRY_DAYS = 15  # "Invitations will automatically expire ... within 15 days."
TASK_SECONDS = 5
LEAD = {
    "Customer": {"CompanyName": "Anycompany Robotics"},
    "Interactions": [
        {
            "Contact": {
                "BusinessTitle": "CTO",
                "Email": "cto@robotics.example.com",
                "FirstName": "Ana",
                "LastName": "Silva",
            },
            "BusinessProblem": "Robot telemetry is stuck in spreadsheets and slow to analyse.",
        }
    ],
}
CUSTOMER_PROJECT = {
    "Customer": {
        "Industry": "Manufacturing",
        "CompanyName": "Anycompany Robotics",
        "WebsiteUrl": "https://robotics.example.com",
        "CountryCode": "US",
    },
    "Project": {
        "Title": "Telemetry analytics",
        "BusinessProblem": "Robot telemetry is stuck in spreadsheets and slow to analyse.",
        "TargetCompletionDate": "2026-09-30",
    },
}


class Events:
    """The events the emulator sent, parsed by the typed events module."""

    def __init__(self, emulator: Emulator) -> None:
        self.raw: list[dict[str, Any]] = []
        emulator.events.subscribe(self.raw.append)

    def take(self) -> list[typed.AnyEvent]:
        parsed = [typed.parse_event(event) for event in self.raw]
        self.raw.clear()
        assert not any(isinstance(event, typed.UnknownEvent) for event in parsed)
        return parsed


@pytest.fixture
def sent(emulator: Emulator) -> Events:
    return Events(emulator)


def refused(call: Any, *args: Any, **params: Any) -> Refused:
    with pytest.raises(Refused) as caught:
        call(*args, **params)
    return caught.value


def received(drive: Any, catalog: str = "Sandbox", **filters: Any) -> list[dict[str, Any]]:
    output = drive(
        "ListEngagementInvitations", Catalog=catalog, ParticipantType="RECEIVER", **filters
    )
    return list(output["EngagementInvitationSummaries"])


def partner_opportunity(emulator: Emulator, catalog: str, **fields: Any) -> str:
    """An opportunity of the partner, made as CreateOpportunity makes them."""
    context = Context(
        emulator.store,
        emulator.clock.now(),
        emulator.account_id,
        emulator.region,
        lambda *event: None,
    )
    return str(common.create_opportunity(context, catalog, fields)["Id"])


def complete_opportunity(emulator: Emulator, catalog: str = "Sandbox") -> str:
    return partner_opportunity(
        emulator,
        catalog,
        Customer={
            "Account": {
                "CompanyName": "Anycompany Robotics",
                "Industry": "Manufacturing",
                "WebsiteUrl": "https://robotics.example.com",
                "Address": {"CountryCode": "US"},
            }
        },
        Project={
            "Title": "Telemetry analytics",
            "CustomerBusinessProblem": "Robot telemetry is stuck in spreadsheets today.",
        },
        # Qualified: SubmitOpportunity, the task's last step, refuses a Prospect.
        LifeCycle={"TargetCloseDate": "2026-09-30", "Stage": "Qualified"},
        OpportunityType="Net New Business",
    )


def snapshot_revisions(drive: Any, engagement: str, opportunity: str) -> list[int]:
    """The revisions of the engagement's OpportunitySummaryView snapshots of the opportunity."""
    listed = drive(
        "ListResourceSnapshots",
        Catalog="Sandbox",
        EngagementIdentifier=engagement,
        ResourceIdentifier=opportunity,
        ResourceSnapshotTemplateIdentifier="OpportunitySummaryView",
    )["ResourceSnapshotSummaries"]
    return [summary["Revision"] for summary in listed]


# --- invitations ------------------------------------------------------------------


def test_a_new_emulator_has_pending_aws_invitations_in_each_catalog_kept_apart(drive):
    sandbox, aws = received(drive, "Sandbox"), received(drive, "AWS")
    assert len(sandbox) == len(aws) == 3
    assert {i["Id"] for i in sandbox}.isdisjoint({i["Id"] for i in aws})
    for summary in sandbox + aws:
        assert summary["Status"] == "PENDING"
        assert summary["PayloadType"] == "OpportunityInvitation"
        assert summary["ParticipantType"] == "RECEIVER"
        assert summary["SenderAwsAccountId"] == "aws"
        assert summary["ExpirationDate"] > datetime.fromtimestamp(START, timezone.utc)
    details = drive("GetEngagementInvitation", Catalog="Sandbox", Identifier=sandbox[0]["Arn"])
    payload = details["Payload"]["OpportunityInvitation"]
    assert payload["Customer"]["CompanyName"] and payload["Project"]["Title"]
    assert details["ExistingMembers"] == [
        {"CompanyName": "Amazon Web Services", "WebsiteUrl": "https://aws.amazon.com"}
    ]
    error = refused(drive, "GetEngagementInvitation", Catalog="AWS", Identifier=sandbox[0]["Id"])
    assert error.code == "ResourceNotFoundException"


def test_accepting_an_invitation_makes_the_partner_a_member(drive, sent):
    invitation = received(drive)[0]
    engagement = invitation["EngagementId"]
    error = refused(drive, "ListEngagementMembers", Catalog="Sandbox", Identifier=engagement)
    assert error.code == "AccessDeniedException"

    drive("AcceptEngagementInvitation", Catalog="Sandbox", Identifier=invitation["Id"])

    got = drive("GetEngagementInvitation", Catalog="Sandbox", Identifier=invitation["Id"])
    assert got["Status"] == "ACCEPTED"
    members = drive("ListEngagementMembers", Catalog="Sandbox", Identifier=engagement)
    assert [m["AccountId"] for m in members["EngagementMemberList"]] == ["aws", "123456789012"]
    assert drive("GetEngagement", Catalog="Sandbox", Identifier=engagement)["MemberCount"] == 2
    accepted, added = sent.take()
    assert isinstance(accepted, typed.EngagementInvitationAccepted)
    assert accepted.detail.engagement_invitation.id == invitation["Id"]
    assert accepted.detail.engagement_invitation.participant_type == "RECEIVER"
    assert accepted.resources == [invitation["Arn"]]
    assert isinstance(added, typed.EngagementMemberAdded)
    assert added.detail.engagement.id == engagement
    assert added.detail.engagement_member.account_id == "123456789012"

    again = refused(
        drive, "AcceptEngagementInvitation", Catalog="Sandbox", Identifier=invitation["Id"]
    )
    assert again.code == "ConflictException"
    assert sent.take() == []


def test_rejecting_an_invitation_keeps_the_reason(drive, sent):
    invitation = received(drive, "AWS")[1]
    drive(
        "RejectEngagementInvitation",
        Catalog="AWS",
        Identifier=invitation["Id"],
        RejectionReason="Customer problem unclear",
    )
    got = drive("GetEngagementInvitation", Catalog="AWS", Identifier=invitation["Id"])
    assert (got["Status"], got["RejectionReason"]) == ("REJECTED", "Customer problem unclear")
    (rejected,) = sent.take()
    assert isinstance(rejected, typed.EngagementInvitationRejected)
    assert rejected.detail.catalog == "AWS"
    for operation in ("AcceptEngagementInvitation", "RejectEngagementInvitation"):
        error = refused(drive, operation, Catalog="AWS", Identifier=invitation["Id"])
        assert error.code == "ConflictException"
    assert received(drive, "Sandbox", Status=["REJECTED"]) == []


def test_pending_invitations_expire_and_cannot_be_accepted(drive, emulator, sent):
    first = received(drive)[0]  # the oldest: sent 5 days before the start
    oldest_aws = received(drive, "AWS")[0]
    emulator.advance((INVITATION_EXPIRY_DAYS - 5) * DAY - 1)
    assert received(drive, Status=["EXPIRED"]) == []
    emulator.advance(1)
    assert [i["Id"] for i in received(drive, Status=["EXPIRED"])] == [first["Id"]]
    expired = sent.take()
    assert {type(e) for e in expired} == {typed.EngagementInvitationExpired}
    assert {e.detail.engagement_invitation.id for e in expired} == {first["Id"], oldest_aws["Id"]}
    error = refused(drive, "AcceptEngagementInvitation", Catalog="Sandbox", Identifier=first["Id"])
    assert error.code == "ConflictException"
    emulator.advance(INVITATION_EXPIRY_DAYS * DAY)
    assert {i["Status"] for i in received(drive) + received(drive, "AWS")} == {"EXPIRED"}
    assert len(sent.take()) == 4


def test_what_time_changed_is_sent_even_when_the_call_that_noticed_it_fails(drive, emulator, sent):
    """Expiry happens at the time, not because of a call: a failing call does not undo it."""
    emulator.clock.advance(INVITATION_EXPIRY_DAYS * DAY)  # the clock alone: nothing ticks yet
    assert sent.take() == []
    error = refused(
        drive, "AcceptEngagementInvitation", Catalog="AWS", Identifier="engi-0000000000000"
    )
    assert error.code == "ResourceNotFoundException"
    assert {type(e) for e in sent.take()} == {typed.EngagementInvitationExpired}


def test_invitation_lists_filter_sort_and_page(drive):
    invitations = received(drive)
    dates = [i["InvitationDate"] for i in invitations]
    assert dates == sorted(dates)
    newest_first = received(drive, Sort={"SortBy": "InvitationDate", "SortOrder": "DESCENDING"})
    assert [i["Id"] for i in newest_first] == [i["Id"] for i in reversed(invitations)]
    chosen = invitations[1]
    assert received(drive, EngagementIdentifier=[chosen["EngagementId"]]) == [chosen]
    assert len(received(drive, SenderAwsAccountId=["aws"])) == 3
    assert received(drive, SenderAwsAccountId=["111122223333"]) == []
    assert received(drive, PayloadType=["LeadInvitation"]) == []
    assert len(received(drive, PayloadType=["OpportunityInvitation"], Status=["PENDING"])) == 3
    sent_list = drive("ListEngagementInvitations", Catalog="Sandbox", ParticipantType="SENDER")
    assert sent_list["EngagementInvitationSummaries"] == []

    page = drive(
        "ListEngagementInvitations", Catalog="Sandbox", ParticipantType="RECEIVER", MaxResults=2
    )
    assert len(page["EngagementInvitationSummaries"]) == 2
    rest = drive(
        "ListEngagementInvitations",
        Catalog="Sandbox",
        ParticipantType="RECEIVER",
        MaxResults=2,
        NextToken=page["NextToken"],
    )
    assert rest["EngagementInvitationSummaries"] == invitations[2:]
    assert "NextToken" not in rest


def test_the_partner_invites_another_account_to_its_engagement(drive, sent):
    engagement = drive("CreateEngagement", Catalog="Sandbox", ClientToken="e1", Title="Joint bid")
    sent.take()
    payload = {
        **CUSTOMER_PROJECT,
        "Project": {**CUSTOMER_PROJECT["Project"], "ExpectedCustomerSpend": []},
        "ReceiverResponsibilities": ["Reseller"],
    }
    invitation = {
        "Message": "Join our bid",
        "Receiver": {"Account": {"AwsAccountId": "111122223333"}},
        "Payload": {"OpportunityInvitation": payload},
    }
    params = {"Catalog": "Sandbox", "EngagementIdentifier": engagement["Id"]}
    created = drive(
        "CreateEngagementInvitation", ClientToken="i1", Invitation=invitation, **params
    )
    again = drive("CreateEngagementInvitation", ClientToken="i1", Invitation=invitation, **params)
    assert again == created
    twice = refused(
        drive, "CreateEngagementInvitation", ClientToken="i2", Invitation=invitation, **params
    )
    assert twice.code == "ConflictException"
    (summary,) = drive("ListEngagementInvitations", Catalog="Sandbox", ParticipantType="SENDER")[
        "EngagementInvitationSummaries"
    ]
    assert (summary["Id"], summary["Status"], summary["ParticipantType"]) == (
        created["Id"],
        "PENDING",
        "SENDER",
    )
    got = drive("GetEngagementInvitation", Catalog="Sandbox", Identifier=created["Arn"])
    assert got["EngagementTitle"] == "Joint bid"
    (event,) = sent.take()
    assert isinstance(event, typed.EngagementInvitationCreated)
    assert event.detail.engagement_invitation.participant_type == "SENDER"
    assert event.detail.engagement_invitation.receiver_account_id == "111122223333"
    own = refused(drive, "AcceptEngagementInvitation", Catalog="Sandbox", Identifier=created["Id"])
    assert own.code == "ConflictException"
    foreign = refused(
        drive,
        "CreateEngagementInvitation",
        Catalog="Sandbox",
        ClientToken="i3",
        EngagementIdentifier=received(drive)[0]["EngagementId"],
        Invitation=invitation,
    )
    assert foreign.code == "AccessDeniedException"


# --- tasks ------------------------------------------------------------------------


def test_accepting_task_creates_the_opportunity_after_its_duration(drive, emulator, sent):
    invitation = received(drive, "AWS")[2]
    task = drive(
        "StartEngagementByAcceptingInvitationTask",
        Catalog="AWS",
        ClientToken="t1",
        Identifier=invitation["Id"],
    )
    assert task["TaskStatus"] == "IN_PROGRESS"
    assert task["EngagementInvitationId"] == invitation["Id"]
    same = drive(
        "StartEngagementByAcceptingInvitationTask",
        Catalog="AWS",
        ClientToken="t1",
        Identifier=invitation["Id"],
    )
    assert same["TaskId"] == task["TaskId"]
    busy = refused(
        drive,
        "StartEngagementByAcceptingInvitationTask",
        Catalog="AWS",
        ClientToken="t2",
        Identifier=invitation["Id"],
    )
    assert busy.code == "ConflictException"
    emulator.advance(TASK_SECONDS - 1)
    listed = drive("ListEngagementByAcceptingInvitationTasks", Catalog="AWS")
    assert [t["TaskStatus"] for t in listed["TaskSummaries"]] == ["IN_PROGRESS"]
    assert sent.take() == []

    emulator.advance(1)

    (done,) = drive(
        "ListEngagementByAcceptingInvitationTasks", Catalog="AWS", TaskIdentifier=[task["TaskId"]]
    )["TaskSummaries"]
    assert done["TaskStatus"] == "COMPLETE"
    opportunity_id = done["OpportunityId"]
    opportunity = emulator.store.table("AWS/opportunities")[opportunity_id]
    payload = drive("GetEngagementInvitation", Catalog="AWS", Identifier=invitation["Id"])
    assert payload["Status"] == "ACCEPTED"
    project = payload["Payload"]["OpportunityInvitation"]["Project"]
    assert opportunity["Project"]["Title"] == project["Title"]
    assert opportunity["Project"]["CustomerBusinessProblem"] == project["BusinessProblem"]
    assert opportunity_id not in emulator.store.table("Sandbox/opportunities")
    if "GetOpportunity" in emulator.emulated_operations:
        got = drive("GetOpportunity", Catalog="AWS", Identifier=opportunity_id)
        assert got["Project"]["Title"] == project["Title"]
    associations = drive(
        "ListEngagementResourceAssociations", Catalog="AWS", ResourceIdentifier=opportunity_id
    )["EngagementResourceAssociationSummaries"]
    assert associations == [
        {
            "Catalog": "AWS",
            "EngagementId": invitation["EngagementId"],
            "ResourceType": "Opportunity",
            "ResourceId": opportunity_id,
            "CreatedBy": "123456789012",
        }
    ]
    members = drive("ListEngagementMembers", Catalog="AWS", Identifier=invitation["EngagementId"])
    assert "123456789012" in [m["AccountId"] for m in members["EngagementMemberList"]]
    kinds = [type(e) for e in sent.take()]
    assert kinds == [
        typed.EngagementInvitationAccepted,
        typed.EngagementMemberAdded,
        typed.OpportunityCreated,
        typed.EngagementResourceSnapshotCreated,
    ]
    assert (
        drive("ListEngagementByAcceptingInvitationTasks", Catalog="Sandbox")["TaskSummaries"] == []
    )


def test_accepting_task_fails_on_an_invitation_no_longer_pending(drive, emulator):
    first, second, third = received(drive)
    drive("RejectEngagementInvitation", Catalog="Sandbox", Identifier=first["Id"])
    failing = drive(
        "StartEngagementByAcceptingInvitationTask",
        Catalog="Sandbox",
        ClientToken="f",
        Identifier=first["Id"],
    )
    emulator.advance(2)
    for token, invitation in (("b", second), ("c", third)):
        drive(
            "StartEngagementByAcceptingInvitationTask",
            Catalog="Sandbox",
            ClientToken=token,
            Identifier=invitation["Id"],
        )
    emulator.advance(TASK_SECONDS - 2)
    tasks = drive("ListEngagementByAcceptingInvitationTasks", Catalog="Sandbox")["TaskSummaries"]
    assert [t["TaskStatus"] for t in tasks] == ["FAILED", "IN_PROGRESS", "IN_PROGRESS"]
    assert tasks[0]["TaskId"] == failing["TaskId"]
    assert tasks[0]["ReasonCode"] == "EngagementInvitationConflict"
    assert "REJECTED" in tasks[0]["Message"]
    assert "OpportunityId" not in tasks[0]
    emulator.advance(2)
    query = {
        "Catalog": "Sandbox",
        "TaskStatus": ["COMPLETE"],
        "Sort": {"SortBy": "StartTime", "SortOrder": "DESCENDING"},
        "MaxResults": 1,
    }
    listing = drive("ListEngagementByAcceptingInvitationTasks", **query)
    assert len(listing["TaskSummaries"]) == 1
    more = drive(
        "ListEngagementByAcceptingInvitationTasks", NextToken=listing["NextToken"], **query
    )
    both = listing["TaskSummaries"] + more["TaskSummaries"]
    assert [t["EngagementInvitationId"] for t in both] == [third["Id"], second["Id"]]
    by_invitation = drive(
        "ListEngagementByAcceptingInvitationTasks",
        Catalog="Sandbox",
        EngagementInvitationIdentifier=[second["Id"]],
    )["TaskSummaries"]
    opportunity = by_invitation[0]["OpportunityId"]
    by_opportunity = drive(
        "ListEngagementByAcceptingInvitationTasks",
        Catalog="Sandbox",
        OpportunityIdentifier=[opportunity],
    )["TaskSummaries"]
    assert by_opportunity == by_invitation


def engage_again(
    drive: Any, emulator: Emulator, opportunity: str, token: str, involvement: str
) -> list[dict[str, Any]]:
    """Run StartEngagementFromOpportunityTask to its end: the opportunity's completed tasks."""
    drive(
        "StartEngagementFromOpportunityTask",
        Catalog="Sandbox",
        ClientToken=token,
        Identifier=opportunity,
        AwsSubmission={"InvolvementType": involvement},
    )
    emulator.advance(TASK_SECONDS)
    return list(
        drive(
            "ListEngagementFromOpportunityTasks",
            Catalog="Sandbox",
            TaskStatus=["COMPLETE"],
            OpportunityIdentifier=[opportunity],
        )["TaskSummaries"]
    )


def test_engagement_from_opportunity_task(drive, emulator, sent):
    opportunity = complete_opportunity(emulator)
    lacking = partner_opportunity(emulator, "Sandbox", Customer={"Account": {"CompanyName": "X"}})
    task = drive(
        "StartEngagementFromOpportunityTask",
        Catalog="Sandbox",
        ClientToken="o1",
        Identifier=opportunity,
        AwsSubmission={"InvolvementType": "Co-Sell", "Visibility": "Full"},
    )
    failing = drive(
        "StartEngagementFromOpportunityTask",
        Catalog="Sandbox",
        ClientToken="o2",
        Identifier=lacking,
        AwsSubmission={"InvolvementType": "For Visibility Only"},
    )
    assert task["TaskStatus"] == failing["TaskStatus"] == "IN_PROGRESS"
    missing = refused(
        drive,
        "StartEngagementFromOpportunityTask",
        Catalog="AWS",
        ClientToken="o3",
        Identifier=opportunity,
        AwsSubmission={"InvolvementType": "Co-Sell"},
    )
    assert missing.code == "ResourceNotFoundException"
    emulator.advance(TASK_SECONDS)

    done, failed = drive("ListEngagementFromOpportunityTasks", Catalog="Sandbox")["TaskSummaries"]
    assert (done["TaskStatus"], failed["TaskStatus"]) == ("COMPLETE", "FAILED")
    assert failed["ReasonCode"] == "OpportunityValidationFailed"
    assert "Customer.Account.Industry" in failed["Message"]
    engagement = drive("GetEngagement", Catalog="Sandbox", Identifier=done["EngagementId"])
    assert engagement["Title"] == "Telemetry analytics"
    assert [c["Type"] for c in engagement["Contexts"]] == ["CustomerProject"]
    associations = drive(
        "ListEngagementResourceAssociations",
        Catalog="Sandbox",
        EngagementIdentifier=done["EngagementId"],
    )["EngagementResourceAssociationSummaries"]
    assert [a["ResourceId"] for a in associations] == [opportunity]
    invitation = drive(
        "GetEngagementInvitation", Catalog="Sandbox", Identifier=done["EngagementInvitationId"]
    )
    assert invitation["Receiver"]["Account"]["AwsAccountId"] == "aws"
    assert invitation["Status"] == "PENDING"
    created = [e for e in sent.take() if isinstance(e, typed.EngagementCreated)]
    assert [e.detail.engagement.engagement_id for e in created] == [done["EngagementId"]]
    assert created[0].detail.engagement.context_types == ["CustomerProject"]
    filtered = drive(
        "ListEngagementFromOpportunityTasks",
        Catalog="Sandbox",
        EngagementIdentifier=[done["EngagementId"]],
    )["TaskSummaries"]
    assert [t["TaskId"] for t in filtered] == [task["TaskId"]]

    # A second task on the engaged opportunity finds its engagement: no new one.
    again = engage_again(drive, emulator, opportunity, "o4", "Co-Sell")
    assert [t["EngagementId"] for t in again] == [done["EngagementId"]] * 2
    assert not any(isinstance(e, typed.EngagementCreated) for e in sent.take())


def rename_customer(drive: Any, opportunity: str, name: str) -> None:
    """UpdateOpportunity with the opportunity's members read back, its company renamed."""
    current = drive("GetOpportunity", Catalog="Sandbox", Identifier=opportunity)
    account = {**current["Customer"]["Account"], "CompanyName": name}
    drive(
        "UpdateOpportunity",
        Catalog="Sandbox",
        Identifier=opportunity,
        LastModifiedDate=current["LastModifiedDate"],
        Customer={**current["Customer"], "Account": account},
        Project=current["Project"],
        LifeCycle={k: v for k, v in current["LifeCycle"].items() if k != "ReviewStatus"},
    )


def snapshotted_company(drive: Any, engagement: str, opportunity: str) -> str:
    latest = drive(
        "GetResourceSnapshot",
        Catalog="Sandbox",
        EngagementIdentifier=engagement,
        ResourceType="Opportunity",
        ResourceIdentifier=opportunity,
        ResourceSnapshotTemplateIdentifier="OpportunitySummaryView",
    )
    return str(latest["Payload"]["OpportunitySummary"]["Customer"]["Account"]["CompanyName"])


def test_accepting_task_leaves_a_running_snapshot_job(drive, emulator, sent):
    invitation = received(drive)[0]
    drive(
        "StartEngagementByAcceptingInvitationTask",
        Catalog="Sandbox",
        ClientToken="j",
        Identifier=invitation["Id"],
    )
    emulator.advance(TASK_SECONDS)
    (task,) = drive("ListEngagementByAcceptingInvitationTasks", Catalog="Sandbox")["TaskSummaries"]
    assert task["TaskStatus"] == "COMPLETE"
    engagement, opportunity = invitation["EngagementId"], task["OpportunityId"]
    job = drive(
        "GetResourceSnapshotJob",
        Catalog="Sandbox",
        ResourceSnapshotJobIdentifier=task["ResourceSnapshotJobId"],
    )
    assert (job["Status"], job["EngagementId"], job["ResourceId"]) == (
        "Running",
        engagement,
        opportunity,
    )
    assert job["ResourceType"] == "Opportunity"
    assert job["ResourceSnapshotTemplateName"] == "OpportunitySummaryView"
    listed = drive("ListResourceSnapshotJobs", Catalog="Sandbox", EngagementIdentifier=engagement)
    assert [(j["Id"], j["Status"]) for j in listed["ResourceSnapshotJobSummaries"]] == [
        (task["ResourceSnapshotJobId"], "Running")
    ]
    assert snapshot_revisions(drive, engagement, opportunity) == [1]
    sent.take()

    rename_customer(drive, opportunity, "Renamed Robotics")
    emulator.advance(1)
    assert snapshot_revisions(drive, engagement, opportunity) == [1, 2]
    assert snapshotted_company(drive, engagement, opportunity) == "Renamed Robotics"
    snapshot_events = [
        e for e in sent.take() if isinstance(e, typed.EngagementResourceSnapshotCreated)
    ]
    assert [e.detail.resource_snapshot.resource_id for e in snapshot_events] == [opportunity]


def test_engagement_from_opportunity_task_snapshots_and_submits(drive, emulator, sent):
    opportunity = complete_opportunity(emulator)
    prospect = partner_opportunity(
        emulator,
        "Sandbox",
        Customer={
            "Account": {
                "CompanyName": "Prospect Co",
                "Industry": "Retail",
                "WebsiteUrl": "https://prospect.example.com",
                "Address": {"CountryCode": "US"},
            }
        },
        Project={"Title": "Early", "CustomerBusinessProblem": "Not qualified yet at all."},
        LifeCycle={"TargetCloseDate": "2026-09-30"},
    )
    for token, identifier in (("s1", opportunity), ("s2", prospect)):
        drive(
            "StartEngagementFromOpportunityTask",
            Catalog="Sandbox",
            ClientToken=token,
            Identifier=identifier,
            AwsSubmission={"InvolvementType": "Co-Sell"},
        )
    emulator.advance(TASK_SECONDS)
    done, failed = drive("ListEngagementFromOpportunityTasks", Catalog="Sandbox")["TaskSummaries"]
    assert (failed["TaskStatus"], failed["ReasonCode"]) == (
        "FAILED",
        "OpportunitySubmissionFailed",
    )
    assert "Prospect" in failed["Message"]
    assert "ResourceSnapshotJobId" not in failed and "EngagementId" not in failed
    unsubmitted = drive("GetOpportunity", Catalog="Sandbox", Identifier=prospect)
    assert unsubmitted["LifeCycle"]["ReviewStatus"] == "Pending Submission"
    assert (
        drive(
            "ListEngagementResourceAssociations", Catalog="Sandbox", ResourceIdentifier=prospect
        )["EngagementResourceAssociationSummaries"]
        == []
    )

    assert done["TaskStatus"] == "COMPLETE"
    engagement, job_id = done["EngagementId"], done["ResourceSnapshotJobId"]
    submitted = drive("GetOpportunity", Catalog="Sandbox", Identifier=opportunity)
    assert submitted["LifeCycle"]["ReviewStatus"] == "Submitted"
    aws = drive(
        "GetAwsOpportunitySummary", Catalog="Sandbox", RelatedOpportunityIdentifier=opportunity
    )
    assert (aws["InvolvementType"], aws["Visibility"]) == ("Co-Sell", "Full")
    job = drive(
        "GetResourceSnapshotJob",
        Catalog="Sandbox",
        ResourceSnapshotJobIdentifier=job_id,
    )
    assert (job["Status"], job["ResourceId"]) == ("Running", opportunity)
    running = drive("ListResourceSnapshotJobs", Catalog="Sandbox", Status="Running")
    assert [j["Id"] for j in running["ResourceSnapshotJobSummaries"]] == [job_id]
    # The snapshot the task took, then the submission's change the running job saw.
    assert snapshot_revisions(drive, engagement, opportunity) == [1, 2]

    # AWS's review (In review, then Approved) changes the opportunity: a snapshot each.
    emulator.advance(60)
    assert snapshot_revisions(drive, engagement, opportunity) == [1, 2, 3]
    emulator.advance(60)
    approved = drive("GetOpportunity", Catalog="Sandbox", Identifier=opportunity)
    assert approved["LifeCycle"]["ReviewStatus"] == "Approved"
    assert snapshot_revisions(drive, engagement, opportunity) == [1, 2, 3, 4]
    rename_customer(drive, opportunity, "Renamed Robotics")
    emulator.advance(1)
    assert snapshot_revisions(drive, engagement, opportunity) == [1, 2, 3, 4, 5]
    assert snapshotted_company(drive, engagement, opportunity) == "Renamed Robotics"

    # Again on the engaged, approved opportunity: the same engagement and job, no new
    # submission.
    again = engage_again(drive, emulator, opportunity, "s3", "For Visibility Only")
    assert [(t["EngagementId"], t["ResourceSnapshotJobId"]) for t in again] == [
        (engagement, job_id)
    ] * 2
    after = drive("GetOpportunity", Catalog="Sandbox", Identifier=opportunity)
    assert after["LifeCycle"]["ReviewStatus"] == "Approved"
    aws = drive(
        "GetAwsOpportunitySummary", Catalog="Sandbox", RelatedOpportunityIdentifier=opportunity
    )
    assert aws["InvolvementType"] == "Co-Sell"
    assert (
        len(drive("ListResourceSnapshotJobs", Catalog="Sandbox")["ResourceSnapshotJobSummaries"])
        == 1
    )


def test_opportunity_from_engagement_task(drive, emulator, sent):
    engagement = drive(
        "CreateEngagement",
        Catalog="AWS",
        ClientToken="c",
        Title="Robotics lead",
        Contexts=[
            {"Type": "Lead", "Payload": {"Lead": LEAD}},
            {"Type": "CustomerProject", "Payload": {"CustomerProject": CUSTOMER_PROJECT}},
        ],
    )
    lead_id, project_id = [
        c["Id"]
        for c in drive("GetEngagement", Catalog="AWS", Identifier=engagement["Id"])["Contexts"]
    ]
    for token, context in (("l", lead_id), ("p", project_id), ("x", "9")):
        started = drive(
            "StartOpportunityFromEngagementTask",
            Catalog="AWS",
            ClientToken=token,
            Identifier=engagement["Id"],
            ContextIdentifier=context,
        )
        assert started["TaskStatus"] == "IN_PROGRESS"
    emulator.advance(TASK_SECONDS)
    tasks = drive("ListOpportunityFromEngagementTasks", Catalog="AWS")["TaskSummaries"]
    assert [(t["ContextId"], t["TaskStatus"], t.get("ReasonCode")) for t in tasks] == [
        (lead_id, "COMPLETE", None),
        (project_id, "FAILED", "CustomerProjectContextNotPermitted"),
        ("9", "FAILED", "ContextNotFound"),
    ]
    opportunity = tasks[0]["OpportunityId"]
    assert emulator.store.table("AWS/opportunities")[opportunity]["Customer"] == {
        "Account": {"CompanyName": "Anycompany Robotics"}
    }
    associations = drive(
        "ListEngagementResourceAssociations", Catalog="AWS", ResourceType="Opportunity"
    )["EngagementResourceAssociationSummaries"]
    assert [(a["EngagementId"], a["ResourceId"]) for a in associations] == [
        (engagement["Id"], opportunity)
    ]
    by_context = drive(
        "ListOpportunityFromEngagementTasks", Catalog="AWS", ContextIdentifier=[project_id]
    )["TaskSummaries"]
    assert [t["ContextId"] for t in by_context] == [project_id]
    assert [type(e) for e in sent.take()] == [typed.EngagementCreated, typed.OpportunityCreated]


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_task_waiters_follow_the_emulator_clock(emulator, kind):
    """The package's waiters poll until the task ends; another thread moves the clock."""
    client = emulator.client(max_attempts=1)
    first, second, _ = client.list_engagement_invitations(
        catalog="Sandbox", participant_type="RECEIVER"
    ).engagement_invitation_summaries
    client.reject_engagement_invitation(catalog="Sandbox", identifier=second.id)
    ok = client.start_engagement_by_accepting_invitation_task(
        catalog="Sandbox", client_token="w1", identifier=first.id
    )
    bad = client.start_engagement_by_accepting_invitation_task(
        catalog="Sandbox", client_token="w2", identifier=second.id
    )
    timer = threading.Timer(0.3, emulator.advance, [TASK_SECONDS])
    timer.start()
    try:
        if kind == "sync":
            done = client.wait_until_engagement_by_accepting_invitation_task_completed(
                catalog="Sandbox", task_identifier=[ok.task_id], delay=0.05, max_wait=10
            )
        else:
            done = asyncio.run(_wait_async(emulator, ok.task_id))
    finally:
        timer.join()
    assert done.task_summaries[0].task_status == "COMPLETE"
    assert done.task_summaries[0].opportunity_id
    with pytest.raises(WaiterError) as caught:
        client.wait_until_engagement_by_accepting_invitation_task_completed(
            catalog="Sandbox", task_identifier=[bad.task_id], delay=0.05, max_wait=10
        )
    (failed,) = caught.value.last_response.task_summaries
    assert (failed.task_status, failed.reason_code) == ("FAILED", "EngagementInvitationConflict")


async def _wait_async(emulator: Emulator, task_id: str) -> Any:
    async with emulator.aio_client(max_attempts=1) as client:
        return await client.wait_until_engagement_by_accepting_invitation_task_completed(
            catalog="Sandbox", task_identifier=[task_id], delay=0.05, max_wait=10
        )


# --- engagements ------------------------------------------------------------------


def test_engagements_contexts_and_their_events(drive, emulator, sent):
    params = {"Catalog": "Sandbox", "Title": "Robotics", "Description": "Lead from an event"}
    created = drive(
        "CreateEngagement",
        ClientToken="e",
        Contexts=[{"Type": "Lead", "Payload": {"Lead": LEAD}}],
        **params,
    )
    assert created["Id"].startswith("eng-")
    same = drive(
        "CreateEngagement",
        ClientToken="e",
        Contexts=[{"Type": "Lead", "Payload": {"Lead": LEAD}}],
        **params,
    )
    assert same == created
    reused = refused(drive, "CreateEngagement", ClientToken="e", **params)
    assert reused.code == "ConflictException"
    mismatched = refused(
        drive,
        "CreateEngagement",
        ClientToken="m",
        Contexts=[{"Type": "CustomerProject", "Payload": {"Lead": LEAD}}],
        **params,
    )
    assert mismatched.code == "ValidationException"
    assert mismatched.fields["ErrorList"][0]["FieldName"] == "Contexts[0].Payload"
    (event,) = sent.take()
    assert isinstance(event, typed.EngagementCreated)
    assert event.detail.engagement.engagement_id == created["Id"]
    assert event.detail.engagement.created_by == "123456789012"
    assert event.detail.engagement.context_types == ["Lead"]

    emulator.advance(60)
    added = drive(
        "CreateEngagementContext",
        Catalog="Sandbox",
        EngagementIdentifier=created["Id"],
        ClientToken="ctx",
        Type="CustomerProject",
        Payload={"CustomerProject": CUSTOMER_PROJECT},
    )
    assert added["ContextId"] == "2"
    assert added["EngagementLastModifiedAt"] > created["ModifiedAt"]
    (updated,) = sent.take()
    assert isinstance(updated, typed.EngagementUpdated)
    assert updated.detail.engagement.context_types == ["Lead", "CustomerProject"]

    update = {
        "Catalog": "Sandbox",
        "EngagementIdentifier": created["Id"],
        "Type": "Lead",
        "Payload": {"Lead": {"Customer": LEAD["Customer"], "QualificationStatus": "Qualified"}},
    }
    stale = refused(
        drive,
        "UpdateEngagementContext",
        ContextIdentifier="1",
        EngagementLastModifiedAt=created["ModifiedAt"],
        **update,
    )
    assert stale.code == "ConflictException"
    current = drive("GetEngagement", Catalog="Sandbox", Identifier=created["Id"])
    modified = current["ModifiedAt"]
    drive(
        "UpdateEngagementContext",
        ContextIdentifier="1",
        EngagementLastModifiedAt=modified,
        **update,
    )
    lead = drive("GetEngagement", Catalog="Sandbox", Identifier=created["Id"])["Contexts"][0]
    assert lead["Payload"]["Lead"]["QualificationStatus"] == "Qualified"
    assert lead["Payload"]["Lead"]["Interactions"] == LEAD["Interactions"]
    assert [type(e) for e in sent.take()] == [typed.EngagementUpdated]
    unknown = refused(
        drive,
        "UpdateEngagementContext",
        ContextIdentifier="7",
        EngagementLastModifiedAt=modified,
        **update,
    )
    assert unknown.code == "ResourceNotFoundException"
    other = refused(drive, "GetEngagement", Catalog="AWS", Identifier=created["Id"])
    assert other.code == "ResourceNotFoundException"


def test_engagement_lists_filter_sort_and_page(drive, emulator):
    ids = []
    for number, contexts in enumerate(([{"Type": "Lead", "Payload": {"Lead": LEAD}}], [], [])):
        engagement = drive(
            "CreateEngagement", Catalog="AWS", ClientToken=f"k{number}", Contexts=contexts
        )
        ids.append(engagement["Id"])
        emulator.advance(1)

    def listed(**filters: Any) -> list[str]:
        output = drive("ListEngagements", Catalog="AWS", **filters)
        return [e["Id"] for e in output["EngagementSummaryList"]]

    # The AWS engagements of the seeded invitations are not the partner's until it accepts.
    assert listed() == ids
    assert listed(ContextTypes=["Lead"]) == ids[:1]
    assert listed(ExcludeContextTypes=["Lead"]) == ids[1:]
    assert listed(CreatedBy=["aws"]) == []
    assert listed(ExcludeCreatedBy=["123456789012"]) == []
    assert listed(EngagementIdentifier=[ids[2]]) == ids[2:]
    assert listed(Sort={"SortBy": "CreatedDate", "SortOrder": "DESCENDING"}) == ids[::-1]
    page = drive("ListEngagements", Catalog="AWS", MaxResults=2)
    rest = drive("ListEngagements", Catalog="AWS", MaxResults=2, NextToken=page["NextToken"])
    assert [e["Id"] for e in page["EngagementSummaryList"] + rest["EngagementSummaryList"]] == ids
    assert page["EngagementSummaryList"][0]["ContextTypes"] == ["Lead"]
    assert (
        listed() == ids
        and drive("ListEngagements", Catalog="Sandbox")["EngagementSummaryList"] == []
    )

    invitation = received(drive, "AWS")[0]
    drive("AcceptEngagementInvitation", Catalog="AWS", Identifier=invitation["Id"])
    assert listed(CreatedBy=["aws"]) == [invitation["EngagementId"]]
    members = drive(
        "ListEngagementMembers", Catalog="AWS", Identifier=invitation["EngagementId"], MaxResults=1
    )
    assert [m["AccountId"] for m in members["EngagementMemberList"]] == ["aws"]
    second = drive(
        "ListEngagementMembers",
        Catalog="AWS",
        Identifier=invitation["EngagementId"],
        MaxResults=1,
        NextToken=members["NextToken"],
    )
    assert [m["AccountId"] for m in second["EngagementMemberList"]] == ["123456789012"]
