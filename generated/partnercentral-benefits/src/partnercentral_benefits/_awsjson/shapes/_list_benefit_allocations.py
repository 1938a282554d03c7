"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_list_benefit_allocations.py``

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
from ...shapes import _list_benefit_allocations as _classes
from ..plain import (
    _decode_BenefitIds,
    _decode_FulfillmentTypes,
    _decode_ListBenefitAllocationsInputBenefitApplicationIdentifiersList,
    _decode_ListBenefitAllocationsInputBenefitIdentifiersList,
    _decode_ListBenefitAllocationsInputFulfillmentTypesList,
    _decode_ListBenefitAllocationsInputStatusList,
    _encode_BenefitIds,
    _encode_FulfillmentTypes,
    _encode_ListBenefitAllocationsInputBenefitApplicationIdentifiersList,
    _encode_ListBenefitAllocationsInputBenefitIdentifiersList,
    _encode_ListBenefitAllocationsInputFulfillmentTypesList,
    _encode_ListBenefitAllocationsInputStatusList,
)

_lookup_BenefitAllocationStatus = _enum_lookup(
    globals(), "_lookup_BenefitAllocationStatus", _enums, "BenefitAllocationStatus"
)


def _encode_BenefitAllocationSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.BenefitAllocationSummary):
        raise _serde.wrong_shape(_classes.BenefitAllocationSummary, shape)
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
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
        member = "StatusReason"
        value = shape.status_reason
        if value is not None:
            out["StatusReason"] = _serde.enc_str(value, wire)
        member = "Name"
        value = shape.name
        if value is not None:
            out["Name"] = _serde.enc_str(value, wire)
        member = "BenefitId"
        value = shape.benefit_id
        if value is not None:
            out["BenefitId"] = _serde.enc_str(value, wire)
        member = "BenefitApplicationId"
        value = shape.benefit_application_id
        if value is not None:
            out["BenefitApplicationId"] = _serde.enc_str(value, wire)
        member = "FulfillmentTypes"
        value = shape.fulfillment_types
        if value is not None:
            out["FulfillmentTypes"] = _encode_FulfillmentTypes(value, wire)
        member = "CreatedAt"
        value = shape.created_at
        if value is not None:
            out["CreatedAt"] = _serde.enc_iso8601(value, wire)
        member = "ExpiresAt"
        value = shape.expires_at
        if value is not None:
            out["ExpiresAt"] = _serde.enc_iso8601(value, wire)
        member = "ApplicableBenefitIds"
        value = shape.applicable_benefit_ids
        if value is not None:
            out["ApplicableBenefitIds"] = _encode_BenefitIds(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_BenefitAllocationSummary(data: _Any, wire: bool) -> _classes.BenefitAllocationSummary:
    if not wire:
        _classes.BenefitAllocationSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.BenefitAllocationSummary)
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
    value = get("StatusReason")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "StatusReason")
    fields.status_reason = value
    value = get("Name")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Name")
    fields.name = value
    value = get("BenefitId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "BenefitId")
    fields.benefit_id = value
    value = get("BenefitApplicationId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "BenefitApplicationId")
    fields.benefit_application_id = value
    member = ""
    try:
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_BenefitAllocationStatus(value, value)
        member = "FulfillmentTypes"
        value = get("FulfillmentTypes")
        fields.fulfillment_types = None if value is None else _decode_FulfillmentTypes(value, wire)
        member = "CreatedAt"
        value = get("CreatedAt")
        fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "ExpiresAt"
        value = get("ExpiresAt")
        fields.expires_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "ApplicableBenefitIds"
        value = get("ApplicableBenefitIds")
        fields.applicable_benefit_ids = None if value is None else _decode_BenefitIds(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListBenefitAllocationsInput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListBenefitAllocationsInput):
        raise _serde.wrong_shape(_classes.ListBenefitAllocationsInput, shape)
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
        member = "FulfillmentTypes"
        value = shape.fulfillment_types
        if value is not None:
            out["FulfillmentTypes"] = _encode_ListBenefitAllocationsInputFulfillmentTypesList(
                value, wire
            )
        member = "BenefitIdentifiers"
        value = shape.benefit_identifiers
        if value is not None:
            out["BenefitIdentifiers"] = _encode_ListBenefitAllocationsInputBenefitIdentifiersList(
                value, wire
            )
        member = "BenefitApplicationIdentifiers"
        value = shape.benefit_application_identifiers
        if value is not None:
            out["BenefitApplicationIdentifiers"] = (
                _encode_ListBenefitAllocationsInputBenefitApplicationIdentifiersList(value, wire)
            )
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _encode_ListBenefitAllocationsInputStatusList(value, wire)
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


def _decode_ListBenefitAllocationsInput(
    data: _Any, wire: bool
) -> _classes.ListBenefitAllocationsInput:
    if not wire:
        _classes.ListBenefitAllocationsInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListBenefitAllocationsInput)
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
        member = "FulfillmentTypes"
        value = get("FulfillmentTypes")
        fields.fulfillment_types = (
            None
            if value is None
            else _decode_ListBenefitAllocationsInputFulfillmentTypesList(value, wire)
        )
        member = "BenefitIdentifiers"
        value = get("BenefitIdentifiers")
        fields.benefit_identifiers = (
            None
            if value is None
            else _decode_ListBenefitAllocationsInputBenefitIdentifiersList(value, wire)
        )
        member = "BenefitApplicationIdentifiers"
        value = get("BenefitApplicationIdentifiers")
        fields.benefit_application_identifiers = (
            None
            if value is None
            else _decode_ListBenefitAllocationsInputBenefitApplicationIdentifiersList(value, wire)
        )
        member = "Status"
        value = get("Status")
        fields.status = (
            None if value is None else _decode_ListBenefitAllocationsInputStatusList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListBenefitAllocationsOutput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListBenefitAllocationsOutput):
        raise _serde.wrong_shape(_classes.ListBenefitAllocationsOutput, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "BenefitAllocationSummaries"
        value = shape.benefit_allocation_summaries
        if value is not None:
            out["BenefitAllocationSummaries"] = _encode_BenefitAllocationSummaries(value, wire)
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListBenefitAllocationsOutput(
    data: _Any, wire: bool
) -> _classes.ListBenefitAllocationsOutput:
    if not wire:
        _classes.ListBenefitAllocationsOutput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListBenefitAllocationsOutput)
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
        member = "BenefitAllocationSummaries"
        value = get("BenefitAllocationSummaries")
        fields.benefit_allocation_summaries = (
            None if value is None else _decode_BenefitAllocationSummaries(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_BenefitAllocationSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_BenefitAllocationSummary)


def _decode_BenefitAllocationSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_BenefitAllocationSummary)


_bind_codec(
    _classes.BenefitAllocationSummary,
    _encode_BenefitAllocationSummary,
    _decode_BenefitAllocationSummary,
)
_bind_codec(
    _classes.ListBenefitAllocationsInput,
    _encode_ListBenefitAllocationsInput,
    _decode_ListBenefitAllocationsInput,
)
_bind_codec(
    _classes.ListBenefitAllocationsOutput,
    _encode_ListBenefitAllocationsOutput,
    _decode_ListBenefitAllocationsOutput,
)
