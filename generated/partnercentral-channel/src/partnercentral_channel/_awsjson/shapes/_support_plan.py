"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_support_plan.py``

``_encode_<Shape>(value, wire)`` gives the JSON value of a shape and
``_decode_<Shape>(data, wire)`` reads one (``wire`` False: the boto3-style dict of
``to_dict()`` and ``from_dict()``). The last lines bind them to the classes.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.exceptions import ParamValidationError as _ParamValidationError
from typed_aws_runtime.model.lazy import enum_lookup as _enum_lookup
from typed_aws_runtime.model.structure import bind_codec as _bind_codec
from typed_aws_runtime.protocols import serde as _serde
from typed_aws_runtime.protocols.serde import missing as _missing

from ... import enums as _enums
from ...shapes import _support_plan as _classes

_lookup_Coverage = _enum_lookup(globals(), "_lookup_Coverage", _enums, "Coverage")
_lookup_Provider = _enum_lookup(globals(), "_lookup_Provider", _enums, "Provider")


def _encode_PartnerLedSupport(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.PartnerLedSupport):
        raise _serde.wrong_shape(_classes.PartnerLedSupport, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "coverage"
        value = shape.coverage
        if value is not None:
            out["coverage"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "provider"
        value = shape.provider
        if value is not None:
            out["provider"] = _serde.enc_str(value, wire)
        member = "tamLocation"
        value = shape.tam_location
        if value is not None:
            out["tamLocation"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_PartnerLedSupport(data: _Any, wire: bool) -> _classes.PartnerLedSupport:
    if not wire:
        _classes.PartnerLedSupport._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.PartnerLedSupport)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("tamLocation")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "tamLocation")
    fields.tam_location = value
    member = ""
    try:
        member = "coverage"
        value = get("coverage")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.coverage = None if value is None else _lookup_Coverage(value, value)
        member = "provider"
        value = get("provider")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.provider = None if value is None else _lookup_Provider(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ResoldEnterprise(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ResoldEnterprise):
        raise _serde.wrong_shape(_classes.ResoldEnterprise, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "coverage"
        value = shape.coverage
        if value is not None:
            out["coverage"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "tamLocation"
        value = shape.tam_location
        if value is not None:
            out["tamLocation"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "chargeAccountId"
        value = shape.charge_account_id
        if value is not None:
            out["chargeAccountId"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ResoldEnterprise(data: _Any, wire: bool) -> _classes.ResoldEnterprise:
    if not wire:
        _classes.ResoldEnterprise._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ResoldEnterprise)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("tamLocation")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "tamLocation")
    fields.tam_location = value
    value = get("chargeAccountId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "chargeAccountId")
    fields.charge_account_id = value
    member = ""
    try:
        member = "coverage"
        value = get("coverage")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.coverage = None if value is None else _lookup_Coverage(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ResoldUnifiedOperations(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ResoldUnifiedOperations):
        raise _serde.wrong_shape(_classes.ResoldUnifiedOperations, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "coverage"
        value = shape.coverage
        if value is not None:
            out["coverage"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "tamLocation"
        value = shape.tam_location
        if value is not None:
            out["tamLocation"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "chargeAccountId"
        value = shape.charge_account_id
        if value is not None:
            out["chargeAccountId"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ResoldUnifiedOperations(data: _Any, wire: bool) -> _classes.ResoldUnifiedOperations:
    if not wire:
        _classes.ResoldUnifiedOperations._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ResoldUnifiedOperations)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("tamLocation")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "tamLocation")
    fields.tam_location = value
    value = get("chargeAccountId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "chargeAccountId")
    fields.charge_account_id = value
    member = ""
    try:
        member = "coverage"
        value = get("coverage")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.coverage = None if value is None else _lookup_Coverage(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_SupportPlan(union: _Any, wire: bool) -> _Any:
    if not isinstance(union, _classes.SupportPlan):
        raise _serde.wrong_shape(_classes.SupportPlan, union)
    return union._encode(wire)  # the variant's


def _decode_SupportPlan(data: _Any, wire: bool) -> _classes.SupportPlan:
    tag, value = _classes.SupportPlan._single_item(data)
    try:
        if tag == "resoldEnterprise":
            return _classes.SupportPlanResoldEnterprise(_decode_ResoldEnterprise(value, wire))
        if tag == "partnerLedSupport":
            return _classes.SupportPlanPartnerLedSupport(_decode_PartnerLedSupport(value, wire))
        if tag == "resoldUnifiedOperations":
            return _classes.SupportPlanResoldUnifiedOperations(
                _decode_ResoldUnifiedOperations(value, wire)
            )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, tag) from None
    if not wire:
        _classes.SupportPlan._check_keys(data)
    return _classes.SupportPlanUnknown(tag, value)


def _encode_SupportPlanResoldEnterprise(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"resoldEnterprise": _encode_ResoldEnterprise(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("resoldEnterprise") from None


def _encode_SupportPlanPartnerLedSupport(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"partnerLedSupport": _encode_PartnerLedSupport(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("partnerLedSupport") from None


def _encode_SupportPlanResoldUnifiedOperations(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"resoldUnifiedOperations": _encode_ResoldUnifiedOperations(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("resoldUnifiedOperations") from None


_bind_codec(_classes.PartnerLedSupport, _encode_PartnerLedSupport, _decode_PartnerLedSupport)
_bind_codec(_classes.ResoldEnterprise, _encode_ResoldEnterprise, _decode_ResoldEnterprise)
_bind_codec(
    _classes.ResoldUnifiedOperations,
    _encode_ResoldUnifiedOperations,
    _decode_ResoldUnifiedOperations,
)
_bind_codec(_classes.SupportPlan, decode=_decode_SupportPlan)
_bind_codec(_classes.SupportPlanResoldEnterprise, _encode_SupportPlanResoldEnterprise)
_bind_codec(_classes.SupportPlanPartnerLedSupport, _encode_SupportPlanPartnerLedSupport)
_bind_codec(
    _classes.SupportPlanResoldUnifiedOperations, _encode_SupportPlanResoldUnifiedOperations
)
