"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_search_opportunities.py``

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
from ...shapes import _search_opportunities as _classes
from ._tag import (
    _decode_TagList,
    _encode_TagList,
)
from ..plain import (
    _decode_ApnPrograms,
    _decode_AwsMarketplaceOfferIdentifiers,
    _decode_AwsMarketplaceOfferSetIdentifiers,
    _decode_AwsMarketplaceSolutionIdentifiers,
    _decode_OpportunitySearchFilterValues,
    _decode_SolutionIdentifiers,
    _encode_ApnPrograms,
    _encode_AwsMarketplaceOfferIdentifiers,
    _encode_AwsMarketplaceOfferSetIdentifiers,
    _encode_AwsMarketplaceSolutionIdentifiers,
    _encode_OpportunitySearchFilterValues,
    _encode_SolutionIdentifiers,
)

_lookup_CountryCode = _enum_lookup(globals(), "_lookup_CountryCode", _enums, "CountryCode")
_lookup_CurrencyCode = _enum_lookup(globals(), "_lookup_CurrencyCode", _enums, "CurrencyCode")
_lookup_Industry = _enum_lookup(globals(), "_lookup_Industry", _enums, "Industry")
_lookup_OpportunityOrigin = _enum_lookup(
    globals(), "_lookup_OpportunityOrigin", _enums, "OpportunityOrigin"
)
_lookup_OpportunitySearchFilterName = _enum_lookup(
    globals(), "_lookup_OpportunitySearchFilterName", _enums, "OpportunitySearchFilterName"
)
_lookup_OpportunitySearchSortName = _enum_lookup(
    globals(), "_lookup_OpportunitySearchSortName", _enums, "OpportunitySearchSortName"
)
_lookup_OpportunityType = _enum_lookup(
    globals(), "_lookup_OpportunityType", _enums, "OpportunityType"
)
_lookup_ReviewStatus = _enum_lookup(globals(), "_lookup_ReviewStatus", _enums, "ReviewStatus")
_lookup_SearchEngagementScore = _enum_lookup(
    globals(), "_lookup_SearchEngagementScore", _enums, "SearchEngagementScore"
)
_lookup_SortOrder = _enum_lookup(globals(), "_lookup_SortOrder", _enums, "SortOrder")
_lookup_Stage = _enum_lookup(globals(), "_lookup_Stage", _enums, "Stage")


