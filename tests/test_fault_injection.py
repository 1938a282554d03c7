"""Fault injection over real HTTP: retried CreateOpportunity calls never create twice.

Clients make CreateOpportunity calls, in threads, through a
:class:`~tests.faultserver.FaultServer` that fails a share of them, often
after creating the opportunity. What is observed of each call and the
invariants every call must keep are in :mod:`tests.faultcheck` (the async
client's run in tests/test_async_client.py is judged by the same code). The
tally is printed (``pytest -s`` or ``-rP`` shows it) and is the main
assertion's message.
"""

from __future__ import annotations

import json
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from tests.faultcheck import (
    MAX_ATTEMPTS,
    SEED,
    CallObserver,
    Outcome,
    RecordingStrategy,
    Run,
    Verdict,
    check_run,
    create,
    fault_server,
    header,
    make_client,
    record_call,
    small_jitter,
)
from tests.faultserver import CLIENT_ERRORS, RETRYABLE_FAULTS, FaultServer

from partnercentral_selling import PartnerCentralSellingClient, ServiceError  # noqa: E402
from partnercentral_selling import errors  # noqa: E402
from typed_aws_runtime.pipeline.interceptors import (  # noqa: E402
    Interceptor,
    InterceptorContext,
)
from typed_aws_runtime.retries.strategy import (  # noqa: E402
    AdaptiveRetryStrategy,
    RetryQuota,
    StandardRetryStrategy,
)
from typed_aws_runtime.transports.http import HttpRequest  # noqa: E402


def run_calls(client: PartnerCentralSellingClient, count: int, prefix: str) -> list[Outcome]:
    """Make ``count`` calls one after another; keep each one's result or exception."""
    outcomes = []
    for number in range(count):
        record = record_call()
        opportunity_id: str | None = None
        error: BaseException | None = None
        try:
            opportunity_id = create(client).id
        except Exception as exc:  # typed or not: judged later, with the rest
            error = exc
        outcomes.append(Outcome.of(f"{prefix}{number}", record, opportunity_id, error))
    return outcomes


def run_clients(
    server: FaultServer,
    strategies: list[RecordingStrategy],
    calls_per_client: int,
    mode: str,
    fault_rate: float,
    *more: Interceptor,
) -> Run:
    """Each strategy's client makes ``calls_per_client`` calls, in its own thread."""

    def work(index: int) -> list[Outcome]:
        with make_client(server, strategies[index], CallObserver(), *more) as client:
            return run_calls(client, calls_per_client, f"{index}.")

    started = time.perf_counter()
    with ThreadPoolExecutor(len(strategies)) as pool:
        results = list(pool.map(work, range(len(strategies))))
    seconds = time.perf_counter() - started
    outcomes = [outcome for result in results for outcome in result]
    return Run(mode, strategies, outcomes, seconds, fault_rate)


def fault_run(
    server: FaultServer,
    strategies: list[StandardRetryStrategy],
    calls_per_client: int,
    mode: str,
    fault_rate: float,
    *more: Interceptor,
    show: bool = True,
) -> tuple[Run, Verdict, str, list[str]]:
    """Run the calls through the server; judge them; re-call the failed ones by hand."""
    recording = [RecordingStrategy(inner) for inner in strategies]
    run = run_clients(server, recording, calls_per_client, mode, fault_rate, *more)
    verdict, report, recalled = check_run(server, run, show=show)
    return run, verdict, report, recalled


# -- the tests ----------------------------------------------------------------------------


def test_1000_create_opportunity_calls_at_a_20_percent_fault_rate(home: Any) -> None:
    inner = StandardRetryStrategy(MAX_ATTEMPTS, random=small_jitter(SEED))
    with fault_server(0.2) as server:
        run, verdict, report, recalled = fault_run(server, [inner], 1000, "standard", 0.2)

    assert not verdict.problems and not recalled, report
    # The run was meaningful: every fault fired, some after the create, and was retried.
    assert set(verdict.faults) == set(RETRYABLE_FAULTS), report
    assert set(verdict.created_then_failed) == {"internal_error", "reset", "stall", "truncate"}
    assert sum(verdict.retries.values()) > 100, report
    assert run.seconds < 60, report


