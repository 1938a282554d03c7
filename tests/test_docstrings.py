"""Every public thing of the generated package has a docstring that helps (issue 7).

The committed package is imported and walked by introspection; what each
operation's docstring must mention (arguments, result, modeled errors) comes
from the model itself, loaded with the generator's loader. A hostile model
checks that documentation text stays docstring text, exactly as written.
"""

from __future__ import annotations

import ast
import builtins
import importlib
import inspect
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.docs.markdown import html_to_markdown
from generator.model.ir import Operation, Service
from generator.loaders import load_model
from generator.emit.package import write_package
from generator.emit.views import PythonView

ROOT = Path(__file__).resolve().parent.parent
MODEL_DIR = ROOT / "models" / "partnercentral-selling" / "2022-07-26"
PACKAGE_DIR = ROOT / "generated" / "partnercentral-selling" / "src" / "partnercentral_selling"
LINE_LENGTH = 99
SECTION = re.compile(r"^(Args|Attributes|Returns|Raises|Example):$")
ENTRY = re.compile(r"^    ([A-Za-z_][A-Za-z0-9_]*): ")


@pytest.fixture(scope="module")
def service() -> Service:
    return load_model(MODEL_DIR)


@pytest.fixture(scope="module")
def package() -> ModuleType:
    return importlib.import_module("partnercentral_selling")


def _module(name: str) -> ModuleType:
    return importlib.import_module(f"partnercentral_selling.{name}")


def _clients(package: ModuleType) -> list[type]:
    return [package.PartnerCentralSellingClient, package.AsyncPartnerCentralSellingClient]


def _sections(doc: str) -> dict[str, list[str]]:
    """A Google-style docstring's sections: title -> its lines ("" holds the text before)."""
    sections: dict[str, list[str]] = {"": []}
    current = ""
    for line in inspect.cleandoc(doc).splitlines():
        match = SECTION.match(line)
        if match:
            current = match.group(1)
            sections[current] = []
        else:
            sections[current].append(line)
    return {title: "\n".join(lines).strip("\n").splitlines() for title, lines in sections.items()}


def _entries(lines: list[str]) -> list[str]:
    """The names a section's ``name: text`` entries document, in order."""
    return [match.group(1) for line in lines if (match := ENTRY.match(line))]


def _defined_classes(module: ModuleType) -> list[type]:
    """The classes whose home is ``module``, those it loads on first read (``dir()``) included."""
    values = [getattr(module, name) for name in dir(module)]
    return [
        value
        for value in values
        if isinstance(value, type) and value.__module__ == module.__name__
    ]


def test_every_operation_and_paginator_method_has_a_docstring(
    package: ModuleType, service: Service
) -> None:
    for client in _clients(package):
        public = [
            name for name, value in vars(client).items() if callable(value) and name[0] != "_"
        ]
        assert {op.method_name for op in service.operations} <= set(public)
        assert any(name.startswith("paginate_") for name in public)
        for name in public:
            assert inspect.getdoc(getattr(client, name)), f"{client.__name__}.{name}"
        assert inspect.getdoc(client)


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
def test_operation_docstrings_have_args_returns_raises_and_example(
    package: ModuleType, service: Service, asynchronous: bool
) -> None:
    client = _clients(package)[asynchronous]
    errors = _module("errors")
    for operation in service.operations:
        method = getattr(client, operation.method_name)
        where = f"{client.__name__}.{operation.method_name}"
        sections = _sections(method.__doc__)
        assert sections[""][0], where
        parameters = [name for name in inspect.signature(method).parameters if name != "self"]
        assert _entries(sections.get("Args", [])) == parameters, where
        if operation.output:
            returned = service.shapes[operation.output].python_name
            assert sections["Returns"] == [f"    {returned}"], where
        raised = _entries(sections["Raises"])
        modeled = [service.shapes[name].python_name for name in operation.errors]
        assert raised[: len(modeled)] == modeled, where
        assert "ParamValidationError" in raised and "TransportError" in raised, where
        for name in raised:
            assert issubclass(getattr(errors, name), Exception), where
        _check_example(sections["Example"], operation, method, asynchronous)


