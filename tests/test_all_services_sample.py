"""A fixed sample of ``make all-services``: botocore services generated and compared with botocore.

``scripts/all_services.py`` checks every json and RPC v2 CBOR service of the pinned botocore (its
docstring says how); that takes many minutes, so ``make test`` runs the same check on
:data:`SAMPLE`, services chosen for variety, one test each (pytest-xdist spreads them).
Each runs the script in a process of its own: generated packages take their service's
import name, which other tests' packages of the same service also take. The endpoint test
cases come from ``tests/data/botocore-endpoint-tests/``, so no package index is needed.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from scripts import all_services

ROOT = Path(__file__).resolve().parent.parent
# The sample's endpoint test cases, copied from botocore's sdist (see its SOURCE.md).
ENDPOINT_TESTS = ROOT / "tests" / "data" / "botocore-endpoint-tests"

# service -> why it is in the sample
SAMPLE = {
    "cognito-idp": "big (150 operations), documents, sensitive strings",
    "sqs": "awsQueryCompatible: the x-amzn-query-mode header and query error codes",
    "cloudwatch": "lists smithy-rpc-v2-cbor, json and query; unions; query-compatible",
    "logs": "host prefixes, an event stream operation left out, unions",
    "mwaa-serverless": "documents, unions, iso8601 timestamps",
    "partnercentral-marketing": "RPC v2 CBOR only: CBOR requests and outputs against botocore's",
    "kinesis": "an event stream operation left out, endpoint context parameters (ARNs)",
    "stepfunctions": "host prefixes, awsJson 1.0",
}


def test_the_sample_is_of_candidate_services_with_their_endpoint_tests_here() -> None:
    assert set(SAMPLE) <= set(all_services.candidate_services())
    assert {p.parent.name for p in ENDPOINT_TESTS.glob("*/endpoint-tests-1.json")} == set(SAMPLE)


@pytest.mark.parametrize("service", sorted(SAMPLE))
def test_service_matches_botocore(service: str, tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "all_services.py"), "--jobs", "1"]
        + ["--scratch", str(tmp_path), "--endpoint-tests", str(ENDPOINT_TESTS), service],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "failures: 0" in output
    assert "services: 1 checked" in output, output
    cases = len(
        json.loads((ENDPOINT_TESTS / service / "endpoint-tests-1.json").read_text())["testCases"]
    )
    ran = re.search(r"endpoint cases: (\d+) passed, (\d+) skipped, of (\d+)", output)
    assert ran is not None, output
    passed, skipped, total = map(int, ran.groups())
    assert (passed + skipped, total) == (cases, cases) and passed > 0, output
