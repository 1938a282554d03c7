"""The RPC v2 CBOR codecs of the lists and maps of plain values (internal).

Lists and maps of strings, numbers, enums and the like, which hold no class: a line each
way, shared by the codecs of every shape that holds one.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.model.lazy import enum_lookup as _enum_lookup
from typed_aws_runtime.protocols import cborserde as _serde

from .. import enums as _enums

_lookup_AssetLanguage = _enum_lookup(globals(), "_lookup_AssetLanguage", _enums, "AssetLanguage")
_lookup_CampaignState = _enum_lookup(globals(), "_lookup_CampaignState", _enums, "CampaignState")
_lookup_CampaignTemplateCollection = _enum_lookup(
    globals(), "_lookup_CampaignTemplateCollection", _enums, "CampaignTemplateCollection"
)
_lookup_CompanySize = _enum_lookup(globals(), "_lookup_CompanySize", _enums, "CompanySize")
_lookup_CustomerSegment = _enum_lookup(
    globals(), "_lookup_CustomerSegment", _enums, "CustomerSegment"
)
_lookup_ImageFormat = _enum_lookup(globals(), "_lookup_ImageFormat", _enums, "ImageFormat")
_lookup_Industry = _enum_lookup(globals(), "_lookup_Industry", _enums, "Industry")
_lookup_Theme = _enum_lookup(globals(), "_lookup_Theme", _enums, "Theme")


def _encode_AllowedTagList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AllowedTagList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_AwsServiceFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AwsServiceFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_AwsServicesList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AwsServicesList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_CampaignAssetIdList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_CampaignAssetIdList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_CampaignAssetIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_CampaignAssetIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_CampaignAssetTemplateIdList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_CampaignAssetTemplateIdList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_CampaignIdentifierList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_CampaignIdentifierList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_CampaignSocialConnectionIds(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_CampaignSocialConnectionIds(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_CampaignSocialConnections(value: _Any, wire: bool) -> dict[str, _Any]:
    return _serde.enc_map(value, wire, _encode_CampaignSocialConnectionIds)


def _decode_CampaignSocialConnections(value: _Any, wire: bool) -> dict[str, _Any]:
    return _serde.dec_map(value, wire, _decode_CampaignSocialConnectionIds)


def _encode_CampaignStateList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_CampaignStateList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_CampaignState))


def _encode_CampaignTemplateCollectionFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_CampaignTemplateCollectionFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_CampaignTemplateCollection))


def _encode_CompanySizeList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_CompanySizeList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_CompanySize))


def _encode_CountryCodeList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_CountryCodeList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_CustomerSegmentFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_CustomerSegmentFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_CustomerSegment))


def _encode_CustomerSegmentList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_CustomerSegmentList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_CustomerSegment))


def _encode_EngagementGroupIdList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_EngagementGroupIdList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_ImageFormatList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ImageFormatList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_ImageFormat))


def _encode_IndustryFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_IndustryFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_Industry))


def _encode_IndustryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_IndustryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_Industry))


def _encode_LanguageFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_LanguageFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_AssetLanguage))


def _encode_TagKeyList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_TagKeyList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_TemplateFieldIdList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_TemplateFieldIdList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_ThemeFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ThemeFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_Theme))


def _encode_ThemeList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ThemeList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_Theme))


def _encode_UseCaseFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_UseCaseFilterList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)
