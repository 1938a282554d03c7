"""Precomputed tables: the service and each operation's call facts (internal).

An operation names its input and output classes: they are read from ``shapes`` on
the first call, so building the tables imports no shape module.
"""

from __future__ import annotations

from typing import Any

from typed_aws_runtime.pipeline.operation import OperationSpec
from typed_aws_runtime.pipeline.paginator import PageSpec
from typed_aws_runtime.pipeline.service import ServiceSpec
from typed_aws_runtime.protocols.rpcv2cbor import RpcV2CborProtocol

from . import errors as _errors
from . import shapes as _shapes
from ._version import __version__


def _endpoint_rules() -> dict[str, Any]:
    from ._endpoint_rules import RULE_SET

    return RULE_SET


_SERVICE = ServiceSpec(
    service_id="PartnerCentral Marketing",
    api_version="2026-05-31",
    protocol=RpcV2CborProtocol(service_name="AWSPartnerDemandGenerator"),
    signing_name="partnercentral-marketing",
    endpoint_prefix="partnercentral-marketing",
    package_name="partnercentral_marketing",
    package_version=__version__,
    base_error=_errors.PartnerCentralMarketingError,
    errors={
        "AccessDeniedException": _errors.AccessDeniedException,
        "ConflictException": _errors.ConflictException,
        "InternalServerException": _errors.InternalServerException,
        "ResourceNotFoundException": _errors.ResourceNotFoundException,
        "ServiceQuotaExceededException": _errors.ServiceQuotaExceededException,
        "ThrottlingException": _errors.ThrottlingException,
        "ValidationException": _errors.ValidationException,
    },
    env_name="PARTNERCENTRAL_MARKETING",
    config_key="partnercentral_marketing",
    endpoint_rules=_endpoint_rules,
)

BATCH_CREATE_CAMPAIGN_ASSET: OperationSpec[_shapes.BatchCreateCampaignAssetResponse] = (
    OperationSpec(
        name="BatchCreateCampaignAsset",
        input="BatchCreateCampaignAssetRequest",
        output="BatchCreateCampaignAssetResponse",
        shapes=_shapes,
    )
)

