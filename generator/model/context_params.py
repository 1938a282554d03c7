"""Endpoint context parameters in Python terms: the code that reads them from a typed input.

A botocore model binds endpoint rule-set parameters to an operation's input:
``contextParam`` on an input member, or ``operationContextParams`` with a
JMESPath expression over the input (``TransactItems[*].Get.TableName``,
``keys(RequestItems)``). The generated package evaluates no JMESPath: each
binding is resolved here, against the shapes, into a Python expression over
the typed input ``params`` (Python attribute names, the steps of
``runtime/config/context_params.py``), and its result is checked against the
parameter's declared type, so a wrong binding fails the generation instead
of a user's call.

The subset accepted is what models use: member names joined by dots,
projections (``[*]``), flattening (``[]``), multi-select lists (``[a, b]``)
and ``keys()`` of a map. Anything else (filters, slices, indexes, other
functions, unions on the way) is refused when the model is loaded.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .ir import EndpointBinding, EndpointParameterType, Shape

ROOT = "params"
"""The name of the typed input in the generated code."""

MODULE = "_cp"
"""The name the generated code imports ``runtime/config/context_params.py`` as."""

PARAMETER_TYPES: dict[str, EndpointParameterType] = {
    "string": "string",
    "boolean": "boolean",
    "stringarray": "stringArray",
}
"""A rule set's parameter types, lower-cased (the schema allows no others) -> the IR's spelling."""


@dataclass(frozen=True)
class _Type:
    """What an expression's value is: a value of model shape ``shape``, or a list of ``element``."""

    shape: str = ""
    element: _Type | None = None


@dataclass(frozen=True)
class _Compiled:
    code: str
    type: _Type


def binding_code(
    shapes: dict[str, Shape], input_name: str | None, binding: EndpointBinding
) -> str:
    """The Python expression giving ``binding``'s value for a call whose input is ``input_name``.

    Raises :class:`ValueError` saying what is wrong when the binding cannot be
    resolved or its value does not have the parameter's type.
    """
    if binding.source == "static":
        value = binding.value
        if _static_type(value) != binding.type:
            raise ValueError(
                f"the value {value!r} is not a {binding.type}, the type of {binding.parameter}"
            )
        return repr(value)
    if input_name is None:
        raise ValueError(f"the operation has no input to read {binding.parameter} from")
    compiled = _compile(
        _parse(binding.path),
        _Compiled(ROOT, _of_shape(shapes, input_name)),
        shapes,
        binding.path,
        _names(),
    )
    found = _describe(shapes, compiled.type)
    if _parameter_type(shapes, compiled.type) != binding.type:
        raise ValueError(
            f"{binding.path!r} gives {found}, but {binding.parameter} is a {binding.type}"
        )
    return compiled.code


def _static_type(value: object) -> EndpointParameterType | None:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, str):
        return "string"
    if isinstance(value, tuple) and all(isinstance(item, str) for item in value):
        return "stringArray"
    return None


def _parse(expression: str) -> dict[str, Any]:
    """The JMESPath syntax tree of ``expression`` (ValueError when it does not parse)."""
    import jmespath  # type: ignore[import-untyped]
    from jmespath.exceptions import JMESPathError  # type: ignore[import-untyped]

    try:
        tree: dict[str, Any] = jmespath.compile(expression).parsed
    except JMESPathError as error:
        first = str(error).splitlines()[0].removesuffix(":").removesuffix(", for expression")
        raise ValueError(f"{expression!r} is not a valid JMESPath expression: {first}") from None
    return tree


def _names() -> Iterator[str]:
    """Fresh names for the generated lambdas' arguments."""
    number = 0
    while True:
        number += 1
        yield f"v{number}"


def _of_shape(shapes: dict[str, Shape], name: str) -> _Type:
    """The type of a value of shape ``name``: model lists become lists of their elements."""
    shape = shapes[name]
    if shape.kind == "list":
        return _Type(element=_of_shape(shapes, shape.member_target))
    return _Type(shape=name)


