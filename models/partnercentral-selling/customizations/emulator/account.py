"""What the partner account holds besides its deals: solutions, tags, selling-system settings.

Solutions are the partner's offerings registered in Partner Central, seeded
in both catalogs (the API only lists them). Tags are kept by resource ARN in
one table for every catalog: the ARN names its catalog. Settings are one
record per catalog.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any

from typed_aws_runtime.emulation.routes import Call, Context, Routes, invalid

from . import common, snapshots

routes = Routes()

SOLUTIONS = "solutions"  # Id -> SolutionBase, per catalog
SETTINGS = "settings"  # "selling-system" -> GetSellingSystemSettings' output, per catalog
TAGS = "tags"  # one table for all catalogs: the resource record's ARN -> {Key: Value}

# The tags a resource can hold: TagResource takes and ListTagsForResource answers a TagList,
# which "Array Members: Maximum number of 200 items" bounds (the documentation gives no other).
MAX_TAGS_PER_RESOURCE = 200
# "Default Sort.SortBy is Identifier." and SortOrder: "The default is Descending."
DEFAULT_SOLUTION_SORT = {"SortBy": "Identifier", "SortOrder": "DESCENDING"}
_SORT_KEYS = {
    "Identifier": "Id",
    "Name": "Name",
    "Status": "Status",
    "Category": "Category",
    "CreatedDate": "CreatedDate",
}

# The seeded solutions: name, status, category ("Valid values: Software Product | Consulting
# Service | Hardware Product | ... | Training Service"), created on, on AWS Marketplace.
_SOLUTIONS = (
    ("Cloud Migration Factory", "Active", "Consulting Service", "2023-02-14", False),
    ("DataLake Accelerator", "Active", "Software Product", "2023-03-02", True),
    ("Managed Kubernetes Operations", "Active", "Managed Service", "2023-04-19", False),
    ("SecureEdge Firewall Appliance", "Inactive", "Hardware Product", "2023-05-07", False),
    ("Contact Center Modernization", "Active", "Professional Service", "2023-06-21", False),
    ("GenAI Document Insights", "Active", "Software Product", "2023-08-09", True),
    ("SAP on AWS Landing Zone", "Active", "Consulting Service", "2023-09-12", False),
    ("Well-Architected Review Program", "Draft", "Consulting Service", "2023-10-30", False),
    ("Unified Communications Suite", "Active", "Communications Product", "2023-11-15", True),
    ("FinOps Cost Optimizer", "Active", "Software Product", "2024-01-08", True),
    ("24x7 Database Administration", "Active", "Managed Service", "2024-02-26", False),
    ("Cloud Practitioner Bootcamp", "Active", "Training Service", "2024-03-18", False),
    ("IoT Fleet Telemetry", "Inactive", "Software Product", "2024-04-04", True),
    ("Mainframe Modernization Assessment", "Active", "Professional Service", "2024-05-22", False),
    ("Reseller Support Bundle", "Active", "Distribution Service", "2024-06-10", False),
    ("Zero Trust Identity Gateway", "Draft", "Software Product", "2024-07-29", False),
    ("Serverless Analytics Starter", "Active", "Software Product", "2024-09-03", True),
    ("Disaster Recovery as a Service", "Active", "Managed Service", "2024-10-14", False),
    ("Edge Video Encoder", "Active", "Hardware Product", "2024-11-20", False),
    (
        "M&A Cloud Integration Advisory",
        "Active",
        "Merger and Acquisition Advising Service",
        "2025-01-13",
        False,
    ),
    ("Observability Pack", "Draft", "Software Product", "2025-02-17", True),
    ("Security Awareness Training", "Inactive", "Training Service", "2025-03-24", False),
)
# Sandbox: a catalog for tests, seeded with a smaller set under other identifiers.
_SANDBOX_SOLUTIONS = 8
_ARN = re.compile(r"arn:[^:]+:partnercentral:[^:]*:(\d{12}):catalog/([a-zA-Z]+)/([^/]+)/([^/]+)")
# The ARN kinds that can be tagged, and where their records are (the ARN's catalog).
_TAGGABLE = {
    "opportunity": (common.OPPORTUNITIES, "opportunity"),
    "engagement": (common.ENGAGEMENTS, "engagement"),
    "resource-snapshot-job": (snapshots.RESOURCE_SNAPSHOT_JOBS, "resource snapshot job"),
}


@routes.seed
def _seed_solutions(context: Context) -> None:
    """The partner's solutions: the whole list in AWS, its first few in Sandbox."""
    for catalog, rows, first in (
        ("AWS", _SOLUTIONS, 4_102_310),
        ("Sandbox", _SOLUTIONS[:_SANDBOX_SOLUTIONS], 9_000_101),
    ):
        table = common.records(context, catalog, SOLUTIONS)
        for offset, (name, status, category, created, marketplace) in enumerate(rows):
            identifier = f"S-{first + offset * 37:07d}"
            solution: dict[str, Any] = {
                "Catalog": catalog,
                "Id": identifier,
                # The model's SolutionArn takes the pattern S-[0-9]{1,19}: the identifier.
                "Arn": identifier,
                "Name": name,
                "Status": status,
                "Category": category,
                "CreatedDate": datetime.fromisoformat(created)
                .replace(tzinfo=timezone.utc)
                .timestamp(),
            }
            if marketplace:
                solution["AwsMarketplaceSolutionArn"] = (
                    f"arn:aws:aws-marketplace:{context.region}:{context.account_id}"
                    f":AWSMarketplace/SaaSProduct/prod-{identifier[2:]}"
                )
            table[identifier] = solution


