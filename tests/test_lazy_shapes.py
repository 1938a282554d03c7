"""The generated ``shapes`` and ``enums`` load lazily, and a call loads only what it needs.

Both are packages whose ``__init__`` is an index (``generator/emit/layout.py`` says how
shapes are split into private modules, the protocol emitter where their codecs go). A
user still imports every name from ``shapes`` and ``enums``, ``dir()`` and ``__all__``
list them, classes keep their public ``__module__`` (so pickles name the public home),
and type checkers see every name. A fresh process that imports the package and builds a
client loads no shape, enum or codec module; its first ``get_opportunity`` loads the
modules of the clusters whose users include GetOpportunity, exactly.
"""

from __future__ import annotations

import copy
import importlib
import json
import os
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

from generator.emit.layout import ERRORS_USER, PLAIN_CODECS, Layout
from generator.emit.protocols.awsjson import PACKAGE as CODECS
from generator.emit.views import PythonView
from generator.loaders import load_model
from generator.model.ir import Service
from tests.localserver import JSON_CONTENT_TYPE, LocalAwsServer, RecordedRequest
from tests.populate import populate, to_wire_json
from tests.test_typing import run_mypy

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "partnercentral-selling" / "2022-07-26"
SRC = ROOT / "generated" / "partnercentral-selling" / "src"
PACKAGE = "partnercentral_selling"


@pytest.fixture(scope="module")
def service() -> Service:
    return load_model(MODEL)


@pytest.fixture(scope="module")
def layout(service: Service) -> Layout:
    return Layout(service)


def _package(name: str) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}.{name}")


def test_every_shape_and_enum_is_importable_from_its_package_and_lives_there(
    service: Service,
) -> None:
    expected = {
        "shapes": PythonView(service).shape_exports(),
        "enums": [shape.python_name for shape in service.enums],
    }
    for name, exports in expected.items():
        package = _package(name)
        assert package.__all__ == exports
        assert set(exports) <= set(dir(package))
        for export in exports:
            value = getattr(package, export)
            assert (value.__module__, value.__qualname__) == (package.__name__, export)
            namespace: dict[str, object] = {}
            exec(f"from {package.__name__} import {export}", namespace)
            assert namespace[export] is value
        with pytest.raises(AttributeError, match=f"has no attribute 'Nothing'"):
            getattr(package, "Nothing")
        with pytest.raises(ImportError):
            exec(f"from {package.__name__} import Nothing", {})


def test_a_star_import_gives_every_name() -> None:
    namespace: dict[str, object] = {}
    exec(f"from {PACKAGE}.shapes import *", namespace)
    assert set(namespace) - {"__builtins__"} == set(_package("shapes").__all__)


def test_pickle_copy_repr_and_equality_use_the_public_home() -> None:
    shapes, enums = _package("shapes"), _package("enums")
    life_cycle = shapes.LifeCycle(stage=enums.Stage.PROSPECT, next_steps="call")
    assert repr(shapes.LifeCycle) == f"<class '{PACKAGE}.shapes.LifeCycle'>"
    pickled = pickle.dumps(life_cycle)
    assert f"{PACKAGE}.shapes".encode() in pickled and b"_life_cycle" not in pickled
    for clone in (pickle.loads(pickled), copy.deepcopy(life_cycle)):
        assert clone == life_cycle and clone is not life_cycle
    assert pickle.loads(pickle.dumps(enums.Stage.PROSPECT)) is enums.Stage.PROSPECT
    assert repr(life_cycle) == "LifeCycle(stage=<Stage.PROSPECT: 'Prospect'>, next_steps=***)"


def test_to_dict_and_from_dict_reach_the_codecs() -> None:
    shapes = _package("shapes")
    value = {"Stage": "Prospect", "NextStepsHistory": [{"Value": "v", "Time": 0}]}
    life_cycle = shapes.LifeCycle.from_dict(value)
    assert life_cycle.next_steps_history[0].value_ == "v"
    assert life_cycle.to_dict()["NextStepsHistory"][0]["Value"] == "v"
    variant = shapes.ReceiverAccount(shapes.AccountReceiver(aws_account_id="123456789012"))
    assert variant.to_dict() == {"Account": {"AwsAccountId": "123456789012"}}
    assert shapes.Receiver.from_dict(variant.to_dict()) == variant


def test_a_union_base_has_no_encoding_of_its_own() -> None:
    shapes = _package("shapes")
    with pytest.raises(TypeError, match="binds no _encode to Receiver"):
        shapes.Receiver("value").to_dict()


def test_a_shape_module_holds_the_shapes_of_the_same_operations(layout: Layout) -> None:
    users = layout._users()
    for cluster in layout.clusters:
        for shape in (*cluster.classes, *cluster.enums):
            assert users.get(shape.name, frozenset()) == frozenset(cluster.users), shape.name
    assert len({cluster.users for cluster in layout.clusters}) == len(layout.clusters)
    get = next(c for c in layout.clusters if c.name == "_get_opportunity")
    assert [s.name for s in get.classes] == ["GetOpportunityRequest", "GetOpportunityResponse"]


