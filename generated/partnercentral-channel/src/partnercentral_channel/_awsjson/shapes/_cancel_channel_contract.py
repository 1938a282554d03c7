"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_cancel_channel_contract.py``

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
from ...shapes import _cancel_channel_contract as _classes

_lookup_ChannelContractStatus = _enum_lookup(
    globals(), "_lookup_ChannelContractStatus", _enums, "ChannelContractStatus"
)


def _encode_CancelChannelContractDetail(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CancelChannelContractDetail):
        raise _serde.wrong_shape(_classes.CancelChannelContractDetail, shape)
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
        member = "cancellationReason"
        value = shape.cancellation_reason
        if value is not None:
            out["cancellationReason"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CancelChannelContractDetail(
    data: _Any, wire: bool
) -> _classes.CancelChannelContractDetail:
    if not wire:
        _classes.CancelChannelContractDetail._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CancelChannelContractDetail)
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
    value = get("cancellationReason")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "cancellationReason")
    fields.cancellation_reason = value
    member = ""
    try:
        member = "status"
        value = get("status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_ChannelContractStatus(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CancelChannelContractRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CancelChannelContractRequest):
        raise _serde.wrong_shape(_classes.CancelChannelContractRequest, shape)
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
        member = "reason"
        value = shape.reason
        if value is not None:
            out["reason"] = _serde.enc_str(value, wire)
        member = "clientToken"
        value = shape.client_token
        if value is not None:
            out["clientToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CancelChannelContractRequest(
    data: _Any, wire: bool
) -> _classes.CancelChannelContractRequest:
    if not wire:
        _classes.CancelChannelContractRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CancelChannelContractRequest)
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
    value = get("reason")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "reason")
    fields.reason = value
    value = get("clientToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "clientToken")
    fields.client_token = value
    return shape


def _encode_CancelChannelContractResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CancelChannelContractResponse):
        raise _serde.wrong_shape(_classes.CancelChannelContractResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "channelContractDetail"
        value = shape.channel_contract_detail
        if value is not None:
            out["channelContractDetail"] = _encode_CancelChannelContractDetail(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CancelChannelContractResponse(
    data: _Any, wire: bool
) -> _classes.CancelChannelContractResponse:
    if not wire:
        _classes.CancelChannelContractResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CancelChannelContractResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "channelContractDetail"
        value = get("channelContractDetail")
        fields.channel_contract_detail = (
            None if value is None else _decode_CancelChannelContractDetail(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.CancelChannelContractDetail,
    _encode_CancelChannelContractDetail,
    _decode_CancelChannelContractDetail,
)
_bind_codec(
    _classes.CancelChannelContractRequest,
    _encode_CancelChannelContractRequest,
    _decode_CancelChannelContractRequest,
)
_bind_codec(
    _classes.CancelChannelContractResponse,
    _encode_CancelChannelContractResponse,
    _decode_CancelChannelContractResponse,
)
