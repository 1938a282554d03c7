"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_customer.py``

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
from ...shapes import _customer as _classes
from ._address import (
    _decode_Address,
    _encode_Address,
)
from ._contact import (
    _decode_CustomerContactsList,
    _encode_CustomerContactsList,
)

_lookup_Industry = _enum_lookup(globals(), "_lookup_Industry", _enums, "Industry")


def _encode_Account(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.Account):
        raise _serde.wrong_shape(_classes.Account, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Industry"
        value = shape.industry
        if value is not None:
            out["Industry"] = _serde.enc_str(value, wire)
        member = "OtherIndustry"
        value = shape.other_industry
        if value is not None:
            out["OtherIndustry"] = _serde.enc_str(value, wire)
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
        member = "AwsAccountId"
        value = shape.aws_account_id
        if value is not None:
            out["AwsAccountId"] = _serde.enc_str(value, wire)
        member = "Address"
        value = shape.address
        if value is not None:
            out["Address"] = _encode_Address(value, wire)
        member = "Duns"
        value = shape.duns
        if value is not None:
            out["Duns"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_Account(data: _Any, wire: bool) -> _classes.Account:
    if not wire:
        _classes.Account._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.Account)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("OtherIndustry")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "OtherIndustry")
    fields.other_industry = value
    value = get("CompanyName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CompanyName")
    fields.company_name = value
    value = get("WebsiteUrl")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "WebsiteUrl")
    fields.website_url = value
    value = get("AwsAccountId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "AwsAccountId")
    fields.aws_account_id = value
    value = get("Duns")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Duns")
    fields.duns = value
    member = ""
    try:
        member = "Industry"
        value = get("Industry")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.industry = None if value is None else _lookup_Industry(value, value)
        member = "Address"
        value = get("Address")
        fields.address = None if value is None else _decode_Address(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_Customer(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.Customer):
        raise _serde.wrong_shape(_classes.Customer, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Account"
        value = shape.account
        if value is not None:
            out["Account"] = _encode_Account(value, wire)
        member = "Contacts"
        value = shape.contacts
        if value is not None:
            out["Contacts"] = _encode_CustomerContactsList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_Customer(data: _Any, wire: bool) -> _classes.Customer:
    if not wire:
        _classes.Customer._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.Customer)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "Account"
        value = get("Account")
        fields.account = None if value is None else _decode_Account(value, wire)
        member = "Contacts"
        value = get("Contacts")
        fields.contacts = None if value is None else _decode_CustomerContactsList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(_classes.Account, _encode_Account, _decode_Account)
_bind_codec(_classes.Customer, _encode_Customer, _decode_Customer)
