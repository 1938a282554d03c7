"""Resource snapshots and the jobs that take them, as the emulator keeps them.

A snapshot is an immutable copy of an engagement's resource (an opportunity)
as a template sees it, numbered 1, 2, ... per engagement, resource and
template; the engagement's members read it instead of the resource. A
snapshot job takes a new snapshot whenever its resource changes while it runs:
a tick compares the opportunity's ``LastModifiedDate`` with the one the latest
snapshot was taken from, so it sees changes made by any module.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from typed_aws_runtime.emulation.routes import Call, Context, Routes, invalid

from . import common

routes = Routes()

# The record kinds this module keeps, per catalog (``common.records``).
RESOURCE_SNAPSHOTS = "resource-snapshots"  # "<eng>/<type>/<id>/<template>/<rev>" -> Get output
RESOURCE_SNAPSHOT_JOBS = "resource-snapshot-jobs"  # Id -> GetResourceSnapshotJob's output

# "Status ... Valid values: STOPPED: The job is not currently running. RUNNING: The job is
# actively executing." (GetResourceSnapshotJob); StartResourceSnapshotJob "starts a resource
# snapshot job that has been previously created", so a new job is stopped.
RUNNING = "Running"
STOPPED = "Stopped"
# "If omitted, defaults to 50." (ListResourceSnapshotJobs' MaxResults)
JOBS_PAGE_SIZE = 50
SNAPSHOT_CREATED = "Engagement Resource Snapshot Created"


def _opportunity_summary_view(opportunity: dict[str, Any]) -> dict[str, Any]:
    """The ``OpportunitySummaryView`` of an opportunity: the fields its engagement shares.

    Members of the opportunity's structures that the view's shapes lack are
    dropped when the payload is written.
    """
    life_cycle = opportunity.get("LifeCycle") or {}
    view = {
        "OpportunityType": opportunity.get("OpportunityType"),
        "Lifecycle": {
            key: life_cycle[key]
            for key in ("TargetCloseDate", "ReviewStatus", "Stage", "NextSteps")
            if key in life_cycle
        },
        "OpportunityTeam": opportunity.get("OpportunityTeam"),
        "PrimaryNeedsFromAws": opportunity.get("PrimaryNeedsFromAws"),
        "Customer": opportunity.get("Customer"),
        "Project": opportunity.get("Project"),
        "RelatedEntityIdentifiers": opportunity.get("RelatedEntityIdentifiers"),
    }
    return {"OpportunitySummary": copy.deepcopy({k: v for k, v in view.items() if v})}


# The templates a snapshot of an opportunity can be taken with: the template name (as the
# captured events name it) and the payload it makes from the opportunity's record.
TEMPLATES: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "OpportunitySummaryView": _opportunity_summary_view,
}


# --- idempotency ----------------------------------------------------------------------------


def _resource_key(engagement: str, resource_type: str, resource: str, template: str) -> str:
    return f"{engagement}/{resource_type}/{resource}/{template}"


def _revisions(context: Context, catalog: str, resource_key: str) -> list[dict[str, Any]]:
    """The snapshots of one engagement's resource with one template, oldest first."""
    table = common.records(context, catalog, RESOURCE_SNAPSHOTS)
    found = [r for key, r in table.items() if key.rsplit("/", 1)[0] == resource_key]
    return sorted(found, key=lambda record: record["Revision"])


def _engagement(call: Call) -> dict[str, Any]:
    """The engagement ``EngagementIdentifier`` names in the call's catalog, else not found."""
    return common.find(
        call,
        call.params["Catalog"],
        common.ENGAGEMENTS,
        call.params["EngagementIdentifier"],
        "engagement",
    )


