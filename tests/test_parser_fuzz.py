"""Property-based tests: whatever body arrives, the parser gives a typed result or a typed error.

For every operation in the generated ``_operations`` module, hypothesis feeds
``parse_response`` (status 200) random JSON values, fully populated output
bodies (see ``tests/populate.py``) with values replaced, removed or wrapped,
and those bodies with their bytes cut, dropped, flipped or spliced. Each
answer must be the operation's output, well typed (``to_dict()``, which
type-checks every member, succeeds), or a :class:`ResponseParseError` that
carries the status and request id. ``parse_error`` gets the same treatment
with error statuses and bodies built around the modeled errors: it must
always give a :class:`ServiceError`. Any other exception is a parser bug.

Runs derandomized (the same examples every run), without a database.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.populate import populate, to_wire_json

from partnercentral_selling import _operations  # noqa: E402
from typed_aws_runtime.exceptions import (  # noqa: E402
    ResponseParseError,
    ServiceError,
)
from typed_aws_runtime.pipeline.operation import OperationSpec  # noqa: E402
from typed_aws_runtime.protocols.awsjson import (  # noqa: E402
    parse_error,
    parse_response,
)
from typed_aws_runtime.transports.http import HttpResponse  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
MODEL = json.loads(
    (ROOT / "models" / "partnercentral-selling" / "2022-07-26" / "service-2.json").read_text()
)
SHAPES: dict[str, Any] = MODEL["shapes"]

OPERATIONS: list[OperationSpec[Any]] = sorted(
    (spec for spec in vars(_operations).values() if isinstance(spec, OperationSpec)),
    key=lambda spec: spec.name,
)
OUTPUT_OPERATIONS = [spec for spec in OPERATIONS if spec.output is not None]
ERROR_CODES = sorted(_operations._SERVICE.errors)
REQUEST_ID = "fuzz-request-id"
HEADERS = {"x-amzn-requestid": REQUEST_ID}
ERROR_STATUSES = [400, 403, 404, 409, 413, 429, 500, 502, 503, 504]

# Every member name of the model, so random objects often hit real members.
WIRE_NAMES = sorted({name for shape in SHAPES.values() for name in shape.get("members", {})})

FUZZ = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Values that mean something to a decoder: timestamps and numbers in and out
# of range, the non-finite float names, base64 and not.
TRICKY_VALUES = [
    "",
    "NaN",
    "Infinity",
    "-Infinity",
    "nan",
    "1e400",
    "-1e15",
    "1682973466",
    "2023-05-01T20:37:46Z",
    "2023-05-01T20:37:46.123456789Z",
    "0001-01-01T00:00:00+05:00",
    "9999-12-31T23:59:59-23:59",
    "Mon, 01 May 2023 20:37:46 GMT",
    "Mon, 99 Foo 2023 99:99:99 XYZ",
    "Z",
    "aGVsbG8=",
    "not base64!",
    "\u00e9\U0001f600",
    1e300,
    -1e15,
    10**30,
    2**63,
    -(2**64),
    10**400,
    0.5,
    float("inf"),
    float("nan"),
    True,
    0,
]

scalars = (
    st.sampled_from(TRICKY_VALUES)
    | st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(10**400), max_value=10**400)
    | st.floats()
    | st.text(max_size=12)
)
tricky = st.sampled_from(TRICKY_VALUES)
keys = st.sampled_from(WIRE_NAMES) | st.sampled_from(["__type", "message"]) | st.text(max_size=6)
json_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=5),
    max_leaves=24,
)


def encode(value: Any) -> bytes:
    """JSON as a service (or anything else) might send it; NaN and Infinity included."""
    return json.dumps(value).encode()


@lru_cache(maxsize=None)
def valid_body(shape_name: str) -> bytes:
    """A fully populated wire body of ``shape_name`` (every member set)."""
    return encode(to_wire_json(SHAPES, shape_name, populate(SHAPES, shape_name)))


def output_shape(spec: OperationSpec[Any]) -> str:
    return str(MODEL["operations"][spec.name]["output"]["shape"])


def slots(value: Any) -> Iterator[tuple[Any, Any]]:
    """Every (container, key or index) position inside a JSON value, depth first."""
    if isinstance(value, dict):
        items: Any = list(value.items())
    elif isinstance(value, list):
        items = list(enumerate(value))
    else:
        return
    for key, child in items:
        yield value, key
        yield from slots(child)


@st.composite
def mutated_json(draw: st.DrawFn, body: bytes) -> bytes:
    """``body`` with one to three values replaced by random JSON, removed, or wrapped in a list."""
    value = json.loads(body)
    for _ in range(draw(st.integers(1, 3))):
        positions = list(slots(value))
        if not positions:
            break
        container, key = draw(st.sampled_from(positions))
        action = draw(st.sampled_from(["replace", "remove", "wrap"]))
        if action == "replace":
            container[key] = draw(tricky | json_values)
        elif action == "wrap":
            container[key] = [container[key]]
        elif isinstance(container, dict):
            del container[key]
        else:
            container.pop(key)
    return encode(value)


@st.composite
def mutated_bytes(draw: st.DrawFn, body: bytes) -> bytes:
    """``body`` cut short, or with a byte dropped, replaced or random bytes spliced in."""
    at = draw(st.integers(0, len(body)))
    action = draw(st.sampled_from(["cut", "drop", "replace", "insert"]))
    if action == "cut":
        return body[:at]
    if action == "drop":
        return body[:at] + body[at + 1 :]
    noise = draw(st.binary(min_size=1, max_size=4))
    return body[:at] + noise + body[at + (1 if action == "replace" else 0) :]


def non_json_bodies() -> st.SearchStrategy[bytes]:
    """Bodies something other than the service sends: pages, text, binary, blanks."""
    return st.sampled_from(
        [
            b"",
            b"  \r\n",
            b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>",
            b"<!DOCTYPE html><html><body>Request blocked</body></html>",
            b"<?xml version='1.0'?><Error><Code>AccessDenied</Code></Error>",
            b"Service Unavailable",
            b"\xff\xfe\x00garbage",
            b"[" * 100_000,
            b"[" * 5_000 + b"]" * 5_000,
            b'{"a":' * 3_000 + b"1" + b"}" * 3_000,
        ]
    ) | st.binary(max_size=64)


def check_output(spec: OperationSpec[Any], body: bytes) -> None:
    """``parse_response`` gives a well-typed output or a ResponseParseError, nothing else."""
    try:
        output = parse_response(spec, HttpResponse(200, HEADERS, body))
    except ResponseParseError as error:
        assert error.status_code == 200
        assert error.request_id == REQUEST_ID
        assert spec.name in str(error)
        assert len(str(error)) < 1000  # names the problem, never dumps the body
        return
    if spec.output is None:
        assert output is None
    else:
        assert isinstance(output, spec.output)
        output.to_dict()  # every member has its modeled type
        repr(output)


def check_error(status: int, body: bytes) -> None:
    """``parse_error`` gives a ServiceError with the status and request id, nothing else."""
    error = parse_error(_operations._SERVICE, HttpResponse(status, HEADERS, body))
    assert isinstance(error, ServiceError)
    assert error.status_code == status
    assert error.request_id == REQUEST_ID
    assert error.code and isinstance(error.message, str)
    assert len(str(error)) < 1000
    error.to_dict()


@pytest.mark.parametrize("spec", OPERATIONS, ids=lambda spec: spec.name)
@FUZZ
@given(data=st.data())
def test_random_bodies_give_an_output_or_a_parse_error(
    spec: OperationSpec[Any], data: st.DataObject
) -> None:
    body = data.draw(json_values.map(encode) | non_json_bodies())
    check_output(spec, body)


@pytest.mark.parametrize("spec", OUTPUT_OPERATIONS, ids=lambda spec: spec.name)
@FUZZ
@given(data=st.data())
def test_mutated_outputs_give_an_output_or_a_parse_error(
    spec: OperationSpec[Any], data: st.DataObject
) -> None:
    body = valid_body(output_shape(spec))
    check_output(spec, body)  # unmutated, it is read
    check_output(spec, data.draw(mutated_json(body) | mutated_bytes(body)))


@st.composite
def error_bodies(draw: st.DrawFn) -> bytes:
    """A modeled error's body (its code in one of the forms services send), mutated or not."""
    code = draw(st.sampled_from(ERROR_CODES))
    form = draw(st.sampled_from(["{code}", "ns#{code}", "ns#{code}:http://internal/", "{code}:"]))
    wire = json.loads(valid_body(code))
    wire["__type"] = form.format(code=code)
    body = encode(wire)
    return draw(st.just(body) | mutated_json(body) | mutated_bytes(body))


@settings(FUZZ, max_examples=400)
@given(
    status=st.sampled_from(ERROR_STATUSES),
    body=error_bodies() | json_values.map(encode) | non_json_bodies(),
)
def test_error_bodies_give_a_service_error(status: int, body: bytes) -> None:
    check_error(status, body)
