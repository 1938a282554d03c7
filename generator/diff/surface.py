"""Compare the public Python surface of two generated packages.

``python -m generator surface-diff OLD_TREE NEW_TREE`` reads both generated
trees with :mod:`ast` (nothing is imported) and reports what changed in the
public API: modules, classes (with their bases), functions and methods (with
their signatures), attributes, enum members and ``__all__``. It sees what a
model diff cannot, such as a naming rule that renames an attribute.

A module is public when no part of its dotted name starts with an underscore
(so ``_operations`` and ``_emulator`` are left out); a name is public when it
does not start with an underscore (``__init__`` is kept). A public name that a
public module imports from a private one (``from ._life_cycle import LifeCycle``,
also under ``if TYPE_CHECKING:``, as the lazily loaded ``shapes`` and ``enums``
packages do) is read where it is defined and counted as the public module's:
that is where users import it from.

Keys (:attr:`SurfaceItem.key`)
------------------------------
``pkg.module`` (module), ``pkg.module.Class`` (class), ``pkg.module.func(...)``
and ``pkg.module.Class.method(...)`` (functions, methods and properties),
``pkg.module.Class.attr`` (attributes), ``pkg.enums.Enum.MEMBER`` (enum
members) and ``pkg.module.__all__`` (the export list).

Events
------
:class:`generator.diff.Event` objects, with ids ``<Kind>.<key>[.<detail>]``
(e.g. ``PythonNameRemoved.partnercentral_selling.shapes.Address.city``).
``wire`` is always ``no`` and ``direction`` always ``both`` (the surface knows
neither). A removed public name, parameter or default is an ERROR; an added
one is a NOTE (an added *required* parameter is an ERROR); a changed
annotation is a WARNING (DANGER when a return or attribute type gained
``None``); a changed base class is a WARNING. A removed and an added name of
the same kind and annotation in the same class or signature are reported as a
rename in both messages; the removal stays an ERROR.
"""

from __future__ import annotations

import argparse
import ast
import copy
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .service import (
    DANGER,
    ERROR,
    NOTE,
    SEVERITIES,
    WARNING,
    Event,
    Location,
    Verdict,
    Severity,
    read_ignore_file,
)
from .report import FORMATS, _COMMANDS, _cell, _escape_data, _escape_property
from ..errors import GeneratorError

ItemKind = Literal[
    "module", "class", "function", "method", "property", "attribute", "enum_member", "exports"
]
ParamKind = Literal[
    "positional_only", "positional", "var_positional", "keyword_only", "var_keyword"
]

ENUM_BASES = frozenset({"_OpenEnum", "OpenEnum", "Enum", "StrEnum", "IntEnum", "Flag", "IntFlag"})
"""Base class names (last dotted part) that make a class an enum."""

_CALL_STYLES: dict[str, frozenset[str]] = {
    "positional_only": frozenset({"pos"}),
    "positional": frozenset({"pos", "kw"}),
    "keyword_only": frozenset({"kw"}),
    "var_positional": frozenset({"*"}),
    "var_keyword": frozenset({"**"}),
}


@dataclass(frozen=True)
class Param:
    """One parameter of a signature."""

    name: str
    kind: ParamKind
    has_default: bool
    annotation: str | None


@dataclass(frozen=True)
class SurfaceItem:
    """One public name (see the module docstring for the keys)."""

    key: str
    kind: ItemKind
    name: str
    module: str
    owner: str | None = None
    """Dotted class path inside the module (``Outer.Inner``), ``None`` at module level."""
    parent: str | None = None
    """Key of the enclosing module or class."""
    bases: tuple[str, ...] = ()
    params: tuple[Param, ...] = ()
    returns: str | None = None
    annotation: str | None = None
    value: str | None = None
    exports: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        kind = self.kind.replace("_", " ")
        return f"{kind} `{self.key.removesuffix('(...)')}`"


# -- reading a tree --------------------------------------------------------


