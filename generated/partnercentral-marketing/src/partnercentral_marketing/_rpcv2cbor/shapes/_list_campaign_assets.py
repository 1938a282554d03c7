"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_list_campaign_assets.py``

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
from ...shapes import _list_campaign_assets as _classes

_lookup_AttemptStatus = _enum_lookup(globals(), "_lookup_AttemptStatus", _enums, "AttemptStatus")
_lookup_CampaignAssetCategory = _enum_lookup(
    globals(), "_lookup_CampaignAssetCategory", _enums, "CampaignAssetCategory"
)
_lookup_CampaignAssetState = _enum_lookup(
    globals(), "_lookup_CampaignAssetState", _enums, "CampaignAssetState"
)
_lookup_CampaignAssetStateReason = _enum_lookup(
    globals(), "_lookup_CampaignAssetStateReason", _enums, "CampaignAssetStateReason"
)
_lookup_Catalog = _enum_lookup(globals(), "_lookup_Catalog", _enums, "Catalog")
_lookup_DeliveryStatus = _enum_lookup(
    globals(), "_lookup_DeliveryStatus", _enums, "DeliveryStatus"
)
_lookup_FileFormat = _enum_lookup(globals(), "_lookup_FileFormat", _enums, "FileFormat")
_lookup_Platform = _enum_lookup(globals(), "_lookup_Platform", _enums, "Platform")
_lookup_SendMode = _enum_lookup(globals(), "_lookup_SendMode", _enums, "SendMode")


def _encode_CampaignAssetSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CampaignAssetSummary):
        raise _serde.wrong_shape(_classes.CampaignAssetSummary, shape)
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
        member = "Category"
        value = shape.category
        if value is not None:
            out["Category"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Name"
        value = shape.name
        if value is not None:
            out["Name"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "LinkLabel"
        value = shape.link_label
        if value is not None:
            out["LinkLabel"] = _serde.enc_str(value, wire)
        member = "State"
        value = shape.state
        if value is not None:
            out["State"] = _serde.enc_str(value, wire)
        member = "LastActivationStatus"
        value = shape.last_activation_status
        if value is not None:
            out["LastActivationStatus"] = _serde.enc_str(value, wire)
        member = "DeliveryStatus"
        value = shape.delivery_status
        if value is not None:
            out["DeliveryStatus"] = _serde.enc_str(value, wire)
        member = "DeliveryStatusReason"
        value = shape.delivery_status_reason
        if value is not None:
            out["DeliveryStatusReason"] = _serde.enc_str(value, wire)
        member = "SourceAssetTemplateId"
        value = shape.source_asset_template_id
        if value is not None:
            out["SourceAssetTemplateId"] = _serde.enc_str(value, wire)
        member = "SocialPlatform"
        value = shape.social_platform
        if value is not None:
            out["SocialPlatform"] = _serde.enc_str(value, wire)
        member = "StartedAt"
        value = shape.started_at
        if value is not None:
            out["StartedAt"] = _serde.enc_timestamp(value, wire)
        member = "FileFormat"
        value = shape.file_format
        if value is not None:
            out["FileFormat"] = _serde.enc_str(value, wire)
        member = "SendMode"
        value = shape.send_mode
        if value is not None:
            out["SendMode"] = _serde.enc_str(value, wire)
        member = "ScheduledSendAt"
        value = shape.scheduled_send_at
        if value is not None:
            out["ScheduledSendAt"] = _serde.enc_timestamp(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CampaignAssetSummary(data: _Any, wire: bool) -> _classes.CampaignAssetSummary:
    if not wire:
        _classes.CampaignAssetSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.CampaignAssetSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    value = get("Name")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Name")
    fields.name = value
    value = get("LinkLabel")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "LinkLabel")
    fields.link_label = value
    value = get("SourceAssetTemplateId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "SourceAssetTemplateId")
    fields.source_asset_template_id = value
    member = ""
    try:
        member = "Category"
        value = get("Category")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.category = None if value is None else _lookup_CampaignAssetCategory(value, value)
        member = "State"
        value = get("State")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.state = None if value is None else _lookup_CampaignAssetState(value, value)
        member = "LastActivationStatus"
        value = get("LastActivationStatus")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.last_activation_status = (
            None if value is None else _lookup_AttemptStatus(value, value)
        )
        member = "DeliveryStatus"
        value = get("DeliveryStatus")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.delivery_status = None if value is None else _lookup_DeliveryStatus(value, value)
        member = "DeliveryStatusReason"
        value = get("DeliveryStatusReason")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.delivery_status_reason = (
            None if value is None else _lookup_CampaignAssetStateReason(value, value)
        )
        member = "SocialPlatform"
        value = get("SocialPlatform")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.social_platform = None if value is None else _lookup_Platform(value, value)
        member = "StartedAt"
        value = get("StartedAt")
        fields.started_at = None if value is None else _serde.dec_timestamp_cbor(value, wire)
        member = "FileFormat"
        value = get("FileFormat")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.file_format = None if value is None else _lookup_FileFormat(value, value)
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


def _encode_ListCampaignAssetsRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListCampaignAssetsRequest):
        raise _serde.wrong_shape(_classes.ListCampaignAssetsRequest, shape)
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
        member = "MaxResults"
        value = shape.max_results
        if value is not None:
            out["MaxResults"] = _serde.enc_int(value, wire)
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListCampaignAssetsRequest(
    data: _Any, wire: bool
) -> _classes.ListCampaignAssetsRequest:
    if not wire:
        _classes.ListCampaignAssetsRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.ListCampaignAssetsRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("CampaignIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CampaignIdentifier")
    fields.campaign_identifier = value
    value = get("MaxResults")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "MaxResults")
    fields.max_results = value
    value = get("NextToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "NextToken")
    fields.next_token = value
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


def _encode_ListCampaignAssetsResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListCampaignAssetsResponse):
        raise _serde.wrong_shape(_classes.ListCampaignAssetsResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Items"
        value = shape.items
        if value is not None:
            out["Items"] = _encode_CampaignAssetSummaryList(value, wire)
        elif wire:
            raise _missing("")
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListCampaignAssetsResponse(
    data: _Any, wire: bool
) -> _classes.ListCampaignAssetsResponse:
    if not wire:
        _classes.ListCampaignAssetsResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.ListCampaignAssetsResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("NextToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "NextToken")
    fields.next_token = value
    member = ""
    try:
        member = "Items"
        value = get("Items")
        fields.items = None if value is None else _decode_CampaignAssetSummaryList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CampaignAssetSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_CampaignAssetSummary)


def _decode_CampaignAssetSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_CampaignAssetSummary)


_bind_codec(
    _classes.CampaignAssetSummary, _encode_CampaignAssetSummary, _decode_CampaignAssetSummary
)
_bind_codec(
    _classes.ListCampaignAssetsRequest,
    _encode_ListCampaignAssetsRequest,
    _decode_ListCampaignAssetsRequest,
)
_bind_codec(
    _classes.ListCampaignAssetsResponse,
    _encode_ListCampaignAssetsResponse,
    _decode_ListCampaignAssetsResponse,
)
