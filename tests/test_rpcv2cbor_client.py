"""An RPC v2 CBOR client end to end over HTTP: sync, async, a retry, a paginator, a waiter, errors.

CloudWatch's botocore model lists ``["smithy-rpc-v2-cbor", "json", "query"]`` and is
awsQueryCompatible; generated for CBOR (``load_model(protocol=...)``) with its
paginators and waiters, its client runs against the local SigV4-checking server,
which answers CBOR bodies from a script.
"""

from __future__ import annotations

import asyncio
import tomllib
import uuid
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path
from types import ModuleType
from typing import Any

import cbor2
import pytest
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet

from generator.cli import main
from generator.emit.package import write_package
from generator.loaders import load_model
from generator.release.runtime import load_runtime_release
from tests.localserver import LocalAwsServer, RecordedRequest, Response
from tests.packages import forget, import_fresh
from tests.test_waiters import Script

MODEL = Path(__file__).parent / "data" / "models" / "cbor-services" / "cloudwatch" / "2010-08-01"
ACCESS_KEY, SECRET_KEY, REGION = "AKIDCBOR", "cbor-secret", "us-east-1"
PATH = "/service/GraniteServiceVersion20100801/operation/"
UPDATED = datetime(2024, 5, 1, 12, 30, 15, 250000, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ModuleType, Any]]:
    service = load_model(MODEL, protocol="smithy-rpc-v2-cbor")
    package_dir = write_package(service, tmp_path_factory.mktemp("cbor-client"), "0.0.0")
    module = import_fresh(package_dir / "src", service.package_name)
    yield module, service
    forget(module.__name__)


def _cbor(status: int, body: dict[str, Any], **headers: str) -> Response:
    base = {
        "Content-Type": "application/cbor",
        "smithy-protocol": "rpc-v2-cbor",
        "x-amzn-RequestId": str(uuid.uuid4()),
    }
    return status, {**base, **headers}, cbor2.dumps(body, datetime_as_timestamp=True)


def _alarm(name: str) -> dict[str, Any]:
    return {"AlarmName": name, "StateValue": "OK", "AlarmConfigurationUpdatedTimestamp": UPDATED}


def _server(script: Script) -> LocalAwsServer:
    return LocalAwsServer(
        script, credentials=(ACCESS_KEY, SECRET_KEY, None), region=REGION, service="monitoring"
    )


def _options(package: ModuleType, server: LocalAwsServer, **extra: Any) -> dict[str, Any]:
    return {
        "region": REGION,
        "endpoint_url": server.url,
        "credentials": package.Credentials(ACCESS_KEY, SECRET_KEY),
        **extra,
    }


def _check_requests(requests: list[RecordedRequest], operation: str) -> None:
    for request in requests:
        assert request.signature_valid
        assert request.path == PATH + operation
        assert request.header("smithy-protocol") == "rpc-v2-cbor"
        assert request.header("Content-Type") == "application/cbor"
        assert request.header("x-amzn-query-mode") == "true"  # awsQueryCompatible


def test_sync_call(package: tuple[ModuleType, Any]) -> None:
    module, service = package
    with _server(Script(_cbor(200, {"MetricAlarms": [_alarm("a")]}))) as server:
        with getattr(module, service.client_name)(**_options(module, server)) as client:
            result = client.describe_alarms(alarm_names=["a"])
        requests = server.requests
    _check_requests(requests, "DescribeAlarms")
    assert cbor2.loads(requests[0].body) == {"AlarmNames": ["a"]}
    (alarm,) = result.metric_alarms
    assert alarm.alarm_name == "a"
    assert alarm.alarm_configuration_updated_timestamp == UPDATED


def test_async_call(package: tuple[ModuleType, Any]) -> None:
    module, service = package
    with _server(Script(_cbor(200, {"MetricAlarms": [_alarm("b")]}))) as server:

        async def main() -> Any:
            async with getattr(module, f"Async{service.client_name}")(
                **_options(module, server)
            ) as client:
                return await client.describe_alarms(alarm_names=["b"])

        result = asyncio.run(main())
        requests = server.requests
    _check_requests(requests, "DescribeAlarms")
    assert result.metric_alarms[0].alarm_name == "b"


def test_a_500_is_retried(package: tuple[ModuleType, Any]) -> None:
    module, service = package
    failure = _cbor(500, {"__type": "InternalServiceError", "message": "try again"})
    script = Script(failure, _cbor(200, {"MetricAlarms": [_alarm("c")]}))
    with _server(script) as server:
        with getattr(module, service.client_name)(**_options(module, server)) as client:
            result = client.describe_alarms()
        requests = server.requests
    assert len(requests) == 2
    _check_requests(requests, "DescribeAlarms")
    assert result.metric_alarms[0].alarm_name == "c"


def test_paginator_follows_next_token(package: tuple[ModuleType, Any]) -> None:
    module, service = package
    script = Script(
        _cbor(200, {"MetricAlarms": [_alarm("p1")], "NextToken": "t2"}),
        _cbor(200, {"MetricAlarms": [_alarm("p2")]}),
    )
    with _server(script) as server:
        with getattr(module, service.client_name)(**_options(module, server)) as client:
            pages = list(client.paginate_describe_alarms())
        requests = server.requests
    _check_requests(requests, "DescribeAlarms")
    assert [cbor2.loads(r.body) for r in requests] == [{}, {"NextToken": "t2"}]
    assert [page.metric_alarms[0].alarm_name for page in pages] == ["p1", "p2"]


