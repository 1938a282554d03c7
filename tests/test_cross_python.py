"""Every Python from 3.10 to the newest installed here generates the committed tree.

Each Python gets a cached venv with only ``requirements-generator.txt`` (see
scripts/cross_python.py, which ``make check-pythons`` runs) and generates the pinned
model into a temporary folder; the tree must equal ``generated/`` byte for byte. A
version that is not installed is skipped, with a message saying so.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from generator import user_cache
from scripts import cross_python

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
@pytest.mark.parametrize("minor", cross_python.minors(), ids=lambda minor: f"3.{minor}")
def test_each_python_generates_the_committed_tree(minor: int, tmp_path: Path) -> None:
    found = cross_python.find_python(minor)
    if found is None:
        pytest.skip(f"Python 3.{minor} is not installed on this machine")
    python, version = found
    interpreter = cross_python.generator_venv(python, version)
    cross_python.generate(interpreter, cross_python.MODELS, tmp_path)
    assert (tmp_path / "partnercentral-selling").is_dir()
    assert cross_python.tree_differences(tmp_path, ROOT / "generated") == []


def test_a_cached_venv_is_reused_until_its_base_python_is_gone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Venvs live in the user's cache, shared by clones; a complete one whose bin/python
    still leads to a Python is used as it is, any other is made again (under the lock)."""
    assert cross_python.CACHE == user_cache.USER_CACHE / "cross-python"
    monkeypatch.setattr(cross_python, "CACHE", tmp_path)
    made: list[Path] = []

    def make(python: str, version: str, venv: Path) -> None:
        made.append(venv)
        shutil.rmtree(venv, ignore_errors=True)
        (venv / "bin").mkdir(parents=True)
        (venv / "bin" / "python").symlink_to(tmp_path / "base-python")
        (venv / cross_python.COMPLETE).write_text("")

    monkeypatch.setattr(cross_python, "_make_venv", make)
    (tmp_path / "base-python").write_text("")
    interpreter = cross_python.generator_venv("python3.99", "3.99.0")
    assert made == [interpreter.parent.parent] and interpreter.parent.parent.parent == tmp_path
    assert cross_python.generator_venv("python3.99", "3.99.0") == interpreter
    assert len(made) == 1  # reused
    (tmp_path / "base-python").unlink()
    assert cross_python.generator_venv("python3.99", "3.99.0") == interpreter
    assert made == [interpreter.parent.parent] * 2  # made again


def test_tree_differences_names_changed_missing_and_extra_files(tmp_path: Path) -> None:
    fresh, expected = tmp_path / "fresh", tmp_path / "expected"
    for tree in (fresh, expected):
        (tree / "pkg" / "__pycache__").mkdir(parents=True)
        (tree / "pkg" / "same.py").write_bytes(b"x = 1\n")
        (tree / "pkg" / "changed.py").write_bytes(b"y = 1\n")
    (fresh / "pkg" / "changed.py").write_bytes(b"y = 1\r\n")  # a byte, not a line, differs
    (fresh / "pkg" / "extra.py").write_text("")
    (expected / "gone.md").write_text("")
    (fresh / "pkg" / "__pycache__" / "same.cpython-310.pyc").write_bytes(b"\0")
    assert cross_python.tree_differences(fresh, expected) == [
        "gone.md",
        "pkg/changed.py",
        "pkg/extra.py",
    ]


def _pins(path: Path) -> dict[str, str]:
    """Package -> pinned version of the lines of a requirements file that apply here."""
    pins = {}
    for line in path.read_text().splitlines():
        text = line.split("  #")[0].strip()
        if not text or text.startswith("#"):
            continue
        requirement = Requirement(text)
        if requirement.marker is None or requirement.marker.evaluate():
            (specifier,) = requirement.specifier
            pins[re.sub(r"[-_.]+", "-", requirement.name).lower()] = specifier.version
    return pins


def test_generator_requirements_are_the_dev_pins() -> None:
    """On the dev Python, each generator pin is requirements-dev.txt's (a bump keeps both)."""
    generator_pins = _pins(ROOT / "requirements-generator.txt")
    dev_pins = _pins(ROOT / "requirements-dev.txt")
    assert {"black", "jinja2", "jsonschema"} <= generator_pins.keys()
    assert {name: dev_pins.get(name) for name in generator_pins} == generator_pins
