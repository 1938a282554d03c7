"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_expected_customer_spend.py``

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
from ...shapes import _expected_customer_spend as _classes

_lookup_CurrencyCode = _enum_lookup(globals(), "_lookup_CurrencyCode", _enums, "CurrencyCode")
_lookup_PaymentFrequency = _enum_lookup(
    globals(), "_lookup_PaymentFrequency", _enums, "PaymentFrequency"
)


def _encode_ExpectedCustomerSpend(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ExpectedCustomerSpend):
        raise _serde.wrong_shape(_classes.ExpectedCustomerSpend, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Amount"
        value = shape.amount
        if value is not None:
            out["Amount"] = _serde.enc_str(value, wire)
        member = "CurrencyCode"
        value = shape.currency_code
        if value is not None:
            out["CurrencyCode"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Frequency"
        value = shape.frequency
        if value is not None:
            out["Frequency"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "TargetCompany"
        value = shape.target_company
        if value is not None:
            out["TargetCompany"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "EstimationUrl"
        value = shape.estimation_url
        if value is not None:
            out["EstimationUrl"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ExpectedCustomerSpend(data: _Any, wire: bool) -> _classes.ExpectedCustomerSpend:
    if not wire:
        _classes.ExpectedCustomerSpend._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ExpectedCustomerSpend)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Amount")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Amount")
    fields.amount = value
    value = get("TargetCompany")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "TargetCompany")
    fields.target_company = value
    value = get("EstimationUrl")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EstimationUrl")
    fields.estimation_url = value
    member = ""
    try:
        member = "CurrencyCode"
        value = get("CurrencyCode")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.currency_code = None if value is None else _lookup_CurrencyCode(value, value)
        member = "Frequency"
        value = get("Frequency")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.frequency = None if value is None else _lookup_PaymentFrequency(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ExpectedCustomerSpendList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_ExpectedCustomerSpend)


def _decode_ExpectedCustomerSpendList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_ExpectedCustomerSpend)


_bind_codec(
    _classes.ExpectedCustomerSpend, _encode_ExpectedCustomerSpend, _decode_ExpectedCustomerSpend
)
