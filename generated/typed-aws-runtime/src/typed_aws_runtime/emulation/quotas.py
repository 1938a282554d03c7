"""The service's published quotas, enforced: a call over its group's rate is throttled.

The figures are the package's rate-limit presets (the client's
``rate_limits`` option paces calls to them): per account, each operation
group has a sustained rate, a burst and, for some, a rolling daily quota.
The emulator refuses the call the service would refuse, where the client
would have waited, so a test sees how its code meets ``ThrottlingException``.
"""

from __future__ import annotations

from ..retries.pacing import DailyCount, GroupLimit, RateLimits

# Seconds a request may arrive early after the previous one (scheduling, connecting,
# reading the body) and still count as paced; at most MAX_CREDIT of a token.
JITTER = 0.025
MAX_CREDIT = 0.5


class _Bucket:
    """A token bucket at a group's full rate: a call takes a token or is refused."""

    def __init__(self, limit: GroupLimit, now: float) -> None:
        self.limit = limit
        self.tokens = float(limit.burst)
        self.updated = now
        self.daily = None if limit.daily_quota is None else DailyCount(limit.daily_quota)

    def take(self, now: float) -> str | None:
        """None when the call fits, else why it does not."""
        elapsed = max(0.0, now - self.updated)
        self.tokens = min(float(self.limit.burst), self.tokens + elapsed * self.limit.rate)
        self.updated = now
        if self.daily is not None and self.daily.retry_after(now) is not None:
            return f"the daily quota of {self.limit.daily_quota} requests is spent"
        # A call arriving up to JITTER early is let in on credit (the bucket goes below
        # zero, so the sustained rate is still enforced): a client pacing at the rate
        # (the package's rate_limits, 5% under it) is not throttled because one request
        # reached the emulator a few milliseconds sooner after the previous one than it
        # was sent. A burst at local speed still finds the bucket empty.
        credit = min(MAX_CREDIT, self.limit.rate * JITTER)
        if self.tokens < 1.0 - credit - 1e-6:
            return f"more than {self.limit.rate:g} requests per second"
        self.tokens -= 1.0
        if self.daily is not None:
            self.daily.add(now)
        return None


class Quotas:
    """Buckets per account and group for ``limits`` (not thread-safe: the emulator locks)."""

    def __init__(self, limits: RateLimits) -> None:
        self.limits = limits
        self._buckets: dict[tuple[str, str], _Bucket] = {}

    def refuse(self, operation: str, account_id: str, now: float) -> str | None:
        """None when ``operation`` may run now for ``account_id``, else the reason it may not."""
        group = self.limits.operations.get(operation)
        if group is None:
            return None
        bucket = self._buckets.get((account_id, group))
        if bucket is None:
            bucket = self._buckets[(account_id, group)] = _Bucket(self.limits.groups[group], now)
        reason = bucket.take(now)
        return None if reason is None else f"{operation} is over the {group!r} quota: {reason}"
