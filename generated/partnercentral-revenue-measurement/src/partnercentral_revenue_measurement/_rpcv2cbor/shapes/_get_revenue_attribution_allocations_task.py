"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_get_revenue_attribution_allocations_task.py``

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
from ...shapes import _get_revenue_attribution_allocations_task as _classes

_lookup_CatalogName = _enum_lookup(globals(), "_lookup_CatalogName", _enums, "CatalogName")
_lookup_EntityType = _enum_lookup(globals(), "_lookup_EntityType", _enums, "EntityType")
_lookup_RevenueAttributionAllocationAction = _enum_lookup(
    globals(),
    "_lookup_RevenueAttributionAllocationAction",
    _enums,
    "RevenueAttributionAllocationAction",
)
_lookup_RevenueAttributionAllocationErrorCode = _enum_lookup(
    globals(),
    "_lookup_RevenueAttributionAllocationErrorCode",
    _enums,
    "RevenueAttributionAllocationErrorCode",
)
_lookup_RevenueAttributionAllocationTaskStatus = _enum_lookup(
    globals(),
    "_lookup_RevenueAttributionAllocationTaskStatus",
    _enums,
    "RevenueAttributionAllocationTaskStatus",
)


def _encode_GetRevenueAttributionAllocationsTaskInput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetRevenueAttributionAllocationsTaskInput):
        raise _serde.wrong_shape(_classes.GetRevenueAttributionAllocationsTaskInput, shape)
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
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetRevenueAttributionAllocationsTaskInput(
    data: _Any, wire: bool
) -> _classes.GetRevenueAttributionAllocationsTaskInput:
    if not wire:
        _classes.GetRevenueAttributionAllocationsTaskInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.GetRevenueAttributionAllocationsTaskInput)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("RevenueAttributionIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RevenueAttributionIdentifier")
    fields.revenue_attribution_identifier = value
    member = ""
    try:
        member = "Catalog"
        value = get("Catalog")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.catalog = None if value is None else _lookup_CatalogName(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_GetRevenueAttributionAllocationsTaskOutput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetRevenueAttributionAllocationsTaskOutput):
        raise _serde.wrong_shape(_classes.GetRevenueAttributionAllocationsTaskOutput, shape)
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
        member = "EndedAt"
        value = shape.ended_at
        if value is not None:
            out["EndedAt"] = _serde.enc_timestamp(value, wire)
        member = "TotalRevenueAttributionAllocationRecords"
        value = shape.total_revenue_attribution_allocation_records
        if value is not None:
            out["TotalRevenueAttributionAllocationRecords"] = _serde.enc_int(value, wire)
        elif wire:
            raise _missing("")
        member = "Description"
        value = shape.description
        if value is not None:
            out["Description"] = _serde.enc_str(value, wire)
        member = "RevenueAttributionLatestRevision"
        value = shape.revenue_attribution_latest_revision
        if value is not None:
            out["RevenueAttributionLatestRevision"] = _serde.enc_str(value, wire)
        member = "ErrorDetailList"
        value = shape.error_detail_list
        if value is not None:
            out["ErrorDetailList"] = _encode_RevenueAttributionAllocationErrorDetailList(
                value, wire
            )
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetRevenueAttributionAllocationsTaskOutput(
    data: _Any, wire: bool
) -> _classes.GetRevenueAttributionAllocationsTaskOutput:
    if not wire:
        _classes.GetRevenueAttributionAllocationsTaskOutput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.GetRevenueAttributionAllocationsTaskOutput)
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
    value = get("Description")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Description")
    fields.description = value
    value = get("RevenueAttributionLatestRevision")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RevenueAttributionLatestRevision")
    fields.revenue_attribution_latest_revision = value
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
        member = "EndedAt"
        value = get("EndedAt")
        fields.ended_at = None if value is None else _serde.dec_timestamp_cbor(value, wire)
        member = "ErrorDetailList"
        value = get("ErrorDetailList")
        fields.error_detail_list = (
            None
            if value is None
            else _decode_RevenueAttributionAllocationErrorDetailList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_RevenueAttributionAllocationErrorDetail(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.RevenueAttributionAllocationErrorDetail):
        raise _serde.wrong_shape(_classes.RevenueAttributionAllocationErrorDetail, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
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
        member = "EntityId"
        value = shape.entity_id
        if value is not None:
            out["EntityId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "CustomerAwsAccountId"
        value = shape.customer_aws_account_id
        if value is not None:
            out["CustomerAwsAccountId"] = _serde.enc_str(value, wire)
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
        member = "Action"
        value = shape.action
        if value is not None:
            out["Action"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ErrorCode"
        value = shape.error_code
        if value is not None:
            out["ErrorCode"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ErrorMessage"
        value = shape.error_message
        if value is not None:
            out["ErrorMessage"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_RevenueAttributionAllocationErrorDetail(
    data: _Any, wire: bool
) -> _classes.RevenueAttributionAllocationErrorDetail:
    if not wire:
        _classes.RevenueAttributionAllocationErrorDetail._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.RevenueAttributionAllocationErrorDetail)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("RevenueAttributionAllocationId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RevenueAttributionAllocationId")
    fields.revenue_attribution_allocation_id = value
    value = get("EntityId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EntityId")
    fields.entity_id = value
    value = get("CustomerAwsAccountId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CustomerAwsAccountId")
    fields.customer_aws_account_id = value
    value = get("EffectiveFrom")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EffectiveFrom")
    fields.effective_from = value
    value = get("EffectiveUntil")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EffectiveUntil")
    fields.effective_until = value
    value = get("ErrorMessage")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ErrorMessage")
    fields.error_message = value
    member = ""
    try:
        member = "EntityType"
        value = get("EntityType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.entity_type = None if value is None else _lookup_EntityType(value, value)
        member = "Action"
        value = get("Action")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.action = (
            None if value is None else _lookup_RevenueAttributionAllocationAction(value, value)
        )
        member = "ErrorCode"
        value = get("ErrorCode")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.error_code = (
            None if value is None else _lookup_RevenueAttributionAllocationErrorCode(value, value)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_RevenueAttributionAllocationErrorDetailList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_RevenueAttributionAllocationErrorDetail)


def _decode_RevenueAttributionAllocationErrorDetailList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_RevenueAttributionAllocationErrorDetail)


_bind_codec(
    _classes.GetRevenueAttributionAllocationsTaskInput,
    _encode_GetRevenueAttributionAllocationsTaskInput,
    _decode_GetRevenueAttributionAllocationsTaskInput,
)
_bind_codec(
    _classes.GetRevenueAttributionAllocationsTaskOutput,
    _encode_GetRevenueAttributionAllocationsTaskOutput,
    _decode_GetRevenueAttributionAllocationsTaskOutput,
)
_bind_codec(
    _classes.RevenueAttributionAllocationErrorDetail,
    _encode_RevenueAttributionAllocationErrorDetail,
    _decode_RevenueAttributionAllocationErrorDetail,
)
