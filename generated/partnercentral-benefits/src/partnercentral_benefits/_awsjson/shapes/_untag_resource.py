"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_untag_resource.py``

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

from ...shapes import _untag_resource as _classes
from ..plain import (
    _decode_TagKeyList,
    _encode_TagKeyList,
)


def _encode_UntagResourceRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.UntagResourceRequest):
        raise _serde.wrong_shape(_classes.UntagResourceRequest, shape)
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


def _decode_UntagResourceRequest(data: _Any, wire: bool) -> _classes.UntagResourceRequest:
    if not wire:
        _classes.UntagResourceRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.UntagResourceRequest)
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


def _encode_UntagResourceResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.UntagResourceResponse):
        raise _serde.wrong_shape(_classes.UntagResourceResponse, shape)
    out: dict[str, _Any] = {}
    return out


def _decode_UntagResourceResponse(data: _Any, wire: bool) -> _classes.UntagResourceResponse:
    if not wire:
        _classes.UntagResourceResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.UntagResourceResponse)
    return shape


_bind_codec(
    _classes.UntagResourceRequest, _encode_UntagResourceRequest, _decode_UntagResourceRequest
)
_bind_codec(
    _classes.UntagResourceResponse, _encode_UntagResourceResponse, _decode_UntagResourceResponse
)
