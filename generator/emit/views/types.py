"""Python type annotations and the imports they need, per shape and per module."""

from __future__ import annotations

import builtins
import keyword
import re

from ...model.ir import Member, Operation, Shape, Waiter
from ...model.paging import Pagination
from ..layout import Cluster
from .base import ViewBase

_TYPING_IMPORTS = (
    ("_builtins.", "import builtins as _builtins"),
    ("_dt.", "import datetime as _dt"),
    ("_typing.", "import typing as _typing"),
    ("_Callable[", "from collections.abc import Callable as _Callable"),
    ("_Mapping[", "from collections.abc import Mapping as _Mapping"),
    ("_Sequence[", "from collections.abc import Sequence as _Sequence"),
    ("_Any", "from typing import Any as _Any"),
    ("_NoReturn", "from typing import NoReturn as _NoReturn"),
)
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


# The builtins a shape's annotations name: a member of one of these names, declared in the
# class body, would hide the builtin from the annotations after it.
_ANNOTATION_BUILTINS = frozenset({"bool", "bytes", "dict", "float", "int", "list", "str"})


class TypesView(ViewBase):
    """Annotations of shapes, operations, paginators and waiters; the imports they need."""

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

    def attribute_annotation(self, shape: Shape, member: Member) -> str:
        """The class-level annotation of a member: its value as read (open enums), or None.

        Builtins are spelt ``_builtins.str`` in a class with a member of that name.
        """
        annotation = self.annotation(member.target)
        if not member.required_argument:
            annotation += " | None"
        return self._unhidden(shape, annotation)

    def parameter_annotation(self, shape: Shape, member: Member) -> str:
        """A member's constructor parameter type (builtins spelt as ``attribute_annotation``'s:
        a method's annotations read the class body's names too)."""
        return self._unhidden(shape, self.input_annotation(member.target))

    @staticmethod
    def _unhidden(shape: Shape, annotation: str) -> str:
        hidden = _ANNOTATION_BUILTINS & {m.python_name for m in shape.members}
        if not hidden:
            return annotation
        names = "|".join(sorted(hidden))
        return re.sub(rf"(?<![\w.])({names})\b", r"_builtins.\1", annotation)

    def input_annotation(self, name: str, types: str = "_types.") -> str:
        """The type a caller may pass for a value of shape ``name``: no wrong value fits.

        An enum takes its class or one of its values as a ``Literal`` (a wrong string
        fails type checking; outputs stay open, see ``annotation``). A list takes any
        sequence but a ``str`` (which is a ``Sequence[str]`` too). ``types`` qualifies
        the names of the package's ``_input_types`` module, which only type checkers read.
        """
        shape = self.shape(name)
        if shape.kind == "enum":
            return f"{shape.python_name} | {types}{self.enum_values_name(shape)}"
        if shape.kind == "list":
            return f"{types}SequenceNotStr[{self.input_annotation(shape.member_target, types)}]"
        if shape.kind == "map":
            return f"_Mapping[str, {self.input_annotation(shape.value_target, types)}]"
        return self.annotation(name)

    def dict_annotation(self, name: str) -> str:
        """The type of a value of shape ``name`` in a wire-name dict (``from_dict``, commands).

        Spelt inside the ``_input_types`` module: structures are its ``TypedDict``s.
        """
        shape = self.shape(name)
        if shape.kind == "enum":
            return f"_enums.{shape.python_name} | {self.enum_values_name(shape)}"
        if shape.kind in ("structure", "union"):
            return self.typed_dict_name(shape)
        if shape.kind == "list":
            return f"SequenceNotStr[{self.dict_annotation(shape.member_target)}]"
        if shape.kind == "map":
            return f"_Mapping[str, {self.dict_annotation(shape.value_target)}]"
        return _SCALAR_ANNOTATIONS[shape.kind]

    @staticmethod
    def enum_values_name(shape: Shape) -> str:
        """The ``Literal`` alias of an enum's values (``Value``: no TypedDict name ends so)."""
        return f"{shape.python_name}Value"

    @staticmethod
    def typed_dict_name(shape: Shape) -> str:
        """The ``TypedDict`` of a structure's wire names (``Dict``: no Literal name ends so)."""
        return f"{shape.python_name}Dict"

    def typed_dict_class_syntax(self, shape: Shape) -> bool:
        """Can the shape's ``TypedDict`` be a class (which, unlike the call, may refer to itself)?

        Not when a wire name is no identifier, is a keyword, or would hide a name the
        module's annotations use (a builtin, a private helper, another alias).
        """
        taken = set(dir(builtins)) | {
            name
            for other in self.service.shapes.values()
            for name in (self.enum_values_name(other), self.typed_dict_name(other))
        }
        taken.add("SequenceNotStr")
        return all(
            m.wire_name.isidentifier()
            and not keyword.iskeyword(m.wire_name)
            and not keyword.issoftkeyword(m.wire_name)
            and not m.wire_name.startswith("_")
            and m.wire_name not in taken
            for m in shape.members
        )

    def needs_input_cast(self, name: str) -> bool:
        """Is the input type of shape ``name`` not assignable to its attribute's type?

        A ``SequenceNotStr`` is no ``Sequence`` to a type checker, though every value
        it takes at run time (a list or a tuple) is one; nor is a ``Mapping`` a ``dict``
        (an output-only map's attribute type).
        """
        shape = self.shape(name)
        if shape.kind == "list":
            return True
        if shape.kind == "map":
            return not shape.used_in_input or self.needs_input_cast(shape.value_target)
        return False

    def typed_enums(self) -> list[Shape]:
        return sorted(
            (s for s in self.service.shapes.values() if s.kind == "enum"),
            key=lambda s: s.python_name,
        )

    def typed_dicts(self) -> list[Shape]:
        return sorted(
            (
                s
                for s in self.service.shapes.values()
                if s.kind in ("structure", "union") and not s.exception
            ),
            key=lambda s: s.python_name,
        )

    def sensitive_members(self, shape: Shape) -> list[str]:
        return [m.python_name for m in shape.members if m.sensitive]

    def typing_imports(self, annotations: list[str]) -> list[str]:
        """The import lines the helper names in ``annotations`` need."""
        text = " ".join(annotations)
        return [line for marker, line in _TYPING_IMPORTS if marker in text]

    def input_annotations(self) -> list[str]:
        """Annotations of every operation argument (what the client module spells)."""
        return [
            self.input_annotation(member.target)
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
                    self._collect_names(member.target, enums, shapes)
            if operation.paginator is not None:
                items = self.pagination(operation).items
                if items is not None:
                    self._collect_names(items.target, enums, shapes)
        for update in self.service.customization.workflows.updates:
            # The modify_* methods' change functions take and return the request.
            shapes.add(self.shape(update.request).python_name)
        return [
            (module, sorted(names))
            for module, names in (("enums", enums), ("shapes", shapes))
            if names
        ]

    def waiter_result(self, waiter: Waiter, module: str = "") -> str:
        """What a wait returns: the output, or None too when an error can be the success."""
        output = self.output_annotation(self.operations_by_name[waiter.operation], module)
        return f"{output} | None" if waiter.succeeds_on_error and output != "None" else output

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

    def error_imports(self) -> list[tuple[str, list[str]]]:
        """(module, names) the errors module's annotations need (for type checkers only)."""
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

    def cluster_annotations(self, cluster: Cluster) -> list[str]:
        """Annotations of a cluster's classes (for the typing helpers they need)."""
        return [
            annotation
            for shape in cluster.classes
            for m in shape.members
            for annotation in (
                self.attribute_annotation(shape, m),
                self.parameter_annotation(shape, m),
            )
        ]

    def cluster_uses_input_types(self, cluster: Cluster) -> bool:
        """Do the constructors of a cluster's classes name the ``_input_types`` module?"""
        return any("_types." in a for a in self.cluster_annotations(cluster))

    def cluster_imports(self, cluster: Cluster) -> list[tuple[str, list[str]]]:
        """(package, names) a cluster module's annotations take from elsewhere.

        Enums come from the ``enums`` package, other clusters' classes from ``shapes``
        (for type checkers only: at run time annotations are never evaluated).
        """
        enums: set[str] = set()
        shapes: set[str] = set()
        for shape in cluster.classes:
            for member in shape.members:
                self._collect_names(member.target, enums, shapes)
        shapes |= self._from_current_sources(cluster)
        shapes -= {shape.python_name for shape in cluster.classes}
        return [
            (package, sorted(names))
            for package, names in (("..enums", enums), (".", shapes))
            if names
        ]

    def _from_current_sources(self, cluster: Cluster) -> set[str]:
        """The read outputs the ``from_current`` methods of a cluster's classes take."""
        requests = {shape.name for shape in cluster.classes}
        return {
            self.shape(update.current).python_name
            for update in self.service.customization.workflows.updates
            if update.request in requests
        }

    def _collect_names(self, name: str, enums: set[str], shapes: set[str]) -> None:
        shape = self.shape(name)
        if shape.kind == "enum":
            enums.add(shape.python_name)
        elif shape.kind in ("structure", "union"):
            shapes.add(shape.python_name)
        elif shape.kind in ("list", "map"):
            element = shape.member_target if shape.kind == "list" else shape.value_target
            self._collect_names(element, enums, shapes)
