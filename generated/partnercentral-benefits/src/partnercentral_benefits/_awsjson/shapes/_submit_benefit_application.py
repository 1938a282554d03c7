"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_submit_benefit_application.py``

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

from ...shapes import _submit_benefit_application as _classes


def _encode_SubmitBenefitApplicationInput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.SubmitBenefitApplicationInput):
        raise _serde.wrong_shape(_classes.SubmitBenefitApplicationInput, shape)
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
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_SubmitBenefitApplicationInput(
    data: _Any, wire: bool
) -> _classes.SubmitBenefitApplicationInput:
    if not wire:
        _classes.SubmitBenefitApplicationInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.SubmitBenefitApplicationInput)
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
    return shape


def _encode_SubmitBenefitApplicationOutput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.SubmitBenefitApplicationOutput):
        raise _serde.wrong_shape(_classes.SubmitBenefitApplicationOutput, shape)
    out: dict[str, _Any] = {}
    return out


def _decode_SubmitBenefitApplicationOutput(
    data: _Any, wire: bool
) -> _classes.SubmitBenefitApplicationOutput:
    if not wire:
        _classes.SubmitBenefitApplicationOutput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.SubmitBenefitApplicationOutput)
    return shape


_bind_codec(
    _classes.SubmitBenefitApplicationInput,
    _encode_SubmitBenefitApplicationInput,
    _decode_SubmitBenefitApplicationInput,
)
_bind_codec(
    _classes.SubmitBenefitApplicationOutput,
    _encode_SubmitBenefitApplicationOutput,
    _decode_SubmitBenefitApplicationOutput,
)
