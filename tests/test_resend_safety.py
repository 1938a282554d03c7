"""Resend safety over real HTTP: a request that may have reached the service goes again only
when the model says a second delivery cannot act twice.

Two packages are generated from the same cut Partner Central model, whose botocore file
happens to carry the traits: GetOpportunity is read-only, PutSellingSystemSettings
idempotent, CreateOpportunity (made not idempotent here) has an idempotency token and
AssociateOpportunity has none of the three. One package's IR says the model states the
traits of every operation (``idempotency_known``, as a Smithy model does), the other's does
not (as for every botocore model). Each call goes to a :class:`~tests.localserver.LocalAwsServer`
on 127.0.0.1, through each of the four request handlers, sync and async; the server's count
of requests received is the verdict.
"""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.emit.package import write_package
from generator.loaders import load_model
from tests.localserver import (
    JSON_CONTENT_TYPE,
    DropConnection,
    LocalAwsServer,
    RecordedRequest,
    Response,
    closed_port,
    error_response,
)
from tests.packages import PINNED, cut_model, forget, import_fresh

OPERATIONS = {
    "readonly": "GetOpportunity",
    "idempotent": "PutSellingSystemSettings",
    "token": "CreateOpportunity",
    "unsafe": "AssociateOpportunity",
}
KINDS = tuple(OPERATIONS)
SAFE_KINDS = ("readonly", "idempotent", "token")
TRANSPORTS = ("socket", "urllib3", "asyncio", "aiohttp")
READ_TIMEOUT = 0.3
OK_BODY = json.dumps(
    {"Catalog": "Sandbox", "Id": "O1234567", "LastModifiedDate": "2026-11-26T10:00:00Z"}
).encode()


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[bool, ModuleType]]:
    """``idempotency_known`` -> the package generated with it (each its own import name)."""
    root = tmp_path_factory.mktemp("resend")
    cut_model(PINNED, root / "model", OPERATIONS.values())
    service = load_model(root / "model")
    operations = tuple(
        dataclasses.replace(op, idempotent=False) if op.name == "CreateOpportunity" else op
        for op in service.operations
    )
    made = {}
    for known in (True, False):
        name = f"resend_{'known' if known else 'unknown'}"
        variant = dataclasses.replace(
            service,
            operations=operations,
            idempotency_known=known,
            package_name=name,
            distribution_name=name.replace("_", "-"),
        )
        package_dir = write_package(variant, root / "out", "0.0.0")
        made[known] = import_fresh(package_dir / "src", name)
    yield made
    for package in made.values():
        forget(package.__name__)


# -- the server's answers ------------------------------------------------------------------


def ok(request: RecordedRequest) -> Response:
    return 200, {"Content-Type": JSON_CONTENT_TYPE, "x-amzn-RequestId": "ok"}, OK_BODY


def drop(request: RecordedRequest) -> Response:
    """Close the connection after reading the whole request, without a byte of answer."""
    raise DropConnection


def internal_error(request: RecordedRequest) -> Response:
    return error_response(500, "InternalServerException", "injected")


def stall(request: RecordedRequest) -> Response:
    time.sleep(READ_TIMEOUT * 2)
    return ok(request)


class Script:
    """Answers each request with the next answer of the list; the last one repeats."""

    def __init__(self, *answers: Callable[[RecordedRequest], Response]) -> None:
        self.answers = list(answers)

    def __call__(self, request: RecordedRequest) -> Response:
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        return answer(request)


@pytest.fixture
def server() -> Iterator[LocalAwsServer]:
    with LocalAwsServer(Script(ok)) as server:
        yield server


# -- calls -----------------------------------------------------------------------------------


def runtime(package: ModuleType, name: str) -> Any:
    """The shared runtime's ``<name>`` module, which the package imports."""
    return importlib.import_module(f"typed_aws_runtime.{name}")


class AttemptCounter:
    """Counts the attempts a client signs (what a server that never got them cannot count)."""

    def __init__(self, package: ModuleType) -> None:
        base = runtime(package, "pipeline.interceptors").Interceptor
        counter = self

        class Counting(base):  # type: ignore[misc, valid-type]
            def read_after_signing(self, context: Any) -> None:
                counter.attempts += 1

        self.attempts = 0
        self.interceptor = Counting()


