"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_create_resource_snapshot.py``

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
from ...shapes import _create_resource_snapshot as _classes

_lookup_ResourceType = _enum_lookup(globals(), "_lookup_ResourceType", _enums, "ResourceType")


def _encode_CreateResourceSnapshotRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateResourceSnapshotRequest):
        raise _serde.wrong_shape(_classes.CreateResourceSnapshotRequest, shape)
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
        member = "EngagementIdentifier"
        value = shape.engagement_identifier
        if value is not None:
            out["EngagementIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ResourceType"
        value = shape.resource_type
        if value is not None:
            out["ResourceType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ResourceIdentifier"
        value = shape.resource_identifier
        if value is not None:
            out["ResourceIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ResourceSnapshotTemplateIdentifier"
        value = shape.resource_snapshot_template_identifier
        if value is not None:
            out["ResourceSnapshotTemplateIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ClientToken"
        value = shape.client_token
        if value is not None:
            out["ClientToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateResourceSnapshotRequest(
    data: _Any, wire: bool
) -> _classes.CreateResourceSnapshotRequest:
    if not wire:
        _classes.CreateResourceSnapshotRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreateResourceSnapshotRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("EngagementIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EngagementIdentifier")
    fields.engagement_identifier = value
    value = get("ResourceIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ResourceIdentifier")
    fields.resource_identifier = value
    value = get("ResourceSnapshotTemplateIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(
            _serde.dec_str, value, wire, "ResourceSnapshotTemplateIdentifier"
        )
    fields.resource_snapshot_template_identifier = value
    value = get("ClientToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ClientToken")
    fields.client_token = value
    member = ""
    try:
        member = "ResourceType"
        value = get("ResourceType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.resource_type = None if value is None else _lookup_ResourceType(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CreateResourceSnapshotResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateResourceSnapshotResponse):
        raise _serde.wrong_shape(_classes.CreateResourceSnapshotResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Arn"
        value = shape.arn
        if value is not None:
            out["Arn"] = _serde.enc_str(value, wire)
        member = "Revision"
        value = shape.revision
        if value is not None:
            out["Revision"] = _serde.enc_int(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateResourceSnapshotResponse(
    data: _Any, wire: bool
) -> _classes.CreateResourceSnapshotResponse:
    if not wire:
        _classes.CreateResourceSnapshotResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreateResourceSnapshotResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Arn")
    fields.arn = value
    value = get("Revision")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "Revision")
    fields.revision = value
    return shape


_bind_codec(
    _classes.CreateResourceSnapshotRequest,
    _encode_CreateResourceSnapshotRequest,
    _decode_CreateResourceSnapshotRequest,
)
_bind_codec(
    _classes.CreateResourceSnapshotResponse,
    _encode_CreateResourceSnapshotResponse,
    _decode_CreateResourceSnapshotResponse,
)
