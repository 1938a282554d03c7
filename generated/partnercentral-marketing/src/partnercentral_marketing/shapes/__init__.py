"""Typed shapes (requests, responses and their parts) of the Partner Central Marketing API.

Every class takes keyword arguments with snake_case names; ``to_dict()`` gives
the boto3-style dict with the wire (PascalCase) names and ``from_dict()``
reads one. Unions are a base class with one subclass per variant (and an
``...Unknown`` subclass for variants added to the service later).

Import the classes from here. Each is defined in a private module with the other
shapes the same operations use, imported when one of its names is first read, so a
program loads the shapes of the calls it makes only.
"""

from __future__ import annotations

import typing as _typing

if _typing.TYPE_CHECKING:
    from ._activation_issue import (
        ActivationIssue,
    )
    from ._batch_create_campaign_asset import (
        BatchCreateCampaignAssetEntry,
        BatchCreateCampaignAssetError,
        BatchCreateCampaignAssetRequest,
        BatchCreateCampaignAssetResponse,
        BatchCreateCampaignAssetResult,
    )
    from ._campaign_asset_activation_outcome import (
        CampaignAssetActivationOutcome,
    )
    from ._campaign_asset_layout import (
        CampaignAssetLayout,
        CampaignAssetLayoutOption,
    )
    from ._campaign_asset_template_field import (
        AssetLinkFieldType,
        CampaignAssetTemplateField,
        FieldType,
        FieldTypeText,
        FieldTypeRichText,
        FieldTypeImage,
        FieldTypeAssetLink,
        FieldTypeUnknown,
        ImageFieldType,
        RichTextFieldType,
        TextFieldType,
    )
    from ._create_campaign import (
        CreateCampaignRequest,
        CreateCampaignResponse,
    )
    from ._create_social_connection_authorization_url import (
        CreateSocialConnectionAuthorizationUrlRequest,
        CreateSocialConnectionAuthorizationUrlResponse,
    )
    from ._deactivate_campaign_asset import (
        DeactivateCampaignAssetRequest,
        DeactivateCampaignAssetResponse,
    )
    from ._delete_campaign import (
        DeleteCampaignRequest,
    )
    from ._delete_campaign_asset import (
        DeleteCampaignAssetRequest,
    )
    from ._delete_social_connection import (
        DeleteSocialConnectionRequest,
    )
    from ._errors import (
        ValidationExceptionField,
    )
    from ._file_ref import (
        FileRef,
    )
    from ._get_campaign import (
        Campaign,
        EmailTargetDetail,
        GetCampaignRequest,
        GetCampaignResponse,
        PartnerBadgeDetail,
        PartnerProfileBranding,
    )
    from ._get_campaign_asset import (
        CampaignAsset,
        CampaignAssetFieldValue,
        GetCampaignAssetRequest,
        GetCampaignAssetResponse,
    )
    from ._get_campaign_asset_activation_task import (
        GetCampaignAssetActivationTaskRequest,
        GetCampaignAssetActivationTaskResponse,
    )
    from ._get_campaign_asset_export_task import (
        CampaignAssetExportFailureReason,
        GetCampaignAssetExportTaskRequest,
        GetCampaignAssetExportTaskResponse,
    )
    from ._get_campaign_template import (
        CampaignAssetTemplate,
        CampaignTemplate,
        GetCampaignTemplateRequest,
        GetCampaignTemplateResponse,
        ReferenceMaterial,
    )
    from ._layout_preview import (
        LayoutPreview,
    )
    from ._list_campaign_assets import (
        CampaignAssetSummary,
        ListCampaignAssetsRequest,
        ListCampaignAssetsResponse,
    )
    from ._list_campaigns import (
        CampaignSort,
        CampaignSummary,
        ListCampaignsRequest,
        ListCampaignsResponse,
    )
    from ._list_social_connections import (
        ListSocialConnectionsRequest,
        ListSocialConnectionsResponse,
        SocialConnectionSummary,
    )
    from ._list_tags_for_resource import (
        ListTagsForResourceRequest,
        ListTagsForResourceResponse,
    )
    from ._monetary_value import (
        MonetaryValue,
        TargetAudience,
    )
    from ._search_campaign_templates import (
        CampaignTemplateSummary,
        SearchCampaignTemplatesRequest,
        SearchCampaignTemplatesResponse,
    )
    from ._start_campaign_asset_activation_task import (
        StartCampaignAssetActivationTaskRequest,
        StartCampaignAssetActivationTaskResponse,
    )
    from ._start_campaign_asset_export_task import (
        StartCampaignAssetExportTaskRequest,
        StartCampaignAssetExportTaskResponse,
    )
    from ._tag import (
        Tag,
    )
    from ._tag_resource import (
        TagResourceRequest,
        TagResourceResponse,
    )
    from ._template_field_value import (
        CampaignAssetImageSource,
        TemplateFieldValue,
        TemplateFieldValueText,
        TemplateFieldValueImageReference,
        TemplateFieldValueLinkedAssetId,
        TemplateFieldValueCampaignAssetImage,
        TemplateFieldValueUnknown,
    )
    from ._untag_resource import (
        UntagResourceRequest,
        UntagResourceResponse,
    )
    from ._update_campaign import (
        UpdateCampaignRequest,
        UpdateCampaignResponse,
    )
    from ._update_campaign_asset import (
        FieldValueInput,
        UpdateCampaignAssetRequest,
        UpdateCampaignAssetResponse,
    )

