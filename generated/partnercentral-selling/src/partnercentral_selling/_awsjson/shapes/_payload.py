"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_payload.py``

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
from ...shapes import _payload as _classes
from ._account_customer import (
    _decode_AccountCustomer,
    _encode_AccountCustomer,
)
from ._engagement_customer import (
    _decode_EngagementCustomer,
    _encode_EngagementCustomer,
)
from ._expected_customer_spend import (
    _decode_ExpectedCustomerSpendList,
    _encode_ExpectedCustomerSpendList,
)
from ..plain import (
    _decode_ReceiverResponsibilityList,
    _encode_ReceiverResponsibilityList,
)

_lookup_ContactWindow = _enum_lookup(globals(), "_lookup_ContactWindow", _enums, "ContactWindow")
_lookup_OpportunityType = _enum_lookup(
    globals(), "_lookup_OpportunityType", _enums, "OpportunityType"
)


def _encode_AccountPlanningInvitationPayload(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.AccountPlanningInvitationPayload):
        raise _serde.wrong_shape(_classes.AccountPlanningInvitationPayload, shape)
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
        member = "SenderContacts"
        value = shape.sender_contacts
        if value is not None:
            out["SenderContacts"] = _encode_SenderContactList(value, wire)
        member = "PreferredContact"
        value = shape.preferred_contact
        if value is not None:
            out["PreferredContact"] = _encode_PreferredContactWindow(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_AccountPlanningInvitationPayload(
    data: _Any, wire: bool
) -> _classes.AccountPlanningInvitationPayload:
    if not wire:
        _classes.AccountPlanningInvitationPayload._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.AccountPlanningInvitationPayload)
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
        member = "SenderContacts"
        value = get("SenderContacts")
        fields.sender_contacts = None if value is None else _decode_SenderContactList(value, wire)
        member = "PreferredContact"
        value = get("PreferredContact")
        fields.preferred_contact = (
            None if value is None else _decode_PreferredContactWindow(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_LeadInvitationCustomer(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.LeadInvitationCustomer):
        raise _serde.wrong_shape(_classes.LeadInvitationCustomer, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Industry"
        value = shape.industry
        if value is not None:
            out["Industry"] = _serde.enc_str(value, wire)
        member = "CompanyName"
        value = shape.company_name
        if value is not None:
            out["CompanyName"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "WebsiteUrl"
        value = shape.website_url
        if value is not None:
            out["WebsiteUrl"] = _serde.enc_str(value, wire)
        member = "CountryCode"
        value = shape.country_code
        if value is not None:
            out["CountryCode"] = _serde.enc_str(value, wire)
        member = "AwsMaturity"
        value = shape.aws_maturity
        if value is not None:
            out["AwsMaturity"] = _serde.enc_str(value, wire)
        member = "MarketSegment"
        value = shape.market_segment
        if value is not None:
            out["MarketSegment"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_LeadInvitationCustomer(data: _Any, wire: bool) -> _classes.LeadInvitationCustomer:
    if not wire:
        _classes.LeadInvitationCustomer._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.LeadInvitationCustomer)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Industry")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Industry")
    fields.industry = value
    value = get("CompanyName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CompanyName")
    fields.company_name = value
    value = get("WebsiteUrl")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "WebsiteUrl")
    fields.website_url = value
    value = get("CountryCode")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CountryCode")
    fields.country_code = value
    value = get("AwsMaturity")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "AwsMaturity")
    fields.aws_maturity = value
    value = get("MarketSegment")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "MarketSegment")
    fields.market_segment = value
    return shape


