"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_expected_contract_duration.py``

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
from ...shapes import _expected_contract_duration as _classes

_lookup_ExpectedContractDurationTerm = _enum_lookup(
    globals(), "_lookup_ExpectedContractDurationTerm", _enums, "ExpectedContractDurationTerm"
)


def _encode_ExpectedContractDuration(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ExpectedContractDuration):
        raise _serde.wrong_shape(_classes.ExpectedContractDuration, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Term"
        value = shape.term
        if value is not None:
            out["Term"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Value"
        value = shape.value_
        if value is not None:
            out["Value"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ExpectedContractDuration(data: _Any, wire: bool) -> _classes.ExpectedContractDuration:
    if not wire:
        _classes.ExpectedContractDuration._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ExpectedContractDuration)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Value")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Value")
    fields.value_ = value
    member = ""
    try:
        member = "Term"
        value = get("Term")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.term = None if value is None else _lookup_ExpectedContractDurationTerm(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.ExpectedContractDuration,
    _encode_ExpectedContractDuration,
    _decode_ExpectedContractDuration,
)
