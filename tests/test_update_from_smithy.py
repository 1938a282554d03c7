"""``make update-model`` from a Smithy JSON AST, and back to botocore files.

The target's AST is the revision of botocore 1.42.80 in the other form, so switching
forms diffs to NOTEs only. Each update regenerates the full package (seconds with the
format cache warm); everything runs offline.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

from generator.cli import main
from tests.test_release import (
    API,
    PACKAGE,
    REVISIONS,
    VERSION_FILE,
    _make_update,
    _pyproject_version,
    _snapshot,
    _update,
    _workspace,
)

AST = REVISIONS / "smithy" / "partnercentral-selling-2022-07-26.json"
AST_SHA256 = hashlib.sha256(AST.read_bytes()).hexdigest()
BOTOCORE_FILES = (
    "service-2.json",
    "paginators-1.json",
    "waiters-2.json",
    "endpoint-rule-set-1.json",
)
# The files that carry the release facts; every other file is the model's alone.
RELEASE_FACT_FILES = {
    PACKAGE / "CHANGELOG.md",
    PACKAGE / "README.md",
    PACKAGE / "pyproject.toml",
    VERSION_FILE,
}
# An enum no revision has, so it stays retired whatever the form of the update.
RETIRED = {"GoneStage": {"values": ["Old"], "reason": "removed in an earlier revision"}}


def _smithy_workspace(tmp_path: Path, version: str) -> tuple[Path, Path]:
    """A model root pinned at the target's AST with package version ``version``."""
    model_root = tmp_path / "models" / "partnercentral-selling"
    (model_root / API).mkdir(parents=True)
    shutil.copyfile(AST, model_root / API / AST.name)
    state = {
        "package_version": version,
        "model_form": "smithy",
        "model_source": f"Smithy AST {AST.name}",
        "model_revision": AST.name,
        "model_sha256": AST_SHA256,
    }
    (model_root / API / "release.json").write_text(json.dumps(state))
    return model_root, tmp_path / "generated"


def _update_from_smithy(model_root: Path, out: Path, ast: Path, *extra: str) -> int:
    argv = ["update-model", "--model-root", str(model_root), "--out", str(out)]
    return main([*argv, "--from-smithy", str(ast), *extra])


def _edited_ast(tmp_path: Path, edit: Any) -> Path:
    """A copy of the target's AST changed by ``edit(document)``."""
    document = json.loads(AST.read_text())
    edit(document)
    path = tmp_path / "edited" / AST.name
    path.parent.mkdir()
    path.write_text(json.dumps(document))
    return path


def _files(folder: Path) -> set[Path]:
    return {p.relative_to(folder) for p in folder.rglob("*") if p.is_file()}


def test_botocore_to_smithy_replaces_the_model_files(tmp_path: Path) -> None:
    model_root, out = _workspace(tmp_path, "1.42.80", "1.0.0")
    model = model_root / API
    (model / "retired-enums.json").write_text(json.dumps(RETIRED))
    assert "1.0.0 -> 1.1.0 (minor)" in _make_update(model_root, out, f"FROM_SMITHY={AST}")

    # The AST replaced every botocore file; our files stay beside it.
    assert {p.name for p in model.iterdir()} == {
        AST.name,
        "release.json",
        "CHANGELOG.md",
        "SOURCE.md",
        "retired-enums.json",
    }
    assert (model / AST.name).read_bytes() == AST.read_bytes()
    assert json.loads((model / "retired-enums.json").read_text()) == RETIRED
    assert json.loads((model / "release.json").read_text()) == {
        "package_version": "1.1.0",
        "model_form": "smithy",
        "model_source": f"Smithy AST {AST.name}",
        "model_revision": AST.name,
        "model_sha256": AST_SHA256,
    }
    assert f"| `{AST.name}` | `{AST_SHA256}` |" in (model / "SOURCE.md").read_text()

    changelog = (model / "CHANGELOG.md").read_text()
    assert changelog == (out / PACKAGE / "CHANGELOG.md").read_text()
    assert f"## 1.1.0 (model from Smithy AST {AST.name})" in changelog
    assert f"AST sha256 `{AST_SHA256}`; previously botocore 1.42.80" in changelog
    assert "Model form: botocore files -> a Smithy JSON AST" in changelog
    assert "Version bump: minor" in changelog
    assert "| ERROR | 0 |" in changelog and "| DANGER | 0 |" in changelog
    assert "- ConstraintRestated: 12" in changelog

    version_py = (out / VERSION_FILE).read_text()
    assert '__version__ = "1.1.0"' in version_py
    assert f'MODEL_REVISION = "{AST.name}"' in version_py
    assert f'MODEL_SHA256 = "{AST_SHA256}"' in version_py
    assert _pyproject_version(out) == "1.1.0"
    # The retired enum is read beside the AST as beside botocore files.
    assert (
        "GoneStage" in (out / PACKAGE / "src/partnercentral_selling/_retired_enums.py").read_text()
    )

    # The pinned folder generates the package just written ...
    assert main(["check", "--model", str(model), "--out", str(out)]) == 0
    # ... which is the AST's package but for the files that carry the release facts.
    (model / "retired-enums.json").unlink()
    fresh = tmp_path / "fresh"
    assert main(["generate", "--model", str(AST), "--out", str(fresh)]) == 0
    written = tmp_path / "written"
    assert main(["generate", "--model", str(model), "--out", str(written)]) == 0
    assert _files(fresh) == _files(written) - {PACKAGE / "CHANGELOG.md"}
    different = {
        p for p in _files(fresh) if (fresh / p).read_bytes() != (written / p).read_bytes()
    }
    assert different <= RELEASE_FACT_FILES


