"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_get_campaign_template.py``

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
from ...shapes import _get_campaign_template as _classes
from ._campaign_asset_template_field import (
    _decode_CampaignAssetTemplateFieldList,
    _encode_CampaignAssetTemplateFieldList,
)
from ._layout_preview import (
    _decode_LayoutPreviewList,
    _encode_LayoutPreviewList,
)
from ..plain import (
    _decode_AwsServicesList,
    _decode_CampaignAssetTemplateIdList,
    _decode_CustomerSegmentList,
    _decode_ThemeList,
    _encode_AwsServicesList,
    _encode_CampaignAssetTemplateIdList,
    _encode_CustomerSegmentList,
    _encode_ThemeList,
)

_lookup_AssetLanguage = _enum_lookup(globals(), "_lookup_AssetLanguage", _enums, "AssetLanguage")
_lookup_CampaignAssetTemplateType = _enum_lookup(
    globals(), "_lookup_CampaignAssetTemplateType", _enums, "CampaignAssetTemplateType"
)
_lookup_CampaignTemplateCollection = _enum_lookup(
    globals(), "_lookup_CampaignTemplateCollection", _enums, "CampaignTemplateCollection"
)
_lookup_Catalog = _enum_lookup(globals(), "_lookup_Catalog", _enums, "Catalog")
_lookup_Industry = _enum_lookup(globals(), "_lookup_Industry", _enums, "Industry")
_lookup_Platform = _enum_lookup(globals(), "_lookup_Platform", _enums, "Platform")