CREATE_CAMPAIGN: OperationSpec[_shapes.CreateCampaignResponse] = OperationSpec(
    name="CreateCampaign",
    input="CreateCampaignRequest",
    output="CreateCampaignResponse",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

CREATE_SOCIAL_CONNECTION_AUTHORIZATION_URL: OperationSpec[
    _shapes.CreateSocialConnectionAuthorizationUrlResponse
] = OperationSpec(
    name="CreateSocialConnectionAuthorizationUrl",
    input="CreateSocialConnectionAuthorizationUrlRequest",
    output="CreateSocialConnectionAuthorizationUrlResponse",
    shapes=_shapes,
)

DEACTIVATE_CAMPAIGN_ASSET: OperationSpec[_shapes.DeactivateCampaignAssetResponse] = OperationSpec(
    name="DeactivateCampaignAsset",
    input="DeactivateCampaignAssetRequest",
    output="DeactivateCampaignAssetResponse",
    shapes=_shapes,
)

DELETE_CAMPAIGN: OperationSpec[None] = OperationSpec(
    name="DeleteCampaign",
    input="DeleteCampaignRequest",
    output=None,
    shapes=_shapes,
)

DELETE_CAMPAIGN_ASSET: OperationSpec[None] = OperationSpec(
    name="DeleteCampaignAsset",
    input="DeleteCampaignAssetRequest",
    output=None,
    shapes=_shapes,
)

DELETE_SOCIAL_CONNECTION: OperationSpec[None] = OperationSpec(
    name="DeleteSocialConnection",
    input="DeleteSocialConnectionRequest",
    output=None,
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

GET_CAMPAIGN: OperationSpec[_shapes.GetCampaignResponse] = OperationSpec(
    name="GetCampaign",
    input="GetCampaignRequest",
    output="GetCampaignResponse",
    shapes=_shapes,
)

GET_CAMPAIGN_ASSET: OperationSpec[_shapes.GetCampaignAssetResponse] = OperationSpec(
    name="GetCampaignAsset",
    input="GetCampaignAssetRequest",
    output="GetCampaignAssetResponse",
    shapes=_shapes,
)

GET_CAMPAIGN_ASSET_ACTIVATION_TASK: OperationSpec[
    _shapes.GetCampaignAssetActivationTaskResponse
] = OperationSpec(
    name="GetCampaignAssetActivationTask",
    input="GetCampaignAssetActivationTaskRequest",
    output="GetCampaignAssetActivationTaskResponse",
    shapes=_shapes,
)

GET_CAMPAIGN_ASSET_EXPORT_TASK: OperationSpec[_shapes.GetCampaignAssetExportTaskResponse] = (
    OperationSpec(
        name="GetCampaignAssetExportTask",
        input="GetCampaignAssetExportTaskRequest",
        output="GetCampaignAssetExportTaskResponse",
        shapes=_shapes,
    )
)

GET_CAMPAIGN_TEMPLATE: OperationSpec[_shapes.GetCampaignTemplateResponse] = OperationSpec(
    name="GetCampaignTemplate",
    input="GetCampaignTemplateRequest",
    output="GetCampaignTemplateResponse",
    shapes=_shapes,
)

LIST_CAMPAIGN_ASSETS: OperationSpec[_shapes.ListCampaignAssetsResponse] = OperationSpec(
    name="ListCampaignAssets",
    input="ListCampaignAssetsRequest",
    output="ListCampaignAssetsResponse",
    shapes=_shapes,
)

_LIST_CAMPAIGN_ASSETS_PAGES = PageSpec(
    operation="ListCampaignAssets",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("items",),
)

LIST_CAMPAIGNS: OperationSpec[_shapes.ListCampaignsResponse] = OperationSpec(
    name="ListCampaigns",
    input="ListCampaignsRequest",
    output="ListCampaignsResponse",
    shapes=_shapes,
)

_LIST_CAMPAIGNS_PAGES = PageSpec(
    operation="ListCampaigns",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("items",),
)

LIST_SOCIAL_CONNECTIONS: OperationSpec[_shapes.ListSocialConnectionsResponse] = OperationSpec(
    name="ListSocialConnections",
    input="ListSocialConnectionsRequest",
    output="ListSocialConnectionsResponse",
    shapes=_shapes,
)

_LIST_SOCIAL_CONNECTIONS_PAGES = PageSpec(
    operation="ListSocialConnections",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("items",),
)

LIST_TAGS_FOR_RESOURCE: OperationSpec[_shapes.ListTagsForResourceResponse] = OperationSpec(
    name="ListTagsForResource",
    input="ListTagsForResourceRequest",
    output="ListTagsForResourceResponse",
    shapes=_shapes,
)

SEARCH_CAMPAIGN_TEMPLATES: OperationSpec[_shapes.SearchCampaignTemplatesResponse] = OperationSpec(
    name="SearchCampaignTemplates",
    input="SearchCampaignTemplatesRequest",
    output="SearchCampaignTemplatesResponse",
    shapes=_shapes,
)

_SEARCH_CAMPAIGN_TEMPLATES_PAGES = PageSpec(
    operation="SearchCampaignTemplates",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("campaign_templates",),
)

START_CAMPAIGN_ASSET_ACTIVATION_TASK: OperationSpec[
    _shapes.StartCampaignAssetActivationTaskResponse
] = OperationSpec(
    name="StartCampaignAssetActivationTask",
    input="StartCampaignAssetActivationTaskRequest",
    output="StartCampaignAssetActivationTaskResponse",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

START_CAMPAIGN_ASSET_EXPORT_TASK: OperationSpec[_shapes.StartCampaignAssetExportTaskResponse] = (
    OperationSpec(
        name="StartCampaignAssetExportTask",
        input="StartCampaignAssetExportTaskRequest",
        output="StartCampaignAssetExportTaskResponse",
        shapes=_shapes,
        idempotency_tokens=("ClientToken",),
    )
)

TAG_RESOURCE: OperationSpec[_shapes.TagResourceResponse] = OperationSpec(
    name="TagResource",
    input="TagResourceRequest",
    output="TagResourceResponse",
    shapes=_shapes,
)

UNTAG_RESOURCE: OperationSpec[_shapes.UntagResourceResponse] = OperationSpec(
    name="UntagResource",
    input="UntagResourceRequest",
    output="UntagResourceResponse",
    shapes=_shapes,
)

UPDATE_CAMPAIGN: OperationSpec[_shapes.UpdateCampaignResponse] = OperationSpec(
    name="UpdateCampaign",
    input="UpdateCampaignRequest",
    output="UpdateCampaignResponse",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

UPDATE_CAMPAIGN_ASSET: OperationSpec[_shapes.UpdateCampaignAssetResponse] = OperationSpec(
    name="UpdateCampaignAsset",
    input="UpdateCampaignAssetRequest",
    output="UpdateCampaignAssetResponse",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)
