"""The model's shapes as the emulator checks and converts documents with them.

A *document* is what a request or response carries, as plain Python values.
On the wire (awsJson) a timestamp is epoch seconds or, for a member that says
so, ISO 8601 or RFC 822 text; inside the emulator every timestamp is epoch
seconds (a float), whatever its wire format, so behaviours compare and sort
times without knowing formats. :meth:`Shapes.problems` checks a wire document
against the model's constraints, :meth:`Shapes.read` and :meth:`Shapes.write`
convert between the two forms.

The tables are the generated ``_emulator_model.SHAPES``: one dict per shape,
``type`` plus what the model says (``members``, ``required``, ``member``,
``key``, ``value``, ``enum``, ``min``, ``max``, ``pattern``,
``timestamp_format``); members are ``{"target": ..., "timestamp_format": ...}``.
"""

from __future__ import annotations

import base64
import binascii
import math
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any, NamedTuple

from .patterns import compile_pattern

# The ranges of the integer kinds (Smithy's): a larger JSON number is not one.
_INTEGER_BOUNDS = {"byte": 2**7, "short": 2**15, "integer": 2**31, "long": 2**63}
_NUMBER_WORDS = ("NaN", "Infinity", "-Infinity")


class Problem(NamedTuple):
    """One way a document breaks the model; its message never quotes the value (it may be secret).

    ``path`` names the member (``Customer.Account.Address.City``,
    ``Contacts[0].Email``; "" for the document itself); ``kind`` is one of
    ``missing``, ``type``, ``enum``, ``pattern``, ``length`` (of a string or
    blob), ``too_few``, ``too_many`` (items of a list or map), ``range`` (the
    model's constraints) or ``value`` (a rule of the service, :func:`.routes.invalid`).
    """

    path: str
    kind: str
    message: str


class Shapes:
    """The model's shapes (``SHAPES``), for one protocol's default timestamp format."""

    def __init__(
        self, shapes: Mapping[str, Mapping[str, Any]], default_timestamp_format: str
    ) -> None:
        self.shapes = shapes
        self.default_timestamp_format = default_timestamp_format

    # --- checking ---------------------------------------------------------------

    def problems(self, shape: str, value: Any) -> list[Problem]:
        """Every way the wire document ``value`` breaks shape ``shape``, in document order."""
        return list(self._check(shape, value, "", None))

    def _check(self, name: str, value: Any, path: str, fmt: str | None) -> Iterator[Problem]:
        shape = self.shapes[name]
        kind = shape["type"]
        expected = _WIRE_TYPES.get(kind)
        if expected is not None and not expected(value):
            yield Problem(
                path, "type", f"expected {_KIND_WORDS.get(kind, kind)}, got {_describe(value)}"
            )
            return
        if kind in ("structure", "union"):
            yield from self._check_structure(shape, value, path, kind == "union")
        elif kind == "list":
            yield from _length(shape, len(value), path, "items")
            for index, item in enumerate(value):
                if item is not None:
                    yield from self._check(shape["member"], item, f"{path}[{index}]", None)
        elif kind == "map":
            yield from _length(shape, len(value), path, "entries")
            for key, item in value.items():
                yield from self._check(shape["key"], key, f"{path}[{key!r}]", None)
                if item is not None:
                    yield from self._check(shape["value"], item, f"{path}[{key!r}]", None)
        elif kind == "string":
            yield from _check_string(shape, value, path)
        elif kind in _INTEGER_BOUNDS or kind in ("float", "double"):
            yield from _check_number(shape, kind, value, path)
        elif kind == "timestamp":
            if (
                _timestamp_seconds(
                    value, fmt or shape.get("timestamp_format") or self.default_timestamp_format
                )
                is None
            ):
                yield Problem(path, "type", f"expected a timestamp, got {_describe(value)}")
        elif kind == "blob":
            try:
                size = len(base64.b64decode(value, validate=True))
            except (binascii.Error, ValueError):
                yield Problem(path, "type", "expected base64 text")
            else:
                yield from _length(shape, size, path, "bytes")

    def _check_structure(
        self, shape: Mapping[str, Any], value: Mapping[str, Any], path: str, union: bool
    ) -> Iterator[Problem]:
        members: Mapping[str, Mapping[str, Any]] = shape.get("members", {})
        prefix = f"{path}." if path else ""
        for required in shape.get("required", ()):
            if value.get(required) is None:
                yield Problem(f"{prefix}{required}", "missing", "a required member is missing")
        set_members = 0
        for wire_name, item in value.items():
            member = members.get(wire_name)
            # Unknown members are ignored, as AWS services do (a newer client may send them).
            if member is None or item is None:
                continue
            set_members += 1
            yield from self._check(
                member["target"], item, f"{prefix}{wire_name}", member.get("timestamp_format")
            )
        if union and set_members != 1:
            yield Problem(path, "type", f"a union takes exactly one member, got {set_members}")

    # --- converting ---------------------------------------------------------------

    def read(self, shape: str, value: Any) -> Any:
        """The checked wire document ``value`` with every timestamp as epoch seconds."""
        return self._convert(shape, value, None, self._read_timestamp)

    def write(self, shape: str, value: Any) -> Any:
        """The wire document of ``value`` (timestamps as epoch seconds), None members left out."""
        return self._convert(shape, value, None, self._write_timestamp)

    def _convert(
        self, name: str, value: Any, fmt: str | None, timestamp: Callable[[Any, str], Any]
    ) -> Any:
        shape = self.shapes[name]
        kind = shape["type"]
        if kind in ("structure", "union"):
            members = shape.get("members", {})
            converted = {}
            for key, item in value.items():
                member = members.get(key)
                if item is None or member is None:
                    continue
                converted[key] = self._convert(
                    member["target"], item, member.get("timestamp_format"), timestamp
                )
            return converted
        if kind == "list":
            return [
                None if item is None else self._convert(shape["member"], item, None, timestamp)
                for item in value
            ]
        if kind == "map":
            return {
                key: None if item is None else self._convert(shape["value"], item, None, timestamp)
                for key, item in value.items()
            }
        if kind == "timestamp":
            return timestamp(
                value, fmt or shape.get("timestamp_format") or self.default_timestamp_format
            )
        return value

    @staticmethod
    def _read_timestamp(value: Any, fmt: str) -> float:
        seconds = _timestamp_seconds(value, fmt)
        if seconds is None:
            raise ValueError(f"not a timestamp: {_describe(value)}")
        return seconds

    @staticmethod
    def _write_timestamp(value: Any, fmt: str) -> Any:
        if isinstance(value, datetime):
            value = value.timestamp()
        if fmt == "iso8601":
            return iso8601(value)
        if fmt == "rfc822":
            return format_datetime(datetime.fromtimestamp(int(value), timezone.utc), usegmt=True)
        return round(value, 3)


