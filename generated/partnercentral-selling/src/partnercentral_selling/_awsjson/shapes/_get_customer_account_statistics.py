"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_get_customer_account_statistics.py``

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

from ...shapes import _get_customer_account_statistics as _classes
from ._filter import (
    _decode_Filter,
    _encode_Filter,
)
from ..plain import (
    _decode_AggregatableFieldList,
    _decode_AggregationRequestGroupByList,
    _decode_BucketValueList,
    _encode_AggregatableFieldList,
    _encode_AggregationRequestGroupByList,
    _encode_BucketValueList,
)


def _encode_AggregationRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AggregationRequest):
        raise _serde.wrong_shape(_classes.AggregationRequest, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "GroupBy"
        value = shape.group_by
        if value is not None:
            out["GroupBy"] = _encode_AggregationRequestGroupByList(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AggregationRequest(data: _Any, wire: bool) -> _classes.AggregationRequest:
    if not wire:
        _classes.AggregationRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AggregationRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "GroupBy"
        value = get("GroupBy")
        fields.group_by = (
            None if value is None else _decode_AggregationRequestGroupByList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_AggregationResult(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AggregationResult):
        raise _serde.wrong_shape(_classes.AggregationResult, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "GroupBy"
        value = shape.group_by
        if value is not None:
            out["GroupBy"] = _encode_AggregatableFieldList(value, wire)
        elif wire:
            raise _missing("")
        member = "Buckets"
        value = shape.buckets
        if value is not None:
            out["Buckets"] = _encode_BucketList(value, wire)
        elif wire:
            raise _missing("")
        member = "OtherCount"
        value = shape.other_count
        if value is not None:
            out["OtherCount"] = _serde.enc_int(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AggregationResult(data: _Any, wire: bool) -> _classes.AggregationResult:
    if not wire:
        _classes.AggregationResult._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AggregationResult)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("OtherCount")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "OtherCount")
    fields.other_count = value
    member = ""
    try:
        member = "GroupBy"
        value = get("GroupBy")
        fields.group_by = None if value is None else _decode_AggregatableFieldList(value, wire)
        member = "Buckets"
        value = get("Buckets")
        fields.buckets = None if value is None else _decode_BucketList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_Bucket(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.Bucket):
        raise _serde.wrong_shape(_classes.Bucket, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Values"
        value = shape.values
        if value is not None:
            out["Values"] = _encode_BucketValueList(value, wire)
        elif wire:
            raise _missing("")
        member = "Count"
        value = shape.count
        if value is not None:
            out["Count"] = _serde.enc_int(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_Bucket(data: _Any, wire: bool) -> _classes.Bucket:
    if not wire:
        _classes.Bucket._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.Bucket)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Count")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "Count")
    fields.count = value
    member = ""
    try:
        member = "Values"
        value = get("Values")
        fields.values = None if value is None else _decode_BucketValueList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_GetCustomerAccountStatisticsRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetCustomerAccountStatisticsRequest):
        raise _serde.wrong_shape(_classes.GetCustomerAccountStatisticsRequest, shape)
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
        member = "Filter"
        value = shape.filter
        if value is not None:
            out["Filter"] = _encode_Filter(value, wire)
        member = "Aggregations"
        value = shape.aggregations
        if value is not None:
            out["Aggregations"] = _encode_AggregationRequestList(value, wire)
        member = "IncludeMissing"
        value = shape.include_missing
        if value is not None:
            out["IncludeMissing"] = _serde.enc_bool(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetCustomerAccountStatisticsRequest(
    data: _Any, wire: bool
) -> _classes.GetCustomerAccountStatisticsRequest:
    if not wire:
        _classes.GetCustomerAccountStatisticsRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetCustomerAccountStatisticsRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("IncludeMissing")
    if value.__class__ is not bool and value is not None:
        value = _serde.dec_member(_serde.dec_bool, value, wire, "IncludeMissing")
    fields.include_missing = value
    member = ""
    try:
        member = "Filter"
        value = get("Filter")
        fields.filter = None if value is None else _decode_Filter(value, wire)
        member = "Aggregations"
        value = get("Aggregations")
        fields.aggregations = (
            None if value is None else _decode_AggregationRequestList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_GetCustomerAccountStatisticsResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetCustomerAccountStatisticsResponse):
        raise _serde.wrong_shape(_classes.GetCustomerAccountStatisticsResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "TotalCount"
        value = shape.total_count
        if value is not None:
            out["TotalCount"] = _serde.enc_int(value, wire)
        elif wire:
            raise _missing("")
        member = "Aggregations"
        value = shape.aggregations
        if value is not None:
            out["Aggregations"] = _encode_AggregationResultList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetCustomerAccountStatisticsResponse(
    data: _Any, wire: bool
) -> _classes.GetCustomerAccountStatisticsResponse:
    if not wire:
        _classes.GetCustomerAccountStatisticsResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetCustomerAccountStatisticsResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("TotalCount")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "TotalCount")
    fields.total_count = value
    member = ""
    try:
        member = "Aggregations"
        value = get("Aggregations")
        fields.aggregations = None if value is None else _decode_AggregationResultList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_AggregationRequestList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_AggregationRequest)


def _decode_AggregationRequestList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_AggregationRequest)


def _encode_AggregationResultList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_AggregationResult)


def _decode_AggregationResultList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_AggregationResult)


def _encode_BucketList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_Bucket)


def _decode_BucketList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_Bucket)


_bind_codec(_classes.AggregationRequest, _encode_AggregationRequest, _decode_AggregationRequest)
_bind_codec(_classes.AggregationResult, _encode_AggregationResult, _decode_AggregationResult)
_bind_codec(_classes.Bucket, _encode_Bucket, _decode_Bucket)
_bind_codec(
    _classes.GetCustomerAccountStatisticsRequest,
    _encode_GetCustomerAccountStatisticsRequest,
    _decode_GetCustomerAccountStatisticsRequest,
)
_bind_codec(
    _classes.GetCustomerAccountStatisticsResponse,
    _encode_GetCustomerAccountStatisticsResponse,
    _decode_GetCustomerAccountStatisticsResponse,
)
