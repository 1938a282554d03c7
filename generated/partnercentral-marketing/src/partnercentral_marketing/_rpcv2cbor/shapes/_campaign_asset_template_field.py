"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_campaign_asset_template_field.py``

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
from ...shapes import _campaign_asset_template_field as _classes
from ._layout_preview import (
    _decode_LayoutPreview,
    _encode_LayoutPreview,
)
from ..plain import (
    _decode_AllowedTagList,
    _decode_ImageFormatList,
    _encode_AllowedTagList,
    _encode_ImageFormatList,
)

_lookup_CampaignAssetCategory = _enum_lookup(
    globals(), "_lookup_CampaignAssetCategory", _enums, "CampaignAssetCategory"
)
_lookup_CampaignSetting = _enum_lookup(
    globals(), "_lookup_CampaignSetting", _enums, "CampaignSetting"
)
_lookup_PartnerProfileField = _enum_lookup(
    globals(), "_lookup_PartnerProfileField", _enums, "PartnerProfileField"
)
_lookup_TemplateFieldSection = _enum_lookup(
    globals(), "_lookup_TemplateFieldSection", _enums, "TemplateFieldSection"
)


def _encode_AssetLinkFieldType(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AssetLinkFieldType):
        raise _serde.wrong_shape(_classes.AssetLinkFieldType, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Category"
        value = shape.category
        if value is not None:
            out["Category"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "LabelFieldId"
        value = shape.label_field_id
        if value is not None:
            out["LabelFieldId"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AssetLinkFieldType(data: _Any, wire: bool) -> _classes.AssetLinkFieldType:
    if not wire:
        _classes.AssetLinkFieldType._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.AssetLinkFieldType)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("LabelFieldId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "LabelFieldId")
    fields.label_field_id = value
    member = ""
    try:
        member = "Category"
        value = get("Category")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.category = None if value is None else _lookup_CampaignAssetCategory(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CampaignAssetTemplateField(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CampaignAssetTemplateField):
        raise _serde.wrong_shape(_classes.CampaignAssetTemplateField, shape)
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
        member = "Label"
        value = shape.label
        if value is not None:
            out["Label"] = _serde.enc_str(value, wire)
        member = "Description"
        value = shape.description
        if value is not None:
            out["Description"] = _serde.enc_str(value, wire)
        member = "Section"
        value = shape.section
        if value is not None:
            out["Section"] = _serde.enc_str(value, wire)
        member = "Page"
        value = shape.page
        if value is not None:
            out["Page"] = _serde.enc_int(value, wire)
        member = "Required"
        value = shape.required
        if value is not None:
            out["Required"] = _serde.enc_bool(value, wire)
        member = "Type"
        value = shape.type
        if value is not None:
            out["Type"] = _encode_FieldType(value, wire)
        elif wire:
            raise _missing("")
        member = "CampaignSetting"
        value = shape.campaign_setting
        if value is not None:
            out["CampaignSetting"] = _serde.enc_str(value, wire)
        member = "PartnerProfileField"
        value = shape.partner_profile_field
        if value is not None:
            out["PartnerProfileField"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CampaignAssetTemplateField(
    data: _Any, wire: bool
) -> _classes.CampaignAssetTemplateField:
    if not wire:
        _classes.CampaignAssetTemplateField._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.CampaignAssetTemplateField)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("FieldId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "FieldId")
    fields.field_id = value
    value = get("Label")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Label")
    fields.label = value
    value = get("Description")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Description")
    fields.description = value
    value = get("Page")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "Page")
    fields.page = value
    value = get("Required")
    if value.__class__ is not bool and value is not None:
        value = _serde.dec_member(_serde.dec_bool, value, wire, "Required")
    fields.required = value
    member = ""
    try:
        member = "Section"
        value = get("Section")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.section = None if value is None else _lookup_TemplateFieldSection(value, value)
        member = "Type"
        value = get("Type")
        fields.type = None if value is None else _decode_FieldType(value, wire)
        member = "CampaignSetting"
        value = get("CampaignSetting")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.campaign_setting = None if value is None else _lookup_CampaignSetting(value, value)
        member = "PartnerProfileField"
        value = get("PartnerProfileField")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.partner_profile_field = (
            None if value is None else _lookup_PartnerProfileField(value, value)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ImageFieldType(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ImageFieldType):
        raise _serde.wrong_shape(_classes.ImageFieldType, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "MaxSizeBytes"
        value = shape.max_size_bytes
        if value is not None:
            out["MaxSizeBytes"] = _serde.enc_int(value, wire)
        member = "AllowedFormats"
        value = shape.allowed_formats
        if value is not None:
            out["AllowedFormats"] = _encode_ImageFormatList(value, wire)
        member = "DefaultValue"
        value = shape.default_value
        if value is not None:
            out["DefaultValue"] = _encode_LayoutPreview(value, wire)
        member = "RecommendedWidthPixels"
        value = shape.recommended_width_pixels
        if value is not None:
            out["RecommendedWidthPixels"] = _serde.enc_int(value, wire)
        member = "RecommendedHeightPixels"
        value = shape.recommended_height_pixels
        if value is not None:
            out["RecommendedHeightPixels"] = _serde.enc_int(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ImageFieldType(data: _Any, wire: bool) -> _classes.ImageFieldType:
    if not wire:
        _classes.ImageFieldType._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.ImageFieldType)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("MaxSizeBytes")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "MaxSizeBytes")
    fields.max_size_bytes = value
    value = get("RecommendedWidthPixels")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "RecommendedWidthPixels")
    fields.recommended_width_pixels = value
    value = get("RecommendedHeightPixels")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "RecommendedHeightPixels")
    fields.recommended_height_pixels = value
    member = ""
    try:
        member = "AllowedFormats"
        value = get("AllowedFormats")
        fields.allowed_formats = None if value is None else _decode_ImageFormatList(value, wire)
        member = "DefaultValue"
        value = get("DefaultValue")
        fields.default_value = None if value is None else _decode_LayoutPreview(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_RichTextFieldType(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.RichTextFieldType):
        raise _serde.wrong_shape(_classes.RichTextFieldType, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "MaxLength"
        value = shape.max_length
        if value is not None:
            out["MaxLength"] = _serde.enc_int(value, wire)
        member = "AllowedTags"
        value = shape.allowed_tags
        if value is not None:
            out["AllowedTags"] = _encode_AllowedTagList(value, wire)
        elif wire:
            raise _missing("")
        member = "Placeholder"
        value = shape.placeholder
        if value is not None:
            out["Placeholder"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_RichTextFieldType(data: _Any, wire: bool) -> _classes.RichTextFieldType:
    if not wire:
        _classes.RichTextFieldType._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.RichTextFieldType)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("MaxLength")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "MaxLength")
    fields.max_length = value
    value = get("Placeholder")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Placeholder")
    fields.placeholder = value
    member = ""
    try:
        member = "AllowedTags"
        value = get("AllowedTags")
        fields.allowed_tags = None if value is None else _decode_AllowedTagList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_TextFieldType(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.TextFieldType):
        raise _serde.wrong_shape(_classes.TextFieldType, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "MinLength"
        value = shape.min_length
        if value is not None:
            out["MinLength"] = _serde.enc_int(value, wire)
        member = "MaxLength"
        value = shape.max_length
        if value is not None:
            out["MaxLength"] = _serde.enc_int(value, wire)
        member = "Pattern"
        value = shape.pattern
        if value is not None:
            out["Pattern"] = _serde.enc_str(value, wire)
        member = "Placeholder"
        value = shape.placeholder
        if value is not None:
            out["Placeholder"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_TextFieldType(data: _Any, wire: bool) -> _classes.TextFieldType:
    if not wire:
        _classes.TextFieldType._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.TextFieldType)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("MinLength")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "MinLength")
    fields.min_length = value
    value = get("MaxLength")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "MaxLength")
    fields.max_length = value
    value = get("Pattern")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Pattern")
    fields.pattern = value
    value = get("Placeholder")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Placeholder")
    fields.placeholder = value
    return shape


def _encode_FieldType(union: _Any, wire: bool) -> _Any:
    if not isinstance(union, _classes.FieldType):
        raise _serde.wrong_shape(_classes.FieldType, union)
    return union._encode(wire)  # the variant's


def _decode_FieldType(data: _Any, wire: bool) -> _classes.FieldType:
    tag, value = _classes.FieldType._single_item(data)
    try:
        if tag == "Text":
            return _classes.FieldTypeText(_decode_TextFieldType(value, wire))
        if tag == "RichText":
            return _classes.FieldTypeRichText(_decode_RichTextFieldType(value, wire))
        if tag == "Image":
            return _classes.FieldTypeImage(_decode_ImageFieldType(value, wire))
        if tag == "AssetLink":
            return _classes.FieldTypeAssetLink(_decode_AssetLinkFieldType(value, wire))
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, tag) from None
    if not wire:
        _classes.FieldType._check_keys(data)
    return _classes.FieldTypeUnknown(tag, value)


def _encode_FieldTypeText(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"Text": _encode_TextFieldType(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("Text") from None


def _encode_FieldTypeRichText(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"RichText": _encode_RichTextFieldType(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("RichText") from None


def _encode_FieldTypeImage(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"Image": _encode_ImageFieldType(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("Image") from None


def _encode_FieldTypeAssetLink(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"AssetLink": _encode_AssetLinkFieldType(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("AssetLink") from None


def _encode_CampaignAssetTemplateFieldList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_CampaignAssetTemplateField)


def _decode_CampaignAssetTemplateFieldList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_CampaignAssetTemplateField)


_bind_codec(_classes.AssetLinkFieldType, _encode_AssetLinkFieldType, _decode_AssetLinkFieldType)
_bind_codec(
    _classes.CampaignAssetTemplateField,
    _encode_CampaignAssetTemplateField,
    _decode_CampaignAssetTemplateField,
)
_bind_codec(_classes.ImageFieldType, _encode_ImageFieldType, _decode_ImageFieldType)
_bind_codec(_classes.RichTextFieldType, _encode_RichTextFieldType, _decode_RichTextFieldType)
_bind_codec(_classes.TextFieldType, _encode_TextFieldType, _decode_TextFieldType)
_bind_codec(_classes.FieldType, decode=_decode_FieldType)
_bind_codec(_classes.FieldTypeText, _encode_FieldTypeText)
_bind_codec(_classes.FieldTypeRichText, _encode_FieldTypeRichText)
_bind_codec(_classes.FieldTypeImage, _encode_FieldTypeImage)
_bind_codec(_classes.FieldTypeAssetLink, _encode_FieldTypeAssetLink)
