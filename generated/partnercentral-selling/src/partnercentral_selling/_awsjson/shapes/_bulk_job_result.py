"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_bulk_job_result.py``

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
from ...shapes import _bulk_job_result as _classes

_lookup_BulkRecordStatus = _enum_lookup(
    globals(), "_lookup_BulkRecordStatus", _enums, "BulkRecordStatus"
)


def _encode_BulkJobResult(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.BulkJobResult):
        raise _serde.wrong_shape(_classes.BulkJobResult, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "RequestId"
        value = shape.request_id
        if value is not None:
            out["RequestId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ResourceIdentifier"
        value = shape.resource_identifier
        if value is not None:
            out["ResourceIdentifier"] = _serde.enc_str(value, wire)
        member = "ErrorCode"
        value = shape.error_code
        if value is not None:
            out["ErrorCode"] = _serde.enc_str(value, wire)
        member = "ErrorMessage"
        value = shape.error_message
        if value is not None:
            out["ErrorMessage"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_BulkJobResult(data: _Any, wire: bool) -> _classes.BulkJobResult:
    if not wire:
        _classes.BulkJobResult._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.BulkJobResult)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("RequestId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RequestId")
    fields.request_id = value
    value = get("ResourceIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ResourceIdentifier")
    fields.resource_identifier = value
    value = get("ErrorCode")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ErrorCode")
    fields.error_code = value
    value = get("ErrorMessage")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ErrorMessage")
    fields.error_message = value
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


def _encode_BulkJobResultList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_BulkJobResult)


def _decode_BulkJobResultList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_BulkJobResult)


_bind_codec(_classes.BulkJobResult, _encode_BulkJobResult, _decode_BulkJobResult)
