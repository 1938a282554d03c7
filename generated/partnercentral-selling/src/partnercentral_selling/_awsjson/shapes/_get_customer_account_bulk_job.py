"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_get_customer_account_bulk_job.py``

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
from ...shapes import _get_customer_account_bulk_job as _classes

_lookup_BulkJobStatus = _enum_lookup(globals(), "_lookup_BulkJobStatus", _enums, "BulkJobStatus")


def _encode_GetCustomerAccountBulkJobRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetCustomerAccountBulkJobRequest):
        raise _serde.wrong_shape(_classes.GetCustomerAccountBulkJobRequest, shape)
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
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetCustomerAccountBulkJobRequest(
    data: _Any, wire: bool
) -> _classes.GetCustomerAccountBulkJobRequest:
    if not wire:
        _classes.GetCustomerAccountBulkJobRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetCustomerAccountBulkJobRequest)
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
    return shape


def _encode_GetCustomerAccountBulkJobResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetCustomerAccountBulkJobResponse):
        raise _serde.wrong_shape(_classes.GetCustomerAccountBulkJobResponse, shape)
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
        member = "FileName"
        value = shape.file_name
        if value is not None:
            out["FileName"] = _serde.enc_str(value, wire)
        member = "TotalRecords"
        value = shape.total_records
        if value is not None:
            out["TotalRecords"] = _serde.enc_int(value, wire)
        elif wire:
            raise _missing("")
        member = "ProcessedRecords"
        value = shape.processed_records
        if value is not None:
            out["ProcessedRecords"] = _serde.enc_int(value, wire)
        elif wire:
            raise _missing("")
        member = "SuccessCount"
        value = shape.success_count
        if value is not None:
            out["SuccessCount"] = _serde.enc_int(value, wire)
        elif wire:
            raise _missing("")
        member = "FailureCount"
        value = shape.failure_count
        if value is not None:
            out["FailureCount"] = _serde.enc_int(value, wire)
        elif wire:
            raise _missing("")
        member = "DeletedCount"
        value = shape.deleted_count
        if value is not None:
            out["DeletedCount"] = _serde.enc_int(value, wire)
        elif wire:
            raise _missing("")
        member = "FailureReason"
        value = shape.failure_reason
        if value is not None:
            out["FailureReason"] = _serde.enc_str(value, wire)
        member = "CreatedAt"
        value = shape.created_at
        if value is not None:
            out["CreatedAt"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "CompletedAt"
        value = shape.completed_at
        if value is not None:
            out["CompletedAt"] = _serde.enc_iso8601(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetCustomerAccountBulkJobResponse(
    data: _Any, wire: bool
) -> _classes.GetCustomerAccountBulkJobResponse:
    if not wire:
        _classes.GetCustomerAccountBulkJobResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetCustomerAccountBulkJobResponse)
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
    value = get("FileName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "FileName")
    fields.file_name = value
    value = get("TotalRecords")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "TotalRecords")
    fields.total_records = value
    value = get("ProcessedRecords")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "ProcessedRecords")
    fields.processed_records = value
    value = get("SuccessCount")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "SuccessCount")
    fields.success_count = value
    value = get("FailureCount")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "FailureCount")
    fields.failure_count = value
    value = get("DeletedCount")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "DeletedCount")
    fields.deleted_count = value
    value = get("FailureReason")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "FailureReason")
    fields.failure_reason = value
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
        member = "CompletedAt"
        value = get("CompletedAt")
        fields.completed_at = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.GetCustomerAccountBulkJobRequest,
    _encode_GetCustomerAccountBulkJobRequest,
    _decode_GetCustomerAccountBulkJobRequest,
)
_bind_codec(
    _classes.GetCustomerAccountBulkJobResponse,
    _encode_GetCustomerAccountBulkJobResponse,
    _decode_GetCustomerAccountBulkJobResponse,
)
