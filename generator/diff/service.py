"""Compare two revisions of a botocore awsJson model and classify every change.

``python -m generator diff OLD NEW`` loads both models into the IR (see
:mod:`generator.ir`) and emits one :class:`Event` per change. The change kinds
and their severities follow ``MODEL-DIFF.md`` (the "Change kinds for botocore
JSON models" table); the ``row`` of each kind in :data:`KINDS` names the table
row it implements (``*`` marks an extension the table does not list).

Event
-----
``id``
    Stable and hierarchical: ``<Kind>.<Shape or Operation>[.<Member>][.<detail>]``,
    e.g. ``EnumValueRemoved.Stage.Prospect``. Listing it in an ignore file
    (``--ignore``) accepts that one change.
``kind``
    The detector, a key of :data:`KINDS`.
``severity``
    ``ERROR`` (backward incompatible), ``DANGER`` (very likely incompatible),
    ``WARNING`` (might be incompatible), ``NOTE`` (likely fine, worth noting).
``direction``
    Where the changed shape is reachable from: ``input`` (operation inputs
    only), ``output`` (outputs or errors only), ``both``, or ``none`` (a shape
    no operation reaches). Taken from the NEW model for additions, the OLD one
    for removals and the union of both for changes. Operation, paginator,
    metadata and endpoint events are ``both``. The severity of a kind can
    depend on it: ``both`` takes the stricter of the input and output
    severities, ``none`` the milder one.
``wire`` / ``python_api``
    Short impact statements: do old clients fail on the wire, does code
    written against the old generated package fail (import, call, typecheck).
``message``
    One line for humans.
``location``
    ``{"operation": str|null, "shape": str|null, "member": str|null,
    "detail": str|null}``: where the change is (``member`` is a member name,
    or ``member``/``key``/``value`` for list and map targets; ``detail`` an
    enum value, constraint name, paginator field, metadata key or endpoint
    parameter).

JSON report (``--format json``)
-------------------------------
::

    {
      "old": {"label": str, "service_id": str, "api_version": str,
              "operations": int, "shapes": int},
      "new": {... same keys ...},
      "ignored": int,                       # events dropped by --ignore
      "summary": {"ERROR": int, "DANGER": int, "WARNING": int, "NOTE": int},
      "events": [{"id": str, "kind": str, "severity": str, "direction": str,
                  "wire": str, "python_api": str, "message": str,
                  "location": {...}}]
    }

Events are sorted by severity (ERROR first), then by id, so the report is
deterministic; ids are unique within a report.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ..errors import GeneratorError
from ..model.ir import Constraints, Member, Operation, Paginator, Service, Shape

Severity = Literal["ERROR", "DANGER", "WARNING", "NOTE"]
Direction = Literal["input", "output", "both", "none"]

SEVERITIES: tuple[Severity, ...] = ("ERROR", "DANGER", "WARNING", "NOTE")
"""From the most to the least severe."""

_RANK: dict[str, int] = {s: i for i, s in enumerate(SEVERITIES)}

ERROR: Severity = "ERROR"
DANGER: Severity = "DANGER"
WARNING: Severity = "WARNING"
NOTE: Severity = "NOTE"


@dataclass(frozen=True)
class KindSpec:
    """One change kind: its table row, severities and impacts (input side, output side)."""

    row: str
    severity_in: Severity
    severity_out: Severity
    wire_in: str
    python_in: str
    wire_out: str = ""
    python_out: str = ""

    def side(self, direction: Direction) -> Literal["in", "out"]:
        """Which side's facts apply: the stricter for ``both``, the milder for ``none``."""
        if direction == "input":
            return "in"
        if direction == "output":
            return "out"
        out_stricter = _RANK[self.severity_out] < _RANK[self.severity_in]
        if direction == "both":
            return "out" if out_stricter else "in"
        return "in" if out_stricter else "out"

    def facts(self, direction: Direction) -> tuple[Severity, str, str]:
        if self.side(direction) == "in":
            return self.severity_in, self.wire_in, self.python_in
        return (
            self.severity_out,
            self.wire_out or self.wire_in,
            self.python_out or self.python_in,
        )


def _same(row: str, severity: Severity, wire: str, python: str) -> KindSpec:
    return KindSpec(row, severity, severity, wire, python)


