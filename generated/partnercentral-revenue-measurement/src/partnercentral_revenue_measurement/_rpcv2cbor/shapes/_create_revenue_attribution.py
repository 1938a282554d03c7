"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_create_revenue_attribution.py``

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
from ...shapes import _create_revenue_attribution as _classes
from ._marketplace_product_summary import (
    _decode_MarketplaceProductSummary,
    _encode_MarketplaceProductSummary,
)
from ._tag import (
    _decode_TagList,
    _encode_TagList,
)
from ..plain import (
    _decode_RevenueAttributionContext,
    _encode_RevenueAttributionContext,
)

_lookup_CatalogName = _enum_lookup(globals(), "_lookup_CatalogName", _enums, "CatalogName")
_lookup_TenancyModel = _enum_lookup(globals(), "_lookup_TenancyModel", _enums, "TenancyModel")


def _encode_CreateRevenueAttributionInput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateRevenueAttributionInput):
        raise _serde.wrong_shape(_classes.CreateRevenueAttributionInput, shape)
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
        member = "ClientToken"
        value = shape.client_token
        if value is not None:
            out["ClientToken"] = _serde.enc_str(value, wire)
        member = "Name"
        value = shape.name
        if value is not None:
            out["Name"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
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
        member = "ProductIdentifier"
        value = shape.product_identifier
        if value is not None:
            out["ProductIdentifier"] = _serde.enc_str(value, wire)
        member = "Tags"
        value = shape.tags
        if value is not None:
            out["Tags"] = _encode_TagList(value, wire)
        member = "Context"
        value = shape.context
        if value is not None:
            out["Context"] = _encode_RevenueAttributionContext(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateRevenueAttributionInput(
    data: _Any, wire: bool
) -> _classes.CreateRevenueAttributionInput:
    if not wire:
        _classes.CreateRevenueAttributionInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.CreateRevenueAttributionInput)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("ClientToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ClientToken")
    fields.client_token = value
    value = get("Name")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Name")
    fields.name = value
    value = get("Description")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Description")
    fields.description = value
    value = get("ProductIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ProductIdentifier")
    fields.product_identifier = value
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
        member = "Tags"
        value = get("Tags")
        fields.tags = None if value is None else _decode_TagList(value, wire)
        member = "Context"
        value = get("Context")
        fields.context = None if value is None else _decode_RevenueAttributionContext(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CreateRevenueAttributionOutput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateRevenueAttributionOutput):
        raise _serde.wrong_shape(_classes.CreateRevenueAttributionOutput, shape)
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
        member = "Revision"
        value = shape.revision
        if value is not None:
            out["Revision"] = _serde.enc_str(value, wire)
        member = "Context"
        value = shape.context
        if value is not None:
            out["Context"] = _encode_RevenueAttributionContext(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateRevenueAttributionOutput(
    data: _Any, wire: bool
) -> _classes.CreateRevenueAttributionOutput:
    if not wire:
        _classes.CreateRevenueAttributionOutput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.CreateRevenueAttributionOutput)
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
    member = ""
    try:
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
        member = "Context"
        value = get("Context")
        fields.context = None if value is None else _decode_RevenueAttributionContext(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.CreateRevenueAttributionInput,
    _encode_CreateRevenueAttributionInput,
    _decode_CreateRevenueAttributionInput,
)
_bind_codec(
    _classes.CreateRevenueAttributionOutput,
    _encode_CreateRevenueAttributionOutput,
    _decode_CreateRevenueAttributionOutput,
)
