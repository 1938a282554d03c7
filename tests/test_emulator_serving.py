"""The emulator's generic parts over real HTTP: the console command, SigV4, quotas, state,
malformed requests and concurrent calls.

Every test talks to a served emulator through a socket (the generated client, boto3,
``http.client``, or the console command in a subprocess). An operation the emulator does
not emulate answers ``UnknownOperationException`` after the checks every call goes
through, so the tests pick such an operation by reading ``emulated_operations``, and stay
true as behaviours are added. Events need a behaviour: a test-only subclass adds one that
emits, on an operation no module handles.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from botocore.exceptions import ClientError

from tests.emulating import boto3_client
from partnercentral_selling import Credentials, commands
from partnercentral_selling.emulator import EMULATOR_CREDENTIALS, Emulator, StateFileError
from partnercentral_selling.errors import PartnerCentralSellingError
from typed_aws_runtime.emulation.routes import Call, Routes
from typed_aws_runtime.emulation.server import MAX_BODY

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "generated" / "partnercentral-selling" / "src"
PROGRAM = "partnercentral-selling-emulator"
TARGET_PREFIX = "AWSPartnerCentralSelling"
# Operations whose output has no required member: a test-only behaviour may answer {}.
OPEN_OUTPUTS = ("ListEngagementGroups", "CreateEngagementContext", "CreateEngagement")
# CreateEngagement is the `engagement-write` group: 15 per second, burst 1 (the
# partner-central-published preset), fast enough to pace 20 calls in under 2 s.
PACED_OPERATION = "CreateEngagement"
PACED_INPUT = {"Catalog": "Sandbox", "Title": "t", "Description": "d"}


def not_emulated(
    candidates: tuple[str, ...] = ("ListEngagementGroups", "SearchCustomerAccounts")
) -> str:
    """An operation no behaviour module handles (yet): it answers UnknownOperationException."""
    emulated = set(Emulator().emulated_operations)
    return next(
        name for name in (*candidates, *sorted(Emulator.OPERATIONS)) if name not in emulated
    )


NOT_EMULATED = not_emulated()
EVENTFUL = not_emulated(OPEN_OUTPUTS)
assert EVENTFUL in OPEN_OUTPUTS, "every open-output operation is emulated: pick another one"

events_routes = Routes()


@events_routes(EVENTFUL)
def _emit_one(call: Call) -> dict[str, Any]:
    """A test-only behaviour: one event, as CreateOpportunity's (its documented shape)."""
    call.emit(
        "Opportunity Created",
        {"schemaVersion": "1", "catalog": "Sandbox", "opportunity": {"identifier": "O1234567"}},
        resources=["arn:aws:partnercentral:us-east-1::catalog/Sandbox/opportunity/O1234567"],
    )
    return {}


class EventfulEmulator(Emulator):
    """The emulator plus one operation that emits an event (tests only)."""

    ROUTES = Routes.merge(Emulator.ROUTES, events_routes)


# --- helpers --------------------------------------------------------------------------


def client_for(url: str, **options: Any) -> Any:
    options.setdefault("credentials", EMULATOR_CREDENTIALS)
    options.setdefault("max_attempts", 1)
    from partnercentral_selling import PartnerCentralSellingClient

    return PartnerCentralSellingClient(region="us-east-1", endpoint_url=url, **options)


def call_code(client: Any, operation: str, params: Mapping[str, Any]) -> str:
    """The error code the generated client raises for the call, or "" when it succeeds."""
    try:
        client.send(getattr(commands, f"{operation}Command")(dict(params)))
    except PartnerCentralSellingError as error:
        return error.code
    return ""


def boto3_for(url: str, key: str | None = None, secret: str | None = None) -> Any:
    # botocore's own checks off: the emulator's answer to invalid input is what is tested.
    return boto3_client(url, key, secret, parameter_validation=False)


def boto3_code(client: Any, method: str, **params: Any) -> str:
    try:
        getattr(client, method)(**params)
    except ClientError as error:
        return str(error.response["Error"]["Code"])
    return ""


