"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_get_engagement_invitation.py``

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
from ...shapes import _get_engagement_invitation as _classes
from ._lead_insights import (
    _decode_LeadInsights,
    _decode_ProspectingInsights,
    _decode_ProspectingResultCustomer,
    _encode_LeadInsights,
    _encode_ProspectingInsights,
    _encode_ProspectingResultCustomer,
)
from ._payload import (
    _decode_Payload,
    _encode_Payload,
)
from ._receiver import (
    _decode_Receiver,
    _encode_Receiver,
)

_lookup_EngagementInvitationPayloadType = _enum_lookup(
    globals(), "_lookup_EngagementInvitationPayloadType", _enums, "EngagementInvitationPayloadType"
)
_lookup_InvitationStatus = _enum_lookup(
    globals(), "_lookup_InvitationStatus", _enums, "InvitationStatus"
)


def _encode_EngagementMemberSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.EngagementMemberSummary):
        raise _serde.wrong_shape(_classes.EngagementMemberSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "CompanyName"
        value = shape.company_name
        if value is not None:
            out["CompanyName"] = _serde.enc_str(value, wire)
        member = "WebsiteUrl"
        value = shape.website_url
        if value is not None:
            out["WebsiteUrl"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_EngagementMemberSummary(data: _Any, wire: bool) -> _classes.EngagementMemberSummary:
    if not wire:
        _classes.EngagementMemberSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.EngagementMemberSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("CompanyName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CompanyName")
    fields.company_name = value
    value = get("WebsiteUrl")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "WebsiteUrl")
    fields.website_url = value
    return shape


def _encode_EnrichmentContext(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.EnrichmentContext):
        raise _serde.wrong_shape(_classes.EnrichmentContext, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "ProspectingResultAws"
        value = shape.prospecting_result_aws
        if value is not None:
            out["ProspectingResultAws"] = _encode_InvitationProspectingResultAws(value, wire)
        member = "LeadInsights"
        value = shape.lead_insights
        if value is not None:
            out["LeadInsights"] = _encode_LeadInsights(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_EnrichmentContext(data: _Any, wire: bool) -> _classes.EnrichmentContext:
    if not wire:
        _classes.EnrichmentContext._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.EnrichmentContext)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "ProspectingResultAws"
        value = get("ProspectingResultAws")
        fields.prospecting_result_aws = (
            None if value is None else _decode_InvitationProspectingResultAws(value, wire)
        )
        member = "LeadInsights"
        value = get("LeadInsights")
        fields.lead_insights = None if value is None else _decode_LeadInsights(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_GetEngagementInvitationRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetEngagementInvitationRequest):
        raise _serde.wrong_shape(_classes.GetEngagementInvitationRequest, shape)
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


def _decode_GetEngagementInvitationRequest(
    data: _Any, wire: bool
) -> _classes.GetEngagementInvitationRequest:
    if not wire:
        _classes.GetEngagementInvitationRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetEngagementInvitationRequest)
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


def _encode_GetEngagementInvitationResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetEngagementInvitationResponse):
        raise _serde.wrong_shape(_classes.GetEngagementInvitationResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Arn"
        value = shape.arn
        if value is not None:
            out["Arn"] = _serde.enc_str(value, wire)
        member = "PayloadType"
        value = shape.payload_type
        if value is not None:
            out["PayloadType"] = _serde.enc_str(value, wire)
        member = "Id"
        value = shape.id
        if value is not None:
            out["Id"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "EngagementId"
        value = shape.engagement_id
        if value is not None:
            out["EngagementId"] = _serde.enc_str(value, wire)
        member = "EngagementTitle"
        value = shape.engagement_title
        if value is not None:
            out["EngagementTitle"] = _serde.enc_str(value, wire)
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
        member = "InvitationDate"
        value = shape.invitation_date
        if value is not None:
            out["InvitationDate"] = _serde.enc_iso8601(value, wire)
        member = "ExpirationDate"
        value = shape.expiration_date
        if value is not None:
            out["ExpirationDate"] = _serde.enc_iso8601(value, wire)
        member = "SenderAwsAccountId"
        value = shape.sender_aws_account_id
        if value is not None:
            out["SenderAwsAccountId"] = _serde.enc_str(value, wire)
        member = "SenderCompanyName"
        value = shape.sender_company_name
        if value is not None:
            out["SenderCompanyName"] = _serde.enc_str(value, wire)
        member = "Receiver"
        value = shape.receiver
        if value is not None:
            out["Receiver"] = _encode_Receiver(value, wire)
        member = "Catalog"
        value = shape.catalog
        if value is not None:
            out["Catalog"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "RejectionReason"
        value = shape.rejection_reason
        if value is not None:
            out["RejectionReason"] = _serde.enc_str(value, wire)
        member = "Payload"
        value = shape.payload
        if value is not None:
            out["Payload"] = _encode_Payload(value, wire)
        member = "InvitationMessage"
        value = shape.invitation_message
        if value is not None:
            out["InvitationMessage"] = _serde.enc_str(value, wire)
        member = "EngagementDescription"
        value = shape.engagement_description
        if value is not None:
            out["EngagementDescription"] = _serde.enc_str(value, wire)
        member = "ExistingMembers"
        value = shape.existing_members
        if value is not None:
            out["ExistingMembers"] = _encode_EngagementMemberSummaries(value, wire)
        member = "EnrichmentContext"
        value = shape.enrichment_context
        if value is not None:
            out["EnrichmentContext"] = _encode_EnrichmentContext(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetEngagementInvitationResponse(
    data: _Any, wire: bool
) -> _classes.GetEngagementInvitationResponse:
    if not wire:
        _classes.GetEngagementInvitationResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetEngagementInvitationResponse)
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
    value = get("EngagementId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EngagementId")
    fields.engagement_id = value
    value = get("EngagementTitle")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EngagementTitle")
    fields.engagement_title = value
    value = get("SenderAwsAccountId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "SenderAwsAccountId")
    fields.sender_aws_account_id = value
    value = get("SenderCompanyName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "SenderCompanyName")
    fields.sender_company_name = value
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("RejectionReason")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RejectionReason")
    fields.rejection_reason = value
    value = get("InvitationMessage")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "InvitationMessage")
    fields.invitation_message = value
    value = get("EngagementDescription")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EngagementDescription")
    fields.engagement_description = value
    member = ""
    try:
        member = "PayloadType"
        value = get("PayloadType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.payload_type = (
            None if value is None else _lookup_EngagementInvitationPayloadType(value, value)
        )
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_InvitationStatus(value, value)
        member = "InvitationDate"
        value = get("InvitationDate")
        fields.invitation_date = None if value is None else _serde.dec_timestamp(value, wire)
        member = "ExpirationDate"
        value = get("ExpirationDate")
        fields.expiration_date = None if value is None else _serde.dec_timestamp(value, wire)
        member = "Receiver"
        value = get("Receiver")
        fields.receiver = None if value is None else _decode_Receiver(value, wire)
        member = "Payload"
        value = get("Payload")
        fields.payload = None if value is None else _decode_Payload(value, wire)
        member = "ExistingMembers"
        value = get("ExistingMembers")
        fields.existing_members = (
            None if value is None else _decode_EngagementMemberSummaries(value, wire)
        )
        member = "EnrichmentContext"
        value = get("EnrichmentContext")
        fields.enrichment_context = (
            None if value is None else _decode_EnrichmentContext(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_InvitationProspectingResultAws(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.InvitationProspectingResultAws):
        raise _serde.wrong_shape(_classes.InvitationProspectingResultAws, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Customer"
        value = shape.customer
        if value is not None:
            out["Customer"] = _encode_ProspectingResultCustomer(value, wire)
        member = "Insights"
        value = shape.insights
        if value is not None:
            out["Insights"] = _encode_ProspectingInsights(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_InvitationProspectingResultAws(
    data: _Any, wire: bool
) -> _classes.InvitationProspectingResultAws:
    if not wire:
        _classes.InvitationProspectingResultAws._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.InvitationProspectingResultAws)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "Customer"
        value = get("Customer")
        fields.customer = None if value is None else _decode_ProspectingResultCustomer(value, wire)
        member = "Insights"
        value = get("Insights")
        fields.insights = None if value is None else _decode_ProspectingInsights(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_EngagementMemberSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_EngagementMemberSummary)


def _decode_EngagementMemberSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_EngagementMemberSummary)


_bind_codec(
    _classes.EngagementMemberSummary,
    _encode_EngagementMemberSummary,
    _decode_EngagementMemberSummary,
)
_bind_codec(_classes.EnrichmentContext, _encode_EnrichmentContext, _decode_EnrichmentContext)
_bind_codec(
    _classes.GetEngagementInvitationRequest,
    _encode_GetEngagementInvitationRequest,
    _decode_GetEngagementInvitationRequest,
)
_bind_codec(
    _classes.GetEngagementInvitationResponse,
    _encode_GetEngagementInvitationResponse,
    _decode_GetEngagementInvitationResponse,
)
_bind_codec(
    _classes.InvitationProspectingResultAws,
    _encode_InvitationProspectingResultAws,
    _decode_InvitationProspectingResultAws,
)
