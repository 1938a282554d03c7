"""The retry strategies, decision by decision, against botocore's on the same inputs.

botocore 1.44.8 (a dev dependency) implements the published AWS SDK retry
behaviour (the 2026 update); its classes get the same errors, the same
random draws and the same clock as ours, and must come to the same
decisions, delays, quota and send rates. What botocore does not have (the
legacy mode's strategy object, clock-skew correction, the non-blocking
token bucket) is tested against the published formulas directly.
"""

from __future__ import annotations

import importlib
import itertools
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from botocore import exceptions as botocore_errors
from botocore.awsrequest import AWSResponse
from botocore.model import ServiceModel
from botocore.retries import adaptive as b_adaptive
from botocore.retries import bucket as b_bucket
from botocore.retries import quota as b_quota
from botocore.retries import standard as b_standard
from botocore.retries import throttling as b_throttling

from generator.loaders import load_model
from generator.emit.package import write_package
from partnercentral_selling import errors as generated_errors
from typed_aws_runtime.exceptions import (
    ConnectTimeoutError,
    ParamValidationError,
    ReadTimeoutError,
    ResponseParseError,
    ServiceError,
    TransportError,
)
from typed_aws_runtime.retries.rate_limiter import ClientRateLimiter
from typed_aws_runtime.retries.strategy import (
    THROTTLING,
    TRANSIENT,
    AdaptiveRetryStrategy,
    LegacyRetryStrategy,
    RetryQuota,
    RetryToken,
    StandardRetryStrategy,
    corrected_clock_offset,
    legacy_error_kind,
    retry_after,
    retry_strategy,
    standard_error_kind,
)
from typed_aws_runtime.transports.http import HttpResponse

# -- a model with retryable errors, for botocore's modeled-error checks -------------------

_MODEL = {
    "version": "2.0",
    "metadata": {
        "apiVersion": "2020-01-01",
        "endpointPrefix": "retrying",
        "jsonVersion": "1.0",
        "protocol": "json",
        "serviceFullName": "Retry Trait Test",
        "serviceId": "Retry Trait Test",
        "signatureVersion": "v4",
        "targetPrefix": "RetryTraitTest",
        "uid": "retrying-2020-01-01",
    },
    "operations": {
        "Op": {
            "name": "Op",
            "http": {"method": "POST", "requestUri": "/"},
            "errors": [
                {"shape": "ModeledThrottle"},
                {"shape": "ModeledTransient"},
                {"shape": "ModeledTooMany"},
                {"shape": "ModeledPlain"},
            ],
        }
    },
    "shapes": {
        "ModeledThrottle": {
            "type": "structure",
            "members": {},
            "exception": True,
            "retryable": {"throttling": True},
        },
        "ModeledTransient": {
            "type": "structure",
            "members": {},
            "exception": True,
            "retryable": {"throttling": False},
        },
        "ModeledTooMany": {
            "type": "structure",
            "members": {},
            "exception": True,
            "error": {"httpStatusCode": 429},
        },
        "ModeledPlain": {"type": "structure", "members": {}, "exception": True},
    },
}
OPERATION_MODEL = ServiceModel(_MODEL).operation_model("Op")


def _generated_errors() -> ModuleType:
    """The errors module the generator renders for ``_MODEL``."""
    root = Path(tempfile.mkdtemp(prefix="retry-trait-"))
    (root / "model").mkdir()
    (root / "model" / "service-2.json").write_text(json.dumps(_MODEL))
    service = load_model(root / "model")
    package_dir = write_package(service, root / "out", "0.0.0")
    sys.path.insert(0, str(package_dir / "src"))
    return importlib.import_module(f"{service.package_name}.errors")


def _as_error_of_this_runtime(generated: type[Any]) -> type[ServiceError]:
    """The generated class's rendered attributes on this package's ServiceError.

    Each generated package has its own copy of the runtime, so its classes
    are not this one's ServiceError; what the template rendered is copied.
    """
    attributes = {"code": generated.code, "retryable": generated.retryable}
    return type(generated.__name__, (ServiceError,), attributes)


_RENDERED = _generated_errors()
MODELED = {
    name: _as_error_of_this_runtime(getattr(_RENDERED, name))
    for name in ("ModeledThrottle", "ModeledTransient", "ModeledTooMany", "ModeledPlain")
}


def test_the_retryable_trait_is_rendered_on_the_error_classes() -> None:
    assert MODELED["ModeledThrottle"].retryable == THROTTLING
    assert MODELED["ModeledTransient"].retryable == TRANSIENT
    assert MODELED["ModeledPlain"].retryable is None