def raw(
    url: str,
    body: bytes,
    target: str | None = None,
    method: str = "POST",
    headers: Mapping[str, str] | None = None,
) -> tuple[int, dict[str, Any] | bytes]:
    """One request as written (no client): the status and the JSON body (else the bytes)."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    sent = {"Content-Type": "application/x-amz-json-1.0", **(headers or {})}
    if target is not None:
        sent["X-Amz-Target"] = target
    try:
        connection.request(method, "/", body, sent)
        response = connection.getresponse()
        data = response.read()
    finally:
        connection.close()
    try:
        return response.status, json.loads(data)
    except ValueError:
        return response.status, data


def target(operation: str) -> str:
    return f"{TARGET_PREFIX}.{operation}"


class Webhook:
    """A local HTTP server on 127.0.0.1 that keeps the JSON bodies POSTed to it."""

    def __init__(self) -> None:
        self.received: list[Any] = []
        self.arrived = threading.Event()
        received, arrived = self.received, self.arrived

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                received.append(json.loads(body))
                arrived.set()
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/events"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def webhook() -> Iterator[Webhook]:
    hook = Webhook()
    yield hook
    hook.close()


# --- the console command ------------------------------------------------------------


def _environment() -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    environment["PYTHONPATH"] = os.pathsep.join([str(SOURCE), str(ROOT)])
    return environment


class Command:
    """The emulator's console command in a subprocess, serving on a free port."""

    def __init__(self, *options: str, program: list[str] | None = None) -> None:
        argv = program or [sys.executable, "-m", "partnercentral_selling.emulator"]
        self.process = subprocess.Popen(
            [*argv, "--port", "0", *options],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_environment(),
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert " serving on " in line, line + self.process.stderr.read()  # type: ignore[union-attr]
        self.url = line.split(" serving on ")[1].split()[0]
        assert not self.url.endswith(":0"), "the line names the port it really listens on"

    def stop(self, signum: int = signal.SIGTERM) -> tuple[int, str]:
        """Send ``signum``; the exit status and what the command printed afterwards."""
        self.process.send_signal(signum)
        out, err = self.process.communicate(timeout=30)
        return self.process.returncode, out + err


def test_the_command_serves_the_clients_and_stops_on_sigterm_saving_its_state(
    tmp_path: Path,
) -> None:
    saved = tmp_path / "state.json"
    command = Command("--save", str(saved))
    try:
        assert call_code(client_for(command.url), NOT_EMULATED, {"Catalog": "AWS"}) == (
            "UnknownOperationException"
        )
        boto = boto3_for(command.url)
        method = {api: m for m, api in boto.meta.method_to_api_mapping.items()}[NOT_EMULATED]
        assert boto3_code(boto, method, Catalog="AWS") == "UnknownOperationException"
        assert boto3_code(boto, "get_opportunity", Catalog="AWS") == "ValidationException"
    finally:
        status, printed = command.stop(signal.SIGTERM)
    assert status == 0
    assert f"state saved to {saved}" in printed
    state = json.loads(saved.read_text())
    assert state["format"] == "emulator-state/1"
    assert state["service"] == Emulator.SERVICE["service_id"]


# A script's background job (`sh -c 'emulator &'`) starts with SIGINT ignored; the shell
# here ignores it, then execs the command, which inherits that.
AS_BACKGROUND_JOB = ["sh", "-c", 'trap "" INT; exec "$@"', "sh"]


@pytest.mark.parametrize("started", ["directly", "as a background job"])
def test_the_command_starts_from_a_state_file_and_saves_it_on_sigint(
    tmp_path: Path, started: str
) -> None:
    start, end = tmp_path / "start.json", tmp_path / "end.json"
    with Emulator() as emulator:
        emulator.store.table("marker")["k"] = {"written": "by the test"}
        emulator.save(start)
    program = [sys.executable, "-m", "partnercentral_selling.emulator"]
    if started == "as a background job":
        program = AS_BACKGROUND_JOB + program
    command = Command("--state", str(start), "--save", str(end), program=program)
    status, _ = command.stop(signal.SIGINT)
    assert status == 0
    assert json.loads(end.read_text())["tables"]["marker"] == {"k": {"written": "by the test"}}


@pytest.mark.parametrize(
    ("content", "reason"),
    [("not json", "cannot read"), ('{"format": "emulator-state/1", "service": "S3"}', "'S3'")],
)
def test_a_bad_state_file_exits_2_naming_the_file(
    tmp_path: Path, content: str, reason: str
) -> None:
    bad = tmp_path / "bad-state.json"
    bad.write_text(content)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "partnercentral_selling.emulator",
            "--port",
            "0",
            "--state",
            str(bad),
        ],
        capture_output=True,
        text=True,
        env=_environment(),
        timeout=60,
    )
    assert result.returncode == 2
    assert str(bad) in result.stderr and reason in result.stderr


