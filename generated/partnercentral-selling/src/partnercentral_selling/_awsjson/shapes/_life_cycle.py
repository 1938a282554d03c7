"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_life_cycle.py``

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
from ...shapes import _life_cycle as _classes
from ._contact import (
    _decode_MonetaryValue,
    _encode_MonetaryValue,
)
from ._expected_contract_duration import (
    _decode_ExpectedContractDuration,
    _encode_ExpectedContractDuration,
)
from ._expected_customer_spend import (
    _decode_ExpectedCustomerSpendList,
    _encode_ExpectedCustomerSpendList,
)
from ..plain import (
    _decode_ApnPrograms,
    _decode_Channels,
    _decode_DeliveryModels,
    _decode_SalesActivities,
    _decode_UseCases,
    _encode_ApnPrograms,
    _encode_Channels,
    _encode_DeliveryModels,
    _encode_SalesActivities,
    _encode_UseCases,
)

_lookup_AwsFundingUsed = _enum_lookup(
    globals(), "_lookup_AwsFundingUsed", _enums, "AwsFundingUsed"
)
_lookup_AwsPartition = _enum_lookup(globals(), "_lookup_AwsPartition", _enums, "AwsPartition")
_lookup_ClosedLostReason = _enum_lookup(
    globals(), "_lookup_ClosedLostReason", _enums, "ClosedLostReason"
)
_lookup_CompetitorName = _enum_lookup(
    globals(), "_lookup_CompetitorName", _enums, "CompetitorName"
)
_lookup_MarketingSource = _enum_lookup(
    globals(), "_lookup_MarketingSource", _enums, "MarketingSource"
)
_lookup_RevenueModel = _enum_lookup(globals(), "_lookup_RevenueModel", _enums, "RevenueModel")
_lookup_ReviewStatus = _enum_lookup(globals(), "_lookup_ReviewStatus", _enums, "ReviewStatus")
_lookup_Stage = _enum_lookup(globals(), "_lookup_Stage", _enums, "Stage")


