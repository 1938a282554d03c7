"""Generating packages from cut-down real models, and importing them fresh, for tests.

Generating a whole real model (hundreds of shapes, docs pages) takes seconds;
a test needing a few operations cuts the model to them first. Generated
packages take the import name of their service, so two test modules that
generate the same service must not see each other's copy.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType


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
