"""awsJson 1.0/1.1: the client protocol of JSON services (plain code, no I/O).

:class:`AwsJsonProtocol` implements the pipeline's
:class:`~.interface.ClientProtocol`. A request is a POST to the endpoint's
path whose body is the input as a JSON object (``{}`` without input), with
``Content-Type: application/x-amz-json-1.0`` (or ``1.1``) and
``X-Amz-Target: <targetPrefix>.<OperationName>``; an awsQueryCompatible
service's requests also carry ``x-amzn-query-mode: true``. The error code
comes from ``X-Amzn-ErrorType`` or the body's ``__type`` or ``code`` (its
``ns#Code:uri`` decorations stripped), the message from ``message``,
``Message`` or ``errorMessage``; an awsQueryCompatible service's query code
(``x-amzn-query-error``) is the error's ``code``. The request id is the
first of ``x-amzn-RequestId``, ``x-amz-request-id`` and ``x-amz-id-2``.

A response that cannot be read never escapes as an exception from inside a
parser. A 2xx response whose body is not a JSON object (an HTML page from a
proxy, JSON cut short), is empty while the output has required members, or
does not match the output shape raises :class:`ResponseParseError`. An error
response is always a :class:`ServiceError`: when its body is not a JSON
object, the generic one, with the HTTP status as its code and a message that
says what the body was. Both carry the HTTP status and the request id.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any, TypeVar

from ..exceptions import ParamValidationError, ResponseParseError, ServiceError
from ..model.ids import random_uuid
from ..transports.http import HttpRequest, HttpResponse
from . import jsoncodec

if TYPE_CHECKING:
    from ..pipeline.operation import OperationSpec
    from collections.abc import Mapping

    from .interface import ClientProtocol, ErrorTable, ServerSide

Output = TypeVar("Output")

_REQUEST_ID_HEADERS = ("x-amzn-RequestId", "x-amz-request-id", "x-amz-id-2")

# What a message may quote of a body that is not JSON: characters of an
# error page's text or an HTML title, searched for in the body's first bytes.
_EXCERPT_CHARS = 80
_HTML_TITLE = re.compile(rb"<title[^>]*>(.*?)</title", re.IGNORECASE | re.DOTALL)
_TITLE_SEARCH_BYTES = 4096

# Longest problem description in a ResponseParseError (a member path through
# a map may hold keys of any length).
_MAX_PROBLEM_CHARS = 400

_JSON_KINDS = {list: "an array", str: "a string", int: "a number", float: "a number"}


class AwsJsonProtocol:
    """awsJson ``json_version`` ("1.0" or "1.1") for a service's ``target_prefix``.

    ``query_compatible``: the service was a query service (its model has
    ``awsQueryCompatible``); its requests say so with ``x-amzn-query-mode``.
    It keeps no per-call state, so one instance serves every client and thread.
    """

    __slots__ = ("id", "json_version", "target_prefix", "query_compatible", "_headers")

    def __init__(
        self, *, json_version: str, target_prefix: str, query_compatible: bool = False
    ) -> None:
        self.id = "awsJson" + json_version.replace(".", "_")
        self.json_version = json_version
        self.target_prefix = target_prefix
        self.query_compatible = query_compatible
        headers = {"Content-Type": f"application/x-amz-json-{json_version}"}
        if query_compatible:
            headers["x-amzn-query-mode"] = "true"
        self._headers = headers

    def prepare(self) -> None:
        """Import the codecs' shared helpers (orjson waits for a large body: jsoncodec)."""
        from . import serde  # noqa: F401  (every generated codec module imports it)

    def serialize_request(self, operation: OperationSpec[Any], params: Any) -> HttpRequest:
        """A POST of the input as a JSON object, idempotency tokens filled in."""
        body: dict[str, Any] = {} if params is None else params._encode(True)
        if operation.idempotency_tokens:
            for token in operation.idempotency_tokens:
                if body.get(token) is None:
                    body[token] = random_uuid()
        headers = self._headers.copy()
        headers["X-Amz-Target"] = f"{self.target_prefix}.{operation.name}"
        return HttpRequest("POST", "/", headers, jsoncodec.dumps(body))

    def parse_response(self, operation: OperationSpec[Output], response: HttpResponse) -> Output:
        return parse_response(operation, response)

    def parse_error(self, service: ErrorTable, response: HttpResponse) -> ServiceError:
        return parse_error(service, response)

    def request_id(self, response: HttpResponse) -> str | None:
        return request_id(response)

    def request_operation(self, request: HttpRequest) -> str:
        target = request.headers.get("X-Amz-Target", "")
        prefix, _, name = target.rpartition(".")
        return name if prefix == self.target_prefix else ""

    def read_request(self, operation: OperationSpec[Any], request: HttpRequest) -> Any:
        body = jsoncodec.loads(request.body, exact=True) if request.body else {}
        input_class: Any = operation.input
        return None if input_class is None else input_class._decode(body, True)

    def write_response(
        self, operation: OperationSpec[Any], output: Any, request_id: str
    ) -> HttpResponse:
        body: dict[str, Any] = {} if output is None else output._encode(True)
        return self._response(200, body, request_id)

    def read_document(self, request: HttpRequest) -> Any:
        return jsoncodec.loads(request.body, exact=True) if request.body else {}

    def write_document(self, document: Mapping[str, Any], request_id: str) -> HttpResponse:
        return self._response(200, dict(document), request_id)

    def write_error(
        self, code: str, message: str, status: int, fields: Mapping[str, Any], request_id: str
    ) -> HttpResponse:
        # As the services send it: the code in the body and in the header, the members beside it.
        body = {"__type": code, "message": message, **fields}
        return self._response(status, body, request_id, {"x-amzn-errortype": code})

    def _response(
        self,
        status: int,
        body: dict[str, Any],
        request_id: str,
        extra_headers: Mapping[str, str] | None = None,
    ) -> HttpResponse:
        raw = jsoncodec.dumps(body)
        # Lower-case names: HttpResponse.header() finds them whatever case is asked for.
        headers = {
            "content-type": self._headers["Content-Type"],
            "content-length": str(len(raw)),
            "x-amzn-requestid": request_id,
            **(extra_headers or {}),
        }
        return HttpResponse(status, headers, raw)

    def __repr__(self) -> str:
        return f"AwsJsonProtocol({self.json_version!r}, {self.target_prefix!r})"


