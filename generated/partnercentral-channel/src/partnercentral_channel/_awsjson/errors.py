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


def _decode_AccessDeniedException(exception: _Any, data: _Mapping[str, _Any]) -> None:
    wire = True
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = exception
    get = data.get
    value: _Any
    value = get("reason")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "reason")
    fields.reason = value


def _encode_AccessDeniedException(exception: _Any) -> dict[str, _Any]:
    wire = False
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "reason"
        value = exception.reason
        if value is not None:
            out["reason"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    if exception.message:
        out["message"] = exception.message
    return out


def _decode_ConflictException(exception: _Any, data: _Mapping[str, _Any]) -> None:
    wire = True
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = exception
    get = data.get
    value: _Any
    value = get("resourceId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "resourceId")
    fields.resource_id = value
    value = get("resourceType")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "resourceType")
    fields.resource_type = value


def _encode_ConflictException(exception: _Any) -> dict[str, _Any]:
    wire = False
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "resourceId"
        value = exception.resource_id
        if value is not None:
            out["resourceId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "resourceType"
        value = exception.resource_type
        if value is not None:
            out["resourceType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    if exception.message:
        out["message"] = exception.message
    return out


def _encode_InternalServerException(exception: _Any) -> dict[str, _Any]:
    out: dict[str, _Any] = {}
    if exception.message:
        out["message"] = exception.message
    return out


def _decode_ResourceNotFoundException(exception: _Any, data: _Mapping[str, _Any]) -> None:
    wire = True
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = exception
    get = data.get
    value: _Any
    value = get("resourceId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "resourceId")
    fields.resource_id = value
    value = get("resourceType")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "resourceType")
    fields.resource_type = value


def _encode_ResourceNotFoundException(exception: _Any) -> dict[str, _Any]:
    wire = False
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "resourceId"
        value = exception.resource_id
        if value is not None:
            out["resourceId"] = _serde.enc_str(value, wire)
        member = "resourceType"
        value = exception.resource_type
        if value is not None:
            out["resourceType"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    if exception.message:
        out["message"] = exception.message
    return out


def _decode_ServiceQuotaExceededException(exception: _Any, data: _Mapping[str, _Any]) -> None:
    wire = True
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = exception
    get = data.get
    value: _Any
    value = get("resourceId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "resourceId")
    fields.resource_id = value
    value = get("resourceType")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "resourceType")
    fields.resource_type = value
    value = get("quotaCode")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "quotaCode")
    fields.quota_code = value


def _encode_ServiceQuotaExceededException(exception: _Any) -> dict[str, _Any]:
    wire = False
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "resourceId"
        value = exception.resource_id
        if value is not None:
            out["resourceId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "resourceType"
        value = exception.resource_type
        if value is not None:
            out["resourceType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "quotaCode"
        value = exception.quota_code
        if value is not None:
            out["quotaCode"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    if exception.message:
        out["message"] = exception.message
    return out


def _decode_ThrottlingException(exception: _Any, data: _Mapping[str, _Any]) -> None:
    wire = True
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = exception
    get = data.get
    value: _Any
    value = get("serviceCode")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "serviceCode")
    fields.service_code = value
    value = get("quotaCode")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "quotaCode")
    fields.quota_code = value


def _encode_ThrottlingException(exception: _Any) -> dict[str, _Any]:
    wire = False
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "serviceCode"
        value = exception.service_code
        if value is not None:
            out["serviceCode"] = _serde.enc_str(value, wire)
        member = "quotaCode"
        value = exception.quota_code
        if value is not None:
            out["quotaCode"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    if exception.message:
        out["message"] = exception.message
    return out


def _decode_ValidationException(exception: _Any, data: _Mapping[str, _Any]) -> None:
    wire = True
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = exception
    get = data.get
    value: _Any
    member = ""
    try:
        member = "reason"
        value = get("reason")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.reason = None if value is None else _lookup_ValidationExceptionReason(value, value)
        member = "fieldList"
        value = get("fieldList")
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
        member = "reason"
        value = exception.reason
        if value is not None:
            out["reason"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "fieldList"
        value = exception.field_list
        if value is not None:
            out["fieldList"] = _encode_ValidationExceptionFieldList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    if exception.message:
        out["message"] = exception.message
    return out
