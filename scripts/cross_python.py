"""`make check-pythons`: every Python from 3.10 up generates the same package, byte for byte.

    python3 scripts/cross_python.py [--model DIR] [--expected DIR]

For each Python 3.10, 3.11, ... up to the newest this machine has (``python3.X`` on PATH,
or installed by pyenv), a virtual environment holding exactly the pins of
``requirements-generator.txt`` (``pip install --no-deps``, then ``pip check``: nothing
unpinned gets in) is made once and cached in ``cross-python/<version>-<hash of the
requirements>/`` of the user's cache folder (:mod:`generator.user_cache`), which every clone
on the machine shares: a venv holds nothing but those pins (the generator itself runs from
the clone), so one made by any clone serves all of them; a lock beside it keeps two runs
from making the same one at once, and one whose base Python is gone is made again. That
Python then generates the shared runtime's distribution and every pinned model into a
temporary folder, which must equal the committed ``generated/`` byte for byte. A version
in the range that is not installed is skipped with a message.

Why: the output must not depend on the Python that runs the generator (keyword lists, the
order of sets and dicts, ``repr`` of values, the stdlib's formatting). ``PYTHONHASHSEED``
is left random, so output that follows a set's order shows too.

Only the standard library is used here, so any Python 3.10+ can run this script.
Exit status: 0 when every Python found generates the committed tree, 1 otherwise.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import glob
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script, from any folder
    sys.path.insert(0, str(ROOT))

from generator.user_cache import USER_CACHE  # noqa: E402  (standard library only)

REQUIREMENTS = ROOT / "requirements-generator.txt"
# Every committed package's pinned model (models/<service>/<api version>/), as `make generate`.
MODELS = sorted((ROOT / "models").glob("*/[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"))
EXPECTED = ROOT / "generated"
CACHE = USER_CACHE / "cross-python"
OLDEST_MINOR = 10  # the oldest Python 3 the generator supports
NEWEST_MINOR_PROBED = 30
COMPLETE = ".complete"  # written last into a cached venv: a half-made one is remade


class CrossPythonError(Exception):
    """A venv could not be made, or a generation failed (the message says which and why)."""


def _candidates(minor: int) -> list[str]:
    """Executables that may be Python 3.``minor``: on PATH, then pyenv's (newest patch first)."""
    found = [shutil.which(f"python3.{minor}") or ""]
    pyenv_root = os.environ.get("PYENV_ROOT") or str(Path.home() / ".pyenv")
    found += sorted(
        glob.glob(f"{pyenv_root}/versions/3.{minor}.*/bin/python3.{minor}"),
        key=lambda path: [int(part) for part in Path(path).parts[-3].split(".") if part.isdigit()],
        reverse=True,
    )
    return [path for path in found if path]


def minors() -> list[int]:
    """3.10's minor up to the newest minor with a candidate executable (no process started)."""
    present = [m for m in range(OLDEST_MINOR, NEWEST_MINOR_PROBED) if _candidates(m)]
    return list(range(OLDEST_MINOR, max(present, default=OLDEST_MINOR) + 1))


def find_python(minor: int) -> tuple[str, str] | None:
    """(executable, full version) of a working Python 3.``minor``, or None when there is none.

    A candidate must run and say it is that version: a pyenv shim of a version that is
    installed but not selected exits with an error instead.
    """
    for candidate in _candidates(minor):
        result = subprocess.run(
            [candidate, "-c", "import sys; print(*sys.version_info[:3], sep='.')"],
            capture_output=True,
            text=True,
            check=False,
        )
        version = result.stdout.strip()
        if result.returncode == 0 and version.startswith(f"3.{minor}."):
            return candidate, version
    return None


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the file ``path`` (made when missing) while in the block."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file closes
        yield


