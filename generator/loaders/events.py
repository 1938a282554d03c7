"""A service's EventBridge events, read from ``customizations/events.json`` and checked.

A service model describes the API, not the events the service sends to EventBridge, so
they are data beside the model (format: ``schemas/customization-events.schema.json``):
the ``source``, each event type (its class, ``detail-type`` and an example), the classes
of the objects inside events with their fields (text, timestamps, values of one of the
model's enums, objects, lists), the filter arguments of ``event_pattern()`` and what the
reference page shows. Once the schema has checked the form, :func:`read_events` checks
what a schema cannot: every class and enum named exists, no class holds itself, every
class is used, names are Python names no generated name takes, filter and argument paths
lead to text fields, and the page's call is one the model has, with its required
arguments. Each problem is a ``ModelError`` naming the file, the JSON pointer and a fix.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, cast

from ..errors import ModelError, json_pointer
from ..model import naming
from ..model.ir import (
    EventClass,
    EventField,
    EventFilter,
    EventGuide,
    Events,
    EventType,
    EventValue,
    Service,
)
from .schemas import load_json, suggest, validate_model_file

EVENTS_FILE = "events.json"
# Value kinds a filter or a call argument can take from an event.
_TEXT_KINDS = ("string", "enum")


def read_events(service: Service, file: Path) -> Events:
    """The events ``file`` describes, checked against itself and ``service``'s model."""
    document = load_json(file)
    validate_model_file(document, "events", file)
    return _Reader(service, file, cast("dict[str, Any]", document)).events()


