"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_list_benefit_applications.py``

``_encode_<Shape>(value, wire)`` gives the JSON value of a shape and
``_decode_<Shape>(data, wire)`` reads one (``wire`` False: the boto3-style dict of
``to_dict()`` and ``from_dict()``). The last lines bind them to the classes.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.exceptions import ParamValidationError as _ParamValidationError
from typed_aws_runtime.model.lazy import enum_lookup as _enum_lookup
from typed_aws_runtime.model.structure import bind_codec as _bind_codec
from typed_aws_runtime.protocols import serde as _serde
from typed_aws_runtime.protocols.serde import missing as _missing

from ... import enums as _enums
from ...shapes import _list_benefit_applications as _classes
from ..plain import (
    _decode_Arns,
    _decode_Attributes,
    _decode_FulfillmentTypes,
    _decode_ListBenefitApplicationsInputBenefitIdentifiersList,
    _decode_ListBenefitApplicationsInputFulfillmentTypesList,
    _decode_ListBenefitApplicationsInputProgramsList,
    _decode_ListBenefitApplicationsInputStagesList,
    _decode_ListBenefitApplicationsInputStatusList,
    _decode_Programs,
    _encode_Arns,
    _encode_Attributes,
    _encode_FulfillmentTypes,
    _encode_ListBenefitApplicationsInputBenefitIdentifiersList,
    _encode_ListBenefitApplicationsInputFulfillmentTypesList,
    _encode_ListBenefitApplicationsInputProgramsList,
    _encode_ListBenefitApplicationsInputStagesList,
    _encode_ListBenefitApplicationsInputStatusList,
    _encode_Programs,
)

_lookup_BenefitApplicationStatus = _enum_lookup(
    globals(), "_lookup_BenefitApplicationStatus", _enums, "BenefitApplicationStatus"
)
_lookup_ResourceType = _enum_lookup(globals(), "_lookup_ResourceType", _enums, "ResourceType")


