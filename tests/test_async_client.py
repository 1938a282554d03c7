"""The async client over real HTTP: the sync client's surface and behaviour, awaited.

``AsyncPartnerCentralSellingClient`` shares every step but sending and
sleeping with the sync client (one sans-I/O call pipeline) and sends with
asyncio's own transports (``AsyncioRequestHandler``, the default) or aiohttp
(``AiohttpRequestHandler``); every test that takes ``handler_class`` holds
both to the handler contract. These tests run it against the local servers the sync client's tests
use (tests/localserver.py checks every SigV4 signature with botocore;
tests/faultserver.py injects faults) and hold it to the sync client: the same
methods and signatures, the same requests on the wire, the same outputs and
errors for the same answers, the same retry invariants under faults
(tests/faultcheck.py). Then what only an async client has: many concurrent
calls on one client and its connection pool, cancelled calls, and use from
successive event loops.

Each test runs its own event loop with ``asyncio.run``; no pytest plugin is needed.
"""

from __future__ import annotations

import asyncio
import gc
import inspect
import json
import logging
import threading
import time
import uuid
import warnings
from collections.abc import Awaitable, Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import pytest
from botocore import xform_name  # type: ignore[import-untyped]

from tests.faultcheck import (
    MAX_ATTEMPTS,
    SEED,
    CallObserver,
    Outcome,
    RecordingStrategy,
    Run,
    check_run,
    client_options,
    fault_server,
    opportunity_input,
    record_call,
    small_jitter,
)
from tests.faultserver import RETRYABLE_FAULTS, FaultServer
from tests.localserver import (
    JSON_CONTENT_TYPE,
    LocalAwsServer,
    RecordedRequest,
    Response,
    closed_port,
    error_response,
    wait_until,
)
from tests.populate import populate, to_wire_json

from partnercentral_selling import (  # noqa: E402
    AsyncPartnerCentralSellingClient,
    Credentials,
    PartnerCentralSellingClient,
    ServiceError,
    TransportError,
    errors,
    shapes,
)
from typed_aws_runtime.exceptions import ReadTimeoutError  # noqa: E402
from typed_aws_runtime.retries.strategy import StandardRetryStrategy  # noqa: E402
from typed_aws_runtime.transports.aiohttp_handler import (  # noqa: E402
    AiohttpRequestHandler,
)
from typed_aws_runtime.transports.asyncio_handler import (  # noqa: E402
    AsyncioRequestHandler,
)
from partnercentral_selling.commands import GetOpportunityCommand  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MODEL = json.loads(
    (ROOT / "models" / "partnercentral-selling" / "2022-07-26" / "service-2.json").read_text()
)
SHAPES: dict[str, Any] = MODEL["shapes"]
TARGET_PREFIX = MODEL["metadata"]["targetPrefix"] + "."
REGION = "us-east-1"
SIGNING_NAME = "partnercentral-selling"
ACCESS_KEY, SECRET_KEY = "AKIDASYNCCLIENT", "async-client-secret"
T = TypeVar("T")

pytestmark = pytest.mark.usefixtures("home")  # no AWS settings from the environment


# -- a modeled service, and clients of it -------------------------------------------------


@cache
def output_body(operation: str) -> bytes:
    """The operation's fully populated output (tests/populate.py), as the service sends it."""
    output = MODEL["operations"][operation].get("output")
    if output is None:
        return b"{}"
    value = populate(SHAPES, output["shape"])
    return json.dumps(to_wire_json(SHAPES, output["shape"], value)).encode()


def answer(operation: str) -> Response:
    headers = {"Content-Type": JSON_CONTENT_TYPE, "x-amzn-RequestId": str(uuid.uuid4())}
    return 200, headers, output_body(operation)


class ModeledService:
    """Answers each operation with its fully populated output, after any queued answers.

    Called from the server's connection threads. Holds every request for
    ``delay`` seconds and counts the requests it holds at once (``peak``).
    """

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.peak = 0
        self._queued: list[Response] = []
        self._in_flight = 0
        self._lock = threading.Lock()

    def queue(self, *answers: Response) -> None:
        """Answer the next requests with these, in order (whatever they ask)."""
        with self._lock:
            self._queued.extend(answers)

    def __call__(self, request: RecordedRequest) -> Response:
        with self._lock:
            self._in_flight += 1
            self.peak = max(self.peak, self._in_flight)
            queued = self._queued.pop(0) if self._queued else None
        try:
            time.sleep(self.delay)
            if queued is not None:
                return queued
            target = request.header("X-Amz-Target") or ""
            return answer(target.removeprefix(TARGET_PREFIX))
        finally:
            with self._lock:
                self._in_flight -= 1


