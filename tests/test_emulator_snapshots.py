"""The emulator's resource snapshots and snapshot jobs, driven through the three clients.

The engagement and its association with an opportunity are written straight into the
emulator's state (:func:`engaged_opportunity`): the operations that make them are another
module's. Opportunities are made with ``common.create_opportunity``, as every module does.
"""

from __future__ import annotations

from typing import Any

import pytest

from partnercentral_selling._emulator import common
from typed_aws_runtime.emulation.routes import Context
from partnercentral_selling.emulator import Emulator
from partnercentral_selling.events import EngagementResourceSnapshotCreated, parse_event
from tests.emulating import START, Driver, Refused, drive, emulator  # noqa: F401

TEMPLATE = "OpportunitySummaryView"
PARTNER = "999988887777"  # another member of the engagement
OPPORTUNITY = {
    "OpportunityType": "Net New Business",
    "PrimaryNeedsFromAws": ["Co-Sell - Technical Consultation"],
    "LifeCycle": {"TargetCloseDate": "2026-06-30", "NextSteps": "Run the pilot"},
    "Customer": {
        "Account": {
            "CompanyName": "Example Corp",
            "Industry": "Software and Internet",
            "WebsiteUrl": "https://example.com",
            "Address": {"CountryCode": "US", "PostalCode": "98101"},
        }
    },
    "Project": {
        "Title": "Data platform",
        "CustomerBusinessProblem": "Their reports take a day to run.",
        "CustomerUseCase": "Business Intelligence & Data Warehousing",
        "DeliveryModels": ["SaaS or PaaS"],
        "SalesActivities": ["Initialized discussions with customer"],
        "ExpectedCustomerSpend": [
            {
                "Amount": "2500",
                "CurrencyCode": "USD",
                "Frequency": "Monthly",
                "TargetCompany": "AWS",
            }
        ],
    },
    "OpportunityTeam": [
        {"Email": "ana@partner.example", "FirstName": "Ana", "BusinessTitle": "OpportunityOwner"}
    ],
}


def _context(emulator: Emulator) -> Context:
    return Context(
        emulator.store,
        emulator.clock.now(),
        emulator.account_id,
        emulator.region,
        lambda *event: None,
    )


def engaged_opportunity(
    emulator: Emulator, catalog: str = "Sandbox", engagement: str = "eng-abcdefgh012345"
) -> tuple[str, str]:
    """An opportunity associated with a new engagement (with a partner member), in the state."""
    context = _context(emulator)
    opportunity = common.create_opportunity(context, catalog, dict(OPPORTUNITY))
    common.records(context, catalog, common.ENGAGEMENTS)[engagement] = {
        "Id": engagement,
        "Arn": common.arn(context, catalog, f"engagement/{engagement}"),
        "Title": "Data platform co-sell",
        "Description": "Selling the data platform together",
        "CreatedAt": context.now,
        "CreatedBy": emulator.account_id,
        "MemberCount": 2,
        "_Members": [
            {"AccountId": emulator.account_id, "CompanyName": "Us"},
            {"AccountId": PARTNER, "CompanyName": "Them"},
        ],
    }
    key = f"{engagement}/Opportunity/{opportunity['Id']}"
    common.records(context, catalog, common.RESOURCE_ASSOCIATIONS)[key] = {
        "Catalog": catalog,
        "EngagementId": engagement,
        "ResourceType": "Opportunity",
        "ResourceId": opportunity["Id"],
        "CreatedBy": emulator.account_id,
    }
    return engagement, opportunity["Id"]


def change_opportunity(emulator: Emulator, catalog: str, identifier: str, stage: str) -> None:
    """What an update does to the record: a new stage and a new LastModifiedDate."""
    record = common.records(_context(emulator), catalog, common.OPPORTUNITIES)[identifier]
    record["LifeCycle"]["Stage"] = stage
    record["LastModifiedDate"] = emulator.clock.now()


