"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_tag.py``

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

from ...shapes import _tag as _classes


def _encode_Tag(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.Tag):
        raise _serde.wrong_shape(_classes.Tag, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "key"
        value = shape.key
        if value is not None:
            out["key"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "value"
        value = shape.value_
        if value is not None:
            out["value"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_Tag(data: _Any, wire: bool) -> _classes.Tag:
    if not wire:
        _classes.Tag._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.Tag)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("key")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "key")
    fields.key = value
    value = get("value")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "value")
    fields.value_ = value
    return shape


def _encode_TagList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_Tag)


def _decode_TagList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_Tag)


_bind_codec(_classes.Tag, _encode_Tag, _decode_Tag)
