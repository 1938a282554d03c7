"""Differential tests: the generated client against botocore, the reference implementation.

For every operation, a fully populated input (see ``tests/populate.py``) is
serialized by botocore's ``json`` serializer and by the generated client's
``ClientCore.build_request``; target, content type and JSON body must agree.
For every operation with an output, a fully populated response body is parsed
by botocore's ``json`` parser and by ``parse_response``; the boto3-style dicts
must agree. Every modeled error is parsed by both sides. Variants rotate the
chosen union member (and enum values) so every union member is exercised.

Nothing here does I/O: requests are built, never sent.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import botocore.model
import botocore.parsers
import botocore.serialize
import pytest

from tests.populate import populate, to_wire_json, union_choices, union_variants, walk_timestamps

ROOT = Path(__file__).resolve().parent.parent

from partnercentral_selling import _operations, commands, errors  # noqa: E402
from typed_aws_runtime.auth.credentials import Credentials  # noqa: E402
from typed_aws_runtime.model.structure import UnknownVariant  # noqa: E402
from typed_aws_runtime.pipeline.core import ClientCore  # noqa: E402
from typed_aws_runtime.protocols.awsjson import (  # noqa: E402
    parse_error,
    parse_response,
)
from typed_aws_runtime.transports.http import HttpResponse  # noqa: E402

MODEL_PATH = ROOT / "models" / "partnercentral-selling" / "2022-07-26" / "service-2.json"
MODEL: dict[str, Any] = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
SHAPES: dict[str, Any] = MODEL["shapes"]
SERVICE_MODEL = botocore.model.ServiceModel(MODEL)
SERIALIZER = botocore.serialize.create_serializer("json", include_validation=True)
PARSER = botocore.parsers.create_parser("json")

COMMANDS: dict[str, type[commands.Command[Any]]] = {
    cls.operation.name: cls
    for name in commands.__all__
    if name != "Command"
    for cls in [getattr(commands, name)]
}
OPERATIONS = sorted(MODEL["operations"])
OUTPUT_OPERATIONS = [name for name in OPERATIONS if "output" in MODEL["operations"][name]]
ERROR_SHAPES = sorted(name for name, shape in SHAPES.items() if shape.get("exception"))
TOKEN_MEMBERS = {
    name: [
        m
        for m, ref in SHAPES[op["input"]["shape"]]["members"].items()
        if ref.get("idempotencyToken")
    ]
    for name, op in MODEL["operations"].items()
    if "input" in op
}
TOKEN_OPERATIONS = sorted(name for name, members in TOKEN_MEMBERS.items() if members)
ERROR_NAMESPACE = "com.amazonaws.partnercentralselling"
ISO8601 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")


class _NoNetwork:
    """A request handler that must never be used: these tests do no I/O."""

    def send(self, request: Any, *, timeouts: Any) -> Any:
        raise AssertionError("the differential tests must not send requests")

    def close(self) -> None:
        pass


CORE = ClientCore(
    _operations._SERVICE,
    region="us-east-1",
    endpoint_url="https://example.com",
    credentials=Credentials("AKID", "SECRET"),
    request_handler=_NoNetwork(),
)


def _variant_cases(operations: list[str], key: str) -> list[Any]:
    cases = []
    for name in operations:
        shape_name = MODEL["operations"][name][key]["shape"]
        for variant in range(union_variants(SHAPES, shape_name)):
            cases.append(pytest.param(name, variant, id=f"{name}-v{variant}"))
    return cases


INPUT_CASES = _variant_cases(OPERATIONS, "input")
OUTPUT_CASES = _variant_cases(OUTPUT_OPERATIONS, "output")


def _canonical_timestamps(shape_name: str, wire: Any) -> Any:
    """Make ISO-8601 timestamps of a wire value comparable across precisions.

    botocore writes sub-second ISO-8601 timestamps with six fractional digits
    (``...46.075000Z``), the generated client with three (``...46.075Z``); both
    denote the same instant. Only trailing zeros of the fraction are removed,
    after checking the text is a UTC ISO-8601 timestamp; anything else is left
    as it is, so a wrong format still fails the comparison.
    """
    for fmt, text in list(walk_timestamps(SHAPES, shape_name, wire)):
        if fmt == "iso8601":
            assert isinstance(text, str) and ISO8601.match(
                text
            ), f"not an ISO-8601 timestamp: {text!r}"
    return _strip_fraction_zeros(shape_name, wire)


def _strip_fraction_zeros(shape_name: str, wire: Any, ref: dict[str, Any] | None = None) -> Any:
    shape = SHAPES[shape_name]
    kind = shape["type"]
    if wire is None:
        return None
    if kind == "structure" and not shape.get("document"):
        return {
            key: (
                _strip_fraction_zeros(shape["members"][key]["shape"], value, shape["members"][key])
                if key in shape["members"]
                else value
            )
            for key, value in wire.items()
        }
    if kind == "list":
        return [_strip_fraction_zeros(shape["member"]["shape"], v, shape["member"]) for v in wire]
    if kind == "map":
        return {
            k: _strip_fraction_zeros(shape["value"]["shape"], v, shape["value"])
            for k, v in wire.items()
        }
    if kind == "timestamp" and isinstance(wire, str) and "." in wire:
        head, _, fraction = wire[:-1].partition(".")
        fraction = fraction.rstrip("0")
        return f"{head}.{fraction}Z" if fraction else f"{head}Z"
    return wire


def _input_shape(operation: str) -> str:
    name: str = MODEL["operations"][operation]["input"]["shape"]
    return name


def _output_shape(operation: str) -> str:
    name: str = MODEL["operations"][operation]["output"]["shape"]
    return name


def _botocore_request(operation: str, params: dict[str, Any]) -> dict[str, Any]:
    request: dict[str, Any] = SERIALIZER.serialize_to_request(
        params, SERVICE_MODEL.operation_model(operation)
    )
    return request


def _our_request(operation: str, params: dict[str, Any]) -> Any:
    command = COMMANDS[operation](params)
    request, _ = CORE.build_request(command.operation, command.input)
    return request


def _botocore_parse(
    shape: botocore.model.Shape | None,
    body: bytes,
    status: int = 200,
    headers: dict[str, str] | None = None,
) -> dict[str, Any]:
    parsed: dict[str, Any] = PARSER.parse(
        {"status_code": status, "headers": headers or {}, "body": body}, shape
    )
    return parsed


# -- the helper itself -----------------------------------------------------------


def test_every_operation_has_a_command() -> None:
    assert sorted(COMMANDS) == OPERATIONS
    assert len(OPERATIONS) == 63
    assert len(ERROR_SHAPES) == 7
    assert len(TOKEN_OPERATIONS) == 13


def test_variants_exercise_every_union_member() -> None:
    """Across the variants, the populated inputs and outputs use every member of every union."""
    expected = {
        (name, member)
        for name, shape in SHAPES.items()
        if shape.get("union")
        for member in shape["members"]
    }
    used: set[tuple[str, str]] = set()
    for case in INPUT_CASES + OUTPUT_CASES:
        operation, variant = case.values
        for key in ("input", "output"):
            ref = MODEL["operations"][operation].get(key)
            if ref:
                value = populate(SHAPES, ref["shape"], variant=variant)
                used |= union_choices(SHAPES, ref["shape"], value)
    assert expected - used == set()


def test_populate_sets_every_member_and_limits_recursion() -> None:
    value = populate(SHAPES, "SearchOpportunitiesRequest", variant=4)
    assert set(value) == set(SHAPES["SearchOpportunitiesRequest"]["members"])
    depth, node = 1, value["Filter"]
    while "NotFilter" in node:
        depth, node = depth + 1, node["NotFilter"]
    assert depth == 4
    assert len(value["Filter"]["AndAllFilters"]) == 2
    stamps = [v for _, v in walk_timestamps(SHAPES, "SearchOpportunitiesRequest", value)]
    assert stamps and all(v.tzinfo is not None for v in stamps)
    assert any(v.microsecond for v in stamps) and any(not v.microsecond for v in stamps)


# -- input: botocore's serializer vs build_request --------------------------------


@pytest.mark.parametrize(("operation", "variant"), INPUT_CASES)
def test_input_matches_botocore(operation: str, variant: int) -> None:
    params = populate(SHAPES, _input_shape(operation), variant=variant)
    for token in TOKEN_MEMBERS.get(operation, ()):
        assert params.get(token), "idempotency tokens are set explicitly"

    expected = _botocore_request(operation, params)
    ours = _our_request(operation, params)

    assert ours.method == expected["method"] == "POST"
    assert ours.url == "https://example.com/"
    assert ours.headers["X-Amz-Target"] == expected["headers"]["X-Amz-Target"]
    assert ours.headers["Content-Type"] == expected["headers"]["Content-Type"]
    shape_name = _input_shape(operation)
    assert _canonical_timestamps(shape_name, json.loads(ours.body)) == _canonical_timestamps(
        shape_name, json.loads(expected["body"])
    )


def test_input_timestamps_use_millisecond_precision() -> None:
    """Our ISO-8601 timestamps carry exactly the milliseconds (Smithy's precision)."""
    params = {
        "Catalog": "Sandbox",
        "Filter": {
            "EqualsTo": {
                "Key": "CreatedDate",
                "Value": {
                    "DateValue": datetime(2023, 5, 1, 20, 37, 46, 75000, tzinfo=timezone.utc)
                },
            }
        },
    }
    body = json.loads(_our_request("GetCustomerAccountStatistics", params).body)
    assert body["Filter"]["EqualsTo"]["Value"] == {"DateValue": "2023-05-01T20:37:46.075Z"}
    botocore_body = json.loads(_botocore_request("GetCustomerAccountStatistics", params)["body"])
    assert botocore_body["Filter"]["EqualsTo"]["Value"] == {
        "DateValue": "2023-05-01T20:37:46.075000Z"
    }


@pytest.mark.parametrize("operation", TOKEN_OPERATIONS)
def test_omitted_idempotency_token_is_a_uuid4(operation: str) -> None:
    params = populate(SHAPES, _input_shape(operation))
    for token in TOKEN_MEMBERS[operation]:
        del params[token]
    first = json.loads(_our_request(operation, params).body)
    second = json.loads(_our_request(operation, params).body)
    for token in TOKEN_MEMBERS[operation]:
        assert uuid.UUID(first[token]).version == 4
        assert str(uuid.UUID(first[token])) == first[token]
        assert first[token] != second[token], "a fresh token per call"
        # Everything else is what botocore sends once the token is set the same way.
        params[token] = first[token]
    expected = json.loads(_botocore_request(operation, params)["body"])
    shape_name = _input_shape(operation)
    assert _canonical_timestamps(shape_name, first) == _canonical_timestamps(shape_name, expected)


# -- output: botocore's parser vs parse_response ----------------------------------


@pytest.mark.parametrize(("operation", "variant"), OUTPUT_CASES)
def test_output_matches_botocore(operation: str, variant: int) -> None:
    shape_name = _output_shape(operation)
    value = populate(SHAPES, shape_name, variant=variant)
    body = json.dumps(to_wire_json(SHAPES, shape_name, value)).encode()

    expected = _botocore_parse(SERVICE_MODEL.operation_model(operation).output_shape, body)
    expected.pop("ResponseMetadata")
    spec = COMMANDS[operation].operation
    ours = parse_response(spec, HttpResponse(200, {}, body))

    assert isinstance(ours, spec.output)
    assert ours.to_dict() == expected
    assert expected == value  # and both are the value the body was made from


@pytest.mark.parametrize("operation", sorted(set(OPERATIONS) - set(OUTPUT_OPERATIONS)))
def test_operation_without_output(operation: str) -> None:
    spec = COMMANDS[operation].operation
    assert spec.output is None
    assert parse_response(spec, HttpResponse(200, {}, b"{}")) is None
    assert parse_response(spec, HttpResponse(200, {}, b"")) is None


# -- errors -----------------------------------------------------------------------


def _botocore_error(
    operation: str, code: str, body: bytes, headers: dict[str, str]
) -> dict[str, Any]:
    """What botocore's client raises with: the generic parse plus the modeled fields.

    Mirrors ``Endpoint._do_get_response``: parse with the operation's output
    shape (giving ``Error`` and ``ResponseMetadata``), then, when the code is
    modeled, parse again with the error shape and merge the modeled fields
    (``Endpoint._add_modeled_error_fields``).
    """
    operation_model = SERVICE_MODEL.operation_model(operation)
    parsed = _botocore_parse(operation_model.output_shape, body, 400, headers)
    error_shape = SERVICE_MODEL.shape_for_error_code(parsed["Error"]["Code"])
    if error_shape is not None:
        parsed.update(_botocore_parse(error_shape, body, 400, headers))
    return parsed


def _operation_raising(error: str) -> str:
    operation: str = next(
        name
        for name in OPERATIONS
        if any(e["shape"] == error for e in MODEL["operations"][name].get("errors", ()))
    )
    return operation


@pytest.mark.parametrize(
    "type_form", ["{ns}#{code}", "{code}", "{ns}#{code}:http://internal.amazon.com/coral/{ns}/"]
)
@pytest.mark.parametrize("error", ERROR_SHAPES)
def test_modeled_error_matches_botocore(error: str, type_form: str) -> None:
    value = populate(SHAPES, error)
    wire = {
        "__type": type_form.format(ns=ERROR_NAMESPACE, code=error),
        **to_wire_json(SHAPES, error, value),
    }
    body = json.dumps(wire).encode()
    headers = {"x-amzn-requestid": "req-123"}

    expected = _botocore_error(_operation_raising(error), error, body, headers)
    exc = parse_error(_operations._SERVICE, HttpResponse(400, headers, body))

    assert type(exc) is getattr(errors, error)
    assert isinstance(exc, errors.PartnerCentralSellingError)
    assert exc.code == expected["Error"]["Code"] == error
    assert exc.message == expected["Error"]["Message"] == value["Message"]
    assert exc.status_code == 400
    assert exc.request_id == expected["ResponseMetadata"]["RequestId"] == "req-123"
    modeled = {k: v for k, v in expected.items() if k not in ("Error", "ResponseMetadata")}
    assert exc.to_dict() == modeled == value


def test_unknown_error_code_matches_botocore() -> None:
    body = json.dumps(
        {"__type": f"{ERROR_NAMESPACE}#BrandNewException", "message": "new"}
    ).encode()
    expected = _botocore_error("GetOpportunity", "BrandNewException", body, {})
    exc = parse_error(_operations._SERVICE, HttpResponse(400, {}, body))
    assert type(exc) is errors.PartnerCentralSellingError
    assert exc.code == expected["Error"]["Code"] == "BrandNewException"
    assert exc.message == expected["Error"]["Message"] == "new"


@pytest.mark.parametrize(
    ("status", "body"), [(500, b""), (503, b"<html>Service Unavailable</html>"), (400, b"{}")]
)
def test_error_without_code_matches_botocore(status: int, body: bytes) -> None:
    expected = PARSER.parse(
        {"status_code": status, "headers": {}, "body": body},
        SERVICE_MODEL.operation_model("GetOpportunity").output_shape,
    )
    exc = parse_error(_operations._SERVICE, HttpResponse(status, {}, body))
    assert type(exc) is errors.PartnerCentralSellingError
    assert exc.code == expected["Error"]["Code"] == str(status)
    assert exc.status_code == status
    # botocore fills the message of a body-less 5xx with the HTTP reason phrase
    # ("Internal Server Error"); the generated client leaves it empty. Not compared.


# -- forward compatibility ----------------------------------------------------------


def _future_response() -> tuple[dict[str, Any], dict[str, Any]]:
    """A GetEngagementInvitation response from a newer service revision, and the original value."""
    value = populate(SHAPES, "GetEngagementInvitationResponse")
    wire = to_wire_json(SHAPES, "GetEngagementInvitationResponse", value)
    wire["BrandNewTopLevelMember"] = {"nested": [1, 2, 3]}
    wire["ExistingMembers"][0]["BrandNewNestedMember"] = "surprise"
    wire["Status"] = "SOME_FUTURE_STATUS"
    wire["Payload"] = {"FuturePartnerInvitation": {"Anything": ["goes", 1]}}
    wire["Receiver"] = {"__type": "Receiver", **wire["Receiver"]}
    return wire, value


def test_future_response_parses() -> None:
    wire, value = _future_response()
    body = json.dumps(wire).encode()
    spec = commands.GetEngagementInvitationCommand.operation
    ours = parse_response(spec, HttpResponse(200, {}, body))

    assert type(ours.status) is str and ours.status == "SOME_FUTURE_STATUS"
    assert isinstance(ours.payload, UnknownVariant)
    assert type(ours.payload).__name__ == "PayloadUnknown"
    assert ours.payload.unknown_tag == "FuturePartnerInvitation"
    assert ours.payload.value == {"Anything": ["goes", 1]}
    assert ours.receiver.to_dict() == value["Receiver"]  # "__type" in a union is ignored

    result = ours.to_dict()
    assert result["Status"] == "SOME_FUTURE_STATUS"
    assert result["Payload"] == {"FuturePartnerInvitation": {"Anything": ["goes", 1]}}
    assert "BrandNewTopLevelMember" not in result
    assert "BrandNewNestedMember" not in result["ExistingMembers"][0]

    expected = _botocore_parse(
        SERVICE_MODEL.operation_model("GetEngagementInvitation").output_shape, body
    )
    expected.pop("ResponseMetadata")
    # botocore keeps only the tag of an unknown union variant; we also keep its value.
    assert expected.pop("Payload") == {"SDK_UNKNOWN_MEMBER": {"name": "FuturePartnerInvitation"}}
    result.pop("Payload")
    assert result == expected


def test_unknown_variant_is_not_sent() -> None:
    """An unknown variant read from a response cannot be sent back (its shape is unknown)."""
    wire, _ = _future_response()
    ours = parse_response(
        commands.GetEngagementInvitationCommand.operation,
        HttpResponse(200, {}, json.dumps(wire).encode()),
    )
    with pytest.raises(errors.ParamValidationError):
        ours.payload._encode(True)


# -- value forms: what boto3 accepts and what services send --------------------------

TIMESTAMP_INPUTS = [
    "2023-05-01T20:37:46Z",
    "2023-05-01T22:37:46+02:00",
    "2023-05-01",
    "2023-05-01T20:37:46.5Z",
    "20230501T203746Z",
    "Mon, 01 May 2023 20:37:46 GMT",
    1682973466,
    1682973466.5,
    "1682973466",
    0,
    -1,
    datetime(2023, 5, 1, 20, 37, 46),  # naive: UTC, as botocore takes it
    datetime(2023, 5, 1, 22, 37, 46, tzinfo=timezone(timedelta(hours=2))),
    datetime(2023, 5, 1, 20, 37, 46, 75123, tzinfo=timezone.utc),
    datetime(2023, 5, 1, 20, 37, 46, 999999, tzinfo=timezone.utc),
    "2023-05-01T20:37:46.123456789Z",
]


def _date_filter(value: Any) -> dict[str, Any]:
    return {
        "Catalog": "Sandbox",
        "Filter": {"EqualsTo": {"Key": "CreatedDate", "Value": {"DateValue": value}}},
    }


def _parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@pytest.mark.parametrize("value", TIMESTAMP_INPUTS, ids=repr)
def test_timestamp_input_forms_match_botocore(value: Any) -> None:
    """Every timestamp form boto3 takes denotes the same instant in our request.

    botocore keeps microseconds in ISO-8601 output; the generated client
    writes Smithy's millisecond precision (as botocore does with
    ``timestamp_precision="millisecond"``), so sub-millisecond digits are cut.
    """
    params = _date_filter(value)
    operation = "GetCustomerAccountStatistics"
    theirs = json.loads(_botocore_request(operation, params)["body"])["Filter"]["EqualsTo"][
        "Value"
    ]["DateValue"]
    ours = json.loads(_our_request(operation, params).body)["Filter"]["EqualsTo"]["Value"][
        "DateValue"
    ]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z", ours)
    expected = _parse_iso(theirs)
    assert _parse_iso(ours) == expected.replace(microsecond=expected.microsecond // 1000 * 1000)


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf"), 0.1, 1e300, 7])
def test_double_input_forms_match_botocore(value: float) -> None:
    params = {
        "Catalog": "Sandbox",
        "Filter": {"EqualsTo": {"Key": "CustomerCompanyName", "Value": {"DoubleValue": value}}},
    }
    assert json.loads(_our_request("SearchOpportunities", params).body) == json.loads(
        _botocore_request("SearchOpportunities", params)["body"]
    )


def test_non_ascii_strings_match_botocore() -> None:
    """botocore escapes non-ASCII (``\\u00e9``), we send UTF-8: the JSON values agree."""
    params = {"Catalog": "Sandbox", "Identifier": 'O-é-日本-\U0001f600-"quote"-\\-\n-\u2028'}
    ours = _our_request("GetOpportunity", params)
    assert "日本".encode() in ours.body
    assert json.loads(ours.body) == json.loads(_botocore_request("GetOpportunity", params)["body"])


@pytest.mark.parametrize(
    "value",
    [
        "2023-05-01T20:37:46Z",
        "2023-05-01T20:37:46.5Z",
        "2023-05-01T20:37:46.123456789Z",
        "2023-05-01T22:37:46+02:00",
        "2023-05-01T20:37:46z",
        "2023-05-01 20:37:46Z",
        "2023-05-01T20:37:46",
        "2023-05-01",
        1682973466,
        1682973466.5,
        "1682973466",
        "Mon, 01 May 2023 20:37:46 GMT",
    ],
    ids=repr,
)
def test_timestamp_response_forms_match_botocore(value: Any) -> None:
    """Services do not always send the modeled format; both sides read them all."""
    body = json.dumps({"Id": "I-1", "Catalog": "Sandbox", "InvitationDate": value}).encode()
    theirs = _botocore_parse(
        SERVICE_MODEL.operation_model("GetEngagementInvitation").output_shape, body
    )["InvitationDate"]
    ours = parse_response(
        commands.GetEngagementInvitationCommand.operation, HttpResponse(200, {}, body)
    ).invitation_date
    assert ours.tzinfo is not None
    if (
        theirs.tzinfo is None
    ):  # botocore leaves a timestamp without offset naive; we read it as UTC
        theirs = theirs.replace(tzinfo=timezone.utc)
    assert ours == theirs


def test_nulls_in_response_match_botocore() -> None:
    """null members are absent, null list elements are kept, null union members are ignored."""
    shape_name = "GetEngagementInvitationResponse"
    wire = to_wire_json(SHAPES, shape_name, populate(SHAPES, shape_name))
    wire["Arn"] = None
    wire["Payload"] = None
    wire["ExistingMembers"] = [None, wire["ExistingMembers"][0]]
    wire["Receiver"] = {**wire["Receiver"], "SomeOtherVariant": None}
    body = json.dumps(wire).encode()
    expected = _botocore_parse(
        SERVICE_MODEL.operation_model("GetEngagementInvitation").output_shape, body
    )
    expected.pop("ResponseMetadata")
    ours = parse_response(
        commands.GetEngagementInvitationCommand.operation, HttpResponse(200, {}, body)
    )
    assert ours.to_dict() == expected
    assert "Arn" not in expected and expected["ExistingMembers"][0] is None


@pytest.mark.parametrize(
    ("operation", "body"),
    [
        ("GetOpportunity", b"{}"),
        ("GetEngagement", b"{}"),
        ("GetEngagement", b""),
        ("GetEngagement", b" \n"),
    ],
)
def test_empty_response_matches_botocore(operation: str, body: bytes) -> None:
    """An empty output reads as ``{}``, as botocore reads it.

    An empty *body* is accepted only for an output without required members
    (GetEngagement's); for one with them (GetOpportunity's) it is a
    ResponseParseError, see tests/test_malformed_responses.py.
    """
    expected = _botocore_parse(SERVICE_MODEL.operation_model(operation).output_shape, body)
    expected.pop("ResponseMetadata")
    ours = parse_response(COMMANDS[operation].operation, HttpResponse(200, {}, body))
    assert ours.to_dict() == expected == {}


# -- populate/to_wire_json on shapes this model lacks (checked against botocore) ------

SYNTHETIC_SHAPES: dict[str, Any] = {
    "Out": {
        "type": "structure",
        "required": ["Node"],
        "members": {
            "Blob": {"shape": "Bytes"},
            "Doc": {"shape": "Doc"},
            "Epoch": {"shape": "EpochTime"},
            "Rfc": {"shape": "RfcTime"},
            "Iso": {"shape": "IsoTime"},
            "MemberIso": {"shape": "EpochTime", "timestampFormat": "iso8601"},
            "Times": {"shape": "TimeList"},
            "Counts": {"shape": "CountMap"},
            "Ratio": {"shape": "Ratio"},
            "Flag": {"shape": "Flag"},
            "Choice": {"shape": "Choice"},
            "Node": {"shape": "Node"},
        },
    },
    "Bytes": {"type": "blob"},
    "Doc": {"type": "structure", "members": {}, "document": True},
    "EpochTime": {"type": "timestamp"},
    "RfcTime": {"type": "timestamp", "timestampFormat": "rfc822"},
    "IsoTime": {"type": "timestamp", "timestampFormat": "iso8601"},
    "TimeList": {"type": "list", "member": {"shape": "EpochTime"}},
    "CountMap": {"type": "map", "key": {"shape": "Name"}, "value": {"shape": "Count"}},
    "Name": {"type": "string", "min": 3, "max": 12},
    "Count": {"type": "long"},
    "Ratio": {"type": "float"},
    "Flag": {"type": "boolean"},
    "Choice": {
        "type": "structure",
        "union": True,
        "members": {
            "Blob": {"shape": "Bytes"},
            "Doc": {"shape": "Doc"},
            "Time": {"shape": "RfcTime"},
        },
    },
    "Node": {
        "type": "structure",
        "required": ["Label"],
        "members": {
            "Label": {"shape": "Name"},
            "Next": {"shape": "Node"},
            "Children": {"shape": "NodeList"},
        },
    },
    "NodeList": {"type": "list", "member": {"shape": "Node"}},
}
SYNTHETIC_MODEL = botocore.model.ServiceModel(
    {
        "metadata": {
            "protocol": "json",
            "jsonVersion": "1.0",
            "targetPrefix": "Synthetic",
            "apiVersion": "2020-01-01",
            "endpointPrefix": "synthetic",
            "serviceId": "Synthetic",
            "signatureVersion": "v4",
        },
        "operations": {
            "Op": {
                "name": "Op",
                "http": {"method": "POST", "requestUri": "/"},
                "input": {"shape": "Out"},
                "output": {"shape": "Out"},
            }
        },
        "shapes": SYNTHETIC_SHAPES,
    }
)


@pytest.mark.parametrize("variant", range(union_variants(SYNTHETIC_SHAPES, "Out")))
def test_populate_wire_form_is_what_botocore_reads(variant: int) -> None:
    value = populate(SYNTHETIC_SHAPES, "Out", variant=variant)
    assert set(value) == set(SYNTHETIC_SHAPES["Out"]["members"])
    assert all(3 <= len(key) <= 12 for key in value["Counts"])
    wire = to_wire_json(SYNTHETIC_SHAPES, "Out", value)
    assert isinstance(wire["Blob"], str)
    assert (
        wire["Rfc"].endswith(" GMT")
        and ISO8601.match(wire["Iso"])
        and ISO8601.match(wire["MemberIso"])
    )
    epochs = [wire["Epoch"], *wire["Times"]]
    assert {type(t) for t in epochs} == {int, float}  # whole seconds, and with milliseconds
    parsed = _botocore_parse(
        SYNTHETIC_MODEL.operation_model("Op").output_shape, json.dumps(wire).encode()
    )
    parsed.pop("ResponseMetadata")
    assert parsed == value
    # and botocore's serializer takes the populated value as valid input
    request = SERIALIZER.serialize_to_request(value, SYNTHETIC_MODEL.operation_model("Op"))
    assert json.loads(request["body"])["Blob"] == wire["Blob"]


def test_populate_covers_synthetic_union_and_limits_recursion() -> None:
    values = [populate(SYNTHETIC_SHAPES, "Out", variant=v) for v in range(3)]
    assert {tag for v in values for tag in v["Choice"]} == {"Blob", "Doc", "Time"}
    depth, node = 1, values[0]["Node"]
    while "Next" in node:
        depth, node = depth + 1, node["Next"]
    assert depth == 4 and set(node) == {"Label"}  # past the limit only the required member