def _encode_LifeCycle(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.LifeCycle):
        raise _serde.wrong_shape(_classes.LifeCycle, shape)
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
        member = "NextStepsHistory"
        value = shape.next_steps_history
        if value is not None:
            out["NextStepsHistory"] = _encode_LifeCycleNextStepsHistoryList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_LifeCycle(data: _Any, wire: bool) -> _classes.LifeCycle:
    if not wire:
        _classes.LifeCycle._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.LifeCycle)
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
        member = "NextStepsHistory"
        value = get("NextStepsHistory")
        fields.next_steps_history = (
            None if value is None else _decode_LifeCycleNextStepsHistoryList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_Marketing(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.Marketing):
        raise _serde.wrong_shape(_classes.Marketing, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "CampaignName"
        value = shape.campaign_name
        if value is not None:
            out["CampaignName"] = _serde.enc_str(value, wire)
        member = "Source"
        value = shape.source
        if value is not None:
            out["Source"] = _serde.enc_str(value, wire)
        member = "UseCases"
        value = shape.use_cases
        if value is not None:
            out["UseCases"] = _encode_UseCases(value, wire)
        member = "Channels"
        value = shape.channels
        if value is not None:
            out["Channels"] = _encode_Channels(value, wire)
        member = "AwsFundingUsed"
        value = shape.aws_funding_used
        if value is not None:
            out["AwsFundingUsed"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_Marketing(data: _Any, wire: bool) -> _classes.Marketing:
    if not wire:
        _classes.Marketing._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.Marketing)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("CampaignName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CampaignName")
    fields.campaign_name = value
    member = ""
    try:
        member = "Source"
        value = get("Source")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.source = None if value is None else _lookup_MarketingSource(value, value)
        member = "UseCases"
        value = get("UseCases")
        fields.use_cases = None if value is None else _decode_UseCases(value, wire)
        member = "Channels"
        value = get("Channels")
        fields.channels = None if value is None else _decode_Channels(value, wire)
        member = "AwsFundingUsed"
        value = get("AwsFundingUsed")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.aws_funding_used = None if value is None else _lookup_AwsFundingUsed(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_NextStepsHistory(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.NextStepsHistory):
        raise _serde.wrong_shape(_classes.NextStepsHistory, shape)
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


def _decode_NextStepsHistory(data: _Any, wire: bool) -> _classes.NextStepsHistory:
    if not wire:
        _classes.NextStepsHistory._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.NextStepsHistory)
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


def _encode_Project(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.Project):
        raise _serde.wrong_shape(_classes.Project, shape)
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
        member = "Title"
        value = shape.title
        if value is not None:
            out["Title"] = _serde.enc_str(value, wire)
        member = "ApnPrograms"
        value = shape.apn_programs
        if value is not None:
            out["ApnPrograms"] = _encode_ApnPrograms(value, wire)
        member = "CustomerBusinessProblem"
        value = shape.customer_business_problem
        if value is not None:
            out["CustomerBusinessProblem"] = _serde.enc_str(value, wire)
        member = "CustomerUseCase"
        value = shape.customer_use_case
        if value is not None:
            out["CustomerUseCase"] = _serde.enc_str(value, wire)
        member = "RelatedOpportunityIdentifier"
        value = shape.related_opportunity_identifier
        if value is not None:
            out["RelatedOpportunityIdentifier"] = _serde.enc_str(value, wire)
        member = "SalesActivities"
        value = shape.sales_activities
        if value is not None:
            out["SalesActivities"] = _encode_SalesActivities(value, wire)
        member = "CompetitorName"
        value = shape.competitor_name
        if value is not None:
            out["CompetitorName"] = _serde.enc_str(value, wire)
        member = "OtherCompetitorNames"
        value = shape.other_competitor_names
        if value is not None:
            out["OtherCompetitorNames"] = _serde.enc_str(value, wire)
        member = "OtherSolutionDescription"
        value = shape.other_solution_description
        if value is not None:
            out["OtherSolutionDescription"] = _serde.enc_str(value, wire)
        member = "AdditionalComments"
        value = shape.additional_comments
        if value is not None:
            out["AdditionalComments"] = _serde.enc_str(value, wire)
        member = "AwsPartition"
        value = shape.aws_partition
        if value is not None:
            out["AwsPartition"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_Project(data: _Any, wire: bool) -> _classes.Project:
    if not wire:
        _classes.Project._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.Project)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Title")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Title")
    fields.title = value
    value = get("CustomerBusinessProblem")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CustomerBusinessProblem")
    fields.customer_business_problem = value
    value = get("CustomerUseCase")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CustomerUseCase")
    fields.customer_use_case = value
    value = get("RelatedOpportunityIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RelatedOpportunityIdentifier")
    fields.related_opportunity_identifier = value
    value = get("OtherCompetitorNames")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "OtherCompetitorNames")
    fields.other_competitor_names = value
    value = get("OtherSolutionDescription")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "OtherSolutionDescription")
    fields.other_solution_description = value
    value = get("AdditionalComments")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "AdditionalComments")
    fields.additional_comments = value
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
        member = "ApnPrograms"
        value = get("ApnPrograms")
        fields.apn_programs = None if value is None else _decode_ApnPrograms(value, wire)
        member = "SalesActivities"
        value = get("SalesActivities")
        fields.sales_activities = None if value is None else _decode_SalesActivities(value, wire)
        member = "CompetitorName"
        value = get("CompetitorName")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.competitor_name = None if value is None else _lookup_CompetitorName(value, value)
        member = "AwsPartition"
        value = get("AwsPartition")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.aws_partition = None if value is None else _lookup_AwsPartition(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_SoftwareRevenue(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.SoftwareRevenue):
        raise _serde.wrong_shape(_classes.SoftwareRevenue, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "DeliveryModel"
        value = shape.delivery_model
        if value is not None:
            out["DeliveryModel"] = _serde.enc_str(value, wire)
        member = "Value"
        value = shape.value_
        if value is not None:
            out["Value"] = _encode_MonetaryValue(value, wire)
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


def _decode_SoftwareRevenue(data: _Any, wire: bool) -> _classes.SoftwareRevenue:
    if not wire:
        _classes.SoftwareRevenue._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.SoftwareRevenue)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
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
        member = "DeliveryModel"
        value = get("DeliveryModel")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.delivery_model = None if value is None else _lookup_RevenueModel(value, value)
        member = "Value"
        value = get("Value")
        fields.value_ = None if value is None else _decode_MonetaryValue(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_LifeCycleNextStepsHistoryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_NextStepsHistory)


def _decode_LifeCycleNextStepsHistoryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_NextStepsHistory)


_bind_codec(_classes.LifeCycle, _encode_LifeCycle, _decode_LifeCycle)
_bind_codec(_classes.Marketing, _encode_Marketing, _decode_Marketing)
_bind_codec(_classes.NextStepsHistory, _encode_NextStepsHistory, _decode_NextStepsHistory)
_bind_codec(_classes.Project, _encode_Project, _decode_Project)
_bind_codec(_classes.SoftwareRevenue, _encode_SoftwareRevenue, _decode_SoftwareRevenue)