def test_adaptive_retries_under_heavy_throttling(home: Any) -> None:
    # Random throttling drives an adaptive client's send rate down to a few requests a
    # second (botocore's algorithm does the same), so 200 calls are spread over 10
    # clients, each with its own rate limiter, in 10 threads.
    faults = {"throttling": 6.0, "internal_error": 1.0, "unavailable": 1.0, "reset": 1.0}
    faults.update(stall=0.5, truncate=1.0)
    strategies: list[StandardRetryStrategy] = [
        AdaptiveRetryStrategy(MAX_ATTEMPTS, random=small_jitter(SEED + n)) for n in range(10)
    ]
    with fault_server(0.25, faults) as server:
        run, verdict, report, recalled = fault_run(server, strategies, 20, "adaptive", 0.25)

    assert not verdict.problems and not recalled, report
    assert verdict.retries["ThrottlingException 400"] > 20, report
    engaged = [s for s in strategies if isinstance(s, AdaptiveRetryStrategy) and s.limiter.enabled]
    assert len(engaged) >= 5, "the adaptive rate limiters did not engage"


def test_an_empty_retry_quota_ends_calls_before_max_attempts(home: Any) -> None:
    # A quota of 60 pays for four transient retries; successes refill it one token at a time.
    faults = {kind: 1.0 for kind in RETRYABLE_FAULTS}
    faults["stall"] = 0.25
    inner = StandardRetryStrategy(MAX_ATTEMPTS, random=small_jitter(SEED), quota=RetryQuota(60))
    with fault_server(0.5, faults) as server:
        run, verdict, report, recalled = fault_run(server, [inner], 150, "standard", 0.5)

    assert not verdict.problems and not recalled, report
    assert verdict.counts["failed early: retry quota exhausted"] > 5, report


class NewTokenPerAttempt(Interceptor):
    """A broken client: every attempt after the first gets a fresh ClientToken."""

    def modify_before_signing(self, context: InterceptorContext) -> HttpRequest:
        request = context.request
        assert request is not None
        if not header(request, "amz-sdk-request").startswith("attempt=1;"):
            body = json.loads(request.body)
            body["ClientToken"] = str(uuid.uuid4())
            request.body = json.dumps(body).encode()
        return request


def test_the_checks_catch_a_client_that_retries_under_a_new_token(home: Any) -> None:
    inner = StandardRetryStrategy(MAX_ATTEMPTS, random=small_jitter(SEED))
    with fault_server(0.3, {"internal_error": 1.0, "truncate": 1.0}) as server:
        run, verdict, report, recalled = fault_run(
            server, [inner], 100, "standard", 0.3, NewTokenPerAttempt(), show=False
        )
        opportunities = server.opportunities

    assert len(opportunities) > verdict.counts["calls"], report  # duplicates were created
    assert any("attempts signed with" in problem for problem in verdict.problems), report
    assert any("tokens on the wire" in problem for problem in verdict.problems), report
    assert any("opportunities for tokens no call sent" in p for p in verdict.problems), report


@pytest.mark.parametrize(
    "kind, error_class, status",
    [
        ("ValidationException", errors.ValidationException, 400),
        ("AccessDeniedException", errors.AccessDeniedException, 403),
        ("ResourceNotFoundException", errors.ResourceNotFoundException, 404),
        ("ConflictException", errors.ConflictException, 409),
    ],
)
def test_client_errors_are_raised_at_once(
    home: Any, kind: str, error_class: type[ServiceError], status: int
) -> None:
    assert CLIENT_ERRORS[kind] == status
    strategy = RecordingStrategy(StandardRetryStrategy(MAX_ATTEMPTS, random=small_jitter(SEED)))
    observer = CallObserver()
    with fault_server(1.0, {kind: 1.0}) as server:
        with make_client(server, strategy, observer) as client:
            with pytest.raises(error_class) as caught:
                create(client)
        served = server.requests
        assert server.opportunities == {}
    assert caught.value.status_code == status and caught.value.code == kind
    assert caught.value.request_id  # the server's x-amzn-RequestId
    assert [request.fault for request in served] == [kind]
    assert observer.calls[0].attempt_headers == [f"attempt=1; max={MAX_ATTEMPTS}"]
    (refresh,) = strategy.refreshes
    assert refresh.error is caught.value and refresh.kind is None and not refresh.granted
    assert strategy.inner.quota.available == RetryQuota.INITIAL_CAPACITY


def test_the_oracle_creates_once_per_client_token(home: Any) -> None:
    strategy = RecordingStrategy(StandardRetryStrategy(MAX_ATTEMPTS, random=small_jitter(SEED)))
    with fault_server(0.0) as server:
        with make_client(server, strategy, CallObserver()) as client:
            first = create(client, client_token="token-1").id
            again = create(client, client_token="token-1").id
            other = create(client).id
        assert first == again != other
        assert server.opportunities == {"token-1": first, server.requests[2].token: other}
        assert [request.created for request in server.requests] == [True, False, True]
        assert all(request.signature_valid for request in server.requests)
