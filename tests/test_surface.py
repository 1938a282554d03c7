"""The Python-surface diff (generator/diff/surface.py, ``python -m generator surface-diff``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.loaders import load_model
from generator.emit.package import write_package
from generator.diff.surface import diff_surfaces, package_folder, public_surface

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = ROOT / "generated" / "partnercentral-selling"


def _model(
    name: str = "Name", *, nickname: bool = False, colors: tuple[str, ...] = ("RED", "GREEN")
) -> dict[str, Any]:
    """One operation whose input has an optional string member ``name`` and an enum."""
    members: dict[str, Any] = {name: {"shape": "Text"}, "Color": {"shape": "Color"}}
    if nickname:
        members["Nickname"] = {"shape": "Text"}
    return {
        "version": "2.0",
        "metadata": {
            "apiVersion": "2024-01-01",
            "endpointPrefix": "tiny",
            "jsonVersion": "1.0",
            "protocol": "json",
            "serviceFullName": "Tiny Service",
            "serviceId": "Tiny",
            "signatureVersion": "v4",
            "targetPrefix": "Tiny",
            "uid": "tiny-2024-01-01",
        },
        "operations": {
            "PutPerson": {
                "name": "PutPerson",
                "http": {"method": "POST", "requestUri": "/"},
                "input": {"shape": "PutPersonRequest"},
                "output": {"shape": "PutPersonResponse"},
            }
        },
        "shapes": {
            "PutPersonRequest": {"type": "structure", "members": members},
            "PutPersonResponse": {"type": "structure", "members": {"Id": {"shape": "Text"}}},
            "Text": {"type": "string"},
            "Color": {"type": "string", "enum": list(colors)},
        },
    }


def _generate(root: Path, model: dict[str, Any]) -> Path:
    (root / "model").mkdir(parents=True)
    (root / "model" / "service-2.json").write_text(json.dumps(model))
    return write_package(load_model(root / "model"), root / "out", "0.0.0")


@pytest.fixture(scope="module")
def trees(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("surface")
    return {
        "base": _generate(root / "base", _model()),
        "renamed": _generate(root / "renamed", _model("FullName")),
        "nickname": _generate(root / "nickname", _model(nickname=True)),
        "no_green": _generate(root / "no_green", _model(colors=("RED",))),
    }


def _events(old: Path, new: Path) -> list[tuple[str, str]]:
    surface_old = public_surface(package_folder(old))
    surface_new = public_surface(package_folder(new))
    return [(e.severity, e.id) for e in diff_surfaces(surface_old, surface_new)]


def test_a_renamed_member_breaks_the_attribute_and_both_signatures(
    trees: dict[str, Path],
) -> None:
    shapes = "tiny.shapes.PutPersonRequest"
    method = "tiny.client.TinyClient.put_person(...)"
    async_method = "tiny.aio_client.AsyncTinyClient.put_person(...)"
    assert _events(trees["base"], trees["renamed"]) == [
        ("ERROR", f"PythonNameRemoved.{shapes}.name"),
        ("ERROR", f"PythonParameterRemoved.{async_method}.name"),
        ("ERROR", f"PythonParameterRemoved.{method}.name"),
        ("ERROR", f"PythonParameterRemoved.{shapes}.__init__(...).name"),
        ("NOTE", f"PythonNameAdded.{shapes}.full_name"),
        ("NOTE", f"PythonParameterAdded.{async_method}.full_name"),
        ("NOTE", f"PythonParameterAdded.{method}.full_name"),
        ("NOTE", f"PythonParameterAdded.{shapes}.__init__(...).full_name"),
    ]
    old = public_surface(package_folder(trees["base"]))
    new = public_surface(package_folder(trees["renamed"]))
    messages = {e.id: e.message for e in diff_surfaces(old, new)}
    assert "renamed to `full_name`" in messages[f"PythonNameRemoved.{shapes}.name"]
    assert "renamed from `name`" in messages[f"PythonNameAdded.{shapes}.full_name"]
    assert "renamed from `name`" in messages[f"PythonParameterAdded.{method}.full_name"]


def test_a_tree_against_itself_gives_nothing(trees: dict[str, Path]) -> None:
    assert _events(trees["base"], trees["base"]) == []


def test_the_committed_package_against_itself(trees: dict[str, Path]) -> None:
    surface = public_surface(package_folder(COMMITTED))
    assert diff_surfaces(surface, surface) == []
    client = "partnercentral_selling.client.PartnerCentralSellingClient"
    methods = {
        item.name
        for item in surface.values()
        if item.parent == client and item.kind == "method" and not item.name.startswith("_")
    }
    paginators = {name for name in methods if name.startswith("paginate_")}
    # The workflows of the service's customization (workflows.json), and the waiters.
    workflows = {"modify_opportunity", "modify_customer_account", "sync_opportunities"}
    assert workflows <= methods
    waiters = {name for name in methods if name.startswith("wait_until_")}
    assert len(methods - paginators - workflows - waiters - {"close", "send"}) == 63
    assert len(paginators) == 20  # one per paginator of the model, beside its operation
    assert len(waiters) == 6  # the service's own task waiters (the model has none)
    assert "get_opportunity" in methods
    assert surface[f"{client}.config(...)"].kind == "property"
    city = surface["partnercentral_selling.shapes.Address.city"]
    assert (city.kind, city.annotation) == ("attribute", "str | None")
    assert surface["partnercentral_selling.enums.Stage.PROSPECT"].kind == "enum_member"
    assert not any("._operations" in key or "._emulator" in key for key in surface)


def test_an_added_optional_member_is_only_notes(trees: dict[str, Path]) -> None:
    events = _events(trees["base"], trees["nickname"])
    assert events and {severity for severity, _ in events} == {"NOTE"}
    assert ("NOTE", "PythonNameAdded.tiny.shapes.PutPersonRequest.nickname") in events


def test_a_removed_enum_value_is_an_error(trees: dict[str, Path]) -> None:
    assert _events(trees["base"], trees["no_green"]) == [
        ("ERROR", "PythonNameRemoved.tiny.enums.Color.GREEN")
    ]


def _package(root: Path, source: str) -> Path:
    package = root / "pkg"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "api.py").write_text(source)
    (package / "_private.py").write_text("def hidden() -> None: ...\n")
    return package


def test_signature_rules(tmp_path: Path) -> None:
    old = _package(
        tmp_path / "old",
        "class Base: ...\n"
        "class Other: ...\n"
        "class Thing(Base):\n"
        "    size: int\n"
        "    def run(self, a: int, b: str = '', *, c: int = 0) -> str: ...\n"
        "    def stop(self, x: int) -> str: ...\n"
        "def helper(a: int) -> None: ...\n"
        "def _private() -> None: ...\n",
    )
    new = _package(
        tmp_path / "new",
        "class Base: ...\n"
        "class Other: ...\n"
        "class Thing(Other):\n"
        "    size: int | None\n"
        "    def run(self, a: int, *, b: str = '', c: int, d: int = 1) -> str | None: ...\n"
        "    def stop(self, x: float, y: int) -> str: ...\n"
        "def helper(a: int, *args: int) -> None: ...\n",
    )
    thing = "pkg.api.Thing"
    assert _events(old, new) == [
        ("ERROR", f"PythonParameterAdded.{thing}.stop(...).y"),
        ("ERROR", f"PythonParameterDefaultRemoved.{thing}.run(...).c"),
        ("ERROR", f"PythonParameterKindChanged.{thing}.run(...).b"),
        ("DANGER", f"PythonAnnotationChanged.{thing}.size"),
        ("DANGER", f"PythonReturnChanged.{thing}.run(...)"),
        ("WARNING", f"PythonBasesChanged.{thing}"),
        ("WARNING", f"PythonParameterAnnotationChanged.{thing}.stop(...).x"),
        ("NOTE", f"PythonParameterAdded.{thing}.run(...).d"),
        ("NOTE", "PythonParameterAdded.pkg.api.helper(...).args"),
    ]


def test_removed_class_and_export_are_errors(tmp_path: Path) -> None:
    old = _package(tmp_path / "old", "__all__ = ['A', 'B']\nclass A:\n    x: int\nclass B: ...\n")
    new = _package(tmp_path / "new", "__all__ = ['B']\nclass B: ...\n")
    assert _events(old, new) == [
        ("ERROR", "PythonExportRemoved.pkg.api.__all__.A"),
        ("ERROR", "PythonNameRemoved.pkg.api.A"),
    ]


def test_cli_surface_diff(trees: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    base, renamed = trees["base"], trees["renamed"]
    assert main(["surface-diff", str(base), str(base)]) == 0
    assert "0 ERROR" in capsys.readouterr().out
    code = main(["surface-diff", str(base), str(package_folder(renamed)), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 1
    assert report["summary"] == {"ERROR": 4, "DANGER": 0, "WARNING": 0, "NOTE": 4}
    assert main(["surface-diff", str(base), str(renamed), "--fail-on", "error"]) == 1
    capsys.readouterr()
    assert main(["surface-diff", str(base), str(trees["nickname"]), "--fail-on", "warning"]) == 0
    capsys.readouterr()
    assert main(["surface-diff", str(base), str(renamed), "--format", "github"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 8 and lines[0].startswith("::error title=PythonNameRemoved.")
    assert main(["surface-diff", str(base), str(renamed), "--format", "markdown"]) == 1
    assert "### ERROR (4)" in capsys.readouterr().out


def test_cli_unreadable_tree(
    trees: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["surface-diff", str(tmp_path / "missing"), str(trees["base"])]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ")
    broken = _package(tmp_path / "broken", "def oops(:\n")
    assert main(["surface-diff", str(trees["base"]), str(broken)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "api.py" in err[0]


def test_a_renamed_enum_constant_is_an_error_named_as_a_rename(tmp_path: Path) -> None:
    enum = "from enum import Enum as _OpenEnum\nclass Color(_OpenEnum):\n"
    old = _package(tmp_path / "old", enum + "    RED_1 = 'Red1'\n    BLUE = 'Blue'\n")
    new = _package(tmp_path / "new", enum + "    RED1 = 'Red1'\n    BLUE = 'Blue'\n")
    events = diff_surfaces(public_surface(old), public_surface(new))
    assert [(e.severity, e.id) for e in events] == [
        ("ERROR", "PythonNameRemoved.pkg.api.Color.RED_1"),
        ("NOTE", "PythonNameAdded.pkg.api.Color.RED1"),
    ]
    assert events[0].message == "enum member `pkg.api.Color.RED_1` removed; renamed to `RED1`"
    assert events[0].location.as_dict() == {
        "operation": None,
        "shape": "Color",
        "member": "RED_1",
        "detail": None,
    }
