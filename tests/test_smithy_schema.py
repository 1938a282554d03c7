"""The JSON Schema of the Smithy JSON AST (kind ``"smithy"``) and its error messages.

Real ASTs validate (six services' and the pinned target's), so does a small hand-written
one that uses every shape type. Broken ASTs fail with a ModelError whose pointer is the
offending value and whose problem says what is wrong; hypothesis breaks real shapes at
random places and checks the pointer lands exactly there.
"""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.errors import ModelError, json_pointer
from generator.loaders.schemas import load_json, validate_model_file

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "tests" / "data" / "models"
REAL_ASTS = sorted((MODELS / "smithy-pairs").glob("*/*/smithy.json")) + [
    MODELS / "partnercentral-selling" / "smithy" / "partnercentral-selling-2022-07-26.json"
]


@functools.cache
def real_ast(path: Path) -> dict[str, Any]:
    """A real AST, parsed once per test process (never mutate it: copy what you break)."""
    document = load_json(path)
    assert isinstance(document, dict)
    return document


def _problem(document: object) -> ModelError:
    with pytest.raises(ModelError) as info:
        validate_model_file(document, "smithy", Path("model.json"))
    return info.value


# -- valid ASTs -----------------------------------------------------------------------


def test_six_services_and_the_target_are_present() -> None:
    assert len(REAL_ASTS) == 7
    assert all(path.is_file() for path in REAL_ASTS)


@pytest.mark.parametrize("path", REAL_ASTS, ids=lambda path: path.relative_to(MODELS).as_posix())
def test_real_ast_validates(path: Path) -> None:
    validate_model_file(real_ast(path), "smithy", path)


STRING = {"target": "smithy.api#String"}
UNIT = "smithy.api#Unit"

EVERY_SHAPE: dict[str, Any] = {
    "smithy": "2.0",
    "metadata": {"suppressions": [{"id": "X", "namespace": "*"}], "anything": [1, None, 2.5]},
    "shapes": {
        **{
            f"example.weather#{kind[0].upper()}{kind[1:]}": {"type": kind}
            for kind in (
                "blob boolean string byte short integer long float double bigInteger "
                "bigDecimal timestamp document"
            ).split()
        },
        "example.weather#CityId": {
            "type": "string",
            "traits": {"smithy.api#pattern": "^[A-Za-z0-9 ]+$", "smithy.api#length": {"min": 1}},
        },
        "example.weather#Cities": {"type": "list", "member": {"target": "example.weather#City"}},
        "example.weather#OldTags": {"type": "set", "member": STRING},
        "example.weather#Labels": {
            "type": "map",
            "key": STRING,
            "value": {"target": "smithy.api#Integer", "traits": {"smithy.api#range": {"min": 0}}},
        },
        "example.weather#Located": {
            "type": "structure",
            "members": {"latitude": {"target": "smithy.api#Float"}},
            "traits": {"smithy.api#mixin": {}},
        },
        "example.weather#City": {
            "type": "structure",
            "mixins": [{"target": "example.weather#Located"}],
            "members": {
                "cityId": {
                    "target": "example.weather#CityId",
                    "traits": {"smithy.api#required": {}},
                },
                "_name": STRING,
            },
        },
        "example.weather#Empty": {"type": "structure"},
        "example.weather#Precipitation": {
            "type": "union",
            "members": {"rain": {"target": "smithy.api#PrimitiveBoolean"}, "hail": STRING},
        },
        "example.weather#Sky": {
            "type": "enum",
            "members": {
                "CLEAR": {"target": UNIT, "traits": {"smithy.api#enumValue": "clear"}},
                "CLOUDY": {"target": UNIT},
            },
        },
        "example.weather#Level": {
            "type": "intEnum",
            "members": {"LOW": {"target": UNIT, "traits": {"smithy.api#enumValue": 1}}},
        },
        "example.weather#Weather": {
            "type": "service",
            "version": "2006-03-01",
            "operations": [{"target": "example.weather#GetCurrentTime"}],
            "resources": [{"target": "example.weather#CityResource"}],
            "errors": [{"target": "example.weather#NoSuchResource"}],
            "rename": {"other.ns#City": "OtherCity"},
            "traits": {"aws.protocols#awsJson1_0": {}, "smithy.api#documentation": "Weather."},
        },
        "example.weather#CityResource": {
            "type": "resource",
            "identifiers": {"cityId": {"target": "example.weather#CityId"}},
            "properties": {"coordinates": {"target": "example.weather#Located"}},
            "create": {"target": "example.weather#CreateCity"},
            "put": {"target": "example.weather#PutCity"},
            "read": {"target": "example.weather#GetCity"},
            "update": {"target": "example.weather#UpdateCity"},
            "delete": {"target": "example.weather#DeleteCity"},
            "list": {"target": "example.weather#ListCities"},
            "operations": [{"target": "example.weather#GetForecast"}],
            "collectionOperations": [{"target": "example.weather#CountCities"}],
            "resources": [{"target": "example.weather#Forecast"}],
        },
        "example.weather#GetCurrentTime": {
            "type": "operation",
            "input": {"target": "example.weather#Empty"},
            "output": {"target": "example.weather#City"},
            "errors": [{"target": "example.weather#NoSuchResource"}],
            "traits": {"smithy.api#readonly": {}},
        },
        "example.weather#NoSuchResource": {
            "type": "structure",
            "members": {"resourceType": STRING},
            "traits": {"smithy.api#error": "client"},
        },
        "example.weather#City$cityId": {
            "type": "apply",
            "traits": {"smithy.api#documentation": "The city's id."},
        },
        "example.weather#Cloudy": {"type": "apply", "traits": {}},
    },
}
EVERY_SHAPE = json.loads(json.dumps(EVERY_SHAPE))  # no shared dicts: tests break one place


