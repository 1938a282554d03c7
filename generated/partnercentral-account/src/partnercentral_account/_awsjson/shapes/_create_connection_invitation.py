"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_create_connection_invitation.py``

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
from ...shapes import _create_connection_invitation as _classes

_lookup_ConnectionType = _enum_lookup(
    globals(), "_lookup_ConnectionType", _enums, "ConnectionType"
)
_lookup_InvitationStatus = _enum_lookup(
    globals(), "_lookup_InvitationStatus", _enums, "InvitationStatus"
)
_lookup_ParticipantType = _enum_lookup(
    globals(), "_lookup_ParticipantType", _enums, "ParticipantType"
)


def _encode_CreateConnectionInvitationRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateConnectionInvitationRequest):
        raise _serde.wrong_shape(_classes.CreateConnectionInvitationRequest, shape)
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
        member = "ClientToken"
        value = shape.client_token
        if value is not None:
            out["ClientToken"] = _serde.enc_str(value, wire)
        member = "ConnectionType"
        value = shape.connection_type
        if value is not None:
            out["ConnectionType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Email"
        value = shape.email
        if value is not None:
            out["Email"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Message"
        value = shape.message
        if value is not None:
            out["Message"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Name"
        value = shape.name
        if value is not None:
            out["Name"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ReceiverIdentifier"
        value = shape.receiver_identifier
        if value is not None:
            out["ReceiverIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateConnectionInvitationRequest(
    data: _Any, wire: bool
) -> _classes.CreateConnectionInvitationRequest:
    if not wire:
        _classes.CreateConnectionInvitationRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreateConnectionInvitationRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("ClientToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ClientToken")
    fields.client_token = value
    value = get("Email")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Email")
    fields.email = value
    value = get("Message")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Message")
    fields.message = value
    value = get("Name")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Name")
    fields.name = value
    value = get("ReceiverIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ReceiverIdentifier")
    fields.receiver_identifier = value
    member = ""
    try:
        member = "ConnectionType"
        value = get("ConnectionType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.connection_type = None if value is None else _lookup_ConnectionType(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CreateConnectionInvitationResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateConnectionInvitationResponse):
        raise _serde.wrong_shape(_classes.CreateConnectionInvitationResponse, shape)
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
        member = "ConnectionId"
        value = shape.connection_id
        if value is not None:
            out["ConnectionId"] = _serde.enc_str(value, wire)
        member = "ConnectionType"
        value = shape.connection_type
        if value is not None:
            out["ConnectionType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "CreatedAt"
        value = shape.created_at
        if value is not None:
            out["CreatedAt"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "UpdatedAt"
        value = shape.updated_at
        if value is not None:
            out["UpdatedAt"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "ExpiresAt"
        value = shape.expires_at
        if value is not None:
            out["ExpiresAt"] = _serde.enc_iso8601(value, wire)
        member = "OtherParticipantIdentifier"
        value = shape.other_participant_identifier
        if value is not None:
            out["OtherParticipantIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ParticipantType"
        value = shape.participant_type
        if value is not None:
            out["ParticipantType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "InvitationMessage"
        value = shape.invitation_message
        if value is not None:
            out["InvitationMessage"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "InviterEmail"
        value = shape.inviter_email
        if value is not None:
            out["InviterEmail"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "InviterName"
        value = shape.inviter_name
        if value is not None:
            out["InviterName"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateConnectionInvitationResponse(
    data: _Any, wire: bool
) -> _classes.CreateConnectionInvitationResponse:
    if not wire:
        _classes.CreateConnectionInvitationResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreateConnectionInvitationResponse)
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
    value = get("ConnectionId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ConnectionId")
    fields.connection_id = value
    value = get("OtherParticipantIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "OtherParticipantIdentifier")
    fields.other_participant_identifier = value
    value = get("InvitationMessage")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "InvitationMessage")
    fields.invitation_message = value
    value = get("InviterEmail")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "InviterEmail")
    fields.inviter_email = value
    value = get("InviterName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "InviterName")
    fields.inviter_name = value
    member = ""
    try:
        member = "ConnectionType"
        value = get("ConnectionType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.connection_type = None if value is None else _lookup_ConnectionType(value, value)
        member = "CreatedAt"
        value = get("CreatedAt")
        fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "UpdatedAt"
        value = get("UpdatedAt")
        fields.updated_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "ExpiresAt"
        value = get("ExpiresAt")
        fields.expires_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "ParticipantType"
        value = get("ParticipantType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.participant_type = None if value is None else _lookup_ParticipantType(value, value)
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_InvitationStatus(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.CreateConnectionInvitationRequest,
    _encode_CreateConnectionInvitationRequest,
    _decode_CreateConnectionInvitationRequest,
)
_bind_codec(
    _classes.CreateConnectionInvitationResponse,
    _encode_CreateConnectionInvitationResponse,
    _decode_CreateConnectionInvitationResponse,
)
