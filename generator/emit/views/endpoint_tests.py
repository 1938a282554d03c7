"""The endpoint rule set's test cases as the calls a user's client would make.

Each case of ``Service.endpoint_tests`` becomes client options and, when it names
operations, the commands to route; the generated ``tests/test_endpoint_rules.py`` only
runs them. A case whose values no client of this package can be given is kept, with the
reason it is skipped, so the tests never pass it silently.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from .base import ViewBase

# Built-ins a client option sets (the runtime's ``pipeline/configure.py`` binds them back).
_OPTIONS = {
    "AWS::Region": "region",
    "AWS::UseFIPS": "use_fips_endpoint",
    "AWS::UseDualStack": "use_dualstack_endpoint",
    "SDK::Endpoint": "endpoint_url",
    "AWS::Auth::AccountIdEndpointMode": "account_id_endpoint_mode",
}
# Bound per call from the signing credentials: the tests give credentials with this account.
_ACCOUNT_ID = "AWS::Auth::AccountId"
# What the client takes as a region (runtime/config/client_config.py, like botocore's
# validate_region_name): one RFC 1123 host label. Anything else fails when the client is
# built, before any rule runs.
_REGION = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")


class _Inexpressible(Exception):
    """A case's value no client of the package can be given; the message says which."""


class EndpointTestsView(ViewBase):
    """The cases, prepared for the generated test module (only asked when there are some)."""

    def endpoint_tests_json(self) -> str:
        """The prepared cases as JSON text, ASCII only so no character needs escaping."""
        cases = [self._prepared(case) for case in self.service.endpoint_tests]
        text = json.dumps(cases, indent=1, ensure_ascii=True) + "\n"
        # DEL is ASCII, so json leaves it raw; the package's text files hold no controls.
        return text.replace("\x7f", "\\u007f")

    def _prepared(self, case: Mapping[str, Any]) -> dict[str, Any]:
        """``{"documentation", "skip", "calls", "expect"}``; ``skip`` is "" or why."""
        try:
            if "operationInputs" in case:
                calls = [self._operation_call(call) for call in case["operationInputs"]]
            else:
                calls = [self._client_call(case.get("params", {}))]
            if "endpoint" in case["expect"] and not _signing_region(case["expect"]["endpoint"]):
                _check_region(calls)
            _check_region_name(calls)
            skip = ""
        except _Inexpressible as reason:
            calls, skip = [], str(reason)
        return {
            "documentation": case["documentation"],
            "skip": skip,
            "calls": calls,
            "expect": case["expect"],
        }

    def _client_call(self, params: Mapping[str, Any]) -> dict[str, Any]:
        """A call that sets no parameter of its own, from a client given ``params``."""
        declared = (self.service.endpoint_rule_set or {}).get("parameters", {})
        built_ins = {}
        client_params = {}
        for name, value in params.items():
            if "builtIn" in declared[name]:
                built_ins[declared[name]["builtIn"]] = value
            else:
                client_params[name] = value
        return self._call(built_ins, client_params, operation=None, operation_params={})

    def _operation_call(self, call: Mapping[str, Any]) -> dict[str, Any]:
        name = call["operationName"]
        if name in self.service.skipped_operations:
            raise _Inexpressible(
                f"the operation {name} is left out of the package: "
                f"{self.service.skipped_operations[name]}"
            )
        return self._call(
            call.get("builtInParams", {}),
            call.get("clientParams", {}),
            operation=name,
            operation_params=call.get("operationParams", {}),
        )

    def _call(
        self,
        built_ins: Mapping[str, Any],
        client_params: Mapping[str, Any],
        *,
        operation: str | None,
        operation_params: Mapping[str, Any],
    ) -> dict[str, Any]:
        """``{"options", "account_id", "command", "input"}``: a client and one call of it."""
        options: dict[str, Any] = {}
        account_id = None
        for built_in, value in built_ins.items():
            if built_in == _ACCOUNT_ID:
                account_id = value
            elif built_in in _OPTIONS:
                options[_OPTIONS[built_in]] = value
            else:
                raise _Inexpressible(f"the built-in {built_in} has no client option")
        client_options = {p.name: p.python_name for p in self.service.client_context_params}
        for name, value in client_params.items():
            if name in client_options:
                options[client_options[name]] = value
            elif operation is None and self._bound_by_operations(name):
                raise _Inexpressible(
                    f"the parameter {name} is set only by an operation's input, "
                    "and the case names no operation"
                )
            else:
                raise _Inexpressible(f"no client option sets the parameter {name}")
        return {
            "options": options,
            "account_id": account_id,
            "command": (
                None if operation is None else self.operations_by_name[operation].command_name
            ),
            "input": dict(operation_params),
        }

    def _bound_by_operations(self, parameter: str) -> bool:
        return any(
            binding.parameter == parameter
            for operation in self.service.operations
            for binding in operation.endpoint_bindings
        )


def _signing_region(endpoint: Mapping[str, Any]) -> str | None:
    """The region the expected endpoint's SigV4 scheme signs for, if it names one."""
    for scheme in endpoint.get("properties", {}).get("authSchemes", ()):
        if scheme.get("name") in ("sigv4", "sigv4a"):
            region: str | None = scheme.get("signingRegion")
            return region
    return None


def _check_region_name(calls: list[dict[str, Any]]) -> None:
    """A region the client refuses when it is built cannot reach the rules.

    The rule sets test that such a region (``us-east-1/#``) is refused; the client refuses it
    earlier, as botocore's does, with a ``ConfigurationError`` naming the option.
    """
    for call in calls:
        region = call["options"].get("region")
        if isinstance(region, str) and not _REGION.fullmatch(region):
            raise _Inexpressible(
                f"the client refuses the region {region!r} when it is built (not a host "
                "label), before the endpoint rules run"
            )


def _check_region(calls: list[dict[str, Any]]) -> None:
    """The client refuses an endpoint it cannot sign for: without a region, the case's."""
    if any("region" not in call["options"] for call in calls):
        raise _Inexpressible(
            "the case gives no region, and the client needs one to sign for the endpoint"
        )
