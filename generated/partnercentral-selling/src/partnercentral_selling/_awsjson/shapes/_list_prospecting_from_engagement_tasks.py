"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_list_prospecting_from_engagement_tasks.py``

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
from ...shapes import _list_prospecting_from_engagement_tasks as _classes
from ..plain import (
    _decode_TaskIdentifierList,
    _decode_TaskNameList,
    _encode_TaskIdentifierList,
    _encode_TaskNameList,
)

_lookup_ProspectingFromEngagementTaskSortName = _enum_lookup(
    globals(),
    "_lookup_ProspectingFromEngagementTaskSortName",
    _enums,
    "ProspectingFromEngagementTaskSortName",
)
_lookup_SortOrder = _enum_lookup(globals(), "_lookup_SortOrder", _enums, "SortOrder")


def _encode_ListProspectingFromEngagementTasksRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListProspectingFromEngagementTasksRequest):
        raise _serde.wrong_shape(_classes.ListProspectingFromEngagementTasksRequest, shape)
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
        member = "MaxResults"
        value = shape.max_results
        if value is not None:
            out["MaxResults"] = _serde.enc_int(value, wire)
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
        member = "TaskIdentifier"
        value = shape.task_identifier
        if value is not None:
            out["TaskIdentifier"] = _encode_TaskIdentifierList(value, wire)
        member = "TaskName"
        value = shape.task_name
        if value is not None:
            out["TaskName"] = _encode_TaskNameList(value, wire)
        member = "StartAfter"
        value = shape.start_after
        if value is not None:
            out["StartAfter"] = _serde.enc_iso8601(value, wire)
        member = "StartBefore"
        value = shape.start_before
        if value is not None:
            out["StartBefore"] = _serde.enc_iso8601(value, wire)
        member = "Sort"
        value = shape.sort
        if value is not None:
            out["Sort"] = _encode_ProspectingFromEngagementTaskSort(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListProspectingFromEngagementTasksRequest(
    data: _Any, wire: bool
) -> _classes.ListProspectingFromEngagementTasksRequest:
    if not wire:
        _classes.ListProspectingFromEngagementTasksRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListProspectingFromEngagementTasksRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("MaxResults")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "MaxResults")
    fields.max_results = value
    value = get("NextToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "NextToken")
    fields.next_token = value
    member = ""
    try:
        member = "TaskIdentifier"
        value = get("TaskIdentifier")
        fields.task_identifier = None if value is None else _decode_TaskIdentifierList(value, wire)
        member = "TaskName"
        value = get("TaskName")
        fields.task_name = None if value is None else _decode_TaskNameList(value, wire)
        member = "StartAfter"
        value = get("StartAfter")
        fields.start_after = None if value is None else _serde.dec_timestamp(value, wire)
        member = "StartBefore"
        value = get("StartBefore")
        fields.start_before = None if value is None else _serde.dec_timestamp(value, wire)
        member = "Sort"
        value = get("Sort")
        fields.sort = (
            None if value is None else _decode_ProspectingFromEngagementTaskSort(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListProspectingFromEngagementTasksResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListProspectingFromEngagementTasksResponse):
        raise _serde.wrong_shape(_classes.ListProspectingFromEngagementTasksResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
        member = "TaskSummaries"
        value = shape.task_summaries
        if value is not None:
            out["TaskSummaries"] = _encode_ProspectingTaskSummaryList(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListProspectingFromEngagementTasksResponse(
    data: _Any, wire: bool
) -> _classes.ListProspectingFromEngagementTasksResponse:
    if not wire:
        _classes.ListProspectingFromEngagementTasksResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListProspectingFromEngagementTasksResponse)
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
            None if value is None else _decode_ProspectingTaskSummaryList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ProspectingFromEngagementTaskSort(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ProspectingFromEngagementTaskSort):
        raise _serde.wrong_shape(_classes.ProspectingFromEngagementTaskSort, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "SortOrder"
        value = shape.sort_order
        if value is not None:
            out["SortOrder"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "SortBy"
        value = shape.sort_by
        if value is not None:
            out["SortBy"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ProspectingFromEngagementTaskSort(
    data: _Any, wire: bool
) -> _classes.ProspectingFromEngagementTaskSort:
    if not wire:
        _classes.ProspectingFromEngagementTaskSort._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ProspectingFromEngagementTaskSort)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "SortOrder"
        value = get("SortOrder")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
        member = "SortBy"
        value = get("SortBy")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_by = (
            None if value is None else _lookup_ProspectingFromEngagementTaskSortName(value, value)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ProspectingTaskSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ProspectingTaskSummary):
        raise _serde.wrong_shape(_classes.ProspectingTaskSummary, shape)
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
        member = "TotalEngagementCount"
        value = shape.total_engagement_count
        if value is not None:
            out["TotalEngagementCount"] = _serde.enc_int(value, wire)
        elif wire:
            raise _missing("")
        member = "CompletedEngagementCount"
        value = shape.completed_engagement_count
        if value is not None:
            out["CompletedEngagementCount"] = _serde.enc_int(value, wire)
        elif wire:
            raise _missing("")
        member = "FailedEngagementCount"
        value = shape.failed_engagement_count
        if value is not None:
            out["FailedEngagementCount"] = _serde.enc_int(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ProspectingTaskSummary(data: _Any, wire: bool) -> _classes.ProspectingTaskSummary:
    if not wire:
        _classes.ProspectingTaskSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ProspectingTaskSummary)
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
    value = get("TotalEngagementCount")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "TotalEngagementCount")
    fields.total_engagement_count = value
    value = get("CompletedEngagementCount")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "CompletedEngagementCount")
    fields.completed_engagement_count = value
    value = get("FailedEngagementCount")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "FailedEngagementCount")
    fields.failed_engagement_count = value
    member = ""
    try:
        member = "StartTime"
        value = get("StartTime")
        fields.start_time = None if value is None else _serde.dec_timestamp(value, wire)
        member = "EndTime"
        value = get("EndTime")
        fields.end_time = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ProspectingTaskSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_ProspectingTaskSummary)


def _decode_ProspectingTaskSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_ProspectingTaskSummary)


_bind_codec(
    _classes.ListProspectingFromEngagementTasksRequest,
    _encode_ListProspectingFromEngagementTasksRequest,
    _decode_ListProspectingFromEngagementTasksRequest,
)
_bind_codec(
    _classes.ListProspectingFromEngagementTasksResponse,
    _encode_ListProspectingFromEngagementTasksResponse,
    _decode_ListProspectingFromEngagementTasksResponse,
)
_bind_codec(
    _classes.ProspectingFromEngagementTaskSort,
    _encode_ProspectingFromEngagementTaskSort,
    _decode_ProspectingFromEngagementTaskSort,
)
_bind_codec(
    _classes.ProspectingTaskSummary, _encode_ProspectingTaskSummary, _decode_ProspectingTaskSummary
)
