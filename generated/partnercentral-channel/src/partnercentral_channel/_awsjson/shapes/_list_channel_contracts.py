"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_list_channel_contracts.py``

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
from ...shapes import _list_channel_contracts as _classes
from ..plain import (
    _decode_ChannelContractLegalEntityNameFilterList,
    _decode_ChannelContractStatusFilterList,
    _decode_ManagedServicesSupportedServiceList,
    _decode_MemberAccountIdList,
    _decode_RelationshipIdentifierFilterList,
    _encode_ChannelContractLegalEntityNameFilterList,
    _encode_ChannelContractStatusFilterList,
    _encode_ManagedServicesSupportedServiceList,
    _encode_MemberAccountIdList,
    _encode_RelationshipIdentifierFilterList,
)

_lookup_ChannelContractStatus = _enum_lookup(
    globals(), "_lookup_ChannelContractStatus", _enums, "ChannelContractStatus"
)
_lookup_ChannelContractType = _enum_lookup(
    globals(), "_lookup_ChannelContractType", _enums, "ChannelContractType"
)
_lookup_ManagedServicesAttestationTypeSortName = _enum_lookup(
    globals(),
    "_lookup_ManagedServicesAttestationTypeSortName",
    _enums,
    "ManagedServicesAttestationTypeSortName",
)
_lookup_SortOrder = _enum_lookup(globals(), "_lookup_SortOrder", _enums, "SortOrder")


