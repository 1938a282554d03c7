"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_update_connection_preferences.py``

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
from ...shapes import _update_connection_preferences as _classes
from ..plain import (
    _decode_ParticipantIdentifierList,
    _decode_UpdateConnectionPreferencesRequestExcludedParticipantIdentifiersList,
    _encode_ParticipantIdentifierList,
    _encode_UpdateConnectionPreferencesRequestExcludedParticipantIdentifiersList,
)

_lookup_AccessType = _enum_lookup(globals(), "_lookup_AccessType", _enums, "AccessType")


def _encode_UpdateConnectionPreferencesRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.UpdateConnectionPreferencesRequest):
        raise _serde.wrong_shape(_classes.UpdateConnectionPreferencesRequest, shape)
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
        member = "Revision"
        value = shape.revision
        if value is not None:
            out["Revision"] = _serde.enc_int(value, wire)
        elif wire:
            raise _missing("")
        member = "AccessType"
        value = shape.access_type
        if value is not None:
            out["AccessType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ExcludedParticipantIdentifiers"
        value = shape.excluded_participant_identifiers
        if value is not None:
            out["ExcludedParticipantIdentifiers"] = (
                _encode_UpdateConnectionPreferencesRequestExcludedParticipantIdentifiersList(
                    value, wire
                )
            )
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_UpdateConnectionPreferencesRequest(
    data: _Any, wire: bool
) -> _classes.UpdateConnectionPreferencesRequest:
    if not wire:
        _classes.UpdateConnectionPreferencesRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.UpdateConnectionPreferencesRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("Revision")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "Revision")
    fields.revision = value
    member = ""
    try:
        member = "AccessType"
        value = get("AccessType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.access_type = None if value is None else _lookup_AccessType(value, value)
        member = "ExcludedParticipantIdentifiers"
        value = get("ExcludedParticipantIdentifiers")
        fields.excluded_participant_identifiers = (
            None
            if value is None
            else _decode_UpdateConnectionPreferencesRequestExcludedParticipantIdentifiersList(
                value, wire
            )
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_UpdateConnectionPreferencesResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.UpdateConnectionPreferencesResponse):
        raise _serde.wrong_shape(_classes.UpdateConnectionPreferencesResponse, shape)
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
        member = "Arn"
        value = shape.arn
        if value is not None:
            out["Arn"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "AccessType"
        value = shape.access_type
        if value is not None:
            out["AccessType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ExcludedParticipantIds"
        value = shape.excluded_participant_ids
        if value is not None:
            out["ExcludedParticipantIds"] = _encode_ParticipantIdentifierList(value, wire)
        member = "UpdatedAt"
        value = shape.updated_at
        if value is not None:
            out["UpdatedAt"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "Revision"
        value = shape.revision
        if value is not None:
            out["Revision"] = _serde.enc_int(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_UpdateConnectionPreferencesResponse(
    data: _Any, wire: bool
) -> _classes.UpdateConnectionPreferencesResponse:
    if not wire:
        _classes.UpdateConnectionPreferencesResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.UpdateConnectionPreferencesResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("Arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Arn")
    fields.arn = value
    value = get("Revision")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "Revision")
    fields.revision = value
    member = ""
    try:
        member = "AccessType"
        value = get("AccessType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.access_type = None if value is None else _lookup_AccessType(value, value)
        member = "ExcludedParticipantIds"
        value = get("ExcludedParticipantIds")
        fields.excluded_participant_ids = (
            None if value is None else _decode_ParticipantIdentifierList(value, wire)
        )
        member = "UpdatedAt"
        value = get("UpdatedAt")
        fields.updated_at = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.UpdateConnectionPreferencesRequest,
    _encode_UpdateConnectionPreferencesRequest,
    _decode_UpdateConnectionPreferencesRequest,
)
_bind_codec(
    _classes.UpdateConnectionPreferencesResponse,
    _encode_UpdateConnectionPreferencesResponse,
    _decode_UpdateConnectionPreferencesResponse,
)
