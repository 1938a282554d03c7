"""Every mistake a type checker can see in a call fails both mypy --strict and pyright strict.

Each program below holds one class of mistake (a wrong enum string, as a parameter or in a
shape's constructor; a ``str`` where a list is expected; a member of another enum in a
list; a typo in a command's wire-name dict; another operation's request given to a
command; a client option outside its values), each marked line with the error mypy
(``# E: <code>``) and pyright (``# P: <rule>``) must report there, and no other line may
have one. ``tests/data/typing/every_feature.py`` uses every typed entry point correctly
and must pass both. All files go to one mypy run and one pyright run.

``pyright --verifytypes`` measures the package's type completeness (what a user's type
checker knows of every public symbol, the extension points included): at least 95%.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.test_typing import GENERATED_SRC, RUNTIME_SRC, run_mypy

pytest.importorskip("pyright")

ROOT = Path(__file__).resolve().parent.parent
EVERY_FEATURE = ROOT / "tests" / "data" / "typing" / "every_feature.py"
PACKAGE = "partnercentral_selling"
COMPLETENESS_FLOOR = 0.95

_CLIENT = """\
from partnercentral_selling import PartnerCentralSellingClient

client = PartnerCentralSellingClient(region="us-east-1")
"""

MISTAKES = {
    "enum_parameter": """\
from partnercentral_selling.enums import OpportunityType
client.create_opportunity(catalog="Sandbox", opportunity_type="New Business")  # E: arg-type  # P: reportArgumentType
client.create_opportunity(catalog="Sandbox", opportunity_type=OpportunityType.EXPANSION)
client.create_opportunity(catalog="Sandbox", opportunity_type="Expansion")
""",
    "enum_in_shape_constructor": """\
from partnercentral_selling.enums import ReviewStatus
from partnercentral_selling.shapes import LifeCycle
LifeCycle(stage="Prospecting")  # E: arg-type  # P: reportArgumentType
client.create_opportunity(catalog="Sandbox", life_cycle=LifeCycle(stage="Lost"))  # E: arg-type  # P: reportArgumentType
LifeCycle(stage="Prospect", review_status=ReviewStatus.SUBMITTED)
""",
    "str_for_a_list": """\
client.list_opportunities(catalog="Sandbox", life_cycle_stage="Prospect")  # E: arg-type  # P: reportArgumentType
client.list_opportunities(catalog="Sandbox", identifier="O1")  # E: arg-type  # P: reportArgumentType
client.list_opportunities(catalog="Sandbox", life_cycle_stage=["Prospect"], identifier=("O1", "O2"))
""",
    "other_enum_in_a_list": """\
from partnercentral_selling.enums import ReviewStatus, Stage
client.list_opportunities(catalog="Sandbox", life_cycle_stage=[Stage.PROSPECT, ReviewStatus.SUBMITTED])  # E: list-item  # P: reportArgumentType
stages: list[ReviewStatus] = [ReviewStatus.SUBMITTED]
client.list_opportunities(catalog="Sandbox", life_cycle_stage=stages)  # E: arg-type  # P: reportArgumentType
""",
    "command_dict": """\
from partnercentral_selling.commands import GetOpportunityCommand, ListOpportunitiesCommand
GetOpportunityCommand({"Catalog": "Sandbox", "Identifer": "O1"})  # E: arg-type  # P: reportArgumentType
GetOpportunityCommand({"Catalog": "Sandbox"})  # E: arg-type  # P: reportArgumentType
ListOpportunitiesCommand({"Catalog": "AWS", "LifeCycle": {"Stage": ["Prospects"]}})  # E: arg-type  # P: reportArgumentType
ListOpportunitiesCommand({"Catalog": "AWS", "MaxResults": "10"})  # E: arg-type  # P: reportArgumentType
""",
    "command_request_object": """\
from partnercentral_selling.commands import GetOpportunityCommand, ListOpportunitiesCommand
from partnercentral_selling.shapes import ListOpportunitiesRequest
GetOpportunityCommand(ListOpportunitiesRequest(catalog="AWS"))  # E: arg-type  # P: reportArgumentType
ListOpportunitiesCommand(ListOpportunitiesRequest(catalog="AWS"))
""",
    "client_options": """\
