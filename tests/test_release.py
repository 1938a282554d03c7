"""``make update-model``: version bump by classification, changelog entry, version facts.

Each end-to-end test regenerates the full package once (about 12 s); everything
runs offline (``--from-dir`` / the installed botocore).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from generator.cli import main
from generator.release.state import load_release
from generator.release.update import bump_version

ROOT = Path(__file__).resolve().parent.parent
REVISIONS = ROOT / "tests" / "data" / "models" / "partnercentral-selling"
CUSTOMIZATIONS = ROOT / "models" / "partnercentral-selling" / "customizations"
API = "2022-07-26"
PACKAGE = Path("partnercentral-selling")
VERSION_FILE = PACKAGE / "src" / "partnercentral_selling" / "_version.py"


def _workspace(tmp_path: Path, revision: str, version: str) -> tuple[Path, Path]:
    """A model root pinned at ``revision`` with package version ``version``, and an out dir."""
    model_root = tmp_path / "models" / "partnercentral-selling"
    shutil.copytree(REVISIONS / revision, model_root / API)
    state = {"package_version": version, "botocore_version": revision}
    (model_root / API / "release.json").write_text(json.dumps(state))
    return model_root, tmp_path / "generated"


def _update(model_root: Path, out: Path, from_dir: Path, label: str | None = None) -> int:
    argv = ["update-model", "--model-root", str(model_root), "--out", str(out)]
    argv += ["--from-dir", str(from_dir)]
    if label:
        argv += ["--botocore-version", label]
    return main(argv)


def _make_update(model_root: Path, out: Path, source: str) -> str:
    """Run ``make update-model`` with ``source`` (e.g. ``FROM_DIR=...``); return its output."""
    done = subprocess.run(
        ["make", "-C", str(ROOT), "update-model"]
        + [f"MODEL_ROOT={model_root}", f"OUT={out}", source],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _snapshot(*folders: Path) -> dict[Path, bytes]:
    return {
        p: p.read_bytes() for folder in folders for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _pyproject_version(out: Path) -> str:
    for line in (out / PACKAGE / "pyproject.toml").read_text().splitlines():
        if line.startswith("version = "):
            return str(json.loads(line.split("=", 1)[1]))
    raise AssertionError("no version in pyproject.toml")


def test_make_update_model_breaking_revision_bumps_major(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    model_root, out = _workspace(tmp_path, "1.42.80", "1.0.0")
    new = REVISIONS / "1.44.7"
    assert "1.0.0 -> 2.0.0 (major)" in _make_update(model_root, out, f"FROM_DIR={new}")

    model = model_root / API
    state = json.loads((model / "release.json").read_text())
    assert state["package_version"] == "2.0.0"
    assert state["model_form"] == "botocore"
    assert state["model_source"] == "botocore 1.44.7"
    assert state["model_revision"] == "1.44.7"
    for name in ("service-2.json", "paginators-1.json"):
        assert (model / name).read_bytes() == (new / name).read_bytes()
    assert "1.44.7" in (model / "SOURCE.md").read_text()

    changelog = (out / PACKAGE / "CHANGELOG.md").read_text()
    assert changelog == (model / "CHANGELOG.md").read_text()
    assert changelog.startswith("# Changelog\n")
    assert "## 2.0.0 (model from botocore 1.44.7)" in changelog
    assert "previously botocore 1.42.80" in changelog
    assert state["model_sha256"] in changelog
    assert "Version bump: major" in changelog
    for heading in ("### ERROR (6)", "### DANGER (12)", "### WARNING (11)", "### NOTE (606)"):
        assert heading in changelog
    assert "`ShapeRemoved.MarketSegment`" in changelog
    assert "- DocumentationChanged: 277" in changelog  # NOTEs are summarised by kind
    # The removed enum is recorded, and the package keeps it as a deprecated alias.
    assert "deprecated aliases: `MarketSegment`" in changelog
    retired = json.loads((model / "retired-enums.json").read_text())
    assert retired["MarketSegment"]["values"] == [
        "Enterprise",
        "Large",
        "Medium",
        "Small",
        "Micro",
    ]
    assert (out / PACKAGE / "src" / "partnercentral_selling" / "_retired_enums.py").is_file()

    version_py = (out / VERSION_FILE).read_text()
    assert '__version__ = "2.0.0"' in version_py
    assert 'MODEL_REVISION = "1.44.7"' in version_py
    assert f"MODEL_SHA256 = \"{state['model_sha256']}\"" in version_py
    assert _pyproject_version(out) == "2.0.0"

    # Again: already up to date, nothing written.
    before = _snapshot(model_root, out)
    assert _update(model_root, out, new) == 0
    assert "already up to date" in capsys.readouterr().out
    assert _snapshot(model_root, out) == before


def test_documentation_only_change_bumps_patch(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    model_root, out = _workspace(tmp_path, "1.44.7", "2.0.0")
    # The service's customizations (beside the model) reach the regenerated package.
    shutil.copytree(CUSTOMIZATIONS, model_root / "customizations")
    edited = tmp_path / "edited"
    shutil.copytree(REVISIONS / "1.44.7", edited)
    service = json.loads((edited / "service-2.json").read_text())
    operation = sorted(service["operations"])[0]
    service["operations"][operation]["documentation"] = "<p>Reworded.</p>"
    (edited / "service-2.json").write_text(json.dumps(service))

    assert _update(model_root, out, edited, label="9.9.9") == 0
    assert "2.0.0 -> 2.0.1 (patch)" in capsys.readouterr().out
    changelog = (out / PACKAGE / "CHANGELOG.md").read_text()
    assert "## 2.0.1 (model from botocore 9.9.9)" in changelog
    assert "Version bump: patch (documentation only)" in changelog
    assert "- OperationDocumentationChanged: 1" in changelog
    assert "### ERROR" not in changelog and "### WARNING" not in changelog
    assert 'MODEL_REVISION = "9.9.9"' in (out / VERSION_FILE).read_text()
    assert _pyproject_version(out) == "2.0.1"
    readme = (out / PACKAGE / "README.md").read_text()
    assert 'client.get_opportunity(catalog="Sandbox", identifier="O1234567")' in readme


def test_a_customization_the_new_revision_breaks_stops_the_update(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    model_root, out = _workspace(tmp_path, "1.44.7", "2.0.0")
    (model_root / "customizations").mkdir()
    (model_root / "customizations" / "docs.json").write_text(
        '{"example_values": {"SolutionStatus": "Draft"}}'
    )
    edited = tmp_path / "edited"
    shutil.copytree(REVISIONS / "1.44.7", edited)
    service = json.loads((edited / "service-2.json").read_text())
    service["shapes"]["SolutionStatus"]["enum"].remove("Draft")
    (edited / "service-2.json").write_text(json.dumps(service))
    before = _snapshot(model_root)

    assert _update(model_root, out, edited, label="9.9.9") == 1
    assert "docs.json#/example_values/SolutionStatus: 'Draft' is not a value of the enum" in (
        capsys.readouterr().err
    )
    assert _snapshot(model_root) == before
    assert not out.exists()


def test_added_optional_member_bumps_minor(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    model_root, out = _workspace(tmp_path, "1.44.7", "2.0.1")
    # A changelog from an earlier update stays below the new entry.
    (model_root / API / "CHANGELOG.md").write_text(
        "# Changelog\n\nOne entry per model update (`make update-model`), newest first. Each"
        " entry names the\nbotocore version the model came from and the sha256 of its"
        " `service-2.json`.\n\n## 2.0.1 (model from botocore 9.9.9)\n\nOlder entry.\n"
    )
    edited = tmp_path / "edited"
    shutil.copytree(REVISIONS / "1.44.7", edited)
    service = json.loads((edited / "service-2.json").read_text())
    operation = service["operations"][sorted(service["operations"])[0]]
    string = next(n for n, s in sorted(service["shapes"].items()) if s["type"] == "string")
    service["shapes"][operation["input"]["shape"]]["members"]["ExtraNote"] = {"shape": string}
    (edited / "service-2.json").write_text(json.dumps(service))

    assert _update(model_root, out, edited, label="9.9.10") == 0
    assert "2.0.1 -> 2.1.0 (minor)" in capsys.readouterr().out
    changelog = (out / PACKAGE / "CHANGELOG.md").read_text()
    assert "- OptionalMemberAdded: 1" in changelog
    assert changelog.index("## 2.1.0") < changelog.index("## 2.0.1") < changelog.index("Older")
    assert changelog.count("# Changelog") == 1
    assert _pyproject_version(out) == "2.1.0"


def test_installed_botocore_same_model_is_up_to_date(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """The pinned model is botocore 1.44.7's, unchanged in the installed 1.44.8 (.json.gz)."""
    model_root = tmp_path / "models" / "partnercentral-selling"
    shutil.copytree(ROOT / "models" / "partnercentral-selling", model_root)
    before = _snapshot(model_root)
    argv = ["update-model", "--model-root", str(model_root), "--out", str(tmp_path / "out")]
    assert main(argv) == 0
    assert "already up to date" in capsys.readouterr().out
    assert _snapshot(model_root) == before
    assert not (tmp_path / "out").exists()


def test_release_state_and_override(tmp_path: Path) -> None:
    model = ROOT / "models" / "partnercentral-selling" / API
    release = load_release(model)
    # Written before Smithy sources: botocore_version alone names the source.
    assert release.model_source == "botocore 1.44.7"
    assert release.model_revision == "1.44.7"
    assert release.model_form == "botocore"
    assert release.changelog is not None
    assert load_release(model, "7.0.0").package_version == "7.0.0"
    assert load_release(tmp_path).package_version == "0.1.0"


@pytest.mark.parametrize(
    ("bump", "expected"), [("major", "2.0.0"), ("minor", "1.3.0"), ("patch", "1.2.4")]
)
def test_bump_version(bump: str, expected: str) -> None:
    assert bump_version("1.2.3", bump) == expected  # type: ignore[arg-type]
