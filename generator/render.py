"""Render the IR through the Jinja2 templates into a formatted package tree.

Output is deterministic (sorted iteration, no timestamps; the package version
lives in ``_version.py`` only) and atomic: the package is rendered into a
temporary folder beside the destination and swapped in only when every file
rendered and formatted, so a failure leaves the old tree untouched.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import textwrap
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import black
from black.mode import TargetVersion
from black.parsing import InvalidInput
import jinja2

from . import context_params, naming, paging
from .docs import docstring_literal, escape_unsafe_text, first_sentence
from .errors import GeneratorError
from .examples import example_literal
from .format_cache import FormatCache, default_cache, format_workers
from .formatting import Formatter
from .ir import Acceptor, Member, Operation, Service, Shape, Waiter
from .paging import Pagination
from .site import SiteView, site_files

if TYPE_CHECKING:
    from .release import Release

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
RUNTIME = ROOT / "runtime"
# Runtime files only the generator's own tests use stay out of the package.
RUNTIME_EXCLUDE = {"__pycache__"}

# The generated package's source files: template -> path inside the package folder.
PACKAGE_FILES = {
    "pyproject.toml.j2": "pyproject.toml",
    "LICENSE.j2": "LICENSE",
    "NOTICE.j2": "NOTICE",
    "README.md.j2": "README.md",
    "MANIFEST.in.j2": "MANIFEST.in",
    "__init__.py.j2": "src/{package}/__init__.py",
    "_version.py.j2": "src/{package}/_version.py",
    "enums.py.j2": "src/{package}/enums.py",
    "shapes.py.j2": "src/{package}/shapes.py",
    "errors.py.j2": "src/{package}/errors.py",
    "_operations.py.j2": "src/{package}/_operations.py",
    "_endpoint_rules.py.j2": "src/{package}/_endpoint_rules.py",
    "_retired_enums.py.j2": "src/{package}/_retired_enums.py",
    "commands.py.j2": "src/{package}/commands.py",
    "client.py.j2": "src/{package}/client.py",
    "aio_client.py.j2": "src/{package}/aio_client.py",
    "py.typed.j2": "src/{package}/py.typed",
}

DOC_WIDTH = 84  # docstring text width, so indented docstrings stay within 99 columns
EXAMPLE_DEPTH = 8  # brackets an example argument value nests at most (deeper parts: ...)
# Files rendered only when the model has what they hold.
OPTIONAL_FILES = {
    "_endpoint_rules.py.j2": lambda service: service.endpoint_rule_set is not None,
    "_retired_enums.py.j2": lambda service: bool(service.retired_enums),
}

BLACK_MODE = black.Mode(target_versions={TargetVersion.PY310}, line_length=99)

_SCALAR_ENCODERS = {
    "string": "_serde.enc_str",
    "enum": "_serde.enc_str",
    "integer": "_serde.enc_int",
    "long": "_serde.enc_int",
    "float": "_serde.enc_float",
    "double": "_serde.enc_float",
    "boolean": "_serde.enc_bool",
    "blob": "_serde.enc_blob",
    "document": "_serde.enc_document",
}
_TIMESTAMP_ENCODERS = {
    "unixTimestamp": "_serde.enc_epoch",
    "iso8601": "_serde.enc_iso8601",
    "rfc822": "_serde.enc_rfc822",
}
_TYPING_IMPORTS = (
    ("_dt.", "import datetime as _dt"),
    ("_Mapping[", "from collections.abc import Mapping as _Mapping"),
    ("_Sequence[", "from collections.abc import Sequence as _Sequence"),
    ("_Any", "from typing import Any as _Any"),
    ("_NoReturn", "from typing import NoReturn as _NoReturn"),
)
# The class of the JSON value of a shape that decodes by a type check alone
# (an enum's value is checked, then looked up).
_WIRE_CLASSES = {
    "string": "str",
    "enum": "str",
    "integer": "int",
    "long": "int",
    "boolean": "bool",
}
_SCALAR_ANNOTATIONS = {
    "string": "str",
    "integer": "int",
    "long": "int",
    "float": "float",
    "double": "float",
    "boolean": "bool",
    "blob": "bytes",
    "timestamp": "_dt.datetime",
    "document": "_Any",
}


@dataclass(frozen=True)
class PythonView:
    """Python facts about shapes that several templates need (types, codecs)."""

    service: Service

    def shape(self, name: str) -> Shape:
        return self.service.shapes[name]

    def annotation(self, name: str) -> str:
        """The type annotation of a value of shape ``name``.

        Collections reachable from inputs are typed ``Sequence``/``Mapping`` so a
        caller's ``list[str]`` is accepted where ``list[Stage | str]`` is declared.
        """
        shape = self.shape(name)
        if shape.kind == "enum":
            return f"{shape.python_name} | str"
        if shape.kind in ("structure", "union"):
            return shape.python_name
        if shape.kind == "list":
            inner = self.annotation(shape.member_target)
            return f"_Sequence[{inner}]" if shape.used_in_input else f"list[{inner}]"
        if shape.kind == "map":
            inner = self.annotation(shape.value_target)
            return f"_Mapping[str, {inner}]" if shape.used_in_input else f"dict[str, {inner}]"
        return _SCALAR_ANNOTATIONS[shape.kind]

    def encoder(self, name: str, timestamp_format: str | None = None) -> str:
        """An expression for a callable ``(value, wire) -> encoded`` of shape ``name``."""
        shape = self.shape(name)
        if shape.kind == "timestamp":
            return _TIMESTAMP_ENCODERS[
                timestamp_format or shape.timestamp_format or "unixTimestamp"
            ]
        if shape.kind in _SCALAR_ENCODERS:
            return _SCALAR_ENCODERS[shape.kind]
        if shape.kind in ("structure", "union"):
            return f"{shape.python_name}._encode_value"
        return f"_encode_{shape.name}"

    def member_encoder(self, member: Member) -> str:
        return self.encoder(member.target, member.timestamp_format)

    def decodes_as_is(self, name: str) -> bool:
        """True when the wire value is already the Python value (no conversion)."""
        shape = self.shape(name)
        return shape.kind in ("string", "integer", "long", "boolean", "document")

    def wire_class(self, name: str) -> str | None:
        """The class a JSON value of shape ``name`` must have (None: its decoder checks).

        Generated decoders test ``value.__class__`` against it inline (the
        common case costs no call) and call ``_serde.dec_<class>`` otherwise,
        which accepts a subclass (from ``from_dict``) and refuses the rest.
        """
        return _WIRE_CLASSES.get(self.shape(name).kind)

    @cached_property
    def document_shapes(self) -> frozenset[str]:
        """Names of the document shapes: any JSON value is theirs, taken unchecked."""
        return frozenset(
            name for name, shape in self.service.shapes.items() if shape.kind == "document"
        )

    def decoder_ref(self, name: str) -> str:
        """A ``(value, wire)`` decoder callable for list/map elements ("None": as is)."""
        shape = self.shape(name)
        if shape.kind == "document":
            return "None"
        if shape.kind == "enum":
            return f"_serde.enum_decoder(_lookup_{shape.python_name})"
        if shape.kind in _WIRE_CLASSES:
            return f"_serde.dec_{_WIRE_CLASSES[shape.kind]}"
        if shape.kind in ("float", "double"):
            return "_serde.dec_float"
        if shape.kind == "blob":
            return "_serde.dec_blob"
        if shape.kind == "timestamp":
            return "_serde.dec_timestamp"
        if shape.kind in ("structure", "union"):
            return f"{shape.python_name}._decode"
        return f"_decode_{shape.name}"

    def decoder(self, name: str, var: str) -> str:
        """An expression decoding the non-None value in ``var`` (``wire`` in scope).

        For a shape with a :meth:`wire_class`, ``var`` must have passed that
        check first.
        """
        shape = self.shape(name)
        if self.decodes_as_is(name):
            return var
        if shape.kind == "enum":
            # Open enum: the member for a known value, else the value itself.
            return f"_lookup_{shape.python_name}({var}, {var})"
        return f"{self.decoder_ref(name)}({var}, wire)"

    def error_classes_by_code(self) -> list[tuple[str, str]]:
        """``(code, class name)`` of each modeled error, by shape name and by error code.

        A response names its error by shape (``__type``) and, for an
        awsQueryCompatible service, by the model's ``error.code`` too (the
        ``x-amzn-query-error`` header). A shape's name is its own; a code that
        several shapes share goes to the first of them by name.
        """
        errors = self.service.errors
        table = {error.name: error.python_name for error in errors}
        for error in errors:
            table.setdefault(error.error_code, error.python_name)
        return list(table.items())

    def sensitive_members(self, shape: Shape) -> list[str]:
        return [m.python_name for m in shape.members if m.sensitive]

    def typing_imports(self, annotations: list[str]) -> list[str]:
        """The import lines the helper names in ``annotations`` need."""
        text = " ".join(annotations)
        return [line for marker, line in _TYPING_IMPORTS if marker in text]

    def input_annotations(self) -> list[str]:
        """Annotations of every operation argument (what the client module spells)."""
        return [
            self.annotation(member.target)
            for operation in self.service.operations
            if operation.input
            for member in self.shape(operation.input).members
        ]

    def error_annotations(self) -> list[str]:
        return [self.annotation(m.target) for e in self.service.errors for m in e.members]

    def output_annotation(self, operation: Operation, module: str = "") -> str:
        """The return type of an operation (``module`` qualifies the class name)."""
        if not operation.output:
            return "None"
        return module + self.shape(operation.output).python_name

    def client_imports(self) -> list[tuple[str, list[str]]]:
        """(module, names) the client module's annotations need: outputs and argument types.

        Method bodies build the input through the ``_shapes`` module alias, so
        no argument can shadow the class they call.
        """
        enums: set[str] = set()
        shapes: set[str] = set()
        for operation in self.service.operations:
            if operation.output:
                shapes.add(self.shape(operation.output).python_name)
            if operation.input:
                for member in self.shape(operation.input).members:
                    self._collect_names(member.target, enums, shapes, codecs=False)
            if operation.paginator is not None:
                items = self.pagination(operation).items
                if items is not None:
                    self._collect_names(items.target, enums, shapes, codecs=False)
        return [
            (module, sorted(names))
            for module, names in (("enums", enums), ("shapes", shapes))
            if names
        ]

    def class_doc(self, shape: Shape, extra: str = "") -> str:
        """A shape class's docstring: its docs, ``extra``, then one line per member."""
        parts = [shape.documentation or shape.name]
        if extra:
            parts.append(extra)
        if shape.members:
            parts.append(_field_list("Attributes", shape.members))
        return "\n\n".join(parts)

    def union_doc(self, shape: Shape) -> str:
        variants = ", ".join(f"`{m.variant_class}`" for m in shape.members)
        usage = _wrap(
            f"A union: set exactly one variant by building one of {variants}. A variant "
            f"added to the service later is received as `{shape.unknown_variant_class}`."
        )
        return f"{shape.documentation or shape.name}\n\n{usage}"

    def operation_doc(self, operation: Operation, asynchronous: bool = False) -> str:
        """The method docstring: the operation's docs, arguments, result, errors, an example."""
        parts = [operation.documentation or operation.name]
        if operation.input and self.shape(operation.input).members:
            # In the signature's order: the required arguments first.
            members = self.shape(operation.input).members
            parts.append(
                _field_list("Args", sorted(members, key=lambda m: not m.required_argument))
            )
        if operation.output:
            parts.append(f"Returns:\n    {self.shape(operation.output).python_name}")
        errors = [self.shape(name) for name in operation.errors]
        modeled = [(e.python_name, first_sentence(e.documentation)) for e in errors]
        parts.append(_described_list("Raises", modeled + self.generic_errors(bool(errors))))
        parts.append(self.operation_example(operation, asynchronous))
        return "\n\n".join(parts)

    def command_doc(self, operation: Operation) -> str:
        """A Command class's docstring: the operation's summary and how to send it."""
        method = f"`{self.service.client_name}.{operation.method_name}`"
        if operation.input:
            request = self.shape(operation.input).python_name
            usage = (
                f"Run it with `client.send({operation.command_name}({{...}}))`, passing a "
                f"`{request}` or a mapping with its wire (PascalCase) member names."
            )
        else:
            usage = f"Run it with `client.send({operation.command_name}())`."
        result = self.output_annotation(operation)
        usage += f" The call returns `{result}`; its arguments and errors are those of {method}."
        summary = first_sentence(operation.documentation) or operation.name
        return f"{_wrap(summary)}\n\n{_wrap(usage)}"

    def generic_errors(self, after_modeled: bool) -> list[tuple[str, str]]:
        """The ``Raises`` entries every operation shares, after its modeled errors."""
        other = "Any other" if after_modeled else "Any"
        return [
            (
                self.service.error_base_name,
                f"{other} error the service returns (its `code` names it).",
            ),
            ("ParamValidationError", "An argument is missing or of the wrong type; nothing sent."),
            ("TransportError", "No response arrived, retries included (connection, timeout)."),
            ("ResponseParseError", "The response is not the modeled output."),
        ]

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
        literal = example_literal(member, shape)
        return _EXAMPLE_SCALARS[shape.kind] if literal == "..." else literal

    @cached_property
    def operations_by_name(self) -> dict[str, Operation]:
        return {operation.name: operation for operation in self.service.operations}

    def waiter_result(self, waiter: Waiter, module: str = "") -> str:
        """What a wait returns: the output, or None too when an error can be the success."""
        output = self.output_annotation(self.operations_by_name[waiter.operation], module)
        return f"{output} | None" if waiter.succeeds_on_error and output != "None" else output

    def waiter_doc(self, waiter: Waiter) -> str:
        """The docstring of a ``wait_until_*`` method: what it polls, its acceptors, its options."""
        operation = self.operations_by_name[waiter.operation]
        method = f"`{operation.method_name}`"
        parts = [
            waiter.description or f"Wait until {waiter.name}, polling {method}.",
            _wrap(
                f"Calls {method} every {waiter.delay} seconds, at most {waiter.max_attempts} "
                "times, until one of these rules, checked in order after each call, ends the "
                "wait (an error no rule names raises `WaiterError`):"
            )
            + "\n\n"
            + "\n".join(_wrap(f"- {_acceptor_phrase(a)}", "", "  ") for a in waiter.acceptors),
        ]
        args = list(self.shape(operation.input).members) if operation.input else []
        entries = _field_entries(args) + [
            ("delay", f"Seconds between calls (default {waiter.delay})."),
            ("max_attempts", f"Calls in all, the first included (default {waiter.max_attempts})."),
            ("max_wait", "Seconds after which no new call starts (default: no limit)."),
        ]
        parts.append(_described_list("Args", entries))
        result = self.waiter_result(waiter)
        if result != "None":
            returned = f"{result}: the output of the call that ended the wait"
            if waiter.succeeds_on_error:
                returned += ", or None when an error did"
            returned += "."
            parts.append("Returns:\n" + _wrap(returned, "    "))
        parts.append(
            _described_list(
                "Raises",
                [
                    ("WaiterError", "A failure rule matched, or an error no rule names."),
                    (
                        "WaiterTimeoutError",
                        "No rule ended the wait within `max_attempts` calls or `max_wait` seconds.",
                    ),
                ],
            )
        )
        return "\n\n".join(parts)

    @cached_property
    def _paginations(self) -> dict[str, Pagination]:
        """Every paginator resolved once: the templates ask for each many times."""
        return {
            operation.name: paging.pagination(self.service.shapes, operation)
            for operation in self.service.paginated_operations
        }

    def pagination(self, operation: Operation) -> Pagination:
        """``operation``'s paginator in Python names (the loader has checked it resolves)."""
        return self._paginations[operation.name]

    def endpoint_params(self, operation: Operation) -> list[tuple[str, str]]:
        """(rule-set parameter, Python expression over ``params``) of each endpoint binding.

        The loader has checked that every binding resolves.
        """
        return [
            (
                binding.parameter,
                context_params.binding_code(self.service.shapes, operation.input, binding),
            )
            for binding in operation.endpoint_bindings
        ]

    @property
    def uses_context_steps(self) -> bool:
        """Does a binding read a path, so ``_operations.py`` needs ``runtime/context_params.py``?"""
        return any(
            binding.source == "path"
            for operation in self.service.operations
            for binding in operation.endpoint_bindings
        )

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

    def example_arguments(self, members: Sequence[Member]) -> str:
        """``name=value, ...`` of the required ``members``, with runnable example values."""
        return ", ".join(
            f"{m.python_name}={example_literal(m, self.shape(m.target))}"
            for m in members
            if m.required_argument
        )

    def example_operation(self) -> Operation:
        """The operation the README calls: the first read-only one whose arguments are simple.

        Simple: every required argument has a literal example value (no structure
        or list to spell), so the README's call runs as written.
        """

        def simple(operation: Operation) -> bool:
            members = self.shape(operation.input).members if operation.input else ()
            return all(
                example_literal(m, self.shape(m.target)) != "..."
                for m in members
                if m.required_argument
            )

        operations = self.service.operations
        ranked = [o for o in operations if o.readonly and simple(o)] + [
            o for o in operations if simple(o)
        ]
        return (ranked or [o for o in operations if o.readonly] or list(operations))[0]

    def example_error(self, operation: Operation) -> Shape | None:
        """The modeled error the README catches: one the caller can act on, not retried."""
        errors = [self.shape(name) for name in operation.errors]
        candidates = [e for e in errors if not e.fault and e.retryable_throttling is None]
        candidates.sort(key=lambda error: "NotFound" not in error.name)
        return candidates[0] if candidates else None

    def item_annotation(self, pages: Pagination) -> str:
        """What ``items()`` yields: the result list's element type (``_NoReturn``: no list)."""
        if pages.items is None:
            return "_NoReturn"
        return self.annotation(self.shape(pages.items.target).member_target)

    def starting_token_annotation(self, pages: Pagination) -> str:
        """The input token's type; a tuple of them for an operation with several."""
        types = [self.annotation(member.target) for member in pages.input_tokens]
        return types[0] if len(types) == 1 else f"tuple[{', '.join(types)}]"

    def paginator_annotations(self) -> list[str]:
        """Annotations the ``paginate_*`` methods add to the client module's."""
        annotations = []
        for operation in self.service.paginated_operations:
            pages = self.pagination(operation)
            annotations += [self.item_annotation(pages), self.starting_token_annotation(pages)]
        return annotations

    def paginator_doc(self, pages: Pagination, paginator_class: str) -> str:
        """A ``paginate_*`` method's docstring: what it pages, its items and arguments."""
        operation = pages.operation
        method = f"`{operation.method_name}`"
        sent = " and ".join(f"`{name}`" for name in pages.input_names)
        received = " and ".join(f"`page.{name}`" for name in pages.output_names)
        item = self.item_annotation(pages)
        if pages.items is None:
            items = "Its pages have no result list, so `items()` raises TypeError."
        else:
            path = paging.spell(pages.items.path)
            items = f"`items()` yields the `{item}` elements of each page's `{path}` in turn."
        limit = f", `{pages.limit.python_name}` as the page size" if pages.limit else ""
        output = self.output_annotation(operation)
        parts = [
            f"Every page of {method}, fetched lazily.",
            _wrap(
                f"Each page is a `{output}`, requested when the loop reaches it. {items} Every "
                f"request carries the arguments below{limit}; {received} goes into the next "
                f"request's {sent}, until a page has none. Iterating raises what {method} raises."
            ),
        ]
        if len(pages.input_tokens) == 1:
            start = f"The first request's {sent}: a {received} from an earlier pagination."
        else:
            start = f"A tuple of the first request's {sent}, from an earlier pagination."
        entries = _field_entries(pages.arguments) + [("starting_token", start)]
        parts.append(_described_list("Args", entries))
        parts.append(
            "Returns:\n" + _wrap(f"{paginator_class}[{output}, {item}]", "    ", "        ")
        )
        return "\n\n".join(parts)

    def error_imports(self) -> list[tuple[str, list[str]]]:
        """(module, names) the errors module needs for its members' types and codecs."""
        enums: set[str] = set()
        shapes: set[str] = set()
        for error in self.service.errors:
            for member in error.members:
                self._collect_names(member.target, enums, shapes)
        return [
            (module, sorted(names))
            for module, names in (("enums", enums), ("shapes", shapes))
            if names
        ]

    def _collect_names(
        self, name: str, enums: set[str], shapes: set[str], codecs: bool = True
    ) -> None:
        shape = self.shape(name)
        if shape.kind == "enum":
            enums.add(shape.python_name)
        elif shape.kind in ("structure", "union"):
            shapes.add(shape.python_name)
        elif shape.kind in ("list", "map"):
            if codecs:
                shapes.update({f"_encode_{shape.name}", f"_decode_{shape.name}"})
            element = shape.member_target if shape.kind == "list" else shape.value_target
            self._collect_names(element, enums, shapes, codecs)


