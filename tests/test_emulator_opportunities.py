"""The emulator's opportunities (``customizations/emulator/opportunities.py``), driven by
the sync, async and boto3 clients alike: create and read back, idempotent creates, the
full-replace update and its stale-copy conflict, every ListOpportunities filter and sort
with paging, associations and their limits, the review after submission, assignment, the
AWS summary, the events of every change, the two catalogs kept apart, and the package's
read-modify-write helper against the emulator.
"""

from __future__ import annotations

import asyncio
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from partnercentral_selling.commands import CreateOpportunityCommand
from partnercentral_selling.emulator import Emulator
from partnercentral_selling.events import OpportunityCreated, OpportunityUpdated, parse_event
from partnercentral_selling.shapes import UpdateOpportunityRequest
from tests.emulating import START, Driver, Refused, drive, emulator  # noqa: F401
from tests.populate import populate

MODEL = json.loads(
    (
        Path(__file__).resolve().parent.parent
        / "models/partnercentral-selling/2022-07-26/service-2.json"
    ).read_text()
)
SOLUTION = "S-1234567"
OFFER = "arn:aws:aws-marketplace:us-east-1:999999999999:AWSMarketplace/Offer/offer-abc"
# Values the model's patterns take, for the members whose populated text they refuse.
VALID = {
    "Customer.Account.AwsAccountId": "111122223333",
    "Customer.Account.Address.PostalCode": "98101",
    "Customer.Account.Duns": "123456789",
    "Customer.Account.Industry": "Government",  # NationalSecurity Yes needs it
    "Project.RelatedOpportunityIdentifier": "O7654321",
    "SoftwareRevenue.Value.Amount": "2500.50",
    "SoftwareRevenue.EffectiveDate": "2026-02-01",
    "SoftwareRevenue.ExpirationDate": "2027-02-01",
    "LifeCycle.TargetCloseDate": "2026-06-30",
}


