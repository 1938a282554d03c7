"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_address.py``

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

from ...shapes import _address as _classes


def _encode_Address(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.Address):
        raise _serde.wrong_shape(_classes.Address, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "city"
        value = shape.city
        if value is not None:
            out["city"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "stateOrRegion"
        value = shape.state_or_region
        if value is not None:
            out["stateOrRegion"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "postalCode"
        value = shape.postal_code
        if value is not None:
            out["postalCode"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "countryCode"
        value = shape.country_code
        if value is not None:
            out["countryCode"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "addressLine"
        value = shape.address_line
        if value is not None:
            out["addressLine"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "addressLine2"
        value = shape.address_line2
        if value is not None:
            out["addressLine2"] = _serde.enc_str(value, wire)
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
    value = get("city")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "city")
    fields.city = value
    value = get("stateOrRegion")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "stateOrRegion")
    fields.state_or_region = value
    value = get("postalCode")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "postalCode")
    fields.postal_code = value
    value = get("countryCode")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "countryCode")
    fields.country_code = value
    value = get("addressLine")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "addressLine")
    fields.address_line = value
    value = get("addressLine2")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "addressLine2")
    fields.address_line2 = value
    return shape


_bind_codec(_classes.Address, _encode_Address, _decode_Address)
