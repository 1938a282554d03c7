"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_get_campaign_asset_activation_task.py``

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
from ...shapes import _get_campaign_asset_activation_task as _classes
from ._campaign_asset_activation_outcome import (
    _decode_CampaignAssetActivationOutcomes,
    _encode_CampaignAssetActivationOutcomes,
)

_lookup_CampaignAssetActivationTaskStatus = _enum_lookup(
    globals(),
    "_lookup_CampaignAssetActivationTaskStatus",
    _enums,
    "CampaignAssetActivationTaskStatus",
)
_lookup_Catalog = _enum_lookup(globals(), "_lookup_Catalog", _enums, "Catalog")


def _encode_GetCampaignAssetActivationTaskRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetCampaignAssetActivationTaskRequest):
        raise _serde.wrong_shape(_classes.GetCampaignAssetActivationTaskRequest, shape)
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
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetCampaignAssetActivationTaskRequest(
    data: _Any, wire: bool
) -> _classes.GetCampaignAssetActivationTaskRequest:
    if not wire:
        _classes.GetCampaignAssetActivationTaskRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.GetCampaignAssetActivationTaskRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("CampaignIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CampaignIdentifier")
    fields.campaign_identifier = value
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


def _encode_GetCampaignAssetActivationTaskResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetCampaignAssetActivationTaskResponse):
        raise _serde.wrong_shape(_classes.GetCampaignAssetActivationTaskResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "CampaignId"
        value = shape.campaign_id
        if value is not None:
            out["CampaignId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "TaskId"
        value = shape.task_id
        if value is not None:
            out["TaskId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "TaskStatus"
        value = shape.task_status
        if value is not None:
            out["TaskStatus"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "StartedAt"
        value = shape.started_at
        if value is not None:
            out["StartedAt"] = _serde.enc_timestamp(value, wire)
        elif wire:
            raise _missing("")
        member = "EndedAt"
        value = shape.ended_at
        if value is not None:
            out["EndedAt"] = _serde.enc_timestamp(value, wire)
        member = "Assets"
        value = shape.assets
        if value is not None:
            out["Assets"] = _encode_CampaignAssetActivationOutcomes(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetCampaignAssetActivationTaskResponse(
    data: _Any, wire: bool
) -> _classes.GetCampaignAssetActivationTaskResponse:
    if not wire:
        _classes.GetCampaignAssetActivationTaskResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.GetCampaignAssetActivationTaskResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("CampaignId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CampaignId")
    fields.campaign_id = value
    value = get("TaskId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "TaskId")
    fields.task_id = value
    member = ""
    try:
        member = "TaskStatus"
        value = get("TaskStatus")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.task_status = (
            None if value is None else _lookup_CampaignAssetActivationTaskStatus(value, value)
        )
        member = "StartedAt"
        value = get("StartedAt")
        fields.started_at = None if value is None else _serde.dec_timestamp_cbor(value, wire)
        member = "EndedAt"
        value = get("EndedAt")
        fields.ended_at = None if value is None else _serde.dec_timestamp_cbor(value, wire)
        member = "Assets"
        value = get("Assets")
        fields.assets = (
            None if value is None else _decode_CampaignAssetActivationOutcomes(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.GetCampaignAssetActivationTaskRequest,
    _encode_GetCampaignAssetActivationTaskRequest,
    _decode_GetCampaignAssetActivationTaskRequest,
)
_bind_codec(
    _classes.GetCampaignAssetActivationTaskResponse,
    _encode_GetCampaignAssetActivationTaskResponse,
    _decode_GetCampaignAssetActivationTaskResponse,
)