def test_hand_written_ast_with_every_shape_type_validates() -> None:
    kinds = {shape["type"] for shape in EVERY_SHAPE["shapes"].values()}
    assert len(kinds) == 24  # 13 simple types, 7 aggregate, 3 service types and apply
    validate_model_file(EVERY_SHAPE, "smithy", Path("every-shape.json"))


@pytest.mark.parametrize("version", ["2.0", "2", "1.0", "1"])
def test_smithy_versions(version: str) -> None:
    validate_model_file({"smithy": version}, "smithy", Path("empty.json"))


# -- each kind of mistake: its pointer and what it says ------------------------------------


DELETE = object()


def _broken(path: str, value: Any) -> dict[str, Any]:
    """EVERY_SHAPE with the value at ``a/b/0`` set (or deleted with DELETE).

    A path that starts with ``#Name`` starts at the shape ``example.weather#Name``.
    """
    document = copy.deepcopy(EVERY_SHAPE)
    first, *rest = path.split("/")
    parts: list[str] = (
        ["shapes", f"example.weather{first}", *rest] if first[:1] == "#" else [first, *rest]
    )
    *parents, last = [int(part) if part.isdigit() else part for part in parts]
    target: Any = document
    for part in parents:
        target = target[part]
    if value is DELETE:
        del target[last]
    else:
        target[last] = value
    return document


CITY = "/shapes/example.weather#City"
OPERATION = "/shapes/example.weather#GetCurrentTime"


def test_misspelled_key_in_a_member() -> None:
    error = _problem(_broken("#City/members/_name", {"taget": "smithy.api#String"}))
    assert error.pointer == f"{CITY}/members/_name"
    assert error.problem == "missing required key 'target' in member"
    assert error.hint.startswith("'taget' is not a key of a member: did you mean 'target'?")
    assert "a member may have these keys: target, traits" in error.hint