def _associated_opportunity(call: Call) -> tuple[dict[str, Any], dict[str, Any]]:
    """The engagement and the opportunity the call names, checked to be associated.

    Checks the template too; refuses as the service does, before any change.
    """
    params = call.params
    catalog = params["Catalog"]
    engagement = params["EngagementIdentifier"]
    engagement_record = _engagement(call)
    template = params["ResourceSnapshotTemplateIdentifier"]
    if template not in TEMPLATES:
        invalid(
            "ResourceSnapshotTemplateIdentifier",
            f"{template} is not a template of {params['ResourceType']} resources; "
            f"the templates are {', '.join(TEMPLATES)}",
        )
    opportunity = common.find(
        call, catalog, common.OPPORTUNITIES, params["ResourceIdentifier"], "opportunity"
    )
    association = f"{engagement}/{params['ResourceType']}/{opportunity['Id']}"
    if association not in common.records(call, catalog, common.RESOURCE_ASSOCIATIONS):
        invalid(
            "ResourceIdentifier",
            f"the opportunity {opportunity['Id']} is not associated with the engagement "
            f"{engagement}",
            "not_permitted",
        )
    return engagement_record, opportunity


def take_snapshot(
    context: Context,
    catalog: str,
    engagement: dict[str, Any],
    opportunity: dict[str, Any],
    template: str,
) -> dict[str, Any]:
    """A new revision of the opportunity's snapshot with ``template``; emits its event."""
    key = _resource_key(engagement["Id"], "Opportunity", opportunity["Id"], template)
    revision = len(_revisions(context, catalog, key)) + 1
    path = (
        f"engagement/{engagement['Id']}/resource/Opportunity/{opportunity['Id']}"
        f"/template/{template}/snapshot/{revision}"
    )
    targets = [
        member["AccountId"]
        for member in engagement.get("_Members") or []
        if member.get("AccountId") and member["AccountId"] != context.account_id
    ]
    record = {
        "Catalog": catalog,
        "Arn": common.arn(context, catalog, path),
        "CreatedBy": context.account_id,
        "CreatedAt": context.now,
        "EngagementId": engagement["Id"],
        "ResourceType": "Opportunity",
        "ResourceId": opportunity["Id"],
        "ResourceSnapshotTemplateName": template,
        "Revision": revision,
        "Payload": TEMPLATES[template](opportunity),
        "TargetMemberAccounts": targets[:10] or None,
        "_SourceModified": opportunity.get("LastModifiedDate"),
    }
    common.records(context, catalog, RESOURCE_SNAPSHOTS)[f"{key}/{revision}"] = record
    context.emit(
        SNAPSHOT_CREATED,
        {
            "schemaVersion": "1",
            "catalog": catalog,
            "resourceSnapshot": {
                "arn": record["Arn"],
                "engagementId": engagement["Id"],
                "resourceId": opportunity["Id"],
                "resourceType": "Opportunity",
                "createdBy": context.account_id,
            },
        },
        resources=[engagement["Arn"]],
    )
    return record


@routes("CreateResourceSnapshot")
def create_resource_snapshot(call: Call) -> dict[str, Any]:
    """Take a snapshot of an opportunity associated with the engagement (idempotent by token)."""
    return common.idempotent(call, lambda: _create_resource_snapshot(call))


def _create_resource_snapshot(call: Call) -> dict[str, Any]:
    params = call.params
    engagement, opportunity = _associated_opportunity(call)
    record = take_snapshot(
        call,
        params["Catalog"],
        engagement,
        opportunity,
        params["ResourceSnapshotTemplateIdentifier"],
    )
    return {"Arn": record["Arn"], "Revision": record["Revision"]}


@routes("GetResourceSnapshot")
def get_resource_snapshot(call: Call) -> dict[str, Any]:
    """One revision of a snapshot (the latest when ``Revision`` is omitted)."""
    params = call.params
    catalog = params["Catalog"]
    key = _resource_key(
        _engagement(call)["Id"],
        params["ResourceType"],
        params["ResourceIdentifier"],
        params["ResourceSnapshotTemplateIdentifier"],
    )
    revisions = _revisions(call, catalog, key)
    wanted = params.get("Revision")
    chosen = [r for r in revisions if wanted is None or r["Revision"] == wanted][-1:]
    if not chosen:
        revision = "" if wanted is None else f" revision {wanted}"
        common.not_found("resource snapshot", f"{key}{revision}")
    return chosen[0]


