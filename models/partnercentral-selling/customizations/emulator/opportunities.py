"""Opportunities: create, read, replace, list, associate, submit for review, assign.

An opportunity is the record :func:`common.create_opportunity` makes (GetOpportunity's
output). What the API reference and the Partner Central developer guide say of them:

- CreateOpportunity is idempotent by ``ClientToken``: the same token with the same input
  answers the opportunity it made; with another input, ``ConflictException``;
- UpdateOpportunity replaces every member it takes ("If any field is omitted, the API
  assumes that the field is set to null") and refuses a ``LastModifiedDate`` that is not
  the opportunity's; the review status decides what may change;
- SubmitOpportunity sends a ``Pending Submission`` opportunity to AWS; the emulator's AWS
  then reviews it as time passes: ``Submitted``, ``In review`` after
  :data:`REVIEW_STEP_SECONDS`, ``Approved`` after as long again;
- every change moves ``LastModifiedDate`` forward (by at least a millisecond, so a stale
  copy is refused even when the emulator's clock is frozen) and sends
  ``Opportunity Updated``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from typed_aws_runtime.emulation.documents import Shapes
from typed_aws_runtime.emulation.routes import Call, Context, Routes, invalid

from .. import _emulator_model
from . import common

routes = Routes()

# Tags by resource ARN, as {Key: Value}: the tagging operations serve them from here.
TAGS = "tags"
# Per catalog: ClientToken -> {"Input": CreateOpportunity's input, "Id": the opportunity}.
CLIENT_TOKENS = "opportunity-client-tokens"
# ClientToken: "If you use the same client token, the API returns the following error:
# 'Conflicting client token submitted for a new request body.'"
TOKEN_CONFLICT = "Conflicting client token submitted for a new request body."

# How long each step of the emulated AWS review takes (Submitted -> In review -> Approved).
# The service publishes no durations: a minute each keeps tests short with advance().
REVIEW_STEP_SECONDS = 60.0
REVIEW_STEPS = {"Submitted": "In review", "In review": "Approved"}

# LifeCycle members AWS writes (ReviewStatus "is read-only"; the comments and reason are
# AWS's feedback): what a caller sends for them is ignored, the stored values are kept.
AWS_LIFE_CYCLE_MEMBERS = ("ReviewStatus", "ReviewComments", "ReviewStatusReason")
# ReviewStatus: "Submitted: ... (read-only)", "In Review: ... (read-only)",
# "Rejected: Disqualified (read-only)".
READ_ONLY_STATUSES = ("Submitted", "In review", "Rejected")
# ReviewStatus: "Only the following fields are editable when the Lifecycle.ReviewStatus is
# Action Required" (listed as the documentation lists them).
ACTION_REQUIRED_EDITABLE = (
    "Customer.Account.Address.City",
    "Customer.Account.Address.CountryCode",
    "Customer.Account.Address.PostalCode",
    "Customer.Account.Address.StateOrRegion",
    "Customer.Account.Address.StreetAddress",
    "Customer.Account.WebsiteUrl",
    "LifeCycle.TargetCloseDate",
    "Project.ExpectedMonthlyAWSRevenue.Amount",
    "Project.ExpectedMonthlyAWSRevenue.CurrencyCode",
    "Project.CustomerBusinessProblem",
    "PartnerOpportunityIdentifier",
)
# Stage: "A lead and a prospect must be further matured to a Qualified opportunity before
# submission. Opportunities that were closed/lost before submission aren't suitable for
# submission."
UNSUBMITTABLE_STAGES = ("Prospect", "Closed Lost")

# Per-opportunity association limits. Developer guide: "it is mandatory to associate at
# least one and up to ten Partner Solutions"; "Upto 20 AWS Products can be associated with
# an opportunity"; RelatedEntityIdentifiers.AwsMarketplaceOffers: "Takes one value per
# opportunity."
ASSOCIATION_LIMITS = {"Solutions": 10, "AwsProducts": 20, "AwsMarketplaceOffers": 1}

# The opportunity owner's title in OpportunityTeam (AssigneeContact.BusinessTitle: "Use
# the value PartnerAccountManager to update details of the opportunity owner").
OWNER_TITLE = "PartnerAccountManager"

# ListOpportunities' Sort.SortBy values: the value each sorts by.
_SORT_KEYS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "LastModifiedDate": lambda r: r["LastModifiedDate"],
    "CreatedDate": lambda r: r["CreatedDate"],
    "Identifier": lambda r: int(r["Id"][1:]),
    "CustomerCompanyName": lambda r: _company(r).casefold(),
    "TargetCloseDate": lambda r: (r.get("LifeCycle") or {}).get("TargetCloseDate") or "",
}
_SHAPES = Shapes(_emulator_model.SHAPES, "unixTimestamp")


def _update_members() -> tuple[str, ...]:
    """The opportunity members UpdateOpportunity replaces: those it takes, but its keys."""
    members = _emulator_model.SHAPES["UpdateOpportunityRequest"]["members"]
    return tuple(m for m in members if m not in ("Catalog", "Identifier", "LastModifiedDate"))


UPDATED_MEMBERS = _update_members()


def _company(record: dict[str, Any]) -> str:
    return str(((record.get("Customer") or {}).get("Account") or {}).get("CompanyName", ""))


def _touch(context: Context, record: dict[str, Any], at: float | None = None) -> None:
    """Record a change at ``at`` (now), later than the previous one, and send its event."""
    moment = context.now if at is None else at
    record["LastModifiedDate"] = round(max(moment, record["LastModifiedDate"] + 0.001), 3)
    context.emit(
        "Opportunity Updated",
        {
            "schemaVersion": "1",
            "catalog": record["Catalog"],
            "opportunity": {"identifier": record["Id"]},
        },
    )


def _opportunity(call: Call, member: str = "Identifier") -> dict[str, Any]:
    catalog = call.params["Catalog"]
    return common.find(call, catalog, common.OPPORTUNITIES, call.params[member], "opportunity")


def _check_rules(params: dict[str, Any], catalog: str) -> None:
    """The documented rules of an opportunity's members that the model cannot state."""
    # NationalSecurity: "This field must be set to true only when the customer's industry
    # is Government."
    industry = ((params.get("Customer") or {}).get("Account") or {}).get("Industry")
    if params.get("NationalSecurity") == "Yes" and industry != "Government":
        invalid("NationalSecurity", "can be Yes only when the customer's industry is Government")
    # Origin: "For all opportunities created with Catalog: AWS, this field must only be
    # Partner Referral."
    if catalog == "AWS" and params.get("Origin", "Partner Referral") != "Partner Referral":
        invalid("Origin", "must be Partner Referral in the AWS catalog")


