"""Waiters: the generated ``wait_until_*`` methods, on the real DynamoDB and ECS models.

The two clients are generated once for the module from the models in
tests/data/models/json-services, cut to the operations their waiters call
(the rest of the model changes nothing here and would only make generating
slower). Their waiters run, sync and async, against the local signing-checking
server, which answers each attempt from a script. The acceptors are then
checked against botocore's: every acceptor of every waiter of both models,
and some hand-made edge cases, given the same HTTP responses parsed by
botocore and by the generated client, must match alike, and whole waiters
must reach the same decision (botocore's own ``Waiter.wait`` loop against
ours). Delays are overridden to 10 ms: nothing sleeps for seconds.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import re
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from botocore.exceptions import WaiterError as BotocoreWaiterError  # type: ignore[import-untyped]
from botocore.model import ServiceModel  # type: ignore[import-untyped]
from botocore.parsers import create_parser  # type: ignore[import-untyped]
from botocore.waiter import SingleWaiterConfig, Waiter, WaiterModel  # type: ignore[import-untyped]

from generator.model.ir import Service
from generator.loaders import load_model
from generator.emit.package import write_package
from tests.localserver import LocalAwsServer, RecordedRequest, Response
from tests.packages import cut_model, forget, import_fresh

MODELS = Path(__file__).parent / "data" / "models" / "json-services"
NAMES = {"dynamodb": "dynamodb/2012-08-10", "ecs": "ecs/2014-11-13"}
ACCESS_KEY, SECRET_KEY, REGION = "AKIDWAITER", "waiter-secret", "us-east-1"
TINY = 0.01  # seconds between attempts in these tests


class Generated:
    """One generated package and what the tests need to know about it."""

    def __init__(self, name: str, package: ModuleType, service: Service, model: Path) -> None:
        self.name = name
        self.package = package
        self.service = service
        self.model = model
        self.raw = json.loads((model / "service-2.json").read_text())
        self.waiters = json.loads((model / "waiters-2.json").read_text())["waiters"]
        self.operations = importlib.import_module(f"{package.__name__}._operations")
        self.runtime = "typed_aws_runtime"

    @property
    def content_type(self) -> str:
        return f"application/x-amz-json-{self.raw['metadata']['jsonVersion']}"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Generated]]:
    root = tmp_path_factory.mktemp("waiters")
    result = {}
    for name, folder in NAMES.items():
        model = root / "models" / name
        waiters = json.loads((MODELS / folder / "waiters-2.json").read_text())["waiters"]
        cut_model(MODELS / folder, model, {w["operation"] for w in waiters.values()})
        service = load_model(model)
        package_dir = write_package(service, root / "out", "0.0.0")
        package = import_fresh(package_dir / "src", service.package_name)
        result[name] = Generated(name, package, service, model)
    yield result
    for item in result.values():
        forget(item.package.__name__)


# -- the scripted server -------------------------------------------------------


class Script:
    """Answers each request with the next scripted response; the last one repeats."""

    def __init__(self, *responses: Response) -> None:
        self._responses = list(responses)
        self._lock = threading.Lock()

    def __call__(self, request: RecordedRequest) -> Response:
        with self._lock:
            return self._responses.pop(0) if len(self._responses) > 1 else self._responses[0]


def _ok(generated: Generated, body: dict[str, Any]) -> Response:
    headers = {"Content-Type": generated.content_type, "x-amzn-RequestId": str(uuid.uuid4())}
    return 200, headers, json.dumps(body).encode()


def _error(generated: Generated, code: str, status: int = 400) -> Response:
    headers = {"Content-Type": generated.content_type, "x-amzn-RequestId": str(uuid.uuid4())}
    body = {"__type": f"com.amazonaws.{generated.name}#{code}", "message": f"{code} happened"}
    return status, headers, json.dumps(body).encode()


def _run(
    mode: str, generated: Generated, script: Script, method: str, **arguments: Any
) -> tuple[Any, list[RecordedRequest]]:
    """Call a waiter method on the sync or async client against a server playing ``script``.

    Returns the result (or the exception raised) and the requests the server got.
    """
    package, service = generated.package, generated.service
    signing = service.metadata.signing_name
    server = LocalAwsServer(
        script, credentials=(ACCESS_KEY, SECRET_KEY, None), region=REGION, service=signing
    )
    outcome: Any
    with server:
        options = {
            "region": REGION,
            "endpoint_url": server.url,
            "credentials": package.Credentials(ACCESS_KEY, SECRET_KEY),
            "max_attempts": 1,  # each call once: the waiter's attempts are what is tested
        }
        try:
            if mode == "sync":
                with getattr(package, service.client_name)(**options) as client:
                    outcome = getattr(client, method)(**arguments)
            else:

                async def main() -> Any:
                    async_client = getattr(package, f"Async{service.client_name}")
                    async with async_client(**options) as client:
                        return await getattr(client, method)(**arguments)

                outcome = asyncio.run(main())
        except Exception as error:  # the test inspects it
            outcome = error
        requests = server.requests
        assert not server.errors
    assert all(r.signature_valid for r in requests)
    return outcome, requests


MODES = ["sync", "async"]


def _tasks(*statuses: str) -> dict[str, Any]:
    return {"tasks": [{"taskArn": f"t{i}", "lastStatus": s} for i, s in enumerate(statuses)]}


def _services(*specs: tuple[str, int, int, int]) -> dict[str, Any]:
    """DescribeServices output: (status, deployments, running, desired) per service."""
    return {
        "services": [
            {
                "serviceName": f"s{i}",
                "status": status,
                "deployments": [{"id": f"d{j}"} for j in range(deployments)],
                "runningCount": running,
                "desiredCount": desired,
            }
            for i, (status, deployments, running, desired) in enumerate(specs)
        ],
        "failures": [],
    }


# -- waiters end to end ----------------------------------------------------------


@pytest.mark.parametrize("mode", MODES)
def test_table_exists_waits_through_not_found_then_creating(
    mode: str, generated: dict[str, Generated]
) -> None:
    dynamodb = generated["dynamodb"]
    table = {"TableName": "Music", "TableStatus": "ACTIVE", "ItemCount": 3}
    script = Script(
        _error(dynamodb, "ResourceNotFoundException"),
        _error(dynamodb, "ResourceNotFoundException"),
        _ok(dynamodb, {"Table": {**table, "TableStatus": "CREATING"}}),
        _ok(dynamodb, {"Table": table}),
    )
    output, requests = _run(
        mode, dynamodb, script, "wait_until_table_exists", table_name="Music", delay=TINY
    )
    assert output.to_dict() == {"Table": table}
    assert len(requests) == 4
    assert {r.header("X-Amz-Target") for r in requests} == {"DynamoDB_20120810.DescribeTable"}
    assert all(r.json() == {"TableName": "Music"} for r in requests)


@pytest.mark.parametrize("mode", MODES)
def test_table_not_exists_succeeds_on_the_error_and_returns_none(
    mode: str, generated: dict[str, Generated]
) -> None:
    dynamodb = generated["dynamodb"]
    script = Script(
        _ok(dynamodb, {"Table": {"TableStatus": "ACTIVE"}}),
        _ok(dynamodb, {"Table": {"TableStatus": "DELETING"}}),
        _error(dynamodb, "ResourceNotFoundException"),
    )
    output, requests = _run(
        mode, dynamodb, script, "wait_until_table_not_exists", table_name="Music", delay=TINY
    )
    assert output is None
    assert len(requests) == 3


@pytest.mark.parametrize("mode", MODES)
def test_an_error_no_acceptor_names_fails_at_once(
    mode: str, generated: dict[str, Generated]
) -> None:
    dynamodb = generated["dynamodb"]
    script = Script(_error(dynamodb, "AccessDeniedException"))
    error, requests = _run(
        mode, dynamodb, script, "wait_until_table_exists", table_name="Music", delay=TINY
    )
    package = dynamodb.package
    assert type(error) is package.WaiterError
    assert (error.name, error.attempts) == ("TableExists", 1)
    assert isinstance(error.last_response, package.ServiceError)
    assert error.last_response.code == "AccessDeniedException"
    assert error.__cause__ is error.last_response
    assert "AccessDeniedException matched no acceptor" in str(error)
    assert len(requests) == 1


@pytest.mark.parametrize("mode", MODES)
def test_services_stable_once_one_deployment_runs_all_desired_tasks(
    mode: str, generated: dict[str, Generated]
) -> None:
    ecs = generated["ecs"]
    script = Script(
        _ok(ecs, _services(("ACTIVE", 2, 3, 3))),
        _ok(ecs, _services(("ACTIVE", 1, 2, 3), ("ACTIVE", 1, 1, 1))),
        _ok(ecs, _services(("ACTIVE", 1, 3, 3), ("ACTIVE", 1, 1, 1))),
    )
    output, requests = _run(
        mode, ecs, script, "wait_until_services_stable", services=["s0", "s1"], delay=TINY
    )
    assert [s.running_count for s in output.services] == [3, 1]
    assert len(requests) == 3
    assert requests[0].json() == {"services": ["s0", "s1"]}


@pytest.mark.parametrize("mode", MODES)
def test_services_stable_fails_when_a_service_drains(
    mode: str, generated: dict[str, Generated]
) -> None:
    ecs = generated["ecs"]
    script = Script(
        _ok(ecs, _services(("ACTIVE", 2, 3, 3))),
        _ok(ecs, _services(("ACTIVE", 1, 3, 3), ("DRAINING", 1, 0, 0))),
    )
    error, requests = _run(
        mode, ecs, script, "wait_until_services_stable", services=["s0", "s1"], delay=TINY
    )
    assert type(error) is ecs.package.WaiterError
    assert error.attempts == 2
    assert 'some services[].status == "DRAINING"' in str(error)
    assert [s.status for s in error.last_response.services] == ["ACTIVE", "DRAINING"]
    assert len(requests) == 2


@pytest.mark.parametrize("mode", MODES)
def test_services_inactive_fails_on_missing_and_succeeds_on_inactive(
    mode: str, generated: dict[str, Generated]
) -> None:
    ecs = generated["ecs"]
    missing = {"services": [], "failures": [{"arn": "arn:s9", "reason": "MISSING"}]}
    error, _ = _run(
        mode, ecs, Script(_ok(ecs, missing)), "wait_until_services_inactive", services=["s9"]
    )
    assert type(error) is ecs.package.WaiterError
    assert 'some failures[].reason == "MISSING"' in str(error)

    script = Script(
        _ok(ecs, _services(("DRAINING", 1, 1, 0))), _ok(ecs, _services(("INACTIVE", 1, 0, 0)))
    )
    output, requests = _run(
        mode, ecs, script, "wait_until_services_inactive", services=["s0"], delay=TINY
    )
    assert output.services[0].status == "INACTIVE"
    assert len(requests) == 2


@pytest.mark.parametrize("mode", MODES)
def test_tasks_running_needs_every_task_running_and_fails_on_a_stopped_one(
    mode: str, generated: dict[str, Generated]
) -> None:
    ecs = generated["ecs"]
    script = Script(
        _ok(ecs, _tasks("PROVISIONING", "PENDING")),
        _ok(ecs, _tasks("RUNNING", "PENDING")),
        _ok(ecs, _tasks("RUNNING", "RUNNING")),
    )
    output, requests = _run(
        mode, ecs, script, "wait_until_tasks_running", tasks=["t0", "t1"], delay=TINY
    )
    assert [t.last_status for t in output.tasks] == ["RUNNING", "RUNNING"]
    assert len(requests) == 3

    script = Script(_ok(ecs, _tasks("PENDING", "RUNNING")), _ok(ecs, _tasks("STOPPED", "RUNNING")))
    error, requests = _run(
        mode, ecs, script, "wait_until_tasks_running", tasks=["t0", "t1"], delay=TINY
    )
    assert type(error) is ecs.package.WaiterError
    assert (error.attempts, len(requests)) == (2, 2)
    assert 'some tasks[].lastStatus == "STOPPED"' in str(error)


@pytest.mark.parametrize("mode", MODES)
def test_tasks_stopped_is_not_satisfied_by_no_tasks(
    mode: str, generated: dict[str, Generated]
) -> None:
    """pathAll over an empty list is false (botocore's rule): no tasks is not all stopped."""
    ecs = generated["ecs"]
    script = Script(
        _ok(ecs, _tasks()), _ok(ecs, _tasks("STOPPED", "RUNNING")), _ok(ecs, _tasks("STOPPED"))
    )
    output, requests = _run(
        mode, ecs, script, "wait_until_tasks_stopped", tasks=["t0"], delay=TINY
    )
    assert [t.last_status for t in output.tasks] == ["STOPPED"]
    assert len(requests) == 3


@pytest.mark.parametrize("mode", MODES)
def test_max_attempts_reached_raises_waiter_timeout_error(
    mode: str, generated: dict[str, Generated]
) -> None:
    ecs = generated["ecs"]
    error, requests = _run(
        mode,
        ecs,
        Script(_ok(ecs, _tasks("PENDING"))),
        "wait_until_tasks_running",
        tasks=["t0"],
        delay=TINY,
        max_attempts=3,
    )
    package = ecs.package
    assert type(error) is package.WaiterTimeoutError
    assert isinstance(error, package.WaiterError)
    assert (error.name, error.attempts, len(requests)) == ("TasksRunning", 3, 3)
    assert error.last_response.tasks[0].last_status == "PENDING"
    assert "gave up after 3 attempts" in str(error)
    assert f"{TINY} s apart (max_attempts=3)" in str(error)


@pytest.mark.parametrize("mode", MODES)
def test_max_wait_stops_before_an_attempt_that_would_start_too_late(
    mode: str, generated: dict[str, Generated]
) -> None:
    ecs = generated["ecs"]
    error, requests = _run(
        mode,
        ecs,
        Script(_ok(ecs, _tasks("PENDING"))),
        "wait_until_tasks_running",
        tasks=["t0"],
        delay=0.02,
        max_wait=0.1,
    )
    assert type(error) is ecs.package.WaiterTimeoutError
    assert "max_wait=0.1" in str(error)
    assert error.attempts == len(requests)
    # No attempt started after max_wait, so there is room for at most 0.1 / 0.02 sleeps.
    assert 1 <= error.attempts <= 6


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("option", "value"), [("delay", -1), ("max_attempts", 0), ("max_wait", 0), ("delay", "1")]
)
def test_bad_overrides_are_refused_before_any_call(
    mode: str, option: str, value: Any, generated: dict[str, Generated]
) -> None:
    ecs = generated["ecs"]
    error, requests = _run(
        mode,
        ecs,
        Script(_ok(ecs, _tasks())),
        "wait_until_tasks_stopped",
        tasks=["t0"],
        **{option: value},
    )
    assert type(error) is ecs.package.ParamValidationError
    assert error.path == option
    assert requests == []


