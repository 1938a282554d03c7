"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_connection_type_detail.py``

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
from ...shapes import _connection_type_detail as _classes
from ._participant import (
    _decode_Participant,
    _encode_Participant,
)

_lookup_ConnectionTypeStatus = _enum_lookup(
    globals(), "_lookup_ConnectionTypeStatus", _enums, "ConnectionTypeStatus"
)


def _encode_ConnectionTypeDetail(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ConnectionTypeDetail):
        raise _serde.wrong_shape(_classes.ConnectionTypeDetail, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "CreatedAt"
        value = shape.created_at
        if value is not None:
            out["CreatedAt"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "InviterEmail"
        value = shape.inviter_email
        if value is not None:
            out["InviterEmail"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "InviterName"
        value = shape.inviter_name
        if value is not None:
            out["InviterName"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "CanceledAt"
        value = shape.canceled_at
        if value is not None:
            out["CanceledAt"] = _serde.enc_iso8601(value, wire)
        member = "CanceledBy"
        value = shape.canceled_by
        if value is not None:
            out["CanceledBy"] = _serde.enc_str(value, wire)
        member = "OtherParticipant"
        value = shape.other_participant
        if value is not None:
            out["OtherParticipant"] = _encode_Participant(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ConnectionTypeDetail(data: _Any, wire: bool) -> _classes.ConnectionTypeDetail:
    if not wire:
        _classes.ConnectionTypeDetail._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ConnectionTypeDetail)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("InviterEmail")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "InviterEmail")
    fields.inviter_email = value
    value = get("InviterName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "InviterName")
    fields.inviter_name = value
    value = get("CanceledBy")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CanceledBy")
    fields.canceled_by = value
    member = ""
    try:
        member = "CreatedAt"
        value = get("CreatedAt")
        fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_ConnectionTypeStatus(value, value)
        member = "CanceledAt"
        value = get("CanceledAt")
        fields.canceled_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "OtherParticipant"
        value = get("OtherParticipant")
        fields.other_participant = None if value is None else _decode_Participant(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ConnectionTypeDetailMap(value: _Any, wire: bool) -> dict[str, _Any]:
    return _serde.enc_map(value, wire, _encode_ConnectionTypeDetail)


def _decode_ConnectionTypeDetailMap(value: _Any, wire: bool) -> dict[str, _Any]:
    return _serde.dec_map(value, wire, _decode_ConnectionTypeDetail)


_bind_codec(
    _classes.ConnectionTypeDetail, _encode_ConnectionTypeDetail, _decode_ConnectionTypeDetail
)