class Stalling:
    """GetOpportunity answering the Id it was asked for; an Identifier "STALL..." waits first.

    A stalled request waits until :meth:`release` (at most 10 s), then is
    answered with the Id "STALE": a client that read that answer for a
    later call would have reused the stalled call's connection.
    """

    def __init__(self, stall_seconds: float = 10.0) -> None:
        self.stall_seconds = stall_seconds
        self._released = threading.Event()

    def release(self) -> None:
        self._released.set()

    def __call__(self, request: RecordedRequest) -> Response:
        identifier = request.json()["Identifier"]
        if identifier.startswith("STALL"):
            self._released.wait(self.stall_seconds)
            identifier = "STALE"
        body = {"Catalog": "Sandbox", "Id": identifier, "LastModifiedDate": "2026-11-26T10:00:00Z"}
        headers = {"Content-Type": JSON_CONTENT_TYPE, "x-amzn-RequestId": str(uuid.uuid4())}
        return 200, headers, json.dumps(body).encode()


def signed_server(handler: Callable[[RecordedRequest], Response]) -> LocalAwsServer:
    return LocalAwsServer(
        handler, credentials=(ACCESS_KEY, SECRET_KEY, None), region=REGION, service=SIGNING_NAME
    )


HandlerClass = type[AsyncioRequestHandler] | type[AiohttpRequestHandler]


@pytest.fixture(params=[AsyncioRequestHandler, AiohttpRequestHandler], ids=lambda c: c.__name__)
def handler_class(request: pytest.FixtureRequest) -> HandlerClass:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def service() -> ModeledService:
    return ModeledService()


@pytest.fixture
def server(service: ModeledService) -> Iterator[LocalAwsServer]:
    with signed_server(service) as server:
        yield server


def options(server: LocalAwsServer | str, **more: Any) -> dict[str, Any]:
    """Options of a client of a server or URL (the same for both clients): fast retries."""
    settings: dict[str, Any] = dict(
        region=REGION,
        endpoint_url=server if isinstance(server, str) else server.url,
        credentials=Credentials(ACCESS_KEY, SECRET_KEY),
        retry_strategy=StandardRetryStrategy(3, random=lambda: 0.01),
        connect_timeout=2.0,
        read_timeout=5.0,
    )
    settings.update(more)
    return settings


def with_client(server: LocalAwsServer, work: Callable[[Any], Awaitable[T]], **more: Any) -> T:
    """Run ``work(client)`` with a new async client of ``server``, in a new event loop."""

    async def main() -> T:
        async with AsyncPartnerCentralSellingClient(**options(server, **more)) as client:
            return await work(client)

    return asyncio.run(main())


def get(client: Any, identifier: str = "O1234567") -> Any:
    """GetOpportunity with either client (a coroutine from the async one)."""
    return client.get_opportunity(catalog="Sandbox", identifier=identifier)


# -- the same surface ---------------------------------------------------------------------


def public_methods(cls: type) -> dict[str, Any]:
    return {
        name: member
        for name, member in inspect.getmembers(cls)
        if not name.startswith("_") and callable(member)
    }


def test_the_async_client_has_the_sync_clients_methods_as_coroutines() -> None:
    sync_methods = public_methods(PartnerCentralSellingClient)
    async_methods = public_methods(AsyncPartnerCentralSellingClient)
    assert sorted(async_methods) == sorted(sync_methods)
    # One method per operation of the model, named as botocore names them.
    operations = {xform_name(name) for name in MODEL["operations"]}
    assert operations <= set(sync_methods)
    for name in sorted(operations | {"send", "close"}):
        assert inspect.iscoroutinefunction(async_methods[name]), name
        assert inspect.signature(async_methods[name]) == inspect.signature(
            sync_methods[name]
        ), name
    assert inspect.iscoroutinefunction(AsyncPartnerCentralSellingClient.__aenter__)
    assert inspect.iscoroutinefunction(AsyncPartnerCentralSellingClient.__aexit__)


