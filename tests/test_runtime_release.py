"""The shared runtime's version says what changed, so the packages' ranges hold.

The recorded surface must be the runtime's own (else an interface change went in
without its release), and ``release-runtime`` must pick major, minor or patch from
what really changed: each case edits a copy of the real runtime folder.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.errors import GeneratorError
from generator.release.runtime import (
    RELEASE_FILES,
    RUNTIME_ROOT,
    current_surface,
    load_runtime_release,
    pending_changes,
    recorded_surface,
    release_runtime,
    runtime_sha256,
)


@pytest.fixture
def runtime(tmp_path: Path) -> Path:
    """A copy of the runtime folder with its release record."""
    copy = tmp_path / "runtime"
    shutil.copytree(RUNTIME_ROOT, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_the_recorded_surface_is_the_runtimes() -> None:
    changes = pending_changes()
    assert changes == [], (
        f"the runtime's public surface changed since {load_runtime_release().version}; run "
        "`make release-runtime` then `make generate`:\n"
        + "\n".join(f"{e.severity}: {e.message}" for e in changes)
    )


def test_the_record_round_trips_the_surface() -> None:
    assert recorded_surface() == current_surface()
    assert len(current_surface()) > 1000


def test_an_unchanged_runtime_is_not_released_again(runtime: Path) -> None:
    release_runtime(runtime)  # the copy may hold changes not yet released: release them
    before = {name: (runtime / name).read_bytes() for name in RELEASE_FILES}
    assert release_runtime(runtime) is None
    assert {name: (runtime / name).read_bytes() for name in RELEASE_FILES} == before


def _released(runtime: Path) -> str:
    """Release the copy as it is, so the next edit is the only change; return its version."""
    release_runtime(runtime)
    return load_runtime_release(runtime).version


def _bump(version: str, part: int) -> str:
    numbers = [int(n) for n in version.split(".")]
    numbers[part] += 1
    numbers[part + 1 :] = [0] * (2 - part)
    return ".".join(map(str, numbers))


def test_changed_code_behind_the_same_surface_is_a_patch(runtime: Path) -> None:
    version = _released(runtime)
    module = runtime / "retries" / "strategy.py"
    module.write_text(module.read_text() + "\n_PRIVATE_DETAIL = 1\n")
    assert release_runtime(runtime) == _bump(version, 2)
    release = load_runtime_release(runtime)
    assert release.sha256 == runtime_sha256(runtime)
    assert "## " + release.version + "\n\n- Fixes and internal changes" in release.changelog


def test_an_added_public_name_is_a_minor_that_packages_then_require(runtime: Path) -> None:
    version = _released(runtime)
    module = runtime / "pipeline" / "interceptors.py"
    module.write_text(
        module.read_text() + "\n\ndef added_helper(value: int) -> int:\n    return value\n"
    )
    new = release_runtime(runtime)
    assert new == _bump(version, 1)
    major, minor, _ = new.split(".")
    assert load_runtime_release(runtime).requirement == f">={major}.{minor},<{int(major) + 1}"
    assert "added_helper" in load_runtime_release(runtime).changelog
    assert "typed_aws_runtime.pipeline.interceptors.added_helper(...)" in recorded_surface(runtime)


def test_a_removed_public_name_is_a_major(runtime: Path) -> None:
    version = _released(runtime)
    module = runtime / "pipeline" / "interceptors.py"
    text = module.read_text()
    assert "class Interceptor" in text
    module.write_text(text.replace("class Interceptor", "class _Interceptor", 1))
    assert release_runtime(runtime) == _bump(version, 0)
    changelog = load_runtime_release(runtime).changelog
    entry = changelog.split("\n## ")[1]
    assert "ERROR" in entry and "Interceptor" in entry


def test_a_broken_record_is_one_clear_error(runtime: Path) -> None:
    (runtime / "release.json").write_text(json.dumps({"version": "1.0", "sha256": "x"}))
    with pytest.raises(GeneratorError, match=r"release.json: version '1.0' is not MAJOR.MINOR"):
        load_runtime_release(runtime)
    (runtime / "surface.json").write_text("[{]")
    with pytest.raises(GeneratorError, match=r"surface.json: the recorded surface is unreadable"):
        recorded_surface(runtime)
