"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_get_benefit_application.py``

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
from ...shapes import _get_benefit_application as _classes
from ._contact import (
    _decode_Contacts,
    _encode_Contacts,
)
from ..plain import (
    _decode_FulfillmentTypes,
    _decode_GetBenefitApplicationOutputAssociatedResourcesList,
    _decode_Programs,
    _decode_StatusReasonCodes,
    _encode_FulfillmentTypes,
    _encode_GetBenefitApplicationOutputAssociatedResourcesList,
    _encode_Programs,
    _encode_StatusReasonCodes,
)

_lookup_BenefitApplicationStatus = _enum_lookup(
    globals(), "_lookup_BenefitApplicationStatus", _enums, "BenefitApplicationStatus"
)
_lookup_FileType = _enum_lookup(globals(), "_lookup_FileType", _enums, "FileType")


def _encode_FileDetail(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.FileDetail):
        raise _serde.wrong_shape(_classes.FileDetail, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "FileURI"
        value = shape.file_uri
        if value is not None:
            out["FileURI"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "BusinessUseCase"
        value = shape.business_use_case
        if value is not None:
            out["BusinessUseCase"] = _serde.enc_str(value, wire)
        member = "FileName"
        value = shape.file_name
        if value is not None:
            out["FileName"] = _serde.enc_str(value, wire)
        member = "FileStatus"
        value = shape.file_status
        if value is not None:
            out["FileStatus"] = _serde.enc_str(value, wire)
        member = "FileStatusReason"
        value = shape.file_status_reason
        if value is not None:
            out["FileStatusReason"] = _serde.enc_str(value, wire)
        member = "FileType"
        value = shape.file_type
        if value is not None:
            out["FileType"] = _serde.enc_str(value, wire)
        member = "CreatedBy"
        value = shape.created_by
        if value is not None:
            out["CreatedBy"] = _serde.enc_str(value, wire)
        member = "CreatedAt"
        value = shape.created_at
        if value is not None:
            out["CreatedAt"] = _serde.enc_iso8601(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_FileDetail(data: _Any, wire: bool) -> _classes.FileDetail:
    if not wire:
        _classes.FileDetail._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.FileDetail)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("FileURI")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "FileURI")
    fields.file_uri = value
    value = get("BusinessUseCase")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "BusinessUseCase")
    fields.business_use_case = value
    value = get("FileName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "FileName")
    fields.file_name = value
    value = get("FileStatus")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "FileStatus")
    fields.file_status = value
    value = get("FileStatusReason")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "FileStatusReason")
    fields.file_status_reason = value
    value = get("CreatedBy")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CreatedBy")
    fields.created_by = value
    member = ""
    try:
        member = "FileType"
        value = get("FileType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.file_type = None if value is None else _lookup_FileType(value, value)
        member = "CreatedAt"
        value = get("CreatedAt")
        fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_GetBenefitApplicationInput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetBenefitApplicationInput):
        raise _serde.wrong_shape(_classes.GetBenefitApplicationInput, shape)
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


def _decode_GetBenefitApplicationInput(
    data: _Any, wire: bool
) -> _classes.GetBenefitApplicationInput:
    if not wire:
        _classes.GetBenefitApplicationInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetBenefitApplicationInput)
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