def test_misspelled_optional_key_in_a_shape() -> None:
    error = _problem(_broken("#GetCurrentTime/inptu", {"target": "example.weather#Empty"}))
    assert error.pointer == OPERATION
    assert error.problem == "unknown key 'inptu' in operation shape"
    assert error.hint.startswith("did you mean 'input'?")


def test_key_of_another_shape_type() -> None:
    error = _problem(_broken("#Cities/members", {}))
    assert error.pointer == "/shapes/example.weather#Cities"
    assert error.problem == "unknown key 'members' in list shape"
    assert "did you mean 'member'?" in error.hint
    error = _problem(_broken("#City$cityId/members", {}))
    assert error.pointer == "/shapes/example.weather#City$cityId"
    assert error.problem == "unknown key 'members' in apply entry"


def test_missing_target() -> None:
    error = _problem(_broken("#City/members/cityId/target", DELETE))
    assert error.pointer == f"{CITY}/members/cityId"
    assert error.problem == "missing required key 'target' in member"
    error = _problem(_broken("#GetCurrentTime/errors/0", {}))
    assert error.pointer == f"{OPERATION}/errors/0"
    assert error.problem == "missing required key 'target' in shape reference"


def test_missing_member_of_a_list_and_members_of_an_enum() -> None:
    error = _problem(_broken("#Cities/member", DELETE))
    assert (error.pointer, error.problem) == (
        "/shapes/example.weather#Cities",
        "missing required key 'member' in list shape",
    )
    error = _problem(_broken("#Level/members", {}))
    assert error.pointer == "/shapes/example.weather#Level/members"
    assert "non-empty" in error.problem


@pytest.mark.parametrize(
    ("path", "value", "pointer", "problem"),
    [
        ("#City/members", [], f"{CITY}/members", "'members' must be an object, not an array"),
        ("#City/members/_name/target", 7, "/members/_name/target", "must be a string, not an"),
        ("#City/traits", "doc", f"{CITY}/traits", "'traits' must be an object, not a string"),
        ("#City/mixins", {}, f"{CITY}/mixins", "'mixins' must be an array, not an object"),
        ("#GetCurrentTime/input", "example.weather#Empty", f"{OPERATION}/input", "an object"),
        ("#Weather/version", 2006, "/shapes/example.weather#Weather/version", "a string"),
        ("smithy", 2.0, "/smithy", "'smithy' must be a string, not a number"),
        ("#City/type", 1, f"{CITY}/type", "'type' must be a string, not an integer"),
        ("shapes", [], "/shapes", "'shapes' must be an object, not an array"),
    ],
)
def test_wrong_json_type(path: str, value: Any, pointer: str, problem: str) -> None:
    error = _problem(_broken(path, value))
    assert error.pointer.endswith(pointer)
    assert problem in error.problem


@pytest.mark.parametrize(
    ("path", "value", "pointer", "problem"),
    [
        # A target without its namespace, naming a member, or with a space.
        (
            "#City/members/_name/target",
            "String",
            "/members/_name/target",
            "'String' is not a valid shape id",
        ),
        (
            "#Cities/member/target",
            "a.b#C$d",
            "/member/target",
            "'a.b#C$d' is not a valid shape id",
        ),
        ("#GetCurrentTime/input/target", "a b#C", "/input/target", "is not a valid shape id"),
        (
            "#Weather/rename/other.ns#City",
            "Other City",
            "/rename/other.ns#City",
            "is not a valid identifier",
        ),
    ],
)
def test_bad_shape_id_value(path: str, value: Any, pointer: str, problem: str) -> None:
    error = _problem(_broken(path, value))
    assert error.pointer.endswith(pointer)
    assert problem in error.problem
    assert "like 'smithy.api#String'" in error.problem or "like 'Widget'" in error.problem
    assert "namespace#Name" in error.hint or "letters, digits" in error.hint


