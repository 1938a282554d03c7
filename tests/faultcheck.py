"""What the fault-injection tests observe of a client under faults, and how they judge it.

A :class:`~tests.faultserver.FaultServer` on 127.0.0.1 implements
CreateOpportunity idempotently by ``ClientToken`` and, at a set rate, answers
500 or 503, throttles, resets the connection, stalls past the client's read
timeout or cuts the body short, often *after* having created the
opportunity (where a retry under a new token would create a duplicate). The
client is the real generated one (sync or async), with its real transport,
signer and retry strategy, unpatched; the tests only observe it, through an
interceptor (the token and invocation id of each call, the
``amz-sdk-request`` header of each attempt) and a strategy wrapper that
delegates every decision to the real strategy and logs it (each failed
attempt's error, the quota left).

Calls may run concurrently on one client (threads, or asyncio tasks): each
call's observations are gathered in its own :class:`CallRecord`, found
through a context variable that every thread and every task has its own copy
of (see :func:`record_call`).

The invariants, for every call: it returns the Id the server holds for its
token, or raises a ServiceError/TransportError after exactly
``max_attempts`` attempts (fewer only when the retry quota could not pay
for the next retry); all its attempts carry one token and one invocation
id, the attempts number 1..n (an attempt reaches the server twice only when
the transport resent it after a connection reset with no byte of answer, its
keep-alive race rule), and each attempt's error is the one the server's
fault implies; different calls have different tokens; the server
holds exactly one opportunity per token that created one. :func:`tally`
prints the counts; it is the main assertion's message.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from tests.faultserver import CLIENT_ERRORS, FaultServer, ServedRequest

from partnercentral_selling import (  # noqa: E402
    Credentials,
    PartnerCentralSellingClient,
    SdkError,
    ServiceError,
    TransportError,
)
from partnercentral_selling import errors  # noqa: E402
from typed_aws_runtime.exceptions import ReadTimeoutError  # noqa: E402
from typed_aws_runtime.pipeline.interceptors import (  # noqa: E402
    Interceptor,
    InterceptorContext,
)
from typed_aws_runtime.retries.strategy import (  # noqa: E402
    THROTTLING,
    RetryQuota,
    RetryToken,
    StandardRetryStrategy,
)
from typed_aws_runtime.transports.http import HttpRequest  # noqa: E402
from partnercentral_selling.enums import (  # noqa: E402
    CountryCode,
    Industry,
    OpportunityOrigin,
    OpportunityType,
    PrimaryNeedFromAws,
    Stage,
)
from partnercentral_selling.shapes import (  # noqa: E402
    Account,
    Address,
    Contact,
    CreateOpportunityResponse,
    Customer,
    LifeCycle,
    Project,
)

REGION = "us-east-1"
SIGNING_NAME = "partnercentral-selling"
ACCESS_KEY, SECRET_KEY = "AKIDFAULTINJECTION", "fault-injection-secret"
READ_TIMEOUT = 0.2
CONNECT_TIMEOUT = 0.5
STALL_SECONDS = 0.5  # past the read timeout
MAX_ATTEMPTS = 3
SEED = 20260726


# -- observing the client ----------------------------------------------------------------


def header(request: HttpRequest | None, name: str) -> str:
    assert request is not None
    for key, value in request.headers.items():
        if key.lower() == name:
            return value
    raise AssertionError(f"the request has no {name} header")


@dataclass
class ObservedCall:
    """One call as the client built it: its token, invocation id and attempt headers."""

    token: str
    invocation_id: str
    attempt_headers: list[str] = field(default_factory=list)
    # (ClientToken, amz-sdk-invocation-id) of each attempt's signed request.
    attempt_identities: list[tuple[str, str]] = field(default_factory=list)


class CallObserver(Interceptor):
    """Reads each call's serialized request and each attempt's signed one; changes nothing.

    Every call gets its :class:`ObservedCall`, in ``calls`` (in the order the
    calls started) and in the current :class:`CallRecord`, if any.
    """

    def __init__(self) -> None:
        self.calls: list[ObservedCall] = []
        # Each call's hooks share one InterceptorContext: it tells concurrent calls apart.
        self._by_context: dict[InterceptorContext, ObservedCall] = {}

    def read_after_serialization(self, context: InterceptorContext) -> None:
        assert context.request is not None
        token = json.loads(context.request.body)["ClientToken"]
        invocation_id = header(context.request, "amz-sdk-invocation-id")
        call = self._by_context[context] = ObservedCall(token, invocation_id)
        self.calls.append(call)
        record = _CURRENT_CALL.get()
        if record is not None:
            record.call = call

    def read_after_signing(self, context: InterceptorContext) -> None:
        assert context.request is not None
        call = self._by_context[context]
        call.attempt_headers.append(header(context.request, "amz-sdk-request"))
        token = json.loads(context.request.body)["ClientToken"]
        call.attempt_identities.append((token, header(context.request, "amz-sdk-invocation-id")))


@dataclass(frozen=True)
class Refresh:
    """One decision of the strategy after a failed attempt."""

    attempt: int
    error: Exception
    kind: str | None  # THROTTLING, TRANSIENT or None (not retryable)
    quota_before: int
    granted: bool


@dataclass
class CallRecord:
    """Everything observed of one call, gathered from within it (see :func:`record_call`)."""

    call: ObservedCall | None = None
    refreshes: list[Refresh] = field(default_factory=list)


# The record of the call the current thread or asyncio task is making, if one is recorded.
_CURRENT_CALL: ContextVar[CallRecord | None] = ContextVar("current_call", default=None)


def record_call() -> CallRecord:
    """Record the next call this thread or task makes (each asyncio task has its own).

    The observer's hooks and the strategy's decisions run inside the call,
    so they find its record here even when other calls on the same client
    run at the same time.
    """
    record = CallRecord()
    _CURRENT_CALL.set(record)
    return record


class RecordingStrategy:
    """Delegates every decision to a real strategy and logs each retry decision.

    Each decision goes to ``refreshes`` and to the current :class:`CallRecord`.
    """

    def __init__(self, inner: StandardRetryStrategy) -> None:
        self.inner = inner
        self.max_attempts = inner.max_attempts
        self.refreshes: list[Refresh] = []

    def acquire_initial_retry_token(self) -> RetryToken:
        return self.inner.acquire_initial_retry_token()

    def refresh_retry_token_for_retry(
        self, token: RetryToken, error: Exception
    ) -> RetryToken | None:
        quota_before = self.inner.quota.available
        retry = self.inner.refresh_retry_token_for_retry(token, error)
        kind = self.inner.error_kind(error)
        refresh = Refresh(token.attempt, error, kind, quota_before, retry is not None)
        self.refreshes.append(refresh)
        record = _CURRENT_CALL.get()
        if record is not None:
            record.refreshes.append(refresh)
        return retry

    def record_success(self, token: RetryToken) -> None:
        self.inner.record_success(token)


def retry_cost(kind: str | None) -> int:
    return RetryQuota.THROTTLING_RETRY_COST if kind == THROTTLING else RetryQuota.RETRY_COST


def cause(error: BaseException) -> str:
    """A short name for an attempt's error: the service's code and status, or the transport error."""
    if isinstance(error, ServiceError):
        if error.code == str(error.status_code):
            return f"HTTP {error.status_code} (unmodeled)"
        return f"{error.code} {error.status_code}"
    return type(error).__name__


# -- the calls ----------------------------------------------------------------------------


def opportunity_input(**options: Any) -> dict[str, Any]:
    """The arguments of a fully valid CreateOpportunity (no ClientToken unless given)."""
    return dict(
        catalog="Sandbox",
        origin=OpportunityOrigin.PARTNER_REFERRAL,
        opportunity_type=OpportunityType.NET_NEW_BUSINESS,
        primary_needs_from_aws=[PrimaryNeedFromAws.CO_SELL_ARCHITECTURAL_VALIDATION],
        partner_opportunity_identifier="CRM-FAULTS",
        project=Project(
            title="Data lake migration", customer_business_problem="Nightly loads overrun."
        ),
        life_cycle=LifeCycle(
            stage=Stage.PROSPECT, target_close_date="2026-12-31", next_steps="Call the CTO"
        ),
        customer=Customer(
            account=Account(
                company_name="Example Corp",
                industry=Industry.SOFTWARE_AND_INTERNET,
                website_url="https://example-corp.example.com",
                address=Address(
                    street_address="410 Terry Ave N",
                    city="Seattle",
                    postal_code="98109",
                    state_or_region="Washington",
                    country_code=CountryCode.US,
                ),
            ),
            contacts=[
                Contact(
                    email="jane.roe@example-corp.example.com",
                    first_name="Jane",
                    last_name="Roe",
                    business_title="CTO",
                    phone="+12065550100",
                )
            ],
        ),
        **options,
    )


def create(client: PartnerCentralSellingClient, **options: Any) -> CreateOpportunityResponse:
    """A fully valid CreateOpportunity (no ClientToken unless given: the client fills it)."""
    return client.create_opportunity(**opportunity_input(**options))


@dataclass
class Outcome:
    """One call: what the client built, what it returned or raised, what the strategy decided."""

    label: str  # "client.call", e.g. "0.17"
    call: ObservedCall
    opportunity_id: str | None
    error: BaseException | None
    refreshes: list[Refresh]

    @classmethod
    def of(
        cls,
        label: str,
        record: CallRecord,
        opportunity_id: str | None,
        error: BaseException | None,
    ) -> Outcome:
        """The outcome of the call ``record`` recorded."""
        assert record.call is not None, f"call {label} was not observed"
        return cls(label, record.call, opportunity_id, error, record.refreshes)


@dataclass
class Run:
    """Calls made by one or more clients (a thread each, or concurrent tasks) to one server."""

    mode: str
    strategies: list[RecordingStrategy]
    outcomes: list[Outcome]
    seconds: float
    fault_rate: float

    @property
    def max_attempts(self) -> int:
        (max_attempts,) = {strategy.max_attempts for strategy in self.strategies}
        return max_attempts


def fault_server(fault_rate: float, faults: dict[str, float] | None = None) -> FaultServer:
    return FaultServer(
        fault_rate=fault_rate,
        faults=faults,
        seed=SEED,
        stall_seconds=STALL_SECONDS,
        credentials=(ACCESS_KEY, SECRET_KEY),
        region=REGION,
        service=SIGNING_NAME,
    )


def client_options(
    server: FaultServer, strategy: RecordingStrategy, observer: CallObserver, *more: Interceptor
) -> dict[str, Any]:
    """The options of a client of ``server`` (sync or async: they take the same)."""
    return dict(
        region=REGION,
        endpoint_url=server.url,
        credentials=Credentials(ACCESS_KEY, SECRET_KEY),
        retry_strategy=strategy,
        read_timeout=READ_TIMEOUT,
        connect_timeout=CONNECT_TIMEOUT,
        extensions=[*more, observer],
    )


def make_client(
    server: FaultServer, strategy: RecordingStrategy, observer: CallObserver, *more: Interceptor
) -> PartnerCentralSellingClient:
    return PartnerCentralSellingClient(**client_options(server, strategy, observer, *more))


def small_jitter(seed: int) -> Any:
    """A seeded ``random()`` for the backoff, scaled down: waits of milliseconds, not seconds."""
    generator = random.Random(seed)
    return lambda: generator.random() * 0.02


# -- the oracle's verdict -----------------------------------------------------------------


def expected_error(fault: str | None, error: BaseException) -> bool:
    """Whether ``error`` is what an attempt answered with ``fault`` must raise."""
    if fault == "internal_error":
        return isinstance(error, errors.InternalServerException) and error.status_code == 500
    if fault == "unavailable":
        return isinstance(error, ServiceError) and error.status_code == 503
    if fault == "throttling":
        return isinstance(error, errors.ThrottlingException) and error.status_code == 400
    if fault == "stall":
        return isinstance(error, ReadTimeoutError)
    if fault in ("reset", "truncate"):
        return isinstance(error, TransportError) and not isinstance(error, ReadTimeoutError)
    if fault in CLIENT_ERRORS:
        return isinstance(error, ServiceError) and error.code == fault
    return False


@dataclass
class Verdict:
    problems: list[str] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    retries: Counter[str] = field(default_factory=Counter)
    failures: Counter[str] = field(default_factory=Counter)
    faults: Counter[str] = field(default_factory=Counter)
    created_then_failed: Counter[str] = field(default_factory=Counter)

    def problem(self, outcome: Outcome | None, text: str) -> None:
        where = "" if outcome is None else f"call {outcome.label} (token {outcome.call.token}): "
        self.problems.append(where + text)


def judge(
    run: Run,
    served: list[ServedRequest],
    opportunities: dict[str, str],
    creations: list[tuple[str, str]],
) -> Verdict:
    """Check every invariant over the run; collect the problems and the tally."""
    verdict = Verdict()
    max_attempts = run.max_attempts
    by_invocation: dict[str | None, list[ServedRequest]] = {}
    for request in served:
        by_invocation.setdefault(request.invocation_id, []).append(request)
        if request.fault is not None:
            verdict.faults[request.fault] += 1
            if request.created:
                verdict.created_then_failed[request.fault] += 1
        if request.signature_valid is not True:
            verdict.problem(None, f"request {request.index} did not verify (SigV4)")
    creations_per_token = Counter(token for token, _ in creations)
    for token, times in creations_per_token.items():
        if times != 1:
            verdict.problem(None, f"the server created {times} opportunities for token {token}")
    if len(opportunities) != len(creations):
        verdict.problem(None, f"{len(opportunities)} tokens hold {len(creations)} opportunities")
    tokens = Counter(outcome.call.token for outcome in run.outcomes)
    invocations = Counter(outcome.call.invocation_id for outcome in run.outcomes)
    if len(tokens) != len(run.outcomes) or len(invocations) != len(run.outcomes):
        verdict.problem(None, "two calls shared a ClientToken or an amz-sdk-invocation-id")
    orphans = set(by_invocation) - set(invocations)
    if orphans:
        verdict.problem(None, f"the server saw requests of no call: invocation ids {orphans}")
    unknown = set(opportunities) - set(tokens)
    if unknown:
        verdict.problem(None, f"opportunities for tokens no call sent: {sorted(unknown)[:3]}")

    for outcome in run.outcomes:
        judge_call(
            verdict, outcome, by_invocation.get(outcome.call.invocation_id, []), max_attempts
        )
        created = creations_per_token.get(outcome.call.token, 0)
        if outcome.opportunity_id is not None:
            verdict.counts["succeeded"] += 1
            if opportunities.get(outcome.call.token) != outcome.opportunity_id or created != 1:
                verdict.problem(
                    outcome,
                    f"returned {outcome.opportunity_id}; the server holds "
                    f"{opportunities.get(outcome.call.token)} ({created} created)",
                )
        elif created:
            verdict.counts["failed calls whose opportunity exists"] += 1
    verdict.counts["calls"] = len(run.outcomes)
    verdict.counts["requests seen by the server"] = len(served)
    verdict.counts["opportunities held"] = len(opportunities)
    return verdict


def judge_call(
    verdict: Verdict, outcome: Outcome, served: list[ServedRequest], max_attempts: int
) -> None:
    call, refreshes, error = outcome.call, outcome.refreshes, outcome.error
    attempts = len(call.attempt_headers)
    verdict.counts["attempts"] += attempts
    expected = [f"attempt={n}; max={max_attempts}" for n in range(1, attempts + 1)]
    if call.attempt_headers != expected:
        verdict.problem(outcome, f"attempt headers {call.attempt_headers}")
    if any(request.attempt_header not in expected for request in served):
        verdict.problem(
            outcome, f"attempt headers on the wire: {[r.attempt_header for r in served]}"
        )

    # One token and one invocation id, in every attempt the client signed and on the wire.
    if set(call.attempt_identities) != {(call.token, call.invocation_id)}:
        verdict.problem(outcome, f"attempts signed with {set(call.attempt_identities)}")
    if {request.token for request in served} - {call.token}:
        verdict.problem(outcome, f"tokens on the wire: {sorted({r.token or '' for r in served})}")

    succeeded = outcome.opportunity_id is not None
    if not succeeded and not isinstance(error, (ServiceError, TransportError)):
        kind = "an SdkError neither ServiceError nor TransportError"
        if not isinstance(error, SdkError):
            kind = "an untyped exception"
        verdict.problem(outcome, f"raised {kind}: {type(error).__module__}.{error!r}")
        return

    # Each attempt number reached the server once, or twice when the transport resent
    # it after a reset with no answer (its keep-alive race rule, which counts no attempt).
    for previous, request in zip(served, served[1:]):
        if request.attempt == previous.attempt:
            verdict.counts["transport resends (reset on a reused connection)"] += 1
    for number in range(1, attempts + 1):
        sent = [request for request in served if request.attempt == number]
        if any(request.fault != "reset" for request in sent[:-1]):
            verdict.problem(outcome, f"attempt {number} sent {len(sent)} times: {sent}")

    # The strategy's log: a retry after each failed attempt but the last.
    failed_attempts = attempts - 1 if succeeded else attempts
    if len(refreshes) != failed_attempts or [r.attempt for r in refreshes] != list(
        range(1, failed_attempts + 1)
    ):
        verdict.problem(outcome, f"{attempts} attempts, strategy asked {len(refreshes)} times")
        return
    if any(not r.granted for r in (refreshes if succeeded else refreshes[:-1])):
        verdict.problem(outcome, "an attempt followed a refused retry")
    for refresh in refreshes:
        if refresh.granted:
            verdict.retries[cause(refresh.error)] += 1

    # Each attempt's error is the one the server's answer implies.
    for number in range(1, attempts + 1):
        answered = [request for request in served if request.attempt == number]
        attempt_error = refreshes[number - 1].error if number <= len(refreshes) else None
        if not answered:
            verdict.counts["attempts that never reached the server"] += 1
            if not isinstance(attempt_error, TransportError):
                verdict.problem(
                    outcome, f"attempt {number} unseen by the server: {attempt_error!r}"
                )
            continue
        last = answered[-1]
        if last.fault != "stall" and isinstance(attempt_error, ReadTimeoutError):
            # A loaded machine can be slower than the read timeout: any attempt may time out.
            verdict.counts["spurious read timeouts (answer slower than the timeout)"] += 1
        elif last.fault is None:
            if attempt_error is not None:
                verdict.problem(
                    outcome, f"attempt {number} was answered, raised {attempt_error!r}"
                )
            elif last.opportunity_id != outcome.opportunity_id:
                verdict.problem(outcome, f"attempt {number} answered {last.opportunity_id}")
        elif attempt_error is None or not expected_error(last.fault, attempt_error):
            verdict.problem(outcome, f"fault {last.fault} at attempt {number}: {attempt_error!r}")

    if succeeded:
        if attempts > max_attempts:
            verdict.problem(outcome, f"succeeded after {attempts} attempts")
        verdict.counts[f"succeeded at attempt {attempts}"] += 1
        return

    # A failure: typed (checked above), the strategy's last refusal, after max_attempts
    # or on an empty quota.
    assert error is not None
    verdict.failures[cause(error)] += 1
    last_refresh = refreshes[-1]
    if last_refresh.error is not error or last_refresh.granted:
        verdict.problem(outcome, f"raised {error!r}, not the strategy's refused error")
    if attempts == max_attempts:
        verdict.counts["failed after max_attempts"] += 1
    elif last_refresh.kind is not None and last_refresh.quota_before < retry_cost(
        last_refresh.kind
    ):
        verdict.counts["failed early: retry quota exhausted"] += 1
    else:
        verdict.problem(outcome, f"gave up after {attempts} of {max_attempts}: {error!r}")


def tally(run: Run, verdict: Verdict) -> str:
    def line(counter: Counter[str]) -> str:
        return ", ".join(f"{name}: {n}" for name, n in sorted(counter.items())) or "none"

    quotas = ", ".join(str(strategy.inner.quota.available) for strategy in run.strategies)
    capacity = run.strategies[0].inner.quota.max_capacity
    counts = verdict.counts
    lines = [
        f"fault injection, {run.mode} retries, max_attempts={run.max_attempts}, "
        f"fault rate {run.fault_rate:.0%}, seed {SEED}: {counts['calls']} CreateOpportunity "
        f"calls by {len(run.strategies)} client(s) in {run.seconds:.2f} s",
        f"  attempts: {counts['attempts']} (requests seen by the server: "
        f"{counts['requests seen by the server']})",
        f"  faults injected: {sum(verdict.faults.values())} ({line(verdict.faults)})",
        f"  ...after creating the opportunity: {sum(verdict.created_then_failed.values())} "
        f"({line(verdict.created_then_failed)})",
        f"  retries by cause: {sum(verdict.retries.values())} ({line(verdict.retries)})",
        f"  succeeded: {counts['succeeded']} ("
        + ", ".join(
            f"at attempt {n}: {counts[f'succeeded at attempt {n}']}"
            for n in range(1, run.max_attempts + 1)
        )
        + ")",
        f"  failures by cause: {sum(verdict.failures.values())} ({line(verdict.failures)})",
        f"  failed after max_attempts: {counts['failed after max_attempts']}, "
        f"early on an empty retry quota: {counts['failed early: retry quota exhausted']}, "
        f"failed calls whose opportunity the server had created: "
        f"{counts['failed calls whose opportunity exists']} (re-called by hand below)",
        f"  opportunities held by the server: {counts['opportunities held']}, "
        f"for {counts['calls']} calls",
        f"  transport resends after a reset: "
        f"{counts['transport resends (reset on a reused connection)']}, "
        f"spurious read timeouts: "
        f"{counts['spurious read timeouts (answer slower than the timeout)']}, "
        f"attempts that never reached the server: "
        f"{counts['attempts that never reached the server']}",
        f"  retry quota left: {quotas} of {capacity}",
    ]
    if verdict.problems:
        lines.append(f"  PROBLEMS ({len(verdict.problems)}):")
        lines += [f"    {problem}" for problem in verdict.problems[:25]]
    return "\n".join(lines)


def recall_failed_calls(
    client: PartnerCentralSellingClient, server: FaultServer, run: Run
) -> tuple[str, list[str]]:
    """Call each failed call again by hand, with its token, faults off: no duplicate appears."""
    server.set_faults(0.0)
    problems = []
    found = made = 0
    for outcome in run.outcomes:
        if outcome.opportunity_id is not None:
            continue
        token = outcome.call.token
        existing = server.opportunities.get(token)
        again = create(client, client_token=token).id
        held = server.opportunities.get(token)
        times = sum(1 for created, _ in server.creations if created == token)
        if (existing is not None and again != existing) or again != held or times != 1:
            problems.append(
                f"call {outcome.label} re-called with token {token}: got {again}, "
                f"held before {existing}, now {held}, created {times} times"
            )
        found += existing is not None
        made += existing is None
    summary = (
        f"  re-called the {found + made} failed calls with their tokens: {found} got the "
        f"opportunity their failed attempts had created, {made} created one now, "
        f"{len(problems)} problems"
    )
    return summary, problems


def check_run(
    server: FaultServer, run: Run, *, show: bool = True
) -> tuple[Verdict, str, list[str]]:
    """Judge the run; re-call its failed calls by hand (with a sync client); print the tally."""
    verdict = judge(run, server.requests, server.opportunities, server.creations)
    report = tally(run, verdict)
    spare = RecordingStrategy(StandardRetryStrategy(MAX_ATTEMPTS, random=small_jitter(SEED)))
    with make_client(server, spare, CallObserver()) as client:
        summary, recalled = recall_failed_calls(client, server, run)
    report += "\n" + summary + "".join(f"\n    {problem}" for problem in recalled)
    if show:
        print("\n" + report)
    return verdict, report, recalled
