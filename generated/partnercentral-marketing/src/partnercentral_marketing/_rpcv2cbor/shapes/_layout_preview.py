"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_layout_preview.py``

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
from ...shapes import _layout_preview as _classes

_lookup_LayoutFormat = _enum_lookup(globals(), "_lookup_LayoutFormat", _enums, "LayoutFormat")
_lookup_LayoutPageType = _enum_lookup(
    globals(), "_lookup_LayoutPageType", _enums, "LayoutPageType"
)


def _encode_LayoutPreview(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.LayoutPreview):
        raise _serde.wrong_shape(_classes.LayoutPreview, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Format"
        value = shape.format
        if value is not None:
            out["Format"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Url"
        value = shape.url
        if value is not None:
            out["Url"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "PageType"
        value = shape.page_type
        if value is not None:
            out["PageType"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_LayoutPreview(data: _Any, wire: bool) -> _classes.LayoutPreview:
    if not wire:
        _classes.LayoutPreview._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.LayoutPreview)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Url")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Url")
    fields.url = value
    member = ""
    try:
        member = "Format"
        value = get("Format")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.format = None if value is None else _lookup_LayoutFormat(value, value)
        member = "PageType"
        value = get("PageType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.page_type = None if value is None else _lookup_LayoutPageType(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_LayoutPreviewList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_LayoutPreview)


def _decode_LayoutPreviewList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_LayoutPreview)


_bind_codec(_classes.LayoutPreview, _encode_LayoutPreview, _decode_LayoutPreview)
