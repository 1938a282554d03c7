"""What the ``shapes`` and ``enums`` packages list: their names and private modules."""

from __future__ import annotations

from ..layout import ERRORS_USER, Cluster, Layout
from .base import ViewBase
from .text import wrap


class ModulesView(ViewBase):
    """The lazy indexes of ``shapes`` and ``enums``, and the docstrings of their modules."""

    def shape_exports(self) -> list[str]:
        """``shapes.__all__``: the structures, then each union with its variants."""
        names = [shape.python_name for shape in self.service.structures]
        for union in self.service.unions:
            names.append(union.python_name)
            names.extend(member.variant_class for member in union.members)
            names.append(union.unknown_variant_class)
        return names

    def shape_modules(self, layout: Layout) -> list[tuple[str, list[str]]]:
        """``(module, class names)`` of every module of ``shapes``, variants included."""
        modules = []
        for cluster in layout.clusters:
            names = []
            for shape in cluster.classes:
                names.append(shape.python_name)
                if shape.kind == "union":
                    names.extend(member.variant_class for member in shape.members)
                    names.append(shape.unknown_variant_class)
            if names:
                modules.append((cluster.name, names))
        return modules

    def enum_modules(self, layout: Layout) -> list[tuple[str, list[str]]]:
        """``(module, enum names)`` of every module of ``enums``."""
        return [
            (cluster.name, [shape.python_name for shape in cluster.enums])
            for cluster in layout.clusters
            if cluster.enums
        ]

    def cluster_doc(self, cluster: Cluster) -> str:
        """Which calls a cluster's module serves, for its docstring."""
        operations = [name for name in cluster.users if name != ERRORS_USER]
        users = [_joined(operations) + " calls"] if operations else []
        if ERRORS_USER in cluster.users:
            users.append("modeled errors")
        if not users:
            return "Shapes that no operation uses."
        return wrap(f"The shapes only {_joined(users)} hold, imported on the first use of one.")


def _joined(words: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    return ", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else words[0]
