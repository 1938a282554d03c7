"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_start_engagement_from_opportunity_task.py``

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
from ...shapes import _start_engagement_from_opportunity_task as _classes
from ._tag import (
    _decode_TagList,
    _encode_TagList,
)

_lookup_ReasonCode = _enum_lookup(globals(), "_lookup_ReasonCode", _enums, "ReasonCode")
_lookup_SalesInvolvementType = _enum_lookup(
    globals(), "_lookup_SalesInvolvementType", _enums, "SalesInvolvementType"
)
_lookup_TaskStatus = _enum_lookup(globals(), "_lookup_TaskStatus", _enums, "TaskStatus")
_lookup_Visibility = _enum_lookup(globals(), "_lookup_Visibility", _enums, "Visibility")


def _encode_AwsSubmission(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AwsSubmission):
        raise _serde.wrong_shape(_classes.AwsSubmission, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "InvolvementType"
        value = shape.involvement_type
        if value is not None:
            out["InvolvementType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Visibility"
        value = shape.visibility
        if value is not None:
            out["Visibility"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AwsSubmission(data: _Any, wire: bool) -> _classes.AwsSubmission:
    if not wire:
        _classes.AwsSubmission._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AwsSubmission)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "InvolvementType"
        value = get("InvolvementType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.involvement_type = (
            None if value is None else _lookup_SalesInvolvementType(value, value)
        )
        member = "Visibility"
        value = get("Visibility")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.visibility = None if value is None else _lookup_Visibility(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_StartEngagementFromOpportunityTaskRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.StartEngagementFromOpportunityTaskRequest):
        raise _serde.wrong_shape(_classes.StartEngagementFromOpportunityTaskRequest, shape)
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
        member = "AwsSubmission"
        value = shape.aws_submission
        if value is not None:
            out["AwsSubmission"] = _encode_AwsSubmission(value, wire)
        elif wire:
            raise _missing("")
        member = "Tags"
        value = shape.tags
        if value is not None:
            out["Tags"] = _encode_TagList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_StartEngagementFromOpportunityTaskRequest(
    data: _Any, wire: bool
) -> _classes.StartEngagementFromOpportunityTaskRequest:
    if not wire:
        _classes.StartEngagementFromOpportunityTaskRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.StartEngagementFromOpportunityTaskRequest)
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
    member = ""
    try:
        member = "AwsSubmission"
        value = get("AwsSubmission")
        fields.aws_submission = None if value is None else _decode_AwsSubmission(value, wire)
        member = "Tags"
        value = get("Tags")
        fields.tags = None if value is None else _decode_TagList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_StartEngagementFromOpportunityTaskResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.StartEngagementFromOpportunityTaskResponse):
        raise _serde.wrong_shape(_classes.StartEngagementFromOpportunityTaskResponse, shape)
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


def _decode_StartEngagementFromOpportunityTaskResponse(
    data: _Any, wire: bool
) -> _classes.StartEngagementFromOpportunityTaskResponse:
    if not wire:
        _classes.StartEngagementFromOpportunityTaskResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.StartEngagementFromOpportunityTaskResponse)
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


_bind_codec(_classes.AwsSubmission, _encode_AwsSubmission, _decode_AwsSubmission)
_bind_codec(
    _classes.StartEngagementFromOpportunityTaskRequest,
    _encode_StartEngagementFromOpportunityTaskRequest,
    _decode_StartEngagementFromOpportunityTaskRequest,
)
_bind_codec(
    _classes.StartEngagementFromOpportunityTaskResponse,
    _encode_StartEngagementFromOpportunityTaskResponse,
    _decode_StartEngagementFromOpportunityTaskResponse,
)