def _field_list(title: str, members: Sequence[Member]) -> str:
    """A Google-style field list (``Args:``/``Attributes:``) of members."""
    return _described_list(title, _field_entries(members))


def _field_entries(members: Sequence[Member]) -> list[tuple[str, str]]:
    """``(python name, summary)`` of each member, saying which are required."""
    entries = []
    for member in members:
        summary = first_sentence(member.documentation) or "(undocumented)"
        if member.required_argument:
            summary += " Required."
        elif member.idempotency_token:
            summary += " Filled with a random UUID when omitted."
        entries.append((member.python_name, summary))
    return entries


def _described_list(title: str, entries: list[tuple[str, str]]) -> str:
    """A Google-style section: ``Title:`` then ``name: summary`` lines, wrapped."""
    lines = [f"{title}:"]
    for name, summary in entries:
        lines.extend(
            textwrap.wrap(
                f"{name}: {summary or '(undocumented)'}",
                width=DOC_WIDTH,
                initial_indent="    ",
                subsequent_indent="        ",
                break_long_words=False,
                break_on_hyphens=False,
            )
        )
    return "\n".join(lines)


def _wrap(text: str, indent: str = "", subsequent_indent: str | None = None) -> str:
    """``text`` wrapped to the docstring width, its lines indented."""
    return "\n".join(
        textwrap.wrap(
            text,
            width=DOC_WIDTH,
            initial_indent=indent,
            subsequent_indent=indent if subsequent_indent is None else subsequent_indent,
            break_long_words=False,
            break_on_hyphens=False,
        )
    )


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


