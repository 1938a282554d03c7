"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_start_revenue_attribution_allocations_task.py``

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
from ...shapes import _start_revenue_attribution_allocations_task as _classes

_lookup_AllocationStatus = _enum_lookup(
    globals(), "_lookup_AllocationStatus", _enums, "AllocationStatus"
)
_lookup_CatalogName = _enum_lookup(globals(), "_lookup_CatalogName", _enums, "CatalogName")
_lookup_EntityType = _enum_lookup(globals(), "_lookup_EntityType", _enums, "EntityType")
_lookup_RevenueAttributionAllocationAction = _enum_lookup(
    globals(),
    "_lookup_RevenueAttributionAllocationAction",
    _enums,
    "RevenueAttributionAllocationAction",
)
_lookup_RevenueAttributionAllocationTaskStatus = _enum_lookup(
    globals(),
    "_lookup_RevenueAttributionAllocationTaskStatus",
    _enums,
    "RevenueAttributionAllocationTaskStatus",
)


def _encode_RevenueShareAllocation(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.RevenueShareAllocation):
        raise _serde.wrong_shape(_classes.RevenueShareAllocation, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Action"
        value = shape.action
        if value is not None:
            out["Action"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "RevenueAttributionAllocationId"
        value = shape.revenue_attribution_allocation_id
        if value is not None:
            out["RevenueAttributionAllocationId"] = _serde.enc_str(value, wire)
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
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_RevenueShareAllocation(data: _Any, wire: bool) -> _classes.RevenueShareAllocation:
    if not wire:
        _classes.RevenueShareAllocation._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.RevenueShareAllocation)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("RevenueAttributionAllocationId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RevenueAttributionAllocationId")
    fields.revenue_attribution_allocation_id = value
    value = get("EntityIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EntityIdentifier")
    fields.entity_identifier = value
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
        member = "Action"
        value = get("Action")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.action = (
            None if value is None else _lookup_RevenueAttributionAllocationAction(value, value)
        )
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


def _encode_StartRevenueAttributionAllocationsTaskInput(
    shape: _Any, wire: bool
) -> dict[str, _Any]:
    if not isinstance(shape, _classes.StartRevenueAttributionAllocationsTaskInput):
        raise _serde.wrong_shape(_classes.StartRevenueAttributionAllocationsTaskInput, shape)
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
        member = "RevenueAttributionRevision"
        value = shape.revenue_attribution_revision
        if value is not None:
            out["RevenueAttributionRevision"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "RevenueShareAllocations"
        value = shape.revenue_share_allocations
        if value is not None:
            out["RevenueShareAllocations"] = _encode_RevenueShareAllocationChangeList(value, wire)
        elif wire:
            raise _missing("")
        member = "ClientToken"
        value = shape.client_token
        if value is not None:
            out["ClientToken"] = _serde.enc_str(value, wire)
        member = "Description"
        value = shape.description
        if value is not None:
            out["Description"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_StartRevenueAttributionAllocationsTaskInput(
    data: _Any, wire: bool
) -> _classes.StartRevenueAttributionAllocationsTaskInput:
    if not wire:
        _classes.StartRevenueAttributionAllocationsTaskInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.StartRevenueAttributionAllocationsTaskInput)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("RevenueAttributionIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RevenueAttributionIdentifier")
    fields.revenue_attribution_identifier = value
    value = get("RevenueAttributionRevision")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RevenueAttributionRevision")
    fields.revenue_attribution_revision = value
    value = get("ClientToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ClientToken")
    fields.client_token = value
    value = get("Description")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Description")
    fields.description = value
    member = ""
    try:
        member = "Catalog"
        value = get("Catalog")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.catalog = None if value is None else _lookup_CatalogName(value, value)
        member = "RevenueShareAllocations"
        value = get("RevenueShareAllocations")
        fields.revenue_share_allocations = (
            None if value is None else _decode_RevenueShareAllocationChangeList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_StartRevenueAttributionAllocationsTaskOutput(
    shape: _Any, wire: bool
) -> dict[str, _Any]:
    if not isinstance(shape, _classes.StartRevenueAttributionAllocationsTaskOutput):
        raise _serde.wrong_shape(_classes.StartRevenueAttributionAllocationsTaskOutput, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "TaskId"
        value = shape.task_id
        if value is not None:
            out["TaskId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Catalog"
        value = shape.catalog
        if value is not None:
            out["Catalog"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "RevenueAttributionArn"
        value = shape.revenue_attribution_arn
        if value is not None:
            out["RevenueAttributionArn"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "StartedAt"
        value = shape.started_at
        if value is not None:
            out["StartedAt"] = _serde.enc_timestamp(value, wire)
        elif wire:
            raise _missing("")
        member = "TotalRevenueAttributionAllocationRecords"
        value = shape.total_revenue_attribution_allocation_records
        if value is not None:
            out["TotalRevenueAttributionAllocationRecords"] = _serde.enc_int(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_StartRevenueAttributionAllocationsTaskOutput(
    data: _Any, wire: bool
) -> _classes.StartRevenueAttributionAllocationsTaskOutput:
    if not wire:
        _classes.StartRevenueAttributionAllocationsTaskOutput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.StartRevenueAttributionAllocationsTaskOutput)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("TaskId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "TaskId")
    fields.task_id = value
    value = get("RevenueAttributionArn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RevenueAttributionArn")
    fields.revenue_attribution_arn = value
    value = get("TotalRevenueAttributionAllocationRecords")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(
            _serde.dec_int, value, wire, "TotalRevenueAttributionAllocationRecords"
        )
    fields.total_revenue_attribution_allocation_records = value
    member = ""
    try:
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = (
            None if value is None else _lookup_RevenueAttributionAllocationTaskStatus(value, value)
        )
        member = "Catalog"
        value = get("Catalog")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.catalog = None if value is None else _lookup_CatalogName(value, value)
        member = "StartedAt"
        value = get("StartedAt")
        fields.started_at = None if value is None else _serde.dec_timestamp_cbor(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_RevenueShareAllocationChangeList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_RevenueShareAllocation)


def _decode_RevenueShareAllocationChangeList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_RevenueShareAllocation)


_bind_codec(
    _classes.RevenueShareAllocation, _encode_RevenueShareAllocation, _decode_RevenueShareAllocation
)
_bind_codec(
    _classes.StartRevenueAttributionAllocationsTaskInput,
    _encode_StartRevenueAttributionAllocationsTaskInput,
    _decode_StartRevenueAttributionAllocationsTaskInput,
)
_bind_codec(
    _classes.StartRevenueAttributionAllocationsTaskOutput,
    _encode_StartRevenueAttributionAllocationsTaskOutput,
    _decode_StartRevenueAttributionAllocationsTaskOutput,
)
