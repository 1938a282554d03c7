"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_aws_opportunity_customer.py``

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
from ...shapes import _aws_opportunity_customer as _classes
from ._contact import (
    _decode_CustomerContactsList,
    _decode_MonetaryValue,
    _encode_CustomerContactsList,
    _encode_MonetaryValue,
)
from ._expected_customer_spend import (
    _decode_ExpectedCustomerSpendList,
    _encode_ExpectedCustomerSpendList,
)
from ..plain import (
    _decode_AmountMap,
    _decode_AwsMarketplaceProductIdentifiers,
    _decode_AwsMarketplaceSolutionIdentifiers,
    _decode_AwsProductDetailsCategoriesList,
    _decode_AwsProductIdentifiers,
    _decode_RecommendationAttributeMap,
    _decode_SolutionIdentifiers,
    _encode_AmountMap,
    _encode_AwsMarketplaceProductIdentifiers,
    _encode_AwsMarketplaceSolutionIdentifiers,
    _encode_AwsProductDetailsCategoriesList,
    _encode_AwsProductIdentifiers,
    _encode_RecommendationAttributeMap,
    _encode_SolutionIdentifiers,
)

_lookup_AwsClosedLostReason = _enum_lookup(
    globals(), "_lookup_AwsClosedLostReason", _enums, "AwsClosedLostReason"
)
_lookup_AwsMemberBusinessTitle = _enum_lookup(
    globals(), "_lookup_AwsMemberBusinessTitle", _enums, "AwsMemberBusinessTitle"
)
_lookup_AwsOpportunityStage = _enum_lookup(
    globals(), "_lookup_AwsOpportunityStage", _enums, "AwsOpportunityStage"
)
_lookup_AwsPartition = _enum_lookup(globals(), "_lookup_AwsPartition", _enums, "AwsPartition")
_lookup_CurrencyCode = _enum_lookup(globals(), "_lookup_CurrencyCode", _enums, "CurrencyCode")
_lookup_EngagementScore = _enum_lookup(
    globals(), "_lookup_EngagementScore", _enums, "EngagementScore"
)
_lookup_PaymentFrequency = _enum_lookup(
    globals(), "_lookup_PaymentFrequency", _enums, "PaymentFrequency"
)


