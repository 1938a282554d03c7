"""The release facts of a model folder: package version, model revision, changelog.

Kept apart from :mod:`generator.release.update` so that the emitters can read a
:class:`Release` without importing the update machinery (which imports them).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from ..errors import GeneratorError
from ..loaders.botocore import SERVICE_FILE

DEFAULT_PACKAGE_VERSION = "0.1.0"
RELEASE_FILE = "release.json"
CHANGELOG_FILE = "CHANGELOG.md"


@dataclass(frozen=True)
class Release:
    """What the generated ``_version.py`` and package metadata say."""

    package_version: str
    botocore_version: str | None = None
    model_sha256: str | None = None
    changelog: str | None = None


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def load_release(model_dir: Path, package_version: str | None = None) -> Release:
    """The release facts of ``model_dir``; ``package_version`` overrides the file's."""
    state = _read_state(model_dir)
    changelog_file = model_dir / CHANGELOG_FILE
    service_file = model_dir / SERVICE_FILE
    sha = state.get("model_sha256") or (
        sha256_file(service_file) if service_file.is_file() else None
    )
    return Release(
        package_version=package_version or state.get("package_version") or DEFAULT_PACKAGE_VERSION,
        botocore_version=state.get("botocore_version"),
        model_sha256=sha,
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