def _encode_CampaignAssetTemplate(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CampaignAssetTemplate):
        raise _serde.wrong_shape(_classes.CampaignAssetTemplate, shape)
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
        member = "Type"
        value = shape.type
        if value is not None:
            out["Type"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Label"
        value = shape.label
        if value is not None:
            out["Label"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "DisplayOrder"
        value = shape.display_order
        if value is not None:
            out["DisplayOrder"] = _serde.enc_int(value, wire)
        member = "Fields"
        value = shape.fields
        if value is not None:
            out["Fields"] = _encode_CampaignAssetTemplateFieldList(value, wire)
        member = "LayoutPreviews"
        value = shape.layout_previews
        if value is not None:
            out["LayoutPreviews"] = _encode_LayoutPreviewList(value, wire)
        member = "PrerequisiteAssetTemplateIds"
        value = shape.prerequisite_asset_template_ids
        if value is not None:
            out["PrerequisiteAssetTemplateIds"] = _encode_CampaignAssetTemplateIdList(value, wire)
        member = "SocialPlatform"
        value = shape.social_platform
        if value is not None:
            out["SocialPlatform"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CampaignAssetTemplate(data: _Any, wire: bool) -> _classes.CampaignAssetTemplate:
    if not wire:
        _classes.CampaignAssetTemplate._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.CampaignAssetTemplate)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    value = get("Label")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Label")
    fields.label = value
    value = get("DisplayOrder")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "DisplayOrder")
    fields.display_order = value
    member = ""
    try:
        member = "Type"
        value = get("Type")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.type = None if value is None else _lookup_CampaignAssetTemplateType(value, value)
        member = "Fields"
        value = get("Fields")
        fields.fields = (
            None if value is None else _decode_CampaignAssetTemplateFieldList(value, wire)
        )
        member = "LayoutPreviews"
        value = get("LayoutPreviews")
        fields.layout_previews = None if value is None else _decode_LayoutPreviewList(value, wire)
        member = "PrerequisiteAssetTemplateIds"
        value = get("PrerequisiteAssetTemplateIds")
        fields.prerequisite_asset_template_ids = (
            None if value is None else _decode_CampaignAssetTemplateIdList(value, wire)
        )
        member = "SocialPlatform"
        value = get("SocialPlatform")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.social_platform = None if value is None else _lookup_Platform(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CampaignTemplate(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CampaignTemplate):
        raise _serde.wrong_shape(_classes.CampaignTemplate, shape)
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
        member = "Name"
        value = shape.name
        if value is not None:
            out["Name"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Industry"
        value = shape.industry
        if value is not None:
            out["Industry"] = _serde.enc_str(value, wire)
        member = "UseCase"
        value = shape.use_case
        if value is not None:
            out["UseCase"] = _serde.enc_str(value, wire)
        member = "Description"
        value = shape.description
        if value is not None:
            out["Description"] = _serde.enc_str(value, wire)
        member = "LanguageCode"
        value = shape.language_code
        if value is not None:
            out["LanguageCode"] = _serde.enc_str(value, wire)
        member = "Collection"
        value = shape.collection
        if value is not None:
            out["Collection"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "AwsServices"
        value = shape.aws_services
        if value is not None:
            out["AwsServices"] = _encode_AwsServicesList(value, wire)
        member = "CustomerSegments"
        value = shape.customer_segments
        if value is not None:
            out["CustomerSegments"] = _encode_CustomerSegmentList(value, wire)
        member = "Themes"
        value = shape.themes
        if value is not None:
            out["Themes"] = _encode_ThemeList(value, wire)
        member = "SetupDuration"
        value = shape.setup_duration
        if value is not None:
            out["SetupDuration"] = _serde.enc_str(value, wire)
        member = "ThumbnailUrl"
        value = shape.thumbnail_url
        if value is not None:
            out["ThumbnailUrl"] = _serde.enc_str(value, wire)
        member = "EffectiveDateBegin"
        value = shape.effective_date_begin
        if value is not None:
            out["EffectiveDateBegin"] = _serde.enc_timestamp(value, wire)
        member = "AssetTemplates"
        value = shape.asset_templates
        if value is not None:
            out["AssetTemplates"] = _encode_CampaignAssetTemplateList(value, wire)
        member = "ReferenceMaterials"
        value = shape.reference_materials
        if value is not None:
            out["ReferenceMaterials"] = _encode_ReferenceMaterialList(value, wire)
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


def _decode_CampaignTemplate(data: _Any, wire: bool) -> _classes.CampaignTemplate:
    if not wire:
        _classes.CampaignTemplate._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.CampaignTemplate)
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
    value = get("UseCase")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "UseCase")
    fields.use_case = value
    value = get("Description")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Description")
    fields.description = value
    value = get("SetupDuration")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "SetupDuration")
    fields.setup_duration = value
    value = get("ThumbnailUrl")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ThumbnailUrl")
    fields.thumbnail_url = value
    member = ""
    try:
        member = "Industry"
        value = get("Industry")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.industry = None if value is None else _lookup_Industry(value, value)
        member = "LanguageCode"
        value = get("LanguageCode")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.language_code = None if value is None else _lookup_AssetLanguage(value, value)
        member = "Collection"
        value = get("Collection")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.collection = (
            None if value is None else _lookup_CampaignTemplateCollection(value, value)
        )
        member = "AwsServices"
        value = get("AwsServices")
        fields.aws_services = None if value is None else _decode_AwsServicesList(value, wire)
        member = "CustomerSegments"
        value = get("CustomerSegments")
        fields.customer_segments = (
            None if value is None else _decode_CustomerSegmentList(value, wire)
        )
        member = "Themes"
        value = get("Themes")
        fields.themes = None if value is None else _decode_ThemeList(value, wire)
        member = "EffectiveDateBegin"
        value = get("EffectiveDateBegin")
        fields.effective_date_begin = (
            None if value is None else _serde.dec_timestamp_cbor(value, wire)
        )
        member = "AssetTemplates"
        value = get("AssetTemplates")
        fields.asset_templates = (
            None if value is None else _decode_CampaignAssetTemplateList(value, wire)
        )
        member = "ReferenceMaterials"
        value = get("ReferenceMaterials")
        fields.reference_materials = (
            None if value is None else _decode_ReferenceMaterialList(value, wire)
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


def _encode_GetCampaignTemplateRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetCampaignTemplateRequest):
        raise _serde.wrong_shape(_classes.GetCampaignTemplateRequest, shape)
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


def _decode_GetCampaignTemplateRequest(
    data: _Any, wire: bool
) -> _classes.GetCampaignTemplateRequest:
    if not wire:
        _classes.GetCampaignTemplateRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.GetCampaignTemplateRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Identifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Identifier")
    fields.identifier = value
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


def _encode_GetCampaignTemplateResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetCampaignTemplateResponse):
        raise _serde.wrong_shape(_classes.GetCampaignTemplateResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "CampaignTemplate"
        value = shape.campaign_template
        if value is not None:
            out["CampaignTemplate"] = _encode_CampaignTemplate(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetCampaignTemplateResponse(
    data: _Any, wire: bool
) -> _classes.GetCampaignTemplateResponse:
    if not wire:
        _classes.GetCampaignTemplateResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.GetCampaignTemplateResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "CampaignTemplate"
        value = get("CampaignTemplate")
        fields.campaign_template = None if value is None else _decode_CampaignTemplate(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ReferenceMaterial(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ReferenceMaterial):
        raise _serde.wrong_shape(_classes.ReferenceMaterial, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Name"
        value = shape.name
        if value is not None:
            out["Name"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Url"
        value = shape.url
        if value is not None:
            out["Url"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ReferenceMaterial(data: _Any, wire: bool) -> _classes.ReferenceMaterial:
    if not wire:
        _classes.ReferenceMaterial._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.ReferenceMaterial)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Name")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Name")
    fields.name = value
    value = get("Url")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Url")
    fields.url = value
    return shape


def _encode_CampaignAssetTemplateList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_CampaignAssetTemplate)


def _decode_CampaignAssetTemplateList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_CampaignAssetTemplate)


def _encode_ReferenceMaterialList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_ReferenceMaterial)


def _decode_ReferenceMaterialList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_ReferenceMaterial)


_bind_codec(
    _classes.CampaignAssetTemplate, _encode_CampaignAssetTemplate, _decode_CampaignAssetTemplate
)
_bind_codec(_classes.CampaignTemplate, _encode_CampaignTemplate, _decode_CampaignTemplate)
_bind_codec(
    _classes.GetCampaignTemplateRequest,
    _encode_GetCampaignTemplateRequest,
    _decode_GetCampaignTemplateRequest,
)
_bind_codec(
    _classes.GetCampaignTemplateResponse,
    _encode_GetCampaignTemplateResponse,
    _decode_GetCampaignTemplateResponse,
)
_bind_codec(_classes.ReferenceMaterial, _encode_ReferenceMaterial, _decode_ReferenceMaterial)
