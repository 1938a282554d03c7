"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_update_program_management_account.py``

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

from ...shapes import _update_program_management_account as _classes


def _encode_UpdateProgramManagementAccountDetail(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.UpdateProgramManagementAccountDetail):
        raise _serde.wrong_shape(_classes.UpdateProgramManagementAccountDetail, shape)
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


def _decode_UpdateProgramManagementAccountDetail(
    data: _Any, wire: bool
) -> _classes.UpdateProgramManagementAccountDetail:
    if not wire:
        _classes.UpdateProgramManagementAccountDetail._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.UpdateProgramManagementAccountDetail)
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
    value = get("revision")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "revision")
    fields.revision = value
    value = get("displayName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "displayName")
    fields.display_name = value
    return shape


def _encode_UpdateProgramManagementAccountRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.UpdateProgramManagementAccountRequest):
        raise _serde.wrong_shape(_classes.UpdateProgramManagementAccountRequest, shape)
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


def _decode_UpdateProgramManagementAccountRequest(
    data: _Any, wire: bool
) -> _classes.UpdateProgramManagementAccountRequest:
    if not wire:
        _classes.UpdateProgramManagementAccountRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.UpdateProgramManagementAccountRequest)
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
    value = get("revision")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "revision")
    fields.revision = value
    value = get("displayName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "displayName")
    fields.display_name = value
    return shape


def _encode_UpdateProgramManagementAccountResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.UpdateProgramManagementAccountResponse):
        raise _serde.wrong_shape(_classes.UpdateProgramManagementAccountResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "programManagementAccountDetail"
        value = shape.program_management_account_detail
        if value is not None:
            out["programManagementAccountDetail"] = _encode_UpdateProgramManagementAccountDetail(
                value, wire
            )
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_UpdateProgramManagementAccountResponse(
    data: _Any, wire: bool
) -> _classes.UpdateProgramManagementAccountResponse:
    if not wire:
        _classes.UpdateProgramManagementAccountResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.UpdateProgramManagementAccountResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "programManagementAccountDetail"
        value = get("programManagementAccountDetail")
        fields.program_management_account_detail = (
            None if value is None else _decode_UpdateProgramManagementAccountDetail(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.UpdateProgramManagementAccountDetail,
    _encode_UpdateProgramManagementAccountDetail,
    _decode_UpdateProgramManagementAccountDetail,
)
_bind_codec(
    _classes.UpdateProgramManagementAccountRequest,
    _encode_UpdateProgramManagementAccountRequest,
    _decode_UpdateProgramManagementAccountRequest,
)
_bind_codec(
    _classes.UpdateProgramManagementAccountResponse,
    _encode_UpdateProgramManagementAccountResponse,
    _decode_UpdateProgramManagementAccountResponse,
)
