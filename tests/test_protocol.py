"""botocore's JSON protocol compliance tests, run through generated clients.

For each suite (and each distinct operation in it) a client package is
generated from a one-operation model, imported, and every case runs through
the real client: input cases serialize ``params`` with ``client.send`` and
compare the request a recording request handler received; output cases hand
the canned response to the client and compare the parsed result or error.
The only skips are the cases botocore itself skips (its ignore list), each
with the reason, and only where our client cannot pass them.
"""

from __future__ import annotations

import importlib
import json
import math
import sys
import uuid
from datetime import datetime
from enum import Enum
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import pytest

from generator.loaders import load_model
from generator.emit.package import write_package

DATA = Path(__file__).parent / "data" / "protocol-tests" / "botocore"
FILES = {
    "input": "input/json.json",
    "output": "output/json.json",
    "legacy-input": "legacy/input/json.json",
    "legacy-output": "legacy/output/json.json",
}
IGNORE = json.loads((DATA / "protocol-tests-ignore-list.json").read_text())
IGNORED_SUITES = set(IGNORE["general"]["input"]["suites"])
IGNORED_CASES = {
    direction: set(IGNORE["protocols"]["json"].get(direction, {}).get("cases", []))
    for direction in ("input", "output")
}
# Suites of the ignore list our client still cannot pass, with why.
KNOWN_SKIPS = {
    "Test cases for PutWithContentEncoding operation": (
        "request compression (the requestcompression trait) is not implemented; "
        "botocore skips this suite too"
    ),
    "Test cases for HostWithPathOperation operation": (
        "botocore skips this suite too: endpoints with a path"
    ),
}


# Cases botocore runs that this client cannot: event streams are rejected by
# the loader, by name, until they are implemented.
UNSUPPORTED_SUITES = {
    "RPC JSON Event Stream": "event streams are not supported yet (the loader rejects them by name)",
}


def _suites(kind: str) -> list[dict[str, Any]]:
    return json.loads((DATA / FILES[kind]).read_text())


def _case_params() -> list[Any]:
    params = []
    for kind in FILES:
        direction = "input" if kind.endswith("input") else "output"
        for suite_index, suite in enumerate(_suites(kind)):
            for case_index, case in enumerate(suite["cases"]):
                name = case.get("id") or f"{suite['description']}#{case_index}"
                marks = []
                skip = KNOWN_SKIPS.get(suite["description"]) if direction == "input" else None
                if skip and suite["description"] in IGNORED_SUITES:
                    marks.append(pytest.mark.skip(reason=skip))
                if suite["description"] in UNSUPPORTED_SUITES:
                    marks.append(pytest.mark.skip(reason=UNSUPPORTED_SUITES[suite["description"]]))
                params.append(
                    pytest.param(kind, suite_index, case_index, id=f"{kind}:{name}", marks=marks)
                )
    return params


class RecordingHandler:
    """A request handler that records requests and answers with one canned response."""

    def __init__(
        self, status: int = 200, headers: dict[str, str] | None = None, body: bytes = b"{}"
    ):
        self.requests: list[Any] = []
        self.status = status
        self.headers = {k.lower(): v for k, v in (headers or {}).items()}
        self.body = body

    def send(self, request: Any, *, timeouts: Any) -> Any:
        from runtime.transports.http import HttpResponse

        self.requests.append(request)
        return HttpResponse(self.status, self.headers, self.body)

    def close(self) -> None:
        pass


_PACKAGES: dict[tuple[str, int, str], tuple[ModuleType, Any]] = {}
_COUNTER = iter(range(1_000_000))


def _fix_suite_shapes(shapes: dict[str, Any]) -> dict[str, Any]:
    """Correct the two malformed shapes in botocore's suites.

    In legacy/output "Lists", ``MapType`` is declared ``"type": "string"`` yet
    has ``key``/``value`` and is used as a map (``ListMemberMap`` holds ``{}``
    values). botocore ignores the contradiction; our schema rejects it, so the
    harness restores the type the suite means. In legacy/input, the ``hostLabel``
    member of ``MemberRefInputShape`` is not required, which Smithy's hostLabel
    trait demands and our loader checks; every case passes it, so the harness
    marks it required.
    """
    fixed = dict(shapes)
    for name, shape in shapes.items():
        if shape.get("type") == "string" and "key" in shape and "value" in shape:
            fixed[name] = {**shape, "type": "map"}
        labels = [m for m, spec in shape.get("members", {}).items() if spec.get("hostLabel")]
        if labels:
            fixed[name] = {**shape, "required": sorted({*shape.get("required", []), *labels})}
    return fixed