def test_waiter_methods_mirror_the_operation_and_say_what_they_wait_for(
    generated: dict[str, Generated],
) -> None:
    import inspect

    dynamodb = generated["dynamodb"]
    for cls in (
        dynamodb.package.DynamoDBClient,
        getattr(dynamodb.package, "AsyncDynamoDBClient"),
    ):
        method = cls.wait_until_table_exists
        assert inspect.iscoroutinefunction(method) == cls.__name__.startswith("Async")
        parameters = list(inspect.signature(method).parameters)
        assert parameters == ["self", "table_name", "delay", "max_attempts", "max_wait"]
        doc = inspect.getdoc(method) or ""
        assert "`describe_table` every 20 seconds, at most 25 times" in doc
        assert 'done when `Table.TableStatus` is "ACTIVE"' in doc
        assert "keep waiting when the call raises `ResourceNotFoundException`" in doc


# -- the acceptors against botocore's ------------------------------------------------

SIMPLE_PATH = re.compile(r"^(?:(\w+(?:\.\w+)*)\[\]\.)?(\w+(?:\.\w+)*)$")  # a.b or a.b[].c.d


def _nest(path: str, value: Any) -> dict[str, Any]:
    result: Any = value
    for name in reversed(path.split(".")):
        result = {name: result}
    return dict(result)


