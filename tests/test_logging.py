"""DEBUG logging of both clients: what the records say, and what they must never say.

Calls go over real HTTP to a signature-checking local server
(tests/localserver.py) that answers from a script: a retried create (500,
then 200), a get whose output is full of sensitive members, and an update
refused with a modeled error. Every member the model marks sensitive
(contact names, emails, phone numbers, company names, ...) is set, in the
input and in the output, to a unique marker string; the service's error
messages carry markers too, as a real service's may quote the input.

The records must name, for each attempt the server saw, the operation, the
endpoint, the attempt number, the HTTP status, the request id and a
duration; the retry decision and the typed input and output. Nothing
captured, from any logger, may hold a marker, the credentials, the
Authorization header or the signature: not the message, not the record's
arguments, not anything a formatter can print.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import re
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.localserver import JSON_CONTENT_TYPE, LocalAwsServer, RecordedRequest, Response
from tests.populate import populate, to_wire_json

import partnercentral_selling  # noqa: E402
from partnercentral_selling import (  # noqa: E402
    AsyncPartnerCentralSellingClient,
    Credentials,
    PartnerCentralSellingClient,
    errors,
    shapes,
)
from typed_aws_runtime.retries.strategy import StandardRetryStrategy  # noqa: E402
from partnercentral_selling.commands import CreateOpportunityCommand  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MODEL = json.loads(
    (ROOT / "models" / "partnercentral-selling" / "2022-07-26" / "service-2.json").read_text()
)
SHAPES: dict[str, Any] = MODEL["shapes"]
TARGET_PREFIX = MODEL["metadata"]["targetPrefix"] + "."
ERROR_NAMESPACE = "com.amazonaws.partnercentralselling"
REGION = "us-east-1"
SIGNING_NAME = "partnercentral-selling"
ACCESS_KEY, SECRET_KEY, SESSION_TOKEN = "AKIDLOGGINGTESTS", "logging-secret-key", "logging-token"
MARK = "s3ns1tive"
ATTEMPT = re.compile(
    r"(?P<operation>\w+): attempt (?P<attempt>\d+) of (?P<max>\d+): POST (?P<url>\S+) -> "
    r"HTTP (?P<status>\d+), request id (?P<request_id>\S+) in (?P<ms>\d+\.\d) ms"
)

pytestmark = pytest.mark.usefixtures("home")  # no AWS settings from the environment


# -- sensitive values ---------------------------------------------------------------------


def mark_sensitive(
    shape_name: str, value: Any, markers: list[str], sensitive: bool = False
) -> Any:
    """``value`` with each string under a sensitive shape or member replaced by a new marker.

    Enum-typed sensitive members (a country code) get a marker too: the
    client keeps enum values it does not know.
    """
    shape = SHAPES[shape_name]
    sensitive = sensitive or bool(shape.get("sensitive"))
    kind = shape["type"]
    if kind == "structure":
        members = shape["members"]
        return {
            name: mark_sensitive(
                members[name]["shape"], item, markers, sensitive or members[name].get("sensitive")
            )
            for name, item in value.items()
        }
    if kind == "list":
        return [
            mark_sensitive(shape["member"]["shape"], item, markers, sensitive) for item in value
        ]
    if kind == "map":
        value_shape = shape["value"]["shape"]
        return {k: mark_sensitive(value_shape, v, markers, sensitive) for k, v in value.items()}
    if kind == "string" and sensitive:
        markers.append(f"{MARK}{len(markers):04d}z")
        return markers[-1]
    return value


def error_answer(status: int, code: str, members: dict[str, Any]) -> Response:
    headers = {"Content-Type": JSON_CONTENT_TYPE, "x-amzn-RequestId": str(uuid.uuid4())}
    body = {"__type": f"{ERROR_NAMESPACE}#{code}", **members}
    return status, headers, json.dumps(body).encode()


def success_answer(body: Any) -> Response:
    headers = {"Content-Type": JSON_CONTENT_TYPE, "x-amzn-RequestId": str(uuid.uuid4())}
    return 200, headers, json.dumps(body).encode()


class Scenario:
    """The calls, the server's scripted answers, and every marker either holds."""

    def __init__(self) -> None:
        self.input_markers: list[str] = []
        create_input = mark_sensitive(
            "CreateOpportunityRequest",
            populate(SHAPES, "CreateOpportunityRequest"),
            self.input_markers,
        )
        del create_input["ClientToken"]  # the client's to fill
        self.create_input = shapes.CreateOpportunityRequest.from_dict(create_input)
        self.output_markers: list[str] = []
        get_output = mark_sensitive(
            "GetOpportunityResponse",
            populate(SHAPES, "GetOpportunityResponse"),
            self.output_markers,
        )
        self.error_markers = [f"{MARK}-error-{n}" for n in range(3)]
        self.answers = [
            error_answer(500, "InternalServerException", {"Message": self.error_markers[0]}),
            success_answer({"Id": "O1234567", "LastModifiedDate": "2026-11-26T10:00:00Z"}),
            success_answer(to_wire_json(SHAPES, "GetOpportunityResponse", get_output)),
            error_answer(
                400,
                "ValidationException",
                {
                    "Message": self.error_markers[1],
                    "Reason": "BUSINESS_VALIDATION_FAILED",
                    "ErrorList": [
                        {"FieldName": "Customer", "Message": self.error_markers[2], "Code": "x"}
                    ],
                },
            ),
        ]

    @property
    def markers(self) -> list[str]:
        return self.input_markers + self.output_markers + self.error_markers