def _about(
    drive: Driver, operation: str, engagement: str, opportunity: str, **more: Any
) -> dict[str, Any]:
    """Call ``operation`` on the engagement's opportunity with the template, in Sandbox."""
    return drive(
        operation,
        Catalog="Sandbox",
        EngagementIdentifier=engagement,
        ResourceType="Opportunity",
        ResourceIdentifier=opportunity,
        ResourceSnapshotTemplateIdentifier=TEMPLATE,
        **more,
    )


def _snapshot(drive: Driver, engagement: str, opportunity: str, **more: Any) -> dict[str, Any]:
    return _about(drive, "CreateResourceSnapshot", engagement, opportunity, **more)


def _get(drive: Driver, engagement: str, opportunity: str, **more: Any) -> dict[str, Any]:
    return _about(drive, "GetResourceSnapshot", engagement, opportunity, **more)


def _job(drive: Driver, engagement: str, opportunity: str, **more: Any) -> dict[str, Any]:
    return _about(drive, "CreateResourceSnapshotJob", engagement, opportunity, **more)


# -- snapshots -----------------------------------------------------------------------------------


def test_a_snapshot_holds_the_templates_view_of_the_opportunity(
    drive: Driver, emulator: Emulator
) -> None:
    engagement, opportunity = engaged_opportunity(emulator)
    created = _snapshot(drive, engagement, opportunity, ClientToken="s1")
    assert created["Revision"] == 1
    assert created["Arn"] == (
        f"arn:aws:partnercentral:us-east-1::catalog/Sandbox/engagement/{engagement}"
        f"/resource/Opportunity/{opportunity}/template/OpportunitySummaryView/snapshot/1"
    )
    got = _get(drive, engagement, opportunity)
    assert got["Arn"] == created["Arn"]
    assert got["CreatedAt"].timestamp() == START
    assert (got["CreatedBy"], got["EngagementId"], got["ResourceId"]) == (
        "123456789012",
        engagement,
        opportunity,
    )
    assert got["TargetMemberAccounts"] == [PARTNER]
    view = got["Payload"]["OpportunitySummary"]
    assert view["OpportunityType"] == "Net New Business"
    assert view["Lifecycle"] == {
        "TargetCloseDate": "2026-06-30",
        "ReviewStatus": "Pending Submission",
        "Stage": "Prospect",
        "NextSteps": "Run the pilot",
    }
    assert view["Customer"]["Account"]["CompanyName"] == "Example Corp"
    assert view["OpportunityTeam"][0]["Email"] == "ana@partner.example"
    assert view["PrimaryNeedsFromAws"] == ["Co-Sell - Technical Consultation"]
    # ProjectView shares the delivery, spend and use case, not the title or the problem.
    assert view["Project"] == {
        "DeliveryModels": ["SaaS or PaaS"],
        "ExpectedCustomerSpend": OPPORTUNITY["Project"]["ExpectedCustomerSpend"],
        "CustomerUseCase": "Business Intelligence & Data Warehousing",
        "SalesActivities": ["Initialized discussions with customer"],
    }


def test_revisions_count_up_and_stay_as_taken(drive: Driver, emulator: Emulator) -> None:
    engagement, opportunity = engaged_opportunity(emulator)
    assert _snapshot(drive, engagement, opportunity, ClientToken="a")["Revision"] == 1
    change_opportunity(emulator, "Sandbox", opportunity, "Qualified")
    assert _snapshot(drive, engagement, opportunity, ClientToken="b")["Revision"] == 2
    latest = _get(drive, engagement, opportunity)
    first = _get(drive, engagement, opportunity, Revision=1)
    assert latest["Revision"] == 2
    assert latest["Payload"]["OpportunitySummary"]["Lifecycle"]["Stage"] == "Qualified"
    assert first["Payload"]["OpportunitySummary"]["Lifecycle"]["Stage"] == "Prospect"
    with pytest.raises(Refused) as refused:
        _get(drive, engagement, opportunity, Revision=3)
    assert refused.value.code == "ResourceNotFoundException"


