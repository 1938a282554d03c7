"""The JSON Schemas of the four botocore model files and generator.schemas.

Real models must validate (the pinned one, botocore's JSON protocol-test suites
wrapped as one-operation models, and - when ../shared/testdata is present - the
other json-protocol services and revisions there). Broken models must fail with
a ModelError whose pointer is exactly the offending value.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

from generator.errors import ModelError
from generator.loaders.schemas import SCHEMA_DIR, SCHEMA_FILES, load_json, validate_model_file

ROOT = Path(__file__).resolve().parent.parent
PINNED_MODELS = ROOT / "models"
PROTOCOL_TESTS = ROOT / "tests" / "data" / "protocol-tests" / "botocore"
SHARED_TESTDATA = ROOT.parent / "shared" / "testdata"

KIND_BY_FILE_NAME = {
    "service-2.json": "service",
    "paginators-1.json": "paginators",
    "waiters-2.json": "waiters",
    "endpoint-rule-set-1.json": "endpoint-rules",
}

# Suites of botocore's protocol tests that are wrong and that the schema rightly
# rejects: (file, suite description) -> (pointer, problem).
# legacy/output "Lists" declares MapType as {"type": "string", "key": ..., "value": ...}.
KNOWN_BAD_SUITES = {
    ("legacy/output/json.json", "Lists"): (
        "/shapes/MapType",
        "unknown keys 'key', 'value' in string shape",
    ),
}


def _model_files(root: Path) -> list[Path]:
    return sorted(path for name in KIND_BY_FILE_NAME for path in root.rglob(name))


def _rel(path: Path) -> str:
    return str(path.relative_to(ROOT.parent))


def _problem(doc: object, kind: str = "service") -> ModelError:
    with pytest.raises(ModelError) as info:
        validate_model_file(doc, kind, Path("model.json"))
    return info.value


# -- the schemas themselves --------------------------------------------------


@pytest.mark.parametrize("name", sorted(SCHEMA_FILES.values()))
def test_schema_is_valid_draft_2020_12(name: str) -> None:
    schema = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_unknown_kind_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="unknown model file kind 'servce'"):
        validate_model_file({}, "servce", Path("x.json"))


# -- real models validate ----------------------------------------------------


PINNED = _model_files(PINNED_MODELS)


def test_the_target_has_all_four_files_and_every_pinned_model_its_service_and_rules() -> None:
    # customizations/waiters-2.json, the service's own waiters, validates with them.
    model = [path for path in PINNED if "customizations" not in path.parts]
    folders = sorted({path.parent for path in model})
    assert len(folders) == len(list(PINNED_MODELS.glob("*/[0-9]*-[0-9]*-[0-9]*"))) >= 2
    for folder in folders:
        names = {path.name for path in model if path.parent == folder}
        assert {"service-2.json", "endpoint-rule-set-1.json"} <= names, folder
    target = PINNED_MODELS / "partnercentral-selling" / "2022-07-26"
    assert {path.name for path in model if path.parent == target} == set(KIND_BY_FILE_NAME)


@pytest.mark.parametrize("path", PINNED, ids=_rel)
def test_pinned_model_files_validate(path: Path) -> None:
    validate_model_file(load_json(path), KIND_BY_FILE_NAME[path.name], path)


def _protocol_suites() -> list[Any]:
    params = []
    for path in sorted(PROTOCOL_TESTS.rglob("json.json")):
        rel = path.relative_to(PROTOCOL_TESTS).as_posix()
        for index, suite in enumerate(json.loads(path.read_text(encoding="utf-8"))):
            params.append(pytest.param(rel, suite, id=f"{rel}#{index}-{suite['description']}"))
    return params


PROTOCOL_SUITES = _protocol_suites()


def test_protocol_suites_are_present() -> None:
    # input, output, legacy/input, legacy/output: 13 + 13 + 11 + 12 suites.
    assert len(PROTOCOL_SUITES) == 49


@pytest.mark.parametrize(("rel", "suite"), PROTOCOL_SUITES)
def test_protocol_suite_operations_validate_as_models(rel: str, suite: dict[str, Any]) -> None:
    expected = KNOWN_BAD_SUITES.get((rel, suite["description"]))
    for index, case in enumerate(suite["cases"]):
        given = case["given"]
        model = {
            "version": "2.0",
            "metadata": suite["metadata"],
            "operations": {given["name"]: given},
            "shapes": suite["shapes"],
        }
        file = Path(f"{rel}#suite:{suite['description']}/case:{index}")
        if expected is None:
            validate_model_file(model, "service", file)
        else:
            with pytest.raises(ModelError) as info:
                validate_model_file(model, "service", file)
            assert (info.value.pointer, info.value.problem) == expected


SHARED_MODELS = (
    _model_files(SHARED_TESTDATA / "models") + _model_files(SHARED_TESTDATA / "endpoints")
    if SHARED_TESTDATA.is_dir()
    else []
)


@pytest.mark.skipif(not SHARED_MODELS, reason="../shared/testdata is not present (fresh clone)")
@pytest.mark.parametrize("path", SHARED_MODELS or [None], ids=lambda p: _rel(p) if p else "absent")
def test_shared_testdata_models_validate(path: Path) -> None:
    validate_model_file(load_json(path), KIND_BY_FILE_NAME[path.name], path)


# -- broken models fail with the exact pointer ---------------------------------


MINIMAL_MODEL: dict[str, Any] = {
    "version": "2.0",
    "metadata": {"protocol": "json", "jsonVersion": "1.0", "targetPrefix": "Svc"},
    "operations": {
        "GetThing": {
            "name": "GetThing",
            "http": {"method": "POST", "requestUri": "/"},
            "input": {"shape": "GetThingRequest"},
            "output": {"shape": "GetThingResponse"},
            "errors": [{"shape": "NotFound"}],
        }
    },
    "shapes": {
        "GetThingRequest": {
            "type": "structure",
            "required": ["Id"],
            "members": {"Id": {"shape": "Id"}, "Tags": {"shape": "Tags"}},
        },
        "GetThingResponse": {"type": "structure", "members": {"When": {"shape": "When"}}},
        "NotFound": {"type": "structure", "members": {}, "exception": True},
        "Id": {"type": "string", "min": 1, "pattern": "^[a-z]+$"},
        "Tags": {"type": "map", "key": {"shape": "Id"}, "value": {"shape": "Id"}},
        "When": {"type": "timestamp", "timestampFormat": "iso8601"},
    },
}


DELETE = object()


def _broken(**changes: Any) -> dict[str, Any]:
    """A copy of MINIMAL_MODEL with ``a__b__c=value`` set (or deleted with DELETE)."""
    model = copy.deepcopy(MINIMAL_MODEL)
    for dotted, value in changes.items():
        *parents, last = dotted.split("__")
        target = model
        for part in parents:
            target = target[part]
        if value is DELETE:
            del target[last]
        else:
            target[last] = value
    return model


def test_minimal_model_is_valid() -> None:
    validate_model_file(MINIMAL_MODEL, "service", Path("model.json"))


def test_unknown_shape_type() -> None:
    error = _problem(_broken(shapes__Id__type="strng"))
    assert error.pointer == "/shapes/Id/type"
    assert error.problem.startswith(
        "'strng' is not one of the allowed values of 'type': 'structure'"
    )
    assert "did you mean 'string'?" in error.hint
    assert str(error).startswith("model.json#/shapes/Id/type: 'strng' is not one of")


def test_unknown_key_in_member() -> None:
    error = _problem(_broken(shapes__GetThingRequest__members__Id__shpae="Id"))
    assert error.pointer == "/shapes/GetThingRequest/members/Id"
    assert error.problem == "unknown key 'shpae' in member"
    assert error.hint.startswith("did you mean 'shape'? a member may have these keys: ")
    assert "idempotencyToken" in error.hint


def test_member_without_shape() -> None:
    error = _problem(
        _broken(shapes__GetThingRequest__members__Tags={"documentation": "<p>Tags.</p>"})
    )
    assert error.pointer == "/shapes/GetThingRequest/members/Tags"
    assert error.problem == "missing required key 'shape' in member"
    assert '{"shape": "ShapeName"' in error.hint


def test_map_key_without_shape() -> None:
    error = _problem(_broken(shapes__Tags__key={}))
    assert error.pointer == "/shapes/Tags/key"
    assert error.problem == "missing required key 'shape' in member"


def test_shape_reference_must_be_a_string() -> None:
    error = _problem(_broken(operations__GetThing__input={"shape": 7}))
    assert error.pointer == "/operations/GetThing/input/shape"
    assert error.problem == "'shape' must be a string, not an integer"


def test_key_of_another_shape_type() -> None:
    error = _problem(_broken(shapes__When__members={}))
    assert error.pointer == "/shapes/When"
    assert error.problem == "unknown key 'members' in timestamp shape"


def test_structure_without_members() -> None:
    error = _problem(_broken(shapes__GetThingResponse__members=DELETE))
    assert error.pointer == "/shapes/GetThingResponse"
    assert error.problem == "missing required key 'members' in structure shape"


def test_unknown_key_in_operation_and_metadata() -> None:
    error = _problem(_broken(operations__GetThing__idempotant=True))
    assert (error.pointer, error.problem) == (
        "/operations/GetThing",
        "unknown key 'idempotant' in operation",
    )
    assert "did you mean 'idempotent'?" in error.hint
    error = _problem(_broken(metadata__protocol=DELETE))
    assert (error.pointer, error.problem) == (
        "/metadata",
        "missing required key 'protocol' in metadata",
    )


def test_invalid_shape_name() -> None:
    model = copy.deepcopy(MINIMAL_MODEL)
    model["shapes"]["Bad/Name"] = {"type": "string"}
    error = _problem(model)
    assert error.pointer == "/shapes/Bad~1Name"
    assert error.problem == "invalid name 'Bad/Name' under 'shapes'"


def test_paginator_and_waiter_and_rule_set_errors() -> None:
    error = _problem({"pagination": {"ListThings": {"input_token": "NextToken"}}}, "paginators")
    assert (error.pointer, error.problem) == (
        "/pagination/ListThings",
        "missing required key 'output_token' in paginator",
    )
    waiters = {
        "version": 2,
        "waiters": {
            "ThingExists": {
                "operation": "GetThing",
                "delay": 5,
                "maxAttempts": 10,
                "acceptors": [
                    {"matcher": "pth", "state": "success", "expected": True, "argument": "Done"}
                ],
            }
        },
    }
    error = _problem(waiters, "waiters")
    assert error.pointer == "/waiters/ThingExists/acceptors/0/matcher"
    assert error.problem.startswith("'pth' is not one of the allowed values of 'matcher'")
    rules = {
        "version": "1.0",
        "parameters": {"Region": {"type": "String", "builtIn": "AWS::Region"}},
        "rules": [
            {
                "type": "endpoint",
                "conditions": [{"fn": "isSet", "argv": [{"reff": "Region"}]}],
                "endpoint": {"url": "https://example.com"},
            }
        ],
    }
    error = _problem(rules, "endpoint-rules")
    assert error.pointer == "/rules/0/conditions/0/argv/0"
    assert error.problem == "missing required key 'ref' in reference"


# -- load_json ---------------------------------------------------------------------


def test_invalid_json(tmp_path: Path) -> None:
    file = tmp_path / "service-2.json"
    file.write_text('{\n  "version": "2.0",\n  "metadata": {},\n}\n', encoding="utf-8")
    with pytest.raises(ModelError) as info:
        load_json(file)
    error = info.value
    assert error.file == str(file)
    assert error.pointer == ""
    assert (
        error.problem
        == "invalid JSON at line 4 column 1: Expecting property name enclosed in double quotes"
    )
    assert "trailing commas" in error.hint
    assert str(error).startswith(f"{file}#/: invalid JSON at line 4 column 1")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ModelError) as info:
        load_json(tmp_path / "nope.json")
    assert (info.value.pointer, info.value.problem) == ("", "file not found")


def test_directory_is_not_a_model_file(tmp_path: Path) -> None:
    with pytest.raises(ModelError) as info:
        load_json(tmp_path)
    assert info.value.problem == "is a directory, not a file"


def test_not_utf8(tmp_path: Path) -> None:
    file = tmp_path / "bad.json"
    file.write_bytes(b'{"a": "\xff"}')
    with pytest.raises(ModelError) as info:
        load_json(file)
    assert info.value.problem == "not UTF-8 text (invalid byte at offset 7)"