def _put(document: Any, path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for name in parents:
        document = document[name]
    document[last] = value


def populated(token: str) -> dict[str, Any]:
    """CreateOpportunity's input with every member set (the model's patterns obeyed)."""
    value: dict[str, Any] = populate(MODEL["shapes"], "CreateOpportunityRequest")
    value.update(Catalog="Sandbox", ClientToken=token, Origin="Partner Referral")
    for path, text in VALID.items():
        _put(value, path, text)
    for people in (value["Customer"]["Contacts"], value["OpportunityTeam"]):
        for index, person in enumerate(people):
            person.update(Email=f"person{index}@example.com", Phone=f"+1206555010{index}")
    for index, spend in enumerate(value["Project"]["ExpectedCustomerSpend"]):
        spend.update(
            Amount=f"{index + 1}000",
            EstimationUrl="https://calculator.aws/#/estimate?id=" + "a" * 40,
        )
    value["Tags"] = [{"Key": "team", "Value": "east"}, {"Key": "tier", "Value": "gold"}]
    return value


def create(drive: Driver, token: str, catalog: str = "Sandbox", **members: Any) -> str:
    """A minimal opportunity's id (customer ``members`` and LifeCycle may be given)."""
    params = {"Customer": {"Account": {"CompanyName": "Acme"}}, **members}
    return drive("CreateOpportunity", Catalog=catalog, ClientToken=token, **params)["Id"]


def get(drive: Driver, identifier: str, catalog: str = "Sandbox") -> dict[str, Any]:
    return drive("GetOpportunity", Catalog=catalog, Identifier=identifier)


def events_of(emulator: Emulator) -> list[Any]:
    """The events the emulator sends from now on, parsed by the package's events module."""
    received: list[Any] = []
    emulator.events.subscribe(lambda event: received.append(parse_event(dict(event))))
    return received


def changes(received: list[Any]) -> list[tuple[str, str, str]]:
    return [
        (type(e).__name__, e.detail.catalog, e.detail.opportunity.identifier) for e in received
    ]


def test_a_fully_populated_opportunity_reads_back_as_created(
    drive: Driver, emulator: Emulator
) -> None:
    received = events_of(emulator)
    given = populated("full")
    given["LifeCycle"]["ReviewStatus"] = "Approved"  # read-only: creating sets Pending Submission
    created = drive("CreateOpportunity", **given)
    assert created["PartnerOpportunityIdentifier"] == given["PartnerOpportunityIdentifier"]
    assert created["LastModifiedDate"] == datetime.fromtimestamp(START, timezone.utc)

    read = get(drive, created["Id"])
    expected = {k: v for k, v in given.items() if k not in ("ClientToken", "Tags", "Origin")}
    expected["LifeCycle"] = {
        **{k: v for k, v in given["LifeCycle"].items() if not k.startswith("Review")},
        "ReviewStatus": "Pending Submission",
    }
    for key, value in expected.items():
        assert read[key] == value, key
    assert read["Arn"].endswith(f":catalog/Sandbox/opportunity/{created['Id']}")
    assert read["CreatedDate"] == read["LastModifiedDate"] == created["LastModifiedDate"]
    assert read["RelatedEntityIdentifiers"] == {}
    assert emulator.store.tables["tags"][read["Arn"]] == {"team": "east", "tier": "gold"}
    assert changes(received) == [("OpportunityCreated", "Sandbox", created["Id"])]
    assert isinstance(received[0], OpportunityCreated) and received[0].resources == []


def test_create_is_idempotent_by_client_token(drive: Driver, emulator: Emulator) -> None:
    received = events_of(emulator)
    first = drive("CreateOpportunity", **populated("same"))
    emulator.advance(5)
    again = drive("CreateOpportunity", **populated("same"))
    assert again == first
    assert len(drive("ListOpportunities", Catalog="Sandbox")["OpportunitySummaries"]) == 1
    other = populated("same")
    other["Project"]["Title"] = "Another project"
    with pytest.raises(Refused) as refused:
        drive("CreateOpportunity", **other)
    assert refused.value.code == "ConflictException"
    assert "Conflicting client token" in refused.value.fields["Message"]
    assert len(received) == 1


def test_update_replaces_the_whole_opportunity(drive: Driver, emulator: Emulator) -> None:
    identifier = drive("CreateOpportunity", **populated("replace"))["Id"]
    before = get(drive, identifier)
    received = events_of(emulator)
    emulator.advance(30)
    updated = drive(
        "UpdateOpportunity",
        Catalog="Sandbox",
        Identifier=identifier,
        LastModifiedDate=before["LastModifiedDate"],
        Customer={"Account": {"CompanyName": "Renamed Inc"}},
        LifeCycle={"Stage": "Qualified"},
    )
    assert updated["LastModifiedDate"] == before["LastModifiedDate"] + timedelta(seconds=30)
    after = get(drive, identifier)
    assert after["Customer"] == {"Account": {"CompanyName": "Renamed Inc"}}
    assert after["LifeCycle"] == {"Stage": "Qualified", "ReviewStatus": "Pending Submission"}
    for omitted in ("Project", "Marketing", "SoftwareRevenue", "PartnerOpportunityIdentifier"):
        assert omitted not in after, omitted
    # Not UpdateOpportunity's to change: the team and the creation date stay.
    assert after["OpportunityTeam"] == before["OpportunityTeam"]
    assert after["CreatedDate"] == before["CreatedDate"]
    assert changes(received) == [("OpportunityUpdated", "Sandbox", identifier)]

    with pytest.raises(Refused) as stale:
        drive(
            "UpdateOpportunity",
            Catalog="Sandbox",
            Identifier=identifier,
            LastModifiedDate=before["LastModifiedDate"],
            Customer={"Account": {"CompanyName": "Lost write"}},
        )
    assert stale.value.code == "ConflictException"
    assert get(drive, identifier)["Customer"]["Account"]["CompanyName"] == "Renamed Inc"
    assert len(received) == 1


def test_two_changes_at_one_instant_still_conflict(drive: Driver) -> None:
    identifier = create(drive, "instant")
    stamp = get(drive, identifier)["LastModifiedDate"]
    drive("UpdateOpportunity", Catalog="Sandbox", Identifier=identifier, LastModifiedDate=stamp)
    with pytest.raises(Refused) as stale:
        drive(
            "UpdateOpportunity", Catalog="Sandbox", Identifier=identifier, LastModifiedDate=stamp
        )
    assert stale.value.code == "ConflictException"


def test_documented_rules_of_the_members(drive: Driver) -> None:
    with pytest.raises(Refused) as national:
        create(drive, "n", NationalSecurity="Yes")
    assert national.value.fields["ErrorList"][0]["FieldName"] == "NationalSecurity"
    with pytest.raises(Refused) as origin:
        create(drive, "o", catalog="AWS", Origin="AWS Referral")
    assert origin.value.fields["ErrorList"][0]["FieldName"] == "Origin"
    assert create(drive, "s", Origin="AWS Referral")  # the Sandbox simulates AWS referrals


def _many(drive: Driver, emulator: Emulator) -> list[str]:
    """45 opportunities, one a second, with companies, stages and close dates in turn."""
    identifiers = []
    for number in range(45):
        identifiers.append(
            create(
                drive,
                f"many-{number}",
                Customer={"Account": {"CompanyName": ["Acme", "Globex", "Initech"][number % 3]}},
                LifeCycle={
                    "Stage": ["Prospect", "Qualified"][number % 2],
                    "TargetCloseDate": f"2026-{1 + number % 12:02d}-15",
                },
            )
        )
        emulator.advance(1)
    return identifiers


def _all_pages(drive: Driver, **params: Any) -> list[str]:
    identifiers: list[str] = []
    token: dict[str, str] = {}
    while True:
        page = drive("ListOpportunities", Catalog="Sandbox", MaxResults=10, **params, **token)
        assert len(page["OpportunitySummaries"]) <= 10
        identifiers += [item["Id"] for item in page["OpportunitySummaries"]]
        if "NextToken" not in page:
            return identifiers
        token = {"NextToken": page["NextToken"]}


def test_list_filters_sorts_and_pages(drive: Driver, emulator: Emulator) -> None:
    made = _many(drive, emulator)
    newest_first = _all_pages(drive)
    assert newest_first == made[::-1]  # LastModifiedDate, descending: the default
    oldest_first = _all_pages(drive, Sort={"SortBy": "LastModifiedDate", "SortOrder": "ASCENDING"})
    assert oldest_first == made
    by_id = _all_pages(drive, Sort={"SortBy": "Identifier", "SortOrder": "DESCENDING"})
    assert by_id == sorted(made, key=lambda i: int(i[1:]), reverse=True)
    by_created = _all_pages(drive, Sort={"SortBy": "CreatedDate", "SortOrder": "ASCENDING"})
    assert by_created == made
    by_company = _all_pages(
        drive, Sort={"SortBy": "CustomerCompanyName", "SortOrder": "ASCENDING"}
    )
    assert by_company == made[0::3] + made[1::3] + made[2::3]
    by_close = _all_pages(drive, Sort={"SortBy": "TargetCloseDate", "SortOrder": "DESCENDING"})
    months = [(i % 12, i) for i in range(45)]
    assert by_close == [made[i] for _, i in sorted(months, reverse=True)]

    first = datetime.fromtimestamp(START, timezone.utc)
    after = _all_pages(
        drive, LastModifiedDate={"AfterLastModifiedDate": first + timedelta(seconds=40)}
    )
    assert after == made[40:][::-1]  # the boundary included
    before = _all_pages(
        drive, LastModifiedDate={"BeforeLastModifiedDate": first + timedelta(seconds=3)}
    )
    assert before == made[:3][::-1]  # strictly before
    created = _all_pages(
        drive,
        CreatedDate={
            "AfterCreatedDate": first + timedelta(seconds=10),
            "BeforeCreatedDate": first + timedelta(seconds=12),
        },
    )
    assert created == made[10:12][::-1]
    closing = _all_pages(
        drive,
        TargetCloseDate={
            "AfterTargetCloseDate": "2026-11-15",
            "BeforeTargetCloseDate": "2026-12-16",
        },
    )
    assert sorted(closing) == sorted(made[i] for i in range(45) if i % 12 in (10, 11))
    assert _all_pages(drive, Identifier=[made[3], made[7]]) == [made[7], made[3]]
    assert _all_pages(drive, LifeCycleStage=["Qualified"]) == made[1::2][::-1]
    assert _all_pages(drive, CustomerCompanyName=["globex"]) == made[1::3][::-1]
    assert _all_pages(drive, LifeCycleReviewStatus=["Submitted"]) == []
    assert len(_all_pages(drive, LifeCycleReviewStatus=["Pending Submission"])) == 45
    combined = _all_pages(drive, CustomerCompanyName=["Acme"], LifeCycleStage=["Prospect"])
    assert combined == made[0::6][::-1]

    summary = drive("ListOpportunities", Catalog="Sandbox", Identifier=[made[0]])
    item = summary["OpportunitySummaries"][0]
    assert item["Customer"] == {"Account": {"CompanyName": "Acme"}}
    assert item["LifeCycle"]["TargetCloseDate"] == "2026-01-15"
    assert item["Catalog"] == "Sandbox" and item["Arn"].endswith(made[0])


def test_catalogs_are_kept_apart(drive: Driver) -> None:
    sandbox = create(drive, "apart")
    real = create(drive, "apart", catalog="AWS")
    assert sandbox != real
    with pytest.raises(Refused) as missing:
        get(drive, sandbox, catalog="AWS")
    assert missing.value.code == "ResourceNotFoundException"
    listed = drive("ListOpportunities", Catalog="AWS")["OpportunitySummaries"]
    assert [item["Id"] for item in listed] == [real]


def _associate(
    drive: Driver, identifier: str, kind: str, entity: str, verb: str = "Associate"
) -> None:
    drive(
        f"{verb}Opportunity",
        Catalog="Sandbox",
        OpportunityIdentifier=identifier,
        RelatedEntityType=kind,
        RelatedEntityIdentifier=entity,
    )


def test_associations_and_their_limits(drive: Driver, emulator: Emulator) -> None:
    identifier = create(drive, "assoc")
    received = events_of(emulator)
    for number in range(10):
        _associate(drive, identifier, "Solutions", f"S-{number}")
    for number in range(20):
        _associate(drive, identifier, "AwsProducts", f"Product{number}")
    _associate(drive, identifier, "AwsMarketplaceOffers", OFFER)
    for kind, entity in (
        ("Solutions", "S-99"),
        ("AwsProducts", "One-more"),
        ("AwsMarketplaceOffers", OFFER + "2"),
    ):
        with pytest.raises(Refused) as over:
            _associate(drive, identifier, kind, entity)
        assert over.value.fields["ErrorList"][0]["Code"] == "TOO_MANY_VALUES", kind
    with pytest.raises(Refused) as malformed:
        _associate(drive, identifier, "AwsMarketplaceOfferSets", "not-an-arn")
    assert malformed.value.fields["ErrorList"][0]["FieldName"] == "RelatedEntityIdentifier"
    related = get(drive, identifier)["RelatedEntityIdentifiers"]
    assert related["Solutions"] == [f"S-{n}" for n in range(10)]
    assert len(related["AwsProducts"]) == 20 and related["AwsMarketplaceOffers"] == [OFFER]
    assert len(received) == 31

    _associate(drive, identifier, "Solutions", "S-3", "Disassociate")
    assert "S-3" not in get(drive, identifier)["RelatedEntityIdentifiers"]["Solutions"]
    _associate(drive, identifier, "Solutions", SOLUTION)  # room again
    with pytest.raises(Refused) as absent:
        _associate(drive, identifier, "Solutions", "S-3", "Disassociate")
    assert absent.value.code == "ResourceNotFoundException"
    assert changes(received[-2:]) == [("OpportunityUpdated", "Sandbox", identifier)] * 2


def test_submission_and_review_over_time(drive: Driver, emulator: Emulator) -> None:
    identifier = create(drive, "review", LifeCycle={"Stage": "Qualified"})
    with pytest.raises(Refused) as early:
        drive(
            "GetAwsOpportunitySummary", Catalog="Sandbox", RelatedOpportunityIdentifier=identifier
        )
    assert early.value.code == "ResourceNotFoundException"
    received = events_of(emulator)
    submit = {"Catalog": "Sandbox", "Identifier": identifier, "InvolvementType": "Co-Sell"}
    drive("SubmitOpportunity", **submit)
    assert get(drive, identifier)["LifeCycle"]["ReviewStatus"] == "Submitted"
    with pytest.raises(Refused) as twice:
        drive("SubmitOpportunity", **submit)
    assert twice.value.fields["ErrorList"][0]["Code"] == "INVALID_RESOURCE_STATE"
    stamp = get(drive, identifier)["LastModifiedDate"]
    with pytest.raises(Refused) as locked:
        drive(
            "UpdateOpportunity", Catalog="Sandbox", Identifier=identifier, LastModifiedDate=stamp
        )
    assert locked.value.fields["ErrorList"][0]["Code"] == "INVALID_RESOURCE_STATE"

    emulator.advance(59)
    assert get(drive, identifier)["LifeCycle"]["ReviewStatus"] == "Submitted"
    emulator.advance(1)
    assert get(drive, identifier)["LifeCycle"]["ReviewStatus"] == "In review"
    emulator.advance(60)
    approved = get(drive, identifier)
    assert approved["LifeCycle"]["ReviewStatus"] == "Approved"
    assert approved["LastModifiedDate"] == datetime.fromtimestamp(START + 120, timezone.utc)
    assert changes(received) == [("OpportunityUpdated", "Sandbox", identifier)] * 3
    assert all(isinstance(event, OpportunityUpdated) for event in received)

    summary = drive(
        "GetAwsOpportunitySummary", Catalog="Sandbox", RelatedOpportunityIdentifier=identifier
    )
    assert summary["RelatedOpportunityId"] == identifier
    assert (summary["InvolvementType"], summary["Visibility"]) == ("Co-Sell", "Full")
    assert summary["Origin"] == "Partner Referral" and summary["LifeCycle"]["Stage"] == "Qualified"
    # Approved is editable again.
    drive(
        "UpdateOpportunity",
        Catalog="Sandbox",
        Identifier=identifier,
        LastModifiedDate=approved["LastModifiedDate"],
        LifeCycle={"Stage": "Committed"},
    )


def test_a_prospect_is_not_submitted(drive: Driver) -> None:
    identifier = create(drive, "prospect")
    with pytest.raises(Refused) as refused:
        drive(
            "SubmitOpportunity",
            Catalog="Sandbox",
            Identifier=identifier,
            InvolvementType="Co-Sell",
        )
    assert refused.value.fields["ErrorList"][0]["FieldName"] == "LifeCycle.Stage"


def test_action_required_allows_only_the_documented_fields(
    drive: Driver, emulator: Emulator
) -> None:
    identifier = create(drive, "action", LifeCycle={"Stage": "Qualified"})
    record = emulator.store.tables["Sandbox/opportunities"][identifier]
    record["LifeCycle"]["ReviewStatus"] = "Action Required"  # what AWS's review would set
    stamp = get(drive, identifier)["LastModifiedDate"]
    with pytest.raises(Refused) as refused:
        drive(
            "UpdateOpportunity",
            Catalog="Sandbox",
            Identifier=identifier,
            LastModifiedDate=stamp,
            Customer={"Account": {"CompanyName": "Other"}},
            LifeCycle={"Stage": "Qualified"},
        )
    assert refused.value.fields["ErrorList"][0]["FieldName"] == "Customer.Account.CompanyName"
    drive(
        "UpdateOpportunity",
        Catalog="Sandbox",
        Identifier=identifier,
        LastModifiedDate=stamp,
        Customer={"Account": {"CompanyName": "Acme", "WebsiteUrl": "https://acme.example.com"}},
        LifeCycle={"Stage": "Qualified", "TargetCloseDate": "2026-09-30"},
    )
    assert get(drive, identifier)["LifeCycle"]["ReviewStatus"] == "Submitted"  # re-validated


def test_assign_makes_the_assignee_owner(drive: Driver, emulator: Emulator) -> None:
    team = [
        {
            "Email": "old@example.com",
            "FirstName": "Old",
            "LastName": "Owner",
            "BusinessTitle": "PartnerAccountManager",
        },
        {
            "Email": "dev@example.com",
            "FirstName": "Dev",
            "LastName": "Eloper",
            "BusinessTitle": "Engineer",
        },
    ]
    identifier = create(drive, "assign", OpportunityTeam=team)
    received = events_of(emulator)
    assignee = {
        "Email": "new@example.com",
        "FirstName": "New",
        "LastName": "Owner",
        "BusinessTitle": "Sales",
    }
    drive("AssignOpportunity", Catalog="Sandbox", Identifier=identifier, Assignee=assignee)
    assert get(drive, identifier)["OpportunityTeam"] == [
        {**assignee, "BusinessTitle": "PartnerAccountManager"},
        team[1],
    ]
    assert changes(received) == [("OpportunityUpdated", "Sandbox", identifier)]
    with pytest.raises(Refused) as missing:
        drive("AssignOpportunity", Catalog="AWS", Identifier=identifier, Assignee=assignee)
    assert missing.value.code == "ResourceNotFoundException"


def _retitle(request: UpdateOpportunityRequest) -> UpdateOpportunityRequest:
    assert request.project is not None
    request.project.title = "Retitled"
    return request


def test_modify_retries_after_a_concurrent_update(emulator: Emulator) -> None:
    """The helper's write meets the other writer's change, reads again and keeps both."""
    client = emulator.client(max_attempts=1)
    identifier = client.send(CreateOpportunityCommand(populated("modify"))).id
    attempts: list[str] = []

    def change(request: UpdateOpportunityRequest) -> UpdateOpportunityRequest:
        if not attempts:  # between the helper's read and its write
            client.modify_opportunity(_retitle, catalog="Sandbox", identifier=identifier)
        attempts.append("x")
        assert request.life_cycle is not None
        request.life_cycle.next_steps = "Call the CFO"
        return request

    client.modify_opportunity(change, catalog="Sandbox", identifier=identifier)
    assert len(attempts) == 2
    after = client.get_opportunity(catalog="Sandbox", identifier=identifier)
    assert after.project is not None and after.project.title == "Retitled"
    assert after.life_cycle is not None and after.life_cycle.next_steps == "Call the CFO"
    assert after.marketing is not None  # nothing the helper did not touch was cleared

    async def modify_async() -> None:
        async with emulator.aio_client(max_attempts=1) as aio:
            await aio.modify_opportunity(_retitle, catalog="Sandbox", identifier=identifier)

    asyncio.run(modify_async())
