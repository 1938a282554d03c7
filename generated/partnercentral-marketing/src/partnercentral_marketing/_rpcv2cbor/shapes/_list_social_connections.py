"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_list_social_connections.py``

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
from ...shapes import _list_social_connections as _classes

_lookup_Catalog = _enum_lookup(globals(), "_lookup_Catalog", _enums, "Catalog")
_lookup_Platform = _enum_lookup(globals(), "_lookup_Platform", _enums, "Platform")
_lookup_SocialConnectionStatus = _enum_lookup(
    globals(), "_lookup_SocialConnectionStatus", _enums, "SocialConnectionStatus"
)


def _encode_ListSocialConnectionsRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListSocialConnectionsRequest):
        raise _serde.wrong_shape(_classes.ListSocialConnectionsRequest, shape)
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
        member = "Platform"
        value = shape.platform
        if value is not None:
            out["Platform"] = _serde.enc_str(value, wire)
        member = "MaxResults"
        value = shape.max_results
        if value is not None:
            out["MaxResults"] = _serde.enc_int(value, wire)
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListSocialConnectionsRequest(
    data: _Any, wire: bool
) -> _classes.ListSocialConnectionsRequest:
    if not wire:
        _classes.ListSocialConnectionsRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.ListSocialConnectionsRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("MaxResults")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "MaxResults")
    fields.max_results = value
    value = get("NextToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "NextToken")
    fields.next_token = value
    member = ""
    try:
        member = "Catalog"
        value = get("Catalog")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.catalog = None if value is None else _lookup_Catalog(value, value)
        member = "Platform"
        value = get("Platform")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.platform = None if value is None else _lookup_Platform(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListSocialConnectionsResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListSocialConnectionsResponse):
        raise _serde.wrong_shape(_classes.ListSocialConnectionsResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Items"
        value = shape.items
        if value is not None:
            out["Items"] = _encode_SocialConnectionSummaryList(value, wire)
        elif wire:
            raise _missing("")
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListSocialConnectionsResponse(
    data: _Any, wire: bool
) -> _classes.ListSocialConnectionsResponse:
    if not wire:
        _classes.ListSocialConnectionsResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.ListSocialConnectionsResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("NextToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "NextToken")
    fields.next_token = value
    member = ""
    try:
        member = "Items"
        value = get("Items")
        fields.items = None if value is None else _decode_SocialConnectionSummaryList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_SocialConnectionSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.SocialConnectionSummary):
        raise _serde.wrong_shape(_classes.SocialConnectionSummary, shape)
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
        member = "Platform"
        value = shape.platform
        if value is not None:
            out["Platform"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "PageName"
        value = shape.page_name
        if value is not None:
            out["PageName"] = _serde.enc_str(value, wire)
        member = "AccountName"
        value = shape.account_name
        if value is not None:
            out["AccountName"] = _serde.enc_str(value, wire)
        member = "ConnectedAt"
        value = shape.connected_at
        if value is not None:
            out["ConnectedAt"] = _serde.enc_timestamp(value, wire)
        member = "ExpiresAt"
        value = shape.expires_at
        if value is not None:
            out["ExpiresAt"] = _serde.enc_timestamp(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_SocialConnectionSummary(data: _Any, wire: bool) -> _classes.SocialConnectionSummary:
    if not wire:
        _classes.SocialConnectionSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.SocialConnectionSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    value = get("PageName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "PageName")
    fields.page_name = value
    value = get("AccountName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "AccountName")
    fields.account_name = value
    member = ""
    try:
        member = "Platform"
        value = get("Platform")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.platform = None if value is None else _lookup_Platform(value, value)
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_SocialConnectionStatus(value, value)
        member = "ConnectedAt"
        value = get("ConnectedAt")
        fields.connected_at = None if value is None else _serde.dec_timestamp_cbor(value, wire)
        member = "ExpiresAt"
        value = get("ExpiresAt")
        fields.expires_at = None if value is None else _serde.dec_timestamp_cbor(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_SocialConnectionSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_SocialConnectionSummary)


def _decode_SocialConnectionSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_SocialConnectionSummary)


_bind_codec(
    _classes.ListSocialConnectionsRequest,
    _encode_ListSocialConnectionsRequest,
    _decode_ListSocialConnectionsRequest,
)
_bind_codec(
    _classes.ListSocialConnectionsResponse,
    _encode_ListSocialConnectionsResponse,
    _decode_ListSocialConnectionsResponse,
)
_bind_codec(
    _classes.SocialConnectionSummary,
    _encode_SocialConnectionSummary,
    _decode_SocialConnectionSummary,
)
