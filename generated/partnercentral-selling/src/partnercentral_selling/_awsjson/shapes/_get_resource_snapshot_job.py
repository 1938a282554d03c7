"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_get_resource_snapshot_job.py``

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
from ...shapes import _get_resource_snapshot_job as _classes

_lookup_ResourceSnapshotJobStatus = _enum_lookup(
    globals(), "_lookup_ResourceSnapshotJobStatus", _enums, "ResourceSnapshotJobStatus"
)
_lookup_ResourceType = _enum_lookup(globals(), "_lookup_ResourceType", _enums, "ResourceType")


def _encode_GetResourceSnapshotJobRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetResourceSnapshotJobRequest):
        raise _serde.wrong_shape(_classes.GetResourceSnapshotJobRequest, shape)
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
        member = "ResourceSnapshotJobIdentifier"
        value = shape.resource_snapshot_job_identifier
        if value is not None:
            out["ResourceSnapshotJobIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetResourceSnapshotJobRequest(
    data: _Any, wire: bool
) -> _classes.GetResourceSnapshotJobRequest:
    if not wire:
        _classes.GetResourceSnapshotJobRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetResourceSnapshotJobRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("ResourceSnapshotJobIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ResourceSnapshotJobIdentifier")
    fields.resource_snapshot_job_identifier = value
    return shape


def _encode_GetResourceSnapshotJobResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetResourceSnapshotJobResponse):
        raise _serde.wrong_shape(_classes.GetResourceSnapshotJobResponse, shape)
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
        member = "ResourceType"
        value = shape.resource_type
        if value is not None:
            out["ResourceType"] = _serde.enc_str(value, wire)
        member = "ResourceId"
        value = shape.resource_id
        if value is not None:
            out["ResourceId"] = _serde.enc_str(value, wire)
        member = "ResourceArn"
        value = shape.resource_arn
        if value is not None:
            out["ResourceArn"] = _serde.enc_str(value, wire)
        member = "ResourceSnapshotTemplateName"
        value = shape.resource_snapshot_template_name
        if value is not None:
            out["ResourceSnapshotTemplateName"] = _serde.enc_str(value, wire)
        member = "CreatedAt"
        value = shape.created_at
        if value is not None:
            out["CreatedAt"] = _serde.enc_iso8601(value, wire)
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
        member = "LastSuccessfulExecutionDate"
        value = shape.last_successful_execution_date
        if value is not None:
            out["LastSuccessfulExecutionDate"] = _serde.enc_iso8601(value, wire)
        member = "LastFailure"
        value = shape.last_failure
        if value is not None:
            out["LastFailure"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetResourceSnapshotJobResponse(
    data: _Any, wire: bool
) -> _classes.GetResourceSnapshotJobResponse:
    if not wire:
        _classes.GetResourceSnapshotJobResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetResourceSnapshotJobResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
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
    value = get("ResourceId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ResourceId")
    fields.resource_id = value
    value = get("ResourceArn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ResourceArn")
    fields.resource_arn = value
    value = get("ResourceSnapshotTemplateName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ResourceSnapshotTemplateName")
    fields.resource_snapshot_template_name = value
    value = get("LastFailure")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "LastFailure")
    fields.last_failure = value
    member = ""
    try:
        member = "ResourceType"
        value = get("ResourceType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.resource_type = None if value is None else _lookup_ResourceType(value, value)
        member = "CreatedAt"
        value = get("CreatedAt")
        fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_ResourceSnapshotJobStatus(value, value)
        member = "LastSuccessfulExecutionDate"
        value = get("LastSuccessfulExecutionDate")
        fields.last_successful_execution_date = (
            None if value is None else _serde.dec_timestamp(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.GetResourceSnapshotJobRequest,
    _encode_GetResourceSnapshotJobRequest,
    _decode_GetResourceSnapshotJobRequest,
)
_bind_codec(
    _classes.GetResourceSnapshotJobResponse,
    _encode_GetResourceSnapshotJobResponse,
    _decode_GetResourceSnapshotJobResponse,
)