class _Reader:
    """Builds the IR of one events file; every check raises ModelError with its pointer."""

    def __init__(self, service: Service, file: Path, raw: dict[str, Any]) -> None:
        self.service = service
        self.file = file
        self.raw = raw
        # Filled by events(), in this order: the later checks read them.
        self.types: dict[str, EventType] = {}
        self.classes: dict[str, EventClass] = {}

    def fail(self, pointer: str, problem: str, hint: str) -> ModelError:
        return ModelError(self.file, pointer, problem, hint)

    def events(self) -> Events:
        self._check_class_names()
        classes = {
            name: self._event_class(name, spec) for name, spec in self.raw["classes"].items()
        }
        self.types = {
            name: self._event_type(name, spec) for name, spec in self.raw["types"].items()
        }
        self.classes = self._ordered(classes)
        filters = tuple(
            self._filter(argument, spec) for argument, spec in self.raw.get("filters", {}).items()
        )
        return Events(
            file=str(self.file),
            source=self.raw["source"],
            documentation=self.raw["documentation"],
            types=tuple(self.types.values()),
            classes=tuple(self.classes.values()),
            filters=filters,
            guide=self._guide(filters),
        )

    # -- names ------------------------------------------------------------------------

    def _check_class_names(self) -> None:
        """Type and class names are unique and none is a name the module already binds.

        The module binds its own names and imports the enums its fields hold.
        """
        reserved = naming.RESERVED_CLASS_NAMES | naming.EVENTS_MODULE_NAMES | self._held_enums()
        seen: set[str] = set()
        for section in ("types", "classes"):
            for name in self.raw[section]:
                pointer = json_pointer(section, name)
                if name in reserved:
                    raise self.fail(
                        pointer,
                        f"{name!r} is a name the events module already binds",
                        "choose another class name",
                    )
                if name in seen:
                    raise self.fail(
                        pointer,
                        f"{name!r} names both an event type and an event class",
                        "give each class its own name",
                    )
                seen.add(name)

    def _held_enums(self) -> set[str]:
        """The Python names of the model's enums that fields hold (as the file names them)."""
        specs = [f for c in self.raw["classes"].values() for f in c["fields"].values()]
        names = set()
        while specs:
            spec = specs.pop()
            shape = self.service.shapes.get(spec.get("enum", ""))
            if shape is not None:
                names.add(shape.python_name)
            if "items" in spec:
                specs.append(spec["items"])
        return names

    # -- classes and fields -----------------------------------------------------------

    def _event_class(self, name: str, spec: dict[str, Any]) -> EventClass:
        fields = []
        python_names: dict[str, str] = {}
        for json_name, field in spec["fields"].items():
            pointer = json_pointer("classes", name, "fields", json_name)
            python_name = naming.event_field_name(json_name)
            if not python_name:
                raise self.fail(pointer, f"{json_name!r} gives no Python name", "rename it")
            if python_name in python_names:
                raise self.fail(
                    pointer,
                    f"{json_name!r} and {python_names[python_name]!r} are both "
                    f"{python_name!r} in Python",
                    "an object cannot have both; describe one of them",
                )
            python_names[python_name] = json_name
            fields.append(
                EventField(
                    json_name=json_name,
                    python_name=python_name,
                    value=self._value(field, pointer),
                    required=bool(field.get("required", False)),
                    documentation=field["documentation"],
                )
            )
        return EventClass(name, spec["documentation"], tuple(fields))

    def _value(self, spec: dict[str, Any], pointer: str) -> EventValue:
        """The value a field (or list item) at ``pointer`` holds; its names exist."""
        kind = spec["type"]
        if kind == "enum":
            enums = [shape.name for shape in self.service.enums]
            if spec["enum"] not in enums:
                raise self.fail(
                    f"{pointer}/enum",
                    f"no enum shape {spec['enum']!r} in the model",
                    suggest(spec["enum"], enums) or "give an enum shape of the model",
                )
            return EventValue("enum", spec["enum"])
        if kind == "object":
            self._require_class(spec["class"], f"{pointer}/class")
            return EventValue("object", spec["class"])
        if kind == "list":
            return EventValue("list", item=self._value(spec["items"], f"{pointer}/items"))
        return EventValue(kind)

    def _require_class(self, name: str, pointer: str) -> None:
        classes = list(self.raw["classes"])
        if name not in classes:
            raise self.fail(
                pointer,
                f"no event class {name!r}",
                suggest(name, classes) or "describe it under 'classes'",
            )

    def _ordered(self, classes: dict[str, EventClass]) -> dict[str, EventClass]:
        """The classes, each after those it holds; refused: one holding itself, one unused."""
        ordered: dict[str, EventClass] = {}
        visiting: list[str] = []

        def visit(name: str) -> None:
            if name in ordered:
                return
            if name in visiting:
                chain = " -> ".join(visiting[visiting.index(name) :] + [name])
                raise self.fail(
                    json_pointer("classes", name),
                    f"event class {name!r} holds itself ({chain})",
                    "events are trees: break the circle",
                )
            visiting.append(name)
            for field in classes[name].fields:
                held = _held_class(field.value)
                if held:
                    visit(held)
            visiting.pop()
            ordered[name] = classes[name]

        for event_type in self.types.values():
            visit(event_type.detail)
        unused = [name for name in classes if name not in ordered]
        if unused:
            raise self.fail(
                json_pointer("classes", unused[0]),
                f"event class {unused[0]!r} is in no event",
                "hold it in a field of an event's detail, or remove it",
            )
        return ordered

    # -- types --------------------------------------------------------------------------

    def _event_type(self, name: str, spec: dict[str, Any]) -> EventType:
        pointer = json_pointer("types", name)
        self._require_class(spec["detail"], f"{pointer}/detail")
        detail_type = spec["detail_type"]
        same = [
            other
            for other, other_spec in self.raw["types"].items()
            if other != name and other_spec["detail_type"] == detail_type
        ]
        if same:
            raise self.fail(
                f"{pointer}/detail_type",
                f"{same[0]!r} has the same detail-type {detail_type!r}",
                "each event type has its own detail-type",
            )
        example = spec["example"]
        for key, expected in (("source", self.raw["source"]), ("detail-type", detail_type)):
            if example.get(key) != expected:
                raise self.fail(
                    f"{pointer}/example/{key}",
                    f"the example's {key} is {example.get(key)!r}, not {expected!r}",
                    "give an example of this event type",
                )
        return EventType(
            name=name,
            detail_type=detail_type,
            documentation=spec["documentation"],
            detail=spec["detail"],
            example=json.dumps(example, indent=2),
        )

    # -- paths: filters and call arguments -----------------------------------------------

    def _text_field(self, type_name: str, path: tuple[str, ...], pointer: str) -> None:
        """``path`` leads through ``type_name``'s detail to a text field, required all along."""
        current = self.classes[self.types[type_name].detail]
        for depth, json_name in enumerate(path):
            names = [field.json_name for field in current.fields]
            field = next((f for f in current.fields if f.json_name == json_name), None)
            if field is None:
                raise self.fail(
                    pointer,
                    f"{current.name} (in the detail of {type_name}) has no field {json_name!r}",
                    suggest(json_name, names) or f"it has {', '.join(names)}",
                )
            last = depth == len(path) - 1
            wanted = _TEXT_KINDS if last else ("object",)
            if field.value.kind not in wanted or not field.required:
                what = "a required text or enum field" if last else "a required object field"
                raise self.fail(
                    pointer,
                    f"{'.'.join(path[: depth + 1])} of {type_name} is not {what}",
                    "name a field every event of the type has, of that kind",
                )
            if not last:
                current = self.classes[field.value.name]

    def _filter(self, argument: str, spec: dict[str, Any]) -> EventFilter:
        """A filter matches a text field that every event type's detail has."""
        path = tuple(spec["field"].split("."))
        for name in self.types:
            self._text_field(name, path, json_pointer("filters", argument, "field"))
        return EventFilter(argument, path, spec["documentation"])

    def _types(self, names: list[str], *pointer: str) -> tuple[str, ...]:
        """``names`` (at ``pointer``), each an event type's."""
        known = list(self.types)
        for index, name in enumerate(names):
            if name not in known:
                raise self.fail(
                    json_pointer(*pointer, index),
                    f"no event type {name!r}",
                    suggest(name, known) or f"name one of {', '.join(known)}",
                )
        return tuple(names)

    def _guide(self, filters: tuple[EventFilter, ...]) -> EventGuide:
        spec = self.raw["guide"]
        pattern, handler = spec["pattern"], spec["handler"]
        pattern_types = self._types(pattern["types"], "guide", "pattern", "types")
        arguments = [f.argument for f in filters]
        for argument in pattern.get("filters", {}):
            if argument not in arguments:
                raise self.fail(
                    json_pointer("guide", "pattern", "filters", argument),
                    f"no filter {argument!r}",
                    suggest(argument, arguments) or "describe it under 'filters'",
                )
        handler_types = self._types(handler["types"], "guide", "handler", "types")
        if handler["example"] not in handler_types:
            raise self.fail(
                "/guide/handler/example",
                f"{handler['example']!r} is not one of the handler's types",
                f"name one of {', '.join(handler_types)}",
            )
        return EventGuide(
            introduction=spec["introduction"],
            pattern_types=pattern_types,
            pattern_filters=tuple(
                (argument, tuple(values))
                for argument, values in pattern.get("filters", {}).items()
            ),
            handler_types=handler_types,
            handler_function=handler["function"],
            operation=handler["operation"],
            arguments=self._call_arguments(handler),
            example_type=handler["example"],
        )

    def _call_arguments(self, handler: dict[str, Any]) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The page's call: an operation of the package, its required members all given."""
        name = handler["operation"]
        operations = {operation.name: operation for operation in self.service.operations}
        if name not in operations:
            reason = self.service.skipped_operations.get(name)
            raise self.fail(
                "/guide/handler/operation",
                (
                    f"operation {name!r} is left out of the package: {reason}"
                    if reason
                    else f"no operation {name!r} in the model"
                ),
                suggest(name, list(operations)) or "name an operation the package has",
            )
        operation = operations[name]
        members = self.service.shapes[operation.input].members if operation.input else ()
        member_names = [member.wire_name for member in members]
        arguments = []
        for member, path in handler["arguments"].items():
            pointer = json_pointer("guide", "handler", "arguments", member)
            if member not in member_names:
                raise self.fail(
                    pointer,
                    f"{name} takes no argument {member!r}",
                    suggest(member, member_names) or f"it takes {', '.join(member_names)}",
                )
            fields = tuple(path.split("."))
            for type_name in handler["types"]:
                self._text_field(type_name, fields, pointer)
            arguments.append((member, fields))
        given = handler["arguments"]
        missing = [
            m.wire_name for m in members if m.required_argument and m.wire_name not in given
        ]
        if missing:
            raise self.fail(
                "/guide/handler/arguments",
                f"{name} requires {', '.join(map(repr, missing))}, which the arguments leave out",
                "take each required argument from a field of the detail",
            )
        return tuple(arguments)


def _held_class(value: EventValue) -> str:
    """The event class a field's value holds, directly or as list items ("" for none)."""
    while value.kind == "list" and value.item is not None:
        value = value.item
    return value.name if value.kind == "object" else ""
