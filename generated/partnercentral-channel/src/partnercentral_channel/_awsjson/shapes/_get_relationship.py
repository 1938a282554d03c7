"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_get_relationship.py``

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
from ...shapes import _get_relationship as _classes

_lookup_AccountScope = _enum_lookup(globals(), "_lookup_AccountScope", _enums, "AccountScope")
_lookup_AssociationType = _enum_lookup(
    globals(), "_lookup_AssociationType", _enums, "AssociationType"
)
_lookup_ResaleAccountModel = _enum_lookup(
    globals(), "_lookup_ResaleAccountModel", _enums, "ResaleAccountModel"
)
_lookup_Sector = _enum_lookup(globals(), "_lookup_Sector", _enums, "Sector")


def _encode_GetRelationshipRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetRelationshipRequest):
        raise _serde.wrong_shape(_classes.GetRelationshipRequest, shape)
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
        member = "programManagementAccountIdentifier"
        value = shape.program_management_account_identifier
        if value is not None:
            out["programManagementAccountIdentifier"] = _serde.enc_str(value, wire)
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


def _decode_GetRelationshipRequest(data: _Any, wire: bool) -> _classes.GetRelationshipRequest:
    if not wire:
        _classes.GetRelationshipRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetRelationshipRequest)
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
    value = get("identifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "identifier")
    fields.identifier = value
    return shape


def _encode_GetRelationshipResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetRelationshipResponse):
        raise _serde.wrong_shape(_classes.GetRelationshipResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "relationshipDetail"
        value = shape.relationship_detail
        if value is not None:
            out["relationshipDetail"] = _encode_RelationshipDetail(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetRelationshipResponse(data: _Any, wire: bool) -> _classes.GetRelationshipResponse:
    if not wire:
        _classes.GetRelationshipResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetRelationshipResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "relationshipDetail"
        value = get("relationshipDetail")
        fields.relationship_detail = (
            None if value is None else _decode_RelationshipDetail(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_RelationshipDetail(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.RelationshipDetail):
        raise _serde.wrong_shape(_classes.RelationshipDetail, shape)
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
        member = "catalog"
        value = shape.catalog
        if value is not None:
            out["catalog"] = _serde.enc_str(value, wire)
        member = "associationType"
        value = shape.association_type
        if value is not None:
            out["associationType"] = _serde.enc_str(value, wire)
        member = "programManagementAccountId"
        value = shape.program_management_account_id
        if value is not None:
            out["programManagementAccountId"] = _serde.enc_str(value, wire)
        member = "associatedAccountId"
        value = shape.associated_account_id
        if value is not None:
            out["associatedAccountId"] = _serde.enc_str(value, wire)
        member = "displayName"
        value = shape.display_name
        if value is not None:
            out["displayName"] = _serde.enc_str(value, wire)
        member = "resaleAccountModel"
        value = shape.resale_account_model
        if value is not None:
            out["resaleAccountModel"] = _serde.enc_str(value, wire)
        member = "sector"
        value = shape.sector
        if value is not None:
            out["sector"] = _serde.enc_str(value, wire)
        member = "accountScope"
        value = shape.account_scope
        if value is not None:
            out["accountScope"] = _serde.enc_str(value, wire)
        member = "channelContractId"
        value = shape.channel_contract_id
        if value is not None:
            out["channelContractId"] = _serde.enc_str(value, wire)
        member = "createdAt"
        value = shape.created_at
        if value is not None:
            out["createdAt"] = _serde.enc_iso8601(value, wire)
        member = "updatedAt"
        value = shape.updated_at
        if value is not None:
            out["updatedAt"] = _serde.enc_iso8601(value, wire)
        member = "startDate"
        value = shape.start_date
        if value is not None:
            out["startDate"] = _serde.enc_iso8601(value, wire)
        member = "endDate"
        value = shape.end_date
        if value is not None:
            out["endDate"] = _serde.enc_iso8601(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_RelationshipDetail(data: _Any, wire: bool) -> _classes.RelationshipDetail:
    if not wire:
        _classes.RelationshipDetail._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.RelationshipDetail)
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
    value = get("catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "catalog")
    fields.catalog = value
    value = get("programManagementAccountId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "programManagementAccountId")
    fields.program_management_account_id = value
    value = get("associatedAccountId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "associatedAccountId")
    fields.associated_account_id = value
    value = get("displayName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "displayName")
    fields.display_name = value
    value = get("channelContractId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "channelContractId")
    fields.channel_contract_id = value
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
        member = "accountScope"
        value = get("accountScope")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.account_scope = None if value is None else _lookup_AccountScope(value, value)
        member = "createdAt"
        value = get("createdAt")
        fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "updatedAt"
        value = get("updatedAt")
        fields.updated_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "startDate"
        value = get("startDate")
        fields.start_date = None if value is None else _serde.dec_timestamp(value, wire)
        member = "endDate"
        value = get("endDate")
        fields.end_date = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.GetRelationshipRequest, _encode_GetRelationshipRequest, _decode_GetRelationshipRequest
)
_bind_codec(
    _classes.GetRelationshipResponse,
    _encode_GetRelationshipResponse,
    _decode_GetRelationshipResponse,
)
_bind_codec(_classes.RelationshipDetail, _encode_RelationshipDetail, _decode_RelationshipDetail)