def _encode_AwsOpportunityCustomer(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AwsOpportunityCustomer):
        raise _serde.wrong_shape(_classes.AwsOpportunityCustomer, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Contacts"
        value = shape.contacts
        if value is not None:
            out["Contacts"] = _encode_CustomerContactsList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AwsOpportunityCustomer(data: _Any, wire: bool) -> _classes.AwsOpportunityCustomer:
    if not wire:
        _classes.AwsOpportunityCustomer._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AwsOpportunityCustomer)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "Contacts"
        value = get("Contacts")
        fields.contacts = None if value is None else _decode_CustomerContactsList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_AwsOpportunityInsights(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AwsOpportunityInsights):
        raise _serde.wrong_shape(_classes.AwsOpportunityInsights, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "NextBestActions"
        value = shape.next_best_actions
        if value is not None:
            out["NextBestActions"] = _serde.enc_str(value, wire)
        member = "EngagementScore"
        value = shape.engagement_score
        if value is not None:
            out["EngagementScore"] = _serde.enc_str(value, wire)
        member = "AwsProductsSpendInsightsBySource"
        value = shape.aws_products_spend_insights_by_source
        if value is not None:
            out["AwsProductsSpendInsightsBySource"] = _encode_AwsProductsSpendInsightsBySource(
                value, wire
            )
        member = "OpportunityQuality"
        value = shape.opportunity_quality
        if value is not None:
            out["OpportunityQuality"] = _encode_OpportunityQuality(value, wire)
        member = "Recommendations"
        value = shape.recommendations
        if value is not None:
            out["Recommendations"] = _encode_RecommendationList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AwsOpportunityInsights(data: _Any, wire: bool) -> _classes.AwsOpportunityInsights:
    if not wire:
        _classes.AwsOpportunityInsights._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AwsOpportunityInsights)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("NextBestActions")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "NextBestActions")
    fields.next_best_actions = value
    member = ""
    try:
        member = "EngagementScore"
        value = get("EngagementScore")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.engagement_score = None if value is None else _lookup_EngagementScore(value, value)
        member = "AwsProductsSpendInsightsBySource"
        value = get("AwsProductsSpendInsightsBySource")
        fields.aws_products_spend_insights_by_source = (
            None if value is None else _decode_AwsProductsSpendInsightsBySource(value, wire)
        )
        member = "OpportunityQuality"
        value = get("OpportunityQuality")
        fields.opportunity_quality = (
            None if value is None else _decode_OpportunityQuality(value, wire)
        )
        member = "Recommendations"
        value = get("Recommendations")
        fields.recommendations = None if value is None else _decode_RecommendationList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_AwsOpportunityLifeCycle(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AwsOpportunityLifeCycle):
        raise _serde.wrong_shape(_classes.AwsOpportunityLifeCycle, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "TargetCloseDate"
        value = shape.target_close_date
        if value is not None:
            out["TargetCloseDate"] = _serde.enc_str(value, wire)
        member = "ClosedLostReason"
        value = shape.closed_lost_reason
        if value is not None:
            out["ClosedLostReason"] = _serde.enc_str(value, wire)
        member = "Stage"
        value = shape.stage
        if value is not None:
            out["Stage"] = _serde.enc_str(value, wire)
        member = "NextSteps"
        value = shape.next_steps
        if value is not None:
            out["NextSteps"] = _serde.enc_str(value, wire)
        member = "NextStepsHistory"
        value = shape.next_steps_history
        if value is not None:
            out["NextStepsHistory"] = _encode_AwsOpportunityLifeCycleNextStepsHistoryList(
                value, wire
            )
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AwsOpportunityLifeCycle(data: _Any, wire: bool) -> _classes.AwsOpportunityLifeCycle:
    if not wire:
        _classes.AwsOpportunityLifeCycle._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AwsOpportunityLifeCycle)
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
        member = "ClosedLostReason"
        value = get("ClosedLostReason")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.closed_lost_reason = (
            None if value is None else _lookup_AwsClosedLostReason(value, value)
        )
        member = "Stage"
        value = get("Stage")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.stage = None if value is None else _lookup_AwsOpportunityStage(value, value)
        member = "NextStepsHistory"
        value = get("NextStepsHistory")
        fields.next_steps_history = (
            None
            if value is None
            else _decode_AwsOpportunityLifeCycleNextStepsHistoryList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_AwsOpportunityProject(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AwsOpportunityProject):
        raise _serde.wrong_shape(_classes.AwsOpportunityProject, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "ExpectedCustomerSpend"
        value = shape.expected_customer_spend
        if value is not None:
            out["ExpectedCustomerSpend"] = _encode_ExpectedCustomerSpendList(value, wire)
        member = "AwsPartition"
        value = shape.aws_partition
        if value is not None:
            out["AwsPartition"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AwsOpportunityProject(data: _Any, wire: bool) -> _classes.AwsOpportunityProject:
    if not wire:
        _classes.AwsOpportunityProject._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AwsOpportunityProject)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "ExpectedCustomerSpend"
        value = get("ExpectedCustomerSpend")
        fields.expected_customer_spend = (
            None if value is None else _decode_ExpectedCustomerSpendList(value, wire)
        )
        member = "AwsPartition"
        value = get("AwsPartition")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.aws_partition = None if value is None else _lookup_AwsPartition(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_AwsOpportunityRelatedEntities(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AwsOpportunityRelatedEntities):
        raise _serde.wrong_shape(_classes.AwsOpportunityRelatedEntities, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "AwsProducts"
        value = shape.aws_products
        if value is not None:
            out["AwsProducts"] = _encode_AwsProductIdentifiers(value, wire)
        member = "Solutions"
        value = shape.solutions
        if value is not None:
            out["Solutions"] = _encode_SolutionIdentifiers(value, wire)
        member = "AwsMarketplaceSolutions"
        value = shape.aws_marketplace_solutions
        if value is not None:
            out["AwsMarketplaceSolutions"] = _encode_AwsMarketplaceSolutionIdentifiers(value, wire)
        member = "AwsMarketplaceProducts"
        value = shape.aws_marketplace_products
        if value is not None:
            out["AwsMarketplaceProducts"] = _encode_AwsMarketplaceProductIdentifiers(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AwsOpportunityRelatedEntities(
    data: _Any, wire: bool
) -> _classes.AwsOpportunityRelatedEntities:
    if not wire:
        _classes.AwsOpportunityRelatedEntities._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AwsOpportunityRelatedEntities)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "AwsProducts"
        value = get("AwsProducts")
        fields.aws_products = None if value is None else _decode_AwsProductIdentifiers(value, wire)
        member = "Solutions"
        value = get("Solutions")
        fields.solutions = None if value is None else _decode_SolutionIdentifiers(value, wire)
        member = "AwsMarketplaceSolutions"
        value = get("AwsMarketplaceSolutions")
        fields.aws_marketplace_solutions = (
            None if value is None else _decode_AwsMarketplaceSolutionIdentifiers(value, wire)
        )
        member = "AwsMarketplaceProducts"
        value = get("AwsMarketplaceProducts")
        fields.aws_marketplace_products = (
            None if value is None else _decode_AwsMarketplaceProductIdentifiers(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_AwsProductDetails(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AwsProductDetails):
        raise _serde.wrong_shape(_classes.AwsProductDetails, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "ProductCode"
        value = shape.product_code
        if value is not None:
            out["ProductCode"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ServiceCode"
        value = shape.service_code
        if value is not None:
            out["ServiceCode"] = _serde.enc_str(value, wire)
        member = "Categories"
        value = shape.categories
        if value is not None:
            out["Categories"] = _encode_AwsProductDetailsCategoriesList(value, wire)
        elif wire:
            raise _missing("")
        member = "Amount"
        value = shape.amount
        if value is not None:
            out["Amount"] = _serde.enc_str(value, wire)
        member = "OptimizedAmount"
        value = shape.optimized_amount
        if value is not None:
            out["OptimizedAmount"] = _serde.enc_str(value, wire)
        member = "PotentialSavingsAmount"
        value = shape.potential_savings_amount
        if value is not None:
            out["PotentialSavingsAmount"] = _serde.enc_str(value, wire)
        member = "Optimizations"
        value = shape.optimizations
        if value is not None:
            out["Optimizations"] = _encode_AwsProductOptimizationsList(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AwsProductDetails(data: _Any, wire: bool) -> _classes.AwsProductDetails:
    if not wire:
        _classes.AwsProductDetails._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AwsProductDetails)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("ProductCode")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ProductCode")
    fields.product_code = value
    value = get("ServiceCode")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ServiceCode")
    fields.service_code = value
    value = get("Amount")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Amount")
    fields.amount = value
    value = get("OptimizedAmount")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "OptimizedAmount")
    fields.optimized_amount = value
    value = get("PotentialSavingsAmount")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "PotentialSavingsAmount")
    fields.potential_savings_amount = value
    member = ""
    try:
        member = "Categories"
        value = get("Categories")
        fields.categories = (
            None if value is None else _decode_AwsProductDetailsCategoriesList(value, wire)
        )
        member = "Optimizations"
        value = get("Optimizations")
        fields.optimizations = (
            None if value is None else _decode_AwsProductOptimizationsList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_AwsProductInsights(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AwsProductInsights):
        raise _serde.wrong_shape(_classes.AwsProductInsights, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "CurrencyCode"
        value = shape.currency_code
        if value is not None:
            out["CurrencyCode"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Frequency"
        value = shape.frequency
        if value is not None:
            out["Frequency"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "TotalAmount"
        value = shape.total_amount
        if value is not None:
            out["TotalAmount"] = _serde.enc_str(value, wire)
        member = "TotalOptimizedAmount"
        value = shape.total_optimized_amount
        if value is not None:
            out["TotalOptimizedAmount"] = _serde.enc_str(value, wire)
        member = "TotalPotentialSavingsAmount"
        value = shape.total_potential_savings_amount
        if value is not None:
            out["TotalPotentialSavingsAmount"] = _serde.enc_str(value, wire)
        member = "TotalAmountByCategory"
        value = shape.total_amount_by_category
        if value is not None:
            out["TotalAmountByCategory"] = _encode_AmountMap(value, wire)
        elif wire:
            raise _missing("")
        member = "AwsProducts"
        value = shape.aws_products
        if value is not None:
            out["AwsProducts"] = _encode_AwsProductsList(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AwsProductInsights(data: _Any, wire: bool) -> _classes.AwsProductInsights:
    if not wire:
        _classes.AwsProductInsights._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AwsProductInsights)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("TotalAmount")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "TotalAmount")
    fields.total_amount = value
    value = get("TotalOptimizedAmount")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "TotalOptimizedAmount")
    fields.total_optimized_amount = value
    value = get("TotalPotentialSavingsAmount")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "TotalPotentialSavingsAmount")
    fields.total_potential_savings_amount = value
    member = ""
    try:
        member = "CurrencyCode"
        value = get("CurrencyCode")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.currency_code = None if value is None else _lookup_CurrencyCode(value, value)
        member = "Frequency"
        value = get("Frequency")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.frequency = None if value is None else _lookup_PaymentFrequency(value, value)
        member = "TotalAmountByCategory"
        value = get("TotalAmountByCategory")
        fields.total_amount_by_category = None if value is None else _decode_AmountMap(value, wire)
        member = "AwsProducts"
        value = get("AwsProducts")
        fields.aws_products = None if value is None else _decode_AwsProductsList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_AwsProductOptimization(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AwsProductOptimization):
        raise _serde.wrong_shape(_classes.AwsProductOptimization, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Description"
        value = shape.description
        if value is not None:
            out["Description"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "SavingsAmount"
        value = shape.savings_amount
        if value is not None:
            out["SavingsAmount"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AwsProductOptimization(data: _Any, wire: bool) -> _classes.AwsProductOptimization:
    if not wire:
        _classes.AwsProductOptimization._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AwsProductOptimization)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Description")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Description")
    fields.description = value
    value = get("SavingsAmount")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "SavingsAmount")
    fields.savings_amount = value
    return shape


def _encode_AwsProductsSpendInsightsBySource(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AwsProductsSpendInsightsBySource):
        raise _serde.wrong_shape(_classes.AwsProductsSpendInsightsBySource, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Partner"
        value = shape.partner
        if value is not None:
            out["Partner"] = _encode_AwsProductInsights(value, wire)
        member = "AWS"
        value = shape.aws
        if value is not None:
            out["AWS"] = _encode_AwsProductInsights(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AwsProductsSpendInsightsBySource(
    data: _Any, wire: bool
) -> _classes.AwsProductsSpendInsightsBySource:
    if not wire:
        _classes.AwsProductsSpendInsightsBySource._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AwsProductsSpendInsightsBySource)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "Partner"
        value = get("Partner")
        fields.partner = None if value is None else _decode_AwsProductInsights(value, wire)
        member = "AWS"
        value = get("AWS")
        fields.aws = None if value is None else _decode_AwsProductInsights(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_AwsSoftwareRevenue(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AwsSoftwareRevenue):
        raise _serde.wrong_shape(_classes.AwsSoftwareRevenue, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Value"
        value = shape.value_
        if value is not None:
            out["Value"] = _encode_MonetaryValue(value, wire)
        member = "Discount"
        value = shape.discount
        if value is not None:
            out["Discount"] = _serde.enc_str(value, wire)
        member = "EffectiveDate"
        value = shape.effective_date
        if value is not None:
            out["EffectiveDate"] = _serde.enc_str(value, wire)
        member = "ExpirationDate"
        value = shape.expiration_date
        if value is not None:
            out["ExpirationDate"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AwsSoftwareRevenue(data: _Any, wire: bool) -> _classes.AwsSoftwareRevenue:
    if not wire:
        _classes.AwsSoftwareRevenue._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AwsSoftwareRevenue)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Discount")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Discount")
    fields.discount = value
    value = get("EffectiveDate")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EffectiveDate")
    fields.effective_date = value
    value = get("ExpirationDate")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ExpirationDate")
    fields.expiration_date = value
    member = ""
    try:
        member = "Value"
        value = get("Value")
        fields.value_ = None if value is None else _decode_MonetaryValue(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_AwsTeamMember(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AwsTeamMember):
        raise _serde.wrong_shape(_classes.AwsTeamMember, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Email"
        value = shape.email
        if value is not None:
            out["Email"] = _serde.enc_str(value, wire)
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


def _decode_AwsTeamMember(data: _Any, wire: bool) -> _classes.AwsTeamMember:
    if not wire:
        _classes.AwsTeamMember._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AwsTeamMember)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Email")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Email")
    fields.email = value
    value = get("FirstName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "FirstName")
    fields.first_name = value
    value = get("LastName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "LastName")
    fields.last_name = value
    member = ""
    try:
        member = "BusinessTitle"
        value = get("BusinessTitle")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.business_title = (
            None if value is None else _lookup_AwsMemberBusinessTitle(value, value)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_OpportunityQuality(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.OpportunityQuality):
        raise _serde.wrong_shape(_classes.OpportunityQuality, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Score"
        value = shape.score
        if value is not None:
            out["Score"] = _serde.enc_int(value, wire)
        member = "Trend"
        value = shape.trend
        if value is not None:
            out["Trend"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_OpportunityQuality(data: _Any, wire: bool) -> _classes.OpportunityQuality:
    if not wire:
        _classes.OpportunityQuality._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.OpportunityQuality)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Score")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "Score")
    fields.score = value
    value = get("Trend")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Trend")
    fields.trend = value
    return shape


def _encode_ProfileNextStepsHistory(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ProfileNextStepsHistory):
        raise _serde.wrong_shape(_classes.ProfileNextStepsHistory, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Value"
        value = shape.value_
        if value is not None:
            out["Value"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Time"
        value = shape.time
        if value is not None:
            out["Time"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ProfileNextStepsHistory(data: _Any, wire: bool) -> _classes.ProfileNextStepsHistory:
    if not wire:
        _classes.ProfileNextStepsHistory._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ProfileNextStepsHistory)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Value")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Value")
    fields.value_ = value
    member = ""
    try:
        member = "Time"
        value = get("Time")
        fields.time = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_Recommendation(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.Recommendation):
        raise _serde.wrong_shape(_classes.Recommendation, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Type"
        value = shape.type
        if value is not None:
            out["Type"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Details"
        value = shape.details
        if value is not None:
            out["Details"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Attributes"
        value = shape.attributes
        if value is not None:
            out["Attributes"] = _encode_RecommendationAttributeMap(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_Recommendation(data: _Any, wire: bool) -> _classes.Recommendation:
    if not wire:
        _classes.Recommendation._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.Recommendation)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Type")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Type")
    fields.type = value
    value = get("Details")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Details")
    fields.details = value
    member = ""
    try:
        member = "Attributes"
        value = get("Attributes")
        fields.attributes = (
            None if value is None else _decode_RecommendationAttributeMap(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_AwsProductsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_AwsProductDetails)


def _decode_AwsProductsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_AwsProductDetails)


def _encode_AwsProductOptimizationsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_AwsProductOptimization)


def _decode_AwsProductOptimizationsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_AwsProductOptimization)


def _encode_AwsOpportunityTeamMembersList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_AwsTeamMember)


def _decode_AwsOpportunityTeamMembersList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_AwsTeamMember)


def _encode_AwsOpportunityLifeCycleNextStepsHistoryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_ProfileNextStepsHistory)


def _decode_AwsOpportunityLifeCycleNextStepsHistoryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_ProfileNextStepsHistory)


def _encode_RecommendationList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_Recommendation)


def _decode_RecommendationList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_Recommendation)


_bind_codec(
    _classes.AwsOpportunityCustomer, _encode_AwsOpportunityCustomer, _decode_AwsOpportunityCustomer
)
_bind_codec(
    _classes.AwsOpportunityInsights, _encode_AwsOpportunityInsights, _decode_AwsOpportunityInsights
)
_bind_codec(
    _classes.AwsOpportunityLifeCycle,
    _encode_AwsOpportunityLifeCycle,
    _decode_AwsOpportunityLifeCycle,
)
_bind_codec(
    _classes.AwsOpportunityProject, _encode_AwsOpportunityProject, _decode_AwsOpportunityProject
)
_bind_codec(
    _classes.AwsOpportunityRelatedEntities,
    _encode_AwsOpportunityRelatedEntities,
    _decode_AwsOpportunityRelatedEntities,
)
_bind_codec(_classes.AwsProductDetails, _encode_AwsProductDetails, _decode_AwsProductDetails)
_bind_codec(_classes.AwsProductInsights, _encode_AwsProductInsights, _decode_AwsProductInsights)
_bind_codec(
    _classes.AwsProductOptimization, _encode_AwsProductOptimization, _decode_AwsProductOptimization
)
_bind_codec(
    _classes.AwsProductsSpendInsightsBySource,
    _encode_AwsProductsSpendInsightsBySource,
    _decode_AwsProductsSpendInsightsBySource,
)
_bind_codec(_classes.AwsSoftwareRevenue, _encode_AwsSoftwareRevenue, _decode_AwsSoftwareRevenue)
_bind_codec(_classes.AwsTeamMember, _encode_AwsTeamMember, _decode_AwsTeamMember)
_bind_codec(_classes.OpportunityQuality, _encode_OpportunityQuality, _decode_OpportunityQuality)
_bind_codec(
    _classes.ProfileNextStepsHistory,
    _encode_ProfileNextStepsHistory,
    _decode_ProfileNextStepsHistory,
)
_bind_codec(_classes.Recommendation, _encode_Recommendation, _decode_Recommendation)
