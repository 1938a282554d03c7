"""The generated package type-checks for its users under ``mypy --strict``.

``tests/data/typing/sample_app.py`` is a realistic user program (typed calls
with shape objects and enums, commands built from dicts, modeled errors with
their typed members, paging). It must pass ``mypy --strict`` with the
generated ``src/`` on the search path, which also checks the generated modules
it imports. A second program full of deliberate mistakes must fail with
exactly the expected errors (and ``reveal_type`` must show the concrete
types), so a pass is not vacuous: the package is really resolved and typed,
not ``Any``.

The sample program also runs, against the local test server and the fake
service of tests/test_integration_http.py, so it is not fiction.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from tests.localserver import LocalAwsServer
from tests.test_integration_http import (
    ACCESS_KEY,
    REGION,
    SECRET_KEY,
    SIGNING_NAME,
    FakePartnerCentral,
)

ROOT = Path(__file__).resolve().parent.parent
GENERATED_SRC = ROOT / "generated" / "partnercentral-selling" / "src"
RUNTIME_SRC = ROOT / "generated" / "typed-aws-runtime" / "src"  # the package's one dependency
SAMPLE_APP = ROOT / "tests" / "data" / "typing" / "sample_app.py"

# One deliberate mistake per marked line: "# E: <error code>: <part of the
# message>", or "# N: <part of a note>" for reveal_type().
BAD_APP = """\
from __future__ import annotations

import datetime as dt

from partnercentral_selling import (
    AsyncPartnerCentralSellingClient,
    Credentials,
    PartnerCentralSellingClient,
)
from partnercentral_selling.commands import GetOpportunityCommand
from partnercentral_selling.enums import Stage
from partnercentral_selling.errors import ValidationException
from partnercentral_selling.shapes import Account, LifeCycle

client = PartnerCentralSellingClient(
    region="us-east-1", endpoint_url="http://127.0.0.1:1", credentials=Credentials("AKID", "SECRET")
)
client.get_opportunity(catalog=123, identifier="O1")  # E: arg-type: Argument "catalog" to "get_opportunity"
client.get_opportunity(catalog="Sandbox", identifer="O1")  # E: call-arg: Unexpected keyword argument "identifer"
client.get_opportunity("Sandbox", "O1")  # E: call-arg: Too many positional arguments
PartnerCentralSellingClient("us-east-1")  # E: call-arg: Too many positional arguments for "PartnerCentralSellingClient"
client.update_opportunity(catalog="Sandbox", identifier="O1", last_modified_date="2024-05-01")  # E: arg-type: expected "datetime"
client.create_opportunity(catalog="Sandbox", life_cycle=LifeCycle(stage=42))  # E: arg-type: Argument "stage" to "LifeCycle"
LifeCycle(stage=Stage.PROSPECTS)  # E: attr-defined: has no attribute "PROSPECTS"
Account(industry="Other")  # E: call-arg: Missing named argument "company_name"
opportunity = client.get_opportunity(catalog="Sandbox", identifier="O1")
stage = opportunity.life_cycle.stage  # E: union-attr: Item "None" of "LifeCycle | None" has no attribute "stage"
count: int = client.send(GetOpportunityCommand({"Catalog": "Sandbox", "Identifier": "O1"}))  # E: assignment: expression has type "GetOpportunityResponse"
modified: str = opportunity.last_modified_date  # E: assignment: expression has type "datetime"
opportunity.customer_name  # E: attr-defined: has no attribute "customer_name"
try:
    pass
except ValidationException as error:
    first = error.error_list[0]  # E: index: is not indexable
    reason: int = error.reason  # E: assignment: variable has type "int"
