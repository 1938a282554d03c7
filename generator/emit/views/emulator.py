"""The model's tables for the package's emulator (``_emulator_model.py``), as plain data.

The emulator's runtime is generic: it checks each request and response against these
tables (types, required members, lengths, ranges, patterns, enum values) and pages lists
the way the model's paginators say. So the tables hold only the shapes reachable from
the operations' inputs, outputs and errors, keyed by the model's names, with wire names
for members and enum values: what the service itself would check, nothing Python-side.
"""

from __future__ import annotations

from typing import Any

from ...model.ir import Member, Operation, Paginator, Shape
from ..layout import reached
from .base import ViewBase


class EmulatorView(ViewBase):
    """``SERVICE``, ``SHAPES`` and ``OPERATIONS`` of the emulator's model module."""

    def emulator_service(self) -> dict[str, Any]:
        """How the service is called: the JSON protocol's facts and the events' source."""
        metadata = self.service.metadata
        events = self.service.customization.events
        return {
            "target_prefix": metadata.target_prefix,
            "json_version": metadata.json_version,
            "protocol": "awsJson" + metadata.json_version.replace(".", "_"),
            "signing_name": metadata.signing_name,
            "service_id": metadata.service_id,
            "api_version": metadata.api_version,
            "event_source": events.source if events is not None else None,
        }

    def emulator_shapes(self) -> dict[str, dict[str, Any]]:
        """Every shape the operations reach, by name: its type and constraints."""
        roots = [
            name
            for operation in self.service.operations
            for name in (operation.input, operation.output, *operation.errors)
            if name
        ]
        return {name: _shape(self.shape(name)) for name in sorted(reached(self.service, roots))}

    def emulator_operations(self) -> dict[str, dict[str, Any]]:
        """Every operation of the package, by name: its shapes, errors and paginator."""
        return {
            operation.name: _operation(operation)
            for operation in sorted(self.service.operations, key=lambda o: o.name)
        }


def _shape(shape: Shape) -> dict[str, Any]:
    """One shape's entry: ``type``, then what its kind holds, its constraints and traits."""
    entry: dict[str, Any] = {"type": "string" if shape.kind == "enum" else shape.kind}
    if shape.kind == "enum":
        entry["enum"] = [value.value for value in shape.enum_values]
    elif shape.kind in ("structure", "union"):
        entry["members"] = {member.wire_name: _member(member) for member in shape.members}
        if shape.kind == "structure":
            entry["required"] = [member.wire_name for member in shape.required_members]
    elif shape.kind == "list":
        entry["member"] = shape.member_target
    elif shape.kind == "map":
        entry["key"] = shape.key_target
        entry["value"] = shape.value_target
    limits = shape.constraints
    for key, limit in (("min", limits.min), ("max", limits.max)):
        if limit is not None:
            entry[key] = int(limit) if float(limit).is_integer() else limit
    if limits.pattern is not None:
        entry["pattern"] = limits.pattern
    if shape.timestamp_format is not None:
        entry["timestamp_format"] = shape.timestamp_format
    if shape.sensitive:
        entry["sensitive"] = True
    if shape.exception:
        entry.update(exception=True, status=shape.http_status, fault=shape.fault)
    return entry


def _member(member: Member) -> dict[str, Any]:
    """A member's entry: its target, and the traits it has (a timestamp's wire format)."""
    entry: dict[str, Any] = {"target": member.target}
    if member.idempotency_token:
        entry["idempotency_token"] = True
    if member.sensitive:
        entry["sensitive"] = True
    if member.timestamp_format is not None:
        entry["timestamp_format"] = member.timestamp_format
    return entry


def _operation(operation: Operation) -> dict[str, Any]:
    """An operation's entry: input, output, errors, idempotency tokens, paginator."""
    paginator = operation.paginator
    return {
        "input": operation.input,
        "output": operation.output,
        "errors": list(operation.errors),
        "idempotency_tokens": list(operation.idempotency_tokens),
        "paginator": _paginator(paginator) if paginator is not None else None,
    }


def _paginator(paginator: Paginator) -> dict[str, Any]:
    """A paginator's tokens and result key: each a name, or a list when the model has more."""

    def one_or_all(names: tuple[str, ...]) -> str | list[str]:
        return names[0] if len(names) == 1 else list(names)

    return {
        "input_token": one_or_all(paginator.input_tokens),
        "output_token": one_or_all(paginator.output_tokens),
        "limit_key": paginator.limit_key,
        "result_key": one_or_all(paginator.result_keys),
    }
