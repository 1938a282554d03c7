"""Bad models give one clear error (file, JSON pointer, what to do) and write nothing.

The cases break the pinned model cut to GetOpportunity (the shapes and waiter they break):
finding a bad value needs no more of it, and loading it costs a third of the whole model.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.loaders import load_model
from tests.packages import cut_model

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "partnercentral-selling" / "2022-07-26"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The pinned model cut to GetOpportunity, which every case breaks something of."""
    folder = tmp_path_factory.mktemp("bad-models") / "2022-07-26"
    cut_model(MODEL, folder, ["GetOpportunity"])
    return folder


def _model(base: Path) -> dict[str, Any]:
    return json.loads((base / "service-2.json").read_text())


def _set_type(model: dict[str, Any]) -> None:
    model["shapes"]["Stage"]["type"] = "strng"


def _dangle(model: dict[str, Any]) -> None:
    model["shapes"]["GetOpportunityRequest"]["members"]["Catalog"]["shape"] = "NoSuchShape"


def _drop_member_shape(model: dict[str, Any]) -> None:
    del model["shapes"]["GetOpportunityRequest"]["members"]["Catalog"]["shape"]


def _bad_member_name(model: dict[str, Any]) -> None:
    members = model["shapes"]["GetOpportunityRequest"]["members"]
    members["Not-An-Identifier"] = members.pop("Catalog")


def _bad_shape_name(model: dict[str, Any]) -> None:
    shapes = model["shapes"]
    shapes["9Lives"] = {"type": "string"}
    shapes["GetOpportunityRequest"]["members"]["Catalog"]["shape"] = "9Lives"


def _rest_json(model: dict[str, Any]) -> None:
    model["metadata"]["protocol"] = "rest-json"
    model["metadata"]["protocols"] = ["rest-json"]


def _unsupported_trait(model: dict[str, Any]) -> None:
    model["shapes"]["GetOpportunityRequest"]["members"]["Catalog"]["location"] = "header"


def _required_not_member(model: dict[str, Any]) -> None:
    model["shapes"]["GetOpportunityRequest"]["required"].append("Missing")


CASES: dict[str, tuple[Callable[[dict[str, Any]], None], str, str]] = {
    # name: (mutation, expected JSON pointer, expected words in the message)
    "unknown shape type": (_set_type, "/shapes/Stage/type", "strng"),
    "dangling reference": (
        _dangle,
        "/shapes/GetOpportunityRequest/members/Catalog/shape",
        "undefined shape 'NoSuchShape'",
    ),
    "schema violation": (
        _drop_member_shape,
        "/shapes/GetOpportunityRequest/members/Catalog",
        "missing required key 'shape'",
    ),
    "member name not an identifier": (
        _bad_member_name,
        "/shapes/GetOpportunityRequest/members",
        "Not-An-Identifier",
    ),
    "shape name not an identifier": (_bad_shape_name, "/shapes", "9Lives"),
    "unsupported protocol": (_rest_json, "/metadata/protocols", "rest-json"),
    "unsupported member location": (
        _unsupported_trait,
        "/shapes/GetOpportunityRequest/members/Catalog/location",
        "header",
    ),
    "required names no member": (
        _required_not_member,
        "/shapes/GetOpportunityRequest/required",
        "'Missing'",
    ),
}


def _write_model(base: Path, folder: Path, model: dict[str, Any] | str) -> Path:
    shutil.copytree(base, folder)
    text = model if isinstance(model, str) else json.dumps(model, indent=1)
    (folder / "service-2.json").write_text(text)
    return folder


