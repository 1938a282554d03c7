"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_create_social_connection_authorization_url.py``

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
from ...shapes import _create_social_connection_authorization_url as _classes

_lookup_Catalog = _enum_lookup(globals(), "_lookup_Catalog", _enums, "Catalog")
_lookup_Platform = _enum_lookup(globals(), "_lookup_Platform", _enums, "Platform")


def _encode_CreateSocialConnectionAuthorizationUrlRequest(
    shape: _Any, wire: bool
) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateSocialConnectionAuthorizationUrlRequest):
        raise _serde.wrong_shape(_classes.CreateSocialConnectionAuthorizationUrlRequest, shape)
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
        member = "Platform"
        value = shape.platform
        if value is not None:
            out["Platform"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateSocialConnectionAuthorizationUrlRequest(
    data: _Any, wire: bool
) -> _classes.CreateSocialConnectionAuthorizationUrlRequest:
    if not wire:
        _classes.CreateSocialConnectionAuthorizationUrlRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.CreateSocialConnectionAuthorizationUrlRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "Catalog"
        value = get("Catalog")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.catalog = None if value is None else _lookup_Catalog(value, value)
        member = "Platform"
        value = get("Platform")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.platform = None if value is None else _lookup_Platform(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CreateSocialConnectionAuthorizationUrlResponse(
    shape: _Any, wire: bool
) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateSocialConnectionAuthorizationUrlResponse):
        raise _serde.wrong_shape(_classes.CreateSocialConnectionAuthorizationUrlResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Platform"
        value = shape.platform
        if value is not None:
            out["Platform"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "AuthorizationUrl"
        value = shape.authorization_url
        if value is not None:
            out["AuthorizationUrl"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateSocialConnectionAuthorizationUrlResponse(
    data: _Any, wire: bool
) -> _classes.CreateSocialConnectionAuthorizationUrlResponse:
    if not wire:
        _classes.CreateSocialConnectionAuthorizationUrlResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.CreateSocialConnectionAuthorizationUrlResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("AuthorizationUrl")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "AuthorizationUrl")
    fields.authorization_url = value
    member = ""
    try:
        member = "Platform"
        value = get("Platform")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.platform = None if value is None else _lookup_Platform(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.CreateSocialConnectionAuthorizationUrlRequest,
    _encode_CreateSocialConnectionAuthorizationUrlRequest,
    _decode_CreateSocialConnectionAuthorizationUrlRequest,
)
_bind_codec(
    _classes.CreateSocialConnectionAuthorizationUrlResponse,
    _encode_CreateSocialConnectionAuthorizationUrlResponse,
    _decode_CreateSocialConnectionAuthorizationUrlResponse,
)
