"""Read model files and validate them against the generator's JSON Schemas.

The loader calls :func:`load_json` and then :func:`validate_model_file` for each
input file before it builds the IR. The schemas (draft 2020-12) live in the
``schemas/`` folder next to this module, one per kind of file:

===========================  ==============================================
kind                         schema
===========================  ==============================================
``service``                  ``service-2.schema.json``
``paginators``               ``paginators-1.schema.json``
``waiters``                  ``waiters-2.schema.json``
``endpoint-rules``           ``endpoint-rule-set-1.schema.json``
``examples``                 ``examples-1.schema.json``
``customization``            ``customization-docs.schema.json`` (ours)
``events``                   ``customization-events.schema.json`` (ours)
``customization-workflows``  ``customization-workflows.schema.json`` (ours)
``rate-limits``              ``customization-rate-limits.schema.json`` (ours)
``endpoint-tests``           ``endpoint-tests-1.schema.json``
``smithy``                   ``smithy-ast.schema.json`` (a Smithy JSON AST)
``smithy-traits``            ``smithy-traits.schema.json`` (the trait values a Smithy AST gives)
===========================  ==============================================

They are strict: objects list every key botocore's models use and reject any
other, so a typo (``"shpae"``, ``"strng"``) fails here with the file, the JSON
pointer and what to do, instead of being dropped silently further on. The Smithy
AST's schema follows the Smithy 2.0 JSON AST specification the same way: its
shapes, members and references are closed, its trait values and metadata open.

What a JSON Schema cannot check (a shape reference naming a shape that does not
exist, an operation without its input shape, ...) is the loader's job.
"""

from __future__ import annotations

import difflib
import functools
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from jsonschema.exceptions import best_match  # type: ignore[import-untyped]

from ..errors import ModelError, json_pointer

SCHEMA_DIR: Final = Path(__file__).resolve().parent / "schemas"
"""The folder holding the JSON Schemas."""

SCHEMA_FILES: Final[Mapping[str, str]] = {
    "service": "service-2.schema.json",
    "paginators": "paginators-1.schema.json",
    "waiters": "waiters-2.schema.json",
    "endpoint-rules": "endpoint-rule-set-1.schema.json",
    "examples": "examples-1.schema.json",
    "customization": "customization-docs.schema.json",
    "events": "customization-events.schema.json",
    "customization-workflows": "customization-workflows.schema.json",
    "rate-limits": "customization-rate-limits.schema.json",
    "endpoint-tests": "endpoint-tests-1.schema.json",
    "smithy": "smithy-ast.schema.json",
    "smithy-traits": "smithy-traits.schema.json",
}
"""Schema file name per kind of model file."""

_JSON_TYPE_NAMES: Final[Mapping[type, str]] = {
    dict: "an object",
    list: "an array",
    str: "a string",
    bool: "a boolean",
    int: "an integer",
    float: "a number",
    type(None): "null",
}

_SCHEMA_TYPE_NAMES: Final[Mapping[str, str]] = {
    "object": "an object",
    "array": "an array",
    "string": "a string",
    "boolean": "a boolean",
    "integer": "an integer",
    "number": "a number",
    "null": "null",
}

_INVALID_JSON_HINT: Final = (
    "model files are strict JSON: double-quoted keys and strings, no comments, no trailing commas"
)


def load_json(file: Path) -> object:
    """Read and parse the JSON file *file*.

    Raises :class:`ModelError` (with an empty pointer) when the file is missing
    or unreadable, is not UTF-8, or is not valid JSON; the problem then names
    the line and column of the syntax error.
    """
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise ModelError(
            file,
            "",
            "file not found",
            "check the path; the pinned model is in models/<service>/<api-version>/",
        ) from None
    except IsADirectoryError:
        raise ModelError(
            file, "", "is a directory, not a file", "pass the path of a .json file"
        ) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ModelError(
            file,
            "",
            f"cannot read the file: {reason}",
            "check that the file exists and is readable",
        ) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ModelError(
            file,
            "",
            f"not UTF-8 text (invalid byte at offset {exc.start})",
            "save the file as UTF-8",
        ) from None
    numbers = _Numbers()
    try:
        document: object = json.loads(
            text,
            parse_int=numbers.integer,
            parse_float=numbers.real,
            parse_constant=numbers.constant,
        )
    except json.JSONDecodeError as exc:
        raise ModelError(
            file,
            "",
            f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}",
            _INVALID_JSON_HINT,
        ) from None
    except RecursionError:
        raise ModelError(
            file, "", "invalid JSON: nested too deeply to parse", _INVALID_JSON_HINT
        ) from None
    if numbers.bad:
        pointer, literal = _first_bad_number(document)
        raise ModelError(
            file,
            pointer,
            f"the number {_cut(literal)} is out of range",
            "model numbers are whole numbers of 64 bits (-2**63 to 2**63-1) or finite "
            "decimals; NaN and Infinity are not JSON",
        )
    return document


