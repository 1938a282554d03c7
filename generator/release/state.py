"""The release facts of a model folder: package version, model revision, changelog.

Kept apart from :mod:`generator.release.update` so that the emitters can read a
:class:`Release` without importing the update machinery (which imports them).

``release.json`` says where the model came from whatever its form: ``model_form``
(``botocore`` or ``smithy``), ``model_source`` (for people and the changelog:
"botocore 1.42.80", "Smithy AST <file name>"), ``model_revision`` (what the package's
``MODEL_REVISION`` says: the botocore version, else the api-models-aws commit or the
AST's name) and ``model_sha256`` (:func:`model_sha256`). A file written before Smithy
models were read names only ``botocore_version``; it reads as a botocore source.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import GeneratorError
from ..loaders import locate
from ..loaders.botocore import SERVICE_FILE
from ..loaders.smithy import ast_files

DEFAULT_PACKAGE_VERSION = "0.1.0"
RELEASE_FILE = "release.json"
CHANGELOG_FILE = "CHANGELOG.md"


@dataclass(frozen=True)
class Release:
    """What the generated ``_version.py`` and package metadata say."""

    package_version: str
    model_form: str | None = None  # the front end's name: "botocore" or "smithy"
    model_source: str | None = None
    model_revision: str | None = None
    model_sha256: str | None = None
    changelog: str | None = None


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def model_files(path: Path) -> tuple[str, list[Path]] | None:
    """The form of the model at ``path`` and the files its sha256 covers (None: no model).

    Botocore: ``service-2.json`` alone (the revision's identity since the first release);
    Smithy: every AST file.
    """
    found = locate(path)
    if found is None:
        return None
    front_end, root = found
    if front_end.name == "botocore":
        return front_end.name, [root / SERVICE_FILE]
    return front_end.name, ast_files(root) if root.is_dir() else [root]


def model_sha256(files: list[Path]) -> str:
    """One file: the sha256 of its bytes (what ``sha256sum`` prints). Several (a folder
    of ASTs): the sha256 over the files in name order, each as its name, NUL, its size in
    decimal, NUL and its bytes, so renaming or moving bytes between files changes it.
    """
    if len(files) == 1:
        return sha256_file(files[0])
    digest = hashlib.sha256()
    for file in sorted(files, key=lambda f: f.name):
        content = file.read_bytes()
        digest.update(f"{file.name}\0{len(content)}\0".encode())
        digest.update(content)
    return digest.hexdigest()


def folder_sha256(path: Path) -> str | None:
    """The :func:`model_sha256` of the model at ``path`` (None: no model there)."""
    found = model_files(path)
    return model_sha256(found[1]) if found else None


def load_release(model_dir: Path, package_version: str | None = None) -> Release:
    """The release facts of ``model_dir``; ``package_version`` overrides the file's.

    ``model_dir`` is a model folder, or a model file (a Smithy AST) inside one.
    """
    folder = model_dir.parent if model_dir.is_file() else model_dir
    state = _read_state(folder)
    changelog_file = folder / CHANGELOG_FILE
    found = model_files(model_dir)
    legacy = state.get("botocore_version")
    return Release(
        package_version=package_version or state.get("package_version") or DEFAULT_PACKAGE_VERSION,
        model_form=state.get("model_form")
        or ("botocore" if legacy else found[0] if found else None),
        model_source=state.get("model_source") or (f"botocore {legacy}" if legacy else None),
        model_revision=state.get("model_revision") or legacy,
        model_sha256=state.get("model_sha256") or (model_sha256(found[1]) if found else None),
        changelog=changelog_file.read_text(encoding="utf-8") if changelog_file.is_file() else None,
    )


def _read_state(model_dir: Path) -> dict[str, str]:
    file = model_dir / RELEASE_FILE
    if not file.is_file():
        return {}
    try:
        document = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GeneratorError(f"{file}: cannot read the release state ({exc})") from exc
    if not isinstance(document, dict) or not all(isinstance(v, str) for v in document.values()):
        raise GeneratorError(f"{file}: expected an object of strings")
    return {str(k): v for k, v in document.items()}