KINDS: dict[str, KindSpec] = {
    # operations
    "OperationAdded": _same("1", NOTE, "no", "no (new method)"),
    "OperationRemoved": _same("2", ERROR, "yes", "yes (method gone)"),
    "OperationInputRenamed": _same(
        "3", WARNING, "no", "yes if the class name is public; keep an alias"
    ),
    "OperationOutputRenamed": _same(
        "3", WARNING, "no", "yes if the class name is public; keep an alias"
    ),
    "OperationErrorAdded": _same("23", NOTE, "no", "no"),
    "OperationErrorRemoved": _same(
        "24", WARNING, "no", "`except` clauses keep working if the class is kept"
    ),
    "OperationIdempotentRemoved": _same("27", WARNING, "no", "behaviour (retry safety)"),
    "OperationIdempotentAdded": _same("27*", NOTE, "no", "no"),
    "OperationReadonlyRemoved": _same("27", WARNING, "no", "behaviour (retry safety)"),
    "OperationReadonlyAdded": _same("27*", NOTE, "no", "no"),
    "OperationHostPrefixChanged": _same("30*", ERROR, "yes", "no"),
    # members
    "OptionalMemberAdded": KindSpec(
        "4/8", NOTE, NOTE, "no", "no (keyword-only argument with a default)", "no", "no"
    ),
    "RequiredMemberAdded": KindSpec(
        "5/8",
        ERROR,
        NOTE,
        "yes (requests without it fail)",
        "yes (new required argument)",
        "no",
        "no; deserializers ignore unknown keys",
    ),
    "MemberMadeRequired": KindSpec(
        "5", ERROR, NOTE, "yes", "yes (argument now required)", "no", "no"
    ),
    "MemberMadeOptional": KindSpec(
        "6/7", NOTE, DANGER, "no", "no", "no", "yes for typecheckers (T -> T | None)"
    ),
    "MemberRemoved": KindSpec(
        "10/9",
        ERROR,
        ERROR,
        "maybe (server may ignore)",
        "yes (TypeError on keyword argument)",
        "yes (field vanishes)",
        "yes (AttributeError)",
    ),
    "MemberWireNameChanged": _same("26", ERROR, "yes (JSON key renamed)", "maybe"),
    "MemberTargetChanged": KindSpec(
        "11",
        WARNING,
        WARNING,
        "no",
        "only if the target name is public in annotations",
    ),
    "EnumToString": KindSpec(
        "12",
        DANGER,
        ERROR,
        "no",
        "yes if the enum class is removed or annotations change; keep a deprecated alias",
        "values outside the old set",
        "yes: annotations change from the enum to str; keep a deprecated alias",
    ),
    "StringToEnum": KindSpec(
        "11/13*",
        DANGER,
        WARNING,
        "maybe (server rejects values outside the set)",
        "annotations change from str to the enum",
        "no",
        "annotations change from str to the enum",
    ),
    "MemberTargetRenamed": _same(
        "11*", NOTE, "no", "no (same type; the target has no public class)"
    ),
    "MemberTypeChanged": _same("13", ERROR, "yes", "yes"),
    "ShapeTypeChanged": _same("13", ERROR, "yes", "yes"),
    "TimestampFormatChanged": _same("26", ERROR, "yes", "maybe"),
    "IdempotencyTokenRemoved": _same("27", WARNING, "no", "behaviour (no auto-fill)"),
    "IdempotencyTokenAdded": _same("27*", NOTE, "no", "no (auto-filled)"),
    # enums and unions
    "EnumValueAdded": KindSpec(
        "15/14",
        NOTE,
        WARNING,
        "no",
        "no",
        "no (enums are open)",
        "breaks exhaustive match/Literal narrowing and strict parsers",
    ),
    "EnumValueRemoved": KindSpec(
        "16/17",
        ERROR,
        WARNING,
        "yes (server rejects)",
        "yes (constant gone)",
        "no",
        "constant gone; keep it as deprecated",
    ),
    "EnumConstantRenamed": _same("py*", ERROR, "no", "yes (enum constant renamed)"),
    "UnionMemberAdded": KindSpec(
        "18*/18",
        NOTE,
        WARNING,
        "no",
        "no (new variant class)",
        "no",
        "exhaustive matching breaks; must decode to an Unknown variant",
    ),
    "UnionMemberRemoved": _same("19", ERROR, "yes", "yes (variant class gone)"),
    # constraints
    "ConstraintTightened": KindSpec(
        "20/22",
        DANGER,
        NOTE,
        "maybe (server rejects values previously valid)",
        "no (not validated client-side)",
        "no",
        "no",
    ),
    "ConstraintRelaxed": _same("22", NOTE, "no", "no"),
    "PatternAdded": KindSpec(
        "21/22", DANGER, NOTE, "maybe", "no (patterns are not validated)", "no", "no"
    ),
    "PatternChanged": KindSpec(
        "21/22", WARNING, NOTE, "maybe", "no (patterns are not validated)", "no", "no"
    ),
    "PatternRemoved": _same("22", NOTE, "no", "no"),
    "ConstraintRestated": _same("22*", NOTE, "no", "no"),
    # shapes
    "ShapeAdded": _same("1*", NOTE, "no", "no (new class)"),
    "ShapeRemoved": _same("25*", ERROR, "no (nothing refers to it)", "yes (class gone)"),
    "InternalShapeRemoved": _same(
        "25*", NOTE, "no (nothing refers to it)", "no (scalars, lists and maps have no class)"
    ),
    "ErrorShapeRemoved": _same("25", ERROR, "code-matching changes", "yes (exception gone)"),
    "PythonNameChanged": _same("py*", ERROR, "no", "yes (public name changed)"),
    "SensitiveAdded": _same("28", NOTE, "no", "repr changes only"),
    "SensitiveRemoved": _same("28", WARNING, "no", "repr changes only (logging exposure)"),
    "DeprecatedAdded": _same("32*", NOTE, "no", "deprecation warning"),
    "DeprecatedRemoved": _same("32*", NOTE, "no", "no"),
    # paginators and waiters
    "PaginatorAdded": _same("29", NOTE, "no", "no (new paginator)"),
    "PaginatorRemoved": _same("29", ERROR, "no", "yes (paginator gone)"),
    "PaginatorChanged": _same("29", ERROR, "no", "yes (pages differ)"),
    "WaiterAdded": _same("29*", NOTE, "no", "no (new waiter)"),
    "WaiterRemoved": _same("29*", ERROR, "no", "yes (waiter gone)"),
    "WaiterChanged": _same("29*", WARNING, "no", "behaviour (waits differently)"),
    # service
    "ServiceMetadataChanged": _same("30", ERROR, "yes", "no"),
    "ServiceNameChanged": _same("30*", ERROR, "no", "yes (client class or package renamed)"),
    "ServiceInfoChanged": _same("30*", NOTE, "no", "no"),
    "EndpointParameterAdded": _same("31", WARNING, "maybe", "if exposed in config"),
    "EndpointParameterRemoved": _same("31", WARNING, "maybe", "if exposed in config"),
    "EndpointParameterRenamed": _same("31", WARNING, "maybe", "if exposed in config"),
    "EndpointParameterChanged": _same("31", WARNING, "maybe", "if exposed in config"),
    "EndpointRulesChanged": _same("31*", NOTE, "maybe (endpoints resolve differently)", "no"),
    # documentation
    "DocumentationChanged": _same("32", NOTE, "no", "no (docs diff only)"),
    "OperationDocumentationChanged": _same("32", NOTE, "no", "no (docs diff only)"),
    "ServiceDocumentationChanged": _same("32", NOTE, "no", "no (docs diff only)"),
    "EndpointDocumentationChanged": _same("32*", NOTE, "no", "no (docs diff only)"),
}
"""Every change kind the differ emits."""


