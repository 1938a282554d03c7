"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_campaign_asset_activation_outcome.py``

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
from ...shapes import _campaign_asset_activation_outcome as _classes

_lookup_CampaignAssetActivationStatus = _enum_lookup(
    globals(), "_lookup_CampaignAssetActivationStatus", _enums, "CampaignAssetActivationStatus"
)
_lookup_CampaignAssetStateReason = _enum_lookup(
    globals(), "_lookup_CampaignAssetStateReason", _enums, "CampaignAssetStateReason"
)


def _encode_CampaignAssetActivationOutcome(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CampaignAssetActivationOutcome):
        raise _serde.wrong_shape(_classes.CampaignAssetActivationOutcome, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "CampaignAssetId"
        value = shape.campaign_asset_id
        if value is not None:
            out["CampaignAssetId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Reason"
        value = shape.reason
        if value is not None:
            out["Reason"] = _serde.enc_str(value, wire)
        member = "Message"
        value = shape.message
        if value is not None:
            out["Message"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CampaignAssetActivationOutcome(
    data: _Any, wire: bool
) -> _classes.CampaignAssetActivationOutcome:
    if not wire:
        _classes.CampaignAssetActivationOutcome._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.CampaignAssetActivationOutcome)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("CampaignAssetId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CampaignAssetId")
    fields.campaign_asset_id = value
    value = get("Message")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Message")
    fields.message = value
    member = ""
    try:
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = (
            None if value is None else _lookup_CampaignAssetActivationStatus(value, value)
        )
        member = "Reason"
        value = get("Reason")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.reason = None if value is None else _lookup_CampaignAssetStateReason(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CampaignAssetActivationOutcomes(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_CampaignAssetActivationOutcome)


def _decode_CampaignAssetActivationOutcomes(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_CampaignAssetActivationOutcome)


_bind_codec(
    _classes.CampaignAssetActivationOutcome,
    _encode_CampaignAssetActivationOutcome,
    _decode_CampaignAssetActivationOutcome,
)
