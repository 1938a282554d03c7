"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_list_tags_for_resource.py``

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

from ...shapes import _list_tags_for_resource as _classes
from ._tag import (
    _decode_TagList,
    _encode_TagList,
)


def _encode_ListTagsForResourceInput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListTagsForResourceInput):
        raise _serde.wrong_shape(_classes.ListTagsForResourceInput, shape)
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
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListTagsForResourceInput(data: _Any, wire: bool) -> _classes.ListTagsForResourceInput:
    if not wire:
        _classes.ListTagsForResourceInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.ListTagsForResourceInput)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("resourceArn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "resourceArn")
    fields.resource_arn = value
    return shape


def _encode_ListTagsForResourceOutput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListTagsForResourceOutput):
        raise _serde.wrong_shape(_classes.ListTagsForResourceOutput, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "tags"
        value = shape.tags
        if value is not None:
            out["tags"] = _encode_TagList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListTagsForResourceOutput(
    data: _Any, wire: bool
) -> _classes.ListTagsForResourceOutput:
    if not wire:
        _classes.ListTagsForResourceOutput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.ListTagsForResourceOutput)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "tags"
        value = get("tags")
        fields.tags = None if value is None else _decode_TagList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.ListTagsForResourceInput,
    _encode_ListTagsForResourceInput,
    _decode_ListTagsForResourceInput,
)
_bind_codec(
    _classes.ListTagsForResourceOutput,
    _encode_ListTagsForResourceOutput,
    _decode_ListTagsForResourceOutput,
)
