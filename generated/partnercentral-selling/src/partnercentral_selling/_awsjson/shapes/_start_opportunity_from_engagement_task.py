"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_start_opportunity_from_engagement_task.py``

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
from ...shapes import _start_opportunity_from_engagement_task as _classes
from ._tag import (
    _decode_TagList,
    _encode_TagList,
)

_lookup_ReasonCode = _enum_lookup(globals(), "_lookup_ReasonCode", _enums, "ReasonCode")
_lookup_TaskStatus = _enum_lookup(globals(), "_lookup_TaskStatus", _enums, "TaskStatus")


def _encode_StartOpportunityFromEngagementTaskRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.StartOpportunityFromEngagementTaskRequest):
        raise _serde.wrong_shape(_classes.StartOpportunityFromEngagementTaskRequest, shape)
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
        member = "ClientToken"
        value = shape.client_token
        if value is not None:
            out["ClientToken"] = _serde.enc_str(value, wire)
        member = "Identifier"
        value = shape.identifier
        if value is not None:
            out["Identifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ContextIdentifier"
        value = shape.context_identifier
        if value is not None:
            out["ContextIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Tags"
        value = shape.tags
        if value is not None:
            out["Tags"] = _encode_TagList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_StartOpportunityFromEngagementTaskRequest(
    data: _Any, wire: bool
) -> _classes.StartOpportunityFromEngagementTaskRequest:
    if not wire:
        _classes.StartOpportunityFromEngagementTaskRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.StartOpportunityFromEngagementTaskRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("ClientToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ClientToken")
    fields.client_token = value
    value = get("Identifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Identifier")
    fields.identifier = value
    value = get("ContextIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ContextIdentifier")
    fields.context_identifier = value
    member = ""
    try:
        member = "Tags"
        value = get("Tags")
        fields.tags = None if value is None else _decode_TagList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_StartOpportunityFromEngagementTaskResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.StartOpportunityFromEngagementTaskResponse):
        raise _serde.wrong_shape(_classes.StartOpportunityFromEngagementTaskResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "TaskId"
        value = shape.task_id
        if value is not None:
            out["TaskId"] = _serde.enc_str(value, wire)
        member = "TaskArn"
        value = shape.task_arn
        if value is not None:
            out["TaskArn"] = _serde.enc_str(value, wire)
        member = "StartTime"
        value = shape.start_time
        if value is not None:
            out["StartTime"] = _serde.enc_iso8601(value, wire)
        member = "TaskStatus"
        value = shape.task_status
        if value is not None:
            out["TaskStatus"] = _serde.enc_str(value, wire)
        member = "Message"
        value = shape.message
        if value is not None:
            out["Message"] = _serde.enc_str(value, wire)
        member = "ReasonCode"
        value = shape.reason_code
        if value is not None:
            out["ReasonCode"] = _serde.enc_str(value, wire)
        member = "OpportunityId"
        value = shape.opportunity_id
        if value is not None:
            out["OpportunityId"] = _serde.enc_str(value, wire)
        member = "ResourceSnapshotJobId"
        value = shape.resource_snapshot_job_id
        if value is not None:
            out["ResourceSnapshotJobId"] = _serde.enc_str(value, wire)
        member = "EngagementId"
        value = shape.engagement_id
        if value is not None:
            out["EngagementId"] = _serde.enc_str(value, wire)
        member = "ContextId"
        value = shape.context_id
        if value is not None:
            out["ContextId"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_StartOpportunityFromEngagementTaskResponse(
    data: _Any, wire: bool
) -> _classes.StartOpportunityFromEngagementTaskResponse:
    if not wire:
        _classes.StartOpportunityFromEngagementTaskResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.StartOpportunityFromEngagementTaskResponse)
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
    value = get("Message")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Message")
    fields.message = value
    value = get("OpportunityId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "OpportunityId")
    fields.opportunity_id = value
    value = get("ResourceSnapshotJobId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ResourceSnapshotJobId")
    fields.resource_snapshot_job_id = value
    value = get("EngagementId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EngagementId")
    fields.engagement_id = value
    value = get("ContextId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ContextId")
    fields.context_id = value
    member = ""
    try:
        member = "StartTime"
        value = get("StartTime")
        fields.start_time = None if value is None else _serde.dec_timestamp(value, wire)
        member = "TaskStatus"
        value = get("TaskStatus")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.task_status = None if value is None else _lookup_TaskStatus(value, value)
        member = "ReasonCode"
        value = get("ReasonCode")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.reason_code = None if value is None else _lookup_ReasonCode(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.StartOpportunityFromEngagementTaskRequest,
    _encode_StartOpportunityFromEngagementTaskRequest,
    _decode_StartOpportunityFromEngagementTaskRequest,
)
_bind_codec(
    _classes.StartOpportunityFromEngagementTaskResponse,
    _encode_StartOpportunityFromEngagementTaskResponse,
    _decode_StartOpportunityFromEngagementTaskResponse,
)
