"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_list_solutions.py``

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
from ...shapes import _list_solutions as _classes
from ..plain import (
    _decode_ListSolutionsRequestAwsMarketplaceSolutionArnList,
    _decode_ListSolutionsRequestCategoryList,
    _decode_ListSolutionsRequestIdentifierList,
    _decode_ListSolutionsRequestStatusList,
    _encode_ListSolutionsRequestAwsMarketplaceSolutionArnList,
    _encode_ListSolutionsRequestCategoryList,
    _encode_ListSolutionsRequestIdentifierList,
    _encode_ListSolutionsRequestStatusList,
)

_lookup_SolutionSortName = _enum_lookup(
    globals(), "_lookup_SolutionSortName", _enums, "SolutionSortName"
)
_lookup_SolutionStatus = _enum_lookup(
    globals(), "_lookup_SolutionStatus", _enums, "SolutionStatus"
)
_lookup_SortOrder = _enum_lookup(globals(), "_lookup_SortOrder", _enums, "SortOrder")


def _encode_ListSolutionsRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListSolutionsRequest):
        raise _serde.wrong_shape(_classes.ListSolutionsRequest, shape)
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
        member = "MaxResults"
        value = shape.max_results
        if value is not None:
            out["MaxResults"] = _serde.enc_int(value, wire)
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
        member = "Sort"
        value = shape.sort
        if value is not None:
            out["Sort"] = _encode_SolutionSort(value, wire)
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _encode_ListSolutionsRequestStatusList(value, wire)
        member = "Identifier"
        value = shape.identifier
        if value is not None:
            out["Identifier"] = _encode_ListSolutionsRequestIdentifierList(value, wire)
        member = "Category"
        value = shape.category
        if value is not None:
            out["Category"] = _encode_ListSolutionsRequestCategoryList(value, wire)
        member = "AwsMarketplaceSolutionArn"
        value = shape.aws_marketplace_solution_arn
        if value is not None:
            out["AwsMarketplaceSolutionArn"] = (
                _encode_ListSolutionsRequestAwsMarketplaceSolutionArnList(value, wire)
            )
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListSolutionsRequest(data: _Any, wire: bool) -> _classes.ListSolutionsRequest:
    if not wire:
        _classes.ListSolutionsRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListSolutionsRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
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
        member = "Sort"
        value = get("Sort")
        fields.sort = None if value is None else _decode_SolutionSort(value, wire)
        member = "Status"
        value = get("Status")
        fields.status = (
            None if value is None else _decode_ListSolutionsRequestStatusList(value, wire)
        )
        member = "Identifier"
        value = get("Identifier")
        fields.identifier = (
            None if value is None else _decode_ListSolutionsRequestIdentifierList(value, wire)
        )
        member = "Category"
        value = get("Category")
        fields.category = (
            None if value is None else _decode_ListSolutionsRequestCategoryList(value, wire)
        )
        member = "AwsMarketplaceSolutionArn"
        value = get("AwsMarketplaceSolutionArn")
        fields.aws_marketplace_solution_arn = (
            None
            if value is None
            else _decode_ListSolutionsRequestAwsMarketplaceSolutionArnList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListSolutionsResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListSolutionsResponse):
        raise _serde.wrong_shape(_classes.ListSolutionsResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "SolutionSummaries"
        value = shape.solution_summaries
        if value is not None:
            out["SolutionSummaries"] = _encode_SolutionList(value, wire)
        elif wire:
            raise _missing("")
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListSolutionsResponse(data: _Any, wire: bool) -> _classes.ListSolutionsResponse:
    if not wire:
        _classes.ListSolutionsResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListSolutionsResponse)
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
        member = "SolutionSummaries"
        value = get("SolutionSummaries")
        fields.solution_summaries = None if value is None else _decode_SolutionList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_SolutionBase(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.SolutionBase):
        raise _serde.wrong_shape(_classes.SolutionBase, shape)
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
        member = "Name"
        value = shape.name
        if value is not None:
            out["Name"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Category"
        value = shape.category
        if value is not None:
            out["Category"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "CreatedDate"
        value = shape.created_date
        if value is not None:
            out["CreatedDate"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "AwsMarketplaceSolutionArn"
        value = shape.aws_marketplace_solution_arn
        if value is not None:
            out["AwsMarketplaceSolutionArn"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_SolutionBase(data: _Any, wire: bool) -> _classes.SolutionBase:
    if not wire:
        _classes.SolutionBase._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.SolutionBase)
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
    value = get("Name")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Name")
    fields.name = value
    value = get("Category")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Category")
    fields.category = value
    value = get("AwsMarketplaceSolutionArn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "AwsMarketplaceSolutionArn")
    fields.aws_marketplace_solution_arn = value
    member = ""
    try:
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_SolutionStatus(value, value)
        member = "CreatedDate"
        value = get("CreatedDate")
        fields.created_date = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_SolutionSort(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.SolutionSort):
        raise _serde.wrong_shape(_classes.SolutionSort, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "SortOrder"
        value = shape.sort_order
        if value is not None:
            out["SortOrder"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "SortBy"
        value = shape.sort_by
        if value is not None:
            out["SortBy"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_SolutionSort(data: _Any, wire: bool) -> _classes.SolutionSort:
    if not wire:
        _classes.SolutionSort._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.SolutionSort)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "SortOrder"
        value = get("SortOrder")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
        member = "SortBy"
        value = get("SortBy")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_by = None if value is None else _lookup_SolutionSortName(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_SolutionList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_SolutionBase)


def _decode_SolutionList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_SolutionBase)


_bind_codec(
    _classes.ListSolutionsRequest, _encode_ListSolutionsRequest, _decode_ListSolutionsRequest
)
_bind_codec(
    _classes.ListSolutionsResponse, _encode_ListSolutionsResponse, _decode_ListSolutionsResponse
)
_bind_codec(_classes.SolutionBase, _encode_SolutionBase, _decode_SolutionBase)
_bind_codec(_classes.SolutionSort, _encode_SolutionSort, _decode_SolutionSort)
