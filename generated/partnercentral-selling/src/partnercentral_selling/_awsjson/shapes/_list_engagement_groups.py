"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_list_engagement_groups.py``

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
from ...shapes import _list_engagement_groups as _classes
from ..plain import (
    _decode_EngagementGroupIdentifiers,
    _encode_EngagementGroupIdentifiers,
)

_lookup_EngagementGroupSortName = _enum_lookup(
    globals(), "_lookup_EngagementGroupSortName", _enums, "EngagementGroupSortName"
)
_lookup_ReadinessLevel = _enum_lookup(
    globals(), "_lookup_ReadinessLevel", _enums, "ReadinessLevel"
)
_lookup_SortOrder = _enum_lookup(globals(), "_lookup_SortOrder", _enums, "SortOrder")


def _encode_EngagementGroupSort(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.EngagementGroupSort):
        raise _serde.wrong_shape(_classes.EngagementGroupSort, shape)
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


def _decode_EngagementGroupSort(data: _Any, wire: bool) -> _classes.EngagementGroupSort:
    if not wire:
        _classes.EngagementGroupSort._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.EngagementGroupSort)
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
        fields.sort_by = None if value is None else _lookup_EngagementGroupSortName(value, value)
        member = "SortOrder"
        value = get("SortOrder")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_EngagementGroupSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.EngagementGroupSummary):
        raise _serde.wrong_shape(_classes.EngagementGroupSummary, shape)
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
        member = "Catalog"
        value = shape.catalog
        if value is not None:
            out["Catalog"] = _serde.enc_str(value, wire)
        member = "Name"
        value = shape.name
        if value is not None:
            out["Name"] = _serde.enc_str(value, wire)
        member = "Description"
        value = shape.description
        if value is not None:
            out["Description"] = _serde.enc_str(value, wire)
        member = "Count"
        value = shape.count
        if value is not None:
            out["Count"] = _serde.enc_int(value, wire)
        member = "ReadinessLevel"
        value = shape.readiness_level
        if value is not None:
            out["ReadinessLevel"] = _serde.enc_str(value, wire)
        member = "UpdatedAt"
        value = shape.updated_at
        if value is not None:
            out["UpdatedAt"] = _serde.enc_iso8601(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_EngagementGroupSummary(data: _Any, wire: bool) -> _classes.EngagementGroupSummary:
    if not wire:
        _classes.EngagementGroupSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.EngagementGroupSummary)
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
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("Name")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Name")
    fields.name = value
    value = get("Description")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Description")
    fields.description = value
    value = get("Count")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "Count")
    fields.count = value
    member = ""
    try:
        member = "ReadinessLevel"
        value = get("ReadinessLevel")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.readiness_level = None if value is None else _lookup_ReadinessLevel(value, value)
        member = "UpdatedAt"
        value = get("UpdatedAt")
        fields.updated_at = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListEngagementGroupsRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListEngagementGroupsRequest):
        raise _serde.wrong_shape(_classes.ListEngagementGroupsRequest, shape)
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
        member = "ReadinessLevel"
        value = shape.readiness_level
        if value is not None:
            out["ReadinessLevel"] = _serde.enc_str(value, wire)
        member = "Sort"
        value = shape.sort
        if value is not None:
            out["Sort"] = _encode_EngagementGroupSort(value, wire)
        member = "EngagementGroupIdentifiers"
        value = shape.engagement_group_identifiers
        if value is not None:
            out["EngagementGroupIdentifiers"] = _encode_EngagementGroupIdentifiers(value, wire)
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


def _decode_ListEngagementGroupsRequest(
    data: _Any, wire: bool
) -> _classes.ListEngagementGroupsRequest:
    if not wire:
        _classes.ListEngagementGroupsRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListEngagementGroupsRequest)
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
        member = "ReadinessLevel"
        value = get("ReadinessLevel")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.readiness_level = None if value is None else _lookup_ReadinessLevel(value, value)
        member = "Sort"
        value = get("Sort")
        fields.sort = None if value is None else _decode_EngagementGroupSort(value, wire)
        member = "EngagementGroupIdentifiers"
        value = get("EngagementGroupIdentifiers")
        fields.engagement_group_identifiers = (
            None if value is None else _decode_EngagementGroupIdentifiers(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListEngagementGroupsResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListEngagementGroupsResponse):
        raise _serde.wrong_shape(_classes.ListEngagementGroupsResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "EngagementGroupSummaries"
        value = shape.engagement_group_summaries
        if value is not None:
            out["EngagementGroupSummaries"] = _encode_EngagementGroupSummaries(value, wire)
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListEngagementGroupsResponse(
    data: _Any, wire: bool
) -> _classes.ListEngagementGroupsResponse:
    if not wire:
        _classes.ListEngagementGroupsResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListEngagementGroupsResponse)
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
        member = "EngagementGroupSummaries"
        value = get("EngagementGroupSummaries")
        fields.engagement_group_summaries = (
            None if value is None else _decode_EngagementGroupSummaries(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_EngagementGroupSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_EngagementGroupSummary)


def _decode_EngagementGroupSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_EngagementGroupSummary)


_bind_codec(_classes.EngagementGroupSort, _encode_EngagementGroupSort, _decode_EngagementGroupSort)
_bind_codec(
    _classes.EngagementGroupSummary, _encode_EngagementGroupSummary, _decode_EngagementGroupSummary
)
_bind_codec(
    _classes.ListEngagementGroupsRequest,
    _encode_ListEngagementGroupsRequest,
    _decode_ListEngagementGroupsRequest,
)
_bind_codec(
    _classes.ListEngagementGroupsResponse,
    _encode_ListEngagementGroupsResponse,
    _decode_ListEngagementGroupsResponse,
)