def _generate_fails(model_dir: Path, out: Path, capsys: pytest.CaptureFixture[str]) -> str:
    status = main(["generate", "--model", str(model_dir), "--out", str(out)])
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1, f"expected one error line, got:\n{err}"
    assert "Traceback" not in err
    return err


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_model_gives_one_clear_error_and_writes_nothing(
    name: str, base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mutate, pointer, words = CASES[name]
    model = _model(base)
    mutate(model)
    model_dir = _write_model(base, tmp_path / "model", model)
    out = tmp_path / "out"
    err = _generate_fails(model_dir, out, capsys)
    assert f"{model_dir / 'service-2.json'}#{pointer}" in err
    assert words in err
    assert not out.exists() or not any(out.iterdir())


def test_invalid_json_names_line_and_column(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (MODEL / "service-2.json").read_text()
    model_dir = _write_model(base, tmp_path / "model", text[:1000] + "}}" + text[1000:])
    err = _generate_fails(model_dir, tmp_path / "out", capsys)
    assert str(model_dir / "service-2.json") in err
    assert "invalid JSON at line" in err


def test_failed_generation_keeps_the_previous_tree(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    package = out / "partnercentral-selling"
    (package / "src").mkdir(parents=True)
    (package / "src" / "marker.txt").write_text("previous generation")
    model = _model(base)
    _dangle(model)
    _generate_fails(_write_model(base, tmp_path / "model", model), out, capsys)
    assert (package / "src" / "marker.txt").read_text() == "previous generation"
    assert sorted(p.name for p in out.iterdir()) == ["partnercentral-selling"]


def test_missing_model_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = _generate_fails(tmp_path / "nowhere", tmp_path / "out", capsys)
    assert "service-2.json" in err


def _waiters() -> dict[str, Any]:
    """A valid waiters-2.json for the pinned model (which has none), for the cases to break."""
    acceptors = [
        {
            "matcher": "path",
            "argument": "LifeCycle.Stage",
            "state": "success",
            "expected": "Launched",
        },
        {"matcher": "error", "state": "retry", "expected": "ResourceNotFoundException"},
    ]
    waiter = {"operation": "GetOpportunity", "delay": 5, "maxAttempts": 10, "acceptors": acceptors}
    return {"version": 2, "waiters": {"OpportunityWon": waiter}}


def _acceptor(waiters: dict[str, Any]) -> dict[str, Any]:
    first: dict[str, Any] = waiters["waiters"]["OpportunityWon"]["acceptors"][0]
    return first


WAITER = "/waiters/OpportunityWon"
WAITER_CASES: dict[str, tuple[Callable[[dict[str, Any]], None], str, str]] = {
    # name: (mutation, expected JSON pointer, expected words in the message)
    "unknown operation": (
        lambda w: w["waiters"]["OpportunityWon"].update(operation="GetOpportunities"),
        f"{WAITER}/operation",
        "unknown operation 'GetOpportunities'",
    ),
    "unknown matcher": (
        lambda w: _acceptor(w).update(matcher="pathEvery"),
        f"{WAITER}/acceptors/0/matcher",
        "'pathEvery' is not one of the allowed values",
    ),
    "unknown state": (
        lambda w: _acceptor(w).update(state="sucess"),
        f"{WAITER}/acceptors/0/state",
        "did you mean 'success'?",
    ),
    "zero delay": (
        lambda w: w["waiters"]["OpportunityWon"].update(delay=0),
        f"{WAITER}/delay",
        "positive whole number",
    ),
    "zero max attempts": (
        lambda w: w["waiters"]["OpportunityWon"].update(maxAttempts=0),
        f"{WAITER}/maxAttempts",
        "positive whole number",
    ),
    "path matcher without argument": (
        lambda w: _acceptor(w).pop("argument"),
        f"{WAITER}/acceptors/0",
        "missing required key 'argument'",
    ),
    "JMESPath syntax error": (
        lambda w: _acceptor(w).update(argument="LifeCycle.[Stage"),
        f"{WAITER}/acceptors/0/argument",
        "'LifeCycle.[Stage' is invalid",
    ),
    "JMESPath unknown function": (
        lambda w: _acceptor(w).update(argument="lenght(LifeCycle.NextSteps) > `0`"),
        f"{WAITER}/acceptors/0/argument",
        "unknown function lenght()",
    ),
    # The expression compiles but can never match the output: checked against the shapes.
    "member not in the output": (
        lambda w: _acceptor(w).update(argument="LifeCycle.Stag"),
        f"{WAITER}/acceptors/0",
        "'LifeCycle' has no member 'Stag' (did you mean 'Stage'?)",
    ),
    "value not in the enum": (
        lambda w: _acceptor(w).update(expected="Won"),
        f"{WAITER}/acceptors/0",
        "'Won' is not a value of the enum 'Stage'",
    ),
    "value of the wrong type": (
        lambda w: _acceptor(w).update(argument="LifeCycle.NextSteps", expected=True),
        f"{WAITER}/acceptors/0",
        "yields the string shape 'LifeCycleNextStepsString', which never equals True",
    ),
    "path matcher on a list": (
        lambda w: _acceptor(w).update(argument="LifeCycle.NextStepsHistory[].Value"),
        f"{WAITER}/acceptors/0",
        "yields a list, which never equals 'Launched' (use the pathAll or pathAny matcher",
    ),
    "pathAll matcher on one value": (
        lambda w: _acceptor(w).update(matcher="pathAll"),
        f"{WAITER}/acceptors/0",
        "'LifeCycle.Stage' yields the enum shape 'Stage', not a list, so pathAll never matches",
    ),
    "field of a list": (
        lambda w: _acceptor(w).update(argument="LifeCycle.NextStepsHistory.Value"),
        f"{WAITER}/acceptors/0",
        "'Value' is taken of the list shape 'LifeCycleNextStepsHistoryList', which has no fields",
    ),
    "filter literal not in the enum": (
        lambda w: _acceptor(w).update(
            matcher="path",
            argument="length(PrimaryNeedsFromAws[?@ == 'Money']) > `0`",
            expected=True,
        ),
        f"{WAITER}/acceptors/0",
        "'Money' is not a value of the enum 'PrimaryNeedFromAws'",
    ),
}


@pytest.mark.parametrize("name", sorted(WAITER_CASES))
def test_bad_waiter_gives_one_clear_error_and_writes_nothing(
    name: str, base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mutate, pointer, words = WAITER_CASES[name]
    waiters = _waiters()
    mutate(waiters)
    model_dir = _write_model(base, tmp_path / "model", _model(base))
    (model_dir / "waiters-2.json").write_text(json.dumps(waiters, indent=1))
    out = tmp_path / "out"
    err = _generate_fails(model_dir, out, capsys)
    assert f"{model_dir / 'waiters-2.json'}#{pointer}: " in err
    assert words in err
    assert err.rstrip().endswith(")"), f"no hint saying what to do: {err}"
    assert not out.exists() or not any(out.iterdir())


def test_the_valid_waiter_those_cases_break_loads(base: Path, tmp_path: Path) -> None:
    model_dir = _write_model(base, tmp_path / "model", _model(base))
    (model_dir / "waiters-2.json").write_text(json.dumps(_waiters()))
    waiter = load_model(model_dir).waiters["OpportunityWon"]
    assert (waiter.method_name, waiter.operation) == (
        "wait_until_opportunity_won",
        "GetOpportunity",
    )


def test_an_input_member_named_like_a_waiter_option_is_refused(
    base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = _model(base)
    members = model["shapes"]["GetOpportunityRequest"]["members"]
    members["MaxWait"] = dict(members["Catalog"])
    model_dir = _write_model(base, tmp_path / "model", model)
    (model_dir / "waiters-2.json").write_text(json.dumps(_waiters()))
    err = _generate_fails(model_dir, tmp_path / "out", capsys)
    assert f"{model_dir / 'waiters-2.json'}#{WAITER}: " in err
    assert "input member 'MaxWait' of GetOpportunity takes the name of the waiter option" in err