@dataclass(frozen=True)
class Location:
    """Where a change is: operation, shape, member (or list/map slot) and detail."""

    operation: str | None = None
    shape: str | None = None
    member: str | None = None
    detail: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {
            "operation": self.operation,
            "shape": self.shape,
            "member": self.member,
            "detail": self.detail,
        }


@dataclass(frozen=True)
class Event:
    """One classified change (see the module docstring for the fields)."""

    id: str
    kind: str
    severity: Severity
    direction: Direction
    wire: str
    python_api: str
    message: str
    location: Location

    @property
    def sort_key(self) -> tuple[int, str]:
        return _RANK[self.severity], self.id

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "severity": self.severity,
            "direction": self.direction,
            "wire": self.wire,
            "python_api": self.python_api,
            "message": self.message,
            "location": self.location.as_dict(),
        }


class Verdict:
    """Counts and the pass/fail decision over a result's remaining ``events``."""

    events: list[Event]

    def summary(self) -> dict[str, int]:
        counts: dict[str, int] = {s: 0 for s in SEVERITIES}
        for event in self.events:
            counts[event.severity] += 1
        return counts

    def fails(self, threshold: Severity) -> bool:
        """Is any remaining event at or above ``threshold``?"""
        return any(_RANK[e.severity] <= _RANK[threshold] for e in self.events)


@dataclass
class DiffResult(Verdict):
    """The outcome of a diff: the remaining events and what was ignored."""

    old: Service
    new: Service
    old_label: str
    new_label: str
    events: list[Event]
    ignored: int = 0


# -- ignore files ---------------------------------------------------------


