"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_list_engagement_invitations.py``

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
from ...shapes import _list_engagement_invitations as _classes
from ._receiver import (
    _decode_Receiver,
    _encode_Receiver,
)
from ..plain import (
    _decode_AwsAccountIdOrAliasList,
    _decode_EngagementIdentifiers,
    _decode_EngagementInvitationsPayloadType,
    _decode_InvitationStatusList,
    _encode_AwsAccountIdOrAliasList,
    _encode_EngagementIdentifiers,
    _encode_EngagementInvitationsPayloadType,
    _encode_InvitationStatusList,
)

_lookup_EngagementInvitationPayloadType = _enum_lookup(
    globals(), "_lookup_EngagementInvitationPayloadType", _enums, "EngagementInvitationPayloadType"
)
_lookup_InvitationStatus = _enum_lookup(
    globals(), "_lookup_InvitationStatus", _enums, "InvitationStatus"
)
_lookup_OpportunityEngagementInvitationSortName = _enum_lookup(
    globals(),
    "_lookup_OpportunityEngagementInvitationSortName",
    _enums,
    "OpportunityEngagementInvitationSortName",
)
_lookup_ParticipantType = _enum_lookup(
    globals(), "_lookup_ParticipantType", _enums, "ParticipantType"
)
_lookup_SortOrder = _enum_lookup(globals(), "_lookup_SortOrder", _enums, "SortOrder")


def _encode_EngagementInvitationSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.EngagementInvitationSummary):
        raise _serde.wrong_shape(_classes.EngagementInvitationSummary, shape)
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
        member = "ParticipantType"
        value = shape.participant_type
        if value is not None:
            out["ParticipantType"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_EngagementInvitationSummary(
    data: _Any, wire: bool
) -> _classes.EngagementInvitationSummary:
    if not wire:
        _classes.EngagementInvitationSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.EngagementInvitationSummary)
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
        member = "ParticipantType"
        value = get("ParticipantType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.participant_type = None if value is None else _lookup_ParticipantType(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListEngagementInvitationsRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListEngagementInvitationsRequest):
        raise _serde.wrong_shape(_classes.ListEngagementInvitationsRequest, shape)
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
            out["Sort"] = _encode_OpportunityEngagementInvitationSort(value, wire)
        member = "PayloadType"
        value = shape.payload_type
        if value is not None:
            out["PayloadType"] = _encode_EngagementInvitationsPayloadType(value, wire)
        member = "ParticipantType"
        value = shape.participant_type
        if value is not None:
            out["ParticipantType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _encode_InvitationStatusList(value, wire)
        member = "EngagementIdentifier"
        value = shape.engagement_identifier
        if value is not None:
            out["EngagementIdentifier"] = _encode_EngagementIdentifiers(value, wire)
        member = "SenderAwsAccountId"
        value = shape.sender_aws_account_id
        if value is not None:
            out["SenderAwsAccountId"] = _encode_AwsAccountIdOrAliasList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListEngagementInvitationsRequest(
    data: _Any, wire: bool
) -> _classes.ListEngagementInvitationsRequest:
    if not wire:
        _classes.ListEngagementInvitationsRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListEngagementInvitationsRequest)
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
        fields.sort = (
            None if value is None else _decode_OpportunityEngagementInvitationSort(value, wire)
        )
        member = "PayloadType"
        value = get("PayloadType")
        fields.payload_type = (
            None if value is None else _decode_EngagementInvitationsPayloadType(value, wire)
        )
        member = "ParticipantType"
        value = get("ParticipantType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.participant_type = None if value is None else _lookup_ParticipantType(value, value)
        member = "Status"
        value = get("Status")
        fields.status = None if value is None else _decode_InvitationStatusList(value, wire)
        member = "EngagementIdentifier"
        value = get("EngagementIdentifier")
        fields.engagement_identifier = (
            None if value is None else _decode_EngagementIdentifiers(value, wire)
        )
        member = "SenderAwsAccountId"
        value = get("SenderAwsAccountId")
        fields.sender_aws_account_id = (
            None if value is None else _decode_AwsAccountIdOrAliasList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListEngagementInvitationsResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListEngagementInvitationsResponse):
        raise _serde.wrong_shape(_classes.ListEngagementInvitationsResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "EngagementInvitationSummaries"
        value = shape.engagement_invitation_summaries
        if value is not None:
            out["EngagementInvitationSummaries"] = _encode_EngagementInvitationSummaries(
                value, wire
            )
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListEngagementInvitationsResponse(
    data: _Any, wire: bool
) -> _classes.ListEngagementInvitationsResponse:
    if not wire:
        _classes.ListEngagementInvitationsResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListEngagementInvitationsResponse)
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
        member = "EngagementInvitationSummaries"
        value = get("EngagementInvitationSummaries")
        fields.engagement_invitation_summaries = (
            None if value is None else _decode_EngagementInvitationSummaries(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_OpportunityEngagementInvitationSort(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.OpportunityEngagementInvitationSort):
        raise _serde.wrong_shape(_classes.OpportunityEngagementInvitationSort, shape)
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


def _decode_OpportunityEngagementInvitationSort(
    data: _Any, wire: bool
) -> _classes.OpportunityEngagementInvitationSort:
    if not wire:
        _classes.OpportunityEngagementInvitationSort._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.OpportunityEngagementInvitationSort)
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
        fields.sort_by = (
            None
            if value is None
            else _lookup_OpportunityEngagementInvitationSortName(value, value)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_EngagementInvitationSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_EngagementInvitationSummary)


def _decode_EngagementInvitationSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_EngagementInvitationSummary)


_bind_codec(
    _classes.EngagementInvitationSummary,
    _encode_EngagementInvitationSummary,
    _decode_EngagementInvitationSummary,
)
_bind_codec(
    _classes.ListEngagementInvitationsRequest,
    _encode_ListEngagementInvitationsRequest,
    _decode_ListEngagementInvitationsRequest,
)
_bind_codec(
    _classes.ListEngagementInvitationsResponse,
    _encode_ListEngagementInvitationsResponse,
    _decode_ListEngagementInvitationsResponse,
)
_bind_codec(
    _classes.OpportunityEngagementInvitationSort,
    _encode_OpportunityEngagementInvitationSort,
    _decode_OpportunityEngagementInvitationSort,
)
