"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_list_engagement_from_opportunity_tasks.py``

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
from ...shapes import _list_engagement_from_opportunity_tasks as _classes
from ._list_tasks_sort_base import (
    _decode_ListTasksSortBase,
    _encode_ListTasksSortBase,
)
from ..plain import (
    _decode_EngagementIdentifiers,
    _decode_OpportunityIdentifiers,
    _decode_TaskIdentifiers,
    _decode_TaskStatuses,
    _encode_EngagementIdentifiers,
    _encode_OpportunityIdentifiers,
    _encode_TaskIdentifiers,
    _encode_TaskStatuses,
)

_lookup_ReasonCode = _enum_lookup(globals(), "_lookup_ReasonCode", _enums, "ReasonCode")
_lookup_TaskStatus = _enum_lookup(globals(), "_lookup_TaskStatus", _enums, "TaskStatus")


def _encode_ListEngagementFromOpportunityTaskSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListEngagementFromOpportunityTaskSummary):
        raise _serde.wrong_shape(_classes.ListEngagementFromOpportunityTaskSummary, shape)
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
        member = "EngagementInvitationId"
        value = shape.engagement_invitation_id
        if value is not None:
            out["EngagementInvitationId"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListEngagementFromOpportunityTaskSummary(
    data: _Any, wire: bool
) -> _classes.ListEngagementFromOpportunityTaskSummary:
    if not wire:
        _classes.ListEngagementFromOpportunityTaskSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListEngagementFromOpportunityTaskSummary)
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
    value = get("EngagementInvitationId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EngagementInvitationId")
    fields.engagement_invitation_id = value
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


def _encode_ListEngagementFromOpportunityTasksRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListEngagementFromOpportunityTasksRequest):
        raise _serde.wrong_shape(_classes.ListEngagementFromOpportunityTasksRequest, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "MaxResults"
        value = shape.max_results
        if value is not None:
            out["MaxResults"] = _serde.enc_int(value, wire)
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
        member = "Sort"
        value = shape.sort
        if value is not None:
            out["Sort"] = _encode_ListTasksSortBase(value, wire)
        member = "Catalog"
        value = shape.catalog
        if value is not None:
            out["Catalog"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "TaskStatus"
        value = shape.task_status
        if value is not None:
            out["TaskStatus"] = _encode_TaskStatuses(value, wire)
        member = "TaskIdentifier"
        value = shape.task_identifier
        if value is not None:
            out["TaskIdentifier"] = _encode_TaskIdentifiers(value, wire)
        member = "OpportunityIdentifier"
        value = shape.opportunity_identifier
        if value is not None:
            out["OpportunityIdentifier"] = _encode_OpportunityIdentifiers(value, wire)
        member = "EngagementIdentifier"
        value = shape.engagement_identifier
        if value is not None:
            out["EngagementIdentifier"] = _encode_EngagementIdentifiers(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListEngagementFromOpportunityTasksRequest(
    data: _Any, wire: bool
) -> _classes.ListEngagementFromOpportunityTasksRequest:
    if not wire:
        _classes.ListEngagementFromOpportunityTasksRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListEngagementFromOpportunityTasksRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("MaxResults")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "MaxResults")
    fields.max_results = value
    value = get("NextToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "NextToken")
    fields.next_token = value
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    member = ""
    try:
        member = "Sort"
        value = get("Sort")
        fields.sort = None if value is None else _decode_ListTasksSortBase(value, wire)
        member = "TaskStatus"
        value = get("TaskStatus")
        fields.task_status = None if value is None else _decode_TaskStatuses(value, wire)
        member = "TaskIdentifier"
        value = get("TaskIdentifier")
        fields.task_identifier = None if value is None else _decode_TaskIdentifiers(value, wire)
        member = "OpportunityIdentifier"
        value = get("OpportunityIdentifier")
        fields.opportunity_identifier = (
            None if value is None else _decode_OpportunityIdentifiers(value, wire)
        )
        member = "EngagementIdentifier"
        value = get("EngagementIdentifier")
        fields.engagement_identifier = (
            None if value is None else _decode_EngagementIdentifiers(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListEngagementFromOpportunityTasksResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListEngagementFromOpportunityTasksResponse):
        raise _serde.wrong_shape(_classes.ListEngagementFromOpportunityTasksResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "TaskSummaries"
        value = shape.task_summaries
        if value is not None:
            out["TaskSummaries"] = _encode_ListEngagementFromOpportunityTaskSummaries(value, wire)
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListEngagementFromOpportunityTasksResponse(
    data: _Any, wire: bool
) -> _classes.ListEngagementFromOpportunityTasksResponse:
    if not wire:
        _classes.ListEngagementFromOpportunityTasksResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListEngagementFromOpportunityTasksResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("NextToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "NextToken")
    fields.next_token = value
    member = ""
    try:
        member = "TaskSummaries"
        value = get("TaskSummaries")
        fields.task_summaries = (
            None
            if value is None
            else _decode_ListEngagementFromOpportunityTaskSummaries(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListEngagementFromOpportunityTaskSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_ListEngagementFromOpportunityTaskSummary)


def _decode_ListEngagementFromOpportunityTaskSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_ListEngagementFromOpportunityTaskSummary)


_bind_codec(
    _classes.ListEngagementFromOpportunityTaskSummary,
    _encode_ListEngagementFromOpportunityTaskSummary,
    _decode_ListEngagementFromOpportunityTaskSummary,
)
_bind_codec(
    _classes.ListEngagementFromOpportunityTasksRequest,
    _encode_ListEngagementFromOpportunityTasksRequest,
    _decode_ListEngagementFromOpportunityTasksRequest,
)
_bind_codec(
    _classes.ListEngagementFromOpportunityTasksResponse,
    _encode_ListEngagementFromOpportunityTasksResponse,
    _decode_ListEngagementFromOpportunityTasksResponse,
)
