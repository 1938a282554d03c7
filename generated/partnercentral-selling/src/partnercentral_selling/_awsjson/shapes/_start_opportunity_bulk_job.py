"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_start_opportunity_bulk_job.py``

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
from ...shapes import _start_opportunity_bulk_job as _classes

_lookup_BulkFileFormat = _enum_lookup(
    globals(), "_lookup_BulkFileFormat", _enums, "BulkFileFormat"
)


def _encode_StartOpportunityBulkJobRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.StartOpportunityBulkJobRequest):
        raise _serde.wrong_shape(_classes.StartOpportunityBulkJobRequest, shape)
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
        member = "FileURI"
        value = shape.file_uri
        if value is not None:
            out["FileURI"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "FileFormat"
        value = shape.file_format
        if value is not None:
            out["FileFormat"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_StartOpportunityBulkJobRequest(
    data: _Any, wire: bool
) -> _classes.StartOpportunityBulkJobRequest:
    if not wire:
        _classes.StartOpportunityBulkJobRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.StartOpportunityBulkJobRequest)
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
    value = get("FileURI")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "FileURI")
    fields.file_uri = value
    member = ""
    try:
        member = "FileFormat"
        value = get("FileFormat")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.file_format = None if value is None else _lookup_BulkFileFormat(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_StartOpportunityBulkJobResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.StartOpportunityBulkJobResponse):
        raise _serde.wrong_shape(_classes.StartOpportunityBulkJobResponse, shape)
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
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_StartOpportunityBulkJobResponse(
    data: _Any, wire: bool
) -> _classes.StartOpportunityBulkJobResponse:
    if not wire:
        _classes.StartOpportunityBulkJobResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.StartOpportunityBulkJobResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("JobId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "JobId")
    fields.job_id = value
    return shape


_bind_codec(
    _classes.StartOpportunityBulkJobRequest,
    _encode_StartOpportunityBulkJobRequest,
    _decode_StartOpportunityBulkJobRequest,
)
_bind_codec(
    _classes.StartOpportunityBulkJobResponse,
    _encode_StartOpportunityBulkJobResponse,
    _decode_StartOpportunityBulkJobResponse,
)
