"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_put_selling_system_settings.py``

``_encode_<Shape>(value, wire)`` gives the JSON value of a shape and
``_decode_<Shape>(data, wire)`` reads one (``wire`` False: the boto3-style dict of
``to_dict()`` and ``from_dict()``). The last lines bind them to the classes.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.exceptions import ParamValidationError as _ParamValidationError
from typed_aws_runtime.model.structure import bind_codec as _bind_codec
from typed_aws_runtime.protocols import serde as _serde
from typed_aws_runtime.protocols.serde import missing as _missing

from ...shapes import _put_selling_system_settings as _classes


def _encode_PutSellingSystemSettingsRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.PutSellingSystemSettingsRequest):
        raise _serde.wrong_shape(_classes.PutSellingSystemSettingsRequest, shape)
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
        member = "ResourceSnapshotJobRoleIdentifier"
        value = shape.resource_snapshot_job_role_identifier
        if value is not None:
            out["ResourceSnapshotJobRoleIdentifier"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_PutSellingSystemSettingsRequest(
    data: _Any, wire: bool
) -> _classes.PutSellingSystemSettingsRequest:
    if not wire:
        _classes.PutSellingSystemSettingsRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.PutSellingSystemSettingsRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("ResourceSnapshotJobRoleIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ResourceSnapshotJobRoleIdentifier")
    fields.resource_snapshot_job_role_identifier = value
    return shape


def _encode_PutSellingSystemSettingsResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.PutSellingSystemSettingsResponse):
        raise _serde.wrong_shape(_classes.PutSellingSystemSettingsResponse, shape)
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
        member = "ResourceSnapshotJobRoleArn"
        value = shape.resource_snapshot_job_role_arn
        if value is not None:
            out["ResourceSnapshotJobRoleArn"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_PutSellingSystemSettingsResponse(
    data: _Any, wire: bool
) -> _classes.PutSellingSystemSettingsResponse:
    if not wire:
        _classes.PutSellingSystemSettingsResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.PutSellingSystemSettingsResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("ResourceSnapshotJobRoleArn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ResourceSnapshotJobRoleArn")
    fields.resource_snapshot_job_role_arn = value
    return shape


_bind_codec(
    _classes.PutSellingSystemSettingsRequest,
    _encode_PutSellingSystemSettingsRequest,
    _decode_PutSellingSystemSettingsRequest,
)
_bind_codec(
    _classes.PutSellingSystemSettingsResponse,
    _encode_PutSellingSystemSettingsResponse,
    _decode_PutSellingSystemSettingsResponse,
)