def _call_in_a_fresh_process(server_url: str) -> dict[str, list[str]]:
    """The modules a new process loaded at import, after construction, after a call."""
    code = textwrap.dedent(f"""\
        import json, sys
        sys.path.insert(0, {str(SRC)!r})

        def loaded():
            return sorted(sys.modules)

        from {PACKAGE} import Credentials, PartnerCentralSellingClient
        stages = {{"import": loaded()}}
        client = PartnerCentralSellingClient(
            region="us-east-1", endpoint_url={server_url!r}, credentials=Credentials("AK", "SK")
        )
        stages["construct"] = loaded()
        assert client.get_opportunity(catalog="AWS", identifier="O1").id == "O1"
        stages["call"] = loaded()
        print(json.dumps(stages))
        """)
    env = {**os.environ, "AWS_CONFIG_FILE": os.devnull, "AWS_EC2_METADATA_DISABLED": "true"}
    result = subprocess.run(
        [sys.executable, "-I", "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_a_call_loads_the_modules_of_its_own_clusters_only(layout: Layout) -> None:
    raw_shapes = json.loads((MODEL / "service-2.json").read_text())["shapes"]
    value = populate(raw_shapes, "GetOpportunityResponse")
    value["Id"] = "O1"
    body = json.dumps(to_wire_json(raw_shapes, "GetOpportunityResponse", value)).encode()

    def handler(request: RecordedRequest) -> tuple[int, dict[str, str], bytes]:
        return 200, {"Content-Type": JSON_CONTENT_TYPE}, body

    with LocalAwsServer(handler) as server:
        stages = _call_in_a_fresh_process(server.url)

    def lazy(modules: list[str]) -> set[str]:
        prefixes = (f"{PACKAGE}.shapes.", f"{PACKAGE}.enums.", f"{PACKAGE}.{CODECS}")
        return {m for m in modules if m.startswith(prefixes)}

    assert lazy(stages["import"]) == lazy(stages["construct"]) == set()
    # Construction loaded what every call needs (transport, signer, codec helpers): the
    # call adds its operation's modules (and the enums' base) and no other.
    added = set(stages["call"]) - set(stages["construct"])
    enum_base = {f"{PACKAGE}.enums", "typed_aws_runtime.model.open_enum"}
    assert added - enum_base == lazy(stages["call"])
    assert {f"{PACKAGE}.shapes", f"{PACKAGE}.errors"} <= set(stages["import"])
    mine = [c for c in layout.clusters if "GetOpportunity" in c.users]
    expected = {f"{PACKAGE}.shapes.{c.name}" for c in mine if c.classes}
    expected |= {f"{PACKAGE}.{CODECS}.shapes.{c.name}" for c in mine if c.classes}
    expected |= {
        f"{PACKAGE}.{CODECS}",
        f"{PACKAGE}.{CODECS}.shapes",
        f"{PACKAGE}.{CODECS}.{PLAIN_CODECS}",
    }
    loaded = lazy(stages["call"])
    enums = {m for m in loaded if m.startswith(f"{PACKAGE}.enums.")}
    assert loaded - enums == expected
    assert enums and enums <= {f"{PACKAGE}.enums.{c.name}" for c in mine if c.enums}
    assert len(expected) < len(layout.clusters)  # so "only its own" means something


def test_errors_load_their_codecs_on_first_decode(layout: Layout) -> None:
    code = textwrap.dedent(f"""\
        import sys
        sys.path.insert(0, {str(SRC)!r})
        from {PACKAGE}.errors import ValidationException

        before = {{m for m in sys.modules if m.startswith("{PACKAGE}.")}}
        error = ValidationException._from_response(
            "bad", {{"Reason": "REQUEST_VALIDATION_FAILED", "ErrorList": [{{"Message": "m", "Code": "x"}}]}}
        )
        print(sorted({{m for m in sys.modules if m.startswith("{PACKAGE}.")}} - before))
        print(error.to_dict()["ErrorList"][0]["Message"], repr(error.reason))
        """)
    result = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    loaded, decoded = result.stdout.splitlines()
    errors_only = [c.name for c in layout.clusters if c.users == (ERRORS_USER,) and c.classes]
    assert errors_only
    for name in errors_only:
        assert f"{PACKAGE}.{CODECS}.shapes.{name}" in loaded
    assert f"{PACKAGE}.shapes._get_opportunity" not in loaded
    assert (
        decoded
        == "m <ValidationExceptionReason.REQUEST_VALIDATION_FAILED: 'REQUEST_VALIDATION_FAILED'>"
    )


def test_type_checkers_see_every_name_and_no_other(tmp_path: Path) -> None:
    program = tmp_path / "names.py"
    program.write_text(textwrap.dedent(f"""\
        from {PACKAGE} import shapes
        from {PACKAGE}.enums import Stage
        from {PACKAGE}.shapes import LifeCycle, ReceiverAccount

        reveal_type(LifeCycle(stage=Stage.PROSPECT).stage)
        reveal_type(shapes.GetOpportunityResponse)
        reveal_type(ReceiverAccount)
        shapes.NoSuchShape
        from {PACKAGE}.enums import NoSuchEnum
        """))
    (tmp_path / "mypy.ini").write_text(f"[mypy]\nmypy_path = {SRC}\n")
    run = run_mypy(tmp_path, program)
    errors = [(d.line, d.code) for d in run.diagnostics if d.severity == "error"]
    assert errors == [(8, "attr-defined"), (9, "attr-defined")], run.stdout
    notes = [d.message for d in run.diagnostics if d.severity == "note"]
    # The declared `Stage | str | None`: mypy shows it folded (a Stage is a str), and an
    # unresolved Stage would show as Any.
    assert notes[0] == 'Revealed type is "str | None"', notes[0]
    assert ".shapes._get_opportunity.GetOpportunityResponse" in notes[1]
    assert "ReceiverAccount" in notes[2]


def _two_operation_model() -> dict[str, object]:
    """GetThing and PutThing share the structure ``GetThing`` (so two clusters want that name)."""
    metadata = {
        "apiVersion": "2024-01-01",
        "endpointPrefix": "things",
        "jsonVersion": "1.0",
        "protocol": "json",
        "serviceFullName": "Things",
        "serviceId": "Things",
        "signatureVersion": "v4",
        "targetPrefix": "Things",
        "uid": "things-2024-01-01",
    }

    def operation(name: str, output: bool) -> dict[str, object]:
        entry: dict[str, object] = {"name": name, "input": {"shape": f"{name}Input"}}
        return entry | ({"output": {"shape": f"{name}Output"}} if output else {})

    return {
        "version": "2.0",
        "metadata": metadata,
        "operations": {
            "GetThing": operation("GetThing", True),
            "PutThing": operation("PutThing", False),
        },
        "shapes": {
            "GetThingInput": {
                "type": "structure",
                "members": {"Thing": {"shape": "GetThing"}, "Tags": {"shape": "Tags"}},
            },
            "GetThingOutput": {"type": "structure", "members": {"Things": {"shape": "ThingList"}}},
            "PutThingInput": {"type": "structure", "members": {"Thing": {"shape": "GetThing"}}},
            "GetThing": {"type": "structure", "members": {"Color": {"shape": "Color"}}},
            "ThingList": {"type": "list", "member": {"shape": "GetThing"}},
            "Tags": {"type": "list", "member": {"shape": "Text"}},
            "Color": {"type": "string", "enum": ["RED"]},
            "Text": {"type": "string"},
        },
    }


def test_clusters_are_named_numbered_and_hold_their_lists(tmp_path: Path) -> None:
    (tmp_path / "service-2.json").write_text(json.dumps(_two_operation_model()))
    layout = Layout(load_model(tmp_path))
    clusters = {
        c.name: (
            c.users,
            [s.name for s in c.classes],
            [s.name for s in c.enums],
            [s.name for s in c.collections],
        )
        for c in layout.clusters
    }
    assert clusters == {
        # Named after its entry shape, GetThing, then numbered: the GetThing call's own
        # cluster wants the same name and comes second by its shapes' names.
        "_get_thing": (("GetThing", "PutThing"), ["GetThing"], ["Color"], ["ThingList"]),
        "_get_thing_2": (("GetThing",), ["GetThingInput", "GetThingOutput"], [], []),
        "_put_thing": (("PutThing",), ["PutThingInput"], [], []),
    }
    assert [s.name for s in layout.plain_collections] == ["Tags"]
    assert layout.codec_module_of["Tags"] == PLAIN_CODECS
    assert layout.codec_module_of["ThingList"] == "_get_thing"


def test_an_operation_reads_its_classes_from_shapes_on_first_use() -> None:
    from runtime.pipeline.operation import OperationSpec

    class Shapes:
        reads: list[str] = []

        def __getattr__(self, name: str) -> type:
            self.reads.append(name)
            return type(name, (), {})

    shapes = Shapes()
    spec: OperationSpec[object] = OperationSpec(name="Get", input="In", output=None, shapes=shapes)
    assert shapes.reads == [] and spec.output is None
    first = spec.input
    assert first.__name__ == "In" and spec.input is first and shapes.reads == ["In"]
    with pytest.raises(AttributeError, match="has no attribute 'inputs'"):
        getattr(spec, "inputs")
    with pytest.raises(ValueError, match="Get: give the shapes module"):
        OperationSpec(name="Get", input="In", output=None)