def package_folder(path: Path) -> Path:
    """The package folder of a generated tree: ``path`` itself or its ``src/<pkg>``."""
    if not path.is_dir():
        raise GeneratorError(f"{path}: no such folder (expected a generated package tree)")
    if (path / "__init__.py").is_file():
        return path
    src = path / "src"
    candidates = (
        sorted(p for p in src.iterdir() if (p / "__init__.py").is_file()) if src.is_dir() else []
    )
    if len(candidates) != 1:
        found = "no package" if not candidates else f"{len(candidates)} packages"
        raise GeneratorError(
            f"{path}: not a generated package tree (no __init__.py, {found} under src/)"
        )
    return candidates[0]


def public_surface(package_dir: Path, package_name: str | None = None) -> dict[str, SurfaceItem]:
    """Every public name of the package in ``package_dir`` (its ``__init__.py`` folder).

    ``package_name`` is its import name when that is not the folder's (the runtime's
    source folder ``runtime/`` is installed under another name).
    """
    if not (package_dir / "__init__.py").is_file():
        raise GeneratorError(f"{package_dir}: no __init__.py (not a package folder)")
    items: dict[str, SurfaceItem] = {}
    root = package_name or package_dir.name
    for path in sorted(package_dir.rglob("*.py")):
        parts = path.relative_to(package_dir).with_suffix("").parts
        is_package = parts[-1] == "__init__"
        if is_package:
            parts = parts[:-1]
        if any(p.startswith("_") for p in parts):
            continue
        module = ".".join((root, *parts))
        tree = _parse(path)
        reader = _Reader(module, items)
        reader.module(_Unaliased(tree).visit(tree))
        here = parts if is_package else parts[:-1]
        for definition in _private_reexports(package_dir, here, tree):
            reader.body([definition], module, None)
    return items


def _parse(path: Path) -> ast.Module:
    try:
        return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    except (OSError, UnicodeDecodeError, SyntaxError) as exc:
        raise GeneratorError(f"{path}: cannot read the module ({exc})") from exc