def test_the_async_client_takes_the_sync_clients_options() -> None:
    sync_init = inspect.signature(PartnerCentralSellingClient.__init__).parameters
    async_init = inspect.signature(AsyncPartnerCentralSellingClient.__init__).parameters
    assert list(async_init) == list(sync_init)
    for name, sync_parameter in sync_init.items():
        async_parameter = async_init[name]
        assert (async_parameter.kind, async_parameter.default) == (
            sync_parameter.kind,
            sync_parameter.default,
        ), name
        if name == "request_handler":
            assert async_parameter.annotation == sync_parameter.annotation.replace(
                "RequestHandler", "AsyncRequestHandler"
            )
        else:
            assert async_parameter.annotation == sync_parameter.annotation, name


# -- the same calls -----------------------------------------------------------------------


def populated_arguments(operation: str) -> dict[str, Any]:
    """Keyword arguments setting every input member, but idempotency tokens (the client's)."""
    input_shape = MODEL["operations"][operation]["input"]["shape"]
    request = getattr(shapes, input_shape).from_dict(populate(SHAPES, input_shape))
    method = getattr(PartnerCentralSellingClient, xform_name(operation))
    arguments = {
        name: getattr(request, name)
        for name in inspect.signature(method).parameters
        if name != "self"
    }
    for member, ref in SHAPES[input_shape]["members"].items():
        if ref.get("idempotencyToken"):
            del arguments[xform_name(member)]
    return arguments


def token_members(operation: str) -> list[str]:
    input_shape = MODEL["operations"][operation]["input"]["shape"]
    members = SHAPES[input_shape]["members"].items()
    return [member for member, ref in members if ref.get("idempotencyToken")]


@pytest.mark.parametrize(
    "operation",
    [
        "CreateOpportunity",
        "GetOpportunity",
        "UpdateOpportunity",
        "ListOpportunities",
        "StartEngagementFromOpportunityTask",
    ],
)
def test_each_kind_of_call_sends_and_returns_what_the_sync_client_does(
    server: LocalAwsServer, operation: str
) -> None:
    method, arguments = xform_name(operation), populated_arguments(operation)
    with PartnerCentralSellingClient(**options(server)) as client:
        expected = getattr(client, method)(**arguments)
    output = with_client(server, lambda client: getattr(client, method)(**arguments))

    output_class = getattr(shapes, MODEL["operations"][operation]["output"]["shape"])
    assert type(output) is output_class and output == expected
    sent_by_sync, sent_by_async = server.requests
    assert sent_by_sync.signature_valid and sent_by_async.signature_valid
    assert sent_by_async.header("X-Amz-Target") == TARGET_PREFIX + operation
    header_names = [{name.lower() for name, _ in r.headers} for r in server.requests]
    assert header_names[0] == header_names[1]
    bodies = [request.json() for request in server.requests]
    for member in token_members(operation):
        # Filled by each client, with a fresh UUID4 per call.
        tokens = [uuid.UUID(body.pop(member)) for body in bodies]
        assert tokens[0] != tokens[1] and tokens[1].version == 4
    assert bodies[0] == bodies[1]


def test_a_retried_create_keeps_its_client_token_and_invocation_id(
    server: LocalAwsServer, service: ModeledService
) -> None:
    service.queue(error_response(503, "ServiceUnavailable", "busy"))
    output = with_client(server, lambda client: client.create_opportunity(**opportunity_input()))
    assert isinstance(output, shapes.CreateOpportunityResponse)
    first, second = server.requests
    assert first.signature_valid and second.signature_valid
    assert first.body == second.body and uuid.UUID(first.json()["ClientToken"]).version == 4
    assert first.header("amz-sdk-invocation-id") == second.header("amz-sdk-invocation-id")
    assert [first.header("amz-sdk-request"), second.header("amz-sdk-request")] == [
        "attempt=1; max=3",
        "attempt=2; max=3",
    ]


