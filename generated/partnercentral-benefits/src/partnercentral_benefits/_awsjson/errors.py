"""The awsJson codecs of the modeled errors' members (internal: see ``errors.py``).

``_decode_<Error>(exception, data)`` sets the members of a new exception from its
response body; ``_encode_<Error>(exception)`` is the exception's ``to_dict()``.
"""

from __future__ import annotations

from collections.abc import Mapping as _Mapping
from typing import Any as _Any

from typed_aws_runtime.exceptions import ParamValidationError as _ParamValidationError
from typed_aws_runtime.model.lazy import enum_lookup as _enum_lookup
from typed_aws_runtime.protocols import serde as _serde
from typed_aws_runtime.protocols.serde import missing as _missing

from .. import enums as _enums
from .shapes._errors import (
    _decode_ValidationExceptionFieldList,
    _encode_ValidationExceptionFieldList,
)

_lookup_ValidationExceptionReason = _enum_lookup(
    globals(), "_lookup_ValidationExceptionReason", _enums, "ValidationExceptionReason"
)


def _encode_AccessDeniedException(exception: _Any) -> dict[str, _Any]:
    out: dict[str, _Any] = {}
    if exception.message:
        out["Message"] = exception.message
    return out


def _encode_ConflictException(exception: _Any) -> dict[str, _Any]:
    out: dict[str, _Any] = {}
    if exception.message:
        out["Message"] = exception.message
    return out


def _encode_InternalServerException(exception: _Any) -> dict[str, _Any]:
    out: dict[str, _Any] = {}
    if exception.message:
        out["Message"] = exception.message
    return out


def _encode_ResourceNotFoundException(exception: _Any) -> dict[str, _Any]:
    out: dict[str, _Any] = {}
    if exception.message:
        out["Message"] = exception.message
    return out


def _decode_ServiceQuotaExceededException(exception: _Any, data: _Mapping[str, _Any]) -> None:
    wire = True
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = exception
    get = data.get
    value: _Any
    value = get("ResourceId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ResourceId")
    fields.resource_id = value
    value = get("ResourceType")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ResourceType")
    fields.resource_type = value
    value = get("QuotaCode")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "QuotaCode")
    fields.quota_code = value


def _encode_ServiceQuotaExceededException(exception: _Any) -> dict[str, _Any]:
    wire = False
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "ResourceId"
        value = exception.resource_id
        if value is not None:
            out["ResourceId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ResourceType"
        value = exception.resource_type
        if value is not None:
            out["ResourceType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "QuotaCode"
        value = exception.quota_code
        if value is not None:
            out["QuotaCode"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    if exception.message:
        out["Message"] = exception.message
    return out


def _encode_ThrottlingException(exception: _Any) -> dict[str, _Any]:
    out: dict[str, _Any] = {}
    if exception.message:
        out["Message"] = exception.message
    return out


def _decode_ValidationException(exception: _Any, data: _Mapping[str, _Any]) -> None:
    wire = True
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = exception
    get = data.get
    value: _Any
    member = ""
    try:
        member = "Reason"
        value = get("Reason")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.reason = None if value is None else _lookup_ValidationExceptionReason(value, value)
        member = "FieldList"
        value = get("FieldList")
        fields.field_list = (
            None if value is None else _decode_ValidationExceptionFieldList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None


def _encode_ValidationException(exception: _Any) -> dict[str, _Any]:
    wire = False
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Reason"
        value = exception.reason
        if value is not None:
            out["Reason"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "FieldList"
        value = exception.field_list
        if value is not None:
            out["FieldList"] = _encode_ValidationExceptionFieldList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    if exception.message:
        out["Message"] = exception.message
    return out
