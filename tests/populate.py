"""Fully populated test values for botocore shapes, built from the raw model JSON.

``populate(shapes, name, variant=...)`` gives the boto3-style value of a shape
(wire member names, ``datetime`` timestamps, ``bytes`` blobs) with *every*
member of every structure set, lists of two elements and maps of two entries
(or the shape's ``min`` length, at most its ``max``).
Unions get exactly one member; which one rotates with ``variant`` (and with
the list index, so the two elements of a list differ), so running variants
``0 .. union_variants(...) - 1`` exercises every member of every union.
Recursive shapes stop after ``max_depth`` nested occurrences of the same
structure: past that, optional members that lead back into the cycle are
omitted, a union takes a member that does not lead back (Glue's
``SearchFilter``, whose ``And`` and ``Or`` hold more of them) and a list or
map that leads back is left empty. Numbers keep
within the shape's ``min``/``max`` (clients refuse values out of range), and a
string an endpoint rule set reads (``contextParam``) is a host label when its
pattern allows one.

``to_wire_json(shapes, name, value)`` turns such a value into what an awsJson
service sends: timestamps per ``timestampFormat`` (member, then shape, default
epoch seconds), blobs as base64.

``union_choices(shapes, name, value)`` lists the (union shape, member) pairs a
value uses, for checking that the variants cover every union member.

The helpers read only the raw ``shapes`` dict of the model and never import
botocore or the generated client: they must not share a bug with either side.
"""

from __future__ import annotations

import base64
import math
import re
import uuid
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from functools import lru_cache
from typing import Any, Iterator

__all__ = [
    "populate",
    "same_instants",
    "to_wire_json",
    "union_choices",
    "union_variants",
    "walk_timestamps",
]

BASE_TIME = datetime(2023, 5, 1, 20, 37, 46, tzinfo=timezone.utc)
DEFAULT_MAX_DEPTH = 4


