"""Service customizations: read beside the model, checked against it, shown in the package.

``models/<service>/customizations/docs.json`` picks what a service's docs show that its
model cannot say (``generator/loaders/customization.py``). A cut-down Partner Central
model stands in for a service; a broken customization must fail with its file, the JSON
pointer of the bad value and what to do.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.emit.format_cache import default_cache
from generator.emit.package import render_files
from generator.emit.views import PythonView
from generator.errors import GeneratorError, ModelError
from generator.loaders import load_model
from generator.model.ir import Customization, Service
from tests.packages import cut_model

ROOT = Path(__file__).resolve().parent.parent
PINNED = ROOT / "models" / "partnercentral-selling" / "2022-07-26"
KINESIS = ROOT / "tests" / "data" / "models" / "json-services" / "kinesis" / "2013-12-02"
OPERATIONS = ("AssignOpportunity", "GetOpportunity", "ListSolutions")


@pytest.fixture(scope="module")
def model_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``models/selling/``: a three-operation cut of the pinned model, no customizations."""
    root = tmp_path_factory.mktemp("models") / "selling"
    cut_model(PINNED, root / "2022-07-26", OPERATIONS)
    return root


def _customized(model_root: Path, tmp_path: Path, document: object) -> Service:
    """The cut model loaded with ``document`` as its ``docs.json``."""
    folder = tmp_path / "customizations"
    folder.mkdir()
    (folder / "docs.json").write_text(json.dumps(document))
    return load_model(model_root / "2022-07-26", customizations=folder)


def test_the_pinned_model_has_its_customization() -> None:
    customization = load_model(PINNED).customization
    assert customization.file == str(PINNED.parent / "customizations" / "docs.json")
    assert customization.headline_operation == "GetOpportunity"
    assert customization.example_values == {"CatalogIdentifier": "Sandbox"}
    assert "**Sandbox**" in customization.getting_started_intro


def test_a_model_without_the_folder_has_none(model_root: Path) -> None:
    assert load_model(model_root / "2022-07-26").customization == Customization()


def test_the_sibling_folder_is_read_by_default(model_root: Path, tmp_path: Path) -> None:
    root = tmp_path / "selling"
    cut_model(PINNED, root / "2022-07-26", OPERATIONS)
    (root / "customizations").mkdir()
    (root / "customizations" / "docs.json").write_text('{"headline_operation": "ListSolutions"}')
    assert load_model(root / "2022-07-26").customization.headline_operation == "ListSolutions"


BROKEN: list[tuple[str, Any, str, str, str]] = [
    (
        "unknown key",
        {"headline": "GetOpportunity"},
        "",
        "unknown key 'headline' in documentation customization",
        "did you mean 'headline_operation'?",
    ),
    (
        "value not a string",
        {"example_values": {"CatalogIdentifier": 5}},
        "/example_values/CatalogIdentifier",
        "'CatalogIdentifier' must be a string, not an integer",
        "",
    ),
    (
        "unknown operation",
        {"headline_operation": "GetOportunity"},
        "/headline_operation",
        "no operation 'GetOportunity' in the model",
        "did you mean 'GetOpportunity'?",
    ),
    (
        "unknown shape",
        {"example_values": {"CatalogIdentifer": "Sandbox"}},
        "/example_values/CatalogIdentifer",
        "no shape 'CatalogIdentifer' in the model",
        "did you mean 'CatalogIdentifier'?",
    ),
    (
        "not a string or enum shape",
        {"example_values": {"GetOpportunityRequest": "x"}},
        "/example_values/GetOpportunityRequest",
        "'GetOpportunityRequest' is a structure shape; example values are for string and "
        "enum shapes",
        "give a value for the string or enum shape of the argument instead",
    ),
    (
        "not a value of the enum",
        {"example_values": {"SolutionStatus": "Retired"}},
        "/example_values/SolutionStatus",
        "'Retired' is not a value of the enum 'SolutionStatus'",
        "use one of 'Active', 'Inactive', 'Draft'",
    ),
    (
        "outside the pattern",
        {"example_values": {"CatalogIdentifier": "Sand box"}},
        "/example_values/CatalogIdentifier",
        "'Sand box' does not match the pattern of 'CatalogIdentifier': [a-zA-Z]+",
        "give a value the pattern accepts",
    ),
    (
        "too short",
        {"example_values": {"AwsMarketplaceProductArn": "arn"}},
        "/example_values/AwsMarketplaceProductArn",
        "'arn' is 3 characters long; 'AwsMarketplaceProductArn' takes 4..2048",
        "give a value of an allowed length",
    ),
]


