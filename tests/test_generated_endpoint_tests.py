"""A model's endpoint test cases become tests shipped with its package, and those pass.

The six json services carry botocore's ``endpoint-tests-1.json``: each generated
package's ``tests/`` is run by pytest in a process of its own (the package's ``src``
on the path, as if installed), and every case must pass or be skipped with its reason;
an expected URL changed by hand must fail. A bad endpoint tests file fails the load
with its file and JSON pointer.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from generator.emit.views import PythonView
from generator.errors import ModelError
from generator.loaders import load_model
from tests.packages import DATA, JSON_SERVICES, SharedPackages, cut_model

SERVICES = sorted(str(p.relative_to(JSON_SERVICES)) for p in JSON_SERVICES.glob("*/*"))
SMITHY_ASTS = sorted(DATA.glob("smithy-pairs/*/*/smithy.json")) + sorted(
    DATA.glob("partnercentral-selling/smithy/*.json")
)


def run_tests(tests: Path, src: Path, report: Path) -> tuple[int, Counter[str], str]:
    """Run pytest on ``tests`` against the package in ``src``.

    Returns (exit status, outcomes counted as ``passed``/``skipped``/``failure``, output).
    """
    status, outcomes, output, _ = run_tests_naming_failures(tests, src, report)
    return status, outcomes, output


def run_tests_naming_failures(
    tests: Path, src: Path, report: Path
) -> tuple[int, Counter[str], str, list[int]]:
    """:func:`run_tests`, and the indexes of the cases that failed."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:xdist",
            "-q",
            f"--rootdir={tests}",
            f"--junitxml={report}",
            str(tests),
        ],
        cwd=tests,
        env={**os.environ, "PYTHONPATH": str(src)},
        capture_output=True,
        text=True,
    )
    outcomes: Counter[str] = Counter()
    failed = []
    for case in ElementTree.parse(report).iter("testcase"):
        kinds = {child.tag for child in case} & {"skipped", "failure", "error"}
        outcome = kinds.pop() if kinds else "passed"
        outcomes[outcome] += 1
        if outcome != "passed" and outcome != "skipped":
            failed.append(int(case.get("name", "")[len("test_endpoint_rules[") : -1]))
    return result.returncode, outcomes, result.stdout + result.stderr, failed


@pytest.mark.parametrize("name", SERVICES)
def test_every_case_runs_or_is_skipped_with_its_reason(
    name: str, shared_packages: SharedPackages, tmp_path: Path
) -> None:
    service, package = shared_packages.get(JSON_SERVICES / name)
    cases = json.loads((JSON_SERVICES / name / "endpoint-tests-1.json").read_text())["testCases"]
    status, outcomes, output = run_tests(
        package / "tests", package / "src", tmp_path / "report.xml"
    )
    assert status == 0, output
    assert set(outcomes) <= {"passed", "skipped"}, output
    assert outcomes["passed"] + outcomes["skipped"] == len(cases) == len(service.endpoint_tests)
    assert outcomes["passed"] > 0


@pytest.mark.parametrize("ast", SMITHY_ASTS, ids=lambda path: path.parent.parent.name)
def test_the_endpoint_tests_of_a_smithy_ast_pass_through_its_package(
    ast: Path, shared_packages: SharedPackages, tmp_path: Path
) -> None:
    """Every case passes or is skipped with its reason, but those the partitions outdate.

    The ASTs of 2025 expect the aws-iso and aws-iso-b partitions to refuse dual-stack;
    the partitions the runtime carries (botocore 1.44) say both support it now, so a
    case expecting that refusal fails, and only those cases may.
    """
    service, package = shared_packages.get(ast)
    document = json.loads(ast.read_text())
    (service_shape,) = (s for s in document["shapes"].values() if s["type"] == "service")
    cases = service_shape["traits"]["smithy.rules#endpointTests"]["testCases"]
    _, outcomes, output, failed = run_tests_naming_failures(
        package / "tests", package / "src", tmp_path / "report.xml"
    )
    assert set(outcomes) <= {"passed", "skipped", "failure"}, output
    assert sum(outcomes.values()) == len(cases) == len(service.endpoint_tests)
    assert outcomes["passed"] > 0
    outdated = [
        index
        for index, case in enumerate(cases)
        if case.get("params", {}).get("Region", "").startswith(("us-iso-", "us-isob-"))
        and case.get("params", {}).get("UseDualStack")
        and "DualStack" in case["expect"].get("error", "")
    ]
    assert set(failed) <= set(outdated), output


