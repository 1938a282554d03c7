"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_update_benefit_application.py``

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

from ...shapes import _update_benefit_application as _classes
from ._contact import (
    _decode_UpdateBenefitApplicationInputPartnerContactsList,
    _encode_UpdateBenefitApplicationInputPartnerContactsList,
)
from ._file_input import (
    _decode_UpdateBenefitApplicationInputFileDetailsList,
    _encode_UpdateBenefitApplicationInputFileDetailsList,
)


def _encode_UpdateBenefitApplicationInput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.UpdateBenefitApplicationInput):
        raise _serde.wrong_shape(_classes.UpdateBenefitApplicationInput, shape)
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
        member = "Name"
        value = shape.name
        if value is not None:
            out["Name"] = _serde.enc_str(value, wire)
        member = "Description"
        value = shape.description
        if value is not None:
            out["Description"] = _serde.enc_str(value, wire)
        member = "Identifier"
        value = shape.identifier
        if value is not None:
            out["Identifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Revision"
        value = shape.revision
        if value is not None:
            out["Revision"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "BenefitApplicationDetails"
        value = shape.benefit_application_details
        if value is not None:
            out["BenefitApplicationDetails"] = _serde.enc_document(value, wire)
        member = "PartnerContacts"
        value = shape.partner_contacts
        if value is not None:
            out["PartnerContacts"] = _encode_UpdateBenefitApplicationInputPartnerContactsList(
                value, wire
            )
        member = "FileDetails"
        value = shape.file_details
        if value is not None:
            out["FileDetails"] = _encode_UpdateBenefitApplicationInputFileDetailsList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_UpdateBenefitApplicationInput(
    data: _Any, wire: bool
) -> _classes.UpdateBenefitApplicationInput:
    if not wire:
        _classes.UpdateBenefitApplicationInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.UpdateBenefitApplicationInput)
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
    value = get("Name")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Name")
    fields.name = value
    value = get("Description")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Description")
    fields.description = value
    value = get("Identifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Identifier")
    fields.identifier = value
    value = get("Revision")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Revision")
    fields.revision = value
    fields.benefit_application_details = get("BenefitApplicationDetails")
    member = ""
    try:
        member = "PartnerContacts"
        value = get("PartnerContacts")
        fields.partner_contacts = (
            None
            if value is None
            else _decode_UpdateBenefitApplicationInputPartnerContactsList(value, wire)
        )
        member = "FileDetails"
        value = get("FileDetails")
        fields.file_details = (
            None
            if value is None
            else _decode_UpdateBenefitApplicationInputFileDetailsList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_UpdateBenefitApplicationOutput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.UpdateBenefitApplicationOutput):
        raise _serde.wrong_shape(_classes.UpdateBenefitApplicationOutput, shape)
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


def _decode_UpdateBenefitApplicationOutput(
    data: _Any, wire: bool
) -> _classes.UpdateBenefitApplicationOutput:
    if not wire:
        _classes.UpdateBenefitApplicationOutput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.UpdateBenefitApplicationOutput)
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
    _classes.UpdateBenefitApplicationInput,
    _encode_UpdateBenefitApplicationInput,
    _decode_UpdateBenefitApplicationInput,
)
_bind_codec(
    _classes.UpdateBenefitApplicationOutput,
    _encode_UpdateBenefitApplicationOutput,
    _decode_UpdateBenefitApplicationOutput,
)
