"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_get_customer_account.py``

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
from ...shapes import _get_customer_account as _classes
from ._customer_account_data import (
    _decode_CustomerAccountData,
    _encode_CustomerAccountData,
)
from ._tag import (
    _decode_TagList,
    _encode_TagList,
)
from ..plain import (
    _decode_EligibleProgramList,
    _encode_EligibleProgramList,
)

_lookup_CustomerAccountFailureReason = _enum_lookup(
    globals(), "_lookup_CustomerAccountFailureReason", _enums, "CustomerAccountFailureReason"
)
_lookup_EnrichmentStatus = _enum_lookup(
    globals(), "_lookup_EnrichmentStatus", _enums, "EnrichmentStatus"
)


def _encode_AwsEnrichment(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AwsEnrichment):
        raise _serde.wrong_shape(_classes.AwsEnrichment, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Customer"
        value = shape.customer
        if value is not None:
            out["Customer"] = _encode_AwsEnrichmentCustomer(value, wire)
        member = "Insights"
        value = shape.insights
        if value is not None:
            out["Insights"] = _encode_AwsEnrichmentInsights(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AwsEnrichment(data: _Any, wire: bool) -> _classes.AwsEnrichment:
    if not wire:
        _classes.AwsEnrichment._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AwsEnrichment)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "Customer"
        value = get("Customer")
        fields.customer = None if value is None else _decode_AwsEnrichmentCustomer(value, wire)
        member = "Insights"
        value = get("Insights")
        fields.insights = None if value is None else _decode_AwsEnrichmentInsights(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_AwsEnrichmentCustomer(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AwsEnrichmentCustomer):
        raise _serde.wrong_shape(_classes.AwsEnrichmentCustomer, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "AccountName"
        value = shape.account_name
        if value is not None:
            out["AccountName"] = _serde.enc_str(value, wire)
        member = "Industry"
        value = shape.industry
        if value is not None:
            out["Industry"] = _serde.enc_str(value, wire)
        member = "SubIndustry"
        value = shape.sub_industry
        if value is not None:
            out["SubIndustry"] = _serde.enc_str(value, wire)
        member = "Sector"
        value = shape.sector
        if value is not None:
            out["Sector"] = _serde.enc_str(value, wire)
        member = "Segment"
        value = shape.segment
        if value is not None:
            out["Segment"] = _serde.enc_str(value, wire)
        member = "CompanySize"
        value = shape.company_size
        if value is not None:
            out["CompanySize"] = _serde.enc_str(value, wire)
        member = "Region"
        value = shape.region
        if value is not None:
            out["Region"] = _serde.enc_str(value, wire)
        member = "SubRegion"
        value = shape.sub_region
        if value is not None:
            out["SubRegion"] = _serde.enc_str(value, wire)
        member = "Geo"
        value = shape.geo
        if value is not None:
            out["Geo"] = _serde.enc_str(value, wire)
        member = "Country"
        value = shape.country
        if value is not None:
            out["Country"] = _serde.enc_str(value, wire)
        member = "CustomerAccountPlanningQualification"
        value = shape.customer_account_planning_qualification
        if value is not None:
            out["CustomerAccountPlanningQualification"] = _serde.enc_str(value, wire)
        member = "EligiblePrograms"
        value = shape.eligible_programs
        if value is not None:
            out["EligiblePrograms"] = _encode_EligibleProgramList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AwsEnrichmentCustomer(data: _Any, wire: bool) -> _classes.AwsEnrichmentCustomer:
    if not wire:
        _classes.AwsEnrichmentCustomer._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AwsEnrichmentCustomer)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("AccountName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "AccountName")
    fields.account_name = value
    value = get("Industry")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Industry")
    fields.industry = value
    value = get("SubIndustry")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "SubIndustry")
    fields.sub_industry = value
    value = get("Sector")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Sector")
    fields.sector = value
    value = get("Segment")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Segment")
    fields.segment = value
    value = get("CompanySize")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CompanySize")
    fields.company_size = value
    value = get("Region")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Region")
    fields.region = value
    value = get("SubRegion")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "SubRegion")
    fields.sub_region = value
    value = get("Geo")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Geo")
    fields.geo = value
    value = get("Country")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Country")
    fields.country = value
    value = get("CustomerAccountPlanningQualification")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(
            _serde.dec_str, value, wire, "CustomerAccountPlanningQualification"
        )
    fields.customer_account_planning_qualification = value
    member = ""
    try:
        member = "EligiblePrograms"
        value = get("EligiblePrograms")
        fields.eligible_programs = (
            None if value is None else _decode_EligibleProgramList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_AwsEnrichmentInsights(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AwsEnrichmentInsights):
        raise _serde.wrong_shape(_classes.AwsEnrichmentInsights, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "MarketplaceEngagementScore"
        value = shape.marketplace_engagement_score
        if value is not None:
            out["MarketplaceEngagementScore"] = _serde.enc_str(value, wire)
        member = "SolutionCategory"
        value = shape.solution_category
        if value is not None:
            out["SolutionCategory"] = _serde.enc_str(value, wire)
        member = "SolutionScore"
        value = shape.solution_score
        if value is not None:
            out["SolutionScore"] = _serde.enc_str(value, wire)
        member = "SolutionSubCategory"
        value = shape.solution_sub_category
        if value is not None:
            out["SolutionSubCategory"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AwsEnrichmentInsights(data: _Any, wire: bool) -> _classes.AwsEnrichmentInsights:
    if not wire:
        _classes.AwsEnrichmentInsights._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AwsEnrichmentInsights)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("MarketplaceEngagementScore")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "MarketplaceEngagementScore")
    fields.marketplace_engagement_score = value
    value = get("SolutionCategory")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "SolutionCategory")
    fields.solution_category = value
    value = get("SolutionScore")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "SolutionScore")
    fields.solution_score = value
    value = get("SolutionSubCategory")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "SolutionSubCategory")
    fields.solution_sub_category = value
    return shape


