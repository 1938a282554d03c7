"""Task waiters: the service's own waiters file beside the model, checked and run like the model's.

``models/partnercentral-selling/customizations/waiters-2.json`` adds waiters for the
asynchronous tasks and resource snapshot jobs (the model has none). The first part loads
it, and broken copies of it, beside a cut of the pinned model: it must go through the
model's own waiters checks (JSON Schema, operation, JMESPath against the output, enum
values) with the file, the JSON pointer and a fix in every error, and may not take a
model waiter's name or wait method. The second part runs the committed package's wait
methods, sync and async, against a local signing-checking server that plays each
task's statuses: success, failure and timeout. Delays are overridden to 10 ms.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.errors import ModelError
from generator.loaders import load_model
from generator.model.ir import Service
from tests.customizing import assert_refused, load_with
from tests.localserver import JSON_CONTENT_TYPE, LocalAwsServer, Response
from tests.packages import cut_model
from tests.test_waiters import Script

from partnercentral_selling import (  # noqa: E402
    AsyncPartnerCentralSellingClient,
    Credentials,
    PartnerCentralSellingClient,
    WaiterError,
    WaiterTimeoutError,
)
from partnercentral_selling.errors import ResourceNotFoundException  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PINNED = ROOT / "models" / "partnercentral-selling" / "2022-07-26"
SUPPLEMENT = PINNED.parent / "customizations" / "waiters-2.json"
POLLED = (
    "ListEngagementFromOpportunityTasks",
    "ListEngagementByAcceptingInvitationTasks",
    "ListOpportunityFromEngagementTasks",
    "GetProspectingFromEngagementTask",
    "GetResourceSnapshotJob",
)
ACCESS_KEY, SECRET_KEY, REGION = "AKIDTASKWAIT", "task-waiter-secret", "us-east-1"
TINY = 0.01  # seconds between attempts in these tests
MODES = ["sync", "async"]


# -- the file, read like the model's waiters file ----------------------------------------


@pytest.fixture(scope="module")
def model_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``models/selling/``: the pinned model cut to the polled operations, no customizations."""
    root = tmp_path_factory.mktemp("models") / "selling"
    cut_model(PINNED, root / "2022-07-26", POLLED)
    return root


def _supplement() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(SUPPLEMENT.read_text())
    return document


def _load(model_root: Path, tmp_path: Path, document: object) -> Service:
    folder = tmp_path / "customizations"
    return load_with(model_root / "2022-07-26", folder, "waiters-2.json", document)


def test_the_pinned_model_gets_the_task_waiters_marked_as_the_packages() -> None:
    waiters = load_model(PINNED).waiters
    assert sorted(waiters) == sorted(_supplement()["waiters"])
    assert all(waiter.supplementary for waiter in waiters.values())
    assert {waiter.operation for waiter in waiters.values()} == set(POLLED)
    task = waiters["EngagementFromOpportunityTaskCompleted"]
    assert task.method_name == "wait_until_engagement_from_opportunity_task_completed"
    assert (task.delay, task.max_attempts) == (5, 60)


def _first(document: dict[str, Any]) -> dict[str, Any]:
    waiter: dict[str, Any] = document["waiters"]["EngagementFromOpportunityTaskCompleted"]
    return waiter


