"""The README's path from clone to a signed call works: run the example as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from runtime.model.structure import REPR_MAX_ITEMS

ROOT = Path(__file__).resolve().parent.parent


def run_example(name: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "generated" / "partnercentral-selling" / "src")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / name)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result


def test_local_call_example_runs() -> None:
    result = run_example("local_call.py")
    assert "stage: Prospect" in result.stdout
    assert "Credential=AKIDEXAMPLE/" in result.stdout
    assert "Example Corp" not in result.stdout  # a sensitive member, redacted in the repr


def test_crm_sync_example_pages_everything_and_logs_attempts_without_customer_data() -> None:
    result = run_example("crm_sync.py")
    assert result.stdout.splitlines() == [
        "sync script: 250 opportunities, all of them, in order",
        "async service: 250 opportunities, all of them, in order",
    ]
    log = result.stderr
    attempts = [line for line in log.splitlines() if ": attempt " in line]
    # Three pages per run, the second throttled once and retried: four attempts each.
    assert len(attempts) == 8
    assert sum("-> HTTP 400" in line for line in attempts) == 2
    assert log.count("retrying after ThrottlingException") == 2
    # The typed items in the output records: each of the 6 pages (3 per run) shows its first
    # REPR_MAX_ITEMS items, then "...": a record stays short however large the page.
    assert log.count("OpportunitySummary(") == 6 * REPR_MAX_ITEMS
    assert "Customer Company" not in log
    assert "wJalrXUtnFEMI" not in log and "Signature=" not in log
