"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_get_resource_snapshot.py``

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
from ...shapes import _get_resource_snapshot as _classes
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
from ._contact import (
    _decode_PartnerOpportunityTeamMembersList,
    _encode_PartnerOpportunityTeamMembersList,
)
from ._customer import (
    _decode_Customer,
    _encode_Customer,
)
from ._expected_contract_duration import (
    _decode_ExpectedContractDuration,
    _encode_ExpectedContractDuration,
)
from ._expected_customer_spend import (
    _decode_ExpectedCustomerSpendList,
    _encode_ExpectedCustomerSpendList,
)
from ._related_entity_identifiers import (
    _decode_RelatedEntityIdentifiers,
    _encode_RelatedEntityIdentifiers,
)
from ..plain import (
    _decode_AwsAccountIdOrAliasList,
    _decode_DeliveryModels,
    _decode_PrimaryNeedsFromAws,
    _decode_SalesActivities,
    _encode_AwsAccountIdOrAliasList,
    _encode_DeliveryModels,
    _encode_PrimaryNeedsFromAws,
    _encode_SalesActivities,
)

_lookup_InvolvementTypeChangeReason = _enum_lookup(
    globals(), "_lookup_InvolvementTypeChangeReason", _enums, "InvolvementTypeChangeReason"
)
_lookup_OpportunityOrigin = _enum_lookup(
    globals(), "_lookup_OpportunityOrigin", _enums, "OpportunityOrigin"
)
_lookup_OpportunityType = _enum_lookup(
    globals(), "_lookup_OpportunityType", _enums, "OpportunityType"
)
_lookup_ResourceType = _enum_lookup(globals(), "_lookup_ResourceType", _enums, "ResourceType")
_lookup_ReviewStatus = _enum_lookup(globals(), "_lookup_ReviewStatus", _enums, "ReviewStatus")
_lookup_SalesInvolvementType = _enum_lookup(
    globals(), "_lookup_SalesInvolvementType", _enums, "SalesInvolvementType"
)
_lookup_Stage = _enum_lookup(globals(), "_lookup_Stage", _enums, "Stage")
_lookup_Visibility = _enum_lookup(globals(), "_lookup_Visibility", _enums, "Visibility")


def _encode_AwsOpportunitySummaryFullView(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AwsOpportunitySummaryFullView):
        raise _serde.wrong_shape(_classes.AwsOpportunitySummaryFullView, shape)
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
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AwsOpportunitySummaryFullView(
    data: _Any, wire: bool
) -> _classes.AwsOpportunitySummaryFullView:
    if not wire:
        _classes.AwsOpportunitySummaryFullView._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AwsOpportunitySummaryFullView)
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


