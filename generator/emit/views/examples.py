"""Example calls in docstrings, the README and the site.

An operation with examples in the model (``Operation.examples``) shows those, with their
real values; any other shows its required arguments with plausible values, which follow
generic rules over the IR unless the service's customization (``service.customization``)
picks the headline operation or an argument's value.
"""

from __future__ import annotations

import datetime
import html
import json
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from ...docs.markdown import first_sentence, html_to_markdown
from ...errors import ModelError, json_pointer
from ...model.example_checks import parse_timestamp
from ...model.ir import Example, Member, Operation, Shape
from ...model.paging import Pagination
from ...model.workflows import ReadModifyWrite
from ..examples import bytes_literal, example_literal, string_literal
from .base import ViewBase
from .text import DOC_WIDTH, wrap

EXAMPLE_DEPTH = 8  # brackets an example argument value nests at most (deeper parts: ...)
OUTPUT_DEPTH = 3  # brackets a model example's output shows (deeper parts: ...): a glimpse


class ExamplesView(ViewBase):
    """Example source for operations, with the operation and error the README shows."""

    def operation_example(self, operation: Operation, asynchronous: bool = False) -> str:
        """An ``Example:`` section: the model's examples, else a call with a placeholder for
        each required argument."""
        if operation.examples:
            return self.model_examples(operation, asynchronous)
        return "Example:\n```python\n" + self.made_up_calls(operation, asynchronous) + "\n```"

    def made_up_calls(
        self, operation: Operation, asynchronous: bool = False, indent: str = ""
    ) -> str:
        """A call of ``operation`` with made-up values of its required arguments; an update
        whose concurrency token a read gives (a workflow's) reads it first: a made-up token
        is refused as stale."""
        values = self._made_up_values(operation)
        lines = []
        update = self._token_update(operation)
        if update is not None:
            read = self.operations_by_name[update.read]
            read_members = self.shape(read.input).members if read.input else ()
            read_call = _Call(
                ("await " if asynchronous else "") + f"client.{read.method_name}(",
                ")",
                [
                    (f"{m.python_name}=", values.get(m.python_name) or self._made_up(m))
                    for m in read_members
                    if m.required_argument
                ],
            )
            lines = _layout(read_call, indent, "current = ", "")
        call = _Call(
            _call_opener(operation, asynchronous),
            ")",
            [(f"{name}=", value) for name, value in values.items()],
        )
        return "\n".join(lines + _layout(call, indent, "", ""))

    def made_up_imports(self, operation: Operation) -> str:
        """The imports :meth:`made_up_calls` needs beside ``client``."""
        return self._imports(set().union(*map(_names, self._made_up_values(operation).values())))

    def _token_update(self, operation: Operation) -> ReadModifyWrite | None:
        updates = self.service.customization.workflows.updates
        return next((u for u in updates if u.update == operation.name), None)

    def _made_up(self, member: Member) -> _Code:
        return self.example_value(member, member.target, frozenset(), 1)

    def _made_up_values(self, operation: Operation) -> dict[str, _Code]:
        """Python name -> value of each required argument (a read's token: ``current.<name>``)."""
        members = self.shape(operation.input).members if operation.input else ()
        values = {m.python_name: self._made_up(m) for m in members if m.required_argument}
        update = self._token_update(operation)
        if update is not None:
            values[update.token] = f"current.{dict(update.sources)[update.token]}"
        return values

    def model_examples(self, operation: Operation, asynchronous: bool = False) -> str:
        """An ``Example:`` (or ``Examples:``) section of the model's examples of ``operation``:
        each a caption, the call with its values and, when the model says, what it returns."""
        parts = []
        for example in operation.examples:
            call = self.example_call(operation, example, asynchronous)
            parts.append(f"{wrap(self.example_caption(example))}\n\n```python\n{call}\n```")
            outcome = self.example_outcome(operation, example)
            if outcome:
                parts.append(outcome)
        title = "Examples:" if len(operation.examples) > 1 else "Example:"
        return title + "\n" + "\n\n".join(parts)

    def example_caption(self, example: Example) -> str:
        """The example's title and first sentence, as one line of Markdown."""
        title = first_sentence(html_to_markdown(html.escape(example.title, quote=False)))
        sentence = first_sentence(example.documentation, limit=200)
        return f"{title.rstrip('.:')}: {sentence}" if sentence else title

    def example_call(
        self, operation: Operation, example: Example, asynchronous: bool = False, indent: str = ""
    ) -> str:
        """The model's example as a call of the client method, its values as Python."""
        return "\n".join(
            _layout(self._example_call(operation, example, asynchronous), indent, "", "")
        )

    def example_imports(self, operation: Operation, example: Example) -> str:
        """The imports the example's call needs beside ``client``: the client class, the
        shape classes of its values and ``datetime`` when it has timestamps."""
        names = set().union(
            *(_names(value) for _, value in self._example_call(operation, example).items)
        )
        return self._imports(names)

    def _imports(self, names: set[str]) -> str:
        """Import lines of the client class and of ``names`` (shape classes, ``datetime``)."""
        lines = [f"from {self.service.package_name} import {self.service.client_name}"]
        classes = sorted(names - {"datetime.datetime"})
        shapes = f"from {self.service.package_name}.shapes import "
        if classes and len(shapes) + len(", ".join(classes)) <= DOC_WIDTH:
            lines.append(shapes + ", ".join(classes))
        elif classes:
            lines += [shapes + "(", *(f"    {name}," for name in classes), ")"]
        if "datetime.datetime" in names:
            lines[:0] = ["import datetime", ""]
        return "\n".join(lines)

    def _example_call(
        self, operation: Operation, example: Example, asynchronous: bool = False
    ) -> _Call:
        members = self.shape(operation.input).members if operation.input else ()
        by_wire = {member.wire_name: member for member in members}
        return _Call(
            _call_opener(operation, asynchronous),
            ")",
            [
                (f"{by_wire[key].python_name}=", self.model_value(by_wire[key].target, value))
                for key, value in example.input.items()
            ],
        )

    def example_outcome(self, operation: Operation, example: Example) -> str:
        """What the example's call returns (its first levels) or raises; "" if the model
        does not say."""
        if example.error:
            return f"It raises `{self.shape(example.error).python_name}`."
        if example.output is None or operation.output is None:
            return ""
        value = self.model_value(operation.output, example.output, limit=OUTPUT_DEPTH)
        return "It returns:\n\n```python\n" + "\n".join(_layout(value, "", "", "")) + "\n```"

    def model_value(
        self, name: str, value: object, depth: int = 1, limit: int | None = None
    ) -> _Code:
        """Python source for the model's JSON ``value`` of shape ``name``, as a user writes
        it: structures as their classes, unions as variants, timestamps as datetimes,
        blobs as bytes; parts nested deeper than ``limit`` brackets are elided
        (``[...]``, ``Class(...)``).

        The loader has checked that ``value`` fits the shape
        (:func:`generator.model.example_checks.example_problem`).
        """
        shape = self.shape(name)
        if shape.kind == "document":
            return _json_code(value, depth, limit)
        if value is None:  # an item of a sparse list or map
            return "None"
        if limit is not None and depth > limit and shape.kind in _ELIDED:
            return _ELIDED[shape.kind].format(shape.python_name)
        if shape.kind == "list":
            assert isinstance(value, list)
            items = [
                self.model_value(shape.member_target, item, depth + 1, limit) for item in value
            ]
            return _Call("[", "]", [("", item) for item in items])
        if shape.kind == "map":
            assert isinstance(value, dict)
            return _Call(
                "{",
                "}",
                [
                    (
                        f"{string_literal(key)}: ",
                        self.model_value(shape.value_target, item, depth + 1, limit),
                    )
                    for key, item in value.items()
                ],
            )
        if shape.kind in ("union", "structure"):
            assert isinstance(value, dict)
            members = {member.wire_name: member for member in shape.members}
            if shape.kind == "union":
                ((key, item),) = value.items()
                inner = self.model_value(members[key].target, item, depth + 1, limit)
                return _Call(f"{members[key].variant_class}(", ")", [("", inner)])
            return _Call(
                f"{shape.python_name}(",
                ")",
                [
                    (
                        f"{members[key].python_name}=",
                        self.model_value(members[key].target, item, depth + 1, limit),
                    )
                    for key, item in value.items()
                ],
            )
        return _scalar_code(shape, value)

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


