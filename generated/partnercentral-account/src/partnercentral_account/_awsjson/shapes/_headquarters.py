"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_headquarters.py``

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

from ...shapes import _headquarters as _classes


def _encode_Headquarters(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.Headquarters):
        raise _serde.wrong_shape(_classes.Headquarters, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "CountryCode"
        value = shape.country_code
        if value is not None:
            out["CountryCode"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "SubdivisionCode"
        value = shape.subdivision_code
        if value is not None:
            out["SubdivisionCode"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_Headquarters(data: _Any, wire: bool) -> _classes.Headquarters:
    if not wire:
        _classes.Headquarters._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.Headquarters)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("CountryCode")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CountryCode")
    fields.country_code = value
    value = get("SubdivisionCode")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "SubdivisionCode")
    fields.subdivision_code = value
    return shape


def _encode_LocalizedContent(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.LocalizedContent):
        raise _serde.wrong_shape(_classes.LocalizedContent, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "DisplayName"
        value = shape.display_name
        if value is not None:
            out["DisplayName"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Description"
        value = shape.description
        if value is not None:
            out["Description"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "WebsiteUrl"
        value = shape.website_url
        if value is not None:
            out["WebsiteUrl"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "LogoUrl"
        value = shape.logo_url
        if value is not None:
            out["LogoUrl"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Locale"
        value = shape.locale
        if value is not None:
            out["Locale"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_LocalizedContent(data: _Any, wire: bool) -> _classes.LocalizedContent:
    if not wire:
        _classes.LocalizedContent._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.LocalizedContent)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("DisplayName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "DisplayName")
    fields.display_name = value
    value = get("Description")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Description")
    fields.description = value
    value = get("WebsiteUrl")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "WebsiteUrl")
    fields.website_url = value
    value = get("LogoUrl")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "LogoUrl")
    fields.logo_url = value
    value = get("Locale")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Locale")
    fields.locale = value
    return shape


def _encode_LocalizedContentList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_LocalizedContent)


def _decode_LocalizedContentList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_LocalizedContent)


_bind_codec(_classes.Headquarters, _encode_Headquarters, _decode_Headquarters)
_bind_codec(_classes.LocalizedContent, _encode_LocalizedContent, _decode_LocalizedContent)
