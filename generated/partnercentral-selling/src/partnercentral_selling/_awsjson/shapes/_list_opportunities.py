"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_list_opportunities.py``

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
from ...shapes import _list_opportunities as _classes
from ._expected_contract_duration import (
    _decode_ExpectedContractDuration,
    _encode_ExpectedContractDuration,
)
from ._expected_customer_spend import (
    _decode_ExpectedCustomerSpendList,
    _encode_ExpectedCustomerSpendList,
)
from ..plain import (
    _decode_DeliveryModels,
    _decode_ListOpportunitiesRequestCustomerCompanyNameList,
    _decode_ListOpportunitiesRequestIdentifierList,
    _decode_ListOpportunitiesRequestLifeCycleReviewStatusList,
    _decode_ListOpportunitiesRequestLifeCycleStageList,
    _encode_DeliveryModels,
    _encode_ListOpportunitiesRequestCustomerCompanyNameList,
    _encode_ListOpportunitiesRequestIdentifierList,
    _encode_ListOpportunitiesRequestLifeCycleReviewStatusList,
    _encode_ListOpportunitiesRequestLifeCycleStageList,
)

_lookup_ClosedLostReason = _enum_lookup(
    globals(), "_lookup_ClosedLostReason", _enums, "ClosedLostReason"
)
_lookup_CountryCode = _enum_lookup(globals(), "_lookup_CountryCode", _enums, "CountryCode")
_lookup_Industry = _enum_lookup(globals(), "_lookup_Industry", _enums, "Industry")
_lookup_OpportunitySortName = _enum_lookup(
    globals(), "_lookup_OpportunitySortName", _enums, "OpportunitySortName"
)
_lookup_OpportunityType = _enum_lookup(
    globals(), "_lookup_OpportunityType", _enums, "OpportunityType"
)
_lookup_ReviewStatus = _enum_lookup(globals(), "_lookup_ReviewStatus", _enums, "ReviewStatus")
_lookup_SortOrder = _enum_lookup(globals(), "_lookup_SortOrder", _enums, "SortOrder")
_lookup_Stage = _enum_lookup(globals(), "_lookup_Stage", _enums, "Stage")