def options(
    package: ModuleType, transport: str, url: str, counter: AttemptCounter | None = None
) -> dict[str, Any]:
    handlers = {
        "urllib3": lambda: runtime(package, "transports.urllib3_handler").Urllib3RequestHandler(),
        "aiohttp": lambda: runtime(package, "transports.aiohttp_handler").AiohttpRequestHandler(),
    }
    make_handler = handlers.get(transport)
    strategy = runtime(package, "retries.strategy").StandardRetryStrategy(3, random=lambda: 0.0)
    return dict(
        region="us-east-1",
        endpoint_url=url,
        credentials=package.Credentials("AKIDRESEND", "resend-secret"),
        retry_strategy=strategy,
        connect_timeout=1.0,
        read_timeout=READ_TIMEOUT,
        request_handler=None if make_handler is None else make_handler(),
        extensions=[] if counter is None else [counter.interceptor],
    )


def arguments(kind: str) -> dict[str, Any]:
    if kind == "readonly":
        return dict(catalog="Sandbox", identifier="O1234567")
    if kind == "unsafe":
        return dict(
            catalog="Sandbox",
            opportunity_identifier="O1234567",
            related_entity_type="Solutions",
            related_entity_identifier="S-1234",
        )
    return dict(catalog="Sandbox")


METHODS = {
    "readonly": "get_opportunity",
    "idempotent": "put_selling_system_settings",
    "token": "create_opportunity",
    "unsafe": "associate_opportunity",
}


def run(
    package: ModuleType,
    transport: str,
    url: str,
    kinds: tuple[str, ...],
    counter: AttemptCounter | None = None,
) -> list[BaseException | None]:
    """Make one call of each kind, in order, on one client; each one's error, or None."""
    client_options = options(package, transport, url, counter)
    if transport in ("socket", "urllib3"):
        outcomes: list[BaseException | None] = []
        with package.PartnerCentralSellingClient(**client_options) as client:
            for kind in kinds:
                try:
                    getattr(client, METHODS[kind])(**arguments(kind))
                    outcomes.append(None)
                except package.SdkError as error:
                    outcomes.append(error)
        return outcomes

    async def calls() -> list[BaseException | None]:
        outcomes: list[BaseException | None] = []
        async with package.AsyncPartnerCentralSellingClient(**client_options) as client:
            for kind in kinds:
                try:
                    await getattr(client, METHODS[kind])(**arguments(kind))
                    outcomes.append(None)
                except package.SdkError as error:
                    outcomes.append(error)
        return outcomes

    return asyncio.run(calls())


def assert_not_resent(package: ModuleType, error: BaseException | None, operation: str) -> None:
    assert isinstance(error, runtime(package, "exceptions").TransportError), repr(error)
    assert error.request_sent
    message = str(error)
    assert f"The {operation} request may have been processed: it was not resent" in message
    assert "not idempotent" in message and "retry it yourself" in message


# -- the tests -------------------------------------------------------------------------------


def test_only_the_unsafe_operation_of_a_service_that_knows_renders_the_fact(
    packages: dict[bool, ModuleType],
) -> None:
    known = Path(packages[True].__file__).parent / "_operations.py"
    unknown = Path(packages[False].__file__).parent / "_operations.py"
    assert known.read_text().count("resend_safe=False") == 1
    assert "resend_safe" not in unknown.read_text()
    readme = Path(packages[True].__file__).parents[2] / "README.md"
    assert "(`associate_opportunity`) is never sent\nagain" in readme.read_text()
    assert (
        "never sent" not in (Path(packages[False].__file__).parents[2] / "README.md").read_text()
    )
    for package, unsafe in ((packages[True], False), (packages[False], True)):
        specs = package._operations
        assert specs.ASSOCIATE_OPPORTUNITY.resend_safe is unsafe
        assert specs.GET_OPPORTUNITY.resend_safe and specs.CREATE_OPPORTUNITY.resend_safe


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("kind", KINDS)
def test_a_connection_closed_after_the_request_is_resent_only_when_safe(
    packages: dict[bool, ModuleType], server: LocalAwsServer, transport: str, kind: str
) -> None:
    package = packages[True]
    server.handler = Script(drop, ok)
    (outcome,) = run(package, transport, server.url, (kind,))
    if kind == "unsafe":
        assert len(server.requests) == 1
        assert_not_resent(package, outcome, OPERATIONS[kind])
    else:
        assert outcome is None
        assert len(server.requests) == 2


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("kind", KINDS)
def test_without_known_traits_every_closed_connection_is_retried_as_before(
    packages: dict[bool, ModuleType], server: LocalAwsServer, transport: str, kind: str
) -> None:
    server.handler = Script(drop, ok)
    assert run(packages[False], transport, server.url, (kind,)) == [None]
    assert len(server.requests) == 2


