"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_list_campaigns.py``

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
from ...shapes import _list_campaigns as _classes
from ..plain import (
    _decode_CampaignIdentifierList,
    _decode_CampaignStateList,
    _encode_CampaignIdentifierList,
    _encode_CampaignStateList,
)

_lookup_AssetLanguage = _enum_lookup(globals(), "_lookup_AssetLanguage", _enums, "AssetLanguage")
_lookup_CampaignSortName = _enum_lookup(
    globals(), "_lookup_CampaignSortName", _enums, "CampaignSortName"
)
_lookup_CampaignState = _enum_lookup(globals(), "_lookup_CampaignState", _enums, "CampaignState")
_lookup_Catalog = _enum_lookup(globals(), "_lookup_Catalog", _enums, "Catalog")
_lookup_SortOrder = _enum_lookup(globals(), "_lookup_SortOrder", _enums, "SortOrder")


def _encode_CampaignSort(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CampaignSort):
        raise _serde.wrong_shape(_classes.CampaignSort, shape)
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


def _decode_CampaignSort(data: _Any, wire: bool) -> _classes.CampaignSort:
    if not wire:
        _classes.CampaignSort._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.CampaignSort)
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
        fields.sort_by = None if value is None else _lookup_CampaignSortName(value, value)
        member = "SortOrder"
        value = get("SortOrder")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CampaignSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CampaignSummary):
        raise _serde.wrong_shape(_classes.CampaignSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "CampaignId"
        value = shape.campaign_id
        if value is not None:
            out["CampaignId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Arn"
        value = shape.arn
        if value is not None:
            out["Arn"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Name"
        value = shape.name
        if value is not None:
            out["Name"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "State"
        value = shape.state
        if value is not None:
            out["State"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Language"
        value = shape.language
        if value is not None:
            out["Language"] = _serde.enc_str(value, wire)
        member = "StartOn"
        value = shape.start_on
        if value is not None:
            out["StartOn"] = _serde.enc_str(value, wire)
        member = "EndOn"
        value = shape.end_on
        if value is not None:
            out["EndOn"] = _serde.enc_str(value, wire)
        member = "CreatedAt"
        value = shape.created_at
        if value is not None:
            out["CreatedAt"] = _serde.enc_timestamp(value, wire)
        member = "UpdatedAt"
        value = shape.updated_at
        if value is not None:
            out["UpdatedAt"] = _serde.enc_timestamp(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CampaignSummary(data: _Any, wire: bool) -> _classes.CampaignSummary:
    if not wire:
        _classes.CampaignSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.CampaignSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("CampaignId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CampaignId")
    fields.campaign_id = value
    value = get("Arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Arn")
    fields.arn = value
    value = get("Name")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Name")
    fields.name = value
    value = get("StartOn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "StartOn")
    fields.start_on = value
    value = get("EndOn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EndOn")
    fields.end_on = value
    member = ""
    try:
        member = "State"
        value = get("State")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.state = None if value is None else _lookup_CampaignState(value, value)
        member = "Language"
        value = get("Language")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.language = None if value is None else _lookup_AssetLanguage(value, value)
        member = "CreatedAt"
        value = get("CreatedAt")
        fields.created_at = None if value is None else _serde.dec_timestamp_cbor(value, wire)
        member = "UpdatedAt"
        value = get("UpdatedAt")
        fields.updated_at = None if value is None else _serde.dec_timestamp_cbor(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListCampaignsRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListCampaignsRequest):
        raise _serde.wrong_shape(_classes.ListCampaignsRequest, shape)
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
        member = "CampaignIdentifiers"
        value = shape.campaign_identifiers
        if value is not None:
            out["CampaignIdentifiers"] = _encode_CampaignIdentifierList(value, wire)
        member = "Name"
        value = shape.name
        if value is not None:
            out["Name"] = _serde.enc_str(value, wire)
        member = "States"
        value = shape.states
        if value is not None:
            out["States"] = _encode_CampaignStateList(value, wire)
        member = "Sort"
        value = shape.sort
        if value is not None:
            out["Sort"] = _encode_CampaignSort(value, wire)
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


def _decode_ListCampaignsRequest(data: _Any, wire: bool) -> _classes.ListCampaignsRequest:
    if not wire:
        _classes.ListCampaignsRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.ListCampaignsRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Name")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Name")
    fields.name = value
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
        member = "Catalog"
        value = get("Catalog")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.catalog = None if value is None else _lookup_Catalog(value, value)
        member = "CampaignIdentifiers"
        value = get("CampaignIdentifiers")
        fields.campaign_identifiers = (
            None if value is None else _decode_CampaignIdentifierList(value, wire)
        )
        member = "States"
        value = get("States")
        fields.states = None if value is None else _decode_CampaignStateList(value, wire)
        member = "Sort"
        value = get("Sort")
        fields.sort = None if value is None else _decode_CampaignSort(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListCampaignsResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListCampaignsResponse):
        raise _serde.wrong_shape(_classes.ListCampaignsResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Items"
        value = shape.items
        if value is not None:
            out["Items"] = _encode_CampaignSummaryList(value, wire)
        elif wire:
            raise _missing("")
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListCampaignsResponse(data: _Any, wire: bool) -> _classes.ListCampaignsResponse:
    if not wire:
        _classes.ListCampaignsResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.ListCampaignsResponse)
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
        member = "Items"
        value = get("Items")
        fields.items = None if value is None else _decode_CampaignSummaryList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CampaignSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_CampaignSummary)


def _decode_CampaignSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_CampaignSummary)


_bind_codec(_classes.CampaignSort, _encode_CampaignSort, _decode_CampaignSort)
_bind_codec(_classes.CampaignSummary, _encode_CampaignSummary, _decode_CampaignSummary)
_bind_codec(
    _classes.ListCampaignsRequest, _encode_ListCampaignsRequest, _decode_ListCampaignsRequest
)
_bind_codec(
    _classes.ListCampaignsResponse, _encode_ListCampaignsResponse, _decode_ListCampaignsResponse
)