# botocore's own lists, plus codes no list has (not retried) and the modeled ones.
CODES = [
    *b_standard.ThrottledRetryableChecker._THROTTLED_ERROR_CODES,
    *b_standard.TransientRetryableChecker._TRANSIENT_ERROR_CODES,
    "ValidationException",
    "AccessDeniedException",
    "ResourceNotFoundException",
    "ConflictException",
    "InternalServerException",
    "ServiceUnavailable",
    "",
    *MODELED,
]
STATUSES = [400, 403, 404, 409, 429, 500, 501, 502, 503, 504, 509]


def _error(code: str, status: int, headers: dict[str, str] | None = None) -> ServiceError:
    cls = MODELED.get(code, ServiceError)
    error = cls("message", code=code or str(status), status_code=status)
    if headers:
        error.retry_after = retry_after(HttpResponse(status, headers, b""))
    return error


def _context(
    code: str, status: int, attempt: int = 1, headers: dict[str, str] | None = None
) -> b_standard.RetryContext:
    return b_standard.RetryContext(
        attempt_number=attempt,
        operation_model=OPERATION_MODEL,
        parsed_response={"Error": {"Code": code or str(status)}},
        http_response=AWSResponse("https://x", status, headers or {}, None),
        caught_exception=None,
        request_context={},
    )


def _botocore_throttling() -> b_standard.ThrottlingErrorDetector:
    return b_standard.ThrottlingErrorDetector(b_standard.RetryEventAdapter())


# -- which errors are retried, and as what ---------------------------------------------


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("code", CODES)
def test_standard_classification_matches_botocore(code: str, status: int) -> None:
    context = _context(code, status)
    retryable = b_standard.StandardRetryConditions(max_attempts=10).is_retryable(context)
    throttling = _botocore_throttling().is_throttling_error_from_context(context)
    kind = standard_error_kind(_error(code, status))
    assert (kind is not None) == retryable
    if retryable:
        assert (kind == THROTTLING) == throttling


@pytest.mark.parametrize("status", STATUSES)
def test_a_spent_service_quota_is_never_retryable(status: int) -> None:
    # Not among CODES above on purpose: botocore retries it when the status is a 5xx (or,
    # in legacy mode, a 429); a quota spent is not restored by a wait of seconds.
    error = _error("ServiceQuotaExceededException", status)
    assert standard_error_kind(error) is None
    assert legacy_error_kind(error) is None


@pytest.mark.parametrize(
    "error, botocore_error",
    [
        (TransportError("reset"), botocore_errors.ConnectionClosedError(endpoint_url="x")),
        (ConnectTimeoutError("slow"), botocore_errors.ConnectTimeoutError(endpoint_url="x")),
        (ReadTimeoutError("stalled"), botocore_errors.ReadTimeoutError(endpoint_url="x")),
    ],
)
def test_no_response_is_transient_as_in_botocore(error: Exception, botocore_error: Any) -> None:
    context = b_standard.RetryContext(attempt_number=1, caught_exception=botocore_error)
    assert b_standard.StandardRetryConditions().is_retryable(context)
    assert not _botocore_throttling().is_throttling_error_from_context(context)
    assert standard_error_kind(error) == TRANSIENT
    assert legacy_error_kind(error) == TRANSIENT


@pytest.mark.parametrize(
    "error",
    [
        ParamValidationError("Customer", "missing"),
        ResponseParseError("not JSON", status_code=200, body=b"<html>"),
        ValueError("not ours"),
    ],
)
def test_errors_without_a_failed_exchange_are_never_retried(error: Exception) -> None:
    strategy = StandardRetryStrategy(5)
    assert (
        strategy.refresh_retry_token_for_retry(strategy.acquire_initial_retry_token(), error)
        is None
    )
    assert strategy.quota.available == RetryQuota.INITIAL_CAPACITY


