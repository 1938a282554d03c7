"""What a waiter's JMESPath expression finds in an operation's output, worked out from the shapes.

A path acceptor (``path``, ``pathAll``, ``pathAny``) searches the output's wire-name dict
(what boto3 returns) and compares what it finds with ``expected``. A member name
misspelt, a field taken of a list, or an enum value that does not exist compiles and
runs, but never matches: the waiter then waits for nothing until it times out. So each
expression is followed here through the model's shapes, and what it yields is checked
against the matcher and the expected value, when the model is loaded:

- every field names a member of the structure it is taken of;
- ``path`` yields a single value, ``pathAll``/``pathAny`` a list (a projection or a
  list member);
- the expected value is of the type found, and one of the enum's values for an enum
  (so are the string literals a filter compares an enum member with).

What cannot be known from the shapes (a multi-select, most functions' results, a value
of a document) is accepted as anything.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .ir import Shape

NUMBER_KINDS = frozenset({"integer", "long", "float", "double"})
# What the JMESPath functions return, where it does not depend on the arguments.
_FUNCTION_RESULTS = {
    "length": "number",
    "abs": "number",
    "ceil": "number",
    "floor": "number",
    "sum": "number",
    "avg": "number",
    "to_number": "number",
    "contains": "boolean",
    "starts_with": "boolean",
    "ends_with": "boolean",
    "to_string": "string",
    "join": "string",
    "type": "string",
}


class WaiterPathError(Exception):
    """An acceptor's expression or expected value does not fit the output's shapes."""

    def __init__(self, problem: str, hint: str) -> None:
        super().__init__(problem)
        self.problem = problem
        self.hint = hint


@dataclass(frozen=True)
class Found:
    """What an expression yields: a value of the model shape ``shape``, a plain JSON
    ``kind`` ("boolean", "number", "string", "any"), or a list of ``element``.

    ``literal`` is the text of a string literal (a filter may compare an enum with it).
    """

    shape: str = ""
    kind: str = "any"
    element: Found | None = None
    literal: str | None = None


ANYTHING = Found()
_BOOLEAN = Found(kind="boolean")


def check_acceptor(
    shapes: Mapping[str, Shape],
    output: str | None,
    matcher: str,
    argument: str,
    expected: object,
    parsed: dict[str, Any],
) -> None:
    """Raise :class:`WaiterPathError` unless the path acceptor can match an output.

    ``parsed`` is ``argument`` compiled by jmespath (its AST); ``output`` is the
    operation's output shape (None: the operation returns nothing, searched as ``{}``).
    """
    found = _Walk(shapes, argument).found(parsed, Found(shape=output) if output else Found())
    if matcher == "path":
        if _is_list(shapes, found):
            raise WaiterPathError(
                f"{argument!r} yields a list, which never equals {expected!r}",
                "use the pathAll or pathAny matcher, or an expression that yields one value",
            )
        _check_value(shapes, found, expected, argument)
        return
    element = _element(shapes, found)
    if element is None:
        raise WaiterPathError(
            f"{argument!r} yields {_describe(shapes, found)}, not a list, so {matcher} never "
            "matches",
            "use the path matcher, or project a list (Items[].Status)",
        )
    _check_value(shapes, element, expected, argument)


class _Walk:
    """Follows one expression's AST through the shapes."""

    def __init__(self, shapes: Mapping[str, Shape], expression: str) -> None:
        self.shapes = shapes
        self.expression = expression

    def found(self, node: dict[str, Any], current: Found) -> Found:
        """What ``node`` yields when evaluated against a value like ``current``."""
        kind = node["type"]
        children: list[Any] = node.get("children", [])
        if kind == "field":
            return self.field(node["value"], current)
        if kind in ("subexpression", "pipe"):  # a.b.c is one subexpression of three fields
            for child in children:
                current = self.found(child, current)
            return current
        if kind in ("identity", "current"):
            return current
        if kind == "literal":
            return _literal(node["value"])
        if kind == "index_expression":
            return self.index(children, current)
        if kind == "flatten":
            return self.flatten(self.found(children[0], current))
        if kind in ("projection", "filter_projection"):
            return self.projection(kind, children, current)
        if kind == "value_projection":
            self.found(children[0], current)
            return Found(element=self.found(children[1], ANYTHING))
        if kind == "comparator":
            self.comparison(self.found(children[0], current), self.found(children[1], current))
            return _BOOLEAN
        if kind in ("and_expression", "or_expression"):
            sides = [self.found(child, current) for child in children]
            return _BOOLEAN if all(side == _BOOLEAN for side in sides) else ANYTHING
        if kind == "not_expression":
            self.found(children[0], current)
            return _BOOLEAN
        if kind == "function_expression":
            return self.function(node["value"], children, current)
        if kind == "multi_select_list":
            for child in children:
                self.found(child, current)
            return Found(element=ANYTHING)
        for child in children:  # multi_select_dict and its key_val_pairs, expref
            if isinstance(child, dict):
                self.found(child, current)
        return ANYTHING

    def field(self, name: str, current: Found) -> Found:
        if current.shape == "" and current.element is None:
            if current.kind == "any":
                return ANYTHING
            raise self.error(f"{name!r} is taken of a {current.kind}", "take it of a structure")
        shape = self.shapes.get(current.shape)
        if shape is None or _is_list(self.shapes, current):
            raise self.error(
                f"{name!r} is taken of {_describe(self.shapes, current)}, which has no fields",
                f"project the list first ({name!r} of each item: [].{name})",
            )
        if shape.kind == "map":
            return Found(shape=shape.value_target)
        if shape.kind == "document":
            return ANYTHING
        if shape.kind not in ("structure", "union"):
            raise self.error(
                f"{name!r} is taken of the {shape.kind} shape {shape.name!r}, which has no fields",
                "take it of a structure",
            )
        members = {member.wire_name: member.target for member in shape.members}
        if name not in members:
            close = difflib.get_close_matches(name, list(members), n=1)
            raise self.error(
                f"{shape.name!r} has no member {name!r}",
                f"did you mean {close[0]!r}?" if close else f"use one of {', '.join(members)}",
            )
        return Found(shape=members[name])

    def index(self, children: list[dict[str, Any]], current: Found) -> Found:
        found = self.found(children[0], current)
        element = _element(self.shapes, found)
        if element is None:
            if found == ANYTHING:
                return ANYTHING
            raise self.error(
                f"an index or slice is taken of {_describe(self.shapes, found)}", "index a list"
            )
        return found if children[1]["type"] == "slice" else element

    def flatten(self, found: Found) -> Found:
        element = _element(self.shapes, found)
        if element is None:
            if found == ANYTHING:
                return Found(element=ANYTHING)
            raise self.error(f"[] flattens {_describe(self.shapes, found)}", "flatten a list")
        inner = _element(self.shapes, element)
        return Found(element=inner if inner is not None else element)

    def projection(self, kind: str, children: list[dict[str, Any]], current: Found) -> Found:
        found = self.found(children[0], current)
        element = _element(self.shapes, found)
        if element is None:
            if found != ANYTHING:
                raise self.error(
                    f"a projection is taken of {_describe(self.shapes, found)}", "project a list"
                )
            element = ANYTHING
        if kind == "filter_projection":
            self.found(children[2], element)
        return Found(element=self.found(children[1], element))

    def comparison(self, left: Found, right: Found) -> None:
        """A string literal compared with a member must be a value it can hold."""
        for member, other in ((left, right), (right, left)):
            if other.literal is not None and member.shape:
                _check_value(self.shapes, member, other.literal, self.expression)

    def function(self, name: str, children: list[dict[str, Any]], current: Found) -> Found:
        arguments = [self.found(child, current) for child in children]
        kind = _FUNCTION_RESULTS.get(name)
        if kind is not None:
            return Found(kind=kind)
        if name in ("sort", "reverse") and arguments:
            return arguments[0]
        return ANYTHING

    def error(self, problem: str, hint: str) -> WaiterPathError:
        return WaiterPathError(f"in {self.expression!r}: {problem}", hint)