def populate(
    shapes: dict[str, Any],
    shape_name: str,
    *,
    variant: int = 0,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> Any:
    """A fully populated boto3-style value of ``shape_name``."""
    return _Populator(shapes, variant, max_depth).value(shape_name, {}, shape_name, 0, [])


class _Populator:
    def __init__(self, shapes: dict[str, Any], variant: int, max_depth: int) -> None:
        self.shapes = shapes
        self.variant = variant
        self.max_depth = max_depth
        self.counter = 0
        self.reaches = _reachability(_freeze(shapes))

    def tick(self) -> int:
        self.counter += 1
        return self.counter

    def value(self, name: str, ref: dict[str, Any], path: str, rot: int, stack: list[str]) -> Any:
        shape = self.shapes[name]
        kind = shape["type"]
        if kind == "structure":
            if shape.get("document"):
                return self.document(path)
            if shape.get("union"):
                return self.union(name, shape, path, rot, stack)
            return self.structure(name, shape, path, rot, stack)
        if kind == "list":
            member = shape["member"]
            if self.closes_cycle(member["shape"], stack):
                return []
            return [
                self.value(member["shape"], member, f"{path}[{i}]", rot + i, stack)
                for i in range(_count(shape))
            ]
        if kind == "map":
            key_ref, value_ref = shape["key"], shape["value"]
            if self.closes_cycle(value_ref["shape"], stack):
                return {}
            result = {}
            for i in range(_count(shape)):
                key = self.value(key_ref["shape"], key_ref, f"{path}.key{i}", rot + i, stack)
                result[key] = self.value(
                    value_ref["shape"], value_ref, f"{path}[{key}]", rot + i, stack
                )
            return result
        if kind == "string":
            return self.string(shape, ref, path, rot)
        if kind in ("integer", "long", "short", "byte"):
            return self.integer(kind, shape)
        if kind in ("double", "float"):
            return self.fraction(shape)
        if kind == "boolean":
            return self.tick() % 2 == 1
        if kind == "timestamp":
            return self.timestamp(_timestamp_format(shape, ref))
        if kind == "blob":
            return f"blob:{path}".encode() + b"\x00\xff\x10"
        raise ValueError(f"populate: unsupported shape type {kind!r} ({name})")

    def closes_cycle(self, element: str, stack: list[str]) -> bool:
        """Whether ``element`` leads back to a shape of ``stack`` at the recursion limit.

        A list or map of such elements is left empty: the one way out of a cycle whose
        other edges are required members or unions that lead back.
        """
        return any(
            stack.count(name) >= self.max_depth and name in self.reaches[element]
            for name in set(stack)
        )

    def structure(
        self, name: str, shape: dict[str, Any], path: str, rot: int, stack: list[str]
    ) -> Any:
        stack = stack + [name]
        deep = stack.count(name) >= self.max_depth
        required = set(shape.get("required", ()))
        result = {}
        for member, ref in shape["members"].items():
            if deep and member not in required and name in self.reaches[ref["shape"]]:
                continue  # recursion limit: stop going round the cycle
            sub = f"{path}.{member}"
            if ref.get("idempotencyToken"):
                result[member] = str(uuid.UUID(int=self.tick(), version=4))
            else:
                result[member] = self.value(ref["shape"], ref, sub, rot, stack)
        return result

    def union(
        self, name: str, shape: dict[str, Any], path: str, rot: int, stack: list[str]
    ) -> Any:
        members = list(shape["members"].items())
        if stack.count(name) + 1 >= self.max_depth:
            # recursion limit: a member that leads back into the cycle would never end
            # (Glue's SearchFilter: And and Or hold SearchFilters), so take one that does not
            members = [
                (member, ref) for member, ref in members if name not in self.reaches[ref["shape"]]
            ] or members
        member, ref = members[(self.variant + rot) % len(members)]
        return {member: self.value(ref["shape"], ref, f"{path}.{member}", rot, stack + [name])}

    def string(self, shape: dict[str, Any], ref: dict[str, Any], path: str, rot: int) -> str:
        if "enum" in shape:
            values: list[str] = shape["enum"]
            return values[(self.variant + rot) % len(values)]
        text = f"{path}~v{self.variant}"
        if "contextParam" in ref:
            # an endpoint rule set reads it: a value its rules accept, a host label where
            # the model's pattern allows one (EventBridge's EndpointId: "abcde.veo")
            label = f"p{self.tick()}.v{self.variant}"
            if re.fullmatch(shape.get("pattern", ".*").strip("^$"), label):
                text = label
        low, high = shape.get("min", 0), shape.get("max")
        if high is not None and len(text) > high:
            text = text[-high:]  # the tail keeps the distinctive part of the path
        if len(text) < low:
            text = text + "x" * (low - len(text))
        return text

    def integer(self, kind: str, shape: dict[str, Any]) -> int:
        n = self.tick()
        low, high = shape.get("min"), shape.get("max")
        if low is not None or high is not None:
            low = 0 if low is None else low
            high = low + 1000 if high is None else high
            return low + n % (high - low + 1)
        if kind == "long":
            return 10_000_000_000 + n  # beyond 32 bits
        return 100 + n

    def fraction(self, shape: dict[str, Any]) -> float:
        """A double or float with a fraction, inside the shape's ``min``/``max`` range."""
        n = self.tick() + 0.5
        low, high = shape.get("min"), shape.get("max")
        if low is None and high is None:
            return n
        low = 0.0 if low is None else float(low)
        span = 1000.0 if high is None else float(high) - low
        return low + n % span if span > 0 else low

    def timestamp(self, fmt: str) -> datetime:
        n = self.tick()
        moment = BASE_TIME + timedelta(days=n, minutes=n)
        if n % 2 == 0 and fmt != "rfc822":  # every other one carries milliseconds
            moment = moment.replace(microsecond=(n * 37 % 999 + 1) * 1000)  # 1..999 ms
        return moment

    def document(self, path: str) -> Any:
        return {
            "path": path,
            "n": self.tick(),
            "pi": 3.25,
            "ok": True,
            "none": None,
            "list": [1, "two", {"three": [3]}],
            "nested": {"deep": {"deeper": "x"}},
        }


def _count(shape: dict[str, Any]) -> int:
    """Two elements, or as many as the shape's ``min``/``max`` length allow (EVS: 4 hosts)."""
    return min(max(2, shape.get("min", 0)), shape.get("max", 2**31))


def union_variants(shapes: dict[str, Any], shape_name: str) -> int:
    """How many variants cover every member of every union reachable from the shape."""
    frozen = _freeze(shapes)
    reach = _reachable_from(frozen, shape_name)
    sizes = [len(shapes[n]["members"]) for n in reach if shapes[n].get("union")]
    return max(sizes, default=1)


_FRACTION = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d*?)0*Z$")


def same_instants(wire: Any) -> Any:
    """``wire`` with ISO-8601 fractions cut of trailing zeros (botocore writes six digits,
    the generated client the milliseconds: the same instant)."""
    if isinstance(wire, dict):
        return {key: same_instants(value) for key, value in wire.items()}
    if isinstance(wire, list):
        return [same_instants(value) for value in wire]
    if isinstance(wire, str) and (match := _FRACTION.match(wire)):
        return match.group(1) + match.group(2).rstrip(".") + "Z"
    return wire


def to_wire_json(shapes: dict[str, Any], shape_name: str, value: Any) -> Any:
    """The awsJson wire form of a populated value."""
    return _wire(shapes, shape_name, {}, value)


