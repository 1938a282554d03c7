"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_create_channel_contract.py``

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
from ...shapes import _create_channel_contract as _classes
from ._address import (
    _decode_Address,
    _encode_Address,
)
from ._tag import (
    _decode_TagList,
    _encode_TagList,
)
from ..plain import (
    _decode_ManagedServicesSupportedServiceList,
    _decode_MemberAccountIdList,
    _encode_ManagedServicesSupportedServiceList,
    _encode_MemberAccountIdList,
)

_lookup_ChannelContractType = _enum_lookup(
    globals(), "_lookup_ChannelContractType", _enums, "ChannelContractType"
)


def _encode_CreateChannelContractDetail(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateChannelContractDetail):
        raise _serde.wrong_shape(_classes.CreateChannelContractDetail, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "id"
        value = shape.id
        if value is not None:
            out["id"] = _serde.enc_str(value, wire)
        member = "arn"
        value = shape.arn
        if value is not None:
            out["arn"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateChannelContractDetail(
    data: _Any, wire: bool
) -> _classes.CreateChannelContractDetail:
    if not wire:
        _classes.CreateChannelContractDetail._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreateChannelContractDetail)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "id")
    fields.id = value
    value = get("arn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "arn")
    fields.arn = value
    return shape


def _encode_CreateChannelContractRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateChannelContractRequest):
        raise _serde.wrong_shape(_classes.CreateChannelContractRequest, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "contractType"
        value = shape.contract_type
        if value is not None:
            out["contractType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "catalog"
        value = shape.catalog
        if value is not None:
            out["catalog"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "payload"
        value = shape.payload
        if value is not None:
            out["payload"] = _encode_ChannelContractPayload(value, wire)
        elif wire:
            raise _missing("")
        member = "clientToken"
        value = shape.client_token
        if value is not None:
            out["clientToken"] = _serde.enc_str(value, wire)
        member = "tags"
        value = shape.tags
        if value is not None:
            out["tags"] = _encode_TagList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateChannelContractRequest(
    data: _Any, wire: bool
) -> _classes.CreateChannelContractRequest:
    if not wire:
        _classes.CreateChannelContractRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreateChannelContractRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "catalog")
    fields.catalog = value
    value = get("clientToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "clientToken")
    fields.client_token = value
    member = ""
    try:
        member = "contractType"
        value = get("contractType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.contract_type = None if value is None else _lookup_ChannelContractType(value, value)
        member = "payload"
        value = get("payload")
        fields.payload = None if value is None else _decode_ChannelContractPayload(value, wire)
        member = "tags"
        value = get("tags")
        fields.tags = None if value is None else _decode_TagList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CreateChannelContractResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CreateChannelContractResponse):
        raise _serde.wrong_shape(_classes.CreateChannelContractResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "channelContractDetail"
        value = shape.channel_contract_detail
        if value is not None:
            out["channelContractDetail"] = _encode_CreateChannelContractDetail(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CreateChannelContractResponse(
    data: _Any, wire: bool
) -> _classes.CreateChannelContractResponse:
    if not wire:
        _classes.CreateChannelContractResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CreateChannelContractResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "channelContractDetail"
        value = get("channelContractDetail")
        fields.channel_contract_detail = (
            None if value is None else _decode_CreateChannelContractDetail(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ManagedServicesAttestationPayload(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ManagedServicesAttestationPayload):
        raise _serde.wrong_shape(_classes.ManagedServicesAttestationPayload, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "legalEntityName"
        value = shape.legal_entity_name
        if value is not None:
            out["legalEntityName"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "relationshipIdentifier"
        value = shape.relationship_identifier
        if value is not None:
            out["relationshipIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "programManagementAccountIdentifier"
        value = shape.program_management_account_identifier
        if value is not None:
            out["programManagementAccountIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "memberAccountIds"
        value = shape.member_account_ids
        if value is not None:
            out["memberAccountIds"] = _encode_MemberAccountIdList(value, wire)
        member = "endDate"
        value = shape.end_date
        if value is not None:
            out["endDate"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "supportedServices"
        value = shape.supported_services
        if value is not None:
            out["supportedServices"] = _encode_ManagedServicesSupportedServiceList(value, wire)
        elif wire:
            raise _missing("")
        member = "legalEntityAddress"
        value = shape.legal_entity_address
        if value is not None:
            out["legalEntityAddress"] = _encode_Address(value, wire)
        elif wire:
            raise _missing("")
        member = "signatoryName"
        value = shape.signatory_name
        if value is not None:
            out["signatoryName"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "signatoryEmail"
        value = shape.signatory_email
        if value is not None:
            out["signatoryEmail"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ManagedServicesAttestationPayload(
    data: _Any, wire: bool
) -> _classes.ManagedServicesAttestationPayload:
    if not wire:
        _classes.ManagedServicesAttestationPayload._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ManagedServicesAttestationPayload)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("legalEntityName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "legalEntityName")
    fields.legal_entity_name = value
    value = get("relationshipIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "relationshipIdentifier")
    fields.relationship_identifier = value
    value = get("programManagementAccountIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(
            _serde.dec_str, value, wire, "programManagementAccountIdentifier"
        )
    fields.program_management_account_identifier = value
    value = get("signatoryName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "signatoryName")
    fields.signatory_name = value
    value = get("signatoryEmail")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "signatoryEmail")
    fields.signatory_email = value
    member = ""
    try:
        member = "memberAccountIds"
        value = get("memberAccountIds")
        fields.member_account_ids = (
            None if value is None else _decode_MemberAccountIdList(value, wire)
        )
        member = "endDate"
        value = get("endDate")
        fields.end_date = None if value is None else _serde.dec_timestamp(value, wire)
        member = "supportedServices"
        value = get("supportedServices")
        fields.supported_services = (
            None if value is None else _decode_ManagedServicesSupportedServiceList(value, wire)
        )
        member = "legalEntityAddress"
        value = get("legalEntityAddress")
        fields.legal_entity_address = None if value is None else _decode_Address(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ChannelContractPayload(union: _Any, wire: bool) -> _Any:
    if not isinstance(union, _classes.ChannelContractPayload):
        raise _serde.wrong_shape(_classes.ChannelContractPayload, union)
    return union._encode(wire)  # the variant's


def _decode_ChannelContractPayload(data: _Any, wire: bool) -> _classes.ChannelContractPayload:
    tag, value = _classes.ChannelContractPayload._single_item(data)
    try:
        if tag == "managedServicesAttestationPayload":
            return _classes.ChannelContractPayloadManagedServicesAttestationPayload(
                _decode_ManagedServicesAttestationPayload(value, wire)
            )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, tag) from None
    if not wire:
        _classes.ChannelContractPayload._check_keys(data)
    return _classes.ChannelContractPayloadUnknown(tag, value)


def _encode_ChannelContractPayloadManagedServicesAttestationPayload(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {
            "managedServicesAttestationPayload": _encode_ManagedServicesAttestationPayload(
                variant.value, wire
            )
        }
    except _ParamValidationError as error:
        raise error.nested("managedServicesAttestationPayload") from None


_bind_codec(
    _classes.CreateChannelContractDetail,
    _encode_CreateChannelContractDetail,
    _decode_CreateChannelContractDetail,
)
_bind_codec(
    _classes.CreateChannelContractRequest,
    _encode_CreateChannelContractRequest,
    _decode_CreateChannelContractRequest,
)
_bind_codec(
    _classes.CreateChannelContractResponse,
    _encode_CreateChannelContractResponse,
    _decode_CreateChannelContractResponse,
)
_bind_codec(
    _classes.ManagedServicesAttestationPayload,
    _encode_ManagedServicesAttestationPayload,
    _decode_ManagedServicesAttestationPayload,
)
_bind_codec(_classes.ChannelContractPayload, decode=_decode_ChannelContractPayload)
_bind_codec(
    _classes.ChannelContractPayloadManagedServicesAttestationPayload,
    _encode_ChannelContractPayloadManagedServicesAttestationPayload,
)
