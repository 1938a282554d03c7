"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_get_prospecting_from_engagement_task.py``

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
from ...shapes import _get_prospecting_from_engagement_task as _classes

_lookup_ProspectingTaskStatus = _enum_lookup(
    globals(), "_lookup_ProspectingTaskStatus", _enums, "ProspectingTaskStatus"
)


def _encode_EngagementProspectingResult(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.EngagementProspectingResult):
        raise _serde.wrong_shape(_classes.EngagementProspectingResult, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "EngagementIdentifier"
        value = shape.engagement_identifier
        if value is not None:
            out["EngagementIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "EngagementContextId"
        value = shape.engagement_context_id
        if value is not None:
            out["EngagementContextId"] = _serde.enc_str(value, wire)
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ReasonCode"
        value = shape.reason_code
        if value is not None:
            out["ReasonCode"] = _serde.enc_str(value, wire)
        member = "Message"
        value = shape.message
        if value is not None:
            out["Message"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_EngagementProspectingResult(
    data: _Any, wire: bool
) -> _classes.EngagementProspectingResult:
    if not wire:
        _classes.EngagementProspectingResult._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.EngagementProspectingResult)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("EngagementIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EngagementIdentifier")
    fields.engagement_identifier = value
    value = get("EngagementContextId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EngagementContextId")
    fields.engagement_context_id = value
    value = get("ReasonCode")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ReasonCode")
    fields.reason_code = value
    value = get("Message")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Message")
    fields.message = value
    member = ""
    try:
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_ProspectingTaskStatus(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_GetProspectingFromEngagementTaskRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetProspectingFromEngagementTaskRequest):
        raise _serde.wrong_shape(_classes.GetProspectingFromEngagementTaskRequest, shape)
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
        member = "TaskIdentifier"
        value = shape.task_identifier
        if value is not None:
            out["TaskIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetProspectingFromEngagementTaskRequest(
    data: _Any, wire: bool
) -> _classes.GetProspectingFromEngagementTaskRequest:
    if not wire:
        _classes.GetProspectingFromEngagementTaskRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetProspectingFromEngagementTaskRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("TaskIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "TaskIdentifier")
    fields.task_identifier = value
    return shape


def _encode_GetProspectingFromEngagementTaskResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetProspectingFromEngagementTaskResponse):
        raise _serde.wrong_shape(_classes.GetProspectingFromEngagementTaskResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "TaskId"
        value = shape.task_id
        if value is not None:
            out["TaskId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "TaskArn"
        value = shape.task_arn
        if value is not None:
            out["TaskArn"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "TaskName"
        value = shape.task_name
        if value is not None:
            out["TaskName"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "StartTime"
        value = shape.start_time
        if value is not None:
            out["StartTime"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "EndTime"
        value = shape.end_time
        if value is not None:
            out["EndTime"] = _serde.enc_iso8601(value, wire)
        member = "Engagements"
        value = shape.engagements
        if value is not None:
            out["Engagements"] = _encode_EngagementProspectingResultList(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetProspectingFromEngagementTaskResponse(
    data: _Any, wire: bool
) -> _classes.GetProspectingFromEngagementTaskResponse:
    if not wire:
        _classes.GetProspectingFromEngagementTaskResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetProspectingFromEngagementTaskResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("TaskId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "TaskId")
    fields.task_id = value
    value = get("TaskArn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "TaskArn")
    fields.task_arn = value
    value = get("TaskName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "TaskName")
    fields.task_name = value
    member = ""
    try:
        member = "StartTime"
        value = get("StartTime")
        fields.start_time = None if value is None else _serde.dec_timestamp(value, wire)
        member = "EndTime"
        value = get("EndTime")
        fields.end_time = None if value is None else _serde.dec_timestamp(value, wire)
        member = "Engagements"
        value = get("Engagements")
        fields.engagements = (
            None if value is None else _decode_EngagementProspectingResultList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_EngagementProspectingResultList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_EngagementProspectingResult)


def _decode_EngagementProspectingResultList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_EngagementProspectingResult)


_bind_codec(
    _classes.EngagementProspectingResult,
    _encode_EngagementProspectingResult,
    _decode_EngagementProspectingResult,
)
_bind_codec(
    _classes.GetProspectingFromEngagementTaskRequest,
    _encode_GetProspectingFromEngagementTaskRequest,
    _decode_GetProspectingFromEngagementTaskRequest,
)
_bind_codec(
    _classes.GetProspectingFromEngagementTaskResponse,
    _encode_GetProspectingFromEngagementTaskResponse,
    _decode_GetProspectingFromEngagementTaskResponse,
)
