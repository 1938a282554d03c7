"""The emulator's solutions, tags and selling-system settings, driven through the three clients.

Tagged resources are made in the state directly: opportunities with
``common.create_opportunity``, engagements as records (their operations are another
module's), snapshot jobs with CreateResourceSnapshotJob.
"""

from __future__ import annotations

from typing import Any

import pytest

from partnercentral_selling._emulator import common
from partnercentral_selling.emulator import Emulator
from tests.emulating import Driver, Refused, drive, emulator  # noqa: F401
from tests.test_emulator_snapshots import OPPORTUNITY, _context, engaged_opportunity

ACCOUNT = "123456789012"


def _ids(output: dict[str, Any]) -> list[str]:
    return [solution["Id"] for solution in output["SolutionSummaries"]]


def _all_solutions(drive: Driver, catalog: str, **filters: Any) -> list[dict[str, Any]]:
    """Every page of ListSolutions."""
    found: list[dict[str, Any]] = []
    page = drive("ListSolutions", Catalog=catalog, MaxResults=5, **filters)
    found += page["SolutionSummaries"]
    while "NextToken" in page:
        page = drive(
            "ListSolutions", Catalog=catalog, MaxResults=5, NextToken=page["NextToken"], **filters
        )
        found += page["SolutionSummaries"]
    return found


# -- solutions -----------------------------------------------------------------------------------


def test_the_seeded_catalog_lists_by_identifier_descending_in_pages(drive: Driver) -> None:
    first = drive("ListSolutions", Catalog="AWS")
    assert len(first["SolutionSummaries"]) == 20  # "Default: 20"
    solutions = _all_solutions(drive, "AWS")
    assert len(solutions) == 22
    identifiers = [s["Id"] for s in solutions]
    assert identifiers == sorted(identifiers, reverse=True)
    assert identifiers[:20] == _ids(first)
    for solution in solutions:
        assert solution["Catalog"] == "AWS"
        assert solution["Id"].startswith("S-")
        assert solution["Status"] in ("Active", "Inactive", "Draft")
        assert solution["Name"] and solution["Category"]
    sandbox = _all_solutions(drive, "Sandbox")
    assert len(sandbox) == 8
    assert not {s["Id"] for s in sandbox} & set(identifiers)


def test_solutions_filter_by_status_category_identifier_and_marketplace(drive: Driver) -> None:
    drafts = _all_solutions(drive, "AWS", Status=["Draft"])
    assert {s["Name"] for s in drafts} == {
        "Well-Architected Review Program",
        "Zero Trust Identity Gateway",
        "Observability Pack",
    }
    inactive_or_draft = _all_solutions(drive, "AWS", Status=["Draft", "Inactive"])
    assert len(inactive_or_draft) == 6
    managed = _all_solutions(drive, "AWS", Category=["Managed Service"], Status=["Active"])
    assert {s["Name"] for s in managed} == {
        "Managed Kubernetes Operations",
        "24x7 Database Administration",
        "Disaster Recovery as a Service",
    }
    picked = [drafts[0]["Id"], managed[0]["Id"]]
    assert {s["Id"] for s in _all_solutions(drive, "AWS", Identifier=picked)} == set(picked)
    on_marketplace = [s for s in _all_solutions(drive, "AWS") if "AwsMarketplaceSolutionArn" in s]
    assert len(on_marketplace) == 7
    arn = on_marketplace[0]["AwsMarketplaceSolutionArn"]
    assert _ids(drive("ListSolutions", Catalog="AWS", AwsMarketplaceSolutionArn=[arn])) == [
        on_marketplace[0]["Id"]
    ]
    assert drive("ListSolutions", Catalog="AWS", Identifier=["S-1"])["SolutionSummaries"] == []


