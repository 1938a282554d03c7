"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_update_relationship.py``

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

from ...shapes import _update_relationship as _classes
from ._support_plan import (
    _decode_SupportPlan,
    _encode_SupportPlan,
)


def _encode_UpdateRelationshipDetail(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.UpdateRelationshipDetail):
        raise _serde.wrong_shape(_classes.UpdateRelationshipDetail, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "arn"
        value = shape.arn
        if value is not None:
            out["arn"] = _serde.enc_str(value, wire)
        member = "id"
        value = shape.id
        if value is not None:
            out["id"] = _serde.enc_str(value, wire)
        member = "revision"
        value = shape.revision
        if value is not None:
            out["revision"] = _serde.enc_str(value, wire)
        member = "displayName"
        value = shape.display_name
        if value is not None:
            out["displayName"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_UpdateRelationshipDetail(data: _Any, wire: bool) -> _classes.UpdateRelationshipDetail:
    if not wire:
        _classes.UpdateRelationshipDetail._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.UpdateRelationshipDetail)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "arn")
    fields.arn = value
    value = get("id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "id")
    fields.id = value
    value = get("revision")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "revision")
    fields.revision = value
    value = get("displayName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "displayName")
    fields.display_name = value
    return shape


def _encode_UpdateRelationshipRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.UpdateRelationshipRequest):
        raise _serde.wrong_shape(_classes.UpdateRelationshipRequest, shape)
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
        member = "programManagementAccountIdentifier"
        value = shape.program_management_account_identifier
        if value is not None:
            out["programManagementAccountIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "revision"
        value = shape.revision
        if value is not None:
            out["revision"] = _serde.enc_str(value, wire)
        member = "displayName"
        value = shape.display_name
        if value is not None:
            out["displayName"] = _serde.enc_str(value, wire)
        member = "requestedSupportPlan"
        value = shape.requested_support_plan
        if value is not None:
            out["requestedSupportPlan"] = _encode_SupportPlan(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_UpdateRelationshipRequest(
    data: _Any, wire: bool
) -> _classes.UpdateRelationshipRequest:
    if not wire:
        _classes.UpdateRelationshipRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.UpdateRelationshipRequest)
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
    value = get("programManagementAccountIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(
            _serde.dec_str, value, wire, "programManagementAccountIdentifier"
        )
    fields.program_management_account_identifier = value
    value = get("revision")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "revision")
    fields.revision = value
    value = get("displayName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "displayName")
    fields.display_name = value
    member = ""
    try:
        member = "requestedSupportPlan"
        value = get("requestedSupportPlan")
        fields.requested_support_plan = None if value is None else _decode_SupportPlan(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_UpdateRelationshipResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.UpdateRelationshipResponse):
        raise _serde.wrong_shape(_classes.UpdateRelationshipResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "relationshipDetail"
        value = shape.relationship_detail
        if value is not None:
            out["relationshipDetail"] = _encode_UpdateRelationshipDetail(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_UpdateRelationshipResponse(
    data: _Any, wire: bool
) -> _classes.UpdateRelationshipResponse:
    if not wire:
        _classes.UpdateRelationshipResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.UpdateRelationshipResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "relationshipDetail"
        value = get("relationshipDetail")
        fields.relationship_detail = (
            None if value is None else _decode_UpdateRelationshipDetail(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.UpdateRelationshipDetail,
    _encode_UpdateRelationshipDetail,
    _decode_UpdateRelationshipDetail,
)
_bind_codec(
    _classes.UpdateRelationshipRequest,
    _encode_UpdateRelationshipRequest,
    _decode_UpdateRelationshipRequest,
)
_bind_codec(
    _classes.UpdateRelationshipResponse,
    _encode_UpdateRelationshipResponse,
    _decode_UpdateRelationshipResponse,
)
