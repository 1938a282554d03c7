"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_get_opportunity_bulk_job_report_url.py``

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
from ...shapes import _get_opportunity_bulk_job_report_url as _classes

_lookup_BulkFileFormat = _enum_lookup(
    globals(), "_lookup_BulkFileFormat", _enums, "BulkFileFormat"
)
_lookup_BulkReportStatus = _enum_lookup(
    globals(), "_lookup_BulkReportStatus", _enums, "BulkReportStatus"
)
_lookup_BulkReportType = _enum_lookup(
    globals(), "_lookup_BulkReportType", _enums, "BulkReportType"
)


def _encode_GetOpportunityBulkJobReportUrlRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetOpportunityBulkJobReportUrlRequest):
        raise _serde.wrong_shape(_classes.GetOpportunityBulkJobReportUrlRequest, shape)
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
        member = "JobId"
        value = shape.job_id
        if value is not None:
            out["JobId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ReportFormat"
        value = shape.report_format
        if value is not None:
            out["ReportFormat"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ReportType"
        value = shape.report_type
        if value is not None:
            out["ReportType"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetOpportunityBulkJobReportUrlRequest(
    data: _Any, wire: bool
) -> _classes.GetOpportunityBulkJobReportUrlRequest:
    if not wire:
        _classes.GetOpportunityBulkJobReportUrlRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetOpportunityBulkJobReportUrlRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("JobId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "JobId")
    fields.job_id = value
    member = ""
    try:
        member = "ReportFormat"
        value = get("ReportFormat")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.report_format = None if value is None else _lookup_BulkFileFormat(value, value)
        member = "ReportType"
        value = get("ReportType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.report_type = None if value is None else _lookup_BulkReportType(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_GetOpportunityBulkJobReportUrlResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetOpportunityBulkJobReportUrlResponse):
        raise _serde.wrong_shape(_classes.GetOpportunityBulkJobReportUrlResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "ReportStatus"
        value = shape.report_status
        if value is not None:
            out["ReportStatus"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ReportType"
        value = shape.report_type
        if value is not None:
            out["ReportType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ReportFormat"
        value = shape.report_format
        if value is not None:
            out["ReportFormat"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Url"
        value = shape.url
        if value is not None:
            out["Url"] = _serde.enc_str(value, wire)
        member = "ExpiresAt"
        value = shape.expires_at
        if value is not None:
            out["ExpiresAt"] = _serde.enc_iso8601(value, wire)
        member = "FailureReason"
        value = shape.failure_reason
        if value is not None:
            out["FailureReason"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetOpportunityBulkJobReportUrlResponse(
    data: _Any, wire: bool
) -> _classes.GetOpportunityBulkJobReportUrlResponse:
    if not wire:
        _classes.GetOpportunityBulkJobReportUrlResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetOpportunityBulkJobReportUrlResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Url")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Url")
    fields.url = value
    value = get("FailureReason")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "FailureReason")
    fields.failure_reason = value
    member = ""
    try:
        member = "ReportStatus"
        value = get("ReportStatus")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.report_status = None if value is None else _lookup_BulkReportStatus(value, value)
        member = "ReportType"
        value = get("ReportType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.report_type = None if value is None else _lookup_BulkReportType(value, value)
        member = "ReportFormat"
        value = get("ReportFormat")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.report_format = None if value is None else _lookup_BulkFileFormat(value, value)
        member = "ExpiresAt"
        value = get("ExpiresAt")
        fields.expires_at = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.GetOpportunityBulkJobReportUrlRequest,
    _encode_GetOpportunityBulkJobReportUrlRequest,
    _decode_GetOpportunityBulkJobReportUrlRequest,
)
_bind_codec(
    _classes.GetOpportunityBulkJobReportUrlResponse,
    _encode_GetOpportunityBulkJobReportUrlResponse,
    _decode_GetOpportunityBulkJobReportUrlResponse,
)
