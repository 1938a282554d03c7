"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_list_resource_snapshot_jobs.py``

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
from ...shapes import _list_resource_snapshot_jobs as _classes

_lookup_ResourceSnapshotJobStatus = _enum_lookup(
    globals(), "_lookup_ResourceSnapshotJobStatus", _enums, "ResourceSnapshotJobStatus"
)
_lookup_SortBy = _enum_lookup(globals(), "_lookup_SortBy", _enums, "SortBy")
_lookup_SortOrder = _enum_lookup(globals(), "_lookup_SortOrder", _enums, "SortOrder")


def _encode_ListResourceSnapshotJobsRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListResourceSnapshotJobsRequest):
        raise _serde.wrong_shape(_classes.ListResourceSnapshotJobsRequest, shape)
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
        member = "EngagementIdentifier"
        value = shape.engagement_identifier
        if value is not None:
            out["EngagementIdentifier"] = _serde.enc_str(value, wire)
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
        member = "Sort"
        value = shape.sort
        if value is not None:
            out["Sort"] = _encode_SortObject(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListResourceSnapshotJobsRequest(
    data: _Any, wire: bool
) -> _classes.ListResourceSnapshotJobsRequest:
    if not wire:
        _classes.ListResourceSnapshotJobsRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListResourceSnapshotJobsRequest)
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
    value = get("EngagementIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EngagementIdentifier")
    fields.engagement_identifier = value
    member = ""
    try:
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_ResourceSnapshotJobStatus(value, value)
        member = "Sort"
        value = get("Sort")
        fields.sort = None if value is None else _decode_SortObject(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListResourceSnapshotJobsResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListResourceSnapshotJobsResponse):
        raise _serde.wrong_shape(_classes.ListResourceSnapshotJobsResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "ResourceSnapshotJobSummaries"
        value = shape.resource_snapshot_job_summaries
        if value is not None:
            out["ResourceSnapshotJobSummaries"] = _encode_ResourceSnapshotJobSummaryList(
                value, wire
            )
        elif wire:
            raise _missing("")
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListResourceSnapshotJobsResponse(
    data: _Any, wire: bool
) -> _classes.ListResourceSnapshotJobsResponse:
    if not wire:
        _classes.ListResourceSnapshotJobsResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListResourceSnapshotJobsResponse)
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
        member = "ResourceSnapshotJobSummaries"
        value = get("ResourceSnapshotJobSummaries")
        fields.resource_snapshot_job_summaries = (
            None if value is None else _decode_ResourceSnapshotJobSummaryList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ResourceSnapshotJobSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ResourceSnapshotJobSummary):
        raise _serde.wrong_shape(_classes.ResourceSnapshotJobSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Id"
        value = shape.id
        if value is not None:
            out["Id"] = _serde.enc_str(value, wire)
        member = "Arn"
        value = shape.arn
        if value is not None:
            out["Arn"] = _serde.enc_str(value, wire)
        member = "EngagementId"
        value = shape.engagement_id
        if value is not None:
            out["EngagementId"] = _serde.enc_str(value, wire)
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ResourceSnapshotJobSummary(
    data: _Any, wire: bool
) -> _classes.ResourceSnapshotJobSummary:
    if not wire:
        _classes.ResourceSnapshotJobSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ResourceSnapshotJobSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    value = get("Arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Arn")
    fields.arn = value
    value = get("EngagementId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EngagementId")
    fields.engagement_id = value
    member = ""
    try:
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_ResourceSnapshotJobStatus(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_SortObject(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.SortObject):
        raise _serde.wrong_shape(_classes.SortObject, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "SortBy"
        value = shape.sort_by
        if value is not None:
            out["SortBy"] = _serde.enc_str(value, wire)
        member = "SortOrder"
        value = shape.sort_order
        if value is not None:
            out["SortOrder"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_SortObject(data: _Any, wire: bool) -> _classes.SortObject:
    if not wire:
        _classes.SortObject._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.SortObject)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "SortBy"
        value = get("SortBy")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_by = None if value is None else _lookup_SortBy(value, value)
        member = "SortOrder"
        value = get("SortOrder")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ResourceSnapshotJobSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_ResourceSnapshotJobSummary)


def _decode_ResourceSnapshotJobSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_ResourceSnapshotJobSummary)


_bind_codec(
    _classes.ListResourceSnapshotJobsRequest,
    _encode_ListResourceSnapshotJobsRequest,
    _decode_ListResourceSnapshotJobsRequest,
)
_bind_codec(
    _classes.ListResourceSnapshotJobsResponse,
    _encode_ListResourceSnapshotJobsResponse,
    _decode_ListResourceSnapshotJobsResponse,
)
_bind_codec(
    _classes.ResourceSnapshotJobSummary,
    _encode_ResourceSnapshotJobSummary,
    _decode_ResourceSnapshotJobSummary,
)
_bind_codec(_classes.SortObject, _encode_SortObject, _decode_SortObject)
