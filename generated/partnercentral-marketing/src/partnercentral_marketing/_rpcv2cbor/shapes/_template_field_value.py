"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_template_field_value.py``

``_encode_<Shape>(value, wire)`` gives the CBOR value of a shape and
``_decode_<Shape>(data, wire)`` reads one (``wire`` False: the boto3-style dict of
``to_dict()`` and ``from_dict()``). The last lines bind them to the classes.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.exceptions import ParamValidationError as _ParamValidationError
from typed_aws_runtime.model.structure import bind_codec as _bind_codec
from typed_aws_runtime.protocols import cborserde as _serde
from typed_aws_runtime.protocols.cborserde import missing as _missing

from ...shapes import _template_field_value as _classes


def _encode_CampaignAssetImageSource(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CampaignAssetImageSource):
        raise _serde.wrong_shape(_classes.CampaignAssetImageSource, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
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
        member = "FieldId"
        value = shape.field_id
        if value is not None:
            out["FieldId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CampaignAssetImageSource(data: _Any, wire: bool) -> _classes.CampaignAssetImageSource:
    if not wire:
        _classes.CampaignAssetImageSource._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.CampaignAssetImageSource)
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
    value = get("FieldId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "FieldId")
    fields.field_id = value
    return shape


def _encode_TemplateFieldValue(union: _Any, wire: bool) -> _Any:
    if not isinstance(union, _classes.TemplateFieldValue):
        raise _serde.wrong_shape(_classes.TemplateFieldValue, union)
    return union._encode(wire)  # the variant's


def _decode_TemplateFieldValue(data: _Any, wire: bool) -> _classes.TemplateFieldValue:
    tag, value = _classes.TemplateFieldValue._single_item(data)
    try:
        if tag == "Text":
            value = _serde.dec_str(value, wire)
            return _classes.TemplateFieldValueText(value)
        if tag == "ImageReference":
            value = _serde.dec_str(value, wire)
            return _classes.TemplateFieldValueImageReference(value)
        if tag == "LinkedAssetId":
            value = _serde.dec_str(value, wire)
            return _classes.TemplateFieldValueLinkedAssetId(value)
        if tag == "CampaignAssetImage":
            return _classes.TemplateFieldValueCampaignAssetImage(
                _decode_CampaignAssetImageSource(value, wire)
            )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, tag) from None
    if not wire:
        _classes.TemplateFieldValue._check_keys(data)
    return _classes.TemplateFieldValueUnknown(tag, value)


def _encode_TemplateFieldValueText(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"Text": _serde.enc_str(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("Text") from None


def _encode_TemplateFieldValueImageReference(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"ImageReference": _serde.enc_str(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("ImageReference") from None


def _encode_TemplateFieldValueLinkedAssetId(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"LinkedAssetId": _serde.enc_str(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("LinkedAssetId") from None


def _encode_TemplateFieldValueCampaignAssetImage(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"CampaignAssetImage": _encode_CampaignAssetImageSource(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("CampaignAssetImage") from None


_bind_codec(
    _classes.CampaignAssetImageSource,
    _encode_CampaignAssetImageSource,
    _decode_CampaignAssetImageSource,
)
_bind_codec(_classes.TemplateFieldValue, decode=_decode_TemplateFieldValue)
_bind_codec(_classes.TemplateFieldValueText, _encode_TemplateFieldValueText)
_bind_codec(_classes.TemplateFieldValueImageReference, _encode_TemplateFieldValueImageReference)
_bind_codec(_classes.TemplateFieldValueLinkedAssetId, _encode_TemplateFieldValueLinkedAssetId)
_bind_codec(
    _classes.TemplateFieldValueCampaignAssetImage, _encode_TemplateFieldValueCampaignAssetImage
)
