"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_errors.py``

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
from ...shapes import _errors as _classes

_lookup_BusinessValidationCode = _enum_lookup(
    globals(), "_lookup_BusinessValidationCode", _enums, "BusinessValidationCode"
)
_lookup_FieldValidationCode = _enum_lookup(
    globals(), "_lookup_FieldValidationCode", _enums, "FieldValidationCode"
)


def _encode_BusinessValidationError(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.BusinessValidationError):
        raise _serde.wrong_shape(_classes.BusinessValidationError, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Message"
        value = shape.message
        if value is not None:
            out["Message"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Code"
        value = shape.code
        if value is not None:
            out["Code"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_BusinessValidationError(data: _Any, wire: bool) -> _classes.BusinessValidationError:
    if not wire:
        _classes.BusinessValidationError._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.BusinessValidationError)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Message")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Message")
    fields.message = value
    member = ""
    try:
        member = "Code"
        value = get("Code")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.code = None if value is None else _lookup_BusinessValidationCode(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_FieldValidationError(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.FieldValidationError):
        raise _serde.wrong_shape(_classes.FieldValidationError, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Name"
        value = shape.name
        if value is not None:
            out["Name"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Message"
        value = shape.message
        if value is not None:
            out["Message"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Code"
        value = shape.code
        if value is not None:
            out["Code"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_FieldValidationError(data: _Any, wire: bool) -> _classes.FieldValidationError:
    if not wire:
        _classes.FieldValidationError._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.FieldValidationError)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Name")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Name")
    fields.name = value
    value = get("Message")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Message")
    fields.message = value
    member = ""
    try:
        member = "Code"
        value = get("Code")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.code = None if value is None else _lookup_FieldValidationCode(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ValidationError(union: _Any, wire: bool) -> _Any:
    if not isinstance(union, _classes.ValidationError):
        raise _serde.wrong_shape(_classes.ValidationError, union)
    return union._encode(wire)  # the variant's


def _decode_ValidationError(data: _Any, wire: bool) -> _classes.ValidationError:
    tag, value = _classes.ValidationError._single_item(data)
    try:
        if tag == "FieldValidationError":
            return _classes.ValidationErrorFieldValidationError(
                _decode_FieldValidationError(value, wire)
            )
        if tag == "BusinessValidationError":
            return _classes.ValidationErrorBusinessValidationError(
                _decode_BusinessValidationError(value, wire)
            )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, tag) from None
    if not wire:
        _classes.ValidationError._check_keys(data)
    return _classes.ValidationErrorUnknown(tag, value)


def _encode_ValidationErrorFieldValidationError(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"FieldValidationError": _encode_FieldValidationError(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("FieldValidationError") from None


def _encode_ValidationErrorBusinessValidationError(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"BusinessValidationError": _encode_BusinessValidationError(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("BusinessValidationError") from None


def _encode_ValidationErrorList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_ValidationError)


def _decode_ValidationErrorList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_ValidationError)


_bind_codec(
    _classes.BusinessValidationError,
    _encode_BusinessValidationError,
    _decode_BusinessValidationError,
)
_bind_codec(
    _classes.FieldValidationError, _encode_FieldValidationError, _decode_FieldValidationError
)
_bind_codec(_classes.ValidationError, decode=_decode_ValidationError)
_bind_codec(
    _classes.ValidationErrorFieldValidationError, _encode_ValidationErrorFieldValidationError
)
_bind_codec(
    _classes.ValidationErrorBusinessValidationError, _encode_ValidationErrorBusinessValidationError
)
