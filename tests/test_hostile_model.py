"""Generated code is safe whatever the model's documentation and values contain.

A model whose documentation strings, enum values, wire names and free-text service
metadata carry quote-breaking and code-injecting text still generates a
package that compiles, imports without running any of that text, and keeps
the text as data.
"""

from __future__ import annotations

import ast
import importlib
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.loaders import load_model
from generator.emit.package import write_package

PAYLOADS = [
    '"""; import os; os.system("echo pwned")  #',
    "'''\\\n__import__('os').system('x')",
    "\\N{BULLET} \\x00 \\u2028 \u2028 \u2029 \x85 \r\n\t",
    "</p><script>alert(1)</script>{{ 7*7 }}{% raise %}",
    '"',
    "\\",
]
SENTINEL = "HOSTILE_SENTINEL_EXECUTED"


def _hostile_model() -> dict[str, Any]:
    model: dict[str, Any] = {
        "version": "2.0",
        "metadata": {
            "apiVersion": '2020-01-01"""; raise SystemExit  #',
            "endpointPrefix": "hostile",
            "jsonVersion": "1.0",
            "protocol": "json",
            "serviceFullName": f'Hostile """ {SENTINEL} """ Service',
            "serviceId": "Hostile",
            "signatureVersion": "v4",
            # Names that reach the wire (targetPrefix, ...) are refused when hostile
            # (tests/test_model_validation.py); free text like the above stays data.
            "targetPrefix": "Hostile",
            "uid": "hostile-2020-01-01",
        },
        "documentation": "".join(f"<p>{p}</p>" for p in PAYLOADS),
        "operations": {
            "DoThing": {
                "name": "DoThing",
                "http": {"method": "POST", "requestUri": "/"},
                "input": {"shape": "DoThingInput"},
                "output": {"shape": "DoThingOutput"},
                "documentation": PAYLOADS[0],
            }
        },
        "shapes": {
            "DoThingInput": {
                "type": "structure",
                "members": {
                    "From": {"shape": "Kind", "documentation": PAYLOADS[1]},
                    "Class": {"shape": "Text", "documentation": PAYLOADS[2]},
                },
                "documentation": PAYLOADS[3],
            },
            "DoThingOutput": {
                "type": "structure",
                "members": {"Kind": {"shape": "Kind", "documentation": PAYLOADS[4]}},
                "documentation": PAYLOADS[5],
            },
            "Kind": {
                "type": "string",
                "enum": [*PAYLOADS, "import os", "None", "1st"],
                "documentation": PAYLOADS[0],
            },
            "Text": {"type": "string", "pattern": '^"""$', "documentation": PAYLOADS[2]},
        },
    }
    return model


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Any:
    root = tmp_path_factory.mktemp("hostile")
    (root / "model").mkdir()
    (root / "model" / "service-2.json").write_text(json.dumps(_hostile_model()))
    service = load_model(root / "model")
    package_dir = write_package(service, root / "out", "0.0.0")
    sys.path.insert(0, str(package_dir / "src"))
    return importlib.import_module(service.package_name), package_dir


def test_every_generated_file_parses(package: Any) -> None:
    _, package_dir = package
    for module in package_dir.rglob("*.py"):
        ast.parse(module.read_text(), filename=str(module))


def test_model_text_stays_data(package: Any) -> None:
    module, package_dir = package
    # The service name reached the docstrings as text, not as code.
    client_source = (package_dir / "src" / "hostile" / "client.py").read_text()
    assert SENTINEL in client_source
    tree = ast.parse(client_source)
    names = {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}
    attributes = {node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    assert "SystemExit" not in names and "__import__" not in names
    assert "system" not in attributes
    enums = importlib.import_module(f"{module.__name__}.enums")
    assert {member.value for member in enums.Kind} == {*PAYLOADS, "import os", "None", "1st"}


def test_hostile_values_round_trip_through_the_client(package: Any) -> None:
    from tests.test_protocol import RecordingHandler

    module, _ = package
    handler = RecordingHandler(body=json.dumps({"Kind": PAYLOADS[0]}).encode())
    client = module.HostileClient(
        region="us-east-1",
        endpoint_url="https://example.com",
        credentials=module.Credentials("AKID", "SECRET"),
        request_handler=handler,
    )
    result = client.do_thing(from_=PAYLOADS[1], class_=PAYLOADS[3])
    assert result.kind == PAYLOADS[0]
    (request,) = handler.requests
    assert json.loads(request.body) == {"From": PAYLOADS[1], "Class": PAYLOADS[3]}
    assert request.headers["X-Amz-Target"] == "Hostile.DoThing"
