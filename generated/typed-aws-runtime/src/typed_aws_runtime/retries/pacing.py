"""Client-side rate limits per operation group: calls paced to a service's published quotas.

Opt-in, with the client's ``rate_limits`` option. A service may publish its quotas per
group of operations and per account: so many requests per second, sometimes also so many
per rolling 24 hours. :class:`RateLimits` says which group each operation is in (or that
the client does not pace it) and each group's :class:`GroupLimit`. Before every attempt
(retries included: each is a request the service counts) the client reserves a slot in
the group's :class:`GroupBudget` and sleeps until the slot's time, with ``time.sleep`` or
``asyncio.sleep``: nothing here blocks, so the sync and async clients share it.

Budgets are shared by the whole process: every client that signs for the same account
(the credentials' account id, else their access key id) in the same region, naming the
same group with the same figures, takes from one budget, so clients, threads and tasks
together keep within the account's quota. Other processes and machines are not seen:
give each its share with :meth:`RateLimits.scaled`.

- The rate: a token bucket of ``burst`` tokens (full at first), refilled at ``rate`` per
  second less :data:`HEADROOM`. A slot is reserved at once, as a debt the next caller
  queues behind, so concurrent callers get successive slots rather than all waking
  together. The headroom is for the way from the client to the service's count: two
  requests sent exactly ``1 / rate`` apart can arrive closer (the first one slower on
  the network, or in the service's front end), and a limit without burst (1 per second)
  throttles the second; 5% of the interval (50 ms at 1 per second) absorbs that, for a
  job 5% longer than the quota's minimum.
- The daily quota: the slots of the last 24 hours are counted, in one-minute bins (a
  request is counted up to a minute longer than it needs to be, never shorter). When the
  quota is spent the call raises :class:`~..exceptions.QuotaExhaustedError` at once, with
  the seconds until one more is allowed, instead of sleeping for what can be hours: a
  bulk job learns it when it happens and decides (stop, resume later, sleep).
"""

from __future__ import annotations

import difflib
import math
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from ..exceptions import QuotaExhaustedError
from .rate_limiter import Bucket

DAY = 86400.0  # seconds in the rolling window of a daily quota
HEADROOM = 0.05  # the share of each rate the client leaves unused (see above)
BIN = 60.0  # seconds per bin of the daily count


@dataclass(frozen=True)
class GroupLimit:
    """One operation group's budget: ``rate`` requests per second (sustained), ``burst``
    requests back to back after a pause (1: evenly spaced), and at most ``daily_quota``
    requests per rolling 24 hours (None: no daily quota)."""

    rate: float
    burst: int = 1
    daily_quota: int | None = None

    def __post_init__(self) -> None:
        if not _positive(self.rate) or not math.isfinite(self.rate):
            raise ValueError(f"rate must be requests per second > 0, got {self.rate!r}")
        if not _whole(self.burst):
            raise ValueError(f"burst must be a whole number >= 1, got {self.burst!r}")
        if self.daily_quota is not None and not _whole(self.daily_quota):
            raise ValueError(f"daily_quota must be a whole number >= 1, got {self.daily_quota!r}")