def test_smithy_to_smithy_same_ast_then_an_operation_removed(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    model_root, out = _smithy_workspace(tmp_path, "1.1.0")
    before = _snapshot(model_root)
    assert _update_from_smithy(model_root, out, AST) == 0
    assert "already up to date" in capsys.readouterr().out
    assert _snapshot(model_root) == before
    assert not out.exists()

    def remove_operation(document: dict[str, Any]) -> None:
        service = document["shapes"][
            "com.amazonaws.partnercentralselling#AWSPartnerCentralSelling"
        ]
        service["operations"] = [
            o
            for o in service["operations"]
            if not o["target"].endswith("#GetSellingSystemSettings")
        ]

    edited = _edited_ast(tmp_path, remove_operation)
    commit = "0123456789abcdef0123456789abcdef01234567"
    assert _update_from_smithy(model_root, out, edited, "--api-models-aws-commit", commit) == 0
    assert "1.1.0 -> 2.0.0 (major)" in capsys.readouterr().out
    model = model_root / API
    state = json.loads((model / "release.json").read_text())
    source = f"Smithy AST {AST.name} at api-models-aws commit {commit}"
    assert state["model_source"] == source
    assert state["model_revision"] == commit
    assert state["model_sha256"] == hashlib.sha256(edited.read_bytes()).hexdigest()
    changelog = (out / PACKAGE / "CHANGELOG.md").read_text()
    assert f"## 2.0.0 (model from {source})" in changelog
    assert f"previously Smithy AST {AST.name} (`{AST_SHA256}`)" in changelog
    assert "Model form:" not in changelog
    assert "### ERROR (3)" in changelog  # the operation and its input and output
    assert "- `OperationRemoved.GetSellingSystemSettings`: operation" in changelog
    assert f'MODEL_REVISION = "{commit}"' in (out / VERSION_FILE).read_text()


def test_smithy_back_to_botocore(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    model_root, out = _smithy_workspace(tmp_path, "1.1.0")
    assert _update(model_root, out, REVISIONS / "1.42.80") == 0
    assert "1.1.0 -> 1.2.0 (minor)" in capsys.readouterr().out
    model = model_root / API
    assert {p.name for p in model.iterdir()} == {
        *BOTOCORE_FILES,
        "release.json",
        "CHANGELOG.md",
        "SOURCE.md",
    }
    state = json.loads((model / "release.json").read_text())
    assert state["model_form"] == "botocore"
    assert state["model_source"] == "botocore 1.42.80"
    service = (REVISIONS / "1.42.80" / "service-2.json").read_bytes()
    assert state["model_sha256"] == hashlib.sha256(service).hexdigest()
    changelog = (out / PACKAGE / "CHANGELOG.md").read_text()
    assert "## 1.2.0 (model from botocore 1.42.80)" in changelog
    assert "Model form: a Smithy JSON AST -> botocore files" in changelog
    assert 'MODEL_REVISION = "1.42.80"' in (out / VERSION_FILE).read_text()


def test_a_bad_ast_names_its_file_and_pointer_and_changes_nothing(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    model_root, out = _workspace(tmp_path, "1.42.80", "1.0.0")
    before = _snapshot(model_root)

    def dangling_target(document: dict[str, Any]) -> None:
        shape = document["shapes"]["com.amazonaws.partnercentralselling#GetOpportunityRequest"]
        shape["members"]["Catalog"]["target"] = "com.amazonaws.partnercentralselling#Nowhere"

    edited = _edited_ast(tmp_path, dangling_target)
    assert _update_from_smithy(model_root, out, edited) == 1
    error = capsys.readouterr().err
    pointer = "/shapes/com.amazonaws.partnercentralselling#GetOpportunityRequest/members/Catalog"
    assert f"{edited}#{pointer}" in error
    assert _snapshot(model_root) == before
    assert not out.exists()

    assert _update_from_smithy(model_root, out, REVISIONS / "1.42.80" / "service-2.json") == 1
    assert "not a Smithy JSON AST" in capsys.readouterr().err
    assert _snapshot(model_root) == before
