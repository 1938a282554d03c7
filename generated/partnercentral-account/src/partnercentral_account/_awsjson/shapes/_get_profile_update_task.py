"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_get_profile_update_task.py``

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
from ...shapes import _get_profile_update_task as _classes
from ._error_detail import (
    _decode_ErrorDetailList,
    _decode_TaskDetails,
    _encode_ErrorDetailList,
    _encode_TaskDetails,
)

_lookup_ProfileTaskStatus = _enum_lookup(
    globals(), "_lookup_ProfileTaskStatus", _enums, "ProfileTaskStatus"
)


def _encode_GetProfileUpdateTaskRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetProfileUpdateTaskRequest):
        raise _serde.wrong_shape(_classes.GetProfileUpdateTaskRequest, shape)
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


def _decode_GetProfileUpdateTaskRequest(
    data: _Any, wire: bool
) -> _classes.GetProfileUpdateTaskRequest:
    if not wire:
        _classes.GetProfileUpdateTaskRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetProfileUpdateTaskRequest)
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


def _encode_GetProfileUpdateTaskResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetProfileUpdateTaskResponse):
        raise _serde.wrong_shape(_classes.GetProfileUpdateTaskResponse, shape)
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
        member = "Arn"
        value = shape.arn
        if value is not None:
            out["Arn"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Id"
        value = shape.id
        if value is not None:
            out["Id"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "TaskId"
        value = shape.task_id
        if value is not None:
            out["TaskId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "TaskDetails"
        value = shape.task_details
        if value is not None:
            out["TaskDetails"] = _encode_TaskDetails(value, wire)
        elif wire:
            raise _missing("")
        member = "StartedAt"
        value = shape.started_at
        if value is not None:
            out["StartedAt"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "EndedAt"
        value = shape.ended_at
        if value is not None:
            out["EndedAt"] = _serde.enc_iso8601(value, wire)
        member = "ErrorDetailList"
        value = shape.error_detail_list
        if value is not None:
            out["ErrorDetailList"] = _encode_ErrorDetailList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetProfileUpdateTaskResponse(
    data: _Any, wire: bool
) -> _classes.GetProfileUpdateTaskResponse:
    if not wire:
        _classes.GetProfileUpdateTaskResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetProfileUpdateTaskResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("Arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Arn")
    fields.arn = value
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    value = get("TaskId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "TaskId")
    fields.task_id = value
    member = ""
    try:
        member = "TaskDetails"
        value = get("TaskDetails")
        fields.task_details = None if value is None else _decode_TaskDetails(value, wire)
        member = "StartedAt"
        value = get("StartedAt")
        fields.started_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_ProfileTaskStatus(value, value)
        member = "EndedAt"
        value = get("EndedAt")
        fields.ended_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "ErrorDetailList"
        value = get("ErrorDetailList")
        fields.error_detail_list = None if value is None else _decode_ErrorDetailList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.GetProfileUpdateTaskRequest,
    _encode_GetProfileUpdateTaskRequest,
    _decode_GetProfileUpdateTaskRequest,
)
_bind_codec(
    _classes.GetProfileUpdateTaskResponse,
    _encode_GetProfileUpdateTaskResponse,
    _decode_GetProfileUpdateTaskResponse,
)
