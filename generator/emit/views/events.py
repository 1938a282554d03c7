"""The ``events`` module and the events page: types, runtime kinds, docstrings, examples.

Everything particular to a service (its event types, fields, the page's example call)
comes from its ``events.json`` (:class:`generator.model.ir.Events`); this view turns it
into Python: annotations, the runtime field kinds of the runtime's ``eventbridge/record.py``,
docstrings and the page's code.
"""

from __future__ import annotations

import ast
import json
import pprint
from typing import Any

from ...docs.markdown import first_sentence
from ...model.ir import EventClass, EventField, Events, EventType, EventValue
from .base import ViewBase
from .text import DOC_WIDTH, described_list, wrap

_SCALAR_ANNOTATIONS = {"string": "str", "timestamp": "_dt.datetime"}
_SCALAR_KINDS = {"string": "_record.TEXT", "timestamp": "_record.TIMESTAMP"}


class EventsView(ViewBase):
    """Python facts about the service's events (only asked when it has some)."""

    @property
    def events(self) -> Events:
        events = self.service.customization.events
        assert events is not None, "asked about the events of a service without any"
        return events

    def event_annotation(self, value: EventValue) -> str:
        """The type annotation of a field holding ``value`` (open enums also take ``str``)."""
        if value.kind == "enum":
            return f"{self.shape(value.name).python_name} | str"
        if value.kind == "object":
            return value.name
        if value.kind == "list" and value.item is not None:
            return f"list[{self.event_annotation(value.item)}]"
        return _SCALAR_ANNOTATIONS[value.kind]

    def event_kind(self, value: EventValue) -> str:
        """The runtime kind (the runtime's ``eventbridge/record.py``) that reads ``value``."""
        if value.kind == "enum":
            return f"_record.OpenEnum(_enums, {self.shape(value.name).python_name!r})"
        if value.kind == "object":
            return f"_record.ObjectOf({value.name})"
        if value.kind == "list" and value.item is not None:
            return f"_record.ListOf({self.event_kind(value.item)})"
        return _SCALAR_KINDS[value.kind]

    def event_annotations(self) -> list[str]:
        """Every field annotation of the module, for its imports."""
        return [
            self.event_annotation(field.value)
            for event_class in self.events.classes
            for field in event_class.fields
        ]

    def event_enums(self) -> list[str]:
        """The enum classes the fields hold (imported for type checkers only)."""
        names: set[str] = set()
        for event_class in self.events.classes:
            for field in event_class.fields:
                value: EventValue | None = field.value
                while value is not None:
                    if value.kind == "enum":
                        names.add(self.shape(value.name).python_name)
                    value = value.item
        return sorted(names)

    # -- docstrings ---------------------------------------------------------------------

    def events_module_doc(self) -> str:
        """The module docstring: what the events are, then what the module offers."""
        offers = [
            "`parse_event()` reads an event (a dict or its JSON text) into its class below, "
            "an `UnknownEvent` for a type this client does not know; `to_dict()` gives the "
            "event back as it came.",
            "`EventRouter` calls your handler of each event type: it is the AWS Lambda "
            "handler, for events delivered directly, in a list or through SQS.",
            "`event_pattern()` writes the pattern of an EventBridge rule for chosen types.",
            "`EventParseError` is raised for what is not an event of the service; its "
            "`path` names the field.",
        ]
        listing = "\n".join(wrap(f"- {line}", "", "  ") for line in offers)
        return f"{wrap(self.events.documentation)}\n\n{listing}"

    def event_class_doc(self, event_class: EventClass) -> str:
        """An object class's docstring: its documentation, then its fields."""
        fields = described_list("Attributes", self._field_entries(event_class.fields))
        return f"{wrap(event_class.documentation)}\n\n{fields}"

    def event_type_doc(self, event_type: EventType) -> str:
        """An event class's docstring: what happened, its detail, an example event."""
        usage = (
            f"`detail_type`: `{event_type.detail_type}`; `detail`: `{event_type.detail}`; "
            "the envelope's attributes (`id`, `time`, `account`, `region`, `resources`, "
            "`source`, `version`, `extra`) are every `Event`'s."
        )
        return (
            f"{wrap(event_type.documentation)}\n\n{wrap(usage)}\n\n"
            f"Example:\n\n```json\n{_narrow_json(event_type.example)}\n```"
        )

    def _field_entries(self, fields: tuple[EventField, ...]) -> list[tuple[str, str]]:
        entries = [
            (
                field.python_name,
                first_sentence(field.documentation) + (" Required." if field.required else ""),
            )
            for field in fields
        ]
        return entries + [("extra", "Fields of the JSON object this client does not know, kept.")]

    def event_pattern_doc(self) -> str:
        """``event_pattern()``'s docstring: its filters' arguments from the events file."""
        entries = [("event_types", "The event classes to match; none: every type.")]
        entries += [
            (f.argument, f"{first_sentence(f.documentation)} One value or several; None: any.")
            for f in self.events.filters
        ]
        summary = "The event pattern of an EventBridge rule matching these events of the service."
        returns = (
            "Returns:\n    dict[str, Any]: the pattern (`source`, `detail-type`, `detail`); "
            "`json.dumps()` it\n    for the rule's `EventPattern`."
        )
        return f"{summary}\n\n{described_list('Args', entries)}\n\n{returns}"

    # -- the pattern and the page's example -------------------------------------------

    def event_pattern_call(self) -> str:
        """The ``event_pattern(...)`` call of the page's rule."""
        guide = self.events.guide
        arguments = list(guide.pattern_types)
        arguments += [
            f"{name}={json.dumps(list(values))}" for name, values in guide.pattern_filters
        ]
        return f"event_pattern({', '.join(arguments)})"

    def event_pattern_json(self) -> str:
        """The pattern ``event_pattern_call()`` returns, as ``json.dumps(..., indent=2)``."""
        guide = self.events.guide
        pattern: dict[str, object] = {"source": [self.events.source]}
        if guide.pattern_types:
            pattern["detail-type"] = [
                self.events.event_type(n).detail_type for n in guide.pattern_types
            ]
        paths = {f.argument: f.path for f in self.events.filters}
        detail: dict[str, Any] = {}
        for argument, values in guide.pattern_filters:
            *parents, name = paths[argument]
            node = detail
            for parent in parents:
                node = node.setdefault(parent, {})
            node[name] = list(values)
        if detail:
            pattern["detail"] = detail
        return json.dumps(pattern, indent=2)

    def event_filters_phrase(self) -> str:
        """`` and the values of `a` and `b``` for the page: the pattern's filter arguments."""
        names = [f"`{f.argument}`" for f in self.events.filters]
        if not names:
            return ""
        listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        return f" and the values of {listed}"

    def event_imports(self, *names: str) -> str:
        """The page's import of ``names`` (sorted) from the events module, black's way."""
        module = f"{self.service.package_name}.events"
        line = f"from {module} import {', '.join(sorted(set(names)))}"
        if len(line) <= 88:
            return line
        listed = "".join(f"    {name},\n" for name in sorted(set(names)))
        return f"from {module} import (\n{listed})"

    def event_handler_types(self) -> str:
        """The annotation of the page's handler's event: its types as a union."""
        return " | ".join(self.events.guide.handler_types)

    def event_call_arguments(self) -> list[tuple[str, str]]:
        """``(argument, expression)`` of the handler's call: each from the event's detail."""
        guide = self.events.guide
        operation = self.operations_by_name[guide.operation]
        members = (
            {m.wire_name: m for m in self.shape(operation.input).members}
            if operation.input
            else {}
        )
        # A Python name is a function of its JSON name: any handler type spells the path.
        detail = self.events.event_type(guide.handler_types[0]).detail
        return [
            (members[member].python_name, "event.detail." + self._attribute_path(detail, path))
            for member, path in guide.arguments
        ]

    def _attribute_path(self, class_name: str, path: tuple[str, ...]) -> str:
        """``path`` (JSON names from an object of ``class_name`` down) as attributes."""
        names = []
        for json_name in path:
            field = next(
                f for f in self.events.event_class(class_name).fields if f.json_name == json_name
            )
            names.append(field.python_name)
            class_name = field.value.name
        return ".".join(names)

    def event_example_literal(self, name: str) -> str:
        """The example event of type ``name`` as a Python literal (JSON when it is one)."""
        value = json.loads(self.events.event_type(name).example)
        text = json.dumps(value, indent=4)
        try:
            if ast.literal_eval(text) == value:
                return text
        except (SyntaxError, ValueError):  # true, false or null: not Python
            pass
        return pprint.pformat(value, indent=4, sort_dicts=False)


def _narrow_json(text: str) -> str:
    """Indented JSON ``text`` within the docstring width where whitespace allows.

    A ``"key": value`` line too long (an ARN, say) puts its value on the next line, as
    JSON allows; a value alone that is still too long is one word, which no wrap helps.
    """
    lines = []
    for line in text.splitlines():
        key, colon, value = line.partition('": ')
        if len(line) <= DOC_WIDTH or not colon:
            lines.append(line)
            continue
        indent = len(line) - len(line.lstrip())
        lines += [f'{key}":', " " * (indent + 2) + value]
    return "\n".join(lines)