@pytest.mark.parametrize(
    ("document", "pointer", "problem", "hint"),
    [case[1:] for case in BROKEN],
    ids=[case[0] for case in BROKEN],
)
def test_a_broken_customization_names_file_pointer_and_fix(
    model_root: Path, tmp_path: Path, document: Any, pointer: str, problem: str, hint: str
) -> None:
    with pytest.raises(ModelError) as caught:
        _customized(model_root, tmp_path, document)
    assert caught.value.file == str(tmp_path / "customizations" / "docs.json")
    assert caught.value.pointer == pointer
    assert caught.value.problem == problem
    assert caught.value.hint.startswith(hint)


def test_invalid_json_names_the_line(model_root: Path, tmp_path: Path) -> None:
    (tmp_path / "customizations").mkdir()
    (tmp_path / "customizations" / "docs.json").write_text('{"headline_operation": }')
    with pytest.raises(
        ModelError, match=r"docs\.json#/: invalid JSON at line 1 column 24: Expecting value"
    ):
        load_model(model_root / "2022-07-26", customizations=tmp_path / "customizations")


def test_an_unknown_file_in_the_folder_is_refused(model_root: Path, tmp_path: Path) -> None:
    (tmp_path / "customizations").mkdir()
    (tmp_path / "customizations" / "doc.json").write_text("{}")
    with pytest.raises(GeneratorError, match=r"unknown customization file 'doc\.json' \("):
        load_model(model_root / "2022-07-26", customizations=tmp_path / "customizations")


def test_a_file_in_place_of_the_folder_is_refused(model_root: Path, tmp_path: Path) -> None:
    (tmp_path / "customizations").write_text("{}")
    with pytest.raises(GeneratorError, match=r"customizations: a file where the service's"):
        load_model(model_root / "2022-07-26", customizations=tmp_path / "customizations")


def test_a_headline_operation_left_out_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "customizations"
    folder.mkdir()
    (folder / "docs.json").write_text('{"headline_operation": "SubscribeToShard"}')
    with pytest.raises(ModelError) as caught:
        load_model(KINESIS, skip_unsupported=True, customizations=folder)
    assert caught.value.pointer == "/headline_operation"
    assert caught.value.problem.startswith(
        "operation 'SubscribeToShard' is left out of the package: "
    )


def test_a_headline_operation_the_readme_cannot_call_is_refused(
    model_root: Path, tmp_path: Path
) -> None:
    service = _customized(model_root, tmp_path, {"headline_operation": "AssignOpportunity"})
    with pytest.raises(ModelError) as caught:
        PythonView(service).example_operation()
    assert caught.value.file == str(tmp_path / "customizations" / "docs.json")
    assert caught.value.pointer == "/headline_operation"
    assert "'AssignOpportunity' takes a required argument with no simple example" in str(
        caught.value
    )


def _rendered(service: Service) -> dict[str, str]:
    """Every file of ``service``'s package, formatted through the format cache as generation is."""
    return dict(render_files(service, "0.0.0", cache=default_cache()))


def test_the_customization_reaches_the_package(model_root: Path, tmp_path: Path) -> None:
    intro = "A first call against the **Sandbox** catalog."
    files = _rendered(
        _customized(
            model_root,
            tmp_path,
            {
                "headline_operation": "GetOpportunity",
                "example_values": {"CatalogIdentifier": "Sandbox"},
                "getting_started_intro": intro,
            },
        )
    )
    call = 'client.get_opportunity(catalog="Sandbox", identifier="O1234567")'
    assert files["README.md"].count(call) == 3  # quick start, async, errors
    command = 'GetOpportunityCommand({"Catalog": "Sandbox", "Identifier": "O1234567"})'
    assert f"client.send({command})" in files["src/partnercentral_selling/commands.py"]
    assert (
        "client.send(GetOpportunityCommand({...}))"
        in files["src/partnercentral_selling/client.py"]
    )
    assert files["docs/getting-started.md"].startswith(f"# Getting started\n\n{intro}\n")
    assert 'client.list_solutions(catalog="Sandbox")' in files["docs/getting-started.md"]
    assert (
        'assign_opportunity(\n            catalog="Sandbox",'
        in files["src/partnercentral_selling/client.py"]
    )


def test_without_a_customization_the_generic_rules_choose(model_root: Path) -> None:
    files = _rendered(load_model(model_root / "2022-07-26"))
    # The first read-only operation whose required arguments are simple values; the
    # catalog's example is the first value its documentation quotes.
    call = 'client.get_opportunity(catalog="AWS", identifier="O1234567")'
    assert files["README.md"].count(call) == 3
    assert files["docs/getting-started.md"].startswith(
        "# Getting started\n\nThis page goes from installing the package to a first call.\n"
    )
    assert not [path for path, text in files.items() if 'catalog="Sandbox"' in text]