@routes("ListResourceSnapshots")
def list_resource_snapshots(call: Call) -> dict[str, Any]:
    """The engagement's snapshots, filtered by resource, template and creator, paged."""
    params = call.params
    engagement = _engagement(call)["Id"]
    filters = {
        "ResourceType": params.get("ResourceType"),
        "ResourceId": params.get("ResourceIdentifier"),
        "ResourceSnapshotTemplateName": params.get("ResourceSnapshotTemplateIdentifier"),
        "CreatedBy": params.get("CreatedBy"),
    }
    summaries = [
        {
            key: record[key]
            for key in (
                "Arn",
                "Revision",
                "ResourceType",
                "ResourceId",
                "ResourceSnapshotTemplateName",
                "CreatedBy",
            )
        }
        for record in common.records(call, params["Catalog"], RESOURCE_SNAPSHOTS).values()
        if record["EngagementId"] == engagement
        and all(wanted in (None, record[key]) for key, wanted in filters.items())
    ]
    return call.page(summaries)


# --- snapshot jobs ----------------------------------------------------------------------------


def job_arn(context: Context, catalog: str, identifier: str) -> str:
    """A snapshot job's ARN: with the account, as TagResource's ``TaggableResourceArn`` needs."""
    return (
        f"arn:aws:partnercentral:{context.region}:{context.account_id}:catalog/{catalog}"
        f"/resource-snapshot-job/{identifier}"
    )


def _job(call: Call) -> dict[str, Any]:
    return common.find(
        call,
        call.params["Catalog"],
        RESOURCE_SNAPSHOT_JOBS,
        call.params["ResourceSnapshotJobIdentifier"],
        "resource snapshot job",
    )


def existing_job(
    context: Context, catalog: str, engagement: str, opportunity: str, template: str
) -> dict[str, Any] | None:
    """The job snapshotting ``opportunity`` of ``engagement`` with ``template``, if any.

    There is one job per engagement, resource and template.
    """
    jobs = common.records(context, catalog, RESOURCE_SNAPSHOT_JOBS).values()
    key = (engagement, opportunity, template)
    return next(
        (
            j
            for j in jobs
            if (j["EngagementId"], j["ResourceId"], j["ResourceSnapshotTemplateName"]) == key
        ),
        None,
    )


def create_job(
    context: Context,
    catalog: str,
    engagement: str,
    opportunity: dict[str, Any],
    template: str,
    status: str = STOPPED,
) -> dict[str, Any]:
    """A new job snapshotting the engagement's ``opportunity`` with ``template``.

    CreateResourceSnapshotJob makes it ``STOPPED``; the engagement tasks make it
    ``RUNNING``, and a running job snapshots its opportunity at once. The caller
    checked :func:`existing_job` first.
    """
    identifier = context.new_id("job-", 13)
    job = {
        "Catalog": catalog,
        "Id": identifier,
        "Arn": job_arn(context, catalog, identifier),
        "EngagementId": engagement,
        "ResourceType": "Opportunity",
        "ResourceId": opportunity["Id"],
        "ResourceArn": opportunity.get("Arn"),
        "ResourceSnapshotTemplateName": template,
        "CreatedAt": context.now,
        "Status": status,
    }
    common.records(context, catalog, RESOURCE_SNAPSHOT_JOBS)[identifier] = job
    if status == RUNNING:
        _run_job(context, catalog, job)
    return job


@routes("CreateResourceSnapshotJob")
def create_resource_snapshot_job(call: Call) -> dict[str, Any]:
    """A stopped job snapshotting an associated opportunity; one per resource and template."""
    return common.idempotent(call, lambda: _create_resource_snapshot_job(call))


def _create_resource_snapshot_job(call: Call) -> dict[str, Any]:
    params = call.params
    catalog = params["Catalog"]
    _, opportunity = _associated_opportunity(call)
    engagement = params["EngagementIdentifier"]
    template = params["ResourceSnapshotTemplateIdentifier"]
    same = existing_job(call, catalog, engagement, opportunity["Id"], template)
    if same is not None:
        common.conflict(
            f"The resource snapshot job {same['Id']} already snapshots {opportunity['Id']} of "
            f"{engagement} with {template}."
        )
    job = create_job(call, catalog, engagement, opportunity, template)
    if params.get("Tags"):
        call.table("tags")[job["Arn"]] = {tag["Key"]: tag["Value"] for tag in params["Tags"]}
    return {"Id": job["Id"], "Arn": job["Arn"]}


