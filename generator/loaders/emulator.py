"""A service's emulator behaviours (``customizations/emulator/``): hand-written modules.

The emulator of a generated package is generic: it checks requests and responses against
the model's tables (``_emulator_model.py``). What one service does with a call (what a
create call makes, what a list call returns) is Python written by hand beside the model,
one module per file, copied verbatim into the package's ``_emulator/`` package. The folder is flat and holds only such modules, each named as
the package will import it; each must compile, so a broken one fails the generation
rather than the first emulated call.
"""

from __future__ import annotations

import keyword
import re
from pathlib import Path

from ..errors import GeneratorError, ModelError
from ..model.ir import EmulatorModule

EMULATOR_DIR = "emulator"
# A module name the package imports: lower-case ASCII, not private (``_emulator/__init__``
# is the generator's).
_MODULE_NAME = re.compile(r"[a-z][a-z0-9_]*")


def read_emulator_modules(folder: Path) -> tuple[EmulatorModule, ...]:
    """The behaviour modules in ``folder``, by name; anything else in it is refused."""
    if not folder.is_dir():
        raise GeneratorError(
            f"{folder}: a file where the emulator's folder of behaviour modules belongs; "
            "move it away or make it the folder"
        )
    modules = [_read_module(path) for path in sorted(folder.iterdir())]
    return tuple(sorted(modules, key=lambda module: module.name))


def _read_module(path: Path) -> EmulatorModule:
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
    except SyntaxError as exc:
        raise ModelError(
            path,
            "",
            f"invalid Python at line {exc.lineno} column {exc.offset}: {exc.msg}",
            "fix the module: the package imports it as it is",
        ) from None
    return EmulatorModule(name=name, source=source)