def _encode_GetResourceSnapshotRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetResourceSnapshotRequest):
        raise _serde.wrong_shape(_classes.GetResourceSnapshotRequest, shape)
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
        member = "EngagementIdentifier"
        value = shape.engagement_identifier
        if value is not None:
            out["EngagementIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ResourceType"
        value = shape.resource_type
        if value is not None:
            out["ResourceType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ResourceIdentifier"
        value = shape.resource_identifier
        if value is not None:
            out["ResourceIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ResourceSnapshotTemplateIdentifier"
        value = shape.resource_snapshot_template_identifier
        if value is not None:
            out["ResourceSnapshotTemplateIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Revision"
        value = shape.revision
        if value is not None:
            out["Revision"] = _serde.enc_int(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetResourceSnapshotRequest(
    data: _Any, wire: bool
) -> _classes.GetResourceSnapshotRequest:
    if not wire:
        _classes.GetResourceSnapshotRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetResourceSnapshotRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("EngagementIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EngagementIdentifier")
    fields.engagement_identifier = value
    value = get("ResourceIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ResourceIdentifier")
    fields.resource_identifier = value
    value = get("ResourceSnapshotTemplateIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(
            _serde.dec_str, value, wire, "ResourceSnapshotTemplateIdentifier"
        )
    fields.resource_snapshot_template_identifier = value
    value = get("Revision")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "Revision")
    fields.revision = value
    member = ""
    try:
        member = "ResourceType"
        value = get("ResourceType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.resource_type = None if value is None else _lookup_ResourceType(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_GetResourceSnapshotResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetResourceSnapshotResponse):
        raise _serde.wrong_shape(_classes.GetResourceSnapshotResponse, shape)
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
        member = "CreatedBy"
        value = shape.created_by
        if value is not None:
            out["CreatedBy"] = _serde.enc_str(value, wire)
        member = "CreatedAt"
        value = shape.created_at
        if value is not None:
            out["CreatedAt"] = _serde.enc_iso8601(value, wire)
        member = "EngagementId"
        value = shape.engagement_id
        if value is not None:
            out["EngagementId"] = _serde.enc_str(value, wire)
        member = "ResourceType"
        value = shape.resource_type
        if value is not None:
            out["ResourceType"] = _serde.enc_str(value, wire)
        member = "ResourceId"
        value = shape.resource_id
        if value is not None:
            out["ResourceId"] = _serde.enc_str(value, wire)
        member = "ResourceSnapshotTemplateName"
        value = shape.resource_snapshot_template_name
        if value is not None:
            out["ResourceSnapshotTemplateName"] = _serde.enc_str(value, wire)
        member = "Revision"
        value = shape.revision
        if value is not None:
            out["Revision"] = _serde.enc_int(value, wire)
        member = "Payload"
        value = shape.payload
        if value is not None:
            out["Payload"] = _encode_ResourceSnapshotPayload(value, wire)
        member = "TargetMemberAccounts"
        value = shape.target_member_accounts
        if value is not None:
            out["TargetMemberAccounts"] = _encode_AwsAccountIdOrAliasList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetResourceSnapshotResponse(
    data: _Any, wire: bool
) -> _classes.GetResourceSnapshotResponse:
    if not wire:
        _classes.GetResourceSnapshotResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetResourceSnapshotResponse)
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
    value = get("CreatedBy")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CreatedBy")
    fields.created_by = value
    value = get("EngagementId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EngagementId")
    fields.engagement_id = value
    value = get("ResourceId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ResourceId")
    fields.resource_id = value
    value = get("ResourceSnapshotTemplateName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ResourceSnapshotTemplateName")
    fields.resource_snapshot_template_name = value
    value = get("Revision")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "Revision")
    fields.revision = value
    member = ""
    try:
        member = "CreatedAt"
        value = get("CreatedAt")
        fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "ResourceType"
        value = get("ResourceType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.resource_type = None if value is None else _lookup_ResourceType(value, value)
        member = "Payload"
        value = get("Payload")
        fields.payload = None if value is None else _decode_ResourceSnapshotPayload(value, wire)
        member = "TargetMemberAccounts"
        value = get("TargetMemberAccounts")
        fields.target_member_accounts = (
            None if value is None else _decode_AwsAccountIdOrAliasList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_LifeCycleForView(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.LifeCycleForView):
        raise _serde.wrong_shape(_classes.LifeCycleForView, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "TargetCloseDate"
        value = shape.target_close_date
        if value is not None:
            out["TargetCloseDate"] = _serde.enc_str(value, wire)
        member = "ReviewStatus"
        value = shape.review_status
        if value is not None:
            out["ReviewStatus"] = _serde.enc_str(value, wire)
        member = "Stage"
        value = shape.stage
        if value is not None:
            out["Stage"] = _serde.enc_str(value, wire)
        member = "NextSteps"
        value = shape.next_steps
        if value is not None:
            out["NextSteps"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_LifeCycleForView(data: _Any, wire: bool) -> _classes.LifeCycleForView:
    if not wire:
        _classes.LifeCycleForView._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.LifeCycleForView)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("TargetCloseDate")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "TargetCloseDate")
    fields.target_close_date = value
    value = get("NextSteps")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "NextSteps")
    fields.next_steps = value
    member = ""
    try:
        member = "ReviewStatus"
        value = get("ReviewStatus")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.review_status = None if value is None else _lookup_ReviewStatus(value, value)
        member = "Stage"
        value = get("Stage")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.stage = None if value is None else _lookup_Stage(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_OpportunitySummaryView(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.OpportunitySummaryView):
        raise _serde.wrong_shape(_classes.OpportunitySummaryView, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "OpportunityType"
        value = shape.opportunity_type
        if value is not None:
            out["OpportunityType"] = _serde.enc_str(value, wire)
        member = "Lifecycle"
        value = shape.lifecycle
        if value is not None:
            out["Lifecycle"] = _encode_LifeCycleForView(value, wire)
        member = "OpportunityTeam"
        value = shape.opportunity_team
        if value is not None:
            out["OpportunityTeam"] = _encode_PartnerOpportunityTeamMembersList(value, wire)
        member = "PrimaryNeedsFromAws"
        value = shape.primary_needs_from_aws
        if value is not None:
            out["PrimaryNeedsFromAws"] = _encode_PrimaryNeedsFromAws(value, wire)
        member = "Customer"
        value = shape.customer
        if value is not None:
            out["Customer"] = _encode_Customer(value, wire)
        member = "Project"
        value = shape.project
        if value is not None:
            out["Project"] = _encode_ProjectView(value, wire)
        member = "RelatedEntityIdentifiers"
        value = shape.related_entity_identifiers
        if value is not None:
            out["RelatedEntityIdentifiers"] = _encode_RelatedEntityIdentifiers(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_OpportunitySummaryView(data: _Any, wire: bool) -> _classes.OpportunitySummaryView:
    if not wire:
        _classes.OpportunitySummaryView._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.OpportunitySummaryView)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "OpportunityType"
        value = get("OpportunityType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.opportunity_type = None if value is None else _lookup_OpportunityType(value, value)
        member = "Lifecycle"
        value = get("Lifecycle")
        fields.lifecycle = None if value is None else _decode_LifeCycleForView(value, wire)
        member = "OpportunityTeam"
        value = get("OpportunityTeam")
        fields.opportunity_team = (
            None if value is None else _decode_PartnerOpportunityTeamMembersList(value, wire)
        )
        member = "PrimaryNeedsFromAws"
        value = get("PrimaryNeedsFromAws")
        fields.primary_needs_from_aws = (
            None if value is None else _decode_PrimaryNeedsFromAws(value, wire)
        )
        member = "Customer"
        value = get("Customer")
        fields.customer = None if value is None else _decode_Customer(value, wire)
        member = "Project"
        value = get("Project")
        fields.project = None if value is None else _decode_ProjectView(value, wire)
        member = "RelatedEntityIdentifiers"
        value = get("RelatedEntityIdentifiers")
        fields.related_entity_identifiers = (
            None if value is None else _decode_RelatedEntityIdentifiers(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ProjectView(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ProjectView):
        raise _serde.wrong_shape(_classes.ProjectView, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "DeliveryModels"
        value = shape.delivery_models
        if value is not None:
            out["DeliveryModels"] = _encode_DeliveryModels(value, wire)
        member = "ExpectedCustomerSpend"
        value = shape.expected_customer_spend
        if value is not None:
            out["ExpectedCustomerSpend"] = _encode_ExpectedCustomerSpendList(value, wire)
        member = "ExpectedContractDuration"
        value = shape.expected_contract_duration
        if value is not None:
            out["ExpectedContractDuration"] = _encode_ExpectedContractDuration(value, wire)
        member = "CustomerUseCase"
        value = shape.customer_use_case
        if value is not None:
            out["CustomerUseCase"] = _serde.enc_str(value, wire)
        member = "SalesActivities"
        value = shape.sales_activities
        if value is not None:
            out["SalesActivities"] = _encode_SalesActivities(value, wire)
        member = "OtherSolutionDescription"
        value = shape.other_solution_description
        if value is not None:
            out["OtherSolutionDescription"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ProjectView(data: _Any, wire: bool) -> _classes.ProjectView:
    if not wire:
        _classes.ProjectView._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ProjectView)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("CustomerUseCase")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CustomerUseCase")
    fields.customer_use_case = value
    value = get("OtherSolutionDescription")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "OtherSolutionDescription")
    fields.other_solution_description = value
    member = ""
    try:
        member = "DeliveryModels"
        value = get("DeliveryModels")
        fields.delivery_models = None if value is None else _decode_DeliveryModels(value, wire)
        member = "ExpectedCustomerSpend"
        value = get("ExpectedCustomerSpend")
        fields.expected_customer_spend = (
            None if value is None else _decode_ExpectedCustomerSpendList(value, wire)
        )
        member = "ExpectedContractDuration"
        value = get("ExpectedContractDuration")
        fields.expected_contract_duration = (
            None if value is None else _decode_ExpectedContractDuration(value, wire)
        )
        member = "SalesActivities"
        value = get("SalesActivities")
        fields.sales_activities = None if value is None else _decode_SalesActivities(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ResourceSnapshotPayload(union: _Any, wire: bool) -> _Any:
    if not isinstance(union, _classes.ResourceSnapshotPayload):
        raise _serde.wrong_shape(_classes.ResourceSnapshotPayload, union)
    return union._encode(wire)  # the variant's


def _decode_ResourceSnapshotPayload(data: _Any, wire: bool) -> _classes.ResourceSnapshotPayload:
    tag, value = _classes.ResourceSnapshotPayload._single_item(data)
    try:
        if tag == "OpportunitySummary":
            return _classes.ResourceSnapshotPayloadOpportunitySummary(
                _decode_OpportunitySummaryView(value, wire)
            )
        if tag == "AwsOpportunitySummaryFullView":
            return _classes.ResourceSnapshotPayloadAwsOpportunitySummaryFullView(
                _decode_AwsOpportunitySummaryFullView(value, wire)
            )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, tag) from None
    if not wire:
        _classes.ResourceSnapshotPayload._check_keys(data)
    return _classes.ResourceSnapshotPayloadUnknown(tag, value)


def _encode_ResourceSnapshotPayloadOpportunitySummary(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {"OpportunitySummary": _encode_OpportunitySummaryView(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("OpportunitySummary") from None


def _encode_ResourceSnapshotPayloadAwsOpportunitySummaryFullView(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {
            "AwsOpportunitySummaryFullView": _encode_AwsOpportunitySummaryFullView(
                variant.value, wire
            )
        }
    except _ParamValidationError as error:
        raise error.nested("AwsOpportunitySummaryFullView") from None


_bind_codec(
    _classes.AwsOpportunitySummaryFullView,
    _encode_AwsOpportunitySummaryFullView,
    _decode_AwsOpportunitySummaryFullView,
)
_bind_codec(
    _classes.GetResourceSnapshotRequest,
    _encode_GetResourceSnapshotRequest,
    _decode_GetResourceSnapshotRequest,
)
_bind_codec(
    _classes.GetResourceSnapshotResponse,
    _encode_GetResourceSnapshotResponse,
    _decode_GetResourceSnapshotResponse,
)
_bind_codec(_classes.LifeCycleForView, _encode_LifeCycleForView, _decode_LifeCycleForView)
_bind_codec(
    _classes.OpportunitySummaryView, _encode_OpportunitySummaryView, _decode_OpportunitySummaryView
)
_bind_codec(_classes.ProjectView, _encode_ProjectView, _decode_ProjectView)
_bind_codec(_classes.ResourceSnapshotPayload, decode=_decode_ResourceSnapshotPayload)
_bind_codec(
    _classes.ResourceSnapshotPayloadOpportunitySummary,
    _encode_ResourceSnapshotPayloadOpportunitySummary,
)
_bind_codec(
    _classes.ResourceSnapshotPayloadAwsOpportunitySummaryFullView,
    _encode_ResourceSnapshotPayloadAwsOpportunitySummaryFullView,
)
