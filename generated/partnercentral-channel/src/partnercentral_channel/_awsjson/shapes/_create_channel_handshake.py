"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_create_channel_handshake.py``

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
from ...shapes import _create_channel_handshake as _classes
from ._tag import (
    _decode_TagList,
    _encode_TagList,
)

_lookup_HandshakeType = _enum_lookup(globals(), "_lookup_HandshakeType", _enums, "HandshakeType")
_lookup_ServicePeriodType = _enum_lookup(
    globals(), "_lookup_ServicePeriodType", _enums, "ServicePeriodType"
)


def _encode_CreateChannelHandshakeDetail(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateChannelHandshakeDetail):
        raise _serde.wrong_shape(_classes.CreateChannelHandshakeDetail, shape)
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
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateChannelHandshakeDetail(
    data: _Any, wire: bool
) -> _classes.CreateChannelHandshakeDetail:
    if not wire:
        _classes.CreateChannelHandshakeDetail._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreateChannelHandshakeDetail)
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
    return shape


def _encode_CreateChannelHandshakeRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateChannelHandshakeRequest):
        raise _serde.wrong_shape(_classes.CreateChannelHandshakeRequest, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "handshakeType"
        value = shape.handshake_type
        if value is not None:
            out["handshakeType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "catalog"
        value = shape.catalog
        if value is not None:
            out["catalog"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "associatedResourceIdentifier"
        value = shape.associated_resource_identifier
        if value is not None:
            out["associatedResourceIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "payload"
        value = shape.payload
        if value is not None:
            out["payload"] = _encode_ChannelHandshakePayload(value, wire)
        member = "clientToken"
        value = shape.client_token
        if value is not None:
            out["clientToken"] = _serde.enc_str(value, wire)
        member = "tags"
        value = shape.tags
        if value is not None:
            out["tags"] = _encode_TagList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateChannelHandshakeRequest(
    data: _Any, wire: bool
) -> _classes.CreateChannelHandshakeRequest:
    if not wire:
        _classes.CreateChannelHandshakeRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreateChannelHandshakeRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "catalog")
    fields.catalog = value
    value = get("associatedResourceIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "associatedResourceIdentifier")
    fields.associated_resource_identifier = value
    value = get("clientToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "clientToken")
    fields.client_token = value
    member = ""
    try:
        member = "handshakeType"
        value = get("handshakeType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.handshake_type = None if value is None else _lookup_HandshakeType(value, value)
        member = "payload"
        value = get("payload")
        fields.payload = None if value is None else _decode_ChannelHandshakePayload(value, wire)
        member = "tags"
        value = get("tags")
        fields.tags = None if value is None else _decode_TagList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CreateChannelHandshakeResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateChannelHandshakeResponse):
        raise _serde.wrong_shape(_classes.CreateChannelHandshakeResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "channelHandshakeDetail"
        value = shape.channel_handshake_detail
        if value is not None:
            out["channelHandshakeDetail"] = _encode_CreateChannelHandshakeDetail(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateChannelHandshakeResponse(
    data: _Any, wire: bool
) -> _classes.CreateChannelHandshakeResponse:
    if not wire:
        _classes.CreateChannelHandshakeResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreateChannelHandshakeResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "channelHandshakeDetail"
        value = get("channelHandshakeDetail")
        fields.channel_handshake_detail = (
            None if value is None else _decode_CreateChannelHandshakeDetail(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_RevokeServicePeriodPayload(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.RevokeServicePeriodPayload):
        raise _serde.wrong_shape(_classes.RevokeServicePeriodPayload, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "programManagementAccountIdentifier"
        value = shape.program_management_account_identifier
        if value is not None:
            out["programManagementAccountIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "note"
        value = shape.note
        if value is not None:
            out["note"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_RevokeServicePeriodPayload(
    data: _Any, wire: bool
) -> _classes.RevokeServicePeriodPayload:
    if not wire:
        _classes.RevokeServicePeriodPayload._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.RevokeServicePeriodPayload)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("programManagementAccountIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(
            _serde.dec_str, value, wire, "programManagementAccountIdentifier"
        )
    fields.program_management_account_identifier = value
    value = get("note")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "note")
    fields.note = value
    return shape


def _encode_StartServicePeriodPayload(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.StartServicePeriodPayload):
        raise _serde.wrong_shape(_classes.StartServicePeriodPayload, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "programManagementAccountIdentifier"
        value = shape.program_management_account_identifier
        if value is not None:
            out["programManagementAccountIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "note"
        value = shape.note
        if value is not None:
            out["note"] = _serde.enc_str(value, wire)
        member = "servicePeriodType"
        value = shape.service_period_type
        if value is not None:
            out["servicePeriodType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "minimumNoticeDays"
        value = shape.minimum_notice_days
        if value is not None:
            out["minimumNoticeDays"] = _serde.enc_str(value, wire)
        member = "endDate"
        value = shape.end_date
        if value is not None:
            out["endDate"] = _serde.enc_iso8601(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_StartServicePeriodPayload(
    data: _Any, wire: bool
) -> _classes.StartServicePeriodPayload:
    if not wire:
        _classes.StartServicePeriodPayload._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.StartServicePeriodPayload)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("programManagementAccountIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(
            _serde.dec_str, value, wire, "programManagementAccountIdentifier"
        )
    fields.program_management_account_identifier = value
    value = get("note")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "note")
    fields.note = value
    value = get("minimumNoticeDays")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "minimumNoticeDays")
    fields.minimum_notice_days = value
    member = ""
    try:
        member = "servicePeriodType"
        value = get("servicePeriodType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.service_period_type = (
            None if value is None else _lookup_ServicePeriodType(value, value)
        )
        member = "endDate"
        value = get("endDate")
        fields.end_date = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ChannelHandshakePayload(union: _Any, wire: bool) -> _Any:
    if not isinstance(union, _classes.ChannelHandshakePayload):
        raise _serde.wrong_shape(_classes.ChannelHandshakePayload, union)
    return union._encode(wire)  # the variant's


def _decode_ChannelHandshakePayload(data: _Any, wire: bool) -> _classes.ChannelHandshakePayload:
    tag, value = _classes.ChannelHandshakePayload._single_item(data)
    try:
        if tag == "startServicePeriodPayload":
            return _classes.ChannelHandshakePayloadStartServicePeriodPayload(
                _decode_StartServicePeriodPayload(value, wire)
            )
        if tag == "revokeServicePeriodPayload":
            return _classes.ChannelHandshakePayloadRevokeServicePeriodPayload(
                _decode_RevokeServicePeriodPayload(value, wire)
            )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, tag) from None
    if not wire:
        _classes.ChannelHandshakePayload._check_keys(data)
    return _classes.ChannelHandshakePayloadUnknown(tag, value)


def _encode_ChannelHandshakePayloadStartServicePeriodPayload(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {
            "startServicePeriodPayload": _encode_StartServicePeriodPayload(variant.value, wire)
        }
    except _ParamValidationError as error:
        raise error.nested("startServicePeriodPayload") from None


def _encode_ChannelHandshakePayloadRevokeServicePeriodPayload(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {
            "revokeServicePeriodPayload": _encode_RevokeServicePeriodPayload(variant.value, wire)
        }
    except _ParamValidationError as error:
        raise error.nested("revokeServicePeriodPayload") from None


_bind_codec(
    _classes.CreateChannelHandshakeDetail,
    _encode_CreateChannelHandshakeDetail,
    _decode_CreateChannelHandshakeDetail,
)
_bind_codec(
    _classes.CreateChannelHandshakeRequest,
    _encode_CreateChannelHandshakeRequest,
    _decode_CreateChannelHandshakeRequest,
)
_bind_codec(
    _classes.CreateChannelHandshakeResponse,
    _encode_CreateChannelHandshakeResponse,
    _decode_CreateChannelHandshakeResponse,
)
_bind_codec(
    _classes.RevokeServicePeriodPayload,
    _encode_RevokeServicePeriodPayload,
    _decode_RevokeServicePeriodPayload,
)
_bind_codec(
    _classes.StartServicePeriodPayload,
    _encode_StartServicePeriodPayload,
    _decode_StartServicePeriodPayload,
)
_bind_codec(_classes.ChannelHandshakePayload, decode=_decode_ChannelHandshakePayload)
_bind_codec(
    _classes.ChannelHandshakePayloadStartServicePeriodPayload,
    _encode_ChannelHandshakePayloadStartServicePeriodPayload,
)
_bind_codec(
    _classes.ChannelHandshakePayloadRevokeServicePeriodPayload,
    _encode_ChannelHandshakePayloadRevokeServicePeriodPayload,
)
