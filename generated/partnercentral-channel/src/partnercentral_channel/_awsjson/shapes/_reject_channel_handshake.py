"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_reject_channel_handshake.py``

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
from ...shapes import _reject_channel_handshake as _classes

_lookup_HandshakeStatus = _enum_lookup(
    globals(), "_lookup_HandshakeStatus", _enums, "HandshakeStatus"
)


def _encode_RejectChannelHandshakeDetail(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.RejectChannelHandshakeDetail):
        raise _serde.wrong_shape(_classes.RejectChannelHandshakeDetail, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "id"
        value = shape.id
        if value is not None:
            out["id"] = _serde.enc_str(value, wire)
        member = "arn"
        value = shape.arn
        if value is not None:
            out["arn"] = _serde.enc_str(value, wire)
        member = "status"
        value = shape.status
        if value is not None:
            out["status"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_RejectChannelHandshakeDetail(
    data: _Any, wire: bool
) -> _classes.RejectChannelHandshakeDetail:
    if not wire:
        _classes.RejectChannelHandshakeDetail._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.RejectChannelHandshakeDetail)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "id")
    fields.id = value
    value = get("arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "arn")
    fields.arn = value
    member = ""
    try:
        member = "status"
        value = get("status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_HandshakeStatus(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_RejectChannelHandshakeRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.RejectChannelHandshakeRequest):
        raise _serde.wrong_shape(_classes.RejectChannelHandshakeRequest, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "catalog"
        value = shape.catalog
        if value is not None:
            out["catalog"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "identifier"
        value = shape.identifier
        if value is not None:
            out["identifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_RejectChannelHandshakeRequest(
    data: _Any, wire: bool
) -> _classes.RejectChannelHandshakeRequest:
    if not wire:
        _classes.RejectChannelHandshakeRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.RejectChannelHandshakeRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "catalog")
    fields.catalog = value
    value = get("identifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "identifier")
    fields.identifier = value
    return shape


def _encode_RejectChannelHandshakeResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.RejectChannelHandshakeResponse):
        raise _serde.wrong_shape(_classes.RejectChannelHandshakeResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "channelHandshakeDetail"
        value = shape.channel_handshake_detail
        if value is not None:
            out["channelHandshakeDetail"] = _encode_RejectChannelHandshakeDetail(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_RejectChannelHandshakeResponse(
    data: _Any, wire: bool
) -> _classes.RejectChannelHandshakeResponse:
    if not wire:
        _classes.RejectChannelHandshakeResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.RejectChannelHandshakeResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "channelHandshakeDetail"
        value = get("channelHandshakeDetail")
        fields.channel_handshake_detail = (
            None if value is None else _decode_RejectChannelHandshakeDetail(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.RejectChannelHandshakeDetail,
    _encode_RejectChannelHandshakeDetail,
    _decode_RejectChannelHandshakeDetail,
)
_bind_codec(
    _classes.RejectChannelHandshakeRequest,
    _encode_RejectChannelHandshakeRequest,
    _decode_RejectChannelHandshakeRequest,
)
_bind_codec(
    _classes.RejectChannelHandshakeResponse,
    _encode_RejectChannelHandshakeResponse,
    _decode_RejectChannelHandshakeResponse,
)
