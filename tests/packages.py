"""Generating packages for tests: shared whole real models, cut-down ones, fresh imports.

Generating a whole real model (hundreds of shapes, docs pages) takes seconds, and
formatting it the first time far longer: the tests that read a whole real model share one
generation of it per session (:class:`SharedPackages`, the ``shared_packages`` fixture of
``tests/conftest.py``), and a test needing a few operations cuts the model to them first.
Generated packages take the import name of their service, so two test modules that
generate the same service from different models must not see each other's copy.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType

from generator.model.ir import Service
from generator.loaders import load_model
from generator.release.state import load_release
from generator.emit.package import write_package

ROOT = Path(__file__).resolve().parent.parent
PINNED = ROOT / "models" / "partnercentral-selling" / "2022-07-26"
DATA = ROOT / "tests" / "data" / "models"
JSON_SERVICES = DATA / "json-services"
# One revision in two forms: service -> (its Smithy AST, the botocore folder of the revision).
SMITHY_PAIRS = {
    "partnercentral-selling": (
        DATA / "partnercentral-selling" / "smithy" / "partnercentral-selling-2022-07-26.json",
        DATA / "partnercentral-selling" / "1.42.80",
    ),
    **{
        folder.parent.name: (folder / "smithy.json", folder / "botocore")
        for folder in sorted((DATA / "smithy-pairs").glob("*/*"))
    },
}


def cut_model(source: Path, target: Path, operations: Iterable[str]) -> None:
    """Copy a model folder keeping only ``operations`` and the shapes they reach.

    The endpoint rule set is copied, and the waiters of the kept operations
    (when the model has them).
    """
    raw = json.loads((source / "service-2.json").read_text())
    kept = set(operations)
    raw["operations"] = {n: op for n, op in raw["operations"].items() if n in kept}
    reached: set[str] = set()
    stack = [
        ref["shape"]
        for op in raw["operations"].values()
        for ref in [op.get("input"), op.get("output"), *op.get("errors", [])]
        if ref
    ]
    while stack:
        name = stack.pop()
        if name not in reached:
            reached.add(name)
            shape = raw["shapes"][name]
            stack.extend(m["shape"] for m in shape.get("members", {}).values())
            stack.extend(shape[k]["shape"] for k in ("member", "key", "value") if k in shape)
    raw["shapes"] = {n: s for n, s in raw["shapes"].items() if n in reached}
    target.mkdir(parents=True)
    (target / "service-2.json").write_text(json.dumps(raw))
    (target / "endpoint-rule-set-1.json").write_text(
        (source / "endpoint-rule-set-1.json").read_text()
    )
    if (source / "waiters-2.json").exists():
        waiters = json.loads((source / "waiters-2.json").read_text())
        waiters["waiters"] = {
            name: waiter
            for name, waiter in waiters["waiters"].items()
            if waiter["operation"] in kept
        }
        (target / "waiters-2.json").write_text(json.dumps(waiters))


def import_fresh(src: Path, name: str) -> ModuleType:
    """Import package ``name`` from ``src``, not a same-named one another test module made."""
    forget(name)
    sys.path.insert(0, str(src))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(src))  # later imports inside the package go by its __path__


def forget(name: str) -> None:
    """Drop package ``name`` and its modules from ``sys.modules``."""
    for key in [k for k in sys.modules if k == name or k.startswith(name + ".")]:
        del sys.modules[key]


class SharedPackages:
    """Packages generated once per session from model folders, for tests that only read them.

    A folder is generated as ``python -m generator generate`` would (its ``release.json``
    and changelog included, operations the generator cannot render left out), into a
    folder of its own under ``root``. Tests must not change what they get: one that edits a
    package copies it first.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self._made: dict[Path, tuple[Service, Path]] = {}

    def get(self, model: Path) -> tuple[Service, Path]:
        """The IR of ``model`` and its generated package folder (generated on first use)."""
        model = model.resolve()
        if model not in self._made:
            service = load_model(model, skip_unsupported=True)
            release = load_release(model)
            out = self.root / f"{len(self._made)}-{model.parent.name}-{model.name}"
            package = write_package(service, out, release.package_version, release)
            self._made[model] = (service, package)
        return self._made[model]
