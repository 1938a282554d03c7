"""The Smithy front end on small ASTs: what it reads, and how it refuses a bad one.

Each bad AST fails with one line naming the file and the JSON pointer inside the AST
(not inside the botocore documents the AST is lowered into), and what to do. A
hypothesis test breaks the target's real AST at random places: the loader either
reads it or refuses it that way, and never fails otherwise.
"""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import GeneratorError, ModelError
from generator.loaders import load_model, smithy
from tests.packages import SMITHY_PAIRS

NS = "com.example"
TARGET_AST = SMITHY_PAIRS["partnercentral-selling"][0]


def ast(**shapes: dict[str, Any]) -> dict[str, Any]:
    """A service ``Widgets`` (awsJson 1.0) with operations ``GetWidget`` and ``PutWidget``,
    its shapes replaced or added by ``shapes`` (by local name)."""
    base: dict[str, Any] = {
        "Widgets": {
            "type": "service",
            "version": "2024-01-01",
            "operations": [{"target": f"{NS}#GetWidget"}],
            "resources": [{"target": f"{NS}#Widget"}],
            "errors": [{"target": f"{NS}#Throttled"}],
            "traits": {
                "aws.api#service": {"sdkId": "Widgets", "endpointPrefix": "widgets"},
                "aws.auth#sigv4": {"name": "widgets"},
                "aws.protocols#awsJson1_0": {},
                "smithy.api#title": "Widget Service",
            },
        },
        "Widget": {
            "type": "resource",
            "identifiers": {"id": {"target": "smithy.api#String"}},
            "put": {"target": f"{NS}#PutWidget"},
        },
        "GetWidget": {
            "type": "operation",
            "input": {"target": f"{NS}#GetWidgetInput"},
            "output": {"target": f"{NS}#GetWidgetOutput"},
            "traits": {"smithy.api#readonly": {}},
        },
        "PutWidget": {
            "type": "operation",
            "input": {"target": f"{NS}#PutWidgetInput"},
            "traits": {"smithy.api#idempotent": {}},
        },
        "GetWidgetInput": {
            "type": "structure",
            "mixins": [{"target": f"{NS}#WidgetId"}],
            "members": {},
            "traits": {"smithy.api#input": {}},
        },
        "PutWidgetInput": {
            "type": "structure",
            "mixins": [{"target": f"{NS}#WidgetId"}],
            "members": {
                "Name": {
                    "target": "smithy.api#String",
                    "traits": {"smithy.api#length": {"min": 1, "max": 8}},
                },
                "Tags": {"target": f"{NS}#TagSet"},
            },
        },
        "WidgetId": {
            "type": "structure",
            "members": {
                "Id": {"target": "smithy.api#String", "traits": {"smithy.api#required": {}}}
            },
            "traits": {"smithy.api#mixin": {}, "smithy.api#documentation": "Names a widget."},
        },
        "GetWidgetOutput": {
            "type": "structure",
            "members": {
                "Color": {"target": f"{NS}#Color"},
                "Size": {"target": f"{NS}#Size"},
                "Made": {"target": "smithy.api#Timestamp"},
                "Shape": {"target": f"{NS}#Outline"},
            },
        },
        "Color": {
            "type": "enum",
            "members": {
                "RED": {"target": "smithy.api#Unit", "traits": {"smithy.api#enumValue": "red"}},
                "BLUE": {"target": "smithy.api#Unit"},
            },
        },
        "Size": {
            "type": "intEnum",
            "members": {
                "SMALL": {"target": "smithy.api#Unit", "traits": {"smithy.api#enumValue": 1}}
            },
        },
        "Outline": {
            "type": "union",
            "members": {
                "Circle": {"target": "smithy.api#Integer"},
                "Square": {"target": "smithy.api#Integer"},
            },
        },
        "TagSet": {"type": "set", "member": {"target": "smithy.api#String"}},
        "Throttled": {
            "type": "structure",
            "members": {"message": {"target": "smithy.api#String"}},
            "traits": {
                "smithy.api#error": "client",
                "smithy.api#httpError": 429,
                "smithy.api#retryable": {"throttling": True},
            },
        },
    }
    for name, shape in shapes.items():
        if shape is None:
            del base[name]
        else:
            base[name] = shape
    return {"smithy": "2.0", "shapes": {f"{NS}#{name}": shape for name, shape in base.items()}}


def write(tmp_path: Path, document: Any, name: str = "model.json") -> Path:
    file = tmp_path / name
    file.write_text(json.dumps(document) if not isinstance(document, str) else document)
    return file


def refusal(tmp_path: Path, document: Any) -> ModelError:
    file = write(tmp_path, document)
    with pytest.raises(ModelError) as raised:
        load_model(file)
    error = raised.value
    assert error.file == str(file)
    assert "\n" not in str(error)
    return error


# -- what it reads ------------------------------------------------------------------


