"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_search_engagements.py``

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
from ...shapes import _search_engagements as _classes
from ._engagement_context_details import (
    _decode_EngagementContexts,
    _encode_EngagementContexts,
)
from ..plain import (
    _decode_EngagementSearchFilterValues,
    _encode_EngagementSearchFilterValues,
)

_lookup_EngagementSearchFilterName = _enum_lookup(
    globals(), "_lookup_EngagementSearchFilterName", _enums, "EngagementSearchFilterName"
)
_lookup_EngagementSearchSortName = _enum_lookup(
    globals(), "_lookup_EngagementSearchSortName", _enums, "EngagementSearchSortName"
)
_lookup_SortOrder = _enum_lookup(globals(), "_lookup_SortOrder", _enums, "SortOrder")


def _encode_EngagementSearchFilter(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.EngagementSearchFilter):
        raise _serde.wrong_shape(_classes.EngagementSearchFilter, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "AndAllFilters"
        value = shape.and_all_filters
        if value is not None:
            out["AndAllFilters"] = _encode_EngagementSearchFilterList(value, wire)
        member = "OrAllFilters"
        value = shape.or_all_filters
        if value is not None:
            out["OrAllFilters"] = _encode_EngagementSearchFilterList(value, wire)
        member = "NotFilter"
        value = shape.not_filter
        if value is not None:
            out["NotFilter"] = _encode_EngagementSearchFilter(value, wire)
        member = "EqualsTo"
        value = shape.equals_to
        if value is not None:
            out["EqualsTo"] = _encode_EngagementSearchPredicate(value, wire)
        member = "ContainsAny"
        value = shape.contains_any
        if value is not None:
            out["ContainsAny"] = _encode_EngagementSearchPredicate(value, wire)
        member = "ContainsAll"
        value = shape.contains_all
        if value is not None:
            out["ContainsAll"] = _encode_EngagementSearchPredicate(value, wire)
        member = "GreaterThan"
        value = shape.greater_than
        if value is not None:
            out["GreaterThan"] = _encode_EngagementSearchPredicate(value, wire)
        member = "GreaterThanOrEquals"
        value = shape.greater_than_or_equals
        if value is not None:
            out["GreaterThanOrEquals"] = _encode_EngagementSearchPredicate(value, wire)
        member = "LessThan"
        value = shape.less_than
        if value is not None:
            out["LessThan"] = _encode_EngagementSearchPredicate(value, wire)
        member = "LessThanOrEquals"
        value = shape.less_than_or_equals
        if value is not None:
            out["LessThanOrEquals"] = _encode_EngagementSearchPredicate(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_EngagementSearchFilter(data: _Any, wire: bool) -> _classes.EngagementSearchFilter:
    if not wire:
        _classes.EngagementSearchFilter._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.EngagementSearchFilter)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "AndAllFilters"
        value = get("AndAllFilters")
        fields.and_all_filters = (
            None if value is None else _decode_EngagementSearchFilterList(value, wire)
        )
        member = "OrAllFilters"
        value = get("OrAllFilters")
        fields.or_all_filters = (
            None if value is None else _decode_EngagementSearchFilterList(value, wire)
        )
        member = "NotFilter"
        value = get("NotFilter")
        fields.not_filter = None if value is None else _decode_EngagementSearchFilter(value, wire)
        member = "EqualsTo"
        value = get("EqualsTo")
        fields.equals_to = (
            None if value is None else _decode_EngagementSearchPredicate(value, wire)
        )
        member = "ContainsAny"
        value = get("ContainsAny")
        fields.contains_any = (
            None if value is None else _decode_EngagementSearchPredicate(value, wire)
        )
        member = "ContainsAll"
        value = get("ContainsAll")
        fields.contains_all = (
            None if value is None else _decode_EngagementSearchPredicate(value, wire)
        )
        member = "GreaterThan"
        value = get("GreaterThan")
        fields.greater_than = (
            None if value is None else _decode_EngagementSearchPredicate(value, wire)
        )
        member = "GreaterThanOrEquals"
        value = get("GreaterThanOrEquals")
        fields.greater_than_or_equals = (
            None if value is None else _decode_EngagementSearchPredicate(value, wire)
        )
        member = "LessThan"
        value = get("LessThan")
        fields.less_than = (
            None if value is None else _decode_EngagementSearchPredicate(value, wire)
        )
        member = "LessThanOrEquals"
        value = get("LessThanOrEquals")
        fields.less_than_or_equals = (
            None if value is None else _decode_EngagementSearchPredicate(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_EngagementSearchPredicate(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.EngagementSearchPredicate):
        raise _serde.wrong_shape(_classes.EngagementSearchPredicate, shape)
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
            out["Value"] = _encode_EngagementSearchFilterValue(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_EngagementSearchPredicate(
    data: _Any, wire: bool
) -> _classes.EngagementSearchPredicate:
    if not wire:
        _classes.EngagementSearchPredicate._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.EngagementSearchPredicate)
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
        fields.key = None if value is None else _lookup_EngagementSearchFilterName(value, value)
        member = "Value"
        value = get("Value")
        fields.value_ = None if value is None else _decode_EngagementSearchFilterValue(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_EngagementSearchSort(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.EngagementSearchSort):
        raise _serde.wrong_shape(_classes.EngagementSearchSort, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "SortBy"
        value = shape.sort_by
        if value is not None:
            out["SortBy"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "SortOrder"
        value = shape.sort_order
        if value is not None:
            out["SortOrder"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_EngagementSearchSort(data: _Any, wire: bool) -> _classes.EngagementSearchSort:
    if not wire:
        _classes.EngagementSearchSort._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.EngagementSearchSort)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "SortBy"
        value = get("SortBy")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_by = None if value is None else _lookup_EngagementSearchSortName(value, value)
        member = "SortOrder"
        value = get("SortOrder")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_EngagementSearchSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.EngagementSearchSummary):
        raise _serde.wrong_shape(_classes.EngagementSearchSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Id"
        value = shape.id
        if value is not None:
            out["Id"] = _serde.enc_str(value, wire)
        member = "Arn"
        value = shape.arn
        if value is not None:
            out["Arn"] = _serde.enc_str(value, wire)
        member = "Title"
        value = shape.title
        if value is not None:
            out["Title"] = _serde.enc_str(value, wire)
        member = "Description"
        value = shape.description
        if value is not None:
            out["Description"] = _serde.enc_str(value, wire)
        member = "CreatedAt"
        value = shape.created_at
        if value is not None:
            out["CreatedAt"] = _serde.enc_iso8601(value, wire)
        member = "CreatedBy"
        value = shape.created_by
        if value is not None:
            out["CreatedBy"] = _serde.enc_str(value, wire)
        member = "MemberCount"
        value = shape.member_count
        if value is not None:
            out["MemberCount"] = _serde.enc_int(value, wire)
        member = "ModifiedAt"
        value = shape.modified_at
        if value is not None:
            out["ModifiedAt"] = _serde.enc_iso8601(value, wire)
        member = "ModifiedBy"
        value = shape.modified_by
        if value is not None:
            out["ModifiedBy"] = _serde.enc_str(value, wire)
        member = "Contexts"
        value = shape.contexts
        if value is not None:
            out["Contexts"] = _encode_EngagementContexts(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_EngagementSearchSummary(data: _Any, wire: bool) -> _classes.EngagementSearchSummary:
    if not wire:
        _classes.EngagementSearchSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.EngagementSearchSummary)
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
    value = get("Title")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Title")
    fields.title = value
    value = get("Description")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Description")
    fields.description = value
    value = get("CreatedBy")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CreatedBy")
    fields.created_by = value
    value = get("MemberCount")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "MemberCount")
    fields.member_count = value
    value = get("ModifiedBy")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ModifiedBy")
    fields.modified_by = value
    member = ""
    try:
        member = "CreatedAt"
        value = get("CreatedAt")
        fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "ModifiedAt"
        value = get("ModifiedAt")
        fields.modified_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "Contexts"
        value = get("Contexts")
        fields.contexts = None if value is None else _decode_EngagementContexts(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_SearchEngagementsRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.SearchEngagementsRequest):
        raise _serde.wrong_shape(_classes.SearchEngagementsRequest, shape)
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
        member = "Keyword"
        value = shape.keyword
        if value is not None:
            out["Keyword"] = _serde.enc_str(value, wire)
        member = "Filter"
        value = shape.filter
        if value is not None:
            out["Filter"] = _encode_EngagementSearchFilter(value, wire)
        member = "GroupId"
        value = shape.group_id
        if value is not None:
            out["GroupId"] = _serde.enc_str(value, wire)
        member = "Sort"
        value = shape.sort
        if value is not None:
            out["Sort"] = _encode_EngagementSearchSort(value, wire)
        member = "MaxResults"
        value = shape.max_results
        if value is not None:
            out["MaxResults"] = _serde.enc_int(value, wire)
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_SearchEngagementsRequest(data: _Any, wire: bool) -> _classes.SearchEngagementsRequest:
    if not wire:
        _classes.SearchEngagementsRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.SearchEngagementsRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("Keyword")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Keyword")
    fields.keyword = value
    value = get("GroupId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "GroupId")
    fields.group_id = value
    value = get("MaxResults")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "MaxResults")
    fields.max_results = value
    value = get("NextToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "NextToken")
    fields.next_token = value
    member = ""
    try:
        member = "Filter"
        value = get("Filter")
        fields.filter = None if value is None else _decode_EngagementSearchFilter(value, wire)
        member = "Sort"
        value = get("Sort")
        fields.sort = None if value is None else _decode_EngagementSearchSort(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_SearchEngagementsResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.SearchEngagementsResponse):
        raise _serde.wrong_shape(_classes.SearchEngagementsResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "EngagementSearchSummaries"
        value = shape.engagement_search_summaries
        if value is not None:
            out["EngagementSearchSummaries"] = _encode_EngagementSearchSummaryList(value, wire)
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_SearchEngagementsResponse(
    data: _Any, wire: bool
) -> _classes.SearchEngagementsResponse:
    if not wire:
        _classes.SearchEngagementsResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.SearchEngagementsResponse)
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
        member = "EngagementSearchSummaries"
        value = get("EngagementSearchSummaries")
        fields.engagement_search_summaries = (
            None if value is None else _decode_EngagementSearchSummaryList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_EngagementSearchFilterValue(union: _Any, wire: bool) -> _Any:
    if not isinstance(union, _classes.EngagementSearchFilterValue):
        raise _serde.wrong_shape(_classes.EngagementSearchFilterValue, union)
    return union._encode(wire)  # the variant's


def _decode_EngagementSearchFilterValue(
    data: _Any, wire: bool
) -> _classes.EngagementSearchFilterValue:
    tag, value = _classes.EngagementSearchFilterValue._single_item(data)
    try:
        if tag == "StringValue":
            value = _serde.dec_str(value, wire)
            return _classes.EngagementSearchFilterValueStringValue(value)
        if tag == "StringListValue":
            return _classes.EngagementSearchFilterValueStringListValue(
                _decode_EngagementSearchFilterValues(value, wire)
            )
        if tag == "LongValue":
            value = _serde.dec_int(value, wire)
            return _classes.EngagementSearchFilterValueLongValue(value)
        if tag == "DateValue":
            return _classes.EngagementSearchFilterValueDateValue(_serde.dec_timestamp(value, wire))
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, tag) from None
    if not wire:
        _classes.EngagementSearchFilterValue._check_keys(data)
    return _classes.EngagementSearchFilterValueUnknown(tag, value)


def _encode_EngagementSearchFilterValueStringValue(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"StringValue": _serde.enc_str(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("StringValue") from None


def _encode_EngagementSearchFilterValueStringListValue(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {"StringListValue": _encode_EngagementSearchFilterValues(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("StringListValue") from None


def _encode_EngagementSearchFilterValueLongValue(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"LongValue": _serde.enc_int(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("LongValue") from None


def _encode_EngagementSearchFilterValueDateValue(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"DateValue": _serde.enc_iso8601(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("DateValue") from None


def _encode_EngagementSearchFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_EngagementSearchFilter)


def _decode_EngagementSearchFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_EngagementSearchFilter)


def _encode_EngagementSearchSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_EngagementSearchSummary)


def _decode_EngagementSearchSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_EngagementSearchSummary)


_bind_codec(
    _classes.EngagementSearchFilter, _encode_EngagementSearchFilter, _decode_EngagementSearchFilter
)
_bind_codec(
    _classes.EngagementSearchPredicate,
    _encode_EngagementSearchPredicate,
    _decode_EngagementSearchPredicate,
)
_bind_codec(
    _classes.EngagementSearchSort, _encode_EngagementSearchSort, _decode_EngagementSearchSort
)
_bind_codec(
    _classes.EngagementSearchSummary,
    _encode_EngagementSearchSummary,
    _decode_EngagementSearchSummary,
)
_bind_codec(
    _classes.SearchEngagementsRequest,
    _encode_SearchEngagementsRequest,
    _decode_SearchEngagementsRequest,
)
_bind_codec(
    _classes.SearchEngagementsResponse,
    _encode_SearchEngagementsResponse,
    _decode_SearchEngagementsResponse,
)
_bind_codec(_classes.EngagementSearchFilterValue, decode=_decode_EngagementSearchFilterValue)
_bind_codec(
    _classes.EngagementSearchFilterValueStringValue, _encode_EngagementSearchFilterValueStringValue
)
_bind_codec(
    _classes.EngagementSearchFilterValueStringListValue,
    _encode_EngagementSearchFilterValueStringListValue,
)
_bind_codec(
    _classes.EngagementSearchFilterValueLongValue, _encode_EngagementSearchFilterValueLongValue
)
_bind_codec(
    _classes.EngagementSearchFilterValueDateValue, _encode_EngagementSearchFilterValueDateValue
)
