"""The awsJson codecs of one module of shape classes (internal); the classes are in

``shapes/_list_engagement_members.py``

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

from ...shapes import _list_engagement_members as _classes


def _encode_EngagementMember(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.EngagementMember):
        raise _serde.wrong_shape(_classes.EngagementMember, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "CompanyName"
        value = shape.company_name
        if value is not None:
            out["CompanyName"] = _serde.enc_str(value, wire)
        member = "WebsiteUrl"
        value = shape.website_url
        if value is not None:
            out["WebsiteUrl"] = _serde.enc_str(value, wire)
        member = "AccountId"
        value = shape.account_id
        if value is not None:
            out["AccountId"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_EngagementMember(data: _Any, wire: bool) -> _classes.EngagementMember:
    if not wire:
        _classes.EngagementMember._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.EngagementMember)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("CompanyName")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "CompanyName")
    fields.company_name = value
    value = get("WebsiteUrl")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "WebsiteUrl")
    fields.website_url = value
    value = get("AccountId")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "AccountId")
    fields.account_id = value
    return shape


def _encode_ListEngagementMembersRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListEngagementMembersRequest):
        raise _serde.wrong_shape(_classes.ListEngagementMembersRequest, shape)
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
        member = "Identifier"
        value = shape.identifier
        if value is not None:
            out["Identifier"] = _serde.enc_str(value, wire)
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
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListEngagementMembersRequest(
    data: _Any, wire: bool
) -> _classes.ListEngagementMembersRequest:
    if not wire:
        _classes.ListEngagementMembersRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListEngagementMembersRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Catalog")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Catalog")
    fields.catalog = value
    value = get("Identifier")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Identifier")
    fields.identifier = value
    value = get("MaxResults")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "MaxResults")
    fields.max_results = value
    value = get("NextToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "NextToken")
    fields.next_token = value
    return shape


def _encode_ListEngagementMembersResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.ListEngagementMembersResponse):
        raise _serde.wrong_shape(_classes.ListEngagementMembersResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "EngagementMemberList"
        value = shape.engagement_member_list
        if value is not None:
            out["EngagementMemberList"] = _encode_EngagementMembers(value, wire)
        elif wire:
            raise _missing("")
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_ListEngagementMembersResponse(
    data: _Any, wire: bool
) -> _classes.ListEngagementMembersResponse:
    if not wire:
        _classes.ListEngagementMembersResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a JSON object", data)
    shape = object.__new__(_classes.ListEngagementMembersResponse)
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
        member = "EngagementMemberList"
        value = get("EngagementMemberList")
        fields.engagement_member_list = (
            None if value is None else _decode_EngagementMembers(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_EngagementMembers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_EngagementMember)


def _decode_EngagementMembers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_EngagementMember)


_bind_codec(_classes.EngagementMember, _encode_EngagementMember, _decode_EngagementMember)
_bind_codec(
    _classes.ListEngagementMembersRequest,
    _encode_ListEngagementMembersRequest,
    _decode_ListEngagementMembersRequest,
)
_bind_codec(
    _classes.ListEngagementMembersResponse,
    _encode_ListEngagementMembersResponse,
    _decode_ListEngagementMembersResponse,
)
