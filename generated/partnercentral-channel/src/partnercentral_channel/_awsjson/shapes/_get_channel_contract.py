"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_get_channel_contract.py``

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
from ...shapes import _get_channel_contract as _classes
from ._address import (
    _decode_Address,
    _encode_Address,
)
from ..plain import (
    _decode_ManagedServicesSupportedServiceList,
    _decode_MemberAccountIdList,
    _encode_ManagedServicesSupportedServiceList,
    _encode_MemberAccountIdList,
)

_lookup_ChannelContractStatus = _enum_lookup(
    globals(), "_lookup_ChannelContractStatus", _enums, "ChannelContractStatus"
)
_lookup_ChannelContractType = _enum_lookup(
    globals(), "_lookup_ChannelContractType", _enums, "ChannelContractType"
)


def _encode_ChannelContractDetail(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ChannelContractDetail):
        raise _serde.wrong_shape(_classes.ChannelContractDetail, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "id"
        value = shape.id
        if value is not None:
            out["id"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "arn"
        value = shape.arn
        if value is not None:
            out["arn"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "catalog"
        value = shape.catalog
        if value is not None:
            out["catalog"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "contractType"
        value = shape.contract_type
        if value is not None:
            out["contractType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "status"
        value = shape.status
        if value is not None:
            out["status"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "createdAt"
        value = shape.created_at
        if value is not None:
            out["createdAt"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "updatedAt"
        value = shape.updated_at
        if value is not None:
            out["updatedAt"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "respondedAt"
        value = shape.responded_at
        if value is not None:
            out["respondedAt"] = _serde.enc_iso8601(value, wire)
        member = "cancellationReason"
        value = shape.cancellation_reason
        if value is not None:
            out["cancellationReason"] = _serde.enc_str(value, wire)
        member = "details"
        value = shape.details
        if value is not None:
            out["details"] = _encode_ChannelContractDetails(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ChannelContractDetail(data: _Any, wire: bool) -> _classes.ChannelContractDetail:
    if not wire:
        _classes.ChannelContractDetail._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ChannelContractDetail)
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
    value = get("catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "catalog")
    fields.catalog = value
    value = get("cancellationReason")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "cancellationReason")
    fields.cancellation_reason = value
    member = ""
    try:
        member = "contractType"
        value = get("contractType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.contract_type = None if value is None else _lookup_ChannelContractType(value, value)
        member = "status"
        value = get("status")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.status = None if value is None else _lookup_ChannelContractStatus(value, value)
        member = "createdAt"
        value = get("createdAt")
        fields.created_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "updatedAt"
        value = get("updatedAt")
        fields.updated_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "respondedAt"
        value = get("respondedAt")
        fields.responded_at = None if value is None else _serde.dec_timestamp(value, wire)
        member = "details"
        value = get("details")
        fields.details = None if value is None else _decode_ChannelContractDetails(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_GetChannelContractRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetChannelContractRequest):
        raise _serde.wrong_shape(_classes.GetChannelContractRequest, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "catalog"
        value = shape.catalog
        if value is not None:
            out["catalog"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "identifier"
        value = shape.identifier
        if value is not None:
            out["identifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetChannelContractRequest(
    data: _Any, wire: bool
) -> _classes.GetChannelContractRequest:
    if not wire:
        _classes.GetChannelContractRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetChannelContractRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "catalog")
    fields.catalog = value
    value = get("identifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "identifier")
    fields.identifier = value
    return shape


def _encode_GetChannelContractResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.GetChannelContractResponse):
        raise _serde.wrong_shape(_classes.GetChannelContractResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "channelContractDetail"
        value = shape.channel_contract_detail
        if value is not None:
            out["channelContractDetail"] = _encode_ChannelContractDetail(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_GetChannelContractResponse(
    data: _Any, wire: bool
) -> _classes.GetChannelContractResponse:
    if not wire:
        _classes.GetChannelContractResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.GetChannelContractResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "channelContractDetail"
        value = get("channelContractDetail")
        fields.channel_contract_detail = (
            None if value is None else _decode_ChannelContractDetail(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ManagedServicesAttestationDetails(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ManagedServicesAttestationDetails):
        raise _serde.wrong_shape(_classes.ManagedServicesAttestationDetails, shape)
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
        member = "legalEntityAddress"
        value = shape.legal_entity_address
        if value is not None:
            out["legalEntityAddress"] = _encode_Address(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ManagedServicesAttestationDetails(
    data: _Any, wire: bool
) -> _classes.ManagedServicesAttestationDetails:
    if not wire:
        _classes.ManagedServicesAttestationDetails._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ManagedServicesAttestationDetails)
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


def _encode_ChannelContractDetails(union: _Any, wire: bool) -> _Any:
    if not isinstance(union, _classes.ChannelContractDetails):
        raise _serde.wrong_shape(_classes.ChannelContractDetails, union)
    return union._encode(wire)  # the variant's


def _decode_ChannelContractDetails(data: _Any, wire: bool) -> _classes.ChannelContractDetails:
    tag, value = _classes.ChannelContractDetails._single_item(data)
    try:
        if tag == "managedServicesAttestationDetails":
            return _classes.ChannelContractDetailsManagedServicesAttestationDetails(
                _decode_ManagedServicesAttestationDetails(value, wire)
            )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, tag) from None
    if not wire:
        _classes.ChannelContractDetails._check_keys(data)
    return _classes.ChannelContractDetailsUnknown(tag, value)


def _encode_ChannelContractDetailsManagedServicesAttestationDetails(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {
            "managedServicesAttestationDetails": _encode_ManagedServicesAttestationDetails(
                variant.value, wire
            )
        }
    except _ParamValidationError as error:
        raise error.nested("managedServicesAttestationDetails") from None


_bind_codec(
    _classes.ChannelContractDetail, _encode_ChannelContractDetail, _decode_ChannelContractDetail
)
_bind_codec(
    _classes.GetChannelContractRequest,
    _encode_GetChannelContractRequest,
    _decode_GetChannelContractRequest,
)
_bind_codec(
    _classes.GetChannelContractResponse,
    _encode_GetChannelContractResponse,
    _decode_GetChannelContractResponse,
)
_bind_codec(
    _classes.ManagedServicesAttestationDetails,
    _encode_ManagedServicesAttestationDetails,
    _decode_ManagedServicesAttestationDetails,
)
_bind_codec(_classes.ChannelContractDetails, decode=_decode_ChannelContractDetails)
_bind_codec(
    _classes.ChannelContractDetailsManagedServicesAttestationDetails,
    _encode_ChannelContractDetailsManagedServicesAttestationDetails,
)