def _encode_OpportunitySearchAccount(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.OpportunitySearchAccount):
        raise _serde.wrong_shape(_classes.OpportunitySearchAccount, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "CompanyName"
        value = shape.company_name
        if value is not None:
            out["CompanyName"] = _serde.enc_str(value, wire)
        member = "Industry"
        value = shape.industry
        if value is not None:
            out["Industry"] = _serde.enc_str(value, wire)
        member = "AwsAccountId"
        value = shape.aws_account_id
        if value is not None:
            out["AwsAccountId"] = _serde.enc_str(value, wire)
        member = "Address"
        value = shape.address
        if value is not None:
            out["Address"] = _encode_OpportunitySearchAddress(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_OpportunitySearchAccount(data: _Any, wire: bool) -> _classes.OpportunitySearchAccount:
    if not wire:
        _classes.OpportunitySearchAccount._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.OpportunitySearchAccount)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("CompanyName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CompanyName")
    fields.company_name = value
    value = get("AwsAccountId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "AwsAccountId")
    fields.aws_account_id = value
    member = ""
    try:
        member = "Industry"
        value = get("Industry")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.industry = None if value is None else _lookup_Industry(value, value)
        member = "Address"
        value = get("Address")
        fields.address = None if value is None else _decode_OpportunitySearchAddress(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_OpportunitySearchAddress(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.OpportunitySearchAddress):
        raise _serde.wrong_shape(_classes.OpportunitySearchAddress, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "CountryCode"
        value = shape.country_code
        if value is not None:
            out["CountryCode"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_OpportunitySearchAddress(data: _Any, wire: bool) -> _classes.OpportunitySearchAddress:
    if not wire:
        _classes.OpportunitySearchAddress._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.OpportunitySearchAddress)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
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


def _encode_OpportunitySearchAwsSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.OpportunitySearchAwsSummary):
        raise _serde.wrong_shape(_classes.OpportunitySearchAwsSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Origin"
        value = shape.origin
        if value is not None:
            out["Origin"] = _serde.enc_str(value, wire)
        member = "CosellMotion"
        value = shape.cosell_motion
        if value is not None:
            out["CosellMotion"] = _serde.enc_str(value, wire)
        member = "Insights"
        value = shape.insights
        if value is not None:
            out["Insights"] = _encode_OpportunitySearchInsights(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_OpportunitySearchAwsSummary(
    data: _Any, wire: bool
) -> _classes.OpportunitySearchAwsSummary:
    if not wire:
        _classes.OpportunitySearchAwsSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.OpportunitySearchAwsSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("CosellMotion")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CosellMotion")
    fields.cosell_motion = value
    member = ""
    try:
        member = "Origin"
        value = get("Origin")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.origin = None if value is None else _lookup_OpportunityOrigin(value, value)
        member = "Insights"
        value = get("Insights")
        fields.insights = None if value is None else _decode_OpportunitySearchInsights(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_OpportunitySearchCustomer(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.OpportunitySearchCustomer):
        raise _serde.wrong_shape(_classes.OpportunitySearchCustomer, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Account"
        value = shape.account
        if value is not None:
            out["Account"] = _encode_OpportunitySearchAccount(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_OpportunitySearchCustomer(
    data: _Any, wire: bool
) -> _classes.OpportunitySearchCustomer:
    if not wire:
        _classes.OpportunitySearchCustomer._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.OpportunitySearchCustomer)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "Account"
        value = get("Account")
        fields.account = None if value is None else _decode_OpportunitySearchAccount(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_OpportunitySearchExpectedCustomerSpend(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.OpportunitySearchExpectedCustomerSpend):
        raise _serde.wrong_shape(_classes.OpportunitySearchExpectedCustomerSpend, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Amount"
        value = shape.amount
        if value is not None:
            out["Amount"] = _serde.enc_str(value, wire)
        member = "CurrencyCode"
        value = shape.currency_code
        if value is not None:
            out["CurrencyCode"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_OpportunitySearchExpectedCustomerSpend(
    data: _Any, wire: bool
) -> _classes.OpportunitySearchExpectedCustomerSpend:
    if not wire:
        _classes.OpportunitySearchExpectedCustomerSpend._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.OpportunitySearchExpectedCustomerSpend)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Amount")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Amount")
    fields.amount = value
    member = ""
    try:
        member = "CurrencyCode"
        value = get("CurrencyCode")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.currency_code = None if value is None else _lookup_CurrencyCode(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_OpportunitySearchFilter(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.OpportunitySearchFilter):
        raise _serde.wrong_shape(_classes.OpportunitySearchFilter, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "AndAllFilters"
        value = shape.and_all_filters
        if value is not None:
            out["AndAllFilters"] = _encode_OpportunitySearchFilterList(value, wire)
        member = "OrAllFilters"
        value = shape.or_all_filters
        if value is not None:
            out["OrAllFilters"] = _encode_OpportunitySearchFilterList(value, wire)
        member = "NotFilter"
        value = shape.not_filter
        if value is not None:
            out["NotFilter"] = _encode_OpportunitySearchFilter(value, wire)
        member = "EqualsTo"
        value = shape.equals_to
        if value is not None:
            out["EqualsTo"] = _encode_OpportunitySearchPredicate(value, wire)
        member = "ContainsAny"
        value = shape.contains_any
        if value is not None:
            out["ContainsAny"] = _encode_OpportunitySearchPredicate(value, wire)
        member = "ContainsAll"
        value = shape.contains_all
        if value is not None:
            out["ContainsAll"] = _encode_OpportunitySearchPredicate(value, wire)
        member = "GreaterThan"
        value = shape.greater_than
        if value is not None:
            out["GreaterThan"] = _encode_OpportunitySearchPredicate(value, wire)
        member = "GreaterThanOrEquals"
        value = shape.greater_than_or_equals
        if value is not None:
            out["GreaterThanOrEquals"] = _encode_OpportunitySearchPredicate(value, wire)
        member = "LessThan"
        value = shape.less_than
        if value is not None:
            out["LessThan"] = _encode_OpportunitySearchPredicate(value, wire)
        member = "LessThanOrEquals"
        value = shape.less_than_or_equals
        if value is not None:
            out["LessThanOrEquals"] = _encode_OpportunitySearchPredicate(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_OpportunitySearchFilter(data: _Any, wire: bool) -> _classes.OpportunitySearchFilter:
    if not wire:
        _classes.OpportunitySearchFilter._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.OpportunitySearchFilter)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "AndAllFilters"
        value = get("AndAllFilters")
        fields.and_all_filters = (
            None if value is None else _decode_OpportunitySearchFilterList(value, wire)
        )
        member = "OrAllFilters"
        value = get("OrAllFilters")
        fields.or_all_filters = (
            None if value is None else _decode_OpportunitySearchFilterList(value, wire)
        )
        member = "NotFilter"
        value = get("NotFilter")
        fields.not_filter = None if value is None else _decode_OpportunitySearchFilter(value, wire)
        member = "EqualsTo"
        value = get("EqualsTo")
        fields.equals_to = (
            None if value is None else _decode_OpportunitySearchPredicate(value, wire)
        )
        member = "ContainsAny"
        value = get("ContainsAny")
        fields.contains_any = (
            None if value is None else _decode_OpportunitySearchPredicate(value, wire)
        )
        member = "ContainsAll"
        value = get("ContainsAll")
        fields.contains_all = (
            None if value is None else _decode_OpportunitySearchPredicate(value, wire)
        )
        member = "GreaterThan"
        value = get("GreaterThan")
        fields.greater_than = (
            None if value is None else _decode_OpportunitySearchPredicate(value, wire)
        )
        member = "GreaterThanOrEquals"
        value = get("GreaterThanOrEquals")
        fields.greater_than_or_equals = (
            None if value is None else _decode_OpportunitySearchPredicate(value, wire)
        )
        member = "LessThan"
        value = get("LessThan")
        fields.less_than = (
            None if value is None else _decode_OpportunitySearchPredicate(value, wire)
        )
        member = "LessThanOrEquals"
        value = get("LessThanOrEquals")
        fields.less_than_or_equals = (
            None if value is None else _decode_OpportunitySearchPredicate(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_OpportunitySearchInsights(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.OpportunitySearchInsights):
        raise _serde.wrong_shape(_classes.OpportunitySearchInsights, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "EngagementScore"
        value = shape.engagement_score
        if value is not None:
            out["EngagementScore"] = _serde.enc_str(value, wire)
        member = "OpportunityQuality"
        value = shape.opportunity_quality
        if value is not None:
            out["OpportunityQuality"] = _encode_OpportunitySearchOpportunityQuality(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_OpportunitySearchInsights(
    data: _Any, wire: bool
) -> _classes.OpportunitySearchInsights:
    if not wire:
        _classes.OpportunitySearchInsights._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.OpportunitySearchInsights)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "EngagementScore"
        value = get("EngagementScore")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.engagement_score = (
            None if value is None else _lookup_SearchEngagementScore(value, value)
        )
        member = "OpportunityQuality"
        value = get("OpportunityQuality")
        fields.opportunity_quality = (
            None if value is None else _decode_OpportunitySearchOpportunityQuality(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_OpportunitySearchLifeCycle(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.OpportunitySearchLifeCycle):
        raise _serde.wrong_shape(_classes.OpportunitySearchLifeCycle, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
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
        member = "TargetCloseDate"
        value = shape.target_close_date
        if value is not None:
            out["TargetCloseDate"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_OpportunitySearchLifeCycle(
    data: _Any, wire: bool
) -> _classes.OpportunitySearchLifeCycle:
    if not wire:
        _classes.OpportunitySearchLifeCycle._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.OpportunitySearchLifeCycle)
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


def _encode_OpportunitySearchOpportunityQuality(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.OpportunitySearchOpportunityQuality):
        raise _serde.wrong_shape(_classes.OpportunitySearchOpportunityQuality, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Score"
        value = shape.score
        if value is not None:
            out["Score"] = _serde.enc_int(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_OpportunitySearchOpportunityQuality(
    data: _Any, wire: bool
) -> _classes.OpportunitySearchOpportunityQuality:
    if not wire:
        _classes.OpportunitySearchOpportunityQuality._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.OpportunitySearchOpportunityQuality)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Score")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "Score")
    fields.score = value
    return shape


def _encode_OpportunitySearchPredicate(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.OpportunitySearchPredicate):
        raise _serde.wrong_shape(_classes.OpportunitySearchPredicate, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Key"
        value = shape.key
        if value is not None:
            out["Key"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Value"
        value = shape.value_
        if value is not None:
            out["Value"] = _encode_OpportunitySearchFilterValue(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_OpportunitySearchPredicate(
    data: _Any, wire: bool
) -> _classes.OpportunitySearchPredicate:
    if not wire:
        _classes.OpportunitySearchPredicate._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.OpportunitySearchPredicate)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "Key"
        value = get("Key")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.key = None if value is None else _lookup_OpportunitySearchFilterName(value, value)
        member = "Value"
        value = get("Value")
        fields.value_ = (
            None if value is None else _decode_OpportunitySearchFilterValue(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_OpportunitySearchProject(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.OpportunitySearchProject):
        raise _serde.wrong_shape(_classes.OpportunitySearchProject, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Title"
        value = shape.title
        if value is not None:
            out["Title"] = _serde.enc_str(value, wire)
        member = "ApnPrograms"
        value = shape.apn_programs
        if value is not None:
            out["ApnPrograms"] = _encode_ApnPrograms(value, wire)
        member = "ExpectedCustomerSpend"
        value = shape.expected_customer_spend
        if value is not None:
            out["ExpectedCustomerSpend"] = _encode_OpportunitySearchExpectedCustomerSpendList(
                value, wire
            )
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_OpportunitySearchProject(data: _Any, wire: bool) -> _classes.OpportunitySearchProject:
    if not wire:
        _classes.OpportunitySearchProject._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.OpportunitySearchProject)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Title")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Title")
    fields.title = value
    member = ""
    try:
        member = "ApnPrograms"
        value = get("ApnPrograms")
        fields.apn_programs = None if value is None else _decode_ApnPrograms(value, wire)
        member = "ExpectedCustomerSpend"
        value = get("ExpectedCustomerSpend")
        fields.expected_customer_spend = (
            None
            if value is None
            else _decode_OpportunitySearchExpectedCustomerSpendList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_OpportunitySearchRelatedEntityIdentifiers(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.OpportunitySearchRelatedEntityIdentifiers):
        raise _serde.wrong_shape(_classes.OpportunitySearchRelatedEntityIdentifiers, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "AwsMarketplaceOffers"
        value = shape.aws_marketplace_offers
        if value is not None:
            out["AwsMarketplaceOffers"] = _encode_AwsMarketplaceOfferIdentifiers(value, wire)
        member = "AwsMarketplaceOfferSets"
        value = shape.aws_marketplace_offer_sets
        if value is not None:
            out["AwsMarketplaceOfferSets"] = _encode_AwsMarketplaceOfferSetIdentifiers(value, wire)
        member = "AwsMarketplaceSolutions"
        value = shape.aws_marketplace_solutions
        if value is not None:
            out["AwsMarketplaceSolutions"] = _encode_AwsMarketplaceSolutionIdentifiers(value, wire)
        member = "Solutions"
        value = shape.solutions
        if value is not None:
            out["Solutions"] = _encode_SolutionIdentifiers(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_OpportunitySearchRelatedEntityIdentifiers(
    data: _Any, wire: bool
) -> _classes.OpportunitySearchRelatedEntityIdentifiers:
    if not wire:
        _classes.OpportunitySearchRelatedEntityIdentifiers._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.OpportunitySearchRelatedEntityIdentifiers)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "AwsMarketplaceOffers"
        value = get("AwsMarketplaceOffers")
        fields.aws_marketplace_offers = (
            None if value is None else _decode_AwsMarketplaceOfferIdentifiers(value, wire)
        )
        member = "AwsMarketplaceOfferSets"
        value = get("AwsMarketplaceOfferSets")
        fields.aws_marketplace_offer_sets = (
            None if value is None else _decode_AwsMarketplaceOfferSetIdentifiers(value, wire)
        )
        member = "AwsMarketplaceSolutions"
        value = get("AwsMarketplaceSolutions")
        fields.aws_marketplace_solutions = (
            None if value is None else _decode_AwsMarketplaceSolutionIdentifiers(value, wire)
        )
        member = "Solutions"
        value = get("Solutions")
        fields.solutions = None if value is None else _decode_SolutionIdentifiers(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_OpportunitySearchSort(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.OpportunitySearchSort):
        raise _serde.wrong_shape(_classes.OpportunitySearchSort, shape)
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


def _decode_OpportunitySearchSort(data: _Any, wire: bool) -> _classes.OpportunitySearchSort:
    if not wire:
        _classes.OpportunitySearchSort._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.OpportunitySearchSort)
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
        fields.sort_by = None if value is None else _lookup_OpportunitySearchSortName(value, value)
        member = "SortOrder"
        value = get("SortOrder")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_OpportunitySearchSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.OpportunitySearchSummary):
        raise _serde.wrong_shape(_classes.OpportunitySearchSummary, shape)
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
        member = "CreatedDate"
        value = shape.created_date
        if value is not None:
            out["CreatedDate"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "OpportunityType"
        value = shape.opportunity_type
        if value is not None:
            out["OpportunityType"] = _serde.enc_str(value, wire)
        member = "PartnerOpportunityIdentifier"
        value = shape.partner_opportunity_identifier
        if value is not None:
            out["PartnerOpportunityIdentifier"] = _serde.enc_str(value, wire)
        member = "LifeCycle"
        value = shape.life_cycle
        if value is not None:
            out["LifeCycle"] = _encode_OpportunitySearchLifeCycle(value, wire)
        member = "Customer"
        value = shape.customer
        if value is not None:
            out["Customer"] = _encode_OpportunitySearchCustomer(value, wire)
        member = "Project"
        value = shape.project
        if value is not None:
            out["Project"] = _encode_OpportunitySearchProject(value, wire)
        member = "Tags"
        value = shape.tags
        if value is not None:
            out["Tags"] = _encode_TagList(value, wire)
        member = "RelatedEntityIdentifiers"
        value = shape.related_entity_identifiers
        if value is not None:
            out["RelatedEntityIdentifiers"] = _encode_OpportunitySearchRelatedEntityIdentifiers(
                value, wire
            )
        member = "OpportunityTeam"
        value = shape.opportunity_team
        if value is not None:
            out["OpportunityTeam"] = _encode_OpportunitySearchTeamMembersList(value, wire)
        member = "AwsOpportunitySummary"
        value = shape.aws_opportunity_summary
        if value is not None:
            out["AwsOpportunitySummary"] = _encode_OpportunitySearchAwsSummary(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_OpportunitySearchSummary(data: _Any, wire: bool) -> _classes.OpportunitySearchSummary:
    if not wire:
        _classes.OpportunitySearchSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.OpportunitySearchSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    value = get("PartnerOpportunityIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "PartnerOpportunityIdentifier")
    fields.partner_opportunity_identifier = value
    member = ""
    try:
        member = "LastModifiedDate"
        value = get("LastModifiedDate")
        fields.last_modified_date = None if value is None else _serde.dec_timestamp(value, wire)
        member = "CreatedDate"
        value = get("CreatedDate")
        fields.created_date = None if value is None else _serde.dec_timestamp(value, wire)
        member = "OpportunityType"
        value = get("OpportunityType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.opportunity_type = None if value is None else _lookup_OpportunityType(value, value)
        member = "LifeCycle"
        value = get("LifeCycle")
        fields.life_cycle = (
            None if value is None else _decode_OpportunitySearchLifeCycle(value, wire)
        )
        member = "Customer"
        value = get("Customer")
        fields.customer = None if value is None else _decode_OpportunitySearchCustomer(value, wire)
        member = "Project"
        value = get("Project")
        fields.project = None if value is None else _decode_OpportunitySearchProject(value, wire)
        member = "Tags"
        value = get("Tags")
        fields.tags = None if value is None else _decode_TagList(value, wire)
        member = "RelatedEntityIdentifiers"
        value = get("RelatedEntityIdentifiers")
        fields.related_entity_identifiers = (
            None
            if value is None
            else _decode_OpportunitySearchRelatedEntityIdentifiers(value, wire)
        )
        member = "OpportunityTeam"
        value = get("OpportunityTeam")
        fields.opportunity_team = (
            None if value is None else _decode_OpportunitySearchTeamMembersList(value, wire)
        )
        member = "AwsOpportunitySummary"
        value = get("AwsOpportunitySummary")
        fields.aws_opportunity_summary = (
            None if value is None else _decode_OpportunitySearchAwsSummary(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_OpportunitySearchTeamMember(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.OpportunitySearchTeamMember):
        raise _serde.wrong_shape(_classes.OpportunitySearchTeamMember, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "FirstName"
        value = shape.first_name
        if value is not None:
            out["FirstName"] = _serde.enc_str(value, wire)
        member = "LastName"
        value = shape.last_name
        if value is not None:
            out["LastName"] = _serde.enc_str(value, wire)
        member = "BusinessTitle"
        value = shape.business_title
        if value is not None:
            out["BusinessTitle"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_OpportunitySearchTeamMember(
    data: _Any, wire: bool
) -> _classes.OpportunitySearchTeamMember:
    if not wire:
        _classes.OpportunitySearchTeamMember._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.OpportunitySearchTeamMember)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("FirstName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "FirstName")
    fields.first_name = value
    value = get("LastName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "LastName")
    fields.last_name = value
    value = get("BusinessTitle")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "BusinessTitle")
    fields.business_title = value
    return shape


def _encode_SearchOpportunitiesRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.SearchOpportunitiesRequest):
        raise _serde.wrong_shape(_classes.SearchOpportunitiesRequest, shape)
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
        member = "Keyword"
        value = shape.keyword
        if value is not None:
            out["Keyword"] = _serde.enc_str(value, wire)
        member = "Filter"
        value = shape.filter
        if value is not None:
            out["Filter"] = _encode_OpportunitySearchFilter(value, wire)
        member = "Sort"
        value = shape.sort
        if value is not None:
            out["Sort"] = _encode_OpportunitySearchSort(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_SearchOpportunitiesRequest(
    data: _Any, wire: bool
) -> _classes.SearchOpportunitiesRequest:
    if not wire:
        _classes.SearchOpportunitiesRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.SearchOpportunitiesRequest)
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
    value = get("Keyword")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Keyword")
    fields.keyword = value
    member = ""
    try:
        member = "Filter"
        value = get("Filter")
        fields.filter = None if value is None else _decode_OpportunitySearchFilter(value, wire)
        member = "Sort"
        value = get("Sort")
        fields.sort = None if value is None else _decode_OpportunitySearchSort(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_SearchOpportunitiesResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.SearchOpportunitiesResponse):
        raise _serde.wrong_shape(_classes.SearchOpportunitiesResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "OpportunitySearchSummaries"
        value = shape.opportunity_search_summaries
        if value is not None:
            out["OpportunitySearchSummaries"] = _encode_OpportunitySearchSummaries(value, wire)
        elif wire:
            raise _missing("")
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_SearchOpportunitiesResponse(
    data: _Any, wire: bool
) -> _classes.SearchOpportunitiesResponse:
    if not wire:
        _classes.SearchOpportunitiesResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.SearchOpportunitiesResponse)
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
        member = "OpportunitySearchSummaries"
        value = get("OpportunitySearchSummaries")
        fields.opportunity_search_summaries = (
            None if value is None else _decode_OpportunitySearchSummaries(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_OpportunitySearchFilterValue(union: _Any, wire: bool) -> _Any:
    if not isinstance(union, _classes.OpportunitySearchFilterValue):
        raise _serde.wrong_shape(_classes.OpportunitySearchFilterValue, union)
    return union._encode(wire)  # the variant's


def _decode_OpportunitySearchFilterValue(
    data: _Any, wire: bool
) -> _classes.OpportunitySearchFilterValue:
    tag, value = _classes.OpportunitySearchFilterValue._single_item(data)
    try:
        if tag == "StringValue":
            value = _serde.dec_str(value, wire)
            return _classes.OpportunitySearchFilterValueStringValue(value)
        if tag == "StringListValue":
            return _classes.OpportunitySearchFilterValueStringListValue(
                _decode_OpportunitySearchFilterValues(value, wire)
            )
        if tag == "LongValue":
            value = _serde.dec_int(value, wire)
            return _classes.OpportunitySearchFilterValueLongValue(value)
        if tag == "DoubleValue":
            return _classes.OpportunitySearchFilterValueDoubleValue(_serde.dec_float(value, wire))
        if tag == "DateValue":
            return _classes.OpportunitySearchFilterValueDateValue(
                _serde.dec_timestamp(value, wire)
            )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, tag) from None
    if not wire:
        _classes.OpportunitySearchFilterValue._check_keys(data)
    return _classes.OpportunitySearchFilterValueUnknown(tag, value)


def _encode_OpportunitySearchFilterValueStringValue(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"StringValue": _serde.enc_str(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("StringValue") from None


def _encode_OpportunitySearchFilterValueStringListValue(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {"StringListValue": _encode_OpportunitySearchFilterValues(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("StringListValue") from None


def _encode_OpportunitySearchFilterValueLongValue(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"LongValue": _serde.enc_int(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("LongValue") from None


def _encode_OpportunitySearchFilterValueDoubleValue(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"DoubleValue": _serde.enc_float(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("DoubleValue") from None


def _encode_OpportunitySearchFilterValueDateValue(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"DateValue": _serde.enc_iso8601(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("DateValue") from None


def _encode_OpportunitySearchExpectedCustomerSpendList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_OpportunitySearchExpectedCustomerSpend)


def _decode_OpportunitySearchExpectedCustomerSpendList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_OpportunitySearchExpectedCustomerSpend)


def _encode_OpportunitySearchFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_OpportunitySearchFilter)


def _decode_OpportunitySearchFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_OpportunitySearchFilter)


def _encode_OpportunitySearchSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_OpportunitySearchSummary)


def _decode_OpportunitySearchSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_OpportunitySearchSummary)


def _encode_OpportunitySearchTeamMembersList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_OpportunitySearchTeamMember)


def _decode_OpportunitySearchTeamMembersList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_OpportunitySearchTeamMember)


_bind_codec(
    _classes.OpportunitySearchAccount,
    _encode_OpportunitySearchAccount,
    _decode_OpportunitySearchAccount,
)
_bind_codec(
    _classes.OpportunitySearchAddress,
    _encode_OpportunitySearchAddress,
    _decode_OpportunitySearchAddress,
)
_bind_codec(
    _classes.OpportunitySearchAwsSummary,
    _encode_OpportunitySearchAwsSummary,
    _decode_OpportunitySearchAwsSummary,
)
_bind_codec(
    _classes.OpportunitySearchCustomer,
    _encode_OpportunitySearchCustomer,
    _decode_OpportunitySearchCustomer,
)
_bind_codec(
    _classes.OpportunitySearchExpectedCustomerSpend,
    _encode_OpportunitySearchExpectedCustomerSpend,
    _decode_OpportunitySearchExpectedCustomerSpend,
)
_bind_codec(
    _classes.OpportunitySearchFilter,
    _encode_OpportunitySearchFilter,
    _decode_OpportunitySearchFilter,
)
_bind_codec(
    _classes.OpportunitySearchInsights,
    _encode_OpportunitySearchInsights,
    _decode_OpportunitySearchInsights,
)
_bind_codec(
    _classes.OpportunitySearchLifeCycle,
    _encode_OpportunitySearchLifeCycle,
    _decode_OpportunitySearchLifeCycle,
)
_bind_codec(
    _classes.OpportunitySearchOpportunityQuality,
    _encode_OpportunitySearchOpportunityQuality,
    _decode_OpportunitySearchOpportunityQuality,
)
_bind_codec(
    _classes.OpportunitySearchPredicate,
    _encode_OpportunitySearchPredicate,
    _decode_OpportunitySearchPredicate,
)
_bind_codec(
    _classes.OpportunitySearchProject,
    _encode_OpportunitySearchProject,
    _decode_OpportunitySearchProject,
)
_bind_codec(
    _classes.OpportunitySearchRelatedEntityIdentifiers,
    _encode_OpportunitySearchRelatedEntityIdentifiers,
    _decode_OpportunitySearchRelatedEntityIdentifiers,
)
_bind_codec(
    _classes.OpportunitySearchSort, _encode_OpportunitySearchSort, _decode_OpportunitySearchSort
)
_bind_codec(
    _classes.OpportunitySearchSummary,
    _encode_OpportunitySearchSummary,
    _decode_OpportunitySearchSummary,
)
_bind_codec(
    _classes.OpportunitySearchTeamMember,
    _encode_OpportunitySearchTeamMember,
    _decode_OpportunitySearchTeamMember,
)
_bind_codec(
    _classes.SearchOpportunitiesRequest,
    _encode_SearchOpportunitiesRequest,
    _decode_SearchOpportunitiesRequest,
)
_bind_codec(
    _classes.SearchOpportunitiesResponse,
    _encode_SearchOpportunitiesResponse,
    _decode_SearchOpportunitiesResponse,
)
_bind_codec(_classes.OpportunitySearchFilterValue, decode=_decode_OpportunitySearchFilterValue)
_bind_codec(
    _classes.OpportunitySearchFilterValueStringValue,
    _encode_OpportunitySearchFilterValueStringValue,
)
_bind_codec(
    _classes.OpportunitySearchFilterValueStringListValue,
    _encode_OpportunitySearchFilterValueStringListValue,
)
_bind_codec(
    _classes.OpportunitySearchFilterValueLongValue, _encode_OpportunitySearchFilterValueLongValue
)
_bind_codec(
    _classes.OpportunitySearchFilterValueDoubleValue,
    _encode_OpportunitySearchFilterValueDoubleValue,
)
_bind_codec(
    _classes.OpportunitySearchFilterValueDateValue, _encode_OpportunitySearchFilterValueDateValue
)