class Script:
    """Answers request N with answer N; keeps the (status, request id) of each."""

    def __init__(self, answers: list[Response]) -> None:
        self._answers = list(answers)
        self._lock = threading.Lock()
        self.answered: list[tuple[int, str]] = []

    def __call__(self, request: RecordedRequest) -> Response:
        with self._lock:
            status, headers, body = self._answers.pop(0)
            self.answered.append((status, headers["x-amzn-RequestId"]))
        return status, headers, body


@pytest.fixture
def scenario() -> Scenario:
    return Scenario()


@pytest.fixture
def server(scenario: Scenario) -> Iterator[LocalAwsServer]:
    with LocalAwsServer(
        Script(scenario.answers),
        credentials=(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN),
        region=REGION,
        service=SIGNING_NAME,
    ) as server:
        yield server


def options(server: LocalAwsServer, **more: Any) -> dict[str, Any]:
    return dict(
        region=REGION,
        endpoint_url=server.url,
        credentials=Credentials(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN),
        retry_strategy=StandardRetryStrategy(3, random=lambda: 0.01),
        **more,
    )


def run_sync(scenario: Scenario, settings: dict[str, Any]) -> list[Any]:
    """Create (retried), get, update (refused); the outputs, then the error."""
    with PartnerCentralSellingClient(**settings) as client:
        created = client.send(CreateOpportunityCommand(scenario.create_input))
        got = client.get_opportunity(catalog="Sandbox", identifier="O1234567")
        with pytest.raises(errors.ValidationException) as refused:
            update(client)
    return [created, got, refused.value]


def run_async(scenario: Scenario, settings: dict[str, Any]) -> list[Any]:
    """As :func:`run_sync`, with the async client."""

    async def calls() -> list[Any]:
        async with AsyncPartnerCentralSellingClient(**settings) as client:
            created = await client.send(CreateOpportunityCommand(scenario.create_input))
            got = await client.get_opportunity(catalog="Sandbox", identifier="O1234567")
            with pytest.raises(errors.ValidationException) as refused:
                await update(client)
        return [created, got, refused.value]

    return asyncio.run(calls())


def update(client: Any) -> Any:
    modified = dt.datetime(2026, 11, 26, 10, tzinfo=dt.timezone.utc)
    return client.update_opportunity(
        catalog="Sandbox", identifier="O1234567", last_modified_date=modified
    )


RUNS: dict[str, Callable[[Scenario, dict[str, Any]], list[Any]]] = {
    "sync": run_sync,
    "async": run_async,
}


# -- what the records hold ----------------------------------------------------------------


def everything_logged(records: list[logging.LogRecord]) -> str:
    """All a handler could print of the records: message, arguments, exception, every field."""
    formatter = logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s")
    texts = []
    for record in records:
        texts += [formatter.format(record), repr(vars(record))]
        texts += [str(arg) for arg in record.args or ()]
    return "\n".join(texts)