def test_solutions_sort_by_each_attribute(drive: Driver) -> None:
    by_name = _all_solutions(drive, "AWS", Sort={"SortBy": "Name", "SortOrder": "ASCENDING"})
    assert by_name[0]["Name"] == "24x7 Database Administration"
    assert by_name[-1]["Name"] == "Zero Trust Identity Gateway"
    by_date = _all_solutions(
        drive, "AWS", Sort={"SortBy": "CreatedDate", "SortOrder": "DESCENDING"}
    )
    assert by_date[0]["Name"] == "Security Awareness Training"
    assert by_date[0]["CreatedDate"].isoformat() == "2025-03-24T00:00:00+00:00"
    by_status = _all_solutions(drive, "AWS", Sort={"SortBy": "Status", "SortOrder": "ASCENDING"})
    assert [s["Status"] for s in by_status] == ["Active"] * 16 + ["Draft"] * 3 + ["Inactive"] * 3
    by_category = _all_solutions(
        drive, "AWS", Sort={"SortBy": "Category", "SortOrder": "ASCENDING"}
    )
    assert by_category[0]["Category"] == "Communications Product"
    by_id = _all_solutions(drive, "AWS", Sort={"SortBy": "Identifier", "SortOrder": "ASCENDING"})
    assert [s["Id"] for s in by_id] == sorted(s["Id"] for s in by_id)


def test_a_page_token_belongs_to_its_filters(drive: Driver) -> None:
    page = drive("ListSolutions", Catalog="AWS", MaxResults=2)
    with pytest.raises(Refused) as refused:
        drive(
            "ListSolutions",
            Catalog="AWS",
            MaxResults=2,
            Status=["Active"],
            NextToken=page["NextToken"],
        )
    assert refused.value.code == "ValidationException"


# -- tags ----------------------------------------------------------------------------------------


def _opportunity_arn(emulator: Emulator, catalog: str = "AWS") -> str:
    identifier = common.create_opportunity(_context(emulator), catalog, dict(OPPORTUNITY))["Id"]
    return f"arn:aws:partnercentral:us-east-1:{ACCOUNT}:catalog/{catalog}/opportunity/{identifier}"


def _tags(drive: Driver, arn: str) -> dict[str, str]:
    listed = drive("ListTagsForResource", ResourceArn=arn)["Tags"]
    return {tag["Key"]: tag["Value"] for tag in listed}


def test_tags_round_trip_on_an_opportunity(drive: Driver, emulator: Emulator) -> None:
    arn = _opportunity_arn(emulator)
    assert _tags(drive, arn) == {}
    drive(
        "TagResource",
        ResourceArn=arn,
        Tags=[{"Key": "team", "Value": "east"}, {"Key": "tier", "Value": "1"}],
    )
    drive("TagResource", ResourceArn=arn, Tags=[{"Key": "tier", "Value": "2"}])
    assert _tags(drive, arn) == {"team": "east", "tier": "2"}
    drive("UntagResource", ResourceArn=arn, TagKeys=["tier", "absent"])
    assert _tags(drive, arn) == {"team": "east"}
    drive("UntagResource", ResourceArn=arn, TagKeys=["team"])
    assert _tags(drive, arn) == {}


def test_engagements_and_snapshot_jobs_take_tags(drive: Driver, emulator: Emulator) -> None:
    engagement, opportunity = engaged_opportunity(emulator)
    job = drive(
        "CreateResourceSnapshotJob",
        Catalog="Sandbox",
        ClientToken="tagged-job",
        EngagementIdentifier=engagement,
        ResourceType="Opportunity",
        ResourceIdentifier=opportunity,
        ResourceSnapshotTemplateIdentifier="OpportunitySummaryView",
        Tags=[{"Key": "owner", "Value": "ana"}],
    )
    assert _tags(drive, job["Arn"]) == {"owner": "ana"}
    engagement_arn = (
        f"arn:aws:partnercentral:us-east-1:{ACCOUNT}:catalog/Sandbox/engagement/{engagement}"
    )
    drive("TagResource", ResourceArn=engagement_arn, Tags=[{"Key": "deal", "Value": "big"}])
    assert _tags(drive, engagement_arn) == {"deal": "big"}
    assert _tags(drive, job["Arn"]) == {"owner": "ana"}


