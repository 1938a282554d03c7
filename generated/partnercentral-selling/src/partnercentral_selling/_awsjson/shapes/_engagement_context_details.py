"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_engagement_context_details.py``

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
from ...shapes import _engagement_context_details as _classes
from ._engagement_context_payload import (
    _decode_EngagementContextPayload,
    _encode_EngagementContextPayload,
)

_lookup_EngagementContextType = _enum_lookup(
    globals(), "_lookup_EngagementContextType", _enums, "EngagementContextType"
)


def _encode_EngagementContextDetails(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.EngagementContextDetails):
        raise _serde.wrong_shape(_classes.EngagementContextDetails, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Id"
        value = shape.id
        if value is not None:
            out["Id"] = _serde.enc_str(value, wire)
        member = "Type"
        value = shape.type
        if value is not None:
            out["Type"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Payload"
        value = shape.payload
        if value is not None:
            out["Payload"] = _encode_EngagementContextPayload(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_EngagementContextDetails(data: _Any, wire: bool) -> _classes.EngagementContextDetails:
    if not wire:
        _classes.EngagementContextDetails._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.EngagementContextDetails)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    member = ""
    try:
        member = "Type"
        value = get("Type")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.type = None if value is None else _lookup_EngagementContextType(value, value)
        member = "Payload"
        value = get("Payload")
        fields.payload = None if value is None else _decode_EngagementContextPayload(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_EngagementContexts(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_EngagementContextDetails)


def _decode_EngagementContexts(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_EngagementContextDetails)


_bind_codec(
    _classes.EngagementContextDetails,
    _encode_EngagementContextDetails,
    _decode_EngagementContextDetails,
)
