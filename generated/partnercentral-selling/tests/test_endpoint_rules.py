"""The endpoint rule set's own test cases, run through this package's client.

Each case of the model's endpoint tests (in `endpoint_tests.json` beside this module) is
resolved the way a user's client resolves it: a client built from the case's options,
then the route of a call, made by the pipeline's build step (nothing is sent). A case
naming operations routes those calls, so their context parameters apply; any other routes
a call that sets no parameter of its own. The URL, headers and properties the rules gave
must be the case's, and the call's route must use them; an error case must fail with
the rule set's message. Run with the package installed (or its `src` on `sys.path`):
`pytest tests`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from typed_aws_runtime.config.endpoints import (
    Endpoint,
    EndpointResolutionError,
    RuleSetResolver,
)
from typed_aws_runtime.config.routing import Route
from typed_aws_runtime.pipeline.operation import OperationSpec

from partnercentral_selling import PartnerCentralSellingClient, Credentials, commands

CASES: list[dict[str, Any]] = json.loads(
    Path(__file__).with_name("endpoint_tests.json").read_text(encoding="utf-8")
)
# A call without input or endpoint parameters: the route of every such call of a client.
PLAIN_CALL: OperationSpec[None] = OperationSpec(name="EndpointTest", input=None, output=None)


@pytest.fixture(autouse=True)
def no_aws_configuration(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Only the case sets options: no AWS_* variable, no config or credentials file."""
    for name in list(os.environ):
        if name.startswith("AWS_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "credentials"))


@pytest.fixture
def resolved(monkeypatch: pytest.MonkeyPatch) -> list[Endpoint]:
    """The endpoints the client's rules return, whole: a route keeps no property but the
    signing scope, so the rules' answer is watched on its way to the route."""
    endpoints: list[Endpoint] = []
    resolve = RuleSetResolver.resolve

    def watched(self: RuleSetResolver, params: Any) -> Endpoint:
        endpoint = resolve(self, params)
        endpoints.append(endpoint)
        return endpoint

    monkeypatch.setattr(RuleSetResolver, "resolve", watched)
    return endpoints


def route(call: dict[str, Any]) -> Route:
    """The route of ``call``'s command (or of a plain call) from a client with its options."""
    credentials = Credentials("AKIDEXAMPLE", "SECRET", account_id=call["account_id"])
    with PartnerCentralSellingClient(**call["options"], credentials=credentials) as client:
        if call["command"] is None:
            return client._core.build_request(PLAIN_CALL, None)[1]
        command = getattr(commands, call["command"])(call["input"])
        return client._core.build_request(command.operation, command.input)[1]


@pytest.mark.parametrize("case", CASES, ids=[str(index) for index in range(len(CASES))])
def test_endpoint_rules(case: dict[str, Any], resolved: list[Endpoint]) -> None:
    if case["skip"]:
        pytest.skip(case["skip"])
    expected = case["expect"]
    for call in case["calls"]:
        if "error" in expected:
            with pytest.raises(EndpointResolutionError) as raised:
                route(call)
            assert str(raised.value) == expected["error"], case["documentation"]
            continue
        taken = route(call)
        endpoint = expected["endpoint"]
        assert resolved, f"the client resolved no endpoint: {case['documentation']}"
        got = resolved[-1]
        assert (got.url, got.properties, got.headers) == (
            endpoint["url"],
            endpoint.get("properties", {}),
            endpoint.get("headers", {}),
        ), case["documentation"]
        assert taken.url == endpoint["url"].rstrip("/"), case["documentation"]
        assert taken.headers == {
            name: ",".join(values) for name, values in endpoint.get("headers", {}).items()
        }, case["documentation"]
        schemes = endpoint.get("properties", {}).get("authSchemes", [])
        signed = [s for s in schemes if s.get("name") in ("sigv4", "sigv4a")][:1]
        for scheme in signed:
            assert taken.scope == (
                scheme.get("signingName", taken.scope[0]),
                scheme.get("signingRegion", taken.scope[1]),
            ), case["documentation"]
