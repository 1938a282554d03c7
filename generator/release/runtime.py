"""The release facts of the shared runtime distribution, and ``release-runtime``.

Every generated package depends on one runtime distribution (``naming.RUNTIME_DISTRIBUTION``)
with a compatible range: a package generated against runtime 1.2.x requires ``>=1.2,<2``.
That range is a promise the runtime keeps only if its version says what changed, so the
runtime folder records what was released:

- ``release.json``: the version, and the sha256 of the runtime's files at that release;
- ``surface.json``: the public Python surface at that release (one item a line, as
  :mod:`generator.diff.surface` reads it);
- ``CHANGELOG.md``: one entry a release.

``release-runtime`` compares the runtime as it is with that record and bumps the version
by what changed: a removed or incompatibly changed public name is a new major (packages
generated before keep the old major), an added or otherwise changed one a new minor
(packages generated now require it), changed code behind the same surface a patch. The
tests fail while the surface differs from the record, so an interface change cannot be
committed without the release that tells the packages about it.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..diff.service import DANGER, ERROR, Event
from ..diff.surface import Param, SurfaceItem, diff_surfaces, public_surface
from ..atomic import write_atomically
from ..errors import GeneratorError
from ..model import naming

RUNTIME_ROOT = Path(__file__).resolve().parents[2] / "runtime"
RELEASE_FILE = "release.json"
SURFACE_FILE = "surface.json"
CHANGELOG_FILE = "CHANGELOG.md"
RELEASE_FILES = frozenset({RELEASE_FILE, SURFACE_FILE, CHANGELOG_FILE})
"""Files of the runtime folder that describe its releases, not shipped as code."""
CACHE_FOLDERS = frozenset({"__pycache__"})
_VERSION = re.compile(r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)")


@dataclass(frozen=True)
class RuntimeRelease:
    """The runtime's last release: its version, code digest and changelog."""

    version: str
    sha256: str
    changelog: str

    @property
    def requirement(self) -> str:
        """The version range a package generated now declares: this minor up to the next major."""
        major, minor, _ = _parse_version(self.version, RELEASE_FILE)
        return f">={major}.{minor},<{major + 1}"


def _parse_version(text: str, where: str) -> tuple[int, int, int]:
    match = _VERSION.fullmatch(text)
    if match is None:
        raise GeneratorError(
            f"{where}: version {text!r} is not MAJOR.MINOR.PATCH; "
            "set it to the runtime's last released version"
        )
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def load_runtime_release(root: Path = RUNTIME_ROOT) -> RuntimeRelease:
    """Read ``release.json`` and ``CHANGELOG.md`` of the runtime folder ``root``."""
    path = root / RELEASE_FILE
    try:
        facts = json.loads(path.read_text(encoding="utf-8"))
        changelog = (root / CHANGELOG_FILE).read_text(encoding="utf-8")
    except (OSError, ValueError) as exc:
        raise GeneratorError(
            f"{path.parent}: the runtime's release record is unreadable ({exc}); "
            "restore it from version control"
        ) from exc
    if not isinstance(facts, dict) or set(facts) != {"version", "sha256"}:
        raise GeneratorError(f"{path}: expected an object with exactly 'version' and 'sha256'")
    version, digest = facts["version"], facts["sha256"]
    if not isinstance(version, str) or not isinstance(digest, str):
        raise GeneratorError(f"{path}: 'version' and 'sha256' must be strings")
    _parse_version(version, str(path))
    return RuntimeRelease(version, digest, changelog)


def runtime_files(root: Path = RUNTIME_ROOT) -> list[Path]:
    """The runtime's shipped files in path order: all but caches and the release record."""
    return sorted(
        path
        for path in root.rglob("*")
        if path.is_file()
        and not CACHE_FOLDERS.intersection(path.relative_to(root).parts)
        and path.relative_to(root).as_posix() not in RELEASE_FILES
    )