def _encode_GetBenefitApplicationOutput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetBenefitApplicationOutput):
        raise _serde.wrong_shape(_classes.GetBenefitApplicationOutput, shape)
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
        member = "Catalog"
        value = shape.catalog
        if value is not None:
            out["Catalog"] = _serde.enc_str(value, wire)
        member = "BenefitId"
        value = shape.benefit_id
        if value is not None:
            out["BenefitId"] = _serde.enc_str(value, wire)
        member = "Name"
        value = shape.name
        if value is not None:
            out["Name"] = _serde.enc_str(value, wire)
        member = "Description"
        value = shape.description
        if value is not None:
            out["Description"] = _serde.enc_str(value, wire)
        member = "FulfillmentTypes"
        value = shape.fulfillment_types
        if value is not None:
            out["FulfillmentTypes"] = _encode_FulfillmentTypes(value, wire)
        member = "BenefitApplicationDetails"
        value = shape.benefit_application_details
        if value is not None:
            out["BenefitApplicationDetails"] = _serde.enc_document(value, wire)
        member = "Programs"
        value = shape.programs
        if value is not None:
            out["Programs"] = _encode_Programs(value, wire)
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
        member = "Stage"
        value = shape.stage
        if value is not None:
            out["Stage"] = _serde.enc_str(value, wire)
        member = "StatusReason"
        value = shape.status_reason
        if value is not None:
            out["StatusReason"] = _serde.enc_str(value, wire)
        member = "StatusReasonCode"
        value = shape.status_reason_code
        if value is not None:
            out["StatusReasonCode"] = _serde.enc_str(value, wire)
        member = "StatusReasonCodes"
        value = shape.status_reason_codes
        if value is not None:
            out["StatusReasonCodes"] = _encode_StatusReasonCodes(value, wire)
        member = "CreatedAt"
        value = shape.created_at
        if value is not None:
            out["CreatedAt"] = _serde.enc_iso8601(value, wire)
        member = "UpdatedAt"
        value = shape.updated_at
        if value is not None:
            out["UpdatedAt"] = _serde.enc_iso8601(value, wire)
        member = "Revision"
        value = shape.revision
        if value is not None:
            out["Revision"] = _serde.enc_str(value, wire)
        member = "AssociatedResources"
        value = shape.associated_resources
        if value is not None:
            out["AssociatedResources"] = (
                _encode_GetBenefitApplicationOutputAssociatedResourcesList(value, wire)
            )
        member = "PartnerContacts"
        value = shape.partner_contacts
        if value is not None:
            out["PartnerContacts"] = _encode_Contacts(value, wire)
        member = "FileDetails"
        value = shape.file_details
        if value is not None:
            out["FileDetails"] = _encode_GetBenefitApplicationOutputFileDetailsList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetBenefitApplicationOutput(
    data: _Any, wire: bool
) -> _classes.GetBenefitApplicationOutput:
    if not wire:
        _classes.GetBenefitApplicationOutput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetBenefitApplicationOutput)
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
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("BenefitId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "BenefitId")
    fields.benefit_id = value
    value = get("Name")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Name")
    fields.name = value
    value = get("Description")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Description")
    fields.description = value
    value = get("Stage")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Stage")
    fields.stage = value
    value = get("StatusReason")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "StatusReason")
    fields.status_reason = value
    value = get("StatusReasonCode")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "StatusReasonCode")
    fields.status_reason_code = value
    value = get("Revision")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Revision")
    fields.revision = value
    fields.benefit_application_details = get("BenefitApplicationDetails")
    member = ""
    try:
        member = "FulfillmentTypes"
        value = get("FulfillmentTypes")
        fields.fulfillment_types = None if value is None else _decode_FulfillmentTypes(value, wire)
        member = "Programs"
        value = get("Programs")
        fields.programs = None if value is None else _decode_Programs(value, wire)
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_BenefitApplicationStatus(value, value)
        member = "StatusReasonCodes"
        value = get("StatusReasonCodes")
        fields.status_reason_codes = (
            None if value is None else _decode_StatusReasonCodes(value, wire)
        )
        member = "CreatedAt"
        value = get("CreatedAt")
        fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "UpdatedAt"
        value = get("UpdatedAt")
        fields.updated_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "AssociatedResources"
        value = get("AssociatedResources")
        fields.associated_resources = (
            None
            if value is None
            else _decode_GetBenefitApplicationOutputAssociatedResourcesList(value, wire)
        )
        member = "PartnerContacts"
        value = get("PartnerContacts")
        fields.partner_contacts = None if value is None else _decode_Contacts(value, wire)
        member = "FileDetails"
        value = get("FileDetails")
        fields.file_details = (
            None
            if value is None
            else _decode_GetBenefitApplicationOutputFileDetailsList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_GetBenefitApplicationOutputFileDetailsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_FileDetail)


def _decode_GetBenefitApplicationOutputFileDetailsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_FileDetail)


_bind_codec(_classes.FileDetail, _encode_FileDetail, _decode_FileDetail)
_bind_codec(
    _classes.GetBenefitApplicationInput,
    _encode_GetBenefitApplicationInput,
    _decode_GetBenefitApplicationInput,
)
_bind_codec(
    _classes.GetBenefitApplicationOutput,
    _encode_GetBenefitApplicationOutput,
    _decode_GetBenefitApplicationOutput,
)