def _encode_AssociatedResource(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AssociatedResource):
        raise _serde.wrong_shape(_classes.AssociatedResource, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "ResourceType"
        value = shape.resource_type
        if value is not None:
            out["ResourceType"] = _serde.enc_str(value, wire)
        member = "ResourceIdentifier"
        value = shape.resource_identifier
        if value is not None:
            out["ResourceIdentifier"] = _serde.enc_str(value, wire)
        member = "ResourceArn"
        value = shape.resource_arn
        if value is not None:
            out["ResourceArn"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AssociatedResource(data: _Any, wire: bool) -> _classes.AssociatedResource:
    if not wire:
        _classes.AssociatedResource._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AssociatedResource)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("ResourceIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ResourceIdentifier")
    fields.resource_identifier = value
    value = get("ResourceArn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ResourceArn")
    fields.resource_arn = value
    member = ""
    try:
        member = "ResourceType"
        value = get("ResourceType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.resource_type = None if value is None else _lookup_ResourceType(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_BenefitApplicationSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.BenefitApplicationSummary):
        raise _serde.wrong_shape(_classes.BenefitApplicationSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Catalog"
        value = shape.catalog
        if value is not None:
            out["Catalog"] = _serde.enc_str(value, wire)
        member = "Name"
        value = shape.name
        if value is not None:
            out["Name"] = _serde.enc_str(value, wire)
        member = "Id"
        value = shape.id
        if value is not None:
            out["Id"] = _serde.enc_str(value, wire)
        member = "Arn"
        value = shape.arn
        if value is not None:
            out["Arn"] = _serde.enc_str(value, wire)
        member = "BenefitId"
        value = shape.benefit_id
        if value is not None:
            out["BenefitId"] = _serde.enc_str(value, wire)
        member = "Programs"
        value = shape.programs
        if value is not None:
            out["Programs"] = _encode_Programs(value, wire)
        member = "FulfillmentTypes"
        value = shape.fulfillment_types
        if value is not None:
            out["FulfillmentTypes"] = _encode_FulfillmentTypes(value, wire)
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
        member = "Stage"
        value = shape.stage
        if value is not None:
            out["Stage"] = _serde.enc_str(value, wire)
        member = "CreatedAt"
        value = shape.created_at
        if value is not None:
            out["CreatedAt"] = _serde.enc_iso8601(value, wire)
        member = "UpdatedAt"
        value = shape.updated_at
        if value is not None:
            out["UpdatedAt"] = _serde.enc_iso8601(value, wire)
        member = "BenefitApplicationDetails"
        value = shape.benefit_application_details
        if value is not None:
            out["BenefitApplicationDetails"] = _encode_Attributes(value, wire)
        member = "AssociatedResources"
        value = shape.associated_resources
        if value is not None:
            out["AssociatedResources"] = _encode_Arns(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_BenefitApplicationSummary(
    data: _Any, wire: bool
) -> _classes.BenefitApplicationSummary:
    if not wire:
        _classes.BenefitApplicationSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.BenefitApplicationSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("Name")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Name")
    fields.name = value
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    value = get("Arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Arn")
    fields.arn = value
    value = get("BenefitId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "BenefitId")
    fields.benefit_id = value
    value = get("Stage")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Stage")
    fields.stage = value
    member = ""
    try:
        member = "Programs"
        value = get("Programs")
        fields.programs = None if value is None else _decode_Programs(value, wire)
        member = "FulfillmentTypes"
        value = get("FulfillmentTypes")
        fields.fulfillment_types = None if value is None else _decode_FulfillmentTypes(value, wire)
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_BenefitApplicationStatus(value, value)
        member = "CreatedAt"
        value = get("CreatedAt")
        fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "UpdatedAt"
        value = get("UpdatedAt")
        fields.updated_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "BenefitApplicationDetails"
        value = get("BenefitApplicationDetails")
        fields.benefit_application_details = (
            None if value is None else _decode_Attributes(value, wire)
        )
        member = "AssociatedResources"
        value = get("AssociatedResources")
        fields.associated_resources = None if value is None else _decode_Arns(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListBenefitApplicationsInput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListBenefitApplicationsInput):
        raise _serde.wrong_shape(_classes.ListBenefitApplicationsInput, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Catalog"
        value = shape.catalog
        if value is not None:
            out["Catalog"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Programs"
        value = shape.programs
        if value is not None:
            out["Programs"] = _encode_ListBenefitApplicationsInputProgramsList(value, wire)
        member = "FulfillmentTypes"
        value = shape.fulfillment_types
        if value is not None:
            out["FulfillmentTypes"] = _encode_ListBenefitApplicationsInputFulfillmentTypesList(
                value, wire
            )
        member = "BenefitIdentifiers"
        value = shape.benefit_identifiers
        if value is not None:
            out["BenefitIdentifiers"] = _encode_ListBenefitApplicationsInputBenefitIdentifiersList(
                value, wire
            )
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _encode_ListBenefitApplicationsInputStatusList(value, wire)
        member = "Stages"
        value = shape.stages
        if value is not None:
            out["Stages"] = _encode_ListBenefitApplicationsInputStagesList(value, wire)
        member = "AssociatedResources"
        value = shape.associated_resources
        if value is not None:
            out["AssociatedResources"] = _encode_AssociatedResources(value, wire)
        member = "AssociatedResourceArns"
        value = shape.associated_resource_arns
        if value is not None:
            out["AssociatedResourceArns"] = _encode_Arns(value, wire)
        member = "MaxResults"
        value = shape.max_results
        if value is not None:
            out["MaxResults"] = _serde.enc_int(value, wire)
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListBenefitApplicationsInput(
    data: _Any, wire: bool
) -> _classes.ListBenefitApplicationsInput:
    if not wire:
        _classes.ListBenefitApplicationsInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListBenefitApplicationsInput)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("MaxResults")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "MaxResults")
    fields.max_results = value
    value = get("NextToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "NextToken")
    fields.next_token = value
    member = ""
    try:
        member = "Programs"
        value = get("Programs")
        fields.programs = (
            None
            if value is None
            else _decode_ListBenefitApplicationsInputProgramsList(value, wire)
        )
        member = "FulfillmentTypes"
        value = get("FulfillmentTypes")
        fields.fulfillment_types = (
            None
            if value is None
            else _decode_ListBenefitApplicationsInputFulfillmentTypesList(value, wire)
        )
        member = "BenefitIdentifiers"
        value = get("BenefitIdentifiers")
        fields.benefit_identifiers = (
            None
            if value is None
            else _decode_ListBenefitApplicationsInputBenefitIdentifiersList(value, wire)
        )
        member = "Status"
        value = get("Status")
        fields.status = (
            None if value is None else _decode_ListBenefitApplicationsInputStatusList(value, wire)
        )
        member = "Stages"
        value = get("Stages")
        fields.stages = (
            None if value is None else _decode_ListBenefitApplicationsInputStagesList(value, wire)
        )
        member = "AssociatedResources"
        value = get("AssociatedResources")
        fields.associated_resources = (
            None if value is None else _decode_AssociatedResources(value, wire)
        )
        member = "AssociatedResourceArns"
        value = get("AssociatedResourceArns")
        fields.associated_resource_arns = None if value is None else _decode_Arns(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListBenefitApplicationsOutput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListBenefitApplicationsOutput):
        raise _serde.wrong_shape(_classes.ListBenefitApplicationsOutput, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "BenefitApplicationSummaries"
        value = shape.benefit_application_summaries
        if value is not None:
            out["BenefitApplicationSummaries"] = _encode_BenefitApplicationSummaries(value, wire)
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListBenefitApplicationsOutput(
    data: _Any, wire: bool
) -> _classes.ListBenefitApplicationsOutput:
    if not wire:
        _classes.ListBenefitApplicationsOutput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListBenefitApplicationsOutput)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("NextToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "NextToken")
    fields.next_token = value
    member = ""
    try:
        member = "BenefitApplicationSummaries"
        value = get("BenefitApplicationSummaries")
        fields.benefit_application_summaries = (
            None if value is None else _decode_BenefitApplicationSummaries(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_AssociatedResources(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_AssociatedResource)


def _decode_AssociatedResources(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_AssociatedResource)


def _encode_BenefitApplicationSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_BenefitApplicationSummary)


def _decode_BenefitApplicationSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_BenefitApplicationSummary)


_bind_codec(_classes.AssociatedResource, _encode_AssociatedResource, _decode_AssociatedResource)
_bind_codec(
    _classes.BenefitApplicationSummary,
    _encode_BenefitApplicationSummary,
    _decode_BenefitApplicationSummary,
)
_bind_codec(
    _classes.ListBenefitApplicationsInput,
    _encode_ListBenefitApplicationsInput,
    _decode_ListBenefitApplicationsInput,
)
_bind_codec(
    _classes.ListBenefitApplicationsOutput,
    _encode_ListBenefitApplicationsOutput,
    _decode_ListBenefitApplicationsOutput,
)