def runtime_sha256(root: Path = RUNTIME_ROOT) -> str:
    """One digest over every shipped file, each as its relative path, NUL, size, NUL, bytes."""
    digest = hashlib.sha256()
    for path in runtime_files(root):
        content = path.read_bytes()
        digest.update(f"{path.relative_to(root).as_posix()}\0{len(content)}\0".encode())
        digest.update(content)
    return digest.hexdigest()


def current_surface(root: Path = RUNTIME_ROOT) -> dict[str, SurfaceItem]:
    """The runtime's public surface under its import name, as users and packages see it."""
    return public_surface(root, package_name=naming.RUNTIME_PACKAGE)


def recorded_surface(root: Path = RUNTIME_ROOT) -> dict[str, SurfaceItem]:
    """The surface ``surface.json`` recorded at the last release."""
    path = root / SURFACE_FILE
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        items = [_item(row) for row in rows]
    except (OSError, ValueError, TypeError, KeyError) as exc:
        raise GeneratorError(
            f"{path}: the recorded surface is unreadable ({exc}); restore it from version control"
        ) from exc
    return {item.key: item for item in items}


def _item(row: dict[str, Any]) -> SurfaceItem:
    params = tuple(Param(*param) for param in row.pop("params", ()))
    bases = tuple(row.pop("bases", ()))
    exports = tuple(row.pop("exports", ()))
    return SurfaceItem(**row, params=params, bases=bases, exports=exports)


def _row(item: SurfaceItem) -> dict[str, Any]:
    """``item`` without its empty fields; parameters as ``[name, kind, default?, annotation]``."""
    row = {key: value for key, value in asdict(item).items() if value not in (None, ())}
    if item.params:
        row["params"] = [[p.name, p.kind, p.has_default, p.annotation] for p in item.params]
    return row


def surface_text(surface: dict[str, SurfaceItem]) -> str:
    """``surface.json``: a JSON array, one item a line in key order, so diffs read well."""
    lines = [json.dumps(_row(surface[key]), sort_keys=True) for key in sorted(surface)]
    return "[\n" + ",\n".join(lines) + "\n]\n"


def pending_changes(root: Path = RUNTIME_ROOT) -> list[Event]:
    """What changed in the public surface since the last release (empty: nothing)."""
    return diff_surfaces(recorded_surface(root), current_surface(root))


def next_version(version: str, changes: list[Event], code_changed: bool) -> str | None:
    """The version after ``version``: major for a breaking change, minor for another surface
    change, patch for changed code behind the same surface; None when nothing changed."""
    major, minor, patch = _parse_version(version, RELEASE_FILE)
    if any(event.severity in (ERROR, DANGER) for event in changes):
        return f"{major + 1}.0.0"
    if changes:
        return f"{major}.{minor + 1}.0"
    if code_changed:
        return f"{major}.{minor}.{patch + 1}"
    return None


def release_runtime(root: Path = RUNTIME_ROOT) -> str | None:
    """Record a new runtime release in ``root`` when it changed; return its version (None: none).

    The changelog entry lists the surface changes (breaking ones first), or says the
    interface is unchanged. The three files are written only once all are rendered.
    """
    release = load_runtime_release(root)
    surface = current_surface(root)
    changes = sorted(
        diff_surfaces(recorded_surface(root), surface), key=lambda event: event.sort_key
    )
    digest = runtime_sha256(root)
    version = next_version(release.version, changes, digest != release.sha256)
    if version is None:
        return None
    lines = [f"- {event.severity}: {event.message}" for event in changes] or [
        "- Fixes and internal changes; the public interface is unchanged."
    ]
    heading, _, rest = release.changelog.partition("\n\n")
    changelog = f"{heading}\n\n## {version}\n\n" + "\n".join(lines) + "\n\n" + rest
    facts = json.dumps({"version": version, "sha256": digest}, indent=2) + "\n"
    outputs = {
        RELEASE_FILE: facts,
        SURFACE_FILE: surface_text(surface),
        CHANGELOG_FILE: changelog,
    }
    for name, text in outputs.items():
        write_atomically(root / name, text.encode("utf-8"), mode=0o644)
    return version