_INT64 = range(-(2**63), 2**63)


@dataclass(frozen=True)
class _BadNumber:
    """A number literal of a model file outside the range the generator accepts."""

    literal: str


class _Numbers:
    """``json.loads`` hooks that keep out-of-range numbers as :class:`_BadNumber`.

    An integer literal is converted only when it has at most 19 digits (the int64
    range), so no literal reaches Python's int-from-string digit limit; a decimal that
    overflows to infinity, and the non-JSON ``NaN``/``Infinity`` Python accepts, are
    kept too. The loader then finds the first one's JSON pointer.
    """

    def __init__(self) -> None:
        self.bad = False

    def integer(self, literal: str) -> int | _BadNumber:
        if len(literal.lstrip("-")) <= 19 and int(literal) in _INT64:
            return int(literal)
        return self.keep(literal)

    def real(self, literal: str) -> float | _BadNumber:
        value = float(literal)
        return value if math.isfinite(value) else self.keep(literal)

    def constant(self, literal: str) -> _BadNumber:
        return self.keep(literal)

    def keep(self, literal: str) -> _BadNumber:
        self.bad = True
        return _BadNumber(literal)


def _first_bad_number(document: object) -> tuple[str, str]:
    """The JSON pointer and literal of the first :class:`_BadNumber` in ``document``."""
    stack: list[tuple[list[str | int], object]] = [([], document)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, _BadNumber):
            return json_pointer(*path), value.literal
        children: list[tuple[str | int, object]] = []
        if isinstance(value, dict):
            children = list(value.items())
        elif isinstance(value, list):
            children = list(enumerate(value))
        stack.extend((path + [key], child) for key, child in reversed(children))
    raise AssertionError("a bad number was parsed but is not in the document")


def _cut(literal: str, limit: int = 40) -> str:
    """A number literal for a one-line message: long ones keep their ends and length."""
    if len(literal) <= limit:
        return literal
    return f"{literal[:16]}...{literal[-8:]} ({len(literal)} characters)"


def validate_model_file(document: object, kind: str, file: Path) -> None:
    """Validate a parsed model file against the schema for *kind*.

    *kind* is a key of :data:`SCHEMA_FILES` (``"service"``, ``"paginators"``,
    ...); *file* is only used in the error. On failure raises
    :class:`ModelError` for the most relevant problem (as chosen by
    :func:`jsonschema.exceptions.best_match`): its pointer is the RFC 6901 JSON
    pointer of the offending value, its problem says what is wrong and its hint
    what to do. Raises :class:`ValueError` for an unknown *kind*.
    """
    error = best_match(_validator(kind).iter_errors(document))
    if error is None:
        return
    pointer, problem, hint = _explain(error)
    raise ModelError(file, pointer, problem, hint)


