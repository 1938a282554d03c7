"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_list_benefits.py``

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
from ...shapes import _list_benefits as _classes
from ..plain import (
    _decode_FulfillmentTypes,
    _decode_ListBenefitsInputFulfillmentTypesList,
    _decode_ListBenefitsInputProgramsList,
    _decode_ListBenefitsInputStatusList,
    _decode_Programs,
    _encode_FulfillmentTypes,
    _encode_ListBenefitsInputFulfillmentTypesList,
    _encode_ListBenefitsInputProgramsList,
    _encode_ListBenefitsInputStatusList,
    _encode_Programs,
)

_lookup_BenefitStatus = _enum_lookup(globals(), "_lookup_BenefitStatus", _enums, "BenefitStatus")


def _encode_BenefitSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.BenefitSummary):
        raise _serde.wrong_shape(_classes.BenefitSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Id"
        value = shape.id
        if value is not None:
            out["Id"] = _serde.enc_str(value, wire)
        member = "Catalog"
        value = shape.catalog
        if value is not None:
            out["Catalog"] = _serde.enc_str(value, wire)
        member = "Arn"
        value = shape.arn
        if value is not None:
            out["Arn"] = _serde.enc_str(value, wire)
        member = "Name"
        value = shape.name
        if value is not None:
            out["Name"] = _serde.enc_str(value, wire)
        member = "Description"
        value = shape.description
        if value is not None:
            out["Description"] = _serde.enc_str(value, wire)
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
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_BenefitSummary(data: _Any, wire: bool) -> _classes.BenefitSummary:
    if not wire:
        _classes.BenefitSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.BenefitSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("Arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Arn")
    fields.arn = value
    value = get("Name")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Name")
    fields.name = value
    value = get("Description")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Description")
    fields.description = value
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
        fields.status = None if value is None else _lookup_BenefitStatus(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListBenefitsInput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListBenefitsInput):
        raise _serde.wrong_shape(_classes.ListBenefitsInput, shape)
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
            out["Programs"] = _encode_ListBenefitsInputProgramsList(value, wire)
        member = "FulfillmentTypes"
        value = shape.fulfillment_types
        if value is not None:
            out["FulfillmentTypes"] = _encode_ListBenefitsInputFulfillmentTypesList(value, wire)
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _encode_ListBenefitsInputStatusList(value, wire)
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


def _decode_ListBenefitsInput(data: _Any, wire: bool) -> _classes.ListBenefitsInput:
    if not wire:
        _classes.ListBenefitsInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListBenefitsInput)
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
            None if value is None else _decode_ListBenefitsInputProgramsList(value, wire)
        )
        member = "FulfillmentTypes"
        value = get("FulfillmentTypes")
        fields.fulfillment_types = (
            None if value is None else _decode_ListBenefitsInputFulfillmentTypesList(value, wire)
        )
        member = "Status"
        value = get("Status")
        fields.status = None if value is None else _decode_ListBenefitsInputStatusList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListBenefitsOutput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListBenefitsOutput):
        raise _serde.wrong_shape(_classes.ListBenefitsOutput, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "BenefitSummaries"
        value = shape.benefit_summaries
        if value is not None:
            out["BenefitSummaries"] = _encode_BenefitSummaries(value, wire)
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListBenefitsOutput(data: _Any, wire: bool) -> _classes.ListBenefitsOutput:
    if not wire:
        _classes.ListBenefitsOutput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListBenefitsOutput)
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
        member = "BenefitSummaries"
        value = get("BenefitSummaries")
        fields.benefit_summaries = None if value is None else _decode_BenefitSummaries(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_BenefitSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_BenefitSummary)


def _decode_BenefitSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_BenefitSummary)


_bind_codec(_classes.BenefitSummary, _encode_BenefitSummary, _decode_BenefitSummary)
_bind_codec(_classes.ListBenefitsInput, _encode_ListBenefitsInput, _decode_ListBenefitsInput)
_bind_codec(_classes.ListBenefitsOutput, _encode_ListBenefitsOutput, _decode_ListBenefitsOutput)
