"""Interceptors (the client's ``extensions``) run at their named points, in order."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.localserver import LocalAwsServer, RecordedRequest


from partnercentral_selling import Credentials, PartnerCentralSellingClient  # noqa: E402
from typed_aws_runtime.pipeline.interceptors import (  # noqa: E402
    Interceptor,
    InterceptorContext,
)
from partnercentral_selling.shapes import GetOpportunityRequest  # noqa: E402

HOOKS = [
    "read_before_execution",
    "modify_before_serialization",
    "read_after_serialization",
    "modify_before_signing",
    "read_after_signing",
    "modify_before_transmit",
    "read_after_transmit",
    "modify_before_deserialization",
    "read_after_deserialization",
    "read_after_execution",
]


class Recorder(Interceptor):
    """Records every hook; adds a signed header and an unsigned one."""

    def __init__(self, name: str, log: list[str]) -> None:
        self.name = name
        self.log = log

    def __getattribute__(self, attribute: str) -> Any:
        value = super().__getattribute__(attribute)
        if attribute in HOOKS:
            log = super().__getattribute__("log")
            name = super().__getattribute__("name")

            def hook(context: InterceptorContext) -> Any:
                log.append(f"{name}.{attribute}")
                return value(context)

            return hook
        return value

    def modify_before_serialization(self, context: InterceptorContext) -> Any:
        assert isinstance(context.input, GetOpportunityRequest)
        return GetOpportunityRequest(catalog="Sandbox", identifier=context.input.identifier + "-x")

    def modify_before_signing(self, context: InterceptorContext) -> Any:
        assert context.request is not None
        context.request.headers[f"x-{self.name}-signed"] = "yes"
        return context.request

    def read_after_signing(self, context: InterceptorContext) -> None:
        assert context.request is not None and "Authorization" in context.request.headers

    def read_after_deserialization(self, context: InterceptorContext) -> None:
        assert context.output is not None and context.output.id == "O1-x-x"


def _answer(request: RecordedRequest) -> tuple[int, dict[str, str], bytes]:
    body = {"Id": request.json()["Identifier"], "Catalog": "Sandbox"}
    return 200, {"Content-Type": "application/x-amz-json-1.0"}, json.dumps(body).encode()


def test_hooks_run_in_order_and_modifications_take_effect() -> None:
    log: list[str] = []
    with LocalAwsServer(
        handler=_answer,
        credentials=("AKID", "secret", None),
        region="us-east-1",
        service="partnercentral-selling",
    ) as server:
        with PartnerCentralSellingClient(
            region="us-east-1",
            endpoint_url=server.url,
            credentials=Credentials("AKID", "secret"),
            extensions=[Recorder("a", log), Recorder("b", log)],
        ) as client:
            result = client.get_opportunity(catalog="Sandbox", identifier="O1")
        (request,) = server.requests
    assert result.id == "O1-x-x"
    assert request.signature_valid is True
    signed = request.header("Authorization") or ""
    assert "x-a-signed" in signed and "x-b-signed" in signed
    expected = [f"{who}.{hook}" for hook in HOOKS for who in ("a", "b")]
    assert log == expected


def test_a_hook_error_ends_the_call() -> None:
    class Refuse(Interceptor):
        def read_before_execution(self, context: InterceptorContext) -> None:
            raise PermissionError(f"{context.operation_name} is not allowed here")

    with LocalAwsServer() as server:
        client = PartnerCentralSellingClient(
            region="us-east-1",
            endpoint_url=server.url,
            credentials=Credentials("AKID", "secret"),
            extensions=[Refuse()],
        )
        with pytest.raises(PermissionError, match="GetOpportunity is not allowed"):
            client.get_opportunity(catalog="Sandbox", identifier="O1")
        assert server.requests == []
        client.close()
