"""The emulator's input validation, differential: raw HTTP requests against an independent oracle.

The oracle here reads botocore's own model objects (``botocore.model.ServiceModel`` of
the pinned model: ``shape.metadata`` min/max/pattern/enum, ``required_members``,
``type_name``) and matches patterns with the generator's separate pattern engine
(``generator.model.patterns``), never with the emulator's code. Random invalid inputs
(wrong types, lengths, patterns, enums, ranges, missing required members, list sizes)
go to the emulator as raw awsJson requests over HTTP (``http.client``, unsigned); the
emulator must take the oracle's accept/reject decision and, when it rejects, answer
``ValidationException`` with Reason ``REQUEST_VALIDATION_FAILED`` naming the oracle's
first problem (path and code) in ``ErrorList[0]``.

Paths are the emulator's documented format: ``A.B[0].C``, map entries as ``[repr(key)]``.
The walk order is document order: at each structure its missing required members (in the
model's order) first, then its present members in the order the request's JSON lists them,
depth first; a union's "exactly one member" rule after its members.

The tests stay true once operations are emulated: a valid input must not be refused for
breaking the model (a behaviour may still refuse it with ``BUSINESS_VALIDATION_FAILED``).
"""

from __future__ import annotations

import copy
import http.client
import json
import math
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import botocore.model
import pytest
from botocore.exceptions import ClientError
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from generator.model.patterns import COMPILE_STEPS, MAX_VALUE_LENGTH, Budget, analyze, example
from tests.populate import populate, to_wire_json, union_variants

from tests.emulating import boto3_client
from partnercentral_selling.emulator import EMULATOR_CREDENTIALS, Emulator

MODEL_FILE = (
    Path(__file__).resolve().parents[1] / "models/partnercentral-selling/2022-07-26/service-2.json"
)
RAW_MODEL = json.loads(MODEL_FILE.read_text())
SERVICE = botocore.model.ServiceModel(RAW_MODEL, service_name="partnercentral-selling")
OPERATIONS = sorted(
    name for name in SERVICE.operation_names if SERVICE.operation_model(name).input_shape
)
INVALID_EXAMPLES = 200
# The integer kinds' ranges on the wire (a larger JSON number is out of range).
INTEGER_LIMITS = {"integer": 2**31, "long": 2**63}

REQUIRED_FIELD_MISSING = "REQUIRED_FIELD_MISSING"
INVALID_ENUM_VALUE = "INVALID_ENUM_VALUE"
INVALID_STRING_FORMAT = "INVALID_STRING_FORMAT"
VALUE_OUT_OF_RANGE = "VALUE_OUT_OF_RANGE"
TOO_MANY_VALUES = "TOO_MANY_VALUES"
NOT_ENOUGH_VALUES = "NOT_ENOUGH_VALUES"
INVALID_VALUE = "INVALID_VALUE"


# --- the oracle ---------------------------------------------------------------------


