"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_customer_account_data.py``

``_encode_<Shape>(value, wire)`` gives the JSON value of a shape and
``_decode_<Shape>(data, wire)`` reads one (``wire`` False: the boto3-style dict of
``to_dict()`` and ``from_dict()``). The last lines bind them to the classes.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.exceptions import ParamValidationError as _ParamValidationError
from typed_aws_runtime.model.structure import bind_codec as _bind_codec
from typed_aws_runtime.protocols import serde as _serde
from typed_aws_runtime.protocols.serde import missing as _missing

from ...shapes import _customer_account_data as _classes
from ._address import (
    _decode_Address,
    _encode_Address,
)


def _encode_CustomerAccountData(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CustomerAccountData):
        raise _serde.wrong_shape(_classes.CustomerAccountData, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
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
        member = "Duns"
        value = shape.duns
        if value is not None:
            out["Duns"] = _serde.enc_str(value, wire)
        member = "Address"
        value = shape.address
        if value is not None:
            out["Address"] = _encode_Address(value, wire)
        member = "Industry"
        value = shape.industry
        if value is not None:
            out["Industry"] = _serde.enc_str(value, wire)
        member = "OtherIndustry"
        value = shape.other_industry
        if value is not None:
            out["OtherIndustry"] = _serde.enc_str(value, wire)
        member = "Domain"
        value = shape.domain
        if value is not None:
            out["Domain"] = _serde.enc_str(value, wire)
        member = "ParentCompanyName"
        value = shape.parent_company_name
        if value is not None:
            out["ParentCompanyName"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CustomerAccountData(data: _Any, wire: bool) -> _classes.CustomerAccountData:
    if not wire:
        _classes.CustomerAccountData._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CustomerAccountData)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("CompanyName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CompanyName")
    fields.company_name = value
    value = get("WebsiteUrl")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "WebsiteUrl")
    fields.website_url = value
    value = get("Duns")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Duns")
    fields.duns = value
    value = get("Industry")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Industry")
    fields.industry = value
    value = get("OtherIndustry")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "OtherIndustry")
    fields.other_industry = value
    value = get("Domain")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Domain")
    fields.domain = value
    value = get("ParentCompanyName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ParentCompanyName")
    fields.parent_company_name = value
    member = ""
    try:
        member = "Address"
        value = get("Address")
        fields.address = None if value is None else _decode_Address(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(_classes.CustomerAccountData, _encode_CustomerAccountData, _decode_CustomerAccountData)
