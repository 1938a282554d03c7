"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_update_opportunity.py``

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
from ...shapes import _update_opportunity as _classes
from ._customer import (
    _decode_Customer,
    _encode_Customer,
)
from ._life_cycle import (
    _decode_LifeCycle,
    _decode_Marketing,
    _decode_Project,
    _decode_SoftwareRevenue,
    _encode_LifeCycle,
    _encode_Marketing,
    _encode_Project,
    _encode_SoftwareRevenue,
)
from ..plain import (
    _decode_PrimaryNeedsFromAws,
    _encode_PrimaryNeedsFromAws,
)

_lookup_NationalSecurity = _enum_lookup(
    globals(), "_lookup_NationalSecurity", _enums, "NationalSecurity"
)
_lookup_OpportunityType = _enum_lookup(
    globals(), "_lookup_OpportunityType", _enums, "OpportunityType"
)


def _encode_UpdateOpportunityRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.UpdateOpportunityRequest):
        raise _serde.wrong_shape(_classes.UpdateOpportunityRequest, shape)
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
        member = "PrimaryNeedsFromAws"
        value = shape.primary_needs_from_aws
        if value is not None:
            out["PrimaryNeedsFromAws"] = _encode_PrimaryNeedsFromAws(value, wire)
        member = "NationalSecurity"
        value = shape.national_security
        if value is not None:
            out["NationalSecurity"] = _serde.enc_str(value, wire)
        member = "PartnerOpportunityIdentifier"
        value = shape.partner_opportunity_identifier
        if value is not None:
            out["PartnerOpportunityIdentifier"] = _serde.enc_str(value, wire)
        member = "Customer"
        value = shape.customer
        if value is not None:
            out["Customer"] = _encode_Customer(value, wire)
        member = "Project"
        value = shape.project
        if value is not None:
            out["Project"] = _encode_Project(value, wire)
        member = "OpportunityType"
        value = shape.opportunity_type
        if value is not None:
            out["OpportunityType"] = _serde.enc_str(value, wire)
        member = "Marketing"
        value = shape.marketing
        if value is not None:
            out["Marketing"] = _encode_Marketing(value, wire)
        member = "SoftwareRevenue"
        value = shape.software_revenue
        if value is not None:
            out["SoftwareRevenue"] = _encode_SoftwareRevenue(value, wire)
        member = "LastModifiedDate"
        value = shape.last_modified_date
        if value is not None:
            out["LastModifiedDate"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "Identifier"
        value = shape.identifier
        if value is not None:
            out["Identifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "LifeCycle"
        value = shape.life_cycle
        if value is not None:
            out["LifeCycle"] = _encode_LifeCycle(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_UpdateOpportunityRequest(data: _Any, wire: bool) -> _classes.UpdateOpportunityRequest:
    if not wire:
        _classes.UpdateOpportunityRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.UpdateOpportunityRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("PartnerOpportunityIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "PartnerOpportunityIdentifier")
    fields.partner_opportunity_identifier = value
    value = get("Identifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Identifier")
    fields.identifier = value
    member = ""
    try:
        member = "PrimaryNeedsFromAws"
        value = get("PrimaryNeedsFromAws")
        fields.primary_needs_from_aws = (
            None if value is None else _decode_PrimaryNeedsFromAws(value, wire)
        )
        member = "NationalSecurity"
        value = get("NationalSecurity")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.national_security = (
            None if value is None else _lookup_NationalSecurity(value, value)
        )
        member = "Customer"
        value = get("Customer")
        fields.customer = None if value is None else _decode_Customer(value, wire)
        member = "Project"
        value = get("Project")
        fields.project = None if value is None else _decode_Project(value, wire)
        member = "OpportunityType"
        value = get("OpportunityType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.opportunity_type = None if value is None else _lookup_OpportunityType(value, value)
        member = "Marketing"
        value = get("Marketing")
        fields.marketing = None if value is None else _decode_Marketing(value, wire)
        member = "SoftwareRevenue"
        value = get("SoftwareRevenue")
        fields.software_revenue = None if value is None else _decode_SoftwareRevenue(value, wire)
        member = "LastModifiedDate"
        value = get("LastModifiedDate")
        fields.last_modified_date = None if value is None else _serde.dec_timestamp(value, wire)
        member = "LifeCycle"
        value = get("LifeCycle")
        fields.life_cycle = None if value is None else _decode_LifeCycle(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_UpdateOpportunityResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.UpdateOpportunityResponse):
        raise _serde.wrong_shape(_classes.UpdateOpportunityResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Id"
        value = shape.id
        if value is not None:
            out["Id"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "LastModifiedDate"
        value = shape.last_modified_date
        if value is not None:
            out["LastModifiedDate"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_UpdateOpportunityResponse(
    data: _Any, wire: bool
) -> _classes.UpdateOpportunityResponse:
    if not wire:
        _classes.UpdateOpportunityResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.UpdateOpportunityResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    member = ""
    try:
        member = "LastModifiedDate"
        value = get("LastModifiedDate")
        fields.last_modified_date = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.UpdateOpportunityRequest,
    _encode_UpdateOpportunityRequest,
    _decode_UpdateOpportunityRequest,
)
_bind_codec(
    _classes.UpdateOpportunityResponse,
    _encode_UpdateOpportunityResponse,
    _decode_UpdateOpportunityResponse,
)
