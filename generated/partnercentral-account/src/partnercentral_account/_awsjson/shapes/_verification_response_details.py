"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_verification_response_details.py``

``_encode_<Shape>(value, wire)`` gives the JSON value of a shape and
``_decode_<Shape>(data, wire)`` reads one (``wire`` False: the boto3-style dict of
``to_dict()`` and ``from_dict()``). The last lines bind them to the classes.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.exceptions import ParamValidationError as _ParamValidationError
from typed_aws_runtime.model.structure import bind_codec as _bind_codec
from typed_aws_runtime.protocols import serde as _serde
from typed_aws_runtime.protocols.serde import missing as _missing

from ...shapes import _verification_response_details as _classes


def _encode_BusinessVerificationDetails(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.BusinessVerificationDetails):
        raise _serde.wrong_shape(_classes.BusinessVerificationDetails, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "LegalName"
        value = shape.legal_name
        if value is not None:
            out["LegalName"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "RegistrationId"
        value = shape.registration_id
        if value is not None:
            out["RegistrationId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "CountryCode"
        value = shape.country_code
        if value is not None:
            out["CountryCode"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "JurisdictionOfIncorporation"
        value = shape.jurisdiction_of_incorporation
        if value is not None:
            out["JurisdictionOfIncorporation"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_BusinessVerificationDetails(
    data: _Any, wire: bool
) -> _classes.BusinessVerificationDetails:
    if not wire:
        _classes.BusinessVerificationDetails._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.BusinessVerificationDetails)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("LegalName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "LegalName")
    fields.legal_name = value
    value = get("RegistrationId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RegistrationId")
    fields.registration_id = value
    value = get("CountryCode")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CountryCode")
    fields.country_code = value
    value = get("JurisdictionOfIncorporation")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "JurisdictionOfIncorporation")
    fields.jurisdiction_of_incorporation = value
    return shape


def _encode_BusinessVerificationResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.BusinessVerificationResponse):
        raise _serde.wrong_shape(_classes.BusinessVerificationResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "BusinessVerificationDetails"
        value = shape.business_verification_details
        if value is not None:
            out["BusinessVerificationDetails"] = _encode_BusinessVerificationDetails(value, wire)
        elif wire:
            raise _missing("")
        member = "CompletionUrl"
        value = shape.completion_url
        if value is not None:
            out["CompletionUrl"] = _serde.enc_str(value, wire)
        member = "CompletionUrlExpiresAt"
        value = shape.completion_url_expires_at
        if value is not None:
            out["CompletionUrlExpiresAt"] = _serde.enc_iso8601(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_BusinessVerificationResponse(
    data: _Any, wire: bool
) -> _classes.BusinessVerificationResponse:
    if not wire:
        _classes.BusinessVerificationResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.BusinessVerificationResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("CompletionUrl")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CompletionUrl")
    fields.completion_url = value
    member = ""
    try:
        member = "BusinessVerificationDetails"
        value = get("BusinessVerificationDetails")
        fields.business_verification_details = (
            None if value is None else _decode_BusinessVerificationDetails(value, wire)
        )
        member = "CompletionUrlExpiresAt"
        value = get("CompletionUrlExpiresAt")
        fields.completion_url_expires_at = (
            None if value is None else _serde.dec_timestamp(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_RegistrantVerificationResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.RegistrantVerificationResponse):
        raise _serde.wrong_shape(_classes.RegistrantVerificationResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "CompletionUrl"
        value = shape.completion_url
        if value is not None:
            out["CompletionUrl"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "CompletionUrlExpiresAt"
        value = shape.completion_url_expires_at
        if value is not None:
            out["CompletionUrlExpiresAt"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_RegistrantVerificationResponse(
    data: _Any, wire: bool
) -> _classes.RegistrantVerificationResponse:
    if not wire:
        _classes.RegistrantVerificationResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.RegistrantVerificationResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("CompletionUrl")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CompletionUrl")
    fields.completion_url = value
    member = ""
    try:
        member = "CompletionUrlExpiresAt"
        value = get("CompletionUrlExpiresAt")
        fields.completion_url_expires_at = (
            None if value is None else _serde.dec_timestamp(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_VerificationResponseDetails(union: _Any, wire: bool) -> _Any:
    if not isinstance(union, _classes.VerificationResponseDetails):
        raise _serde.wrong_shape(_classes.VerificationResponseDetails, union)
    return union._encode(wire)  # the variant's


def _decode_VerificationResponseDetails(
    data: _Any, wire: bool
) -> _classes.VerificationResponseDetails:
    tag, value = _classes.VerificationResponseDetails._single_item(data)
    try:
        if tag == "BusinessVerificationResponse":
            return _classes.VerificationResponseDetailsBusinessVerificationResponse(
                _decode_BusinessVerificationResponse(value, wire)
            )
        if tag == "RegistrantVerificationResponse":
            return _classes.VerificationResponseDetailsRegistrantVerificationResponse(
                _decode_RegistrantVerificationResponse(value, wire)
            )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, tag) from None
    if not wire:
        _classes.VerificationResponseDetails._check_keys(data)
    return _classes.VerificationResponseDetailsUnknown(tag, value)


def _encode_VerificationResponseDetailsBusinessVerificationResponse(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {
            "BusinessVerificationResponse": _encode_BusinessVerificationResponse(
                variant.value, wire
            )
        }
    except _ParamValidationError as error:
        raise error.nested("BusinessVerificationResponse") from None


def _encode_VerificationResponseDetailsRegistrantVerificationResponse(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {
            "RegistrantVerificationResponse": _encode_RegistrantVerificationResponse(
                variant.value, wire
            )
        }
    except _ParamValidationError as error:
        raise error.nested("RegistrantVerificationResponse") from None


_bind_codec(
    _classes.BusinessVerificationDetails,
    _encode_BusinessVerificationDetails,
    _decode_BusinessVerificationDetails,
)
_bind_codec(
    _classes.BusinessVerificationResponse,
    _encode_BusinessVerificationResponse,
    _decode_BusinessVerificationResponse,
)
_bind_codec(
    _classes.RegistrantVerificationResponse,
    _encode_RegistrantVerificationResponse,
    _decode_RegistrantVerificationResponse,
)
_bind_codec(_classes.VerificationResponseDetails, decode=_decode_VerificationResponseDetails)
_bind_codec(
    _classes.VerificationResponseDetailsBusinessVerificationResponse,
    _encode_VerificationResponseDetailsBusinessVerificationResponse,
)
_bind_codec(
    _classes.VerificationResponseDetailsRegistrantVerificationResponse,
    _encode_VerificationResponseDetailsRegistrantVerificationResponse,
)
