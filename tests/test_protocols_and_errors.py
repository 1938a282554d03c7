"""Protocol choice, awsQueryCompatible services, and error members that must not steer.

Three real botocore models (copied into ``tests/data/models``):

- ``cloudwatch`` lists ``["smithy-rpc-v2-cbor", "json", "query"]`` and is
  awsQueryCompatible, with modeled errors whose ``error.code`` is not their
  name (``DashboardInvalidInputError`` is ``InvalidParameterInput``);
- ``sqs`` is awsQueryCompatible with no ``error.code`` at all;
- ``cloudhsm`` has an error with a ``retryable`` member.

Each is generated, imported and called over HTTP against a local server;
requests and errors are compared with what botocore (the reference) does
with the same bytes.
"""

from __future__ import annotations

import copy
import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from botocore.model import ServiceModel
from botocore.parsers import create_parser
from botocore.serialize import create_serializer

from generator.cli import main
from generator.diff.service import diff_services
from generator.model.ir import Service
from generator.loaders import load_model
from generator.loaders.botocore import build_service
from generator.emit.package import write_package
from tests.localserver import LocalAwsServer, RecordedRequest
from tests.packages import SharedPackages, import_fresh

DATA = Path(__file__).parent / "data" / "models"
CLOUDWATCH = DATA / "botocore-extra" / "cloudwatch" / "2010-08-01"
CLOUDHSM = DATA / "botocore-extra" / "cloudhsm" / "2014-05-30"
SQS = DATA / "json-services" / "sqs" / "2012-11-05"
_FOLDERS = {"cloudwatch": CLOUDWATCH, "sqs": SQS, "cloudhsm": CLOUDHSM}
CREDENTIALS = ("AKID", "SECRET", None)

Answer = tuple[int, dict[str, str], bytes]
_ANSWERS: list[Answer] = []


def _answer(request: RecordedRequest) -> Answer:
    """The next answer the test queued (one per request)."""
    return _ANSWERS.pop(0)


@pytest.fixture(scope="module")
def packages(shared_packages: SharedPackages) -> dict[str, tuple[ModuleType, Service]]:
    generated = {}
    for name, folder in _FOLDERS.items():
        service, package_dir = shared_packages.get(folder)
        generated[name] = (import_fresh(package_dir / "src", service.package_name), service)
    return generated


@pytest.fixture
def server(packages: dict[str, tuple[ModuleType, Service]]) -> Iterator[LocalAwsServer]:
    _ANSWERS.clear()
    with LocalAwsServer(_answer) as running:
        yield running


def _client(package: ModuleType, service: Service, server: LocalAwsServer) -> Any:
    return getattr(package, service.client_name)(
        region="us-east-1",
        endpoint_url=server.url,
        credentials=package.Credentials(*CREDENTIALS[:2]),
        max_attempts=3,
    )


def _raw(folder: Path) -> dict[str, Any]:
    return json.loads((folder / "service-2.json").read_text())


# -- protocol choice -------------------------------------------------------


def test_a_model_listing_cbor_first_is_generated_as_json(
    packages: dict[str, tuple[ModuleType, Service]],
) -> None:
    _, service = packages["cloudwatch"]
    assert service.metadata.protocols == ("smithy-rpc-v2-cbor", "json", "query")
    assert service.metadata.protocol == "json"
    botocore_model = ServiceModel(_raw(CLOUDWATCH))
    assert botocore_model.resolved_protocol == service.metadata.protocol