def _documents_for(argument: str, expected: Any) -> list[dict[str, Any]]:
    """Outputs where a simple path (``a.b`` or ``a[].b``) finds, misses and lacks ``expected``."""
    match = SIMPLE_PATH.match(argument)
    if match is None:
        return []
    listed, leaf = match.groups()
    other = f"NOT_{expected}" if isinstance(expected, str) else not expected
    if listed is None:
        return [_nest(leaf, expected), _nest(leaf, other), {}]
    lists = [[expected], [expected, expected], [expected, other], [other], []]
    documents = [_nest(listed, [_nest(leaf, v) for v in values]) for values in lists]
    return documents + [_nest(listed, [{}]), {}]


# Outputs for the expressions that are more than a simple path.
HAND_MADE: dict[str, list[dict[str, Any]]] = {
    "DescribeServices": [
        _services(),
        _services(("ACTIVE", 1, 2, 2)),
        _services(("ACTIVE", 2, 2, 2)),
        _services(("ACTIVE", 1, 1, 2)),
        _services(("ACTIVE", 1, 1, 1), ("ACTIVE", 1, 0, 1)),
        {"failures": [{"arn": "a", "reason": "MISSING"}]},  # no services: length(null) raises
    ],
    "DescribeKinesisStreamingDestination": [
        {"KinesisDataStreamDestinations": [{"DestinationStatus": s} for s in statuses]}
        for statuses in ([], ["DISABLED"], ["DISABLED", "ENABLE_FAILED"], ["DISABLED", "ACTIVE"])
    ],
}
ERRORS = [("ResourceNotFoundException", 400), ("ValidationException", 400), ("InternalError", 500)]

