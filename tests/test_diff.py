"""The model differ (``python -m generator diff``): change kinds, reports, CLI.

Fixture pairs are built in code from the tiny model of :func:`_base`; each case
mutates a copy and asserts the exact set of (id, severity, direction) events.
The three real partnercentral-selling revisions are compared against golden
reports in ``tests/data/diff/golden/`` (regenerate with ``UPDATE_GOLDEN=1``).
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.diff.service import KINDS, diff_services
from generator.loaders import load_model
from generator.diff.report import as_json, render

ROOT = Path(__file__).resolve().parent.parent
REVISIONS = ROOT / "tests" / "data" / "models" / "partnercentral-selling"
GOLDEN = ROOT / "tests" / "data" / "diff" / "golden"

Model = dict[str, Any]


def _base() -> Model:
    """A tiny awsJson model covering every construct the differ looks at."""
    s = lambda target, **extra: {"shape": target, **extra}  # noqa: E731
    service = {
        "version": "2.0",
        "metadata": {
            "apiVersion": "2024-01-01",
            "endpointPrefix": "tiny",
            "jsonVersion": "1.0",
            "protocol": "json",
            "serviceFullName": "Tiny Service",
            "serviceId": "Tiny",
            "signatureVersion": "v4",
            "signingName": "tiny",
            "targetPrefix": "Tiny",
            "uid": "tiny-2024-01-01",
        },
        "documentation": "<p>Tiny.</p>",
        "operations": {
            "CreateThing": {
                "name": "CreateThing",
                "http": {"method": "POST", "requestUri": "/"},
                "input": s("CreateThingRequest"),
                "output": s("CreateThingResponse"),
                "errors": [s("ValidationException")],
                "documentation": "<p>Creates a thing.</p>",
                "idempotent": True,
            },
            "GetThing": {
                "name": "GetThing",
                "http": {"method": "POST", "requestUri": "/"},
                "input": s("GetThingRequest"),
                "output": s("GetThingResponse"),
                "errors": [s("ValidationException")],
                "readonly": True,
            },
            "ListThings": {
                "name": "ListThings",
                "http": {"method": "POST", "requestUri": "/"},
                "input": s("ListThingsRequest"),
                "output": s("ListThingsResponse"),
            },
        },
        "shapes": {
            "CreateThingRequest": {
                "type": "structure",
                "required": ["Name"],
                "members": {
                    "Name": s("ThingName", documentation="<p>The name.</p>"),
                    "Stage": s("Stage"),
                    "Color": s("Color"),
                    "ClientToken": s("ClientTokenString", idempotencyToken=True),
                    "Count": s("Integer"),
                    "Filter": s("Filter"),
                    "Tags": s("TagList"),
                },
            },
            "CreateThingResponse": {
                "type": "structure",
                "required": ["Id"],
                "members": {"Id": s("String"), "Thing": s("Thing")},
            },
            "GetThingRequest": {
                "type": "structure",
                "required": ["Id"],
                "members": {"Id": s("String")},
            },
            "GetThingResponse": {
                "type": "structure",
                "required": ["Thing"],
                "members": {"Thing": s("Thing")},
            },
            "ListThingsRequest": {
                "type": "structure",
                # PageSize and Extra: what change_paginator points the paginator at
                "members": {
                    "NextToken": s("String"),
                    "MaxResults": s("Integer"),
                    "PageSize": s("Integer"),
                },
            },
            "ListThingsResponse": {
                "type": "structure",
                "members": {
                    "Things": s("ThingList"),
                    "NextToken": s("String"),
                    "Extra": s("ThingList"),
                },
            },
            "Thing": {
                "type": "structure",
                "documentation": "<p>A thing.</p>",
                "required": ["Id"],
                "members": {
                    "Id": s("String"),
                    "Arn": s("ArnString"),
                    "Stage": s("Stage"),
                    "Status": s("Status"),
                    "Created": s("Timestamp"),
                    "Secret": s("SecretString"),
                    "Detail": s("Detail"),
                    "Tags": s("TagList"),
                },
            },
            "ThingList": {"type": "list", "member": s("Thing")},
            "Tag": {
                "type": "structure",
                "required": ["Key"],
                "members": {"Key": s("String"), "Value": s("String")},
            },
            "TagList": {"type": "list", "member": s("Tag")},
            "Filter": {
                "type": "structure",
                "union": True,
                "members": {"ByName": s("String"), "ByStage": s("Stage")},
            },
            "Detail": {
                "type": "structure",
                "union": True,
                "members": {"Text": s("String"), "Number": s("Integer")},
            },
            "Stage": {"type": "string", "enum": ["Prospect", "Qualified"]},
            "Color": {"type": "string", "enum": ["Red", "Blue"]},
            "Status": {"type": "string", "enum": ["Active", "Failed"]},
            "ThingName": {"type": "string", "min": 1, "max": 64, "pattern": "^[a-z]+$"},
            "ClientTokenString": {"type": "string", "min": 1, "max": 64},
            "ArnString": {"type": "string", "max": 100},
            "SecretString": {"type": "string", "sensitive": True},
            "String": {"type": "string"},
            "Integer": {"type": "integer"},
            "Timestamp": {"type": "timestamp"},
            "ValidationException": {
                "type": "structure",
                "exception": True,
                "members": {"Message": s("String")},
            },
        },
    }
    paginators = {
        "pagination": {
            "ListThings": {
                "input_token": "NextToken",
                "output_token": "NextToken",
                "limit_key": "MaxResults",
                "result_key": "Things",
            }
        }
    }
    rules = {
        "version": "1.0",
        "parameters": {
            "Region": {
                "builtIn": "AWS::Region",
                "required": False,
                "documentation": "The AWS region.",
                "type": "String",
            },
        },
        "rules": [
            {
                "conditions": [],
                "endpoint": {"url": "https://tiny.example.com", "properties": {}, "headers": {}},
                "type": "endpoint",
            }
        ],
    }
    return {
        "service-2.json": service,
        "paginators-1.json": paginators,
        "endpoint-rule-set-1.json": rules,
    }


def _write(model: Model, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, document in model.items():
        (folder / name).write_text(json.dumps(document, indent=1))
    return folder


def _events(old: Model, new: Model, tmp_path: Path) -> set[tuple[str, str, str]]:
    result = diff_services(
        load_model(_write(old, tmp_path / "old")), load_model(_write(new, tmp_path / "new"))
    )
    return {(e.id, e.severity, e.direction) for e in result.events}


# -- mutations ------------------------------------------------------------


def _shapes(model: Model) -> dict[str, Any]:
    shapes: dict[str, Any] = model["service-2.json"]["shapes"]
    return shapes


def _ops(model: Model) -> dict[str, Any]:
    ops: dict[str, Any] = model["service-2.json"]["operations"]
    return ops


def _members(model: Model, shape: str) -> dict[str, Any]:
    members: dict[str, Any] = _shapes(model)[shape]["members"]
    return members


def add_operation(m: Model) -> None:
    _ops(m)["DeleteThing"] = {
        "name": "DeleteThing",
        "http": {"method": "POST", "requestUri": "/"},
        "input": {"shape": "DeleteThingRequest"},
    }
    _shapes(m)["DeleteThingRequest"] = {
        "type": "structure",
        "required": ["Id"],
        "members": {"Id": {"shape": "String"}},
    }


def remove_operation(m: Model) -> None:
    del _ops(m)["GetThing"]
    del _shapes(m)["GetThingRequest"], _shapes(m)["GetThingResponse"]


def rename_input(m: Model) -> None:
    _ops(m)["CreateThing"]["input"]["shape"] = "NewThingRequest"
    _shapes(m)["NewThingRequest"] = _shapes(m).pop("CreateThingRequest")


def rename_input_changing_members(m: Model) -> None:
    rename_input(m)
    del _members(m, "NewThingRequest")["Count"]


def add_optional_member_in(m: Model) -> None:
    _members(m, "CreateThingRequest")["Description"] = {"shape": "String"}


def add_required_member_in(m: Model) -> None:
    _members(m, "CreateThingRequest")["Origin"] = {"shape": "String"}
    _shapes(m)["CreateThingRequest"]["required"].append("Origin")


def make_required_in(m: Model) -> None:
    _shapes(m)["CreateThingRequest"]["required"].append("Stage")


def make_optional_in(m: Model) -> None:
    _shapes(m)["CreateThingRequest"]["required"] = []


def make_optional_out_and_both(m: Model) -> None:
    _shapes(m)["CreateThingResponse"]["required"] = []
    _shapes(m)["Tag"]["required"] = []


def add_members_out(m: Model) -> None:
    _members(m, "CreateThingResponse")["Arn"] = {"shape": "String"}
    _members(m, "CreateThingResponse")["Version"] = {"shape": "Integer"}
    _shapes(m)["CreateThingResponse"]["required"].append("Version")


def remove_member_out(m: Model) -> None:
    del _members(m, "Thing")["Created"]


def remove_member_in(m: Model) -> None:
    del _members(m, "CreateThingRequest")["Count"]


def change_targets_same_type(m: Model) -> None:
    _shapes(m)["ThingId"] = {"type": "string"}
    _members(m, "Thing")["Id"]["shape"] = "ThingId"
    _shapes(m)["Thing2"] = copy.deepcopy(_shapes(m)["Thing"])
    _members(m, "CreateThingResponse")["Thing"]["shape"] = "Thing2"


def enum_to_string(m: Model) -> None:
    _members(m, "Thing")["Status"]["shape"] = "String"
    _members(m, "CreateThingRequest")["Color"]["shape"] = "String"
    del _shapes(m)["Stage"]["enum"]


def change_types(m: Model) -> None:
    _members(m, "Thing")["Created"]["shape"] = "Integer"
    _shapes(m)["ThingName"] = {"type": "integer", "min": 1, "max": 64}


def add_enum_values(m: Model) -> None:
    _shapes(m)["Status"]["enum"].append("Archived")
    _shapes(m)["Stage"]["enum"].append("Won")
    _shapes(m)["Color"]["enum"].append("Green")


def remove_enum_values(m: Model) -> None:
    _shapes(m)["Status"]["enum"].remove("Failed")
    _shapes(m)["Stage"]["enum"].remove("Prospect")
    _shapes(m)["Color"]["enum"].remove("Red")


def reorder_enum_constants(m: Model) -> None:
    _shapes(m)["Color"]["enum"] = ["RED", "Red", "Blue"]


def add_union_members(m: Model) -> None:
    _members(m, "Detail")["Label"] = {"shape": "String"}
    _members(m, "Filter")["ByColor"] = {"shape": "Color"}


def remove_union_member(m: Model) -> None:
    del _members(m, "Filter")["ByName"]


def tighten_constraints(m: Model) -> None:
    _shapes(m)["ThingName"].update(min=2, max=32, pattern="^[a-z0-9]+$")
    _shapes(m)["ClientTokenString"]["pattern"] = "[a-zA-Z0-9-]+"
    _shapes(m)["ArnString"]["max"] = 50


def relax_constraints(m: Model) -> None:
    _shapes(m)["ThingName"] = {"type": "string", "max": 128}


def restate_constraints(m: Model) -> None:
    _shapes(m)["ArnString"] = {"type": "string", "pattern": "(?s).{0,100}"}
    _shapes(m)["ThingName"]["pattern"] = "[a-z]+"


def change_errors(m: Model) -> None:
    _ops(m)["CreateThing"]["errors"] = [{"shape": "ConflictException"}]
    _shapes(m)["ConflictException"] = {
        "type": "structure",
        "exception": True,
        "members": {"Message": {"shape": "String"}},
    }


def remove_error_shape(m: Model) -> None:
    for op in _ops(m).values():
        op.pop("errors", None)
    del _shapes(m)["ValidationException"]


def change_wire_details(m: Model) -> None:
    _members(m, "Thing")["Created"]["timestampFormat"] = "iso8601"
    _members(m, "GetThingRequest")["ID"] = _members(m, "GetThingRequest").pop("Id")
    _shapes(m)["GetThingRequest"]["required"] = ["ID"]


def remove_behaviour_traits(m: Model) -> None:
    del _members(m, "CreateThingRequest")["ClientToken"]["idempotencyToken"]
    del _ops(m)["CreateThing"]["idempotent"]
    del _ops(m)["GetThing"]["readonly"]


def change_sensitive(m: Model) -> None:
    del _shapes(m)["SecretString"]["sensitive"]
    _shapes(m)["ThingName"]["sensitive"] = True


def remove_paginator(m: Model) -> None:
    del m["paginators-1.json"]["pagination"]["ListThings"]


def change_paginator(m: Model) -> None:
    m["paginators-1.json"]["pagination"]["ListThings"]["limit_key"] = "PageSize"
    m["paginators-1.json"]["pagination"]["ListThings"]["result_key"] = ["Things", "Extra"]


def change_metadata(m: Model) -> None:
    m["service-2.json"]["metadata"]["targetPrefix"] = "Tiny2"
    m["service-2.json"]["metadata"]["apiVersion"] = "2025-01-01"


def change_endpoint_parameters(m: Model) -> None:
    params = m["endpoint-rule-set-1.json"]["parameters"]
    params["region"] = params.pop("Region")
    params["UseFIPS"] = {"builtIn": "AWS::UseFIPS", "required": True, "type": "Boolean"}
    m["endpoint-rule-set-1.json"]["rules"][0]["endpoint"]["url"] = "https://tiny2.example.com"


def change_endpoint_parameter(m: Model) -> None:
    region = m["endpoint-rule-set-1.json"]["parameters"]["Region"]
    region["type"] = "string"
    region["required"] = True


def change_documentation(m: Model) -> None:
    m["service-2.json"]["documentation"] = "<p>Tiny, documented.</p>"
    _ops(m)["CreateThing"]["documentation"] = "<p>Creates one thing.</p>"
    _shapes(m)["Thing"]["documentation"] = "<p>A thing, really.</p>"
    _members(m, "CreateThingRequest")["Name"]["documentation"] = "<p>The thing's name.</p>"
    m["endpoint-rule-set-1.json"]["parameters"]["Region"]["documentation"] = "Region."


def deprecate(m: Model) -> None:
    _ops(m)["GetThing"]["deprecated"] = True
    _members(m, "Thing")["Secret"]["deprecated"] = True


def string_to_enum_and_internal_removal(m: Model) -> None:
    _shapes(m)["ArnString"] = {"type": "string", "enum": ["arn:a", "arn:b"]}
    _members(m, "CreateThingRequest")["ClientToken"]["shape"] = "String"
    del _shapes(m)["ClientTokenString"]


def swap_enum_target(m: Model) -> None:
    _shapes(m)["Colour"] = {"type": "string", "enum": ["Blue", "Green", "Cyan"]}
    _members(m, "CreateThingRequest")["Color"]["shape"] = "Colour"
    _members(m, "Filter")["ByColour"] = {"shape": "Colour"}


def add_waiter_and_host_prefix(m: Model) -> None:
    m["waiters-2.json"] = {
        "version": 2,
        "waiters": {
            "ThingExists": {
                "operation": "GetThing",
                "delay": 5,
                "maxAttempts": 10,
                "acceptors": [{"matcher": "status", "expected": 200, "state": "success"}],
            }
        },
    }
    _ops(m)["GetThing"]["endpoint"] = {"hostPrefix": "data."}
    m["service-2.json"]["metadata"]["serviceId"] = "Tiny Two"


def add_orphan(m: Model) -> None:
    _shapes(m)["Orphan"] = {"type": "structure", "members": {}}


Expected = set[tuple[str, str, str]]

CASES: dict[str, tuple[Callable[[Model], None], Expected]] = {
    "operation added (row 1)": (
        add_operation,
        {
            ("OperationAdded.DeleteThing", "NOTE", "both"),
            ("ShapeAdded.DeleteThingRequest", "NOTE", "input"),
        },
    ),
    "operation removed (row 2)": (
        remove_operation,
        {
            ("OperationRemoved.GetThing", "ERROR", "both"),
            ("ShapeRemoved.GetThingRequest", "ERROR", "input"),
            ("ShapeRemoved.GetThingResponse", "ERROR", "output"),
        },
    ),
    "input renamed, same members (row 3)": (
        rename_input,
        {
            ("OperationInputRenamed.CreateThing", "WARNING", "input"),
            ("ShapeAdded.NewThingRequest", "NOTE", "input"),
            ("ShapeRemoved.CreateThingRequest", "ERROR", "input"),
        },
    ),
    "input renamed, members differ (row 3)": (
        rename_input_changing_members,
        {
            ("OperationInputRenamed.CreateThing", "ERROR", "input"),
            ("ShapeAdded.NewThingRequest", "NOTE", "input"),
            ("ShapeRemoved.CreateThingRequest", "ERROR", "input"),
        },
    ),
    "optional member added, input (row 4)": (
        add_optional_member_in,
        {("OptionalMemberAdded.CreateThingRequest.Description", "NOTE", "input")},
    ),
    "required member added, input (row 5)": (
        add_required_member_in,
        {("RequiredMemberAdded.CreateThingRequest.Origin", "ERROR", "input")},
    ),
    "member made required, input (row 5)": (
        make_required_in,
        {("MemberMadeRequired.CreateThingRequest.Stage", "ERROR", "input")},
    ),
    "member made optional, input (row 6)": (
        make_optional_in,
        {("MemberMadeOptional.CreateThingRequest.Name", "NOTE", "input")},
    ),
    "member made optional, output and both (row 7)": (
        make_optional_out_and_both,
        {
            ("MemberMadeOptional.CreateThingResponse.Id", "DANGER", "output"),
            ("MemberMadeOptional.Tag.Key", "DANGER", "both"),
        },
    ),
    "members added, output (row 8)": (
        add_members_out,
        {
            ("OptionalMemberAdded.CreateThingResponse.Arn", "NOTE", "output"),
            ("RequiredMemberAdded.CreateThingResponse.Version", "NOTE", "output"),
        },
    ),
    "member removed, output (row 9)": (
        remove_member_out,
        {("MemberRemoved.Thing.Created", "ERROR", "output")},
    ),
    "member removed, input (row 10)": (
        remove_member_in,
        {("MemberRemoved.CreateThingRequest.Count", "ERROR", "input")},
    ),
    "member target changed, same type (row 11)": (
        change_targets_same_type,
        {
            ("MemberTargetRenamed.Thing.Id", "NOTE", "output"),
            ("MemberTargetChanged.CreateThingResponse.Thing", "WARNING", "output"),
            ("ShapeAdded.ThingId", "NOTE", "output"),
            ("ShapeAdded.Thing2", "NOTE", "output"),
        },
    ),
    "enum to string (row 12)": (
        enum_to_string,
        {
            ("EnumToString.Thing.Status", "ERROR", "output"),
            ("EnumToString.CreateThingRequest.Color", "DANGER", "input"),
            ("EnumToString.Stage", "ERROR", "both"),
        },
    ),
    "type changed (row 13)": (
        change_types,
        {
            ("MemberTypeChanged.Thing.Created", "ERROR", "output"),
            ("ShapeTypeChanged.ThingName", "ERROR", "input"),
        },
    ),
    "enum values added (rows 14, 15)": (
        add_enum_values,
        {
            ("EnumValueAdded.Status.Archived", "WARNING", "output"),
            ("EnumValueAdded.Stage.Won", "WARNING", "both"),
            ("EnumValueAdded.Color.Green", "NOTE", "input"),
        },
    ),
    "enum values removed (rows 16, 17)": (
        remove_enum_values,
        {
            ("EnumValueRemoved.Status.Failed", "WARNING", "output"),
            ("EnumValueRemoved.Stage.Prospect", "ERROR", "both"),
            ("EnumValueRemoved.Color.Red", "ERROR", "input"),
        },
    ),
    "enum constants renamed (Python surface)": (
        reorder_enum_constants,
        {
            ("EnumValueAdded.Color.RED", "NOTE", "input"),
            ("EnumConstantRenamed.Color.Red", "ERROR", "input"),
        },
    ),
    "union members added (row 18)": (
        add_union_members,
        {
            ("UnionMemberAdded.Detail.Label", "WARNING", "output"),
            ("UnionMemberAdded.Filter.ByColor", "NOTE", "input"),
        },
    ),
    "union member removed (row 19)": (
        remove_union_member,
        {("UnionMemberRemoved.Filter.ByName", "ERROR", "input")},
    ),
    "constraints tightened (rows 20, 21, 22)": (
        tighten_constraints,
        {
            ("ConstraintTightened.ThingName.min", "DANGER", "input"),
            ("ConstraintTightened.ThingName.max", "DANGER", "input"),
            ("PatternChanged.ThingName.pattern", "WARNING", "input"),
            ("PatternAdded.ClientTokenString.pattern", "DANGER", "input"),
            ("ConstraintTightened.ArnString.max", "NOTE", "output"),
        },
    ),
    "constraints relaxed (row 22)": (
        relax_constraints,
        {
            ("ConstraintRelaxed.ThingName.min", "NOTE", "input"),
            ("ConstraintRelaxed.ThingName.max", "NOTE", "input"),
            ("PatternRemoved.ThingName.pattern", "NOTE", "input"),
        },
    ),
    "constraints restated (row 22)": (
        restate_constraints,
        {
            ("ConstraintRestated.ArnString.constraints", "NOTE", "output"),
            ("ConstraintRestated.ThingName.constraints", "NOTE", "input"),
        },
    ),
    "errors added and removed (rows 23, 24)": (
        change_errors,
        {
            ("OperationErrorAdded.CreateThing.ConflictException", "NOTE", "output"),
            ("OperationErrorRemoved.CreateThing.ValidationException", "WARNING", "output"),
            ("ShapeAdded.ConflictException", "NOTE", "output"),
        },
    ),
    "error shape removed (row 25)": (
        remove_error_shape,
        {
            ("ErrorShapeRemoved.ValidationException", "ERROR", "output"),
            ("OperationErrorRemoved.CreateThing.ValidationException", "WARNING", "output"),
            ("OperationErrorRemoved.GetThing.ValidationException", "WARNING", "output"),
        },
    ),
    "timestamp format and JSON key (row 26)": (
        change_wire_details,
        {
            ("TimestampFormatChanged.Thing.Created", "ERROR", "output"),
            ("MemberWireNameChanged.GetThingRequest.Id", "ERROR", "input"),
        },
    ),
    "idempotency and readonly traits removed (row 27)": (
        remove_behaviour_traits,
        {
            ("IdempotencyTokenRemoved.CreateThingRequest.ClientToken", "WARNING", "input"),
            ("OperationIdempotentRemoved.CreateThing", "WARNING", "both"),
            ("OperationReadonlyRemoved.GetThing", "WARNING", "both"),
        },
    ),
    "sensitive added and removed (row 28)": (
        change_sensitive,
        {
            ("SensitiveRemoved.SecretString", "WARNING", "output"),
            ("SensitiveAdded.ThingName", "NOTE", "input"),
        },
    ),
    "paginator removed (row 29)": (
        remove_paginator,
        {("PaginatorRemoved.ListThings", "ERROR", "both")},
    ),
    "paginator changed (row 29)": (
        change_paginator,
        {
            ("PaginatorChanged.ListThings.limit_key", "ERROR", "both"),
            ("PaginatorChanged.ListThings.result_keys", "ERROR", "both"),
        },
    ),
    "service metadata (row 30)": (
        change_metadata,
        {
            ("ServiceMetadataChanged.targetPrefix", "ERROR", "both"),
            ("ServiceInfoChanged.apiVersion", "NOTE", "both"),
        },
    ),
    "endpoint parameters renamed and added (row 31)": (
        change_endpoint_parameters,
        {
            ("EndpointParameterRenamed.Region", "WARNING", "both"),
            ("EndpointParameterAdded.UseFIPS", "WARNING", "both"),
            ("EndpointRulesChanged", "NOTE", "both"),
        },
    ),
    "endpoint parameter changed (row 31)": (
        change_endpoint_parameter,
        {
            ("EndpointParameterChanged.Region.type", "WARNING", "both"),
            ("EndpointParameterChanged.Region.required", "WARNING", "both"),
        },
    ),
    "documentation (row 32)": (
        change_documentation,
        {
            ("ServiceDocumentationChanged", "NOTE", "both"),
            ("OperationDocumentationChanged.CreateThing", "NOTE", "both"),
            ("DocumentationChanged.Thing", "NOTE", "output"),
            ("DocumentationChanged.CreateThingRequest.Name", "NOTE", "input"),
            ("EndpointDocumentationChanged.Region.documentation", "NOTE", "both"),
        },
    ),
    "deprecated": (
        deprecate,
        {
            ("DeprecatedAdded.GetThing", "NOTE", "both"),
            ("DeprecatedAdded.Thing.Secret", "NOTE", "output"),
        },
    ),
    "string to enum, internal shape removed (rows 11/13, 25)": (
        string_to_enum_and_internal_removal,
        {
            ("StringToEnum.ArnString", "WARNING", "output"),
            ("ConstraintRelaxed.ArnString.max", "NOTE", "output"),
            ("MemberTargetRenamed.CreateThingRequest.ClientToken", "NOTE", "input"),
            ("ConstraintRelaxed.CreateThingRequest.ClientToken.min", "NOTE", "input"),
            ("ConstraintRelaxed.CreateThingRequest.ClientToken.max", "NOTE", "input"),
            ("InternalShapeRemoved.ClientTokenString", "NOTE", "input"),
        },
    ),
    "enum target swapped (row 11 with rows 15, 16)": (
        swap_enum_target,
        {
            ("MemberTargetChanged.CreateThingRequest.Color", "WARNING", "input"),
            ("EnumValueRemoved.CreateThingRequest.Color.Red", "ERROR", "input"),
            ("EnumValueAdded.CreateThingRequest.Color", "NOTE", "input"),
            ("UnionMemberAdded.Filter.ByColour", "NOTE", "input"),
            ("ShapeAdded.Colour", "NOTE", "input"),
        },
    ),
    "waiter, host prefix, service id": (
        add_waiter_and_host_prefix,
        {
            ("WaiterAdded.ThingExists", "NOTE", "both"),
            ("OperationHostPrefixChanged.GetThing", "ERROR", "both"),
            ("ServiceNameChanged.serviceId", "ERROR", "both"),
        },
    ),
    "unreachable shape": (add_orphan, {("ShapeAdded.Orphan", "NOTE", "none")}),
}


@pytest.mark.parametrize("name", list(CASES))
def test_change_kind(name: str, tmp_path: Path) -> None:
    mutate, expected = CASES[name]
    new = _base()
    mutate(new)
    assert _events(_base(), new, tmp_path) == expected


def test_paginator_added_is_the_reverse_of_removed(tmp_path: Path) -> None:
    old = _base()
    remove_paginator(old)
    assert _events(old, _base(), tmp_path) == {("PaginatorAdded.ListThings", "NOTE", "both")}


def test_same_model_gives_no_events(tmp_path: Path) -> None:
    assert _events(_base(), _base(), tmp_path) == set()


@pytest.mark.parametrize("revision", ["1.35.61", "1.42.80", "1.44.7"])
def test_real_revision_against_itself(revision: str) -> None:
    service = load_model(REVISIONS / revision)
    assert diff_services(service, service).events == []


def test_every_kind_is_documented() -> None:
    for name, spec in KINDS.items():
        assert re.fullmatch(r"[A-Z][A-Za-z]+", name)
        assert spec.row and spec.wire_in and spec.python_in


def test_ignore_drops_events(tmp_path: Path) -> None:
    new = _base()
    remove_enum_values(new)
    result = diff_services(
        load_model(_write(_base(), tmp_path / "old")),
        load_model(_write(new, tmp_path / "new")),
        ignore={"EnumValueRemoved.Stage.Prospect", "NoSuch.Event"},
    )
    assert result.ignored == 1
    assert {e.id for e in result.events} == {
        "EnumValueRemoved.Status.Failed",
        "EnumValueRemoved.Color.Red",
    }


# -- real revisions: golden reports --------------------------------------

PAIRS = [("1.35.61", "1.42.80"), ("1.42.80", "1.44.7")]


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_golden_reports(old: str, new: str) -> None:
    result = diff_services(
        load_model(REVISIONS / old),
        load_model(REVISIONS / new),
        old_label=old,
        new_label=new,
    )
    for suffix, fmt in ((".md", "markdown"), (".json", "json")):
        golden = GOLDEN / f"{old}_{new}{suffix}"
        text = render(result, fmt)
        if os.environ.get("UPDATE_GOLDEN"):
            golden.parent.mkdir(parents=True, exist_ok=True)
            golden.write_text(text, encoding="utf-8")
        assert golden.read_text(encoding="utf-8") == text, f"{golden} differs"


def test_real_history_facts() -> None:
    """What MODEL-DIFF.md says happened: operations only added; the 2026-08-04 release."""
    services = {v: load_model(REVISIONS / v) for v in ("1.35.61", "1.42.80", "1.44.7")}
    first = diff_services(services["1.35.61"], services["1.42.80"])
    second = diff_services(services["1.42.80"], services["1.44.7"])
    for result in (first, second):
        kinds = {e.kind for e in result.events}
        assert "OperationRemoved" not in kinds and "EnumValueRemoved" not in kinds
    assert sum(e.kind == "OperationAdded" for e in first.events) == 28
    assert sum(e.kind == "OperationAdded" for e in second.events) == 21
    ids = {e.id: e for e in second.events}
    for event_id in (
        "EnumToString.LeadCustomer.Industry",
        "EnumToString.LeadCustomer.MarketSegment",
        "EnumToString.LeadInvitationCustomer.CountryCode",
    ):
        assert ids[event_id].severity == "ERROR"
        assert "deprecated alias" in ids[event_id].message
    assert ids["ShapeRemoved.MarketSegment"].severity == "ERROR"
    assert sum(e.kind == "MemberMadeOptional" for e in second.events) == 11


def test_json_report_shape() -> None:
    result = diff_services(
        load_model(REVISIONS / "1.42.80"),
        load_model(REVISIONS / "1.44.7"),
        old_label="a",
        new_label="b",
    )
    report = as_json(result)
    assert set(report) == {"old", "new", "ignored", "summary", "events"}
    assert report["summary"] == {
        s: sum(e["severity"] == s for e in report["events"])
        for s in ("ERROR", "DANGER", "WARNING", "NOTE")
    }
    ids = [e["id"] for e in report["events"]]
    assert len(ids) == len(set(ids))
    for event in report["events"]:
        assert set(event) == {
            "id",
            "kind",
            "severity",
            "direction",
            "wire",
            "python_api",
            "message",
            "location",
        }
        assert set(event["location"]) == {"operation", "shape", "member", "detail"}


# -- CLI -------------------------------------------------------------------


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["diff", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_fail_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = _base()
    add_enum_values(new)  # NOTE and WARNING events only
    old_dir, new_dir = _write(_base(), tmp_path / "old"), _write(new, tmp_path / "new")
    assert _run([str(old_dir), str(new_dir)], capsys)[0] == 0
    assert _run([str(old_dir), str(new_dir), "--fail-on", "danger"], capsys)[0] == 0
    assert _run([str(old_dir), str(new_dir), "--fail-on", "warning"], capsys)[0] == 1
    assert _run([str(old_dir), str(new_dir), "--fail-on", "note"], capsys)[0] == 1
    assert _run([str(old_dir), str(old_dir), "--fail-on", "note"], capsys)[0] == 0


def test_cli_ignore_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    old, new = str(REVISIONS / "1.42.80"), str(REVISIONS / "1.44.7" / "service-2.json")
    code, out, _ = _run([old, new, "--format", "json"], capsys)
    assert code == 1
    errors = [e["id"] for e in json.loads(out)["events"] if e["severity"] == "ERROR"]
    assert errors
    ignore = tmp_path / "accepted.txt"
    ignore.write_text("# accepted for the 2026-08-04 release\n\n" + "\n".join(errors) + "\n")
    code, out, _ = _run([old, new, "--ignore", str(ignore)], capsys)
    assert code == 0
    assert f"({len(errors)} ignored)" in out.splitlines()[0]


def test_cli_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = str(REVISIONS / "1.44.7")
    missing = tmp_path / "nowhere"
    code, out, err = _run([str(missing), good], capsys)
    assert code == 2 and out == ""
    assert str(missing) in err and len(err.strip().splitlines()) == 1
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "service-2.json").write_text("{not json")
    code, _, err = _run([good, str(broken)], capsys)
    assert code == 2 and "service-2.json" in err and "Traceback" not in err
    other = tmp_path / "model.json"
    other.write_text("{}")
    code, _, err = _run([str(other), good], capsys)
    assert code == 2 and "model.json" in err
    code, _, err = _run([good, good, "--ignore", str(tmp_path / "no-such-ignore")], capsys)
    assert code == 2 and "no-such-ignore" in err


def test_cli_formats(capsys: pytest.CaptureFixture[str]) -> None:
    old, new = str(REVISIONS / "1.35.61"), str(REVISIONS / "1.42.80")
    _, out, _ = _run([old, new], capsys)
    assert out.splitlines()[0].startswith("PartnerCentral Selling: ")
    assert "\nERROR (" in out and "\nNOTE (" in out
    _, out, _ = _run([old, new, "--format", "markdown"], capsys)
    assert out.startswith("## Model diff: ") and "| Severity | Count |" in out
    _, out, _ = _run([old, new, "--format", "json"], capsys)
    report = json.loads(out)
    assert report["old"]["label"] == old and report["events"]
    _, out, _ = _run([old, new, "--format", "github"], capsys)
    lines = out.splitlines()
    assert len(lines) == len(report["events"])
    annotation = re.compile(r"::(error|warning|notice) title=[A-Za-z0-9_.%-]+::[^\r\n]+")
    for line in lines:
        assert annotation.fullmatch(line), line
    assert {line.split(" ", 1)[0] for line in lines} == {"::error", "::warning", "::notice"}
