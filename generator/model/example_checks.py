"""Does a model's example call fit the operation's shapes? (Every front end asks.)

An example's values are rendered as a call with this package's names and classes
(``generator/emit/views/examples.py``); a value the shapes cannot hold (a member the
shape lacks, a string where a list belongs, a required member left out) would render
as code that fails, so the front end asks :func:`example_problem` first and keeps
only the examples that fit.
"""

from __future__ import annotations

import datetime
import difflib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..errors import describe, json_pointer
from .ir import Example, Operation, Shape

# The JSON types a value of each scalar kind may have in an example.
_SCALAR_JSON: Mapping[str, tuple[type, ...]] = {
    "string": (str,),
    "enum": (str,),
    "integer": (int,),
    "long": (int,),
    "float": (int, float),
    "double": (int, float),
    "boolean": (bool,),
    "blob": (str,),  # the bytes' text, as the example files spell them
    "timestamp": (str, int, float),
}
_JSON_NAMES = {
    dict: "an object",
    list: "an array",
    str: "a string",
    bool: "a boolean",
    int: "a number",
    float: "a number",
    type(None): "null",
}
_KIND_NAMES = {
    "structure": "an object",
    "union": "an object with one member",
    "list": "an array",
    "map": "an object",
    "string": "a string",
    "enum": "a string",
    "integer": "a whole number",
    "long": "a whole number",
    "float": "a number",
    "double": "a number",
    "boolean": "a boolean",
    "blob": "a string",
    "timestamp": "an ISO 8601 string or epoch seconds",
}


@dataclass(frozen=True)
class ExampleProblem:
    """Why an example does not fit: ``path`` of keys from the example object to the value."""

    path: tuple[str | int, ...]
    problem: str


def example_problem(
    shapes: Mapping[str, Shape], operation: Operation, example: Example
) -> ExampleProblem | None:
    """The first value of ``example`` its operation's shapes cannot hold, or None."""
    checker = _Checker(shapes)
    if operation.input is not None:
        checker.value(operation.input, example.input, ("input",))
    elif example.input:
        checker.fail(("input",), f"{operation.name} takes no input")
    if example.output is not None and operation.output is not None:
        checker.value(operation.output, example.output, ("output",), outbound=False)
    elif example.output is not None:
        checker.fail(("output",), f"{operation.name} returns no output")
    if example.error and example.error not in operation.errors:
        checker.fail(("error",), f"{example.error!r} is not an error {operation.name} names")
    return checker.first


def fitting_examples(
    shapes: Mapping[str, Shape],
    operation: Operation,
    examples: Iterable[tuple[str, Example]],
    file: Path,
) -> tuple[tuple[Example, ...], list[str]]:
    """The examples (each with its JSON pointer in ``file``) that fit, and a warning for
    each that does not.

    A misfit is left out rather than refused: examples are hand-written documentation
    that no AWS tool checks, and one wrong value should cost the docs that example, not
    the package its generation (nor a model update its release).
    """
    kept = []
    warnings = []
    for pointer, example in examples:
        found = example_problem(shapes, operation, example)
        if found is None:
            kept.append(example)
        else:
            warnings.append(
                describe(
                    file,
                    pointer + json_pointer(*found.path),
                    found.problem,
                    "the docs leave this example out; fix it in the model",
                )
            )
    return tuple(kept), warnings


class _Checker:
    """Walks a JSON value along its shape, keeping the first problem met."""

    def __init__(self, shapes: Mapping[str, Shape]) -> None:
        self.shapes = shapes
        self.first: ExampleProblem | None = None

    def fail(self, path: tuple[str | int, ...], problem: str) -> None:
        if self.first is None:
            self.first = ExampleProblem(path, problem)

    def value(
        self, name: str, value: object, path: tuple[str | int, ...], outbound: bool = True
    ) -> None:
        """Check ``value`` against shape ``name``; ``outbound``: a request, where required
        members must be there (a response's are the service's business)."""
        if self.first is not None:
            return
        shape = self.shapes[name]
        if shape.kind == "document":
            return
        expected = dict if shape.kind in ("structure", "union", "map") else list
        types = _SCALAR_JSON.get(shape.kind, (expected,))
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            got = _JSON_NAMES.get(type(value), type(value).__name__)
            self.fail(path, f"expected {_KIND_NAMES[shape.kind]} for {shape.name}, got {got}")
        elif shape.kind == "timestamp" and parse_timestamp(value) is None:
            self.fail(path, f"{value!r} is not a date and time (ISO 8601 or epoch seconds)")
        elif isinstance(value, list):
            for index, item in enumerate(value):
                if not (item is None and shape.sparse):
                    self.value(shape.member_target, item, path + (index,), outbound)
        elif isinstance(value, dict) and shape.kind == "map":
            for key, item in value.items():
                if not (item is None and shape.sparse):
                    self.value(shape.value_target, item, path + (key,), outbound)
        elif isinstance(value, dict):
            self.members(shape, value, path, outbound)

    def members(
        self, shape: Shape, value: dict[str, object], path: tuple[str | int, ...], outbound: bool
    ) -> None:
        targets = {member.wire_name: member.target for member in shape.members}
        for key, item in value.items():
            if key not in targets:
                close = difflib.get_close_matches(key, list(targets), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                self.fail(path + (key,), f"{shape.name} has no member {key!r}{hint}")
            else:
                self.value(targets[key], item, path + (key,), outbound)
        if shape.kind == "union" and len(value) != 1:
            self.fail(path, f"a union ({shape.name}) sets exactly one member, not {len(value)}")
        missing = [
            m.wire_name for m in shape.members if m.required_argument and m.wire_name not in value
        ]
        if outbound and shape.kind == "structure" and missing:
            self.fail(path, f"{shape.name} requires {', '.join(map(repr, missing))}")


def parse_timestamp(value: object) -> datetime.datetime | None:
    """An example's timestamp, or None: ISO 8601 (UTC when it names no offset) or epoch
    seconds, as a number or as text (botocore's files write ``"1421866952.062"``)."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    try:
        seconds = float(value)
    except ValueError:
        seconds = None
    try:
        if seconds is not None:
            return datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc)
        parsed = datetime.datetime.fromisoformat(str(value))
    except (ValueError, OverflowError, OSError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.timezone.utc)
