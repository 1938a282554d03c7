"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_create_program_management_account.py``

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
from ...shapes import _create_program_management_account as _classes
from ._tag import (
    _decode_TagList,
    _encode_TagList,
)

_lookup_Program = _enum_lookup(globals(), "_lookup_Program", _enums, "Program")
_lookup_ProgramManagementAccountType = _enum_lookup(
    globals(), "_lookup_ProgramManagementAccountType", _enums, "ProgramManagementAccountType"
)


def _encode_CreateProgramManagementAccountDetail(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateProgramManagementAccountDetail):
        raise _serde.wrong_shape(_classes.CreateProgramManagementAccountDetail, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "id"
        value = shape.id
        if value is not None:
            out["id"] = _serde.enc_str(value, wire)
        member = "arn"
        value = shape.arn
        if value is not None:
            out["arn"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateProgramManagementAccountDetail(
    data: _Any, wire: bool
) -> _classes.CreateProgramManagementAccountDetail:
    if not wire:
        _classes.CreateProgramManagementAccountDetail._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreateProgramManagementAccountDetail)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "id")
    fields.id = value
    value = get("arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "arn")
    fields.arn = value
    return shape


def _encode_CreateProgramManagementAccountRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateProgramManagementAccountRequest):
        raise _serde.wrong_shape(_classes.CreateProgramManagementAccountRequest, shape)
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
        member = "program"
        value = shape.program
        if value is not None:
            out["program"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "displayName"
        value = shape.display_name
        if value is not None:
            out["displayName"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "accountId"
        value = shape.account_id
        if value is not None:
            out["accountId"] = _serde.enc_str(value, wire)
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
        member = "type"
        value = shape.type
        if value is not None:
            out["type"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateProgramManagementAccountRequest(
    data: _Any, wire: bool
) -> _classes.CreateProgramManagementAccountRequest:
    if not wire:
        _classes.CreateProgramManagementAccountRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreateProgramManagementAccountRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
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
    value = get("clientToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "clientToken")
    fields.client_token = value
    member = ""
    try:
        member = "program"
        value = get("program")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.program = None if value is None else _lookup_Program(value, value)
        member = "tags"
        value = get("tags")
        fields.tags = None if value is None else _decode_TagList(value, wire)
        member = "type"
        value = get("type")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.type = None if value is None else _lookup_ProgramManagementAccountType(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CreateProgramManagementAccountResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateProgramManagementAccountResponse):
        raise _serde.wrong_shape(_classes.CreateProgramManagementAccountResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "programManagementAccountDetail"
        value = shape.program_management_account_detail
        if value is not None:
            out["programManagementAccountDetail"] = _encode_CreateProgramManagementAccountDetail(
                value, wire
            )
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateProgramManagementAccountResponse(
    data: _Any, wire: bool
) -> _classes.CreateProgramManagementAccountResponse:
    if not wire:
        _classes.CreateProgramManagementAccountResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreateProgramManagementAccountResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "programManagementAccountDetail"
        value = get("programManagementAccountDetail")
        fields.program_management_account_detail = (
            None if value is None else _decode_CreateProgramManagementAccountDetail(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.CreateProgramManagementAccountDetail,
    _encode_CreateProgramManagementAccountDetail,
    _decode_CreateProgramManagementAccountDetail,
)
_bind_codec(
    _classes.CreateProgramManagementAccountRequest,
    _encode_CreateProgramManagementAccountRequest,
    _decode_CreateProgramManagementAccountRequest,
)
_bind_codec(
    _classes.CreateProgramManagementAccountResponse,
    _encode_CreateProgramManagementAccountResponse,
    _decode_CreateProgramManagementAccountResponse,
)
