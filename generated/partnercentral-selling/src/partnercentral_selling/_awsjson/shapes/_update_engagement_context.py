"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_update_engagement_context.py``

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
from ...shapes import _update_engagement_context as _classes
from ._customer_projects_context import (
    _decode_CustomerProjectsContext,
    _decode_LeadCustomer,
    _decode_LeadInteraction,
    _decode_ProspectingResult,
    _encode_CustomerProjectsContext,
    _encode_LeadCustomer,
    _encode_LeadInteraction,
    _encode_ProspectingResult,
)
from ._lead_insights import (
    _decode_LeadInsights,
    _encode_LeadInsights,
)

_lookup_EngagementContextType = _enum_lookup(
    globals(), "_lookup_EngagementContextType", _enums, "EngagementContextType"
)


def _encode_UpdateEngagementContextRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.UpdateEngagementContextRequest):
        raise _serde.wrong_shape(_classes.UpdateEngagementContextRequest, shape)
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
        member = "EngagementIdentifier"
        value = shape.engagement_identifier
        if value is not None:
            out["EngagementIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ContextIdentifier"
        value = shape.context_identifier
        if value is not None:
            out["ContextIdentifier"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "EngagementLastModifiedAt"
        value = shape.engagement_last_modified_at
        if value is not None:
            out["EngagementLastModifiedAt"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "Type"
        value = shape.type
        if value is not None:
            out["Type"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Payload"
        value = shape.payload
        if value is not None:
            out["Payload"] = _encode_UpdateEngagementContextPayload(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_UpdateEngagementContextRequest(
    data: _Any, wire: bool
) -> _classes.UpdateEngagementContextRequest:
    if not wire:
        _classes.UpdateEngagementContextRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.UpdateEngagementContextRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("EngagementIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EngagementIdentifier")
    fields.engagement_identifier = value
    value = get("ContextIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ContextIdentifier")
    fields.context_identifier = value
    member = ""
    try:
        member = "EngagementLastModifiedAt"
        value = get("EngagementLastModifiedAt")
        fields.engagement_last_modified_at = (
            None if value is None else _serde.dec_timestamp(value, wire)
        )
        member = "Type"
        value = get("Type")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.type = None if value is None else _lookup_EngagementContextType(value, value)
        member = "Payload"
        value = get("Payload")
        fields.payload = (
            None if value is None else _decode_UpdateEngagementContextPayload(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_UpdateEngagementContextResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.UpdateEngagementContextResponse):
        raise _serde.wrong_shape(_classes.UpdateEngagementContextResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "EngagementId"
        value = shape.engagement_id
        if value is not None:
            out["EngagementId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "EngagementArn"
        value = shape.engagement_arn
        if value is not None:
            out["EngagementArn"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "EngagementLastModifiedAt"
        value = shape.engagement_last_modified_at
        if value is not None:
            out["EngagementLastModifiedAt"] = _serde.enc_iso8601(value, wire)
        elif wire:
            raise _missing("")
        member = "ContextId"
        value = shape.context_id
        if value is not None:
            out["ContextId"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_UpdateEngagementContextResponse(
    data: _Any, wire: bool
) -> _classes.UpdateEngagementContextResponse:
    if not wire:
        _classes.UpdateEngagementContextResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.UpdateEngagementContextResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("EngagementId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EngagementId")
    fields.engagement_id = value
    value = get("EngagementArn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "EngagementArn")
    fields.engagement_arn = value
    value = get("ContextId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ContextId")
    fields.context_id = value
    member = ""
    try:
        member = "EngagementLastModifiedAt"
        value = get("EngagementLastModifiedAt")
        fields.engagement_last_modified_at = (
            None if value is None else _serde.dec_timestamp(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_UpdateLeadContext(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.UpdateLeadContext):
        raise _serde.wrong_shape(_classes.UpdateLeadContext, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "QualificationStatus"
        value = shape.qualification_status
        if value is not None:
            out["QualificationStatus"] = _serde.enc_str(value, wire)
        member = "Customer"
        value = shape.customer
        if value is not None:
            out["Customer"] = _encode_LeadCustomer(value, wire)
        elif wire:
            raise _missing("")
        member = "Interaction"
        value = shape.interaction
        if value is not None:
            out["Interaction"] = _encode_LeadInteraction(value, wire)
        member = "Insights"
        value = shape.insights
        if value is not None:
            out["Insights"] = _encode_LeadInsights(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_UpdateLeadContext(data: _Any, wire: bool) -> _classes.UpdateLeadContext:
    if not wire:
        _classes.UpdateLeadContext._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.UpdateLeadContext)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("QualificationStatus")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "QualificationStatus")
    fields.qualification_status = value
    member = ""
    try:
        member = "Customer"
        value = get("Customer")
        fields.customer = None if value is None else _decode_LeadCustomer(value, wire)
        member = "Interaction"
        value = get("Interaction")
        fields.interaction = None if value is None else _decode_LeadInteraction(value, wire)
        member = "Insights"
        value = get("Insights")
        fields.insights = None if value is None else _decode_LeadInsights(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_UpdateEngagementContextPayload(union: _Any, wire: bool) -> _Any:
    if not isinstance(union, _classes.UpdateEngagementContextPayload):
        raise _serde.wrong_shape(_classes.UpdateEngagementContextPayload, union)
    return union._encode(wire)  # the variant's


def _decode_UpdateEngagementContextPayload(
    data: _Any, wire: bool
) -> _classes.UpdateEngagementContextPayload:
    tag, value = _classes.UpdateEngagementContextPayload._single_item(data)
    try:
        if tag == "Lead":
            return _classes.UpdateEngagementContextPayloadLead(
                _decode_UpdateLeadContext(value, wire)
            )
        if tag == "CustomerProject":
            return _classes.UpdateEngagementContextPayloadCustomerProject(
                _decode_CustomerProjectsContext(value, wire)
            )
        if tag == "ProspectingResult":
            return _classes.UpdateEngagementContextPayloadProspectingResult(
                _decode_ProspectingResult(value, wire)
            )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, tag) from None
    if not wire:
        _classes.UpdateEngagementContextPayload._check_keys(data)
    return _classes.UpdateEngagementContextPayloadUnknown(tag, value)


def _encode_UpdateEngagementContextPayloadLead(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"Lead": _encode_UpdateLeadContext(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("Lead") from None


def _encode_UpdateEngagementContextPayloadCustomerProject(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {"CustomerProject": _encode_CustomerProjectsContext(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("CustomerProject") from None


def _encode_UpdateEngagementContextPayloadProspectingResult(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {"ProspectingResult": _encode_ProspectingResult(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("ProspectingResult") from None


_bind_codec(
    _classes.UpdateEngagementContextRequest,
    _encode_UpdateEngagementContextRequest,
    _decode_UpdateEngagementContextRequest,
)
_bind_codec(
    _classes.UpdateEngagementContextResponse,
    _encode_UpdateEngagementContextResponse,
    _decode_UpdateEngagementContextResponse,
)
_bind_codec(_classes.UpdateLeadContext, _encode_UpdateLeadContext, _decode_UpdateLeadContext)
_bind_codec(_classes.UpdateEngagementContextPayload, decode=_decode_UpdateEngagementContextPayload)
_bind_codec(
    _classes.UpdateEngagementContextPayloadLead, _encode_UpdateEngagementContextPayloadLead
)
_bind_codec(
    _classes.UpdateEngagementContextPayloadCustomerProject,
    _encode_UpdateEngagementContextPayloadCustomerProject,
)
_bind_codec(
    _classes.UpdateEngagementContextPayloadProspectingResult,
    _encode_UpdateEngagementContextPayloadProspectingResult,
)