def test_a_small_ast_gives_the_whole_service(tmp_path: Path) -> None:
    service = load_model(write(tmp_path, ast()))
    assert service.metadata.service_id == "Widgets"
    assert service.metadata.full_name == "Widget Service"
    assert service.metadata.target_prefix == "Widgets"
    assert service.metadata.json_version == "1.0"
    assert service.metadata.signing_name == "widgets"
    assert service.client_name == "WidgetsClient"
    # The resource's operation is collected; the service's errors reach every operation.
    assert [op.name for op in service.operations] == ["GetWidget", "PutWidget"]
    assert all(op.errors == ("Throttled",) for op in service.operations)
    get, put = service.operations
    assert (get.readonly, get.idempotent, put.readonly, put.idempotent) == (
        True,
        False,
        False,
        True,
    )
    assert service.idempotency_known
    # Mixins: their members join the shape (first), their traits too; the mixin is gone.
    put_input = service.shapes["PutWidgetInput"]
    assert [m.wire_name for m in put_input.members] == ["Id", "Name", "Tags"]
    assert put_input.members[0].required and put_input.documentation == "Names a widget."
    assert "WidgetId" not in service.shapes
    # A member's own constraints give it a shape of its own, named as AWS names it.
    name = put_input.members[1]
    assert name.target == "PutWidgetInputNameString"
    assert service.shapes[name.target].constraints.min == 1
    assert service.shapes[name.target].constraints.max == 8
    assert service.shapes["TagSet"].kind == "list"
    assert [v.value for v in service.shapes["Color"].enum_values] == ["red", "BLUE"]
    assert service.shapes["Size"].kind == "integer"  # an intEnum is an integer on the wire
    assert service.shapes["Outline"].kind == "union"
    throttled = service.shapes["Throttled"]
    assert throttled.exception and throttled.http_status == 429
    assert throttled.retryable_throttling is True


def test_a_folder_of_asts_is_one_model(tmp_path: Path) -> None:
    document = ast()
    shapes = list(document["shapes"].items())
    write(tmp_path, {"smithy": "2.0", "shapes": dict(shapes[:5])}, "a.json")
    write(tmp_path, {"smithy": "2.0", "shapes": dict(shapes[5:])}, "b.json")
    write(tmp_path, {"package_version": "1.0.0"}, "release.json")  # not an AST: ignored
    assert smithy.ast_files(tmp_path) == [tmp_path / "a.json", tmp_path / "b.json"]
    folder = load_model(tmp_path)
    single = load_model(write(tmp_path / "..", document, "single.json"))
    assert folder.operations == single.operations
    assert folder.shapes == single.shapes


def test_apply_adds_traits_to_a_shape_or_member(tmp_path: Path) -> None:
    """``apply`` entries (here in a second file of the model's folder) add traits."""
    write(tmp_path, ast(), "model.json")
    applies = {
        f"{NS}#GetWidgetOutput$Color": {"smithy.api#documentation": "The color."},
        f"{NS}#Throttled": {"smithy.api#documentation": "Slow down."},
    }
    write(
        tmp_path,
        {
            "smithy": "2.0",
            "shapes": {
                target: {"type": "apply", "traits": traits} for target, traits in applies.items()
            },
        },
        "docs.json",
    )
    service = load_model(tmp_path)
    assert service.shapes["GetWidgetOutput"].members[0].documentation == "The color."
    assert service.shapes["Throttled"].documentation == "Slow down."


def test_a_model_that_marks_no_reads_does_not_claim_idempotency(tmp_path: Path) -> None:
    document = ast()
    del document["shapes"][f"{NS}#GetWidget"]["traits"]["smithy.api#readonly"]
    assert not load_model(write(tmp_path, document)).idempotency_known


def test_examples_become_the_operations_examples(tmp_path: Path) -> None:
    document = ast()
    document["shapes"][f"{NS}#GetWidget"]["traits"]["smithy.api#examples"] = [
        {"title": "Get one", "input": {"Id": "w-1"}, "output": {"Color": "red"}},
        {"title": "Wrong", "input": {"Idd": "w-1"}},
    ]
    service = load_model(write(tmp_path, document))
    (example,) = service.operations[0].examples
    assert (example.title, example.input, example.output) == (
        "Get one",
        {"Id": "w-1"},
        {"Color": "red"},
    )
    (warning,) = service.warnings
    assert "/smithy.api#examples/1/input" in warning


def test_the_generated_package_is_the_same_from_the_cli(tmp_path: Path) -> None:
    """``generate --model`` takes a Smithy AST like a botocore folder."""
    from generator.cli import main

    file = write(tmp_path, ast())
    assert main(["generate", "--model", str(file), "--out", str(tmp_path / "out")]) in (0, None)
    assert (tmp_path / "out" / "widgets" / "src" / "widgets" / "client.py").is_file()


# -- how it refuses -----------------------------------------------------------------


def test_not_json(tmp_path: Path) -> None:
    error = refusal(tmp_path, '{"smithy": "2.0", "shapes": {')
    assert error.pointer == ""


def test_a_schema_violation_names_its_place(tmp_path: Path) -> None:
    document = ast()
    document["shapes"][f"{NS}#Color"]["members"]["RED"]["taget"] = "x"
    error = refusal(tmp_path, document)
    assert error.pointer.startswith(f"/shapes/{NS}#Color/members/RED")


