"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_marketplace_product_summary.py``

``_encode_<Shape>(value, wire)`` gives the CBOR value of a shape and
``_decode_<Shape>(data, wire)`` reads one (``wire`` False: the boto3-style dict of
``to_dict()`` and ``from_dict()``). The last lines bind them to the classes.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.exceptions import ParamValidationError as _ParamValidationError
from typed_aws_runtime.model.structure import bind_codec as _bind_codec
from typed_aws_runtime.protocols import cborserde as _serde

from ...shapes import _marketplace_product_summary as _classes


def _encode_MarketplaceProductSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.MarketplaceProductSummary):
        raise _serde.wrong_shape(_classes.MarketplaceProductSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "ProductId"
        value = shape.product_id
        if value is not None:
            out["ProductId"] = _serde.enc_str(value, wire)
        member = "ProductCode"
        value = shape.product_code
        if value is not None:
            out["ProductCode"] = _serde.enc_str(value, wire)
        member = "ProductName"
        value = shape.product_name
        if value is not None:
            out["ProductName"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_MarketplaceProductSummary(
    data: _Any, wire: bool
) -> _classes.MarketplaceProductSummary:
    if not wire:
        _classes.MarketplaceProductSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.MarketplaceProductSummary)
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
    return shape


_bind_codec(
    _classes.MarketplaceProductSummary,
    _encode_MarketplaceProductSummary,
    _decode_MarketplaceProductSummary,
)
