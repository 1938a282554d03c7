"""Engagements and engagement invitations: AWS invites the partner, the partner answers.

An engagement is a shared space of AWS and partners; its members see its
contexts (a customer project, a lead) and the resources associated with it.
AWS invites a partner with an engagement invitation (seeded here, so a new
emulator has referrals to accept); accepting makes the partner a member,
rejecting closes it, and a pending one expires after
:data:`INVITATION_EXPIRY_DAYS`. The partner can create engagements, add and
update their contexts and invite others. The asynchronous tasks that build on
these are in :mod:`.tasks`; the helpers they share are here (idempotency by
``ClientToken``, members, associations, events).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from typed_aws_runtime.emulation.routes import Call, Context, Routes, fail, invalid

from . import common

routes = Routes()

# "Invitations will automatically expire if not accepted within 15 days."
# (ListEngagementInvitations, EngagementIdentifier)
INVITATION_EXPIRY_DAYS = 15
DAY = 86_400.0
# "This array contains a maximum of 10 members" (GetEngagementInvitation, ExistingMembers).
MAX_EXISTING_MEMBERS = 10
# EngagementContexts: "min 0, max 5" contexts per engagement (the model's list length).
MAX_CONTEXTS = 5
# LeadContext.Interactions holds at most 10 interactions (the model's list length).
MAX_LEAD_INTERACTIONS = 10
# The engagement member AWS itself is: its account shows as "aws" ("CreatedBy": "aws" and
# "targetMemberAccounts": [..., "aws"] in the documented events).
AWS_ACCOUNT = "aws"
AWS_MEMBER = {
    "AccountId": AWS_ACCOUNT,
    "CompanyName": "Amazon Web Services",
    "WebsiteUrl": "https://aws.amazon.com",
}
# The emulated partner's company as members and invitations show it.
PARTNER_COMPANY_NAME = "Example Partner"
PARTNER_WEBSITE = "https://partner.example.com"

PENDING, ACCEPTED, REJECTED, EXPIRED = "PENDING", "ACCEPTED", "REJECTED", "EXPIRED"
RECEIVER, SENDER = "RECEIVER", "SENDER"
OPPORTUNITY_INVITATION = "OpportunityInvitation"


# --- shared helpers (used by .tasks) ----------------------------------------------


def iso(moment: float, fraction: bool = False) -> str:
    """``moment`` as the events write times: ISO 8601 UTC, to the second or the millisecond.

    Engagement events give seconds (``2023-04-18T18:20:15Z``), an invitation's
    expirationDate a fraction (``2031-03-08T01:50:25.685385312Z``).
    """
    text = datetime.fromtimestamp(moment, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")
    return (text[:-3] if fraction else text[:-7]) + "Z"


def wanted(params: dict[str, Any], fields: dict[str, str]) -> dict[str, list[Any]]:
    """The filters a List call gives: input member -> record field, each a list of values."""
    return {
        field: value if isinstance(value, list) else [value]
        for member, field in fields.items()
        if (value := params.get(member)) is not None
    }


def matches(record: dict[str, Any], filters: dict[str, list[Any]]) -> bool:
    """Whether ``record`` has one of the wanted values of each filter (:func:`wanted`)."""
    return all(record.get(field) in values for field, values in filters.items())


def sort_by(items: list[dict[str, Any]], sort: dict[str, Any] | None, field: str) -> None:
    """Order ``items`` by ``field`` as ``sort`` asks (oldest first when it is absent)."""
    items.sort(
        key=lambda item: (item.get(field) or 0, item["Id"] if "Id" in item else item["TaskId"]),
        reverse=bool(sort and sort["SortOrder"] == "DESCENDING"),
    )


def partner_member(context: Context) -> dict[str, Any]:
    """The emulated partner as an engagement member."""
    return {
        "AccountId": context.account_id,
        "CompanyName": PARTNER_COMPANY_NAME,
        "WebsiteUrl": PARTNER_WEBSITE,
    }


def is_member(context: Context, engagement: dict[str, Any]) -> bool:
    return any(m["AccountId"] == context.account_id for m in engagement["_Members"])


def member_engagement(call: Call, identifier: str) -> dict[str, Any]:
    """The engagement ``identifier`` of the call's catalog, if the caller is its member.

    "This action is restricted to members of the Engagement" (ListEngagementMembers):
    another's engagement answers AccessDeniedException.
    """
    engagement = common.find(
        call, call.params["Catalog"], common.ENGAGEMENTS, identifier, "engagement"
    )
    if not is_member(call, engagement):
        fail(
            "AccessDeniedException",
            f"Your account is not a member of the engagement {engagement['Id']}.",
        )
    return engagement


def add_member(context: Context, catalog: str, engagement: dict[str, Any]) -> None:
    """Make the partner a member of ``engagement``; emits Engagement Member Added."""
    if is_member(context, engagement):
        return
    member = partner_member(context)
    engagement["_Members"].append(member)
    engagement["MemberCount"] = len(engagement["_Members"])
    context.emit(
        "Engagement Member Added",
        {
            "catalog": catalog,
            "engagement": {"id": engagement["Id"]},
            "engagementMember": {
                "accountId": member["AccountId"],
                "companyName": member["CompanyName"],
            },
        },
        [engagement["Arn"]],
    )


def new_engagement(
    context: Context,
    catalog: str,
    title: str,
    description: str,
    contexts: list[dict[str, Any]],
    creator: dict[str, Any],
) -> dict[str, Any]:
    """A new engagement of ``creator`` (its only member); emits Engagement Created."""
    identifier = context.new_id("eng-", 14)
    engagement = {
        "Id": identifier,
        "Arn": common.arn(context, catalog, f"engagement/{identifier}"),
        "Title": title,
        "Description": description,
        "CreatedAt": context.now,
        "CreatedBy": creator["AccountId"],
        "ModifiedAt": context.now,
        "ModifiedBy": creator["AccountId"],
        "Contexts": [{**item, "Id": str(number)} for number, item in enumerate(contexts, start=1)],
        "MemberCount": 1,
        "_Members": [creator],
        "_NextContext": len(contexts) + 1,
    }
    common.records(context, catalog, common.ENGAGEMENTS)[identifier] = engagement
    context.emit(
        "Engagement Created",
        {
            "catalog": catalog,
            "engagement": {
                "engagementArn": engagement["Arn"],
                "engagementId": identifier,
                "CreatedAt": iso(context.now),
                "CreatedBy": creator["AccountId"],
                "ContextTypes": [item["Type"] for item in contexts],
            },
        },
        [engagement["Arn"]],
    )
    return engagement


def associate(context: Context, catalog: str, engagement_id: str, opportunity_id: str) -> None:
    """Record that the partner's opportunity ``opportunity_id`` is in the engagement."""
    common.records(context, catalog, common.RESOURCE_ASSOCIATIONS)[
        f"{engagement_id}/Opportunity/{opportunity_id}"
    ] = {
        "Catalog": catalog,
        "EngagementId": engagement_id,
        "ResourceType": "Opportunity",
        "ResourceId": opportunity_id,
        "CreatedBy": context.account_id,
    }


