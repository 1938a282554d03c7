"""A service's emulator behaviours (``customizations/emulator/``): hand-written modules.

The emulator of a generated package is generic: it checks requests and responses against
the model's tables (``_emulator_model.py``). What one service does with a call (what a
create call makes, what a list call returns) is Python written by hand beside the model,
one module per file, copied verbatim into the package's ``_emulator/`` package. The folder is flat and holds only such modules, each named as
the package will import it; each must compile, so a broken one fails the generation
rather than the first emulated call. The operations a module handles are read from its
``routes("Operation")`` calls (decorators) (:func:`handled_operations`, without running it) and
checked against the model, so a misspelt name fails here and the docs can list what the
emulator answers.
"""

from __future__ import annotations

import ast
import difflib
import keyword
import re
from collections.abc import Collection
from pathlib import Path

from ..errors import GeneratorError, ModelError
from ..model.ir import EmulatorModule

EMULATOR_DIR = "emulator"
# A module name the package imports: lower-case ASCII, not private (``_emulator/__init__``
# is the generator's).
_MODULE_NAME = re.compile(r"[a-z][a-z0-9_]*")


def read_emulator_modules(folder: Path, operations: Collection[str]) -> tuple[EmulatorModule, ...]:
    """The behaviour modules in ``folder``, by name; anything else in it is refused.

    ``operations`` are the model's operation names: a module handling another is refused.
    """
    if not folder.is_dir():
        raise GeneratorError(
            f"{folder}: a file where the emulator's folder of behaviour modules belongs; "
            "move it away or make it the folder"
        )
    modules = [_read_module(path, operations) for path in sorted(folder.iterdir())]
    handled: dict[str, str] = {}
    for module in modules:
        for operation in module.operations:
            if operation in handled:
                raise GeneratorError(
                    f"{folder}: {operation} is handled by {handled[operation]}.py and by "
                    f"{module.name}.py; keep one handler"
                )
            handled[operation] = module.name
    return tuple(sorted(modules, key=lambda module: module.name))


def handled_operations(
    path: Path, tree: ast.Module, operations: Collection[str]
) -> tuple[str, ...]:
    """The operations of every ``routes("Name")`` call in ``tree`` (as a decorator or not).

    Each must name one operation of the model as a string literal: a name computed at
    run time would keep the operation out of the docs' list of what the emulator answers.
    """
    found: list[str] = []
    for node in ast.walk(tree):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "routes"
        ):
            continue
        argument = node.args[0] if len(node.args) == 1 and not node.keywords else None
        if not (isinstance(argument, ast.Constant) and isinstance(argument.value, str)):
            raise ModelError(
                path,
                "",
                f"line {node.lineno}: routes(...) must name one operation as a string literal",
                'write @routes("OperationName") (the docs list the operations so named)',
            )
        if argument.value not in operations:
            close = difflib.get_close_matches(argument.value, list(operations), n=1)
            raise ModelError(
                path,
                "",
                f"line {node.lineno}: the model has no operation {argument.value!r}",
                f"did you mean {close[0]!r}?" if close else "name an operation of the model",
            )
        found.append(argument.value)
    return tuple(sorted(found))


def _read_module(path: Path, operations: Collection[str]) -> EmulatorModule:
    """The module at ``path``: a Python file of an importable name that compiles."""
    if path.is_dir():
        raise GeneratorError(
            f"{path}: a folder inside the emulator folder, which holds modules only "
            "(no subpackages); move its modules up into the emulator folder, or out"
        )
    if path.suffix != ".py":
        raise GeneratorError(
            f"{path}: not a Python module; the emulator folder holds only behaviour "
            "modules (<name>.py): move it out of the folder"
        )
    name = path.stem
    if not _MODULE_NAME.fullmatch(name) or keyword.iskeyword(name):
        raise GeneratorError(
            f"{path}: {name!r} is not a name the package can import its module by; rename "
            "it to lower-case letters, digits and underscores, starting with a letter "
            "(not a Python keyword)"
        )
    try:
        source = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ModelError(
            path, "", f"not UTF-8 text at byte {exc.start}", "save the module as UTF-8"
        ) from None
    try:
        compile(source, str(path), "exec", dont_inherit=True)
        tree = ast.parse(source, str(path))
    except SyntaxError as exc:
        raise ModelError(
            path,
            "",
            f"invalid Python at line {exc.lineno} column {exc.offset}: {exc.msg}",
            "fix the module: the package imports it as it is",
        ) from None
    return EmulatorModule(
        name=name, source=source, operations=handled_operations(path, tree, operations)
    )
