"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_get_campaign.py``

``_encode_<Shape>(value, wire)`` gives the CBOR value of a shape and
``_decode_<Shape>(data, wire)`` reads one (``wire`` False: the boto3-style dict of
``to_dict()`` and ``from_dict()``). The last lines bind them to the classes.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.exceptions import ParamValidationError as _ParamValidationError
from typed_aws_runtime.model.lazy import enum_lookup as _enum_lookup
from typed_aws_runtime.model.structure import bind_codec as _bind_codec
from typed_aws_runtime.protocols import cborserde as _serde
from typed_aws_runtime.protocols.cborserde import missing as _missing

from ... import enums as _enums
from ...shapes import _get_campaign as _classes
from ._activation_issue import (
    _decode_ActivationIssueList,
    _encode_ActivationIssueList,
)
from ._monetary_value import (
    _decode_MonetaryValue,
    _decode_TargetAudience,
    _encode_MonetaryValue,
    _encode_TargetAudience,
)
from ..plain import (
    _decode_CampaignSocialConnections,
    _decode_EngagementGroupIdList,
    _encode_CampaignSocialConnections,
    _encode_EngagementGroupIdList,
)

_lookup_AssetLanguage = _enum_lookup(globals(), "_lookup_AssetLanguage", _enums, "AssetLanguage")
_lookup_CampaignState = _enum_lookup(globals(), "_lookup_CampaignState", _enums, "CampaignState")
_lookup_Catalog = _enum_lookup(globals(), "_lookup_Catalog", _enums, "Catalog")
_lookup_ScanStatus = _enum_lookup(globals(), "_lookup_ScanStatus", _enums, "ScanStatus")