def invitation_event(
    context: Context, detail_type: str, invitation: dict[str, Any], created: bool = False
) -> None:
    """Emit ``detail_type`` (Engagement Invitation ...) about ``invitation``."""
    receiver = invitation["Receiver"]["Account"]["AwsAccountId"]
    reference = {
        "arn": invitation["Arn"],
        "id": invitation["Id"],
        "engagementId": invitation["EngagementId"],
        "senderAccountId": invitation["SenderAwsAccountId"],
        "receiverAccountId": receiver,
        "participantType": invitation["_ParticipantType"],
        "payloadType": invitation["PayloadType"],
    }
    if created:
        reference["senderCompanyName"] = invitation["SenderCompanyName"]
        reference["expirationDate"] = iso(invitation["ExpirationDate"], fraction=True)
    context.emit(
        detail_type,
        {
            "schemaVersion": "1.0",
            "catalog": invitation["Catalog"],
            "engagementInvitation": reference,
        },
        [invitation["Arn"]],
    )


def find_invitation(context: Context, catalog: str, identifier: str) -> dict[str, Any]:
    """The invitation ``identifier``: its id, or an ARN of either form the service gives.

    The events and GetEngagementInvitation give ``arn:aws:partnercentral:<region>::catalog/
    <catalog>/engagement-invitation/<id>``; CreateEngagementInvitation answers the
    model's EngagementInvitationArn form (``arn:aws:partnercentral::<account>:<catalog>/
    engagement-invitation/<id>``). Either names the id as its last part.
    """
    if identifier.startswith("arn:"):
        if "/engagement-invitation/" not in identifier:
            common.not_found("engagement invitation", identifier)
        identifier = identifier.rsplit("/", 1)[1]
    return common.find(context, catalog, common.INVITATIONS, identifier, "engagement invitation")


