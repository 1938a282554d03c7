"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_create_partner.py``

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
from ...shapes import _create_partner as _classes
from ._alliance_lead_contact import (
    _decode_AllianceLeadContact,
    _encode_AllianceLeadContact,
)
from ._partner_domain import (
    _decode_PartnerDomainList,
    _decode_PartnerProfile,
    _encode_PartnerDomainList,
    _encode_PartnerProfile,
)
from ._tag import (
    _decode_TagList,
    _encode_TagList,
)

_lookup_PrimarySolutionType = _enum_lookup(
    globals(), "_lookup_PrimarySolutionType", _enums, "PrimarySolutionType"
)


def _encode_CreatePartnerRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreatePartnerRequest):
        raise _serde.wrong_shape(_classes.CreatePartnerRequest, shape)
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
        member = "LegalName"
        value = shape.legal_name
        if value is not None:
            out["LegalName"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "PrimarySolutionType"
        value = shape.primary_solution_type
        if value is not None:
            out["PrimarySolutionType"] = _serde.enc_str(value, wire)
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
        elif wire:
            raise _missing("")
        member = "Tags"
        value = shape.tags
        if value is not None:
            out["Tags"] = _encode_TagList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreatePartnerRequest(data: _Any, wire: bool) -> _classes.CreatePartnerRequest:
    if not wire:
        _classes.CreatePartnerRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreatePartnerRequest)
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
    value = get("LegalName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "LegalName")
    fields.legal_name = value
    value = get("EmailVerificationCode")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EmailVerificationCode")
    fields.email_verification_code = value
    member = ""
    try:
        member = "PrimarySolutionType"
        value = get("PrimarySolutionType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.primary_solution_type = (
            None if value is None else _lookup_PrimarySolutionType(value, value)
        )
        member = "AllianceLeadContact"
        value = get("AllianceLeadContact")
        fields.alliance_lead_contact = (
            None if value is None else _decode_AllianceLeadContact(value, wire)
        )
        member = "Tags"
        value = get("Tags")
        fields.tags = None if value is None else _decode_TagList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CreatePartnerResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreatePartnerResponse):
        raise _serde.wrong_shape(_classes.CreatePartnerResponse, shape)
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
        member = "LegalName"
        value = shape.legal_name
        if value is not None:
            out["LegalName"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "CreatedAt"
        value = shape.created_at
        if value is not None:
            out["CreatedAt"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "Profile"
        value = shape.profile
        if value is not None:
            out["Profile"] = _encode_PartnerProfile(value, wire)
        elif wire:
            raise _missing("")
        member = "AwsTrainingCertificationEmailDomains"
        value = shape.aws_training_certification_email_domains
        if value is not None:
            out["AwsTrainingCertificationEmailDomains"] = _encode_PartnerDomainList(value, wire)
        member = "AllianceLeadContact"
        value = shape.alliance_lead_contact
        if value is not None:
            out["AllianceLeadContact"] = _encode_AllianceLeadContact(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreatePartnerResponse(data: _Any, wire: bool) -> _classes.CreatePartnerResponse:
    if not wire:
        _classes.CreatePartnerResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreatePartnerResponse)
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
    value = get("LegalName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "LegalName")
    fields.legal_name = value
    member = ""
    try:
        member = "CreatedAt"
        value = get("CreatedAt")
        fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "Profile"
        value = get("Profile")
        fields.profile = None if value is None else _decode_PartnerProfile(value, wire)
        member = "AwsTrainingCertificationEmailDomains"
        value = get("AwsTrainingCertificationEmailDomains")
        fields.aws_training_certification_email_domains = (
            None if value is None else _decode_PartnerDomainList(value, wire)
        )
        member = "AllianceLeadContact"
        value = get("AllianceLeadContact")
        fields.alliance_lead_contact = (
            None if value is None else _decode_AllianceLeadContact(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.CreatePartnerRequest, _encode_CreatePartnerRequest, _decode_CreatePartnerRequest
)
_bind_codec(
    _classes.CreatePartnerResponse, _encode_CreatePartnerResponse, _decode_CreatePartnerResponse
)