def test_waiter_waits_until_the_alarm_exists(package: tuple[ModuleType, Any]) -> None:
    module, service = package
    script = Script(_cbor(200, {"MetricAlarms": []}), _cbor(200, {"MetricAlarms": [_alarm("w")]}))
    with _server(script) as server:
        with getattr(module, service.client_name)(**_options(module, server)) as client:
            client.wait_until_alarm_exists(alarm_names=["w"], delay=0.01, max_attempts=5)
        requests = server.requests
    assert len(requests) == 2
    _check_requests(requests, "DescribeAlarms")


def test_query_compatible_error_code(package: tuple[ModuleType, Any]) -> None:
    """The ``x-amzn-query-error`` code is the error's code; the class is found by ``__type``."""
    module, service = package
    body = {"__type": "com.amazonaws.cloudwatch#ResourceNotFoundException", "message": "gone"}
    answer = _cbor(404, body, **{"x-amzn-query-error": "ResourceNotFound;Sender"})
    with _server(Script(answer)) as server:
        with getattr(module, service.client_name)(
            **_options(module, server, max_attempts=1)
        ) as client:
            with pytest.raises(module.errors.ResourceNotFoundException) as caught:
                client.delete_insight_rules(rule_names=["r"])
    assert caught.value.code == "ResourceNotFound"
    assert caught.value.message == "gone"


def test_a_body_that_is_not_cbor_is_a_clear_error(package: tuple[ModuleType, Any]) -> None:
    module, service = package
    page = (502, {"Content-Type": "text/html"}, b"<html><title>Bad gateway</title></html>")
    ok_but_json = (200, {"Content-Type": "application/json"}, b'{"MetricAlarms": []}')
    with _server(Script(page)) as server:
        with getattr(module, service.client_name)(
            **_options(module, server, max_attempts=1)
        ) as client:
            with pytest.raises(module.ServiceError) as caught:
                client.describe_alarms()
    assert caught.value.code == "502"
    assert "HTML page, not CBOR" in caught.value.message
    with _server(Script(ok_but_json)) as server:
        with getattr(module, service.client_name)(**_options(module, server)) as client:
            with pytest.raises(module.SdkError) as parse_error:
                client.describe_alarms()
    assert "Cannot read the DescribeAlarms response" in str(parse_error.value)


# -- which protocol is generated ----------------------------------------------------


def test_json_stays_preferred_and_cbor_can_be_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """CloudWatch lists CBOR first: json is generated, as botocore picks it, unless forced."""
    assert load_model(MODEL).metadata.protocol == "json"
    arguments = ["generate", "--model", str(MODEL), "--out", str(tmp_path)]
    assert main([*arguments, "--protocol", "smithy-rpc-v2-cbor"]) == 0
    assert "protocol smithy-rpc-v2-cbor, chosen from [smithy-rpc-v2-cbor, json, query]" in (
        capsys.readouterr().out
    )
    package = tmp_path / "monitoring" / "src" / "monitoring"
    assert (package / "_rpcv2cbor").is_dir() and not (package / "_awsjson").exists()
    assert _runtime_dependency(tmp_path / "monitoring") == (
        "typed-aws-runtime",
        {"cbor", "waiters"},
    )


def test_a_json_package_asks_for_no_cbor_library(tmp_path: Path) -> None:
    assert main(["generate", "--model", str(MODEL), "--out", str(tmp_path)]) == 0
    assert _runtime_dependency(tmp_path / "monitoring") == ("typed-aws-runtime", {"waiters"})


def _runtime_dependency(package: Path) -> tuple[str, set[str]]:
    """The one dependency of a generated package: the runtime's name and the extras asked."""
    project = tomllib.loads((package / "pyproject.toml").read_text())["project"]
    [requirement] = map(Requirement, project["dependencies"])
    assert requirement.specifier == SpecifierSet(load_runtime_release().requirement)
    return requirement.name, set(requirement.extras)


def test_forcing_a_protocol_the_model_does_not_list_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cbor_only = MODEL.parents[1] / "partnercentral-marketing" / "2026-05-31"
    arguments = ["generate", "--model", str(cbor_only), "--out", str(tmp_path), "--protocol"]
    assert main([*arguments, "json"]) == 1
    assert "protocol 'json' is not one the model lists (smithy-rpc-v2-cbor)" in (
        capsys.readouterr().err
    )


def test_the_smithy_front_end_reads_rpcv2cbor(tmp_path: Path) -> None:
    """A Smithy AST whose service has ``smithy.protocols#rpcv2Cbor`` gives a CBOR package."""
    pairs = Path(__file__).parent / "data" / "models" / "smithy-pairs" / "verifiedpermissions"
    (ast,) = pairs.glob("*/smithy.json")
    text = ast.read_text()
    assert text.count('"aws.protocols#awsJson1_0"') == 1
    (tmp_path / "smithy.json").write_text(
        text.replace('"aws.protocols#awsJson1_0"', '"smithy.protocols#rpcv2Cbor"')
    )
    service = load_model(tmp_path / "smithy.json")
    assert service.metadata.protocol == "smithy-rpc-v2-cbor"
    assert service.metadata.json_version == ""
    assert service.metadata.target_prefix == "VerifiedPermissions"  # the service shape's name