def payload_type(payload: dict[str, Any]) -> str:
    """Which payload an invitation carries (its one member), else the call is refused."""
    kinds = [kind for kind in payload if payload[kind] is not None]
    if len(kinds) != 1:
        invalid(
            "Invitation.Payload",
            "must hold exactly one of OpportunityInvitation, LeadInvitation, "
            "AccountPlanningInvitation",
        )
    return kinds[0]


def new_invitation(
    context: Context,
    catalog: str,
    engagement: dict[str, Any],
    invitation: dict[str, Any],
    sender: dict[str, Any],
    participant: str,
) -> dict[str, Any]:
    """A PENDING invitation to ``engagement`` from ``sender``; emits Engagement Invitation Created.

    ``invitation`` is CreateEngagementInvitation's Invitation; ``participant`` is the
    role of the emulated partner in it (RECEIVER for AWS's referrals).
    """
    identifier = context.new_id("engi-", 13)
    record = {
        "Id": identifier,
        "Arn": common.arn(context, catalog, f"engagement-invitation/{identifier}"),
        "Catalog": catalog,
        "PayloadType": payload_type(invitation["Payload"]),
        "Payload": invitation["Payload"],
        "EngagementId": engagement["Id"],
        "EngagementTitle": engagement["Title"],
        "EngagementDescription": engagement["Description"],
        "ExistingMembers": [
            {"CompanyName": m["CompanyName"], "WebsiteUrl": m["WebsiteUrl"]}
            for m in engagement["_Members"][:MAX_EXISTING_MEMBERS]
        ],
        "Status": PENDING,
        "InvitationDate": context.now,
        "ExpirationDate": context.now + INVITATION_EXPIRY_DAYS * DAY,
        "SenderAwsAccountId": sender["AccountId"],
        "SenderCompanyName": sender["CompanyName"],
        "Receiver": invitation["Receiver"],
        "InvitationMessage": invitation["Message"],
        "_ParticipantType": participant,
    }
    common.records(context, catalog, common.INVITATIONS)[identifier] = record
    invitation_event(context, "Engagement Invitation Created", record, created=True)
    return record


def accept(context: Context, catalog: str, invitation: dict[str, Any]) -> None:
    """Accept ``invitation`` (checked PENDING): the partner joins its engagement."""
    invitation["Status"] = ACCEPTED
    invitation_event(context, "Engagement Invitation Accepted", invitation)
    engagement = common.records(context, catalog, common.ENGAGEMENTS).get(
        invitation["EngagementId"]
    )
    if engagement is not None:
        add_member(context, catalog, engagement)


def answerable(invitation: dict[str, Any]) -> str | None:
    """Why the partner cannot accept or reject ``invitation`` now, or None if it can."""
    if invitation["_ParticipantType"] != RECEIVER:
        return f"The invitation {invitation['Id']} was sent by you; only its receiver answers it."
    if invitation["Status"] != PENDING:
        return (
            f"The invitation {invitation['Id']} is {invitation['Status']}: "
            f"only a {PENDING} invitation can be accepted or rejected."
        )
    return None


# --- seed and time ----------------------------------------------------------------

# AWS's referrals in a new emulator: (customer, industry, website, country, title, days ago).
_SEEDS = (
    ("AnyCompany Logistics", "Transportation and Logistics", "https://logistics.example.com",
     "US", "Fleet telemetry data lake", 1),
    ("Example Health Group", "Healthcare", "https://health.example.org",
     "DE", "Patient portal modernization", 3),
    ("Octank Retail", "Retail", "https://octank.example.com",
     "JP", "Serverless e-commerce checkout", 5),
)  # fmt: skip