def test_help_lists_the_options() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "partnercentral_selling.emulator", "--help"],
        capture_output=True,
        text=True,
        env=_environment(),
        timeout=60,
    )
    assert result.returncode == 0
    for option in (
        "--port",
        "--state",
        "--save",
        "--events-jsonl",
        "--webhook",
        "--quotas",
        "--access-key",
    ):
        assert option in result.stdout
    assert "partner-central-published" in result.stdout


def test_the_command_checks_signatures_with_its_access_keys() -> None:
    command = Command("--access-key", "AKIDCOMMANDTEST:command-secret")
    try:
        right = client_for(
            command.url, credentials=Credentials("AKIDCOMMANDTEST", "command-secret")
        )
        assert call_code(right, NOT_EMULATED, {"Catalog": "AWS"}) == "UnknownOperationException"
        wrong = client_for(command.url, credentials=Credentials("AKIDCOMMANDTEST", "other"))
        assert call_code(wrong, NOT_EMULATED, {"Catalog": "AWS"}) == "InvalidSignatureException"
        assert call_code(client_for(command.url), NOT_EMULATED, {"Catalog": "AWS"}) == (
            "UnrecognizedClientException"
        )
    finally:
        command.stop()


def test_the_command_throttles_with_its_quota_preset() -> None:
    command = Command("--quotas", "partner-central-published")
    try:
        client = client_for(command.url)
        codes = [
            call_code(client, PACED_OPERATION, {**PACED_INPUT, "ClientToken": f"c{n}"})
            for n in range(3)
        ]
        assert "ThrottlingException" in codes
    finally:
        command.stop()


# A test-only command: the console command of the emulator with one event-emitting behaviour.
EVENTFUL_COMMAND = f"""
import sys
sys.argv[0] = {PROGRAM!r}
from tests.test_emulator_serving import EventfulEmulator
from typed_aws_runtime.emulation import cli
cli.run(EventfulEmulator, {PROGRAM!r})
"""


def test_the_command_writes_events_to_jsonl_and_posts_them_to_webhooks(
    tmp_path: Path, webhook: Webhook
) -> None:
    lines = tmp_path / "events.jsonl"
    command = Command(
        "--events-jsonl",
        str(lines),
        "--webhook",
        webhook.url,
        program=[sys.executable, "-c", EVENTFUL_COMMAND],
    )
    try:
        assert (
            call_code(
                client_for(command.url), EVENTFUL, {"Catalog": "Sandbox", **_required(EVENTFUL)}
            )
            == ""
        )
        assert webhook.arrived.wait(10)
    finally:
        command.stop()
    written = [json.loads(line) for line in lines.read_text().splitlines()]
    assert written == webhook.received
    assert [event["detail-type"] for event in written] == ["Opportunity Created"]
    assert written[0]["source"] == "aws.partnercentral-selling"
    assert written[0]["detail"]["opportunity"] == {"identifier": "O1234567"}


def _required(operation: str) -> dict[str, Any]:
    """The members besides Catalog that ``operation`` requires, with valid values."""
    values = {
        "ClientToken": "token-1",
        "Title": "t",
        "Description": "d",
        "EngagementIdentifier": "eng-abcdefghijklmn",
        "Type": "CustomerProject",
    }
    shape = Emulator.SHAPES[Emulator.OPERATIONS[operation]["input"]]
    return {name: values[name] for name in shape.get("required", ()) if name != "Catalog"}


# --- SigV4 over HTTP ---------------------------------------------------------------------


@pytest.fixture
def signed() -> Iterator[Emulator]:
    with Emulator(access_keys={"AKIDSIGNEDTEST": "signed-secret"}) as emulator:
        yield emulator
        assert emulator.faults == []


def test_sigv4_the_right_keys_pass(signed: Emulator) -> None:
    right = client_for(
        signed.endpoint_url, credentials=Credentials("AKIDSIGNEDTEST", "signed-secret")
    )
    assert call_code(right, NOT_EMULATED, {"Catalog": "AWS"}) == "UnknownOperationException"
    boto = boto3_for(signed.endpoint_url, "AKIDSIGNEDTEST", "signed-secret")
    assert boto3_code(boto, "list_solutions", Catalog="AWS", MaxResults=0) == "ValidationException"


