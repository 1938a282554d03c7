"""The asynchronous client core: the shared pipeline with an ``await``-ing loop.

Everything but sending and sleeping comes from :class:`.core.CallPipeline`
(serializing, signing, retry decisions, parsing, logging), so the sync and
async clients behave the same call for call. The default transport is
:class:`~..transports.asyncio_handler.AsyncioRequestHandler` (asyncio's own
transports, nothing outside the standard library), made with the client;
aiohttp's handler (the package's ``async`` extra) is an option.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from ..auth.credentials import RefreshingCredentials
from ..exceptions import ServiceError, TransportError
from ..model.structure import Structure
from ..transports.http import AsyncRequestHandler, HttpRequest
from .core import CallPipeline
from .operation import OperationSpec

if TYPE_CHECKING:
    from .modify import UpdateSpec
    from .waiter import WaiterSpec

Output = TypeVar("Output")
Result = TypeVar("Result")
Request = TypeVar("Request", bound="Structure")


class AsyncClientCore(CallPipeline[AsyncRequestHandler]):
    """The async client's core. Safe for many concurrent tasks of one event loop."""

    def _default_handler(self) -> AsyncRequestHandler:
        from ..transports.asyncio_handler import AsyncioRequestHandler

        if self.config is None:
            return AsyncioRequestHandler()
        return AsyncioRequestHandler(**self.config.handler_options())

    async def invoke(self, operation: OperationSpec[Output], params: Structure | None) -> Output:
        """Run one call, retrying as the strategy allows; return its output or raise its error."""
        provider = self.credentials_provider
        if isinstance(provider, RefreshingCredentials) and provider.cached_credentials() is None:
            # Fetching credentials may mean HTTP or a subprocess; keep it off the loop.
            await asyncio.to_thread(provider.get_credentials)
        steps = self.call(operation, params)
        handler = self.request_handler
        try:
            step = next(steps)
            while True:
                if isinstance(step, HttpRequest):
                    try:
                        response = await handler.send(step, timeouts=self.timeouts)
                    except TransportError as error:
                        step = steps.throw(error)
                    else:
                        step = steps.send(response)
                else:
                    await asyncio.sleep(step)
                    step = steps.send(None)
        except StopIteration as done:
            return done.value  # type: ignore[no-any-return]

    async def wait(
        self,
        waiter: WaiterSpec[Result],
        params: Structure | None,
        *,
        delay: float | None = None,
        max_attempts: int | None = None,
        max_wait: float | None = None,
    ) -> Result:
        """Call the waiter's operation until an acceptor decides (see :mod:`.waiter`)."""
        from .waiter import Waiting

        waiting = Waiting(
            waiter, delay=delay, max_attempts=max_attempts, max_wait=max_wait, logger=self.logger
        )
        while True:
            outcome: Any
            try:
                outcome = await self.invoke(waiter.operation, params)
            except ServiceError as error:
                outcome = error
            pause = waiting.after(outcome)
            if pause is None:
                return waiting.output
            await asyncio.sleep(pause)

    async def modify(
        self,
        update: UpdateSpec[Request, Result],
        read_params: Structure | None,
        change: Callable[[Request], Request],
        max_attempts: int,
    ) -> Result:
        """Read, change and write back until a write is not refused as stale (see :mod:`.modify`)."""
        from .modify import Modifying

        modifying = Modifying(update, change, max_attempts)
        while True:
            request = modifying.request(await self.invoke(update.read, read_params))
            try:
                return await self.invoke(update.write, request)
            except ServiceError as error:
                modifying.refused(error)

    async def close(self) -> None:
        """Close the handler's connections in this event loop (a later call opens new ones)."""
        await self.request_handler.close()