def test_a_wrong_expected_url_fails(shared_packages: SharedPackages, tmp_path: Path) -> None:
    _, package = shared_packages.get(JSON_SERVICES / "ecs" / "2014-11-13")
    tests = tmp_path / "tests"
    shutil.copytree(package / "tests", tests)
    data = tests / "endpoint_tests.json"
    cases: list[dict[str, Any]] = json.loads(data.read_text())
    case = next(c for c in cases if not c["skip"] and "endpoint" in c["expect"])
    case["expect"]["endpoint"]["url"] += "/elsewhere"
    data.write_text(json.dumps(cases))
    status, outcomes, output = run_tests(tests, package / "src", tmp_path / "report.xml")
    assert status == 1
    assert outcomes["failure"] == 1, output
    assert "/elsewhere" in output


def test_the_target_ships_every_case_of_its_endpoint_tests() -> None:
    """Botocore's cases for the target (from its sdist) are pinned and shipped, one for one."""
    root = Path(__file__).resolve().parent.parent
    [model] = (root / "models" / "partnercentral-selling").glob("*/endpoint-tests-1.json")
    cases = json.loads(model.read_text())["testCases"]
    shipped = root / "generated" / "partnercentral-selling" / "tests" / "endpoint_tests.json"
    assert len(json.loads(shipped.read_text())) == len(cases) > 0


DYNAMODB = JSON_SERVICES / "dynamodb" / "2012-08-10"


def _case(**changes: Any) -> dict[str, Any]:
    """A valid case calling ListTables, with ``changes`` merged into its operation input."""
    call = {"operationName": "ListTables", "builtInParams": {"AWS::Region": "us-east-1"}}
    return {
        "documentation": "a case",
        "params": {"Region": "us-east-1"},
        "expect": {"endpoint": {"url": "https://dynamodb.us-east-1.amazonaws.com"}},
        "operationInputs": [{**call, **changes}],
    }


BAD_FILES = {
    "not JSON": ('{"testCases": [', "", "invalid JSON at line 1"),
    "schema": ({"testCases": [{"documentation": "no expect"}]}, "/testCases/0", "'expect'"),
    "unknown operation": (
        {"testCases": [_case(operationName="ListTabels")]},
        "/testCases/0/operationInputs/0/operationName",
        "no operation 'ListTabels'",
    ),
    "unknown member": (
        {"testCases": [_case(operationParams={"Limt": 1})]},
        "/testCases/0/operationInputs/0/operationParams/Limt",
        "ListTables has no member 'Limt'",
    ),
    "undeclared parameter": (
        {"testCases": [{**_case(), "params": {"Regoin": "us-east-1"}}]},
        "/testCases/0/params/Regoin",
        "takes no parameter 'Regoin'",
    ),
    "undeclared built-in": (
        {"testCases": [_case(builtInParams={"AWS::S3::Accelerate": True})]},
        "/testCases/0/operationInputs/0/builtInParams/AWS::S3::Accelerate",
        "takes no built-in",
    ),
    "wrong type": (
        {"testCases": [{**_case(), "params": {"UseFIPS": "true"}}]},
        "/testCases/0/params/UseFIPS",
        "UseFIPS is a boolean",
    ),
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_bad_endpoint_tests_file_names_file_and_pointer(kind: str, tmp_path: Path) -> None:
    content, pointer, problem = BAD_FILES[kind]
    model = tmp_path / "dynamodb"
    cut_model(DYNAMODB, model, ["ListTables", "DescribeTable"])
    bad = model / "endpoint-tests-1.json"
    bad.write_text(content if isinstance(content, str) else json.dumps(content))
    with pytest.raises(ModelError) as raised:
        load_model(model)
    assert raised.value.file == str(bad)
    assert raised.value.pointer == pointer
    assert problem in raised.value.problem
    assert "\n" not in str(raised.value)


def test_a_case_of_a_left_out_operation_is_skipped_with_the_reason(tmp_path: Path) -> None:
    model = tmp_path / "kinesis"
    cut_model(JSON_SERVICES / "kinesis" / "2013-12-02", model, ["ListStreams", "SubscribeToShard"])
    case = {
        "documentation": "an event stream",
        "expect": {"endpoint": {"url": "https://kinesis.us-east-1.amazonaws.com"}},
        "operationInputs": [
            {"operationName": "SubscribeToShard", "builtInParams": {"AWS::Region": "us-east-1"}}
        ],
    }
    (model / "endpoint-tests-1.json").write_text(json.dumps({"testCases": [case]}))
    service = load_model(model, skip_unsupported=True)
    (prepared,) = json.loads(PythonView(service).endpoint_tests_json())
    assert prepared["skip"].startswith("the operation SubscribeToShard is left out")
    assert "event streams" in prepared["skip"]