# Hand-made acceptors on ECS DescribeServices for the corners of botocore's rules:
# (matcher, argument, expected, can it ever match).
EDGES = [
    ("status", "", 200, True),
    ("status", "", 400, True),
    ("status", "", 500, True),
    ("error", "", True, True),
    ("error", "", False, True),
    ("error", "", "", True),  # "" is the error code of no error
    ("path", "services[0].runningCount", 2, True),
    ("path", "services[0].runningCount", True, True),  # 1 == true in Python, so in botocore
    ("path", "length(services)", 2, True),
    ("pathAll", "services[].runningCount", 1, True),
    ("pathAny", "services[].deployments[].id", "d1", True),
    ("path", "services[].status", "ACTIVE", False),  # a list never equals a string
    ("path", "services[0].createdAt", "x", False),  # a datetime, in both
    ("pathAll", "services[0].status", "ACTIVE", False),  # not a list
    ("pathAny", "failures", "MISSING", False),  # a list of objects
]
EDGE_ACCEPTORS = [
    {"state": "success", "matcher": matcher, "expected": expected}
    | ({"argument": argument} if argument else {})
    for matcher, argument, expected, _ in EDGES
]


class Differential:
    """Parses one HTTP response with botocore and with the generated client, and compares."""

    def __init__(self, generated: Generated) -> None:
        self.generated = generated
        self.model = ServiceModel(generated.raw)
        self.parser = create_parser(self.model.metadata["protocol"])
        self.protocol = importlib.import_module(f"{generated.runtime}.protocols.awsjson")
        self.http = importlib.import_module(f"{generated.runtime}.transports.http")
        self.waiter = importlib.import_module(f"{generated.runtime}.pipeline.waiter")
        self.errors = importlib.import_module(f"{generated.runtime}.exceptions")

    def responses(self, operation: str, acceptors: list[dict[str, Any]]) -> list[Response]:
        """Outputs and errors that each acceptor matches and does not match."""
        documents = [
            document
            for acceptor in acceptors
            for document in _documents_for(acceptor.get("argument", ""), acceptor["expected"])
        ]
        documents += HAND_MADE.get(operation, []) + [{}]
        codes = {a["expected"] for a in acceptors if a["matcher"] == "error"}
        errors = ERRORS + [(code, 400) for code in sorted(codes - {True, False, ""}, key=str)]
        return [_ok(self.generated, d) for d in documents] + [
            _error(self.generated, code, status) for code, status in errors
        ]

    def parse(self, operation: str, response: Response) -> tuple[dict[str, Any], Any]:
        """(botocore's parsed response, the generated client's output or ServiceError)."""
        status, headers, body = response
        operation_model = self.model.operation_model(operation)
        parsed = self.parser.parse(
            {"status_code": status, "headers": headers, "body": body}, operation_model.output_shape
        )
        ours = self.http.HttpResponse(status, {k.lower(): v for k, v in headers.items()}, body)
        if status >= 300:
            return parsed, self.protocol.parse_error(self.generated.operations._SERVICE, ours)
        method = next(o for o in self.generated.service.operations if o.name == operation)
        spec = getattr(self.generated.operations, method.method_name.upper())
        return parsed, self.protocol.parse_response(spec, ours)

    def ours(self, acceptor: Any, outcome: Any) -> Any:
        try:
            return acceptor.matches(self.waiter.Response(outcome))
        except Exception as error:
            return type(error).__name__

    @staticmethod
    def botocores(matcher: Any, parsed: dict[str, Any]) -> Any:
        try:
            return bool(matcher(parsed))
        except Exception as error:
            return type(error).__name__


