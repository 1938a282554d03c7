"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_errors.py``

``_encode_<Shape>(value, wire)`` gives the CBOR value of a shape and
``_decode_<Shape>(data, wire)`` reads one (``wire`` False: the boto3-style dict of
``to_dict()`` and ``from_dict()``). The last lines bind them to the classes.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.exceptions import ParamValidationError as _ParamValidationError
from typed_aws_runtime.model.lazy import enum_lookup as _enum_lookup
from typed_aws_runtime.model.structure import bind_codec as _bind_codec
from typed_aws_runtime.protocols import cborserde as _serde
from typed_aws_runtime.protocols.cborserde import missing as _missing

from ... import enums as _enums
from ...shapes import _errors as _classes

_lookup_ValidationExceptionFieldCode = _enum_lookup(
    globals(), "_lookup_ValidationExceptionFieldCode", _enums, "ValidationExceptionFieldCode"
)


def _encode_ValidationExceptionField(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ValidationExceptionField):
        raise _serde.wrong_shape(_classes.ValidationExceptionField, shape)
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
        member = "FieldId"
        value = shape.field_id
        if value is not None:
            out["FieldId"] = _serde.enc_str(value, wire)
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
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ValidationExceptionField(data: _Any, wire: bool) -> _classes.ValidationExceptionField:
    if not wire:
        _classes.ValidationExceptionField._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.ValidationExceptionField)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Name")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Name")
    fields.name = value
    value = get("FieldId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "FieldId")
    fields.field_id = value
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
        fields.code = None if value is None else _lookup_ValidationExceptionFieldCode(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ValidationExceptionFieldList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_ValidationExceptionField)


def _decode_ValidationExceptionFieldList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_ValidationExceptionField)


_bind_codec(
    _classes.ValidationExceptionField,
    _encode_ValidationExceptionField,
    _decode_ValidationExceptionField,
)
