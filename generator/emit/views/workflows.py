"""The workflow methods (``modify_*``, ``sync_*``) and ``from_current``: code and docstrings.

What they are and why: :mod:`generator.model.workflows`. The templates render them from
the service customization's workflows only, so a service without ``workflows.json``
gets none of them.
"""

from __future__ import annotations

from typing import Any

from ...model.ir import Member, Operation, Shape
from ..examples import example_literal
from ...model.workflows import DEFAULT_MAX_ATTEMPTS, FROM_CURRENT, IncrementalSync, ReadModifyWrite
from .text import described_list, field_entries, wrap
from .types import TypesView


class WorkflowsView(TypesView):
    """Read-modify-write updates and incremental syncs, as the client and shapes spell them."""

    max_attempts = DEFAULT_MAX_ATTEMPTS

    @property
    def updates(self) -> tuple[ReadModifyWrite, ...]:
        return self.service.customization.workflows.updates

    @property
    def syncs(self) -> tuple[IncrementalSync, ...]:
        return self.service.customization.workflows.syncs

    def workflow_annotations(self) -> list[str]:
        """The typing helpers the workflow methods spell (for the client's imports)."""
        return (["_Callable["] if self.updates else []) + (["_dt."] if self.syncs else [])

    @property
    def update_requests(self) -> list[str]:
        """The request shapes that get ``from_current``."""
        return [update.request for update in self.updates]

    def update_of_request(self, shape: Shape) -> ReadModifyWrite | None:
        """The update whose request class ``shape`` is (it gets ``from_current``), or None."""
        return next((u for u in self.updates if u.request == shape.name), None)

    def sync_arguments(self, sync: IncrementalSync) -> tuple[Member, ...]:
        """The ``sync_*`` method's arguments: the list's, but the token and what it sets."""
        return tuple(
            m
            for m in self.pagination(self._operation(sync)).arguments
            if m.wire_name not in sync.set_members
        )

    def sync_output(self, sync: IncrementalSync) -> str:
        """The class of a listed page."""
        return self.output_annotation(self._operation(sync))

    def sync_item(self, sync: IncrementalSync) -> str:
        """The class of a listed item."""
        pages = self.pagination(self._operation(sync))
        return self.item_annotation(pages)

    def since_code(self, sync: IncrementalSync, variable: str) -> str:
        """The filter argument that lists from the datetime ``variable`` (None: no filter)."""
        member = sync.since_member
        if len(sync.since) == 1:
            return variable
        nested: str = variable
        for name in reversed(sync.since[1:]):
            nested = f"{{{name!r}: {nested}}}"
        built = f"_shapes.{self.shape(member.target).python_name}.from_dict({nested})"
        return f"None if {variable} is None else {built}"

    def sort_code(self, member: Member, value: Any) -> str:
        """The value of a sort argument: a structure built from its wire dict, else the literal."""
        shape = self.shape(member.target)
        if shape.kind == "structure":
            return f"_shapes.{shape.python_name}.from_dict({value!r})"
        return repr(value)

    def change_example(self, update: ReadModifyWrite) -> tuple[str, str] | None:
        """What a docs example's ``change`` sets: a member and its example value.

        The request's first optional string member that the read returns under the same
        name (not the token, not an identifier); None when it has no such member.
        """
        renamed = {target for target, source in update.sources if target != source}
        chosen = self.service.customization.example_values
        for member in self.shape(update.request).members:
            shape = self.shape(member.target)
            settable = not member.required and member.python_name not in renamed
            if settable and shape.kind == "string" and member.python_name != update.token:
                return member.python_name, example_literal(member, shape, chosen)
        return None

    def from_current_doc(self, update: ReadModifyWrite) -> str:
        """``from_current``'s docstring: what it copies from where, and why."""
        read = self.operations_by_name[update.read]
        renamed = [
            f"`{target}` from its `{source}`"
            for target, source in update.sources
            if target != source
        ]
        also = f" ({', '.join(renamed)})" if renamed else ""
        return "\n\n".join(
            [
                f"The {update.update} request that writes `current` back as it is.",
                wrap(
                    f"{update.update} replaces the whole resource: a member the request leaves "
                    f"out is cleared. This request holds every member it takes, copied from "
                    f"the {read.name} output `current`{also}, so change it rather than "
                    f"building one from scratch. The copy is deep: changing the request "
                    f"leaves `current` as it was. `{self.service.client_name}."
                    f"{update.method_name}` does this for you, with the conflict handling."
                ),
                described_list("Args", [("current", f"What `{read.method_name}` returned.")]),
                f"Returns:\n    {self.shape(update.request).python_name}",
            ]
        )

    def modify_doc(self, update: ReadModifyWrite) -> str:
        """A ``modify_*`` method's docstring: the read, change, write cycle and its limits."""
        read = self.operations_by_name[update.read]
        write = self.operations_by_name[update.update]
        request = self.shape(update.request).python_name
        conflict = self.shape(update.conflict_error).python_name
        arguments = self.shape(read.input).members if read.input else ()
        entries = [
            (
                "change",
                f"A function that takes the `{request}` built from the current resource "
                "and returns the request to send (the same one, changed, or a new one). It "
                "runs once per attempt, so it should depend on its argument only.",
            ),
            *field_entries(arguments),
            (
                "max_attempts",
                f"Writes in all, the first included (default {DEFAULT_MAX_ATTEMPTS}).",
            ),
        ]
        return "\n\n".join(
            [
                f"Change the resource with `{write.method_name}` without losing data.",
                wrap(
                    f"{update.update} replaces the whole resource: a member left out is "
                    f"cleared. This reads it with `{read.method_name}`, builds the full "
                    f"request from what it returned (`{request}.{FROM_CURRENT}`), passes it "
                    f"to `change`, and writes what `change` returns with the read's "
                    f"`{update.token}`. When the write fails with `{conflict}` (the resource "
                    f"changed after the read), it reads again and applies `change` to what "
                    f"it finds, so neither the other writer's changes nor yours are lost."
                ),
                described_list("Args", entries),
                f"Returns:\n    {self.output_annotation(write)}: the output of the write "
                "that succeeded.",
                described_list(
                    "Raises",
                    [
                        ("UpdateConflictError", f"`max_attempts` writes all met `{conflict}`."),
                        (
                            self.service.error_base_name,
                            f"Another error of `{read.method_name}` or `{write.method_name}`.",
                        ),
                    ],
                ),
            ]
        )

    def sync_doc(self, sync: IncrementalSync, sync_class: str) -> str:
        """A ``sync_*`` method's docstring: what it yields once, and the checkpoint."""
        operation = self._operation(sync)
        item = self.sync_item(sync)
        field = ".".join(sync.since)
        entries = [
            (
                "checkpoint",
                "Where an earlier sync stopped (its `checkpoint`, or "
                "`SyncCheckpoint.from_dict` of what you saved), or "
                "`SyncCheckpoint.since(moment)`. None: everything the list holds.",
            ),
            *field_entries(self.sync_arguments(sync)),
        ]
        return "\n\n".join(
            [
                f"The `{item}` items changed since `checkpoint`, each change once.",
                wrap(
                    f"Lists with `{operation.method_name}` what changed at or after the "
                    f"checkpoint's watermark (`{field}`, the boundary included), oldest "
                    f"change first, every page, and yields each item the checkpoint has not "
                    f"seen: an item changed again is yielded again. The returned object's "
                    f"`checkpoint` moves past each item as it is yielded; save its "
                    f"`to_dict()` (JSON) and start the next sync from it, even in the middle "
                    f"of a run. Iterating raises what `{operation.method_name}` raises."
                ),
                described_list("Args", entries),
                f"Returns:\n    {sync_class}[{item}]",
            ]
        )

    def _operation(self, sync: IncrementalSync) -> Operation:
        return self.operations_by_name[sync.operation]
