"""Generated modules lay their imports out as hand-written Python does (PEP 8, isort).

At module level, and separately in each ``if TYPE_CHECKING:`` block, the imports come in
groups: ``from __future__``, the standard library, third-party (the shared runtime,
``typed_aws_runtime``), then the package's own relative imports, a blank line between two
groups. Checked on every module of the committed packages and of a few packages generated
from other models.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from tests.packages import JSON_SERVICES, ROOT, SharedPackages

COMMITTED = sorted((ROOT / "generated").glob("partnercentral-*/src"))
OTHER_MODELS = ["kinesis/2013-12-02", "sqs/2012-11-05", "verifiedpermissions/2021-12-01"]
GROUPS = ("from __future__", "standard library", "third-party", "relative")


def _group(node: ast.Import | ast.ImportFrom) -> int:
    """The index in :data:`GROUPS` of an import statement's group."""
    if isinstance(node, ast.ImportFrom):
        if node.level:
            return 3
        if node.module == "__future__":
            return 0
        names = [node.module or ""]
    else:
        names = [alias.name for alias in node.names]
    stdlib = all(name.split(".")[0] in sys.stdlib_module_names for name in names)
    return 1 if stdlib else 2


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _block_problems(body: list[ast.stmt]) -> list[str]:
    """Where the imports among ``body``'s statements break the group order or gaps."""
    imports = [node for node in body if isinstance(node, (ast.Import, ast.ImportFrom))]
    problems = []
    for before, node in zip(imports, imports[1:]):
        group, previous = _group(node), _group(before)
        if group < previous:
            problems.append(
                f"line {node.lineno}: {GROUPS[group]} import after a {GROUPS[previous]} one"
            )
        elif group > previous and node.lineno == (before.end_lineno or 0) + 1:
            problems.append(f"line {node.lineno}: no blank line before the {GROUPS[group]} group")
    return problems


def import_order_problems(source: str) -> list[str]:
    """Where ``source``'s module-level imports, or a TYPE_CHECKING block's, are out of order."""
    module = ast.parse(source).body
    problems = _block_problems(module)
    for node in module:
        if isinstance(node, ast.If) and _is_type_checking(node):
            problems += [f"TYPE_CHECKING {problem}" for problem in _block_problems(node.body)]
    return problems


WRONG = """\
import os
from __future__ import annotations

from . import errors
from typed_aws_runtime.exceptions import SdkError
import typing
from typed_aws_runtime.config import ClientConfig

if TYPE_CHECKING:
    from .client import Client
    from typed_aws_runtime.pipeline.core import ClientCore
"""

RIGHT = """\
from __future__ import annotations

import typing

from typed_aws_runtime.exceptions import SdkError

from . import errors

if typing.TYPE_CHECKING:
    from typed_aws_runtime.pipeline.core import ClientCore

    from .client import Client
"""


def test_the_checker_flags_each_misplaced_import() -> None:
    assert import_order_problems(WRONG) == [
        "line 2: from __future__ import after a standard library one",
        "line 5: third-party import after a relative one",
        "line 6: standard library import after a third-party one",
        "line 7: no blank line before the third-party group",
        "TYPE_CHECKING line 11: third-party import after a relative one",
    ]
    assert import_order_problems(RIGHT) == []


def _problems(src: Path) -> dict[str, list[str]]:
    found = {}
    for path in sorted(src.rglob("*.py")):
        problems = import_order_problems(path.read_text(encoding="utf-8"))
        if problems:
            found[str(path.relative_to(src))] = problems
    return found


@pytest.mark.parametrize("src", COMMITTED, ids=lambda src: src.parent.name)
def test_committed_packages_group_their_imports(src: Path) -> None:
    assert _problems(src) == {}


@pytest.mark.parametrize("model", OTHER_MODELS)
def test_packages_of_other_models_group_their_imports(
    shared_packages: SharedPackages, model: str
) -> None:
    _, package = shared_packages.get(JSON_SERVICES / model)
    assert _problems(package / "src") == {}