__all__ = [
    "ActivationIssue",
    "AssetLinkFieldType",
    "BatchCreateCampaignAssetEntry",
    "BatchCreateCampaignAssetError",
    "BatchCreateCampaignAssetRequest",
    "BatchCreateCampaignAssetResponse",
    "BatchCreateCampaignAssetResult",
    "Campaign",
    "CampaignAsset",
    "CampaignAssetActivationOutcome",
    "CampaignAssetExportFailureReason",
    "CampaignAssetFieldValue",
    "CampaignAssetImageSource",
    "CampaignAssetLayout",
    "CampaignAssetLayoutOption",
    "CampaignAssetSummary",
    "CampaignAssetTemplate",
    "CampaignAssetTemplateField",
    "CampaignSort",
    "CampaignSummary",
    "CampaignTemplate",
    "CampaignTemplateSummary",
    "CreateCampaignRequest",
    "CreateCampaignResponse",
    "CreateSocialConnectionAuthorizationUrlRequest",
    "CreateSocialConnectionAuthorizationUrlResponse",
    "DeactivateCampaignAssetRequest",
    "DeactivateCampaignAssetResponse",
    "DeleteCampaignAssetRequest",
    "DeleteCampaignRequest",
    "DeleteSocialConnectionRequest",
    "EmailTargetDetail",
    "FieldValueInput",
    "FileRef",
    "GetCampaignAssetActivationTaskRequest",
    "GetCampaignAssetActivationTaskResponse",
    "GetCampaignAssetExportTaskRequest",
    "GetCampaignAssetExportTaskResponse",
    "GetCampaignAssetRequest",
    "GetCampaignAssetResponse",
    "GetCampaignRequest",
    "GetCampaignResponse",
    "GetCampaignTemplateRequest",
    "GetCampaignTemplateResponse",
    "ImageFieldType",
    "LayoutPreview",
    "ListCampaignAssetsRequest",
    "ListCampaignAssetsResponse",
    "ListCampaignsRequest",
    "ListCampaignsResponse",
    "ListSocialConnectionsRequest",
    "ListSocialConnectionsResponse",
    "ListTagsForResourceRequest",
    "ListTagsForResourceResponse",
    "MonetaryValue",
    "PartnerBadgeDetail",
    "PartnerProfileBranding",
    "ReferenceMaterial",
    "RichTextFieldType",
    "SearchCampaignTemplatesRequest",
    "SearchCampaignTemplatesResponse",
    "SocialConnectionSummary",
    "StartCampaignAssetActivationTaskRequest",
    "StartCampaignAssetActivationTaskResponse",
    "StartCampaignAssetExportTaskRequest",
    "StartCampaignAssetExportTaskResponse",
    "Tag",
    "TagResourceRequest",
    "TagResourceResponse",
    "TargetAudience",
    "TextFieldType",
    "UntagResourceRequest",
    "UntagResourceResponse",
    "UpdateCampaignAssetRequest",
    "UpdateCampaignAssetResponse",
    "UpdateCampaignRequest",
    "UpdateCampaignResponse",
    "ValidationExceptionField",
    "FieldType",
    "FieldTypeText",
    "FieldTypeRichText",
    "FieldTypeImage",
    "FieldTypeAssetLink",
    "FieldTypeUnknown",
    "TemplateFieldValue",
    "TemplateFieldValueText",
    "TemplateFieldValueImageReference",
    "TemplateFieldValueLinkedAssetId",
    "TemplateFieldValueCampaignAssetImage",
    "TemplateFieldValueUnknown",
]

