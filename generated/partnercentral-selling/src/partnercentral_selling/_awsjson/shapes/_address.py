"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_address.py``

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

from ... import enums as _enums
from ...shapes import _address as _classes

_lookup_CountryCode = _enum_lookup(globals(), "_lookup_CountryCode", _enums, "CountryCode")


def _encode_Address(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.Address):
        raise _serde.wrong_shape(_classes.Address, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "City"
        value = shape.city
        if value is not None:
            out["City"] = _serde.enc_str(value, wire)
        member = "PostalCode"
        value = shape.postal_code
        if value is not None:
            out["PostalCode"] = _serde.enc_str(value, wire)
        member = "StateOrRegion"
        value = shape.state_or_region
        if value is not None:
            out["StateOrRegion"] = _serde.enc_str(value, wire)
        member = "CountryCode"
        value = shape.country_code
        if value is not None:
            out["CountryCode"] = _serde.enc_str(value, wire)
        member = "StreetAddress"
        value = shape.street_address
        if value is not None:
            out["StreetAddress"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_Address(data: _Any, wire: bool) -> _classes.Address:
    if not wire:
        _classes.Address._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.Address)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("City")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "City")
    fields.city = value
    value = get("PostalCode")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "PostalCode")
    fields.postal_code = value
    value = get("StateOrRegion")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "StateOrRegion")
    fields.state_or_region = value
    value = get("StreetAddress")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "StreetAddress")
    fields.street_address = value
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


_bind_codec(_classes.Address, _encode_Address, _decode_Address)