def _encode_Campaign(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.Campaign):
        raise _serde.wrong_shape(_classes.Campaign, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "CampaignId"
        value = shape.campaign_id
        if value is not None:
            out["CampaignId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Arn"
        value = shape.arn
        if value is not None:
            out["Arn"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Name"
        value = shape.name
        if value is not None:
            out["Name"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "State"
        value = shape.state
        if value is not None:
            out["State"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "CampaignTemplateId"
        value = shape.campaign_template_id
        if value is not None:
            out["CampaignTemplateId"] = _serde.enc_str(value, wire)
        member = "Language"
        value = shape.language
        if value is not None:
            out["Language"] = _serde.enc_str(value, wire)
        member = "PartnerProfile"
        value = shape.partner_profile
        if value is not None:
            out["PartnerProfile"] = _encode_PartnerProfileBranding(value, wire)
        member = "SenderEmail"
        value = shape.sender_email
        if value is not None:
            out["SenderEmail"] = _serde.enc_str(value, wire)
        member = "PrivacyPolicyUrl"
        value = shape.privacy_policy_url
        if value is not None:
            out["PrivacyPolicyUrl"] = _serde.enc_str(value, wire)
        member = "PartnerAddress"
        value = shape.partner_address
        if value is not None:
            out["PartnerAddress"] = _serde.enc_str(value, wire)
        member = "PartnerBadge"
        value = shape.partner_badge
        if value is not None:
            out["PartnerBadge"] = _encode_PartnerBadgeDetail(value, wire)
        member = "EmailTarget"
        value = shape.email_target
        if value is not None:
            out["EmailTarget"] = _encode_EmailTargetDetail(value, wire)
        member = "EmailTargetEngagementGroupIds"
        value = shape.email_target_engagement_group_ids
        if value is not None:
            out["EmailTargetEngagementGroupIds"] = _encode_EngagementGroupIdList(value, wire)
        member = "SocialConnections"
        value = shape.social_connections
        if value is not None:
            out["SocialConnections"] = _encode_CampaignSocialConnections(value, wire)
        member = "EstimatedBudget"
        value = shape.estimated_budget
        if value is not None:
            out["EstimatedBudget"] = _encode_MonetaryValue(value, wire)
        member = "TotalBudget"
        value = shape.total_budget
        if value is not None:
            out["TotalBudget"] = _encode_MonetaryValue(value, wire)
        member = "TargetAudience"
        value = shape.target_audience
        if value is not None:
            out["TargetAudience"] = _encode_TargetAudience(value, wire)
        member = "StartOn"
        value = shape.start_on
        if value is not None:
            out["StartOn"] = _serde.enc_str(value, wire)
        member = "EndOn"
        value = shape.end_on
        if value is not None:
            out["EndOn"] = _serde.enc_str(value, wire)
        member = "CreatedAt"
        value = shape.created_at
        if value is not None:
            out["CreatedAt"] = _serde.enc_timestamp(value, wire)
        member = "UpdatedAt"
        value = shape.updated_at
        if value is not None:
            out["UpdatedAt"] = _serde.enc_timestamp(value, wire)
        member = "ActivationIssues"
        value = shape.activation_issues
        if value is not None:
            out["ActivationIssues"] = _encode_ActivationIssueList(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_Campaign(data: _Any, wire: bool) -> _classes.Campaign:
    if not wire:
        _classes.Campaign._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.Campaign)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("CampaignId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CampaignId")
    fields.campaign_id = value
    value = get("Arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Arn")
    fields.arn = value
    value = get("Name")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Name")
    fields.name = value
    value = get("CampaignTemplateId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CampaignTemplateId")
    fields.campaign_template_id = value
    value = get("SenderEmail")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "SenderEmail")
    fields.sender_email = value
    value = get("PrivacyPolicyUrl")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "PrivacyPolicyUrl")
    fields.privacy_policy_url = value
    value = get("PartnerAddress")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "PartnerAddress")
    fields.partner_address = value
    value = get("StartOn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "StartOn")
    fields.start_on = value
    value = get("EndOn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EndOn")
    fields.end_on = value
    member = ""
    try:
        member = "State"
        value = get("State")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.state = None if value is None else _lookup_CampaignState(value, value)
        member = "Language"
        value = get("Language")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.language = None if value is None else _lookup_AssetLanguage(value, value)
        member = "PartnerProfile"
        value = get("PartnerProfile")
        fields.partner_profile = (
            None if value is None else _decode_PartnerProfileBranding(value, wire)
        )
        member = "PartnerBadge"
        value = get("PartnerBadge")
        fields.partner_badge = None if value is None else _decode_PartnerBadgeDetail(value, wire)
        member = "EmailTarget"
        value = get("EmailTarget")
        fields.email_target = None if value is None else _decode_EmailTargetDetail(value, wire)
        member = "EmailTargetEngagementGroupIds"
        value = get("EmailTargetEngagementGroupIds")
        fields.email_target_engagement_group_ids = (
            None if value is None else _decode_EngagementGroupIdList(value, wire)
        )
        member = "SocialConnections"
        value = get("SocialConnections")
        fields.social_connections = (
            None if value is None else _decode_CampaignSocialConnections(value, wire)
        )
        member = "EstimatedBudget"
        value = get("EstimatedBudget")
        fields.estimated_budget = None if value is None else _decode_MonetaryValue(value, wire)
        member = "TotalBudget"
        value = get("TotalBudget")
        fields.total_budget = None if value is None else _decode_MonetaryValue(value, wire)
        member = "TargetAudience"
        value = get("TargetAudience")
        fields.target_audience = None if value is None else _decode_TargetAudience(value, wire)
        member = "CreatedAt"
        value = get("CreatedAt")
        fields.created_at = None if value is None else _serde.dec_timestamp_cbor(value, wire)
        member = "UpdatedAt"
        value = get("UpdatedAt")
        fields.updated_at = None if value is None else _serde.dec_timestamp_cbor(value, wire)
        member = "ActivationIssues"
        value = get("ActivationIssues")
        fields.activation_issues = (
            None if value is None else _decode_ActivationIssueList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_EmailTargetDetail(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.EmailTargetDetail):
        raise _serde.wrong_shape(_classes.EmailTargetDetail, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "ScanStatus"
        value = shape.scan_status
        if value is not None:
            out["ScanStatus"] = _serde.enc_str(value, wire)
        member = "AttachedAt"
        value = shape.attached_at
        if value is not None:
            out["AttachedAt"] = _serde.enc_timestamp(value, wire)
        member = "ValidCount"
        value = shape.valid_count
        if value is not None:
            out["ValidCount"] = _serde.enc_int(value, wire)
        member = "RejectedCount"
        value = shape.rejected_count
        if value is not None:
            out["RejectedCount"] = _serde.enc_int(value, wire)
        member = "DuplicateCount"
        value = shape.duplicate_count
        if value is not None:
            out["DuplicateCount"] = _serde.enc_int(value, wire)
        member = "FileName"
        value = shape.file_name
        if value is not None:
            out["FileName"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_EmailTargetDetail(data: _Any, wire: bool) -> _classes.EmailTargetDetail:
    if not wire:
        _classes.EmailTargetDetail._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.EmailTargetDetail)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("ValidCount")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "ValidCount")
    fields.valid_count = value
    value = get("RejectedCount")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "RejectedCount")
    fields.rejected_count = value
    value = get("DuplicateCount")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "DuplicateCount")
    fields.duplicate_count = value
    value = get("FileName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "FileName")
    fields.file_name = value
    member = ""
    try:
        member = "ScanStatus"
        value = get("ScanStatus")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.scan_status = None if value is None else _lookup_ScanStatus(value, value)
        member = "AttachedAt"
        value = get("AttachedAt")
        fields.attached_at = None if value is None else _serde.dec_timestamp_cbor(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_GetCampaignRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetCampaignRequest):
        raise _serde.wrong_shape(_classes.GetCampaignRequest, shape)
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
        member = "CampaignIdentifier"
        value = shape.campaign_identifier
        if value is not None:
            out["CampaignIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetCampaignRequest(data: _Any, wire: bool) -> _classes.GetCampaignRequest:
    if not wire:
        _classes.GetCampaignRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.GetCampaignRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("CampaignIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CampaignIdentifier")
    fields.campaign_identifier = value
    member = ""
    try:
        member = "Catalog"
        value = get("Catalog")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.catalog = None if value is None else _lookup_Catalog(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_GetCampaignResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetCampaignResponse):
        raise _serde.wrong_shape(_classes.GetCampaignResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Campaign"
        value = shape.campaign
        if value is not None:
            out["Campaign"] = _encode_Campaign(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetCampaignResponse(data: _Any, wire: bool) -> _classes.GetCampaignResponse:
    if not wire:
        _classes.GetCampaignResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.GetCampaignResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "Campaign"
        value = get("Campaign")
        fields.campaign = None if value is None else _decode_Campaign(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_PartnerBadgeDetail(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.PartnerBadgeDetail):
        raise _serde.wrong_shape(_classes.PartnerBadgeDetail, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Url"
        value = shape.url
        if value is not None:
            out["Url"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "AttachedAt"
        value = shape.attached_at
        if value is not None:
            out["AttachedAt"] = _serde.enc_timestamp(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_PartnerBadgeDetail(data: _Any, wire: bool) -> _classes.PartnerBadgeDetail:
    if not wire:
        _classes.PartnerBadgeDetail._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.PartnerBadgeDetail)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Url")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Url")
    fields.url = value
    member = ""
    try:
        member = "AttachedAt"
        value = get("AttachedAt")
        fields.attached_at = None if value is None else _serde.dec_timestamp_cbor(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_PartnerProfileBranding(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.PartnerProfileBranding):
        raise _serde.wrong_shape(_classes.PartnerProfileBranding, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "DisplayName"
        value = shape.display_name
        if value is not None:
            out["DisplayName"] = _serde.enc_str(value, wire)
        member = "WebsiteUrl"
        value = shape.website_url
        if value is not None:
            out["WebsiteUrl"] = _serde.enc_str(value, wire)
        member = "LogoUrl"
        value = shape.logo_url
        if value is not None:
            out["LogoUrl"] = _serde.enc_str(value, wire)
        member = "RefreshedAt"
        value = shape.refreshed_at
        if value is not None:
            out["RefreshedAt"] = _serde.enc_timestamp(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_PartnerProfileBranding(data: _Any, wire: bool) -> _classes.PartnerProfileBranding:
    if not wire:
        _classes.PartnerProfileBranding._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.PartnerProfileBranding)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("DisplayName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "DisplayName")
    fields.display_name = value
    value = get("WebsiteUrl")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "WebsiteUrl")
    fields.website_url = value
    value = get("LogoUrl")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "LogoUrl")
    fields.logo_url = value
    member = ""
    try:
        member = "RefreshedAt"
        value = get("RefreshedAt")
        fields.refreshed_at = None if value is None else _serde.dec_timestamp_cbor(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(_classes.Campaign, _encode_Campaign, _decode_Campaign)
_bind_codec(_classes.EmailTargetDetail, _encode_EmailTargetDetail, _decode_EmailTargetDetail)
_bind_codec(_classes.GetCampaignRequest, _encode_GetCampaignRequest, _decode_GetCampaignRequest)
_bind_codec(_classes.GetCampaignResponse, _encode_GetCampaignResponse, _decode_GetCampaignResponse)
_bind_codec(_classes.PartnerBadgeDetail, _encode_PartnerBadgeDetail, _decode_PartnerBadgeDetail)
_bind_codec(
    _classes.PartnerProfileBranding, _encode_PartnerProfileBranding, _decode_PartnerProfileBranding
)
