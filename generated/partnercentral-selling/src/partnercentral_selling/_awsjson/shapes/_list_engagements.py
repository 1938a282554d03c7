"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_list_engagements.py``

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
from ...shapes import _list_engagements as _classes
from ..plain import (
    _decode_AwsAccountList,
    _decode_EngagementContextTypeList,
    _decode_EngagementIdentifiers,
    _encode_AwsAccountList,
    _encode_EngagementContextTypeList,
    _encode_EngagementIdentifiers,
)

_lookup_EngagementSortName = _enum_lookup(
    globals(), "_lookup_EngagementSortName", _enums, "EngagementSortName"
)
_lookup_SortOrder = _enum_lookup(globals(), "_lookup_SortOrder", _enums, "SortOrder")


def _encode_EngagementSort(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.EngagementSort):
        raise _serde.wrong_shape(_classes.EngagementSort, shape)
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


def _decode_EngagementSort(data: _Any, wire: bool) -> _classes.EngagementSort:
    if not wire:
        _classes.EngagementSort._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.EngagementSort)
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
        fields.sort_by = None if value is None else _lookup_EngagementSortName(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_EngagementSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.EngagementSummary):
        raise _serde.wrong_shape(_classes.EngagementSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Arn"
        value = shape.arn
        if value is not None:
            out["Arn"] = _serde.enc_str(value, wire)
        member = "Id"
        value = shape.id
        if value is not None:
            out["Id"] = _serde.enc_str(value, wire)
        member = "Title"
        value = shape.title
        if value is not None:
            out["Title"] = _serde.enc_str(value, wire)
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
        member = "ContextTypes"
        value = shape.context_types
        if value is not None:
            out["ContextTypes"] = _encode_EngagementContextTypeList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_EngagementSummary(data: _Any, wire: bool) -> _classes.EngagementSummary:
    if not wire:
        _classes.EngagementSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.EngagementSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Arn")
    fields.arn = value
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    value = get("Title")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Title")
    fields.title = value
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
        member = "ContextTypes"
        value = get("ContextTypes")
        fields.context_types = (
            None if value is None else _decode_EngagementContextTypeList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListEngagementsRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListEngagementsRequest):
        raise _serde.wrong_shape(_classes.ListEngagementsRequest, shape)
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
        member = "CreatedBy"
        value = shape.created_by
        if value is not None:
            out["CreatedBy"] = _encode_AwsAccountList(value, wire)
        member = "ExcludeCreatedBy"
        value = shape.exclude_created_by
        if value is not None:
            out["ExcludeCreatedBy"] = _encode_AwsAccountList(value, wire)
        member = "ContextTypes"
        value = shape.context_types
        if value is not None:
            out["ContextTypes"] = _encode_EngagementContextTypeList(value, wire)
        member = "ExcludeContextTypes"
        value = shape.exclude_context_types
        if value is not None:
            out["ExcludeContextTypes"] = _encode_EngagementContextTypeList(value, wire)
        member = "Sort"
        value = shape.sort
        if value is not None:
            out["Sort"] = _encode_EngagementSort(value, wire)
        member = "MaxResults"
        value = shape.max_results
        if value is not None:
            out["MaxResults"] = _serde.enc_int(value, wire)
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
        member = "EngagementIdentifier"
        value = shape.engagement_identifier
        if value is not None:
            out["EngagementIdentifier"] = _encode_EngagementIdentifiers(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListEngagementsRequest(data: _Any, wire: bool) -> _classes.ListEngagementsRequest:
    if not wire:
        _classes.ListEngagementsRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListEngagementsRequest)
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
        member = "CreatedBy"
        value = get("CreatedBy")
        fields.created_by = None if value is None else _decode_AwsAccountList(value, wire)
        member = "ExcludeCreatedBy"
        value = get("ExcludeCreatedBy")
        fields.exclude_created_by = None if value is None else _decode_AwsAccountList(value, wire)
        member = "ContextTypes"
        value = get("ContextTypes")
        fields.context_types = (
            None if value is None else _decode_EngagementContextTypeList(value, wire)
        )
        member = "ExcludeContextTypes"
        value = get("ExcludeContextTypes")
        fields.exclude_context_types = (
            None if value is None else _decode_EngagementContextTypeList(value, wire)
        )
        member = "Sort"
        value = get("Sort")
        fields.sort = None if value is None else _decode_EngagementSort(value, wire)
        member = "EngagementIdentifier"
        value = get("EngagementIdentifier")
        fields.engagement_identifier = (
            None if value is None else _decode_EngagementIdentifiers(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListEngagementsResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListEngagementsResponse):
        raise _serde.wrong_shape(_classes.ListEngagementsResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "EngagementSummaryList"
        value = shape.engagement_summary_list
        if value is not None:
            out["EngagementSummaryList"] = _encode_EngagementSummaryList(value, wire)
        elif wire:
            raise _missing("")
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListEngagementsResponse(data: _Any, wire: bool) -> _classes.ListEngagementsResponse:
    if not wire:
        _classes.ListEngagementsResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListEngagementsResponse)
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
        member = "EngagementSummaryList"
        value = get("EngagementSummaryList")
        fields.engagement_summary_list = (
            None if value is None else _decode_EngagementSummaryList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_EngagementSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_EngagementSummary)


def _decode_EngagementSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_EngagementSummary)


_bind_codec(_classes.EngagementSort, _encode_EngagementSort, _decode_EngagementSort)
_bind_codec(_classes.EngagementSummary, _encode_EngagementSummary, _decode_EngagementSummary)
_bind_codec(
    _classes.ListEngagementsRequest, _encode_ListEngagementsRequest, _decode_ListEngagementsRequest
)
_bind_codec(
    _classes.ListEngagementsResponse,
    _encode_ListEngagementsResponse,
    _decode_ListEngagementsResponse,
)
