"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_update_campaign_asset.py``

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
from ...shapes import _update_campaign_asset as _classes
from ._activation_issue import (
    _decode_ActivationIssueList,
    _encode_ActivationIssueList,
)
from ._template_field_value import (
    _decode_TemplateFieldValue,
    _encode_TemplateFieldValue,
)

_lookup_CampaignAssetState = _enum_lookup(
    globals(), "_lookup_CampaignAssetState", _enums, "CampaignAssetState"
)
_lookup_Catalog = _enum_lookup(globals(), "_lookup_Catalog", _enums, "Catalog")
_lookup_SendMode = _enum_lookup(globals(), "_lookup_SendMode", _enums, "SendMode")


def _encode_FieldValueInput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.FieldValueInput):
        raise _serde.wrong_shape(_classes.FieldValueInput, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "FieldId"
        value = shape.field_id
        if value is not None:
            out["FieldId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Value"
        value = shape.value_
        if value is not None:
            out["Value"] = _encode_TemplateFieldValue(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_FieldValueInput(data: _Any, wire: bool) -> _classes.FieldValueInput:
    if not wire:
        _classes.FieldValueInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.FieldValueInput)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("FieldId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "FieldId")
    fields.field_id = value
    member = ""
    try:
        member = "Value"
        value = get("Value")
        fields.value_ = None if value is None else _decode_TemplateFieldValue(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_UpdateCampaignAssetRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.UpdateCampaignAssetRequest):
        raise _serde.wrong_shape(_classes.UpdateCampaignAssetRequest, shape)
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
        member = "CampaignAssetIdentifier"
        value = shape.campaign_asset_identifier
        if value is not None:
            out["CampaignAssetIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "FieldValues"
        value = shape.field_values
        if value is not None:
            out["FieldValues"] = _encode_FieldValueInputList(value, wire)
        member = "Layout"
        value = shape.layout
        if value is not None:
            out["Layout"] = _serde.enc_str(value, wire)
        member = "SendMode"
        value = shape.send_mode
        if value is not None:
            out["SendMode"] = _serde.enc_str(value, wire)
        member = "ScheduledSendAt"
        value = shape.scheduled_send_at
        if value is not None:
            out["ScheduledSendAt"] = _serde.enc_timestamp(value, wire)
        member = "ClientToken"
        value = shape.client_token
        if value is not None:
            out["ClientToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_UpdateCampaignAssetRequest(
    data: _Any, wire: bool
) -> _classes.UpdateCampaignAssetRequest:
    if not wire:
        _classes.UpdateCampaignAssetRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.UpdateCampaignAssetRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("CampaignIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CampaignIdentifier")
    fields.campaign_identifier = value
    value = get("CampaignAssetIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CampaignAssetIdentifier")
    fields.campaign_asset_identifier = value
    value = get("Layout")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Layout")
    fields.layout = value
    value = get("ClientToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ClientToken")
    fields.client_token = value
    member = ""
    try:
        member = "Catalog"
        value = get("Catalog")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.catalog = None if value is None else _lookup_Catalog(value, value)
        member = "FieldValues"
        value = get("FieldValues")
        fields.field_values = None if value is None else _decode_FieldValueInputList(value, wire)
        member = "SendMode"
        value = get("SendMode")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.send_mode = None if value is None else _lookup_SendMode(value, value)
        member = "ScheduledSendAt"
        value = get("ScheduledSendAt")
        fields.scheduled_send_at = (
            None if value is None else _serde.dec_timestamp_cbor(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_UpdateCampaignAssetResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.UpdateCampaignAssetResponse):
        raise _serde.wrong_shape(_classes.UpdateCampaignAssetResponse, shape)
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
        member = "State"
        value = shape.state
        if value is not None:
            out["State"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ActivationIssues"
        value = shape.activation_issues
        if value is not None:
            out["ActivationIssues"] = _encode_ActivationIssueList(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_UpdateCampaignAssetResponse(
    data: _Any, wire: bool
) -> _classes.UpdateCampaignAssetResponse:
    if not wire:
        _classes.UpdateCampaignAssetResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.UpdateCampaignAssetResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    member = ""
    try:
        member = "State"
        value = get("State")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.state = None if value is None else _lookup_CampaignAssetState(value, value)
        member = "ActivationIssues"
        value = get("ActivationIssues")
        fields.activation_issues = (
            None if value is None else _decode_ActivationIssueList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_FieldValueInputList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_FieldValueInput)


def _decode_FieldValueInputList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_FieldValueInput)


_bind_codec(_classes.FieldValueInput, _encode_FieldValueInput, _decode_FieldValueInput)
_bind_codec(
    _classes.UpdateCampaignAssetRequest,
    _encode_UpdateCampaignAssetRequest,
    _decode_UpdateCampaignAssetRequest,
)
_bind_codec(
    _classes.UpdateCampaignAssetResponse,
    _encode_UpdateCampaignAssetResponse,
    _decode_UpdateCampaignAssetResponse,
)
