"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_create_engagement_context.py``

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
from ...shapes import _create_engagement_context as _classes
from ._engagement_context_payload import (
    _decode_EngagementContextPayload,
    _encode_EngagementContextPayload,
)

_lookup_EngagementContextType = _enum_lookup(
    globals(), "_lookup_EngagementContextType", _enums, "EngagementContextType"
)


def _encode_CreateEngagementContextRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateEngagementContextRequest):
        raise _serde.wrong_shape(_classes.CreateEngagementContextRequest, shape)
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
        member = "EngagementIdentifier"
        value = shape.engagement_identifier
        if value is not None:
            out["EngagementIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ClientToken"
        value = shape.client_token
        if value is not None:
            out["ClientToken"] = _serde.enc_str(value, wire)
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
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateEngagementContextRequest(
    data: _Any, wire: bool
) -> _classes.CreateEngagementContextRequest:
    if not wire:
        _classes.CreateEngagementContextRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreateEngagementContextRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("EngagementIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EngagementIdentifier")
    fields.engagement_identifier = value
    value = get("ClientToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ClientToken")
    fields.client_token = value
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


def _encode_CreateEngagementContextResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateEngagementContextResponse):
        raise _serde.wrong_shape(_classes.CreateEngagementContextResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "EngagementId"
        value = shape.engagement_id
        if value is not None:
            out["EngagementId"] = _serde.enc_str(value, wire)
        member = "EngagementArn"
        value = shape.engagement_arn
        if value is not None:
            out["EngagementArn"] = _serde.enc_str(value, wire)
        member = "EngagementLastModifiedAt"
        value = shape.engagement_last_modified_at
        if value is not None:
            out["EngagementLastModifiedAt"] = _serde.enc_iso8601(value, wire)
        member = "ContextId"
        value = shape.context_id
        if value is not None:
            out["ContextId"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateEngagementContextResponse(
    data: _Any, wire: bool
) -> _classes.CreateEngagementContextResponse:
    if not wire:
        _classes.CreateEngagementContextResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreateEngagementContextResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("EngagementId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EngagementId")
    fields.engagement_id = value
    value = get("EngagementArn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EngagementArn")
    fields.engagement_arn = value
    value = get("ContextId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ContextId")
    fields.context_id = value
    member = ""
    try:
        member = "EngagementLastModifiedAt"
        value = get("EngagementLastModifiedAt")
        fields.engagement_last_modified_at = (
            None if value is None else _serde.dec_timestamp(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.CreateEngagementContextRequest,
    _encode_CreateEngagementContextRequest,
    _decode_CreateEngagementContextRequest,
)
_bind_codec(
    _classes.CreateEngagementContextResponse,
    _encode_CreateEngagementContextResponse,
    _decode_CreateEngagementContextResponse,
)
