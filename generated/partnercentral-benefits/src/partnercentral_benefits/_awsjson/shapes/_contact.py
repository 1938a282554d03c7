"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_contact.py``

``_encode_<Shape>(value, wire)`` gives the JSON value of a shape and
``_decode_<Shape>(data, wire)`` reads one (``wire`` False: the boto3-style dict of
``to_dict()`` and ``from_dict()``). The last lines bind them to the classes.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.exceptions import ParamValidationError as _ParamValidationError
from typed_aws_runtime.model.structure import bind_codec as _bind_codec
from typed_aws_runtime.protocols import serde as _serde

from ...shapes import _contact as _classes


def _encode_Contact(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.Contact):
        raise _serde.wrong_shape(_classes.Contact, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Email"
        value = shape.email
        if value is not None:
            out["Email"] = _serde.enc_str(value, wire)
        member = "FirstName"
        value = shape.first_name
        if value is not None:
            out["FirstName"] = _serde.enc_str(value, wire)
        member = "LastName"
        value = shape.last_name
        if value is not None:
            out["LastName"] = _serde.enc_str(value, wire)
        member = "BusinessTitle"
        value = shape.business_title
        if value is not None:
            out["BusinessTitle"] = _serde.enc_str(value, wire)
        member = "Phone"
        value = shape.phone
        if value is not None:
            out["Phone"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_Contact(data: _Any, wire: bool) -> _classes.Contact:
    if not wire:
        _classes.Contact._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.Contact)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Email")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Email")
    fields.email = value
    value = get("FirstName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "FirstName")
    fields.first_name = value
    value = get("LastName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "LastName")
    fields.last_name = value
    value = get("BusinessTitle")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "BusinessTitle")
    fields.business_title = value
    value = get("Phone")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Phone")
    fields.phone = value
    return shape


def _encode_Contacts(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_Contact)


def _decode_Contacts(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_Contact)


def _encode_CreateBenefitApplicationInputPartnerContactsList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_Contact)


def _decode_CreateBenefitApplicationInputPartnerContactsList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_Contact)


def _encode_UpdateBenefitApplicationInputPartnerContactsList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_Contact)


def _decode_UpdateBenefitApplicationInputPartnerContactsList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_Contact)


_bind_codec(_classes.Contact, _encode_Contact, _decode_Contact)