def test_generated_modeled_errors_of_this_service() -> None:
    throttling = generated_errors.ThrottlingException("slow down", status_code=400)
    assert standard_error_kind(throttling) == THROTTLING
    for name in ("ValidationException", "AccessDeniedException", "ResourceNotFoundException"):
        cls = getattr(generated_errors, name)
        assert standard_error_kind(cls("no", status_code=400)) is None
    internal = generated_errors.InternalServerException("oops", status_code=500)
    assert standard_error_kind(internal) == TRANSIENT


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("code", CODES[: -len(MODELED)])
def test_legacy_classification_follows_botocore_retry_json(code: str, status: int) -> None:
    # botocore/data/_retry.json "__default__": throttling codes (any status
    # it lists is 400) and the statuses 429, 500, 502, 503, 504, 509.
    legacy_codes = {
        "Throttling",
        "ThrottlingException",
        "ThrottledException",
        "RequestThrottledException",
        "ProvisionedThroughputExceededException",
    }
    expected = code in legacy_codes or status in (429, 500, 502, 503, 504, 509)
    assert (legacy_error_kind(_error(code, status)) is not None) == expected


# -- backoff ------------------------------------------------------------------------------


def _draws(seed: int) -> Callable[[], float]:
    return random.Random(seed).random


@pytest.mark.parametrize(
    "code", ["ThrottlingException", "InternalServerException", "ModeledTransient"]
)
@pytest.mark.parametrize(
    "retry_after_header",
    [None, "0", "1500", "4000", "60000", "-5", "soon", "99999999999999999999"],
)
def test_standard_backoff_matches_botocore(code: str, retry_after_header: str | None) -> None:
    headers = {} if retry_after_header is None else {"x-amz-retry-after": retry_after_header}
    status = 500 if code == "InternalServerException" else 400
    theirs = b_standard.ExponentialBackoff(
        random=_draws(7), throttling_detector=_botocore_throttling()
    )
    ours = StandardRetryStrategy(10, random=_draws(7))
    for attempt in range(1, 10):
        expected = theirs.delay_amount(_context(code, status, attempt, headers))
        got = ours.backoff(
            attempt,
            standard_error_kind(_error(code, status)) == THROTTLING,
            retry_after(HttpResponse(status, headers, b"")),
        )
        assert got == pytest.approx(expected, abs=1e-12), (attempt, headers)


def test_standard_backoff_is_full_jitter_capped_at_20_seconds() -> None:
    strategy = StandardRetryStrategy(20, random=lambda: 1.0)
    ceilings = [strategy.backoff(n, throttled=True) for n in range(1, 9)]
    assert ceilings == [1, 2, 4, 8, 16, 20, 20, 20]
    transient = [strategy.backoff(n, throttled=False) for n in range(1, 11)]
    assert transient == pytest.approx([0.05 * 2**i for i in range(9)] + [20])
    assert StandardRetryStrategy(random=lambda: 0.0).backoff(5, throttled=True) == 0


def test_retry_after_headers() -> None:
    def seconds(headers: dict[str, str]) -> float | None:
        return retry_after(HttpResponse(503, headers, b""))

    assert seconds({"x-amz-retry-after": "2500"}) == 2.5
    assert seconds({"Retry-After": "3"}) == 3.0
    assert seconds({"x-amz-retry-after": "100", "Retry-After": "3"}) == 0.1
    assert seconds({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}) is None
    assert seconds({"x-amz-retry-after": "-1"}) is None
    assert seconds({}) is None
    # Honoured, but at most 5 s beyond the computed backoff.
    strategy = StandardRetryStrategy(random=lambda: 0.5)
    assert strategy.backoff(1, throttled=True, retry_after=60.0) == 0.5 + 5
    assert strategy.backoff(1, throttled=True, retry_after=0.1) == 0.5


def test_legacy_backoff_and_attempts() -> None:
    strategy = LegacyRetryStrategy(random=lambda: 0.5)
    token = strategy.acquire_initial_retry_token()
    delays = []
    while True:
        retry = strategy.refresh_retry_token_for_retry(token, _error("", 503))
        if retry is None:
            break
        delays.append(retry.delay)
        token = retry
    # botocore/data/_retry.json: base "rand", growth factor 2, 5 attempts.
    assert delays == [0.5, 1.0, 2.0, 4.0]
    assert token.attempt == 5
    assert (
        strategy.refresh_retry_token_for_retry(
            strategy.acquire_initial_retry_token(), _error("ValidationException", 400)
        )
        is None
    )


# -- the retry quota ----------------------------------------------------------------------


def _botocore_quota_run(events: list[tuple[str, int]]) -> tuple[list[bool], int]:
    """Run a call sequence through botocore's quota checker; return decisions and capacity."""
    quota = b_quota.RetryQuota()
    checker = b_standard.RetryQuotaChecker(quota, _botocore_throttling())
    decisions = []
    request_context: dict[str, Any] = {}
    for outcome, status in events:
        if outcome == "success":
            checker.release_retry_quota(request_context, AWSResponse("https://x", 200, {}, None))
            request_context = {}
            continue
        context = _context(outcome, status)
        context.request_context = request_context
        decisions.append(checker.acquire_retry_quota(context))
    return decisions, quota.available_capacity


