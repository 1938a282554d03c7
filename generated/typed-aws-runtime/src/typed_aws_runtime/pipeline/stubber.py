"""Stubbed calls for a user's tests: botocore's ``Stubber``, with the whole pipeline kept.

A :class:`Stubber` installs a request handler on the client's core for its
lifetime. Every call still validates, serializes, signs, retries and runs
the interceptors; the handler checks each request against the next queued
expectation (the operation, then the parameters decoded as the service
would) and answers with the queued response written as the service would
(the protocol's :class:`~..protocols.interface.ServerSide`), which the
client then parses into its typed output or its modeled error. Responses
and parameters are checked against the model when they are queued, so a
misspelt member fails the test that queued it, with the member's path.

The generated ``testing`` module subclasses :class:`Stubber` with the
package's operations; nothing on a client's normal path imports this module.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple, TypeVar

from ..auth.credentials import Credentials, CredentialsProvider, StaticCredentialsProvider
from ..exceptions import ParamValidationError
from ..model.ids import random_uuid
from ..model.structure import Shape, json_safe_value

from ..transports.http import HttpRequest, HttpResponse, Timeouts
from .aio_core import AsyncClientCore
from .operation import OperationSpec

if TYPE_CHECKING:
    from ..protocols.interface import ServerSide

# Signing runs on every stubbed call; these keys sign requests that never leave the process.
STUB_CREDENTIALS = Credentials("AKIDSTUBBEREXAMPLE", "stubber-secret-access-key")
# The value expected parameters hold for an idempotency token they leave out: the client
# fills a random one, which no test can know.
_ANY_TOKEN = "stubber-any-idempotency-token"


class _Any:
    """``ANY``: in expected params, a member whose value is not checked (botocore's ``ANY``)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "ANY"


ANY: Any = _Any()
S = TypeVar("S", bound="Stubber")


class StubAssertionError(AssertionError):
    """A stubbed call did not match what the test expected (operation, parameters, count)."""


class StubResponseError(StubAssertionError):
    """A queued response, expected parameters or error fields do not fit the model."""


class UnStubbedResponseError(StubAssertionError):
    """A call was made with no queued response left."""


class _Expectation(NamedTuple):
    operation: OperationSpec[Any]
    response: HttpResponse
    expected: dict[str, Any] | None
    # Idempotency tokens the expected parameters left out: not compared.
    ignored: frozenset[str]


class Stubber:
    """Queue the responses of a client's next calls and check the calls made.

    ``Stubber(client)`` works with the sync and the async client alike. Queue
    with :meth:`add_response` and :meth:`add_client_error`, in call order;
    the stub is active inside ``with stubber:`` (or between :meth:`activate`
    and :meth:`deactivate`), when the client sends nothing over the network.
    A client with no credentials of its own given signs with dummy ones while
    the stub is active, so tests need none (and look none up).
    """

    # The package's operations by client method name (set by the generated subclass).
    OPERATIONS: ClassVar[Mapping[str, OperationSpec[Any]]] = {}

    client: Any
    _core: Any
    _queue: deque[_Expectation]
    _saved: tuple[Any, CredentialsProvider] | None

    def __init__(self, client: Any) -> None:
        self.client = client
        self._core = client._core
        self._queue = deque()
        self._saved = None

    def activate(self) -> None:
        """Answer the client's calls from the queue (nothing is sent over the network)."""
        if self._saved is not None:
            return
        core = self._core
        self._saved = (core.request_handler, core.credentials_provider)
        handler = _AsyncStubHandler if isinstance(core, AsyncClientCore) else _StubHandler
        core.request_handler = handler(self)
        if not isinstance(core.credentials_provider, StaticCredentialsProvider):
            # The client was given no keys: the default chain would look for some (files,
            # the environment, the instance metadata service) that a test should not need.
            core.credentials_provider = StaticCredentialsProvider(STUB_CREDENTIALS)

    def deactivate(self) -> None:
        """Give the client back its request handler and credentials."""
        if self._saved is None:
            return
        self._core.request_handler, self._core.credentials_provider = self._saved
        self._saved = None

    def __enter__(self: S) -> S:
        self.activate()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.deactivate()

    def add_response(
        self, operation: Any, service_response: Any = None, expected_params: Any = None
    ) -> None:
        """Queue the output of the next call, which must be of ``operation``.

        ``operation`` is the client method's name,
        the operation's model name or its command class; ``service_response``
        the output as its shape object or its boto3-style dict (wire names),
        None for an empty output; ``expected_params``, when given, the exact
        input the call must send (shape object or dict). Raises
        :class:`StubResponseError` naming the member that breaks the model.
        """
        spec = self._operation(operation)
        output_class: Any = spec.output
        if output_class is None:
            if service_response:
                raise StubResponseError(f"{spec.name}: the operation has no output")
            output = None
        else:
            output = _shape(spec, "response", output_class, service_response or {})
        try:
            response = self._protocol.write_response(spec, output, random_uuid())
        except ParamValidationError as error:
            raise _response_error(spec, "response", error) from None
        self._queue.append(self._expectation(spec, response, expected_params))

    def add_client_error(
        self,
        operation: Any,
        service_error_code: str = "",
        service_message: str = "",
        http_status_code: int = 400,
        expected_params: Any = None,
        modeled_fields: Mapping[str, Any] | None = None,
    ) -> None:
        """Queue an error response to the next call, which must be of ``operation``.

        A ``service_error_code`` the model describes is raised as its class,
        with ``modeled_fields`` (wire names, checked against the error's
        members); any other code as the package's base error. The response
        goes through the client's retry strategy: a throttling code is retried.
        """
        spec = self._operation(operation)
        fields: dict[str, Any] = dict(modeled_fields or {})
        error_class = self._core.service.errors.get(service_error_code)
        if fields:
            if error_class is None:
                raise StubResponseError(
                    f"{spec.name}: {service_error_code!r} is not a modeled error: it has no fields"
                )
            fields = _error_fields(spec, error_class, service_message, fields)
        response = self._protocol.write_error(
            service_error_code, service_message, http_status_code, fields, random_uuid()
        )
        self._queue.append(self._expectation(spec, response, expected_params))

    def assert_no_pending_responses(self) -> None:
        """Fail when a queued response was not used by a call."""
        if self._queue:
            names = ", ".join(expectation.operation.name for expectation in self._queue)
            raise StubAssertionError(f"{len(self._queue)} queued responses not used: {names}")

    def answer(self, request: HttpRequest) -> HttpResponse:
        """The queued response to ``request``, once it matches its expectation."""
        protocol = self._protocol
        called = protocol.request_operation(request)
        if not self._queue:
            raise UnStubbedResponseError(f"Unexpected call of {called}: no response is queued")
        expectation = self._queue[0]
        spec = expectation.operation
        if called != spec.name:
            raise StubAssertionError(
                f"Operation mismatch: expected a call of {spec.name}, got one of {called}"
            )
        if expectation.expected is not None:
            params = protocol.read_request(spec, request)
            actual: dict[str, Any] = {} if params is None else params.to_dict()
            for name in expectation.ignored:
                actual.pop(name, None)
            problem = _difference(expectation.expected, actual, "")
            if problem:
                raise StubAssertionError(f"{spec.name}: unexpected params: {problem}")
        self._queue.popleft()
        return expectation.response

    @property
    def _protocol(self) -> ServerSide:
        protocol: Any = self._core.protocol
        if not hasattr(protocol, "write_response"):
            raise TypeError(f"the {protocol.id} protocol cannot be stubbed")
        return protocol  # type: ignore[no-any-return]

    def _operation(self, operation: Any) -> OperationSpec[Any]:
        spec = getattr(operation, "operation", operation)
        if isinstance(spec, OperationSpec):
            return spec
        if isinstance(operation, str):
            found = self.OPERATIONS.get(operation)
            if found is not None:
                return found
            for spec in self.OPERATIONS.values():
                if spec.name == operation:
                    return spec
        raise StubResponseError(
            f"{operation!r} is no operation of the client: give a method name, "
            "an operation name or a command class"
        )

    def _expectation(
        self, spec: OperationSpec[Any], response: HttpResponse, expected_params: Any
    ) -> _Expectation:
        if expected_params is None:
            return _Expectation(spec, response, None, frozenset())
        input_class: Any = spec.input
        if input_class is None:
            if expected_params:
                raise StubResponseError(f"{spec.name}: the operation takes no params")
            return _Expectation(spec, response, {}, frozenset())
        ignored: frozenset[str] = frozenset()
        wildcards: list[tuple[str | int, ...]] = []
        if isinstance(expected_params, Mapping):
            ignored = frozenset(spec.idempotency_tokens) - set(expected_params)
            expected_params = {**expected_params, **dict.fromkeys(ignored, _ANY_TOKEN)}
            expected_params = _without_any(spec, expected_params, (), wildcards)
        expected = _shape(spec, "expected params", input_class, expected_params)
        try:
            expected._encode(True)  # the wire form is what checks for required members
        except ParamValidationError as error:
            # A required member given as ANY is left out of what is checked, not missing.
            if error.path not in {_path_text(path) for path in wildcards}:
                raise _response_error(spec, "expected params", error) from None
        wanted: dict[str, Any] = expected.to_dict()
        for name in ignored:
            wanted.pop(name, None)
        for path in wildcards:
            _put(wanted, path, ANY)
        return _Expectation(spec, response, wanted, ignored)


class _StubHandler:
    """The sync client's request handler while a stub is active."""

    __slots__ = ("stubber",)

    def __init__(self, stubber: Stubber) -> None:
        self.stubber = stubber

    def send(self, request: HttpRequest, *, timeouts: Timeouts) -> HttpResponse:
        return self.stubber.answer(request)

    def close(self) -> None:
        return None


class _AsyncStubHandler:
    """The async client's request handler while a stub is active."""

    __slots__ = ("stubber",)

    def __init__(self, stubber: Stubber) -> None:
        self.stubber = stubber

    async def send(self, request: HttpRequest, *, timeouts: Timeouts) -> HttpResponse:
        return self.stubber.answer(request)

    async def close(self) -> None:
        return None


def _shape(spec: OperationSpec[Any], what: str, shape_class: Any, value: Any) -> Any:
    """``value`` as a ``shape_class`` object, from the object itself or its wire-name dict."""
    if isinstance(value, shape_class):
        return value
    if isinstance(value, Shape) or not isinstance(value, Mapping):
        raise StubResponseError(
            f"{spec.name}: {what}: expected a {shape_class.__name__} or a dict, "
            f"got {type(value).__name__}"
        )
    try:
        return shape_class.from_dict(value)
    except ParamValidationError as error:
        raise _response_error(spec, what, error) from None


def _error_fields(
    spec: OperationSpec[Any], error_class: Any, message: str, fields: dict[str, Any]
) -> dict[str, Any]:
    """The modeled ``fields`` of an error, checked against its members, as JSON values."""
    name = error_class.__name__
    try:
        decoded: dict[str, Any] = error_class._from_response(message, fields).to_dict()
    except ParamValidationError as error:
        raise _response_error(spec, f"{name} fields", error) from None
    # Decoding reads only the members the error has: a key it did not give back is none.
    for key, value in fields.items():
        if value is not None and key not in decoded:
            raise StubResponseError(f"{spec.name}: {name} fields: {key}: unknown member of {name}")
    return json_safe_value(decoded)  # type: ignore[no-any-return]


def _response_error(spec: OperationSpec[Any], what: str, error: ParamValidationError) -> Exception:
    return StubResponseError(f"{spec.name}: {what}: {error.path or '<root>'}: {error.problem}")


def _without_any(
    spec: OperationSpec[Any], value: Any, path: tuple[str | int, ...], found: list[Any]
) -> Any:
    """``value`` (wire names) without its ``ANY`` members, whose paths go to ``found``."""
    if isinstance(value, Mapping):
        kept = {}
        for key, item in value.items():
            if item is ANY:
                found.append((*path, key))
            else:
                kept[key] = _without_any(spec, item, (*path, key), found)
        return kept
    if isinstance(value, (list, tuple)):
        if any(item is ANY for item in value):
            raise StubResponseError(
                f"{spec.name}: expected params: {_path_text(path)}: ANY stands for a member's "
                "value, not a list item: give the whole list as ANY"
            )
        return [
            _without_any(spec, item, (*path, index), found) for index, item in enumerate(value)
        ]
    return value


def _path_text(path: tuple[str | int, ...]) -> str:
    """A member path as the errors write it: ``Customer.Contacts[0].Email``."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def _put(value: dict[str, Any], path: tuple[str | int, ...], item: Any) -> None:
    """Set ``item`` at ``path`` inside ``value``, making the dicts on the way."""
    target: Any = value
    for part in path[:-1]:
        if isinstance(part, int):
            target = target[part]
        else:
            target = target.setdefault(part, {})
    target[path[-1]] = item


def _difference(expected: Any, actual: Any, path: str) -> str:
    """Where ``actual`` first differs from ``expected`` (boto3-style values), or ""."""
    if expected is ANY:
        return ""
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in expected:
            where = f"{path}.{key}" if path else str(key)
            if key not in actual:
                return f"{where}: expected {expected[key]!r}, but the call does not send it"
            problem = _difference(expected[key], actual[key], where)
            if problem:
                return problem
        for key in actual:
            if key not in expected:
                where = f"{path}.{key}" if path else str(key)
                return f"{where}: not expected, but the call sends {actual[key]!r}"
        return ""
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            return f"{path or '<root>'}: expected {len(expected)} items, got {len(actual)}"
        for index, (want, got) in enumerate(zip(expected, actual)):
            problem = _difference(want, got, f"{path}[{index}]")
            if problem:
                return problem
        return ""
    if expected != actual:
        return f"{path or '<root>'}: expected {expected!r}, got {actual!r}"
    return ""
