"""The README's path from clone to a signed call works: run the example as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_local_call_example_runs() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "generated" / "partnercentral-selling" / "src")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "local_call.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "stage: Prospect" in result.stdout
    assert "Credential=AKIDEXAMPLE/" in result.stdout
    assert "Example Corp" not in result.stdout  # a sensitive member, redacted in the repr
