"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_participant.py``

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

from ...shapes import _participant as _classes


def _encode_AccountSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AccountSummary):
        raise _serde.wrong_shape(_classes.AccountSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Name"
        value = shape.name
        if value is not None:
            out["Name"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AccountSummary(data: _Any, wire: bool) -> _classes.AccountSummary:
    if not wire:
        _classes.AccountSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AccountSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Name")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Name")
    fields.name = value
    return shape


def _encode_PartnerProfileSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.PartnerProfileSummary):
        raise _serde.wrong_shape(_classes.PartnerProfileSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Id"
        value = shape.id
        if value is not None:
            out["Id"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Name"
        value = shape.name
        if value is not None:
            out["Name"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_PartnerProfileSummary(data: _Any, wire: bool) -> _classes.PartnerProfileSummary:
    if not wire:
        _classes.PartnerProfileSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.PartnerProfileSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    value = get("Name")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Name")
    fields.name = value
    return shape


def _encode_SellerProfileSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.SellerProfileSummary):
        raise _serde.wrong_shape(_classes.SellerProfileSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Id"
        value = shape.id
        if value is not None:
            out["Id"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Name"
        value = shape.name
        if value is not None:
            out["Name"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_SellerProfileSummary(data: _Any, wire: bool) -> _classes.SellerProfileSummary:
    if not wire:
        _classes.SellerProfileSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.SellerProfileSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    value = get("Name")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Name")
    fields.name = value
    return shape


def _encode_Participant(union: _Any, wire: bool) -> _Any:
    if not isinstance(union, _classes.Participant):
        raise _serde.wrong_shape(_classes.Participant, union)
    return union._encode(wire)  # the variant's


def _decode_Participant(data: _Any, wire: bool) -> _classes.Participant:
    tag, value = _classes.Participant._single_item(data)
    try:
        if tag == "PartnerProfile":
            return _classes.ParticipantPartnerProfile(_decode_PartnerProfileSummary(value, wire))
        if tag == "SellerProfile":
            return _classes.ParticipantSellerProfile(_decode_SellerProfileSummary(value, wire))
        if tag == "Account":
            return _classes.ParticipantAccount(_decode_AccountSummary(value, wire))
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, tag) from None
    if not wire:
        _classes.Participant._check_keys(data)
    return _classes.ParticipantUnknown(tag, value)


def _encode_ParticipantPartnerProfile(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"PartnerProfile": _encode_PartnerProfileSummary(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("PartnerProfile") from None


def _encode_ParticipantSellerProfile(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"SellerProfile": _encode_SellerProfileSummary(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("SellerProfile") from None


def _encode_ParticipantAccount(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"Account": _encode_AccountSummary(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("Account") from None


_bind_codec(_classes.AccountSummary, _encode_AccountSummary, _decode_AccountSummary)
_bind_codec(
    _classes.PartnerProfileSummary, _encode_PartnerProfileSummary, _decode_PartnerProfileSummary
)
_bind_codec(
    _classes.SellerProfileSummary, _encode_SellerProfileSummary, _decode_SellerProfileSummary
)
_bind_codec(_classes.Participant, decode=_decode_Participant)
_bind_codec(_classes.ParticipantPartnerProfile, _encode_ParticipantPartnerProfile)
_bind_codec(_classes.ParticipantSellerProfile, _encode_ParticipantSellerProfile)
_bind_codec(_classes.ParticipantAccount, _encode_ParticipantAccount)
