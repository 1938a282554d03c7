"""The runtime's import graph: acyclic, layered, protocol-free where it must be.

Every module of ``runtime/`` is parsed (``ast``; nothing is imported) and
each import it makes is classed by when it runs:

- ``module``: at import time (module body, class bodies, module-level
  ``try``/``if`` blocks);
- ``type_checking``: under ``if TYPE_CHECKING:`` (annotations only, never run);
- ``deferred``: inside a function (run on first use: the runtime defers what
  client start does not need).

Module-level imports must be acyclic; so must module-level and
TYPE_CHECKING imports together, and all imports together (a deferred import
that closes a circle works in Python, but still ties two modules into one).
The subpackages form layers: the package graph of the imports that run
(module-level and deferred) is acyclic. No runtime module imports the
generator, the transports import nothing from ``protocols/``, no module
outside ``protocols/`` imports a protocol implementation.

The detector is itself tested on small synthetic packages, so each check
is known to fail when it should.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RUNTIME = ROOT / "runtime"

MODULE, TYPE_CHECKING_ONLY, DEFERRED = "module", "type_checking", "deferred"
KINDS = (MODULE, TYPE_CHECKING_ONLY, DEFERRED)

Edge = tuple[str, str, str]  # (importer, imported, kind); modules by dotted name in the root


# -- the detector --------------------------------------------------------------------------


def module_names(root: Path) -> dict[str, Path]:
    """Every module under ``root`` by dotted name relative to it (a package by its name)."""
    names: dict[str, Path] = {}
    for path in sorted(root.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        parts = path.relative_to(root).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names[".".join(parts)] = path
    return names


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.Module) -> Iterator[tuple[ast.Import | ast.ImportFrom, str]]:
    """Every import statement of a module, with its kind."""

    def walk(
        nodes: Iterable[ast.stmt], kind: str
    ) -> Iterator[tuple[ast.Import | ast.ImportFrom, str]]:
        for node in nodes:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                yield node, kind
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                yield from walk(node.body, DEFERRED)
            elif isinstance(node, ast.If) and _is_type_checking(node.test):
                yield from walk(node.body, DEFERRED if kind == DEFERRED else TYPE_CHECKING_ONLY)
                yield from walk(node.orelse, kind)
            else:
                for field in ("body", "orelse", "finalbody", "handlers", "cases"):
                    children = getattr(node, field, None)
                    if isinstance(children, list):
                        statements = [c for c in children if isinstance(c, ast.stmt)]
                        for child in children:
                            if isinstance(child, (ast.ExceptHandler, ast.match_case)):
                                statements.extend(child.body)
                        yield from walk(statements, kind)

    yield from walk(tree.body, MODULE)


class ImportGraph:
    """The imports of every module of one package tree (``root``), parsed, never run."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.modules = module_names(root)
        self.edges: list[Edge] = []  # imports of other modules of the tree
        self.external: list[tuple[str, str, str]] = []  # (importer, absolute name, kind)
        self.escaping: list[tuple[str, str]] = []  # relative imports that climb out of the tree
        for name, path in self.modules.items():
            package = name if path.name == "__init__.py" else name.rpartition(".")[0]
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            for node, kind in _imports(tree):
                self._add(name, package, node, kind)

    def _add(self, name: str, package: str, node: ast.Import | ast.ImportFrom, kind: str) -> None:
        if isinstance(node, ast.Import):
            for alias in node.names:
                self.external.append((name, alias.name, kind))
            return
        if node.level == 0:
            self.external.append((name, node.module or "", kind))
            return
        base = package.split(".") if package else []
        if node.level - 1 > len(base):
            self.escaping.append((name, "." * node.level + (node.module or "")))
            return
        base = base[: len(base) - (node.level - 1)]
        target = ".".join(base + (node.module.split(".") if node.module else []))
        # ``from .pkg import module`` imports the module; ``from .module import name`` the module.
        for alias in node.names:
            submodule = f"{target}.{alias.name}" if target else alias.name
            imported = submodule if submodule in self.modules else target
            if imported and imported != name:
                self.edges.append((name, imported, kind))

    def graph(self, kinds: Iterable[str]) -> dict[str, set[str]]:
        wanted = set(kinds)
        result: dict[str, set[str]] = {name: set() for name in self.modules}
        for importer, imported, kind in self.edges:
            if kind in wanted:
                result[importer].add(imported)
        return result


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as a path that ends where it starts, or None (acyclic)."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state:
            found = visit(start)
            if found:
                return found
    return None


