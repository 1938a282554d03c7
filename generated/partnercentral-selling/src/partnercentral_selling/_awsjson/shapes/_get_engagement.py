"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_get_engagement.py``

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

from ...shapes import _get_engagement as _classes
from ._engagement_context_details import (
    _decode_EngagementContexts,
    _encode_EngagementContexts,
)


def _encode_GetEngagementRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetEngagementRequest):
        raise _serde.wrong_shape(_classes.GetEngagementRequest, shape)
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
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetEngagementRequest(data: _Any, wire: bool) -> _classes.GetEngagementRequest:
    if not wire:
        _classes.GetEngagementRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetEngagementRequest)
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
    return shape


def _encode_GetEngagementResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetEngagementResponse):
        raise _serde.wrong_shape(_classes.GetEngagementResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Id"
        value = shape.id
        if value is not None:
            out["Id"] = _serde.enc_str(value, wire)
        member = "Arn"
        value = shape.arn
        if value is not None:
            out["Arn"] = _serde.enc_str(value, wire)
        member = "Title"
        value = shape.title
        if value is not None:
            out["Title"] = _serde.enc_str(value, wire)
        member = "Description"
        value = shape.description
        if value is not None:
            out["Description"] = _serde.enc_str(value, wire)
        member = "CreatedAt"
        value = shape.created_at
        if value is not None:
            out["CreatedAt"] = _serde.enc_iso8601(value, wire)
        member = "CreatedBy"
        value = shape.created_by
        if value is not None:
            out["CreatedBy"] = _serde.enc_str(value, wire)
        member = "MemberCount"
        value = shape.member_count
        if value is not None:
            out["MemberCount"] = _serde.enc_int(value, wire)
        member = "ModifiedAt"
        value = shape.modified_at
        if value is not None:
            out["ModifiedAt"] = _serde.enc_iso8601(value, wire)
        member = "ModifiedBy"
        value = shape.modified_by
        if value is not None:
            out["ModifiedBy"] = _serde.enc_str(value, wire)
        member = "Contexts"
        value = shape.contexts
        if value is not None:
            out["Contexts"] = _encode_EngagementContexts(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetEngagementResponse(data: _Any, wire: bool) -> _classes.GetEngagementResponse:
    if not wire:
        _classes.GetEngagementResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetEngagementResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    value = get("Arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Arn")
    fields.arn = value
    value = get("Title")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Title")
    fields.title = value
    value = get("Description")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Description")
    fields.description = value
    value = get("CreatedBy")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CreatedBy")
    fields.created_by = value
    value = get("MemberCount")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "MemberCount")
    fields.member_count = value
    value = get("ModifiedBy")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ModifiedBy")
    fields.modified_by = value
    member = ""
    try:
        member = "CreatedAt"
        value = get("CreatedAt")
        fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "ModifiedAt"
        value = get("ModifiedAt")
        fields.modified_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "Contexts"
        value = get("Contexts")
        fields.contexts = None if value is None else _decode_EngagementContexts(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.GetEngagementRequest, _encode_GetEngagementRequest, _decode_GetEngagementRequest
)
_bind_codec(
    _classes.GetEngagementResponse, _encode_GetEngagementResponse, _decode_GetEngagementResponse
)