def test_a_client_token_answers_its_first_call_again(drive: Driver, emulator: Emulator) -> None:
    engagement, opportunity = engaged_opportunity(emulator)
    first = _snapshot(drive, engagement, opportunity, ClientToken="same")
    assert _snapshot(drive, engagement, opportunity, ClientToken="same") == first
    listed = drive("ListResourceSnapshots", Catalog="Sandbox", EngagementIdentifier=engagement)
    assert len(listed["ResourceSnapshotSummaries"]) == 1
    with pytest.raises(Refused) as refused:
        drive(
            "CreateResourceSnapshot",
            Catalog="Sandbox",
            EngagementIdentifier=engagement,
            ResourceType="Opportunity",
            ResourceIdentifier="O42",
            ResourceSnapshotTemplateIdentifier=TEMPLATE,
            ClientToken="same",
        )
    assert refused.value.code == "ConflictException"


def test_a_snapshot_needs_an_associated_opportunity_and_a_known_template(
    drive: Driver, emulator: Emulator
) -> None:
    engagement, opportunity = engaged_opportunity(emulator)
    loose = common.create_opportunity(_context(emulator), "Sandbox", dict(OPPORTUNITY))["Id"]
    with pytest.raises(Refused) as refused:
        _snapshot(drive, engagement, loose, ClientToken="x1")
    assert refused.value.code == "ValidationException"
    assert refused.value.fields["ErrorList"][0]["FieldName"] == "ResourceIdentifier"
    assert refused.value.fields["ErrorList"][0]["Code"] == "ACTION_NOT_PERMITTED"
    with pytest.raises(Refused) as refused:
        drive(
            "CreateResourceSnapshot",
            Catalog="Sandbox",
            EngagementIdentifier=engagement,
            ResourceType="Opportunity",
            ResourceIdentifier=opportunity,
            ResourceSnapshotTemplateIdentifier="NoSuchView",
            ClientToken="x2",
        )
    assert refused.value.fields["ErrorList"][0]["FieldName"] == (
        "ResourceSnapshotTemplateIdentifier"
    )
    for missing in ("eng-zzzzzzzzzzzzzz", engagement):
        with pytest.raises(Refused) as refused:
            other = opportunity if missing != engagement else "O999"
            _snapshot(drive, missing, other, ClientToken=f"x-{missing}")
        assert refused.value.code == "ResourceNotFoundException"


def test_snapshots_list_by_filter_and_page(drive: Driver, emulator: Emulator) -> None:
    engagement, first = engaged_opportunity(emulator)
    _, second = engaged_opportunity(emulator, engagement=engagement)
    for token in ("1", "2", "3"):
        _snapshot(drive, engagement, first, ClientToken=f"first-{token}")
    _snapshot(drive, engagement, second, ClientToken="second")
    listed = drive("ListResourceSnapshots", Catalog="Sandbox", EngagementIdentifier=engagement)
    assert len(listed["ResourceSnapshotSummaries"]) == 4
    only_first = drive(
        "ListResourceSnapshots",
        Catalog="Sandbox",
        EngagementIdentifier=engagement,
        ResourceIdentifier=first,
        MaxResults=2,
    )
    assert [s["Revision"] for s in only_first["ResourceSnapshotSummaries"]] == [1, 2]
    rest = drive(
        "ListResourceSnapshots",
        Catalog="Sandbox",
        EngagementIdentifier=engagement,
        ResourceIdentifier=first,
        MaxResults=2,
        NextToken=only_first["NextToken"],
    )
    assert [s["Revision"] for s in rest["ResourceSnapshotSummaries"]] == [3]
    assert "NextToken" not in rest
    summary = rest["ResourceSnapshotSummaries"][0]
    assert (summary["ResourceId"], summary["ResourceSnapshotTemplateName"]) == (first, TEMPLATE)
    nobody = drive(
        "ListResourceSnapshots",
        Catalog="Sandbox",
        EngagementIdentifier=engagement,
        CreatedBy=PARTNER,
    )
    assert nobody["ResourceSnapshotSummaries"] == []


