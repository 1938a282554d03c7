"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_get_qualifications_association_details.py``

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
from ...shapes import _get_qualifications_association_details as _classes
from ._qualifications_association_partner import (
    _decode_AssociatedPartnerList,
    _decode_QualificationsAssociationPartner,
    _encode_AssociatedPartnerList,
    _encode_QualificationsAssociationPartner,
)

_lookup_QualificationsAssociationStatus = _enum_lookup(
    globals(), "_lookup_QualificationsAssociationStatus", _enums, "QualificationsAssociationStatus"
)


def _encode_GetQualificationsAssociationDetailsRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetQualificationsAssociationDetailsRequest):
        raise _serde.wrong_shape(_classes.GetQualificationsAssociationDetailsRequest, shape)
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


def _decode_GetQualificationsAssociationDetailsRequest(
    data: _Any, wire: bool
) -> _classes.GetQualificationsAssociationDetailsRequest:
    if not wire:
        _classes.GetQualificationsAssociationDetailsRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetQualificationsAssociationDetailsRequest)
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


def _encode_GetQualificationsAssociationDetailsResponse(
    shape: _Any, wire: bool
) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetQualificationsAssociationDetailsResponse):
        raise _serde.wrong_shape(_classes.GetQualificationsAssociationDetailsResponse, shape)
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
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "PrimaryPartner"
        value = shape.primary_partner
        if value is not None:
            out["PrimaryPartner"] = _encode_QualificationsAssociationPartner(value, wire)
        member = "AssociatedPartners"
        value = shape.associated_partners
        if value is not None:
            out["AssociatedPartners"] = _encode_AssociatedPartnerList(value, wire)
        member = "UpdatedAt"
        value = shape.updated_at
        if value is not None:
            out["UpdatedAt"] = _serde.enc_iso8601(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetQualificationsAssociationDetailsResponse(
    data: _Any, wire: bool
) -> _classes.GetQualificationsAssociationDetailsResponse:
    if not wire:
        _classes.GetQualificationsAssociationDetailsResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetQualificationsAssociationDetailsResponse)
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
    member = ""
    try:
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = (
            None if value is None else _lookup_QualificationsAssociationStatus(value, value)
        )
        member = "PrimaryPartner"
        value = get("PrimaryPartner")
        fields.primary_partner = (
            None if value is None else _decode_QualificationsAssociationPartner(value, wire)
        )
        member = "AssociatedPartners"
        value = get("AssociatedPartners")
        fields.associated_partners = (
            None if value is None else _decode_AssociatedPartnerList(value, wire)
        )
        member = "UpdatedAt"
        value = get("UpdatedAt")
        fields.updated_at = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.GetQualificationsAssociationDetailsRequest,
    _encode_GetQualificationsAssociationDetailsRequest,
    _decode_GetQualificationsAssociationDetailsRequest,
)
_bind_codec(
    _classes.GetQualificationsAssociationDetailsResponse,
    _encode_GetQualificationsAssociationDetailsResponse,
    _decode_GetQualificationsAssociationDetailsResponse,
)