def read_ignore_file(path: Path) -> set[str]:
    """Event ids to drop: one per line; ``#`` starts a comment; blank lines are skipped."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GeneratorError(f"{path}: cannot read the ignore file ({exc})") from exc
    ids = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            ids.add(line)
    return ids


# -- diffing --------------------------------------------------------------


def diff_services(
    old: Service,
    new: Service,
    *,
    old_label: str = "old",
    new_label: str = "new",
    ignore: Iterable[str] = (),
) -> DiffResult:
    """Every change from ``old`` to ``new``, minus the ids in ``ignore``, sorted."""
    events: dict[str, Event] = {}
    for event in _Differ(old, new).events():
        events.setdefault(event.id, event)
    ignored = set(ignore)
    kept = sorted((e for e in events.values() if e.id not in ignored), key=lambda e: e.sort_key)
    return DiffResult(old, new, old_label, new_label, kept, len(events) - len(kept))


def _direction(*shapes: Shape | None) -> Direction:
    used_in = any(s is not None and s.used_in_input for s in shapes)
    used_out = any(s is not None and s.used_in_output for s in shapes)
    if used_in and used_out:
        return "both"
    if used_in:
        return "input"
    if used_out:
        return "output"
    return "none"


def _event(
    kind: str,
    direction: Direction,
    message: str,
    *,
    operation: str | None = None,
    shape: str | None = None,
    member: str | None = None,
    detail: str | None = None,
    severity: Severity | None = None,
) -> Event:
    spec = KINDS[kind]
    default_severity, wire, python = spec.facts(direction)
    parts = [kind, operation or shape or "", member, detail]
    if operation and shape:
        parts = [kind, operation, shape, member, detail]
    return Event(
        id=".".join(p for p in parts if p),
        kind=kind,
        severity=severity or default_severity,
        direction=direction,
        wire=wire,
        python_api=python,
        message=message,
        location=Location(operation, shape, member, detail),
    )


_CLASS_KINDS = frozenset({"structure", "union", "enum"})
"""Shape kinds the generated package has a public class for."""
_LENGTH_KINDS = frozenset({"string", "enum", "list", "map", "blob"})
_METADATA_FIELDS = {
    # IR field: (model key, kind)
    "protocol": ("protocol", "ServiceMetadataChanged"),
    "query_compatible": ("awsQueryCompatible", "ServiceMetadataChanged"),
    "protocols": ("protocols", "ServiceInfoChanged"),
    "json_version": ("jsonVersion", "ServiceMetadataChanged"),
    "target_prefix": ("targetPrefix", "ServiceMetadataChanged"),
    "endpoint_prefix": ("endpointPrefix", "ServiceMetadataChanged"),
    "signing_name": ("signingName", "ServiceMetadataChanged"),
    "signature_version": ("signatureVersion", "ServiceMetadataChanged"),
    "service_id": ("serviceId", "ServiceNameChanged"),
    "full_name": ("serviceFullName", "ServiceInfoChanged"),
    "api_version": ("apiVersion", "ServiceInfoChanged"),
    "uid": ("uid", "ServiceInfoChanged"),
}


@dataclass
class _Differ:
    old: Service
    new: Service

    def events(self) -> Iterator[Event]:
        yield from self.metadata()
        yield from self.endpoints()
        yield from self.operations()
        yield from self.shapes()
        yield from self.waiters()

    # -- service -------------------------------------------------------

    def metadata(self) -> Iterator[Event]:
        old, new = self.old.metadata, self.new.metadata
        for attr, (key, kind) in _METADATA_FIELDS.items():
            before, after = getattr(old, attr), getattr(new, attr)
            if before != after:
                yield _event(
                    kind,
                    "both",
                    f"service metadata {key} changed from {before!r} to {after!r}",
                    detail=key,
                )
        if self.old.documentation != self.new.documentation:
            yield _event("ServiceDocumentationChanged", "both", "service documentation changed")

    def endpoints(self) -> Iterator[Event]:
        old_rules = self.old.endpoint_rule_set or {}
        new_rules = self.new.endpoint_rule_set or {}
        old_params: dict[str, Any] = old_rules.get("parameters", {})
        new_params: dict[str, Any] = new_rules.get("parameters", {})
        removed = sorted(set(old_params) - set(new_params))
        added = sorted(set(new_params) - set(old_params))
        for name in list(removed):
            twin = next((a for a in added if a.lower() == name.lower()), None)
            if twin is not None:
                removed.remove(name)
                added.remove(twin)
                yield _event(
                    "EndpointParameterRenamed",
                    "both",
                    f"endpoint parameter {name} renamed to {twin} (casing)",
                    detail=name,
                )
        for name in removed:
            yield _event(
                "EndpointParameterRemoved",
                "both",
                f"endpoint parameter {name} removed",
                detail=name,
            )
        for name in added:
            required = " (required)" if new_params[name].get("required") else ""
            yield _event(
                "EndpointParameterAdded",
                "both",
                f"endpoint parameter {name} added{required}",
                detail=name,
            )
        for name in sorted(set(old_params) & set(new_params)):
            before, after = old_params[name], new_params[name]
            for key in sorted(set(before) | set(after)):
                if before.get(key) == after.get(key):
                    continue
                kind = "EndpointDocumentationChanged" if key == "documentation" else None
                case_only = (
                    key == "type" and str(before.get(key)).lower() == str(after.get(key)).lower()
                )
                yield _event(
                    kind or "EndpointParameterChanged",
                    "both",
                    f"endpoint parameter {name}: {key} changed from "
                    f"{_short(before.get(key))} to {_short(after.get(key))}"
                    + (" (case only; botocore lower-cases parameter types)" if case_only else ""),
                    detail=f"{name}.{key}",
                )
        old_rest = {k: v for k, v in old_rules.items() if k != "parameters"}
        new_rest = {k: v for k, v in new_rules.items() if k != "parameters"}
        if old_rest != new_rest:
            yield _event("EndpointRulesChanged", "both", "endpoint rules changed")

    def waiters(self) -> Iterator[Event]:
        old, new = self.old.waiters, self.new.waiters
        for name in sorted(set(new) - set(old)):
            yield _event("WaiterAdded", "both", f"waiter {name} added", detail=name)
        for name in sorted(set(old) - set(new)):
            yield _event("WaiterRemoved", "both", f"waiter {name} removed", detail=name)
        for name in sorted(set(old) & set(new)):
            if old[name] != new[name]:
                yield _event("WaiterChanged", "both", f"waiter {name} changed", detail=name)

    # -- operations ----------------------------------------------------

    def operations(self) -> Iterator[Event]:
        old = {o.name: o for o in self.old.operations}
        new = {o.name: o for o in self.new.operations}
        for name in sorted(set(new) - set(old)):
            yield _event("OperationAdded", "both", f"operation {name} added", operation=name)
            if new[name].paginator is not None:
                yield _event(
                    "PaginatorAdded", "both", f"paginator for {name} added", operation=name
                )
        for name in sorted(set(old) - set(new)):
            yield _event("OperationRemoved", "both", f"operation {name} removed", operation=name)
            if old[name].paginator is not None:
                yield _event(
                    "PaginatorRemoved", "both", f"paginator for {name} removed", operation=name
                )
        for name in sorted(set(old) & set(new)):
            yield from self.operation(old[name], new[name])

    def operation(self, old: Operation, new: Operation) -> Iterator[Event]:
        name = new.name
        for which, before, after in (
            ("Input", old.input, new.input),
            ("Output", old.output, new.output),
        ):
            if before == after:
                continue
            direction: Direction = "input" if which == "Input" else "output"
            same = self._same_members(before, after)
            yield _event(
                f"Operation{which}Renamed",
                direction,
                f"{name} {which.lower()} shape changed from {before} to {after}"
                + ("" if same else " and its members differ"),
                operation=name,
                severity=None if same else ERROR,
            )
        for error in sorted(set(new.errors) - set(old.errors)):
            yield _event(
                "OperationErrorAdded",
                "output",
                f"{name} may now raise {error}",
                operation=name,
                member=error,
            )
        for error in sorted(set(old.errors) - set(new.errors)):
            yield _event(
                "OperationErrorRemoved",
                "output",
                f"{name} no longer lists {error}",
                operation=name,
                member=error,
            )
        for trait in ("idempotent", "readonly"):
            before_flag, after_flag = getattr(old, trait), getattr(new, trait)
            if before_flag != after_flag:
                change = "Added" if after_flag else "Removed"
                yield _event(
                    f"Operation{trait.capitalize()}{change}",
                    "both",
                    f"{name}: {trait} trait {change.lower()}",
                    operation=name,
                )
        if old.host_prefix != new.host_prefix:
            yield _event(
                "OperationHostPrefixChanged",
                "both",
                f"{name}: host prefix changed from {old.host_prefix!r} to {new.host_prefix!r}",
                operation=name,
            )
        if old.deprecated != new.deprecated:
            change = "Added" if new.deprecated else "Removed"
            yield _event(
                f"Deprecated{change}",
                "both",
                f"operation {name} {'deprecated' if new.deprecated else 'no longer deprecated'}",
                operation=name,
            )
        if old.documentation != new.documentation:
            yield _event(
                "OperationDocumentationChanged",
                "both",
                f"documentation of operation {name} changed",
                operation=name,
            )
        yield from self.paginator(name, old.paginator, new.paginator)

    def _same_members(self, before: str | None, after: str | None) -> bool:
        if before is None or after is None:
            return False

        def facts(service: Service, name: str) -> set[tuple[str, str, bool]]:
            return {(m.wire_name, m.target, m.required) for m in service.shapes[name].members}

        return facts(self.old, before) == facts(self.new, after)

    def paginator(
        self, name: str, old: Paginator | None, new: Paginator | None
    ) -> Iterator[Event]:
        if old is None and new is not None:
            yield _event("PaginatorAdded", "both", f"paginator for {name} added", operation=name)
        elif old is not None and new is None:
            yield _event(
                "PaginatorRemoved", "both", f"paginator for {name} removed", operation=name
            )
        elif old is not None and new is not None:
            for key in ("input_tokens", "output_tokens", "result_keys", "limit_key"):
                before, after = getattr(old, key), getattr(new, key)
                if before != after:
                    yield _event(
                        "PaginatorChanged",
                        "both",
                        f"paginator for {name}: {key} changed from {_short(before)} "
                        f"to {_short(after)}",
                        operation=name,
                        detail=key,
                    )
            if old.more_results != new.more_results:
                yield _event(
                    "PaginatorChanged",
                    "both",
                    f"paginator for {name}: more_results changed from "
                    f"{old.more_results!r} to {new.more_results!r}",
                    operation=name,
                    detail="more_results",
                )

    # -- shapes --------------------------------------------------------

    def shapes(self) -> Iterator[Event]:
        old, new = self.old.shapes, self.new.shapes
        for name in sorted(set(new) - set(old)):
            shape = new[name]
            yield _event(
                "ShapeAdded", _direction(shape), f"{shape.kind} shape {name} added", shape=name
            )
        for name in sorted(set(old) - set(new)):
            shape = old[name]
            if shape.kind not in _CLASS_KINDS:
                yield _event(
                    "InternalShapeRemoved",
                    _direction(shape),
                    f"{shape.kind} shape {name} removed",
                    shape=name,
                )
                continue
            kind = "ErrorShapeRemoved" if shape.exception else "ShapeRemoved"
            what = "error" if shape.exception else shape.kind
            yield _event(
                kind,
                _direction(shape),
                f"{what} shape {name} removed (class {shape.python_name} gone; "
                "keep it as a deprecated alias)",
                shape=name,
            )
        for name in sorted(set(old) & set(new)):
            yield from self.shape(old[name], new[name])

    def shape(self, old: Shape, new: Shape) -> Iterator[Event]:
        name = new.name
        direction = _direction(old, new)
        if old.kind != new.kind:
            if old.kind == "enum" and new.kind == "string":
                yield _event(
                    "EnumToString",
                    direction,
                    f"enum {name} became a plain string; the generated package should keep "
                    f"{old.python_name} as a deprecated alias",
                    shape=name,
                )
            elif old.kind == "string" and new.kind == "enum":
                yield _event(
                    "StringToEnum", direction, f"string {name} became an enum", shape=name
                )
            else:
                yield _event(
                    "ShapeTypeChanged",
                    direction,
                    f"shape {name} changed from {old.kind} to {new.kind}",
                    shape=name,
                )
                return
        if old.python_name != new.python_name:
            yield _event(
                "PythonNameChanged",
                direction,
                f"class of {name} renamed from {old.python_name} to {new.python_name}",
                shape=name,
            )
        if old.kind == "enum" and new.kind == "enum":
            yield from self.enum(old, new, direction)
        if new.kind in ("structure", "union"):
            yield from self.members(old, new, direction)
        for key in ("member", "key", "value"):
            before, after = getattr(old, f"{key}_target"), getattr(new, f"{key}_target")
            if before and after and before != after:
                yield from self.target_change(name, key, before, after, direction)
        yield from self.constraints(old, new, direction)
        if old.timestamp_format != new.timestamp_format:
            yield _event(
                "TimestampFormatChanged",
                direction,
                f"timestamp format of {name} changed from {old.timestamp_format} "
                f"to {new.timestamp_format}",
                shape=name,
            )
        if old.sensitive != new.sensitive:
            change = "Added" if new.sensitive else "Removed"
            yield _event(
                f"Sensitive{change}",
                direction,
                f"{name} {'is now' if new.sensitive else 'is no longer'} sensitive"
                + ("" if new.sensitive else " (values may now be logged)"),
                shape=name,
            )
        if old.deprecated != new.deprecated:
            change = "Added" if new.deprecated else "Removed"
            yield _event(
                f"Deprecated{change}",
                direction,
                f"shape {name} {'deprecated' if new.deprecated else 'no longer deprecated'}",
                shape=name,
            )
        if old.documentation != new.documentation:
            yield _event(
                "DocumentationChanged", direction, f"documentation of {name} changed", shape=name
            )

    def enum(self, old: Shape, new: Shape, direction: Direction) -> Iterator[Event]:
        name = new.name
        before = {v.value: v for v in old.enum_values}
        after = {v.value: v for v in new.enum_values}
        for value in sorted(set(after) - set(before)):
            yield _event(
                "EnumValueAdded",
                _direction(new),
                f"enum {name} gained the value {value!r}",
                shape=name,
                detail=value,
            )
        for value in sorted(set(before) - set(after)):
            yield _event(
                "EnumValueRemoved",
                _direction(old),
                f"enum {name} lost the value {value!r}",
                shape=name,
                detail=value,
            )
        for value in sorted(set(before) & set(after)):
            if before[value].constant != after[value].constant:
                yield _event(
                    "EnumConstantRenamed",
                    direction,
                    f"enum {name}: the constant for {value!r} changed from "
                    f"{before[value].constant} to {after[value].constant}",
                    shape=name,
                    detail=value,
                )

    def members(self, old: Shape, new: Shape, direction: Direction) -> Iterator[Event]:
        name = new.name
        union = new.kind == "union"
        before = {m.wire_name: m for m in old.members}
        after = {m.wire_name: m for m in new.members}
        removed = sorted(set(before) - set(after))
        added = sorted(set(after) - set(before))
        # Same Python name, different JSON key: a wire rename (row 26).
        for wire in list(removed):
            twin = next(
                (a for a in added if after[a].python_name == before[wire].python_name), None
            )
            if twin is not None:
                removed.remove(wire)
                added.remove(twin)
                yield _event(
                    "MemberWireNameChanged",
                    direction,
                    f"{name}.{before[wire].python_name}: JSON key changed from {wire} to {twin}",
                    shape=name,
                    member=wire,
                )
        for wire in added:
            member = after[wire]
            if union:
                yield _event(
                    "UnionMemberAdded",
                    _direction(new),
                    f"union {name} gained the variant {wire}",
                    shape=name,
                    member=wire,
                )
            elif member.required:
                yield _event(
                    "RequiredMemberAdded",
                    _direction(new),
                    f"required member {name}.{wire} added",
                    shape=name,
                    member=wire,
                )
            else:
                yield _event(
                    "OptionalMemberAdded",
                    _direction(new),
                    f"optional member {name}.{wire} added",
                    shape=name,
                    member=wire,
                )
        for wire in removed:
            yield _event(
                "UnionMemberRemoved" if union else "MemberRemoved",
                _direction(old),
                f"{'variant' if union else 'member'} {name}.{wire} removed",
                shape=name,
                member=wire,
            )
        for wire in sorted(set(before) & set(after)):
            yield from self.member(name, before[wire], after[wire], direction, union)

    def member(
        self, shape: str, old: Member, new: Member, direction: Direction, union: bool
    ) -> Iterator[Event]:
        wire = new.wire_name
        where = f"{shape}.{wire}"
        if old.required != new.required and not union:
            yield _event(
                "MemberMadeRequired" if new.required else "MemberMadeOptional",
                direction,
                f"member {where} made {'required' if new.required else 'optional'}",
                shape=shape,
                member=wire,
            )
        if old.target != new.target:
            yield from self.target_change(shape, wire, old.target, new.target, direction)
        elif old.timestamp_format != new.timestamp_format:
            yield _event(
                "TimestampFormatChanged",
                direction,
                f"timestamp format of {where} changed from {old.timestamp_format} "
                f"to {new.timestamp_format}",
                shape=shape,
                member=wire,
            )
        if old.python_name != new.python_name:
            yield _event(
                "PythonNameChanged",
                direction,
                f"attribute {where} renamed from {old.python_name} to {new.python_name}",
                shape=shape,
                member=wire,
            )
        if old.idempotency_token != new.idempotency_token:
            change = "Added" if new.idempotency_token else "Removed"
            yield _event(
                f"IdempotencyToken{change}",
                direction,
                f"{where} {'is now' if new.idempotency_token else 'is no longer'} an "
                "idempotency token"
                + ("" if new.idempotency_token else " (the client stops auto-filling it)"),
                shape=shape,
                member=wire,
            )
        if old.deprecated != new.deprecated:
            change = "Added" if new.deprecated else "Removed"
            yield _event(
                f"Deprecated{change}",
                direction,
                f"member {where} {'deprecated' if new.deprecated else 'no longer deprecated'}",
                shape=shape,
                member=wire,
            )
        if old.documentation != new.documentation:
            yield _event(
                "DocumentationChanged",
                direction,
                f"documentation of {where} changed",
                shape=shape,
                member=wire,
            )

    def target_change(
        self, shape: str, member: str, before: str, after: str, direction: Direction
    ) -> Iterator[Event]:
        old_target, new_target = self.old.shapes[before], self.new.shapes[after]
        where = f"{shape}.{member}"
        if old_target.kind == "enum" and new_target.kind == "string":
            yield _event(
                "EnumToString",
                direction,
                f"{where} changed from the enum {before} to the string {after}; the "
                f"generated package should keep {old_target.python_name} as a deprecated alias",
                shape=shape,
                member=member,
            )
        elif old_target.kind == "string" and new_target.kind == "enum":
            yield _event(
                "StringToEnum",
                direction,
                f"{where} changed from the string {before} to the enum {after}",
                shape=shape,
                member=member,
            )
        elif old_target.kind != new_target.kind:
            yield _event(
                "MemberTypeChanged",
                direction,
                f"{where} changed from {before} ({old_target.kind}) to {after} "
                f"({new_target.kind})",
                shape=shape,
                member=member,
            )
        else:
            visible = _annotation(self.old, before) != _annotation(self.new, after)
            yield _event(
                "MemberTargetChanged" if visible else "MemberTargetRenamed",
                direction,
                f"{where} target changed from {before} to {after} ({new_target.kind})"
                + ("" if visible else "; the Python annotation is unchanged")
                + _member_difference(old_target, new_target),
                shape=shape,
                member=member,
            )
            yield from self.constraints(old_target, new_target, direction, shape, member)
            if old_target.kind == "enum":
                yield from self.target_enum_values(shape, member, old_target, new_target)

    def target_enum_values(
        self, shape: str, member: str, old: Shape, new: Shape
    ) -> Iterator[Event]:
        """Values lost (one event each) and gained (one event) when an enum target changes."""
        where = f"{shape}.{member}"
        holder_old, holder_new = self.old.shapes[shape], self.new.shapes[shape]
        before = {v.value for v in old.enum_values}
        after = {v.value for v in new.enum_values}
        for value in sorted(before - after):
            yield _event(
                "EnumValueRemoved",
                _direction(holder_old),
                f"{where}: the new target {new.name} lacks the value {value!r} of {old.name}",
                shape=shape,
                member=member,
                detail=value,
            )
        gained = sorted(after - before)
        if gained:
            yield _event(
                "EnumValueAdded",
                _direction(holder_new),
                f"{where}: the new target {new.name} allows {len(gained)} more value(s) "
                f"than {old.name}: {_short(gained)}",
                shape=shape,
                member=member,
            )

    def constraints(
        self,
        old: Shape,
        new: Shape,
        direction: Direction,
        shape: str | None = None,
        member: str | None = None,
    ) -> Iterator[Event]:
        """Constraint changes of a shape, or between the old and new target of a member.

        Compared on the effective limits (see :func:`_effective`), so moving a
        length limit from ``min``/``max`` into a pattern is one NOTE.
        """
        where = f"{shape}.{member}" if member else new.name
        owner = shape or new.name
        before, after = _effective(old), _effective(new)
        found = False
        for what, old_limit, new_limit, tightened in (
            ("min", before[0], after[0], after[0] > before[0]),
            ("max", before[1], after[1], after[1] < before[1]),
        ):
            if old_limit != new_limit:
                found = True
                yield _event(
                    "ConstraintTightened" if tightened else "ConstraintRelaxed",
                    direction,
                    f"{what} of {where} changed from {_num(old_limit)} to {_num(new_limit)}",
                    shape=owner,
                    member=member,
                    detail=what,
                )
        old_core, new_core = before[2], after[2]
        if old_core != new_core:
            found = True
            kind = (
                "PatternAdded"
                if old_core is None
                else "PatternRemoved" if new_core is None else "PatternChanged"
            )
            yield _event(
                kind,
                direction,
                f"pattern of {where} changed from {_pattern(old_core)} to {_pattern(new_core)}",
                shape=owner,
                member=member,
                detail="pattern",
            )
        if not found and old.constraints != new.constraints:
            yield _event(
                "ConstraintRestated",
                direction,
                f"constraints of {where} rewritten with the same effect "
                f"({_constraint_text(old.constraints)} -> {_constraint_text(new.constraints)})",
                shape=owner,
                member=member,
                detail="constraints",
            )


_LOOKAHEAD = re.compile(r"\(\?=\.\{(\d+),(\d+)\}\$\)")
_LENGTH_PATTERN = re.compile(r"\(\?s\)\.\{(\d+),(\d+)\}")


def _effective(shape: Shape) -> tuple[float, float, str | None]:
    """(lowest, highest, pattern) a value of ``shape`` may have.

    Lengths for strings, lists, maps and blobs; values for numbers. Patterns
    are read as full matches (how AWS services apply them): anchors ``^``/``$``
    are dropped, and the length-only forms botocore models use since 2025
    (``(?s).{a,b}`` and a leading ``(?=.{a,b}$)``) count as length limits.
    """
    c = shape.constraints
    lengths = shape.kind in _LENGTH_KINDS
    low = (0.0 if lengths else float("-inf")) if c.min is None else float(c.min)
    high = float("inf") if c.max is None else float(c.max)
    pattern = c.pattern
    if pattern is not None and lengths:
        if pattern.startswith("^"):
            pattern = pattern[1:]
        if pattern.endswith("$") and not pattern.endswith("\\$"):
            pattern = pattern[:-1]
        for form in (_LOOKAHEAD, _LENGTH_PATTERN):
            match = form.match(pattern)
            if match and (form is _LOOKAHEAD or match.end() == len(pattern)):
                low = max(low, float(match.group(1)))
                high = min(high, float(match.group(2)))
                pattern = pattern[match.end() :]
        pattern = pattern or None
    return low, high, pattern


def _constraint_text(c: Constraints) -> str:
    parts = [f"{k}={v!r}" for k, v in (("min", c.min), ("max", c.max), ("pattern", c.pattern))]
    return ", ".join(p for p in parts if not p.endswith("=None")) or "none"


def _member_difference(old: Shape, new: Shape) -> str:
    """For a structure target swapped for another: which members differ (for the message)."""
    if old.kind not in ("structure", "union"):
        return ""
    before = {m.wire_name: m.required for m in old.members}
    after = {m.wire_name: m.required for m in new.members}
    parts = []
    if removed := sorted(set(before) - set(after)):
        parts.append("members removed: " + ", ".join(removed))
    if added := sorted(set(after) - set(before)):
        parts.append("members added: " + ", ".join(added))
    if changed := sorted(n for n in set(before) & set(after) if before[n] != after[n]):
        parts.append("requiredness changed: " + ", ".join(changed))
    return f" ({'; '.join(parts)})" if parts else " (same member names)"


def _annotation(service: Service, name: str) -> str:
    """The Python type a value of shape ``name`` is annotated with (names of public classes)."""
    shape = service.shapes[name]
    if shape.kind in ("enum", "structure", "union"):
        return shape.python_name
    if shape.kind == "list":
        return f"list[{_annotation(service, shape.member_target)}]"
    if shape.kind == "map":
        key = _annotation(service, shape.key_target)
        return f"dict[{key}, {_annotation(service, shape.value_target)}]"
    return shape.kind


def _pattern(value: str | None) -> str:
    return "none" if value is None else f"'{value}'"


def _num(value: float) -> str:
    if value in (float("inf"), float("-inf")):
        return "none"
    return str(int(value)) if value.is_integer() else str(value)


def _short(value: object, limit: int = 60) -> str:
    text = json.dumps(value, sort_keys=True) if not isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
