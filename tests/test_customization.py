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


def _customized(
    model_root: Path, tmp_path: Path, document: object, name: str = "docs.json"
) -> Service:
    """The cut model loaded with ``document`` as its customization file ``name``."""
    folder = tmp_path / "customizations"
    folder.mkdir()
    (folder / name).write_text(json.dumps(document))
    return load_model(model_root / "2022-07-26", customizations=folder)


def test_the_pinned_model_has_its_customization() -> None:
    customization = load_model(PINNED).customization
    assert customization.file == str(PINNED.parent / "customizations" / "docs.json")
    assert customization.headline_operation == "GetOpportunity"
    assert customization.example_values["CatalogIdentifier"] == "Sandbox"
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


# -- events.json ---------------------------------------------------------------------------

EVENTS = PINNED.parent / "customizations" / "events.json"
# The operations whose shapes hold the enums the events name, and the guide's call.
EVENT_OPERATIONS = (
    "GetOpportunity",
    "ListEngagementInvitations",
    "ListEngagements",
    "GetResourceSnapshot",
)


@pytest.fixture(scope="module")
def events_model_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``models/selling/``: a cut of the pinned model with what the events name."""
    root = tmp_path_factory.mktemp("events-models") / "selling"
    cut_model(PINNED, root / "2022-07-26", EVENT_OPERATIONS)
    return root


def _changed(pointer: str, value: Any = None, *, delete: bool = False) -> Any:
    """The pinned events.json with the value at JSON ``pointer`` set to ``value`` (or deleted)."""
    document = json.loads(EVENTS.read_text())
    *parents, last = pointer.strip("/").split("/")
    target = document
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]
    if delete:
        del target[last]
    elif isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value
    return document


def _renamed_type(old: str, new: str) -> Any:
    document = json.loads(EVENTS.read_text())
    document["types"] = {new if k == old else k: v for k, v in document["types"].items()}
    return document


def test_the_pinned_model_has_its_events() -> None:
    events = load_model(PINNED).customization.events
    assert events is not None and events.file == str(EVENTS)
    assert events.source == "aws.partnercentral-selling"
    assert len(events.types) == 10
    assert events.event_type("OpportunityUpdated").detail_type == "Opportunity Updated"
    # Each class comes after those it holds: the module defines them in this order.
    names = [c.name for c in events.classes]
    assert names.index("OpportunityReference") < names.index("OpportunityEventDetail")


def test_a_service_without_events_gets_no_events_module(model_root: Path) -> None:
    service = load_model(model_root / "2022-07-26")
    assert service.customization.events is None
    files = _rendered(service)
    assert "src/partnercentral_selling/events.py" not in files
    assert "docs/events.md" not in files and "events.md" not in files["mkdocs.yml"]


BROKEN_EVENTS: list[tuple[str, Any, str, str, str]] = [
    (
        "unknown key",
        _changed("/type", {}),
        "",
        "unknown key 'type' in events customization",
        "did you mean 'types'?",
    ),
    (
        "unknown kind",
        _changed("/classes/OpportunityReference/fields/identifier/type", "strng"),
        "/classes/OpportunityReference/fields/identifier/type",
        "'strng' is not one of the allowed values of 'type': 'string', 'timestamp', 'enum', "
        "'object', 'list'",
        "did you mean 'string'?",
    ),
    (
        "enum field without its enum",
        _changed(
            "/classes/EngagementInvitationReference/fields/participantType/enum", delete=True
        ),
        "/classes/EngagementInvitationReference/fields/participantType",
        "missing required key 'enum' in enum value",
        "give the model's enum shape in 'enum'",
    ),
    (
        "unknown enum shape",
        _changed(
            "/classes/EngagementInvitationReference/fields/participantType/enum", "ParticipantTyp"
        ),
        "/classes/EngagementInvitationReference/fields/participantType/enum",
        "no enum shape 'ParticipantTyp' in the model",
        "did you mean 'ParticipantType'?",
    ),
    (
        "unknown detail class",
        _changed("/types/OpportunityCreated/detail", "OpportunityDetail"),
        "/types/OpportunityCreated/detail",
        "no event class 'OpportunityDetail'",
        "did you mean 'OpportunityEventDetail'?",
    ),
    (
        "a class holding itself",
        _changed(
            "/classes/OpportunityReference/fields/parent",
            {"type": "object", "class": "OpportunityReference", "documentation": "Its parent."},
        ),
        "/classes/OpportunityReference",
        "event class 'OpportunityReference' holds itself "
        "(OpportunityReference -> OpportunityReference)",
        "events are trees: break the circle",
    ),
    (
        "an unused class",
        _changed(
            "/classes/Orphan",
            {
                "documentation": "No event holds it.",
                "fields": {"x": {"type": "string", "documentation": "X."}},
            },
        ),
        "/classes/Orphan",
        "event class 'Orphan' is in no event",
        "hold it in a field of an event's detail, or remove it",
    ),
    (
        "a name the module binds",
        _renamed_type("OpportunityCreated", "EventRouter"),
        "/types/EventRouter",
        "'EventRouter' is a name the events module already binds",
        "choose another class name",
    ),
    (
        "an enum's name",
        _renamed_type("OpportunityCreated", "ParticipantType"),
        "/types/ParticipantType",
        "'ParticipantType' is a name the events module already binds",
        "choose another class name",
    ),
    (
        "a type named like a class",
        _renamed_type("OpportunityCreated", "OpportunityReference"),
        "/classes/OpportunityReference",
        "'OpportunityReference' names both an event type and an event class",
        "give each class its own name",
    ),
    (
        "two fields of one Python name",
        _changed(
            "/classes/OpportunityReference/fields/Identifier",
            {"type": "string", "documentation": "Again."},
        ),
        "/classes/OpportunityReference/fields/Identifier",
        "'Identifier' and 'identifier' are both 'identifier' in Python",
        "an object cannot have both; describe one of them",
    ),
    (
        "a detail-type twice",
        _changed("/types/OpportunityUpdated/detail_type", "Opportunity Created"),
        "/types/OpportunityCreated/detail_type",
        "'OpportunityUpdated' has the same detail-type 'Opportunity Created'",
        "each event type has its own detail-type",
    ),
    (
        "an example of another type",
        _changed("/types/OpportunityCreated/example/detail-type", "Opportunity Updated"),
        "/types/OpportunityCreated/example/detail-type",
        "the example's detail-type is 'Opportunity Updated', not 'Opportunity Created'",
        "give an example of this event type",
    ),
    (
        "a filter on no field",
        _changed("/filters/catalogs/field", "catalogue"),
        "/filters/catalogs/field",
        "OpportunityEventDetail (in the detail of OpportunityCreated) has no field 'catalogue'",
        "did you mean 'catalog'?",
    ),
    (
        "a filter on an optional field",
        _changed("/filters/catalogs/field", "schemaVersion"),
        "/filters/catalogs/field",
        "schemaVersion of OpportunityCreated is not a required text or enum field",
        "name a field every event of the type has, of that kind",
    ),
    (
        "an unknown pattern type",
        _changed("/guide/pattern/types/0", "OpportunityCreate"),
        "/guide/pattern/types/0",
        "no event type 'OpportunityCreate'",
        "did you mean 'OpportunityCreated'?",
    ),
    (
        "an unknown pattern filter",
        _changed("/guide/pattern/filters", {"catalog": ["AWS"]}),
        "/guide/pattern/filters/catalog",
        "no filter 'catalog'",
        "did you mean 'catalogs'?",
    ),
    (
        "an unknown operation",
        _changed("/guide/handler/operation", "GetOportunity"),
        "/guide/handler/operation",
        "no operation 'GetOportunity' in the model",
        "did you mean 'GetOpportunity'?",
    ),
    (
        "an unknown argument",
        _changed("/guide/handler/arguments/Identifer", "opportunity.identifier"),
        "/guide/handler/arguments/Identifer",
        "GetOpportunity takes no argument 'Identifer'",
        "did you mean 'Identifier'?",
    ),
    (
        "a required argument left out",
        _changed("/guide/handler/arguments/Identifier", delete=True),
        "/guide/handler/arguments",
        "GetOpportunity requires 'Identifier', which the arguments leave out",
        "take each required argument from a field of the detail",
    ),
    (
        "an argument from an object",
        _changed("/guide/handler/arguments/Identifier", "opportunity"),
        "/guide/handler/arguments/Identifier",
        "opportunity of OpportunityCreated is not a required text or enum field",
        "name a field every event of the type has, of that kind",
    ),
    (
        "an example type the handler does not take",
        _changed("/guide/handler/example", "EngagementCreated"),
        "/guide/handler/example",
        "'EngagementCreated' is not one of the handler's types",
        "name one of OpportunityCreated, OpportunityUpdated",
    ),
]


# (customization file, the cut model it is checked against, case)
BROKEN_FILES = [("docs.json", "model_root", case) for case in BROKEN] + [
    ("events.json", "events_model_root", case) for case in BROKEN_EVENTS
]


@pytest.mark.parametrize(
    ("name", "root", "document", "pointer", "problem", "hint"),
    [(name, root, *case[1:]) for name, root, case in BROKEN_FILES],
    ids=[f"{name}: {case[0]}" for name, _, case in BROKEN_FILES],
)
def test_a_broken_customization_names_file_pointer_and_fix(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    name: str,
    root: str,
    document: Any,
    pointer: str,
    problem: str,
    hint: str,
) -> None:
    with pytest.raises(ModelError) as caught:
        _customized(request.getfixturevalue(root), tmp_path, document, name)
    assert caught.value.file == str(tmp_path / "customizations" / name)
    assert caught.value.pointer == pointer
    assert caught.value.problem == problem
    assert caught.value.hint.startswith(hint)


def test_events_of_an_operation_the_model_lacks_are_refused(
    model_root: Path, tmp_path: Path
) -> None:
    """The three-operation cut has no engagement enums: the events file names one."""
    with pytest.raises(ModelError) as caught:
        _customized(model_root, tmp_path, json.loads(EVENTS.read_text()), "events.json")
    assert caught.value.problem == "no enum shape 'ParticipantType' in the model"


def test_a_distribution_name_renames_the_package(model_root: Path, tmp_path: Path) -> None:
    folder = tmp_path / "customizations"
    folder.mkdir()
    (folder / "docs.json").write_text('{"distribution_name": "partnercentral-selling-next"}')
    service = load_model(model_root / "2022-07-26", customizations=folder)
    assert (service.distribution_name, service.package_name) == (
        "partnercentral-selling-next",
        "partnercentral_selling_next",
    )
    files = render_files(service, "0.0.0", cache=default_cache())
    assert "src/partnercentral_selling_next/client.py" in dict(files)


@pytest.mark.parametrize("name", ["Partner-Central", "-leading", "two--dashes", "under_score", ""])
def test_a_distribution_name_pip_would_not_take_as_written_is_refused(
    model_root: Path, tmp_path: Path, name: str
) -> None:
    folder = tmp_path / "customizations"
    folder.mkdir()
    (folder / "docs.json").write_text(json.dumps({"distribution_name": name}))
    with pytest.raises(ModelError) as caught:
        load_model(model_root / "2022-07-26", customizations=folder)
    assert caught.value.pointer == "/distribution_name"


def test_revenue_measurement_is_named_as_aws_names_it() -> None:
    model = ROOT / "models" / "partnercentral-revenue-measurement" / "2022-07-26"
    service = load_model(model)
    assert service.metadata.protocol == "smithy-rpc-v2-cbor"
    assert service.distribution_name == "partnercentral-revenue-measurement"
    assert (ROOT / "generated" / "partnercentral-revenue-measurement" / "src").is_dir()