def top_level(name: str) -> str:
    """A module's layer: its subpackage, or the module itself at the top."""
    return name.split(".")[0]


def package_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    result: dict[str, set[str]] = {}
    for importer, imported in ((a, b) for a, bs in graph.items() for b in bs):
        if top_level(importer) != top_level(imported):
            result.setdefault(top_level(importer), set()).add(top_level(imported))
    return result


def imports_of_generator(graph: ImportGraph) -> list[str]:
    """Imports of the generator, however spelled (absolute, or climbing out of the tree)."""
    found = [
        f"{importer} imports {name}"
        for importer, name, _ in graph.external
        if name == "generator" or name.startswith("generator.")
    ]
    found += [
        f"{importer} imports {name} (outside the runtime)" for importer, name in graph.escaping
    ]
    return found


def crossing(graph: ImportGraph, source: str, target: str) -> list[Edge]:
    """Imports from modules of subpackage ``source`` into subpackage ``target``."""
    return [
        edge
        for edge in graph.edges
        if top_level(edge[0]) == source and top_level(edge[1]) == target
    ]


# -- the runtime ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def runtime() -> ImportGraph:
    return ImportGraph(RUNTIME)


def test_every_runtime_module_is_parsed(runtime: ImportGraph) -> None:
    assert len(runtime.modules) > 40
    assert {"pipeline.core", "protocols.awsjson", "transports.socket_handler"} <= set(
        runtime.modules
    )
    # Deferred and TYPE_CHECKING imports are seen as such (the client starts lean).
    assert ("pipeline.core", "pipeline.configure", DEFERRED) in runtime.edges
    assert ("pipeline.core", "transports.socket_handler", DEFERRED) in runtime.edges
    assert ("pipeline.service", "protocols.interface", TYPE_CHECKING_ONLY) in runtime.edges


@pytest.mark.parametrize(
    "kinds",
    [(MODULE,), (MODULE, TYPE_CHECKING_ONLY), KINDS],
    ids=["module-level", "with-type-checking", "all"],
)
def test_runtime_imports_have_no_cycle(runtime: ImportGraph, kinds: tuple[str, ...]) -> None:
    cycle = find_cycle(runtime.graph(kinds))
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


def test_subpackages_are_layers(runtime: ImportGraph) -> None:
    """The imports that run (module-level and deferred) never go back up between subpackages."""
    cycle = find_cycle(package_graph(runtime.graph((MODULE, DEFERRED))))
    assert cycle is None, "subpackages import each other: " + " -> ".join(cycle or [])


def test_no_runtime_module_imports_the_generator(runtime: ImportGraph) -> None:
    assert imports_of_generator(runtime) == []


def test_runtime_modules_import_each_other_relatively(runtime: ImportGraph) -> None:
    """The runtime ships as its own distribution, under another import name than ``runtime``:
    an absolute ``runtime`` import would break."""
    absolute = [
        (importer, name)
        for importer, name, _ in runtime.external
        if name == "runtime" or name.startswith("runtime.")
    ]
    assert absolute == []


def test_transports_import_nothing_from_protocols(runtime: ImportGraph) -> None:
    assert crossing(runtime, "transports", "protocols") == []


def test_only_protocols_import_a_protocol(runtime: ImportGraph) -> None:
    """Outside ``protocols/``, only the interface is imported, and only for type checking."""
    uses = [
        edge
        for edge in runtime.edges
        if top_level(edge[0]) != "protocols" and top_level(edge[1]) == "protocols"
    ]
    assert all(
        imported == "protocols.interface" and kind == TYPE_CHECKING_ONLY
        for _, imported, kind in uses
    ), uses