def _package(
    kind: str, suite_index: int, given: dict[str, Any], root: Path
) -> tuple[ModuleType, Any]:
    """Generate (once) and import the client for one suite operation."""
    given_key = json.dumps(given, sort_keys=True)
    key = (kind, suite_index, given_key)
    if key not in _PACKAGES:
        suite = _suites(kind)[suite_index]
        number = next(_COUNTER)
        metadata = {
            # Legacy output suites omit the request-side facts; they do not
            # affect parsing, so the harness supplies them explicitly.
            "jsonVersion": "1.1",
            "targetPrefix": "TestService",
            **suite["metadata"],
            "endpointPrefix": f"proto{number}",
            "serviceId": f"Proto {number}",
            "signingName": "service",
        }
        model = {
            "version": "2.0",
            "metadata": metadata,
            "operations": {given["name"]: given},
            "shapes": _fix_suite_shapes(suite["shapes"]),
        }
        model_dir = root / f"model{number}"
        model_dir.mkdir()
        (model_dir / "service-2.json").write_text(json.dumps(model))
        service = load_model(model_dir)
        package_dir = write_package(service, root / "out", "0.0.0")
        sys.path.insert(0, str(package_dir / "src"))
        _PACKAGES[key] = (importlib.import_module(service.package_name), service)
    return _PACKAGES[key]


@pytest.fixture(scope="session")
def protocol_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("protocol")


def _client(
    package: ModuleType, service: Any, handler: RecordingHandler, host: str = "example.com"
) -> Any:
    client_class = getattr(package, service.client_name)
    return client_class(
        region="us-east-1",
        endpoint_url=f"https://{host}",
        credentials=package.Credentials("AKID", "SECRET"),
        request_handler=handler,
    )


def _command(package: ModuleType, operation: str, params: dict[str, Any]) -> Any:
    commands = importlib.import_module(f"{package.__name__}.commands")
    return getattr(commands, f"{operation}Command")(params)


def normalize(value: Any) -> Any:
    """Our boto3-style values in the test files' notation (epoch numbers, text blobs)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, bytes):
        return value.decode("utf-8")
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    if isinstance(value, dict):
        return {k: normalize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalize(v) for v in value]
    return value


def _expected(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return normalize(value)
    if isinstance(value, dict):
        return {k: _expected(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_expected(v) for v in value]
    return value


@pytest.mark.parametrize("json_codec", ["orjson", "stdlib"])
@pytest.mark.parametrize(("kind", "suite_index", "case_index"), _case_params())
def test_protocol_case(
    kind: str,
    suite_index: int,
    case_index: int,
    json_codec: str,
    protocol_root: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    case = _suites(kind)[suite_index]["cases"][case_index]
    package, service = _package(kind, suite_index, case["given"], protocol_root)
    codec = importlib.import_module("typed_aws_runtime.protocols.jsoncodec")
    if json_codec == "stdlib":
        # The client without its optional orjson extra.
        monkeypatch.setattr(codec.ORJSON, "loads", None)
        monkeypatch.setattr(codec.ORJSON, "dumps", None)
    else:
        monkeypatch.setattr(codec, "FAST_AFTER", 0)  # orjson for every body, small as they are
        assert codec.ORJSON.loads is not None, "orjson is a pinned dev dependency"
    if kind.endswith("input"):
        _check_input(package, service, case, monkeypatch)
    else:
        _check_output(package, service, case)


# The legacy suites expect the endpoint botocore resolves for a service named
# "service" in "region"; the Smithy-derived ones use example.com.
LEGACY_HOST = "service.region.amazonaws.com"
# botocore's runner pins uuid4 to this value for the idempotency-token cases; we pin
# the runtime's id source (``model/ids.py``) to it.
FIXED_UUID = uuid.UUID("00000000-0000-4000-8000-000000000000")


def _check_input(
    package: ModuleType, service: Any, case: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    handler = RecordingHandler()
    expected_host = case["serialized"].get("host", "")
    host = LEGACY_HOST if expected_host.endswith(LEGACY_HOST) else "example.com"
    client = _client(package, service, handler, host)
    awsjson = importlib.import_module("typed_aws_runtime.protocols.awsjson")
    monkeypatch.setattr(awsjson, "random_uuid", lambda: str(FIXED_UUID))
    client.send(_command(package, case["given"]["name"], case["params"]))
    (request,) = handler.requests
    expected = case["serialized"]
    url = urlsplit(request.url)
    assert request.method == expected.get("method", "POST")  # legacy cases omit it
    assert (url.path or "/") + (f"?{url.query}" if url.query else "") == expected["uri"]
    headers = {k.lower(): v for k, v in request.headers.items()}
    for name, value in expected.get("headers", {}).items():
        assert headers.get(name.lower()) == value, name
    for name in expected.get("forbidHeaders", []):
        assert name.lower() not in headers
    if "host" in expected:
        assert url.hostname == expected["host"]
    expected_body = json.loads(expected["body"]) if expected.get("body") else {}
    assert json.loads(request.body or b"{}") == expected_body


def _check_output(package: ModuleType, service: Any, case: dict[str, Any]) -> None:
    response = case["response"]
    handler = RecordingHandler(
        response["status_code"], response.get("headers"), response.get("body", "").encode()
    )
    client = _client(package, service, handler)
    command = _command(package, case["given"]["name"], {})
    if "error" in case or "errorCode" in case:
        with pytest.raises(package.ServiceError) as caught:
            client.send(command)
        error = caught.value
        assert error.code == case["errorCode"]
        if "errorMessage" in case:
            assert error.message == case["errorMessage"]
        assert error.status_code == response["status_code"]
        assert normalize(error.to_dict()) == _expected(case.get("error", {}))
        return
    result = client.send(command)
    parsed = normalize(result.to_dict()) if result is not None else {}
    assert parsed == _expected(case["result"])
