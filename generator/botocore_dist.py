"""botocore's distributions, fetched with pip: its wheel (the model files) and its sdist.

The wheel ships ``botocore/data/<service>/<api version>/`` but not the endpoint test
cases; the sdist has them at ``botocore-<version>/tests/functional/endpoint-rules/
<service>/endpoint-tests-1.json``. Used by ``update-model`` (``BOTOCORE=ver``,
:mod:`generator.release.update`) and ``scripts/all_services.py``. A fetched sdist is kept
in the user's cache folder (:data:`SDIST_FOLDER`): a released version never changes.

:func:`pip_download` is the one place that runs pip (tests replace it).
"""

from __future__ import annotations

import subprocess
import sys
import tarfile
from collections.abc import Iterable
from pathlib import Path

from .loaders.botocore import ENDPOINT_TESTS_FILE
from .user_cache import USER_CACHE

SDIST_FOLDER = USER_CACHE / "botocore-sdist"


def pip_download(version: str, dest: Path, *, sdist: bool) -> subprocess.CompletedProcess[str]:
    """``pip download`` botocore ``version`` (its sdist, else its wheel) into ``dest``."""
    kind = ["--no-binary", ":all:"] if sdist else ["--only-binary", ":all:"]
    command = [sys.executable, "-m", "pip", "download", f"botocore=={version}", "--no-deps"]
    command += [*kind, "--disable-pip-version-check", "--quiet", "-d", str(dest)]
    return subprocess.run(command, capture_output=True, text=True)


def fetch_sdist(version: str) -> tuple[Path | None, str]:
    """botocore ``version``'s sdist in :data:`SDIST_FOLDER` (fetched once), or None and why
    it could not be fetched.
    """
    archive = SDIST_FOLDER / f"botocore-{version}.tar.gz"
    if archive.is_file():
        return archive, ""
    SDIST_FOLDER.mkdir(parents=True, exist_ok=True)
    done = pip_download(version, SDIST_FOLDER, sdist=True)
    if done.returncode != 0 or not archive.is_file():
        last = done.stderr.strip().splitlines()[-1:]
        return None, last[0] if last else f"pip left no {archive.name}"
    return archive, ""


def sdist_endpoint_tests(archive: Path, version: str, services: Iterable[str]) -> dict[str, bytes]:
    """``service -> endpoint-tests-1.json`` for each of ``services`` the sdist has."""
    wanted = set(services)
    prefix = f"botocore-{version}/tests/functional/endpoint-rules/"
    found: dict[str, bytes] = {}
    with tarfile.open(archive) as tar:
        for member in tar:
            name = member.name
            if not (name.startswith(prefix) and name.endswith("/" + ENDPOINT_TESTS_FILE)):
                continue
            service = name[len(prefix) :].split("/")[0]
            extracted = tar.extractfile(member)
            if service in wanted and extracted is not None:
                found[service] = extracted.read()
    return found
