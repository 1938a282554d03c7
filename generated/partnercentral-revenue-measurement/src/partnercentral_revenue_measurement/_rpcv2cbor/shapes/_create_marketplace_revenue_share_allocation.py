"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_create_marketplace_revenue_share_allocation.py``

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
from ...shapes import _create_marketplace_revenue_share_allocation as _classes

_lookup_AllocationStatus = _enum_lookup(
    globals(), "_lookup_AllocationStatus", _enums, "AllocationStatus"
)
_lookup_CatalogName = _enum_lookup(globals(), "_lookup_CatalogName", _enums, "CatalogName")


def _encode_CreateMarketplaceRevenueShareAllocationInput(
    shape: _Any, wire: bool
) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateMarketplaceRevenueShareAllocationInput):
        raise _serde.wrong_shape(_classes.CreateMarketplaceRevenueShareAllocationInput, shape)
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
        member = "ClientToken"
        value = shape.client_token
        if value is not None:
            out["ClientToken"] = _serde.enc_str(value, wire)
        member = "MarketplaceRevenueShareRevision"
        value = shape.marketplace_revenue_share_revision
        if value is not None:
            out["MarketplaceRevenueShareRevision"] = _serde.enc_str(value, wire)
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
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateMarketplaceRevenueShareAllocationInput(
    data: _Any, wire: bool
) -> _classes.CreateMarketplaceRevenueShareAllocationInput:
    if not wire:
        _classes.CreateMarketplaceRevenueShareAllocationInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.CreateMarketplaceRevenueShareAllocationInput)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("MarketplaceRevenueShareIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "MarketplaceRevenueShareIdentifier")
    fields.marketplace_revenue_share_identifier = value
    value = get("ClientToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ClientToken")
    fields.client_token = value
    value = get("MarketplaceRevenueShareRevision")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "MarketplaceRevenueShareRevision")
    fields.marketplace_revenue_share_revision = value
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
        member = "Catalog"
        value = get("Catalog")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.catalog = None if value is None else _lookup_CatalogName(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CreateMarketplaceRevenueShareAllocationOutput(
    shape: _Any, wire: bool
) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateMarketplaceRevenueShareAllocationOutput):
        raise _serde.wrong_shape(_classes.CreateMarketplaceRevenueShareAllocationOutput, shape)
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
        member = "MarketplaceRevenueShareRevision"
        value = shape.marketplace_revenue_share_revision
        if value is not None:
            out["MarketplaceRevenueShareRevision"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "MarketplaceRevenueShareLatestRevision"
        value = shape.marketplace_revenue_share_latest_revision
        if value is not None:
            out["MarketplaceRevenueShareLatestRevision"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateMarketplaceRevenueShareAllocationOutput(
    data: _Any, wire: bool
) -> _classes.CreateMarketplaceRevenueShareAllocationOutput:
    if not wire:
        _classes.CreateMarketplaceRevenueShareAllocationOutput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.CreateMarketplaceRevenueShareAllocationOutput)
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
    value = get("MarketplaceRevenueShareRevision")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "MarketplaceRevenueShareRevision")
    fields.marketplace_revenue_share_revision = value
    value = get("MarketplaceRevenueShareLatestRevision")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(
            _serde.dec_str, value, wire, "MarketplaceRevenueShareLatestRevision"
        )
    fields.marketplace_revenue_share_latest_revision = value
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


_bind_codec(
    _classes.CreateMarketplaceRevenueShareAllocationInput,
    _encode_CreateMarketplaceRevenueShareAllocationInput,
    _decode_CreateMarketplaceRevenueShareAllocationInput,
)
_bind_codec(
    _classes.CreateMarketplaceRevenueShareAllocationOutput,
    _encode_CreateMarketplaceRevenueShareAllocationOutput,
    _decode_CreateMarketplaceRevenueShareAllocationOutput,
)
