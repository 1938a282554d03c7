"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_start_prospecting_from_engagement_task.py``

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
from ...shapes import _start_prospecting_from_engagement_task as _classes
from ..plain import (
    _decode_EngagementIdentifierList,
    _encode_EngagementIdentifierList,
)

_lookup_ProspectingTaskStatus = _enum_lookup(
    globals(), "_lookup_ProspectingTaskStatus", _enums, "ProspectingTaskStatus"
)


def _encode_StartProspectingFromEngagementTaskRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.StartProspectingFromEngagementTaskRequest):
        raise _serde.wrong_shape(_classes.StartProspectingFromEngagementTaskRequest, shape)
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
        member = "Identifiers"
        value = shape.identifiers
        if value is not None:
            out["Identifiers"] = _encode_EngagementIdentifierList(value, wire)
        elif wire:
            raise _missing("")
        member = "TaskName"
        value = shape.task_name
        if value is not None:
            out["TaskName"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ClientToken"
        value = shape.client_token
        if value is not None:
            out["ClientToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_StartProspectingFromEngagementTaskRequest(
    data: _Any, wire: bool
) -> _classes.StartProspectingFromEngagementTaskRequest:
    if not wire:
        _classes.StartProspectingFromEngagementTaskRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.StartProspectingFromEngagementTaskRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("TaskName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "TaskName")
    fields.task_name = value
    value = get("ClientToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ClientToken")
    fields.client_token = value
    member = ""
    try:
        member = "Identifiers"
        value = get("Identifiers")
        fields.identifiers = (
            None if value is None else _decode_EngagementIdentifierList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_StartProspectingFromEngagementTaskResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.StartProspectingFromEngagementTaskResponse):
        raise _serde.wrong_shape(_classes.StartProspectingFromEngagementTaskResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Identifiers"
        value = shape.identifiers
        if value is not None:
            out["Identifiers"] = _encode_EngagementIdentifierList(value, wire)
        elif wire:
            raise _missing("")
        member = "TaskName"
        value = shape.task_name
        if value is not None:
            out["TaskName"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Message"
        value = shape.message
        if value is not None:
            out["Message"] = _serde.enc_str(value, wire)
        member = "ReasonCode"
        value = shape.reason_code
        if value is not None:
            out["ReasonCode"] = _serde.enc_str(value, wire)
        member = "StartTime"
        value = shape.start_time
        if value is not None:
            out["StartTime"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "TaskId"
        value = shape.task_id
        if value is not None:
            out["TaskId"] = _serde.enc_str(value, wire)
        member = "TaskArn"
        value = shape.task_arn
        if value is not None:
            out["TaskArn"] = _serde.enc_str(value, wire)
        member = "TaskStatus"
        value = shape.task_status
        if value is not None:
            out["TaskStatus"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_StartProspectingFromEngagementTaskResponse(
    data: _Any, wire: bool
) -> _classes.StartProspectingFromEngagementTaskResponse:
    if not wire:
        _classes.StartProspectingFromEngagementTaskResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.StartProspectingFromEngagementTaskResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("TaskName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "TaskName")
    fields.task_name = value
    value = get("Message")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Message")
    fields.message = value
    value = get("ReasonCode")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ReasonCode")
    fields.reason_code = value
    value = get("TaskId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "TaskId")
    fields.task_id = value
    value = get("TaskArn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "TaskArn")
    fields.task_arn = value
    member = ""
    try:
        member = "Identifiers"
        value = get("Identifiers")
        fields.identifiers = (
            None if value is None else _decode_EngagementIdentifierList(value, wire)
        )
        member = "StartTime"
        value = get("StartTime")
        fields.start_time = None if value is None else _serde.dec_timestamp(value, wire)
        member = "TaskStatus"
        value = get("TaskStatus")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.task_status = None if value is None else _lookup_ProspectingTaskStatus(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.StartProspectingFromEngagementTaskRequest,
    _encode_StartProspectingFromEngagementTaskRequest,
    _decode_StartProspectingFromEngagementTaskRequest,
)
_bind_codec(
    _classes.StartProspectingFromEngagementTaskResponse,
    _encode_StartProspectingFromEngagementTaskResponse,
    _decode_StartProspectingFromEngagementTaskResponse,
)