def _spec(generated: Generated, name: str) -> Any:
    waiter = generated.service.waiters[name]
    return getattr(generated.operations, waiter.spec_name)


@pytest.mark.parametrize("name", sorted(NAMES))
def test_every_acceptor_matches_as_botocores_does(
    name: str, generated: dict[str, Generated]
) -> None:
    item = generated[name]
    check = Differential(item)
    botocore_model = WaiterModel({"version": 2, "waiters": item.waiters})
    compared = 0
    for waiter_name, raw in sorted(item.waiters.items()):
        ours = _spec(item, waiter_name).acceptors
        theirs = botocore_model.get_waiter(waiter_name).acceptors
        seen: list[set[Any]] = [set() for _ in ours]
        for response in check.responses(raw["operation"], raw["acceptors"]):
            parsed, outcome = check.parse(raw["operation"], response)
            for i, (acceptor, reference) in enumerate(zip(ours, theirs, strict=True)):
                expected = check.botocores(reference.matcher_func, parsed)
                assert check.ours(acceptor, outcome) == expected, (waiter_name, i, response)
                seen[i].add(expected)
                compared += 1
        for i, results in enumerate(seen):
            # Each acceptor both matched and did not, so the comparison is not vacuous.
            assert {True, False} <= results, (waiter_name, i, results)
    assert compared > 100


