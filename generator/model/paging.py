"""Paginators in Python terms: the paths a generated paginator follows on typed pages.

botocore's ``paginators-1.json`` names tokens and result keys with JMESPath
expressions over an operation's input and output. Nearly all are a member name
(``NextToken``); a few are paths such as ``StreamDescription.Shards[-1].ShardId``.
The generated package evaluates no JMESPath at run time: each expression is
resolved here, against the shapes, into a path of Python attribute names and
list indexes (``("stream_description", "shards", -1, "shard_id")``) that the
runtime's paginator follows on the typed page objects.

Only that subset (member names joined by dots, integer indexes) is accepted;
anything else (``||``, projections, filters, functions) is refused when the
model is loaded (:func:`check`), so an unsupported paginator fails the
generation, naming the file and pointer, instead of misbehaving in a user's loop.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from . import naming
from .ir import Member, Operation, Shape

Step = str | int
"""One step of a path: a member name (wire or Python) or a list index."""

STARTING_TOKEN = "starting_token"
"""The ``paginate_*`` methods' argument that takes the first page's input token(s)."""

_NAME = r"[A-Za-z_][A-Za-z0-9_]*"
_EXPRESSION = re.compile(rf"{_NAME}(?:\.{_NAME}|\[-?[0-9]+\])*")
_STEPS = re.compile(rf"({_NAME})|\[(-?[0-9]+)\]")


class PaginatorError(ValueError):
    """A paginator the generator cannot render; ``key`` names the field at fault ("": all)."""

    def __init__(self, key: str, problem: str) -> None:
        super().__init__(problem)
        self.key = key


@dataclass(frozen=True)
class Resolved:
    """An expression resolved against the shapes: its Python path and its value's shape."""

    path: tuple[Step, ...]
    target: str


@dataclass(frozen=True)
class Pagination:
    """What the templates render for one paginated operation."""

    operation: Operation
    # The input members the tokens go into (they are not arguments of paginate_*).
    input_tokens: tuple[Member, ...]
    output_tokens: tuple[Resolved, ...]
    # The first result key that is a list: what ``items()`` yields the elements of.
    items: Resolved | None
    more_results: Resolved | None
    limit: Member | None
    # Every input member but the tokens: the arguments of paginate_*.
    arguments: tuple[Member, ...]

    @property
    def method_name(self) -> str:
        return naming.paginator_method_name(self.operation.method_name)

    @property
    def spec_name(self) -> str:
        """Its ``_operations`` constant."""
        return naming.paginator_constant(self.operation.method_name)

    @property
    def input_names(self) -> tuple[str, ...]:
        return tuple(member.python_name for member in self.input_tokens)

    @property
    def output_paths(self) -> tuple[tuple[Step, ...], ...]:
        return tuple(token.path for token in self.output_tokens)

    @property
    def output_names(self) -> tuple[str, ...]:
        """The output tokens as Python spells them on a page (``next_token``)."""
        return tuple(spell(token.path) for token in self.output_tokens)


def parse(expression: str) -> tuple[Step, ...]:
    """The steps of ``Name.Name[-1].Name``: member names and list indexes.

    Raises :class:`ValueError` for anything else.
    """
    if _EXPRESSION.fullmatch(expression) is None:
        raise ValueError(
            f"unsupported expression {expression!r}: only member names joined by dots "
            "and [index] steps are supported (e.g. 'NextToken', 'Page.Items[-1].Id')"
        )
    return tuple(name or int(index) for name, index in _STEPS.findall(expression))


def spell(path: Sequence[Step]) -> str:
    """A resolved path as Python code spells it (``stream_description.shards[-1]``)."""
    return "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in path)[1:]


def resolve(shapes: dict[str, Shape], root: str, expression: str) -> Resolved:
    """Resolve ``expression`` from the structure ``root`` (ValueError if it does not fit)."""
    path: list[Step] = []
    current = shapes[root]
    for step in parse(expression):
        # What the step applies to, as the expression names it, for the messages.
        where = spell(path) or current.name
        if isinstance(step, int):
            if current.kind != "list":
                raise ValueError(
                    f"{expression!r}: [{step}] applies to {where!r}, a {current.kind}, not a list"
                )
            path.append(step)
            current = shapes[current.member_target]
            continue
        if current.kind != "structure":
            raise ValueError(
                f"{expression!r}: .{step} applies to {where!r}, a {current.kind}, "
                "not a structure"
            )
        member = next((m for m in current.members if m.wire_name == step), None)
        if member is None:
            raise ValueError(f"{expression!r}: {current.name!r} has no member {step!r}")
        path.append(member.python_name)
        current = shapes[member.target]
    return Resolved(tuple(path), current.name)


def pagination(shapes: dict[str, Shape], operation: Operation) -> Pagination:
    """Resolve ``operation``'s paginator (raises :class:`PaginatorError` when it cannot be).

    Input tokens and the limit key must be top-level members of the input;
    output tokens, result keys and ``more_results`` are paths into the output.
    """
    paginator = operation.paginator
    if paginator is None:
        raise ValueError(f"{operation.name} has no paginator")
    if operation.input is None or operation.output is None:
        raise PaginatorError("", f"{operation.name} needs an input and an output to paginate")
    input_shape = shapes[operation.input]
    if len(paginator.input_tokens) != len(paginator.output_tokens):
        raise PaginatorError(
            "output_token",
            f"{len(paginator.input_tokens)} input tokens but "
            f"{len(paginator.output_tokens)} output tokens; they go in pairs",
        )
    input_tokens = tuple(
        _input_member(input_shape, "input_token", t) for t in paginator.input_tokens
    )
    limit = (
        _input_member(input_shape, "limit_key", paginator.limit_key)
        if paginator.limit_key is not None
        else None
    )
    arguments = tuple(m for m in input_shape.members if m not in input_tokens)
    if any(m.python_name == STARTING_TOKEN for m in arguments):
        raise PaginatorError(
            "input_token",
            f"the input member that becomes {STARTING_TOKEN!r} clashes with the paginate "
            f"method's own {STARTING_TOKEN!r} argument",
        )
    results = tuple(
        _output_path(shapes, operation.output, "result_key", key) for key in paginator.result_keys
    )
    return Pagination(
        operation=operation,
        input_tokens=input_tokens,
        output_tokens=tuple(
            _output_path(shapes, operation.output, "output_token", token)
            for token in paginator.output_tokens
        ),
        items=next((r for r in results if shapes[r.target].kind == "list"), None),
        more_results=(
            _output_path(shapes, operation.output, "more_results", paginator.more_results)
            if paginator.more_results is not None
            else None
        ),
        limit=limit,
        arguments=arguments,
    )


def check(shapes: dict[str, Shape], operation: Operation, method_names: set[str]) -> None:
    """Raise :class:`PaginatorError` when ``operation``'s paginator cannot be rendered.

    ``method_names`` are the client's operation methods, which the paginate
    method must not take the name of.
    """
    name = pagination(shapes, operation).method_name
    if name in method_names:
        raise PaginatorError("", f"the paginate method {name!r} clashes with an operation's")


def _input_member(shape: Shape, key: str, name: str) -> Member:
    member = next((m for m in shape.members if m.wire_name == name), None)
    if member is None:
        raise PaginatorError(key, f"the input {shape.name!r} has no member {name!r}")
    return member


def _output_path(shapes: dict[str, Shape], output: str, key: str, expression: str) -> Resolved:
    try:
        return resolve(shapes, output, expression)
    except ValueError as exc:
        raise PaginatorError(key, str(exc)) from None
