"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_receiver.py``

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

from ...shapes import _receiver as _classes


def _encode_AccountReceiver(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AccountReceiver):
        raise _serde.wrong_shape(_classes.AccountReceiver, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Alias"
        value = shape.alias
        if value is not None:
            out["Alias"] = _serde.enc_str(value, wire)
        member = "AwsAccountId"
        value = shape.aws_account_id
        if value is not None:
            out["AwsAccountId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AccountReceiver(data: _Any, wire: bool) -> _classes.AccountReceiver:
    if not wire:
        _classes.AccountReceiver._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AccountReceiver)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Alias")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Alias")
    fields.alias = value
    value = get("AwsAccountId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "AwsAccountId")
    fields.aws_account_id = value
    return shape


def _encode_Receiver(union: _Any, wire: bool) -> _Any:
    if not isinstance(union, _classes.Receiver):
        raise _serde.wrong_shape(_classes.Receiver, union)
    return union._encode(wire)  # the variant's


def _decode_Receiver(data: _Any, wire: bool) -> _classes.Receiver:
    tag, value = _classes.Receiver._single_item(data)
    try:
        if tag == "Account":
            return _classes.ReceiverAccount(_decode_AccountReceiver(value, wire))
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, tag) from None
    if not wire:
        _classes.Receiver._check_keys(data)
    return _classes.ReceiverUnknown(tag, value)


def _encode_ReceiverAccount(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"Account": _encode_AccountReceiver(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("Account") from None


_bind_codec(_classes.AccountReceiver, _encode_AccountReceiver, _decode_AccountReceiver)
_bind_codec(_classes.Receiver, decode=_decode_Receiver)
_bind_codec(_classes.ReceiverAccount, _encode_ReceiverAccount)