class DropReused:
    """Answers the first request of a connection, and closes it on reading the second."""

    def __init__(self) -> None:
        self.seen: set[int] = set()

    def __call__(self, request: RecordedRequest) -> Response:
        if request.connection_id in self.seen:
            raise DropConnection
        self.seen.add(request.connection_id)
        return ok(request)


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("known", [True, False])
def test_a_dropped_keep_alive_connection_is_resent_only_when_safe(
    packages: dict[bool, ModuleType], server: LocalAwsServer, transport: str, known: bool
) -> None:
    # Each call after the first takes the connection the last one left in the pool, and
    # the server closes it having read the whole request: the keep-alive race, or a
    # server that acted and died; the client cannot tell the two apart. The transports
    # resend that on a new connection themselves (aiohttp leaves it to the retry).
    package = packages[known]
    server.handler = DropReused()
    kinds = ("readonly", "unsafe", "readonly", "readonly")
    first, unsafe, *reads = run(package, transport, server.url, kinds)
    assert first is None and reads == [None, None]
    targets = [request.header("X-Amz-Target") for request in server.requests]
    associations = targets.count("AWSPartnerCentralSelling.AssociateOpportunity")
    if known:
        assert associations == 1
        assert_not_resent(package, unsafe, "AssociateOpportunity")
    else:
        assert unsafe is None and associations == 2
    # Known: the first read opens the connection the unsafe call fails on, the next one
    # opens a new one, and only the last read is resent.
    assert targets.count("AWSPartnerCentralSelling.GetOpportunity") == (4 if known else 5)


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("kind", ["readonly", "unsafe"])
def test_a_read_timeout_is_retried_only_when_safe(
    packages: dict[bool, ModuleType], server: LocalAwsServer, transport: str, kind: str
) -> None:
    package = packages[True]
    server.handler = Script(stall, ok)
    (outcome,) = run(package, transport, server.url, (kind,))
    if kind == "unsafe":
        assert len(server.requests) == 1
        assert isinstance(outcome, runtime(package, "exceptions").ReadTimeoutError)
        assert_not_resent(package, outcome, OPERATIONS[kind])
    else:
        assert outcome is None and len(server.requests) == 2


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("known", [True, False])
def test_a_500_is_retried_for_every_operation(
    packages: dict[bool, ModuleType], server: LocalAwsServer, transport: str, known: bool
) -> None:
    server.handler = Script(*[step for _ in KINDS for step in (internal_error, ok)])
    assert run(packages[known], transport, server.url, KINDS) == [None] * len(KINDS)
    assert len(server.requests) == 2 * len(KINDS)


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("known", [True, False])
def test_a_refused_connection_is_retried_for_every_operation(
    packages: dict[bool, ModuleType], transport: str, known: bool
) -> None:
    package = packages[known]
    counter = AttemptCounter(package)
    outcomes = run(package, transport, f"http://127.0.0.1:{closed_port()}", KINDS, counter)
    assert counter.attempts == 3 * len(KINDS)
    for outcome in outcomes:
        assert isinstance(outcome, runtime(package, "exceptions").TransportError)
        assert not outcome.request_sent and outcome.not_resent is None
