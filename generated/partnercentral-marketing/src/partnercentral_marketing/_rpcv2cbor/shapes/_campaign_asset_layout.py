"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_campaign_asset_layout.py``

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

from ...shapes import _campaign_asset_layout as _classes
from ._layout_preview import (
    _decode_LayoutPreviewList,
    _encode_LayoutPreviewList,
)
from ..plain import (
    _decode_TemplateFieldIdList,
    _encode_TemplateFieldIdList,
)


def _encode_CampaignAssetLayout(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CampaignAssetLayout):
        raise _serde.wrong_shape(_classes.CampaignAssetLayout, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Selected"
        value = shape.selected
        if value is not None:
            out["Selected"] = _serde.enc_str(value, wire)
        member = "Options"
        value = shape.options
        if value is not None:
            out["Options"] = _encode_CampaignAssetLayoutOptionList(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CampaignAssetLayout(data: _Any, wire: bool) -> _classes.CampaignAssetLayout:
    if not wire:
        _classes.CampaignAssetLayout._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.CampaignAssetLayout)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Selected")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Selected")
    fields.selected = value
    member = ""
    try:
        member = "Options"
        value = get("Options")
        fields.options = (
            None if value is None else _decode_CampaignAssetLayoutOptionList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CampaignAssetLayoutOption(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CampaignAssetLayoutOption):
        raise _serde.wrong_shape(_classes.CampaignAssetLayoutOption, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Value"
        value = shape.value_
        if value is not None:
            out["Value"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Label"
        value = shape.label
        if value is not None:
            out["Label"] = _serde.enc_str(value, wire)
        member = "FieldIds"
        value = shape.field_ids
        if value is not None:
            out["FieldIds"] = _encode_TemplateFieldIdList(value, wire)
        elif wire:
            raise _missing("")
        member = "LayoutPreviews"
        value = shape.layout_previews
        if value is not None:
            out["LayoutPreviews"] = _encode_LayoutPreviewList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CampaignAssetLayoutOption(
    data: _Any, wire: bool
) -> _classes.CampaignAssetLayoutOption:
    if not wire:
        _classes.CampaignAssetLayoutOption._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.CampaignAssetLayoutOption)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Value")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Value")
    fields.value_ = value
    value = get("Label")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Label")
    fields.label = value
    member = ""
    try:
        member = "FieldIds"
        value = get("FieldIds")
        fields.field_ids = None if value is None else _decode_TemplateFieldIdList(value, wire)
        member = "LayoutPreviews"
        value = get("LayoutPreviews")
        fields.layout_previews = None if value is None else _decode_LayoutPreviewList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CampaignAssetLayoutOptionList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_CampaignAssetLayoutOption)


def _decode_CampaignAssetLayoutOptionList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_CampaignAssetLayoutOption)


_bind_codec(_classes.CampaignAssetLayout, _encode_CampaignAssetLayout, _decode_CampaignAssetLayout)
_bind_codec(
    _classes.CampaignAssetLayoutOption,
    _encode_CampaignAssetLayoutOption,
    _decode_CampaignAssetLayoutOption,
)
