"""Shared pytest setup.

The repository root is importable (generator, runtime, tests helpers) and so
is the committed generated package, which most tests exercise as a user
would. ``home`` gives a test a clean AWS environment.
"""

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GENERATED_SRC = ROOT / "generated" / "partnercentral-selling" / "src"
for path in (ROOT, GENERATED_SRC):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))


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
