"""awsJson 1.0/1.1 request building and response parsing: plain code, no I/O."""

from __future__ import annotations

from typing import Any, TypeVar

from . import jsoncodec
from .errors import ResponseParseError, ServiceError
from .http import HttpResponse
from .operation import OperationSpec, ServiceSpec
from .serde import DECODE_ERRORS

Output = TypeVar("Output")

_REQUEST_ID_HEADERS = ("x-amzn-RequestId", "x-amz-request-id", "x-amz-id-2")


def encode_body(body: dict[str, Any]) -> bytes:
    """The request body: compact JSON, non-ASCII kept as UTF-8."""
    return jsoncodec.dumps(body)


def decode_body(response: HttpResponse, *, exact: bool = True) -> dict[str, Any]:
    """The response body as a dict (an empty body is ``{}``).

    ``exact=False`` allows the fast parser (see :mod:`.jsoncodec`).
    """
    if not response.body or response.body.isspace():
        return {}
    try:
        data = jsoncodec.loads(response.body, exact=exact)
    except ValueError as exc:
        raise ResponseParseError(
            f"response body is not JSON: {exc}", status_code=response.status, body=response.body
        ) from None
    if not isinstance(data, dict):
        raise ResponseParseError(
            "response body is not a JSON object", status_code=response.status, body=response.body
        )
    return data


def parse_response(operation: OperationSpec[Output], response: HttpResponse) -> Output:
    """The typed output of a 2xx response (None for an operation without output)."""
    data = decode_body(response, exact=operation.output_has_documents)
    if operation.output is None:
        return None  # type: ignore[return-value]  # Output is None for such operations
    try:
        return operation.output._decode(data, True)  # type: ignore[attr-defined, no-any-return]
    except DECODE_ERRORS as exc:
        raise ResponseParseError(
            f"response does not match the {operation.name} output shape: {exc}",
            status_code=response.status,
            body=response.body,
        ) from exc


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


def request_id(response: HttpResponse) -> str | None:
    for name in _REQUEST_ID_HEADERS:
        value = response.header(name)
        if value:
            return value
    return None


def parse_error(service: ServiceSpec, response: HttpResponse) -> ServiceError:
    """The exception for an error response: the modeled class or the generic one."""
    try:
        body = decode_body(response)
    except ResponseParseError:
        body = {}
    code = error_code(response, body) or str(response.status)
    message = body.get("message", body.get("Message", body.get("errorMessage", "")))
    if not isinstance(message, str):
        message = str(message)
    error_class = service.errors.get(code)
    kwargs = dict(
        code=code, status_code=response.status, request_id=request_id(response), details=body
    )
    if error_class is None:
        return service.base_error(message, **kwargs)  # type: ignore[arg-type]
    return error_class._from_response(message, body, **kwargs)  # type: ignore[attr-defined, no-any-return]