def _our_quota_run(events: list[tuple[str, int]]) -> tuple[list[bool], int]:
    strategy = StandardRetryStrategy(max_attempts=1000, random=lambda: 0.0)
    decisions = []
    token = strategy.acquire_initial_retry_token()
    for outcome, status in events:
        if outcome == "success":
            strategy.record_success(token)
            token = strategy.acquire_initial_retry_token()
            continue
        retry = strategy.refresh_retry_token_for_retry(token, _error(outcome, status))
        decisions.append(retry is not None)
        token = retry or token
    return decisions, strategy.quota.available


def _random_events(seed: int, count: int) -> list[tuple[str, int]]:
    rng = random.Random(seed)
    choices = [
        ("success", 200),
        ("ThrottlingException", 400),
        ("InternalServerException", 500),
        ("ServiceUnavailable", 503),
    ]
    return [rng.choice(choices) for _ in range(count)]


@pytest.mark.parametrize("seed", range(6))
def test_quota_spending_and_refunds_match_botocore(seed: int) -> None:
    events = _random_events(seed, 400)
    # Outages: long runs of failures that exhaust the quota, then recovery.
    events += [("InternalServerException", 500)] * 60 + [("success", 200)] * 30
    events += [("ThrottlingException", 400)] * 120 + [("success", 200)] * 5
    assert _our_quota_run(events) == _botocore_quota_run(events)


def test_quota_exhaustion_stops_retries_and_successes_refill_it() -> None:
    strategy = StandardRetryStrategy(max_attempts=3, random=lambda: 0.0)
    first = strategy.acquire_initial_retry_token()
    retries = 0
    while strategy.refresh_retry_token_for_retry(first, _error("", 503)) is not None:
        retries += 1
    assert retries == 500 // 14 and strategy.quota.available == 500 % 14 == 10
    # Throttling retries cost less: the 10 tokens left buy two of them.
    throttled = _error("ThrottlingException", 400)
    assert strategy.refresh_retry_token_for_retry(first, throttled) is not None
    retry = strategy.refresh_retry_token_for_retry(first, throttled)
    assert retry is not None and retry.cost == 5 and strategy.quota.available == 0
    assert strategy.refresh_retry_token_for_retry(first, throttled) is None
    strategy.record_success(first)  # +1 for a call that needed no retry
    assert strategy.quota.available == 1
    strategy.record_success(retry)  # a retried call that succeeded refunds its retry
    assert strategy.quota.available == 6


def test_max_attempts_ends_the_retries() -> None:
    strategy = StandardRetryStrategy(max_attempts=4, random=lambda: 0.0)
    token = strategy.acquire_initial_retry_token()
    attempts = [token.attempt]
    while (token := strategy.refresh_retry_token_for_retry(token, _error("", 500)) or token) and (
        token.attempt != attempts[-1]
    ):
        attempts.append(token.attempt)
    assert attempts == [1, 2, 3, 4]
    assert (
        StandardRetryStrategy(1).refresh_retry_token_for_retry(RetryToken(1), _error("", 500))
        is None
    )


def test_retry_strategy_for_each_mode() -> None:
    assert type(retry_strategy("standard", 3)) is StandardRetryStrategy
    assert type(retry_strategy("legacy", 5)) is LegacyRetryStrategy
    adaptive = retry_strategy("adaptive", 7)
    assert type(adaptive) is AdaptiveRetryStrategy and adaptive.max_attempts == 7
    with pytest.raises(ValueError, match="at least 1"):
        StandardRetryStrategy(0)


# -- adaptive mode: the client-side rate limiter ----------------------------------------


class FakeClock:
    """A clock both limiters read; tests move it."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def current_time(self) -> float:  # botocore's Clock interface
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


class _ThrottleFlag:
    """botocore's throttling detector, answering what the test says."""

    def is_throttling_error(self, **kwargs: Any) -> bool:
        return bool(kwargs["throttled"])


def _botocore_limiter(clock: FakeClock) -> b_adaptive.ClientRateLimiter:
    return b_adaptive.ClientRateLimiter(
        rate_adjustor=b_throttling.CubicCalculator(starting_max_rate=0, start_time=clock.now),
        rate_clocker=b_adaptive.RateClocker(clock),
        token_bucket=b_bucket.TokenBucket(max_rate=1, clock=clock),
        throttling_detector=_ThrottleFlag(),
        clock=clock,
    )


