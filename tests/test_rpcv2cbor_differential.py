"""RPC v2 CBOR clients against botocore's RPC v2 CBOR serializer and parser, every operation.

Four models, each generated into a temporary folder:

- the two CBOR-only Partner Central services (``partnercentral-marketing``,
  ``partnercentral-revenue-measurement``);
- two json services whose models list ``smithy-rpc-v2-cbor`` too, forced to CBOR with
  ``load_model(protocol=...)`` (``translate``: blobs; ``cloudwatch``:
  awsQueryCompatible). botocore cannot be told to use another of a model's
  protocols (no ``Config`` option: it takes the first of its own order, json), so
  its side is the model with ``protocols`` set to CBOR alone, which is what botocore
  would do for a CBOR-only model.

For every operation (and every union variant), a fully populated input
(``tests/populate.py``) is sent by our client to a recording handler and serialized
by botocore's ``RpcV2CBORSerializer``: the same path, protocol headers and body,
compared as decoded CBOR values (cbor2, so map order and number widths do not
matter). For every output, botocore's serializer writes a fully populated value of
the output shape as CBOR (the service's side), and botocore's ``RpcV2CBORParser``
and our client both read it: the same boto3-style dict, equal to the value.
"""

from __future__ import annotations

import copy
import importlib
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import cbor2
import pytest
from botocore.model import ServiceModel
from botocore.parsers import create_parser
from botocore.serialize import RpcV2CBORSerializer, create_serializer

from generator.emit.package import write_package
from generator.loaders import load_model
from tests.packages import import_fresh
from tests.populate import populate, union_variants
from tests.test_protocol import RecordingHandler, _client

CBOR = "smithy-rpc-v2-cbor"
DATA = Path(__file__).parent / "data" / "models"
# name -> (model folder, protocol forced on our side or None)
MODELS = {
    "marketing": (DATA / "cbor-services" / "partnercentral-marketing" / "2026-05-31", None),
    "revenue": (
        DATA / "cbor-services" / "partnercentral-revenue-measurement" / "2022-07-26",
        None,
    ),
    "translate": (DATA / "cbor-services" / "translate" / "2017-07-01", CBOR),
    "cloudwatch": (DATA / "cbor-services" / "cloudwatch" / "2010-08-01", CBOR),
}


def _botocore_model(name: str) -> dict[str, Any]:
    """The model as botocore reads it for CBOR: its protocols narrowed to CBOR alone."""
    model: dict[str, Any] = json.loads((MODELS[name][0] / "service-2.json").read_text())
    model["metadata"] = {**model["metadata"], "protocol": CBOR, "protocols": [CBOR]}
    return model


BOTOCORE = {name: _botocore_model(name) for name in MODELS}
SERIALIZER = create_serializer(CBOR)
PARSER = create_parser(CBOR)
# The service's side: botocore's CBOR writer of a shape's value (no input checks).
BODY_WRITER = RpcV2CBORSerializer()


def _cases(key: str) -> list[Any]:
    cases = []
    for name, model in BOTOCORE.items():
        for operation, spec in sorted(model["operations"].items()):
            if key not in spec:
                cases.append(pytest.param(name, operation, -1, id=f"{name}:{operation}-none"))
                continue
            for variant in range(union_variants(model["shapes"], spec[key]["shape"])):
                cases.append(
                    pytest.param(name, operation, variant, id=f"{name}:{operation}-v{variant}")
                )
    return cases


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[ModuleType, Any]]:
    root = tmp_path_factory.mktemp("rpcv2cbor")
    made = {}
    for name, (folder, protocol) in MODELS.items():
        service = load_model(folder, protocol=protocol)
        assert service.metadata.protocol == CBOR
        package_dir = write_package(service, root / name, "0.0.0")
        made[name] = (import_fresh(package_dir / "src", service.package_name), service)
    return made


def _populated(name: str, shape: Any, variant: int) -> Any:
    """A fully populated value of ``shape`` (its union ``variant``); ``{}`` for none."""
    if shape is None or variant < 0:
        return {}
    return populate(BOTOCORE[name]["shapes"], shape.name, variant=variant)


def _call(
    packages: dict[str, tuple[ModuleType, Any]],
    name: str,
    operation: str,
    params: Any,
    answer: bytes,
) -> tuple[Any, Any]:
    """Our client's request for ``params`` and its output for the CBOR body ``answer``."""
    package, service = packages[name]
    handler = RecordingHandler(200, {"content-type": "application/cbor"}, answer)
    client = _client(package, service, handler)
    commands = importlib.import_module(f"{package.__name__}.commands")
    try:
        result = client.send(getattr(commands, f"{operation}Command")(params))
    except package.SdkError:
        result = None  # an empty answer may not fit the output: only the request counts then
    (request,) = handler.requests
    return request, result


def test_the_models_are_generated_for_cbor(
    packages: dict[str, tuple[ModuleType, Any]],
) -> None:
    for name, (package, service) in packages.items():
        assert not service.skipped_operations, name
        operations = importlib.import_module(f"{package.__name__}._operations")
        assert type(operations._SERVICE.protocol).__name__ == "RpcV2CborProtocol"


@pytest.mark.parametrize(("name", "operation", "variant"), _cases("input"))
def test_request_matches_botocore(
    name: str, operation: str, variant: int, packages: dict[str, tuple[ModuleType, Any]]
) -> None:
    operation_model = ServiceModel(BOTOCORE[name]).operation_model(operation)
    params = _populated(name, operation_model.input_shape, variant)
    expected = SERIALIZER.serialize_to_request(copy.deepcopy(params), operation_model)
    request, _ = _call(packages, name, operation, params, b"")
    assert request.method == "POST"
    assert request.url.split("://", 1)[-1].split("/", 1)[1] == expected["url_path"][1:]
    headers = {k.lower(): v for k, v in request.headers.items()}
    for header, value in expected["headers"].items():
        assert headers.get(header.lower()) == value, header
    if not expected["body"]:
        assert "content-type" not in headers
    assert (cbor2.loads(request.body) if request.body else None) == (
        cbor2.loads(expected["body"]) if expected["body"] else None
    )


@pytest.mark.parametrize(("name", "operation", "variant"), _cases("output"))
def test_response_matches_botocore(
    name: str, operation: str, variant: int, packages: dict[str, tuple[ModuleType, Any]]
) -> None:
    operation_model = ServiceModel(BOTOCORE[name]).operation_model(operation)
    shape = operation_model.output_shape
    value = _populated(name, shape, variant)
    body = BODY_WRITER._serialize_body_params(copy.deepcopy(value), shape) if shape else b""
    expected = PARSER.parse({"status_code": 200, "headers": {}, "body": body}, shape)
    expected.pop("ResponseMetadata", None)
    # An input that passes the client's checks (its required members populated).
    params = _populated(name, operation_model.input_shape, 0)
    _, result = _call(packages, name, operation, params, body)
    ours = result.to_dict() if result is not None else {}
    assert ours == expected
    assert ours == value  # and both are the value the body was made from
