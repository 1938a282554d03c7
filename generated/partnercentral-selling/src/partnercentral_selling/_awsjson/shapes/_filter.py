"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_filter.py``

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
from ...shapes import _filter as _classes
from ..plain import (
    _decode_AccountFilterStringList,
    _encode_AccountFilterStringList,
)

_lookup_FilterableField = _enum_lookup(
    globals(), "_lookup_FilterableField", _enums, "FilterableField"
)


def _encode_Filter(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.Filter):
        raise _serde.wrong_shape(_classes.Filter, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "AndAllFilters"
        value = shape.and_all_filters
        if value is not None:
            out["AndAllFilters"] = _encode_FilterList(value, wire)
        member = "OrAllFilters"
        value = shape.or_all_filters
        if value is not None:
            out["OrAllFilters"] = _encode_FilterList(value, wire)
        member = "NotFilter"
        value = shape.not_filter
        if value is not None:
            out["NotFilter"] = _encode_Filter(value, wire)
        member = "EqualsTo"
        value = shape.equals_to
        if value is not None:
            out["EqualsTo"] = _encode_FilterCondition(value, wire)
        member = "ContainsAny"
        value = shape.contains_any
        if value is not None:
            out["ContainsAny"] = _encode_FilterCondition(value, wire)
        member = "ContainsAll"
        value = shape.contains_all
        if value is not None:
            out["ContainsAll"] = _encode_FilterCondition(value, wire)
        member = "GreaterThan"
        value = shape.greater_than
        if value is not None:
            out["GreaterThan"] = _encode_FilterCondition(value, wire)
        member = "GreaterThanOrEquals"
        value = shape.greater_than_or_equals
        if value is not None:
            out["GreaterThanOrEquals"] = _encode_FilterCondition(value, wire)
        member = "LessThan"
        value = shape.less_than
        if value is not None:
            out["LessThan"] = _encode_FilterCondition(value, wire)
        member = "LessThanOrEquals"
        value = shape.less_than_or_equals
        if value is not None:
            out["LessThanOrEquals"] = _encode_FilterCondition(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_Filter(data: _Any, wire: bool) -> _classes.Filter:
    if not wire:
        _classes.Filter._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.Filter)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "AndAllFilters"
        value = get("AndAllFilters")
        fields.and_all_filters = None if value is None else _decode_FilterList(value, wire)
        member = "OrAllFilters"
        value = get("OrAllFilters")
        fields.or_all_filters = None if value is None else _decode_FilterList(value, wire)
        member = "NotFilter"
        value = get("NotFilter")
        fields.not_filter = None if value is None else _decode_Filter(value, wire)
        member = "EqualsTo"
        value = get("EqualsTo")
        fields.equals_to = None if value is None else _decode_FilterCondition(value, wire)
        member = "ContainsAny"
        value = get("ContainsAny")
        fields.contains_any = None if value is None else _decode_FilterCondition(value, wire)
        member = "ContainsAll"
        value = get("ContainsAll")
        fields.contains_all = None if value is None else _decode_FilterCondition(value, wire)
        member = "GreaterThan"
        value = get("GreaterThan")
        fields.greater_than = None if value is None else _decode_FilterCondition(value, wire)
        member = "GreaterThanOrEquals"
        value = get("GreaterThanOrEquals")
        fields.greater_than_or_equals = (
            None if value is None else _decode_FilterCondition(value, wire)
        )
        member = "LessThan"
        value = get("LessThan")
        fields.less_than = None if value is None else _decode_FilterCondition(value, wire)
        member = "LessThanOrEquals"
        value = get("LessThanOrEquals")
        fields.less_than_or_equals = (
            None if value is None else _decode_FilterCondition(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_FilterCondition(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.FilterCondition):
        raise _serde.wrong_shape(_classes.FilterCondition, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Key"
        value = shape.key
        if value is not None:
            out["Key"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Value"
        value = shape.value_
        if value is not None:
            out["Value"] = _encode_FilterValue(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_FilterCondition(data: _Any, wire: bool) -> _classes.FilterCondition:
    if not wire:
        _classes.FilterCondition._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.FilterCondition)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "Key"
        value = get("Key")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.key = None if value is None else _lookup_FilterableField(value, value)
        member = "Value"
        value = get("Value")
        fields.value_ = None if value is None else _decode_FilterValue(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_FilterValue(union: _Any, wire: bool) -> _Any:
    if not isinstance(union, _classes.FilterValue):
        raise _serde.wrong_shape(_classes.FilterValue, union)
    return union._encode(wire)  # the variant's


def _decode_FilterValue(data: _Any, wire: bool) -> _classes.FilterValue:
    tag, value = _classes.FilterValue._single_item(data)
    try:
        if tag == "StringValue":
            value = _serde.dec_str(value, wire)
            return _classes.FilterValueStringValue(value)
        if tag == "StringListValue":
            return _classes.FilterValueStringListValue(
                _decode_AccountFilterStringList(value, wire)
            )
        if tag == "LongValue":
            value = _serde.dec_int(value, wire)
            return _classes.FilterValueLongValue(value)
        if tag == "DateValue":
            return _classes.FilterValueDateValue(_serde.dec_timestamp(value, wire))
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, tag) from None
    if not wire:
        _classes.FilterValue._check_keys(data)
    return _classes.FilterValueUnknown(tag, value)


def _encode_FilterValueStringValue(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"StringValue": _serde.enc_str(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("StringValue") from None


def _encode_FilterValueStringListValue(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"StringListValue": _encode_AccountFilterStringList(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("StringListValue") from None


def _encode_FilterValueLongValue(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"LongValue": _serde.enc_int(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("LongValue") from None


def _encode_FilterValueDateValue(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"DateValue": _serde.enc_iso8601(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("DateValue") from None


def _encode_FilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_Filter)


def _decode_FilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_Filter)


_bind_codec(_classes.Filter, _encode_Filter, _decode_Filter)
_bind_codec(_classes.FilterCondition, _encode_FilterCondition, _decode_FilterCondition)
_bind_codec(_classes.FilterValue, decode=_decode_FilterValue)
_bind_codec(_classes.FilterValueStringValue, _encode_FilterValueStringValue)
_bind_codec(_classes.FilterValueStringListValue, _encode_FilterValueStringListValue)
_bind_codec(_classes.FilterValueLongValue, _encode_FilterValueLongValue)
_bind_codec(_classes.FilterValueDateValue, _encode_FilterValueDateValue)
