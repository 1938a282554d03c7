"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_put_alliance_lead_contact.py``

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

from ...shapes import _put_alliance_lead_contact as _classes
from ._alliance_lead_contact import (
    _decode_AllianceLeadContact,
    _encode_AllianceLeadContact,
)


def _encode_PutAllianceLeadContactRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.PutAllianceLeadContactRequest):
        raise _serde.wrong_shape(_classes.PutAllianceLeadContactRequest, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Catalog"
        value = shape.catalog
        if value is not None:
            out["Catalog"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Identifier"
        value = shape.identifier
        if value is not None:
            out["Identifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "AllianceLeadContact"
        value = shape.alliance_lead_contact
        if value is not None:
            out["AllianceLeadContact"] = _encode_AllianceLeadContact(value, wire)
        elif wire:
            raise _missing("")
        member = "EmailVerificationCode"
        value = shape.email_verification_code
        if value is not None:
            out["EmailVerificationCode"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_PutAllianceLeadContactRequest(
    data: _Any, wire: bool
) -> _classes.PutAllianceLeadContactRequest:
    if not wire:
        _classes.PutAllianceLeadContactRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.PutAllianceLeadContactRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("Identifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Identifier")
    fields.identifier = value
    value = get("EmailVerificationCode")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EmailVerificationCode")
    fields.email_verification_code = value
    member = ""
    try:
        member = "AllianceLeadContact"
        value = get("AllianceLeadContact")
        fields.alliance_lead_contact = (
            None if value is None else _decode_AllianceLeadContact(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_PutAllianceLeadContactResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.PutAllianceLeadContactResponse):
        raise _serde.wrong_shape(_classes.PutAllianceLeadContactResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Catalog"
        value = shape.catalog
        if value is not None:
            out["Catalog"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Arn"
        value = shape.arn
        if value is not None:
            out["Arn"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Id"
        value = shape.id
        if value is not None:
            out["Id"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "AllianceLeadContact"
        value = shape.alliance_lead_contact
        if value is not None:
            out["AllianceLeadContact"] = _encode_AllianceLeadContact(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_PutAllianceLeadContactResponse(
    data: _Any, wire: bool
) -> _classes.PutAllianceLeadContactResponse:
    if not wire:
        _classes.PutAllianceLeadContactResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.PutAllianceLeadContactResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("Arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Arn")
    fields.arn = value
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    member = ""
    try:
        member = "AllianceLeadContact"
        value = get("AllianceLeadContact")
        fields.alliance_lead_contact = (
            None if value is None else _decode_AllianceLeadContact(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.PutAllianceLeadContactRequest,
    _encode_PutAllianceLeadContactRequest,
    _decode_PutAllianceLeadContactRequest,
)
_bind_codec(
    _classes.PutAllianceLeadContactResponse,
    _encode_PutAllianceLeadContactResponse,
    _decode_PutAllianceLeadContactResponse,
)