_ACCEPTOR_STATES = {"success": "done", "failure": "failed", "retry": "keep waiting"}


def _acceptor_phrase(acceptor: Acceptor) -> str:
    """An acceptor in words, for a docstring: ``done when `Table.TableStatus` is "ACTIVE"``."""
    expected = json.dumps(acceptor.expected)
    argument = _code(acceptor.argument or "")
    if acceptor.matcher == "path":
        condition = f"{argument} is {expected}"
    elif acceptor.matcher == "pathAll":
        condition = f"every {argument} is {expected} (and there is at least one)"
    elif acceptor.matcher == "pathAny":
        condition = f"any {argument} is {expected}"
    elif acceptor.matcher == "status":
        condition = f"the HTTP status is {expected}"
    elif acceptor.expected is True:
        condition = "the call raises any error"
    elif acceptor.expected is False:
        condition = "the call raises no error"
    else:
        condition = f"the call raises `{acceptor.expected}`"
    return f"{_ACCEPTOR_STATES[acceptor.state]} when {condition}"


def _code(text: str) -> str:
    """``text`` as a Markdown code span (JMESPath literals hold backticks themselves)."""
    return f"`` {text} ``" if "`" in text else f"`{text}`"


def _docstring(markdown: str, indent: str) -> str:
    """Docstring text; a multi-line one ends with its closing quotes on their own line."""
    text = docstring_literal(markdown, indent)
    return text + "\n" + indent if "\n" in text else text


