"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_list_marketplace_revenue_share_allocations.py``

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
from ...shapes import _list_marketplace_revenue_share_allocations as _classes

_lookup_AllocationStatus = _enum_lookup(
    globals(), "_lookup_AllocationStatus", _enums, "AllocationStatus"
)
_lookup_CatalogName = _enum_lookup(globals(), "_lookup_CatalogName", _enums, "CatalogName")
_lookup_MarketplaceRevenueShareAllocationSortField = _enum_lookup(
    globals(),
    "_lookup_MarketplaceRevenueShareAllocationSortField",
    _enums,
    "MarketplaceRevenueShareAllocationSortField",
)
_lookup_SortOrder = _enum_lookup(globals(), "_lookup_SortOrder", _enums, "SortOrder")


def _encode_ListMarketplaceRevenueShareAllocationsInput(
    shape: _Any, wire: bool
) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListMarketplaceRevenueShareAllocationsInput):
        raise _serde.wrong_shape(_classes.ListMarketplaceRevenueShareAllocationsInput, shape)
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
        member = "MarketplaceRevenueShareIdentifier"
        value = shape.marketplace_revenue_share_identifier
        if value is not None:
            out["MarketplaceRevenueShareIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "StatusFilter"
        value = shape.status_filter
        if value is not None:
            out["StatusFilter"] = _serde.enc_str(value, wire)
        member = "AfterEffectiveFrom"
        value = shape.after_effective_from
        if value is not None:
            out["AfterEffectiveFrom"] = _serde.enc_str(value, wire)
        member = "BeforeEffectiveFrom"
        value = shape.before_effective_from
        if value is not None:
            out["BeforeEffectiveFrom"] = _serde.enc_str(value, wire)
        member = "AfterEffectiveUntil"
        value = shape.after_effective_until
        if value is not None:
            out["AfterEffectiveUntil"] = _serde.enc_str(value, wire)
        member = "BeforeEffectiveUntil"
        value = shape.before_effective_until
        if value is not None:
            out["BeforeEffectiveUntil"] = _serde.enc_str(value, wire)
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
        member = "MarketplaceRevenueShareRevision"
        value = shape.marketplace_revenue_share_revision
        if value is not None:
            out["MarketplaceRevenueShareRevision"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListMarketplaceRevenueShareAllocationsInput(
    data: _Any, wire: bool
) -> _classes.ListMarketplaceRevenueShareAllocationsInput:
    if not wire:
        _classes.ListMarketplaceRevenueShareAllocationsInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.ListMarketplaceRevenueShareAllocationsInput)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("MarketplaceRevenueShareIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "MarketplaceRevenueShareIdentifier")
    fields.marketplace_revenue_share_identifier = value
    value = get("AfterEffectiveFrom")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "AfterEffectiveFrom")
    fields.after_effective_from = value
    value = get("BeforeEffectiveFrom")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "BeforeEffectiveFrom")
    fields.before_effective_from = value
    value = get("AfterEffectiveUntil")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "AfterEffectiveUntil")
    fields.after_effective_until = value
    value = get("BeforeEffectiveUntil")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "BeforeEffectiveUntil")
    fields.before_effective_until = value
    value = get("MaxResults")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "MaxResults")
    fields.max_results = value
    value = get("NextToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "NextToken")
    fields.next_token = value
    value = get("MarketplaceRevenueShareRevision")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "MarketplaceRevenueShareRevision")
    fields.marketplace_revenue_share_revision = value
    member = ""
    try:
        member = "Catalog"
        value = get("Catalog")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.catalog = None if value is None else _lookup_CatalogName(value, value)
        member = "StatusFilter"
        value = get("StatusFilter")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status_filter = None if value is None else _lookup_AllocationStatus(value, value)
        member = "SortBy"
        value = get("SortBy")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_by = (
            None
            if value is None
            else _lookup_MarketplaceRevenueShareAllocationSortField(value, value)
        )
        member = "SortOrder"
        value = get("SortOrder")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListMarketplaceRevenueShareAllocationsOutput(
    shape: _Any, wire: bool
) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListMarketplaceRevenueShareAllocationsOutput):
        raise _serde.wrong_shape(_classes.ListMarketplaceRevenueShareAllocationsOutput, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "MarketplaceRevenueShareAllocationSummaries"
        value = shape.marketplace_revenue_share_allocation_summaries
        if value is not None:
            out["MarketplaceRevenueShareAllocationSummaries"] = (
                _encode_MarketplaceRevenueShareAllocationSummaryList(value, wire)
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


def _decode_ListMarketplaceRevenueShareAllocationsOutput(
    data: _Any, wire: bool
) -> _classes.ListMarketplaceRevenueShareAllocationsOutput:
    if not wire:
        _classes.ListMarketplaceRevenueShareAllocationsOutput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.ListMarketplaceRevenueShareAllocationsOutput)
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
        member = "MarketplaceRevenueShareAllocationSummaries"
        value = get("MarketplaceRevenueShareAllocationSummaries")
        fields.marketplace_revenue_share_allocation_summaries = (
            None
            if value is None
            else _decode_MarketplaceRevenueShareAllocationSummaryList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_MarketplaceRevenueShareAllocationSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.MarketplaceRevenueShareAllocationSummary):
        raise _serde.wrong_shape(_classes.MarketplaceRevenueShareAllocationSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "MarketplaceRevenueShareAllocationId"
        value = shape.marketplace_revenue_share_allocation_id
        if value is not None:
            out["MarketplaceRevenueShareAllocationId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "MarketplaceRevenueShareIdentifier"
        value = shape.marketplace_revenue_share_identifier
        if value is not None:
            out["MarketplaceRevenueShareIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "EffectiveFrom"
        value = shape.effective_from
        if value is not None:
            out["EffectiveFrom"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "EffectiveUntil"
        value = shape.effective_until
        if value is not None:
            out["EffectiveUntil"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "RevenueSharePercent"
        value = shape.revenue_share_percent
        if value is not None:
            out["RevenueSharePercent"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
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
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_MarketplaceRevenueShareAllocationSummary(
    data: _Any, wire: bool
) -> _classes.MarketplaceRevenueShareAllocationSummary:
    if not wire:
        _classes.MarketplaceRevenueShareAllocationSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.MarketplaceRevenueShareAllocationSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("MarketplaceRevenueShareAllocationId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(
            _serde.dec_str, value, wire, "MarketplaceRevenueShareAllocationId"
        )
    fields.marketplace_revenue_share_allocation_id = value
    value = get("MarketplaceRevenueShareIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "MarketplaceRevenueShareIdentifier")
    fields.marketplace_revenue_share_identifier = value
    value = get("EffectiveFrom")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EffectiveFrom")
    fields.effective_from = value
    value = get("EffectiveUntil")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EffectiveUntil")
    fields.effective_until = value
    value = get("RevenueSharePercent")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RevenueSharePercent")
    fields.revenue_share_percent = value
    member = ""
    try:
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_AllocationStatus(value, value)
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


def _encode_MarketplaceRevenueShareAllocationSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_MarketplaceRevenueShareAllocationSummary)


def _decode_MarketplaceRevenueShareAllocationSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_MarketplaceRevenueShareAllocationSummary)


_bind_codec(
    _classes.ListMarketplaceRevenueShareAllocationsInput,
    _encode_ListMarketplaceRevenueShareAllocationsInput,
    _decode_ListMarketplaceRevenueShareAllocationsInput,
)
_bind_codec(
    _classes.ListMarketplaceRevenueShareAllocationsOutput,
    _encode_ListMarketplaceRevenueShareAllocationsOutput,
    _decode_ListMarketplaceRevenueShareAllocationsOutput,
)
_bind_codec(
    _classes.MarketplaceRevenueShareAllocationSummary,
    _encode_MarketplaceRevenueShareAllocationSummary,
    _decode_MarketplaceRevenueShareAllocationSummary,
)