def test_a_modeled_error_is_raised_as_its_class_with_status_and_request_id(
    server: LocalAwsServer, service: ModeledService
) -> None:
    refusal = error_response(404, "ResourceNotFoundException", "No opportunity O404")
    service.queue(refusal, refusal)
    with PartnerCentralSellingClient(**options(server)) as client:
        with pytest.raises(ServiceError) as sync_caught:
            get(client)

    async def fail(client: AsyncPartnerCentralSellingClient) -> ServiceError:
        with pytest.raises(errors.ResourceNotFoundException) as caught:
            await get(client)
        return caught.value

    error = with_client(server, fail)
    assert error.status_code == 404 and error.request_id == refusal[1]["x-amzn-RequestId"]
    assert (type(error), error.code, error.message, error.details) == (
        type(sync_caught.value),
        sync_caught.value.code,
        sync_caught.value.message,
        sync_caught.value.details,
    )
    assert len(server.requests) == 2  # not retried, by either client


def test_send_runs_a_command_as_the_method_does(server: LocalAwsServer) -> None:
    async def both(client: AsyncPartnerCentralSellingClient) -> tuple[Any, Any]:
        command = GetOpportunityCommand({"Catalog": "Sandbox", "Identifier": "O1234567"})
        return await client.send(command), await get(client)

    by_command, by_method = with_client(server, both)
    assert isinstance(by_command, shapes.GetOpportunityResponse) and by_command == by_method
    first, second = server.requests
    assert first.body == second.body and first.header("X-Amz-Target") == second.header(
        "X-Amz-Target"
    )


# -- many tasks, one client ---------------------------------------------------------------


def concurrent_gets(server: LocalAwsServer, calls: int, rounds: int, **more: Any) -> list[Any]:
    """``rounds`` times, ``calls`` GetOpportunity calls at once (asyncio.gather) on one client."""

    async def work(client: AsyncPartnerCentralSellingClient) -> list[Any]:
        outputs = []
        for round_number in range(rounds):
            outputs += await asyncio.gather(
                *(get(client, f"O{round_number}{n:04d}") for n in range(calls))
            )
        return outputs

    return with_client(server, work, **more)


def test_the_default_handler_is_the_asyncio_one(server: LocalAwsServer) -> None:
    async def handler_of(client: AsyncPartnerCentralSellingClient) -> Any:
        await get(client)
        return client._core.request_handler

    assert type(with_client(server, handler_of)) is AsyncioRequestHandler


def test_64_concurrent_calls_share_the_pooled_connections(
    server: LocalAwsServer, service: ModeledService, handler_class: HandlerClass
) -> None:
    with PartnerCentralSellingClient(**options(server)) as client:
        expected = get(client)
    server.clear()
    connections_before = server.connection_count
    service.delay = 0.005  # so that calls overlap at the server
    outputs = concurrent_gets(server, 64, 2, request_handler=handler_class())

    assert len(outputs) == 128 and all(output == expected for output in outputs)
    received = server.requests
    assert all(request.signature_valid for request in received)
    assert sorted(request.json()["Identifier"] for request in received) == sorted(
        f"O{r}{n:04d}" for r in range(2) for n in range(64)
    )
    pool_size = inspect.signature(handler_class).parameters["max_pool_connections"]
    # The second round reused the first round's connections.
    assert server.connection_count - connections_before <= pool_size.default < len(received)


def test_concurrent_calls_beyond_the_pool_size_wait_for_a_pooled_connection(
    server: LocalAwsServer, service: ModeledService, handler_class: HandlerClass
) -> None:
    service.delay = 0.005
    outputs = concurrent_gets(server, 64, 2, request_handler=handler_class(max_pool_connections=8))
    assert len(outputs) == 128
    assert all(request.signature_valid for request in server.requests)
    assert service.peak <= 8 and server.connection_count <= 8


def test_waiting_for_a_pooled_connection_does_not_count_against_the_timeouts(
    server: LocalAwsServer, service: ModeledService, handler_class: HandlerClass
) -> None:
    # One pooled connection, 40 calls: the last waits for 39 exchanges of 60 ms (2.3 s),
    # longer than the deadline of one exchange (twice the read timeout plus the connect
    # timeout, 1.8 s). The sync client never waits for a connection; neither may this
    # wait count against the call's timeouts, or calls fail that never sent a byte. The
    # connect timeout leaves room for a loaded machine (0.2 s failed under a busy suite).
    service.delay = 0.06
    outputs = concurrent_gets(
        server,
        40,
        1,
        request_handler=handler_class(max_pool_connections=1),
        read_timeout=0.4,
        connect_timeout=1.0,
        retry_strategy=StandardRetryStrategy(1),
    )
    assert len(outputs) == 40 and len(server.requests) == 40
    assert service.peak == 1 and server.connection_count == 1


