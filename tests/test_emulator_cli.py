"""The AWS CLI against the emulator, as a partner's shell scripts and CI jobs would use it.

``aws partnercentral-selling ... --endpoint-url URL`` (the AWS CLI v1 from PyPI, in its own
venv ``.venv-awscli``, which ``make test`` creates: tests/requirements-awscli.txt says
why) talks to an emulator this test serves; what the CLI creates the generated client
reads back and the other way round, and the emulator's errors reach the CLI's output.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from partnercentral_selling.emulator import EMULATOR_CREDENTIALS, Emulator

ROOT = Path(__file__).resolve().parent.parent
AWS = ROOT / ".venv-awscli" / "bin" / "aws"
pytestmark = pytest.mark.skipif(
    not AWS.exists(), reason="the AWS CLI's venv is missing: `make test` creates .venv-awscli"
)


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator() as served:
        yield served
        assert served.faults == []


def aws(emulator: Emulator, tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """Run ``aws partnercentral-selling <arguments>`` against ``emulator``."""
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "AWS_ACCESS_KEY_ID": EMULATOR_CREDENTIALS.access_key_id,
        "AWS_SECRET_ACCESS_KEY": EMULATOR_CREDENTIALS.secret_access_key,
        "AWS_CONFIG_FILE": str(tmp_path / "absent"),
        "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "absent"),
        "AWS_MAX_ATTEMPTS": "1",
        "AWS_PAGER": "",
    }
    command = [str(AWS), "partnercentral-selling", *arguments]
    command += [
        "--endpoint-url",
        emulator.endpoint_url,
        "--region",
        "us-east-1",
        "--output",
        "json",
    ]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)


def output(result: subprocess.CompletedProcess[str]) -> Any:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout) if result.stdout.strip() else {}


def test_the_cli_lists_what_the_client_lists(emulator: Emulator, tmp_path: Path) -> None:
    listed = output(aws(emulator, tmp_path, "list-solutions", "--catalog", "AWS"))
    client = emulator.client()
    expected = [s.to_dict() for s in client.paginate_list_solutions(catalog="AWS").items()]
    assert [s["Id"] for s in listed["SolutionSummaries"]] == [s["Id"] for s in expected]
    for shown, item in zip(listed["SolutionSummaries"], expected):
        assert datetime.fromisoformat(shown.pop("CreatedDate")) == item.pop("CreatedDate")
        assert shown == item


def test_what_the_cli_creates_the_client_reads(emulator: Emulator, tmp_path: Path) -> None:
    created = output(
        aws(
            emulator,
            tmp_path,
            "create-opportunity",
            "--catalog",
            "Sandbox",
            "--client-token",
            "cli-1",
            "--partner-opportunity-identifier",
            "CRM-CLI-1",
        )
    )
    read = emulator.client().get_opportunity(catalog="Sandbox", identifier=created["Id"])
    assert read.partner_opportunity_identifier == "CRM-CLI-1"
    shown = output(
        aws(emulator, tmp_path, "get-opportunity", "--catalog", "Sandbox", "--identifier", read.id)
    )
    assert shown["PartnerOpportunityIdentifier"] == "CRM-CLI-1"
    assert datetime.fromisoformat(shown["LastModifiedDate"]) == read.last_modified_date


def test_the_emulators_errors_reach_the_cli(emulator: Emulator, tmp_path: Path) -> None:
    invalid = aws(emulator, tmp_path, "list-solutions", "--catalog", "AWS", "--max-results", "500")
    assert invalid.returncode != 0
    assert "(ValidationException)" in invalid.stderr
    assert "MaxResults" in invalid.stderr
    missing = aws(emulator, tmp_path, "get-opportunity", "--catalog", "AWS", "--identifier", "O1")
    assert "(ResourceNotFoundException)" in missing.stderr
    assert "ListProspectingFromEngagementTasks" not in emulator.emulated_operations
    unknown = aws(emulator, tmp_path, "list-prospecting-from-engagement-tasks", "--catalog", "AWS")
    assert "(UnknownOperationException)" in unknown.stderr
    assert "is not emulated" in unknown.stderr
