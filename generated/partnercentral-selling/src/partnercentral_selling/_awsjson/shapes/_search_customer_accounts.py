"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_search_customer_accounts.py``

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
from ...shapes import _search_customer_accounts as _classes
from ._filter import (
    _decode_Filter,
    _encode_Filter,
)
from ..plain import (
    _decode_EligibleProgramList,
    _encode_EligibleProgramList,
)

_lookup_EnrichmentStatus = _enum_lookup(
    globals(), "_lookup_EnrichmentStatus", _enums, "EnrichmentStatus"
)
_lookup_SortOrder = _enum_lookup(globals(), "_lookup_SortOrder", _enums, "SortOrder")
_lookup_SortableField = _enum_lookup(globals(), "_lookup_SortableField", _enums, "SortableField")


def _encode_AwsEnrichmentCustomerSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AwsEnrichmentCustomerSummary):
        raise _serde.wrong_shape(_classes.AwsEnrichmentCustomerSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Industry"
        value = shape.industry
        if value is not None:
            out["Industry"] = _serde.enc_str(value, wire)
        member = "AccountPlanningQualification"
        value = shape.account_planning_qualification
        if value is not None:
            out["AccountPlanningQualification"] = _serde.enc_str(value, wire)
        member = "EligiblePrograms"
        value = shape.eligible_programs
        if value is not None:
            out["EligiblePrograms"] = _encode_EligibleProgramList(value, wire)
        member = "Geo"
        value = shape.geo
        if value is not None:
            out["Geo"] = _serde.enc_str(value, wire)
        member = "Country"
        value = shape.country
        if value is not None:
            out["Country"] = _serde.enc_str(value, wire)
        member = "Segment"
        value = shape.segment
        if value is not None:
            out["Segment"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AwsEnrichmentCustomerSummary(
    data: _Any, wire: bool
) -> _classes.AwsEnrichmentCustomerSummary:
    if not wire:
        _classes.AwsEnrichmentCustomerSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AwsEnrichmentCustomerSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Industry")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Industry")
    fields.industry = value
    value = get("AccountPlanningQualification")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "AccountPlanningQualification")
    fields.account_planning_qualification = value
    value = get("Geo")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Geo")
    fields.geo = value
    value = get("Country")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Country")
    fields.country = value
    value = get("Segment")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Segment")
    fields.segment = value
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


def _encode_AwsEnrichmentInsightsSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AwsEnrichmentInsightsSummary):
        raise _serde.wrong_shape(_classes.AwsEnrichmentInsightsSummary, shape)
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
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AwsEnrichmentInsightsSummary(
    data: _Any, wire: bool
) -> _classes.AwsEnrichmentInsightsSummary:
    if not wire:
        _classes.AwsEnrichmentInsightsSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AwsEnrichmentInsightsSummary)
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
    return shape