if TYPE_CHECKING:

    def _implements_the_interface(protocol: AwsJsonProtocol) -> ClientProtocol:
        return protocol  # mypy checks AwsJsonProtocol against ClientProtocol here

    def _implements_the_server_side(protocol: AwsJsonProtocol) -> ServerSide:
        return protocol


def encode_body(body: dict[str, Any]) -> bytes:
    """The request body: compact JSON, non-ASCII kept as UTF-8."""
    return jsoncodec.dumps(body)


def decode_body(response: HttpResponse, *, exact: bool = True) -> dict[str, Any]:
    """The response body as a dict (an empty body is ``{}``).

    ``exact=False`` allows the fast parser (see :mod:`.jsoncodec`). A body
    that is not a JSON object raises ValueError saying what it is instead.
    """
    body = response.body
    if _is_empty(body):
        return {}
    try:
        data = jsoncodec.loads(body, exact=exact)
    except ValueError as exc:
        raise ValueError(_not_json(response, exc)) from None
    if not isinstance(data, dict):
        kind = _JSON_KINDS.get(type(data), "true, false or null")
        raise ValueError(f"the body is {kind} in JSON, not an object")
    return data


def _is_empty(body: bytes) -> bool:
    """Whether a body is empty or blank (no JSON value at all)."""
    return not body or body.isspace()


def _not_json(response: HttpResponse, error: ValueError) -> str:
    """What a body that failed to parse as JSON is, for a message.

    An HTML page (a proxy's or load balancer's error page, or an endpoint
    that is not the service) is named with its title; JSON cut short is told
    from other invalid JSON. Only an error response's text is quoted: a
    successful one may hold the caller's data.
    """
    body = response.body
    start = body.lstrip()[:1]
    content_type = (response.header("Content-Type") or "").lower()
    if start == b"<" or "html" in content_type:
        title = _HTML_TITLE.search(body, 0, _TITLE_SEARCH_BYTES)
        named = f": {_excerpt(title.group(1))}" if title else ""
        return (
            "the body is an HTML page, not JSON "
            f"(probably from a proxy, a load balancer or a wrong endpoint){named}"
        )
    if start in (b"{", b"["):
        if isinstance(error, json.JSONDecodeError) and (
            error.pos >= len(error.doc.rstrip()) or error.msg == "Unterminated string starting at"
        ):
            return f"the body is JSON cut short after {len(body)} bytes ({error})"
        return f"the body is not valid JSON ({error})"
    if response.status >= 300:
        return f"the body is not JSON: {_excerpt(body)}"
    return f"the body is not JSON (Content-Type {content_type or 'missing'})"


def _excerpt(raw: bytes) -> str:
    """The start of ``raw`` as a quoted one-line string (control characters escaped)."""
    text = " ".join(raw[: 4 * _EXCERPT_CHARS].decode("utf-8", "replace").split())
    if len(text) > _EXCERPT_CHARS:
        text = text[:_EXCERPT_CHARS] + "..."
    return repr(text)


