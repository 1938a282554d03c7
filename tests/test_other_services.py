"""The generator works for other real awsJson models, not only the target.

For six botocore json-protocol services (awsJson 1.0 and 1.1, unions,
documents, blobs, recursive shapes, host prefixes, an event stream) a client
package is generated, imported, and one call per operation is serialized
exactly as botocore serializes it (fully populated inputs), through a
recording request handler.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from botocore.model import ServiceModel
from botocore.serialize import create_serializer

from tests.packages import SharedPackages, import_fresh
from tests.populate import populate
from tests.test_protocol import RecordingHandler

MODELS = Path(__file__).parent / "data" / "models" / "json-services"
SERVICES = sorted(str(p.relative_to(MODELS)) for p in MODELS.glob("*/*") if p.is_dir())


@pytest.fixture(scope="module")
def generated(shared_packages: SharedPackages) -> dict[str, tuple[ModuleType, Any]]:
    packages = {}
    for name in SERVICES:
        service, package_dir = shared_packages.get(MODELS / name)
        packages[name] = (import_fresh(package_dir / "src", service.package_name), service)
    return packages


def test_all_six_services_are_here() -> None:
    assert len(SERVICES) == 6


def test_only_the_event_stream_operation_is_left_out(
    generated: dict[str, tuple[ModuleType, Any]],
) -> None:
    skipped = {
        f"{name}:{op}": reason
        for name, (_, service) in generated.items()
        for op, reason in service.skipped_operations.items()
    }
    assert list(skipped) == ["kinesis/2013-12-02:SubscribeToShard"]
    assert "event streams" in skipped["kinesis/2013-12-02:SubscribeToShard"]


def _operations(name: str) -> list[str]:
    model = json.loads((MODELS / name / "service-2.json").read_text())
    return sorted(model["operations"])


CASES = [(name, op) for name in SERVICES for op in _operations(name)]


@pytest.mark.parametrize(("name", "operation"), CASES, ids=[f"{n}:{o}" for n, o in CASES])
def test_fully_populated_request_matches_botocore(
    name: str, operation: str, generated: dict[str, tuple[ModuleType, Any]]
) -> None:
    package, service = generated[name]
    if operation in service.skipped_operations:
        pytest.skip(f"left out by the generator: {service.skipped_operations[operation]}")
    model = json.loads((MODELS / name / "service-2.json").read_text())
    operation_model = ServiceModel(model).operation_model(operation)
    params = (
        populate(model["shapes"], operation_model.input_shape.name)
        if operation_model.input_shape is not None
        else {}
    )
    expected = create_serializer(model["metadata"]["protocol"]).serialize_to_request(
        params, operation_model
    )
    handler = RecordingHandler()
    client = getattr(package, service.client_name)(
        region="us-east-1",
        endpoint_url="https://example.com",
        credentials=package.Credentials("AKID", "SECRET"),
        request_handler=handler,
    )
    commands = importlib.import_module(f"{package.__name__}.commands")
    client.send(getattr(commands, f"{operation}Command")(params))
    (request,) = handler.requests
    assert request.headers["X-Amz-Target"] == expected["headers"]["X-Amz-Target"]
    assert request.headers["Content-Type"] == expected["headers"]["Content-Type"]
    assert json.loads(request.body) == json.loads(expected["body"] or b"{}")


def test_outputs_with_documents_are_parsed_exactly(
    generated: dict[str, tuple[ModuleType, Any]],
) -> None:
    """Free-form JSON (documents) must not go through orjson, which reads huge ints as floats."""
    _, ecs = generated["ecs/2014-11-13"]
    flagged = {op.name for op in ecs.operations if op.output_has_documents}
    assert flagged  # ECS has a document type in some outputs
    for op in ecs.operations:
        if op.output is None:
            continue
        shapes = {op.output}
        stack = [op.output]
        while stack:
            shape = ecs.shapes[stack.pop()]
            targets = [m.target for m in shape.members]
            targets += [t for t in (shape.member_target, shape.value_target) if t]
            for target in targets:
                if target not in shapes:
                    shapes.add(target)
                    stack.append(target)
        has_document = any(ecs.shapes[name].kind == "document" for name in shapes)
        assert op.output_has_documents == has_document, op.name
