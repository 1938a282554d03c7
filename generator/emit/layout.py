"""Which private module each shape of the generated package lives in.

``shapes`` and ``enums`` are packages whose ``__init__`` is only an index: each class is
defined in a private module of its *cluster* and imported the first time a program
reads it, and each cluster's wire codecs are a private module of the protocol's (see
:mod:`generator.emit.protocols`). The cluster of a structure, union or enum is decided
by its *users*: the operations whose request or response can hold it (its input and
output structures and everything nested in them; the modeled errors count as one more
user). Shapes with exactly the same users share a cluster. So a call loads the classes,
enums and codecs its request and response can hold and nothing else: any two shapes
that one call needs and another does not have different users. A shape and what it
nests in a cycle always share their users, so clusters import one another without
cycles.

Lists and maps have no class, only a codec (a line each way). Their codecs live with
the class their elements are (through nested lists and maps: ``list[list[Tag]]`` with
``Tag``), which every call using the list loads anyway; those of lists and maps of
plain values (strings, numbers, enums...) are one small module shared by all
(:data:`PLAIN_CODECS`), as a module of its own for each would cost more to import
than the few lines it holds.

A cluster's module is named after the operation when one operation uses it
(``_get_opportunity``), after the modeled errors when only they do (``_errors``), else
after its entry shape: the first, by name, of its structures and unions that no other
of them holds, or of its enums (``LifeCycle`` -> ``_life_cycle``). Names that meet
are numbered in name order (``_tag``, ``_tag_2``). Every name starts with ``_``,
which no model name does, and is lower-case, so two are never one file on a
case-insensitive disk.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

from ..model import naming
from ..model.ir import Service, Shape

ERRORS_USER = "<errors>"
"""The user standing for every modeled error (their members' shapes are decoded together)."""
PLAIN_CODECS = "plain"
"""The codec module of the lists and maps that hold no class (beside the cluster codecs)."""

_CLASS_KINDS = ("structure", "union")
_COLLECTION_KINDS = ("list", "map")


@dataclass(frozen=True)
class Cluster:
    """Shapes with the same users: one module of classes, one of enums, one of codecs.

    Each part is empty when the cluster has no shape of that kind (no module is
    rendered for it).
    """

    name: str
    users: tuple[str, ...]  # operation names (and ERRORS_USER), sorted
    classes: tuple[Shape, ...]  # structures and unions: ``shapes/<name>.py``
    enums: tuple[Shape, ...]  # ``enums/<name>.py``
    collections: tuple[Shape, ...]  # lists and maps of the classes: codecs only


class Layout:
    """The clusters of a service's shapes, and the cluster of each shape."""

    def __init__(self, service: Service) -> None:
        self.service = service

    @cached_property
    def clusters(self) -> tuple[Cluster, ...]:
        """Every cluster, by module name."""
        groups: dict[frozenset[str], list[Shape]] = defaultdict(list)
        users = self._users()
        for shape in self.service.shapes.values():
            if shape.kind in (*_CLASS_KINDS, "enum") and not shape.exception:
                groups[users.get(shape.name, frozenset())].append(shape)
        by_element: dict[str, list[Shape]] = defaultdict(list)
        for shape in self._collections:
            element = self._element_class(shape)
            if element is not None:
                by_element[element].append(shape)
        named = sorted(
            (self._base_name(key, shapes), sorted(s.name for s in shapes), key, shapes)
            for key, shapes in groups.items()
        )
        taken: dict[str, int] = {}
        clusters = []
        for base, _, key, shapes in named:
            count = taken[base] = taken.get(base, 0) + 1
            classes = tuple(s for s in shapes if s.kind in _CLASS_KINDS)
            clusters.append(
                Cluster(
                    name=base if count == 1 else f"{base}_{count}",
                    users=tuple(sorted(key)),
                    classes=classes,
                    enums=tuple(s for s in shapes if s.kind == "enum"),
                    collections=tuple(c for s in classes for c in by_element[s.name]),
                )
            )
        return tuple(sorted(clusters, key=lambda cluster: cluster.name))

    @cached_property
    def plain_collections(self) -> tuple[Shape, ...]:
        """The lists and maps that hold no class: their codecs are :data:`PLAIN_CODECS`."""
        return tuple(s for s in self._collections if self._element_class(s) is None)

    @cached_property
    def codec_module_of(self) -> dict[str, str]:
        """Structure, union, list or map name -> the codec module holding its codec."""
        modules = {shape.name: PLAIN_CODECS for shape in self.plain_collections}
        for cluster in self.clusters:
            modules.update((shape.name, cluster.name) for shape in cluster.classes)
            modules.update((shape.name, cluster.name) for shape in cluster.collections)
        return modules

    @property
    def _collections(self) -> Iterator[Shape]:
        return (s for s in self.service.shapes.values() if s.kind in _COLLECTION_KINDS)

    def _element_class(self, collection: Shape) -> str | None:
        """The structure or union a list's or map's elements are, if any (through nesting)."""
        shape = collection
        while shape.kind in _COLLECTION_KINDS:
            shape = self.service.shape(shape.member_target or shape.value_target)
        return shape.name if shape.kind in _CLASS_KINDS and not shape.exception else None

    def _users(self) -> dict[str, frozenset[str]]:
        """Shape name -> the operations (and :data:`ERRORS_USER`) that can meet it."""
        users: dict[str, set[str]] = defaultdict(set)
        for operation in self.service.operations:
            roots = [name for name in (operation.input, operation.output) if name]
            for name in reached(self.service, roots):
                users[name].add(operation.name)
        error_members = [m.target for error in self.service.errors for m in error.members]
        for name in reached(self.service, error_members):
            users[name].add(ERRORS_USER)
        return {name: frozenset(names) for name, names in users.items()}

    def _base_name(self, users: frozenset[str], shapes: list[Shape]) -> str:
        """A cluster's module name before numbering (see the module docstring)."""
        if len(users) == 1:
            (user,) = users
            if user == ERRORS_USER:
                return "_errors"
            return naming.private_module_name(self._method_names[user])
        return naming.private_module_name(_entry(self.service, shapes).name)

    @cached_property
    def _method_names(self) -> dict[str, str]:
        return {operation.name: operation.method_name for operation in self.service.operations}


def reached(service: Service, roots: Iterable[str]) -> set[str]:
    """``roots`` (shape names) and every shape nested in them."""
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        name = stack.pop()
        if name not in seen:
            seen.add(name)
            stack.extend(_nested(service.shape(name)))
    return seen


def _nested(shape: Shape) -> Iterator[str]:
    """The shapes ``shape`` holds directly: members, list elements, map keys and values."""
    for member in shape.members:
        yield member.target
    for target in (shape.member_target, shape.key_target, shape.value_target):
        if target:
            yield target


def _entry(service: Service, shapes: list[Shape]) -> Shape:
    """The first, by name, of the cluster's classes that no other of them holds.

    Holding is through lists and maps too. A cluster without classes (only enums), or
    whose classes all hold one another, is named after its first shape by name.
    """
    classes = [shape for shape in shapes if shape.kind in _CLASS_KINDS]
    held: set[str] = set()
    for shape in classes:
        stack = list(_nested(shape))
        seen: set[str] = set()
        while stack:
            name = stack.pop()
            if name in seen:
                continue
            seen.add(name)
            if service.shape(name).kind in _COLLECTION_KINDS:
                stack.extend(_nested(service.shape(name)))
            elif name != shape.name:
                held.add(name)
    entries = [shape for shape in classes if shape.name not in held] or classes or shapes
    return min(entries, key=lambda shape: shape.name)
