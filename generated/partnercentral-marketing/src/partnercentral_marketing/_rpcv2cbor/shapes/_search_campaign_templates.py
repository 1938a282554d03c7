"""The RPC v2 CBOR codecs of one module of shape classes (internal); the classes are in

``shapes/_search_campaign_templates.py``

``_encode_<Shape>(value, wire)`` gives the CBOR value of a shape and
``_decode_<Shape>(data, wire)`` reads one (``wire`` False: the boto3-style dict of
``to_dict()`` and ``from_dict()``). The last lines bind them to the classes.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.exceptions import ParamValidationError as _ParamValidationError
from typed_aws_runtime.model.lazy import enum_lookup as _enum_lookup
from typed_aws_runtime.model.structure import bind_codec as _bind_codec
from typed_aws_runtime.protocols import cborserde as _serde
from typed_aws_runtime.protocols.cborserde import missing as _missing

from ... import enums as _enums
from ...shapes import _search_campaign_templates as _classes
from ..plain import (
    _decode_AwsServiceFilterList,
    _decode_AwsServicesList,
    _decode_CampaignTemplateCollectionFilterList,
    _decode_CustomerSegmentFilterList,
    _decode_CustomerSegmentList,
    _decode_IndustryFilterList,
    _decode_LanguageFilterList,
    _decode_ThemeFilterList,
    _decode_ThemeList,
    _decode_UseCaseFilterList,
    _encode_AwsServiceFilterList,
    _encode_AwsServicesList,
    _encode_CampaignTemplateCollectionFilterList,
    _encode_CustomerSegmentFilterList,
    _encode_CustomerSegmentList,
    _encode_IndustryFilterList,
    _encode_LanguageFilterList,
    _encode_ThemeFilterList,
    _encode_ThemeList,
    _encode_UseCaseFilterList,
)

_lookup_AssetLanguage = _enum_lookup(globals(), "_lookup_AssetLanguage", _enums, "AssetLanguage")
_lookup_CampaignTemplateCollection = _enum_lookup(
    globals(), "_lookup_CampaignTemplateCollection", _enums, "CampaignTemplateCollection"
)
_lookup_Catalog = _enum_lookup(globals(), "_lookup_Catalog", _enums, "Catalog")
_lookup_Industry = _enum_lookup(globals(), "_lookup_Industry", _enums, "Industry")


def _encode_CampaignTemplateSummary(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.CampaignTemplateSummary):
        raise _serde.wrong_shape(_classes.CampaignTemplateSummary, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "Id"
        value = shape.id
        if value is not None:
            out["Id"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Name"
        value = shape.name
        if value is not None:
            out["Name"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "Industry"
        value = shape.industry
        if value is not None:
            out["Industry"] = _serde.enc_str(value, wire)
        member = "UseCase"
        value = shape.use_case
        if value is not None:
            out["UseCase"] = _serde.enc_str(value, wire)
        member = "Description"
        value = shape.description
        if value is not None:
            out["Description"] = _serde.enc_str(value, wire)
        member = "LanguageCode"
        value = shape.language_code
        if value is not None:
            out["LanguageCode"] = _serde.enc_str(value, wire)
        member = "Collection"
        value = shape.collection
        if value is not None:
            out["Collection"] = _serde.enc_str(value, wire)
        elif wire:
            raise _missing("")
        member = "AwsServices"
        value = shape.aws_services
        if value is not None:
            out["AwsServices"] = _encode_AwsServicesList(value, wire)
        member = "CustomerSegments"
        value = shape.customer_segments
        if value is not None:
            out["CustomerSegments"] = _encode_CustomerSegmentList(value, wire)
        member = "Themes"
        value = shape.themes
        if value is not None:
            out["Themes"] = _encode_ThemeList(value, wire)
        member = "ThumbnailUrl"
        value = shape.thumbnail_url
        if value is not None:
            out["ThumbnailUrl"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_CampaignTemplateSummary(data: _Any, wire: bool) -> _classes.CampaignTemplateSummary:
    if not wire:
        _classes.CampaignTemplateSummary._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.CampaignTemplateSummary)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("Id")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Id")
    fields.id = value
    value = get("Name")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Name")
    fields.name = value
    value = get("UseCase")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "UseCase")
    fields.use_case = value
    value = get("Description")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "Description")
    fields.description = value
    value = get("ThumbnailUrl")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "ThumbnailUrl")
    fields.thumbnail_url = value
    member = ""
    try:
        member = "Industry"
        value = get("Industry")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.industry = None if value is None else _lookup_Industry(value, value)
        member = "LanguageCode"
        value = get("LanguageCode")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.language_code = None if value is None else _lookup_AssetLanguage(value, value)
        member = "Collection"
        value = get("Collection")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.collection = (
            None if value is None else _lookup_CampaignTemplateCollection(value, value)
        )
        member = "AwsServices"
        value = get("AwsServices")
        fields.aws_services = None if value is None else _decode_AwsServicesList(value, wire)
        member = "CustomerSegments"
        value = get("CustomerSegments")
        fields.customer_segments = (
            None if value is None else _decode_CustomerSegmentList(value, wire)
        )
        member = "Themes"
        value = get("Themes")
        fields.themes = None if value is None else _decode_ThemeList(value, wire)
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_SearchCampaignTemplatesRequest(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.SearchCampaignTemplatesRequest):
        raise _serde.wrong_shape(_classes.SearchCampaignTemplatesRequest, shape)
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
        member = "SearchText"
        value = shape.search_text
        if value is not None:
            out["SearchText"] = _serde.enc_str(value, wire)
        member = "Industry"
        value = shape.industry
        if value is not None:
            out["Industry"] = _encode_IndustryFilterList(value, wire)
        member = "UseCase"
        value = shape.use_case
        if value is not None:
            out["UseCase"] = _encode_UseCaseFilterList(value, wire)
        member = "Language"
        value = shape.language
        if value is not None:
            out["Language"] = _encode_LanguageFilterList(value, wire)
        member = "AwsServices"
        value = shape.aws_services
        if value is not None:
            out["AwsServices"] = _encode_AwsServiceFilterList(value, wire)
        member = "CustomerSegments"
        value = shape.customer_segments
        if value is not None:
            out["CustomerSegments"] = _encode_CustomerSegmentFilterList(value, wire)
        member = "Themes"
        value = shape.themes
        if value is not None:
            out["Themes"] = _encode_ThemeFilterList(value, wire)
        member = "Collection"
        value = shape.collection
        if value is not None:
            out["Collection"] = _encode_CampaignTemplateCollectionFilterList(value, wire)
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


def _decode_SearchCampaignTemplatesRequest(
    data: _Any, wire: bool
) -> _classes.SearchCampaignTemplatesRequest:
    if not wire:
        _classes.SearchCampaignTemplatesRequest._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.SearchCampaignTemplatesRequest)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("SearchText")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "SearchText")
    fields.search_text = value
    value = get("MaxResults")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "MaxResults")
    fields.max_results = value
    value = get("NextToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "NextToken")
    fields.next_token = value
    member = ""
    try:
        member = "Catalog"
        value = get("Catalog")
        if value.__class__ is not str and value is not None:
            value = _serde.dec_str(value, wire)
        fields.catalog = None if value is None else _lookup_Catalog(value, value)
        member = "Industry"
        value = get("Industry")
        fields.industry = None if value is None else _decode_IndustryFilterList(value, wire)
        member = "UseCase"
        value = get("UseCase")
        fields.use_case = None if value is None else _decode_UseCaseFilterList(value, wire)
        member = "Language"
        value = get("Language")
        fields.language = None if value is None else _decode_LanguageFilterList(value, wire)
        member = "AwsServices"
        value = get("AwsServices")
        fields.aws_services = None if value is None else _decode_AwsServiceFilterList(value, wire)
        member = "CustomerSegments"
        value = get("CustomerSegments")
        fields.customer_segments = (
            None if value is None else _decode_CustomerSegmentFilterList(value, wire)
        )
        member = "Themes"
        value = get("Themes")
        fields.themes = None if value is None else _decode_ThemeFilterList(value, wire)
        member = "Collection"
        value = get("Collection")
        fields.collection = (
            None if value is None else _decode_CampaignTemplateCollectionFilterList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_SearchCampaignTemplatesResponse(shape: _Any, wire: bool) -> dict[str, _Any]:
    if not isinstance(shape, _classes.SearchCampaignTemplatesResponse):
        raise _serde.wrong_shape(_classes.SearchCampaignTemplatesResponse, shape)
    out: dict[str, _Any] = {}
    value: _Any
    member = ""
    try:
        member = "TotalResults"
        value = shape.total_results
        if value is not None:
            out["TotalResults"] = _serde.enc_int(value, wire)
        elif wire:
            raise _missing("")
        member = "CampaignTemplates"
        value = shape.campaign_templates
        if value is not None:
            out["CampaignTemplates"] = _encode_CampaignTemplateSummaryList(value, wire)
        elif wire:
            raise _missing("")
        member = "NextToken"
        value = shape.next_token
        if value is not None:
            out["NextToken"] = _serde.enc_str(value, wire)
    except _ParamValidationError as error:
        raise error.nested(member) from None
    return out


def _decode_SearchCampaignTemplatesResponse(
    data: _Any, wire: bool
) -> _classes.SearchCampaignTemplatesResponse:
    if not wire:
        _classes.SearchCampaignTemplatesResponse._check_keys(data)
    elif data.__class__ is not dict:
        raise _serde.type_error("a CBOR map", data)
    shape = object.__new__(_classes.SearchCampaignTemplatesResponse)
    # Members are set directly (no __init__); each wire value is checked as it is decoded.
    fields: _Any = shape
    get = data.get
    value: _Any
    value = get("TotalResults")
    if value.__class__ is not int and value is not None:
        value = _serde.dec_member(_serde.dec_int, value, wire, "TotalResults")
    fields.total_results = value
    value = get("NextToken")
    if value.__class__ is not str and value is not None:
        value = _serde.dec_member(_serde.dec_str, value, wire, "NextToken")
    fields.next_token = value
    member = ""
    try:
        member = "CampaignTemplates"
        value = get("CampaignTemplates")
        fields.campaign_templates = (
            None if value is None else _decode_CampaignTemplateSummaryList(value, wire)
        )
    except _serde.DECODE_ERRORS as error:
        raise _serde.nested_error(error, member) from None
    return shape


def _encode_CampaignTemplateSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _encode_CampaignTemplateSummary)


def _decode_CampaignTemplateSummaryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _decode_CampaignTemplateSummary)


_bind_codec(
    _classes.CampaignTemplateSummary,
    _encode_CampaignTemplateSummary,
    _decode_CampaignTemplateSummary,
)
_bind_codec(
    _classes.SearchCampaignTemplatesRequest,
    _encode_SearchCampaignTemplatesRequest,
    _decode_SearchCampaignTemplatesRequest,
)
_bind_codec(
    _classes.SearchCampaignTemplatesResponse,
    _encode_SearchCampaignTemplatesResponse,
    _decode_SearchCampaignTemplatesResponse,
)