def _encode_LeadInvitationInteraction(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.LeadInvitationInteraction):
        raise _serde.wrong_shape(_classes.LeadInvitationInteraction, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "SourceType"
        value = shape.source_type
        if value is not None:
            out["SourceType"] = _serde.enc_str(value, wire)
        member = "SourceId"
        value = shape.source_id
        if value is not None:
            out["SourceId"] = _serde.enc_str(value, wire)
        member = "SourceName"
        value = shape.source_name
        if value is not None:
            out["SourceName"] = _serde.enc_str(value, wire)
        member = "Usecase"
        value = shape.usecase
        if value is not None:
            out["Usecase"] = _serde.enc_str(value, wire)
        member = "ContactBusinessTitle"
        value = shape.contact_business_title
        if value is not None:
            out["ContactBusinessTitle"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_LeadInvitationInteraction(
    data: _Any, wire: bool
) -> _classes.LeadInvitationInteraction:
    if not wire:
        _classes.LeadInvitationInteraction._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.LeadInvitationInteraction)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("SourceType")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "SourceType")
    fields.source_type = value
    value = get("SourceId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "SourceId")
    fields.source_id = value
    value = get("SourceName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "SourceName")
    fields.source_name = value
    value = get("Usecase")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Usecase")
    fields.usecase = value
    value = get("ContactBusinessTitle")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ContactBusinessTitle")
    fields.contact_business_title = value
    return shape


def _encode_LeadInvitationPayload(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.LeadInvitationPayload):
        raise _serde.wrong_shape(_classes.LeadInvitationPayload, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Customer"
        value = shape.customer
        if value is not None:
            out["Customer"] = _encode_LeadInvitationCustomer(value, wire)
        elif wire:
            raise _missing("")
        member = "Interaction"
        value = shape.interaction
        if value is not None:
            out["Interaction"] = _encode_LeadInvitationInteraction(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_LeadInvitationPayload(data: _Any, wire: bool) -> _classes.LeadInvitationPayload:
    if not wire:
        _classes.LeadInvitationPayload._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.LeadInvitationPayload)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "Customer"
        value = get("Customer")
        fields.customer = None if value is None else _decode_LeadInvitationCustomer(value, wire)
        member = "Interaction"
        value = get("Interaction")
        fields.interaction = (
            None if value is None else _decode_LeadInvitationInteraction(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_OpportunityInvitationPayload(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.OpportunityInvitationPayload):
        raise _serde.wrong_shape(_classes.OpportunityInvitationPayload, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "SenderContacts"
        value = shape.sender_contacts
        if value is not None:
            out["SenderContacts"] = _encode_SenderContactList(value, wire)
        member = "ReceiverResponsibilities"
        value = shape.receiver_responsibilities
        if value is not None:
            out["ReceiverResponsibilities"] = _encode_ReceiverResponsibilityList(value, wire)
        elif wire:
            raise _missing("")
        member = "Customer"
        value = shape.customer
        if value is not None:
            out["Customer"] = _encode_EngagementCustomer(value, wire)
        elif wire:
            raise _missing("")
        member = "Project"
        value = shape.project
        if value is not None:
            out["Project"] = _encode_ProjectDetails(value, wire)
        elif wire:
            raise _missing("")
        member = "OpportunityType"
        value = shape.opportunity_type
        if value is not None:
            out["OpportunityType"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_OpportunityInvitationPayload(
    data: _Any, wire: bool
) -> _classes.OpportunityInvitationPayload:
    if not wire:
        _classes.OpportunityInvitationPayload._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.OpportunityInvitationPayload)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "SenderContacts"
        value = get("SenderContacts")
        fields.sender_contacts = None if value is None else _decode_SenderContactList(value, wire)
        member = "ReceiverResponsibilities"
        value = get("ReceiverResponsibilities")
        fields.receiver_responsibilities = (
            None if value is None else _decode_ReceiverResponsibilityList(value, wire)
        )
        member = "Customer"
        value = get("Customer")
        fields.customer = None if value is None else _decode_EngagementCustomer(value, wire)
        member = "Project"
        value = get("Project")
        fields.project = None if value is None else _decode_ProjectDetails(value, wire)
        member = "OpportunityType"
        value = get("OpportunityType")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.opportunity_type = None if value is None else _lookup_OpportunityType(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_PreferredContactWindow(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.PreferredContactWindow):
        raise _serde.wrong_shape(_classes.PreferredContactWindow, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Window"
        value = shape.window
        if value is not None:
            out["Window"] = _serde.enc_str(value, wire)
        member = "Timezone"
        value = shape.timezone
        if value is not None:
            out["Timezone"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_PreferredContactWindow(data: _Any, wire: bool) -> _classes.PreferredContactWindow:
    if not wire:
        _classes.PreferredContactWindow._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.PreferredContactWindow)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Timezone")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Timezone")
    fields.timezone = value
    member = ""
    try:
        member = "Window"
        value = get("Window")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.window = None if value is None else _lookup_ContactWindow(value, value)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ProjectDetails(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ProjectDetails):
        raise _serde.wrong_shape(_classes.ProjectDetails, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "BusinessProblem"
        value = shape.business_problem
        if value is not None:
            out["BusinessProblem"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Title"
        value = shape.title
        if value is not None:
            out["Title"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "TargetCompletionDate"
        value = shape.target_completion_date
        if value is not None:
            out["TargetCompletionDate"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "ExpectedCustomerSpend"
        value = shape.expected_customer_spend
        if value is not None:
            out["ExpectedCustomerSpend"] = _encode_ExpectedCustomerSpendList(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ProjectDetails(data: _Any, wire: bool) -> _classes.ProjectDetails:
    if not wire:
        _classes.ProjectDetails._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ProjectDetails)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("BusinessProblem")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "BusinessProblem")
    fields.business_problem = value
    value = get("Title")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Title")
    fields.title = value
    value = get("TargetCompletionDate")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "TargetCompletionDate")
    fields.target_completion_date = value
    member = ""
    try:
        member = "ExpectedCustomerSpend"
        value = get("ExpectedCustomerSpend")
        fields.expected_customer_spend = (
            None if value is None else _decode_ExpectedCustomerSpendList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_SenderContact(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.SenderContact):
        raise _serde.wrong_shape(_classes.SenderContact, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Email"
        value = shape.email
        if value is not None:
            out["Email"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "FirstName"
        value = shape.first_name
        if value is not None:
            out["FirstName"] = _serde.enc_str(value, wire)
        member = "LastName"
        value = shape.last_name
        if value is not None:
            out["LastName"] = _serde.enc_str(value, wire)
        member = "BusinessTitle"
        value = shape.business_title
        if value is not None:
            out["BusinessTitle"] = _serde.enc_str(value, wire)
        member = "Phone"
        value = shape.phone
        if value is not None:
            out["Phone"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_SenderContact(data: _Any, wire: bool) -> _classes.SenderContact:
    if not wire:
        _classes.SenderContact._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.SenderContact)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Email")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Email")
    fields.email = value
    value = get("FirstName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "FirstName")
    fields.first_name = value
    value = get("LastName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "LastName")
    fields.last_name = value
    value = get("BusinessTitle")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "BusinessTitle")
    fields.business_title = value
    value = get("Phone")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Phone")
    fields.phone = value
    return shape


def _encode_Payload(union: _Any, wire: bool) -> _Any:
    if not isinstance(union, _classes.Payload):
        raise _serde.wrong_shape(_classes.Payload, union)
    return union._encode(wire)  # the variant's


def _decode_Payload(data: _Any, wire: bool) -> _classes.Payload:
    tag, value = _classes.Payload._single_item(data)
    try:
        if tag == "OpportunityInvitation":
            return _classes.PayloadOpportunityInvitation(
                _decode_OpportunityInvitationPayload(value, wire)
            )
        if tag == "LeadInvitation":
            return _classes.PayloadLeadInvitation(_decode_LeadInvitationPayload(value, wire))
        if tag == "AccountPlanningInvitation":
            return _classes.PayloadAccountPlanningInvitation(
                _decode_AccountPlanningInvitationPayload(value, wire)
            )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, tag) from None
    if not wire:
        _classes.Payload._check_keys(data)
    return _classes.PayloadUnknown(tag, value)


def _encode_PayloadOpportunityInvitation(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"OpportunityInvitation": _encode_OpportunityInvitationPayload(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("OpportunityInvitation") from None


def _encode_PayloadLeadInvitation(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {"LeadInvitation": _encode_LeadInvitationPayload(variant.value, wire)}
    except _ParamValidationError as error:
        raise error.nested("LeadInvitation") from None


def _encode_PayloadAccountPlanningInvitation(variant: _Any, wire: bool) -> dict[str, _Any]:
    try:
        return {
            "AccountPlanningInvitation": _encode_AccountPlanningInvitationPayload(
                variant.value, wire
            )
        }
    except _ParamValidationError as error:
        raise error.nested("AccountPlanningInvitation") from None


def _encode_SenderContactList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_SenderContact)


def _decode_SenderContactList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_SenderContact)


_bind_codec(
    _classes.AccountPlanningInvitationPayload,
    _encode_AccountPlanningInvitationPayload,
    _decode_AccountPlanningInvitationPayload,
)
_bind_codec(
    _classes.LeadInvitationCustomer, _encode_LeadInvitationCustomer, _decode_LeadInvitationCustomer
)
_bind_codec(
    _classes.LeadInvitationInteraction,
    _encode_LeadInvitationInteraction,
    _decode_LeadInvitationInteraction,
)
_bind_codec(
    _classes.LeadInvitationPayload, _encode_LeadInvitationPayload, _decode_LeadInvitationPayload
)
_bind_codec(
    _classes.OpportunityInvitationPayload,
    _encode_OpportunityInvitationPayload,
    _decode_OpportunityInvitationPayload,
)
_bind_codec(
    _classes.PreferredContactWindow, _encode_PreferredContactWindow, _decode_PreferredContactWindow
)
_bind_codec(_classes.ProjectDetails, _encode_ProjectDetails, _decode_ProjectDetails)
_bind_codec(_classes.SenderContact, _encode_SenderContact, _decode_SenderContact)
_bind_codec(_classes.Payload, decode=_decode_Payload)
_bind_codec(_classes.PayloadOpportunityInvitation, _encode_PayloadOpportunityInvitation)
_bind_codec(_classes.PayloadLeadInvitation, _encode_PayloadLeadInvitation)
_bind_codec(_classes.PayloadAccountPlanningInvitation, _encode_PayloadAccountPlanningInvitation)