def secrets_of(server: LocalAwsServer) -> list[str]:
    """The credentials, and each request's Authorization header and signature."""
    found = [ACCESS_KEY, SECRET_KEY, SESSION_TOKEN]
    for request in server.requests:
        authorization = request.header("Authorization") or ""
        found += [authorization, authorization.rpartition("Signature=")[2]]
    return found


@pytest.mark.parametrize("flavour", sorted(RUNS))
def test_debug_records_describe_each_attempt_and_hide_every_secret(
    flavour: str,
    scenario: Scenario,
    server: LocalAwsServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    logger = logging.getLogger(f"tests.logging.{flavour}")
    caplog.set_level(logging.DEBUG)  # every logger, the HTTP libraries' too
    created, got, refused = RUNS[flavour](scenario, options(server, logger=logger))

    received = server.requests
    assert [request.signature_valid for request in received] == [True] * 4
    # The markers went out and came back: the test is not vacuous.
    for marker in scenario.input_markers:
        assert marker.encode() in received[0].body
    assert all(marker in str(got.to_dict()) for marker in scenario.output_markers)
    assert refused.message == scenario.error_markers[1]

    mine = [record for record in caplog.records if record.name == logger.name]
    assert mine and all(record.levelno == logging.DEBUG for record in mine)
    assert not [r for r in caplog.records if r.name == partnercentral_selling.__name__]

    # One record per attempt the server saw, in order, naming what it saw and answered.
    attempts = [m for r in mine if (m := ATTEMPT.fullmatch(r.getMessage()))]
    script = server.handler
    assert isinstance(script, Script)
    assert [
        (m["operation"], int(m["attempt"]), int(m["max"]), m["url"], int(m["status"]))
        + (m["request_id"],)
        for m in attempts
    ] == [
        (
            str(request.header("X-Amz-Target")).removeprefix(TARGET_PREFIX),
            int(str(request.header("amz-sdk-request")).split(";")[0].split("=")[1]),
            3,
            server.url + request.path,
            status,
            request_id,
        )
        for request, (status, request_id) in zip(received, script.answered)
    ]
    assert all(float(m["ms"]) >= 0 for m in attempts)
    messages = [record.getMessage() for record in mine]
    (retry,) = [m for m in messages if "retrying" in m]
    assert re.fullmatch(
        r"CreateOpportunity: retrying after InternalServerException \(HTTP 500\) "
        r"\(attempt 2 of 3, in \d+\.\d+ s\)",
        retry,
    )
    # The typed input and output, their sensitive members redacted.
    create_input = next(m for m in messages if m.startswith("CreateOpportunity: input "))
    assert create_input.startswith("CreateOpportunity: input CreateOpportunityRequest(")
    assert "=***" in create_input
    assert any(m.startswith("GetOpportunity: output GetOpportunityResponse(") for m in messages)

    # Nothing any logger captured holds a secret, a marker, or an object that does.
    logged = everything_logged(caplog.records)
    leaked = [value for value in scenario.markers + secrets_of(server) if value in logged]
    assert not leaked
    for record in mine:
        assert record.exc_info is None
        assert all(isinstance(arg, (str, int, float)) for arg in record.args or ()), record.msg


@pytest.mark.parametrize("flavour", sorted(RUNS))
def test_by_default_the_package_logger_logs_a_successful_call_at_debug_only(
    flavour: str, caplog: pytest.LogCaptureFixture
) -> None:
    answer = success_answer({"Id": "O1234567", "LastModifiedDate": "2026-11-26T10:00:00Z"})
    caplog.set_level(logging.DEBUG)
    with LocalAwsServer(lambda request: answer) as server:
        settings = options(server)
        if flavour == "sync":
            with PartnerCentralSellingClient(**settings) as client:
                client.create_opportunity(catalog="Sandbox")
        else:

            async def call() -> None:
                async with AsyncPartnerCentralSellingClient(**settings) as client:
                    await client.create_opportunity(catalog="Sandbox")

            asyncio.run(call())

    package_logger = logging.getLogger(partnercentral_selling.__name__)
    mine = [r for r in caplog.records if "CreateOpportunity" in r.getMessage()]
    assert len(mine) == 3  # input, the attempt, output
    assert {record.name for record in mine} == {package_logger.name}
    assert [r for r in caplog.records if r.levelno > logging.DEBUG] == []