def _encode_AwsEnrichmentSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AwsEnrichmentSummary):
        raise _serde.wrong_shape(_classes.AwsEnrichmentSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Customer"
        value = shape.customer
        if value is not None:
            out["Customer"] = _encode_AwsEnrichmentCustomerSummary(value, wire)
        member = "Insights"
        value = shape.insights
        if value is not None:
            out["Insights"] = _encode_AwsEnrichmentInsightsSummary(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AwsEnrichmentSummary(data: _Any, wire: bool) -> _classes.AwsEnrichmentSummary:
    if not wire:
        _classes.AwsEnrichmentSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AwsEnrichmentSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "Customer"
        value = get("Customer")
        fields.customer = (
            None if value is None else _decode_AwsEnrichmentCustomerSummary(value, wire)
        )
        member = "Insights"
        value = get("Insights")
        fields.insights = (
            None if value is None else _decode_AwsEnrichmentInsightsSummary(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CustomerAccountDetailsSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CustomerAccountDetailsSummary):
        raise _serde.wrong_shape(_classes.CustomerAccountDetailsSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "CompanyName"
        value = shape.company_name
        if value is not None:
            out["CompanyName"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CustomerAccountDetailsSummary(
    data: _Any, wire: bool
) -> _classes.CustomerAccountDetailsSummary:
    if not wire:
        _classes.CustomerAccountDetailsSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CustomerAccountDetailsSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("CompanyName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CompanyName")
    fields.company_name = value
    return shape


def _encode_CustomerAccountSort(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CustomerAccountSort):
        raise _serde.wrong_shape(_classes.CustomerAccountSort, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "SortBy"
        value = shape.sort_by
        if value is not None:
            out["SortBy"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "SortOrder"
        value = shape.sort_order
        if value is not None:
            out["SortOrder"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CustomerAccountSort(data: _Any, wire: bool) -> _classes.CustomerAccountSort:
    if not wire:
        _classes.CustomerAccountSort._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CustomerAccountSort)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "SortBy"
        value = get("SortBy")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_by = None if value is None else _lookup_SortableField(value, value)
        member = "SortOrder"
        value = get("SortOrder")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CustomerAccountSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CustomerAccountSummary):
        raise _serde.wrong_shape(_classes.CustomerAccountSummary, shape)
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
        member = "CustomerAccount"
        value = shape.customer_account
        if value is not None:
            out["CustomerAccount"] = _encode_CustomerAccountDetailsSummary(value, wire)
        elif wire:
            raise _missing("")
        member = "AwsEnrichment"
        value = shape.aws_enrichment
        if value is not None:
            out["AwsEnrichment"] = _encode_AwsEnrichmentSummary(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CustomerAccountSummary(data: _Any, wire: bool) -> _classes.CustomerAccountSummary:
    if not wire:
        _classes.CustomerAccountSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CustomerAccountSummary)
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
        member = "CustomerAccount"
        value = get("CustomerAccount")
        fields.customer_account = (
            None if value is None else _decode_CustomerAccountDetailsSummary(value, wire)
        )
        member = "AwsEnrichment"
        value = get("AwsEnrichment")
        fields.aws_enrichment = (
            None if value is None else _decode_AwsEnrichmentSummary(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_SearchCustomerAccountsRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.SearchCustomerAccountsRequest):
        raise _serde.wrong_shape(_classes.SearchCustomerAccountsRequest, shape)
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
        member = "Filter"
        value = shape.filter
        if value is not None:
            out["Filter"] = _encode_Filter(value, wire)
        member = "Sort"
        value = shape.sort
        if value is not None:
            out["Sort"] = _encode_CustomerAccountSort(value, wire)
        member = "MaxResults"
        value = shape.max_results
        if value is not None:
            out["MaxResults"] = _serde.enc_int(value, wire)
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_SearchCustomerAccountsRequest(
    data: _Any, wire: bool
) -> _classes.SearchCustomerAccountsRequest:
    if not wire:
        _classes.SearchCustomerAccountsRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.SearchCustomerAccountsRequest)
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
        member = "Filter"
        value = get("Filter")
        fields.filter = None if value is None else _decode_Filter(value, wire)
        member = "Sort"
        value = get("Sort")
        fields.sort = None if value is None else _decode_CustomerAccountSort(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_SearchCustomerAccountsResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.SearchCustomerAccountsResponse):
        raise _serde.wrong_shape(_classes.SearchCustomerAccountsResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "CustomerAccountSummaries"
        value = shape.customer_account_summaries
        if value is not None:
            out["CustomerAccountSummaries"] = _encode_CustomerAccountSummaryList(value, wire)
        elif wire:
            raise _missing("")
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_SearchCustomerAccountsResponse(
    data: _Any, wire: bool
) -> _classes.SearchCustomerAccountsResponse:
    if not wire:
        _classes.SearchCustomerAccountsResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.SearchCustomerAccountsResponse)
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
        member = "CustomerAccountSummaries"
        value = get("CustomerAccountSummaries")
        fields.customer_account_summaries = (
            None if value is None else _decode_CustomerAccountSummaryList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CustomerAccountSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_CustomerAccountSummary)


def _decode_CustomerAccountSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_CustomerAccountSummary)


_bind_codec(
    _classes.AwsEnrichmentCustomerSummary,
    _encode_AwsEnrichmentCustomerSummary,
    _decode_AwsEnrichmentCustomerSummary,
)
_bind_codec(
    _classes.AwsEnrichmentInsightsSummary,
    _encode_AwsEnrichmentInsightsSummary,
    _decode_AwsEnrichmentInsightsSummary,
)
_bind_codec(
    _classes.AwsEnrichmentSummary, _encode_AwsEnrichmentSummary, _decode_AwsEnrichmentSummary
)
_bind_codec(
    _classes.CustomerAccountDetailsSummary,
    _encode_CustomerAccountDetailsSummary,
    _decode_CustomerAccountDetailsSummary,
)
_bind_codec(_classes.CustomerAccountSort, _encode_CustomerAccountSort, _decode_CustomerAccountSort)
_bind_codec(
    _classes.CustomerAccountSummary, _encode_CustomerAccountSummary, _decode_CustomerAccountSummary
)
_bind_codec(
    _classes.SearchCustomerAccountsRequest,
    _encode_SearchCustomerAccountsRequest,
    _decode_SearchCustomerAccountsRequest,
)
_bind_codec(
    _classes.SearchCustomerAccountsResponse,
    _encode_SearchCustomerAccountsResponse,
    _decode_SearchCustomerAccountsResponse,
)