def _wire(shapes: dict[str, Any], name: str, ref: dict[str, Any], value: Any) -> Any:
    if value is None:
        return None
    shape = shapes[name]
    kind = shape["type"]
    if kind == "structure":
        if shape.get("document"):
            return value
        result = {}
        for member, member_value in value.items():
            member_ref = shape["members"][member]
            wire_name = member_ref.get("locationName", member)
            result[wire_name] = _wire(shapes, member_ref["shape"], member_ref, member_value)
        return result
    if kind == "list":
        member_ref = shape["member"]
        return [_wire(shapes, member_ref["shape"], member_ref, item) for item in value]
    if kind == "map":
        value_ref = shape["value"]
        return {
            key: _wire(shapes, value_ref["shape"], value_ref, item) for key, item in value.items()
        }
    if kind == "timestamp":
        return _timestamp_to_wire(value, _timestamp_format(shape, ref))
    if kind == "blob":
        return base64.b64encode(value).decode("ascii")
    if kind in ("double", "float") and isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    return value


def _timestamp_to_wire(moment: datetime, fmt: str) -> Any:
    moment = moment.astimezone(timezone.utc)
    if fmt == "iso8601":
        text = moment.strftime("%Y-%m-%dT%H:%M:%S")
        if moment.microsecond:
            text += f".{moment.microsecond // 1000:03d}"
        return text + "Z"
    if fmt == "rfc822":
        return format_datetime(moment, usegmt=True)
    if fmt == "unixTimestamp":
        whole = int((moment - datetime(1970, 1, 1, tzinfo=timezone.utc)).total_seconds() // 1)
        if moment.microsecond:
            return whole + moment.microsecond // 1000 / 1000
        return whole
    raise ValueError(f"unknown timestampFormat {fmt!r}")


def _timestamp_format(shape: dict[str, Any], ref: dict[str, Any]) -> str:
    return ref.get("timestampFormat") or shape.get("timestampFormat") or "unixTimestamp"


def union_choices(shapes: dict[str, Any], shape_name: str, value: Any) -> set[tuple[str, str]]:
    """The (union shape, member) pairs a populated value uses."""
    found: set[tuple[str, str]] = set()
    for name, _ref, item in _walk(shapes, shape_name, {}, value):
        if shapes[name].get("union"):
            found.update((name, member) for member in item)
    return found


def walk_timestamps(
    shapes: dict[str, Any], shape_name: str, value: Any
) -> Iterator[tuple[str, Any]]:
    """(timestampFormat, value) of every timestamp in a value (boto3-style or wire)."""
    for name, ref, item in _walk(shapes, shape_name, {}, value):
        if shapes[name]["type"] == "timestamp":
            yield _timestamp_format(shapes[name], ref), item


def _walk(
    shapes: dict[str, Any], name: str, ref: dict[str, Any], value: Any
) -> Iterator[tuple[str, dict[str, Any], Any]]:
    if value is None:
        return
    yield name, ref, value
    shape = shapes[name]
    kind = shape["type"]
    if kind == "structure" and not shape.get("document"):
        for member, item in value.items():
            member_ref = shape["members"].get(member)
            if member_ref is not None:
                yield from _walk(shapes, member_ref["shape"], member_ref, item)
    elif kind == "list":
        for item in value:
            yield from _walk(shapes, shape["member"]["shape"], shape["member"], item)
    elif kind == "map":
        for item in value.values():
            yield from _walk(shapes, shape["value"]["shape"], shape["value"], item)


# -- shape graph -----------------------------------------------------------------


class _Frozen:
    """A hashable handle on a shapes dict, for caching the graph analysis."""

    def __init__(self, shapes: dict[str, Any]) -> None:
        self.shapes = shapes

    def __hash__(self) -> int:
        return id(self.shapes)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Frozen) and other.shapes is self.shapes


_FROZEN: dict[int, _Frozen] = {}


def _freeze(shapes: dict[str, Any]) -> _Frozen:
    frozen = _FROZEN.get(id(shapes))
    if frozen is None or frozen.shapes is not shapes:
        frozen = _FROZEN[id(shapes)] = _Frozen(shapes)
    return frozen


def _children(shape: dict[str, Any]) -> list[str]:
    kind = shape["type"]
    if kind == "structure":
        return [ref["shape"] for ref in shape.get("members", {}).values()]
    if kind == "list":
        return [shape["member"]["shape"]]
    if kind == "map":
        return [shape["key"]["shape"], shape["value"]["shape"]]
    return []


def _reachable_from(frozen: _Frozen, start: str) -> set[str]:
    seen = {start}
    todo = [start]
    while todo:
        for child in _children(frozen.shapes[todo.pop()]):
            if child not in seen:
                seen.add(child)
                todo.append(child)
    return seen


@lru_cache(maxsize=8)
def _reachability(frozen: _Frozen) -> dict[str, set[str]]:
    """For each shape, the shapes reachable from it (itself included)."""
    return {name: _reachable_from(frozen, name) for name in frozen.shapes}
