"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_get_profile_visibility.py``

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
from ...shapes import _get_profile_visibility as _classes

_lookup_ProfileVisibility = _enum_lookup(
    globals(), "_lookup_ProfileVisibility", _enums, "ProfileVisibility"
)


def _encode_GetProfileVisibilityRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetProfileVisibilityRequest):
        raise _serde.wrong_shape(_classes.GetProfileVisibilityRequest, shape)
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


def _decode_GetProfileVisibilityRequest(
    data: _Any, wire: bool
) -> _classes.GetProfileVisibilityRequest:
    if not wire:
        _classes.GetProfileVisibilityRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetProfileVisibilityRequest)
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


def _encode_GetProfileVisibilityResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetProfileVisibilityResponse):
        raise _serde.wrong_shape(_classes.GetProfileVisibilityResponse, shape)
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
        member = "Id"
        value = shape.id
        if value is not None:
            out["Id"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Visibility"
        value = shape.visibility
        if value is not None:
            out["Visibility"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ProfileId"
        value = shape.profile_id
        if value is not None:
            out["ProfileId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetProfileVisibilityResponse(
    data: _Any, wire: bool
) -> _classes.GetProfileVisibilityResponse:
    if not wire:
        _classes.GetProfileVisibilityResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetProfileVisibilityResponse)
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
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    value = get("ProfileId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ProfileId")
    fields.profile_id = value
    member = ""
    try:
        member = "Visibility"
        value = get("Visibility")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.visibility = None if value is None else _lookup_ProfileVisibility(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.GetProfileVisibilityRequest,
    _encode_GetProfileVisibilityRequest,
    _decode_GetProfileVisibilityRequest,
)
_bind_codec(
    _classes.GetProfileVisibilityResponse,
    _encode_GetProfileVisibilityResponse,
    _decode_GetProfileVisibilityResponse,
)
