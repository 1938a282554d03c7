"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_activation_issue.py``

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
from ...shapes import _activation_issue as _classes
from ..plain import (
    _decode_CampaignAssetIdList,
    _encode_CampaignAssetIdList,
)

_lookup_CampaignAssetStateReason = _enum_lookup(
    globals(), "_lookup_CampaignAssetStateReason", _enums, "CampaignAssetStateReason"
)
_lookup_CampaignSetting = _enum_lookup(
    globals(), "_lookup_CampaignSetting", _enums, "CampaignSetting"
)
_lookup_PartnerProfileField = _enum_lookup(
    globals(), "_lookup_PartnerProfileField", _enums, "PartnerProfileField"
)


def _encode_ActivationIssue(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ActivationIssue):
        raise _serde.wrong_shape(_classes.ActivationIssue, shape)
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
        member = "FieldId"
        value = shape.field_id
        if value is not None:
            out["FieldId"] = _serde.enc_str(value, wire)
        member = "CampaignSetting"
        value = shape.campaign_setting
        if value is not None:
            out["CampaignSetting"] = _serde.enc_str(value, wire)
        member = "PartnerProfileField"
        value = shape.partner_profile_field
        if value is not None:
            out["PartnerProfileField"] = _serde.enc_str(value, wire)
        member = "AffectedAssetIds"
        value = shape.affected_asset_ids
        if value is not None:
            out["AffectedAssetIds"] = _encode_CampaignAssetIdList(value, wire)
        member = "Message"
        value = shape.message
        if value is not None:
            out["Message"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ActivationIssue(data: _Any, wire: bool) -> _classes.ActivationIssue:
    if not wire:
        _classes.ActivationIssue._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.ActivationIssue)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("FieldId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "FieldId")
    fields.field_id = value
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
        fields.code = None if value is None else _lookup_CampaignAssetStateReason(value, value)
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
        member = "AffectedAssetIds"
        value = get("AffectedAssetIds")
        fields.affected_asset_ids = (
            None if value is None else _decode_CampaignAssetIdList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ActivationIssueList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_ActivationIssue)


def _decode_ActivationIssueList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_ActivationIssue)


_bind_codec(_classes.ActivationIssue, _encode_ActivationIssue, _decode_ActivationIssue)
