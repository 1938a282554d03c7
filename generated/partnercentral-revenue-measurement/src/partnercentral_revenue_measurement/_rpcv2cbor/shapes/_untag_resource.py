"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_untag_resource.py``

``_encode_<Shape>(value, wire)`` gives the CBOR value of a shape and
``_decode_<Shape>(data, wire)`` reads one (``wire`` False: the boto3-style dict of
``to_dict()`` and ``from_dict()``). The last lines bind them to the classes.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.exceptions import ParamValidationError as _ParamValidationError
from typed_aws_runtime.model.structure import bind_codec as _bind_codec
from typed_aws_runtime.protocols import cborserde as _serde
from typed_aws_runtime.protocols.cborserde import missing as _missing

from ...shapes import _untag_resource as _classes
from ..plain import (
    _decode_TagKeyList,
    _encode_TagKeyList,
)


def _encode_UntagResourceInput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.UntagResourceInput):
        raise _serde.wrong_shape(_classes.UntagResourceInput, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "resourceArn"
        value = shape.resource_arn
        if value is not None:
            out["resourceArn"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "tagKeys"
        value = shape.tag_keys
        if value is not None:
            out["tagKeys"] = _encode_TagKeyList(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_UntagResourceInput(data: _Any, wire: bool) -> _classes.UntagResourceInput:
    if not wire:
        _classes.UntagResourceInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.UntagResourceInput)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("resourceArn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "resourceArn")
    fields.resource_arn = value
    member = ""
    try:
        member = "tagKeys"
        value = get("tagKeys")
        fields.tag_keys = None if value is None else _decode_TagKeyList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(_classes.UntagResourceInput, _encode_UntagResourceInput, _decode_UntagResourceInput)