def _compile(
    node: dict[str, Any],
    current: _Compiled,
    shapes: dict[str, Shape],
    expression: str,
    names: Iterator[str],
) -> _Compiled:
    """Compile the syntax tree ``node``, applied to the value ``current``."""
    kind = node["type"]
    children = node["children"]
    if kind == "identity":
        return current
    if kind == "subexpression":
        left = _compile(children[0], current, shapes, expression, names)
        return _compile(children[1], left, shapes, expression, names)
    if kind == "field":
        return _field(node["value"], current, shapes, expression)
    if kind == "projection":
        left = _list(_compile(children[0], current, shapes, expression, names), shapes, expression)
        name = next(names)
        assert left.type.element is not None
        each = _compile(children[1], _Compiled(name, left.type.element), shapes, expression, names)
        return _Compiled(
            f"{MODULE}.project({left.code}, lambda {name}: {each.code})", _Type(element=each.type)
        )
    if kind == "flatten":
        inner = _list(
            _compile(children[0], current, shapes, expression, names), shapes, expression
        )
        element = inner.type.element
        assert element is not None
        return _Compiled(
            f"{MODULE}.flatten({inner.code})", _Type(element=element.element or element)
        )
    if kind == "multi_select_list":
        name = next(names)
        items = [
            _compile(child, _Compiled(name, current.type), shapes, expression, names)
            for child in children
        ]
        kinds = {_describe(shapes, item.type) for item in items}
        if len(kinds) != 1:
            raise ValueError(
                f"{expression!r}: the multi-select list mixes {' and '.join(sorted(kinds))}"
            )
        codes = ", ".join(item.code for item in items)
        return _Compiled(
            f"{MODULE}.select({current.code}, lambda {name}: [{codes}])",
            _Type(element=items[0].type),
        )
    if kind == "function_expression" and node["value"] == "keys" and len(children) == 1:
        argument = _compile(children[0], current, shapes, expression, names)
        shape = shapes.get(argument.type.shape)
        if shape is None or shape.kind != "map":
            raise ValueError(
                f"{expression!r}: keys() applies to {_describe(shapes, argument.type)}, not a map"
            )
        return _Compiled(
            f"{MODULE}.keys({argument.code})", _Type(element=_Type(shape=shape.key_target))
        )
    what = f"the function {node['value']}()" if kind == "function_expression" else kind
    raise ValueError(
        f"{expression!r}: {what.replace('_', ' ')} is not supported; supported are member "
        "names joined by dots, [*], [], [a, b] and keys()"
    )


def _field(name: str, current: _Compiled, shapes: dict[str, Shape], expression: str) -> _Compiled:
    """``.name`` on a structure value (the input itself is never absent; other values may be)."""
    shape = shapes.get(current.type.shape)
    if shape is None or shape.kind != "structure":
        raise ValueError(
            f"{expression!r}: .{name} applies to {_describe(shapes, current.type)}, "
            "not a structure"
        )
    member = next((m for m in shape.members if m.wire_name == name), None)
    if member is None:
        raise ValueError(f"{expression!r}: {shape.name!r} has no member {name!r}")
    if current.code == ROOT:
        code = f"{ROOT}.{member.python_name}"
    else:
        code = f"{MODULE}.field({current.code}, {member.python_name!r})"
    return _Compiled(code, _of_shape(shapes, member.target))


def _list(compiled: _Compiled, shapes: dict[str, Shape], expression: str) -> _Compiled:
    """``compiled``, checked to be a list (what [*] and [] apply to)."""
    if compiled.type.element is None:
        raise ValueError(
            f"{expression!r}: [*] and [] apply to lists, not to "
            f"{_describe(shapes, compiled.type)}"
        )
    return compiled


def _describe(shapes: dict[str, Shape], value: _Type) -> str:
    """A value's type as messages name it: ``a string``, ``a list of structure 'X'``."""
    noun = _noun(shapes, value)
    return f"{'an' if noun[0] in 'aeio' else 'a'} {noun}"  # "a union", "an integer"


def _noun(shapes: dict[str, Shape], value: _Type) -> str:
    if value.element is not None:
        return f"list of {_noun(shapes, value.element)}"
    shape = shapes[value.shape]
    if shape.kind in ("structure", "union", "map", "enum"):
        return f"{shape.kind} {shape.name!r}"
    return shape.kind


def _parameter_type(shapes: dict[str, Shape], value: _Type) -> EndpointParameterType | None:
    """The rule-set type a value of this type can be passed as (None: none)."""
    if value.element is not None:
        inner = _parameter_type(shapes, value.element)
        return "stringArray" if inner == "string" else None
    kind = shapes[value.shape].kind
    if kind in ("string", "enum"):
        return "string"
    if kind == "boolean":
        return "boolean"
    return None
