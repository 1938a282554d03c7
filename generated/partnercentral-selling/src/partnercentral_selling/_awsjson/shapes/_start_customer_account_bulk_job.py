"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_start_customer_account_bulk_job.py``

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
from ...shapes import _start_customer_account_bulk_job as _classes

_lookup_BulkJobStatus = _enum_lookup(globals(), "_lookup_BulkJobStatus", _enums, "BulkJobStatus")


def _encode_StartCustomerAccountBulkJobRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.StartCustomerAccountBulkJobRequest):
        raise _serde.wrong_shape(_classes.StartCustomerAccountBulkJobRequest, shape)
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
        member = "ClientToken"
        value = shape.client_token
        if value is not None:
            out["ClientToken"] = _serde.enc_str(value, wire)
        member = "FileUri"
        value = shape.file_uri
        if value is not None:
            out["FileUri"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_StartCustomerAccountBulkJobRequest(
    data: _Any, wire: bool
) -> _classes.StartCustomerAccountBulkJobRequest:
    if not wire:
        _classes.StartCustomerAccountBulkJobRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.StartCustomerAccountBulkJobRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("ClientToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ClientToken")
    fields.client_token = value
    value = get("FileUri")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "FileUri")
    fields.file_uri = value
    return shape


def _encode_StartCustomerAccountBulkJobResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.StartCustomerAccountBulkJobResponse):
        raise _serde.wrong_shape(_classes.StartCustomerAccountBulkJobResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Arn"
        value = shape.arn
        if value is not None:
            out["Arn"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Id"
        value = shape.id
        if value is not None:
            out["Id"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "CreatedAt"
        value = shape.created_at
        if value is not None:
            out["CreatedAt"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_StartCustomerAccountBulkJobResponse(
    data: _Any, wire: bool
) -> _classes.StartCustomerAccountBulkJobResponse:
    if not wire:
        _classes.StartCustomerAccountBulkJobResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.StartCustomerAccountBulkJobResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Arn")
    fields.arn = value
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    member = ""
    try:
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_BulkJobStatus(value, value)
        member = "CreatedAt"
        value = get("CreatedAt")
        fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.StartCustomerAccountBulkJobRequest,
    _encode_StartCustomerAccountBulkJobRequest,
    _decode_StartCustomerAccountBulkJobRequest,
)
_bind_codec(
    _classes.StartCustomerAccountBulkJobResponse,
    _encode_StartCustomerAccountBulkJobResponse,
    _decode_StartCustomerAccountBulkJobResponse,
)
