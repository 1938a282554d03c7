"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_list_program_management_accounts.py``

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
from ...shapes import _list_program_management_accounts as _classes
from ..plain import (
    _decode_AccountIdList,
    _decode_ProgramList,
    _decode_ProgramManagementAccountDisplayNameList,
    _decode_ProgramManagementAccountStatusList,
    _encode_AccountIdList,
    _encode_ProgramList,
    _encode_ProgramManagementAccountDisplayNameList,
    _encode_ProgramManagementAccountStatusList,
)

_lookup_ListProgramManagementAccountsSortName = _enum_lookup(
    globals(),
    "_lookup_ListProgramManagementAccountsSortName",
    _enums,
    "ListProgramManagementAccountsSortName",
)
_lookup_Program = _enum_lookup(globals(), "_lookup_Program", _enums, "Program")
_lookup_ProgramManagementAccountStatus = _enum_lookup(
    globals(), "_lookup_ProgramManagementAccountStatus", _enums, "ProgramManagementAccountStatus"
)
_lookup_ProgramManagementAccountType = _enum_lookup(
    globals(), "_lookup_ProgramManagementAccountType", _enums, "ProgramManagementAccountType"
)
_lookup_SortOrder = _enum_lookup(globals(), "_lookup_SortOrder", _enums, "SortOrder")


def _encode_ListProgramManagementAccountsRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListProgramManagementAccountsRequest):
        raise _serde.wrong_shape(_classes.ListProgramManagementAccountsRequest, shape)
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
        member = "displayNames"
        value = shape.display_names
        if value is not None:
            out["displayNames"] = _encode_ProgramManagementAccountDisplayNameList(value, wire)
        member = "programs"
        value = shape.programs
        if value is not None:
            out["programs"] = _encode_ProgramList(value, wire)
        member = "accountIds"
        value = shape.account_ids
        if value is not None:
            out["accountIds"] = _encode_AccountIdList(value, wire)
        member = "statuses"
        value = shape.statuses
        if value is not None:
            out["statuses"] = _encode_ProgramManagementAccountStatusList(value, wire)
        member = "sort"
        value = shape.sort
        if value is not None:
            out["sort"] = _encode_ListProgramManagementAccountsSortBase(value, wire)
        member = "nextToken"
        value = shape.next_token
        if value is not None:
            out["nextToken"] = _serde.enc_str(value, wire)
        member = "type"
        value = shape.type
        if value is not None:
            out["type"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListProgramManagementAccountsRequest(
    data: _Any, wire: bool
) -> _classes.ListProgramManagementAccountsRequest:
    if not wire:
        _classes.ListProgramManagementAccountsRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListProgramManagementAccountsRequest)
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
        member = "displayNames"
        value = get("displayNames")
        fields.display_names = (
            None if value is None else _decode_ProgramManagementAccountDisplayNameList(value, wire)
        )
        member = "programs"
        value = get("programs")
        fields.programs = None if value is None else _decode_ProgramList(value, wire)
        member = "accountIds"
        value = get("accountIds")
        fields.account_ids = None if value is None else _decode_AccountIdList(value, wire)
        member = "statuses"
        value = get("statuses")
        fields.statuses = (
            None if value is None else _decode_ProgramManagementAccountStatusList(value, wire)
        )
        member = "sort"
        value = get("sort")
        fields.sort = (
            None if value is None else _decode_ListProgramManagementAccountsSortBase(value, wire)
        )
        member = "type"
        value = get("type")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.type = None if value is None else _lookup_ProgramManagementAccountType(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListProgramManagementAccountsResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListProgramManagementAccountsResponse):
        raise _serde.wrong_shape(_classes.ListProgramManagementAccountsResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "items"
        value = shape.items
        if value is not None:
            out["items"] = _encode_ProgramManagementAccountSummaries(value, wire)
        member = "nextToken"
        value = shape.next_token
        if value is not None:
            out["nextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListProgramManagementAccountsResponse(
    data: _Any, wire: bool
) -> _classes.ListProgramManagementAccountsResponse:
    if not wire:
        _classes.ListProgramManagementAccountsResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListProgramManagementAccountsResponse)
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
        fields.items = (
            None if value is None else _decode_ProgramManagementAccountSummaries(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListProgramManagementAccountsSortBase(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListProgramManagementAccountsSortBase):
        raise _serde.wrong_shape(_classes.ListProgramManagementAccountsSortBase, shape)
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


def _decode_ListProgramManagementAccountsSortBase(
    data: _Any, wire: bool
) -> _classes.ListProgramManagementAccountsSortBase:
    if not wire:
        _classes.ListProgramManagementAccountsSortBase._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListProgramManagementAccountsSortBase)
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
        fields.sort_by = (
            None if value is None else _lookup_ListProgramManagementAccountsSortName(value, value)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ProgramManagementAccountSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ProgramManagementAccountSummary):
        raise _serde.wrong_shape(_classes.ProgramManagementAccountSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
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
        member = "program"
        value = shape.program
        if value is not None:
            out["program"] = _serde.enc_str(value, wire)
        member = "displayName"
        value = shape.display_name
        if value is not None:
            out["displayName"] = _serde.enc_str(value, wire)
        member = "accountId"
        value = shape.account_id
        if value is not None:
            out["accountId"] = _serde.enc_str(value, wire)
        member = "arn"
        value = shape.arn
        if value is not None:
            out["arn"] = _serde.enc_str(value, wire)
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
        member = "status"
        value = shape.status
        if value is not None:
            out["status"] = _serde.enc_str(value, wire)
        member = "type"
        value = shape.type
        if value is not None:
            out["type"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ProgramManagementAccountSummary(
    data: _Any, wire: bool
) -> _classes.ProgramManagementAccountSummary:
    if not wire:
        _classes.ProgramManagementAccountSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ProgramManagementAccountSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
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
    value = get("displayName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "displayName")
    fields.display_name = value
    value = get("accountId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "accountId")
    fields.account_id = value
    value = get("arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "arn")
    fields.arn = value
    member = ""
    try:
        member = "program"
        value = get("program")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.program = None if value is None else _lookup_Program(value, value)
        member = "createdAt"
        value = get("createdAt")
        fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "updatedAt"
        value = get("updatedAt")
        fields.updated_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "startDate"
        value = get("startDate")
        fields.start_date = None if value is None else _serde.dec_timestamp(value, wire)
        member = "status"
        value = get("status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = (
            None if value is None else _lookup_ProgramManagementAccountStatus(value, value)
        )
        member = "type"
        value = get("type")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.type = None if value is None else _lookup_ProgramManagementAccountType(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ProgramManagementAccountSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_ProgramManagementAccountSummary)


def _decode_ProgramManagementAccountSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_ProgramManagementAccountSummary)


_bind_codec(
    _classes.ListProgramManagementAccountsRequest,
    _encode_ListProgramManagementAccountsRequest,
    _decode_ListProgramManagementAccountsRequest,
)
_bind_codec(
    _classes.ListProgramManagementAccountsResponse,
    _encode_ListProgramManagementAccountsResponse,
    _decode_ListProgramManagementAccountsResponse,
)
_bind_codec(
    _classes.ListProgramManagementAccountsSortBase,
    _encode_ListProgramManagementAccountsSortBase,
    _decode_ListProgramManagementAccountsSortBase,
)
_bind_codec(
    _classes.ProgramManagementAccountSummary,
    _encode_ProgramManagementAccountSummary,
    _decode_ProgramManagementAccountSummary,
)
