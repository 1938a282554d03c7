"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_lead_insights.py``

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
from ...shapes import _lead_insights as _classes
from ..plain import (
    _decode_EligibleProgramsList,
    _encode_EligibleProgramsList,
)

_lookup_CountryCode = _enum_lookup(globals(), "_lookup_CountryCode", _enums, "CountryCode")
_lookup_DayOfWeek = _enum_lookup(globals(), "_lookup_DayOfWeek", _enums, "DayOfWeek")
_lookup_Industry = _enum_lookup(globals(), "_lookup_Industry", _enums, "Industry")


def _encode_BestOutreachWindow(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.BestOutreachWindow):
        raise _serde.wrong_shape(_classes.BestOutreachWindow, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Day"
        value = shape.day
        if value is not None:
            out["Day"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "StartTimeUtc"
        value = shape.start_time_utc
        if value is not None:
            out["StartTimeUtc"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "EndTimeUtc"
        value = shape.end_time_utc
        if value is not None:
            out["EndTimeUtc"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_BestOutreachWindow(data: _Any, wire: bool) -> _classes.BestOutreachWindow:
    if not wire:
        _classes.BestOutreachWindow._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.BestOutreachWindow)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("StartTimeUtc")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "StartTimeUtc")
    fields.start_time_utc = value
    value = get("EndTimeUtc")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EndTimeUtc")
    fields.end_time_utc = value
    member = ""
    try:
        member = "Day"
        value = get("Day")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.day = None if value is None else _lookup_DayOfWeek(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ChannelRecommendation(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ChannelRecommendation):
        raise _serde.wrong_shape(_classes.ChannelRecommendation, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "RecommendedChannel"
        value = shape.recommended_channel
        if value is not None:
            out["RecommendedChannel"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "BestOutreachWindows"
        value = shape.best_outreach_windows
        if value is not None:
            out["BestOutreachWindows"] = _encode_BestOutreachWindowList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ChannelRecommendation(data: _Any, wire: bool) -> _classes.ChannelRecommendation:
    if not wire:
        _classes.ChannelRecommendation._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ChannelRecommendation)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("RecommendedChannel")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RecommendedChannel")
    fields.recommended_channel = value
    member = ""
    try:
        member = "BestOutreachWindows"
        value = get("BestOutreachWindows")
        fields.best_outreach_windows = (
            None if value is None else _decode_BestOutreachWindowList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_LeadInsights(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.LeadInsights):
        raise _serde.wrong_shape(_classes.LeadInsights, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "LeadReadinessScore"
        value = shape.lead_readiness_score
        if value is not None:
            out["LeadReadinessScore"] = _serde.enc_str(value, wire)
        member = "ChannelRecommendation"
        value = shape.channel_recommendation
        if value is not None:
            out["ChannelRecommendation"] = _encode_ChannelRecommendation(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_LeadInsights(data: _Any, wire: bool) -> _classes.LeadInsights:
    if not wire:
        _classes.LeadInsights._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.LeadInsights)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("LeadReadinessScore")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "LeadReadinessScore")
    fields.lead_readiness_score = value
    member = ""
    try:
        member = "ChannelRecommendation"
        value = get("ChannelRecommendation")
        fields.channel_recommendation = (
            None if value is None else _decode_ChannelRecommendation(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ProspectingInsights(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ProspectingInsights):
        raise _serde.wrong_shape(_classes.ProspectingInsights, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "MarketplaceEngagementScore"
        value = shape.marketplace_engagement_score
        if value is not None:
            out["MarketplaceEngagementScore"] = _serde.enc_str(value, wire)
        member = "SolutionScore"
        value = shape.solution_score
        if value is not None:
            out["SolutionScore"] = _serde.enc_str(value, wire)
        member = "SolutionCategory"
        value = shape.solution_category
        if value is not None:
            out["SolutionCategory"] = _serde.enc_str(value, wire)
        member = "SolutionSubCategory"
        value = shape.solution_sub_category
        if value is not None:
            out["SolutionSubCategory"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ProspectingInsights(data: _Any, wire: bool) -> _classes.ProspectingInsights:
    if not wire:
        _classes.ProspectingInsights._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ProspectingInsights)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("MarketplaceEngagementScore")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "MarketplaceEngagementScore")
    fields.marketplace_engagement_score = value
    value = get("SolutionScore")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "SolutionScore")
    fields.solution_score = value
    value = get("SolutionCategory")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "SolutionCategory")
    fields.solution_category = value
    value = get("SolutionSubCategory")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "SolutionSubCategory")
    fields.solution_sub_category = value
    return shape


def _encode_ProspectingResultCustomer(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ProspectingResultCustomer):
        raise _serde.wrong_shape(_classes.ProspectingResultCustomer, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "AccountName"
        value = shape.account_name
        if value is not None:
            out["AccountName"] = _serde.enc_str(value, wire)
        member = "Geo"
        value = shape.geo
        if value is not None:
            out["Geo"] = _serde.enc_str(value, wire)
        member = "Region"
        value = shape.region
        if value is not None:
            out["Region"] = _serde.enc_str(value, wire)
        member = "SubRegion"
        value = shape.sub_region
        if value is not None:
            out["SubRegion"] = _serde.enc_str(value, wire)
        member = "Country"
        value = shape.country
        if value is not None:
            out["Country"] = _serde.enc_str(value, wire)
        member = "Industry"
        value = shape.industry
        if value is not None:
            out["Industry"] = _serde.enc_str(value, wire)
        member = "SubIndustry"
        value = shape.sub_industry
        if value is not None:
            out["SubIndustry"] = _serde.enc_str(value, wire)
        member = "Segment"
        value = shape.segment
        if value is not None:
            out["Segment"] = _serde.enc_str(value, wire)
        member = "CompanySize"
        value = shape.company_size
        if value is not None:
            out["CompanySize"] = _serde.enc_str(value, wire)
        member = "EligiblePrograms"
        value = shape.eligible_programs
        if value is not None:
            out["EligiblePrograms"] = _encode_EligibleProgramsList(value, wire)
        member = "PublicProfileSummary"
        value = shape.public_profile_summary
        if value is not None:
            out["PublicProfileSummary"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ProspectingResultCustomer(
    data: _Any, wire: bool
) -> _classes.ProspectingResultCustomer:
    if not wire:
        _classes.ProspectingResultCustomer._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ProspectingResultCustomer)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("AccountName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "AccountName")
    fields.account_name = value
    value = get("Geo")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Geo")
    fields.geo = value
    value = get("Region")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Region")
    fields.region = value
    value = get("SubRegion")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "SubRegion")
    fields.sub_region = value
    value = get("SubIndustry")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "SubIndustry")
    fields.sub_industry = value
    value = get("Segment")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Segment")
    fields.segment = value
    value = get("CompanySize")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CompanySize")
    fields.company_size = value
    value = get("PublicProfileSummary")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "PublicProfileSummary")
    fields.public_profile_summary = value
    member = ""
    try:
        member = "Country"
        value = get("Country")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.country = None if value is None else _lookup_CountryCode(value, value)
        member = "Industry"
        value = get("Industry")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.industry = None if value is None else _lookup_Industry(value, value)
        member = "EligiblePrograms"
        value = get("EligiblePrograms")
        fields.eligible_programs = (
            None if value is None else _decode_EligibleProgramsList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_BestOutreachWindowList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_BestOutreachWindow)


def _decode_BestOutreachWindowList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_BestOutreachWindow)


_bind_codec(_classes.BestOutreachWindow, _encode_BestOutreachWindow, _decode_BestOutreachWindow)
_bind_codec(
    _classes.ChannelRecommendation, _encode_ChannelRecommendation, _decode_ChannelRecommendation
)
_bind_codec(_classes.LeadInsights, _encode_LeadInsights, _decode_LeadInsights)
_bind_codec(_classes.ProspectingInsights, _encode_ProspectingInsights, _decode_ProspectingInsights)
_bind_codec(
    _classes.ProspectingResultCustomer,
    _encode_ProspectingResultCustomer,
    _decode_ProspectingResultCustomer,
)