def _inline_doc(text: str) -> str:
    """Model text (a service name, say) made safe inside a one-line docstring."""
    return docstring_literal(" ".join(text.split()), "")


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["docstring"] = _docstring
    env.filters["inline_doc"] = _inline_doc
    env.filters["summary"] = first_sentence
    env.filters["wrap"] = _wrap
    env.filters["operation_constant"] = naming.operation_constant
    env.filters["pyrepr"] = repr
    return env


def render_files(
    service: Service,
    package_version: str,
    release: Release | None = None,
    cache: FormatCache | None = None,
) -> Iterator[tuple[str, str]]:
    """Yield (relative path, text) for every rendered file of the package.

    ``release`` adds the model revision to ``_version.py`` and the model folder's
    ``CHANGELOG.md`` to the package (see :mod:`generator.release`). Every file but the
    Python ones (whose templates write model text through ``repr`` and docstring escapes)
    has its control and bidi characters escaped here, whichever template wrote them.
    Python files are formatted by black, through ``cache`` when one is given.
    """
    for path, text in _rendered_files(service, package_version, release, cache):
        yield path, text if path.endswith(".py") else escape_unsafe_text(text)


def _rendered_files(
    service: Service, package_version: str, release: Release | None, cache: FormatCache | None
) -> Iterator[tuple[str, str]]:
    """(relative path, text) of every file, as the templates render it (Python formatted)."""
    env = _environment()
    context = {
        "service": service,
        "view": PythonView(service),
        "site": SiteView(service),
        "package_version": package_version,
        "model_revision": release.botocore_version if release else None,
        "model_sha256": release.model_sha256 if release else None,
    }
    if release is not None and release.changelog is not None:
        yield "CHANGELOG.md", release.changelog
    with Formatter(BLACK_MODE, cache, format_workers()) as formatter:
        for template_name, target in PACKAGE_FILES.items():
            wanted = OPTIONAL_FILES.get(template_name)
            if wanted is not None and not wanted(service):
                continue
            text = env.get_template(template_name).render(context)
            path = target.format(package=service.package_name)
            if path.endswith(".py"):
                try:
                    text = formatter.format(text)
                except InvalidInput as exc:
                    raise GeneratorError(
                        f"template {template_name} rendered invalid Python ({exc}); "
                        "this is a generator bug: please report it with the model used"
                    ) from exc
            yield path, text
    yield from site_files(env, context)