@routes.seed
def seed_invitations(context: Context) -> None:
    """AWS's engagements and PENDING opportunity invitations to the partner, in both catalogs."""
    for catalog in common.CATALOGS:
        for company, industry, website, country, title, days_ago in _SEEDS:
            engagement = new_engagement(
                context,
                catalog,
                title[:40],
                f"AWS referral: {title} for {company}.",
                [],
                AWS_MEMBER,
            )
            project = {
                "Title": title,
                "BusinessProblem": f"{company} needs help to deliver the {title.lower()} on AWS.",
                "TargetCompletionDate": datetime.fromtimestamp(
                    context.now + 120 * DAY, timezone.utc
                ).strftime("%Y-%m-%d"),
                "ExpectedCustomerSpend": [
                    {
                        "Amount": "5000",
                        "CurrencyCode": "USD",
                        "Frequency": "Monthly",
                        "TargetCompany": "AWS",
                    }
                ],
            }
            payload = {
                OPPORTUNITY_INVITATION: {
                    "SenderContacts": [
                        {
                            "Email": "seller@amazon.example.com",
                            "FirstName": "Jane",
                            "LastName": "Doe",
                            "BusinessTitle": "Partner Development Manager",
                        }
                    ],
                    "ReceiverResponsibilities": ["Services Partner"],
                    "Customer": {
                        "Industry": industry,
                        "CompanyName": company,
                        "WebsiteUrl": website,
                        "CountryCode": country,
                    },
                    "Project": project,
                    "OpportunityType": "Net New Business",
                }
            }
            invitation = {
                "Message": f"AWS invites you to work with {company} on {title}.",
                "Receiver": {"Account": {"AwsAccountId": context.account_id}},
                "Payload": payload,
            }
            record = new_invitation(context, catalog, engagement, invitation, AWS_MEMBER, RECEIVER)
            record["InvitationDate"] -= days_ago * DAY
            record["ExpirationDate"] -= days_ago * DAY


@routes.tick
def expire_invitations(context: Context) -> None:
    """PENDING invitations past their ExpirationDate become EXPIRED (with their event)."""
    for _catalog, invitations in common.catalog_tables(context, common.INVITATIONS):
        for invitation in invitations.values():
            if invitation["Status"] == PENDING and invitation["ExpirationDate"] <= context.now:
                invitation["Status"] = EXPIRED
                invitation_event(context, "Engagement Invitation Expired", invitation)


# --- engagement invitations -------------------------------------------------------


@routes("CreateEngagementInvitation")
def create_engagement_invitation(call: Call) -> dict[str, Any]:
    """The partner invites another account to one of its engagements."""
    catalog = call.params["Catalog"]
    engagement = member_engagement(call, call.params["EngagementIdentifier"])
    invitation = call.params["Invitation"]
    account = (invitation["Receiver"].get("Account") or {}).get("AwsAccountId")
    if account is None:
        invalid("Invitation.Receiver.Account", "is required: the account to invite", "missing")
    payload_type(invitation["Payload"])

    def answer() -> dict[str, Any]:
        if any(m["AccountId"] == account for m in engagement["_Members"]):
            common.conflict(f"{account} is already a member of {engagement['Id']}.")
        for other in common.records(call, catalog, common.INVITATIONS).values():
            same = other["EngagementId"] == engagement["Id"] and other["Status"] == PENDING
            if same and other["Receiver"]["Account"]["AwsAccountId"] == account:
                common.conflict(f"{account} already has the pending invitation {other['Id']}.")
        record = new_invitation(
            call, catalog, engagement, invitation, partner_member(call), SENDER
        )
        # The model's EngagementInvitationArn form, which this output must match.
        arn = f"arn:aws:partnercentral::{call.account_id}:{catalog}/engagement-invitation/{record['Id']}"
        return {"Id": record["Id"], "Arn": arn}

    return common.idempotent(call, answer)


@routes("GetEngagementInvitation")
def get_engagement_invitation(call: Call) -> dict[str, Any]:
    return find_invitation(call, call.params["Catalog"], call.params["Identifier"])


@routes("ListEngagementInvitations")
def list_engagement_invitations(call: Call) -> dict[str, Any]:
    """The invitations the partner sent or received (ParticipantType), filtered and sorted."""
    params = call.params
    filters = wanted(
        params,
        {
            "ParticipantType": "_ParticipantType",
            "PayloadType": "PayloadType",
            "Status": "Status",
            "EngagementIdentifier": "EngagementId",
            "SenderAwsAccountId": "SenderAwsAccountId",
        },
    )
    items = [
        {**invitation, "ParticipantType": invitation["_ParticipantType"]}
        for invitation in common.records(call, params["Catalog"], common.INVITATIONS).values()
        if matches(invitation, filters)
    ]
    sort_by(items, params.get("Sort"), "InvitationDate")
    return call.page(items)


