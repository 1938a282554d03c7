"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_list_connections.py``

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
from ...shapes import _list_connections as _classes
from ._participant import (
    _decode_Participant,
    _encode_Participant,
)
from ..plain import (
    _decode_ListConnectionsRequestOtherParticipantIdentifiersList,
    _encode_ListConnectionsRequestOtherParticipantIdentifiersList,
)

_lookup_ConnectionTypeStatus = _enum_lookup(
    globals(), "_lookup_ConnectionTypeStatus", _enums, "ConnectionTypeStatus"
)


def _encode_ConnectionSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ConnectionSummary):
        raise _serde.wrong_shape(_classes.ConnectionSummary, shape)
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
        member = "OtherParticipantAccountId"
        value = shape.other_participant_account_id
        if value is not None:
            out["OtherParticipantAccountId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "UpdatedAt"
        value = shape.updated_at
        if value is not None:
            out["UpdatedAt"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "ConnectionTypes"
        value = shape.connection_types
        if value is not None:
            out["ConnectionTypes"] = _encode_ConnectionTypeSummaryMap(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ConnectionSummary(data: _Any, wire: bool) -> _classes.ConnectionSummary:
    if not wire:
        _classes.ConnectionSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ConnectionSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    value = get("Arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Arn")
    fields.arn = value
    value = get("OtherParticipantAccountId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "OtherParticipantAccountId")
    fields.other_participant_account_id = value
    member = ""
    try:
        member = "UpdatedAt"
        value = get("UpdatedAt")
        fields.updated_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "ConnectionTypes"
        value = get("ConnectionTypes")
        fields.connection_types = (
            None if value is None else _decode_ConnectionTypeSummaryMap(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ConnectionTypeSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ConnectionTypeSummary):
        raise _serde.wrong_shape(_classes.ConnectionTypeSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "OtherParticipant"
        value = shape.other_participant
        if value is not None:
            out["OtherParticipant"] = _encode_Participant(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ConnectionTypeSummary(data: _Any, wire: bool) -> _classes.ConnectionTypeSummary:
    if not wire:
        _classes.ConnectionTypeSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ConnectionTypeSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_ConnectionTypeStatus(value, value)
        member = "OtherParticipant"
        value = get("OtherParticipant")
        fields.other_participant = None if value is None else _decode_Participant(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListConnectionsRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListConnectionsRequest):
        raise _serde.wrong_shape(_classes.ListConnectionsRequest, shape)
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
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
        member = "ConnectionType"
        value = shape.connection_type
        if value is not None:
            out["ConnectionType"] = _serde.enc_str(value, wire)
        member = "MaxResults"
        value = shape.max_results
        if value is not None:
            out["MaxResults"] = _serde.enc_int(value, wire)
        member = "OtherParticipantIdentifiers"
        value = shape.other_participant_identifiers
        if value is not None:
            out["OtherParticipantIdentifiers"] = (
                _encode_ListConnectionsRequestOtherParticipantIdentifiersList(value, wire)
            )
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListConnectionsRequest(data: _Any, wire: bool) -> _classes.ListConnectionsRequest:
    if not wire:
        _classes.ListConnectionsRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListConnectionsRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("NextToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "NextToken")
    fields.next_token = value
    value = get("ConnectionType")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ConnectionType")
    fields.connection_type = value
    value = get("MaxResults")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "MaxResults")
    fields.max_results = value
    member = ""
    try:
        member = "OtherParticipantIdentifiers"
        value = get("OtherParticipantIdentifiers")
        fields.other_participant_identifiers = (
            None
            if value is None
            else _decode_ListConnectionsRequestOtherParticipantIdentifiersList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListConnectionsResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListConnectionsResponse):
        raise _serde.wrong_shape(_classes.ListConnectionsResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "ConnectionSummaries"
        value = shape.connection_summaries
        if value is not None:
            out["ConnectionSummaries"] = _encode_ConnectionSummaryList(value, wire)
        elif wire:
            raise _missing("")
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListConnectionsResponse(data: _Any, wire: bool) -> _classes.ListConnectionsResponse:
    if not wire:
        _classes.ListConnectionsResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListConnectionsResponse)
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
        member = "ConnectionSummaries"
        value = get("ConnectionSummaries")
        fields.connection_summaries = (
            None if value is None else _decode_ConnectionSummaryList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ConnectionSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_ConnectionSummary)


def _decode_ConnectionSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_ConnectionSummary)


def _encode_ConnectionTypeSummaryMap(value: _Any, wire: bool) -> dict[str, _Any]:
    return _serde.enc_map(value, wire, _encode_ConnectionTypeSummary)


def _decode_ConnectionTypeSummaryMap(value: _Any, wire: bool) -> dict[str, _Any]:
    return _serde.dec_map(value, wire, _decode_ConnectionTypeSummary)


_bind_codec(_classes.ConnectionSummary, _encode_ConnectionSummary, _decode_ConnectionSummary)
_bind_codec(
    _classes.ConnectionTypeSummary, _encode_ConnectionTypeSummary, _decode_ConnectionTypeSummary
)
_bind_codec(
    _classes.ListConnectionsRequest, _encode_ListConnectionsRequest, _decode_ListConnectionsRequest
)
_bind_codec(
    _classes.ListConnectionsResponse,
    _encode_ListConnectionsResponse,
    _decode_ListConnectionsResponse,
)
