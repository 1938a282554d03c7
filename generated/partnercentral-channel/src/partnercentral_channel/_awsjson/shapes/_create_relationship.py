"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_create_relationship.py``

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
from ...shapes import _create_relationship as _classes
from ._support_plan import (
    _decode_SupportPlan,
    _encode_SupportPlan,
)
from ._tag import (
    _decode_TagList,
    _encode_TagList,
)

_lookup_AccountScope = _enum_lookup(globals(), "_lookup_AccountScope", _enums, "AccountScope")
_lookup_AssociationType = _enum_lookup(
    globals(), "_lookup_AssociationType", _enums, "AssociationType"
)
_lookup_ResaleAccountModel = _enum_lookup(
    globals(), "_lookup_ResaleAccountModel", _enums, "ResaleAccountModel"
)
_lookup_Sector = _enum_lookup(globals(), "_lookup_Sector", _enums, "Sector")


def _encode_CreateRelationshipDetail(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateRelationshipDetail):
        raise _serde.wrong_shape(_classes.CreateRelationshipDetail, shape)
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
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateRelationshipDetail(data: _Any, wire: bool) -> _classes.CreateRelationshipDetail:
    if not wire:
        _classes.CreateRelationshipDetail._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreateRelationshipDetail)
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
    return shape


def _encode_CreateRelationshipRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateRelationshipRequest):
        raise _serde.wrong_shape(_classes.CreateRelationshipRequest, shape)
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
        member = "associationType"
        value = shape.association_type
        if value is not None:
            out["associationType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "programManagementAccountIdentifier"
        value = shape.program_management_account_identifier
        if value is not None:
            out["programManagementAccountIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "associatedAccountId"
        value = shape.associated_account_id
        if value is not None:
            out["associatedAccountId"] = _serde.enc_str(value, wire)
        member = "displayName"
        value = shape.display_name
        if value is not None:
            out["displayName"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "resaleAccountModel"
        value = shape.resale_account_model
        if value is not None:
            out["resaleAccountModel"] = _serde.enc_str(value, wire)
        member = "sector"
        value = shape.sector
        if value is not None:
            out["sector"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "clientToken"
        value = shape.client_token
        if value is not None:
            out["clientToken"] = _serde.enc_str(value, wire)
        member = "tags"
        value = shape.tags
        if value is not None:
            out["tags"] = _encode_TagList(value, wire)
        member = "requestedSupportPlan"
        value = shape.requested_support_plan
        if value is not None:
            out["requestedSupportPlan"] = _encode_SupportPlan(value, wire)
        member = "accountScope"
        value = shape.account_scope
        if value is not None:
            out["accountScope"] = _serde.enc_str(value, wire)
        member = "startDate"
        value = shape.start_date
        if value is not None:
            out["startDate"] = _serde.enc_iso8601(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateRelationshipRequest(
    data: _Any, wire: bool
) -> _classes.CreateRelationshipRequest:
    if not wire:
        _classes.CreateRelationshipRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreateRelationshipRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "catalog")
    fields.catalog = value
    value = get("programManagementAccountIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(
            _serde.dec_str, value, wire, "programManagementAccountIdentifier"
        )
    fields.program_management_account_identifier = value
    value = get("associatedAccountId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "associatedAccountId")
    fields.associated_account_id = value
    value = get("displayName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "displayName")
    fields.display_name = value
    value = get("clientToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "clientToken")
    fields.client_token = value
    member = ""
    try:
        member = "associationType"
        value = get("associationType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.association_type = None if value is None else _lookup_AssociationType(value, value)
        member = "resaleAccountModel"
        value = get("resaleAccountModel")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.resale_account_model = (
            None if value is None else _lookup_ResaleAccountModel(value, value)
        )
        member = "sector"
        value = get("sector")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sector = None if value is None else _lookup_Sector(value, value)
        member = "tags"
        value = get("tags")
        fields.tags = None if value is None else _decode_TagList(value, wire)
        member = "requestedSupportPlan"
        value = get("requestedSupportPlan")
        fields.requested_support_plan = None if value is None else _decode_SupportPlan(value, wire)
        member = "accountScope"
        value = get("accountScope")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.account_scope = None if value is None else _lookup_AccountScope(value, value)
        member = "startDate"
        value = get("startDate")
        fields.start_date = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CreateRelationshipResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateRelationshipResponse):
        raise _serde.wrong_shape(_classes.CreateRelationshipResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "relationshipDetail"
        value = shape.relationship_detail
        if value is not None:
            out["relationshipDetail"] = _encode_CreateRelationshipDetail(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateRelationshipResponse(
    data: _Any, wire: bool
) -> _classes.CreateRelationshipResponse:
    if not wire:
        _classes.CreateRelationshipResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreateRelationshipResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "relationshipDetail"
        value = get("relationshipDetail")
        fields.relationship_detail = (
            None if value is None else _decode_CreateRelationshipDetail(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.CreateRelationshipDetail,
    _encode_CreateRelationshipDetail,
    _decode_CreateRelationshipDetail,
)
_bind_codec(
    _classes.CreateRelationshipRequest,
    _encode_CreateRelationshipRequest,
    _decode_CreateRelationshipRequest,
)
_bind_codec(
    _classes.CreateRelationshipResponse,
    _encode_CreateRelationshipResponse,
    _decode_CreateRelationshipResponse,
)
