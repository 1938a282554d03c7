"""Adaptive retry mode's client-side rate limiter: CUBIC over a token bucket.

A port of botocore 1.44.8's ``botocore/retries/adaptive.py``,
``bucket.py`` and ``throttling.py`` (the reference the tests compare
against, call by call), with one change: the token bucket never blocks. It
says how long to wait, and the caller sleeps (``time.sleep`` or
``asyncio.sleep``), so the sync and async clients share it. The constants
are botocore's; the AWS SDKs and Tools Reference Guide, "Retry behavior",
describes the mode.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class CubicRate:
    """The CUBIC congestion-control curve for the send rate [BOTO throttling.py].

    After a throttle at rate ``w_max`` the rate drops to ``w_max * BETA``
    and then grows back along ``SCALE * (t - k) ** 3 + w_max``, passing
    ``w_max`` again ``k`` seconds after the throttle.
    """

    SCALE = 0.4
    BETA = 0.7

    def __init__(self, start_time: float, starting_max_rate: float = 0.0) -> None:
        self.w_max = starting_max_rate
        self.k = self._zero_point()
        self.last_fail = start_time

    def _zero_point(self) -> float:
        return float((self.w_max * (1 - self.BETA) / self.SCALE) ** (1 / 3))

    def success_received(self, now: float) -> float:
        return self.SCALE * (now - self.last_fail - self.k) ** 3 + self.w_max

    def error_received(self, current_rate: float, now: float) -> float:
        self.w_max = current_rate
        self.k = self._zero_point()
        self.last_fail = now
        return current_rate * self.BETA


class SendRateMeter:
    """The rate this client sends at, smoothed over half-second buckets [BOTO adaptive.py]."""

    SMOOTHING = 0.8
    BUCKET_SECONDS = 0.5

    def __init__(self, now: float) -> None:
        self.rate = 0.0
        self._count = 0
        self._last_bucket = float(int(now))

    def record(self, now: float) -> float:
        bucket = int(now / self.BUCKET_SECONDS) * self.BUCKET_SECONDS
        self._count += 1
        if bucket > self._last_bucket:
            current = self._count / (bucket - self._last_bucket)
            self.rate = current * self.SMOOTHING + self.rate * (1 - self.SMOOTHING)
            self._count = 0
            self._last_bucket = bucket
        return self.rate


class Bucket:
    """Send tokens refilled at ``rate`` per second, at most ``max_capacity`` held.

    :meth:`acquire` never blocks: it takes a token and returns how long the
    caller must wait for it to exist (0 when one is there). A token taken
    early is a debt, so concurrent callers get successive slots instead of
    all waking at once. Not thread-safe: its owner holds a lock around it.
    """

    def __init__(self, now: float, rate: float, capacity: float, max_capacity: float) -> None:
        self.rate = rate
        self.capacity = capacity
        self.max_capacity = max_capacity
        self._last = now

    def _refill(self, now: float) -> None:
        if now > self._last:
            self.capacity = min(self.max_capacity, self.capacity + (now - self._last) * self.rate)
            self._last = now

    def acquire(self, now: float) -> float:
        self._refill(now)
        self.capacity -= 1
        return 0.0 if self.capacity >= 0 else -self.capacity / self.rate


class TokenBucket(Bucket):
    """Adaptive mode's bucket: empty at first, at most ``max(rate, 1)`` held [BOTO bucket.py].

    Its rate follows the service's throttling (:meth:`set_rate`), never under ``MIN_RATE``.
    """

    MIN_RATE = 0.5

    def __init__(self, now: float, rate: float = 1.0) -> None:
        super().__init__(now, self.MIN_RATE, 0.0, 1.0)
        self.set_rate(rate, now)

    def set_rate(self, rate: float, now: float) -> None:
        self._refill(now)
        self.rate = max(rate, self.MIN_RATE)
        self.max_capacity = max(rate, 1.0)
        self.capacity = min(self.capacity, self.max_capacity)


class ClientRateLimiter:
    """Adaptive mode's client-side rate limit [BOTO adaptive.py ClientRateLimiter].

    Off until the first throttling response; from then on every attempt
    takes a token from a :class:`TokenBucket` whose rate follows
    :class:`CubicRate`: cut by 30% on each throttle, grown back on success,
    never above twice the rate actually measured.
    """

    MAX_RATE_ADJUST_SCALE = 2.0

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        now = clock()
        self._clock = clock
        self._cubic = CubicRate(now)
        self._meter = SendRateMeter(now)
        self.bucket = TokenBucket(now)
        self.enabled = False
        self._lock = threading.Lock()

    def acquire(self, after: float = 0.0) -> float:
        """Seconds to wait before sending an attempt meant to go ``after`` seconds from now."""
        if not self.enabled:
            return 0.0
        with self._lock:
            return self.bucket.acquire(self._clock() + after)

    def record(self, throttled: bool) -> None:
        """Adjust the rate to one more response (or failure to get one)."""
        with self._lock:
            now = self._clock()
            measured = self._meter.record(now)
            if not throttled:
                rate = self._cubic.success_received(now)
            else:
                current = measured if not self.enabled else min(measured, self.bucket.rate)
                rate = self._cubic.error_received(current, now)
                self.enabled = True
            self.bucket.set_rate(min(rate, self.MAX_RATE_ADJUST_SCALE * measured), now)
