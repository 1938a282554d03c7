"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_get_revenue_attribution.py``

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
from ...shapes import _get_revenue_attribution as _classes
from ._marketplace_product_summary import (
    _decode_MarketplaceProductSummary,
    _encode_MarketplaceProductSummary,
)
from ..plain import (
    _decode_RevenueAttributionContext,
    _encode_RevenueAttributionContext,
)

_lookup_CatalogName = _enum_lookup(globals(), "_lookup_CatalogName", _enums, "CatalogName")
_lookup_TenancyModel = _enum_lookup(globals(), "_lookup_TenancyModel", _enums, "TenancyModel")


def _encode_GetRevenueAttributionInput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetRevenueAttributionInput):
        raise _serde.wrong_shape(_classes.GetRevenueAttributionInput, shape)
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
        member = "Identifier"
        value = shape.identifier
        if value is not None:
            out["Identifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Revision"
        value = shape.revision
        if value is not None:
            out["Revision"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetRevenueAttributionInput(
    data: _Any, wire: bool
) -> _classes.GetRevenueAttributionInput:
    if not wire:
        _classes.GetRevenueAttributionInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.GetRevenueAttributionInput)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Identifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Identifier")
    fields.identifier = value
    value = get("Revision")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Revision")
    fields.revision = value
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


def _encode_GetRevenueAttributionOutput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetRevenueAttributionOutput):
        raise _serde.wrong_shape(_classes.GetRevenueAttributionOutput, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Arn"
        value = shape.arn
        if value is not None:
            out["Arn"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Id"
        value = shape.id
        if value is not None:
            out["Id"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Catalog"
        value = shape.catalog
        if value is not None:
            out["Catalog"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Name"
        value = shape.name
        if value is not None:
            out["Name"] = _serde.enc_str(value, wire)
        member = "Description"
        value = shape.description
        if value is not None:
            out["Description"] = _serde.enc_str(value, wire)
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
        member = "Revision"
        value = shape.revision
        if value is not None:
            out["Revision"] = _serde.enc_str(value, wire)
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


def _decode_GetRevenueAttributionOutput(
    data: _Any, wire: bool
) -> _classes.GetRevenueAttributionOutput:
    if not wire:
        _classes.GetRevenueAttributionOutput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.GetRevenueAttributionOutput)
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
    value = get("Description")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Description")
    fields.description = value
    value = get("Revision")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Revision")
    fields.revision = value
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


_bind_codec(
    _classes.GetRevenueAttributionInput,
    _encode_GetRevenueAttributionInput,
    _decode_GetRevenueAttributionInput,
)
_bind_codec(
    _classes.GetRevenueAttributionOutput,
    _encode_GetRevenueAttributionOutput,
    _decode_GetRevenueAttributionOutput,
)