@routes("GetResourceSnapshotJob")
def get_resource_snapshot_job(call: Call) -> dict[str, Any]:
    """The job: its resource, template, status and last execution."""
    return _job(call)


def _set_status(call: Call, wanted: str, rule: str) -> None:
    job = _job(call)
    if job["Status"] == wanted:
        invalid("ResourceSnapshotJobIdentifier", rule, "state")
    job["Status"] = wanted


@routes("StartResourceSnapshotJob")
def start_resource_snapshot_job(call: Call) -> None:
    """Run a stopped job: it snapshots its resource now if changed, then on every change."""
    _set_status(call, RUNNING, "the job is already running")
    _run_jobs(call)


@routes("StopResourceSnapshotJob")
def stop_resource_snapshot_job(call: Call) -> None:
    """Stop a running job ("The job must be started prior to being stopped.")."""
    _set_status(call, STOPPED, "the job must be started prior to being stopped")


@routes("DeleteResourceSnapshotJob")
def delete_resource_snapshot_job(call: Call) -> None:
    """Delete a stopped job ("The job must be in a stopped state before it can be deleted.")."""
    job = _job(call)
    if job["Status"] != STOPPED:
        common.conflict(
            f"The resource snapshot job {job['Id']} must be stopped before it can be deleted."
        )
    del common.records(call, job["Catalog"], RESOURCE_SNAPSHOT_JOBS)[job["Id"]]
    call.table("tags").pop(job["Arn"], None)


@routes("ListResourceSnapshotJobs")
def list_resource_snapshot_jobs(call: Call) -> dict[str, Any]:
    """The catalog's jobs, by engagement and status, newest first unless ``Sort`` says."""
    params = call.params
    sort = params.get("Sort") or {}
    jobs = sorted(
        (
            job
            for job in common.records(call, params["Catalog"], RESOURCE_SNAPSHOT_JOBS).values()
            if params.get("EngagementIdentifier") in (None, job["EngagementId"])
            and params.get("Status") in (None, job["Status"])
        ),
        # "If omitted, results are sorted by CreatedDate in descending order."
        key=lambda job: (job["CreatedAt"], job["Id"]),
        reverse=sort.get("SortOrder", "DESCENDING") == "DESCENDING",
    )
    summaries = [
        {key: job[key] for key in ("Id", "Arn", "EngagementId", "Status")} for job in jobs
    ]
    return call.page(summaries, default_size=JOBS_PAGE_SIZE)


def _run_job(context: Context, catalog: str, job: dict[str, Any]) -> None:
    """Snapshot the job's opportunity if it changed since its latest snapshot."""
    engagement = common.records(context, catalog, common.ENGAGEMENTS).get(job["EngagementId"])
    opportunity = common.records(context, catalog, common.OPPORTUNITIES).get(job["ResourceId"])
    association = f"{job['EngagementId']}/{job['ResourceType']}/{job['ResourceId']}"
    if (
        engagement is None
        or opportunity is None
        or association not in common.records(context, catalog, common.RESOURCE_ASSOCIATIONS)
    ):
        job["LastFailure"] = (
            f"The opportunity {job['ResourceId']} is no longer associated with the engagement "
            f"{job['EngagementId']}."
        )
        return
    key = _resource_key(
        job["EngagementId"],
        job["ResourceType"],
        job["ResourceId"],
        job["ResourceSnapshotTemplateName"],
    )
    latest = _revisions(context, catalog, key)[-1:]
    if latest and latest[0].get("_SourceModified") == opportunity.get("LastModifiedDate"):
        return
    take_snapshot(context, catalog, engagement, opportunity, job["ResourceSnapshotTemplateName"])
    job["LastSuccessfulExecutionDate"] = context.now


@routes.tick
def _run_jobs(context: Context) -> None:
    """Every running job of every catalog takes a snapshot of its changed resource."""
    for catalog, jobs in common.catalog_tables(context, RESOURCE_SNAPSHOT_JOBS):
        for job in list(jobs.values()):
            if job["Status"] == RUNNING:
                _run_job(context, catalog, job)
