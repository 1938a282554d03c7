"""Incremental sync: what a paginated list holds that changed since the last run, once each.

A generated ``sync_<resources>`` method returns an :class:`IncrementalSync` (sync
client) or an :class:`AsyncIncrementalSync` (async client). Iterating it lists the items
changed at or after its checkpoint's watermark (the list's "changed at or after" filter,
sorted oldest change first, every page) and yields each item it has not yielded before;
its :attr:`~IncrementalSync.checkpoint` says where it stands after each item, and a later
sync started from that checkpoint (kept as JSON in between: :meth:`SyncCheckpoint.to_dict`)
yields exactly what this one has not.

How "once each" holds, given that the filter includes its boundary and that many items
can share one timestamp (the service's clock ticks in milliseconds, and bulk changes
share one):

- the *watermark* is the newest timestamp yielded, and the checkpoint keeps the ids of
  the items yielded at that very timestamp (the *boundary ids*);
- an item is new when its timestamp is after the watermark, or equal to it and its id is
  not a boundary id. An item older than the watermark was yielded already: pages come
  oldest change first, so everything before the watermark came before it.
- a run starts by listing from the watermark (the boundary included, so an item changed
  at that instant after the last run is not missed); the items yielded at the boundary
  are then skipped by id.

A checkpoint taken in the middle of a run also keeps the page token of the page being
read and the watermark the run listed from (a page token goes with the request that
produced it): resuming fetches that page again and skips, by the same rule, what was
yielded of it. A change made to an item yields it again, as a new change, with its new
timestamp. What it cannot see: an item changed twice within one tick of the clock, once
before and once after a run saw it (its timestamp and id are those of an item already
yielded).

:class:`SyncProgress` makes every decision and does no I/O, so the two iterables are
loops around it that only fetch pages.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .paginator import PageCursor, PageSpec, follow

if TYPE_CHECKING:
    import logging

Item = TypeVar("Item")
Fetch = TypeVar("Fetch")

CHECKPOINT_VERSION = 1
"""The format of :meth:`SyncCheckpoint.to_dict`; a later format still reads this one."""


class SyncSpec:
    """How one list operation syncs (a precomputed table row, like :class:`PageSpec`).

    ``pages`` is the operation's pagination (one page token and a result list),
    ``item_id`` and ``item_timestamp`` the Python names of a listed item's identifier
    and last-changed timestamp.
    """

    __slots__ = ("pages", "item_id", "item_timestamp")
    pages: PageSpec
    item_id: str
    item_timestamp: str

    def __init__(self, *, pages: PageSpec, item_id: str, item_timestamp: str) -> None:
        self.pages = pages
        self.item_id = item_id
        self.item_timestamp = item_timestamp

    def __repr__(self) -> str:
        return f"SyncSpec({self.pages.operation!r})"


class SyncCheckpoint:
    """Where an incremental sync stands: start the next sync from it, now or in a year.

    ``watermark`` is the newest timestamp yielded (None: nothing yet, the next sync
    lists everything), ``boundary_ids`` the ids of the items yielded at exactly that
    timestamp. In the middle of a run, ``page_token`` is the token of the page being
    read and ``listed_from`` the watermark the run listed from; between runs both are
    None. Immutable; :meth:`to_dict` gives plain JSON values and :meth:`from_dict`
    reads them back.
    """

    __slots__ = ("watermark", "boundary_ids", "page_token", "listed_from")

    def __init__(
        self,
        watermark: datetime | None = None,
        boundary_ids: frozenset[str] = frozenset(),
        page_token: str | None = None,
        listed_from: datetime | None = None,
    ) -> None:
        set_ = object.__setattr__
        set_(self, "watermark", _aware(watermark))
        set_(self, "boundary_ids", frozenset(boundary_ids))
        set_(self, "page_token", page_token)
        set_(self, "listed_from", _aware(listed_from))

    watermark: datetime | None
    boundary_ids: frozenset[str]
    page_token: str | None
    listed_from: datetime | None

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"SyncCheckpoint is immutable; cannot set {name!r}")

    @classmethod
    def since(cls, moment: datetime) -> SyncCheckpoint:
        """A checkpoint that syncs what changed at or after ``moment`` (naive: UTC)."""
        return cls(watermark=moment)

    def to_dict(self) -> dict[str, Any]:
        """The checkpoint as JSON values (``json.dumps`` takes it), for :meth:`from_dict`."""
        return {
            "version": CHECKPOINT_VERSION,
            "watermark": _iso(self.watermark),
            "boundary_ids": sorted(self.boundary_ids),
            "page_token": self.page_token,
            "listed_from": _iso(self.listed_from),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SyncCheckpoint:
        """The checkpoint :meth:`to_dict` gave; ValueError for anything else."""
        if not isinstance(data, Mapping) or data.get("version") != CHECKPOINT_VERSION:
            raise ValueError(
                f"not a sync checkpoint of version {CHECKPOINT_VERSION} (from to_dict())"
            )
        ids = data.get("boundary_ids")
        token = data.get("page_token")
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise ValueError("a sync checkpoint's boundary_ids is a list of strings")
        if token is not None and not isinstance(token, str):
            raise ValueError("a sync checkpoint's page_token is a string or null")
        return cls(
            watermark=_parse_iso(data.get("watermark"), "watermark"),
            boundary_ids=frozenset(ids),
            page_token=token,
            listed_from=_parse_iso(data.get("listed_from"), "listed_from"),
        )

    def _key(self) -> tuple[Any, ...]:
        return (self.watermark, self.boundary_ids, self.page_token, self.listed_from)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        fields = (f"{name}={value!r}" for name, value in zip(self.__slots__, self._key()))
        return f"SyncCheckpoint({', '.join(fields)})"


class SyncProgress:
    """The decisions of an incremental sync, item by item (no I/O).

    A run is :meth:`start` (the page cursor to fetch with, and :attr:`listed_from` the
    watermark to list from), then per page :meth:`new_items` (what to yield; the
    checkpoint moves past each before it is yielded) and :meth:`turn` (False after the
    last page).
    """

    def __init__(
        self, spec: SyncSpec, checkpoint: SyncCheckpoint | None, logger: logging.Logger
    ) -> None:
        start = checkpoint if checkpoint is not None else SyncCheckpoint()
        self.spec = spec
        self.watermark = start.watermark
        self.boundary_ids = set(start.boundary_ids)
        self.page_token = start.page_token
        self.listed_from = start.listed_from if start.page_token is not None else None
        self._logger = logger

    @property
    def checkpoint(self) -> SyncCheckpoint:
        """Where the sync stands now."""
        return SyncCheckpoint(
            self.watermark,
            frozenset(self.boundary_ids),
            self.page_token,
            self.listed_from if self.page_token is not None else None,
        )

    def start(self) -> PageCursor:
        """The cursor of a run: at the checkpoint's page, or a new listing from the watermark."""
        if self.page_token is None:
            self.listed_from = self.watermark
        return PageCursor(self.spec.pages, {}, self.page_token, self._logger)

    def new_items(self, page: Any) -> Iterator[Any]:
        """The items of ``page`` not yielded before, the checkpoint past each as it comes."""
        items_path = self.spec.pages.items
        assert items_path is not None  # the generator only syncs lists
        for item in follow(page, items_path) or ():
            if self._take(item):
                yield item

    def turn(self, cursor: PageCursor, page: Any) -> bool:
        """Move to the page after ``page``; False when it was the last (the run is over)."""
        more = cursor.advance(page)
        self.page_token = cursor.params[self.spec.pages.input_tokens[0]] if more else None
        return more

    def _take(self, item: Any) -> bool:
        """Is ``item`` new? If so, the watermark and boundary ids now count it."""
        moment = getattr(item, self.spec.item_timestamp)
        ident = getattr(item, self.spec.item_id)
        if moment is None or ident is None:
            return True  # nothing to place it by: yielded, and never counted as seen
        if self.watermark is None or moment > self.watermark:
            self.watermark = moment
            self.boundary_ids = {ident}
            return True
        if moment < self.watermark or ident in self.boundary_ids:
            return False
        self.boundary_ids.add(ident)
        return True


