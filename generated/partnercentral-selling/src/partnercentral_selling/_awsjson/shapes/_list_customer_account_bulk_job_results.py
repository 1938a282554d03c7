"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_list_customer_account_bulk_job_results.py``

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
from ...shapes import _list_customer_account_bulk_job_results as _classes
from ._bulk_job_result import (
    _decode_BulkJobResultList,
    _encode_BulkJobResultList,
)

_lookup_BulkRecordStatus = _enum_lookup(
    globals(), "_lookup_BulkRecordStatus", _enums, "BulkRecordStatus"
)


def _encode_ListCustomerAccountBulkJobResultsRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListCustomerAccountBulkJobResultsRequest):
        raise _serde.wrong_shape(_classes.ListCustomerAccountBulkJobResultsRequest, shape)
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
        member = "Identifier"
        value = shape.identifier
        if value is not None:
            out["Identifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
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


def _decode_ListCustomerAccountBulkJobResultsRequest(
    data: _Any, wire: bool
) -> _classes.ListCustomerAccountBulkJobResultsRequest:
    if not wire:
        _classes.ListCustomerAccountBulkJobResultsRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListCustomerAccountBulkJobResultsRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("Identifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Identifier")
    fields.identifier = value
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
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_BulkRecordStatus(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListCustomerAccountBulkJobResultsResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListCustomerAccountBulkJobResultsResponse):
        raise _serde.wrong_shape(_classes.ListCustomerAccountBulkJobResultsResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Results"
        value = shape.results
        if value is not None:
            out["Results"] = _encode_BulkJobResultList(value, wire)
        elif wire:
            raise _missing("")
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListCustomerAccountBulkJobResultsResponse(
    data: _Any, wire: bool
) -> _classes.ListCustomerAccountBulkJobResultsResponse:
    if not wire:
        _classes.ListCustomerAccountBulkJobResultsResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListCustomerAccountBulkJobResultsResponse)
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
        member = "Results"
        value = get("Results")
        fields.results = None if value is None else _decode_BulkJobResultList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.ListCustomerAccountBulkJobResultsRequest,
    _encode_ListCustomerAccountBulkJobResultsRequest,
    _decode_ListCustomerAccountBulkJobResultsRequest,
)
_bind_codec(
    _classes.ListCustomerAccountBulkJobResultsResponse,
    _encode_ListCustomerAccountBulkJobResultsResponse,
    _decode_ListCustomerAccountBulkJobResultsResponse,
)