PartnerCentralSellingClient(retry_mode="fast")  # E: arg-type  # P: reportArgumentType
PartnerCentralSellingClient(defaults_mode="quick")  # E: arg-type  # P: reportArgumentType
PartnerCentralSellingClient(retry_mode="adaptive", defaults_mode="cross-region")
""",
}

_MARKS = re.compile(r"#\s*E:\s*(?P<mypy>[a-z-]+)\s*#\s*P:\s*(?P<pyright>\w+)")


@dataclass(frozen=True)
class Checked:
    mypy: dict[str, set[tuple[int, str]]]
    pyright: dict[str, set[tuple[int, str]]]
    mypy_output: str
    pyright_output: str


def _expected(program: str) -> tuple[set[tuple[int, str]], set[tuple[int, str]]]:
    mypy: set[tuple[int, str]] = set()
    pyright: set[tuple[int, str]] = set()
    for number, line in enumerate(program.splitlines(), start=1):
        match = _MARKS.search(line)
        if match:
            mypy.add((number, match["mypy"]))
            pyright.add((number, match["pyright"]))
    return mypy, pyright


def _pyright(directory: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pyright", "--pythonpath", sys.executable, *args],
        cwd=directory,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> Checked:
    """Both checkers' errors by file: one mypy run and one pyright run over every program."""
    directory = tmp_path_factory.mktemp("mistakes")
    files = [directory / "every_feature.py"]
    files[0].write_text(EVERY_FEATURE.read_text())
    for name, body in MISTAKES.items():
        path = directory / f"mistake_{name}.py"
        path.write_text(_CLIENT + body)
        files.append(path)
    (directory / "mypy.ini").write_text(f"[mypy]\nmypy_path = {GENERATED_SRC}:{RUNTIME_SRC}\n")
    (directory / "pyrightconfig.json").write_text(
        json.dumps(
            {"typeCheckingMode": "strict", "extraPaths": [str(GENERATED_SRC), str(RUNTIME_SRC)]}
        )
    )
    mypy_run = run_mypy(directory, *files)
    mypy: dict[str, set[tuple[int, str]]] = {path.name: set() for path in files}
    for diagnostic in mypy_run.diagnostics:
        if diagnostic.severity == "error":
            mypy.setdefault(diagnostic.file, set()).add((diagnostic.line, str(diagnostic.code)))
    run = _pyright(directory, "--outputjson", *(path.name for path in files))
    report = json.loads(run.stdout)
    pyright: dict[str, set[tuple[int, str]]] = {path.name: set() for path in files}
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            line = diagnostic["range"]["start"]["line"] + 1
            rule = diagnostic.get("rule", "")
            pyright.setdefault(Path(diagnostic["file"]).name, set()).add((line, rule))
    return Checked(mypy, pyright, mypy_run.stdout, run.stdout)


def test_a_program_using_every_feature_passes_both_checkers(checked: Checked) -> None:
    assert checked.mypy["every_feature.py"] == set(), checked.mypy_output
    assert checked.pyright["every_feature.py"] == set(), checked.pyright_output
    # No error anywhere else (the generated package included), but in the mistakes.
    assert set(checked.mypy) == {"every_feature.py", *(f"mistake_{n}.py" for n in MISTAKES)}


@pytest.mark.parametrize("name", sorted(MISTAKES))
def test_each_mistake_fails_both_checkers_on_its_line(checked: Checked, name: str) -> None:
    offset = _CLIENT.count("\n")
    mypy, pyright = _expected(MISTAKES[name])
    assert mypy, "a mistake program marks its mistakes"
    file = f"mistake_{name}.py"
    found_mypy = {(line - offset, code) for line, code in checked.mypy[file]}
    found_pyright = {(line - offset, rule) for line, rule in checked.pyright[file]}
    assert found_mypy == mypy, checked.mypy_output
    assert found_pyright == pyright, checked.pyright_output


def _verify_types(package: str, folder: Path) -> dict[str, Any]:
    """pyright's ``--verifytypes`` report on an importable package (others are external)."""
    run = subprocess.run(
        [sys.executable, "-m", "pyright", "--pythonpath", sys.executable]
        + ["--verifytypes", package, "--ignoreexternal", "--outputjson"],
        cwd=folder,
        # Named explicitly: --verifytypes leaves the runtime unresolved when only a .pth names it.
        env={**os.environ, "PYTHONPATH": os.pathsep.join(map(str, (GENERATED_SRC, RUNTIME_SRC)))},
        capture_output=True,
        text=True,
        timeout=600,
    )
    report: dict[str, Any] = json.loads(run.stdout)["typeCompleteness"]
    assert report["packageName"] == package
    return report


def test_type_completeness_is_at_least_95_percent(tmp_path: Path) -> None:
    report = _verify_types(PACKAGE, tmp_path)
    counts = report["exportedSymbolCounts"]
    assert counts["withKnownType"] > 500, counts  # the package was found and read
    unknown = [
        symbol["name"]
        for symbol in report["symbols"]
        if not symbol["isTypeKnown"] and symbol["isExported"]
    ]
    assert report["completenessScore"] >= COMPLETENESS_FLOOR, textwrap.shorten(
        " ".join(unknown), 2000
    )
    # The extension points (public in `extensions` and `transport`) are counted, and known.
    known = {symbol["name"] for symbol in report["symbols"] if symbol["isTypeKnown"]}
    for name in (
        "extensions.Interceptor",
        "extensions.InterceptorContext",
        "transport.HttpRequest",
        "transport.RequestHandler",
    ):
        assert f"{PACKAGE}.{name}" in known, name


def test_the_runtime_distribution_has_no_unknown_type(tmp_path: Path) -> None:
    """What the package re-exports is the runtime's: its members are known there."""
    report = _verify_types("typed_aws_runtime", tmp_path)
    counts = report["exportedSymbolCounts"]
    assert counts["withKnownType"] > 500 and counts["withUnknownType"] == 0, counts
    known = {symbol["name"] for symbol in report["symbols"] if symbol["isTypeKnown"]}
    for name in (
        "pipeline.interceptors.Interceptor.modify_before_signing",
        "pipeline.interceptors.InterceptorContext.request",
        "transports.http.HttpRequest.headers",
        "transports.http.RequestHandler.send",
    ):
        assert f"typed_aws_runtime.{name}" in known, name
