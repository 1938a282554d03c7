"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_get_marketplace_revenue_share.py``

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
from ...shapes import _get_marketplace_revenue_share as _classes
from ..plain import (
    _decode_RevenueShareProductAccountIdList,
    _encode_RevenueShareProductAccountIdList,
)

_lookup_CatalogName = _enum_lookup(globals(), "_lookup_CatalogName", _enums, "CatalogName")
_lookup_RevenueShareProductAccountType = _enum_lookup(
    globals(), "_lookup_RevenueShareProductAccountType", _enums, "RevenueShareProductAccountType"
)


def _encode_GetMarketplaceRevenueShareInput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetMarketplaceRevenueShareInput):
        raise _serde.wrong_shape(_classes.GetMarketplaceRevenueShareInput, shape)
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


def _decode_GetMarketplaceRevenueShareInput(
    data: _Any, wire: bool
) -> _classes.GetMarketplaceRevenueShareInput:
    if not wire:
        _classes.GetMarketplaceRevenueShareInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.GetMarketplaceRevenueShareInput)
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


def _encode_GetMarketplaceRevenueShareOutput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetMarketplaceRevenueShareOutput):
        raise _serde.wrong_shape(_classes.GetMarketplaceRevenueShareOutput, shape)
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
            out["Products"] = _encode_MarketplaceRevenueShareProductDetailList(value, wire)
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
        member = "Revision"
        value = shape.revision
        if value is not None:
            out["Revision"] = _serde.enc_str(value, wire)
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


def _decode_GetMarketplaceRevenueShareOutput(
    data: _Any, wire: bool
) -> _classes.GetMarketplaceRevenueShareOutput:
    if not wire:
        _classes.GetMarketplaceRevenueShareOutput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.GetMarketplaceRevenueShareOutput)
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
            else _decode_MarketplaceRevenueShareProductDetailList(value, wire)
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


def _encode_MarketplaceRevenueShareProductDetail(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.MarketplaceRevenueShareProductDetail):
        raise _serde.wrong_shape(_classes.MarketplaceRevenueShareProductDetail, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "ProductId"
        value = shape.product_id
        if value is not None:
            out["ProductId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ProductCode"
        value = shape.product_code
        if value is not None:
            out["ProductCode"] = _serde.enc_str(value, wire)
        member = "ProductName"
        value = shape.product_name
        if value is not None:
            out["ProductName"] = _serde.enc_str(value, wire)
        member = "Accounts"
        value = shape.accounts
        if value is not None:
            out["Accounts"] = _encode_RevenueShareProductAccountDetailList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_MarketplaceRevenueShareProductDetail(
    data: _Any, wire: bool
) -> _classes.MarketplaceRevenueShareProductDetail:
    if not wire:
        _classes.MarketplaceRevenueShareProductDetail._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.MarketplaceRevenueShareProductDetail)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("ProductId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ProductId")
    fields.product_id = value
    value = get("ProductCode")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ProductCode")
    fields.product_code = value
    value = get("ProductName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ProductName")
    fields.product_name = value
    member = ""
    try:
        member = "Accounts"
        value = get("Accounts")
        fields.accounts = (
            None if value is None else _decode_RevenueShareProductAccountDetailList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_RevenueShareProductAccountDetail(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.RevenueShareProductAccountDetail):
        raise _serde.wrong_shape(_classes.RevenueShareProductAccountDetail, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "AccountType"
        value = shape.account_type
        if value is not None:
            out["AccountType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Count"
        value = shape.count
        if value is not None:
            out["Count"] = _serde.enc_int(value, wire)
        elif wire:
            raise _missing("")
        member = "AccountIds"
        value = shape.account_ids
        if value is not None:
            out["AccountIds"] = _encode_RevenueShareProductAccountIdList(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_RevenueShareProductAccountDetail(
    data: _Any, wire: bool
) -> _classes.RevenueShareProductAccountDetail:
    if not wire:
        _classes.RevenueShareProductAccountDetail._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.RevenueShareProductAccountDetail)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Count")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "Count")
    fields.count = value
    member = ""
    try:
        member = "AccountType"
        value = get("AccountType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.account_type = (
            None if value is None else _lookup_RevenueShareProductAccountType(value, value)
        )
        member = "AccountIds"
        value = get("AccountIds")
        fields.account_ids = (
            None if value is None else _decode_RevenueShareProductAccountIdList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_MarketplaceRevenueShareProductDetailList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_MarketplaceRevenueShareProductDetail)


def _decode_MarketplaceRevenueShareProductDetailList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_MarketplaceRevenueShareProductDetail)


def _encode_RevenueShareProductAccountDetailList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_RevenueShareProductAccountDetail)


def _decode_RevenueShareProductAccountDetailList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_RevenueShareProductAccountDetail)


_bind_codec(
    _classes.GetMarketplaceRevenueShareInput,
    _encode_GetMarketplaceRevenueShareInput,
    _decode_GetMarketplaceRevenueShareInput,
)
_bind_codec(
    _classes.GetMarketplaceRevenueShareOutput,
    _encode_GetMarketplaceRevenueShareOutput,
    _decode_GetMarketplaceRevenueShareOutput,
)
_bind_codec(
    _classes.MarketplaceRevenueShareProductDetail,
    _encode_MarketplaceRevenueShareProductDetail,
    _decode_MarketplaceRevenueShareProductDetail,
)
_bind_codec(
    _classes.RevenueShareProductAccountDetail,
    _encode_RevenueShareProductAccountDetail,
    _decode_RevenueShareProductAccountDetail,
)
