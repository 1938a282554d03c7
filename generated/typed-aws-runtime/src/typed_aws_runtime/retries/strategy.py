"""Retry strategies: whether a failed attempt is tried again, and after how long.

A strategy only decides; it never sleeps or sends. The client asks it for a
token before the first attempt (:meth:`acquire_initial_retry_token`), asks
it again after each failure (:meth:`refresh_retry_token_for_retry`, which
says no with ``None``) and reports the success (:meth:`record_success`). A
token carries the attempt number and the delay to wait before that attempt;
the sync client waits with ``time.sleep``, an async one with
``asyncio.sleep``, so both share every decision. The interface is the one
of the Smithy reference architecture (smithy-python's ``RetryStrategy``).

The three modes are those of every AWS SDK. The constants are the published
ones; where each comes from:

* [SDKREF] AWS SDKs and Tools Reference Guide, "Retry behavior"
  (https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html),
  with the AWS Developer Tools Blog post "Announcing updated retry behavior
  for AWS SDKs and Tools" (the 2026 update, the default from November 2026:
  non-throttling retries cost 14 quota tokens and back off from 50 ms,
  throttling retries cost 5 and back off from 1 s, timeouts are no longer
  priced apart, ``x-amz-retry-after`` is honoured within 5 s of the
  computed delay).
* [BOTO] botocore 1.44.8, the reference implementation these tests compare
  against: ``botocore/retries/standard.py`` (error lists, backoff, quota
  costs), ``quota.py`` (500 tokens), ``adaptive.py``, ``bucket.py`` and
  ``throttling.py`` (the client-side rate limiter), and
  ``botocore/data/_retry.json`` (legacy mode).
* [JS] The seed, AWS SDK for JavaScript v3: ``@smithy/service-error-classification``
  (the clock-skew error codes) and ``@aws-sdk/core``'s
  ``getUpdatedSystemClockOffset`` (a skew of 5 minutes or more is corrected).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Protocol

from ..exceptions import ServiceError, TransportError
from ..transports.http import HttpResponse

# -- error classification ---------------------------------------------------------------

THROTTLING = "throttling"
TRANSIENT = "transient"

# [BOTO] standard.py ThrottledRetryableChecker._THROTTLED_ERROR_CODES.
THROTTLING_ERROR_CODES = frozenset(
    {
        "Throttling",
        "ThrottlingException",
        "ThrottledException",
        "RequestThrottledException",
        "TooManyRequestsException",
        "ProvisionedThroughputExceededException",
        "TransactionInProgressException",
        "RequestLimitExceeded",
        "BandwidthLimitExceeded",
        "LimitExceededException",
        "RequestThrottled",
        "SlowDown",
        "PriorRequestNotComplete",
        "EC2ThrottledException",
    }
)
# [BOTO] standard.py TransientRetryableChecker.
TRANSIENT_ERROR_CODES = frozenset(
    {"RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete"}
)
TRANSIENT_STATUS_CODES = frozenset({500, 502, 503, 504})
# A quota spent, not a rate exceeded: no wait of seconds restores it, so no mode retries
# these, whatever their status or the model's retryable trait say (legacy mode would
# otherwise retry one answered 429 or 5xx).
QUOTA_ERROR_CODES = frozenset({"ServiceQuotaExceededException"})
# [BOTO] standard.py ThrottlingStatusCodeChecker: 429 is throttling when the
# error is not one the model describes (the model decides for those).
THROTTLING_STATUS_CODE = 429
# [JS] @smithy/service-error-classification CLOCK_SKEW_ERROR_CODES.
CLOCK_SKEW_ERROR_CODES = frozenset(
    {
        "AuthFailure",
        "InvalidSignatureException",
        "RequestExpired",
        "RequestInTheFuture",
        "RequestTimeTooSkewed",
        "SignatureDoesNotMatch",
    }
)
# [JS] getUpdatedSystemClockOffset: a server time this far (seconds) from the
# client's corrected clock resets the offset.
CLOCK_SKEW_THRESHOLD = 300.0

# [BOTO] data/_retry.json, the "__default__" policies of legacy mode.
LEGACY_THROTTLING_ERROR_CODES = frozenset(
    {
        "Throttling",
        "ThrottlingException",
        "ThrottledException",
        "RequestThrottledException",
        "ProvisionedThroughputExceededException",
    }
)
LEGACY_RETRY_STATUS_CODES = frozenset({429, 500, 502, 503, 504, 509})


def standard_error_kind(error: Exception) -> str | None:
    """``THROTTLING``, ``TRANSIENT`` or None (not retryable), as standard mode sees it.

    No response at all (refused, reset, timed out, cut short) is transient.
    A service error is throttling by its code, by the model's ``retryable``
    trait, or as an unmodeled 429; transient by its code, a 500/502/503/504
    status, the model's trait, or a clock skew the client just corrected.
    A spent quota (:data:`QUOTA_ERROR_CODES`) is never retryable.
    """
    if isinstance(error, TransportError):
        return TRANSIENT
    if not isinstance(error, ServiceError) or error.code in QUOTA_ERROR_CODES:
        return None
    if error.code in THROTTLING_ERROR_CODES:
        return THROTTLING
    if error.retryable is not None:
        return error.retryable
    if error.status_code == THROTTLING_STATUS_CODE and not type(error).code:
        return THROTTLING
    if (
        error.code in TRANSIENT_ERROR_CODES
        or error.status_code in TRANSIENT_STATUS_CODES
        or error.clock_skew_corrected
    ):
        return TRANSIENT
    return None


def legacy_error_kind(error: Exception) -> str | None:
    """The same question for legacy mode: its shorter list of codes and statuses."""
    if isinstance(error, TransportError):
        return TRANSIENT
    if not isinstance(error, ServiceError) or error.code in QUOTA_ERROR_CODES:
        return None
    if error.code in LEGACY_THROTTLING_ERROR_CODES:
        return THROTTLING
    if error.status_code in LEGACY_RETRY_STATUS_CODES or error.clock_skew_corrected:
        return TRANSIENT
    return None


def retry_after(response: HttpResponse) -> float | None:
    """The server's requested wait in seconds, or None when it asks none (or nonsense).

    ``x-amz-retry-after`` is milliseconds [SDKREF]; the standard HTTP
    ``Retry-After`` is read when it is a whole number of seconds (its date
    form is not used: a proxy's clock says little about the service).
    """
    for name, scale in (("x-amz-retry-after", 0.001), ("Retry-After", 1.0)):
        value = response.header(name)
        if value is not None:
            text = value.strip()
            if text.isascii() and text.isdigit():
                return float(text) * scale  # a huge value is inf: capped by the caller
    return None


def _uniform() -> float:
    """A uniform draw from [0, 1); ``random`` is imported by the first retry, not at start."""
    import random

    return random.random()


# -- tokens and the strategy interface --------------------------------------------------


class RetryToken:
    """Permission for one attempt: its number (1-based), the wait before it, its quota cost."""

    __slots__ = ("attempt", "delay", "cost")
    attempt: int
    delay: float
    cost: int

    def __init__(self, attempt: int, delay: float = 0.0, cost: int = 0) -> None:
        self.attempt = attempt
        self.delay = delay
        self.cost = cost

    def __repr__(self) -> str:
        return f"RetryToken(attempt={self.attempt}, delay={self.delay:.3f}, cost={self.cost})"


_FIRST_ATTEMPT = RetryToken(1)  # tokens are read-only, so every call shares this one


class RetryStrategy(Protocol):
    """What the client needs of a retry strategy (pass your own as ``retry_strategy=``).

    A strategy is shared by every call of a client, from any thread or task:
    its methods must be thread-safe and must not block.
    """

    max_attempts: int

    def acquire_initial_retry_token(self) -> RetryToken:
        """The token for a call's first attempt."""
        ...

    def refresh_retry_token_for_retry(
        self, token: RetryToken, error: Exception
    ) -> RetryToken | None:
        """The token for the next attempt after ``error``, or None to raise ``error``."""
        ...

    def record_success(self, token: RetryToken) -> None:
        """The attempt made with ``token`` succeeded."""
        ...


# -- standard mode ----------------------------------------------------------------------


class RetryQuota:
    """The retry quota: a budget of tokens that retries spend and successes refill.

    [BOTO] quota.py and [SDKREF]: 500 tokens to start with and at most; a
    retry after a throttling error costs 5, after any other error 14; a
    success refunds what its last retry cost, or 1 when it was not retried.
    With the quota spent the client stops retrying, so a client facing an
    outage fails fast instead of adding load.
    """

    INITIAL_CAPACITY = 500
    RETRY_COST = 14
    THROTTLING_RETRY_COST = 5
    NO_RETRY_INCREMENT = 1

    def __init__(self, capacity: int = INITIAL_CAPACITY) -> None:
        self.max_capacity = capacity
        self.available = capacity
        self._lock = threading.Lock()

    def acquire(self, amount: int) -> bool:
        """Take ``amount`` tokens if there are that many; say whether it did."""
        with self._lock:
            if amount > self.available:
                return False
            self.available -= amount
            return True

    def release(self, amount: int) -> None:
        """Give ``amount`` tokens back, never above the maximum."""
        if self.available == self.max_capacity:
            return  # the common case, a success with a full quota: no lock needed
        with self._lock:
            self.available = min(self.max_capacity, self.available + amount)


class _BuiltInStrategy:
    """What the built-in strategies share: the attempt limit, the jitter source, the first token."""

    def __init__(self, max_attempts: int, random: Callable[[], float]) -> None:
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        self.max_attempts = max_attempts
        self._random = random

    def acquire_initial_retry_token(self) -> RetryToken:
        return _FIRST_ATTEMPT


class StandardRetryStrategy(_BuiltInStrategy):
    """``retry_mode="standard"``: the default of every AWS SDK.

    Up to ``max_attempts`` attempts (3 by default); a retry waits
    ``random() * min(base * 2 ** (attempt - 1), 20)`` seconds, with ``base``
    1 s after a throttling error and 50 ms after any other [SDKREF][BOTO];
    an ``x-amz-retry-after`` of the failed response raises the wait to at
    most 5 s more than that. Retries spend the :class:`RetryQuota`.
    ``random`` is injectable for tests.
    """

    MAX_BACKOFF = 20.0
    THROTTLING_BASE_DELAY = 1.0
    TRANSIENT_BASE_DELAY = 0.05
    RETRY_AFTER_MAX_EXTRA = 5.0
    error_kind = staticmethod(standard_error_kind)

    def __init__(
        self,
        max_attempts: int = 3,
        *,
        random: Callable[[], float] = _uniform,
        quota: RetryQuota | None = None,
    ) -> None:
        super().__init__(max_attempts, random)
        self.quota = RetryQuota() if quota is None else quota

    def refresh_retry_token_for_retry(
        self, token: RetryToken, error: Exception
    ) -> RetryToken | None:
        kind = self.error_kind(error)
        if kind is None or token.attempt >= self.max_attempts:
            return None
        throttled = kind == THROTTLING
        cost = RetryQuota.THROTTLING_RETRY_COST if throttled else RetryQuota.RETRY_COST
        if not self.quota.acquire(cost):
            return None
        delay = self.backoff(token.attempt, throttled, getattr(error, "retry_after", None))
        return RetryToken(token.attempt + 1, delay, cost)

    def backoff(self, attempt: int, throttled: bool, retry_after: float | None = None) -> float:
        """Seconds to wait after failed attempt number ``attempt`` (full jitter)."""
        base = self.THROTTLING_BASE_DELAY if throttled else self.TRANSIENT_BASE_DELAY
        delay = self._random() * min(base * 2.0 ** (attempt - 1), self.MAX_BACKOFF)
        if retry_after is not None:
            delay = max(delay, min(retry_after, delay + self.RETRY_AFTER_MAX_EXTRA))
        return delay

    def record_success(self, token: RetryToken) -> None:
        self.quota.release(token.cost or RetryQuota.NO_RETRY_INCREMENT)


# -- legacy mode ------------------------------------------------------------------------


class LegacyRetryStrategy(_BuiltInStrategy):
    """``retry_mode="legacy"``: botocore's original policy [BOTO _retry.json].

    Up to 5 attempts by default, a wait of ``random() * 2 ** (attempt - 1)``
    seconds (no cap, no quota), and its shorter lists of retryable codes.
    """

    error_kind = staticmethod(legacy_error_kind)

    def __init__(self, max_attempts: int = 5, *, random: Callable[[], float] = _uniform) -> None:
        super().__init__(max_attempts, random)

    def refresh_retry_token_for_retry(
        self, token: RetryToken, error: Exception
    ) -> RetryToken | None:
        if token.attempt >= self.max_attempts or self.error_kind(error) is None:
            return None
        return RetryToken(token.attempt + 1, self._random() * 2.0 ** (token.attempt - 1))

    def record_success(self, token: RetryToken) -> None:
        pass


# -- adaptive mode ----------------------------------------------------------------------


class AdaptiveRetryStrategy(StandardRetryStrategy):
    """``retry_mode="adaptive"``: standard retries plus a client-side rate limit.

    Every response feeds the :class:`~.rate_limiter.ClientRateLimiter`; after the first
    throttle, attempts (first ones included) wait for a send token, so a
    client that hits the service's rate settles just under it. Meant for a
    client that talks to one throttled resource [SDKREF]; ``clock`` is
    injectable for tests.
    """

    def __init__(
        self,
        max_attempts: int = 3,
        *,
        random: Callable[[], float] = _uniform,
        quota: RetryQuota | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(max_attempts, random=random, quota=quota)
        from .rate_limiter import ClientRateLimiter  # only adaptive clients need it

        self.limiter = ClientRateLimiter(clock)

    def acquire_initial_retry_token(self) -> RetryToken:
        delay = self.limiter.acquire()
        return RetryToken(1, delay) if delay else _FIRST_ATTEMPT

    def refresh_retry_token_for_retry(
        self, token: RetryToken, error: Exception
    ) -> RetryToken | None:
        self.limiter.record(self.error_kind(error) == THROTTLING)
        retry = super().refresh_retry_token_for_retry(token, error)
        if retry is not None:
            retry.delay += self.limiter.acquire(after=retry.delay)
        return retry

    def record_success(self, token: RetryToken) -> None:
        self.limiter.record(False)
        super().record_success(token)


def retry_strategy(mode: str, max_attempts: int) -> RetryStrategy:
    """The strategy for a ``retry_mode`` setting."""
    if mode == "legacy":
        return LegacyRetryStrategy(max_attempts)
    if mode == "adaptive":
        return AdaptiveRetryStrategy(max_attempts)
    return StandardRetryStrategy(max_attempts)


def corrected_clock_offset(server_date: str | None, offset: float) -> float | None:
    """A new clock offset when the server's ``Date`` is 5 minutes or more from ours [JS].

    ``offset`` is the seconds the client adds to its clock now; returns the
    seconds to add from now on, or None when no correction is due (no or
    unreadable date, or a skew under the threshold).
    """
    if not server_date:
        return None
    from email.utils import parsedate_tz, mktime_tz  # only error responses pay for it

    parsed = parsedate_tz(server_date)
    if parsed is None:
        return None
    server_time = mktime_tz(parsed)
    now = time.time()
    if abs(server_time - (now + offset)) < CLOCK_SKEW_THRESHOLD:
        return None
    return server_time - now