def _encode_AccountSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AccountSummary):
        raise _serde.wrong_shape(_classes.AccountSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Industry"
        value = shape.industry
        if value is not None:
            out["Industry"] = _serde.enc_str(value, wire)
        member = "OtherIndustry"
        value = shape.other_industry
        if value is not None:
            out["OtherIndustry"] = _serde.enc_str(value, wire)
        member = "CompanyName"
        value = shape.company_name
        if value is not None:
            out["CompanyName"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "WebsiteUrl"
        value = shape.website_url
        if value is not None:
            out["WebsiteUrl"] = _serde.enc_str(value, wire)
        member = "Address"
        value = shape.address
        if value is not None:
            out["Address"] = _encode_AddressSummary(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AccountSummary(data: _Any, wire: bool) -> _classes.AccountSummary:
    if not wire:
        _classes.AccountSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AccountSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("OtherIndustry")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "OtherIndustry")
    fields.other_industry = value
    value = get("CompanyName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CompanyName")
    fields.company_name = value
    value = get("WebsiteUrl")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "WebsiteUrl")
    fields.website_url = value
    member = ""
    try:
        member = "Industry"
        value = get("Industry")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.industry = None if value is None else _lookup_Industry(value, value)
        member = "Address"
        value = get("Address")
        fields.address = None if value is None else _decode_AddressSummary(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_AddressSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AddressSummary):
        raise _serde.wrong_shape(_classes.AddressSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "City"
        value = shape.city
        if value is not None:
            out["City"] = _serde.enc_str(value, wire)
        member = "PostalCode"
        value = shape.postal_code
        if value is not None:
            out["PostalCode"] = _serde.enc_str(value, wire)
        member = "StateOrRegion"
        value = shape.state_or_region
        if value is not None:
            out["StateOrRegion"] = _serde.enc_str(value, wire)
        member = "CountryCode"
        value = shape.country_code
        if value is not None:
            out["CountryCode"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AddressSummary(data: _Any, wire: bool) -> _classes.AddressSummary:
    if not wire:
        _classes.AddressSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AddressSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("City")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "City")
    fields.city = value
    value = get("PostalCode")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "PostalCode")
    fields.postal_code = value
    value = get("StateOrRegion")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "StateOrRegion")
    fields.state_or_region = value
    member = ""
    try:
        member = "CountryCode"
        value = get("CountryCode")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.country_code = None if value is None else _lookup_CountryCode(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CreatedDateFilter(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreatedDateFilter):
        raise _serde.wrong_shape(_classes.CreatedDateFilter, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "AfterCreatedDate"
        value = shape.after_created_date
        if value is not None:
            out["AfterCreatedDate"] = _serde.enc_iso8601(value, wire)
        member = "BeforeCreatedDate"
        value = shape.before_created_date
        if value is not None:
            out["BeforeCreatedDate"] = _serde.enc_iso8601(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreatedDateFilter(data: _Any, wire: bool) -> _classes.CreatedDateFilter:
    if not wire:
        _classes.CreatedDateFilter._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreatedDateFilter)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "AfterCreatedDate"
        value = get("AfterCreatedDate")
        fields.after_created_date = None if value is None else _serde.dec_timestamp(value, wire)
        member = "BeforeCreatedDate"
        value = get("BeforeCreatedDate")
        fields.before_created_date = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CustomerSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CustomerSummary):
        raise _serde.wrong_shape(_classes.CustomerSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Account"
        value = shape.account
        if value is not None:
            out["Account"] = _encode_AccountSummary(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CustomerSummary(data: _Any, wire: bool) -> _classes.CustomerSummary:
    if not wire:
        _classes.CustomerSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CustomerSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "Account"
        value = get("Account")
        fields.account = None if value is None else _decode_AccountSummary(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_LastModifiedDate(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.LastModifiedDate):
        raise _serde.wrong_shape(_classes.LastModifiedDate, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "AfterLastModifiedDate"
        value = shape.after_last_modified_date
        if value is not None:
            out["AfterLastModifiedDate"] = _serde.enc_iso8601(value, wire)
        member = "BeforeLastModifiedDate"
        value = shape.before_last_modified_date
        if value is not None:
            out["BeforeLastModifiedDate"] = _serde.enc_iso8601(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_LastModifiedDate(data: _Any, wire: bool) -> _classes.LastModifiedDate:
    if not wire:
        _classes.LastModifiedDate._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.LastModifiedDate)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "AfterLastModifiedDate"
        value = get("AfterLastModifiedDate")
        fields.after_last_modified_date = (
            None if value is None else _serde.dec_timestamp(value, wire)
        )
        member = "BeforeLastModifiedDate"
        value = get("BeforeLastModifiedDate")
        fields.before_last_modified_date = (
            None if value is None else _serde.dec_timestamp(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_LifeCycleSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.LifeCycleSummary):
        raise _serde.wrong_shape(_classes.LifeCycleSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Stage"
        value = shape.stage
        if value is not None:
            out["Stage"] = _serde.enc_str(value, wire)
        member = "ClosedLostReason"
        value = shape.closed_lost_reason
        if value is not None:
            out["ClosedLostReason"] = _serde.enc_str(value, wire)
        member = "NextSteps"
        value = shape.next_steps
        if value is not None:
            out["NextSteps"] = _serde.enc_str(value, wire)
        member = "TargetCloseDate"
        value = shape.target_close_date
        if value is not None:
            out["TargetCloseDate"] = _serde.enc_str(value, wire)
        member = "ReviewStatus"
        value = shape.review_status
        if value is not None:
            out["ReviewStatus"] = _serde.enc_str(value, wire)
        member = "ReviewComments"
        value = shape.review_comments
        if value is not None:
            out["ReviewComments"] = _serde.enc_str(value, wire)
        member = "ReviewStatusReason"
        value = shape.review_status_reason
        if value is not None:
            out["ReviewStatusReason"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_LifeCycleSummary(data: _Any, wire: bool) -> _classes.LifeCycleSummary:
    if not wire:
        _classes.LifeCycleSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.LifeCycleSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("NextSteps")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "NextSteps")
    fields.next_steps = value
    value = get("TargetCloseDate")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "TargetCloseDate")
    fields.target_close_date = value
    value = get("ReviewComments")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ReviewComments")
    fields.review_comments = value
    value = get("ReviewStatusReason")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ReviewStatusReason")
    fields.review_status_reason = value
    member = ""
    try:
        member = "Stage"
        value = get("Stage")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.stage = None if value is None else _lookup_Stage(value, value)
        member = "ClosedLostReason"
        value = get("ClosedLostReason")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.closed_lost_reason = (
            None if value is None else _lookup_ClosedLostReason(value, value)
        )
        member = "ReviewStatus"
        value = get("ReviewStatus")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.review_status = None if value is None else _lookup_ReviewStatus(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListOpportunitiesRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListOpportunitiesRequest):
        raise _serde.wrong_shape(_classes.ListOpportunitiesRequest, shape)
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
        member = "MaxResults"
        value = shape.max_results
        if value is not None:
            out["MaxResults"] = _serde.enc_int(value, wire)
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
        member = "Sort"
        value = shape.sort
        if value is not None:
            out["Sort"] = _encode_OpportunitySort(value, wire)
        member = "LastModifiedDate"
        value = shape.last_modified_date
        if value is not None:
            out["LastModifiedDate"] = _encode_LastModifiedDate(value, wire)
        member = "Identifier"
        value = shape.identifier
        if value is not None:
            out["Identifier"] = _encode_ListOpportunitiesRequestIdentifierList(value, wire)
        member = "LifeCycleStage"
        value = shape.life_cycle_stage
        if value is not None:
            out["LifeCycleStage"] = _encode_ListOpportunitiesRequestLifeCycleStageList(value, wire)
        member = "LifeCycleReviewStatus"
        value = shape.life_cycle_review_status
        if value is not None:
            out["LifeCycleReviewStatus"] = (
                _encode_ListOpportunitiesRequestLifeCycleReviewStatusList(value, wire)
            )
        member = "CustomerCompanyName"
        value = shape.customer_company_name
        if value is not None:
            out["CustomerCompanyName"] = _encode_ListOpportunitiesRequestCustomerCompanyNameList(
                value, wire
            )
        member = "CreatedDate"
        value = shape.created_date
        if value is not None:
            out["CreatedDate"] = _encode_CreatedDateFilter(value, wire)
        member = "TargetCloseDate"
        value = shape.target_close_date
        if value is not None:
            out["TargetCloseDate"] = _encode_TargetCloseDateFilter(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListOpportunitiesRequest(data: _Any, wire: bool) -> _classes.ListOpportunitiesRequest:
    if not wire:
        _classes.ListOpportunitiesRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListOpportunitiesRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("MaxResults")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "MaxResults")
    fields.max_results = value
    value = get("NextToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "NextToken")
    fields.next_token = value
    member = ""
    try:
        member = "Sort"
        value = get("Sort")
        fields.sort = None if value is None else _decode_OpportunitySort(value, wire)
        member = "LastModifiedDate"
        value = get("LastModifiedDate")
        fields.last_modified_date = (
            None if value is None else _decode_LastModifiedDate(value, wire)
        )
        member = "Identifier"
        value = get("Identifier")
        fields.identifier = (
            None if value is None else _decode_ListOpportunitiesRequestIdentifierList(value, wire)
        )
        member = "LifeCycleStage"
        value = get("LifeCycleStage")
        fields.life_cycle_stage = (
            None
            if value is None
            else _decode_ListOpportunitiesRequestLifeCycleStageList(value, wire)
        )
        member = "LifeCycleReviewStatus"
        value = get("LifeCycleReviewStatus")
        fields.life_cycle_review_status = (
            None
            if value is None
            else _decode_ListOpportunitiesRequestLifeCycleReviewStatusList(value, wire)
        )
        member = "CustomerCompanyName"
        value = get("CustomerCompanyName")
        fields.customer_company_name = (
            None
            if value is None
            else _decode_ListOpportunitiesRequestCustomerCompanyNameList(value, wire)
        )
        member = "CreatedDate"
        value = get("CreatedDate")
        fields.created_date = None if value is None else _decode_CreatedDateFilter(value, wire)
        member = "TargetCloseDate"
        value = get("TargetCloseDate")
        fields.target_close_date = (
            None if value is None else _decode_TargetCloseDateFilter(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListOpportunitiesResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListOpportunitiesResponse):
        raise _serde.wrong_shape(_classes.ListOpportunitiesResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "OpportunitySummaries"
        value = shape.opportunity_summaries
        if value is not None:
            out["OpportunitySummaries"] = _encode_OpportunitySummaries(value, wire)
        elif wire:
            raise _missing("")
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListOpportunitiesResponse(
    data: _Any, wire: bool
) -> _classes.ListOpportunitiesResponse:
    if not wire:
        _classes.ListOpportunitiesResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListOpportunitiesResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("NextToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "NextToken")
    fields.next_token = value
    member = ""
    try:
        member = "OpportunitySummaries"
        value = get("OpportunitySummaries")
        fields.opportunity_summaries = (
            None if value is None else _decode_OpportunitySummaries(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_OpportunitySort(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.OpportunitySort):
        raise _serde.wrong_shape(_classes.OpportunitySort, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "SortOrder"
        value = shape.sort_order
        if value is not None:
            out["SortOrder"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "SortBy"
        value = shape.sort_by
        if value is not None:
            out["SortBy"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_OpportunitySort(data: _Any, wire: bool) -> _classes.OpportunitySort:
    if not wire:
        _classes.OpportunitySort._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.OpportunitySort)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "SortOrder"
        value = get("SortOrder")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
        member = "SortBy"
        value = get("SortBy")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_by = None if value is None else _lookup_OpportunitySortName(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_OpportunitySummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.OpportunitySummary):
        raise _serde.wrong_shape(_classes.OpportunitySummary, shape)
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
        member = "Id"
        value = shape.id
        if value is not None:
            out["Id"] = _serde.enc_str(value, wire)
        member = "Arn"
        value = shape.arn
        if value is not None:
            out["Arn"] = _serde.enc_str(value, wire)
        member = "PartnerOpportunityIdentifier"
        value = shape.partner_opportunity_identifier
        if value is not None:
            out["PartnerOpportunityIdentifier"] = _serde.enc_str(value, wire)
        member = "OpportunityType"
        value = shape.opportunity_type
        if value is not None:
            out["OpportunityType"] = _serde.enc_str(value, wire)
        member = "LastModifiedDate"
        value = shape.last_modified_date
        if value is not None:
            out["LastModifiedDate"] = _serde.enc_iso8601(value, wire)
        member = "CreatedDate"
        value = shape.created_date
        if value is not None:
            out["CreatedDate"] = _serde.enc_iso8601(value, wire)
        member = "LifeCycle"
        value = shape.life_cycle
        if value is not None:
            out["LifeCycle"] = _encode_LifeCycleSummary(value, wire)
        member = "Customer"
        value = shape.customer
        if value is not None:
            out["Customer"] = _encode_CustomerSummary(value, wire)
        member = "Project"
        value = shape.project
        if value is not None:
            out["Project"] = _encode_ProjectSummary(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_OpportunitySummary(data: _Any, wire: bool) -> _classes.OpportunitySummary:
    if not wire:
        _classes.OpportunitySummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.OpportunitySummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    value = get("Arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Arn")
    fields.arn = value
    value = get("PartnerOpportunityIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "PartnerOpportunityIdentifier")
    fields.partner_opportunity_identifier = value
    member = ""
    try:
        member = "OpportunityType"
        value = get("OpportunityType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.opportunity_type = None if value is None else _lookup_OpportunityType(value, value)
        member = "LastModifiedDate"
        value = get("LastModifiedDate")
        fields.last_modified_date = None if value is None else _serde.dec_timestamp(value, wire)
        member = "CreatedDate"
        value = get("CreatedDate")
        fields.created_date = None if value is None else _serde.dec_timestamp(value, wire)
        member = "LifeCycle"
        value = get("LifeCycle")
        fields.life_cycle = None if value is None else _decode_LifeCycleSummary(value, wire)
        member = "Customer"
        value = get("Customer")
        fields.customer = None if value is None else _decode_CustomerSummary(value, wire)
        member = "Project"
        value = get("Project")
        fields.project = None if value is None else _decode_ProjectSummary(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ProjectSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ProjectSummary):
        raise _serde.wrong_shape(_classes.ProjectSummary, shape)
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
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ProjectSummary(data: _Any, wire: bool) -> _classes.ProjectSummary:
    if not wire:
        _classes.ProjectSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ProjectSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
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
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_TargetCloseDateFilter(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.TargetCloseDateFilter):
        raise _serde.wrong_shape(_classes.TargetCloseDateFilter, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "AfterTargetCloseDate"
        value = shape.after_target_close_date
        if value is not None:
            out["AfterTargetCloseDate"] = _serde.enc_str(value, wire)
        member = "BeforeTargetCloseDate"
        value = shape.before_target_close_date
        if value is not None:
            out["BeforeTargetCloseDate"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_TargetCloseDateFilter(data: _Any, wire: bool) -> _classes.TargetCloseDateFilter:
    if not wire:
        _classes.TargetCloseDateFilter._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.TargetCloseDateFilter)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("AfterTargetCloseDate")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "AfterTargetCloseDate")
    fields.after_target_close_date = value
    value = get("BeforeTargetCloseDate")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "BeforeTargetCloseDate")
    fields.before_target_close_date = value
    return shape


def _encode_OpportunitySummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_OpportunitySummary)


def _decode_OpportunitySummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_OpportunitySummary)


_bind_codec(_classes.AccountSummary, _encode_AccountSummary, _decode_AccountSummary)
_bind_codec(_classes.AddressSummary, _encode_AddressSummary, _decode_AddressSummary)
_bind_codec(_classes.CreatedDateFilter, _encode_CreatedDateFilter, _decode_CreatedDateFilter)
_bind_codec(_classes.CustomerSummary, _encode_CustomerSummary, _decode_CustomerSummary)
_bind_codec(_classes.LastModifiedDate, _encode_LastModifiedDate, _decode_LastModifiedDate)
_bind_codec(_classes.LifeCycleSummary, _encode_LifeCycleSummary, _decode_LifeCycleSummary)
_bind_codec(
    _classes.ListOpportunitiesRequest,
    _encode_ListOpportunitiesRequest,
    _decode_ListOpportunitiesRequest,
)
_bind_codec(
    _classes.ListOpportunitiesResponse,
    _encode_ListOpportunitiesResponse,
    _decode_ListOpportunitiesResponse,
)
_bind_codec(_classes.OpportunitySort, _encode_OpportunitySort, _decode_OpportunitySort)
_bind_codec(_classes.OpportunitySummary, _encode_OpportunitySummary, _decode_OpportunitySummary)
_bind_codec(_classes.ProjectSummary, _encode_ProjectSummary, _decode_ProjectSummary)
_bind_codec(
    _classes.TargetCloseDateFilter, _encode_TargetCloseDateFilter, _decode_TargetCloseDateFilter
)
