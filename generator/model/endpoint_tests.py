"""The endpoint rule set's test cases, checked against the rest of the IR.

Both model formats carry them in the same structure (botocore's
``endpoint-tests-1.json``, Smithy's ``smithy.rules#endpointTests`` trait), and each front
end checks the shape of the file or trait itself (a JSON Schema, the trait's reader). What
only the IR knows is checked here, for every front end alike: each ``params`` and
``clientParams`` name is a parameter of the rule set, each ``builtInParams`` name a
built-in it takes, values have the parameter's type, and each ``operationName`` is an
operation of the model whose input has the ``operationParams`` members. A wrong case
would otherwise become a generated test that fails or, worse, tests nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..errors import ModelError, json_pointer
from .ir import Service

_TYPE_NAMES = {"string": "a string", "boolean": "a boolean", "stringarray": "a list of strings"}


def check_endpoint_tests(
    service: Service, cases: Sequence[Mapping[str, Any]], file: Path | str, pointer: str
) -> None:
    """Raise :class:`ModelError` for the first case that does not fit ``service``.

    ``cases`` are the test cases, shaped as botocore's file has them (already checked
    against that shape); ``pointer`` is the JSON pointer of their list in ``file``. An
    operation the generator left out (``service.skipped_operations``) is no error: its
    cases become skipped tests.
    """
    if cases and service.endpoint_rule_set is None:
        raise ModelError(
            file,
            pointer,
            "the model has endpoint test cases but no endpoint rule set",
            "add the rule set or remove the test cases",
        )
    parameters: Mapping[str, Mapping[str, Any]] = (service.endpoint_rule_set or {}).get(
        "parameters", {}
    )
    built_ins = {spec["builtIn"]: spec for spec in parameters.values() if "builtIn" in spec}
    operations = {operation.name: operation for operation in service.operations}
    for index, case in enumerate(cases):
        where = f"{pointer}/{index}"
        _check_values(case.get("params", {}), parameters, file, f"{where}/params", "parameter")
        for call_index, call in enumerate(case.get("operationInputs", ())):
            at = f"{where}/operationInputs/{call_index}"
            _check_values(
                call.get("builtInParams", {}), built_ins, file, f"{at}/builtInParams", "built-in"
            )
            _check_values(
                call.get("clientParams", {}), parameters, file, f"{at}/clientParams", "parameter"
            )
            name = call["operationName"]
            if name in service.skipped_operations:
                continue
            operation = operations.get(name)
            if operation is None:
                raise ModelError(
                    file,
                    f"{at}/operationName",
                    f"the model has no operation {name!r}",
                    "name one of the model's operations",
                )
            members = (
                {m.wire_name for m in service.shape(operation.input).members}
                if operation.input is not None
                else set()
            )
            for member in call.get("operationParams", {}):
                if member not in members:
                    raise ModelError(
                        file,
                        f"{at}/operationParams" + json_pointer(member),
                        f"the input of {name} has no member {member!r}",
                        f"use one of {', '.join(sorted(members))}" if members else "remove it",
                    )


def _check_values(
    values: Mapping[str, Any],
    declared: Mapping[str, Mapping[str, Any]],
    file: Path | str,
    pointer: str,
    kind: str,
) -> None:
    """Each of ``values`` names a ``declared`` rule-set ``kind`` and has its type."""
    for name, value in values.items():
        where = pointer + json_pointer(name)
        spec = declared.get(name)
        if spec is None:
            raise ModelError(
                file,
                where,
                f"the endpoint rule set takes no {kind} {name!r}",
                f"use one of {', '.join(sorted(declared))}" if declared else "remove it",
            )
        expected = str(spec["type"]).lower()
        if not _has_type(value, expected):
            raise ModelError(
                file,
                where,
                f"{name} is {_TYPE_NAMES.get(expected, expected)} in the endpoint rule set, "
                f"not {value!r}",
                "fix the value",
            )


def _has_type(value: Any, expected: str) -> bool:
    if expected == "boolean":
        return isinstance(value, bool)
    if expected == "stringarray":
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    return isinstance(value, str)