class _Sync(Generic[Fetch]):
    """What both iterables hold: the page fetch and the progress."""

    __slots__ = ("_fetch", "_progress")

    def __init__(
        self,
        fetch: Fetch,
        spec: SyncSpec,
        checkpoint: SyncCheckpoint | None,
        logger: logging.Logger,
    ) -> None:
        self._fetch = fetch
        self._progress = SyncProgress(spec, checkpoint, logger)

    @property
    def checkpoint(self) -> SyncCheckpoint:
        """Where the sync stands: after the last item yielded (save it as ``to_dict()``)."""
        return self._progress.checkpoint


class IncrementalSync(_Sync[Callable[..., Any]], Generic[Item]):
    """The items changed since a checkpoint (``for item in sync``), each change once.

    Each loop is a run: it lists from where the last one stopped (its
    :attr:`checkpoint`) to the end of the list, fetching pages as it goes; ``break``
    stops it, and the next loop or a sync started from :attr:`checkpoint` goes on
    from there. Iterating raises what the list operation raises.
    """

    __slots__ = ()

    def __iter__(self) -> Iterator[Item]:
        progress = self._progress
        cursor = progress.start()
        while True:
            page = self._fetch(progress.listed_from, **cursor.params)
            yield from progress.new_items(page)
            if not progress.turn(cursor, page):
                return


class AsyncIncrementalSync(_Sync[Callable[..., Awaitable[Any]]], Generic[Item]):
    """The items changed since a checkpoint (``async for item in sync``), each change once.

    Each loop is a run: it lists from where the last one stopped (its
    :attr:`checkpoint`) to the end of the list, fetching pages as it goes; ``break``
    stops it, and the next loop or a sync started from :attr:`checkpoint` goes on
    from there. Iterating raises what the list operation raises.
    """

    __slots__ = ()

    async def __aiter__(self) -> AsyncIterator[Item]:
        progress = self._progress
        cursor = progress.start()
        while True:
            page = await self._fetch(progress.listed_from, **cursor.params)
            for item in progress.new_items(page):
                yield item
            if not progress.turn(cursor, page):
                return


def _aware(moment: datetime | None) -> datetime | None:
    """``moment`` with a time zone (a naive one is UTC, as the client sends it)."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=timezone.utc)


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _parse_iso(text: Any, name: str) -> datetime | None:
    if text is None:
        return None
    try:
        return _aware(datetime.fromisoformat(text))
    except (TypeError, ValueError):
        raise ValueError(f"a sync checkpoint's {name} is an ISO 8601 time or null") from None