def _private_reexports(
    package_dir: Path, here: tuple[str, ...], tree: ast.Module
) -> Iterator[ast.stmt]:
    """The classes and functions a module imports under public names from private modules.

    ``here`` is the module's package (its folder, as parts below ``package_dir``). Only
    relative imports of this package's own private modules count; each definition comes
    with its own module's aliases resolved and is named as imported.
    """
    for node in _imports(tree.body):
        base = here[: len(here) - (node.level - 1)] if node.level <= len(here) + 1 else None
        if base is None or node.module is None:
            continue
        target = (*base, *node.module.split("."))
        if not any(part.startswith("_") for part in target):
            continue
        path = package_dir.joinpath(*target)
        path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
        if not path.is_file():
            continue
        source = _parse(path)
        definitions = {
            d.name: d
            for d in _Unaliased(source).visit(source).body
            if isinstance(d, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        }
        for alias in node.names:
            name = alias.asname or alias.name
            if not name.startswith("_") and alias.name in definitions:
                definition = copy.copy(definitions[alias.name])
                definition.name = name
                yield definition


def _imports(body: list[ast.stmt]) -> Iterator[ast.ImportFrom]:
    """The relative ``from`` imports of a module body, those under ``if`` blocks included."""
    for node in body:
        if isinstance(node, ast.ImportFrom) and node.level:
            yield node
        elif isinstance(node, ast.If):
            yield from _imports(node.body)
            yield from _imports(node.orelse)


class _Unaliased(ast.NodeTransformer):
    """A module's tree with each import alias spelled as what it imports.

    Generated modules import runtime names under private aliases
    (``Paginator as _Paginator``) and refer to sibling modules' classes through
    module aliases (``_shapes.GetOpportunityResponse``) so that no model name
    can shadow them (see ``generator/model/naming.py``). A type is the same whatever
    alias spells it, so the surface reads ``Paginator`` and
    ``GetOpportunityResponse``; and the same when a type argument is a string
    (``Command["_shapes.GetOpportunityResponse"]``, which needs no import at run time).
    """

    def __init__(self, tree: ast.Module) -> None:
        self.names: dict[str, str] = {}
        self.sibling_modules: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                for alias in node.names:
                    if alias.asname is None:
                        continue
                    if node.level and node.module is None:
                        self.sibling_modules.add(alias.asname)
                    else:
                        self.names[alias.asname] = alias.name
            elif isinstance(node, ast.Import):
                self.names.update({a.asname: a.name for a in node.names if a.asname})

    def visit_Name(self, node: ast.Name) -> ast.AST:
        return ast.copy_location(ast.Name(self.names.get(node.id, node.id), node.ctx), node)

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        """A type argument written as a string (``Command["_shapes.X"]``) read as the type."""
        if isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
            try:
                node.slice = ast.parse(node.slice.value, mode="eval").body
            except SyntaxError:
                pass
        return self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        if isinstance(node.value, ast.Name) and node.value.id in self.sibling_modules:
            return ast.copy_location(ast.Name(node.attr, node.ctx), node)
        return self.generic_visit(node)


class _Reader:
    def __init__(self, module: str, items: dict[str, SurfaceItem]) -> None:
        self.module_name = module
        self.items = items
        self.enum_classes: set[str] = set()

    def add(self, item: SurfaceItem) -> None:
        self.items.setdefault(item.key, item)

    def module(self, tree: ast.Module) -> None:
        key = self.module_name
        self.add(SurfaceItem(key, "module", key.rsplit(".", 1)[-1], key))
        self.body(tree.body, key, None)

    def body(self, body: list[ast.stmt], parent: str, owner: str | None) -> None:
        is_enum = owner is not None and owner in self.enum_classes
        slots: list[str] = []
        init_params: dict[str, Param] = {}
        for node in body:
            if (
                isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
                and node.name == "__init__"
            ):
                init_params = {p.name: p for p in _params(node.args)}
        for node in body:
            if isinstance(node, ast.ClassDef):
                self.class_(node, parent, owner)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self.function(node, parent, owner)
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                value = None if node.value is None else ast.unparse(node.value)
                self.attribute(
                    node.target.id, parent, owner, ast.unparse(node.annotation), value, is_enum
                )
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    if not isinstance(target, ast.Name):
                        continue
                    if target.id == "__slots__" and owner is not None:
                        slots += _strings(node.value)
                    elif target.id == "__all__":
                        exports = tuple(_strings(node.value))
                        self.add(
                            SurfaceItem(
                                f"{parent}.__all__",
                                "exports",
                                "__all__",
                                self.module_name,
                                owner,
                                parent,
                                exports=exports,
                            )
                        )
                    else:
                        self.attribute(
                            target.id, parent, owner, None, ast.unparse(node.value), is_enum
                        )
        for name in slots:
            param = init_params.get(name)
            annotation = None if param is None else param.annotation
            self.attribute(name, parent, owner, annotation, None, False)

    def attribute(
        self,
        name: str,
        parent: str,
        owner: str | None,
        annotation: str | None,
        value: str | None,
        is_enum: bool,
    ) -> None:
        if name.startswith("_"):
            return
        if is_enum and annotation is None:
            self.add(
                SurfaceItem(
                    f"{parent}.{name}",
                    "enum_member",
                    name,
                    self.module_name,
                    owner,
                    parent,
                    value=value,
                )
            )
            return
        # Plain class constants keep their value; annotated ones are compared by type.
        self.add(
            SurfaceItem(
                f"{parent}.{name}",
                "attribute",
                name,
                self.module_name,
                owner,
                parent,
                annotation=annotation,
                value=value if annotation is None else None,
            )
        )

    def class_(self, node: ast.ClassDef, parent: str, owner: str | None) -> None:
        if node.name.startswith("_"):
            return
        qualname = node.name if owner is None else f"{owner}.{node.name}"
        bases = tuple(ast.unparse(b) for b in node.bases)
        if any(b.rsplit(".", 1)[-1] in ENUM_BASES or b in self.enum_classes for b in bases):
            self.enum_classes.add(qualname)
        key = f"{parent}.{node.name}"
        self.add(
            SurfaceItem(key, "class", node.name, self.module_name, owner, parent, bases=bases)
        )
        self.body(node.body, key, qualname)

    def function(
        self, node: ast.FunctionDef | ast.AsyncFunctionDef, parent: str, owner: str | None
    ) -> None:
        if node.name.startswith("_") and node.name != "__init__":
            return
        decorators = {ast.unparse(d) for d in node.decorator_list}
        kind: ItemKind = "function" if owner is None else "method"
        if "property" in decorators or any(d.endswith(".setter") for d in decorators):
            kind = "property"
        returns = None if node.returns is None else ast.unparse(node.returns)
        self.add(
            SurfaceItem(
                f"{parent}.{node.name}(...)",
                kind,
                node.name,
                self.module_name,
                owner,
                parent,
                params=tuple(_params(node.args)),
                returns=returns,
            )
        )
        if node.name == "__init__" and owner is not None:
            for stmt in ast.walk(node):
                target: ast.expr | None = None
                annotation = None
                if isinstance(stmt, ast.AnnAssign):
                    target, annotation = stmt.target, ast.unparse(stmt.annotation)
                elif isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
                    target = stmt.targets[0]
                if (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "self"
                ):
                    param = next((p for p in _params(node.args) if p.name == target.attr), None)
                    self.attribute(
                        target.attr,
                        parent,
                        owner,
                        annotation or (None if param is None else param.annotation),
                        None,
                        False,
                    )


def _strings(node: ast.expr) -> list[str]:
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return [
            e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
        ]
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    return []


def _params(args: ast.arguments) -> list[Param]:
    out: list[Param] = []
    positional = [*args.posonlyargs, *args.args]
    defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
    for index, (arg, default) in enumerate(zip(positional, defaults)):
        kind: ParamKind = "positional_only" if index < len(args.posonlyargs) else "positional"
        out.append(Param(arg.arg, kind, default is not None, _annotation(arg)))
    if args.vararg is not None:
        out.append(Param(args.vararg.arg, "var_positional", False, _annotation(args.vararg)))
    for arg, kw_default in zip(args.kwonlyargs, args.kw_defaults):
        out.append(Param(arg.arg, "keyword_only", kw_default is not None, _annotation(arg)))
    if args.kwarg is not None:
        out.append(Param(args.kwarg.arg, "var_keyword", False, _annotation(args.kwarg)))
    return out


def _annotation(arg: ast.arg) -> str | None:
    return None if arg.annotation is None else ast.unparse(arg.annotation)


# -- diffing ---------------------------------------------------------------


@dataclass
class SurfaceDiffResult(Verdict):
    """The events between two surfaces (see :func:`diff_surfaces`) and their labels."""

    old_label: str
    new_label: str
    old_items: int
    new_items: int
    events: list[Event]
    ignored: int = 0


def diff_surfaces(old: dict[str, SurfaceItem], new: dict[str, SurfaceItem]) -> list[Event]:
    """Every change from ``old`` to ``new``, sorted by severity then id (ids are unique)."""
    events: dict[str, Event] = {}
    for event in _SurfaceDiffer(old, new).events():
        events.setdefault(event.id, event)
    return sorted(events.values(), key=lambda e: e.sort_key)


_IMPACT = {
    ERROR: "yes (code using the old name or call fails)",
    DANGER: "yes for typecheckers",
    WARNING: "maybe (typecheckers may complain)",
    NOTE: "no",
}


def _ev(
    kind: str,
    key: str,
    severity: Severity,
    message: str,
    item: SurfaceItem,
    detail: str | None = None,
) -> Event:
    ident = f"{kind}.{key}" + (f".{detail}" if detail else "")
    # Location: shape = the class (dotted inside its module), member = the name in it.
    shape: str | None
    if item.kind == "class":
        shape = item.name if item.owner is None else f"{item.owner}.{item.name}"
    else:
        shape = item.owner
    member = None if item.kind in ("module", "class", "exports") else item.name
    location = Location(None, shape, member, detail)
    return Event(ident, kind, severity, "both", "no", _IMPACT[severity], message, location)


def _none_added(old: str | None, new: str | None) -> bool:
    return _has_none(new) and not _has_none(old)


def _has_none(annotation: str | None) -> bool:
    if annotation is None:
        return False
    try:
        node = ast.parse(annotation, mode="eval").body
    except SyntaxError:
        return False

    def parts(n: ast.expr) -> Iterator[str]:
        if isinstance(n, ast.BinOp) and isinstance(n.op, ast.BitOr):
            yield from parts(n.left)
            yield from parts(n.right)
        elif (
            isinstance(n, ast.Subscript) and ast.unparse(n.value).rsplit(".", 1)[-1] == "Optional"
        ):
            yield "None"
        else:
            yield ast.unparse(n)

    return "None" in set(parts(node))


def _renames(removed: Iterable[SurfaceItem], added: Iterable[SurfaceItem]) -> dict[str, str]:
    """Removed key -> added key, for unambiguous same-owner, same-kind, same-type pairs."""

    def signature(item: SurfaceItem) -> tuple[Any, ...]:
        return (
            item.parent,
            item.kind,
            item.annotation,
            item.value,
            item.params,
            item.returns,
            item.bases,
        )

    gone: dict[tuple[Any, ...], list[SurfaceItem]] = {}
    for item in removed:
        if item.kind not in ("module", "exports"):
            gone.setdefault(signature(item), []).append(item)
    new: dict[tuple[Any, ...], list[SurfaceItem]] = {}
    for item in added:
        new.setdefault(signature(item), []).append(item)
    return {
        olds[0].key: new[sig][0].key
        for sig, olds in gone.items()
        if len(olds) == 1 and len(new.get(sig, ())) == 1
    }


def _param_renames(removed: list[Param], added: list[Param]) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for old in removed:
        same = [p for p in added if (p.kind, p.annotation) == (old.kind, old.annotation)]
        others = [p for p in removed if (p.kind, p.annotation) == (old.kind, old.annotation)]
        if len(same) == 1 and len(others) == 1:
            pairs[old.name] = same[0].name
    return pairs


@dataclass
class _SurfaceDiffer:
    old: dict[str, SurfaceItem]
    new: dict[str, SurfaceItem]
    _events: list[Event] = field(default_factory=list)

    def events(self) -> Iterator[Event]:
        removed = [self.old[k] for k in self.old if k not in self.new]
        added = [self.new[k] for k in self.new if k not in self.old]
        renamed = _renames(removed, added)
        renamed_from = {v: k for k, v in renamed.items()}
        removed_keys = {i.key for i in removed}
        added_keys = {i.key for i in added}
        for item in removed:
            if item.parent in removed_keys:
                continue  # reported with its module or class
            message = f"{item.label} removed"
            if item.key in renamed:
                message += f"; renamed to `{self.new[renamed[item.key]].name}`"
            yield _ev("PythonNameRemoved", item.key, ERROR, message, item)
        for item in added:
            if item.parent in added_keys:
                continue
            message = f"{item.label} added"
            if item.key in renamed_from:
                message += f" (renamed from `{self.old[renamed_from[item.key]].name}`)"
            yield _ev("PythonNameAdded", item.key, NOTE, message, item)
        for key, before in self.old.items():
            after = self.new.get(key)
            if after is not None:
                yield from self.changed(before, after)

    def changed(self, old: SurfaceItem, new: SurfaceItem) -> Iterator[Event]:
        key = old.key
        if old.kind != new.kind:
            yield _ev(
                "PythonKindChanged",
                key,
                ERROR,
                f"`{key}` changed from a {old.kind.replace('_', ' ')} to a "
                f"{new.kind.replace('_', ' ')}",
                new,
            )
            return
        if old.bases != new.bases:
            yield _ev(
                "PythonBasesChanged",
                key,
                WARNING,
                f"{new.label}: bases changed from ({', '.join(old.bases)}) to "
                f"({', '.join(new.bases)})",
                new,
            )
        if old.annotation != new.annotation:
            severity = DANGER if _none_added(old.annotation, new.annotation) else WARNING
            yield _ev(
                "PythonAnnotationChanged",
                key,
                severity,
                f"{new.label}: type changed from `{old.annotation}` to `{new.annotation}`",
                new,
            )
        if old.value != new.value and old.kind in ("enum_member", "attribute"):
            yield _ev(
                "PythonValueChanged",
                key,
                WARNING,
                f"{new.label}: value changed from {old.value} to {new.value}",
                new,
            )
        if old.returns != new.returns:
            severity = DANGER if _none_added(old.returns, new.returns) else WARNING
            yield _ev(
                "PythonReturnChanged",
                key,
                severity,
                f"{new.label}: return type changed from `{old.returns}` to `{new.returns}`",
                new,
            )
        if old.kind == "exports":
            for name in sorted(set(old.exports) - set(new.exports)):
                yield _ev(
                    "PythonExportRemoved",
                    key,
                    ERROR,
                    f"`{name}` removed from `{key}` (star imports lose it)",
                    new,
                    name,
                )
            for name in sorted(set(new.exports) - set(old.exports)):
                yield _ev("PythonExportAdded", key, NOTE, f"`{name}` added to `{key}`", new, name)
        if old.kind in ("function", "method", "property"):
            yield from self.signature(old, new)

    def signature(self, old: SurfaceItem, new: SurfaceItem) -> Iterator[Event]:
        key = old.key
        before = {p.name: p for p in old.params}
        after = {p.name: p for p in new.params}
        gone = [p for p in old.params if p.name not in after]
        fresh = [p for p in new.params if p.name not in before]
        renamed = _param_renames(gone, fresh)
        renamed_from = {v: k for k, v in renamed.items()}
        where = f"{new.label}"
        for p in gone:
            message = f"{where}: parameter `{p.name}` removed"
            if p.name in renamed:
                message += f"; renamed to `{renamed[p.name]}`"
            yield _ev("PythonParameterRemoved", key, ERROR, message, new, p.name)
        old_positional = [
            p.name for p in old.params if p.kind in ("positional_only", "positional")
        ]
        new_positional = [
            p.name for p in new.params if p.kind in ("positional_only", "positional")
        ]
        for p in fresh:
            suffix = f" (renamed from `{renamed_from[p.name]}`)" if p.name in renamed_from else ""
            if p.kind in ("var_positional", "var_keyword"):
                severity, what = NOTE, "variadic parameter"
            elif not p.has_default:
                severity, what = ERROR, "required parameter"
            elif p.kind == "keyword_only":
                severity, what = NOTE, "optional keyword parameter"
            elif new_positional.index(p.name) >= len(old_positional):
                severity, what = NOTE, "optional parameter"
            else:
                severity, what = ERROR, "optional positional parameter before existing ones"
            yield _ev(
                "PythonParameterAdded",
                key,
                severity,
                f"{where}: {what} `{p.name}` added{suffix}",
                new,
                p.name,
            )
        for name, p in before.items():
            q = after.get(name)
            if q is None:
                continue
            if p.kind != q.kind:
                severity = ERROR if not _CALL_STYLES[p.kind] <= _CALL_STYLES[q.kind] else NOTE
                yield _ev(
                    "PythonParameterKindChanged",
                    key,
                    severity,
                    f"{where}: parameter `{name}` changed from {p.kind.replace('_', '-')} to "
                    f"{q.kind.replace('_', '-')}",
                    new,
                    name,
                )
            elif p.kind in ("positional_only", "positional") and old_positional.index(
                name
            ) != new_positional.index(name):
                yield _ev(
                    "PythonParameterMoved",
                    key,
                    ERROR,
                    f"{where}: positional parameter `{name}` moved from position "
                    f"{old_positional.index(name)} to {new_positional.index(name)}",
                    new,
                    name,
                )
            if p.has_default and not q.has_default:
                yield _ev(
                    "PythonParameterDefaultRemoved",
                    key,
                    ERROR,
                    f"{where}: parameter `{name}` lost its default (now required)",
                    new,
                    name,
                )
            elif q.has_default and not p.has_default:
                yield _ev(
                    "PythonParameterDefaultAdded",
                    key,
                    NOTE,
                    f"{where}: parameter `{name}` got a default (now optional)",
                    new,
                    name,
                )
            if p.annotation != q.annotation:
                yield _ev(
                    "PythonParameterAnnotationChanged",
                    key,
                    WARNING,
                    f"{where}: parameter `{name}` type changed from `{p.annotation}` to "
                    f"`{q.annotation}`",
                    new,
                    name,
                )


def diff_trees(
    old_tree: Path,
    new_tree: Path,
    *,
    old_label: str | None = None,
    new_label: str | None = None,
    ignore: Iterable[str] = (),
) -> SurfaceDiffResult:
    """Read both generated trees (see :func:`package_folder`) and diff their surfaces."""
    old = public_surface(package_folder(old_tree))
    new = public_surface(package_folder(new_tree))
    events = diff_surfaces(old, new)
    ignored = set(ignore)
    kept = [e for e in events if e.id not in ignored]
    return SurfaceDiffResult(
        old_label or str(old_tree),
        new_label or str(new_tree),
        len(old),
        len(new),
        kept,
        len(events) - len(kept),
    )


# -- reports ---------------------------------------------------------------


def render_surface(result: SurfaceDiffResult, fmt: str) -> str:
    """The report in ``fmt`` (one of :data:`generator.diff.report.FORMATS`), newline-ended."""
    summary = result.summary()
    counts = ", ".join(f"{summary[s]} {s}" for s in SEVERITIES)
    if result.ignored:
        counts += f" ({result.ignored} ignored)"
    title = f"Python surface: {result.old_label} -> {result.new_label}"
    groups: dict[str, list[Event]] = {s: [] for s in SEVERITIES}
    for event in result.events:
        groups[event.severity].append(event)
    if fmt == "json":
        data = {
            "old": {"label": result.old_label, "names": result.old_items},
            "new": {"label": result.new_label, "names": result.new_items},
            "ignored": result.ignored,
            "summary": summary,
            "events": [e.as_dict() for e in result.events],
        }
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if fmt == "github":
        return "".join(
            f"::{_COMMANDS[e.severity]} title={_escape_property(e.id)}::"
            f"{_escape_data(f'{e.severity}: {e.message}')}\n"
            for e in result.events
        )
    if fmt == "markdown":
        lines = [
            f"## {title}",
            "",
            f"Public names {result.old_items} -> {result.new_items}: {counts}.",
        ]
        for severity, events in groups.items():
            if not events:
                continue
            lines += ["", f"### {severity} ({len(events)})", ""]
            lines += ["| Id | Python API | Message |", "|---|---|---|"]
            lines += [f"| `{e.id}` | {_cell(e.python_api)} | {_cell(e.message)} |" for e in events]
        return "\n".join(lines) + "\n"
    if fmt != "text":
        raise GeneratorError(f"unknown report format {fmt!r}")
    lines = [f"{title}: {counts}"]
    for severity, events in groups.items():
        if not events:
            continue
        lines += ["", f"{severity} ({len(events)})"]
        for event in events:
            lines += [f"  {event.id}", f"      {event.message}"]
    return "\n".join(lines) + "\n"


# -- command line ----------------------------------------------------------


def add_surface_diff_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    """Register ``surface-diff`` on the generator's subcommands (see :mod:`generator.cli`)."""
    parser = commands.add_parser(
        "surface-diff",
        help="classify the changes of the public Python API between two generated trees",
    )
    parser.add_argument(
        "old", type=Path, help="old generated tree (e.g. generated/<dist>) or its src/<pkg>"
    )
    parser.add_argument("new", type=Path, help="new generated tree or its src/<pkg>")
    parser.add_argument(
        "--format", choices=FORMATS, default="text", help="report format (default: %(default)s)"
    )
    parser.add_argument(
        "--fail-on",
        choices=[s.lower() for s in SEVERITIES],
        default="error",
        help="exit 1 when an event at or above this severity remains (default: %(default)s)",
    )
    parser.add_argument(
        "--ignore",
        type=Path,
        metavar="FILE",
        help="file of accepted event ids, one per line (# comments, blank lines allowed)",
    )
    parser.set_defaults(handler=_surface_diff_command)


def _surface_diff_command(args: argparse.Namespace) -> int:
    """Exit 0 (nothing at or above ``--fail-on``), 1 (something), 2 (unreadable input)."""
    try:
        ignore = read_ignore_file(args.ignore) if args.ignore else set()
        result = diff_trees(args.old, args.new, ignore=ignore)
    except GeneratorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    sys.stdout.write(render_surface(result, args.format))
    return 1 if result.fails(args.fail_on.upper()) else 0
