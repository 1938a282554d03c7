"""Workflows of several calls that a service's customization asks for (part of the IR).

The model says what each operation takes and returns. It cannot say that an update
replaces the whole resource (a member left out is cleared), which member of its input is
the concurrency token, which error means "changed since you read it", or which filter of
a list operation finds what changed since a moment. A service's ``workflows.json`` says
so; :mod:`generator.loaders.workflows` reads it, derives the rest from the model (the
read an update's request is rebuilt from, the list's page token and items) and checks
that the two fit. What it finds is kept here:

- :class:`ReadModifyWrite`: an update sent as read, change, write back, and again when
  the resource changed between the read and the write;
- :class:`IncrementalSync`: what a paginated list holds that changed since a moment,
  each change once, resumable from a checkpoint.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import naming

if TYPE_CHECKING:
    from .ir import Member

# The generated methods' own parameters, which no model member may take.
MODIFY_PARAMETERS = ("change", "max_attempts")
SYNC_PARAMETERS = ("checkpoint",)
# Writes in all, the first included, when a modify method's caller gives no max_attempts.
DEFAULT_MAX_ATTEMPTS = 5
# The classmethod of an update's request class that builds it from a read's output.
FROM_CURRENT = "from_current"


@dataclass(frozen=True)
class ReadModifyWrite:
    """An update sent as read, change, write back, again when the resource changed meanwhile."""

    update: str  # the update operation
    read: str  # the read-only operation its request is built from (derived)
    request: str  # the update's input shape
    current: str  # the read's output shape, which the request is built from
    # (update input member, read output member) Python names: every member of the input.
    sources: tuple[tuple[str, str], ...]
    token: str  # the input member (Python name) that carries the concurrency token
    conflict_error: str  # the error shape meaning "the resource changed after the read"
    method_name: str  # the client method, e.g. modify_opportunity

    @property
    def spec_name(self) -> str:
        """Its ``_operations`` constant."""
        return naming.workflow_constant(self.method_name)


@dataclass(frozen=True)
class SortValue:
    """An input member an incremental sync sets, with the wire value it gives it."""

    member: Member
    value: Any  # JSON, in wire names


@dataclass(frozen=True)
class IncrementalSync:
    """What changed since a moment, from a paginated list, each change yielded once."""

    operation: str  # the paginated list operation
    since: tuple[str, ...]  # wire names from the input to its "at or after" timestamp filter
    since_member: Member  # the input member holding that filter (``since[0]``)
    sort: tuple[SortValue, ...]  # the input members that make it list oldest changes first
    item_timestamp: str  # Python names in a listed item: when it last changed
    item_id: str  # and what identifies it
    method_name: str  # the client method, e.g. sync_opportunities

    @property
    def spec_name(self) -> str:
        """Its ``_operations`` constant."""
        return naming.workflow_constant(self.method_name)

    @property
    def set_members(self) -> frozenset[str]:
        """Wire names of the input members the sync sets itself (not the method's arguments)."""
        return frozenset({self.since_member.wire_name, *(s.member.wire_name for s in self.sort)})


@dataclass(frozen=True)
class Workflows:
    """A service's multi-call workflows, and the guide page that shows them."""

    updates: tuple[ReadModifyWrite, ...] = ()
    syncs: tuple[IncrementalSync, ...] = ()
    guide_title: str = ""
    guide_intro: str = ""  # Markdown
    # Titles of other guide pages to link from it, when the site has them.
    guide_related: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.updates or self.syncs)