def _encode_ChannelContractSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ChannelContractSummary):
        raise _serde.wrong_shape(_classes.ChannelContractSummary, shape)
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
        member = "details"
        value = shape.details
        if value is not None:
            out["details"] = _encode_ChannelContractSummaryDetails(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ChannelContractSummary(data: _Any, wire: bool) -> _classes.ChannelContractSummary:
    if not wire:
        _classes.ChannelContractSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ChannelContractSummary)
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
        fields.details = (
            None if value is None else _decode_ChannelContractSummaryDetails(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListChannelContractsRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListChannelContractsRequest):
        raise _serde.wrong_shape(_classes.ListChannelContractsRequest, shape)
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
        member = "contractType"
        value = shape.contract_type
        if value is not None:
            out["contractType"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "statuses"
        value = shape.statuses
        if value is not None:
            out["statuses"] = _encode_ChannelContractStatusFilterList(value, wire)
        member = "contractTypeFilters"
        value = shape.contract_type_filters
        if value is not None:
            out["contractTypeFilters"] = _encode_ListChannelContractsTypeFilters(value, wire)
        member = "contractTypeSort"
        value = shape.contract_type_sort
        if value is not None:
            out["contractTypeSort"] = _encode_ListChannelContractsTypeSort(value, wire)
        member = "maxResults"
        value = shape.max_results
        if value is not None:
            out["maxResults"] = _serde.enc_int(value, wire)
        member = "nextToken"
        value = shape.next_token
        if value is not None:
            out["nextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListChannelContractsRequest(
    data: _Any, wire: bool
) -> _classes.ListChannelContractsRequest:
    if not wire:
        _classes.ListChannelContractsRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListChannelContractsRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "catalog")
    fields.catalog = value
    value = get("maxResults")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "maxResults")
    fields.max_results = value
    value = get("nextToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "nextToken")
    fields.next_token = value
    member = ""
    try:
        member = "contractType"
        value = get("contractType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.contract_type = None if value is None else _lookup_ChannelContractType(value, value)
        member = "statuses"
        value = get("statuses")
        fields.statuses = (
            None if value is None else _decode_ChannelContractStatusFilterList(value, wire)
        )
        member = "contractTypeFilters"
        value = get("contractTypeFilters")
        fields.contract_type_filters = (
            None if value is None else _decode_ListChannelContractsTypeFilters(value, wire)
        )
        member = "contractTypeSort"
        value = get("contractTypeSort")
        fields.contract_type_sort = (
            None if value is None else _decode_ListChannelContractsTypeSort(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListChannelContractsResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListChannelContractsResponse):
        raise _serde.wrong_shape(_classes.ListChannelContractsResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "items"
        value = shape.items
        if value is not None:
            out["items"] = _encode_ChannelContractSummaries(value, wire)
        elif wire:
            raise _missing("")
        member = "nextToken"
        value = shape.next_token
        if value is not None:
            out["nextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListChannelContractsResponse(
    data: _Any, wire: bool
) -> _classes.ListChannelContractsResponse:
    if not wire:
        _classes.ListChannelContractsResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListChannelContractsResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("nextToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "nextToken")
    fields.next_token = value
    member = ""
    try:
        member = "items"
        value = get("items")
        fields.items = None if value is None else _decode_ChannelContractSummaries(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ManagedServicesAttestationSummaryDetails(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ManagedServicesAttestationSummaryDetails):
        raise _serde.wrong_shape(_classes.ManagedServicesAttestationSummaryDetails, shape)
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
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ManagedServicesAttestationSummaryDetails(
    data: _Any, wire: bool
) -> _classes.ManagedServicesAttestationSummaryDetails:
    if not wire:
        _classes.ManagedServicesAttestationSummaryDetails._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ManagedServicesAttestationSummaryDetails)
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
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ManagedServicesAttestationTypeFilters(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ManagedServicesAttestationTypeFilters):
        raise _serde.wrong_shape(_classes.ManagedServicesAttestationTypeFilters, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "relationshipIdentifiers"
        value = shape.relationship_identifiers
        if value is not None:
            out["relationshipIdentifiers"] = _encode_RelationshipIdentifierFilterList(value, wire)
        member = "legalEntityNames"
        value = shape.legal_entity_names
        if value is not None:
            out["legalEntityNames"] = _encode_ChannelContractLegalEntityNameFilterList(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ManagedServicesAttestationTypeFilters(
    data: _Any, wire: bool
) -> _classes.ManagedServicesAttestationTypeFilters:
    if not wire:
        _classes.ManagedServicesAttestationTypeFilters._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ManagedServicesAttestationTypeFilters)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "relationshipIdentifiers"
        value = get("relationshipIdentifiers")
        fields.relationship_identifiers = (
            None if value is None else _decode_RelationshipIdentifierFilterList(value, wire)
        )
        member = "legalEntityNames"
        value = get("legalEntityNames")
        fields.legal_entity_names = (
            None
            if value is None
            else _decode_ChannelContractLegalEntityNameFilterList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ManagedServicesAttestationTypeSort(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ManagedServicesAttestationTypeSort):
        raise _serde.wrong_shape(_classes.ManagedServicesAttestationTypeSort, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "sortOrder"
        value = shape.sort_order
        if value is not None:
            out["sortOrder"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "sortBy"
        value = shape.sort_by
        if value is not None:
            out["sortBy"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ManagedServicesAttestationTypeSort(
    data: _Any, wire: bool
) -> _classes.ManagedServicesAttestationTypeSort:
    if not wire:
        _classes.ManagedServicesAttestationTypeSort._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ManagedServicesAttestationTypeSort)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "sortOrder"
        value = get("sortOrder")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_order = None if value is None else _lookup_SortOrder(value, value)
        member = "sortBy"
        value = get("sortBy")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.sort_by = (
            None if value is None else _lookup_ManagedServicesAttestationTypeSortName(value, value)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ChannelContractSummaryDetails(union: _Any, wire: bool) -> _Any:
    if not isinstance(union, _classes.ChannelContractSummaryDetails):
        raise _serde.wrong_shape(_classes.ChannelContractSummaryDetails, union)
    return union._encode(wire)  # the variant's


def _decode_ChannelContractSummaryDetails(
    data: _Any, wire: bool
) -> _classes.ChannelContractSummaryDetails:
    tag, value = _classes.ChannelContractSummaryDetails._single_item(data)
    try:
        if tag == "managedServicesAttestationDetails":
            return _classes.ChannelContractSummaryDetailsManagedServicesAttestationDetails(
                _decode_ManagedServicesAttestationSummaryDetails(value, wire)
            )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, tag) from None
    if not wire:
        _classes.ChannelContractSummaryDetails._check_keys(data)
    return _classes.ChannelContractSummaryDetailsUnknown(tag, value)


def _encode_ChannelContractSummaryDetailsManagedServicesAttestationDetails(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {
            "managedServicesAttestationDetails": _encode_ManagedServicesAttestationSummaryDetails(
                variant.value, wire
            )
        }
    except _ParamValidationError as error:
        raise error.nested("managedServicesAttestationDetails") from None


def _encode_ListChannelContractsTypeFilters(union: _Any, wire: bool) -> _Any:
    if not isinstance(union, _classes.ListChannelContractsTypeFilters):
        raise _serde.wrong_shape(_classes.ListChannelContractsTypeFilters, union)
    return union._encode(wire)  # the variant's


def _decode_ListChannelContractsTypeFilters(
    data: _Any, wire: bool
) -> _classes.ListChannelContractsTypeFilters:
    tag, value = _classes.ListChannelContractsTypeFilters._single_item(data)
    try:
        if tag == "managedServicesAttestationTypeFilters":
            return _classes.ListChannelContractsTypeFiltersManagedServicesAttestationTypeFilters(
                _decode_ManagedServicesAttestationTypeFilters(value, wire)
            )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, tag) from None
    if not wire:
        _classes.ListChannelContractsTypeFilters._check_keys(data)
    return _classes.ListChannelContractsTypeFiltersUnknown(tag, value)


def _encode_ListChannelContractsTypeFiltersManagedServicesAttestationTypeFilters(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {
            "managedServicesAttestationTypeFilters": _encode_ManagedServicesAttestationTypeFilters(
                variant.value, wire
            )
        }
    except _ParamValidationError as error:
        raise error.nested("managedServicesAttestationTypeFilters") from None


def _encode_ListChannelContractsTypeSort(union: _Any, wire: bool) -> _Any:
    if not isinstance(union, _classes.ListChannelContractsTypeSort):
        raise _serde.wrong_shape(_classes.ListChannelContractsTypeSort, union)
    return union._encode(wire)  # the variant's


def _decode_ListChannelContractsTypeSort(
    data: _Any, wire: bool
) -> _classes.ListChannelContractsTypeSort:
    tag, value = _classes.ListChannelContractsTypeSort._single_item(data)
    try:
        if tag == "managedServicesAttestationTypeSort":
            return _classes.ListChannelContractsTypeSortManagedServicesAttestationTypeSort(
                _decode_ManagedServicesAttestationTypeSort(value, wire)
            )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, tag) from None
    if not wire:
        _classes.ListChannelContractsTypeSort._check_keys(data)
    return _classes.ListChannelContractsTypeSortUnknown(tag, value)


def _encode_ListChannelContractsTypeSortManagedServicesAttestationTypeSort(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {
            "managedServicesAttestationTypeSort": _encode_ManagedServicesAttestationTypeSort(
                variant.value, wire
            )
        }
    except _ParamValidationError as error:
        raise error.nested("managedServicesAttestationTypeSort") from None


def _encode_ChannelContractSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_ChannelContractSummary)


def _decode_ChannelContractSummaries(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_ChannelContractSummary)


_bind_codec(
    _classes.ChannelContractSummary, _encode_ChannelContractSummary, _decode_ChannelContractSummary
)
_bind_codec(
    _classes.ListChannelContractsRequest,
    _encode_ListChannelContractsRequest,
    _decode_ListChannelContractsRequest,
)
_bind_codec(
    _classes.ListChannelContractsResponse,
    _encode_ListChannelContractsResponse,
    _decode_ListChannelContractsResponse,
)
_bind_codec(
    _classes.ManagedServicesAttestationSummaryDetails,
    _encode_ManagedServicesAttestationSummaryDetails,
    _decode_ManagedServicesAttestationSummaryDetails,
)
_bind_codec(
    _classes.ManagedServicesAttestationTypeFilters,
    _encode_ManagedServicesAttestationTypeFilters,
    _decode_ManagedServicesAttestationTypeFilters,
)
_bind_codec(
    _classes.ManagedServicesAttestationTypeSort,
    _encode_ManagedServicesAttestationTypeSort,
    _decode_ManagedServicesAttestationTypeSort,
)
_bind_codec(_classes.ChannelContractSummaryDetails, decode=_decode_ChannelContractSummaryDetails)
_bind_codec(
    _classes.ChannelContractSummaryDetailsManagedServicesAttestationDetails,
    _encode_ChannelContractSummaryDetailsManagedServicesAttestationDetails,
)
_bind_codec(
    _classes.ListChannelContractsTypeFilters, decode=_decode_ListChannelContractsTypeFilters
)
_bind_codec(
    _classes.ListChannelContractsTypeFiltersManagedServicesAttestationTypeFilters,
    _encode_ListChannelContractsTypeFiltersManagedServicesAttestationTypeFilters,
)
_bind_codec(_classes.ListChannelContractsTypeSort, decode=_decode_ListChannelContractsTypeSort)
_bind_codec(
    _classes.ListChannelContractsTypeSortManagedServicesAttestationTypeSort,
    _encode_ListChannelContractsTypeSortManagedServicesAttestationTypeSort,
)