reveal_type(client.send(GetOpportunityCommand({"Catalog": "Sandbox", "Identifier": "O1"})))  # N: Revealed type is "partnercentral_selling.shapes.GetOpportunityResponse"
reveal_type(opportunity.last_modified_date)  # N: Revealed type is "datetime.datetime"
reveal_type(opportunity.life_cycle)  # N: Revealed type is "partnercentral_selling.shapes.LifeCycle | None"
reveal_type(client.list_opportunities(catalog="AWS").opportunity_summaries)  # N: Revealed type is "list[partnercentral_selling.shapes.OpportunitySummary]"
client.paginate_list_opportunities(catalog="AWS", next_token="t")  # E: call-arg: Unexpected keyword argument "next_token"
reveal_type(client.paginate_list_opportunities(catalog="AWS"))  # N: Revealed type is "typed_aws_runtime.pipeline.paginator.Paginator[partnercentral_selling.shapes.ListOpportunitiesResponse, partnercentral_selling.shapes.OpportunitySummary]"
reveal_type(next(iter(client.paginate_list_opportunities(catalog="AWS").items())))  # N: Revealed type is "partnercentral_selling.shapes.OpportunitySummary"
reveal_type(AsyncPartnerCentralSellingClient().paginate_search_opportunities(catalog="AWS"))  # N: Revealed type is "typed_aws_runtime.pipeline.paginator.AsyncPaginator[partnercentral_selling.shapes.SearchOpportunitiesResponse, partnercentral_selling.shapes.OpportunitySearchSummary]"
"""

_DIAGNOSTIC = re.compile(
    r"^(?P<file>[^:]+):(?P<line>\d+): (?P<severity>error|note): (?P<message>.*?)(?:  \[(?P<code>[a-z-]+)\])?$"
)
_EXPECTED = re.compile(r"#\s*(?P<kind>[EN]):\s*(?:(?P<code>[a-z-]+):\s*)?(?P<text>.*)$")


@dataclass(frozen=True)
class Diagnostic:
    file: str
    line: int
    severity: str
    message: str
    code: str | None


@dataclass(frozen=True)
class MypyRun:
    returncode: int
    stdout: str
    stderr: str

    @property
    def diagnostics(self) -> list[Diagnostic]:
        found = []
        for line in self.stdout.splitlines():
            match = _DIAGNOSTIC.match(line)
            if match:
                found.append(
                    Diagnostic(
                        Path(match["file"]).name,
                        int(match["line"]),
                        match["severity"],
                        match["message"],
                        match["code"],
                    )
                )
        return found


@pytest.fixture(scope="module")
def mypy_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A config pointing mypy at the generated src, and a cache shared by this module's runs."""
    directory = tmp_path_factory.mktemp("mypy")
    (directory / "mypy.ini").write_text(textwrap.dedent(f"""\
            [mypy]
            mypy_path = {GENERATED_SRC}:{RUNTIME_SRC}
            """))
    return directory


def run_mypy(mypy_dir: Path, *files: Path) -> MypyRun:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            str(mypy_dir / "mypy.ini"),
            "--cache-dir",
            str(mypy_dir / "cache"),
            "--no-pretty",
            "--no-color-output",
            "--show-error-codes",
            *map(str, files),
        ],
        cwd=mypy_dir,  # away from the repository's own [tool.mypy] settings
        capture_output=True,
        text=True,
        timeout=300,
    )
    return MypyRun(result.returncode, result.stdout, result.stderr)


def test_sample_app_passes_mypy_strict(mypy_dir: Path) -> None:
    run = run_mypy(mypy_dir, SAMPLE_APP)
    assert run.returncode == 0, f"mypy --strict failed:\n{run.stdout}{run.stderr}"
    assert run.diagnostics == []
    assert "Success: no issues found in 1 source file" in run.stdout


EMULATOR_APP = """\
from collections.abc import Mapping
from typing import Any

from partnercentral_selling import PartnerCentralSellingClient
from partnercentral_selling.emulator import Clock, Emulator


def run() -> str:
    received: list[Mapping[str, Any]] = []
    with Emulator(clock=Clock(0.0, frozen=True), quotas="partner-central-published") as emulator:
        emulator.events.subscribe(received.append)
        client: PartnerCentralSellingClient = emulator.client(max_attempts=1)
        emulator.advance(60)
        return emulator.endpoint_url + str(client.config.region)
"""