def test_bad_shape_id_as_a_key() -> None:
    error = _problem(_broken("shapes/Widget", {"type": "string"}))
    assert error.pointer == "/shapes/Widget"
    assert error.problem == "invalid shape id 'Widget' under 'shapes'"
    assert "'namespace#Name'" in error.hint
    error = _problem(_broken("#Weather/traits/documentation", "x"))
    assert error.pointer == "/shapes/example.weather#Weather/traits/documentation"
    assert error.problem == "invalid shape id 'documentation' under 'traits'"
    error = _problem(_broken("#City/members/2d", STRING))
    assert error.pointer == f"{CITY}/members/2d"
    assert error.problem == "invalid member name '2d' under 'members'"


def test_a_member_id_only_for_apply() -> None:
    error = _problem(_broken("#City$extra", {"type": "string"}))
    assert error.pointer == "/shapes/example.weather#City$extra/type"
    assert error.problem == "'type' must be 'apply', not 'string'"
    assert "define members inside their shape" in error.hint


def test_unknown_shape_type() -> None:
    error = _problem(_broken("#City/type", "strucure"))
    assert error.pointer == f"{CITY}/type"
    assert error.problem.startswith("'strucure' is not one of the allowed values of 'type': ")
    assert error.hint == "did you mean 'structure'?"
    error = _problem(_broken("#City/type", DELETE))
    assert (error.pointer, error.problem) == (CITY, "missing required key 'type' in shape")


def test_misspelled_type_key() -> None:
    error = _problem(_broken("#Empty", {"tpye": "structure"}))
    assert error.pointer == "/shapes/example.weather#Empty"
    assert error.problem == "missing required key 'type' in shape"
    assert error.hint == "'tpye' is not a key of a shape: did you mean 'type'?"


def test_top_level_mistakes() -> None:
    error = _problem(_broken("smithy", "3.0"))
    assert error.pointer == "/smithy"
    assert error.problem.startswith("'3.0' is not one of the allowed values of 'smithy'")
    error = _problem(_broken("shape", {}))
    assert (error.pointer, error.problem) == ("", "unknown key 'shape' in Smithy model")
    assert error.hint.startswith("did you mean 'shapes'?")
    error = _problem({"shapes": {}})
    assert (error.pointer, error.problem) == ("", "missing required key 'smithy' in Smithy model")
    assert str(error).startswith("model.json#/: missing required key 'smithy'")


def test_broken_shape_fails_alike_in_a_whole_real_ast() -> None:
    # The hypothesis test below validates the broken shape alone: shapes are independent.
    ast = real_ast(REAL_ASTS[-1])
    shape_id = next(key for key, shape in ast["shapes"].items() if shape["type"] == "structure")
    broken = copy.deepcopy(ast["shapes"][shape_id])
    broken["mixins"] = {"target": "smithy.api#String"}
    whole = _problem({**ast, "shapes": {**ast["shapes"], shape_id: broken}})
    alone = _problem({"smithy": "2.0", "shapes": {shape_id: broken}})
    assert (whole.pointer, whole.problem, whole.hint) == (alone.pointer, alone.problem, alone.hint)
    assert whole.pointer == json_pointer("shapes", shape_id, "mixins")


# -- hypothesis: a real shape broken at a random place -------------------------------------


REFERENCE_LISTS = {"operations", "resources", "errors", "mixins", "collectionOperations"}
REFERENCES = {"input", "output", "create", "put", "read", "update", "delete", "list"}
MEMBERS = {"member", "key", "value"}
NAMED_REFERENCES = {"identifiers", "properties"}
STRUCTURAL_KEYS = (
    {"type", "traits", "members", "version", "rename", "target"}
    | REFERENCE_LISTS
    | REFERENCES
    | MEMBERS
    | NAMED_REFERENCES
)

Path_ = tuple[str | int, ...]