def _limiter_events(seed: int) -> Iterator[tuple[float, bool]]:
    """(seconds since the last response, throttled) pairs: bursts, throttles, quiet spells."""
    rng = random.Random(seed)
    for _ in range(600):
        gap = rng.choice([0.01, 0.02, 0.05, 0.1, 0.3, 0.7, 1.3])
        yield gap, rng.random() < 0.15


@pytest.mark.parametrize("seed", range(4))
def test_adaptive_send_rate_follows_botocore(seed: int) -> None:
    theirs_clock, ours_clock = FakeClock(), FakeClock()
    theirs = _botocore_limiter(theirs_clock)
    ours = ClientRateLimiter(ours_clock)
    for gap, throttled in _limiter_events(seed):
        theirs_clock.now += gap
        ours_clock.now += gap
        theirs.on_receiving_response(throttled=throttled)
        ours.record(throttled)
        assert ours.enabled == theirs._enabled
        assert ours.bucket.rate == pytest.approx(theirs._token_bucket.max_rate, rel=1e-9)
        assert ours.bucket.max_capacity == pytest.approx(theirs._token_bucket.max_capacity)


def test_adaptive_limiter_is_off_until_the_first_throttle() -> None:
    clock = FakeClock()
    strategy = AdaptiveRetryStrategy(3, random=lambda: 0.0, clock=clock)
    for _ in range(50):
        token = strategy.acquire_initial_retry_token()
        assert token.delay == 0
        strategy.record_success(token)
    retry = strategy.refresh_retry_token_for_retry(
        strategy.acquire_initial_retry_token(), _error("ThrottlingException", 400)
    )
    assert strategy.limiter.enabled and retry is not None


def test_adaptive_limiter_spaces_sends_at_its_rate_without_blocking() -> None:
    clock = FakeClock()
    limiter = ClientRateLimiter(clock)
    for _ in range(20):  # a measured rate of about 10 sends a second
        clock.now += 0.1
        limiter.record(False)
    clock.now += 0.1
    limiter.record(True)
    rate = limiter.bucket.rate
    assert 0.5 <= rate < 10
    # Tokens are handed out as debts: once the bucket is empty, concurrent
    # callers get successive slots 1 / rate apart.
    delays = [limiter.acquire() for _ in range(8)]
    waits = [delay for delay in delays if delay > 0]
    assert delays[: len(delays) - len(waits)] == [0.0] * (len(delays) - len(waits))
    assert len(waits) >= 5
    gaps = [b - a for a, b in itertools.pairwise(waits)]
    assert all(gap == pytest.approx(1 / rate) for gap in gaps)
    # Waiting pays the debt back.
    clock.now += delays[-1]
    assert limiter.acquire() == pytest.approx(1 / rate)


def test_adaptive_throttling_cuts_the_rate_by_thirty_percent() -> None:
    clock = FakeClock()
    limiter = ClientRateLimiter(clock)
    for _ in range(40):
        clock.now += 0.05
        limiter.record(False)
    measured = limiter._meter.rate
    limiter.record(True)
    assert limiter.bucket.rate == pytest.approx(max(0.5, min(measured * 0.7, 2 * measured)))


# -- clock skew -------------------------------------------------------------------------


def _http_date(seconds: float) -> str:
    from email.utils import formatdate

    return formatdate(seconds, usegmt=True)


def test_clock_offset_is_corrected_only_past_five_minutes() -> None:
    now = time.time()
    assert corrected_clock_offset(_http_date(now + 120), 0.0) is None
    ahead = corrected_clock_offset(_http_date(now + 3600), 0.0)
    assert ahead is not None and abs(ahead - 3600) < 5
    # Already corrected: the same server time is within the threshold now.
    assert corrected_clock_offset(_http_date(now + 3600), 3600.0) is None
    behind = corrected_clock_offset(_http_date(now - 900), 0.0)
    assert behind is not None and abs(behind + 900) < 5
    assert corrected_clock_offset("not a date", 0.0) is None
    assert corrected_clock_offset(None, 0.0) is None


def test_a_corrected_skew_error_is_retried_once_as_transient() -> None:
    error = _error("InvalidSignatureException", 403)
    assert standard_error_kind(error) is None
    error.clock_skew_corrected = True
    assert standard_error_kind(error) == TRANSIENT
    assert legacy_error_kind(error) == TRANSIENT
