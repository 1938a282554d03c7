"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_create_benefit_application.py``

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

from ...shapes import _create_benefit_application as _classes
from ._contact import (
    _decode_CreateBenefitApplicationInputPartnerContactsList,
    _encode_CreateBenefitApplicationInputPartnerContactsList,
)
from ._file_input import (
    _decode_CreateBenefitApplicationInputFileDetailsList,
    _encode_CreateBenefitApplicationInputFileDetailsList,
)
from ._tag import (
    _decode_CreateBenefitApplicationInputTagsList,
    _encode_CreateBenefitApplicationInputTagsList,
)
from ..plain import (
    _decode_CreateBenefitApplicationInputAssociatedResourcesList,
    _decode_FulfillmentTypes,
    _encode_CreateBenefitApplicationInputAssociatedResourcesList,
    _encode_FulfillmentTypes,
)


def _encode_CreateBenefitApplicationInput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateBenefitApplicationInput):
        raise _serde.wrong_shape(_classes.CreateBenefitApplicationInput, shape)
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
        member = "BenefitIdentifier"
        value = shape.benefit_identifier
        if value is not None:
            out["BenefitIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "FulfillmentTypes"
        value = shape.fulfillment_types
        if value is not None:
            out["FulfillmentTypes"] = _encode_FulfillmentTypes(value, wire)
        member = "BenefitApplicationDetails"
        value = shape.benefit_application_details
        if value is not None:
            out["BenefitApplicationDetails"] = _serde.enc_document(value, wire)
        member = "Tags"
        value = shape.tags
        if value is not None:
            out["Tags"] = _encode_CreateBenefitApplicationInputTagsList(value, wire)
        member = "AssociatedResources"
        value = shape.associated_resources
        if value is not None:
            out["AssociatedResources"] = (
                _encode_CreateBenefitApplicationInputAssociatedResourcesList(value, wire)
            )
        member = "PartnerContacts"
        value = shape.partner_contacts
        if value is not None:
            out["PartnerContacts"] = _encode_CreateBenefitApplicationInputPartnerContactsList(
                value, wire
            )
        member = "FileDetails"
        value = shape.file_details
        if value is not None:
            out["FileDetails"] = _encode_CreateBenefitApplicationInputFileDetailsList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateBenefitApplicationInput(
    data: _Any, wire: bool
) -> _classes.CreateBenefitApplicationInput:
    if not wire:
        _classes.CreateBenefitApplicationInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreateBenefitApplicationInput)
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
    value = get("BenefitIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "BenefitIdentifier")
    fields.benefit_identifier = value
    fields.benefit_application_details = get("BenefitApplicationDetails")
    member = ""
    try:
        member = "FulfillmentTypes"
        value = get("FulfillmentTypes")
        fields.fulfillment_types = None if value is None else _decode_FulfillmentTypes(value, wire)
        member = "Tags"
        value = get("Tags")
        fields.tags = (
            None if value is None else _decode_CreateBenefitApplicationInputTagsList(value, wire)
        )
        member = "AssociatedResources"
        value = get("AssociatedResources")
        fields.associated_resources = (
            None
            if value is None
            else _decode_CreateBenefitApplicationInputAssociatedResourcesList(value, wire)
        )
        member = "PartnerContacts"
        value = get("PartnerContacts")
        fields.partner_contacts = (
            None
            if value is None
            else _decode_CreateBenefitApplicationInputPartnerContactsList(value, wire)
        )
        member = "FileDetails"
        value = get("FileDetails")
        fields.file_details = (
            None
            if value is None
            else _decode_CreateBenefitApplicationInputFileDetailsList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CreateBenefitApplicationOutput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateBenefitApplicationOutput):
        raise _serde.wrong_shape(_classes.CreateBenefitApplicationOutput, shape)
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


def _decode_CreateBenefitApplicationOutput(
    data: _Any, wire: bool
) -> _classes.CreateBenefitApplicationOutput:
    if not wire:
        _classes.CreateBenefitApplicationOutput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreateBenefitApplicationOutput)
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
    _classes.CreateBenefitApplicationInput,
    _encode_CreateBenefitApplicationInput,
    _decode_CreateBenefitApplicationInput,
)
_bind_codec(
    _classes.CreateBenefitApplicationOutput,
    _encode_CreateBenefitApplicationOutput,
    _decode_CreateBenefitApplicationOutput,
)
