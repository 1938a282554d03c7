"""Waiters files (botocore's ``waiters-2.json`` format) read into the IR and checked against it.

Two files take this format: the model's own ``waiters-2.json`` (read by the botocore
front end) and a service's supplementary ``customizations/waiters-2.json`` (waiters the
model lacks, read for every front end by :mod:`.customization`). Both go through
:func:`read_waiters`, so both get the same checks after the same JSON Schema: the name
is a Python identifier whose wait method is a name of its own, the operation exists,
no input member takes the name of a waiter option, and every path acceptor's JMESPath
expression compiles and can match the operation's output
(:mod:`generator.model.waiter_paths`). Each problem names the file, the JSON pointer
and what to do.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import ModelError, json_pointer
from ..model import naming
from ..model.ir import Acceptor, Operation, Shape, Waiter
from ..model.waiter_paths import WaiterPathError, check_acceptor

WAITERS_FILE = "waiters-2.json"
# The keyword arguments every wait method takes besides the operation's input.
WAITER_OPTIONS = frozenset({"delay", "max_attempts", "max_wait"})
PATH_MATCHERS = frozenset({"path", "pathAll", "pathAny"})


def read_waiters(
    raw: Mapping[str, Any],
    file: Path,
    operations: Sequence[Operation],
    shapes: Mapping[str, Shape],
    *,
    skipped: Collection[str] = (),
    taken: Mapping[str, str] | None = None,
) -> dict[str, Waiter]:
    """The waiters of a schema-valid waiters document ``raw``, checked against the model.

    ``skipped`` are operations left out of the package: their waiters are left out
    too. ``taken`` maps the method names already in use (besides the operations') to
    what uses them, so a waiter cannot take one.
    """
    by_name = {operation.name: operation for operation in operations}
    methods = {operation.method_name: operation.name for operation in operations}
    methods.update(taken or {})
    result = {}
    for name, spec in sorted(raw.get("waiters", {}).items()):
        pointer = json_pointer("waiters", name)
        method_name = _method_name(name, methods, file, pointer)
        methods[method_name] = name
        operation = by_name.get(spec["operation"])
        if operation is None:
            if spec["operation"] in skipped:
                continue
            raise ModelError(
                file,
                pointer + "/operation",
                f"waiter {name!r} polls the unknown operation {spec['operation']!r}",
                "name an operation of the model",
            )
        _check_options(operation, shapes, file, pointer)
        acceptors = tuple(
            _acceptor(
                acceptor, operation, shapes, file, json_pointer("waiters", name, "acceptors", i)
            )
            for i, acceptor in enumerate(spec["acceptors"])
        )
        result[name] = Waiter(
            name=name,
            method_name=method_name,
            operation=operation.name,
            delay=spec["delay"],
            max_attempts=spec["maxAttempts"],
            acceptors=acceptors,
            description=spec.get("description", ""),
        )
    return result


def _method_name(name: str, methods: Mapping[str, str], file: Path, pointer: str) -> str:
    """The wait method of waiter ``name``: a valid name no operation or waiter has."""
    method_name = naming.waiter_method_name(name)
    if method_name in methods:
        problem = f"the wait method {method_name!r} is also the method of {methods[method_name]!r}"
    elif not naming.is_model_class_name(name):
        problem = f"waiter name {name!r} is not a valid Python identifier"
    else:
        return method_name
    raise ModelError(file, pointer, problem, "rename the waiter")


def _check_options(
    operation: Operation, shapes: Mapping[str, Shape], file: Path, pointer: str
) -> None:
    """No input member of the polled operation takes the name of a waiter option."""
    members = shapes[operation.input].members if operation.input else ()
    for member in members:
        if member.python_name in WAITER_OPTIONS:
            raise ModelError(
                file,
                pointer,
                f"input member {member.wire_name!r} of {operation.name} takes the name of the "
                f"waiter option {member.python_name!r}",
                "rename the waiter options in generator/loaders/waiters.py and the templates",
            )


def _acceptor(
    raw: Mapping[str, Any],
    operation: Operation,
    shapes: Mapping[str, Shape],
    file: Path,
    pointer: str,
) -> Acceptor:
    """One acceptor; a path acceptor's expression must compile and fit the output."""
    argument = raw.get("argument")
    if argument is not None:
        parsed, problem = _compile(argument)
        if parsed is None:
            raise ModelError(
                file,
                pointer + "/argument",
                f"the JMESPath expression {argument!r} is invalid: {problem}",
                "fix the expression (see https://jmespath.org/specification.html)",
            )
        if raw["matcher"] in PATH_MATCHERS:
            try:
                check_acceptor(
                    shapes, operation.output, raw["matcher"], argument, raw["expected"], parsed
                )
            except WaiterPathError as error:
                raise ModelError(
                    file, pointer, f"{operation.name}'s output: {error.problem}", error.hint
                ) from None
    return Acceptor(
        state=raw["state"], matcher=raw["matcher"], expected=raw["expected"], argument=argument
    )


def _compile(expression: str) -> tuple[dict[str, Any] | None, str]:
    """A JMESPath expression's AST, or None and what is wrong (a syntax error, an unknown
    function: one compiles, and would fail only when the waiter runs)."""
    import jmespath  # type: ignore[import-untyped]
    from jmespath.exceptions import JMESPathError  # type: ignore[import-untyped]
    from jmespath.functions import Functions  # type: ignore[import-untyped]

    try:
        parsed: dict[str, Any] = jmespath.compile(expression).parsed
    except JMESPathError as error:
        # The first line says what and where; the others repeat the expression.
        first = str(error).splitlines()[0]
        return None, str(first.removesuffix(":").removesuffix(", for expression"))
    stack = [parsed]
    while stack:
        node = stack.pop()
        if node["type"] == "function_expression" and node["value"] not in Functions.FUNCTION_TABLE:
            return None, f"unknown function {node['value']}()"
        # Slice bounds are plain ints among the children.
        stack.extend(child for child in node.get("children", ()) if isinstance(child, dict))
    return parsed, ""
