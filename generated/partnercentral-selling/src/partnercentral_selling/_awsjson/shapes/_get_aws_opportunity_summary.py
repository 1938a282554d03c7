"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_get_aws_opportunity_summary.py``

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
from ...shapes import _get_aws_opportunity_summary as _classes
from ._aws_opportunity_customer import (
    _decode_AwsOpportunityCustomer,
    _decode_AwsOpportunityInsights,
    _decode_AwsOpportunityLifeCycle,
    _decode_AwsOpportunityProject,
    _decode_AwsOpportunityRelatedEntities,
    _decode_AwsOpportunityTeamMembersList,
    _decode_AwsSoftwareRevenue,
    _encode_AwsOpportunityCustomer,
    _encode_AwsOpportunityInsights,
    _encode_AwsOpportunityLifeCycle,
    _encode_AwsOpportunityProject,
    _encode_AwsOpportunityRelatedEntities,
    _encode_AwsOpportunityTeamMembersList,
    _encode_AwsSoftwareRevenue,
)

_lookup_InvolvementTypeChangeReason = _enum_lookup(
    globals(), "_lookup_InvolvementTypeChangeReason", _enums, "InvolvementTypeChangeReason"
)
_lookup_OpportunityOrigin = _enum_lookup(
    globals(), "_lookup_OpportunityOrigin", _enums, "OpportunityOrigin"
)
_lookup_SalesInvolvementType = _enum_lookup(
    globals(), "_lookup_SalesInvolvementType", _enums, "SalesInvolvementType"
)
_lookup_Visibility = _enum_lookup(globals(), "_lookup_Visibility", _enums, "Visibility")


def _encode_GetAwsOpportunitySummaryRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetAwsOpportunitySummaryRequest):
        raise _serde.wrong_shape(_classes.GetAwsOpportunitySummaryRequest, shape)
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
        member = "RelatedOpportunityIdentifier"
        value = shape.related_opportunity_identifier
        if value is not None:
            out["RelatedOpportunityIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetAwsOpportunitySummaryRequest(
    data: _Any, wire: bool
) -> _classes.GetAwsOpportunitySummaryRequest:
    if not wire:
        _classes.GetAwsOpportunitySummaryRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetAwsOpportunitySummaryRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("RelatedOpportunityIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RelatedOpportunityIdentifier")
    fields.related_opportunity_identifier = value
    return shape


def _encode_GetAwsOpportunitySummaryResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetAwsOpportunitySummaryResponse):
        raise _serde.wrong_shape(_classes.GetAwsOpportunitySummaryResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "RelatedOpportunityId"
        value = shape.related_opportunity_id
        if value is not None:
            out["RelatedOpportunityId"] = _serde.enc_str(value, wire)
        member = "Origin"
        value = shape.origin
        if value is not None:
            out["Origin"] = _serde.enc_str(value, wire)
        member = "InvolvementType"
        value = shape.involvement_type
        if value is not None:
            out["InvolvementType"] = _serde.enc_str(value, wire)
        member = "Visibility"
        value = shape.visibility
        if value is not None:
            out["Visibility"] = _serde.enc_str(value, wire)
        member = "LifeCycle"
        value = shape.life_cycle
        if value is not None:
            out["LifeCycle"] = _encode_AwsOpportunityLifeCycle(value, wire)
        member = "OpportunityTeam"
        value = shape.opportunity_team
        if value is not None:
            out["OpportunityTeam"] = _encode_AwsOpportunityTeamMembersList(value, wire)
        member = "Insights"
        value = shape.insights
        if value is not None:
            out["Insights"] = _encode_AwsOpportunityInsights(value, wire)
        member = "InvolvementTypeChangeReason"
        value = shape.involvement_type_change_reason
        if value is not None:
            out["InvolvementTypeChangeReason"] = _serde.enc_str(value, wire)
        member = "RelatedEntityIds"
        value = shape.related_entity_ids
        if value is not None:
            out["RelatedEntityIds"] = _encode_AwsOpportunityRelatedEntities(value, wire)
        member = "Customer"
        value = shape.customer
        if value is not None:
            out["Customer"] = _encode_AwsOpportunityCustomer(value, wire)
        member = "Project"
        value = shape.project
        if value is not None:
            out["Project"] = _encode_AwsOpportunityProject(value, wire)
        member = "CosellMotion"
        value = shape.cosell_motion
        if value is not None:
            out["CosellMotion"] = _serde.enc_str(value, wire)
        member = "CosellMotionReason"
        value = shape.cosell_motion_reason
        if value is not None:
            out["CosellMotionReason"] = _serde.enc_str(value, wire)
        member = "SoftwareRevenue"
        value = shape.software_revenue
        if value is not None:
            out["SoftwareRevenue"] = _encode_AwsSoftwareRevenue(value, wire)
        member = "Catalog"
        value = shape.catalog
        if value is not None:
            out["Catalog"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetAwsOpportunitySummaryResponse(
    data: _Any, wire: bool
) -> _classes.GetAwsOpportunitySummaryResponse:
    if not wire:
        _classes.GetAwsOpportunitySummaryResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetAwsOpportunitySummaryResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("RelatedOpportunityId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RelatedOpportunityId")
    fields.related_opportunity_id = value
    value = get("CosellMotion")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CosellMotion")
    fields.cosell_motion = value
    value = get("CosellMotionReason")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CosellMotionReason")
    fields.cosell_motion_reason = value
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    member = ""
    try:
        member = "Origin"
        value = get("Origin")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.origin = None if value is None else _lookup_OpportunityOrigin(value, value)
        member = "InvolvementType"
        value = get("InvolvementType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.involvement_type = (
            None if value is None else _lookup_SalesInvolvementType(value, value)
        )
        member = "Visibility"
        value = get("Visibility")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.visibility = None if value is None else _lookup_Visibility(value, value)
        member = "LifeCycle"
        value = get("LifeCycle")
        fields.life_cycle = None if value is None else _decode_AwsOpportunityLifeCycle(value, wire)
        member = "OpportunityTeam"
        value = get("OpportunityTeam")
        fields.opportunity_team = (
            None if value is None else _decode_AwsOpportunityTeamMembersList(value, wire)
        )
        member = "Insights"
        value = get("Insights")
        fields.insights = None if value is None else _decode_AwsOpportunityInsights(value, wire)
        member = "InvolvementTypeChangeReason"
        value = get("InvolvementTypeChangeReason")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.involvement_type_change_reason = (
            None if value is None else _lookup_InvolvementTypeChangeReason(value, value)
        )
        member = "RelatedEntityIds"
        value = get("RelatedEntityIds")
        fields.related_entity_ids = (
            None if value is None else _decode_AwsOpportunityRelatedEntities(value, wire)
        )
        member = "Customer"
        value = get("Customer")
        fields.customer = None if value is None else _decode_AwsOpportunityCustomer(value, wire)
        member = "Project"
        value = get("Project")
        fields.project = None if value is None else _decode_AwsOpportunityProject(value, wire)
        member = "SoftwareRevenue"
        value = get("SoftwareRevenue")
        fields.software_revenue = (
            None if value is None else _decode_AwsSoftwareRevenue(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.GetAwsOpportunitySummaryRequest,
    _encode_GetAwsOpportunitySummaryRequest,
    _decode_GetAwsOpportunitySummaryRequest,
)
_bind_codec(
    _classes.GetAwsOpportunitySummaryResponse,
    _encode_GetAwsOpportunitySummaryResponse,
    _decode_GetAwsOpportunitySummaryResponse,
)