@pytest.mark.parametrize(
    "arn",
    [
        f"arn:aws:partnercentral:us-east-1:{ACCOUNT}:catalog/AWS/opportunity/O999999",
        f"arn:aws:partnercentral:us-east-1:{ACCOUNT}:catalog/AWS/solution/S-0000001",
        f"arn:aws:partnercentral:us-east-1:{ACCOUNT}:catalog/AWS/resource-snapshot-job/job-x",
    ],
)
def test_tagging_a_resource_that_is_not_there_is_refused(drive: Driver, arn: str) -> None:
    with pytest.raises(Refused) as refused:
        drive("TagResource", ResourceArn=arn, Tags=[{"Key": "k", "Value": "v"}])
    assert refused.value.code == "ResourceNotFoundException"


def test_an_arn_of_another_catalog_or_account_is_not_found(
    drive: Driver, emulator: Emulator
) -> None:
    arn = _opportunity_arn(emulator, "Sandbox")
    for other in (
        arn.replace("catalog/Sandbox", "catalog/AWS"),
        arn.replace(ACCOUNT, "210987654321"),
    ):
        with pytest.raises(Refused) as refused:
            drive("ListTagsForResource", ResourceArn=other)
        assert refused.value.code == "ResourceNotFoundException"


def test_a_resource_holds_at_most_200_tags(drive: Driver, emulator: Emulator) -> None:
    arn = _opportunity_arn(emulator)
    drive(
        "TagResource", ResourceArn=arn, Tags=[{"Key": f"k{i}", "Value": "v"} for i in range(150)]
    )
    with pytest.raises(Refused) as refused:
        drive(
            "TagResource",
            ResourceArn=arn,
            Tags=[{"Key": f"n{i}", "Value": "v"} for i in range(51)],
        )
    assert refused.value.code == "ValidationException"
    assert refused.value.fields["ErrorList"][0] == {
        "FieldName": "Tags",
        "Message": refused.value.fields["ErrorList"][0]["Message"],
        "Code": "TOO_MANY_VALUES",
    }
    assert len(_tags(drive, arn)) == 150
    drive("TagResource", ResourceArn=arn, Tags=[{"Key": f"n{i}", "Value": "v"} for i in range(50)])
    assert len(_tags(drive, arn)) == 200


def test_a_tag_key_over_the_models_length_is_refused(drive: Driver, emulator: Emulator) -> None:
    arn = _opportunity_arn(emulator)
    with pytest.raises(Refused) as refused:
        drive("TagResource", ResourceArn=arn, Tags=[{"Key": "k" * 129, "Value": "v"}])
    assert refused.value.code == "ValidationException"
    assert refused.value.fields["Reason"] == "REQUEST_VALIDATION_FAILED"


# -- settings ------------------------------------------------------------------------------------


def test_settings_round_trip_per_catalog(drive: Driver) -> None:
    assert drive("GetSellingSystemSettings", Catalog="AWS") == {"Catalog": "AWS"}
    put = drive(
        "PutSellingSystemSettings",
        Catalog="AWS",
        ResourceSnapshotJobRoleIdentifier="PartnerCentralSnapshotRole",
    )
    role = f"arn:aws:iam::{ACCOUNT}:role/PartnerCentralSnapshotRole"
    assert put == {"Catalog": "AWS", "ResourceSnapshotJobRoleArn": role}
    assert drive("GetSellingSystemSettings", Catalog="AWS") == put
    assert drive("GetSellingSystemSettings", Catalog="Sandbox") == {"Catalog": "Sandbox"}
    other = "arn:aws:iam::210987654321:role/jobs/SnapshotRole"
    drive("PutSellingSystemSettings", Catalog="Sandbox", ResourceSnapshotJobRoleIdentifier=other)
    sandbox = drive("GetSellingSystemSettings", Catalog="Sandbox")
    assert sandbox["ResourceSnapshotJobRoleArn"] == other
    assert drive("GetSellingSystemSettings", Catalog="AWS")["ResourceSnapshotJobRoleArn"] == role
