"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_get_revenue_attribution_allocation.py``

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
from ...shapes import _get_revenue_attribution_allocation as _classes

_lookup_AllocationStatus = _enum_lookup(
    globals(), "_lookup_AllocationStatus", _enums, "AllocationStatus"
)
_lookup_CatalogName = _enum_lookup(globals(), "_lookup_CatalogName", _enums, "CatalogName")
_lookup_EntityType = _enum_lookup(globals(), "_lookup_EntityType", _enums, "EntityType")


def _encode_GetRevenueAttributionAllocationInput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetRevenueAttributionAllocationInput):
        raise _serde.wrong_shape(_classes.GetRevenueAttributionAllocationInput, shape)
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
        member = "RevenueAttributionAllocationId"
        value = shape.revenue_attribution_allocation_id
        if value is not None:
            out["RevenueAttributionAllocationId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "RevenueAttributionRevision"
        value = shape.revenue_attribution_revision
        if value is not None:
            out["RevenueAttributionRevision"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetRevenueAttributionAllocationInput(
    data: _Any, wire: bool
) -> _classes.GetRevenueAttributionAllocationInput:
    if not wire:
        _classes.GetRevenueAttributionAllocationInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.GetRevenueAttributionAllocationInput)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("RevenueAttributionIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RevenueAttributionIdentifier")
    fields.revenue_attribution_identifier = value
    value = get("RevenueAttributionAllocationId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RevenueAttributionAllocationId")
    fields.revenue_attribution_allocation_id = value
    value = get("RevenueAttributionRevision")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RevenueAttributionRevision")
    fields.revenue_attribution_revision = value
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


def _encode_GetRevenueAttributionAllocationOutput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetRevenueAttributionAllocationOutput):
        raise _serde.wrong_shape(_classes.GetRevenueAttributionAllocationOutput, shape)
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
        member = "RevenueAttributionRevision"
        value = shape.revenue_attribution_revision
        if value is not None:
            out["RevenueAttributionRevision"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "RevenueAttributionLatestRevision"
        value = shape.revenue_attribution_latest_revision
        if value is not None:
            out["RevenueAttributionLatestRevision"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetRevenueAttributionAllocationOutput(
    data: _Any, wire: bool
) -> _classes.GetRevenueAttributionAllocationOutput:
    if not wire:
        _classes.GetRevenueAttributionAllocationOutput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.GetRevenueAttributionAllocationOutput)
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
    value = get("RevenueAttributionRevision")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RevenueAttributionRevision")
    fields.revenue_attribution_revision = value
    value = get("RevenueAttributionLatestRevision")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "RevenueAttributionLatestRevision")
    fields.revenue_attribution_latest_revision = value
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


_bind_codec(
    _classes.GetRevenueAttributionAllocationInput,
    _encode_GetRevenueAttributionAllocationInput,
    _decode_GetRevenueAttributionAllocationInput,
)
_bind_codec(
    _classes.GetRevenueAttributionAllocationOutput,
    _encode_GetRevenueAttributionAllocationOutput,
    _decode_GetRevenueAttributionAllocationOutput,
)
