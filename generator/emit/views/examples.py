"""Example calls in docstrings and the README: required arguments with plausible values.

What they show follows generic rules over the IR, unless the service's customization
(``service.customization``) picks the headline operation or an argument's value.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from ...errors import ModelError, json_pointer
from ...model.ir import Member, Operation, Shape
from ...model.paging import Pagination
from ..examples import example_literal
from .base import ViewBase
from .text import DOC_WIDTH

EXAMPLE_DEPTH = 8  # brackets an example argument value nests at most (deeper parts: ...)


class ExamplesView(ViewBase):
    """Example source for operations, with the operation and error the README shows."""

    def operation_example(self, operation: Operation, asynchronous: bool = False) -> str:
        """An ``Example:`` section: a call with a placeholder for each required argument."""
        members = self.shape(operation.input).members if operation.input else ()
        call = _Call(
            ("response = " if operation.output else "")
            + ("await " if asynchronous else "")
            + f"client.{operation.method_name}(",
            ")",
            [
                (f"{m.python_name}=", self.example_value(m, m.target, frozenset(), 1))
                for m in members
                if m.required_argument
            ],
        )
        return "Example:\n```python\n" + "\n".join(_layout(call, "", "", "")) + "\n```"

    def example_value(self, member: Member, name: str, seen: frozenset[str], depth: int) -> _Code:
        """Example source for ``member``'s value of shape ``name``: required parts, recursively.

        Scalars get the README's plausible values (see :mod:`generator.examples`);
        ``seen`` holds the structures being built, so a recursive shape ends in ``...``,
        and so does any value nested ``depth`` > EXAMPLE_DEPTH brackets deep: the example
        stays readable (and its cost bounded) however deeply the model nests.
        """
        shape = self.shape(name)
        if depth > EXAMPLE_DEPTH and shape.kind in ("list", "map", "union", "structure"):
            return "..."
        if shape.kind == "list":
            element = self.example_value(member, shape.member_target, seen, depth + 1)
            return _Call("[", "]", [("", element)])
        if shape.kind == "map":
            value = self.example_value(member, shape.value_target, seen, depth + 1)
            return _Call("{", "}", [('"key": ', value)])
        if shape.kind == "union":
            variant = shape.members[0]
            value = self.example_value(variant, variant.target, seen, depth + 1)
            return _Call(f"{variant.variant_class}(", ")", [("", value)])
        if shape.kind == "structure":
            if name in seen:
                return "..."
            inner = seen | {name}
            return _Call(
                f"{shape.python_name}(",
                ")",
                [
                    (f"{m.python_name}=", self.example_value(m, m.target, inner, depth + 1))
                    for m in shape.members
                    if m.required_argument
                ],
            )
        literal = self.example_literal(member, shape)
        return _EXAMPLE_SCALARS[shape.kind] if literal == "..." else literal

    def example_pagination(self) -> Pagination:
        """The paginator the README shows: fewest required arguments, then shortest name."""
        return min(
            (self.pagination(operation) for operation in self.service.paginated_operations),
            key=lambda pages: (
                sum(member.required_argument for member in pages.arguments),
                len(pages.operation.name),
                pages.operation.name,
            ),
        )

    def example_literal(self, member: Member, shape: Shape) -> str:
        """An example value of ``shape`` for ``member``, as a Python literal (``...``: none)."""
        return example_literal(member, shape, self.service.customization.example_values)

    def example_arguments(self, members: Sequence[Member]) -> str:
        """``name=value, ...`` of the required ``members``, with runnable example values."""
        return ", ".join(
            f"{m.python_name}={self.example_literal(m, self.shape(m.target))}"
            for m in members
            if m.required_argument
        )

    def example_operation(self) -> Operation:
        """The operation the README calls, the commands module and ``send`` show."""
        return self._example_operation

    @cached_property
    def _example_operation(self) -> Operation:
        """The customization's headline operation, else the first read-only simple one.

        Simple: every required argument has a literal example value (no structure
        or list to spell), so the README's call runs as written.
        """
        customization = self.service.customization
        if customization.headline_operation is not None:
            headline = self.operations_by_name[customization.headline_operation]
            if not self._simple(headline):
                raise ModelError(
                    customization.file,
                    json_pointer("headline_operation"),
                    f"{headline.name!r} takes a required argument with no simple example "
                    "value (a structure, list or map), so the README could not call it",
                    "name an operation whose required arguments are strings, numbers, "
                    "booleans or enums",
                )
            return headline
        operations = self.service.operations
        ranked = [o for o in operations if o.readonly and self._simple(o)] + [
            o for o in operations if self._simple(o)
        ]
        return (ranked or [o for o in operations if o.readonly] or list(operations))[0]

    def _simple(self, operation: Operation) -> bool:
        members = self.shape(operation.input).members if operation.input else ()
        return all(
            self.example_literal(m, self.shape(m.target)) != "..."
            for m in members
            if m.required_argument
        )

    def example_command(self) -> str:
        """The example operation as a command with a wire-name dict: ``GetThingCommand({...})``."""
        operation = self.example_operation()
        members = self.shape(operation.input).members if operation.input else ()
        items = ", ".join(
            f"{json.dumps(m.wire_name)}: {self.example_literal(m, self.shape(m.target))}"
            for m in members
            if m.required_argument
        )
        return f"{operation.command_name}({{{items}}})"

    def idempotency_tokens(self) -> list[str]:
        """The wire names of the members the client fills with a token, sorted."""
        return sorted({token for o in self.service.operations for token in o.idempotency_tokens})

    def idempotent_operation(self) -> Operation | None:
        """The first operation with an idempotency token: its retries take effect once."""
        return next((o for o in self.service.operations if o.idempotency_tokens), None)

    def example_member_path(self) -> str | None:
        """A nested member path as ``ParamValidationError.path`` spells it (``Items[1].Name``).

        The shortest path of wire names from an operation's input, through a list of
        structures, to a member that holds no structure; None when no input has one.
        """
        queue = deque(
            (operation.input, "", False)
            for operation in self.service.operations
            if operation.input
        )
        seen: set[tuple[str, bool]] = set()
        while queue:
            name, path, in_list = queue.popleft()
            if (name, in_list) in seen:
                continue
            seen.add((name, in_list))
            for member in self.shape(name).members:
                child = f"{path}.{member.wire_name}" if path else member.wire_name
                target = self.shape(member.target)
                if target.kind in ("structure", "union"):
                    queue.append((target.name, child, in_list))
                elif target.kind == "list" and self.shape(target.member_target).kind in (
                    "structure",
                    "union",
                ):
                    queue.append((target.member_target, f"{child}[1]", True))
                elif in_list and target.kind not in ("list", "map"):
                    return child
        return None

    def example_error(self, operation: Operation) -> Shape | None:
        """The modeled error the README catches: one the caller can act on, not retried."""
        errors = [self.shape(name) for name in operation.errors]
        candidates = [e for e in errors if not e.fault and e.retryable_throttling is None]
        candidates.sort(key=lambda error: "NotFound" not in error.name)
        return candidates[0] if candidates else None


_EXAMPLE_SCALARS = {
    "string": '"..."',
    "integer": "1",
    "long": "1",
    "float": "1.0",
    "double": "1.0",
    "boolean": "True",
    "blob": 'b"..."',
    "timestamp": "datetime.datetime.now(datetime.timezone.utc)",
    "document": "{}",
}


@dataclass(frozen=True)
class _Call:
    """Example source with parts: a call, list or dict, laid out flat or one part a line."""

    opener: str
    closer: str
    items: list[tuple[str, _Code]]


_Code = str | _Call


def _flat(code: _Code) -> str:
    if isinstance(code, str):
        return code
    return (
        code.opener
        + ", ".join(prefix + _flat(value) for prefix, value in code.items)
        + code.closer
    )


def _layout(code: _Code, indent: str, prefix: str, suffix: str) -> list[str]:
    """``code`` as lines of at most ``DOC_WIDTH`` where possible, black-style."""
    flat = indent + prefix + _flat(code) + suffix
    if isinstance(code, str) or len(flat) <= DOC_WIDTH:
        return [flat]
    lines = [indent + prefix + code.opener]
    for item_prefix, value in code.items:
        lines += _layout(value, indent + "    ", item_prefix, ",")
    return lines + [indent + code.closer + suffix]
