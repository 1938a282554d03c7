"""Smithy RPC v2 CBOR: the client protocol of CBOR services (plain code, no I/O).

:class:`RpcV2CborProtocol` implements the pipeline's
:class:`~.interface.ClientProtocol` and its :class:`~.interface.ServerSide`. A
request is ``POST /service/<ServiceName>/operation/<OperationName>`` (the service's
name is botocore's ``targetPrefix``, the Smithy service shape's name) with
``smithy-protocol: rpc-v2-cbor`` and ``Accept: application/cbor``; its body is the
input as a CBOR map with ``Content-Type: application/cbor``, and an operation
without input sends no body and no ``Content-Type`` (an input with no members set
is an empty map). An awsQueryCompatible service's requests also carry
``x-amzn-query-mode: true``, and its errors' query code (``x-amzn-query-error``)
is their ``code``, as for awsJson.

The bodies are maps of the members by name, read and written by the same generated
codecs as awsJson's (with CBOR's values: timestamps as tag 1, blobs as byte strings)
and by :mod:`.cborcodec`. The error code is the body's ``__type`` (its ``ns#`` and
``:uri`` decorations stripped, as :func:`.awsjson.error_code` does), the message its
``message`` or ``Message``; the request id is awsJson's.

A response that cannot be read never escapes as an exception from inside a
parser: a 2xx body that is not a CBOR map, or does not match the output shape,
raises :class:`ResponseParseError`; an error response is always a
:class:`ServiceError` (coded by the HTTP status when its body says nothing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from ..exceptions import ParamValidationError
from ..model.ids import random_uuid
from ..transports.http import HttpRequest, HttpResponse
from . import awsjson, cborcodec
from .awsjson import _unreadable  # the same ResponseParseError as awsJson's

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..exceptions import ServiceError
    from ..pipeline.operation import OperationSpec
    from .interface import ClientProtocol, ErrorTable, ServerSide

Output = TypeVar("Output")

CONTENT_TYPE = "application/cbor"
_PATH_PREFIX = "/service/"
_PATH_OPERATION = "/operation/"
# What a message may say of a body that is not CBOR: its first bytes, in hex.
_EXCERPT_BYTES = 16
# The error code is the body's alone: botocore's RPC v2 CBOR parser reads no header.
_NO_HEADERS = HttpResponse(0, {}, b"")


class RpcV2CborProtocol:
    """RPC v2 CBOR for the service named ``service_name`` (the path's ``<ServiceName>``).

    ``query_compatible``: the service was a query service (``awsQueryCompatible``);
    its requests say so with ``x-amzn-query-mode``. It keeps no per-call state, so
    one instance serves every client and thread.
    """

    __slots__ = ("id", "service_name", "query_compatible", "_headers", "_prefix")

    def __init__(self, *, service_name: str, query_compatible: bool = False) -> None:
        self.id = "rpcv2Cbor"
        self.service_name = service_name
        self.query_compatible = query_compatible
        headers = {"smithy-protocol": "rpc-v2-cbor", "Accept": CONTENT_TYPE}
        if query_compatible:
            headers["x-amzn-query-mode"] = "true"
        self._headers = headers
        self._prefix = f"{_PATH_PREFIX}{service_name}{_PATH_OPERATION}"

    def prepare(self) -> None:
        """Import the codecs' shared helpers and cbor2 (every call needs them)."""
        from . import serde  # noqa: F401  (every generated codec module imports it)

    def serialize_request(self, operation: OperationSpec[Any], params: Any) -> HttpRequest:
        """A POST of the input as a CBOR map (no body without input), tokens filled in."""
        headers = self._headers.copy()
        url = self._prefix + operation.name
        if operation.input is None:
            return HttpRequest("POST", url, headers, b"")
        body: dict[str, Any] = {} if params is None else params._encode(True)
        if operation.idempotency_tokens:
            for token in operation.idempotency_tokens:
                if body.get(token) is None:
                    body[token] = random_uuid()
        headers["Content-Type"] = CONTENT_TYPE
        return HttpRequest("POST", url, headers, cborcodec.dumps(body))

    def parse_response(self, operation: OperationSpec[Output], response: HttpResponse) -> Output:
        return parse_response(operation, response)

    def parse_error(self, service: ErrorTable, response: HttpResponse) -> ServiceError:
        return parse_error(service, response)

    def request_id(self, response: HttpResponse) -> str | None:
        return awsjson.request_id(response)

    # -- the server side (the stubber, the emulator) ---------------------------

    def request_operation(self, request: HttpRequest) -> str:
        path = request.url.split("?", 1)[0]
        start = path.find(self._prefix)
        if start < 0:
            return ""
        name = path[start + len(self._prefix) :]
        return "" if "/" in name else name

    def read_request(self, operation: OperationSpec[Any], request: HttpRequest) -> Any:
        if operation.input is None:
            return None
        return operation.input._decode(self.read_document(request), True)

    def write_response(
        self, operation: OperationSpec[Any], output: Any, request_id: str
    ) -> HttpResponse:
        return self.write_document({} if output is None else output._encode(True), request_id)

    def read_document(self, request: HttpRequest) -> Any:
        if not request.body:
            return {}
        body = cborcodec.loads(request.body)
        if body.__class__ is not dict:
            raise ValueError(f"the request body is {_kind(body)} in CBOR, not a map")
        return body

    def write_document(self, document: Mapping[str, Any], request_id: str) -> HttpResponse:
        return self._response(200, dict(document), request_id)

    def write_error(
        self, code: str, message: str, status: int, fields: Mapping[str, Any], request_id: str
    ) -> HttpResponse:
        return self._response(status, {"__type": code, "message": message, **fields}, request_id)

    def _response(self, status: int, body: dict[str, Any], request_id: str) -> HttpResponse:
        raw = cborcodec.dumps(body)
        headers = {
            "content-type": CONTENT_TYPE,
            "smithy-protocol": "rpc-v2-cbor",
            "content-length": str(len(raw)),
            "x-amzn-requestid": request_id,
        }
        return HttpResponse(status, headers, raw)

    def __repr__(self) -> str:
        return f"RpcV2CborProtocol({self.service_name!r})"


if TYPE_CHECKING:

    def _implements(protocol: RpcV2CborProtocol) -> tuple[ClientProtocol, ServerSide]:
        return protocol, protocol  # mypy checks both halves of the interface here


def decode_body(response: HttpResponse) -> dict[str, Any]:
    """The response body as a dict (an empty body is ``{}``).

    A body that is not one CBOR map raises ValueError saying what it is instead;
    only an error response's bytes are quoted (a successful one may hold the
    caller's data).
    """
    body = response.body
    if not body:
        return {}
    try:
        data = cborcodec.loads(body)
    except cborcodec.CBORDecodeError as exc:
        raise ValueError(_not_cbor(response, exc)) from None
    except RecursionError:
        raise ValueError("the body is nested too deeply") from None
    if data.__class__ is not dict:
        raise ValueError(f"the body is {_kind(data)} in CBOR, not a map")
    return data


def _not_cbor(response: HttpResponse, error: Exception) -> str:
    """What a body that failed to decode is, for a message."""
    content_type = (response.header("Content-Type") or "").lower()
    start = response.body.lstrip()[:1]
    if start == b"<" or "html" in content_type:
        return (
            "the body is an HTML page, not CBOR "
            "(probably from a proxy, a load balancer or a wrong endpoint)"
        )
    if response.status >= 300:
        return f"the body is not CBOR ({error}): starts {response.body[:_EXCERPT_BYTES].hex()}"
    return f"the body is not CBOR ({error}; Content-Type {content_type or 'missing'})"


def _kind(value: object) -> str:
    """A CBOR item's kind, for a message (never its value)."""
    kinds = {list: "an array", str: "a text string", bytes: "a byte string", bool: "a boolean"}
    if value is None:
        return "null"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return "a number"
    return kinds.get(type(value), "a " + type(value).__name__)


def parse_response(operation: OperationSpec[Output], response: HttpResponse) -> Output:
    """The typed output of a 2xx response (None for an operation without output).

    An empty body is an empty output, as botocore reads it; it is refused when
    the output has required members.
    """
    try:
        data = decode_body(response)
    except ValueError as exc:
        raise _unreadable(operation, response, str(exc)) from None
    output: Any = operation.output
    if output is None:
        return None  # type: ignore[return-value]  # Output is None for such operations
    if not response.body and output._REQUIRED:
        problem = f"the body is empty; the output requires {', '.join(output._REQUIRED)}"
        raise _unreadable(operation, response, problem)
    try:
        return output._decode(data, True)  # type: ignore[no-any-return]
    except ParamValidationError as exc:
        raise _unreadable(
            operation, response, f"{exc.path}: {exc.problem}" if exc.path else exc.problem
        ) from None
    except RecursionError:  # only a recursive shape can nest this deep
        raise _unreadable(operation, response, "the body is nested too deeply") from None


def parse_error(service: ErrorTable, response: HttpResponse) -> ServiceError:
    """The exception for an error response: the modeled class or the generic one.

    The class is found by the ``__type`` shape name, else by the error code; an
    awsQueryCompatible service's query code (``x-amzn-query-error``) is the error's
    ``code``, as botocore reports it. A body that is not a CBOR map still gives
    an error, coded by the HTTP status, whose message says what the body was. A
    modeled error whose members do not match the model is still its class, with
    those members unset; ``details`` holds the decoded body.
    """
    try:
        body = decode_body(response)
        problem = "" if response.body else "the body is empty"
    except ValueError as exc:
        body, problem = {}, str(exc)
    raw_type = body.get("__type")
    shape_name = awsjson.error_code(_NO_HEADERS, {"__type": raw_type}) if raw_type else ""
    code = awsjson.query_error_code(response) or shape_name or str(response.status)
    message = body.get("message", body.get("Message", ""))
    if not isinstance(message, str):
        message = str(message) if isinstance(message, (int, float)) else ""
    kwargs: dict[str, Any] = dict(
        code=code,
        status_code=response.status,
        request_id=awsjson.request_id(response),
        details=body,
    )
    error_class: Any = service.errors.get(shape_name) or service.errors.get(code)
    if error_class is None:
        return service.base_error(message or problem, **kwargs)
    try:
        return error_class._from_response(message or problem, body, **kwargs)  # type: ignore[no-any-return]
    except (ParamValidationError, RecursionError):
        return error_class(message or problem, **kwargs)  # type: ignore[no-any-return]
