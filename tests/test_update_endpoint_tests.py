"""``make update-model`` keeps a revision's endpoint tests (``endpoint-tests-1.json``).

Against the pinned partnercentral-account model (which ships botocore's endpoint test
cases), copied to a temporary folder. A folder's tests are taken with its model files; a
revision without tests keeps the pinned ones when its endpoint rule set is byte-identical,
else the loss is said on stderr. ``BOTOCORE=ver`` runs offline: only
:func:`generator.botocore_dist.pip_download` (the one place that runs pip) is replaced.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tarfile
import zipfile
from pathlib import Path

import pytest

from generator import botocore_dist
from generator.cli import main
from generator.release.state import sha256_file
from generator.release.update import fetch_pip

ROOT = Path(__file__).resolve().parent.parent
SERVICE = "partnercentral-account"
API = "2025-04-04"
PINNED = ROOT / "models" / SERVICE / API
TESTS = "endpoint-tests-1.json"
RULES = "endpoint-rule-set-1.json"
MODEL = ("service-2.json", "paginators-1.json", "waiters-2.json", RULES)
SERVICE_DOC = "AWS Partner Central Account service provides APIs"
RULES_DOC = "Override the endpoint used to send this request"


def _workspace(tmp_path: Path) -> Path:
    model_root = tmp_path / "models" / SERVICE
    shutil.copytree(ROOT / "models" / SERVICE, model_root)
    return model_root


def _revision(
    tmp_path: Path, *, tests: bool, service_doc: bool = False, rules_doc: bool = False
) -> Path:
    """The pinned botocore files in a folder of their own, ``tests`` with the endpoint tests,
    the service's documentation or the rule set's (a parameter's) changed as asked.
    """
    folder = tmp_path / "revision" / API
    folder.mkdir(parents=True)
    for name in MODEL + ((TESTS,) if tests else ()):
        shutil.copyfile(PINNED / name, folder / name)
    for changed, name, text in (
        (service_doc, MODEL[0], SERVICE_DOC),
        (rules_doc, RULES, RULES_DOC),
    ):
        if changed:
            content = (folder / name).read_text(encoding="utf-8")
            assert text in content
            (folder / name).write_text(
                content.replace(text, text + " (revised)"), encoding="utf-8"
            )
    return folder


def _update(model_root: Path, out: Path, *options: str) -> int:
    return main(["update-model", "--model-root", str(model_root), "--out", str(out), *options])


def _snapshot(folder: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(
    ("tests", "origin"),
    [
        (True, f"taken with the model files from the folder `{API}/`"),
        (False, "carried over from the previous revision (botocore 1.44.18)"),
    ],
    ids=["folder-with-tests", "carried"],
)
def test_a_folder_keeps_endpoint_tests(tmp_path: Path, capsys, tests: bool, origin: str) -> None:  # type: ignore[no-untyped-def]
    """The folder's own tests; else, the rule set being byte-identical, the pinned ones."""
    model_root, out = _workspace(tmp_path), tmp_path / "out"
    revision = _revision(tmp_path, tests=tests, service_doc=True)
    assert _update(model_root, out, "--from-dir", str(revision)) == 0
    captured = capsys.readouterr()
    carried = f"kept the pinned {TESTS} ({model_root / API / TESTS}): the new revision brings none"
    assert "updated" in captured.out and (carried in captured.out) is not tests
    assert f"its {RULES} is byte-identical" in captured.out or tests
    assert "warning" not in captured.err
    assert (model_root / API / TESTS).read_bytes() == (PINNED / TESTS).read_bytes()
    source = (model_root / API / "SOURCE.md").read_text(encoding="utf-8")
    assert f"| `{TESTS}` | `{sha256_file(PINNED / TESTS)}` |" in source
    assert f"`{TESTS}` (the endpoint rule set's test cases): {origin}" in source
    assert (out / SERVICE / "tests" / "test_endpoint_rules.py").is_file()


def test_a_changed_rule_set_without_tests_drops_them_with_a_warning(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    model_root, out = _workspace(tmp_path), tmp_path / "out"
    revision = _revision(tmp_path, tests=False, rules_doc=True)
    assert _update(model_root, out, "--from-dir", str(revision)) == 0
    captured = capsys.readouterr()
    assert "kept the pinned" not in captured.out
    assert "the package will no longer ship endpoint tests" in captured.err
    assert f"the pinned {RULES}, and the new one differs" in captured.err
    assert "FROM_DIR=" in captured.err and "BOTOCORE=<ver>" in captured.err
    assert not (model_root / API / TESTS).exists()
    assert TESTS not in (model_root / API / "SOURCE.md").read_text(encoding="utf-8")
    assert not (out / SERVICE / "tests").exists()


@pytest.mark.parametrize("tests", [True, False], ids=["with-tests", "without-tests"])
def test_the_same_files_are_already_up_to_date(tmp_path: Path, capsys, tests: bool) -> None:  # type: ignore[no-untyped-def]
    model_root, out = _workspace(tmp_path), tmp_path / "out"
    before = _snapshot(model_root)
    assert _update(model_root, out, "--from-dir", str(_revision(tmp_path, tests=tests))) == 0
    captured = capsys.readouterr()
    assert "already up to date" in captured.out
    assert ("kept the pinned" in captured.out) is not tests
    assert "warning" not in captured.err
    assert _snapshot(model_root) == before
    assert not out.exists()


# -- BOTOCORE=ver: the wheel's model files, the sdist's endpoint tests -------------------


def _fake_pip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, sdist_tests: bytes | None
) -> list[bool]:
    """Replace the pip run: the wheel holds the pinned model files; the sdist holds
    ``sdist_tests`` (None: pip cannot fetch it). Returns the kinds asked for (sdist: True).
    """
    monkeypatch.setattr(botocore_dist, "SDIST_FOLDER", tmp_path / "sdist-cache")
    asked: list[bool] = []

    def pip_download(version: str, dest: Path, *, sdist: bool) -> subprocess.CompletedProcess[str]:
        asked.append(sdist)
        if sdist and sdist_tests is None:
            problem = f"ERROR: No matching distribution found for botocore=={version}"
            return subprocess.CompletedProcess([], 1, "", problem + "\n")
        if sdist:
            with tarfile.open(dest / f"botocore-{version}.tar.gz", "w:gz") as tar:
                name = f"botocore-{version}/tests/functional/endpoint-rules/{SERVICE}/{TESTS}"
                info = tarfile.TarInfo(name)
                info.size = len(sdist_tests or b"")
                tar.addfile(info, io.BytesIO(sdist_tests or b""))
        else:
            with zipfile.ZipFile(dest / f"botocore-{version}-py3-none-any.whl", "w") as wheel:
                for name in MODEL:
                    wheel.write(PINNED / name, f"botocore/data/{SERVICE}/{API}/{name}")
        return subprocess.CompletedProcess([], 0, "", "")

    monkeypatch.setattr(botocore_dist, "pip_download", pip_download)
    return asked


def test_fetch_pip_takes_the_endpoint_tests_from_the_sdist(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tests = (PINNED / TESTS).read_bytes()
    asked = _fake_pip(tmp_path, monkeypatch, sdist_tests=tests)
    origin = fetch_pip(tmp_path / "staged", SERVICE, "9.9.9")
    assert origin is not None and "botocore 9.9.9's sdist" in origin
    assert sorted(p.name for p in (tmp_path / "staged").iterdir()) == sorted((*MODEL, TESTS))
    assert (tmp_path / "staged" / TESTS).read_bytes() == tests
    # The sdist is kept in the cache folder: a second fetch does not run pip for it.
    assert fetch_pip(tmp_path / "again", SERVICE, "9.9.9") == origin
    assert asked == [False, True, False]


def test_an_sdist_pip_cannot_fetch_is_said_and_the_pinned_tests_are_carried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:  # type: ignore[no-untyped-def]
    _fake_pip(tmp_path, monkeypatch, sdist_tests=None)
    model_root, out = _workspace(tmp_path), tmp_path / "out"
    before = _snapshot(model_root)
    assert _update(model_root, out, "--botocore-version", "9.9.9") == 0
    captured = capsys.readouterr()
    assert "cannot fetch botocore 9.9.9's sdist (ERROR: No matching distribution" in captured.err
    assert f"endpoint-rules/{SERVICE}/{TESTS}" in captured.err
    assert "FROM_DIR=<that folder> BOTOCORE=9.9.9" in captured.err
    assert f"kept the pinned {TESTS}" in captured.out and "already up to date" in captured.out
    assert _snapshot(model_root) == before
