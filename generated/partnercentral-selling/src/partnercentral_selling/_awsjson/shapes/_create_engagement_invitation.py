"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_create_engagement_invitation.py``

``_encode_<Shape>(value, wire)`` gives the JSON value of a shape and
``_decode_<Shape>(data, wire)`` reads one (``wire`` False: the boto3-style dict of
``to_dict()`` and ``from_dict()``). The last lines bind them to the classes.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.exceptions import ParamValidationError as _ParamValidationError
from typed_aws_runtime.model.structure import bind_codec as _bind_codec
from typed_aws_runtime.protocols import serde as _serde
from typed_aws_runtime.protocols.serde import missing as _missing

from ...shapes import _create_engagement_invitation as _classes
from ._payload import (
    _decode_Payload,
    _encode_Payload,
)
from ._receiver import (
    _decode_Receiver,
    _encode_Receiver,
)


def _encode_CreateEngagementInvitationRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateEngagementInvitationRequest):
        raise _serde.wrong_shape(_classes.CreateEngagementInvitationRequest, shape)
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
        member = "EngagementIdentifier"
        value = shape.engagement_identifier
        if value is not None:
            out["EngagementIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Invitation"
        value = shape.invitation
        if value is not None:
            out["Invitation"] = _encode_Invitation(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateEngagementInvitationRequest(
    data: _Any, wire: bool
) -> _classes.CreateEngagementInvitationRequest:
    if not wire:
        _classes.CreateEngagementInvitationRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreateEngagementInvitationRequest)
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
    value = get("EngagementIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EngagementIdentifier")
    fields.engagement_identifier = value
    member = ""
    try:
        member = "Invitation"
        value = get("Invitation")
        fields.invitation = None if value is None else _decode_Invitation(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CreateEngagementInvitationResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateEngagementInvitationResponse):
        raise _serde.wrong_shape(_classes.CreateEngagementInvitationResponse, shape)
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


def _decode_CreateEngagementInvitationResponse(
    data: _Any, wire: bool
) -> _classes.CreateEngagementInvitationResponse:
    if not wire:
        _classes.CreateEngagementInvitationResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreateEngagementInvitationResponse)
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


def _encode_Invitation(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.Invitation):
        raise _serde.wrong_shape(_classes.Invitation, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Message"
        value = shape.message
        if value is not None:
            out["Message"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Receiver"
        value = shape.receiver
        if value is not None:
            out["Receiver"] = _encode_Receiver(value, wire)
        elif wire:
            raise _missing("")
        member = "Payload"
        value = shape.payload
        if value is not None:
            out["Payload"] = _encode_Payload(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_Invitation(data: _Any, wire: bool) -> _classes.Invitation:
    if not wire:
        _classes.Invitation._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.Invitation)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Message")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Message")
    fields.message = value
    member = ""
    try:
        member = "Receiver"
        value = get("Receiver")
        fields.receiver = None if value is None else _decode_Receiver(value, wire)
        member = "Payload"
        value = get("Payload")
        fields.payload = None if value is None else _decode_Payload(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.CreateEngagementInvitationRequest,
    _encode_CreateEngagementInvitationRequest,
    _decode_CreateEngagementInvitationRequest,
)
_bind_codec(
    _classes.CreateEngagementInvitationResponse,
    _encode_CreateEngagementInvitationResponse,
    _decode_CreateEngagementInvitationResponse,
)
_bind_codec(_classes.Invitation, _encode_Invitation, _decode_Invitation)