def test_sigv4_a_wrong_secret_or_an_unknown_key_is_refused(signed: Emulator) -> None:
    wrong = client_for(signed.endpoint_url, credentials=Credentials("AKIDSIGNEDTEST", "other"))
    assert call_code(wrong, NOT_EMULATED, {"Catalog": "AWS"}) == "InvalidSignatureException"
    unknown = client_for(
        signed.endpoint_url, credentials=Credentials("AKIDUNKNOWN", "signed-secret")
    )
    assert call_code(unknown, NOT_EMULATED, {"Catalog": "AWS"}) == "UnrecognizedClientException"
    boto = boto3_for(signed.endpoint_url, "AKIDSIGNEDTEST", "other")
    assert boto3_code(boto, "list_solutions", Catalog="AWS") == "InvalidSignatureException"
    status, body = raw(signed.endpoint_url, b"{}", target(NOT_EMULATED))
    assert (status, body["__type"]) == (403, "MissingAuthenticationTokenException")  # type: ignore[index]


# --- quotas over HTTP -----------------------------------------------------------------


def test_a_burst_over_the_quota_is_throttled_and_a_paced_client_is_not() -> None:
    with Emulator(quotas="partner-central-published") as emulator:
        burst = client_for(emulator.endpoint_url)
        started = time.monotonic()
        codes = [
            call_code(burst, PACED_OPERATION, {**PACED_INPUT, "ClientToken": f"b{n}"})
            for n in range(10)
        ]
        elapsed = time.monotonic() - started
        # Burst 1, then 15 per second: no more passed than that (one more for early arrivals).
        assert "ThrottlingException" in codes
        assert len(codes) - codes.count("ThrottlingException") <= 2 + 15 * elapsed, codes
        assert emulator.faults == []
    # A fresh emulator: its buckets are full, as the paced client's own are.
    with Emulator(quotas="partner-central-published") as emulator:
        paced = client_for(emulator.endpoint_url, rate_limits="partner-central-published")
        codes = [
            call_code(paced, PACED_OPERATION, {**PACED_INPUT, "ClientToken": f"p{n}"})
            for n in range(20)
        ]
        assert codes.count("ThrottlingException") == 0, codes
        assert emulator.faults == []


# --- state ------------------------------------------------------------------------------


def test_state_save_load_and_reset_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    with Emulator() as emulator:
        emulator.store.table("things")["a"] = {"n": 1}
        emulator.save(path)
        emulator.store.table("things")["b"] = {"n": 2}
        emulator.reset()
        assert emulator.store.table("things") == {}
        emulator.load(path)
        assert emulator.store.table("things") == {"a": {"n": 1}}
        # Still serving after a load.
        assert call_code(client_for(emulator.endpoint_url), NOT_EMULATED, {"Catalog": "AWS"}) == (
            "UnknownOperationException"
        )
    assert Emulator(state=path).store.table("things") == {"a": {"n": 1}}


def test_a_state_file_of_another_service_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"format": "emulator-state/1", "service": "Other", "tables": {}}))
    with pytest.raises(StateFileError, match="'Other'"):
        Emulator(state=other)
    emulator = Emulator()
    with pytest.raises(StateFileError, match=str(other)):
        emulator.load(other)


# --- malformed requests ---------------------------------------------------------------


@pytest.fixture(scope="module")
def served() -> Iterator[Emulator]:
    with Emulator() as emulator:
        yield emulator
        assert emulator.faults == []


@pytest.mark.parametrize(
    "name", ["AWSPartnerCentralSelling.NoSuchOperation", "OtherService.ListSolutions", "", None]
)
def test_an_unknown_target_is_an_unknown_operation(served: Emulator, name: str | None) -> None:
    status, body = raw(served.endpoint_url, b"{}", name)
    assert (status, body["__type"]) == (400, "UnknownOperationException")  # type: ignore[index]


