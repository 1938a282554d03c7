"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_update_revenue_attribution.py``

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
from ...shapes import _update_revenue_attribution as _classes
from ..plain import (
    _decode_RevenueAttributionContext,
    _encode_RevenueAttributionContext,
)

_lookup_CatalogName = _enum_lookup(globals(), "_lookup_CatalogName", _enums, "CatalogName")


def _encode_UpdateRevenueAttributionInput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.UpdateRevenueAttributionInput):
        raise _serde.wrong_shape(_classes.UpdateRevenueAttributionInput, shape)
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
        member = "ClientToken"
        value = shape.client_token
        if value is not None:
            out["ClientToken"] = _serde.enc_str(value, wire)
        member = "Description"
        value = shape.description
        if value is not None:
            out["Description"] = _serde.enc_str(value, wire)
        member = "Revision"
        value = shape.revision
        if value is not None:
            out["Revision"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Context"
        value = shape.context
        if value is not None:
            out["Context"] = _encode_RevenueAttributionContext(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_UpdateRevenueAttributionInput(
    data: _Any, wire: bool
) -> _classes.UpdateRevenueAttributionInput:
    if not wire:
        _classes.UpdateRevenueAttributionInput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.UpdateRevenueAttributionInput)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Identifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Identifier")
    fields.identifier = value
    value = get("ClientToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ClientToken")
    fields.client_token = value
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
        member = "Catalog"
        value = get("Catalog")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.catalog = None if value is None else _lookup_CatalogName(value, value)
        member = "Context"
        value = get("Context")
        fields.context = None if value is None else _decode_RevenueAttributionContext(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_UpdateRevenueAttributionOutput(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.UpdateRevenueAttributionOutput):
        raise _serde.wrong_shape(_classes.UpdateRevenueAttributionOutput, shape)
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
        member = "Description"
        value = shape.description
        if value is not None:
            out["Description"] = _serde.enc_str(value, wire)
        member = "LastModifiedDate"
        value = shape.last_modified_date
        if value is not None:
            out["LastModifiedDate"] = _serde.enc_timestamp(value, wire)
        elif wire:
            raise _missing("")
        member = "LatestRevision"
        value = shape.latest_revision
        if value is not None:
            out["LatestRevision"] = _serde.enc_str(value, wire)
        member = "Context"
        value = shape.context
        if value is not None:
            out["Context"] = _encode_RevenueAttributionContext(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_UpdateRevenueAttributionOutput(
    data: _Any, wire: bool
) -> _classes.UpdateRevenueAttributionOutput:
    if not wire:
        _classes.UpdateRevenueAttributionOutput._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.UpdateRevenueAttributionOutput)
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
    value = get("Description")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Description")
    fields.description = value
    value = get("LatestRevision")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "LatestRevision")
    fields.latest_revision = value
    member = ""
    try:
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
    _classes.UpdateRevenueAttributionInput,
    _encode_UpdateRevenueAttributionInput,
    _decode_UpdateRevenueAttributionInput,
)
_bind_codec(
    _classes.UpdateRevenueAttributionOutput,
    _encode_UpdateRevenueAttributionOutput,
    _decode_UpdateRevenueAttributionOutput,
)