def places(shape: dict[str, Any]) -> tuple[list[Path_], list[Path_], list[Path_]]:
    """Inside one shape: (keys of closed objects, members and references, structural values)."""
    keys: list[Path_] = []
    targets: list[Path_] = []
    values: list[Path_] = []

    def closed(obj: dict[str, Any], at: Path_) -> None:
        keys.extend(at + (key,) for key in obj)
        values.extend(at + (key,) for key in obj)

    def reference(obj: dict[str, Any], at: Path_) -> None:
        closed(obj, at)
        targets.append(at)

    closed(shape, ())
    for key, value in shape.items():
        at: Path_ = (key,)
        if key == "members":
            for name, member in value.items():
                values.append(at + (name,))
                reference(member, at + (name,))
        elif key in MEMBERS or key in REFERENCES:
            reference(value, at)
        elif key in REFERENCE_LISTS:
            for index, item in enumerate(value):
                values.append(at + (index,))
                reference(item, at + (index,))
        elif key in NAMED_REFERENCES:
            for name, item in value.items():
                values.append(at + (name,))
                reference(item, at + (name,))
        elif key == "rename":
            values.extend(at + (name,) for name in value)
    return keys, targets, values


def _at(document: Any, path: Path_) -> Any:
    for part in path:
        document = document[part]
    return document


WRONG_VALUES: list[Any] = [None, True, 7, 2.5, "text", [], {}, [{"target": "a#B"}]]


def _json_type(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return repr(value)
    return {int: "number", float: "number", str: "string", list: "array", dict: "object"}[
        type(value)
    ]


def _typo(key: str, position: int, how: int) -> str:
    cut = position % len(key)
    if how == 0:
        return key[:cut] + key[cut + 1 :] or key + "x"  # a letter left out
    if how == 1:
        return key[:cut] + "x" + key[cut:]  # a letter added
    return key[:cut] + key[cut:].upper()  # the wrong case


@st.composite
def broken_shapes(draw: st.DrawFn) -> tuple[str, dict[str, Any], str, Path_, str]:
    """(shape id, the broken shape, the mistake, where it is in the shape, its new key)."""
    ast = real_ast(draw(st.sampled_from(REAL_ASTS)))
    shape_id = draw(st.sampled_from(sorted(ast["shapes"])))
    shape = copy.deepcopy(ast["shapes"][shape_id])
    keys, targets, values = places(shape)
    mistakes = ["rename", "wrong type"] + (["drop target"] if targets else [])
    mistake = draw(st.sampled_from(mistakes))
    if mistake == "rename":
        *parent, key = draw(st.sampled_from(keys))
        new = _typo(str(key), draw(st.integers(0, 30)), draw(st.integers(0, 2)))
        if new in STRUCTURAL_KEYS:
            new += "_"
        obj = _at(shape, tuple(parent))
        obj[new] = obj.pop(key)
        return shape_id, shape, mistake, tuple(parent), new
    if mistake == "drop target":
        where = draw(st.sampled_from(targets))
        del _at(shape, where)["target"]
        return shape_id, shape, mistake, where, ""
    *parent, key = where = draw(st.sampled_from(values))
    old = _at(shape, where)
    wrong = draw(st.sampled_from([v for v in WRONG_VALUES if _json_type(v) != _json_type(old)]))
    _at(shape, tuple(parent))[key] = copy.deepcopy(wrong)
    return shape_id, shape, mistake, where, ""


@settings(max_examples=100, deadline=None)
@given(broken_shapes())
def test_a_broken_real_shape_names_the_broken_place(
    case: tuple[str, dict[str, Any], str, Path_, str],
) -> None:
    shape_id, shape, mistake, where, new = case
    error = _problem({"smithy": "2.0", "shapes": {shape_id: shape}})
    assert error.pointer == json_pointer("shapes", shape_id, *where), (mistake, error)
    if mistake == "rename":
        # Either the key is unknown or, when it was required, it is missing and the
        # hint names the misspelt key.
        assert f"unknown key {new!r}" in error.problem or (
            "missing required key" in error.problem and repr(new) in error.hint
        ), error
    elif mistake == "drop target":
        assert error.problem.startswith("missing required key 'target'"), error
    else:
        assert " must be " in error.problem, error
