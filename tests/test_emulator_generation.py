"""The emulator's generated side: behaviour modules read from the customizations, model tables.

``models/<service>/customizations/emulator/`` holds hand-written modules
(``generator/loaders/emulator.py``): each must be a flat ``<name>.py`` of an importable name
that compiles, and is copied verbatim into the package's ``_emulator/``, beside
``_emulator_model.py``, the model's tables the emulator's runtime checks calls with. Those
tables must say what botocore's own reading of the pinned model says.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import black
import botocore.model
import pytest

from generator.emit.format_cache import default_cache
from generator.emit.package import BLACK_MODE, render_files, write_package
from generator.errors import GeneratorError, ModelError
from generator.loaders import load_model
from generator.model.ir import EmulatorModule, Service
from tests.packages import PINNED, cut_model

ROOT = Path(__file__).resolve().parent.parent
OPERATIONS = ("CreateOpportunity", "GetOpportunity", "ListOpportunities")
PACKAGE = "src/partnercentral_selling"
BEHAVIOUR = '"""Opportunities, as the emulator keeps them."""\n\nCREATED = [1,2]\n'


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A three-operation cut of the pinned model, without customizations."""
    folder = tmp_path_factory.mktemp("models") / "selling" / "2022-07-26"
    cut_model(PINNED, folder, OPERATIONS)
    return folder


def _with_emulator(model_dir: Path, folder: Path, modules: dict[str, str]) -> Service:
    """The model with a customization folder whose ``emulator/`` holds ``modules``."""
    (folder / "emulator").mkdir(parents=True)
    for name, text in modules.items():
        (folder / "emulator" / name).write_text(text)
    return load_model(model_dir, customizations=folder)


# -- reading the folder --------------------------------------------------------------------


def test_the_modules_are_carried_into_the_ir_by_name(model_dir: Path, tmp_path: Path) -> None:
    service = _with_emulator(
        model_dir, tmp_path, {"zeta.py": "Z = 1\n", "alpha.py": BEHAVIOUR, "b2.py": ""}
    )
    assert service.customization.emulator_modules == (
        EmulatorModule("alpha", BEHAVIOUR),
        EmulatorModule("b2", ""),
        EmulatorModule("zeta", "Z = 1\n"),
    )