@functools.cache
def _validator(kind: str) -> Any:
    """Load the schema for *kind* (once per process) and build its validator."""
    try:
        name = SCHEMA_FILES[kind]
    except KeyError:
        raise ValueError(
            f"unknown model file kind {kind!r}; expected one of {', '.join(SCHEMA_FILES)}"
        ) from None
    schema = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _explain(error: Any) -> tuple[str, str, str]:
    """Turn a jsonschema ``ValidationError`` into (pointer, problem, hint)."""
    path: list[str | int] = list(error.absolute_path)
    pointer = json_pointer(*path)
    schema: Mapping[str, Any] = error.schema if isinstance(error.schema, Mapping) else {}
    keyword = str(error.validator)
    value: object = error.validator_value
    instance: object = error.instance
    where = _title(schema)
    field = _field(path)
    about = str(schema.get("description", ""))

    if "propertyNames" in error.absolute_schema_path:
        # The instance is the offending key of the object at ``path``.
        name = str(instance)
        container = (
            f"under {path[-1]!r}" if path and isinstance(path[-1], str) else "in this object"
        )
        return (
            json_pointer(*path, name),
            f"invalid {where or 'name'} {name!r} {container}",
            about or "use letters, digits and underscores",
        )

    if keyword == "additionalProperties" and isinstance(instance, Mapping):
        allowed = _allowed_keys(schema)
        unknown = [key for key in instance if key not in allowed]
        keys = ", ".join(repr(key) for key in unknown)
        problem = (
            f"unknown key{'s' if len(unknown) > 1 else ''} {keys} in {where or 'this object'}"
        )
        suggestion = suggest(unknown[0], allowed) if unknown else ""
        listing = (
            f"{_a(where) if where else 'this object'} may have these keys: {', '.join(allowed)}"
        )
        return pointer, problem, f"{suggestion} {listing}" if suggestion else listing

    if keyword == "required" and isinstance(instance, Mapping) and isinstance(value, Sequence):
        missing = [key for key in value if key not in instance]
        keys = ", ".join(repr(key) for key in missing)
        problem = f"missing required key{'s' if len(missing) > 1 else ''} {keys} in {where or 'this object'}"
        typo = _misspelt_key(instance, missing, schema)
        if typo is None:
            return pointer, problem, about or f"add {keys}"
        # {"taget": ...}: the unknown key is the cause, so the hint names it.
        misspelt, meant = typo
        owner = _a(where) if where else "this object"
        listing = (
            f" {owner} may have these keys: {', '.join(_allowed_keys(schema))}"
            if schema.get("additionalProperties") is False
            else ""
        )
        return (
            pointer,
            problem,
            f"{misspelt!r} is not a key of {owner}: did you mean {meant!r}?{listing}",
        )

    if keyword == "enum" and isinstance(value, Sequence):
        allowed_values = ", ".join(_show(item) for item in value)
        if (
            value
            and all(isinstance(item, str) for item in value)
            and not isinstance(instance, str)
        ):
            actual = _JSON_TYPE_NAMES.get(type(instance), type(instance).__name__)
            return pointer, f"{field} must be a string, not {actual}", f"one of {allowed_values}"
        problem = (
            f"{_show(instance)} is not one of the allowed values of {field}: {allowed_values}"
        )
        suggestion = ""
        if isinstance(instance, str):
            suggestion = suggest(instance, [item for item in value if isinstance(item, str)])
        return pointer, problem, suggestion or about or "use one of the allowed values"

    if keyword == "const":
        return pointer, f"{field} must be {_show(value)}, not {_show(instance)}", about

    if keyword == "type":
        expected = value if isinstance(value, list) else [value]
        names = " or ".join(_SCHEMA_TYPE_NAMES.get(str(item), str(item)) for item in expected)
        actual = _JSON_TYPE_NAMES.get(type(instance), type(instance).__name__)
        return pointer, f"{field} must be {names}, not {actual}", about

    if keyword == "pattern" and isinstance(instance, str):
        noun = where or field
        examples = schema.get("examples")
        if isinstance(examples, list) and examples:
            # The examples say the form better than a long regular expression.
            like = " or ".join(_show(item) for item in examples)
            return pointer, f"{instance!r} is not a valid {noun} (like {like})", about
        return pointer, f"{instance!r} is not a valid {noun} (must match {value})", about

    # minLength, minItems, minimum, maximum, uniqueItems, ...: jsonschema's own
    # sentence is clear enough once prefixed with the field.
    return pointer, f"{field}: {error.message}", about


def _title(schema: Mapping[str, Any]) -> str:
    """The schema's human name (its ``title``), or ``""``."""
    title = schema.get("title")
    return title if isinstance(title, str) else ""


def _field(path: Sequence[str | int]) -> str:
    """Name the value at *path* for a message: ``'shape'``, ``item 3`` or ``the document``."""
    if not path:
        return "the document"
    last = path[-1]
    return f"item {last}" if isinstance(last, int) else repr(last)


def _allowed_keys(schema: Mapping[str, Any]) -> list[str]:
    """The keys an object schema declares under ``properties``, sorted."""
    properties = schema.get("properties")
    return sorted(properties) if isinstance(properties, Mapping) else []


def _misspelt_key(
    instance: Mapping[str, Any], missing: Sequence[str], schema: Mapping[str, Any]
) -> tuple[str, str] | None:
    """(unknown key, the missing required key it is close to), or None.

    An unknown key is one the object schema does not declare under ``properties``.
    """
    declared = schema.get("properties")
    known = declared if isinstance(declared, Mapping) else {}
    unknown = [key for key in instance if key not in known]
    for meant in missing:
        close = _closest(meant, unknown)
        if close is not None:
            return close, meant
    return None


def _closest(word: str, choices: Sequence[str]) -> str | None:
    """The one of *choices* that differs from *word* only in case, else the closest, or None."""
    same_but_case = [choice for choice in choices if choice.lower() == word.lower()]
    close = same_but_case or difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return close[0] if close else None


def suggest(word: str, choices: Sequence[str]) -> str:
    """``did you mean 'x'?`` for the closest of *choices*, or ``""``."""
    close = _closest(word, choices)
    return f"did you mean {close!r}?" if close is not None else ""


def _show(value: object) -> str:
    """Render a JSON value in a message: strings in quotes, the rest as JSON."""
    if isinstance(value, str):
        return repr(value)
    try:
        return json.dumps(value)
    except (TypeError, ValueError):
        return repr(value)


def _a(noun: str) -> str:
    """Prefix *noun* with the right indefinite article."""
    return f"an {noun}" if noun[:1].lower() in "aeiou" else f"a {noun}"