def _encode_GetCustomerAccountRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetCustomerAccountRequest):
        raise _serde.wrong_shape(_classes.GetCustomerAccountRequest, shape)
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


def _decode_GetCustomerAccountRequest(
    data: _Any, wire: bool
) -> _classes.GetCustomerAccountRequest:
    if not wire:
        _classes.GetCustomerAccountRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetCustomerAccountRequest)
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


def _encode_GetCustomerAccountResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetCustomerAccountResponse):
        raise _serde.wrong_shape(_classes.GetCustomerAccountResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
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
        member = "Catalog"
        value = shape.catalog
        if value is not None:
            out["Catalog"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "EnrichmentStatus"
        value = shape.enrichment_status
        if value is not None:
            out["EnrichmentStatus"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "PartnerAccountIdentifier"
        value = shape.partner_account_identifier
        if value is not None:
            out["PartnerAccountIdentifier"] = _serde.enc_str(value, wire)
        member = "CreatedDate"
        value = shape.created_date
        if value is not None:
            out["CreatedDate"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "LastModifiedDate"
        value = shape.last_modified_date
        if value is not None:
            out["LastModifiedDate"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "Issues"
        value = shape.issues
        if value is not None:
            out["Issues"] = _encode_IssueList(value, wire)
        member = "AwsEnrichment"
        value = shape.aws_enrichment
        if value is not None:
            out["AwsEnrichment"] = _encode_AwsEnrichment(value, wire)
        member = "ReasonCode"
        value = shape.reason_code
        if value is not None:
            out["ReasonCode"] = _serde.enc_str(value, wire)
        member = "Message"
        value = shape.message
        if value is not None:
            out["Message"] = _serde.enc_str(value, wire)
        member = "ExistingCustomerAccountArn"
        value = shape.existing_customer_account_arn
        if value is not None:
            out["ExistingCustomerAccountArn"] = _serde.enc_str(value, wire)
        member = "Account"
        value = shape.account
        if value is not None:
            out["Account"] = _encode_CustomerAccountData(value, wire)
        elif wire:
            raise _missing("")
        member = "Tags"
        value = shape.tags
        if value is not None:
            out["Tags"] = _encode_TagList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetCustomerAccountResponse(
    data: _Any, wire: bool
) -> _classes.GetCustomerAccountResponse:
    if not wire:
        _classes.GetCustomerAccountResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetCustomerAccountResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Arn")
    fields.arn = value
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("PartnerAccountIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "PartnerAccountIdentifier")
    fields.partner_account_identifier = value
    value = get("Message")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Message")
    fields.message = value
    value = get("ExistingCustomerAccountArn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ExistingCustomerAccountArn")
    fields.existing_customer_account_arn = value
    member = ""
    try:
        member = "EnrichmentStatus"
        value = get("EnrichmentStatus")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.enrichment_status = (
            None if value is None else _lookup_EnrichmentStatus(value, value)
        )
        member = "CreatedDate"
        value = get("CreatedDate")
        fields.created_date = None if value is None else _serde.dec_timestamp(value, wire)
        member = "LastModifiedDate"
        value = get("LastModifiedDate")
        fields.last_modified_date = None if value is None else _serde.dec_timestamp(value, wire)
        member = "Issues"
        value = get("Issues")
        fields.issues = None if value is None else _decode_IssueList(value, wire)
        member = "AwsEnrichment"
        value = get("AwsEnrichment")
        fields.aws_enrichment = None if value is None else _decode_AwsEnrichment(value, wire)
        member = "ReasonCode"
        value = get("ReasonCode")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.reason_code = (
            None if value is None else _lookup_CustomerAccountFailureReason(value, value)
        )
        member = "Account"
        value = get("Account")
        fields.account = None if value is None else _decode_CustomerAccountData(value, wire)
        member = "Tags"
        value = get("Tags")
        fields.tags = None if value is None else _decode_TagList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_Issue(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.Issue):
        raise _serde.wrong_shape(_classes.Issue, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Severity"
        value = shape.severity
        if value is not None:
            out["Severity"] = _serde.enc_str(value, wire)
        member = "Code"
        value = shape.code
        if value is not None:
            out["Code"] = _serde.enc_str(value, wire)
        member = "Message"
        value = shape.message
        if value is not None:
            out["Message"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_Issue(data: _Any, wire: bool) -> _classes.Issue:
    if not wire:
        _classes.Issue._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.Issue)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Severity")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Severity")
    fields.severity = value
    value = get("Code")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Code")
    fields.code = value
    value = get("Message")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Message")
    fields.message = value
    return shape


def _encode_IssueList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_Issue)


def _decode_IssueList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_Issue)


_bind_codec(_classes.AwsEnrichment, _encode_AwsEnrichment, _decode_AwsEnrichment)
_bind_codec(
    _classes.AwsEnrichmentCustomer, _encode_AwsEnrichmentCustomer, _decode_AwsEnrichmentCustomer
)
_bind_codec(
    _classes.AwsEnrichmentInsights, _encode_AwsEnrichmentInsights, _decode_AwsEnrichmentInsights
)
_bind_codec(
    _classes.GetCustomerAccountRequest,
    _encode_GetCustomerAccountRequest,
    _decode_GetCustomerAccountRequest,
)
_bind_codec(
    _classes.GetCustomerAccountResponse,
    _encode_GetCustomerAccountResponse,
    _decode_GetCustomerAccountResponse,
)
_bind_codec(_classes.Issue, _encode_Issue, _decode_Issue)