def test_the_snapshot_event_is_the_captured_one(drive: Driver, emulator: Emulator) -> None:
    received: list[dict[str, Any]] = []
    emulator.events.subscribe(received.append)
    engagement, opportunity = engaged_opportunity(emulator)
    created = _snapshot(drive, engagement, opportunity, ClientToken="ev")
    (event,) = [e for e in received if e["detail-type"] == "Engagement Resource Snapshot Created"]
    parsed = parse_event(event)
    assert isinstance(parsed, EngagementResourceSnapshotCreated)
    assert parsed.resources == [
        f"arn:aws:partnercentral:us-east-1::catalog/Sandbox/engagement/{engagement}"
    ]
    assert parsed.detail.catalog == "Sandbox"
    assert parsed.detail.schema_version == "1"
    snapshot = parsed.detail.resource_snapshot
    assert (snapshot.arn, snapshot.engagement_id, snapshot.resource_id) == (
        created["Arn"],
        engagement,
        opportunity,
    )
    assert (snapshot.resource_type, snapshot.created_by) == ("Opportunity", "123456789012")


def test_catalogs_keep_their_snapshots_apart(drive: Driver, emulator: Emulator) -> None:
    engagement, opportunity = engaged_opportunity(emulator)
    _snapshot(drive, engagement, opportunity, ClientToken="sb")
    with pytest.raises(Refused) as refused:
        drive("ListResourceSnapshots", Catalog="AWS", EngagementIdentifier=engagement)
    assert refused.value.code == "ResourceNotFoundException"


# -- snapshot jobs -----------------------------------------------------------------------------


def test_a_running_job_snapshots_each_change_of_the_opportunity(
    drive: Driver, emulator: Emulator
) -> None:
    engagement, opportunity = engaged_opportunity(emulator)
    job = _job(drive, engagement, opportunity, ClientToken="j1")
    assert job["Id"].startswith("job-")
    got = drive(
        "GetResourceSnapshotJob", Catalog="Sandbox", ResourceSnapshotJobIdentifier=job["Id"]
    )
    assert got["Status"] == "Stopped"
    assert got["Arn"] == job["Arn"]
    assert (got["EngagementId"], got["ResourceId"], got["ResourceSnapshotTemplateName"]) == (
        engagement,
        opportunity,
        TEMPLATE,
    )
    assert "LastSuccessfulExecutionDate" not in got
    drive("StartResourceSnapshotJob", Catalog="Sandbox", ResourceSnapshotJobIdentifier=job["Id"])
    assert _get(drive, engagement, opportunity)["Revision"] == 1  # the first run
    emulator.advance(60)
    assert _get(drive, engagement, opportunity)["Revision"] == 1  # nothing changed
    change_opportunity(emulator, "Sandbox", opportunity, "Technical Validation")
    emulator.advance(60)
    latest = _get(drive, engagement, opportunity)
    assert latest["Revision"] == 2
    assert latest["Payload"]["OpportunitySummary"]["Lifecycle"]["Stage"] == (
        "Technical Validation"
    )
    got = drive(
        "GetResourceSnapshotJob", Catalog="Sandbox", ResourceSnapshotJobIdentifier=job["Id"]
    )
    assert got["LastSuccessfulExecutionDate"].timestamp() == START + 120
    drive("StopResourceSnapshotJob", Catalog="Sandbox", ResourceSnapshotJobIdentifier=job["Id"])
    change_opportunity(emulator, "Sandbox", opportunity, "Committed")
    emulator.advance(60)
    assert _get(drive, engagement, opportunity)["Revision"] == 2  # a stopped job waits


