"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_list_channel_handshakes.py``

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
from ...shapes import _list_channel_handshakes as _classes
from ..plain import (
    _decode_AssociatedResourceIdentifierList,
    _decode_HandshakeStatusList,
    _decode_ProgramList,
    _decode_ServicePeriodTypeList,
    _encode_AssociatedResourceIdentifierList,
    _encode_HandshakeStatusList,
    _encode_ProgramList,
    _encode_ServicePeriodTypeList,
)

_lookup_HandshakeStatus = _enum_lookup(
    globals(), "_lookup_HandshakeStatus", _enums, "HandshakeStatus"
)
_lookup_HandshakeType = _enum_lookup(globals(), "_lookup_HandshakeType", _enums, "HandshakeType")
_lookup_ParticipantType = _enum_lookup(
    globals(), "_lookup_ParticipantType", _enums, "ParticipantType"
)
_lookup_Program = _enum_lookup(globals(), "_lookup_Program", _enums, "Program")
_lookup_ProgramManagementAccountTypeSortName = _enum_lookup(
    globals(),
    "_lookup_ProgramManagementAccountTypeSortName",
    _enums,
    "ProgramManagementAccountTypeSortName",
)
_lookup_RevokeServicePeriodTypeSortName = _enum_lookup(
    globals(), "_lookup_RevokeServicePeriodTypeSortName", _enums, "RevokeServicePeriodTypeSortName"
)
_lookup_ServicePeriodType = _enum_lookup(
    globals(), "_lookup_ServicePeriodType", _enums, "ServicePeriodType"
)
_lookup_SortOrder = _enum_lookup(globals(), "_lookup_SortOrder", _enums, "SortOrder")
_lookup_StartServicePeriodTypeSortName = _enum_lookup(
    globals(), "_lookup_StartServicePeriodTypeSortName", _enums, "StartServicePeriodTypeSortName"
)


