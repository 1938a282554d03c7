"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_list_engagement_resource_associations.py``

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
from ...shapes import _list_engagement_resource_associations as _classes

_lookup_ResourceType = _enum_lookup(globals(), "_lookup_ResourceType", _enums, "ResourceType")


def _encode_EngagementResourceAssociationSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.EngagementResourceAssociationSummary):
        raise _serde.wrong_shape(_classes.EngagementResourceAssociationSummary, shape)
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
        member = "EngagementId"
        value = shape.engagement_id
        if value is not None:
            out["EngagementId"] = _serde.enc_str(value, wire)
        member = "ResourceType"
        value = shape.resource_type
        if value is not None:
            out["ResourceType"] = _serde.enc_str(value, wire)
        member = "ResourceId"
        value = shape.resource_id
        if value is not None:
            out["ResourceId"] = _serde.enc_str(value, wire)
        member = "CreatedBy"
        value = shape.created_by
        if value is not None:
            out["CreatedBy"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_EngagementResourceAssociationSummary(
    data: _Any, wire: bool
) -> _classes.EngagementResourceAssociationSummary:
    if not wire:
        _classes.EngagementResourceAssociationSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.EngagementResourceAssociationSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("EngagementId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EngagementId")
    fields.engagement_id = value
    value = get("ResourceId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ResourceId")
    fields.resource_id = value
    value = get("CreatedBy")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CreatedBy")
    fields.created_by = value
    member = ""
    try:
        member = "ResourceType"
        value = get("ResourceType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.resource_type = None if value is None else _lookup_ResourceType(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListEngagementResourceAssociationsRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListEngagementResourceAssociationsRequest):
        raise _serde.wrong_shape(_classes.ListEngagementResourceAssociationsRequest, shape)
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
        member = "MaxResults"
        value = shape.max_results
        if value is not None:
            out["MaxResults"] = _serde.enc_int(value, wire)
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
        member = "EngagementIdentifier"
        value = shape.engagement_identifier
        if value is not None:
            out["EngagementIdentifier"] = _serde.enc_str(value, wire)
        member = "ResourceType"
        value = shape.resource_type
        if value is not None:
            out["ResourceType"] = _serde.enc_str(value, wire)
        member = "ResourceIdentifier"
        value = shape.resource_identifier
        if value is not None:
            out["ResourceIdentifier"] = _serde.enc_str(value, wire)
        member = "CreatedBy"
        value = shape.created_by
        if value is not None:
            out["CreatedBy"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListEngagementResourceAssociationsRequest(
    data: _Any, wire: bool
) -> _classes.ListEngagementResourceAssociationsRequest:
    if not wire:
        _classes.ListEngagementResourceAssociationsRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListEngagementResourceAssociationsRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("MaxResults")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "MaxResults")
    fields.max_results = value
    value = get("NextToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "NextToken")
    fields.next_token = value
    value = get("EngagementIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EngagementIdentifier")
    fields.engagement_identifier = value
    value = get("ResourceIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ResourceIdentifier")
    fields.resource_identifier = value
    value = get("CreatedBy")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CreatedBy")
    fields.created_by = value
    member = ""
    try:
        member = "ResourceType"
        value = get("ResourceType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.resource_type = None if value is None else _lookup_ResourceType(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ListEngagementResourceAssociationsResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListEngagementResourceAssociationsResponse):
        raise _serde.wrong_shape(_classes.ListEngagementResourceAssociationsResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "EngagementResourceAssociationSummaries"
        value = shape.engagement_resource_association_summaries
        if value is not None:
            out["EngagementResourceAssociationSummaries"] = (
                _encode_EngagementResourceAssociationSummaryList(value, wire)
            )
        elif wire:
            raise _missing("")
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListEngagementResourceAssociationsResponse(
    data: _Any, wire: bool
) -> _classes.ListEngagementResourceAssociationsResponse:
    if not wire:
        _classes.ListEngagementResourceAssociationsResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListEngagementResourceAssociationsResponse)
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
        member = "EngagementResourceAssociationSummaries"
        value = get("EngagementResourceAssociationSummaries")
        fields.engagement_resource_association_summaries = (
            None
            if value is None
            else _decode_EngagementResourceAssociationSummaryList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_EngagementResourceAssociationSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_EngagementResourceAssociationSummary)


def _decode_EngagementResourceAssociationSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_EngagementResourceAssociationSummary)


_bind_codec(
    _classes.EngagementResourceAssociationSummary,
    _encode_EngagementResourceAssociationSummary,
    _decode_EngagementResourceAssociationSummary,
)
_bind_codec(
    _classes.ListEngagementResourceAssociationsRequest,
    _encode_ListEngagementResourceAssociationsRequest,
    _decode_ListEngagementResourceAssociationsRequest,
)
_bind_codec(
    _classes.ListEngagementResourceAssociationsResponse,
    _encode_ListEngagementResourceAssociationsResponse,
    _decode_ListEngagementResourceAssociationsResponse,
)
