"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_error_detail.py``

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
from ...shapes import _error_detail as _classes
from ._headquarters import (
    _decode_Headquarters,
    _decode_LocalizedContentList,
    _encode_Headquarters,
    _encode_LocalizedContentList,
)
from ..plain import (
    _decode_IndustrySegmentList,
    _encode_IndustrySegmentList,
)

_lookup_PrimarySolutionType = _enum_lookup(
    globals(), "_lookup_PrimarySolutionType", _enums, "PrimarySolutionType"
)
_lookup_ProfileValidationErrorReason = _enum_lookup(
    globals(), "_lookup_ProfileValidationErrorReason", _enums, "ProfileValidationErrorReason"
)


def _encode_ErrorDetail(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ErrorDetail):
        raise _serde.wrong_shape(_classes.ErrorDetail, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Locale"
        value = shape.locale
        if value is not None:
            out["Locale"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Message"
        value = shape.message
        if value is not None:
            out["Message"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Reason"
        value = shape.reason
        if value is not None:
            out["Reason"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ErrorDetail(data: _Any, wire: bool) -> _classes.ErrorDetail:
    if not wire:
        _classes.ErrorDetail._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ErrorDetail)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Locale")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Locale")
    fields.locale = value
    value = get("Message")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Message")
    fields.message = value
    member = ""
    try:
        member = "Reason"
        value = get("Reason")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.reason = (
            None if value is None else _lookup_ProfileValidationErrorReason(value, value)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_TaskDetails(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.TaskDetails):
        raise _serde.wrong_shape(_classes.TaskDetails, shape)
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
        member = "PrimarySolutionType"
        value = shape.primary_solution_type
        if value is not None:
            out["PrimarySolutionType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "IndustrySegments"
        value = shape.industry_segments
        if value is not None:
            out["IndustrySegments"] = _encode_IndustrySegmentList(value, wire)
        elif wire:
            raise _missing("")
        member = "TranslationSourceLocale"
        value = shape.translation_source_locale
        if value is not None:
            out["TranslationSourceLocale"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "LocalizedContents"
        value = shape.localized_contents
        if value is not None:
            out["LocalizedContents"] = _encode_LocalizedContentList(value, wire)
        member = "Headquarters"
        value = shape.headquarters
        if value is not None:
            out["Headquarters"] = _encode_Headquarters(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_TaskDetails(data: _Any, wire: bool) -> _classes.TaskDetails:
    if not wire:
        _classes.TaskDetails._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.TaskDetails)
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
    value = get("TranslationSourceLocale")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "TranslationSourceLocale")
    fields.translation_source_locale = value
    member = ""
    try:
        member = "PrimarySolutionType"
        value = get("PrimarySolutionType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.primary_solution_type = (
            None if value is None else _lookup_PrimarySolutionType(value, value)
        )
        member = "IndustrySegments"
        value = get("IndustrySegments")
        fields.industry_segments = (
            None if value is None else _decode_IndustrySegmentList(value, wire)
        )
        member = "LocalizedContents"
        value = get("LocalizedContents")
        fields.localized_contents = (
            None if value is None else _decode_LocalizedContentList(value, wire)
        )
        member = "Headquarters"
        value = get("Headquarters")
        fields.headquarters = None if value is None else _decode_Headquarters(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ErrorDetailList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_ErrorDetail)


def _decode_ErrorDetailList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_ErrorDetail)


_bind_codec(_classes.ErrorDetail, _encode_ErrorDetail, _decode_ErrorDetail)
_bind_codec(_classes.TaskDetails, _encode_TaskDetails, _decode_TaskDetails)
