"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_list_revenue_attributions.py``

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
from ...shapes import _list_revenue_attributions as _classes
from ._marketplace_product_summary import (
    _decode_MarketplaceProductSummary,
    _encode_MarketplaceProductSummary,
)
from ..plain import (
    _decode_ContextFilterValueList,
    _decode_RevenueAttributionContext,
    _decode_RevenueAttributionIdentifierList,
    _encode_ContextFilterValueList,
    _encode_RevenueAttributionContext,
    _encode_RevenueAttributionIdentifierList,
)

_lookup_AttributionSortBy = _enum_lookup(
    globals(), "_lookup_AttributionSortBy", _enums, "AttributionSortBy"
)
_lookup_CatalogName = _enum_lookup(globals(), "_lookup_CatalogName", _enums, "CatalogName")
_lookup_SortOrder = _enum_lookup(globals(), "_lookup_SortOrder", _enums, "SortOrder")
_lookup_TenancyModel = _enum_lookup(globals(), "_lookup_TenancyModel", _enums, "TenancyModel")


def _encode_AttributionSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AttributionSummary):
        raise _serde.wrong_shape(_classes.AttributionSummary, shape)
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
        member = "Catalog"
        value = shape.catalog
        if value is not None:
            out["Catalog"] = _serde.enc_str(value, wire)
        member = "Name"
        value = shape.name
        if value is not None:
            out["Name"] = _serde.enc_str(value, wire)
        member = "TenancyModel"
        value = shape.tenancy_model
        if value is not None:
            out["TenancyModel"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "MarketplaceProduct"
        value = shape.marketplace_product
        if value is not None:
            out["MarketplaceProduct"] = _encode_MarketplaceProductSummary(value, wire)
        member = "CreatedDate"
        value = shape.created_date
        if value is not None:
            out["CreatedDate"] = _serde.enc_timestamp(value, wire)
        member = "LastModifiedDate"
        value = shape.last_modified_date
        if value is not None:
            out["LastModifiedDate"] = _serde.enc_timestamp(value, wire)
        member = "LatestRevision"
        value = shape.latest_revision
        if value is not None:
            out["LatestRevision"] = _serde.enc_str(value, wire)
        member = "EffectiveFrom"
        value = shape.effective_from
        if value is not None:
            out["EffectiveFrom"] = _serde.enc_str(value, wire)
        member = "EffectiveUntil"
        value = shape.effective_until
        if value is not None:
            out["EffectiveUntil"] = _serde.enc_str(value, wire)
        member = "TotalActiveRevenueAttributionAllocationCount"
        value = shape.total_active_revenue_attribution_allocation_count
        if value is not None:
            out["TotalActiveRevenueAttributionAllocationCount"] = _serde.enc_int(value, wire)
        member = "TotalRevenueAttributionAllocationCount"
        value = shape.total_revenue_attribution_allocation_count
        if value is not None:
            out["TotalRevenueAttributionAllocationCount"] = _serde.enc_int(value, wire)
        member = "Context"
        value = shape.context
        if value is not None:
            out["Context"] = _encode_RevenueAttributionContext(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AttributionSummary(data: _Any, wire: bool) -> _classes.AttributionSummary:
    if not wire:
        _classes.AttributionSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.AttributionSummary)
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
    value = get("Name")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Name")
    fields.name = value
    value = get("LatestRevision")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "LatestRevision")
    fields.latest_revision = value
    value = get("EffectiveFrom")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EffectiveFrom")
    fields.effective_from = value
    value = get("EffectiveUntil")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EffectiveUntil")
    fields.effective_until = value
    value = get("TotalActiveRevenueAttributionAllocationCount")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(
            _serde.dec_int, value, wire, "TotalActiveRevenueAttributionAllocationCount"
        )
    fields.total_active_revenue_attribution_allocation_count = value
    value = get("TotalRevenueAttributionAllocationCount")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(
            _serde.dec_int, value, wire, "TotalRevenueAttributionAllocationCount"
        )
    fields.total_revenue_attribution_allocation_count = value
    member = ""
    try:
        member = "Catalog"
        value = get("Catalog")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.catalog = None if value is None else _lookup_CatalogName(value, value)
        member = "TenancyModel"
        value = get("TenancyModel")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.tenancy_model = None if value is None else _lookup_TenancyModel(value, value)
        member = "MarketplaceProduct"
        value = get("MarketplaceProduct")
        fields.marketplace_product = (
            None if value is None else _decode_MarketplaceProductSummary(value, wire)
        )
        member = "CreatedDate"
        value = get("CreatedDate")
        fields.created_date = None if value is None else _serde.dec_timestamp_cbor(value, wire)
        member = "LastModifiedDate"
        value = get("LastModifiedDate")
        fields.last_modified_date = (
            None if value is None else _serde.dec_timestamp_cbor(value, wire)
        )
        member = "Context"
        value = get("Context")
        fields.context = None if value is None else _decode_RevenueAttributionContext(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ContextFilter(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ContextFilter):
        raise _serde.wrong_shape(_classes.ContextFilter, shape)
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
        member = "Values"
        value = shape.values
        if value is not None:
            out["Values"] = _encode_ContextFilterValueList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ContextFilter(data: _Any, wire: bool) -> _classes.ContextFilter:
    if not wire:
        _classes.ContextFilter._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.ContextFilter)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Key")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Key")
    fields.key = value
    member = ""
    try:
        member = "Values"
        value = get("Values")
        fields.values = None if value is None else _decode_ContextFilterValueList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListRevenueAttributionsInput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListRevenueAttributionsInput):
        raise _serde.wrong_shape(_classes.ListRevenueAttributionsInput, shape)
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
        member = "Identifiers"
        value = shape.identifiers
        if value is not None:
            out["Identifiers"] = _encode_RevenueAttributionIdentifierList(value, wire)
        member = "CreatedAfter"
        value = shape.created_after
        if value is not None:
            out["CreatedAfter"] = _serde.enc_timestamp(value, wire)
        member = "CreatedBefore"
        value = shape.created_before
        if value is not None:
            out["CreatedBefore"] = _serde.enc_timestamp(value, wire)
        member = "SortBy"
        value = shape.sort_by
        if value is not None:
            out["SortBy"] = _serde.enc_str(value, wire)
        member = "SortOrder"
        value = shape.sort_order
        if value is not None:
            out["SortOrder"] = _serde.enc_str(value, wire)
        member = "MaxResults"
        value = shape.max_results
        if value is not None:
            out["MaxResults"] = _serde.enc_int(value, wire)
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
        member = "ContextFilters"
        value = shape.context_filters
        if value is not None:
            out["ContextFilters"] = _encode_ContextFilterList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListRevenueAttributionsInput(
    data: _Any, wire: bool
) -> _classes.ListRevenueAttributionsInput:
    if not wire:
        _classes.ListRevenueAttributionsInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.ListRevenueAttributionsInput)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
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
        fields.catalog = None if value is None else _lookup_CatalogName(value, value)
        member = "Identifiers"
        value = get("Identifiers")
        fields.identifiers = (
            None if value is None else _decode_RevenueAttributionIdentifierList(value, wire)
        )
        member = "CreatedAfter"
        value = get("CreatedAfter")
        fields.created_after = None if value is None else _serde.dec_timestamp_cbor(value, wire)
        member = "CreatedBefore"
        value = get("CreatedBefore")
        fields.created_before = None if value is None else _serde.dec_timestamp_cbor(value, wire)
        member = "SortBy"
        value = get("SortBy")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_by = None if value is None else _lookup_AttributionSortBy(value, value)
        member = "SortOrder"
        value = get("SortOrder")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
        member = "ContextFilters"
        value = get("ContextFilters")
        fields.context_filters = None if value is None else _decode_ContextFilterList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListRevenueAttributionsOutput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListRevenueAttributionsOutput):
        raise _serde.wrong_shape(_classes.ListRevenueAttributionsOutput, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "RevenueAttributionSummaries"
        value = shape.revenue_attribution_summaries
        if value is not None:
            out["RevenueAttributionSummaries"] = _encode_RevenueAttributionSummaries(value, wire)
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListRevenueAttributionsOutput(
    data: _Any, wire: bool
) -> _classes.ListRevenueAttributionsOutput:
    if not wire:
        _classes.ListRevenueAttributionsOutput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.ListRevenueAttributionsOutput)
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
        member = "RevenueAttributionSummaries"
        value = get("RevenueAttributionSummaries")
        fields.revenue_attribution_summaries = (
            None if value is None else _decode_RevenueAttributionSummaries(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_RevenueAttributionSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_AttributionSummary)


def _decode_RevenueAttributionSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_AttributionSummary)


def _encode_ContextFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_ContextFilter)


def _decode_ContextFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_ContextFilter)


_bind_codec(_classes.AttributionSummary, _encode_AttributionSummary, _decode_AttributionSummary)
_bind_codec(_classes.ContextFilter, _encode_ContextFilter, _decode_ContextFilter)
_bind_codec(
    _classes.ListRevenueAttributionsInput,
    _encode_ListRevenueAttributionsInput,
    _decode_ListRevenueAttributionsInput,
)
_bind_codec(
    _classes.ListRevenueAttributionsOutput,
    _encode_ListRevenueAttributionsOutput,
    _decode_ListRevenueAttributionsOutput,
)
