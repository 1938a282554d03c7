"""The committed generated/ tree is exactly what the generator produces now.

Equivalent to ``make check``: regenerate into a temporary folder and compare
byte for byte; a copy of the session's shared generation (``tests/packages.py``)
passes the check until one of its files is edited.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.model.naming import RUNTIME_DISTRIBUTION
from tests.packages import SharedPackages

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "partnercentral-selling" / "2022-07-26"
# Every committed package's pinned model: models/<service>/<api version>/ (the Makefile's MODELS).
MODELS = sorted(p for p in (ROOT / "models").glob("*/[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"))


def test_every_model_has_its_committed_package_and_no_package_is_left_over() -> None:
    packages = {p.name for p in (ROOT / "generated").iterdir() if p.is_dir()}
    assert packages == {model.parent.name for model in MODELS} | {RUNTIME_DISTRIBUTION}


def test_the_committed_runtime_distribution_matches_a_fresh_generation(  # type: ignore[no-untyped-def]
    capsys,
) -> None:
    status = main(["check-runtime", "--out", str(ROOT / "generated")])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    assert f"{RUNTIME_DISTRIBUTION} is up to date" in captured.out


@pytest.mark.parametrize("model", MODELS, ids=[m.parent.name for m in MODELS])
def test_committed_tree_matches_a_fresh_generation(  # type: ignore[no-untyped-def]
    model: Path, capsys
) -> None:
    status = main(["check", "--model", str(model), "--out", str(ROOT / "generated")])
    captured = capsys.readouterr()
    assert status == 0, captured.err


@pytest.mark.parametrize(
    "model",
    [m for m in MODELS if (m / "endpoint-tests-1.json").is_file()],
    ids=lambda m: m.parent.name,
)
def test_each_committed_package_passes_the_tests_it_ships(model: Path) -> None:
    """The endpoint test cases a package ships run against the committed package itself."""
    package = ROOT / "generated" / model.parent.name
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=package,
        env={**os.environ, "PYTHONPATH": str(package / "src")},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert " passed" in result.stdout.splitlines()[-1]


def test_check_reports_a_changed_file(  # type: ignore[no-untyped-def]
    tmp_path: Path, capsys, shared_packages: SharedPackages
) -> None:
    _, fresh = shared_packages.get(MODEL)
    shutil.copytree(fresh, tmp_path / "partnercentral-selling")
    assert main(["check", "--model", str(MODEL), "--out", str(tmp_path)]) == 0
    version = (
        tmp_path / "partnercentral-selling" / "src" / "partnercentral_selling" / "_version.py"
    )
    version.write_text(version.read_text() + "# edited by hand\n")
    assert main(["check", "--model", str(MODEL), "--out", str(tmp_path)]) == 1
    assert "_version.py" in capsys.readouterr().err


def test_generated_folders_get_the_umask_mode_not_a_private_one(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        assert main(["generate", "--model", str(MODEL), "--out", str(tmp_path)]) == 0
    finally:
        os.umask(old_umask)
    package = tmp_path / "partnercentral-selling"
    assert stat.S_IMODE(package.stat().st_mode) == 0o755
    assert stat.S_IMODE((package / "src").stat().st_mode) == 0o755


def test_cli_help_runs() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--help"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0
    assert "generate" in result.stdout and "check" in result.stdout
