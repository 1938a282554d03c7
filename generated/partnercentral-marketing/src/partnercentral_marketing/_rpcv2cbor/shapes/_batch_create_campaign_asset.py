"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_batch_create_campaign_asset.py``

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
from ...shapes import _batch_create_campaign_asset as _classes
from ._campaign_asset_layout import (
    _decode_CampaignAssetLayout,
    _encode_CampaignAssetLayout,
)

_lookup_Catalog = _enum_lookup(globals(), "_lookup_Catalog", _enums, "Catalog")


def _encode_BatchCreateCampaignAssetEntry(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.BatchCreateCampaignAssetEntry):
        raise _serde.wrong_shape(_classes.BatchCreateCampaignAssetEntry, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "SourceAssetTemplateIdentifier"
        value = shape.source_asset_template_identifier
        if value is not None:
            out["SourceAssetTemplateIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_BatchCreateCampaignAssetEntry(
    data: _Any, wire: bool
) -> _classes.BatchCreateCampaignAssetEntry:
    if not wire:
        _classes.BatchCreateCampaignAssetEntry._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.BatchCreateCampaignAssetEntry)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("SourceAssetTemplateIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "SourceAssetTemplateIdentifier")
    fields.source_asset_template_identifier = value
    return shape


def _encode_BatchCreateCampaignAssetError(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.BatchCreateCampaignAssetError):
        raise _serde.wrong_shape(_classes.BatchCreateCampaignAssetError, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "SourceAssetTemplateId"
        value = shape.source_asset_template_id
        if value is not None:
            out["SourceAssetTemplateId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Code"
        value = shape.code
        if value is not None:
            out["Code"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Message"
        value = shape.message
        if value is not None:
            out["Message"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_BatchCreateCampaignAssetError(
    data: _Any, wire: bool
) -> _classes.BatchCreateCampaignAssetError:
    if not wire:
        _classes.BatchCreateCampaignAssetError._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.BatchCreateCampaignAssetError)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("SourceAssetTemplateId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "SourceAssetTemplateId")
    fields.source_asset_template_id = value
    value = get("Code")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Code")
    fields.code = value
    value = get("Message")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Message")
    fields.message = value
    return shape


def _encode_BatchCreateCampaignAssetRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.BatchCreateCampaignAssetRequest):
        raise _serde.wrong_shape(_classes.BatchCreateCampaignAssetRequest, shape)
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
        member = "CampaignIdentifier"
        value = shape.campaign_identifier
        if value is not None:
            out["CampaignIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Entries"
        value = shape.entries
        if value is not None:
            out["Entries"] = _encode_BatchCreateCampaignAssetEntries(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_BatchCreateCampaignAssetRequest(
    data: _Any, wire: bool
) -> _classes.BatchCreateCampaignAssetRequest:
    if not wire:
        _classes.BatchCreateCampaignAssetRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.BatchCreateCampaignAssetRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("CampaignIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CampaignIdentifier")
    fields.campaign_identifier = value
    member = ""
    try:
        member = "Catalog"
        value = get("Catalog")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.catalog = None if value is None else _lookup_Catalog(value, value)
        member = "Entries"
        value = get("Entries")
        fields.entries = (
            None if value is None else _decode_BatchCreateCampaignAssetEntries(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_BatchCreateCampaignAssetResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.BatchCreateCampaignAssetResponse):
        raise _serde.wrong_shape(_classes.BatchCreateCampaignAssetResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Errors"
        value = shape.errors
        if value is not None:
            out["Errors"] = _encode_BatchCreateCampaignAssetErrors(value, wire)
        elif wire:
            raise _missing("")
        member = "Successful"
        value = shape.successful
        if value is not None:
            out["Successful"] = _encode_BatchCreateCampaignAssetResults(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_BatchCreateCampaignAssetResponse(
    data: _Any, wire: bool
) -> _classes.BatchCreateCampaignAssetResponse:
    if not wire:
        _classes.BatchCreateCampaignAssetResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.BatchCreateCampaignAssetResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "Errors"
        value = get("Errors")
        fields.errors = (
            None if value is None else _decode_BatchCreateCampaignAssetErrors(value, wire)
        )
        member = "Successful"
        value = get("Successful")
        fields.successful = (
            None if value is None else _decode_BatchCreateCampaignAssetResults(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_BatchCreateCampaignAssetResult(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.BatchCreateCampaignAssetResult):
        raise _serde.wrong_shape(_classes.BatchCreateCampaignAssetResult, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "SourceAssetTemplateId"
        value = shape.source_asset_template_id
        if value is not None:
            out["SourceAssetTemplateId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Id"
        value = shape.id
        if value is not None:
            out["Id"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Layout"
        value = shape.layout
        if value is not None:
            out["Layout"] = _encode_CampaignAssetLayout(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_BatchCreateCampaignAssetResult(
    data: _Any, wire: bool
) -> _classes.BatchCreateCampaignAssetResult:
    if not wire:
        _classes.BatchCreateCampaignAssetResult._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.BatchCreateCampaignAssetResult)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("SourceAssetTemplateId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "SourceAssetTemplateId")
    fields.source_asset_template_id = value
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    member = ""
    try:
        member = "Layout"
        value = get("Layout")
        fields.layout = None if value is None else _decode_CampaignAssetLayout(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_BatchCreateCampaignAssetEntries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_BatchCreateCampaignAssetEntry)


def _decode_BatchCreateCampaignAssetEntries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_BatchCreateCampaignAssetEntry)


def _encode_BatchCreateCampaignAssetErrors(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_BatchCreateCampaignAssetError)


def _decode_BatchCreateCampaignAssetErrors(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_BatchCreateCampaignAssetError)


def _encode_BatchCreateCampaignAssetResults(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_BatchCreateCampaignAssetResult)


def _decode_BatchCreateCampaignAssetResults(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_BatchCreateCampaignAssetResult)


_bind_codec(
    _classes.BatchCreateCampaignAssetEntry,
    _encode_BatchCreateCampaignAssetEntry,
    _decode_BatchCreateCampaignAssetEntry,
)
_bind_codec(
    _classes.BatchCreateCampaignAssetError,
    _encode_BatchCreateCampaignAssetError,
    _decode_BatchCreateCampaignAssetError,
)
_bind_codec(
    _classes.BatchCreateCampaignAssetRequest,
    _encode_BatchCreateCampaignAssetRequest,
    _decode_BatchCreateCampaignAssetRequest,
)
_bind_codec(
    _classes.BatchCreateCampaignAssetResponse,
    _encode_BatchCreateCampaignAssetResponse,
    _decode_BatchCreateCampaignAssetResponse,
)
_bind_codec(
    _classes.BatchCreateCampaignAssetResult,
    _encode_BatchCreateCampaignAssetResult,
    _decode_BatchCreateCampaignAssetResult,
)