def test_job_states_rule_start_stop_and_delete(drive: Driver, emulator: Emulator) -> None:
    engagement, opportunity = engaged_opportunity(emulator)
    job = _job(drive, engagement, opportunity, ClientToken="j2")["Id"]
    ids = {"Catalog": "Sandbox", "ResourceSnapshotJobIdentifier": job}
    with pytest.raises(Refused) as refused:
        drive("StopResourceSnapshotJob", **ids)
    assert refused.value.fields["ErrorList"][0]["Code"] == "INVALID_RESOURCE_STATE"
    drive("StartResourceSnapshotJob", **ids)
    with pytest.raises(Refused) as refused:
        drive("StartResourceSnapshotJob", **ids)
    assert refused.value.fields["ErrorList"][0]["Code"] == "INVALID_RESOURCE_STATE"
    with pytest.raises(Refused) as refused:
        drive("DeleteResourceSnapshotJob", **ids)
    assert refused.value.code == "ConflictException"
    drive("StopResourceSnapshotJob", **ids)
    drive("DeleteResourceSnapshotJob", **ids)
    with pytest.raises(Refused) as refused:
        drive("GetResourceSnapshotJob", **ids)
    assert refused.value.code == "ResourceNotFoundException"


def test_one_job_per_resource_and_template(drive: Driver, emulator: Emulator) -> None:
    engagement, opportunity = engaged_opportunity(emulator)
    first = _job(drive, engagement, opportunity, ClientToken="k1")
    assert _job(drive, engagement, opportunity, ClientToken="k1") == first
    with pytest.raises(Refused) as refused:
        _job(drive, engagement, opportunity, ClientToken="k2")
    assert refused.value.code == "ConflictException"


def test_jobs_list_by_engagement_and_status_sorted_and_paged(
    drive: Driver, emulator: Emulator
) -> None:
    engagements = ["eng-aaaaaaaaaaaaa1", "eng-aaaaaaaaaaaaa2", "eng-aaaaaaaaaaaaa3"]
    jobs = []
    for engagement in engagements:
        _, opportunity = engaged_opportunity(emulator, engagement=engagement)
        jobs.append(_job(drive, engagement, opportunity, ClientToken=engagement)["Id"])
        emulator.advance(10)
    drive("StartResourceSnapshotJob", Catalog="Sandbox", ResourceSnapshotJobIdentifier=jobs[1])
    newest_first = drive("ListResourceSnapshotJobs", Catalog="Sandbox")
    assert [j["Id"] for j in newest_first["ResourceSnapshotJobSummaries"]] == jobs[::-1]
    oldest_first = drive(
        "ListResourceSnapshotJobs",
        Catalog="Sandbox",
        Sort={"SortBy": "CreatedDate", "SortOrder": "ASCENDING"},
        MaxResults=2,
    )
    assert [j["Id"] for j in oldest_first["ResourceSnapshotJobSummaries"]] == jobs[:2]
    rest = drive(
        "ListResourceSnapshotJobs",
        Catalog="Sandbox",
        Sort={"SortBy": "CreatedDate", "SortOrder": "ASCENDING"},
        MaxResults=2,
        NextToken=oldest_first["NextToken"],
    )
    assert [j["Id"] for j in rest["ResourceSnapshotJobSummaries"]] == jobs[2:]
    running = drive("ListResourceSnapshotJobs", Catalog="Sandbox", Status="Running")
    assert running["ResourceSnapshotJobSummaries"] == [
        {
            "Id": jobs[1],
            "Arn": running["ResourceSnapshotJobSummaries"][0]["Arn"],
            "EngagementId": engagements[1],
            "Status": "Running",
        }
    ]
    by_engagement = drive(
        "ListResourceSnapshotJobs", Catalog="Sandbox", EngagementIdentifier=engagements[2]
    )
    assert [j["Id"] for j in by_engagement["ResourceSnapshotJobSummaries"]] == [jobs[2]]
    assert drive("ListResourceSnapshotJobs", Catalog="AWS")["ResourceSnapshotJobSummaries"] == []