@routes("AcceptEngagementInvitation")
def accept_engagement_invitation(call: Call) -> None:
    """PENDING -> ACCEPTED; the partner becomes a member of the engagement."""
    catalog = call.params["Catalog"]
    invitation = find_invitation(call, catalog, call.params["Identifier"])
    refused = answerable(invitation)
    if refused is not None:
        common.conflict(refused)
    accept(call, catalog, invitation)


@routes("RejectEngagementInvitation")
def reject_engagement_invitation(call: Call) -> None:
    """PENDING -> REJECTED, keeping the partner's RejectionReason."""
    invitation = find_invitation(call, call.params["Catalog"], call.params["Identifier"])
    refused = answerable(invitation)
    if refused is not None:
        common.conflict(refused)
    invitation["Status"] = REJECTED
    if call.params.get("RejectionReason") is not None:
        invitation["RejectionReason"] = call.params["RejectionReason"]
    invitation_event(call, "Engagement Invitation Rejected", invitation)


# --- engagements ------------------------------------------------------------------


def _checked_context(path: str, kind: str, payload: dict[str, Any]) -> None:
    """Refuse a context whose Payload does not hold the member its Type names."""
    given = [name for name, value in payload.items() if value is not None]
    if given != [kind]:
        invalid(path, f"must hold only the {kind} payload its Type names")


def _updated(call: Call, engagement: dict[str, Any]) -> None:
    """Mark ``engagement`` modified by the partner now; emits Engagement Updated."""
    engagement["ModifiedAt"] = call.now
    engagement["ModifiedBy"] = call.account_id
    call.emit(
        "Engagement Updated",
        {
            "catalog": call.params["Catalog"],
            "engagement": {
                "engagementArn": engagement["Arn"],
                "engagementId": engagement["Id"],
                "LastModifiedAt": iso(call.now),
                "LastModifiedBy": call.account_id,
                "ContextTypes": [item["Type"] for item in engagement["Contexts"]],
            },
        },
        [engagement["Arn"]],
    )


@routes("CreateEngagement")
def create_engagement(call: Call) -> dict[str, Any]:
    """A new engagement of the partner (its first member), with its contexts."""
    contexts = call.params.get("Contexts") or []
    for index, item in enumerate(contexts):
        _checked_context(f"Contexts[{index}].Payload", item["Type"], item.get("Payload") or {})

    def answer() -> dict[str, Any]:
        engagement = new_engagement(
            call,
            call.params["Catalog"],
            call.params.get("Title", ""),
            call.params.get("Description", ""),
            [{key: value for key, value in c.items() if key != "Id"} for c in contexts],
            partner_member(call),
        )
        return {"Id": engagement["Id"], "Arn": engagement["Arn"], "ModifiedAt": call.now}

    return common.idempotent(call, answer)


@routes("GetEngagement")
def get_engagement(call: Call) -> dict[str, Any]:
    return member_engagement(call, call.params["Identifier"])


@routes("ListEngagements")
def list_engagements(call: Call) -> dict[str, Any]:
    """The engagements the partner is a member of, filtered and sorted."""
    params = call.params

    filters = wanted(params, {"EngagementIdentifier": "Id", "CreatedBy": "CreatedBy"})
    excluded = params.get("ExcludeCreatedBy") or []
    kinds, other_kinds = set(params.get("ContextTypes") or []), set(
        params.get("ExcludeContextTypes") or []
    )

    def listed(engagement: dict[str, Any]) -> bool:
        types = {item["Type"] for item in engagement["Contexts"]}
        return (
            is_member(call, engagement)
            and matches(engagement, filters)
            and engagement["CreatedBy"] not in excluded
            and (not kinds or bool(types & kinds))
            and not types & other_kinds
        )

    items = [
        {**engagement, "ContextTypes": [item["Type"] for item in engagement["Contexts"]]}
        for engagement in common.records(call, params["Catalog"], common.ENGAGEMENTS).values()
        if listed(engagement)
    ]
    sort_by(items, params.get("Sort"), "CreatedAt")
    return call.page(items)


