"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_marketplace_revenue_share_product_summary.py``

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
from ...shapes import _marketplace_revenue_share_product_summary as _classes

_lookup_RevenueShareProductAccountType = _enum_lookup(
    globals(), "_lookup_RevenueShareProductAccountType", _enums, "RevenueShareProductAccountType"
)


def _encode_MarketplaceRevenueShareProductSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.MarketplaceRevenueShareProductSummary):
        raise _serde.wrong_shape(_classes.MarketplaceRevenueShareProductSummary, shape)
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
            out["Accounts"] = _encode_RevenueShareProductAccountSummaryList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_MarketplaceRevenueShareProductSummary(
    data: _Any, wire: bool
) -> _classes.MarketplaceRevenueShareProductSummary:
    if not wire:
        _classes.MarketplaceRevenueShareProductSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.MarketplaceRevenueShareProductSummary)
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
            None if value is None else _decode_RevenueShareProductAccountSummaryList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_RevenueShareProductAccountSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.RevenueShareProductAccountSummary):
        raise _serde.wrong_shape(_classes.RevenueShareProductAccountSummary, shape)
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
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_RevenueShareProductAccountSummary(
    data: _Any, wire: bool
) -> _classes.RevenueShareProductAccountSummary:
    if not wire:
        _classes.RevenueShareProductAccountSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.RevenueShareProductAccountSummary)
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
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_MarketplaceRevenueShareProductSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_MarketplaceRevenueShareProductSummary)


def _decode_MarketplaceRevenueShareProductSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_MarketplaceRevenueShareProductSummary)


def _encode_RevenueShareProductAccountSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_RevenueShareProductAccountSummary)


def _decode_RevenueShareProductAccountSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_RevenueShareProductAccountSummary)


_bind_codec(
    _classes.MarketplaceRevenueShareProductSummary,
    _encode_MarketplaceRevenueShareProductSummary,
    _decode_MarketplaceRevenueShareProductSummary,
)
_bind_codec(
    _classes.RevenueShareProductAccountSummary,
    _encode_RevenueShareProductAccountSummary,
    _decode_RevenueShareProductAccountSummary,
)