# -- faults -------------------------------------------------------------------------------


async def create_concurrently(
    server: FaultServer, strategy: RecordingStrategy, calls: int, concurrency: int
) -> list[Outcome]:
    """``calls`` CreateOpportunity calls on one client, ``concurrency`` of them at a time."""
    slots = asyncio.Semaphore(concurrency)
    settings = client_options(server, strategy, CallObserver())
    async with AsyncPartnerCentralSellingClient(**settings) as client:

        async def one(number: int) -> Outcome:
            async with slots:
                record = record_call()  # this task's own record
                opportunity_id: str | None = None
                error: BaseException | None = None
                try:
                    opportunity_id = (await client.create_opportunity(**opportunity_input())).id
                except Exception as exc:  # typed or not: judged with the rest
                    error = exc
                return Outcome.of(str(number), record, opportunity_id, error)

        return list(await asyncio.gather(*(one(number) for number in range(calls))))


@pytest.mark.parametrize("fault_rate", [0.2, 0.5])
def test_200_concurrent_creates_under_faults_keep_the_retry_invariants(fault_rate: float) -> None:
    strategy = RecordingStrategy(StandardRetryStrategy(MAX_ATTEMPTS, random=small_jitter(SEED)))
    with fault_server(fault_rate) as server:
        started = time.perf_counter()
        outcomes = asyncio.run(create_concurrently(server, strategy, 200, 16))
        seconds = time.perf_counter() - started
        mode = "standard (async, 16 calls at a time)"
        verdict, report, recalled = check_run(
            server, Run(mode, [strategy], outcomes, seconds, fault_rate)
        )

    assert not verdict.problems and not recalled, report
    assert set(verdict.faults) == set(RETRYABLE_FAULTS), report
    assert sum(verdict.retries.values()) > 20, report
    if fault_rate > 0.2:  # some calls ran out of attempts (or of retry quota)
        assert sum(verdict.failures.values()) > 0, report


def test_a_stalling_server_gives_a_read_timeout_after_max_attempts(
    handler_class: HandlerClass,
) -> None:
    stalling = Stalling(stall_seconds=0.5)
    with signed_server(stalling) as server:
        with PartnerCentralSellingClient(**options(server, read_timeout=0.15)) as client:
            with pytest.raises(TransportError) as sync_caught:
                get(client, "STALL")

        async def stall_then_call(client: AsyncPartnerCentralSellingClient) -> Any:
            with pytest.raises(ReadTimeoutError):
                await get(client, "STALL")
            stalling.release()  # the late answers arrive on the abandoned connections
            return await get(client, "O7")

        after = with_client(
            server, stall_then_call, read_timeout=0.15, request_handler=handler_class()
        )
        assert type(sync_caught.value) is ReadTimeoutError
        attempts = [
            r.header("amz-sdk-request")
            for r in server.requests
            if r.json()["Identifier"] == "STALL"
        ]
        assert attempts == [f"attempt={n}; max=3" for n in (1, 2, 3)] * 2
        assert after.id == "O7"  # its own answer, not a stalled call's late one


def test_a_refused_connection_is_a_transport_error_as_for_the_sync_client(
    handler_class: HandlerClass,
) -> None:
    settings = options(
        f"http://127.0.0.1:{closed_port()}",
        retry_strategy=StandardRetryStrategy(2, random=lambda: 0.0),
    )
    with PartnerCentralSellingClient(**settings) as client:
        with pytest.raises(TransportError) as sync_caught:
            get(client)

    async def call() -> None:
        async with AsyncPartnerCentralSellingClient(
            **settings, request_handler=handler_class()
        ) as client:
            await get(client)

    with pytest.raises(TransportError, match="Could not connect") as caught:
        asyncio.run(call())
    assert type(caught.value) is type(sync_caught.value) is TransportError


# -- cancellation -------------------------------------------------------------------------


