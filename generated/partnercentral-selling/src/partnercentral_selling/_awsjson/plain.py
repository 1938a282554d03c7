"""The awsJson codecs of the lists and maps of plain values (internal).

Lists and maps of strings, numbers, enums and the like, which hold no class: a line each
way, shared by the codecs of every shape that holds one.
"""

from __future__ import annotations

from typing import Any as _Any

from typed_aws_runtime.model.lazy import enum_lookup as _enum_lookup
from typed_aws_runtime.protocols import serde as _serde

from .. import enums as _enums

_lookup_AggregatableField = _enum_lookup(
    globals(), "_lookup_AggregatableField", _enums, "AggregatableField"
)
_lookup_Channel = _enum_lookup(globals(), "_lookup_Channel", _enums, "Channel")
_lookup_DeliveryModel = _enum_lookup(globals(), "_lookup_DeliveryModel", _enums, "DeliveryModel")
_lookup_EngagementContextType = _enum_lookup(
    globals(), "_lookup_EngagementContextType", _enums, "EngagementContextType"
)
_lookup_EngagementInvitationPayloadType = _enum_lookup(
    globals(), "_lookup_EngagementInvitationPayloadType", _enums, "EngagementInvitationPayloadType"
)
_lookup_InvitationStatus = _enum_lookup(
    globals(), "_lookup_InvitationStatus", _enums, "InvitationStatus"
)
_lookup_PrimaryNeedFromAws = _enum_lookup(
    globals(), "_lookup_PrimaryNeedFromAws", _enums, "PrimaryNeedFromAws"
)
_lookup_ReceiverResponsibility = _enum_lookup(
    globals(), "_lookup_ReceiverResponsibility", _enums, "ReceiverResponsibility"
)
_lookup_ReviewStatus = _enum_lookup(globals(), "_lookup_ReviewStatus", _enums, "ReviewStatus")
_lookup_SalesActivity = _enum_lookup(globals(), "_lookup_SalesActivity", _enums, "SalesActivity")
_lookup_SolutionStatus = _enum_lookup(
    globals(), "_lookup_SolutionStatus", _enums, "SolutionStatus"
)
_lookup_Stage = _enum_lookup(globals(), "_lookup_Stage", _enums, "Stage")
_lookup_TaskStatus = _enum_lookup(globals(), "_lookup_TaskStatus", _enums, "TaskStatus")


def _encode_AccountFilterStringList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AccountFilterStringList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_AggregatableFieldList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AggregatableFieldList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_AggregatableField))


def _encode_AggregationRequestGroupByList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AggregationRequestGroupByList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_AggregatableField))


def _encode_AmountMap(value: _Any, wire: bool) -> dict[str, _Any]:
    return _serde.enc_map(value, wire, _serde.enc_str)


def _decode_AmountMap(value: _Any, wire: bool) -> dict[str, _Any]:
    return _serde.dec_map(value, wire, _serde.dec_str)


def _encode_ApnPrograms(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ApnPrograms(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_AwsAccountIdOrAliasList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AwsAccountIdOrAliasList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_AwsAccountList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AwsAccountList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_AwsMarketplaceOfferIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AwsMarketplaceOfferIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_AwsMarketplaceOfferSetIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AwsMarketplaceOfferSetIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_AwsMarketplaceProductIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AwsMarketplaceProductIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_AwsMarketplaceSolutionIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AwsMarketplaceSolutionIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_AwsProductDetailsCategoriesList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AwsProductDetailsCategoriesList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_AwsProductIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_AwsProductIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_BucketValueList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_BucketValueList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_Channels(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_Channels(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_Channel))


def _encode_ContextIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ContextIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_DeliveryModels(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_DeliveryModels(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_DeliveryModel))


def _encode_EligibleProgramList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_EligibleProgramList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_EligibleProgramsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_EligibleProgramsList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_EngagementContextTypeList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_EngagementContextTypeList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_EngagementContextType))


def _encode_EngagementGroupIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_EngagementGroupIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_EngagementIdentifierList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_EngagementIdentifierList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_EngagementIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_EngagementIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_EngagementInvitationIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_EngagementInvitationIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_EngagementInvitationsPayloadType(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_EngagementInvitationsPayloadType(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(
        value, wire, _serde.enum_decoder(_lookup_EngagementInvitationPayloadType)
    )


def _encode_EngagementSearchFilterValues(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_EngagementSearchFilterValues(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_InvitationStatusList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_InvitationStatusList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_InvitationStatus))


def _encode_ListOpportunitiesRequestCustomerCompanyNameList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListOpportunitiesRequestCustomerCompanyNameList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_ListOpportunitiesRequestIdentifierList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListOpportunitiesRequestIdentifierList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_ListOpportunitiesRequestLifeCycleReviewStatusList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListOpportunitiesRequestLifeCycleReviewStatusList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_ReviewStatus))


def _encode_ListOpportunitiesRequestLifeCycleStageList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListOpportunitiesRequestLifeCycleStageList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_Stage))


def _encode_ListSolutionsRequestAwsMarketplaceSolutionArnList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListSolutionsRequestAwsMarketplaceSolutionArnList(
    value: _Any, wire: bool
) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_ListSolutionsRequestCategoryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListSolutionsRequestCategoryList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_ListSolutionsRequestIdentifierList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListSolutionsRequestIdentifierList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_ListSolutionsRequestStatusList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ListSolutionsRequestStatusList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_SolutionStatus))


def _encode_OpportunityIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_OpportunityIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_OpportunitySearchFilterValues(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_OpportunitySearchFilterValues(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_PrimaryNeedsFromAws(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_PrimaryNeedsFromAws(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_PrimaryNeedFromAws))


def _encode_ReceiverResponsibilityList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_ReceiverResponsibilityList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_ReceiverResponsibility))


def _encode_RecommendationAttributeMap(value: _Any, wire: bool) -> dict[str, _Any]:
    return _serde.enc_map(value, wire, _serde.enc_str)


def _decode_RecommendationAttributeMap(value: _Any, wire: bool) -> dict[str, _Any]:
    return _serde.dec_map(value, wire, _serde.dec_str)


def _encode_SalesActivities(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_SalesActivities(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_SalesActivity))


def _encode_SolutionIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_SolutionIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_TagKeyList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_TagKeyList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_TaskIdentifierList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_TaskIdentifierList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_TaskIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_TaskIdentifiers(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_TaskNameList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_TaskNameList(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)


def _encode_TaskStatuses(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_TaskStatuses(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.enum_decoder(_lookup_TaskStatus))


def _encode_UseCases(value: _Any, wire: bool) -> list[_Any]:
    return _serde.enc_list(value, wire, _serde.enc_str)


def _decode_UseCases(value: _Any, wire: bool) -> list[_Any]:
    return _serde.dec_list(value, wire, _serde.dec_str)
