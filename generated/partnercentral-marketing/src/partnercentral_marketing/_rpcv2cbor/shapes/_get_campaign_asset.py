"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_get_campaign_asset.py``

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
from ...shapes import _get_campaign_asset as _classes
from ._activation_issue import (
    _decode_ActivationIssueList,
    _encode_ActivationIssueList,
)
from ._campaign_asset_layout import (
    _decode_CampaignAssetLayout,
    _encode_CampaignAssetLayout,
)
from ._campaign_asset_template_field import (
    _decode_CampaignAssetTemplateField,
    _encode_CampaignAssetTemplateField,
)
from ._layout_preview import (
    _decode_LayoutPreviewList,
    _encode_LayoutPreviewList,
)
from ._template_field_value import (
    _decode_TemplateFieldValue,
    _encode_TemplateFieldValue,
)

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


def _encode_CampaignAsset(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CampaignAsset):
        raise _serde.wrong_shape(_classes.CampaignAsset, shape)
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
        member = "CampaignId"
        value = shape.campaign_id
        if value is not None:
            out["CampaignId"] = _serde.enc_str(value, wire)
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
        elif wire:
            raise _missing("")
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
        member = "FieldValues"
        value = shape.field_values
        if value is not None:
            out["FieldValues"] = _encode_CampaignAssetFieldValueList(value, wire)
        member = "LayoutPreviews"
        value = shape.layout_previews
        if value is not None:
            out["LayoutPreviews"] = _encode_LayoutPreviewList(value, wire)
        member = "Layout"
        value = shape.layout
        if value is not None:
            out["Layout"] = _encode_CampaignAssetLayout(value, wire)
        member = "ActivationIssues"
        value = shape.activation_issues
        if value is not None:
            out["ActivationIssues"] = _encode_ActivationIssueList(value, wire)
        elif wire:
            raise _missing("")
        member = "PublicUrl"
        value = shape.public_url
        if value is not None:
            out["PublicUrl"] = _serde.enc_str(value, wire)
        member = "CreatedAt"
        value = shape.created_at
        if value is not None:
            out["CreatedAt"] = _serde.enc_timestamp(value, wire)
        member = "UpdatedAt"
        value = shape.updated_at
        if value is not None:
            out["UpdatedAt"] = _serde.enc_timestamp(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CampaignAsset(data: _Any, wire: bool) -> _classes.CampaignAsset:
    if not wire:
        _classes.CampaignAsset._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.CampaignAsset)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    value = get("CampaignId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CampaignId")
    fields.campaign_id = value
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
    value = get("PublicUrl")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "PublicUrl")
    fields.public_url = value
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
        member = "FieldValues"
        value = get("FieldValues")
        fields.field_values = (
            None if value is None else _decode_CampaignAssetFieldValueList(value, wire)
        )
        member = "LayoutPreviews"
        value = get("LayoutPreviews")
        fields.layout_previews = None if value is None else _decode_LayoutPreviewList(value, wire)
        member = "Layout"
        value = get("Layout")
        fields.layout = None if value is None else _decode_CampaignAssetLayout(value, wire)
        member = "ActivationIssues"
        value = get("ActivationIssues")
        fields.activation_issues = (
            None if value is None else _decode_ActivationIssueList(value, wire)
        )
        member = "CreatedAt"
        value = get("CreatedAt")
        fields.created_at = None if value is None else _serde.dec_timestamp_cbor(value, wire)
        member = "UpdatedAt"
        value = get("UpdatedAt")
        fields.updated_at = None if value is None else _serde.dec_timestamp_cbor(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CampaignAssetFieldValue(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CampaignAssetFieldValue):
        raise _serde.wrong_shape(_classes.CampaignAssetFieldValue, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Field"
        value = shape.field
        if value is not None:
            out["Field"] = _encode_CampaignAssetTemplateField(value, wire)
        elif wire:
            raise _missing("")
        member = "Value"
        value = shape.value_
        if value is not None:
            out["Value"] = _encode_TemplateFieldValue(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CampaignAssetFieldValue(data: _Any, wire: bool) -> _classes.CampaignAssetFieldValue:
    if not wire:
        _classes.CampaignAssetFieldValue._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.CampaignAssetFieldValue)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "Field"
        value = get("Field")
        fields.field = None if value is None else _decode_CampaignAssetTemplateField(value, wire)
        member = "Value"
        value = get("Value")
        fields.value_ = None if value is None else _decode_TemplateFieldValue(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_GetCampaignAssetRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetCampaignAssetRequest):
        raise _serde.wrong_shape(_classes.GetCampaignAssetRequest, shape)
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
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetCampaignAssetRequest(data: _Any, wire: bool) -> _classes.GetCampaignAssetRequest:
    if not wire:
        _classes.GetCampaignAssetRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.GetCampaignAssetRequest)
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


def _encode_GetCampaignAssetResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetCampaignAssetResponse):
        raise _serde.wrong_shape(_classes.GetCampaignAssetResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Asset"
        value = shape.asset
        if value is not None:
            out["Asset"] = _encode_CampaignAsset(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetCampaignAssetResponse(data: _Any, wire: bool) -> _classes.GetCampaignAssetResponse:
    if not wire:
        _classes.GetCampaignAssetResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.GetCampaignAssetResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "Asset"
        value = get("Asset")
        fields.asset = None if value is None else _decode_CampaignAsset(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CampaignAssetFieldValueList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_CampaignAssetFieldValue)


def _decode_CampaignAssetFieldValueList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_CampaignAssetFieldValue)


_bind_codec(_classes.CampaignAsset, _encode_CampaignAsset, _decode_CampaignAsset)
_bind_codec(
    _classes.CampaignAssetFieldValue,
    _encode_CampaignAssetFieldValue,
    _decode_CampaignAssetFieldValue,
)
_bind_codec(
    _classes.GetCampaignAssetRequest,
    _encode_GetCampaignAssetRequest,
    _decode_GetCampaignAssetRequest,
)
_bind_codec(
    _classes.GetCampaignAssetResponse,
    _encode_GetCampaignAssetResponse,
    _decode_GetCampaignAssetResponse,
)
