"""Naming is a public contract: botocore-compatible snake_case and stable escapes."""

from __future__ import annotations

import json
import keyword
from pathlib import Path

import pytest
from botocore import xform_name as botocore_xform_name

from generator.model import naming

ROOT = Path(__file__).resolve().parent.parent
MODEL = json.loads((ROOT / "models/partnercentral-selling/2022-07-26/service-2.json").read_text())

TRICKY = [
    "GetAwsOpportunitySummary",
    "GatewayARNs",
    "ListWebACLs",
    "SomeCNAMEs",
    "DBInstanceIdentifier",
    "IPv6Address",
    "S3Key",
    "MaxResults",
    "Id",
    "ARN",
    "already_snake",
    "Ec2InstanceId",
    "HTTPStatusCode",
    "ListV2",
    "A",
]


def _model_names() -> list[str]:
    names = set(MODEL["operations"])
    for shape in MODEL["shapes"].values():
        names.update(shape.get("members", {}))
    return sorted(names)


@pytest.mark.parametrize("name", TRICKY + _model_names())
def test_xform_name_matches_botocore(name: str) -> None:
    assert naming.xform_name(name) == botocore_xform_name(name)


def test_every_operation_method_is_botocores_name() -> None:
    for operation in MODEL["operations"]:
        assert naming.operation_method_name(operation) == botocore_xform_name(operation)


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("From", "from_"),
        ("Class", "class_"),
        ("Lambda", "lambda_"),
        ("Match", "match_"),  # soft keyword
        ("Self", "self_"),
        ("Cls", "cls_"),
        ("ToDict", "to_dict_"),
        ("Value", "value_"),
        ("Type", "type"),  # builtins are not escaped: nothing generated uses them
        ("Id", "id"),
    ],
)
def test_member_escapes(wire: str, python: str) -> None:
    assert naming.member_name(wire) == python


def test_error_members_do_not_hide_error_attributes() -> None:
    assert naming.member_name("Code", of_error=True) == "code_"
    assert naming.member_name("Message", of_error=True) == "message"
    assert naming.member_name("Code") == "code"


@pytest.mark.parametrize(
    ("value", "constant"),
    [
        ("Closed Lost", "CLOSED_LOST"),
        ("Prospect", "PROSPECT"),
        ("1 Year", "V_1_YEAR"),
        ("Co-Sell - Architectural Validation", "CO_SELL_ARCHITECTURAL_VALIDATION"),
        ("---", ""),
        ("None", "NONE"),
    ],
)
def test_enum_constants(value: str, constant: str) -> None:
    assert naming.constant_name(value) == constant


def test_identifier_check_rejects_non_ascii_and_punctuation() -> None:
    assert naming.is_identifier("Opportunity")
    assert not naming.is_identifier("Oppörtunity")
    assert not naming.is_identifier("Foo-Bar")
    assert not naming.is_identifier("9Lives")


def test_pinned_keywords_are_this_pythons_keywords() -> None:
    """The pinned list must follow Python: a new keyword would be a name users cannot write."""
    assert naming.KEYWORDS == frozenset(keyword.kwlist)
    assert naming.SOFT_KEYWORDS <= frozenset(keyword.softkwlist) <= naming.SOFT_KEYWORDS | {"type"}