# The private module defining each name, imported when the name is first read.
_MODULES = {
    "ActivationIssue": "_activation_issue",
    "BatchCreateCampaignAssetEntry": "_batch_create_campaign_asset",
    "BatchCreateCampaignAssetError": "_batch_create_campaign_asset",
    "BatchCreateCampaignAssetRequest": "_batch_create_campaign_asset",
    "BatchCreateCampaignAssetResponse": "_batch_create_campaign_asset",
    "BatchCreateCampaignAssetResult": "_batch_create_campaign_asset",
    "CampaignAssetActivationOutcome": "_campaign_asset_activation_outcome",
    "CampaignAssetLayout": "_campaign_asset_layout",
    "CampaignAssetLayoutOption": "_campaign_asset_layout",
    "AssetLinkFieldType": "_campaign_asset_template_field",
    "CampaignAssetTemplateField": "_campaign_asset_template_field",
    "FieldType": "_campaign_asset_template_field",
    "FieldTypeText": "_campaign_asset_template_field",
    "FieldTypeRichText": "_campaign_asset_template_field",
    "FieldTypeImage": "_campaign_asset_template_field",
    "FieldTypeAssetLink": "_campaign_asset_template_field",
    "FieldTypeUnknown": "_campaign_asset_template_field",
    "ImageFieldType": "_campaign_asset_template_field",
    "RichTextFieldType": "_campaign_asset_template_field",
    "TextFieldType": "_campaign_asset_template_field",
    "CreateCampaignRequest": "_create_campaign",
    "CreateCampaignResponse": "_create_campaign",
    "CreateSocialConnectionAuthorizationUrlRequest": "_create_social_connection_authorization_url",
    "CreateSocialConnectionAuthorizationUrlResponse": "_create_social_connection_authorization_url",
    "DeactivateCampaignAssetRequest": "_deactivate_campaign_asset",
    "DeactivateCampaignAssetResponse": "_deactivate_campaign_asset",
    "DeleteCampaignRequest": "_delete_campaign",
    "DeleteCampaignAssetRequest": "_delete_campaign_asset",
    "DeleteSocialConnectionRequest": "_delete_social_connection",
    "ValidationExceptionField": "_errors",
    "FileRef": "_file_ref",
    "Campaign": "_get_campaign",
    "EmailTargetDetail": "_get_campaign",
    "GetCampaignRequest": "_get_campaign",
    "GetCampaignResponse": "_get_campaign",
    "PartnerBadgeDetail": "_get_campaign",
    "PartnerProfileBranding": "_get_campaign",
    "CampaignAsset": "_get_campaign_asset",
    "CampaignAssetFieldValue": "_get_campaign_asset",
    "GetCampaignAssetRequest": "_get_campaign_asset",
    "GetCampaignAssetResponse": "_get_campaign_asset",
    "GetCampaignAssetActivationTaskRequest": "_get_campaign_asset_activation_task",
    "GetCampaignAssetActivationTaskResponse": "_get_campaign_asset_activation_task",
    "CampaignAssetExportFailureReason": "_get_campaign_asset_export_task",
    "GetCampaignAssetExportTaskRequest": "_get_campaign_asset_export_task",
    "GetCampaignAssetExportTaskResponse": "_get_campaign_asset_export_task",
    "CampaignAssetTemplate": "_get_campaign_template",
    "CampaignTemplate": "_get_campaign_template",
    "GetCampaignTemplateRequest": "_get_campaign_template",
    "GetCampaignTemplateResponse": "_get_campaign_template",
    "ReferenceMaterial": "_get_campaign_template",
    "LayoutPreview": "_layout_preview",
    "CampaignAssetSummary": "_list_campaign_assets",
    "ListCampaignAssetsRequest": "_list_campaign_assets",
    "ListCampaignAssetsResponse": "_list_campaign_assets",
    "CampaignSort": "_list_campaigns",
    "CampaignSummary": "_list_campaigns",
    "ListCampaignsRequest": "_list_campaigns",
    "ListCampaignsResponse": "_list_campaigns",
    "ListSocialConnectionsRequest": "_list_social_connections",
    "ListSocialConnectionsResponse": "_list_social_connections",
    "SocialConnectionSummary": "_list_social_connections",
    "ListTagsForResourceRequest": "_list_tags_for_resource",
    "ListTagsForResourceResponse": "_list_tags_for_resource",
    "MonetaryValue": "_monetary_value",
    "TargetAudience": "_monetary_value",
    "CampaignTemplateSummary": "_search_campaign_templates",
    "SearchCampaignTemplatesRequest": "_search_campaign_templates",
    "SearchCampaignTemplatesResponse": "_search_campaign_templates",
    "StartCampaignAssetActivationTaskRequest": "_start_campaign_asset_activation_task",
    "StartCampaignAssetActivationTaskResponse": "_start_campaign_asset_activation_task",
    "StartCampaignAssetExportTaskRequest": "_start_campaign_asset_export_task",
    "StartCampaignAssetExportTaskResponse": "_start_campaign_asset_export_task",
    "Tag": "_tag",
    "TagResourceRequest": "_tag_resource",
    "TagResourceResponse": "_tag_resource",
    "CampaignAssetImageSource": "_template_field_value",
    "TemplateFieldValue": "_template_field_value",
    "TemplateFieldValueText": "_template_field_value",
    "TemplateFieldValueImageReference": "_template_field_value",
    "TemplateFieldValueLinkedAssetId": "_template_field_value",
    "TemplateFieldValueCampaignAssetImage": "_template_field_value",
    "TemplateFieldValueUnknown": "_template_field_value",
    "UntagResourceRequest": "_untag_resource",
    "UntagResourceResponse": "_untag_resource",
    "UpdateCampaignRequest": "_update_campaign",
    "UpdateCampaignResponse": "_update_campaign",
    "FieldValueInput": "_update_campaign_asset",
    "UpdateCampaignAssetRequest": "_update_campaign_asset",
    "UpdateCampaignAssetResponse": "_update_campaign_asset",
}

if not _typing.TYPE_CHECKING:  # type checkers read the imports above instead
    from importlib import import_module as _import_module

    def __getattr__(name: str) -> object:
        """Import the module defining ``name`` on its first read; it is kept here after."""
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return list({*globals(), *_MODULES})