def test_a_test_using_the_emulator_passes_mypy_strict(mypy_dir: Path, tmp_path: Path) -> None:
    """The emulator module and the behaviours it imports type-check as the user's tests see them."""
    program = tmp_path / "emulator_app.py"
    program.write_text(EMULATOR_APP)
    run = run_mypy(mypy_dir, program)
    assert run.returncode == 0, f"mypy --strict failed:\n{run.stdout}{run.stderr}"
    assert run.diagnostics == []


def test_mypy_catches_type_errors_in_a_bad_program(mypy_dir: Path, tmp_path: Path) -> None:
    bad_app = tmp_path / "bad_app.py"
    bad_app.write_text(BAD_APP)
    expected_errors: set[tuple[int, str]] = set()
    expected_notes: dict[int, str] = {}
    messages: dict[int, str] = {}
    for number, line in enumerate(BAD_APP.splitlines(), start=1):
        match = _EXPECTED.search(line)
        if match is None:
            continue
        if match["kind"] == "E":
            expected_errors.add((number, match["code"]))
            messages[number] = match["text"]
        else:
            expected_notes[number] = match["text"]
    assert len(expected_errors) >= 10

    run = run_mypy(mypy_dir, bad_app)
    assert run.returncode == 1, f"mypy should have failed:\n{run.stdout}{run.stderr}"
    errors = [d for d in run.diagnostics if d.severity == "error"]
    assert all(d.file == "bad_app.py" for d in run.diagnostics), run.stdout
    assert {(d.line, d.code) for d in errors} == expected_errors, run.stdout
    assert len(errors) == len(expected_errors), run.stdout  # one error per marked line
    for error in errors:
        assert messages[error.line] in error.message, error
    notes = {d.line: _public(d.message) for d in run.diagnostics if d.severity == "note"}
    for number, text in expected_notes.items():
        assert text in notes.get(number, ""), f"line {number}: {notes.get(number)!r}"


def _public(message: str) -> str:
    """``message`` with each class named where users import it from.

    A type checker names a shape or enum class by the private module that defines it
    (``partnercentral_selling.shapes._get_opportunity.GetOpportunityResponse``); its
    public home, and its ``__module__``, is the package (``partnercentral_selling.shapes``).
    """
    return _PRIVATE_MODULE.sub(r"\1.", message)


_PRIVATE_MODULE = re.compile(r"(partnercentral_selling\.(?:shapes|enums))\._\w+\.")


def _import_sample_app() -> ModuleType:
    spec = importlib.util.spec_from_file_location("sample_app", SAMPLE_APP)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_sample_app_runs_against_the_local_service(capsys: pytest.CaptureFixture[str]) -> None:
    sample_app = _import_sample_app()
    fake = FakePartnerCentral()
    credentials = (ACCESS_KEY, SECRET_KEY, None)
    with LocalAwsServer(
        fake, credentials=credentials, region=REGION, service=SIGNING_NAME
    ) as server:
        status = sample_app.run(server.url, ACCESS_KEY, SECRET_KEY)
    output = capsys.readouterr().out.splitlines()
    # It ran every step, then met the ValidationException it handles (catalog "Production").
    assert status == 2, output
    assert fake.calls == [
        "CreateOpportunity",
        "GetOpportunity",
        "GetOpportunity",
        "UpdateOpportunity",
        "ListOpportunities",
        "ListOpportunities",
        "GetOpportunity",
    ]
    assert all(r.signature_valid is True for r in server.requests)
    opportunity_id = next(iter(fake.opportunities))
    assert output[0] == f"{opportunity_id} Example Corp Prospect"
    assert output[1] == "pending review: True"
    assert output[3] == "{'Qualified': 1}"
    assert output[4] == f"['{opportunity_id}']"
    assert output[5].startswith("ValidationException (400, request ")
    assert output[6] == "Catalog: INVALID_ENUM_VALUE Catalog must be one of AWS, Sandbox"
