"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_get_qualifications_disassociation_task.py``

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
from ...shapes import _get_qualifications_disassociation_task as _classes
from ._qualifications_association_partner import (
    _decode_QualificationsAssociationPartner,
    _encode_QualificationsAssociationPartner,
)

_lookup_QualificationsDisassociationTaskStatus = _enum_lookup(
    globals(),
    "_lookup_QualificationsDisassociationTaskStatus",
    _enums,
    "QualificationsDisassociationTaskStatus",
)


def _encode_GetQualificationsDisassociationTaskRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetQualificationsDisassociationTaskRequest):
        raise _serde.wrong_shape(_classes.GetQualificationsDisassociationTaskRequest, shape)
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
        member = "Identifier"
        value = shape.identifier
        if value is not None:
            out["Identifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetQualificationsDisassociationTaskRequest(
    data: _Any, wire: bool
) -> _classes.GetQualificationsDisassociationTaskRequest:
    if not wire:
        _classes.GetQualificationsDisassociationTaskRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetQualificationsDisassociationTaskRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("Identifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Identifier")
    fields.identifier = value
    return shape


def _encode_GetQualificationsDisassociationTaskResponse(
    shape: _Any, wire: bool
) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetQualificationsDisassociationTaskResponse):
        raise _serde.wrong_shape(_classes.GetQualificationsDisassociationTaskResponse, shape)
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
        member = "TaskId"
        value = shape.task_id
        if value is not None:
            out["TaskId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "AssociatedPartner"
        value = shape.associated_partner
        if value is not None:
            out["AssociatedPartner"] = _encode_QualificationsAssociationPartner(value, wire)
        elif wire:
            raise _missing("")
        member = "StartedAt"
        value = shape.started_at
        if value is not None:
            out["StartedAt"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "EndedAt"
        value = shape.ended_at
        if value is not None:
            out["EndedAt"] = _serde.enc_iso8601(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetQualificationsDisassociationTaskResponse(
    data: _Any, wire: bool
) -> _classes.GetQualificationsDisassociationTaskResponse:
    if not wire:
        _classes.GetQualificationsDisassociationTaskResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetQualificationsDisassociationTaskResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("Arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Arn")
    fields.arn = value
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    value = get("TaskId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "TaskId")
    fields.task_id = value
    member = ""
    try:
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = (
            None if value is None else _lookup_QualificationsDisassociationTaskStatus(value, value)
        )
        member = "AssociatedPartner"
        value = get("AssociatedPartner")
        fields.associated_partner = (
            None if value is None else _decode_QualificationsAssociationPartner(value, wire)
        )
        member = "StartedAt"
        value = get("StartedAt")
        fields.started_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "EndedAt"
        value = get("EndedAt")
        fields.ended_at = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.GetQualificationsDisassociationTaskRequest,
    _encode_GetQualificationsDisassociationTaskRequest,
    _decode_GetQualificationsDisassociationTaskRequest,
)
_bind_codec(
    _classes.GetQualificationsDisassociationTaskResponse,
    _encode_GetQualificationsDisassociationTaskResponse,
    _decode_GetQualificationsDisassociationTaskResponse,
)
