"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_create_campaign.py``

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
from ...shapes import _create_campaign as _classes
from ._file_ref import (
    _decode_FileRef,
    _encode_FileRef,
)
from ._monetary_value import (
    _decode_MonetaryValue,
    _decode_TargetAudience,
    _encode_MonetaryValue,
    _encode_TargetAudience,
)
from ._tag import (
    _decode_TagList,
    _encode_TagList,
)
from ..plain import (
    _decode_EngagementGroupIdList,
    _encode_EngagementGroupIdList,
)

_lookup_Catalog = _enum_lookup(globals(), "_lookup_Catalog", _enums, "Catalog")


def _encode_CreateCampaignRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateCampaignRequest):
        raise _serde.wrong_shape(_classes.CreateCampaignRequest, shape)
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
        member = "Name"
        value = shape.name
        if value is not None:
            out["Name"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "CampaignTemplateId"
        value = shape.campaign_template_id
        if value is not None:
            out["CampaignTemplateId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
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
            out["PartnerBadge"] = _encode_FileRef(value, wire)
        member = "EmailTarget"
        value = shape.email_target
        if value is not None:
            out["EmailTarget"] = _encode_FileRef(value, wire)
        member = "EmailTargetEngagementGroupIds"
        value = shape.email_target_engagement_group_ids
        if value is not None:
            out["EmailTargetEngagementGroupIds"] = _encode_EngagementGroupIdList(value, wire)
        member = "TargetAudience"
        value = shape.target_audience
        if value is not None:
            out["TargetAudience"] = _encode_TargetAudience(value, wire)
        member = "EstimatedBudget"
        value = shape.estimated_budget
        if value is not None:
            out["EstimatedBudget"] = _encode_MonetaryValue(value, wire)
        member = "TotalBudget"
        value = shape.total_budget
        if value is not None:
            out["TotalBudget"] = _encode_MonetaryValue(value, wire)
        member = "StartOn"
        value = shape.start_on
        if value is not None:
            out["StartOn"] = _serde.enc_str(value, wire)
        member = "EndOn"
        value = shape.end_on
        if value is not None:
            out["EndOn"] = _serde.enc_str(value, wire)
        member = "ClientToken"
        value = shape.client_token
        if value is not None:
            out["ClientToken"] = _serde.enc_str(value, wire)
        member = "Tags"
        value = shape.tags
        if value is not None:
            out["Tags"] = _encode_TagList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateCampaignRequest(data: _Any, wire: bool) -> _classes.CreateCampaignRequest:
    if not wire:
        _classes.CreateCampaignRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.CreateCampaignRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
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
    value = get("ClientToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ClientToken")
    fields.client_token = value
    member = ""
    try:
        member = "Catalog"
        value = get("Catalog")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.catalog = None if value is None else _lookup_Catalog(value, value)
        member = "PartnerBadge"
        value = get("PartnerBadge")
        fields.partner_badge = None if value is None else _decode_FileRef(value, wire)
        member = "EmailTarget"
        value = get("EmailTarget")
        fields.email_target = None if value is None else _decode_FileRef(value, wire)
        member = "EmailTargetEngagementGroupIds"
        value = get("EmailTargetEngagementGroupIds")
        fields.email_target_engagement_group_ids = (
            None if value is None else _decode_EngagementGroupIdList(value, wire)
        )
        member = "TargetAudience"
        value = get("TargetAudience")
        fields.target_audience = None if value is None else _decode_TargetAudience(value, wire)
        member = "EstimatedBudget"
        value = get("EstimatedBudget")
        fields.estimated_budget = None if value is None else _decode_MonetaryValue(value, wire)
        member = "TotalBudget"
        value = get("TotalBudget")
        fields.total_budget = None if value is None else _decode_MonetaryValue(value, wire)
        member = "Tags"
        value = get("Tags")
        fields.tags = None if value is None else _decode_TagList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CreateCampaignResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateCampaignResponse):
        raise _serde.wrong_shape(_classes.CreateCampaignResponse, shape)
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
        member = "Arn"
        value = shape.arn
        if value is not None:
            out["Arn"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateCampaignResponse(data: _Any, wire: bool) -> _classes.CreateCampaignResponse:
    if not wire:
        _classes.CreateCampaignResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.CreateCampaignResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    value = get("Arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Arn")
    fields.arn = value
    return shape


_bind_codec(
    _classes.CreateCampaignRequest, _encode_CreateCampaignRequest, _decode_CreateCampaignRequest
)
_bind_codec(
    _classes.CreateCampaignResponse, _encode_CreateCampaignResponse, _decode_CreateCampaignResponse
)
