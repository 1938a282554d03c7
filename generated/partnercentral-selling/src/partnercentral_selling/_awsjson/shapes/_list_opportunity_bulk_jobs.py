"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_list_opportunity_bulk_jobs.py``

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
from ...shapes import _list_opportunity_bulk_jobs as _classes

_lookup_BulkJobStatus = _enum_lookup(globals(), "_lookup_BulkJobStatus", _enums, "BulkJobStatus")
_lookup_BulkOperationType = _enum_lookup(
    globals(), "_lookup_BulkOperationType", _enums, "BulkOperationType"
)


def _encode_ListOpportunityBulkJobsRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListOpportunityBulkJobsRequest):
        raise _serde.wrong_shape(_classes.ListOpportunityBulkJobsRequest, shape)
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
        member = "JobId"
        value = shape.job_id
        if value is not None:
            out["JobId"] = _serde.enc_str(value, wire)
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListOpportunityBulkJobsRequest(
    data: _Any, wire: bool
) -> _classes.ListOpportunityBulkJobsRequest:
    if not wire:
        _classes.ListOpportunityBulkJobsRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListOpportunityBulkJobsRequest)
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
    value = get("JobId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "JobId")
    fields.job_id = value
    member = ""
    try:
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_BulkJobStatus(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListOpportunityBulkJobsResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListOpportunityBulkJobsResponse):
        raise _serde.wrong_shape(_classes.ListOpportunityBulkJobsResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "OpportunityBulkJobSummaries"
        value = shape.opportunity_bulk_job_summaries
        if value is not None:
            out["OpportunityBulkJobSummaries"] = _encode_OpportunityBulkJobSummaryList(value, wire)
        elif wire:
            raise _missing("")
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListOpportunityBulkJobsResponse(
    data: _Any, wire: bool
) -> _classes.ListOpportunityBulkJobsResponse:
    if not wire:
        _classes.ListOpportunityBulkJobsResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListOpportunityBulkJobsResponse)
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
        member = "OpportunityBulkJobSummaries"
        value = get("OpportunityBulkJobSummaries")
        fields.opportunity_bulk_job_summaries = (
            None if value is None else _decode_OpportunityBulkJobSummaryList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_OpportunityBulkJobSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.OpportunityBulkJobSummary):
        raise _serde.wrong_shape(_classes.OpportunityBulkJobSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "JobId"
        value = shape.job_id
        if value is not None:
            out["JobId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "TotalRecords"
        value = shape.total_records
        if value is not None:
            out["TotalRecords"] = _serde.enc_int(value, wire)
        elif wire:
            raise _missing("")
        member = "ProcessedRecords"
        value = shape.processed_records
        if value is not None:
            out["ProcessedRecords"] = _serde.enc_int(value, wire)
        elif wire:
            raise _missing("")
        member = "SuccessCount"
        value = shape.success_count
        if value is not None:
            out["SuccessCount"] = _serde.enc_int(value, wire)
        elif wire:
            raise _missing("")
        member = "FailureCount"
        value = shape.failure_count
        if value is not None:
            out["FailureCount"] = _serde.enc_int(value, wire)
        elif wire:
            raise _missing("")
        member = "CreatedAt"
        value = shape.created_at
        if value is not None:
            out["CreatedAt"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "StartedAt"
        value = shape.started_at
        if value is not None:
            out["StartedAt"] = _serde.enc_iso8601(value, wire)
        member = "CompletedAt"
        value = shape.completed_at
        if value is not None:
            out["CompletedAt"] = _serde.enc_iso8601(value, wire)
        member = "FailureReason"
        value = shape.failure_reason
        if value is not None:
            out["FailureReason"] = _serde.enc_str(value, wire)
        member = "FileName"
        value = shape.file_name
        if value is not None:
            out["FileName"] = _serde.enc_str(value, wire)
        member = "OperationType"
        value = shape.operation_type
        if value is not None:
            out["OperationType"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_OpportunityBulkJobSummary(
    data: _Any, wire: bool
) -> _classes.OpportunityBulkJobSummary:
    if not wire:
        _classes.OpportunityBulkJobSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.OpportunityBulkJobSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("JobId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "JobId")
    fields.job_id = value
    value = get("TotalRecords")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "TotalRecords")
    fields.total_records = value
    value = get("ProcessedRecords")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "ProcessedRecords")
    fields.processed_records = value
    value = get("SuccessCount")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "SuccessCount")
    fields.success_count = value
    value = get("FailureCount")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "FailureCount")
    fields.failure_count = value
    value = get("FailureReason")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "FailureReason")
    fields.failure_reason = value
    value = get("FileName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "FileName")
    fields.file_name = value
    member = ""
    try:
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_BulkJobStatus(value, value)
        member = "CreatedAt"
        value = get("CreatedAt")
        fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "StartedAt"
        value = get("StartedAt")
        fields.started_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "CompletedAt"
        value = get("CompletedAt")
        fields.completed_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "OperationType"
        value = get("OperationType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.operation_type = None if value is None else _lookup_BulkOperationType(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_OpportunityBulkJobSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_OpportunityBulkJobSummary)


def _decode_OpportunityBulkJobSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_OpportunityBulkJobSummary)


_bind_codec(
    _classes.ListOpportunityBulkJobsRequest,
    _encode_ListOpportunityBulkJobsRequest,
    _decode_ListOpportunityBulkJobsRequest,
)
_bind_codec(
    _classes.ListOpportunityBulkJobsResponse,
    _encode_ListOpportunityBulkJobsResponse,
    _decode_ListOpportunityBulkJobsResponse,
)
_bind_codec(
    _classes.OpportunityBulkJobSummary,
    _encode_OpportunityBulkJobSummary,
    _decode_OpportunityBulkJobSummary,
)
