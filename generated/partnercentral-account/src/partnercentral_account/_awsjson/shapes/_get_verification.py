"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_get_verification.py``

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
from ...shapes import _get_verification as _classes
from ._verification_response_details import (
    _decode_VerificationResponseDetails,
    _encode_VerificationResponseDetails,
)

_lookup_VerificationStatus = _enum_lookup(
    globals(), "_lookup_VerificationStatus", _enums, "VerificationStatus"
)
_lookup_VerificationType = _enum_lookup(
    globals(), "_lookup_VerificationType", _enums, "VerificationType"
)


def _encode_GetVerificationRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetVerificationRequest):
        raise _serde.wrong_shape(_classes.GetVerificationRequest, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "VerificationType"
        value = shape.verification_type
        if value is not None:
            out["VerificationType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetVerificationRequest(data: _Any, wire: bool) -> _classes.GetVerificationRequest:
    if not wire:
        _classes.GetVerificationRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetVerificationRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "VerificationType"
        value = get("VerificationType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.verification_type = (
            None if value is None else _lookup_VerificationType(value, value)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_GetVerificationResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetVerificationResponse):
        raise _serde.wrong_shape(_classes.GetVerificationResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "VerificationType"
        value = shape.verification_type
        if value is not None:
            out["VerificationType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "VerificationStatus"
        value = shape.verification_status
        if value is not None:
            out["VerificationStatus"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "VerificationStatusReason"
        value = shape.verification_status_reason
        if value is not None:
            out["VerificationStatusReason"] = _serde.enc_str(value, wire)
        member = "VerificationResponseDetails"
        value = shape.verification_response_details
        if value is not None:
            out["VerificationResponseDetails"] = _encode_VerificationResponseDetails(value, wire)
        elif wire:
            raise _missing("")
        member = "StartedAt"
        value = shape.started_at
        if value is not None:
            out["StartedAt"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "CompletedAt"
        value = shape.completed_at
        if value is not None:
            out["CompletedAt"] = _serde.enc_iso8601(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetVerificationResponse(data: _Any, wire: bool) -> _classes.GetVerificationResponse:
    if not wire:
        _classes.GetVerificationResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetVerificationResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("VerificationStatusReason")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "VerificationStatusReason")
    fields.verification_status_reason = value
    member = ""
    try:
        member = "VerificationType"
        value = get("VerificationType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.verification_type = (
            None if value is None else _lookup_VerificationType(value, value)
        )
        member = "VerificationStatus"
        value = get("VerificationStatus")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.verification_status = (
            None if value is None else _lookup_VerificationStatus(value, value)
        )
        member = "VerificationResponseDetails"
        value = get("VerificationResponseDetails")
        fields.verification_response_details = (
            None if value is None else _decode_VerificationResponseDetails(value, wire)
        )
        member = "StartedAt"
        value = get("StartedAt")
        fields.started_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "CompletedAt"
        value = get("CompletedAt")
        fields.completed_at = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.GetVerificationRequest, _encode_GetVerificationRequest, _decode_GetVerificationRequest
)
_bind_codec(
    _classes.GetVerificationResponse,
    _encode_GetVerificationResponse,
    _decode_GetVerificationResponse,
)