@routes("CreateOpportunity")
def create_opportunity(call: Call) -> dict[str, Any]:
    """A new opportunity in ``Pending Submission``, or the one its ClientToken made."""
    params = call.params
    catalog = params["Catalog"]
    tokens = common.records(call, catalog, CLIENT_TOKENS)
    given = {key: value for key, value in params.items() if key != "ClientToken"}
    earlier = tokens.get(params["ClientToken"])
    if earlier is not None:
        if earlier["Input"] != json.loads(json.dumps(given)):
            common.conflict(TOKEN_CONFLICT)
        record = common.find(call, catalog, common.OPPORTUNITIES, earlier["Id"], "opportunity")
        return record
    _check_rules(params, catalog)
    # "Creating an opportunity sets Lifecycle.ReviewStatus to Pending Submission."
    life_cycle = {
        key: value
        for key, value in (params.get("LifeCycle") or {}).items()
        if key not in AWS_LIFE_CYCLE_MEMBERS
    }
    record = common.create_opportunity(call, catalog, {**params, "LifeCycle": life_cycle})
    tags = {tag["Key"]: tag["Value"] for tag in params.get("Tags") or []}
    if tags:
        call.table(TAGS)[record["Arn"]] = tags
    tokens[params["ClientToken"]] = {"Input": json.loads(json.dumps(given)), "Id": record["Id"]}
    return record


