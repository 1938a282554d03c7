"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_engagement_context_payload.py``

``_encode_<Shape>(value, wire)`` gives the JSON value of a shape and
``_decode_<Shape>(data, wire)`` reads one (``wire`` False: the boto3-style dict of
``to_dict()`` and ``from_dict()``). The last lines bind them to the classes.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.exceptions import ParamValidationError as _ParamValidationError
from typed_aws_runtime.model.structure import bind_codec as _bind_codec
from typed_aws_runtime.protocols import serde as _serde
from typed_aws_runtime.protocols.serde import missing as _missing

from ...shapes import _engagement_context_payload as _classes
from ._account_customer import (
    _decode_AccountCustomer,
    _encode_AccountCustomer,
)
from ._customer_projects_context import (
    _decode_CustomerProjectsContext,
    _decode_LeadCustomer,
    _decode_LeadInteractionList,
    _decode_ProspectingResult,
    _encode_CustomerProjectsContext,
    _encode_LeadCustomer,
    _encode_LeadInteractionList,
    _encode_ProspectingResult,
)
from ._lead_insights import (
    _decode_LeadInsights,
    _encode_LeadInsights,
)


def _encode_CustomerAccountContext(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CustomerAccountContext):
        raise _serde.wrong_shape(_classes.CustomerAccountContext, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "AccountIdentifier"
        value = shape.account_identifier
        if value is not None:
            out["AccountIdentifier"] = _serde.enc_str(value, wire)
        member = "Customer"
        value = shape.customer
        if value is not None:
            out["Customer"] = _encode_AccountCustomer(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CustomerAccountContext(data: _Any, wire: bool) -> _classes.CustomerAccountContext:
    if not wire:
        _classes.CustomerAccountContext._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CustomerAccountContext)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("AccountIdentifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "AccountIdentifier")
    fields.account_identifier = value
    member = ""
    try:
        member = "Customer"
        value = get("Customer")
        fields.customer = None if value is None else _decode_AccountCustomer(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_LeadContext(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.LeadContext):
        raise _serde.wrong_shape(_classes.LeadContext, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Insights"
        value = shape.insights
        if value is not None:
            out["Insights"] = _encode_LeadInsights(value, wire)
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
        member = "Interactions"
        value = shape.interactions
        if value is not None:
            out["Interactions"] = _encode_LeadInteractionList(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_LeadContext(data: _Any, wire: bool) -> _classes.LeadContext:
    if not wire:
        _classes.LeadContext._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.LeadContext)
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
        member = "Insights"
        value = get("Insights")
        fields.insights = None if value is None else _decode_LeadInsights(value, wire)
        member = "Customer"
        value = get("Customer")
        fields.customer = None if value is None else _decode_LeadCustomer(value, wire)
        member = "Interactions"
        value = get("Interactions")
        fields.interactions = None if value is None else _decode_LeadInteractionList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_EngagementContextPayload(union: _Any, wire: bool) -> _Any:
    if not isinstance(union, _classes.EngagementContextPayload):
        raise _serde.wrong_shape(_classes.EngagementContextPayload, union)
    return union._encode(wire)  # the variant's


def _decode_EngagementContextPayload(data: _Any, wire: bool) -> _classes.EngagementContextPayload:
    tag, value = _classes.EngagementContextPayload._single_item(data)
    try:
        if tag == "CustomerProject":
            return _classes.EngagementContextPayloadCustomerProject(
                _decode_CustomerProjectsContext(value, wire)
            )
        if tag == "Lead":
            return _classes.EngagementContextPayloadLead(_decode_LeadContext(value, wire))
        if tag == "ProspectingResult":
            return _classes.EngagementContextPayloadProspectingResult(
                _decode_ProspectingResult(value, wire)
            )
        if tag == "CustomerAccount":
            return _classes.EngagementContextPayloadCustomerAccount(
                _decode_CustomerAccountContext(value, wire)
            )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, tag) from None
    if not wire:
        _classes.EngagementContextPayload._check_keys(data)
    return _classes.EngagementContextPayloadUnknown(tag, value)


def _encode_EngagementContextPayloadCustomerProject(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"CustomerProject": _encode_CustomerProjectsContext(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("CustomerProject") from None


def _encode_EngagementContextPayloadLead(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"Lead": _encode_LeadContext(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("Lead") from None


def _encode_EngagementContextPayloadProspectingResult(
    variant: _Any, wire: bool
) -> dict[str, _Any]:
    try:
        return {"ProspectingResult": _encode_ProspectingResult(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("ProspectingResult") from None


def _encode_EngagementContextPayloadCustomerAccount(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"CustomerAccount": _encode_CustomerAccountContext(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("CustomerAccount") from None


_bind_codec(
    _classes.CustomerAccountContext, _encode_CustomerAccountContext, _decode_CustomerAccountContext
)
_bind_codec(_classes.LeadContext, _encode_LeadContext, _decode_LeadContext)
_bind_codec(_classes.EngagementContextPayload, decode=_decode_EngagementContextPayload)
_bind_codec(
    _classes.EngagementContextPayloadCustomerProject,
    _encode_EngagementContextPayloadCustomerProject,
)
_bind_codec(_classes.EngagementContextPayloadLead, _encode_EngagementContextPayloadLead)
_bind_codec(
    _classes.EngagementContextPayloadProspectingResult,
    _encode_EngagementContextPayloadProspectingResult,
)
_bind_codec(
    _classes.EngagementContextPayloadCustomerAccount,
    _encode_EngagementContextPayloadCustomerAccount,
)
