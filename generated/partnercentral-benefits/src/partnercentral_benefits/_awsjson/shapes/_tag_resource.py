"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_tag_resource.py``

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

from ...shapes import _tag_resource as _classes
from ._tag import (
    _decode_Tags,
    _encode_Tags,
)


def _encode_TagResourceRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.TagResourceRequest):
        raise _serde.wrong_shape(_classes.TagResourceRequest, shape)
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
        member = "tags"
        value = shape.tags
        if value is not None:
            out["tags"] = _encode_Tags(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_TagResourceRequest(data: _Any, wire: bool) -> _classes.TagResourceRequest:
    if not wire:
        _classes.TagResourceRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.TagResourceRequest)
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
        member = "tags"
        value = get("tags")
        fields.tags = None if value is None else _decode_Tags(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_TagResourceResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.TagResourceResponse):
        raise _serde.wrong_shape(_classes.TagResourceResponse, shape)
    out: dict[str, _Any] = {}
    return out


def _decode_TagResourceResponse(data: _Any, wire: bool) -> _classes.TagResourceResponse:
    if not wire:
        _classes.TagResourceResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.TagResourceResponse)
    return shape


_bind_codec(_classes.TagResourceRequest, _encode_TagResourceRequest, _decode_TagResourceRequest)
_bind_codec(_classes.TagResourceResponse, _encode_TagResourceResponse, _decode_TagResourceResponse)
