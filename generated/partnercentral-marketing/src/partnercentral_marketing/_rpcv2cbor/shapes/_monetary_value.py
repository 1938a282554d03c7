"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_monetary_value.py``

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

from ...shapes import _monetary_value as _classes
from ..plain import (
    _decode_CompanySizeList,
    _decode_CountryCodeList,
    _decode_IndustryList,
    _encode_CompanySizeList,
    _encode_CountryCodeList,
    _encode_IndustryList,
)


def _encode_MonetaryValue(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.MonetaryValue):
        raise _serde.wrong_shape(_classes.MonetaryValue, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Amount"
        value = shape.amount
        if value is not None:
            out["Amount"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "CurrencyCode"
        value = shape.currency_code
        if value is not None:
            out["CurrencyCode"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_MonetaryValue(data: _Any, wire: bool) -> _classes.MonetaryValue:
    if not wire:
        _classes.MonetaryValue._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.MonetaryValue)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Amount")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Amount")
    fields.amount = value
    value = get("CurrencyCode")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CurrencyCode")
    fields.currency_code = value
    return shape


def _encode_TargetAudience(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.TargetAudience):
        raise _serde.wrong_shape(_classes.TargetAudience, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Industries"
        value = shape.industries
        if value is not None:
            out["Industries"] = _encode_IndustryList(value, wire)
        member = "CompanySizes"
        value = shape.company_sizes
        if value is not None:
            out["CompanySizes"] = _encode_CompanySizeList(value, wire)
        member = "Countries"
        value = shape.countries
        if value is not None:
            out["Countries"] = _encode_CountryCodeList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_TargetAudience(data: _Any, wire: bool) -> _classes.TargetAudience:
    if not wire:
        _classes.TargetAudience._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.TargetAudience)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "Industries"
        value = get("Industries")
        fields.industries = None if value is None else _decode_IndustryList(value, wire)
        member = "CompanySizes"
        value = get("CompanySizes")
        fields.company_sizes = None if value is None else _decode_CompanySizeList(value, wire)
        member = "Countries"
        value = get("Countries")
        fields.countries = None if value is None else _decode_CountryCodeList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(_classes.MonetaryValue, _encode_MonetaryValue, _decode_MonetaryValue)
_bind_codec(_classes.TargetAudience, _encode_TargetAudience, _decode_TargetAudience)