def test_a_syntax_error_names_the_file_and_line(model_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(ModelError) as caught:
        _with_emulator(model_dir, tmp_path, {"broken.py": '"""Doc."""\n\ndef f(:\n    pass\n'})
    assert caught.value.file == str(tmp_path / "emulator" / "broken.py")
    assert caught.value.problem.startswith("invalid Python at line 3 column 7: ")
    assert caught.value.hint == "fix the module: the package imports it as it is"


HANDLERS = 'from x import routes\n\n\n@routes("GetOpportunity")\ndef get(call):\n    return {}\n'


def test_the_operations_a_module_handles_are_read_from_its_decorators(
    model_dir: Path, tmp_path: Path
) -> None:
    source = HANDLERS + '\n\n@routes("CreateOpportunity")\ndef create(call):\n    return {}\n'
    service = _with_emulator(model_dir, tmp_path, {"opportunities.py": source})
    (module,) = service.customization.emulator_modules
    assert module.operations == ("CreateOpportunity", "GetOpportunity")


@pytest.mark.parametrize(
    ("source", "problem", "hint"),
    [
        (
            HANDLERS.replace("GetOpportunity", "GetOportunity"),
            "line 4: the model has no operation 'GetOportunity'",
            "did you mean 'GetOpportunity'?",
        ),
        (
            HANDLERS.replace('"GetOpportunity"', "NAME"),
            "line 4: routes(...) must name one operation as a string literal",
            'write @routes("OperationName") (the docs list the operations so named)',
        ),
    ],
)
def test_a_handler_of_no_operation_is_refused_with_its_line(
    model_dir: Path, tmp_path: Path, source: str, problem: str, hint: str
) -> None:
    with pytest.raises(ModelError) as caught:
        _with_emulator(model_dir, tmp_path, {"opportunities.py": source})
    assert (caught.value.problem, caught.value.hint) == (problem, hint)


def test_two_modules_handling_one_operation_are_refused(model_dir: Path, tmp_path: Path) -> None:
    with pytest.raises(GeneratorError, match="GetOpportunity is handled by a.py and by b.py"):
        _with_emulator(model_dir, tmp_path, {"a.py": HANDLERS, "b.py": HANDLERS})


REFUSED = [
    ("notes.txt", "not a Python module", "move it out of the folder"),
    ("Opportunities.py", "'Opportunities' is not a name the package can import", "rename it"),
    ("_private.py", "'_private' is not a name the package can import", "rename it"),
    ("my-module.py", "'my-module' is not a name the package can import", "rename it"),
    ("class.py", "'class' is not a name the package can import", "not a Python keyword"),
]


@pytest.mark.parametrize(("name", "problem", "hint"), REFUSED, ids=[r[0] for r in REFUSED])
def test_what_is_not_a_behaviour_module_is_refused(
    model_dir: Path, tmp_path: Path, name: str, problem: str, hint: str
) -> None:
    with pytest.raises(GeneratorError) as caught:
        _with_emulator(model_dir, tmp_path, {"good.py": "", name: ""})
    message = str(caught.value)
    assert message.startswith(f"{tmp_path / 'emulator' / name}: ")
    assert problem in message and hint in message


def test_a_subfolder_is_refused(model_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "emulator" / "helpers").mkdir(parents=True)
    with pytest.raises(GeneratorError) as caught:
        load_model(model_dir, customizations=tmp_path)
    assert str(caught.value).startswith(
        f"{tmp_path / 'emulator' / 'helpers'}: a folder inside the emulator folder"
    )
    assert "move its modules up into the emulator folder, or out" in str(caught.value)


def test_a_file_named_emulator_is_refused(model_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "emulator").write_text("")
    with pytest.raises(GeneratorError, match="a file where the emulator's folder"):
        load_model(model_dir, customizations=tmp_path)


def test_an_unknown_entry_names_the_folder_among_what_is_allowed(
    model_dir: Path, tmp_path: Path
) -> None:
    (tmp_path / "emulators").mkdir()
    with pytest.raises(GeneratorError, match=r"unknown customization file 'emulators' \(") as c:
        load_model(model_dir, customizations=tmp_path)
    assert "and the folder emulator/;" in str(c.value)


def test_the_committed_modules_are_black_clean() -> None:
    # Copied verbatim into the package, they must already be what black would make them.
    for path in sorted(ROOT.glob("models/*/customizations/emulator/*.py")):
        text = path.read_text(encoding="utf-8")
        assert black.format_str(text, mode=BLACK_MODE) == text, f"{path}: run black on it"


# -- rendering -----------------------------------------------------------------------------


def _rendered(service: Service) -> dict[str, str]:
    """Every file of ``service``'s package, formatted through the format cache."""
    return dict(render_files(service, "0.0.0", cache=default_cache()))


def test_the_package_gets_the_modules_verbatim_and_the_tables(
    model_dir: Path, tmp_path: Path
) -> None:
    files = _rendered(_with_emulator(model_dir, tmp_path, {"opportunities.py": BEHAVIOUR}))
    # Not black's "[1, 2]": hand-written code is copied as written.
    assert files[f"{PACKAGE}/_emulator/opportunities.py"] == BEHAVIOUR
    assert files[f"{PACKAGE}/_emulator/__init__.py"].startswith(
        '"""The service\'s hand-written emulator behaviours'
    )
    tables = files[f"{PACKAGE}/_emulator_model.py"]
    assert tables.startswith(
        '"""The model as the emulator reads it: shapes and their constraints, operations, '
        "errors.\n"
    )
    namespace: dict[str, Any] = {}
    exec(compile(tables, "_emulator_model.py", "exec"), namespace)
    assert sorted(namespace["OPERATIONS"]) == sorted(OPERATIONS)
    assert namespace["SERVICE"]["event_source"] is None  # no events customization here
    assert namespace["SHAPES"]["CatalogIdentifier"] == {"type": "string", "pattern": "[a-zA-Z]+"}
    assert namespace["SHAPES"]["CreateOpportunityRequest"]["members"]["ClientToken"] == {
        "target": "ClientToken",
        "idempotency_token": True,
    }


def test_without_modules_the_package_has_no_emulator(model_dir: Path) -> None:
    files = _rendered(load_model(model_dir))
    assert not [path for path in files if "_emulator" in path]


# -- the tables against botocore's reading of the pinned model -----------------------------


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    """``_emulator_model`` of the whole pinned model with its customizations (behaviours too)."""
    service = load_model(PINNED)
    assert service.customization.emulator_modules
    package = write_package(service, tmp_path_factory.mktemp("out"), "0.0.0")
    spec = importlib.util.spec_from_file_location(
        "emulator_model_under_test", package / PACKAGE / "_emulator_model.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def botocore_model() -> botocore.model.ServiceModel:
    return botocore.model.ServiceModel(json.loads((PINNED / "service-2.json").read_text()))


def _reached(model: botocore.model.ServiceModel) -> set[str]:
    """botocore's shapes of every operation's input, output and errors, and all they hold."""
    stack: list[botocore.model.Shape] = []
    for name in model.operation_names:
        operation = model.operation_model(name)
        stack.extend(s for s in (operation.input_shape, operation.output_shape) if s)
        stack.extend(operation.error_shapes)
    seen: set[str] = set()
    while stack:
        shape = stack.pop()
        if shape.name in seen:
            continue
        seen.add(shape.name)
        if isinstance(shape, botocore.model.StructureShape):
            stack.extend(shape.members.values())
        elif isinstance(shape, botocore.model.ListShape):
            stack.append(shape.member)
        elif isinstance(shape, botocore.model.MapShape):
            stack.extend((shape.key, shape.value))
    return seen


def test_the_operations_agree_with_botocore(
    tables: ModuleType, botocore_model: botocore.model.ServiceModel
) -> None:
    paginators = json.loads((PINNED / "paginators-1.json").read_text())["pagination"]
    assert sorted(tables.OPERATIONS) == sorted(botocore_model.operation_names)
    for name in botocore_model.operation_names:
        operation = botocore_model.operation_model(name)
        entry = tables.OPERATIONS[name]
        assert entry["input"] == (operation.input_shape.name if operation.input_shape else None)
        assert entry["output"] == (operation.output_shape.name if operation.output_shape else None)
        assert entry["errors"] == sorted(error.name for error in operation.error_shapes), name
        assert entry["idempotency_tokens"] == operation.idempotent_members, name
        spec = paginators.get(name)
        expected = (
            None
            if spec is None
            else {
                "input_token": spec["input_token"],
                "output_token": spec["output_token"],
                "limit_key": spec.get("limit_key"),
                "result_key": spec["result_key"],
            }
        )
        assert entry["paginator"] == expected, name


def test_every_reachable_shape_agrees_with_botocore(
    tables: ModuleType, botocore_model: botocore.model.ServiceModel
) -> None:
    assert set(tables.SHAPES) == _reached(botocore_model)
    for name, entry in tables.SHAPES.items():
        shape = botocore_model.shape_for(name)
        union = shape.metadata.get("union", False)  # botocore: a structure marked union
        assert entry["type"] == ("union" if union else shape.type_name), name
        assert entry.get("enum") == (getattr(shape, "enum", None) or None), name
        for key in ("min", "max", "pattern"):
            assert entry.get(key) == shape.metadata.get(key), (name, key)
        assert entry.get("sensitive", False) == shape.metadata.get("sensitive", False), name
        assert entry.get("timestamp_format") == shape.serialization.get("timestampFormat")
        error = shape.metadata.get("error", {})
        assert entry.get("exception", False) == shape.metadata.get("exception", False), name
        if entry.get("exception"):
            assert entry["status"] == error.get("httpStatusCode"), name
        if isinstance(shape, botocore.model.StructureShape):
            members = {member: {"target": target.name} for member, target in shape.members.items()}
            assert {m: {"target": e["target"]} for m, e in entry["members"].items()} == members
            assert all(e["target"] in tables.SHAPES for e in entry["members"].values())
            tokens = [m for m, e in entry["members"].items() if e.get("idempotency_token")]
            assert tokens == [
                m for m, t in shape.members.items() if t.metadata.get("idempotencyToken")
            ], name
            if entry["type"] == "structure":
                assert sorted(entry["required"]) == sorted(shape.required_members), name
        elif isinstance(shape, botocore.model.ListShape):
            assert entry["member"] == shape.member.name, name
        elif isinstance(shape, botocore.model.MapShape):
            assert (entry["key"], entry["value"]) == (shape.key.name, shape.value.name), name


def test_timestamp_members_carry_their_wire_format(tables: ModuleType) -> None:
    member = tables.SHAPES["ListOpportunitiesRequest"]["members"]["LastModifiedDate"]
    assert member == {"target": "LastModifiedDate"}
    dates = [
        entry
        for shape in tables.SHAPES.values()
        for entry in shape.get("members", {}).values()
        if tables.SHAPES[entry["target"]]["type"] == "timestamp"
    ]
    assert dates and all(entry["timestamp_format"] == "iso8601" for entry in dates)