def _call_opener(operation: Operation, asynchronous: bool) -> str:
    return (
        ("response = " if operation.output else "")
        + ("await " if asynchronous else "")
        + f"client.{operation.method_name}("
    )


def _datetime_code(moment: datetime.datetime) -> _Call:
    """``repr(moment)``, as a call the layout can break over lines."""
    fields = [moment.year, moment.month, moment.day, moment.hour, moment.minute]
    if moment.second or moment.microsecond:
        fields.append(moment.second)
    if moment.microsecond:
        fields.append(moment.microsecond)
    items: list[tuple[str, _Code]] = [("", str(field)) for field in fields]
    return _Call("datetime.datetime(", ")", items + [("tzinfo=", repr(moment.tzinfo))])


def _scalar_code(shape: Shape, value: object) -> _Code:
    """A scalar of the model's example as a Python literal."""
    if shape.kind in ("string", "enum"):
        return string_literal(str(value))
    if shape.kind == "blob":
        return bytes_literal(str(value))
    if shape.kind == "timestamp":
        moment = parse_timestamp(value)
        assert moment is not None
        return _datetime_code(moment)
    if shape.kind in ("float", "double"):
        assert isinstance(value, (int, float))
        return repr(float(value))
    return repr(value)  # integers and booleans


def _json_code(value: object, depth: int, limit: int | None) -> _Code:
    """A JSON value (a document) as a Python literal."""
    if isinstance(value, (dict, list)) and limit is not None and depth > limit:
        return "..."
    if isinstance(value, dict):
        return _Call(
            "{",
            "}",
            [
                (f"{string_literal(k)}: ", _json_code(v, depth + 1, limit))
                for k, v in value.items()
            ],
        )
    if isinstance(value, list):
        return _Call("[", "]", [("", _json_code(item, depth + 1, limit)) for item in value])
    return string_literal(value) if isinstance(value, str) else repr(value)


# How a model example's output shows a value nested too deep, by kind ({}: the class).
_ELIDED = {"list": "[...]", "map": "{{...}}", "structure": "{}(...)", "union": "{}(...)"}


@dataclass(frozen=True)
class _Call:
    """Example source with parts: a call, list or dict, laid out flat or one part a line."""

    opener: str
    closer: str
    items: list[tuple[str, _Code]]


_Code = str | _Call


def _names(code: _Code) -> set[str]:
    """The names a piece of example source calls: its classes and ``datetime.datetime``."""
    if isinstance(code, str):
        return {"datetime.datetime"} if code.startswith("datetime.") else set()
    found = {code.opener[:-1]} if code.opener.endswith("(") else set()
    return found.union(*(_names(value) for _, value in code.items))


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