# Strings only an awsJson (or another AWS) protocol module has any business writing.
PROTOCOL_DETAILS = (
    "X-Amz-Target",
    "x-amz-json",
    "x-amzn-query",
    "X-Amzn-ErrorType",
    "x-amzn-RequestId",
    "x-amz-request-id",
    "__type",
)


@pytest.mark.parametrize("subpackage", ["pipeline", "transports"])
def test_pipeline_and_transports_name_no_protocol_detail(subpackage: str) -> None:
    found = [
        f"{path.relative_to(RUNTIME)}: {detail}"
        for path in sorted((RUNTIME / subpackage).rglob("*.py"))
        for detail in PROTOCOL_DETAILS
        if detail.lower() in path.read_text(encoding="utf-8").lower()
    ]
    assert found == []


def test_subpackage_inits_import_nothing(runtime: ImportGraph) -> None:
    """Importing one module of a subpackage loads no other module with it."""
    inits = [name for name, path in runtime.modules.items() if path.name == "__init__.py"]
    assert len(inits) >= 7
    assert [(a, b) for a, b, _ in runtime.edges if a in inits] == []
    assert [(a, b) for a, b, _ in runtime.external if a in inits] == []


# -- the detector fails when it should -----------------------------------------------------


def write_package(root: Path, files: dict[str, str]) -> Path:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_detector_finds_a_module_level_cycle(tmp_path: Path) -> None:
    graph = ImportGraph(
        write_package(
            tmp_path,
            {
                "__init__.py": "",
                "a.py": "from .b import x\n",
                "b.py": "from . import c\n",
                "c.py": "try:\n    from .a import y\nexcept ImportError:\n    pass\n",
            },
        )
    )
    assert find_cycle(graph.graph((MODULE,))) == ["a", "b", "c", "a"]


def test_detector_tells_deferred_and_type_checking_cycles_apart(tmp_path: Path) -> None:
    graph = ImportGraph(
        write_package(
            tmp_path,
            {
                "__init__.py": "",
                "core.py": (
                    "from typing import TYPE_CHECKING\n"
                    "if TYPE_CHECKING:\n    from .spec import Spec\n"
                    "def build():\n    from .setup import configure\n"
                ),
                "setup.py": "from .core import build\n",
                "spec.py": "from .core import build\n",
            },
        )
    )
    assert find_cycle(graph.graph((MODULE,))) is None
    assert find_cycle(graph.graph((MODULE, TYPE_CHECKING_ONLY))) == ["core", "spec", "core"]
    assert find_cycle(graph.graph((MODULE, DEFERRED))) == ["core", "setup", "core"]


def test_detector_finds_layers_that_import_each_other(tmp_path: Path) -> None:
    graph = ImportGraph(
        write_package(
            tmp_path,
            {
                "__init__.py": "",
                "low/__init__.py": "",
                "low/a.py": "def f():\n    from ..high.b import g\n",
                "high/__init__.py": "",
                "high/b.py": "from ..low.a import f\n",
            },
        )
    )
    assert find_cycle(graph.graph(KINDS)) == ["high.b", "low.a", "high.b"]
    assert find_cycle(package_graph(graph.graph((MODULE, DEFERRED)))) == ["high", "low", "high"]


def test_detector_finds_generator_and_protocol_imports(tmp_path: Path) -> None:
    graph = ImportGraph(
        write_package(
            tmp_path / "runtime",
            {
                "__init__.py": "",
                "protocols/__init__.py": "",
                "protocols/awsjson.py": "def request_id():\n    pass\n",
                "transports/__init__.py": "",
                "transports/h.py": (
                    "import generator.naming\n"
                    "def send():\n    from ..protocols.awsjson import request_id\n"
                    "    from ...generator import render\n"
                ),
            },
        )
    )
    assert crossing(graph, "transports", "protocols") == [
        ("transports.h", "protocols.awsjson", DEFERRED)
    ]
    assert imports_of_generator(graph) == [
        "transports.h imports generator.naming",
        "transports.h imports ...generator (outside the runtime)",
    ]