def _encode_ChannelHandshakeSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ChannelHandshakeSummary):
        raise _serde.wrong_shape(_classes.ChannelHandshakeSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "id"
        value = shape.id
        if value is not None:
            out["id"] = _serde.enc_str(value, wire)
        member = "arn"
        value = shape.arn
        if value is not None:
            out["arn"] = _serde.enc_str(value, wire)
        member = "catalog"
        value = shape.catalog
        if value is not None:
            out["catalog"] = _serde.enc_str(value, wire)
        member = "handshakeType"
        value = shape.handshake_type
        if value is not None:
            out["handshakeType"] = _serde.enc_str(value, wire)
        member = "ownerAccountId"
        value = shape.owner_account_id
        if value is not None:
            out["ownerAccountId"] = _serde.enc_str(value, wire)
        member = "senderAccountId"
        value = shape.sender_account_id
        if value is not None:
            out["senderAccountId"] = _serde.enc_str(value, wire)
        member = "senderDisplayName"
        value = shape.sender_display_name
        if value is not None:
            out["senderDisplayName"] = _serde.enc_str(value, wire)
        member = "receiverAccountId"
        value = shape.receiver_account_id
        if value is not None:
            out["receiverAccountId"] = _serde.enc_str(value, wire)
        member = "associatedResourceId"
        value = shape.associated_resource_id
        if value is not None:
            out["associatedResourceId"] = _serde.enc_str(value, wire)
        member = "detail"
        value = shape.detail
        if value is not None:
            out["detail"] = _encode_HandshakeDetail(value, wire)
        member = "createdAt"
        value = shape.created_at
        if value is not None:
            out["createdAt"] = _serde.enc_iso8601(value, wire)
        member = "updatedAt"
        value = shape.updated_at
        if value is not None:
            out["updatedAt"] = _serde.enc_iso8601(value, wire)
        member = "status"
        value = shape.status
        if value is not None:
            out["status"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ChannelHandshakeSummary(data: _Any, wire: bool) -> _classes.ChannelHandshakeSummary:
    if not wire:
        _classes.ChannelHandshakeSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ChannelHandshakeSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "id")
    fields.id = value
    value = get("arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "arn")
    fields.arn = value
    value = get("catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "catalog")
    fields.catalog = value
    value = get("ownerAccountId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ownerAccountId")
    fields.owner_account_id = value
    value = get("senderAccountId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "senderAccountId")
    fields.sender_account_id = value
    value = get("senderDisplayName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "senderDisplayName")
    fields.sender_display_name = value
    value = get("receiverAccountId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "receiverAccountId")
    fields.receiver_account_id = value
    value = get("associatedResourceId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "associatedResourceId")
    fields.associated_resource_id = value
    member = ""
    try:
        member = "handshakeType"
        value = get("handshakeType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.handshake_type = None if value is None else _lookup_HandshakeType(value, value)
        member = "detail"
        value = get("detail")
        fields.detail = None if value is None else _decode_HandshakeDetail(value, wire)
        member = "createdAt"
        value = get("createdAt")
        fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "updatedAt"
        value = get("updatedAt")
        fields.updated_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "status"
        value = get("status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_HandshakeStatus(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListChannelHandshakesRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListChannelHandshakesRequest):
        raise _serde.wrong_shape(_classes.ListChannelHandshakesRequest, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "handshakeType"
        value = shape.handshake_type
        if value is not None:
            out["handshakeType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "catalog"
        value = shape.catalog
        if value is not None:
            out["catalog"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "participantType"
        value = shape.participant_type
        if value is not None:
            out["participantType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "maxResults"
        value = shape.max_results
        if value is not None:
            out["maxResults"] = _serde.enc_int(value, wire)
        member = "statuses"
        value = shape.statuses
        if value is not None:
            out["statuses"] = _encode_HandshakeStatusList(value, wire)
        member = "associatedResourceIdentifiers"
        value = shape.associated_resource_identifiers
        if value is not None:
            out["associatedResourceIdentifiers"] = _encode_AssociatedResourceIdentifierList(
                value, wire
            )
        member = "handshakeTypeFilters"
        value = shape.handshake_type_filters
        if value is not None:
            out["handshakeTypeFilters"] = _encode_ListChannelHandshakesTypeFilters(value, wire)
        member = "handshakeTypeSort"
        value = shape.handshake_type_sort
        if value is not None:
            out["handshakeTypeSort"] = _encode_ListChannelHandshakesTypeSort(value, wire)
        member = "nextToken"
        value = shape.next_token
        if value is not None:
            out["nextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListChannelHandshakesRequest(
    data: _Any, wire: bool
) -> _classes.ListChannelHandshakesRequest:
    if not wire:
        _classes.ListChannelHandshakesRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListChannelHandshakesRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "catalog")
    fields.catalog = value
    value = get("maxResults")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "maxResults")
    fields.max_results = value
    value = get("nextToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "nextToken")
    fields.next_token = value
    member = ""
    try:
        member = "handshakeType"
        value = get("handshakeType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.handshake_type = None if value is None else _lookup_HandshakeType(value, value)
        member = "participantType"
        value = get("participantType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.participant_type = None if value is None else _lookup_ParticipantType(value, value)
        member = "statuses"
        value = get("statuses")
        fields.statuses = None if value is None else _decode_HandshakeStatusList(value, wire)
        member = "associatedResourceIdentifiers"
        value = get("associatedResourceIdentifiers")
        fields.associated_resource_identifiers = (
            None if value is None else _decode_AssociatedResourceIdentifierList(value, wire)
        )
        member = "handshakeTypeFilters"
        value = get("handshakeTypeFilters")
        fields.handshake_type_filters = (
            None if value is None else _decode_ListChannelHandshakesTypeFilters(value, wire)
        )
        member = "handshakeTypeSort"
        value = get("handshakeTypeSort")
        fields.handshake_type_sort = (
            None if value is None else _decode_ListChannelHandshakesTypeSort(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListChannelHandshakesResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListChannelHandshakesResponse):
        raise _serde.wrong_shape(_classes.ListChannelHandshakesResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "items"
        value = shape.items
        if value is not None:
            out["items"] = _encode_ChannelHandshakeSummaries(value, wire)
        member = "nextToken"
        value = shape.next_token
        if value is not None:
            out["nextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListChannelHandshakesResponse(
    data: _Any, wire: bool
) -> _classes.ListChannelHandshakesResponse:
    if not wire:
        _classes.ListChannelHandshakesResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListChannelHandshakesResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("nextToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "nextToken")
    fields.next_token = value
    member = ""
    try:
        member = "items"
        value = get("items")
        fields.items = None if value is None else _decode_ChannelHandshakeSummaries(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ProgramManagementAccountHandshakeDetail(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ProgramManagementAccountHandshakeDetail):
        raise _serde.wrong_shape(_classes.ProgramManagementAccountHandshakeDetail, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "program"
        value = shape.program
        if value is not None:
            out["program"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ProgramManagementAccountHandshakeDetail(
    data: _Any, wire: bool
) -> _classes.ProgramManagementAccountHandshakeDetail:
    if not wire:
        _classes.ProgramManagementAccountHandshakeDetail._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ProgramManagementAccountHandshakeDetail)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "program"
        value = get("program")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.program = None if value is None else _lookup_Program(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ProgramManagementAccountTypeFilters(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ProgramManagementAccountTypeFilters):
        raise _serde.wrong_shape(_classes.ProgramManagementAccountTypeFilters, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "programs"
        value = shape.programs
        if value is not None:
            out["programs"] = _encode_ProgramList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ProgramManagementAccountTypeFilters(
    data: _Any, wire: bool
) -> _classes.ProgramManagementAccountTypeFilters:
    if not wire:
        _classes.ProgramManagementAccountTypeFilters._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ProgramManagementAccountTypeFilters)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "programs"
        value = get("programs")
        fields.programs = None if value is None else _decode_ProgramList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ProgramManagementAccountTypeSort(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ProgramManagementAccountTypeSort):
        raise _serde.wrong_shape(_classes.ProgramManagementAccountTypeSort, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "sortOrder"
        value = shape.sort_order
        if value is not None:
            out["sortOrder"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "sortBy"
        value = shape.sort_by
        if value is not None:
            out["sortBy"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ProgramManagementAccountTypeSort(
    data: _Any, wire: bool
) -> _classes.ProgramManagementAccountTypeSort:
    if not wire:
        _classes.ProgramManagementAccountTypeSort._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ProgramManagementAccountTypeSort)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "sortOrder"
        value = get("sortOrder")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
        member = "sortBy"
        value = get("sortBy")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_by = (
            None if value is None else _lookup_ProgramManagementAccountTypeSortName(value, value)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_RevokeServicePeriodHandshakeDetail(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.RevokeServicePeriodHandshakeDetail):
        raise _serde.wrong_shape(_classes.RevokeServicePeriodHandshakeDetail, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "note"
        value = shape.note
        if value is not None:
            out["note"] = _serde.enc_str(value, wire)
        member = "servicePeriodType"
        value = shape.service_period_type
        if value is not None:
            out["servicePeriodType"] = _serde.enc_str(value, wire)
        member = "minimumNoticeDays"
        value = shape.minimum_notice_days
        if value is not None:
            out["minimumNoticeDays"] = _serde.enc_str(value, wire)
        member = "startDate"
        value = shape.start_date
        if value is not None:
            out["startDate"] = _serde.enc_iso8601(value, wire)
        member = "endDate"
        value = shape.end_date
        if value is not None:
            out["endDate"] = _serde.enc_iso8601(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_RevokeServicePeriodHandshakeDetail(
    data: _Any, wire: bool
) -> _classes.RevokeServicePeriodHandshakeDetail:
    if not wire:
        _classes.RevokeServicePeriodHandshakeDetail._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.RevokeServicePeriodHandshakeDetail)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("note")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "note")
    fields.note = value
    value = get("minimumNoticeDays")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "minimumNoticeDays")
    fields.minimum_notice_days = value
    member = ""
    try:
        member = "servicePeriodType"
        value = get("servicePeriodType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.service_period_type = (
            None if value is None else _lookup_ServicePeriodType(value, value)
        )
        member = "startDate"
        value = get("startDate")
        fields.start_date = None if value is None else _serde.dec_timestamp(value, wire)
        member = "endDate"
        value = get("endDate")
        fields.end_date = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_RevokeServicePeriodTypeFilters(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.RevokeServicePeriodTypeFilters):
        raise _serde.wrong_shape(_classes.RevokeServicePeriodTypeFilters, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "servicePeriodTypes"
        value = shape.service_period_types
        if value is not None:
            out["servicePeriodTypes"] = _encode_ServicePeriodTypeList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_RevokeServicePeriodTypeFilters(
    data: _Any, wire: bool
) -> _classes.RevokeServicePeriodTypeFilters:
    if not wire:
        _classes.RevokeServicePeriodTypeFilters._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.RevokeServicePeriodTypeFilters)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "servicePeriodTypes"
        value = get("servicePeriodTypes")
        fields.service_period_types = (
            None if value is None else _decode_ServicePeriodTypeList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_RevokeServicePeriodTypeSort(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.RevokeServicePeriodTypeSort):
        raise _serde.wrong_shape(_classes.RevokeServicePeriodTypeSort, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "sortOrder"
        value = shape.sort_order
        if value is not None:
            out["sortOrder"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "sortBy"
        value = shape.sort_by
        if value is not None:
            out["sortBy"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_RevokeServicePeriodTypeSort(
    data: _Any, wire: bool
) -> _classes.RevokeServicePeriodTypeSort:
    if not wire:
        _classes.RevokeServicePeriodTypeSort._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.RevokeServicePeriodTypeSort)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "sortOrder"
        value = get("sortOrder")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
        member = "sortBy"
        value = get("sortBy")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_by = (
            None if value is None else _lookup_RevokeServicePeriodTypeSortName(value, value)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_StartServicePeriodHandshakeDetail(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.StartServicePeriodHandshakeDetail):
        raise _serde.wrong_shape(_classes.StartServicePeriodHandshakeDetail, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "note"
        value = shape.note
        if value is not None:
            out["note"] = _serde.enc_str(value, wire)
        member = "servicePeriodType"
        value = shape.service_period_type
        if value is not None:
            out["servicePeriodType"] = _serde.enc_str(value, wire)
        member = "minimumNoticeDays"
        value = shape.minimum_notice_days
        if value is not None:
            out["minimumNoticeDays"] = _serde.enc_str(value, wire)
        member = "startDate"
        value = shape.start_date
        if value is not None:
            out["startDate"] = _serde.enc_iso8601(value, wire)
        member = "endDate"
        value = shape.end_date
        if value is not None:
            out["endDate"] = _serde.enc_iso8601(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_StartServicePeriodHandshakeDetail(
    data: _Any, wire: bool
) -> _classes.StartServicePeriodHandshakeDetail:
    if not wire:
        _classes.StartServicePeriodHandshakeDetail._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.StartServicePeriodHandshakeDetail)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("note")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "note")
    fields.note = value
    value = get("minimumNoticeDays")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "minimumNoticeDays")
    fields.minimum_notice_days = value
    member = ""
    try:
        member = "servicePeriodType"
        value = get("servicePeriodType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.service_period_type = (
            None if value is None else _lookup_ServicePeriodType(value, value)
        )
        member = "startDate"
        value = get("startDate")
        fields.start_date = None if value is None else _serde.dec_timestamp(value, wire)
        member = "endDate"
        value = get("endDate")
        fields.end_date = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_StartServicePeriodTypeFilters(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.StartServicePeriodTypeFilters):
        raise _serde.wrong_shape(_classes.StartServicePeriodTypeFilters, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "servicePeriodTypes"
        value = shape.service_period_types
        if value is not None:
            out["servicePeriodTypes"] = _encode_ServicePeriodTypeList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_StartServicePeriodTypeFilters(
    data: _Any, wire: bool
) -> _classes.StartServicePeriodTypeFilters:
    if not wire:
        _classes.StartServicePeriodTypeFilters._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.StartServicePeriodTypeFilters)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "servicePeriodTypes"
        value = get("servicePeriodTypes")
        fields.service_period_types = (
            None if value is None else _decode_ServicePeriodTypeList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_StartServicePeriodTypeSort(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.StartServicePeriodTypeSort):
        raise _serde.wrong_shape(_classes.StartServicePeriodTypeSort, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "sortOrder"
        value = shape.sort_order
        if value is not None:
            out["sortOrder"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "sortBy"
        value = shape.sort_by
        if value is not None:
            out["sortBy"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_StartServicePeriodTypeSort(
    data: _Any, wire: bool
) -> _classes.StartServicePeriodTypeSort:
    if not wire:
        _classes.StartServicePeriodTypeSort._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.StartServicePeriodTypeSort)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "sortOrder"
        value = get("sortOrder")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
        member = "sortBy"
        value = get("sortBy")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_by = (
            None if value is None else _lookup_StartServicePeriodTypeSortName(value, value)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_HandshakeDetail(union: _Any, wire: bool) -> _Any:
    if not isinstance(union, _classes.HandshakeDetail):
        raise _serde.wrong_shape(_classes.HandshakeDetail, union)
    return union._encode(wire)  # the variant's


def _decode_HandshakeDetail(data: _Any, wire: bool) -> _classes.HandshakeDetail:
    tag, value = _classes.HandshakeDetail._single_item(data)
    try:
        if tag == "startServicePeriodHandshakeDetail":
            return _classes.HandshakeDetailStartServicePeriodHandshakeDetail(
                _decode_StartServicePeriodHandshakeDetail(value, wire)
            )
        if tag == "revokeServicePeriodHandshakeDetail":
            return _classes.HandshakeDetailRevokeServicePeriodHandshakeDetail(
                _decode_RevokeServicePeriodHandshakeDetail(value, wire)
            )
        if tag == "programManagementAccountHandshakeDetail":
            return _classes.HandshakeDetailProgramManagementAccountHandshakeDetail(
                _decode_ProgramManagementAccountHandshakeDetail(value, wire)
            )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, tag) from None
    if not wire:
        _classes.HandshakeDetail._check_keys(data)
    return _classes.HandshakeDetailUnknown(tag, value)


def _encode_HandshakeDetailStartServicePeriodHandshakeDetail(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {
            "startServicePeriodHandshakeDetail": _encode_StartServicePeriodHandshakeDetail(
                variant.value, wire
            )
        }
    except _ParamValidationError as error:
        raise error.nested("startServicePeriodHandshakeDetail") from None


def _encode_HandshakeDetailRevokeServicePeriodHandshakeDetail(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {
            "revokeServicePeriodHandshakeDetail": _encode_RevokeServicePeriodHandshakeDetail(
                variant.value, wire
            )
        }
    except _ParamValidationError as error:
        raise error.nested("revokeServicePeriodHandshakeDetail") from None


def _encode_HandshakeDetailProgramManagementAccountHandshakeDetail(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {
            "programManagementAccountHandshakeDetail": _encode_ProgramManagementAccountHandshakeDetail(
                variant.value, wire
            )
        }
    except _ParamValidationError as error:
        raise error.nested("programManagementAccountHandshakeDetail") from None


def _encode_ListChannelHandshakesTypeFilters(union: _Any, wire: bool) -> _Any:
    if not isinstance(union, _classes.ListChannelHandshakesTypeFilters):
        raise _serde.wrong_shape(_classes.ListChannelHandshakesTypeFilters, union)
    return union._encode(wire)  # the variant's


def _decode_ListChannelHandshakesTypeFilters(
    data: _Any, wire: bool
) -> _classes.ListChannelHandshakesTypeFilters:
    tag, value = _classes.ListChannelHandshakesTypeFilters._single_item(data)
    try:
        if tag == "startServicePeriodTypeFilters":
            return _classes.ListChannelHandshakesTypeFiltersStartServicePeriodTypeFilters(
                _decode_StartServicePeriodTypeFilters(value, wire)
            )
        if tag == "revokeServicePeriodTypeFilters":
            return _classes.ListChannelHandshakesTypeFiltersRevokeServicePeriodTypeFilters(
                _decode_RevokeServicePeriodTypeFilters(value, wire)
            )
        if tag == "programManagementAccountTypeFilters":
            return _classes.ListChannelHandshakesTypeFiltersProgramManagementAccountTypeFilters(
                _decode_ProgramManagementAccountTypeFilters(value, wire)
            )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, tag) from None
    if not wire:
        _classes.ListChannelHandshakesTypeFilters._check_keys(data)
    return _classes.ListChannelHandshakesTypeFiltersUnknown(tag, value)


def _encode_ListChannelHandshakesTypeFiltersStartServicePeriodTypeFilters(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {
            "startServicePeriodTypeFilters": _encode_StartServicePeriodTypeFilters(
                variant.value, wire
            )
        }
    except _ParamValidationError as error:
        raise error.nested("startServicePeriodTypeFilters") from None


def _encode_ListChannelHandshakesTypeFiltersRevokeServicePeriodTypeFilters(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {
            "revokeServicePeriodTypeFilters": _encode_RevokeServicePeriodTypeFilters(
                variant.value, wire
            )
        }
    except _ParamValidationError as error:
        raise error.nested("revokeServicePeriodTypeFilters") from None


def _encode_ListChannelHandshakesTypeFiltersProgramManagementAccountTypeFilters(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {
            "programManagementAccountTypeFilters": _encode_ProgramManagementAccountTypeFilters(
                variant.value, wire
            )
        }
    except _ParamValidationError as error:
        raise error.nested("programManagementAccountTypeFilters") from None


def _encode_ListChannelHandshakesTypeSort(union: _Any, wire: bool) -> _Any:
    if not isinstance(union, _classes.ListChannelHandshakesTypeSort):
        raise _serde.wrong_shape(_classes.ListChannelHandshakesTypeSort, union)
    return union._encode(wire)  # the variant's


def _decode_ListChannelHandshakesTypeSort(
    data: _Any, wire: bool
) -> _classes.ListChannelHandshakesTypeSort:
    tag, value = _classes.ListChannelHandshakesTypeSort._single_item(data)
    try:
        if tag == "startServicePeriodTypeSort":
            return _classes.ListChannelHandshakesTypeSortStartServicePeriodTypeSort(
                _decode_StartServicePeriodTypeSort(value, wire)
            )
        if tag == "revokeServicePeriodTypeSort":
            return _classes.ListChannelHandshakesTypeSortRevokeServicePeriodTypeSort(
                _decode_RevokeServicePeriodTypeSort(value, wire)
            )
        if tag == "programManagementAccountTypeSort":
            return _classes.ListChannelHandshakesTypeSortProgramManagementAccountTypeSort(
                _decode_ProgramManagementAccountTypeSort(value, wire)
            )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, tag) from None
    if not wire:
        _classes.ListChannelHandshakesTypeSort._check_keys(data)
    return _classes.ListChannelHandshakesTypeSortUnknown(tag, value)


def _encode_ListChannelHandshakesTypeSortStartServicePeriodTypeSort(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {
            "startServicePeriodTypeSort": _encode_StartServicePeriodTypeSort(variant.value, wire)
        }
    except _ParamValidationError as error:
        raise error.nested("startServicePeriodTypeSort") from None


def _encode_ListChannelHandshakesTypeSortRevokeServicePeriodTypeSort(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {
            "revokeServicePeriodTypeSort": _encode_RevokeServicePeriodTypeSort(variant.value, wire)
        }
    except _ParamValidationError as error:
        raise error.nested("revokeServicePeriodTypeSort") from None


def _encode_ListChannelHandshakesTypeSortProgramManagementAccountTypeSort(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {
            "programManagementAccountTypeSort": _encode_ProgramManagementAccountTypeSort(
                variant.value, wire
            )
        }
    except _ParamValidationError as error:
        raise error.nested("programManagementAccountTypeSort") from None


def _encode_ChannelHandshakeSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_ChannelHandshakeSummary)


def _decode_ChannelHandshakeSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_ChannelHandshakeSummary)


_bind_codec(
    _classes.ChannelHandshakeSummary,
    _encode_ChannelHandshakeSummary,
    _decode_ChannelHandshakeSummary,
)
_bind_codec(
    _classes.ListChannelHandshakesRequest,
    _encode_ListChannelHandshakesRequest,
    _decode_ListChannelHandshakesRequest,
)
_bind_codec(
    _classes.ListChannelHandshakesResponse,
    _encode_ListChannelHandshakesResponse,
    _decode_ListChannelHandshakesResponse,
)
_bind_codec(
    _classes.ProgramManagementAccountHandshakeDetail,
    _encode_ProgramManagementAccountHandshakeDetail,
    _decode_ProgramManagementAccountHandshakeDetail,
)
_bind_codec(
    _classes.ProgramManagementAccountTypeFilters,
    _encode_ProgramManagementAccountTypeFilters,
    _decode_ProgramManagementAccountTypeFilters,
)
_bind_codec(
    _classes.ProgramManagementAccountTypeSort,
    _encode_ProgramManagementAccountTypeSort,
    _decode_ProgramManagementAccountTypeSort,
)
_bind_codec(
    _classes.RevokeServicePeriodHandshakeDetail,
    _encode_RevokeServicePeriodHandshakeDetail,
    _decode_RevokeServicePeriodHandshakeDetail,
)
_bind_codec(
    _classes.RevokeServicePeriodTypeFilters,
    _encode_RevokeServicePeriodTypeFilters,
    _decode_RevokeServicePeriodTypeFilters,
)
_bind_codec(
    _classes.RevokeServicePeriodTypeSort,
    _encode_RevokeServicePeriodTypeSort,
    _decode_RevokeServicePeriodTypeSort,
)
_bind_codec(
    _classes.StartServicePeriodHandshakeDetail,
    _encode_StartServicePeriodHandshakeDetail,
    _decode_StartServicePeriodHandshakeDetail,
)
_bind_codec(
    _classes.StartServicePeriodTypeFilters,
    _encode_StartServicePeriodTypeFilters,
    _decode_StartServicePeriodTypeFilters,
)
_bind_codec(
    _classes.StartServicePeriodTypeSort,
    _encode_StartServicePeriodTypeSort,
    _decode_StartServicePeriodTypeSort,
)
_bind_codec(_classes.HandshakeDetail, decode=_decode_HandshakeDetail)
_bind_codec(
    _classes.HandshakeDetailStartServicePeriodHandshakeDetail,
    _encode_HandshakeDetailStartServicePeriodHandshakeDetail,
)
_bind_codec(
    _classes.HandshakeDetailRevokeServicePeriodHandshakeDetail,
    _encode_HandshakeDetailRevokeServicePeriodHandshakeDetail,
)
_bind_codec(
    _classes.HandshakeDetailProgramManagementAccountHandshakeDetail,
    _encode_HandshakeDetailProgramManagementAccountHandshakeDetail,
)
_bind_codec(
    _classes.ListChannelHandshakesTypeFilters, decode=_decode_ListChannelHandshakesTypeFilters
)
_bind_codec(
    _classes.ListChannelHandshakesTypeFiltersStartServicePeriodTypeFilters,
    _encode_ListChannelHandshakesTypeFiltersStartServicePeriodTypeFilters,
)
_bind_codec(
    _classes.ListChannelHandshakesTypeFiltersRevokeServicePeriodTypeFilters,
    _encode_ListChannelHandshakesTypeFiltersRevokeServicePeriodTypeFilters,
)
_bind_codec(
    _classes.ListChannelHandshakesTypeFiltersProgramManagementAccountTypeFilters,
    _encode_ListChannelHandshakesTypeFiltersProgramManagementAccountTypeFilters,
)
_bind_codec(_classes.ListChannelHandshakesTypeSort, decode=_decode_ListChannelHandshakesTypeSort)
_bind_codec(
    _classes.ListChannelHandshakesTypeSortStartServicePeriodTypeSort,
    _encode_ListChannelHandshakesTypeSortStartServicePeriodTypeSort,
)
_bind_codec(
    _classes.ListChannelHandshakesTypeSortRevokeServicePeriodTypeSort,
    _encode_ListChannelHandshakesTypeSortRevokeServicePeriodTypeSort,
)
_bind_codec(
    _classes.ListChannelHandshakesTypeSortProgramManagementAccountTypeSort,
    _encode_ListChannelHandshakesTypeSortProgramManagementAccountTypeSort,
)