def generator_venv(python: str, version: str) -> Path:
    """The interpreter of a cached venv for ``python`` with exactly the generator's pins."""
    digest = hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()[:12]
    venv = CACHE / f"{version}-{digest}"
    with _locked(venv.with_name(f"{venv.name}.lock")):
        interpreter = venv / "bin" / "python"
        # bin/python links to the base Python: when that is gone, the venv is made again.
        if not ((venv / COMPLETE).is_file() and interpreter.exists()):
            _make_venv(python, version, venv)
    return interpreter


def _make_venv(python: str, version: str, venv: Path) -> None:
    """Make ``venv`` from ``python`` with exactly the generator's pins, marked complete last."""
    interpreter = venv / "bin" / "python"
    shutil.rmtree(venv, ignore_errors=True)
    pip = [str(interpreter), "-m", "pip", "--disable-pip-version-check"]
    steps = [
        ("python -m venv", [python, "-m", "venv", str(venv)]),
        ("pip install", pip + ["install", "--quiet", "--no-deps", "-r", str(REQUIREMENTS)]),
        ("pip check", pip + ["check"]),
    ]
    for name, command in steps:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            tail = (result.stdout + result.stderr).strip().splitlines()[-5:]
            raise CrossPythonError(
                f"Python {version}: `{name}` failed making {venv}; fix "
                f"{REQUIREMENTS.name} or the installation:\n  " + "\n  ".join(tail)
            )
    (venv / COMPLETE).write_text(REQUIREMENTS.read_text())


def generate(interpreter: Path, models: Sequence[Path], out: Path) -> None:
    """Run the generator from the repository with ``interpreter``: the shared runtime's
    distribution (``generate-runtime``), then ``generate`` per model, as ``make generate``."""
    environ = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    environ.pop("PYTHONHASHSEED", None)  # random, as for a user
    commands = [["generate-runtime"]] + [["generate", "--model", str(model)] for model in models]
    for command in commands:
        result = subprocess.run(
            [str(interpreter), "-m", "generator", *command, "--out", str(out)],
            cwd=ROOT,
            env=environ,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise CrossPythonError(
                f"{interpreter} could not run {' '.join(command)}:\n{result.stderr.strip()}"
            )


def _files(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` (bytecode caches left out), by its relative path."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in root.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def tree_differences(fresh: Path, expected: Path) -> list[str]:
    """Relative paths whose bytes differ or that exist on one side only, sorted."""
    left, right = _files(fresh), _files(expected)
    return sorted(path for path in left.keys() | right.keys() if left.get(path) != right.get(path))


def check_python(minor: int, models: Sequence[Path], expected: Path) -> str | None:
    """Generate with Python 3.``minor``; a line saying what happened, None when it is missing.

    Raises :class:`CrossPythonError` when the output differs or cannot be made.
    """
    found = find_python(minor)
    if found is None:
        return None
    python, version = found
    started = time.monotonic()
    interpreter = generator_venv(python, version)
    with tempfile.TemporaryDirectory(prefix="cross-python-") as scratch:
        generate(interpreter, models, Path(scratch))
        differing = tree_differences(Path(scratch), expected)
    if differing:
        shown = "\n  ".join(differing[:20])
        more = f"\n  ... and {len(differing) - 20} more" if len(differing) > 20 else ""
        raise CrossPythonError(
            f"Python {version} ({python}) generates {len(differing)} file(s) unlike "
            f"{expected}:\n  {shown}{more}"
        )
    return f"Python {version} ({python}): identical ({time.monotonic() - started:.0f} s)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--model",
        type=Path,
        action="append",
        help="a model folder to generate (repeatable; default: every pinned model)",
    )
    parser.add_argument(
        "--expected", type=Path, default=EXPECTED, help="the committed output folder"
    )
    args = parser.parse_args(argv)
    failed = False
    for minor in minors():
        try:
            line = check_python(minor, args.model or MODELS, args.expected)
        except CrossPythonError as exc:
            failed = True
            line = f"error: {exc}"
        print(line or f"Python 3.{minor}: not installed here, skipped", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