@routes("ListEngagementMembers")
def list_engagement_members(call: Call) -> dict[str, Any]:
    engagement = member_engagement(call, call.params["Identifier"])
    return call.page(engagement["_Members"], default_size=10)


@routes("CreateEngagementContext")
def create_engagement_context(call: Call) -> dict[str, Any]:
    """Add a context to one of the partner's engagements; emits Engagement Updated."""
    engagement = member_engagement(call, call.params["EngagementIdentifier"])
    _checked_context("Payload", call.params["Type"], call.params["Payload"])

    def answer() -> dict[str, Any]:
        if len(engagement["Contexts"]) >= MAX_CONTEXTS:
            fail(
                "ServiceQuotaExceededException",
                f"The engagement {engagement['Id']} has {MAX_CONTEXTS} contexts, the most it can.",
            )
        context_id = str(engagement["_NextContext"])
        engagement["_NextContext"] += 1
        engagement["Contexts"].append(
            {"Id": context_id, "Type": call.params["Type"], "Payload": call.params["Payload"]}
        )
        _updated(call, engagement)
        return {
            "EngagementId": engagement["Id"],
            "EngagementArn": engagement["Arn"],
            "EngagementLastModifiedAt": call.now,
            "ContextId": context_id,
        }

    return common.idempotent(call, answer)


def _updated_lead(lead: dict[str, Any], update: dict[str, Any]) -> dict[str, Any]:
    """A lead context with UpdateLeadContext's fields: its Interaction is added to the rest."""
    merged = dict(lead)
    for name in ("Customer", "QualificationStatus", "Insights"):
        if update.get(name) is not None:
            merged[name] = update[name]
    if update.get("Interaction") is not None:
        interactions = list(lead.get("Interactions") or [])
        if len(interactions) >= MAX_LEAD_INTERACTIONS:
            invalid(
                "Payload.Lead.Interaction",
                f"would be the lead's {MAX_LEAD_INTERACTIONS + 1}th interaction",
                "too_many",
            )
        merged["Interactions"] = interactions + [update["Interaction"]]
    return merged


@routes("UpdateEngagementContext")
def update_engagement_context(call: Call) -> dict[str, Any]:
    """Change a context of an engagement last modified at EngagementLastModifiedAt."""
    params = call.params
    engagement = member_engagement(call, params["EngagementIdentifier"])
    item = next(
        (c for c in engagement["Contexts"] if c["Id"] == params["ContextIdentifier"]), None
    )
    if item is None:
        common.not_found("engagement context", params["ContextIdentifier"])
    kind = params["Type"]
    if kind != item["Type"]:
        invalid("Type", f"is {item['Type']} for the context {item['Id']}", "value")
    _checked_context("Payload", kind, params["Payload"])
    if abs(params["EngagementLastModifiedAt"] - engagement["ModifiedAt"]) > 0.001:
        common.conflict(
            f"The engagement {engagement['Id']} was modified at {iso(engagement['ModifiedAt'])}, "
            "after the EngagementLastModifiedAt given: get it again and retry."
        )
    update = params["Payload"][kind]
    current = item["Payload"][kind]
    item["Payload"] = {kind: _updated_lead(current, update) if kind == "Lead" else update}
    _updated(call, engagement)
    return {
        "EngagementId": engagement["Id"],
        "EngagementArn": engagement["Arn"],
        "EngagementLastModifiedAt": call.now,
        "ContextId": item["Id"],
    }


@routes("ListEngagementResourceAssociations")
def list_engagement_resource_associations(call: Call) -> dict[str, Any]:
    """The resources associated with the engagements the partner is a member of."""
    params = call.params
    catalog = params["Catalog"]
    engagements = common.records(call, catalog, common.ENGAGEMENTS)
    filters = wanted(
        params,
        {
            "EngagementIdentifier": "EngagementId",
            "ResourceType": "ResourceType",
            "ResourceIdentifier": "ResourceId",
            "CreatedBy": "CreatedBy",
        },
    )
    items = [
        association
        for association in common.records(call, catalog, common.RESOURCE_ASSOCIATIONS).values()
        if association["EngagementId"] in engagements
        and is_member(call, engagements[association["EngagementId"]])
        and matches(association, filters)
    ]
    return call.page(items)