WAITER = "/waiters/EngagementFromOpportunityTaskCompleted"
BROKEN: dict[str, tuple[Callable[[dict[str, Any]], None], str, str, str]] = {
    # name: (mutation, JSON pointer, words of the problem, words of the fix)
    "schema: zero delay": (
        lambda d: _first(d).update(delay=0),
        f"{WAITER}/delay",
        "'delay': 0 is less than the minimum of 1",
        "a positive whole number",
    ),
    "schema: unknown key": (
        lambda d: _first(d).update(maxAttempt=3),
        WAITER,
        "unknown key 'maxAttempt'",
        "did you mean 'maxAttempts'?",
    ),
    "unknown operation": (
        lambda d: _first(d).update(operation="ListEngagementFromOpportunityTask"),
        f"{WAITER}/operation",
        "polls the unknown operation 'ListEngagementFromOpportunityTask'",
        "name an operation of the model",
    ),
    "JMESPath syntax error": (
        lambda d: _first(d)["acceptors"][0].update(argument="TaskSummaries[.TaskStatus"),
        f"{WAITER}/acceptors/0/argument",
        "is invalid",
        "fix the expression",
    ),
    "member not in the output": (
        lambda d: _first(d)["acceptors"][0].update(argument="TaskSummaries[].Status"),
        f"{WAITER}/acceptors/0",
        "'ListEngagementFromOpportunityTaskSummary' has no member 'Status'",
        "did you mean 'TaskStatus'?",
    ),
    "value not in the enum": (
        lambda d: _first(d)["acceptors"][1].update(expected="FAILURE"),
        f"{WAITER}/acceptors/1",
        "'FAILURE' is not a value of the enum 'TaskStatus'",
        "use one of 'IN_PROGRESS', 'COMPLETE', 'FAILED'",
    ),
    "path matcher on a list": (
        lambda d: _first(d)["acceptors"][0].update(matcher="path"),
        f"{WAITER}/acceptors/0",
        "yields a list, which never equals 'COMPLETE'",
        "use the pathAll or pathAny matcher",
    ),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_supplement_names_file_pointer_and_fix(
    name: str, model_root: Path, tmp_path: Path
) -> None:
    mutate, *expected = BROKEN[name]
    document = _supplement()
    mutate(document)
    folder = tmp_path / "customizations"
    assert_refused(model_root / "2022-07-26", folder, "waiters-2.json", document, expected)


def _model_waiters(model_root: Path, tmp_path: Path, waiters: dict[str, Any]) -> Path:
    """A copy of the cut model whose own waiters file holds ``waiters``."""
    root = tmp_path / "selling"
    cut_model(PINNED, root / "2022-07-26", POLLED)
    (root / "2022-07-26" / "waiters-2.json").write_text(
        json.dumps({"version": 2, "waiters": waiters})
    )
    return root


def test_a_name_the_model_has_is_refused(model_root: Path, tmp_path: Path) -> None:
    document = _supplement()
    root = _model_waiters(model_root, tmp_path, {"ResourceSnapshotJobRunning": _first(document)})
    with pytest.raises(ModelError) as caught:
        _load(root, tmp_path, document)
    assert caught.value.pointer == "/waiters/ResourceSnapshotJobRunning"
    assert caught.value.problem == "the model has a waiter 'ResourceSnapshotJobRunning' already"
    assert caught.value.hint.startswith("remove this one if the model's does the same")


def test_a_wait_method_the_model_has_is_refused(model_root: Path, tmp_path: Path) -> None:
    document = _supplement()
    # Another name, the same wait method: wait_until_resource_snapshot_job_running.
    root = _model_waiters(model_root, tmp_path, {"resourceSnapshotJobRunning": _first(document)})
    with pytest.raises(ModelError) as caught:
        _load(root, tmp_path, document)
    assert caught.value.pointer == "/waiters/ResourceSnapshotJobRunning"
    assert caught.value.problem == (
        "the wait method 'wait_until_resource_snapshot_job_running' is also the method of "
        "'resourceSnapshotJobRunning'"
    )


def test_the_model_waiters_and_the_supplement_meet_in_one_sorted_table(
    model_root: Path, tmp_path: Path
) -> None:
    document = _supplement()
    root = _model_waiters(model_root, tmp_path, {"AnyTaskListed": _first(document)})
    waiters = _load(root, tmp_path, document).waiters
    assert list(waiters) == sorted(["AnyTaskListed", *document["waiters"]])
    assert not waiters["AnyTaskListed"].supplementary
    assert waiters["ResourceSnapshotJobRunning"].supplementary


# -- the wait methods over HTTP ------------------------------------------------------------


def _ok(body: dict[str, Any]) -> Response:
    headers = {"Content-Type": JSON_CONTENT_TYPE, "x-amzn-RequestId": str(uuid.uuid4())}
    return 200, headers, json.dumps(body).encode()


def _not_found() -> Response:
    body = {"__type": "ResourceNotFoundException", "message": "no such job"}
    headers = {"Content-Type": JSON_CONTENT_TYPE, "x-amzn-RequestId": str(uuid.uuid4())}
    return 404, headers, json.dumps(body).encode()


def _tasks(*statuses: str, reason: str | None = None) -> Response:
    summaries: list[dict[str, Any]] = [
        {"TaskId": f"task-{i}", "TaskStatus": status} for i, status in enumerate(statuses)
    ]
    for summary in summaries:
        if summary["TaskStatus"] == "FAILED" and reason:
            summary.update(ReasonCode=reason, Message="the opportunity is not valid")
    return _ok({"TaskSummaries": summaries})


def _prospecting(*statuses: str) -> Response:
    engagements = [
        {"EngagementIdentifier": f"eng-{i:013d}", "Status": status}
        for i, status in enumerate(statuses)
    ]
    return _ok(
        {
            "TaskId": "ptask-1",
            "TaskArn": "arn:aws:partnercentral:us-east-1::catalog/AWS/task/ptask-1",
            "TaskName": "prospecting",
            "StartTime": "2026-01-05T10:00:00Z",
            "Engagements": engagements,
        }
    )


def _job(status: str) -> Response:
    return _ok({"Catalog": "Sandbox", "Id": "job-1", "Status": status})


def _wait(mode: str, script: Script, method: str, **arguments: Any) -> tuple[Any, list[Any]]:
    """Run a wait method of the sync or async client against a server playing ``script``.

    Returns the result, or the exception raised, and the JSON bodies the server got.
    """
    server = LocalAwsServer(
        script,
        credentials=(ACCESS_KEY, SECRET_KEY, None),
        region=REGION,
        service="partnercentral-selling",
    )
    options: dict[str, Any] = {
        "region": REGION,
        "endpoint_url": "",
        "credentials": Credentials(ACCESS_KEY, SECRET_KEY),
        "max_attempts": 1,  # each call once: the waiter's attempts are what is tested
    }
    outcome: Any
    with server:
        options["endpoint_url"] = server.url
        try:
            if mode == "sync":
                with PartnerCentralSellingClient(**options) as client:
                    outcome = getattr(client, method)(**arguments)
            else:

                async def main() -> Any:
                    async with AsyncPartnerCentralSellingClient(**options) as client:
                        return await getattr(client, method)(**arguments)

                outcome = asyncio.run(main())
        except Exception as error:  # the test inspects it
            outcome = error
        requests = server.requests
        assert not server.errors
    assert all(request.signature_valid for request in requests)
    return outcome, [request.json() for request in requests]


LIST_TASK_WAITERS = [
    "wait_until_engagement_from_opportunity_task_completed",
    "wait_until_engagement_by_accepting_invitation_task_completed",
    "wait_until_opportunity_from_engagement_task_completed",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("method", LIST_TASK_WAITERS)
def test_a_task_waiter_waits_until_the_task_is_listed_and_complete(mode: str, method: str) -> None:
    script = Script(_tasks(), _tasks("IN_PROGRESS"), _tasks("IN_PROGRESS"), _tasks("COMPLETE"))
    output, bodies = _wait(
        mode, script, method, catalog="Sandbox", task_identifier=["task-0"], delay=TINY
    )
    assert [summary.task_status for summary in output.task_summaries] == ["COMPLETE"]
    assert bodies == [{"Catalog": "Sandbox", "TaskIdentifier": ["task-0"]}] * 4


@pytest.mark.parametrize("mode", MODES)
def test_a_failed_task_raises_waiter_error_with_its_reason(mode: str) -> None:
    script = Script(_tasks("IN_PROGRESS"), _tasks("FAILED", reason="OpportunityValidationFailed"))
    error, bodies = _wait(
        mode,
        script,
        "wait_until_engagement_by_accepting_invitation_task_completed",
        catalog="Sandbox",
        task_identifier=["task-0"],
        delay=TINY,
    )
    assert type(error) is WaiterError
    assert error.attempts == 2 and len(bodies) == 2
    assert 'a failure acceptor matched (some TaskSummaries[].TaskStatus == "FAILED")' in str(error)
    [summary] = error.last_response.task_summaries
    assert summary.reason_code == "OpportunityValidationFailed"


@pytest.mark.parametrize("mode", MODES)
def test_a_task_in_progress_too_long_times_out(mode: str) -> None:
    error, bodies = _wait(
        mode,
        Script(_tasks("IN_PROGRESS")),
        "wait_until_opportunity_from_engagement_task_completed",
        catalog="Sandbox",
        task_identifier=["task-0"],
        delay=TINY,
        max_attempts=3,
    )
    assert type(error) is WaiterTimeoutError
    assert error.attempts == 3 and len(bodies) == 3
    assert error.last_response.task_summaries[0].task_status == "IN_PROGRESS"


@pytest.mark.parametrize("mode", MODES)
def test_prospecting_waits_for_every_engagement_then_succeeds(mode: str) -> None:
    script = Script(
        _prospecting("PENDING", "PENDING"),
        _prospecting("COMPLETED", "IN_PROGRESS"),
        _prospecting("COMPLETED", "COMPLETED"),
    )
    output, bodies = _wait(
        mode,
        script,
        "wait_until_prospecting_from_engagement_task_completed",
        catalog="Sandbox",
        task_identifier="ptask-1",
        delay=TINY,
    )
    assert [engagement.status for engagement in output.engagements] == ["COMPLETED"] * 2
    assert bodies == [{"Catalog": "Sandbox", "TaskIdentifier": "ptask-1"}] * 3


@pytest.mark.parametrize("mode", MODES)
def test_prospecting_with_a_failed_engagement_fails_once_the_others_are_done(mode: str) -> None:
    script = Script(
        _prospecting("FAILED", "IN_PROGRESS"),  # not finished: waited on, not failed yet
        _prospecting("FAILED", "COMPLETED"),
    )
    error, bodies = _wait(
        mode,
        script,
        "wait_until_prospecting_from_engagement_task_completed",
        catalog="Sandbox",
        task_identifier="ptask-1",
        delay=TINY,
    )
    assert type(error) is WaiterError and len(bodies) == 2
    assert [e.status for e in error.last_response.engagements] == ["FAILED", "COMPLETED"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("method", "statuses"),
    [
        ("wait_until_resource_snapshot_job_running", ("Stopped", "Stopped", "Running")),
        ("wait_until_resource_snapshot_job_stopped", ("Running", "Stopped")),
    ],
)
def test_snapshot_job_waiters_wait_for_their_status(
    mode: str, method: str, statuses: tuple[str, ...]
) -> None:
    output, bodies = _wait(
        mode,
        Script(*(_job(status) for status in statuses)),
        method,
        catalog="Sandbox",
        resource_snapshot_job_identifier="job-1",
        delay=TINY,
    )
    assert output.status == statuses[-1]
    assert len(bodies) == len(statuses)


@pytest.mark.parametrize("mode", MODES)
def test_an_unknown_snapshot_job_fails_at_once(mode: str) -> None:
    error, bodies = _wait(
        mode,
        Script(_not_found()),
        "wait_until_resource_snapshot_job_running",
        catalog="Sandbox",
        resource_snapshot_job_identifier="job-404",
        delay=TINY,
    )
    assert type(error) is WaiterError and len(bodies) == 1
    assert isinstance(error.__cause__, ResourceNotFoundException)


def test_the_wait_methods_say_they_are_the_packages_own() -> None:
    method = PartnerCentralSellingClient.wait_until_engagement_from_opportunity_task_completed
    assert method.__doc__ is not None
    assert "The service's model has no such waiter: this package adds it" in method.__doc__
    assert "Pass the task's `TaskId` in `task_identifier`." in method.__doc__
    readme = (ROOT / "generated" / "partnercentral-selling" / "README.md").read_text()
    assert (
        "| `wait_until_resource_snapshot_job_stopped` | `get_resource_snapshot_job` | 5 s | "
        "24 times | package |" in readme
    )