def _literal(value: object) -> Found:
    """A literal's type; a string literal keeps its text, for the enum check."""
    if isinstance(value, bool):
        return _BOOLEAN
    if isinstance(value, (int, float)):
        return Found(kind="number")
    if isinstance(value, str):
        return Found(kind="string", literal=value)
    return ANYTHING


def _is_list(shapes: Mapping[str, Shape], found: Found) -> bool:
    return _element(shapes, found) is not None


def _element(shapes: Mapping[str, Shape], found: Found) -> Found | None:
    """What each item of ``found`` is, when ``found`` is a list; else None."""
    if found.element is not None:
        return found.element
    shape = shapes.get(found.shape)
    if shape is not None and shape.kind == "list":
        return Found(shape=shape.member_target)
    return None


def _check_value(shapes: Mapping[str, Shape], found: Found, expected: object, where: str) -> None:
    """``expected`` is a value ``found`` can hold (an enum's value, a number, a boolean...)."""
    shape = shapes.get(found.shape)
    kind = shape.kind if shape is not None else found.kind
    if kind in ("any", "document"):
        return
    if kind == "enum" and shape is not None:
        values = [value.value for value in shape.enum_values]
        if expected not in values:
            raise WaiterPathError(
                f"{expected!r} is not a value of the enum {shape.name!r} that {where!r} yields",
                f"use one of {', '.join(map(repr, values))}",
            )
        return
    if kind in NUMBER_KINDS or kind == "number":
        fits = isinstance(expected, (int, float)) and not isinstance(expected, bool)
    elif kind in ("string", "boolean"):
        fits = isinstance(expected, str if kind == "string" else bool)
    else:  # a structure, map, list, timestamp or blob never equals a JSON scalar
        fits = False
    if not fits:
        raise WaiterPathError(
            f"{where!r} yields {_describe(shapes, found)}, which never equals {expected!r}",
            "expect a value of that type, or change the expression",
        )


def _describe(shapes: Mapping[str, Shape], found: Found) -> str:
    """``found`` in words: ``a list``, ``the string shape 'Name'``, ``a boolean``."""
    if found.element is not None:
        return "a list"
    shape = shapes.get(found.shape)
    if shape is not None:
        return f"the {shape.kind} shape {shape.name!r}"
    return "a value" if found.kind == "any" else f"a {found.kind}"
