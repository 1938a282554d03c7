"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_marketplace_revenue_share_product_entry.py``

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
from ...shapes import _marketplace_revenue_share_product_entry as _classes
from ..plain import (
    _decode_RevenueShareProductAccountIdList,
    _encode_RevenueShareProductAccountIdList,
)

_lookup_RevenueShareProductAccountType = _enum_lookup(
    globals(), "_lookup_RevenueShareProductAccountType", _enums, "RevenueShareProductAccountType"
)


def _encode_MarketplaceRevenueShareProductEntry(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.MarketplaceRevenueShareProductEntry):
        raise _serde.wrong_shape(_classes.MarketplaceRevenueShareProductEntry, shape)
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
        member = "Accounts"
        value = shape.accounts
        if value is not None:
            out["Accounts"] = _encode_RevenueShareProductAccountEntryList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_MarketplaceRevenueShareProductEntry(
    data: _Any, wire: bool
) -> _classes.MarketplaceRevenueShareProductEntry:
    if not wire:
        _classes.MarketplaceRevenueShareProductEntry._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.MarketplaceRevenueShareProductEntry)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("ProductId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ProductId")
    fields.product_id = value
    member = ""
    try:
        member = "Accounts"
        value = get("Accounts")
        fields.accounts = (
            None if value is None else _decode_RevenueShareProductAccountEntryList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_RevenueShareProductAccountEntry(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.RevenueShareProductAccountEntry):
        raise _serde.wrong_shape(_classes.RevenueShareProductAccountEntry, shape)
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
        member = "AccountIds"
        value = shape.account_ids
        if value is not None:
            out["AccountIds"] = _encode_RevenueShareProductAccountIdList(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_RevenueShareProductAccountEntry(
    data: _Any, wire: bool
) -> _classes.RevenueShareProductAccountEntry:
    if not wire:
        _classes.RevenueShareProductAccountEntry._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.RevenueShareProductAccountEntry)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
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


def _encode_CreateMarketplaceRevenueShareInputProductsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_MarketplaceRevenueShareProductEntry)


def _decode_CreateMarketplaceRevenueShareInputProductsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_MarketplaceRevenueShareProductEntry)


def _encode_MarketplaceRevenueShareProductEntryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_MarketplaceRevenueShareProductEntry)


def _decode_MarketplaceRevenueShareProductEntryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_MarketplaceRevenueShareProductEntry)


def _encode_RevenueShareProductAccountEntryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_RevenueShareProductAccountEntry)


def _decode_RevenueShareProductAccountEntryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_RevenueShareProductAccountEntry)


_bind_codec(
    _classes.MarketplaceRevenueShareProductEntry,
    _encode_MarketplaceRevenueShareProductEntry,
    _decode_MarketplaceRevenueShareProductEntry,
)
_bind_codec(
    _classes.RevenueShareProductAccountEntry,
    _encode_RevenueShareProductAccountEntry,
    _decode_RevenueShareProductAccountEntry,
)
