"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_account_customer.py``

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
from ...shapes import _account_customer as _classes

_lookup_CountryCode = _enum_lookup(globals(), "_lookup_CountryCode", _enums, "CountryCode")


def _encode_AccountCustomer(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AccountCustomer):
        raise _serde.wrong_shape(_classes.AccountCustomer, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Industry"
        value = shape.industry
        if value is not None:
            out["Industry"] = _serde.enc_str(value, wire)
        member = "CompanyName"
        value = shape.company_name
        if value is not None:
            out["CompanyName"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "WebsiteUrl"
        value = shape.website_url
        if value is not None:
            out["WebsiteUrl"] = _serde.enc_str(value, wire)
        member = "CountryCode"
        value = shape.country_code
        if value is not None:
            out["CountryCode"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AccountCustomer(data: _Any, wire: bool) -> _classes.AccountCustomer:
    if not wire:
        _classes.AccountCustomer._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AccountCustomer)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Industry")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Industry")
    fields.industry = value
    value = get("CompanyName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CompanyName")
    fields.company_name = value
    value = get("WebsiteUrl")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "WebsiteUrl")
    fields.website_url = value
    member = ""
    try:
        member = "CountryCode"
        value = get("CountryCode")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.country_code = None if value is None else _lookup_CountryCode(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(_classes.AccountCustomer, _encode_AccountCustomer, _decode_AccountCustomer)