def _check_example(
    lines: list[str], operation: Operation, method: Any, asynchronous: bool
) -> None:
    """The example is one call of the method with its required arguments, in real names
    (after the read that gives an update's concurrency token, for a workflow's update)."""
    assert lines[0] == "```python" and lines[-1] == "```", operation.name
    tree = ast.parse("async def _():\n" + "\n".join("    " + line for line in lines[1:-1]))
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "client"
    ]
    called = [call.func.attr for call in calls]  # type: ignore[attr-defined]
    assert called[-1:] == [operation.method_name] and len(called) <= 2, called
    if len(called) == 2:
        assert called[0].startswith("get_") and "current." in "\n".join(lines), called
    calls = calls[-1:]
    required = [
        name
        for name, parameter in inspect.signature(method).parameters.items()
        if parameter.default is inspect.Parameter.empty and name != "self"
    ]
    assert [keyword.arg for keyword in calls[0].keywords] == required, operation.name
    assert any(isinstance(node, ast.Await) for node in ast.walk(tree)) == asynchronous
    shapes = _module("shapes")
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id not in (
            "client",
            "response",
            "current",
            "datetime",
        ):
            assert isinstance(getattr(shapes, node.id, None), type), (operation.name, node.id)


def test_every_command_has_a_usage_docstring(package: ModuleType, service: Service) -> None:
    commands = _module("commands")
    classes = [
        value
        for value in vars(commands).values()
        if isinstance(value, type) and issubclass(value, commands.Command)
    ]
    assert {cls.__name__ for cls in classes} >= {op.command_name for op in service.operations}
    for cls in classes:
        doc = inspect.getdoc(cls)
        assert doc, cls.__name__
        if cls is not commands.Command:
            assert f"client.send({cls.__name__}(" in " ".join(doc.split()), cls.__name__


def test_every_shape_enum_and_error_class_has_a_docstring(package: ModuleType) -> None:
    for name in ("shapes", "enums", "errors"):
        classes = [cls for cls in _defined_classes(_module(name)) if cls.__name__[0] != "_"]
        assert classes, name
        for cls in classes:
            assert cls.__doc__ and cls.__doc__.strip(), f"{name}.{cls.__name__}"
    for name in _module("errors").__all__:
        assert inspect.getdoc(getattr(_module("errors"), name)), name


def test_shape_and_error_docstrings_document_every_member(
    package: ModuleType, service: Service
) -> None:
    shapes, errors = _module("shapes"), _module("errors")
    error_names = {error.name for error in service.errors}
    for shape in service.shapes.values():
        if shape.kind != "structure" or not shape.members:
            continue
        cls = getattr(errors if shape.name in error_names else shapes, shape.python_name)
        attributes = _entries(_sections(cls.__doc__).get("Attributes", []))
        assert attributes == [m.python_name for m in shape.members], shape.name
    for shape in service.unions:
        for member in shape.members:
            assert inspect.getdoc(getattr(shapes, member.variant_class)), member.variant_class


def _docstring_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, source line) of every line of every docstring in ``path``."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            first = node.body[0] if node.body else None
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                for number in range(first.lineno, (first.end_lineno or first.lineno) + 1):
                    yield number, lines[number - 1]


def test_no_docstring_line_exceeds_the_line_length() -> None:
    checked = 0
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        for number, line in _docstring_lines(path):
            checked += 1
            # A lone unbreakable word (a long URL in a Markdown link) cannot be wrapped.
            if len(line) > LINE_LENGTH and " " in line.strip():
                where = path.relative_to(PACKAGE_DIR)
                pytest.fail(f"{where}:{number} is {len(line)} columns: {line.strip()!r}")
    assert checked > 10_000


# --- Hostile documentation -------------------------------------------------------------

