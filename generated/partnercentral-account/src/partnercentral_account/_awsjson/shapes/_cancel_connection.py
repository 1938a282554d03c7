"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_cancel_connection.py``

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
from ...shapes import _cancel_connection as _classes
from ._connection_type_detail import (
    _decode_ConnectionTypeDetailMap,
    _encode_ConnectionTypeDetailMap,
)

_lookup_ConnectionType = _enum_lookup(
    globals(), "_lookup_ConnectionType", _enums, "ConnectionType"
)


def _encode_CancelConnectionRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CancelConnectionRequest):
        raise _serde.wrong_shape(_classes.CancelConnectionRequest, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Catalog"
        value = shape.catalog
        if value is not None:
            out["Catalog"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Identifier"
        value = shape.identifier
        if value is not None:
            out["Identifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ConnectionType"
        value = shape.connection_type
        if value is not None:
            out["ConnectionType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Reason"
        value = shape.reason
        if value is not None:
            out["Reason"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ClientToken"
        value = shape.client_token
        if value is not None:
            out["ClientToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CancelConnectionRequest(data: _Any, wire: bool) -> _classes.CancelConnectionRequest:
    if not wire:
        _classes.CancelConnectionRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CancelConnectionRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("Identifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Identifier")
    fields.identifier = value
    value = get("Reason")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Reason")
    fields.reason = value
    value = get("ClientToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ClientToken")
    fields.client_token = value
    member = ""
    try:
        member = "ConnectionType"
        value = get("ConnectionType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.connection_type = None if value is None else _lookup_ConnectionType(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CancelConnectionResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CancelConnectionResponse):
        raise _serde.wrong_shape(_classes.CancelConnectionResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Catalog"
        value = shape.catalog
        if value is not None:
            out["Catalog"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Id"
        value = shape.id
        if value is not None:
            out["Id"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Arn"
        value = shape.arn
        if value is not None:
            out["Arn"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "OtherParticipantAccountId"
        value = shape.other_participant_account_id
        if value is not None:
            out["OtherParticipantAccountId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "UpdatedAt"
        value = shape.updated_at
        if value is not None:
            out["UpdatedAt"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "ConnectionTypes"
        value = shape.connection_types
        if value is not None:
            out["ConnectionTypes"] = _encode_ConnectionTypeDetailMap(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CancelConnectionResponse(data: _Any, wire: bool) -> _classes.CancelConnectionResponse:
    if not wire:
        _classes.CancelConnectionResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CancelConnectionResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    value = get("Arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Arn")
    fields.arn = value
    value = get("OtherParticipantAccountId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "OtherParticipantAccountId")
    fields.other_participant_account_id = value
    member = ""
    try:
        member = "UpdatedAt"
        value = get("UpdatedAt")
        fields.updated_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "ConnectionTypes"
        value = get("ConnectionTypes")
        fields.connection_types = (
            None if value is None else _decode_ConnectionTypeDetailMap(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.CancelConnectionRequest,
    _encode_CancelConnectionRequest,
    _decode_CancelConnectionRequest,
)
_bind_codec(
    _classes.CancelConnectionResponse,
    _encode_CancelConnectionResponse,
    _decode_CancelConnectionResponse,
)
