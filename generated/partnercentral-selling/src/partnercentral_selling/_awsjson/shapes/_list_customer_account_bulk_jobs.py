"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_list_customer_account_bulk_jobs.py``

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
from ...shapes import _list_customer_account_bulk_jobs as _classes

_lookup_BulkJobStatus = _enum_lookup(globals(), "_lookup_BulkJobStatus", _enums, "BulkJobStatus")


def _encode_CustomerAccountBulkJobFilter(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CustomerAccountBulkJobFilter):
        raise _serde.wrong_shape(_classes.CustomerAccountBulkJobFilter, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Identifier"
        value = shape.identifier
        if value is not None:
            out["Identifier"] = _serde.enc_str(value, wire)
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CustomerAccountBulkJobFilter(
    data: _Any, wire: bool
) -> _classes.CustomerAccountBulkJobFilter:
    if not wire:
        _classes.CustomerAccountBulkJobFilter._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CustomerAccountBulkJobFilter)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Identifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Identifier")
    fields.identifier = value
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


def _encode_CustomerAccountBulkJobSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CustomerAccountBulkJobSummary):
        raise _serde.wrong_shape(_classes.CustomerAccountBulkJobSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
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
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "FileName"
        value = shape.file_name
        if value is not None:
            out["FileName"] = _serde.enc_str(value, wire)
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
        member = "DeletedCount"
        value = shape.deleted_count
        if value is not None:
            out["DeletedCount"] = _serde.enc_int(value, wire)
        elif wire:
            raise _missing("")
        member = "FailureReason"
        value = shape.failure_reason
        if value is not None:
            out["FailureReason"] = _serde.enc_str(value, wire)
        member = "CreatedAt"
        value = shape.created_at
        if value is not None:
            out["CreatedAt"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "CompletedAt"
        value = shape.completed_at
        if value is not None:
            out["CompletedAt"] = _serde.enc_iso8601(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CustomerAccountBulkJobSummary(
    data: _Any, wire: bool
) -> _classes.CustomerAccountBulkJobSummary:
    if not wire:
        _classes.CustomerAccountBulkJobSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CustomerAccountBulkJobSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Arn")
    fields.arn = value
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    value = get("FileName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "FileName")
    fields.file_name = value
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
    value = get("DeletedCount")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "DeletedCount")
    fields.deleted_count = value
    value = get("FailureReason")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "FailureReason")
    fields.failure_reason = value
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
        member = "CompletedAt"
        value = get("CompletedAt")
        fields.completed_at = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListCustomerAccountBulkJobsRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListCustomerAccountBulkJobsRequest):
        raise _serde.wrong_shape(_classes.ListCustomerAccountBulkJobsRequest, shape)
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
        member = "Filter"
        value = shape.filter
        if value is not None:
            out["Filter"] = _encode_CustomerAccountBulkJobFilter(value, wire)
        member = "MaxResults"
        value = shape.max_results
        if value is not None:
            out["MaxResults"] = _serde.enc_int(value, wire)
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListCustomerAccountBulkJobsRequest(
    data: _Any, wire: bool
) -> _classes.ListCustomerAccountBulkJobsRequest:
    if not wire:
        _classes.ListCustomerAccountBulkJobsRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListCustomerAccountBulkJobsRequest)
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
        member = "Filter"
        value = get("Filter")
        fields.filter = (
            None if value is None else _decode_CustomerAccountBulkJobFilter(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListCustomerAccountBulkJobsResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListCustomerAccountBulkJobsResponse):
        raise _serde.wrong_shape(_classes.ListCustomerAccountBulkJobsResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "items"
        value = shape.items
        if value is not None:
            out["items"] = _encode_CustomerAccountBulkJobSummaryList(value, wire)
        elif wire:
            raise _missing("")
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListCustomerAccountBulkJobsResponse(
    data: _Any, wire: bool
) -> _classes.ListCustomerAccountBulkJobsResponse:
    if not wire:
        _classes.ListCustomerAccountBulkJobsResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListCustomerAccountBulkJobsResponse)
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
        member = "items"
        value = get("items")
        fields.items = (
            None if value is None else _decode_CustomerAccountBulkJobSummaryList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CustomerAccountBulkJobSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_CustomerAccountBulkJobSummary)


def _decode_CustomerAccountBulkJobSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_CustomerAccountBulkJobSummary)


_bind_codec(
    _classes.CustomerAccountBulkJobFilter,
    _encode_CustomerAccountBulkJobFilter,
    _decode_CustomerAccountBulkJobFilter,
)
_bind_codec(
    _classes.CustomerAccountBulkJobSummary,
    _encode_CustomerAccountBulkJobSummary,
    _decode_CustomerAccountBulkJobSummary,
)
_bind_codec(
    _classes.ListCustomerAccountBulkJobsRequest,
    _encode_ListCustomerAccountBulkJobsRequest,
    _decode_ListCustomerAccountBulkJobsRequest,
)
_bind_codec(
    _classes.ListCustomerAccountBulkJobsResponse,
    _encode_ListCustomerAccountBulkJobsResponse,
    _decode_ListCustomerAccountBulkJobsResponse,
)
