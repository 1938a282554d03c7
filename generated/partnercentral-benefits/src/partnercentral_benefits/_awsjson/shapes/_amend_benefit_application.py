"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_amend_benefit_application.py``

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

from ...shapes import _amend_benefit_application as _classes


def _encode_AmendBenefitApplicationInput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AmendBenefitApplicationInput):
        raise _serde.wrong_shape(_classes.AmendBenefitApplicationInput, shape)
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
        member = "ClientToken"
        value = shape.client_token
        if value is not None:
            out["ClientToken"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Revision"
        value = shape.revision
        if value is not None:
            out["Revision"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Identifier"
        value = shape.identifier
        if value is not None:
            out["Identifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "AmendmentReason"
        value = shape.amendment_reason
        if value is not None:
            out["AmendmentReason"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Amendments"
        value = shape.amendments
        if value is not None:
            out["Amendments"] = _encode_AmendmentList(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AmendBenefitApplicationInput(
    data: _Any, wire: bool
) -> _classes.AmendBenefitApplicationInput:
    if not wire:
        _classes.AmendBenefitApplicationInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AmendBenefitApplicationInput)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("ClientToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ClientToken")
    fields.client_token = value
    value = get("Revision")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Revision")
    fields.revision = value
    value = get("Identifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Identifier")
    fields.identifier = value
    value = get("AmendmentReason")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "AmendmentReason")
    fields.amendment_reason = value
    member = ""
    try:
        member = "Amendments"
        value = get("Amendments")
        fields.amendments = None if value is None else _decode_AmendmentList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_AmendBenefitApplicationOutput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AmendBenefitApplicationOutput):
        raise _serde.wrong_shape(_classes.AmendBenefitApplicationOutput, shape)
    out: dict[str, _Any] = {}
    return out


def _decode_AmendBenefitApplicationOutput(
    data: _Any, wire: bool
) -> _classes.AmendBenefitApplicationOutput:
    if not wire:
        _classes.AmendBenefitApplicationOutput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AmendBenefitApplicationOutput)
    return shape


def _encode_Amendment(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.Amendment):
        raise _serde.wrong_shape(_classes.Amendment, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "FieldPath"
        value = shape.field_path
        if value is not None:
            out["FieldPath"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "NewValue"
        value = shape.new_value
        if value is not None:
            out["NewValue"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_Amendment(data: _Any, wire: bool) -> _classes.Amendment:
    if not wire:
        _classes.Amendment._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.Amendment)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("FieldPath")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "FieldPath")
    fields.field_path = value
    value = get("NewValue")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "NewValue")
    fields.new_value = value
    return shape


def _encode_AmendmentList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_Amendment)


def _decode_AmendmentList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_Amendment)


_bind_codec(
    _classes.AmendBenefitApplicationInput,
    _encode_AmendBenefitApplicationInput,
    _decode_AmendBenefitApplicationInput,
)
_bind_codec(
    _classes.AmendBenefitApplicationOutput,
    _encode_AmendBenefitApplicationOutput,
    _decode_AmendBenefitApplicationOutput,
)
_bind_codec(_classes.Amendment, _encode_Amendment, _decode_Amendment)
