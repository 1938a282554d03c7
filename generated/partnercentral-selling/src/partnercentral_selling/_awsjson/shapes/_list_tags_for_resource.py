"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_list_tags_for_resource.py``

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

from ...shapes import _list_tags_for_resource as _classes
from ._tag import (
    _decode_TagList,
    _encode_TagList,
)


def _encode_ListTagsForResourceRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListTagsForResourceRequest):
        raise _serde.wrong_shape(_classes.ListTagsForResourceRequest, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "ResourceArn"
        value = shape.resource_arn
        if value is not None:
            out["ResourceArn"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListTagsForResourceRequest(
    data: _Any, wire: bool
) -> _classes.ListTagsForResourceRequest:
    if not wire:
        _classes.ListTagsForResourceRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListTagsForResourceRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("ResourceArn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ResourceArn")
    fields.resource_arn = value
    return shape


def _encode_ListTagsForResourceResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListTagsForResourceResponse):
        raise _serde.wrong_shape(_classes.ListTagsForResourceResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Tags"
        value = shape.tags
        if value is not None:
            out["Tags"] = _encode_TagList(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListTagsForResourceResponse(
    data: _Any, wire: bool
) -> _classes.ListTagsForResourceResponse:
    if not wire:
        _classes.ListTagsForResourceResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListTagsForResourceResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "Tags"
        value = get("Tags")
        fields.tags = None if value is None else _decode_TagList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.ListTagsForResourceRequest,
    _encode_ListTagsForResourceRequest,
    _decode_ListTagsForResourceRequest,
)
_bind_codec(
    _classes.ListTagsForResourceResponse,
    _encode_ListTagsForResourceResponse,
    _decode_ListTagsForResourceResponse,
)
