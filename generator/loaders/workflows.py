"""``workflows.json``: the read-modify-write updates and incremental syncs a service offers.

A service's customization folder may hold ``workflows.json`` (format:
``schemas/customization-workflows.schema.json``). It says what the model cannot: that an
update replaces the whole resource, its concurrency token and the error meaning "changed
since the read", the member renames between the read and the update; for a list, its
"changed at or after" filter, the sort listing the oldest change first, and the items'
timestamp and identifier. Everything else is derived from the model here, and what the
model does not allow is refused, each problem with the file, the JSON pointer of the value
at fault and what to do. The result is :class:`generator.model.workflows.Workflows`.

**The read of an update is derived**, not named: the one read-only operation (the
model's ``readonly`` trait) whose output holds every member of the update's input, under
the same name or the one ``identifiers`` gives (``Identifier`` <- ``Id``), with the same
Python type (:func:`same_type`), and always present where the update requires it. Then
the update's request can be rebuilt from what the read returned, and nothing the update
would clear is left out. An update whose input holds members no read returns (a part of a
list, a union of another shape) cannot be rebuilt, and is refused.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar, cast

from ..errors import ModelError, json_pointer
from ..model import naming, paging
from ..model.ir import SCALAR_KINDS, Member, Operation, Service, Shape
from ..model.workflows import (
    FROM_CURRENT,
    MODIFY_PARAMETERS,
    SYNC_PARAMETERS,
    IncrementalSync,
    ReadModifyWrite,
    SortValue,
    Workflows,
)
from .schemas import load_json, validate_model_file

T = TypeVar("T")

WORKFLOWS_FILE = "workflows.json"
SCHEMA_KIND = "customization-workflows"
DEFAULT_TITLE = "Update safely, sync incrementally"
DEFAULT_INTRO = (
    "Two helpers built on the operations: an update that never clears what it did not "
    "change, and a sync of what changed since the last run."
)
# A JSON value of a customization, by kind, as a shape of that kind takes it.
_JSON_TYPES: dict[str, type | tuple[type, ...]] = {
    "string": str,
    "enum": str,
    "integer": int,
    "long": int,
    "boolean": bool,
    "float": (int, float),
    "double": (int, float),
}


class WorkflowError(ValueError):
    """A workflow the model does not allow: ``path`` leads to the value at fault in its entry."""

    def __init__(self, path: Sequence[str], problem: str, hint: str) -> None:
        super().__init__(problem)
        self.path = tuple(path)
        self.problem = problem
        self.hint = hint


def read_workflows(service: Service, file: Path) -> Workflows:
    """The workflows ``file`` describes, checked against ``service``."""
    document = load_json(file)
    validate_model_file(document, SCHEMA_KIND, file)
    raw = cast("dict[str, Any]", document)
    guide = raw.get("guide", {})
    return Workflows(
        updates=tuple(
            _reported(file, ("updates", name), lambda: _update(service, name, spec))
            for name, spec in raw.get("updates", {}).items()
        ),
        syncs=tuple(
            _reported(file, ("incremental_syncs", name), lambda: _sync(service, name, spec))
            for name, spec in raw.get("incremental_syncs", {}).items()
        ),
        guide_title=guide.get("title", DEFAULT_TITLE),
        guide_intro=guide.get("intro", DEFAULT_INTRO),
        guide_related=tuple(guide.get("related", ())),
    )


def _update(service: Service, name: str, spec: Mapping[str, Any]) -> ReadModifyWrite:
    """The ``updates`` entry ``name``: ``spec`` as the schema let it through."""
    return read_modify_write(
        service,
        name,
        token=spec["concurrency_token"],
        conflict_error=spec["conflict_error"],
        identifiers=spec.get("identifiers", {}),
    )


def _sync(service: Service, name: str, spec: Mapping[str, Any]) -> IncrementalSync:
    """The ``incremental_syncs`` entry ``name``: ``spec`` as the schema let it through."""
    return incremental_sync(
        service,
        name,
        since=spec["since"],
        sort=spec["sort"],
        item_timestamp=spec["item_timestamp"],
        item_id=spec["item_id"],
    )


def _reported(file: Path, where: tuple[str, str], derive: Callable[[], T]) -> T:
    """What ``derive()`` returns; its :class:`WorkflowError` as a problem at ``where`` in ``file``."""
    try:
        return derive()
    except WorkflowError as exc:
        raise ModelError(file, json_pointer(*where, *exc.path), exc.problem, exc.hint) from None


def read_modify_write(
    service: Service,
    update: str,
    *,
    token: str,
    conflict_error: str,
    identifiers: Mapping[str, str],
) -> ReadModifyWrite:
    """The read-modify-write of ``update``, its read derived from the model.

    ``token`` and the keys of ``identifiers`` are wire names of the update's input;
    ``identifiers`` maps each to the read output member it comes from when the name
    differs; ``conflict_error`` is the shape name of the error that means "stale".
    """
    operation = _operation(service, update)
    if operation.input is None:
        raise WorkflowError((), f"{update} takes no input: there is nothing to write back", "")
    members = service.shapes[operation.input].members
    wire_names = [m.wire_name for m in members]
    for name in (token, *identifiers):
        if name not in wire_names:
            where = ("concurrency_token",) if name == token else ("identifiers", name)
            raise WorkflowError(
                where, f"{update}'s input has no member {name!r}", _one_of(wire_names)
            )
    if conflict_error not in operation.errors:
        raise WorkflowError(
            ("conflict_error",),
            f"{update} does not list the error {conflict_error!r}",
            _one_of(operation.errors),
        )
    read, sources = _derived_read(service, operation, members, identifiers)
    assert read.output is not None  # only reads with an output are derived
    method_name = naming.modify_method_name(update)
    _check_method(service, method_name)
    _check_parameters(service, read, MODIFY_PARAMETERS, method_name)
    if any(m.python_name == FROM_CURRENT for m in members):
        raise WorkflowError(
            (),
            f"{update}'s input has a member named {FROM_CURRENT!r}, the name of the "
            "classmethod that builds its request from the read",
            "leave this update out",
        )
    return ReadModifyWrite(
        update=update,
        read=read.name,
        request=operation.input,
        current=read.output,
        sources=sources,
        token=next(m.python_name for m in members if m.wire_name == token),
        conflict_error=conflict_error,
        method_name=method_name,
    )


def incremental_sync(
    service: Service,
    operation_name: str,
    *,
    since: str,
    sort: Mapping[str, Any],
    item_timestamp: str,
    item_id: str,
) -> IncrementalSync:
    """The incremental sync over ``operation_name``, checked against the model.

    ``since`` is the dotted wire-name path of the input's "at or after" timestamp filter;
    ``sort`` gives input members (wire names) their wire values; ``item_timestamp`` and
    ``item_id`` are wire names of a member of the items the pages list.
    """
    operation = _operation(service, operation_name)
    if operation.paginator is None or operation.input is None:
        raise WorkflowError((), f"{operation_name} has no paginator", "name a paginated list")
    pages = paging.pagination(service.shapes, operation)
    if len(pages.input_tokens) != 1 or pages.items is None:
        raise WorkflowError(
            (),
            f"{operation_name} pages by {len(pages.input_tokens)} tokens"
            + ("" if pages.items else ", with no result list"),
            "name a list operation with one page token and a result list",
        )
    since_member = _since_member(service, operation, since, pages.input_tokens[0])
    sort_values = tuple(
        _sort_value(service, operation, name, value, since_member) for name, value in sort.items()
    )
    item = service.shapes[service.shapes[pages.items.target].member_target]
    method_name = naming.sync_method_name(operation_name)
    _check_method(service, method_name)
    _check_parameters(service, operation, SYNC_PARAMETERS, method_name)
    return IncrementalSync(
        operation=operation_name,
        since=tuple(since.split(".")),
        since_member=since_member,
        sort=sort_values,
        item_timestamp=_item_member(service, item, item_timestamp, "item_timestamp", "timestamp"),
        item_id=_item_member(service, item, item_id, "item_id", "string"),
        method_name=method_name,
    )


def same_type(shapes: Mapping[str, Shape], a: str, b: str) -> bool:
    """Do shapes ``a`` and ``b`` take the same Python values (constraints aside)?

    Structures, unions and enums are the same class only; scalars of one kind, and
    lists and maps of the same types, are interchangeable.
    """
    if a == b:
        return True
    left, right = shapes[a], shapes[b]
    if left.kind != right.kind:
        return False
    if left.kind in SCALAR_KINDS:
        return True
    if left.kind == "list":
        return same_type(shapes, left.member_target, right.member_target)
    if left.kind == "map":
        return same_type(shapes, left.key_target, right.key_target) and same_type(
            shapes, left.value_target, right.value_target
        )
    return False


def _operation(service: Service, name: str) -> Operation:
    """The operation ``name`` of the package (the path to it is the entry's own: ``()``)."""
    for operation in service.operations:
        if operation.name == name:
            return operation
    left_out = service.skipped_operations.get(name)
    problem = f"operation {name!r} is left out of the package: {left_out}" if left_out else ""
    raise WorkflowError(
        (),
        problem or f"no operation {name!r} in the model",
        "name an operation the package has, as the model spells it",
    )


def _derived_read(
    service: Service, update: Operation, members: Sequence[Member], identifiers: Mapping[str, str]
) -> tuple[Operation, tuple[tuple[str, str], ...]]:
    """The one read-only operation whose output builds ``update``'s input, and the sources."""
    fits: list[tuple[Operation, tuple[tuple[str, str], ...]]] = []
    closest: tuple[int, str, list[str]] | None = None
    for read in service.operations:
        if not read.readonly or read.output is None or read is update:
            continue
        sources, gaps = _sources(service, members, read.output, identifiers)
        if not gaps:
            fits.append((read, sources))
        elif closest is None or (len(gaps), read.name) < closest[:2]:
            closest = (len(gaps), read.name, gaps)
    if len(fits) == 1:
        return fits[0]
    if fits:
        names = ", ".join(read.name for read, _ in fits)
        raise WorkflowError(
            (),
            f"several read-only operations return everything {update.name} takes: {names}",
            "leave this update out: its read cannot be told from the model",
        )
    nearest = f": the closest, {closest[1]}, {'; '.join(closest[2])}" if closest else ""
    raise WorkflowError(
        (),
        f"no read-only operation returns everything {update.name} takes{nearest}",
        "name under 'identifiers' the read's member for each input member it returns "
        "under another name; if it does not return one at all, leave this update out",
    )


def _sources(
    service: Service, members: Sequence[Member], output: str, identifiers: Mapping[str, str]
) -> tuple[tuple[tuple[str, str], ...], list[str]]:
    """(target, source) Python names for each input member, and why the others have none."""
    returned = {m.wire_name: m for m in service.shapes[output].members}
    sources, gaps = [], []
    for member in members:
        name = identifiers.get(member.wire_name, member.wire_name)
        source = returned.get(name)
        if source is None:
            gaps.append(f"returns no {name}")
        elif not same_type(service.shapes, member.target, source.target):
            gaps.append(f"returns {name} as {source.target}, not {member.target}")
        elif member.required and not source.required:
            gaps.append(f"may leave out {name}, which {member.wire_name} requires")
        else:
            sources.append((member.python_name, source.python_name))
    return tuple(sources), gaps


def _check_method(service: Service, method_name: str) -> None:
    """``method_name`` is no name a client method already has."""
    taken = {operation.method_name for operation in service.operations}
    taken |= {naming.paginator_method_name(op.method_name) for op in service.paginated_operations}
    taken |= {waiter.method_name for waiter in service.waiters.values()}
    if method_name in taken or method_name in naming.RESERVED_METHOD_NAMES:
        raise WorkflowError(
            (),
            f"its client method {method_name!r} is a method the client already has",
            "leave this workflow out",
        )


def _check_parameters(
    service: Service, operation: Operation, parameters: Sequence[str], method_name: str
) -> None:
    """No input member of ``operation`` takes the name of one of the method's own parameters."""
    members = service.shapes[operation.input].members if operation.input else ()
    for member in members:
        if member.python_name in parameters:
            raise WorkflowError(
                (),
                f"input member {member.wire_name!r} of {operation.name} takes the name of "
                f"{method_name}'s own parameter {member.python_name!r}",
                "leave this workflow out",
            )


def _since_member(service: Service, operation: Operation, since: str, token: Member) -> Member:
    """The optional top-level input member ``since`` starts at; the path ends at a timestamp."""
    assert operation.input is not None
    try:
        resolved = paging.resolve(service.shapes, operation.input, since)
    except ValueError as exc:
        raise WorkflowError(("since",), str(exc), "give a dotted path of input members") from None
    first = since.split(".")[0]
    member = next(m for m in service.shapes[operation.input].members if m.wire_name == first)
    kind = service.shapes[resolved.target].kind
    if any(isinstance(step, int) for step in resolved.path) or kind != "timestamp":
        raise WorkflowError(
            ("since",),
            f"{since!r} leads to a {kind}, not a timestamp",
            "give the path of the filter's timestamp, member names joined by dots",
        )
    if member.required or member == token:
        raise WorkflowError(
            ("since",),
            f"{member.wire_name!r} is {'the page token' if member == token else 'required'}; "
            "the first sync sends no filter",
            "give the path of an optional filter",
        )
    return member


def _sort_value(
    service: Service, operation: Operation, name: str, value: Any, since: Member
) -> SortValue:
    """The input member ``name`` with the wire ``value`` the sync gives it (checked)."""
    assert operation.input is not None
    members = {m.wire_name: m for m in service.shapes[operation.input].members}
    member = members.get(name)
    if member is None or member == since:
        problem = f"{operation.name}'s input has no member {name!r}"
        if member == since:
            problem = f"{name!r} is the member of 'since'"
        raise WorkflowError(("sort", name), problem, _one_of(list(members)))
    _check_value(service.shapes, member.target, value, ("sort", name))
    return SortValue(member, value)


def _check_value(
    shapes: Mapping[str, Shape], name: str, value: Any, path: tuple[str, ...]
) -> None:
    """``value`` (JSON, wire names) is a value of shape ``name``: its members, enum values."""
    shape = shapes[name]
    if shape.kind == "structure":
        if not isinstance(value, dict):
            raise WorkflowError(path, f"{name} is a structure", "give an object of its members")
        members = {m.wire_name: m for m in shape.members}
        for key, item in value.items():
            if key not in members:
                raise WorkflowError(
                    (*path, key), f"{name} has no member {key!r}", _one_of(members)
                )
            _check_value(shapes, members[key].target, item, (*path, key))
        for member in shape.required_members:
            if member.wire_name not in value:
                raise WorkflowError(path, f"{name} requires {member.wire_name!r}", "give it")
        return
    expected = _JSON_TYPES.get(shape.kind)
    if expected is None or not isinstance(value, expected):
        raise WorkflowError(path, f"{value!r} is not a value of {name} ({shape.kind})", "")
    allowed = [v.value for v in shape.enum_values]
    if shape.kind == "enum" and value not in allowed:
        raise WorkflowError(path, f"{value!r} is not a value of the enum {name}", _one_of(allowed))


def _item_member(service: Service, item: Shape, name: str, key: str, kind: str) -> str:
    """The Python name of ``item``'s member ``name``, which must be a ``kind``."""
    member = next((m for m in item.members if m.wire_name == name), None)
    if member is None:
        names = [m.wire_name for m in item.members]
        raise WorkflowError(
            (key,), f"the listed {item.name} has no member {name!r}", _one_of(names)
        )
    found = service.shapes[member.target].kind
    if found != kind:
        raise WorkflowError((key,), f"{item.name}.{name} is a {found}, not a {kind}", "")
    return member.python_name


def _one_of(names: Sequence[str] | Mapping[str, Any]) -> str:
    """The hint that lists what is allowed."""
    return f"use one of {', '.join(map(repr, names))}" if names else ""
