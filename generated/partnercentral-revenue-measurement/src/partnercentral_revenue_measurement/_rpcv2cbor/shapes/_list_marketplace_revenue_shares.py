"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_list_marketplace_revenue_shares.py``

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
from ...shapes import _list_marketplace_revenue_shares as _classes
from ._marketplace_revenue_share_product_summary import (
    _decode_MarketplaceRevenueShareProductSummaryList,
    _encode_MarketplaceRevenueShareProductSummaryList,
)
from ..plain import (
    _decode_MarketplaceProductIdList,
    _decode_MarketplaceRevenueShareIdentifierList,
    _decode_ProductCodeList,
    _encode_MarketplaceProductIdList,
    _encode_MarketplaceRevenueShareIdentifierList,
    _encode_ProductCodeList,
)

_lookup_CatalogName = _enum_lookup(globals(), "_lookup_CatalogName", _enums, "CatalogName")
_lookup_MarketplaceRevenueShareSortBy = _enum_lookup(
    globals(), "_lookup_MarketplaceRevenueShareSortBy", _enums, "MarketplaceRevenueShareSortBy"
)
_lookup_SortOrder = _enum_lookup(globals(), "_lookup_SortOrder", _enums, "SortOrder")


def _encode_ListMarketplaceRevenueSharesInput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListMarketplaceRevenueSharesInput):
        raise _serde.wrong_shape(_classes.ListMarketplaceRevenueSharesInput, shape)
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
            out["Identifiers"] = _encode_MarketplaceRevenueShareIdentifierList(value, wire)
        member = "ProductIds"
        value = shape.product_ids
        if value is not None:
            out["ProductIds"] = _encode_MarketplaceProductIdList(value, wire)
        member = "ProductCodes"
        value = shape.product_codes
        if value is not None:
            out["ProductCodes"] = _encode_ProductCodeList(value, wire)
        member = "MaxResults"
        value = shape.max_results
        if value is not None:
            out["MaxResults"] = _serde.enc_int(value, wire)
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
        member = "SortBy"
        value = shape.sort_by
        if value is not None:
            out["SortBy"] = _serde.enc_str(value, wire)
        member = "SortOrder"
        value = shape.sort_order
        if value is not None:
            out["SortOrder"] = _serde.enc_str(value, wire)
        member = "CreatedAfter"
        value = shape.created_after
        if value is not None:
            out["CreatedAfter"] = _serde.enc_timestamp(value, wire)
        member = "CreatedBefore"
        value = shape.created_before
        if value is not None:
            out["CreatedBefore"] = _serde.enc_timestamp(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListMarketplaceRevenueSharesInput(
    data: _Any, wire: bool
) -> _classes.ListMarketplaceRevenueSharesInput:
    if not wire:
        _classes.ListMarketplaceRevenueSharesInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.ListMarketplaceRevenueSharesInput)
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
            None if value is None else _decode_MarketplaceRevenueShareIdentifierList(value, wire)
        )
        member = "ProductIds"
        value = get("ProductIds")
        fields.product_ids = (
            None if value is None else _decode_MarketplaceProductIdList(value, wire)
        )
        member = "ProductCodes"
        value = get("ProductCodes")
        fields.product_codes = None if value is None else _decode_ProductCodeList(value, wire)
        member = "SortBy"
        value = get("SortBy")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_by = (
            None if value is None else _lookup_MarketplaceRevenueShareSortBy(value, value)
        )
        member = "SortOrder"
        value = get("SortOrder")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
        member = "CreatedAfter"
        value = get("CreatedAfter")
        fields.created_after = None if value is None else _serde.dec_timestamp_cbor(value, wire)
        member = "CreatedBefore"
        value = get("CreatedBefore")
        fields.created_before = None if value is None else _serde.dec_timestamp_cbor(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListMarketplaceRevenueSharesOutput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListMarketplaceRevenueSharesOutput):
        raise _serde.wrong_shape(_classes.ListMarketplaceRevenueSharesOutput, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "MarketplaceRevenueShareSummaries"
        value = shape.marketplace_revenue_share_summaries
        if value is not None:
            out["MarketplaceRevenueShareSummaries"] = _encode_MarketplaceRevenueShareSummaryList(
                value, wire
            )
        elif wire:
            raise _missing("")
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListMarketplaceRevenueSharesOutput(
    data: _Any, wire: bool
) -> _classes.ListMarketplaceRevenueSharesOutput:
    if not wire:
        _classes.ListMarketplaceRevenueSharesOutput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.ListMarketplaceRevenueSharesOutput)
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
        member = "MarketplaceRevenueShareSummaries"
        value = get("MarketplaceRevenueShareSummaries")
        fields.marketplace_revenue_share_summaries = (
            None if value is None else _decode_MarketplaceRevenueShareSummaryList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_MarketplaceRevenueShareSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.MarketplaceRevenueShareSummary):
        raise _serde.wrong_shape(_classes.MarketplaceRevenueShareSummary, shape)
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
        elif wire:
            raise _missing("")
        member = "Catalog"
        value = shape.catalog
        if value is not None:
            out["Catalog"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Products"
        value = shape.products
        if value is not None:
            out["Products"] = _encode_MarketplaceRevenueShareProductSummaryList(value, wire)
        elif wire:
            raise _missing("")
        member = "CreatedDate"
        value = shape.created_date
        if value is not None:
            out["CreatedDate"] = _serde.enc_timestamp(value, wire)
        elif wire:
            raise _missing("")
        member = "LastModifiedDate"
        value = shape.last_modified_date
        if value is not None:
            out["LastModifiedDate"] = _serde.enc_timestamp(value, wire)
        elif wire:
            raise _missing("")
        member = "LatestRevision"
        value = shape.latest_revision
        if value is not None:
            out["LatestRevision"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "EffectiveFrom"
        value = shape.effective_from
        if value is not None:
            out["EffectiveFrom"] = _serde.enc_str(value, wire)
        member = "EffectiveUntil"
        value = shape.effective_until
        if value is not None:
            out["EffectiveUntil"] = _serde.enc_str(value, wire)
        member = "TotalActiveMarketplaceRevenueShareAllocationCount"
        value = shape.total_active_marketplace_revenue_share_allocation_count
        if value is not None:
            out["TotalActiveMarketplaceRevenueShareAllocationCount"] = _serde.enc_int(value, wire)
        elif wire:
            raise _missing("")
        member = "TotalMarketplaceRevenueShareAllocationCount"
        value = shape.total_marketplace_revenue_share_allocation_count
        if value is not None:
            out["TotalMarketplaceRevenueShareAllocationCount"] = _serde.enc_int(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_MarketplaceRevenueShareSummary(
    data: _Any, wire: bool
) -> _classes.MarketplaceRevenueShareSummary:
    if not wire:
        _classes.MarketplaceRevenueShareSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.MarketplaceRevenueShareSummary)
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
    value = get("TotalActiveMarketplaceRevenueShareAllocationCount")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(
            _serde.dec_int, value, wire, "TotalActiveMarketplaceRevenueShareAllocationCount"
        )
    fields.total_active_marketplace_revenue_share_allocation_count = value
    value = get("TotalMarketplaceRevenueShareAllocationCount")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(
            _serde.dec_int, value, wire, "TotalMarketplaceRevenueShareAllocationCount"
        )
    fields.total_marketplace_revenue_share_allocation_count = value
    member = ""
    try:
        member = "Catalog"
        value = get("Catalog")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.catalog = None if value is None else _lookup_CatalogName(value, value)
        member = "Products"
        value = get("Products")
        fields.products = (
            None
            if value is None
            else _decode_MarketplaceRevenueShareProductSummaryList(value, wire)
        )
        member = "CreatedDate"
        value = get("CreatedDate")
        fields.created_date = None if value is None else _serde.dec_timestamp_cbor(value, wire)
        member = "LastModifiedDate"
        value = get("LastModifiedDate")
        fields.last_modified_date = (
            None if value is None else _serde.dec_timestamp_cbor(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_MarketplaceRevenueShareSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_MarketplaceRevenueShareSummary)


def _decode_MarketplaceRevenueShareSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_MarketplaceRevenueShareSummary)


_bind_codec(
    _classes.ListMarketplaceRevenueSharesInput,
    _encode_ListMarketplaceRevenueSharesInput,
    _decode_ListMarketplaceRevenueSharesInput,
)
_bind_codec(
    _classes.ListMarketplaceRevenueSharesOutput,
    _encode_ListMarketplaceRevenueSharesOutput,
    _decode_ListMarketplaceRevenueSharesOutput,
)
_bind_codec(
    _classes.MarketplaceRevenueShareSummary,
    _encode_MarketplaceRevenueShareSummary,
    _decode_MarketplaceRevenueShareSummary,
)