class RateLimits:
    """Which group each operation is in, and each group's :class:`GroupLimit` (immutable).

    ``operations`` maps every operation (model name) to its group, or to None when the
    client does not pace it. Start from a preset of the package and change it with
    :meth:`with_limits` or :meth:`scaled`, which check the names you give.
    """

    __slots__ = ("groups", "operations")

    def __init__(
        self, groups: Mapping[str, GroupLimit], operations: Mapping[str, str | None]
    ) -> None:
        for operation, group in operations.items():
            if group is not None and group not in groups:
                raise ValueError(
                    f"operation {operation!r} is in the group {group!r}, which has no limit; "
                    f"the groups are {', '.join(map(repr, groups))}"
                )
        self.groups: Mapping[str, GroupLimit] = MappingProxyType(dict(groups))
        self.operations: Mapping[str, str | None] = MappingProxyType(dict(operations))

    def with_limits(
        self,
        groups: Mapping[str, GroupLimit] | None = None,
        operations: Mapping[str, str | None] | None = None,
    ) -> RateLimits:
        """These limits with ``groups`` set (a group's figures replaced, or a new group)
        and ``operations`` moved to another group (None: not paced)."""
        moved = dict(operations or {})
        for operation in moved:
            if operation not in self.operations:
                close = difflib.get_close_matches(operation, list(self.operations), n=1)
                raise ValueError(
                    f"no operation {operation!r} in these rate limits"
                    + (f"; did you mean {close[0]!r}?" if close else "")
                )
        return RateLimits({**self.groups, **(groups or {})}, {**self.operations, **moved})

    def scaled(self, factor: float) -> RateLimits:
        """These limits with every rate and daily quota times ``factor`` (0 < factor <= 1:
        this process's share of an account other processes call too)."""
        if not _positive(factor) or factor > 1:
            raise ValueError(f"factor must be > 0 and <= 1, got {factor!r}")
        groups = {
            name: GroupLimit(
                limit.rate * factor,
                limit.burst,
                None if limit.daily_quota is None else max(1, int(limit.daily_quota * factor)),
            )
            for name, limit in self.groups.items()
        }
        return RateLimits(groups, self.operations)

    def pause(self, operation: str, identity: str, region: str) -> float:
        """Seconds to wait before sending an attempt of ``operation`` (its slot is taken).

        ``identity`` is the account (or access key) the call signs for. Raises
        :class:`~..exceptions.QuotaExhaustedError` when the group's daily quota is spent.
        """
        group = self.operations.get(operation)
        if group is None:
            return 0.0
        return shared_budget(identity, region, group, self.groups[group]).reserve()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RateLimits):
            return NotImplemented
        return (self.groups, self.operations) == (other.groups, other.operations)

    def __repr__(self) -> str:
        paced = sum(group is not None for group in self.operations.values())
        return f"RateLimits({dict(self.groups)!r}, {paced} of {len(self.operations)} paced)"


class DailyCount:
    """The requests of the last 24 hours, in one-minute bins (not thread-safe)."""

    def __init__(self, quota: int) -> None:
        self.quota = quota
        self.total = 0
        self._bins: deque[list[int]] = deque()  # [bin number, requests], oldest first

    def retry_after(self, now: float) -> float | None:
        """None when one more request fits now, else the seconds until one does."""
        bins = self._bins
        while bins and (bins[0][0] + 1) * BIN + DAY <= now:
            self.total -= bins.popleft()[1]
        if self.total < self.quota:
            return None
        return (bins[0][0] + 1) * BIN + DAY - now

    def add(self, when: float) -> None:
        """Count a request sent at ``when`` (never before the last one counted)."""
        number = int(when // BIN)
        if self._bins and self._bins[-1][0] >= number:
            self._bins[-1][1] += 1
        else:
            self._bins.append([number, 1])
        self.total += 1


class GroupBudget:
    """One group's budget for one account and region: its bucket and its daily count."""

    def __init__(
        self, group: str, limit: GroupLimit, clock: Callable[[], float] = time.monotonic
    ) -> None:
        now = clock()
        self.group = group
        self.limit = limit
        self._clock = clock
        self._bucket = Bucket(now, limit.rate * (1 - HEADROOM), limit.burst, limit.burst)
        self._daily = None if limit.daily_quota is None else DailyCount(limit.daily_quota)
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Take the next slot: the seconds until it (0: now). A refused call takes none."""
        with self._lock:
            now = self._clock()
            daily = self._daily
            if daily is not None:
                wait = daily.retry_after(now)
                if wait is not None:
                    raise QuotaExhaustedError(self.group, daily.quota, wait)
            pause = self._bucket.acquire(now)
            if daily is not None:
                daily.add(now + pause)
            return pause


_BUDGETS: dict[tuple[str, str, str, GroupLimit], GroupBudget] = {}
_BUDGETS_LOCK = threading.Lock()


def shared_budget(identity: str, region: str, group: str, limit: GroupLimit) -> GroupBudget:
    """The process's one budget of ``group`` with ``limit`` for ``identity`` in ``region``."""
    key = (identity, region, group, limit)
    budget = _BUDGETS.get(key)
    if budget is None:
        with _BUDGETS_LOCK:
            budget = _BUDGETS.setdefault(key, GroupBudget(group, limit))
    return budget


def _positive(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1
