"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_delete_program_management_account.py``

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

from ...shapes import _delete_program_management_account as _classes


def _encode_DeleteProgramManagementAccountRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.DeleteProgramManagementAccountRequest):
        raise _serde.wrong_shape(_classes.DeleteProgramManagementAccountRequest, shape)
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
        member = "clientToken"
        value = shape.client_token
        if value is not None:
            out["clientToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_DeleteProgramManagementAccountRequest(
    data: _Any, wire: bool
) -> _classes.DeleteProgramManagementAccountRequest:
    if not wire:
        _classes.DeleteProgramManagementAccountRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.DeleteProgramManagementAccountRequest)
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
    value = get("clientToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "clientToken")
    fields.client_token = value
    return shape


def _encode_DeleteProgramManagementAccountResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.DeleteProgramManagementAccountResponse):
        raise _serde.wrong_shape(_classes.DeleteProgramManagementAccountResponse, shape)
    out: dict[str, _Any] = {}
    return out


def _decode_DeleteProgramManagementAccountResponse(
    data: _Any, wire: bool
) -> _classes.DeleteProgramManagementAccountResponse:
    if not wire:
        _classes.DeleteProgramManagementAccountResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.DeleteProgramManagementAccountResponse)
    return shape


_bind_codec(
    _classes.DeleteProgramManagementAccountRequest,
    _encode_DeleteProgramManagementAccountRequest,
    _decode_DeleteProgramManagementAccountRequest,
)
_bind_codec(
    _classes.DeleteProgramManagementAccountResponse,
    _encode_DeleteProgramManagementAccountResponse,
    _decode_DeleteProgramManagementAccountResponse,
)