def oracle(shape: botocore.model.Shape, value: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Each (path, code) by which the wire ``value`` breaks ``shape``, in document order."""
    kind = shape.type_name
    meta = shape.metadata
    if kind == "structure":
        if not isinstance(value, dict):
            yield path, INVALID_VALUE
            return
        prefix = f"{path}." if path else ""
        for name in shape.required_members:
            if value.get(name) is None:
                yield prefix + name, REQUIRED_FIELD_MISSING
        present = 0
        for name, item in value.items():
            if name in shape.members and item is not None:
                present += 1
                yield from oracle(shape.members[name], item, prefix + name)
        if getattr(shape, "is_union", False) and present != 1:
            yield path, INVALID_VALUE
    elif kind in ("list", "map"):
        if not isinstance(value, list if kind == "list" else dict):
            yield path, INVALID_VALUE
            return
        if "min" in meta and len(value) < meta["min"]:
            yield path, NOT_ENOUGH_VALUES
        elif "max" in meta and len(value) > meta["max"]:
            yield path, TOO_MANY_VALUES
        if kind == "list":
            for index, item in enumerate(value):
                yield from oracle(shape.member, item, f"{path}[{index}]")
        else:
            for key, item in value.items():
                yield from oracle(shape.key, key, f"{path}[{key!r}]")
                yield from oracle(shape.value, item, f"{path}[{key!r}]")
    elif kind == "string":
        yield from _string_problems(meta, value, path)
    elif kind in INTEGER_LIMITS or kind == "double":
        yield from _number_problems(kind, meta, value, path)
    elif kind == "boolean":
        if not isinstance(value, bool):
            yield path, INVALID_VALUE
    elif kind == "timestamp":
        if shape.serialization.get("timestampFormat") == "iso8601":
            if not isinstance(value, str) or not _is_iso8601(value):
                yield path, INVALID_VALUE
        elif isinstance(value, bool) or not isinstance(value, (int, float)):
            yield path, INVALID_VALUE
    else:
        raise AssertionError(f"the oracle does not know {kind} shapes")


def _string_problems(meta: dict[str, Any], value: Any, path: str) -> Iterator[tuple[str, str]]:
    if not isinstance(value, str):
        yield path, INVALID_VALUE
    elif "enum" in meta:
        if value not in meta["enum"]:
            yield path, INVALID_ENUM_VALUE
    elif not meta.get("min", 0) <= len(value) <= meta.get("max", math.inf):
        yield path, INVALID_STRING_FORMAT
    elif "pattern" in meta:
        assert len(value) <= MAX_VALUE_LENGTH, "the generator's matcher checks short values"
        if not analyze(meta["pattern"]).matches(value):
            yield path, INVALID_STRING_FORMAT


def _number_problems(
    kind: str, meta: dict[str, Any], value: Any, path: str
) -> Iterator[tuple[str, str]]:
    integral = isinstance(value, int) and not isinstance(value, bool)
    if kind != "double" and not integral:
        yield path, INVALID_VALUE
    elif kind == "double" and not (integral or isinstance(value, float)):
        yield path, INVALID_VALUE
    elif kind in INTEGER_LIMITS and not -INTEGER_LIMITS[kind] <= value < INTEGER_LIMITS[kind]:
        yield path, VALUE_OUT_OF_RANGE
    elif not meta.get("min", -math.inf) <= value <= meta.get("max", math.inf):
        yield path, VALUE_OUT_OF_RANGE


def _is_iso8601(text: str) -> bool:
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def first_problem(operation: str, document: dict[str, Any]) -> tuple[str, str] | None:
    """The oracle's first (path, code) for ``document`` as ``operation``'s input, or None."""
    shape = SERVICE.operation_model(operation).input_shape
    return next(oracle(shape, document), None)


# --- valid inputs ---------------------------------------------------------------------


def conform(shape: botocore.model.Shape, value: Any) -> Any:
    """``value`` (populate's, which ignores patterns and list bounds) made to fit ``shape``."""
    kind = shape.type_name
    meta = shape.metadata
    if kind == "structure":
        return {name: conform(shape.members[name], item) for name, item in value.items()}
    if kind == "list":
        items = [conform(shape.member, item) for item in value]
        return items[: meta.get("max", len(items))] or items
    if kind == "map":
        return {key: conform(shape.value, item) for key, item in value.items()}
    if kind == "string" and "enum" not in meta and "pattern" in meta:
        pattern = analyze(meta["pattern"])
        if len(value) > MAX_VALUE_LENGTH or not pattern.matches(value):
            value = example(meta["pattern"], Budget(COMPILE_STEPS))
    return value


def valid_input(operation: str, variant: int = 0) -> dict[str, Any]:
    """A fully populated input of ``operation`` that the oracle accepts."""
    name = SERVICE.operation_model(operation).input_shape.name
    wire = to_wire_json(
        RAW_MODEL["shapes"], name, populate(RAW_MODEL["shapes"], name, variant=variant)
    )
    document = conform(SERVICE.shape_for(name), wire)
    # A page token is valid only as a list gave it: a made-up one is refused, rightly.
    paginator = Emulator.OPERATIONS[operation]["paginator"]
    if paginator is not None:
        document.pop(paginator["input_token"], None)
    assert first_problem(operation, document) is None, (
        operation,
        list(oracle(SERVICE.shape_for(name), document))[:3],
    )
    return document


# --- the emulator over HTTP ---------------------------------------------------------


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    with Emulator() as emulator:
        yield emulator.endpoint_url
        assert emulator.faults == []


def post(endpoint: str, operation: str, document: Any) -> tuple[int, dict[str, Any]]:
    """Send ``document`` as ``operation``'s awsJson request, unsigned; the status and body."""
    parts = urlsplit(endpoint)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.request(
            "POST",
            "/",
            json.dumps(document).encode(),
            {
                "Content-Type": "application/x-amz-json-1.0",
                "X-Amz-Target": f"{SERVICE.metadata['targetPrefix']}.{operation}",
            },
        )
        response = connection.getresponse()
        return response.status, json.loads(response.read())
    finally:
        connection.close()


def assert_answer(answer: dict[str, Any], expected: tuple[str, str] | None) -> None:
    """The emulator's answer takes the oracle's decision: the first problem, or no refusal."""
    refused = answer.get("__type") == "ValidationException" and answer.get("Reason") == (
        "REQUEST_VALIDATION_FAILED"
    )
    if expected is None:
        assert not refused, answer
        return
    assert refused, answer
    first = answer["ErrorList"][0]
    assert (first["FieldName"], first["Code"]) == expected, answer["ErrorList"][:3]


# --- random invalid inputs ----------------------------------------------------------


def sites(shape: botocore.model.Shape, value: Any, at: tuple[Any, ...] = ()) -> Iterator[Any]:
    """(location, shape) of every value in ``value`` still of its shape's JSON type."""
    if not isinstance(value, JSON_TYPES[shape.type_name]) or isinstance(value, bool) != (
        shape.type_name == "boolean"
    ):
        return
    yield at, shape
    kind = shape.type_name
    if kind == "structure":
        for name, item in value.items():
            yield from sites(shape.members[name], item, (*at, name))
    elif kind == "list":
        for index, item in enumerate(value):
            yield from sites(shape.member, item, (*at, index))
    elif kind == "map":
        for key, item in value.items():
            yield from sites(shape.value, item, (*at, key))


JSON_TYPES: dict[str, Any] = {
    "structure": dict,
    "list": list,
    "map": dict,
    "string": str,
    "integer": int,
    "long": int,
    "double": (int, float),
    "boolean": bool,
    "timestamp": (int, float, str),
}
WRONG_TYPES = {
    "structure": ["a string", [], 1],
    "list": ["a string", {}, 1],
    "map": ["a string", [], 1],
    "string": [1, True, [], {}],
    "integer": ["1", 1.5, True, []],
    "long": ["1", 2.5, False],
    "double": ["1.5", True, {}],
    "boolean": ["true", 1, []],
    "timestamp": ["yesterday", True, []],
}


def mutations(shape: botocore.model.Shape, value: Any) -> list[tuple[str, Any]]:
    """Ways to break ``value`` of ``shape``: (description, replacement or a callable)."""
    kind = shape.type_name
    meta = shape.metadata
    found: list[tuple[str, Any]] = [("wrong type", bad) for bad in WRONG_TYPES[kind]]
    if kind == "string":
        if "enum" in meta:
            found.append(("bad enum", value.lower() + "-not-an-enum-value"))
        if "max" in meta and meta["max"] < 5000:
            found.append(("too long", "x" * (meta["max"] + 1)))
        if meta.get("min", 0) > 0:
            found.append(("too short", "x" * (meta["min"] - 1)))
        if "pattern" in meta and "enum" not in meta:
            found.extend(("pattern break", text) for text in ("!", " ", "\u00e9\u00e9", "x\n"))
    elif kind in INTEGER_LIMITS or kind == "double":
        if "min" in meta:
            found.append(("under min", meta["min"] - 1))
        if "max" in meta:
            found.append(("over max", meta["max"] + 1))
        if kind in INTEGER_LIMITS:
            found.append(("beyond its kind", INTEGER_LIMITS[kind]))
    elif kind in ("list", "map"):
        if meta.get("min", 0) > 0:
            found.append(("too few", [] if kind == "list" else {}))
        if kind == "list" and value and meta.get("max", 1000) < 60:
            found.append(("too many", [value[0]] * (meta["max"] + 1)))
    elif kind == "structure":
        for name in shape.required_members:
            found.append(("required member dropped", ("drop", name)))
            found.append(("required member null", ("null", name)))
    return found


def apply(document: dict[str, Any], at: tuple[Any, ...], change: Any) -> dict[str, Any]:
    """``document`` with the value at ``at`` replaced by ``change`` (or a member dropped)."""
    result = copy.deepcopy(document)
    parent: Any = None
    target: Any = result
    for step in at:
        parent, target = target, target[step]
    if isinstance(change, tuple) and change[0] in ("drop", "null"):
        if change[0] == "drop":
            target.pop(change[1], None)
        else:
            target[change[1]] = None
    elif parent is None:
        return change  # type: ignore[no-any-return]
    else:
        parent[at[-1]] = change
    return result


@st.composite
def invalid_inputs(draw: st.DrawFn) -> tuple[str, Any, list[str]]:
    operation = draw(st.sampled_from(OPERATIONS))
    input_shape = SERVICE.operation_model(operation).input_shape
    document: Any = valid_input(operation, draw(st.integers(0, 3)))
    applied: list[str] = []
    for _ in range(draw(st.integers(1, 2))):
        if not isinstance(document, dict):
            break
        # The kind of break first, then a place for it: each kind gets its share of cases.
        by_kind: dict[str, list[tuple[tuple[Any, ...], Any]]] = {}
        for at, shape in sites(input_shape, document):
            for kind, change in mutations(shape, _at(document, at)):
                by_kind.setdefault(kind, []).append((at, change))
        kind = draw(st.sampled_from(sorted(by_kind)))
        at, change = draw(st.sampled_from(by_kind[kind]))
        description = kind
        document = apply(document, at, change)
        applied.append(f"{'.'.join(map(str, at)) or 'input'}: {description}")
    return operation, document, applied


def _at(document: Any, at: tuple[Any, ...]) -> Any:
    for step in at:
        document = document[step]
    return document


@settings(
    max_examples=INVALID_EXAMPLES,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
)
@given(case=invalid_inputs())
def test_invalid_inputs_are_refused_as_the_oracle_says(
    endpoint: str, case: tuple[str, Any, list[str]]
) -> None:
    operation, document, applied = case
    expected = first_problem(operation, document) if isinstance(document, dict) else ("", "")
    assume(expected is not None and isinstance(document, dict))
    event(expected[1])  # --hypothesis-show-statistics: how many cases of each code
    status, answer = post(endpoint, operation, document)
    assert status == 400, (applied, answer)
    assert_answer(answer, expected)


# --- valid inputs ---------------------------------------------------------------------


def _variants(operation: str) -> range:
    name = SERVICE.operation_model(operation).input_shape.name
    return range(union_variants(RAW_MODEL["shapes"], name))


@pytest.mark.parametrize(
    ("operation", "variant"),
    [(operation, variant) for operation in OPERATIONS for variant in _variants(operation)],
)
def test_valid_inputs_are_not_refused_for_the_model(
    endpoint: str, operation: str, variant: int
) -> None:
    _, answer = post(endpoint, operation, valid_input(operation, variant))
    assert_answer(answer, None)


def test_unknown_members_and_nulls_of_optional_members_are_ignored(endpoint: str) -> None:
    document = {**valid_input("ListSolutions"), "NotAMember": {"x": [1]}, "Sort": None}
    _, answer = post(endpoint, "ListSolutions", document)
    assert_answer(answer, None)


# --- the same through botocore's serializer, its own checks off ----------------------


BOTOCORE_CASES = [
    ("get_opportunity", {"Catalog": "AWS", "Identifier": "not-an-id"}),
    ("get_opportunity", {"Catalog": "AWS"}),
    ("list_solutions", {"Catalog": "AWS", "MaxResults": 1000}),
    ("list_solutions", {"Catalog": "AWS", "Sort": {"SortOrder": "Sideways", "SortBy": "Name"}}),
    ("list_solutions", {"Catalog": "AWS", "Identifier": ["S-1"] * 200}),
]


@pytest.mark.parametrize(("method", "params"), BOTOCORE_CASES)
def test_botocore_serialized_invalid_input_gets_the_oracles_answer(
    endpoint: str, method: str, params: dict[str, Any]
) -> None:
    client = boto3_client(endpoint, parameter_validation=False)
    operation = client.meta.method_to_api_mapping[method]
    expected = first_problem(operation, params)
    assert expected is not None
    with pytest.raises(ClientError) as raised:
        getattr(client, method)(**params)
    response = raised.value.response
    assert_answer({"__type": response["Error"]["Code"], **response}, expected)