def parse_response(operation: OperationSpec[Output], response: HttpResponse) -> Output:
    """The typed output of a 2xx response (None for an operation without output).

    Raises :class:`ResponseParseError` when the body is not a JSON object,
    when it is empty but the output has required members (an empty output,
    ``{}``, is valid as botocore takes it), or when a value does not match
    the output shape.
    """
    try:
        data = decode_body(response, exact=operation.output_has_documents)
    except ValueError as exc:
        raise _unreadable(operation, response, str(exc)) from None
    output: Any = operation.output
    if output is None:
        return None  # type: ignore[return-value]  # Output is None for such operations
    if not data and output._REQUIRED and _is_empty(response.body):
        required = ", ".join(output._REQUIRED)
        raise _unreadable(
            operation, response, f"the body is empty; the output requires {required}"
        )
    try:
        return output._decode(data, True)  # type: ignore[no-any-return]
    except ParamValidationError as exc:
        problem = f"{exc.path}: {exc.problem}" if exc.path else exc.problem
        raise _unreadable(operation, response, problem) from None
    except RecursionError:  # only a recursive shape can nest this deep
        raise _unreadable(operation, response, "the JSON is nested too deeply") from None


def _unreadable(
    operation: OperationSpec[Any], response: HttpResponse, problem: str
) -> ResponseParseError:
    if len(problem) > _MAX_PROBLEM_CHARS:
        problem = problem[:_MAX_PROBLEM_CHARS] + "..."
    return ResponseParseError(
        f"Cannot read the {operation.name} response: {problem}",
        status_code=response.status,
        body=response.body,
        request_id=request_id(response),
    )


def error_code(response: HttpResponse, body: dict[str, Any]) -> str:
    """The bare error code, from the X-Amzn-ErrorType header or the body.

    All the forms services send reduce to the shape name: ``ns#Code``,
    ``Code:http://uri`` and ``ns#Code:http://uri`` give ``Code``.
    """
    raw = response.header("X-Amzn-ErrorType") or body.get("__type") or body.get("code") or ""
    if not isinstance(raw, str):
        return ""
    code = raw.split(":", 1)[0]
    return code.rsplit("#", 1)[-1]


def query_error_code(response: HttpResponse) -> str:
    """The query-protocol error code an awsQueryCompatible service sends, or "".

    Its ``x-amzn-query-error`` header is ``Code;Sender`` (or ``;Receiver``);
    anything else is ignored, as botocore ignores it.
    """
    parts = (response.header("x-amzn-query-error") or "").split(";")
    return parts[0] if len(parts) == 2 else ""


def request_id(response: HttpResponse) -> str | None:
    """The id AWS gave the request (for support cases), from the response headers."""
    for name in _REQUEST_ID_HEADERS:
        value = response.header(name)
        if value:
            return value
    return None


def parse_error(service: ErrorTable, response: HttpResponse) -> ServiceError:
    """The exception for an error response: the modeled class or the generic one.

    A body that is not a JSON object (empty, an HTML page from a proxy, plain
    text) still gives an error, coded by the X-Amzn-ErrorType header or else
    by the HTTP status (``"502"``), whose message says what the body was. A
    modeled error whose members do not match the model is still its class
    (callers catch errors by class), with those members unset; ``details``
    holds the decoded body.

    The class is found by the shape name the body gives, else by the error
    code. An awsQueryCompatible service's query code (``x-amzn-query-error``)
    is the error's ``code``, as botocore reports it.
    """
    try:
        body = decode_body(response)
    except ValueError as exc:
        body, problem = {}, str(exc)
    else:
        problem = "the body is empty" if _is_empty(response.body) else ""
    shape_name = error_code(response, body)
    code = query_error_code(response) or shape_name or str(response.status)
    message = body.get("message", body.get("Message", body.get("errorMessage", "")))
    if not isinstance(message, str):
        # A number is shown; an object or array is left in ``details`` (its
        # str() could nest too deeply to print).
        message = str(message) if isinstance(message, (int, float)) else ""
    message = message or problem
    error_class = service.errors.get(shape_name) or service.errors.get(code)
    kwargs = dict(
        code=code, status_code=response.status, request_id=request_id(response), details=body
    )
    if error_class is None:
        return service.base_error(message, **kwargs)  # type: ignore[arg-type]
    try:
        return error_class._from_response(message, body, **kwargs)  # type: ignore[attr-defined, no-any-return]
    except (ParamValidationError, RecursionError):
        return error_class(message, **kwargs)  # type: ignore[arg-type]
