"""The Smithy RPC v2 CBOR protocol tests (botocore's form), every case, over real HTTP.

For each suite operation a client package is generated from a one-operation model
and imported; every case runs through the real client and the default transport
against a local HTTP/1.1 server (``tests/localserver.py``) this module starts:
input cases send ``params`` and compare the request the server received (method,
path, headers, forbidden and required headers, the body as decoded CBOR values);
output cases have the server answer with the canned response and compare the
parsed output or error. Nothing is skipped, not even the two output cases
botocore's ignore list skips (``IGNORED``): both pass here (a dense map's nulls
are skipped, extra members of any CBOR kind ignored).
"""

from __future__ import annotations

import base64
import importlib
import json
import math
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import cbor2
import pytest

from generator.emit.package import write_package
from generator.loaders import load_model
from tests.localserver import LocalAwsServer, RecordedRequest, Response
from tests.test_protocol import _expected, _fix_suite_shapes, normalize

DATA = Path(__file__).parent / "data" / "protocol-tests" / "botocore"
FILES = {"input": "input/smithy-rpc-v2-cbor.json", "output": "output/smithy-rpc-v2-cbor.json"}
IGNORE = json.loads((DATA / "protocol-tests-ignore-list.json").read_text())
# What botocore skips; listed so that a reader sees they are run here.
IGNORED = IGNORE["protocols"]["smithy-rpc-v2-cbor"]["output"]["cases"]


def _suites(kind: str) -> list[dict[str, Any]]:
    return json.loads((DATA / FILES[kind]).read_text())  # type: ignore[no-any-return]


CASES = [
    pytest.param(kind, s, c, id=f"{kind}:{case.get('id') or c}")
    for kind in FILES
    for s, suite in enumerate(_suites(kind))
    for c, case in enumerate(suite["cases"])
]


class _Answers:
    """The local server's handler: the next canned response, or an empty 200."""

    def __init__(self) -> None:
        self.next: Response = (200, {"Content-Type": "application/cbor"}, b"")

    def __call__(self, request: RecordedRequest) -> Response:
        return self.next


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[LocalAwsServer, _Answers]]:
    answers = _Answers()
    with LocalAwsServer(answers) as running:
        yield running, answers


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("rpcv2cbor-protocol")


_PACKAGES: dict[str, tuple[ModuleType, Any]] = {}


def _package(kind: str, suite_index: int, given: dict[str, Any], root: Path) -> Any:
    """Generate (once) and import the client of one suite operation."""
    key = json.dumps([kind, suite_index, given], sort_keys=True)
    if key not in _PACKAGES:
        suite = _suites(kind)[suite_index]
        number = len(_PACKAGES)
        model = {
            "version": "2.0",
            "metadata": {
                **suite["metadata"],
                # Not "Cbor N": the package would be named cbor2, like the codec.
                "endpointPrefix": f"rpcproto{number}",
                "serviceId": f"Rpc Proto {number}",
                "signingName": "service",
            },
            "operations": {given["name"]: given},
            "shapes": _fix_suite_shapes(suite["shapes"]),
        }
        folder = root / f"model{number}"
        folder.mkdir()
        (folder / "service-2.json").write_text(json.dumps(model))
        service = load_model(folder)
        package_dir = write_package(service, root / "out", "0.0.0")
        sys.path.insert(0, str(package_dir / "src"))
        _PACKAGES[key] = (importlib.import_module(service.package_name), service)
    return _PACKAGES[key]


def _comparable(value: Any) -> Any:
    """A decoded CBOR value with NaN made equal to itself."""
    if isinstance(value, float) and math.isnan(value):
        return "NaN"
    if isinstance(value, dict):
        return {k: _comparable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_comparable(v) for v in value]
    return value


@pytest.mark.parametrize(("kind", "suite_index", "case_index"), CASES)
def test_protocol_case(
    kind: str,
    suite_index: int,
    case_index: int,
    root: Path,
    server: tuple[LocalAwsServer, _Answers],
) -> None:
    running, answers = server
    case = _suites(kind)[suite_index]["cases"][case_index]
    package, service = _package(kind, suite_index, case["given"], root)
    client = getattr(package, service.client_name)(
        region="us-east-1",
        endpoint_url=running.url,
        credentials=package.Credentials("AKID", "SECRET"),
    )
    commands = importlib.import_module(f"{package.__name__}.commands")
    command = getattr(commands, f"{case['given']['name']}Command")
    running.clear()
    try:
        if kind == "input":
            answers.next = (200, {"Content-Type": "application/cbor"}, b"")
            client.send(command(case["params"]))
            _check_request(running.requests, case["serialized"])
        else:
            response = case["response"]
            answers.next = (
                response["status_code"],
                response.get("headers", {}),
                base64.b64decode(response.get("body", "")),
            )
            _check_output(package, client, command({}), case)
    finally:
        client.close()


def _check_request(requests: list[RecordedRequest], expected: dict[str, Any]) -> None:
    (request,) = requests
    assert request.method == expected["method"]
    assert request.path == expected["uri"]
    for name, value in expected.get("headers", {}).items():
        assert request.header(name) == value, name
    for name in expected.get("forbidHeaders", []):
        assert request.header(name) is None, name
    for name in expected.get("requireHeaders", []):
        assert request.header(name) is not None, name
    want = base64.b64decode(expected["body"]) if expected.get("body") else b""
    if not want:
        assert request.body == b""
    else:
        assert _comparable(cbor2.loads(request.body)) == _comparable(cbor2.loads(want))


def _check_output(package: ModuleType, client: Any, command: Any, case: dict[str, Any]) -> None:
    if "errorCode" in case:
        with pytest.raises(package.ServiceError) as caught:
            client.send(command)
        error = caught.value
        assert error.code == case["errorCode"]
        assert error.status_code == case["response"]["status_code"]
        if "errorMessage" in case:
            assert error.message == case["errorMessage"]
        assert normalize(error.to_dict()) == _expected(case.get("error", {}))
        return
    result = client.send(command)
    parsed = normalize(result.to_dict()) if result is not None else {}
    assert parsed == _expected(case.get("result") or {})


def test_botocore_skips_two_output_cases_that_run_here() -> None:
    names = {case.get("id") for suite in _suites("output") for case in suite["cases"]}
    assert set(IGNORED) <= names and len(IGNORED) == 2
