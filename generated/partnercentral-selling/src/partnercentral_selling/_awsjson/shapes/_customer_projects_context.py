"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_customer_projects_context.py``

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

from ...shapes import _customer_projects_context as _classes
from ._engagement_customer import (
    _decode_EngagementCustomer,
    _encode_EngagementCustomer,
)
from ._lead_insights import (
    _decode_ProspectingInsights,
    _decode_ProspectingResultCustomer,
    _encode_ProspectingInsights,
    _encode_ProspectingResultCustomer,
)


def _encode_CustomerProjectsContext(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CustomerProjectsContext):
        raise _serde.wrong_shape(_classes.CustomerProjectsContext, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Customer"
        value = shape.customer
        if value is not None:
            out["Customer"] = _encode_EngagementCustomer(value, wire)
        member = "Project"
        value = shape.project
        if value is not None:
            out["Project"] = _encode_EngagementCustomerProjectDetails(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CustomerProjectsContext(data: _Any, wire: bool) -> _classes.CustomerProjectsContext:
    if not wire:
        _classes.CustomerProjectsContext._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.CustomerProjectsContext)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "Customer"
        value = get("Customer")
        fields.customer = None if value is None else _decode_EngagementCustomer(value, wire)
        member = "Project"
        value = get("Project")
        fields.project = (
            None if value is None else _decode_EngagementCustomerProjectDetails(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_EngagementCustomerProjectDetails(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.EngagementCustomerProjectDetails):
        raise _serde.wrong_shape(_classes.EngagementCustomerProjectDetails, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Title"
        value = shape.title
        if value is not None:
            out["Title"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "BusinessProblem"
        value = shape.business_problem
        if value is not None:
            out["BusinessProblem"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "TargetCompletionDate"
        value = shape.target_completion_date
        if value is not None:
            out["TargetCompletionDate"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_EngagementCustomerProjectDetails(
    data: _Any, wire: bool
) -> _classes.EngagementCustomerProjectDetails:
    if not wire:
        _classes.EngagementCustomerProjectDetails._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.EngagementCustomerProjectDetails)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Title")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Title")
    fields.title = value
    value = get("BusinessProblem")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "BusinessProblem")
    fields.business_problem = value
    value = get("TargetCompletionDate")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "TargetCompletionDate")
    fields.target_completion_date = value
    return shape


def _encode_LeadAddress(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.LeadAddress):
        raise _serde.wrong_shape(_classes.LeadAddress, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "City"
        value = shape.city
        if value is not None:
            out["City"] = _serde.enc_str(value, wire)
        member = "PostalCode"
        value = shape.postal_code
        if value is not None:
            out["PostalCode"] = _serde.enc_str(value, wire)
        member = "StateOrRegion"
        value = shape.state_or_region
        if value is not None:
            out["StateOrRegion"] = _serde.enc_str(value, wire)
        member = "CountryCode"
        value = shape.country_code
        if value is not None:
            out["CountryCode"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_LeadAddress(data: _Any, wire: bool) -> _classes.LeadAddress:
    if not wire:
        _classes.LeadAddress._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.LeadAddress)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("City")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "City")
    fields.city = value
    value = get("PostalCode")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "PostalCode")
    fields.postal_code = value
    value = get("StateOrRegion")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "StateOrRegion")
    fields.state_or_region = value
    value = get("CountryCode")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CountryCode")
    fields.country_code = value
    return shape


def _encode_LeadContact(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.LeadContact):
        raise _serde.wrong_shape(_classes.LeadContact, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "BusinessTitle"
        value = shape.business_title
        if value is not None:
            out["BusinessTitle"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
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
        elif wire:
            raise _missing("")
        member = "LastName"
        value = shape.last_name
        if value is not None:
            out["LastName"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Phone"
        value = shape.phone
        if value is not None:
            out["Phone"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_LeadContact(data: _Any, wire: bool) -> _classes.LeadContact:
    if not wire:
        _classes.LeadContact._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.LeadContact)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("BusinessTitle")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "BusinessTitle")
    fields.business_title = value
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
    value = get("Phone")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Phone")
    fields.phone = value
    return shape


def _encode_LeadCustomer(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.LeadCustomer):
        raise _serde.wrong_shape(_classes.LeadCustomer, shape)
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
        member = "Address"
        value = shape.address
        if value is not None:
            out["Address"] = _encode_LeadAddress(value, wire)
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


def _decode_LeadCustomer(data: _Any, wire: bool) -> _classes.LeadCustomer:
    if not wire:
        _classes.LeadCustomer._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.LeadCustomer)
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
    value = get("AwsMaturity")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "AwsMaturity")
    fields.aws_maturity = value
    value = get("MarketSegment")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "MarketSegment")
    fields.market_segment = value
    member = ""
    try:
        member = "Address"
        value = get("Address")
        fields.address = None if value is None else _decode_LeadAddress(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_LeadInteraction(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.LeadInteraction):
        raise _serde.wrong_shape(_classes.LeadInteraction, shape)
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
        member = "InteractionDate"
        value = shape.interaction_date
        if value is not None:
            out["InteractionDate"] = _serde.enc_iso8601(value, wire)
        member = "CustomerAction"
        value = shape.customer_action
        if value is not None:
            out["CustomerAction"] = _serde.enc_str(value, wire)
        member = "BusinessProblem"
        value = shape.business_problem
        if value is not None:
            out["BusinessProblem"] = _serde.enc_str(value, wire)
        member = "Contact"
        value = shape.contact
        if value is not None:
            out["Contact"] = _encode_LeadContact(value, wire)
        elif wire:
            raise _missing("")
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_LeadInteraction(data: _Any, wire: bool) -> _classes.LeadInteraction:
    if not wire:
        _classes.LeadInteraction._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.LeadInteraction)
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
    value = get("CustomerAction")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CustomerAction")
    fields.customer_action = value
    value = get("BusinessProblem")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "BusinessProblem")
    fields.business_problem = value
    member = ""
    try:
        member = "InteractionDate"
        value = get("InteractionDate")
        fields.interaction_date = None if value is None else _serde.dec_timestamp(value, wire)
        member = "Contact"
        value = get("Contact")
        fields.contact = None if value is None else _decode_LeadContact(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ProspectingResult(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ProspectingResult):
        raise _serde.wrong_shape(_classes.ProspectingResult, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Aws"
        value = shape.aws
        if value is not None:
            out["Aws"] = _encode_ProspectingResultAws(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ProspectingResult(data: _Any, wire: bool) -> _classes.ProspectingResult:
    if not wire:
        _classes.ProspectingResult._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ProspectingResult)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    member = ""
    try:
        member = "Aws"
        value = get("Aws")
        fields.aws = None if value is None else _decode_ProspectingResultAws(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_ProspectingResultAws(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ProspectingResultAws):
        raise _serde.wrong_shape(_classes.ProspectingResultAws, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Customer"
        value = shape.customer
        if value is not None:
            out["Customer"] = _encode_ProspectingResultCustomer(value, wire)
        member = "Insights"
        value = shape.insights
        if value is not None:
            out["Insights"] = _encode_ProspectingInsights(value, wire)
        member = "StartTime"
        value = shape.start_time
        if value is not None:
            out["StartTime"] = _serde.enc_iso8601(value, wire)
        member = "EndTime"
        value = shape.end_time
        if value is not None:
            out["EndTime"] = _serde.enc_iso8601(value, wire)
        member = "TaskId"
        value = shape.task_id
        if value is not None:
            out["TaskId"] = _serde.enc_str(value, wire)
        member = "TaskArn"
        value = shape.task_arn
        if value is not None:
            out["TaskArn"] = _serde.enc_str(value, wire)
        member = "TaskName"
        value = shape.task_name
        if value is not None:
            out["TaskName"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ProspectingResultAws(data: _Any, wire: bool) -> _classes.ProspectingResultAws:
    if not wire:
        _classes.ProspectingResultAws._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ProspectingResultAws)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("TaskId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "TaskId")
    fields.task_id = value
    value = get("TaskArn")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "TaskArn")
    fields.task_arn = value
    value = get("TaskName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "TaskName")
    fields.task_name = value
    member = ""
    try:
        member = "Customer"
        value = get("Customer")
        fields.customer = None if value is None else _decode_ProspectingResultCustomer(value, wire)
        member = "Insights"
        value = get("Insights")
        fields.insights = None if value is None else _decode_ProspectingInsights(value, wire)
        member = "StartTime"
        value = get("StartTime")
        fields.start_time = None if value is None else _serde.dec_timestamp(value, wire)
        member = "EndTime"
        value = get("EndTime")
        fields.end_time = None if value is None else _serde.dec_timestamp(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_LeadInteractionList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_LeadInteraction)


def _decode_LeadInteractionList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_LeadInteraction)


_bind_codec(
    _classes.CustomerProjectsContext,
    _encode_CustomerProjectsContext,
    _decode_CustomerProjectsContext,
)
_bind_codec(
    _classes.EngagementCustomerProjectDetails,
    _encode_EngagementCustomerProjectDetails,
    _decode_EngagementCustomerProjectDetails,
)
_bind_codec(_classes.LeadAddress, _encode_LeadAddress, _decode_LeadAddress)
_bind_codec(_classes.LeadContact, _encode_LeadContact, _decode_LeadContact)
_bind_codec(_classes.LeadCustomer, _encode_LeadCustomer, _decode_LeadCustomer)
_bind_codec(_classes.LeadInteraction, _encode_LeadInteraction, _decode_LeadInteraction)
_bind_codec(_classes.ProspectingResult, _encode_ProspectingResult, _decode_ProspectingResult)
_bind_codec(
    _classes.ProspectingResultAws, _encode_ProspectingResultAws, _decode_ProspectingResultAws
)