def test_get_is_not_an_operation(served: Emulator) -> None:
    status, body = raw(served.endpoint_url, b"", target("ListSolutions"), method="GET")
    assert (status, body["__type"]) == (400, "UnknownOperationException")  # type: ignore[index]


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]", b'"text"', b"{", b"\xff\xfe"])
def test_a_body_that_is_not_a_json_object_is_a_serialization_error(
    served: Emulator, body: bytes
) -> None:
    status, answer = raw(served.endpoint_url, body, target("ListSolutions"))
    assert (status, answer["__type"]) == (400, "SerializationException")  # type: ignore[index]


def test_an_empty_body_is_an_empty_input(served: Emulator) -> None:
    status, answer = raw(served.endpoint_url, b"", target("ListSolutions"))
    assert answer["ErrorList"][0]["FieldName"] == "Catalog"  # type: ignore[index]


def test_a_body_over_the_size_limit_is_refused_unread(served: Emulator) -> None:
    parts = urlsplit(served.endpoint_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.putrequest("POST", "/")
        connection.putheader("X-Amz-Target", target("ListSolutions"))
        connection.putheader("Content-Length", str(MAX_BODY + 1))
        connection.endheaders()
        response = connection.getresponse()
        assert response.status == 413
    finally:
        connection.close()
    # The server goes on answering.
    status, _ = raw(served.endpoint_url, b"{}", target("ListSolutions"))
    assert status == 400


# --- concurrency ------------------------------------------------------------------------


def test_concurrent_calls_are_all_answered(served: Emulator) -> None:
    threads, calls = 8, 50
    answers: list[list[str]] = [[] for _ in range(threads)]

    def work(index: int) -> None:
        client = client_for(served.endpoint_url)
        for n in range(calls):
            code = call_code(client, "ListSolutions", {"Catalog": "AWS", "MaxResults": 0})
            answers[index].append(code)

    workers = [threading.Thread(target=work, args=(i,)) for i in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    assert [len(a) for a in answers] == [calls] * threads
    assert {code for a in answers for code in a} == {"ValidationException"}


# --- in-process events, the test-only behaviour -------------------------------------


def test_events_reach_subscribers_and_webhooks_after_the_call(webhook: Webhook) -> None:
    with EventfulEmulator() as emulator:
        seen: list[Any] = []
        emulator.events.subscribe(seen.append)
        emulator.events.post_to(webhook.url)
        client = client_for(emulator.endpoint_url)
        assert call_code(client, EVENTFUL, {"Catalog": "Sandbox", **_required(EVENTFUL)}) == ""
        assert webhook.arrived.wait(10)
        assert seen == webhook.received
        assert seen[0]["account"] == emulator.account_id
        # A call refused before the behaviour runs emits nothing.
        status, body = raw(emulator.endpoint_url, b"{}", target(EVENTFUL))
        assert (status, body["__type"]) == (400, "ValidationException")  # type: ignore[index]
        assert len(seen) == 1
        assert emulator.faults == [] and emulator.events.failures == []


def test_a_paced_call_arriving_a_little_early_is_let_in_but_the_rate_holds() -> None:
    """The emulator's buckets forgive network jitter, never a sustained excess."""
    from typed_aws_runtime.emulation.quotas import Quotas
    from typed_aws_runtime.retries.pacing import GroupLimit, RateLimits

    quotas = Quotas(RateLimits({"w": GroupLimit(15, 1)}, {"Op": "w"}))
    # Paced at 15/s, the second request reached the emulator 5 ms early.
    assert [quotas.refuse("Op", "1", t) for t in (0.0, 1 / 15 - 0.005)] == [None, None]
    # 20 calls per second for a second: about 15 of them pass, not 20.
    times = [1.0 + n / 20 for n in range(20)]
    passed = sum(quotas.refuse("Op", "1", t) is None for t in times)
    assert 14 <= passed <= 16, passed


@pytest.mark.parametrize(
    "given", ["AKIDX=very-secret-value", "very-secret-value", ":very-secret-value", "AKIDX:"]
)
def test_a_malformed_access_key_is_refused_without_showing_it(
    given: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from typed_aws_runtime.emulation import cli

    with pytest.raises(SystemExit) as stopped:
        cli.main(Emulator, "partnercentral-selling-emulator", ["--access-key", given])
    assert stopped.value.code == 2
    error = capsys.readouterr().err
    assert "--access-key takes KEY_ID:SECRET" in error
    assert "very-secret-value" not in error
