"""What an async handler keeps per event loop, closed as that loop shuts down.

Connections belong to the event loop that opened them, so an async handler
keeps its pool per loop that uses it (each ``asyncio.run`` makes a loop).
A loop's state closes when the handler's ``close()`` is awaited in that
loop, or else when the loop shuts down its async generators, which
``asyncio.run`` does before closing the loop: the state is held by a
suspended async generator that the loop knows of, whose ``finally`` closes
it. A client used from successive ``asyncio.run`` calls thus leaves no
connection open behind.

A loop closed without that shutdown can no longer close what it owned; its
state is dropped (and closed all the same, by a ``close`` that must cope
with a closed loop) when a loop next makes or closes its own.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import Generic, TypeVar

__all__ = ["PerLoop"]

_T = TypeVar("_T")


class _Entry(Generic[_T]):
    """One loop's state and the suspended async generator that closes it."""

    __slots__ = ("loop", "state", "closer")

    def __init__(self, loop: asyncio.AbstractEventLoop, state: _T) -> None:
        self.loop = loop
        self.state = state
        self.closer: AsyncGenerator[None, None] | None = None


class PerLoop(Generic[_T]):
    """One state per event loop: made by ``make(loop)``, closed by ``await close(state)``.

    Safe to use from loops in several threads.
    """

    __slots__ = ("_make", "_close", "_lock", "_entries")

    def __init__(
        self,
        make: Callable[[asyncio.AbstractEventLoop], _T],
        close: Callable[[_T], Awaitable[None]],
    ) -> None:
        self._make = make
        self._close = close
        # The lock guards the table, never an await.
        self._lock = threading.Lock()
        self._entries: dict[asyncio.AbstractEventLoop, _Entry[_T]] = {}

    def get(self, loop: asyncio.AbstractEventLoop) -> _T | None:
        """``loop``'s state, if it has one (a plain lookup: the hot path)."""
        entry = self._entries.get(loop)
        return None if entry is None else entry.state

    async def start(self) -> _T:
        """Make the running loop's state; it closes when the loop shuts down (or :meth:`close`)."""
        loop = asyncio.get_running_loop()
        entry = _Entry(loop, self._make(loop))
        with self._lock:
            self._entries[loop] = entry
        # Started here, so the loop knows it and closes it before the loop closes.
        entry.closer = self._close_at_shutdown(entry)
        await entry.closer.__anext__()
        await self._forget_closed_loops()
        return entry.state

    async def close(self) -> None:
        """Close the running loop's state, if any (a later :meth:`start` makes a new one)."""
        with self._lock:
            entry = self._entries.get(asyncio.get_running_loop())
        if entry is not None and entry.closer is not None:
            await entry.closer.aclose()  # closes the state
        await self._forget_closed_loops()

    async def _close_at_shutdown(self, entry: _Entry[_T]) -> AsyncGenerator[None, None]:
        """Wait (suspended) for the loop's async generator shutdown; then close the state."""
        try:
            yield
        finally:
            with self._lock:
                if self._entries.get(entry.loop) is entry:
                    del self._entries[entry.loop]
            await self._close(entry.state)

    async def _forget_closed_loops(self) -> None:
        """Drop the states of loops closed without shutting down their async generators."""
        with self._lock:
            stale = [entry for entry in self._entries.values() if entry.loop.is_closed()]
            for entry in stale:
                del self._entries[entry.loop]
        for entry in stale:
            await self._close(entry.state)