def test_generate_shows_the_choice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["generate", "--model", str(CLOUDWATCH), "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "protocol json (awsJson 1.0), chosen from [smithy-rpc-v2-cbor, json, query]" in out
    assert "awsQueryCompatible" in out


@pytest.mark.parametrize(
    ("protocols", "pointer"),
    [
        (["rest-xml"], "/metadata/protocols"),
        (["rest-json", "query"], "/metadata/protocols"),
    ],
)
def test_a_model_with_no_supported_protocol_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], protocols: list[str], pointer: str
) -> None:
    model = _raw(CLOUDWATCH)
    model["metadata"]["protocols"] = protocols
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "service-2.json").write_text(json.dumps(model))
    assert main(["generate", "--model", str(tmp_path / "model"), "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"service-2.json#{pointer}: none of the protocols" in err
    assert not (tmp_path / "monitoring").exists()


def test_diff_reports_a_protocol_change(packages: dict[str, tuple[ModuleType, Service]]) -> None:
    _, old = packages["cloudwatch"]
    raw = _raw(CLOUDWATCH)
    raw["metadata"]["protocols"] = ["json"]
    del raw["metadata"]["awsQueryCompatible"]
    new = build_service(raw, CLOUDWATCH / "service-2.json")
    events = {e.id: e for e in diff_services(old, new).events}
    listed = events["ServiceInfoChanged.protocols"]
    assert "smithy-rpc-v2-cbor" in listed.message and listed.severity == "NOTE"
    dropped = events["ServiceMetadataChanged.awsQueryCompatible"]
    assert dropped.severity == "ERROR" and dropped.wire == "yes"


# -- awsQueryCompatible ------------------------------------------------------


@pytest.mark.parametrize(
    ("service_name", "operation", "params", "answer"),
    [
        ("cloudwatch", "ListDashboards", {"DashboardNamePrefix": "ops"}, {"DashboardEntries": []}),
        ("sqs", "ListQueues", {"QueueNamePrefix": "ops"}, {"QueueUrls": []}),
        ("cloudhsm", "ListHsms", {}, {"HsmList": []}),
    ],
)
def test_requests_say_query_mode_as_botocores_do(
    packages: dict[str, tuple[ModuleType, Service]],
    server: LocalAwsServer,
    service_name: str,
    operation: str,
    params: dict[str, str],
    answer: dict[str, Any],
) -> None:
    """awsQueryCompatible services send ``x-amzn-query-mode: true``; others do not."""
    package, service = packages[service_name]
    _ANSWERS.append((200, {}, json.dumps(answer).encode()))
    command = getattr(
        importlib.import_module(f"{service.package_name}.commands"), f"{operation}Command"
    )
    with _client(package, service, server) as client:
        client.send(command(params))
    (request,) = server.requests
    model = ServiceModel(_raw(_FOLDERS[service_name]))
    expected = create_serializer("json").serialize_to_request(
        params, model.operation_model(operation)
    )
    assert request.header("x-amzn-query-mode") == expected["headers"].get("x-amzn-query-mode")
    assert (request.header("x-amzn-query-mode") == "true") == service.metadata.query_compatible
    for header in ("X-Amz-Target", "Content-Type"):
        assert request.header(header) == expected["headers"][header]
    assert request.json() == json.loads(expected["body"])


@pytest.mark.parametrize(
    ("service_name", "body", "headers", "error_class", "code"),
    [
        (  # class by shape name, code from the query header (botocore's Error.Code)
            "cloudwatch",
            {"__type": "com.amazonaws.cloudwatch#DashboardInvalidInputError", "message": "bad"},
            {"x-amzn-query-error": "InvalidParameterInput;Sender"},
            "DashboardInvalidInputError",
            "InvalidParameterInput",
        ),
        (  # a __type this model does not name: the class by the query code
            "cloudwatch",
            {"__type": "com.amazonaws.cloudwatch#SomethingRenamed", "message": "bad"},
            {"x-amzn-query-error": "InvalidParameterInput;Sender"},
            "DashboardInvalidInputError",
            "InvalidParameterInput",
        ),
        (  # no header: the shape name is the code
            "cloudwatch",
            {"__type": "DashboardInvalidInputError", "message": "bad"},
            {},
            "DashboardInvalidInputError",
            "DashboardInvalidInputError",
        ),
        (  # a header botocore ignores (not "Code;Fault")
            "cloudwatch",
            {"__type": "ResourceNotFound", "message": "gone"},
            {"x-amzn-query-error": "A;B;C"},
            "ResourceNotFound",
            "ResourceNotFound",
        ),
        (  # SQS has no error.code: the class by shape name, the code from the header
            "sqs",
            {"__type": "com.amazonaws.sqs#QueueDoesNotExist", "message": "no queue"},
            {"x-amzn-query-error": "AWS.SimpleQueueService.NonExistentQueue;Sender"},
            "QueueDoesNotExist",
            "AWS.SimpleQueueService.NonExistentQueue",
        ),
    ],
)
def test_query_compatible_errors_match_botocore(
    packages: dict[str, tuple[ModuleType, Service]],
    server: LocalAwsServer,
    service_name: str,
    body: dict[str, str],
    headers: dict[str, str],
    error_class: str,
    code: str,
) -> None:
    package, service = packages[service_name]
    errors = importlib.import_module(f"{service.package_name}.errors")
    raw_body = json.dumps(body).encode()
    response_headers = {"Content-Type": "application/x-amz-json-1.0", **headers}
    _ANSWERS.append((400, response_headers, raw_body))
    operation = {"cloudwatch": "ListDashboards", "sqs": "ListQueues"}[service_name]
    command = getattr(
        importlib.import_module(f"{service.package_name}.commands"), f"{operation}Command"
    )
    with _client(package, service, server) as client:
        with pytest.raises(errors.ServiceError) as raised:
            client.send(command({}))
    assert type(raised.value).__name__ == error_class
    assert raised.value.code == code
    assert len(server.requests) == 1
    botocore_error = _botocore_error(service_name, operation, 400, response_headers, raw_body)
    assert botocore_error["Code"] == code


def _botocore_error(
    service_name: str, operation: str, status: int, headers: dict[str, str], body: bytes
) -> dict[str, Any]:
    model = ServiceModel(_raw(_FOLDERS[service_name]))
    parsed = create_parser("json").parse(
        {"status_code": status, "headers": headers, "body": body},
        model.operation_model(operation).output_shape,
    )
    return dict(parsed["Error"])


# -- error members never steer the runtime -----------------------------------


@pytest.mark.parametrize("retryable", [False, True])
def test_a_retryable_member_does_not_decide_retries(
    packages: dict[str, tuple[ModuleType, Service]], server: LocalAwsServer, retryable: bool
) -> None:
    """cloudhsm's CloudHsmServiceException has a ``retryable`` member: a 400 is sent once."""
    package, service = packages["cloudhsm"]
    errors = importlib.import_module(f"{service.package_name}.errors")
    body = {"__type": "CloudHsmServiceException", "message": "m", "retryable": retryable}
    _ANSWERS.extend([(400, {}, json.dumps(body).encode())] * 3)
    with _client(package, service, server) as client:
        with pytest.raises(errors.CloudHsmServiceException) as raised:
            client.list_hsms()
    assert len(server.requests) == 1
    error = raised.value
    assert error.retryable is None  # the model gives no retryable trait
    assert error.retryable_ is retryable  # the member, under its escaped name
    assert error.to_dict() == {"message": "m", "retryable": retryable}


def test_a_retryable_member_does_not_stop_a_503_from_being_retried(
    packages: dict[str, tuple[ModuleType, Service]], server: LocalAwsServer
) -> None:
    package, service = packages["cloudhsm"]
    body = {"__type": "CloudHsmInternalException", "message": "m", "retryable": False}
    _ANSWERS.extend([(503, {}, json.dumps(body).encode())] * 2)
    _ANSWERS.append((200, {}, b'{"HsmList": []}'))
    with _client(package, service, server) as client:
        assert client.list_hsms().hsm_list == []
    assert len(server.requests) == 3


@pytest.mark.parametrize(
    "member",
    [
        "Code",
        "StatusCode",
        "RequestId",
        "Details",
        "Retryable",
        "RetryAfter",
        "ClockSkewCorrected",
    ],
)
def test_an_error_member_never_hides_the_runtimes_value(
    tmp_path: Path, member: str, server: LocalAwsServer
) -> None:
    """Each attribute the runtime reads keeps the runtime's value; the member is beside it."""
    raw = copy.deepcopy(_raw(CLOUDHSM))
    raw["metadata"]["endpointPrefix"] = f"cloudhsm{member.lower()}"
    raw["shapes"]["CloudHsmServiceException"]["members"] = {
        "message": {"shape": "String"},
        member: {"shape": "String"},
    }
    service = build_service(raw, tmp_path / "service-2.json")
    package_dir = write_package(service, tmp_path, "0.0.0")
    sys.path.insert(0, str(package_dir / "src"))
    package = importlib.import_module(service.package_name)
    errors = importlib.import_module(f"{service.package_name}.errors")
    body = {"__type": "CloudHsmServiceException", "message": "m", member: "from the body"}
    _ANSWERS.append((400, {"x-amzn-RequestId": "req-1"}, json.dumps(body).encode()))
    with _client(package, service, server) as client:
        with pytest.raises(errors.CloudHsmServiceException) as raised:
            client.list_hsms()
    error = raised.value
    runtime_values = {
        "code": "CloudHsmServiceException",
        "status_code": 400,
        "request_id": "req-1",
        "details": body,
        "retryable": None,
        "retry_after": None,
        "clock_skew_corrected": False,
    }
    assert {name: getattr(error, name) for name in runtime_values} == runtime_values
    (python_name,) = [
        m.python_name
        for m in service.shapes["CloudHsmServiceException"].members
        if m.wire_name == member
    ]
    assert getattr(error, python_name) == "from the body"
    assert len(server.requests) == 1