def test_a_dangling_shape_id(tmp_path: Path) -> None:
    document = ast()
    document["shapes"][f"{NS}#GetWidgetOutput"]["members"]["Color"]["target"] = f"{NS}#Colour"
    error = refusal(tmp_path, document)
    assert error.pointer == f"/shapes/{NS}#GetWidgetOutput/members/Color/target"
    assert "Colour" in error.problem


def test_an_unknown_trait_is_refused_by_name(tmp_path: Path) -> None:
    document = ast()
    document["shapes"][f"{NS}#PutWidget"]["traits"]["com.example#billing"] = {"plan": "gold"}
    error = refusal(tmp_path, document)
    assert error.pointer == f"/shapes/{NS}#PutWidget/traits/com.example#billing"
    assert "com.example#billing" in error.problem


def test_a_trait_with_a_wrong_value(tmp_path: Path) -> None:
    document = ast()
    document["shapes"][f"{NS}#PutWidgetInput"]["members"]["Name"]["traits"][
        "smithy.api#length"
    ] = {"max": "eight"}
    error = refusal(tmp_path, document)
    assert error.pointer == (
        f"/shapes/{NS}#PutWidgetInput/members/Name/traits/smithy.api#length/max"
    )


def test_a_mixin_cycle(tmp_path: Path) -> None:
    document = ast()
    mixin = document["shapes"][f"{NS}#WidgetId"]
    mixin["mixins"] = [{"target": f"{NS}#Other"}]
    document["shapes"][f"{NS}#Other"] = {
        "type": "structure",
        "mixins": [{"target": f"{NS}#WidgetId"}],
        "members": {},
        "traits": {"smithy.api#mixin": {}},
    }
    error = refusal(tmp_path, document)
    assert "mixin cycle" in error.problem
    assert error.pointer.endswith("/mixins")


def test_a_problem_found_after_lowering_points_into_the_ast(tmp_path: Path) -> None:
    """The builder works on the lowered documents; its problems name the AST's place."""
    document = ast()
    document["shapes"][f"{NS}#GetWidget"]["output"] = {"target": f"{NS}#Color"}
    error = refusal(tmp_path, document)
    assert error.pointer == f"/shapes/{NS}#GetWidget/output"
    assert "not a structure" in error.problem


def test_two_services_are_refused(tmp_path: Path) -> None:
    document = ast()
    document["shapes"][f"{NS}#Other"] = dict(document["shapes"][f"{NS}#Widgets"])
    error = refusal(tmp_path, document)
    assert "exactly one service" in error.problem


# -- any breakage of a real AST: read or refused, never a crash ----------------------


_REAL = json.loads(TARGET_AST.read_text())
_BREAKS = ("drop", "wrong type", "dangle", "rename")


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    places = [path]
    if isinstance(value, dict):
        for key, child in value.items():
            places += _places(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            places += _places(child, (*path, index))
    return places


_SHAPE_IDS = sorted(_REAL["shapes"])


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    shape=st.sampled_from(_SHAPE_IDS),
    seed=st.integers(0, 2**32 - 1),
    kind=st.sampled_from(_BREAKS),
)
def test_a_broken_real_ast_is_read_or_refused_with_its_place(
    tmp_path_factory: pytest.TempPathFactory, shape: str, seed: int, kind: str
) -> None:
    document = copy.deepcopy(_REAL)
    places = [p for p in _places(document["shapes"][shape]) if p]
    if not places:
        return
    chosen = random.Random(seed).choice(places)
    parent = document["shapes"][shape]
    for key in chosen[:-1]:
        parent = parent[key]
    last = chosen[-1]
    if kind == "drop" and isinstance(parent, dict):
        del parent[last]
    elif kind == "wrong type":
        parent[last] = [] if isinstance(parent[last], (str, dict)) else "x"
    elif kind == "dangle":
        parent[last] = f"{NS}#Nowhere"
    elif kind == "rename" and isinstance(parent, dict):
        parent[f"{last}x"] = parent.pop(last)
    file = tmp_path_factory.mktemp("ast") / "model.json"
    file.write_text(json.dumps(document))
    try:
        load_model(file)
    except ModelError as error:
        assert error.file == str(file)
        assert "\n" not in str(error)
        # The place is inside the broken shape, or names the service or its closure.
        assert error.pointer.startswith("/shapes/") or error.pointer in ("", "/shapes"), error
    except GeneratorError:
        pass


def test_an_ast_file_in_a_model_folder_has_its_folders_customizations_and_release(
    tmp_path: Path,
) -> None:
    from generator.release.state import load_release

    folder = tmp_path / "widgets" / "2024-01-01"
    folder.mkdir(parents=True)
    file = write(folder, ast())
    write(folder, {"package_version": "2.3.4"}, "release.json")
    (tmp_path / "widgets" / "customizations").mkdir()
    write(
        tmp_path / "widgets" / "customizations", {"headline_operation": "PutWidget"}, "docs.json"
    )
    for path in (file, folder):
        assert load_model(path).customization.headline_operation == "PutWidget"
        assert load_release(path).package_version == "2.3.4"