def iso8601(seconds: float) -> str:
    """``2024-05-01T20:37:46.125Z`` (the fraction only when there is one)."""
    moment = datetime.fromtimestamp(round(seconds, 3), timezone.utc)
    text = moment.strftime("%Y-%m-%dT%H:%M:%S")
    millis = moment.microsecond // 1000
    return f"{text}.{millis:03d}Z" if millis else f"{text}Z"


def _timestamp_seconds(value: Any, fmt: str) -> float | None:
    """Epoch seconds of a wire timestamp in ``fmt``, or None when it is not one."""
    if fmt in ("iso8601", "rfc822"):
        if not isinstance(value, str):
            return None
        try:
            if fmt == "rfc822":
                moment = parsedate_to_datetime(value)
            else:
                moment = datetime.fromisoformat(
                    value.replace("Z", "+00:00").replace("z", "+00:00")
                )
        except (TypeError, ValueError, IndexError):
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        return moment.timestamp()
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return float(value)


def _check_string(shape: Mapping[str, Any], value: str, path: str) -> Iterator[Problem]:
    enum = shape.get("enum")
    if enum is not None and value not in enum:
        shown = ", ".join(enum[:12]) + (", ..." if len(enum) > 12 else "")
        yield Problem(path, "enum", f"is not one of {shown}")
        return
    yield from _length(shape, len(value), path, "characters")
    pattern = shape.get("pattern")
    if pattern is not None and compile_pattern(pattern).fullmatch(value) is None:
        yield Problem(path, "pattern", f"does not match the pattern {pattern}")


def _check_number(shape: Mapping[str, Any], kind: str, value: Any, path: str) -> Iterator[Problem]:
    bound = _INTEGER_BOUNDS.get(kind)
    if bound is not None and not -bound <= value < bound:
        yield Problem(path, "range", f"does not fit a {kind}")
        return
    if isinstance(value, str):  # NaN and the infinities, as awsJson writes them
        return
    low, high = shape.get("min"), shape.get("max")
    if (low is not None and value < low) or (high is not None and value > high):
        yield Problem(path, "range", f"is not within {_bounds(low, high)}")


def _length(shape: Mapping[str, Any], size: int, path: str, unit: str) -> Iterator[Problem]:
    low, high = shape.get("min"), shape.get("max")
    counted = unit in ("items", "entries")  # a collection: too few or too many of them
    if low is not None and size < low:
        kind = "too_few" if counted else "length"
    elif high is not None and size > high:
        kind = "too_many" if counted else "length"
    else:
        return
    yield Problem(path, kind, f"has {size} {unit}, allowed {_bounds(low, high)}")


def _bounds(low: float | None, high: float | None) -> str:
    if high is None:
        return f"at least {low}"
    if low is None:
        return f"at most {high}"
    return f"{low} to {high}"


def _describe(value: Any) -> str:
    """The JSON type of ``value``, never the value itself (it may be sensitive)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _is_integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    if isinstance(value, str):
        return value in _NUMBER_WORDS
    return isinstance(value, (int, float)) and not isinstance(value, bool)


_WIRE_TYPES: dict[str, Callable[[Any], bool]] = {
    "structure": lambda value: isinstance(value, dict),
    "union": lambda value: isinstance(value, dict),
    "list": lambda value: isinstance(value, list),
    "map": lambda value: isinstance(value, dict),
    "string": lambda value: isinstance(value, str),
    "boolean": lambda value: isinstance(value, bool),
    "blob": lambda value: isinstance(value, str),
    "byte": _is_integer,
    "short": _is_integer,
    "integer": _is_integer,
    "long": _is_integer,
    "float": _is_number,
    "double": _is_number,
}
_KIND_WORDS = {
    "structure": "an object",
    "union": "an object with one member",
    "list": "a list",
    "map": "an object",
    "string": "a string",
    "boolean": "a boolean",
    "blob": "base64 text",
    "byte": "an integer",
    "short": "an integer",
    "integer": "an integer",
    "long": "an integer",
    "float": "a number",
    "double": "a number",
}
