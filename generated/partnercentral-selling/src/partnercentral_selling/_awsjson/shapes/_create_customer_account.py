"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_create_customer_account.py``

``_encode_<Shape>(value, wire)`` gives the JSON value of a shape and
``_decode_<Shape>(data, wire)`` reads one (``wire`` False: the boto3-style dict of
``to_dict()`` and ``from_dict()``). The last lines bind them to the classes.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.exceptions import ParamValidationError as _ParamValidationError
from typed_aws_runtime.model.lazy import enum_lookup as _enum_lookup
from typed_aws_runtime.model.structure import bind_codec as _bind_codec
from typed_aws_runtime.protocols import serde as _serde
from typed_aws_runtime.protocols.serde import missing as _missing

from ... import enums as _enums
from ...shapes import _create_customer_account as _classes
from ._customer_account_data import (
    _decode_CustomerAccountData,
    _encode_CustomerAccountData,
)
from ._tag import (
    _decode_CustomerAccountTagList,
    _encode_CustomerAccountTagList,
)

_lookup_EnrichmentStatus = _enum_lookup(
    globals(), "_lookup_EnrichmentStatus", _enums, "EnrichmentStatus"
)


def _encode_CreateCustomerAccountRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateCustomerAccountRequest):
        raise _serde.wrong_shape(_classes.CreateCustomerAccountRequest, shape)
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
        member = "Account"
        value = shape.account
        if value is not None:
            out["Account"] = _encode_CustomerAccountData(value, wire)
        elif wire:
            raise _missing("")
        member = "PartnerAccountIdentifier"
        value = shape.partner_account_identifier
        if value is not None:
            out["PartnerAccountIdentifier"] = _serde.enc_str(value, wire)
        member = "Tags"
        value = shape.tags
        if value is not None:
            out["Tags"] = _encode_CustomerAccountTagList(value, wire)
        member = "ClientToken"
        value = shape.client_token
        if value is not None:
            out["ClientToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateCustomerAccountRequest(
    data: _Any, wire: bool
) -> _classes.CreateCustomerAccountRequest:
    if not wire:
        _classes.CreateCustomerAccountRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreateCustomerAccountRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("PartnerAccountIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "PartnerAccountIdentifier")
    fields.partner_account_identifier = value
    value = get("ClientToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ClientToken")
    fields.client_token = value
    member = ""
    try:
        member = "Account"
        value = get("Account")
        fields.account = None if value is None else _decode_CustomerAccountData(value, wire)
        member = "Tags"
        value = get("Tags")
        fields.tags = None if value is None else _decode_CustomerAccountTagList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CreateCustomerAccountResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateCustomerAccountResponse):
        raise _serde.wrong_shape(_classes.CreateCustomerAccountResponse, shape)
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
        member = "Status"
        value = shape.status
        if value is not None:
            out["Status"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Catalog"
        value = shape.catalog
        if value is not None:
            out["Catalog"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "PartnerAccountIdentifier"
        value = shape.partner_account_identifier
        if value is not None:
            out["PartnerAccountIdentifier"] = _serde.enc_str(value, wire)
        member = "CreatedDate"
        value = shape.created_date
        if value is not None:
            out["CreatedDate"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateCustomerAccountResponse(
    data: _Any, wire: bool
) -> _classes.CreateCustomerAccountResponse:
    if not wire:
        _classes.CreateCustomerAccountResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreateCustomerAccountResponse)
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
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("PartnerAccountIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "PartnerAccountIdentifier")
    fields.partner_account_identifier = value
    member = ""
    try:
        member = "Status"
        value = get("Status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_EnrichmentStatus(value, value)
        member = "CreatedDate"
        value = get("CreatedDate")
        fields.created_date = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


_bind_codec(
    _classes.CreateCustomerAccountRequest,
    _encode_CreateCustomerAccountRequest,
    _decode_CreateCustomerAccountRequest,
)
_bind_codec(
    _classes.CreateCustomerAccountResponse,
    _encode_CreateCustomerAccountResponse,
    _decode_CreateCustomerAccountResponse,
)
