"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_list_revenue_attribution_allocations.py``

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
from ...shapes import _list_revenue_attribution_allocations as _classes
from ..plain import (
    _decode_CustomerAwsAccountIdFilterList,
    _decode_EntityIdentifierFilterList,
    _decode_EntityTypeFilterList,
    _encode_CustomerAwsAccountIdFilterList,
    _encode_EntityIdentifierFilterList,
    _encode_EntityTypeFilterList,
)

_lookup_AllocationStatus = _enum_lookup(
    globals(), "_lookup_AllocationStatus", _enums, "AllocationStatus"
)
_lookup_CatalogName = _enum_lookup(globals(), "_lookup_CatalogName", _enums, "CatalogName")
_lookup_EntityType = _enum_lookup(globals(), "_lookup_EntityType", _enums, "EntityType")
_lookup_RevenueAttributionAllocationSortField = _enum_lookup(
    globals(),
    "_lookup_RevenueAttributionAllocationSortField",
    _enums,
    "RevenueAttributionAllocationSortField",
)
_lookup_SortOrder = _enum_lookup(globals(), "_lookup_SortOrder", _enums, "SortOrder")


def _encode_ListRevenueAttributionAllocationsInput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListRevenueAttributionAllocationsInput):
        raise _serde.wrong_shape(_classes.ListRevenueAttributionAllocationsInput, shape)
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
        member = "RevenueAttributionIdentifier"
        value = shape.revenue_attribution_identifier
        if value is not None:
            out["RevenueAttributionIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "EntityTypeFilters"
        value = shape.entity_type_filters
        if value is not None:
            out["EntityTypeFilters"] = _encode_EntityTypeFilterList(value, wire)
        member = "EntityIdentifierFilters"
        value = shape.entity_identifier_filters
        if value is not None:
            out["EntityIdentifierFilters"] = _encode_EntityIdentifierFilterList(value, wire)
        member = "CustomerAwsAccountIdFilters"
        value = shape.customer_aws_account_id_filters
        if value is not None:
            out["CustomerAwsAccountIdFilters"] = _encode_CustomerAwsAccountIdFilterList(
                value, wire
            )
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
        member = "RevenueAttributionRevision"
        value = shape.revenue_attribution_revision
        if value is not None:
            out["RevenueAttributionRevision"] = _serde.enc_str(value, wire)
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


def _decode_ListRevenueAttributionAllocationsInput(
    data: _Any, wire: bool
) -> _classes.ListRevenueAttributionAllocationsInput:
    if not wire:
        _classes.ListRevenueAttributionAllocationsInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.ListRevenueAttributionAllocationsInput)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("RevenueAttributionIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RevenueAttributionIdentifier")
    fields.revenue_attribution_identifier = value
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
    value = get("RevenueAttributionRevision")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RevenueAttributionRevision")
    fields.revenue_attribution_revision = value
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
        member = "EntityTypeFilters"
        value = get("EntityTypeFilters")
        fields.entity_type_filters = (
            None if value is None else _decode_EntityTypeFilterList(value, wire)
        )
        member = "EntityIdentifierFilters"
        value = get("EntityIdentifierFilters")
        fields.entity_identifier_filters = (
            None if value is None else _decode_EntityIdentifierFilterList(value, wire)
        )
        member = "CustomerAwsAccountIdFilters"
        value = get("CustomerAwsAccountIdFilters")
        fields.customer_aws_account_id_filters = (
            None if value is None else _decode_CustomerAwsAccountIdFilterList(value, wire)
        )
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
            None if value is None else _lookup_RevenueAttributionAllocationSortField(value, value)
        )
        member = "SortOrder"
        value = get("SortOrder")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListRevenueAttributionAllocationsOutput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListRevenueAttributionAllocationsOutput):
        raise _serde.wrong_shape(_classes.ListRevenueAttributionAllocationsOutput, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "RevenueAttributionAllocationSummaries"
        value = shape.revenue_attribution_allocation_summaries
        if value is not None:
            out["RevenueAttributionAllocationSummaries"] = (
                _encode_RevenueAttributionAllocationSummaryList(value, wire)
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


def _decode_ListRevenueAttributionAllocationsOutput(
    data: _Any, wire: bool
) -> _classes.ListRevenueAttributionAllocationsOutput:
    if not wire:
        _classes.ListRevenueAttributionAllocationsOutput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.ListRevenueAttributionAllocationsOutput)
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
        member = "RevenueAttributionAllocationSummaries"
        value = get("RevenueAttributionAllocationSummaries")
        fields.revenue_attribution_allocation_summaries = (
            None if value is None else _decode_RevenueAttributionAllocationSummaryList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_RevenueAttributionAllocationSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.RevenueAttributionAllocationSummary):
        raise _serde.wrong_shape(_classes.RevenueAttributionAllocationSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "RevenueAttributionAllocationId"
        value = shape.revenue_attribution_allocation_id
        if value is not None:
            out["RevenueAttributionAllocationId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "RevenueAttributionIdentifier"
        value = shape.revenue_attribution_identifier
        if value is not None:
            out["RevenueAttributionIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "EntityType"
        value = shape.entity_type
        if value is not None:
            out["EntityType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "EntityIdentifier"
        value = shape.entity_identifier
        if value is not None:
            out["EntityIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "EntityName"
        value = shape.entity_name
        if value is not None:
            out["EntityName"] = _serde.enc_str(value, wire)
        member = "CustomerAwsAccountId"
        value = shape.customer_aws_account_id
        if value is not None:
            out["CustomerAwsAccountId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "RevenueSharePercent"
        value = shape.revenue_share_percent
        if value is not None:
            out["RevenueSharePercent"] = _serde.enc_str(value, wire)
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
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_RevenueAttributionAllocationSummary(
    data: _Any, wire: bool
) -> _classes.RevenueAttributionAllocationSummary:
    if not wire:
        _classes.RevenueAttributionAllocationSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.RevenueAttributionAllocationSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("RevenueAttributionAllocationId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RevenueAttributionAllocationId")
    fields.revenue_attribution_allocation_id = value
    value = get("RevenueAttributionIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RevenueAttributionIdentifier")
    fields.revenue_attribution_identifier = value
    value = get("EntityIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EntityIdentifier")
    fields.entity_identifier = value
    value = get("EntityName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EntityName")
    fields.entity_name = value
    value = get("CustomerAwsAccountId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CustomerAwsAccountId")
    fields.customer_aws_account_id = value
    value = get("RevenueSharePercent")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RevenueSharePercent")
    fields.revenue_share_percent = value
    value = get("EffectiveFrom")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EffectiveFrom")
    fields.effective_from = value
    value = get("EffectiveUntil")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EffectiveUntil")
    fields.effective_until = value
    member = ""
    try:
        member = "EntityType"
        value = get("EntityType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.entity_type = None if value is None else _lookup_EntityType(value, value)
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_AllocationStatus(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_RevenueAttributionAllocationSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_RevenueAttributionAllocationSummary)


def _decode_RevenueAttributionAllocationSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_RevenueAttributionAllocationSummary)


_bind_codec(
    _classes.ListRevenueAttributionAllocationsInput,
    _encode_ListRevenueAttributionAllocationsInput,
    _decode_ListRevenueAttributionAllocationsInput,
)
_bind_codec(
    _classes.ListRevenueAttributionAllocationsOutput,
    _encode_ListRevenueAttributionAllocationsOutput,
    _decode_ListRevenueAttributionAllocationsOutput,
)
_bind_codec(
    _classes.RevenueAttributionAllocationSummary,
    _encode_RevenueAttributionAllocationSummary,
    _decode_RevenueAttributionAllocationSummary,
)
