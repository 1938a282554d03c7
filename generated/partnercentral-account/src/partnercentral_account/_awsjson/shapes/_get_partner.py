"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_get_partner.py``

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

from ...shapes import _get_partner as _classes
from ._partner_domain import (
    _decode_PartnerDomainList,
    _decode_PartnerProfile,
    _encode_PartnerDomainList,
    _encode_PartnerProfile,
)


def _encode_GetPartnerRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetPartnerRequest):
        raise _serde.wrong_shape(_classes.GetPartnerRequest, shape)
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


def _decode_GetPartnerRequest(data: _Any, wire: bool) -> _classes.GetPartnerRequest:
    if not wire:
        _classes.GetPartnerRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetPartnerRequest)
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


def _encode_GetPartnerResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetPartnerResponse):
        raise _serde.wrong_shape(_classes.GetPartnerResponse, shape)
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
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetPartnerResponse(data: _Any, wire: bool) -> _classes.GetPartnerResponse:
    if not wire:
        _classes.GetPartnerResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetPartnerResponse)
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
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(_classes.GetPartnerRequest, _encode_GetPartnerRequest, _decode_GetPartnerRequest)
_bind_codec(_classes.GetPartnerResponse, _encode_GetPartnerResponse, _decode_GetPartnerResponse)
