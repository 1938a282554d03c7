"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_get_campaign_asset_export_task.py``

``_encode_<Shape>(value, wire)`` gives the CBOR value of a shape and
``_decode_<Shape>(data, wire)`` reads one (``wire`` False: the boto3-style dict of
``to_dict()`` and ``from_dict()``). The last lines bind them to the classes.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.exceptions import ParamValidationError as _ParamValidationError
from typed_aws_runtime.model.lazy import enum_lookup as _enum_lookup
from typed_aws_runtime.model.structure import bind_codec as _bind_codec
from typed_aws_runtime.protocols import cborserde as _serde
from typed_aws_runtime.protocols.cborserde import missing as _missing

from ... import enums as _enums
from ...shapes import _get_campaign_asset_export_task as _classes

_lookup_CampaignAssetExportFailureCode = _enum_lookup(
    globals(), "_lookup_CampaignAssetExportFailureCode", _enums, "CampaignAssetExportFailureCode"
)
_lookup_CampaignAssetExportTaskStatus = _enum_lookup(
    globals(), "_lookup_CampaignAssetExportTaskStatus", _enums, "CampaignAssetExportTaskStatus"
)
_lookup_Catalog = _enum_lookup(globals(), "_lookup_Catalog", _enums, "Catalog")


def _encode_CampaignAssetExportFailureReason(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CampaignAssetExportFailureReason):
        raise _serde.wrong_shape(_classes.CampaignAssetExportFailureReason, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Code"
        value = shape.code
        if value is not None:
            out["Code"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Message"
        value = shape.message
        if value is not None:
            out["Message"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CampaignAssetExportFailureReason(
    data: _Any, wire: bool
) -> _classes.CampaignAssetExportFailureReason:
    if not wire:
        _classes.CampaignAssetExportFailureReason._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.CampaignAssetExportFailureReason)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Message")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Message")
    fields.message = value
    member = ""
    try:
        member = "Code"
        value = get("Code")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.code = (
            None if value is None else _lookup_CampaignAssetExportFailureCode(value, value)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_GetCampaignAssetExportTaskRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetCampaignAssetExportTaskRequest):
        raise _serde.wrong_shape(_classes.GetCampaignAssetExportTaskRequest, shape)
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
        member = "CampaignIdentifier"
        value = shape.campaign_identifier
        if value is not None:
            out["CampaignIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "CampaignAssetExportTaskIdentifier"
        value = shape.campaign_asset_export_task_identifier
        if value is not None:
            out["CampaignAssetExportTaskIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetCampaignAssetExportTaskRequest(
    data: _Any, wire: bool
) -> _classes.GetCampaignAssetExportTaskRequest:
    if not wire:
        _classes.GetCampaignAssetExportTaskRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.GetCampaignAssetExportTaskRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("CampaignIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CampaignIdentifier")
    fields.campaign_identifier = value
    value = get("CampaignAssetExportTaskIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CampaignAssetExportTaskIdentifier")
    fields.campaign_asset_export_task_identifier = value
    member = ""
    try:
        member = "Catalog"
        value = get("Catalog")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.catalog = None if value is None else _lookup_Catalog(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_GetCampaignAssetExportTaskResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetCampaignAssetExportTaskResponse):
        raise _serde.wrong_shape(_classes.GetCampaignAssetExportTaskResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
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
        member = "CreatedAt"
        value = shape.created_at
        if value is not None:
            out["CreatedAt"] = _serde.enc_timestamp(value, wire)
        member = "DownloadUrl"
        value = shape.download_url
        if value is not None:
            out["DownloadUrl"] = _serde.enc_str(value, wire)
        member = "ExpiresAt"
        value = shape.expires_at
        if value is not None:
            out["ExpiresAt"] = _serde.enc_timestamp(value, wire)
        member = "FailureReason"
        value = shape.failure_reason
        if value is not None:
            out["FailureReason"] = _encode_CampaignAssetExportFailureReason(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetCampaignAssetExportTaskResponse(
    data: _Any, wire: bool
) -> _classes.GetCampaignAssetExportTaskResponse:
    if not wire:
        _classes.GetCampaignAssetExportTaskResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.GetCampaignAssetExportTaskResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    value = get("DownloadUrl")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "DownloadUrl")
    fields.download_url = value
    member = ""
    try:
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = (
            None if value is None else _lookup_CampaignAssetExportTaskStatus(value, value)
        )
        member = "CreatedAt"
        value = get("CreatedAt")
        fields.created_at = None if value is None else _serde.dec_timestamp_cbor(value, wire)
        member = "ExpiresAt"
        value = get("ExpiresAt")
        fields.expires_at = None if value is None else _serde.dec_timestamp_cbor(value, wire)
        member = "FailureReason"
        value = get("FailureReason")
        fields.failure_reason = (
            None if value is None else _decode_CampaignAssetExportFailureReason(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.CampaignAssetExportFailureReason,
    _encode_CampaignAssetExportFailureReason,
    _decode_CampaignAssetExportFailureReason,
)
_bind_codec(
    _classes.GetCampaignAssetExportTaskRequest,
    _encode_GetCampaignAssetExportTaskRequest,
    _decode_GetCampaignAssetExportTaskRequest,
)
_bind_codec(
    _classes.GetCampaignAssetExportTaskResponse,
    _encode_GetCampaignAssetExportTaskResponse,
    _decode_GetCampaignAssetExportTaskResponse,
)
