"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_disassociate_benefit_application_resource.py``

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

from ...shapes import _disassociate_benefit_application_resource as _classes


def _encode_DisassociateBenefitApplicationResourceInput(
    shape: _Any, wire: bool
) -> dict[str, _Any]:
    if not isinstance(shape, _classes.DisassociateBenefitApplicationResourceInput):
        raise _serde.wrong_shape(_classes.DisassociateBenefitApplicationResourceInput, shape)
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
        member = "BenefitApplicationIdentifier"
        value = shape.benefit_application_identifier
        if value is not None:
            out["BenefitApplicationIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ResourceArn"
        value = shape.resource_arn
        if value is not None:
            out["ResourceArn"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_DisassociateBenefitApplicationResourceInput(
    data: _Any, wire: bool
) -> _classes.DisassociateBenefitApplicationResourceInput:
    if not wire:
        _classes.DisassociateBenefitApplicationResourceInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.DisassociateBenefitApplicationResourceInput)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("BenefitApplicationIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "BenefitApplicationIdentifier")
    fields.benefit_application_identifier = value
    value = get("ResourceArn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ResourceArn")
    fields.resource_arn = value
    return shape


def _encode_DisassociateBenefitApplicationResourceOutput(
    shape: _Any, wire: bool
) -> dict[str, _Any]:
    if not isinstance(shape, _classes.DisassociateBenefitApplicationResourceOutput):
        raise _serde.wrong_shape(_classes.DisassociateBenefitApplicationResourceOutput, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Id"
        value = shape.id
        if value is not None:
            out["Id"] = _serde.enc_str(value, wire)
        member = "Arn"
        value = shape.arn
        if value is not None:
            out["Arn"] = _serde.enc_str(value, wire)
        member = "Revision"
        value = shape.revision
        if value is not None:
            out["Revision"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_DisassociateBenefitApplicationResourceOutput(
    data: _Any, wire: bool
) -> _classes.DisassociateBenefitApplicationResourceOutput:
    if not wire:
        _classes.DisassociateBenefitApplicationResourceOutput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.DisassociateBenefitApplicationResourceOutput)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    value = get("Arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Arn")
    fields.arn = value
    value = get("Revision")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Revision")
    fields.revision = value
    return shape


_bind_codec(
    _classes.DisassociateBenefitApplicationResourceInput,
    _encode_DisassociateBenefitApplicationResourceInput,
    _decode_DisassociateBenefitApplicationResourceInput,
)
_bind_codec(
    _classes.DisassociateBenefitApplicationResourceOutput,
    _encode_DisassociateBenefitApplicationResourceOutput,
    _decode_DisassociateBenefitApplicationResourceOutput,
)
