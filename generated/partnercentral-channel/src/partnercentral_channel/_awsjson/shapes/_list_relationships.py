"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_list_relationships.py``

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
from ...shapes import _list_relationships as _classes
from ..plain import (
    _decode_AccountIdList,
    _decode_AssociationTypeList,
    _decode_ProgramManagementAccountIdentifierList,
    _decode_RelationshipDisplayNameList,
    _encode_AccountIdList,
    _encode_AssociationTypeList,
    _encode_ProgramManagementAccountIdentifierList,
    _encode_RelationshipDisplayNameList,
)

_lookup_AssociationType = _enum_lookup(
    globals(), "_lookup_AssociationType", _enums, "AssociationType"
)
_lookup_ListRelationshipsSortName = _enum_lookup(
    globals(), "_lookup_ListRelationshipsSortName", _enums, "ListRelationshipsSortName"
)
_lookup_Sector = _enum_lookup(globals(), "_lookup_Sector", _enums, "Sector")
_lookup_SortOrder = _enum_lookup(globals(), "_lookup_SortOrder", _enums, "SortOrder")


def _encode_ListRelationshipsRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListRelationshipsRequest):
        raise _serde.wrong_shape(_classes.ListRelationshipsRequest, shape)
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
        member = "maxResults"
        value = shape.max_results
        if value is not None:
            out["maxResults"] = _serde.enc_int(value, wire)
        member = "associatedAccountIds"
        value = shape.associated_account_ids
        if value is not None:
            out["associatedAccountIds"] = _encode_AccountIdList(value, wire)
        member = "associationTypes"
        value = shape.association_types
        if value is not None:
            out["associationTypes"] = _encode_AssociationTypeList(value, wire)
        member = "displayNames"
        value = shape.display_names
        if value is not None:
            out["displayNames"] = _encode_RelationshipDisplayNameList(value, wire)
        member = "programManagementAccountIdentifiers"
        value = shape.program_management_account_identifiers
        if value is not None:
            out["programManagementAccountIdentifiers"] = (
                _encode_ProgramManagementAccountIdentifierList(value, wire)
            )
        member = "sort"
        value = shape.sort
        if value is not None:
            out["sort"] = _encode_ListRelationshipsSortBase(value, wire)
        member = "nextToken"
        value = shape.next_token
        if value is not None:
            out["nextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListRelationshipsRequest(data: _Any, wire: bool) -> _classes.ListRelationshipsRequest:
    if not wire:
        _classes.ListRelationshipsRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListRelationshipsRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "catalog")
    fields.catalog = value
    value = get("maxResults")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "maxResults")
    fields.max_results = value
    value = get("nextToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "nextToken")
    fields.next_token = value
    member = ""
    try:
        member = "associatedAccountIds"
        value = get("associatedAccountIds")
        fields.associated_account_ids = (
            None if value is None else _decode_AccountIdList(value, wire)
        )
        member = "associationTypes"
        value = get("associationTypes")
        fields.association_types = (
            None if value is None else _decode_AssociationTypeList(value, wire)
        )
        member = "displayNames"
        value = get("displayNames")
        fields.display_names = (
            None if value is None else _decode_RelationshipDisplayNameList(value, wire)
        )
        member = "programManagementAccountIdentifiers"
        value = get("programManagementAccountIdentifiers")
        fields.program_management_account_identifiers = (
            None if value is None else _decode_ProgramManagementAccountIdentifierList(value, wire)
        )
        member = "sort"
        value = get("sort")
        fields.sort = None if value is None else _decode_ListRelationshipsSortBase(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListRelationshipsResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListRelationshipsResponse):
        raise _serde.wrong_shape(_classes.ListRelationshipsResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "items"
        value = shape.items
        if value is not None:
            out["items"] = _encode_RelationshipSummaries(value, wire)
        member = "nextToken"
        value = shape.next_token
        if value is not None:
            out["nextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListRelationshipsResponse(
    data: _Any, wire: bool
) -> _classes.ListRelationshipsResponse:
    if not wire:
        _classes.ListRelationshipsResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListRelationshipsResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("nextToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "nextToken")
    fields.next_token = value
    member = ""
    try:
        member = "items"
        value = get("items")
        fields.items = None if value is None else _decode_RelationshipSummaries(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListRelationshipsSortBase(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListRelationshipsSortBase):
        raise _serde.wrong_shape(_classes.ListRelationshipsSortBase, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "sortOrder"
        value = shape.sort_order
        if value is not None:
            out["sortOrder"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "sortBy"
        value = shape.sort_by
        if value is not None:
            out["sortBy"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListRelationshipsSortBase(
    data: _Any, wire: bool
) -> _classes.ListRelationshipsSortBase:
    if not wire:
        _classes.ListRelationshipsSortBase._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListRelationshipsSortBase)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "sortOrder"
        value = get("sortOrder")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
        member = "sortBy"
        value = get("sortBy")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_by = None if value is None else _lookup_ListRelationshipsSortName(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_RelationshipSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.RelationshipSummary):
        raise _serde.wrong_shape(_classes.RelationshipSummary, shape)
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
        member = "sector"
        value = shape.sector
        if value is not None:
            out["sector"] = _serde.enc_str(value, wire)
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
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_RelationshipSummary(data: _Any, wire: bool) -> _classes.RelationshipSummary:
    if not wire:
        _classes.RelationshipSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.RelationshipSummary)
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
    member = ""
    try:
        member = "associationType"
        value = get("associationType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.association_type = None if value is None else _lookup_AssociationType(value, value)
        member = "sector"
        value = get("sector")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sector = None if value is None else _lookup_Sector(value, value)
        member = "createdAt"
        value = get("createdAt")
        fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "updatedAt"
        value = get("updatedAt")
        fields.updated_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "startDate"
        value = get("startDate")
        fields.start_date = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_RelationshipSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_RelationshipSummary)


def _decode_RelationshipSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_RelationshipSummary)


_bind_codec(
    _classes.ListRelationshipsRequest,
    _encode_ListRelationshipsRequest,
    _decode_ListRelationshipsRequest,
)
_bind_codec(
    _classes.ListRelationshipsResponse,
    _encode_ListRelationshipsResponse,
    _decode_ListRelationshipsResponse,
)
_bind_codec(
    _classes.ListRelationshipsSortBase,
    _encode_ListRelationshipsSortBase,
    _decode_ListRelationshipsSortBase,
)
_bind_codec(_classes.RelationshipSummary, _encode_RelationshipSummary, _decode_RelationshipSummary)
