"""The emulator's engine: one request in, one response out, as the service would answer.

Every request goes through the same steps, in the order the service takes
them: the operation named by the request (an unknown one answers
``UnknownOperationException``), the signature when the emulator checks
SigV4, the body, the quota of the operation's group when quotas are on, the
model's constraints on the input (the service's ``ValidationException``),
then the operation's hand-written behaviour. Its output is checked against
the model too: a behaviour that breaks the model answers
``InternalServerException`` and is kept in :attr:`Emulator.faults`, so a
test of the emulator sees it. Calls run one at a time under one lock; the
events a call emits are delivered after it, outside the lock.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timezone
from types import TracebackType
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar
from urllib.parse import urlsplit

from ..auth.credentials import Credentials
from ..retries.pacing import RateLimits
from ..transports.http import HttpRequest, HttpResponse
from .delivery import EventBus
from .quotas import Quotas
from .routes import Call, Context, InvalidInput, Routes, ServiceFault
from .server import EmulatorServer
from .documents import Problem, Shapes
from .signing import verify
from .state import Clock, Store

if TYPE_CHECKING:
    from ..protocols.interface import ServerSide

logger = logging.getLogger(__name__)

DEFAULT_ACCOUNT_ID = "123456789012"
# Keys the clients sign with by default: any key is accepted unless ``access_keys`` is given.
EMULATOR_CREDENTIALS = Credentials("AKIDEMULATOREXAMPLE", "emulator-secret-access-key")
E = TypeVar("E", bound="Emulator")


class Fault(NamedTuple):
    """A behaviour that failed or answered what the model does not allow: a bug to see."""

    operation: str
    message: str


class Emulator:
    """A service's emulator: its model tables, its behaviours, its state.

    The generated ``emulator`` module's ``Emulator`` fills in the service's
    tables and behaviours; see it for the options.
    """

    SERVICE: Mapping[str, Any] = {}
    SHAPES: Mapping[str, Mapping[str, Any]] = {}
    OPERATIONS: Mapping[str, Mapping[str, Any]] = {}
    ROUTES: Routes = Routes()
    PROTOCOL: ServerSide
    DEFAULT_TIMESTAMP_FORMAT = "unixTimestamp"
    # The package's rate-limit presets, by name: what ``quotas=`` takes besides a RateLimits.
    QUOTA_PRESETS: Mapping[str, RateLimits] = {}

    def __init__(
        self,
        *,
        account_id: str = DEFAULT_ACCOUNT_ID,
        region: str = "us-east-1",
        clock: Clock | None = None,
        access_keys: Mapping[str, str] | None = None,
        quotas: RateLimits | str | None = None,
        state: str | os.PathLike[str] | None = None,
    ) -> None:
        self.account_id = account_id
        self.region = region
        self.clock = clock or Clock()
        self.access_keys = dict(access_keys) if access_keys is not None else None
        if isinstance(quotas, str):
            if quotas not in self.QUOTA_PRESETS:
                raise ValueError(
                    f"no quota preset {quotas!r}; the presets are {sorted(self.QUOTA_PRESETS)}"
                )
            quotas = self.QUOTA_PRESETS[quotas]
        self.quotas = None if quotas is None else Quotas(quotas)
        self._server: EmulatorServer | None = None
        self.events = EventBus()
        self.faults: list[Fault] = []
        self.shapes = Shapes(self.SHAPES, self.DEFAULT_TIMESTAMP_FORMAT)
        self.store = Store(self.SERVICE["service_id"])
        self._lock = threading.RLock()
        if state is not None:
            self.store.load(os.fspath(state))
        else:
            self.reset()

    # --- state ---------------------------------------------------------------------

    def reset(self) -> None:
        """Empty the state and seed it again as a new emulator is."""
        with self._lock:
            self.store = Store(self.SERVICE["service_id"])
            pending = self._context_events(
                lambda context: [s(context) for s in self.ROUTES.seeders]
            )
        self._deliver(pending)

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the whole state to ``path`` (JSON), to seed a later emulator with."""
        with self._lock:
            self.store.save(path)

    def load(self, path: str | os.PathLike[str]) -> None:
        """Replace the state with the one saved in ``path``."""
        with self._lock:
            self.store.load(path)

    def advance(self, seconds: float) -> None:
        """Move the emulator's clock forward and let time-driven changes happen."""
        with self._lock:
            self.clock.advance(seconds)
            pending = self._context_events(self._run_ticks)
        self._deliver(pending)

    # --- serving ---------------------------------------------------------------------

    def serve(self, host: str = "127.0.0.1", port: int = 0) -> EmulatorServer:
        """Serve over HTTP on ``host:port`` (0: a free port) in a background thread."""
        if self._server is None:
            self._server = EmulatorServer(self, host, port).start()
        return self._server

    @property
    def endpoint_url(self) -> str:
        """Where the emulator listens (it serves inside ``with``, or after :meth:`serve`)."""
        if self._server is None:
            raise RuntimeError("the emulator is not serving: use `with Emulator() as emulator:`")
        return self._server.endpoint_url

    def stop(self) -> None:
        """Stop serving (the state is kept; :meth:`serve` again to go on)."""
        if self._server is not None:
            self._server.stop()
            self._server = None

    def __enter__(self: E) -> E:
        self.serve()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def client_options(self, options: Mapping[str, Any]) -> dict[str, Any]:
        """A client's options for this emulator: endpoint, region and keys, then ``options``."""
        return {
            "region": self.region,
            "endpoint_url": self.endpoint_url,
            "credentials": EMULATOR_CREDENTIALS,
            **options,
        }

    @property
    def emulated_operations(self) -> list[str]:
        """The operations this emulator answers; others answer ``UnknownOperationException``."""
        return sorted(self.ROUTES.handlers)

    # --- one request ---------------------------------------------------------------

    def handle(self, request: HttpRequest) -> HttpResponse:
        """The response to ``request`` (its ``url`` is the path and query string)."""
        request_id = str(uuid.uuid4())
        # What time changed before the call happened whatever the call's fate: its events
        # go out even when the call fails, unlike the call's own.
        ticked: list[dict[str, Any]] = []
        pending: list[dict[str, Any]] = []
        try:
            response = self._answer(request, request_id, ticked, pending)
        except ServiceFault as fault:
            pending.clear()
            response = self._error(fault, request_id)
        self._deliver(ticked + pending)
        return response

    def _answer(
        self,
        request: HttpRequest,
        request_id: str,
        ticked: list[dict[str, Any]],
        pending: list[dict[str, Any]],
    ) -> HttpResponse:
        name = self.PROTOCOL.request_operation(request)
        operation = self.OPERATIONS.get(name)
        if operation is None or request.method != "POST":
            target = request.headers.get("x-amz-target") or request.headers.get("X-Amz-Target")
            raise ServiceFault(
                "UnknownOperationException",
                f"no operation of {self.SERVICE['service_id']} is named by {target!r}",
            )
        if self.access_keys is not None:
            parts = urlsplit(request.url)
            lowered = {key.lower(): value for key, value in request.headers.items()}
            verify(
                request.method,
                parts.path or "/",
                parts.query,
                lowered,
                request.body,
                self.access_keys,
                self.SERVICE["signing_name"],
                time.time(),
            )
        try:
            document = self.PROTOCOL.read_document(request)
        except ValueError as error:
            raise ServiceFault(
                "SerializationException", f"the body cannot be read: {error}"
            ) from None
        if not isinstance(document, dict):
            raise ServiceFault("SerializationException", "the body must be an object")
        with self._lock:
            self._run_ticks(self._context(ticked))
            if self.quotas is not None:
                refused = self.quotas.refuse(name, self.account_id, time.monotonic())
                if refused is not None:
                    raise ServiceFault("ThrottlingException", f"Rate exceeded: {refused}")
            return self._run(name, operation, document, request_id, pending)

    def _run(
        self,
        name: str,
        operation: Mapping[str, Any],
        document: dict[str, Any],
        request_id: str,
        pending: list[dict[str, Any]],
    ) -> HttpResponse:
        context = self._context(pending)
        input_shape = operation["input"]
        try:
            if input_shape is not None:
                problems = self.shapes.problems(input_shape, document)
                if problems:
                    raise InvalidInput(problems, business=False)
                document = self.shapes.read(input_shape, document)
            handler = self.ROUTES.handlers.get(name)
            if handler is None:
                raise ServiceFault(
                    "UnknownOperationException",
                    f"{name} is not emulated; this emulator answers "
                    f"{', '.join(self.emulated_operations)}",
                )
            call = Call(name, document, operation.get("paginator"), context)
            output = handler(call)
        except InvalidInput as refused:
            raise self._validation_fault(refused.problems, refused.business) from None
        except ServiceFault:
            raise
        except Exception as error:  # noqa: BLE001 - answered as the service would, and kept
            logger.exception("the emulator's %s failed", name)
            self.faults.append(Fault(name, f"{type(error).__name__}: {error}"))
            raise ServiceFault(
                "InternalServerException", f"the emulator's {name} failed: {error}"
            ) from None
        return self._output(name, operation["output"], output, request_id)

    def _output(
        self, name: str, shape: str | None, output: Mapping[str, Any] | None, request_id: str
    ) -> HttpResponse:
        if shape is None:
            return self.PROTOCOL.write_document({}, request_id)
        wire = self.shapes.write(shape, output or {})
        # A list's minimum is a constraint on what callers send: services answer empty
        # lists whatever the model's minimum (ListTagsForResource of an untagged resource).
        problems = [p for p in self.shapes.problems(shape, wire) if p.kind != "too_few"]
        if problems:
            message = "; ".join(f"{p.path or 'output'}: {p.message}" for p in problems[:5])
            self.faults.append(Fault(name, f"the output breaks the model: {message}"))
            logger.error(
                "the emulator's %s answered an output that breaks the model: %s", name, message
            )
            raise ServiceFault(
                "InternalServerException", f"the emulator's {name} output breaks the model"
            )
        return self.PROTOCOL.write_document(wire, request_id)

    def _validation_fault(self, problems: Sequence[Problem], business: bool) -> ServiceFault:
        word = self.ROUTES.validation_error
        if word is not None:
            return word(problems, business)
        first = problems[0]
        return ServiceFault("ValidationException", f"{first.path or 'input'}: {first.message}")

    def _error(self, fault: ServiceFault, request_id: str) -> HttpResponse:
        shape = self.SHAPES.get(fault.code)
        fields = fault.fields
        if shape is not None:
            if "Message" in shape.get("members", {}) and "Message" not in fields:
                fields = {"Message": fault.message, **fields}
            fields = self.shapes.write(fault.code, fields)
        status = _status(shape, fault.code)
        return self.PROTOCOL.write_error(fault.code, fault.message, status, fields, request_id)

    # --- time and events -----------------------------------------------------------

    def _context(self, pending: list[dict[str, Any]]) -> Context:
        def emit(detail_type: str, detail: Mapping[str, Any], resources: Sequence[str]) -> None:
            pending.append(self._event(detail_type, detail, resources, context.now))

        context = Context(self.store, self.clock.now(), self.account_id, self.region, emit)
        return context

    def _context_events(self, work: Callable[[Context], object]) -> list[dict[str, Any]]:
        """The events ``work`` emits, run with a context of now."""
        pending: list[dict[str, Any]] = []
        work(self._context(pending))
        return pending

    def _run_ticks(self, context: Context) -> None:
        for tick in self.ROUTES.ticks:
            tick(context)

    def _event(
        self, detail_type: str, detail: Mapping[str, Any], resources: Sequence[str], now: float
    ) -> dict[str, Any]:
        return {
            "version": "0",
            "id": str(uuid.uuid4()),
            "detail-type": detail_type,
            "source": self.SERVICE["event_source"],
            "account": self.account_id,
            "time": datetime.fromtimestamp(int(now), timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "region": self.region,
            "resources": list(resources),
            "detail": dict(detail),
        }

    def _deliver(self, pending: list[dict[str, Any]]) -> None:
        if pending:
            self.events.deliver(pending)


# Status codes of the errors the emulator answers that the model may not list.
_STATUS = {
    "UnknownOperationException": 400,
    "SerializationException": 400,
    "MissingAuthenticationTokenException": 403,
    "IncompleteSignatureException": 400,
    "UnrecognizedClientException": 403,
    "InvalidSignatureException": 403,
    "ThrottlingException": 400,
    "InternalServerException": 500,
}


def _status(shape: Mapping[str, Any] | None, code: str) -> int:
    if shape is not None and shape.get("status"):
        return int(shape["status"])
    if shape is not None and shape.get("fault"):
        return 500
    return _STATUS.get(code, 400)
