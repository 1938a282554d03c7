"""Clients generated from Smithy ASTs against botocore, the reference implementation.

For the target's AST and the six of ``tests/data/models/smithy-pairs``, a package is
generated from the AST alone, and for every operation a fully populated input is
serialized by it and by botocore (reading the botocore files of the same revision), and
a fully populated response body is parsed by both: the requests and the parsed outputs
must agree. The values are populated from the AST's shapes (as the loader lowers them),
so a union of the AST (DynamoDB's ``AttributeValue``, a plain structure in botocore's
files) gets one variant.
"""

from __future__ import annotations

import importlib
import dataclasses
import json
import re
from pathlib import Path
from typing import Any

import botocore.model
import botocore.parsers
import botocore.serialize
import pytest

from generator.loaders import smithy
from generator.model.ir import Service
from generator.emit.package import write_package
from generator.loaders import load_model
from generator.release.state import Release
from tests.packages import SMITHY_PAIRS, import_fresh
from tests.populate import populate, same_instants, to_wire_json
from tests.test_protocol import RecordingHandler

PAIRS = SMITHY_PAIRS


class Pair:
    """One revision: the package generated from its AST, and botocore reading its files.

    The package is renamed (``<package>_from_smithy``): the tests of other modules import
    the committed package and the botocore-generated ones under their own names.
    """

    def __init__(self, name: str, root: Path) -> None:
        ast, botocore_dir = PAIRS[name]
        service = load_model(ast, skip_unsupported=True)
        self.service = dataclasses.replace(
            service,
            package_name=f"{service.package_name}_from_smithy",
            distribution_name=f"{service.distribution_name}-from-smithy",
        )
        release = Release(package_version="1.0.0")
        package_dir = write_package(self.service, root / name, "1.0.0", release)
        self.package = import_fresh(package_dir / "src", self.service.package_name)
        self.commands = importlib.import_module(f"{self.service.package_name}.commands")
        self.awsjson = importlib.import_module("typed_aws_runtime.protocols.awsjson")
        self.http = importlib.import_module("typed_aws_runtime.transports.http")
        self.shapes = smithy.lower(ast).service["shapes"]
        model = json.loads((botocore_dir / "service-2.json").read_text())
        self.botocore = botocore.model.ServiceModel(model)

    def command(self, operation: str) -> Any:
        return getattr(self.commands, f"{operation}Command")


_PAIRS: dict[str, Pair] = {}


def pair(name: str, factory: pytest.TempPathFactory) -> Pair:
    if name not in _PAIRS:
        _PAIRS[name] = Pair(name, factory.mktemp("from-smithy"))
    return _PAIRS[name]


def _operations(name: str) -> list[str]:
    model = json.loads((PAIRS[name][1] / "service-2.json").read_text())
    return sorted(model["operations"])


CASES = [(name, operation) for name in PAIRS for operation in _operations(name)]


def _skip_if_left_out(service: Service, operation: str) -> None:
    if operation in service.skipped_operations:
        pytest.skip(f"left out by the generator: {service.skipped_operations[operation]}")


@pytest.mark.parametrize(("name", "operation"), CASES, ids=[f"{n}:{o}" for n, o in CASES])
def test_request_matches_botocore(
    name: str, operation: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    generated = pair(name, tmp_path_factory)
    _skip_if_left_out(generated.service, operation)
    operation_model = generated.botocore.operation_model(operation)
    ours = next(op for op in generated.service.operations if op.name == operation)
    params = populate(generated.shapes, ours.input) if ours.input else {}
    expected = botocore.serialize.create_serializer("json").serialize_to_request(
        params, operation_model
    )
    handler = RecordingHandler()
    client = getattr(generated.package, generated.service.client_name)(
        region="us-east-1",
        endpoint_url="https://example.com",
        credentials=generated.package.Credentials("AKID", "SECRET"),
        request_handler=handler,
    )
    client.send(generated.command(operation)(params))
    (request,) = handler.requests
    assert request.headers["X-Amz-Target"] == expected["headers"]["X-Amz-Target"]
    assert request.headers["Content-Type"] == expected["headers"]["Content-Type"]
    assert same_instants(json.loads(request.body)) == same_instants(
        json.loads(expected["body"] or b"{}")
    )


@pytest.mark.parametrize(("name", "operation"), CASES, ids=[f"{n}:{o}" for n, o in CASES])
def test_output_matches_botocore(
    name: str, operation: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    generated = pair(name, tmp_path_factory)
    _skip_if_left_out(generated.service, operation)
    ours = next(op for op in generated.service.operations if op.name == operation)
    if ours.output is None:
        pytest.skip("the operation has no output")
    value = populate(generated.shapes, ours.output)
    body = json.dumps(to_wire_json(generated.shapes, ours.output, value)).encode()
    expected = botocore.parsers.create_parser("json").parse(
        {"status_code": 200, "headers": {}, "body": body},
        generated.botocore.operation_model(operation).output_shape,
    )
    expected.pop("ResponseMetadata")
    spec = generated.command(operation).operation
    parsed = generated.awsjson.parse_response(spec, generated.http.HttpResponse(200, {}, body))
    assert parsed.to_dict() == expected == value


def test_every_pair_is_here() -> None:
    assert len(PAIRS) == 7
    assert all(
        ast.is_file() and (folder / "service-2.json").is_file() for ast, folder in PAIRS.values()
    )