def test_edge_acceptors_match_as_botocores_do(generated: dict[str, Generated]) -> None:
    ecs = generated["ecs"]
    check = Differential(ecs)
    config = {"operation": "DescribeServices", "delay": 1, "maxAttempts": 1}
    theirs = SingleWaiterConfig({**config, "acceptors": EDGE_ACCEPTORS}).acceptors
    ours = [
        check.waiter.Acceptor(a["state"], a["matcher"], a["expected"], a.get("argument", ""))
        for a in EDGE_ACCEPTORS
    ]
    describe_services = [a for w in ecs.waiters.values() for a in w["acceptors"]]
    responses = check.responses("DescribeServices", describe_services) + [
        _ok(ecs, {"services": [{"createdAt": 1700000000, "runningCount": 1}]}),
        _ok(ecs, {"services": [{"runningCount": 2, "deployments": [{"id": "d1"}]}]}),
        _ok(ecs, {"failures": [{"reason": "MISSING"}]}),
    ]
    seen: list[set[Any]] = [set() for _ in ours]
    for response in responses:
        parsed, outcome = check.parse("DescribeServices", response)
        for i, (acceptor, reference) in enumerate(zip(ours, theirs, strict=True)):
            expected = check.botocores(reference.matcher_func, parsed)
            assert check.ours(acceptor, outcome) == expected, (EDGE_ACCEPTORS[i], response)
            seen[i].add(expected)
    for (*edge, can_match), results in zip(EDGES, seen, strict=True):
        # length() of a missing list raises, in botocore as here (already compared above).
        results.discard("JMESPathTypeError")
        assert results == ({True, False} if can_match else {False}), edge


def _botocore_decision(name: str, config: dict[str, Any], parsed: dict[str, Any]) -> str:
    """What botocore's own wait loop does with one response: success, failure or retry."""
    waiter = Waiter(name, SingleWaiterConfig(config), lambda **kwargs: parsed)
    try:
        waiter.wait(WaiterConfig={"Delay": 0, "MaxAttempts": 1})
    except BotocoreWaiterError as error:
        return "retry" if "Max attempts exceeded" in str(error) else "failure"
    except Exception as error:
        return type(error).__name__
    return "success"


def _our_decision(check: Differential, spec: Any, outcome: Any) -> str:
    waiting = check.waiter.Waiting(spec, max_attempts=1)
    try:
        waiting.after(outcome)
    except check.errors.WaiterTimeoutError:
        return "retry"
    except check.errors.WaiterError:
        return "failure"
    except Exception as error:
        return type(error).__name__
    return "success"


@pytest.mark.parametrize("name", sorted(NAMES))
def test_every_waiter_decides_as_botocores_loop_does(
    name: str, generated: dict[str, Generated]
) -> None:
    item = generated[name]
    check = Differential(item)
    for waiter_name, raw in sorted(item.waiters.items()):
        spec = _spec(item, waiter_name)
        decisions = set()
        for response in check.responses(raw["operation"], raw["acceptors"]):
            parsed, outcome = check.parse(raw["operation"], response)
            decision = _botocore_decision(waiter_name, raw, parsed)
            assert _our_decision(check, spec, outcome) == decision, (waiter_name, response)
            decisions.add(decision)
        assert {"success", "failure", "retry"} <= decisions, (waiter_name, decisions)