def test_a_cancelled_call_leaves_no_connection_for_the_next_calls(
    handler_class: HandlerClass,
) -> None:
    stalling = Stalling()
    with signed_server(stalling) as server:

        async def work(client: AsyncPartnerCentralSellingClient) -> list[Any]:
            await get(client, "O1")  # a pooled connection, which the next call takes
            stalled = asyncio.ensure_future(get(client, "STALL-1"))
            # Cancelled once the server holds the request (the client awaits the answer).
            assert await asyncio.to_thread(wait_until, lambda: len(server.requests) == 2)
            stalled.cancel()
            with pytest.raises(asyncio.CancelledError):
                await stalled
            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(get(client, "STALL-2"), 0.2)
            stalling.release()  # the late answers go to the connections given up on
            return [await get(client, f"O{n}") for n in range(2, 6)]

        outputs = with_client(server, work, request_handler=handler_class())
        received = server.requests

    assert [output.id for output in outputs] == ["O2", "O3", "O4", "O5"]
    assert all(request.signature_valid for request in received)
    identifiers = [request.json()["Identifier"] for request in received]
    assert identifiers == ["O1", "STALL-1", "STALL-2", "O2", "O3", "O4", "O5"]
    abandoned = {received[1].connection_id, received[2].connection_id}
    assert len(abandoned) == 2  # the first cancellation did not leave its connection pooled
    assert not abandoned & {request.connection_id for request in received[3:]}


# -- event loops and closing --------------------------------------------------------------


def leak_reports(
    caught: list[warnings.WarningMessage], caplog: pytest.LogCaptureFixture
) -> list[str]:
    """ResourceWarnings, and reports of unclosed sessions (aiohttp's) through asyncio's log."""
    reports = [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)]
    return reports + [r.getMessage() for r in caplog.records if "Unclosed" in r.getMessage()]


def test_one_client_serves_successive_asyncio_runs_and_leaves_nothing_open(
    server: LocalAwsServer, caplog: pytest.LogCaptureFixture, handler_class: HandlerClass
) -> None:
    client = AsyncPartnerCentralSellingClient(**options(server, request_handler=handler_class()))

    async def call() -> Any:
        return await get(client)

    gc.collect()  # earlier tests' garbage is not this test's
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        with caplog.at_level(logging.ERROR, logger="asyncio"):
            # Never closed: each loop's pool closes as asyncio.run shuts the loop down.
            first = asyncio.run(call())
            second = asyncio.run(call())  # a new loop, so a new pool
            gc.collect()
    assert first == second
    assert all(request.signature_valid for request in server.requests)
    assert server.connection_count == 2  # one per loop
    assert wait_until(lambda: server.open_connection_count == 0)
    assert not leak_reports(caught, caplog)
    asyncio.run(client.close())  # nothing left to close


def test_a_loop_closed_without_shutting_down_leaves_no_unclosed_session(
    server: LocalAwsServer, caplog: pytest.LogCaptureFixture, handler_class: HandlerClass
) -> None:
    client = AsyncPartnerCentralSellingClient(**options(server, request_handler=handler_class()))
    gc.collect()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        with caplog.at_level(logging.ERROR, logger="asyncio"):
            loop = asyncio.new_event_loop()
            first = loop.run_until_complete(get(client))
            loop.close()  # without loop.shutdown_asyncgens(): the pool cannot close
            del loop
            second = asyncio.run(get(client))  # the stale pool is dropped here
            del client
            gc.collect()
    assert first == second and server.connection_count == 2
    # The closed loop's socket is left to the garbage collector: nothing else can close it.
    sockets = ("unclosed <socket", "unclosed transport")
    assert not [r for r in leak_reports(caught, caplog) if not r.startswith(sockets)]


def test_async_with_closes_the_connections_and_close_is_idempotent(
    server: LocalAwsServer, handler_class: HandlerClass
) -> None:
    async def work() -> None:
        client = AsyncPartnerCentralSellingClient(
            **options(server, request_handler=handler_class())
        )
        async with client:
            await asyncio.gather(get(client), get(client))
            assert server.open_connection_count == 2
        assert await asyncio.to_thread(wait_until, lambda: server.open_connection_count == 0)
        await client.close()
        await client.close()

    asyncio.run(work())
    assert server.connection_count == 2