@routes("ListSolutions")
def list_solutions(call: Call) -> dict[str, Any]:
    """The catalog's solutions by identifier, status, category and Marketplace ARN, sorted."""
    params = call.params
    filters = {
        "Id": params.get("Identifier"),
        "Status": params.get("Status"),
        "Category": params.get("Category"),
        "AwsMarketplaceSolutionArn": params.get("AwsMarketplaceSolutionArn"),
    }
    sort = params.get("Sort") or DEFAULT_SOLUTION_SORT
    field = _SORT_KEYS[sort["SortBy"]]
    solutions = sorted(
        (
            solution
            for solution in common.records(call, params["Catalog"], SOLUTIONS).values()
            if all(not wanted or solution.get(key) in wanted for key, wanted in filters.items())
        ),
        key=lambda solution: (solution[field], solution["Id"]),
        reverse=sort["SortOrder"] == "DESCENDING",
    )
    return call.page(solutions)


# --- tags -------------------------------------------------------------------------------------


def _tagged_arn(call: Call) -> str:
    """The ARN of the record ``ResourceArn`` names (its catalog and kind from the ARN)."""
    given = call.params["ResourceArn"]
    match = _ARN.fullmatch(given)
    kind = _TAGGABLE.get(match.group(3)) if match else None
    if match is None or kind is None or match.group(1) != call.account_id:
        common.not_found("resource", given)
    record = common.find(call, match.group(2), kind[0], match.group(4), kind[1])
    arn: str = record["Arn"]
    return arn


@routes("TagResource")
def tag_resource(call: Call) -> None:
    """Add tags to a resource (a key it has takes the new value), up to its limit."""
    arn = _tagged_arn(call)
    tags = call.table(TAGS).get(arn, {})
    new = {tag["Key"]: tag["Value"] for tag in call.params["Tags"]}
    if len({**tags, **new}) > MAX_TAGS_PER_RESOURCE:
        invalid(
            "Tags",
            f"a resource holds at most {MAX_TAGS_PER_RESOURCE} tags; it would hold "
            f"{len({**tags, **new})}",
            "too_many",
        )
    call.table(TAGS)[arn] = {**tags, **new}


@routes("UntagResource")
def untag_resource(call: Call) -> None:
    """Remove tags by key from a resource (a key it lacks is ignored)."""
    arn = _tagged_arn(call)
    tags = call.table(TAGS).get(arn, {})
    kept = {k: v for k, v in tags.items() if k not in call.params["TagKeys"]}
    if kept:
        call.table(TAGS)[arn] = kept
    else:
        call.table(TAGS).pop(arn, None)


@routes("ListTagsForResource")
def list_tags_for_resource(call: Call) -> dict[str, Any]:
    """The resource's tags (an empty list when it has none)."""
    tags = call.table(TAGS).get(_tagged_arn(call), {})
    return {"Tags": [{"Key": key, "Value": value} for key, value in tags.items()]}


# --- selling-system settings ------------------------------------------------------------------


def _settings(call: Call) -> dict[str, Any]:
    catalog = call.params["Catalog"]
    table = common.records(call, catalog, SETTINGS)
    settings: dict[str, Any] = table.setdefault("selling-system", {"Catalog": catalog})
    return settings


@routes("GetSellingSystemSettings")
def get_selling_system_settings(call: Call) -> dict[str, Any]:
    """The catalog's settings: the IAM role resource snapshot jobs run as, once set."""
    return _settings(call)


@routes("PutSellingSystemSettings")
def put_selling_system_settings(call: Call) -> dict[str, Any]:
    """Set the role of resource snapshot jobs: a role ARN, or a role name of this account."""
    settings = _settings(call)
    role = call.params.get("ResourceSnapshotJobRoleIdentifier")
    if role is not None:
        if not role.startswith("arn:"):
            role = f"arn:aws:iam::{call.account_id}:role/{role}"
        settings["ResourceSnapshotJobRoleArn"] = role
    return settings