def write_package(
    service: Service, out_dir: Path, package_version: str, release: Release | None = None
) -> Path:
    """Render the package into ``out_dir/<distribution name>`` atomically; return it.

    Python files are formatted through the format cache of :func:`default_cache`.
    """
    destination = out_dir / service.distribution_name
    cache = default_cache()
    out_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{service.distribution_name}-", dir=out_dir))
    try:
        # mkdtemp makes the folder private (0700); the package gets the usual mode.
        umask = os.umask(0)
        os.umask(umask)
        staging.chmod(0o777 & ~umask)
        for relative, text in render_files(service, package_version, release, cache):
            path = staging / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        runtime_target = staging / "src" / service.package_name / "_runtime"
        shutil.copytree(RUNTIME, runtime_target, ignore=shutil.ignore_patterns(*RUNTIME_EXCLUDE))
        _swap(staging, destination)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if cache is not None:
        cache.prune()
    return destination


def _swap(staging: Path, destination: Path) -> None:
    """Replace ``destination`` by ``staging`` (the old tree is removed only after)."""
    old = destination.with_name(f".{destination.name}-old")
    if old.exists():
        shutil.rmtree(old)
    if destination.exists():
        destination.rename(old)
    staging.rename(destination)
    if old.exists():
        shutil.rmtree(old)