@routes("GetOpportunity")
def get_opportunity(call: Call) -> dict[str, Any]:
    """The opportunity as stored (its catalog's only)."""
    return _opportunity(call)


def _leaves(value: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """Every scalar of a document with its path (``Customer.Contacts[0].Email``)."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaves(item, f"{path}[{index}]")
    elif value is not None:
        yield path, value


def _check_action_required(record: dict[str, Any], replacement: dict[str, Any]) -> None:
    """Refuse a change to a member that Action Required does not let the partner edit."""
    old = dict(_leaves({member: record.get(member) for member in UPDATED_MEMBERS}))
    new = dict(_leaves(replacement))
    for path in sorted(old.keys() | new.keys()):
        if old.get(path) == new.get(path) or path.startswith("LifeCycle.Review"):
            continue
        if not any(path == p or path.startswith(p + ".") for p in ACTION_REQUIRED_EDITABLE):
            invalid(
                path,
                "cannot be changed while the review status is Action Required",
                "not_permitted",
            )


@routes("UpdateOpportunity")
def update_opportunity(call: Call) -> dict[str, Any]:
    """Replace the opportunity's members with the input's (omitted ones are cleared)."""
    params = call.params
    record = _opportunity(call)
    if abs(params["LastModifiedDate"] - record["LastModifiedDate"]) >= 0.0005:
        common.conflict(
            f"The opportunity {record['Id']} was modified after the LastModifiedDate given: "
            "read it again (GetOpportunity) and send the update with its LastModifiedDate."
        )
    status = record["LifeCycle"].get("ReviewStatus")
    if status in READ_ONLY_STATUSES:
        invalid(
            "LifeCycle.ReviewStatus",
            f"is {status}: the opportunity cannot be updated in this review status",
            "state",
        )
    _check_rules(params, record["Catalog"])
    kept = {k: v for k, v in record["LifeCycle"].items() if k in AWS_LIFE_CYCLE_MEMBERS}
    life_cycle = {
        **{k: v for k, v in (params.get("LifeCycle") or {}).items() if k not in kept},
        **kept,
    }
    replacement = {member: params.get(member) for member in UPDATED_MEMBERS}
    replacement["LifeCycle"] = life_cycle
    if status == "Action Required":
        _check_action_required(record, replacement)
        # "After updates, the opportunity re-enters the validation phase."
        life_cycle["ReviewStatus"] = "Submitted"
        record["_ReviewDue"] = call.now + REVIEW_STEP_SECONDS
    for member, value in replacement.items():
        if value is None:
            record.pop(member, None)
        else:
            record[member] = value
    _touch(call, record)
    return record


def _matches(record: dict[str, Any], params: dict[str, Any]) -> bool:
    """Whether the opportunity passes every filter of ListOpportunities' input."""
    life_cycle = record.get("LifeCycle") or {}
    if params.get("Identifier") and record["Id"] not in params["Identifier"]:
        return False
    if params.get("LifeCycleStage") and life_cycle.get("Stage") not in params["LifeCycleStage"]:
        return False
    statuses = params.get("LifeCycleReviewStatus")
    if statuses and life_cycle.get("ReviewStatus") not in statuses:
        return False
    # "by matching the provided company name string": the whole name, case aside.
    names = {name.casefold() for name in params.get("CustomerCompanyName") or []}
    if names and _company(record).casefold() not in names:
        return False
    # After includes its boundary ("opportunities created or updated on or after that date
    # and time"); Before is strictly before. The same for every date filter.
    ranges = (
        ("LastModifiedDate", record["LastModifiedDate"]),
        ("CreatedDate", record["CreatedDate"]),
        ("TargetCloseDate", life_cycle.get("TargetCloseDate")),
    )
    for member, value in ranges:
        bounds = params.get(member) or {}
        after, before = bounds.get(f"After{member}"), bounds.get(f"Before{member}")
        if (after is not None or before is not None) and value is None:
            return False
        if (after is not None and value < after) or (before is not None and value >= before):
            return False
    return True


@routes("ListOpportunities")
def list_opportunities(call: Call) -> dict[str, Any]:
    """The catalog's opportunities that pass every filter, sorted, one page.

    Sort defaults to LastModifiedDate ("The default Sort.SortBy value is
    LastModifiedDate"), newest first ("Default: Descending"); ties go by identifier in
    the same order, so pages neither repeat nor skip an opportunity; each page starts
    after the last one's key, so an update during the listing skips nothing either.
    """
    params = call.params
    sort = params.get("Sort") or {"SortBy": "LastModifiedDate", "SortOrder": "DESCENDING"}
    key = _SORT_KEYS[sort["SortBy"]]
    records = [r for r in common.records(call, params["Catalog"], common.OPPORTUNITIES).values()]
    descending = sort["SortOrder"] == "DESCENDING"

    def order(record: dict[str, Any]) -> tuple[Any, int]:
        return (key(record), int(record["Id"][1:]))

    matching = sorted((r for r in records if _matches(r, params)), key=order, reverse=descending)
    # Keyed pages: an opportunity updated while a client pages moves to the end of a list
    # sorted oldest change first, and must not push an unseen one into an earlier page.
    return call.page(matching, key=order, descending=descending)


def _related(call: Call) -> tuple[dict[str, Any], list[str], str]:
    """The opportunity, its list of the entity type's identifiers, and the identifier."""
    record = _opportunity(call, "OpportunityIdentifier")
    related = record.get("RelatedEntityIdentifiers") or {}
    identifiers = list(related.get(call.params["RelatedEntityType"]) or [])
    return record, identifiers, call.params["RelatedEntityIdentifier"]


def _store_related(call: Call, record: dict[str, Any], identifiers: list[str]) -> None:
    """Keep the entity type's new identifiers and record the change."""
    related = record.setdefault("RelatedEntityIdentifiers", {})
    related[call.params["RelatedEntityType"]] = identifiers
    _touch(call, record)


@routes("AssociateOpportunity")
def associate_opportunity(call: Call) -> None:
    """Add an entity to the opportunity's RelatedEntityIdentifiers (once), within limits."""
    kind = call.params["RelatedEntityType"]
    list_shape = _emulator_model.SHAPES["RelatedEntityIdentifiers"]["members"][kind]["target"]
    item_shape = _emulator_model.SHAPES[list_shape]["member"]
    problems = _SHAPES.problems(item_shape, call.params["RelatedEntityIdentifier"])
    if problems:
        invalid(
            "RelatedEntityIdentifier", f"is not an identifier of {kind}: {problems[0].message}"
        )
    record, identifiers, identifier = _related(call)
    if identifier in identifiers:
        return
    limit = ASSOCIATION_LIMITS.get(kind)
    if limit is not None and len(identifiers) >= limit:
        invalid(
            "RelatedEntityIdentifier",
            f"would be one {kind} too many: an opportunity takes at most {limit}",
            "too_many",
        )
    _store_related(call, record, [*identifiers, identifier])


@routes("DisassociateOpportunity")
def disassociate_opportunity(call: Call) -> None:
    """Remove an entity from the opportunity's RelatedEntityIdentifiers."""
    record, identifiers, identifier = _related(call)
    if identifier not in identifiers:
        common.not_found(f"{call.params['RelatedEntityType']} association of", identifier)
    _store_related(call, record, [i for i in identifiers if i != identifier])


def submission_refusal(record: dict[str, Any]) -> tuple[str, str] | None:
    """Why the opportunity cannot be submitted to AWS now: the field and the rule, or None.

    SubmitOpportunity refuses with it; StartEngagementFromOpportunityTask, which ends with
    SubmitOpportunity, fails with it.
    """
    life_cycle = record["LifeCycle"]
    if life_cycle.get("ReviewStatus") != "Pending Submission":
        return (
            "Identifier",
            f"is {life_cycle.get('ReviewStatus')}: only a Pending Submission opportunity "
            "can be submitted",
        )
    if life_cycle.get("Stage") in UNSUBMITTABLE_STAGES:
        return (
            "LifeCycle.Stage",
            f"is {life_cycle['Stage']}: an opportunity is submitted from Qualified on, "
            "and not once Closed Lost",
        )
    return None


def submit(context: Context, record: dict[str, Any], submission: dict[str, Any]) -> None:
    """Send the opportunity to AWS's review with the AwsSubmission ``submission``.

    The caller checked :func:`submission_refusal` first.
    """
    record["LifeCycle"]["ReviewStatus"] = "Submitted"
    record["_Submission"] = {
        "InvolvementType": submission["InvolvementType"],
        # Visibility: "Default value is Full."
        "Visibility": submission.get("Visibility", "Full"),
    }
    record["_ReviewDue"] = context.now + REVIEW_STEP_SECONDS
    _touch(context, record)


@routes("SubmitOpportunity")
def submit_opportunity(call: Call) -> None:
    """Send a Pending Submission opportunity to AWS for review (it becomes Submitted)."""
    record = _opportunity(call)
    refusal = submission_refusal(record)
    if refusal is not None:
        invalid(*refusal, "state")
    submit(call, record, call.params)


@routes.tick
def review(context: Context) -> None:
    """Move submitted opportunities through AWS's review as their steps fall due."""
    for _catalog, table in common.catalog_tables(context, common.OPPORTUNITIES):
        for record in table.values():
            life_cycle = record["LifeCycle"]
            while life_cycle.get("ReviewStatus") in REVIEW_STEPS and "_ReviewDue" in record:
                due = record["_ReviewDue"]
                if due > context.now:
                    break
                life_cycle["ReviewStatus"] = REVIEW_STEPS[life_cycle["ReviewStatus"]]
                if life_cycle["ReviewStatus"] in REVIEW_STEPS:
                    record["_ReviewDue"] = due + REVIEW_STEP_SECONDS
                else:
                    del record["_ReviewDue"]
                _touch(context, record, due)


@routes("AssignOpportunity")
def assign_opportunity(call: Call) -> None:
    """Make the assignee the opportunity's owner in its OpportunityTeam."""
    record = _opportunity(call)
    assignee = call.params["Assignee"]
    team = [
        member
        for member in record.get("OpportunityTeam") or []
        if member.get("BusinessTitle") != OWNER_TITLE and member.get("Email") != assignee["Email"]
    ]
    team_shape = _emulator_model.SHAPES["PartnerOpportunityTeamMembersList"]
    if len(team) >= team_shape["max"]:
        invalid("Assignee", f"cannot join a team of {team_shape['max']} members", "too_many")
    record["OpportunityTeam"] = [{**assignee, "BusinessTitle": OWNER_TITLE}, *team]
    _touch(call, record)


@routes("GetAwsOpportunitySummary")
def get_aws_opportunity_summary(call: Call) -> dict[str, Any]:
    """AWS's side of a submitted opportunity: how AWS takes part, its stage, its entities."""
    record = _opportunity(call, "RelatedOpportunityIdentifier")
    submission = record.get("_Submission")
    if submission is None:
        common.not_found("AWS opportunity related to the opportunity", record["Id"])
    life_cycle = record["LifeCycle"]
    return {
        "Catalog": record["Catalog"],
        "RelatedOpportunityId": record["Id"],
        "Origin": record["_Origin"],
        **submission,
        "LifeCycle": {
            "Stage": life_cycle.get("Stage"),
            "TargetCloseDate": life_cycle.get("TargetCloseDate"),
        },
        "RelatedEntityIds": record.get("RelatedEntityIdentifiers") or {},
    }
