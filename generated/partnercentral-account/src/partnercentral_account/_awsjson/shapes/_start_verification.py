"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_start_verification.py``

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
from ...shapes import _start_verification as _classes
from ._verification_response_details import (
    _decode_BusinessVerificationDetails,
    _decode_VerificationResponseDetails,
    _encode_BusinessVerificationDetails,
    _encode_VerificationResponseDetails,
)

_lookup_VerificationStatus = _enum_lookup(
    globals(), "_lookup_VerificationStatus", _enums, "VerificationStatus"
)
_lookup_VerificationType = _enum_lookup(
    globals(), "_lookup_VerificationType", _enums, "VerificationType"
)


def _encode_RegistrantVerificationDetails(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.RegistrantVerificationDetails):
        raise _serde.wrong_shape(_classes.RegistrantVerificationDetails, shape)
    out: dict[str, _Any] = {}
    return out


def _decode_RegistrantVerificationDetails(
    data: _Any, wire: bool
) -> _classes.RegistrantVerificationDetails:
    if not wire:
        _classes.RegistrantVerificationDetails._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.RegistrantVerificationDetails)
    return shape


def _encode_StartVerificationRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.StartVerificationRequest):
        raise _serde.wrong_shape(_classes.StartVerificationRequest, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "ClientToken"
        value = shape.client_token
        if value is not None:
            out["ClientToken"] = _serde.enc_str(value, wire)
        member = "VerificationDetails"
        value = shape.verification_details
        if value is not None:
            out["VerificationDetails"] = _encode_VerificationDetails(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_StartVerificationRequest(data: _Any, wire: bool) -> _classes.StartVerificationRequest:
    if not wire:
        _classes.StartVerificationRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.StartVerificationRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("ClientToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ClientToken")
    fields.client_token = value
    member = ""
    try:
        member = "VerificationDetails"
        value = get("VerificationDetails")
        fields.verification_details = (
            None if value is None else _decode_VerificationDetails(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_StartVerificationResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.StartVerificationResponse):
        raise _serde.wrong_shape(_classes.StartVerificationResponse, shape)
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


def _decode_StartVerificationResponse(
    data: _Any, wire: bool
) -> _classes.StartVerificationResponse:
    if not wire:
        _classes.StartVerificationResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.StartVerificationResponse)
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


def _encode_VerificationDetails(union: _Any, wire: bool) -> _Any:
    if not isinstance(union, _classes.VerificationDetails):
        raise _serde.wrong_shape(_classes.VerificationDetails, union)
    return union._encode(wire)  # the variant's


def _decode_VerificationDetails(data: _Any, wire: bool) -> _classes.VerificationDetails:
    tag, value = _classes.VerificationDetails._single_item(data)
    try:
        if tag == "BusinessVerificationDetails":
            return _classes.VerificationDetailsBusinessVerificationDetails(
                _decode_BusinessVerificationDetails(value, wire)
            )
        if tag == "RegistrantVerificationDetails":
            return _classes.VerificationDetailsRegistrantVerificationDetails(
                _decode_RegistrantVerificationDetails(value, wire)
            )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, tag) from None
    if not wire:
        _classes.VerificationDetails._check_keys(data)
    return _classes.VerificationDetailsUnknown(tag, value)


def _encode_VerificationDetailsBusinessVerificationDetails(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {
            "BusinessVerificationDetails": _encode_BusinessVerificationDetails(variant.value, wire)
        }
    except _ParamValidationError as error:
        raise error.nested("BusinessVerificationDetails") from None


def _encode_VerificationDetailsRegistrantVerificationDetails(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {
            "RegistrantVerificationDetails": _encode_RegistrantVerificationDetails(
                variant.value, wire
            )
        }
    except _ParamValidationError as error:
        raise error.nested("RegistrantVerificationDetails") from None


_bind_codec(
    _classes.RegistrantVerificationDetails,
    _encode_RegistrantVerificationDetails,
    _decode_RegistrantVerificationDetails,
)
_bind_codec(
    _classes.StartVerificationRequest,
    _encode_StartVerificationRequest,
    _decode_StartVerificationRequest,
)
_bind_codec(
    _classes.StartVerificationResponse,
    _encode_StartVerificationResponse,
    _decode_StartVerificationResponse,
)
_bind_codec(_classes.VerificationDetails, decode=_decode_VerificationDetails)
_bind_codec(
    _classes.VerificationDetailsBusinessVerificationDetails,
    _encode_VerificationDetailsBusinessVerificationDetails,
)
_bind_codec(
    _classes.VerificationDetailsRegistrantVerificationDetails,
    _encode_VerificationDetailsRegistrantVerificationDetails,
)