SENTINEL = "DOCSTRING_SENTINEL_EXECUTED"
HOSTILE = [
    f'"""\nsetattr(__import__("builtins"), "{SENTINEL}", 1)\n"""',
    f'\\""" + setattr(__import__(\'builtins\'), \'{SENTINEL}\', 2) or """',
    "C:\\path\\N{BULLET}\\x00 \x00 trailing backslash \\",
    f"'''\n    def injected(self):\n        setattr(__import__('builtins'), '{SENTINEL}', 3)",
    '<p>A "quoted" <code>"""</code> end"</p>',
]


def _hostile_model() -> dict[str, Any]:
    html = "".join(f"<p>{text}</p>" for text in HOSTILE)
    return {
        "version": "2.0",
        "metadata": {
            "apiVersion": "2020-01-01",
            "endpointPrefix": "docstrings",
            "jsonVersion": "1.0",
            "protocol": "json",
            "serviceFullName": "Docstring Test Service",
            "serviceId": "DocstringTest",
            "signatureVersion": "v4",
            "targetPrefix": "DocstringTest",
            "uid": "docstringtest-2020-01-01",
        },
        "operations": {
            "PutThing": {
                "name": "PutThing",
                "http": {"method": "POST", "requestUri": "/"},
                "input": {"shape": "PutThingInput"},
                "output": {"shape": "PutThingOutput"},
                "errors": [{"shape": "BadThing"}],
                "documentation": html,
            }
        },
        "shapes": {
            "PutThingInput": {
                "type": "structure",
                "required": ["Name"],
                "members": {
                    "Name": {"shape": "Text", "documentation": HOSTILE[1]},
                    "Note": {"shape": "Text", "documentation": HOSTILE[3]},
                },
                "documentation": HOSTILE[2],
            },
            "PutThingOutput": {
                "type": "structure",
                "members": {"Name": {"shape": "Text", "documentation": HOSTILE[0]}},
                "documentation": html,
            },
            "BadThing": {
                "type": "structure",
                "members": {"Message": {"shape": "Text", "documentation": HOSTILE[4]}},
                "error": {"httpStatusCode": 400, "senderFault": True},
                "exception": True,
                "documentation": html,
            },
            "Text": {"type": "string", "documentation": HOSTILE[3]},
        },
    }


def test_hostile_documentation_stays_exact_docstring_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "model").mkdir()
    model = _hostile_model()
    (tmp_path / "model" / "service-2.json").write_text(json.dumps(model), encoding="utf-8")
    service = load_model(tmp_path / "model")
    package_dir = write_package(service, tmp_path / "out", "0.0.0")
    monkeypatch.syspath_prepend(str(package_dir / "src"))
    for module in [name for name in sys.modules if name.split(".")[0] == service.package_name]:
        monkeypatch.delitem(sys.modules, module)
    package = importlib.import_module(service.package_name)
    for name in ("shapes", "errors", "commands", "client", "aio_client"):
        importlib.import_module(f"{service.package_name}.{name}")
    assert not hasattr(builtins, SENTINEL)

    view = PythonView(service)
    operation = service.operations[0]
    expected_doc = html_to_markdown(model["operations"]["PutThing"]["documentation"])
    assert operation.documentation == expected_doc and '"""' in expected_doc
    for asynchronous, client in enumerate(
        (package.DocstringTestClient, package.AsyncDocstringTestClient)
    ):
        method = client.put_thing
        assert set(vars(client)) & {"injected"} == set()
        assert inspect.cleandoc(method.__doc__) == view.operation_doc(
            operation, bool(asynchronous)
        )
        assert inspect.cleandoc(method.__doc__).startswith(expected_doc)
    errors = importlib.import_module(f"{service.package_name}.errors")
    error = service.shapes["BadThing"]
    assert inspect.cleandoc(errors.BadThing.__doc__) == view.class_doc(error)
    shapes = importlib.import_module(f"{service.package_name}.shapes")
    request = service.shapes["PutThingInput"]
    assert inspect.cleandoc(shapes.PutThingInput.__doc__) == view.class_doc(request)
    assert _entries(_sections(shapes.PutThingInput.__doc__)["Attributes"]) == ["name", "note"]
    commands = importlib.import_module(f"{service.package_name}.commands")
    assert inspect.cleandoc(commands.PutThingCommand.__doc__) == view.command_doc(operation)
