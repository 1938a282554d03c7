"""Shared pytest setup.

The repository root is importable (generator, runtime, tests helpers) and so
are the committed generated package, which most tests exercise as a user
would, and the shared runtime distribution it imports (which ``make setup``
also names in the venv's site-packages, for the processes tests start). ``home`` gives a test a clean AWS environment; ``shared_packages``
generates whole real models once per session (``tests/packages.py``).

Under pytest-xdist (``make test`` runs one worker more than CPUs) every CPU
already runs a worker, so generation formats in the worker itself, and in the
processes the tests start, instead of forking formatting processes of its own
(``GENERATOR_FORMAT_WORKERS=1``).
"""

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GENERATED_SRC = ROOT / "generated" / "partnercentral-selling" / "src"
RUNTIME_SRC = ROOT / "generated" / "typed-aws-runtime" / "src"
for path in (ROOT, RUNTIME_SRC, GENERATED_SRC):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))
if "PYTEST_XDIST_WORKER" in os.environ:
    os.environ["GENERATOR_FORMAT_WORKERS"] = "1"

from tests.packages import SharedPackages  # noqa: E402  (needs the paths above)


@pytest.fixture(scope="session")
def shared_packages(tmp_path_factory: pytest.TempPathFactory) -> SharedPackages:
    """Whole real models, each generated once per session (per xdist worker)."""
    return SharedPackages(tmp_path_factory.mktemp("shared-packages"))


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty HOME with a ``.aws`` folder, no AWS_* variables, no instance metadata."""
    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    (tmp_path / ".aws").mkdir()
    return tmp_path
