"""The precise input types of the Partner Central Marketing API (internal).

Only type checkers read this module (the package imports it under ``TYPE_CHECKING``):
each enum's values as a ``Literal``, each structure's wire-name dict (what ``from_dict()``
and the commands take) as a ``TypedDict``, and ``SequenceNotStr``, what list parameters
take (a ``str`` is a ``Sequence[str]``, so ``Sequence`` would let a lone string through).
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Iterator as _Iterator
from collections.abc import Mapping as _Mapping
from collections.abc import Sequence as _Sequence
from typing import Any as _Any
from typing import Literal as _Literal
from typing import Protocol as _Protocol
from typing import SupportsIndex as _SupportsIndex
from typing import TypedDict as _TypedDict

if _typing.TYPE_CHECKING:
    import datetime as _dt

    # Type checkers know typing_extensions on every Python (3.10's typing lacks these);
    # at run time nothing reads the annotations that name them.
    from typing_extensions import NotRequired as _NotRequired
    from typing_extensions import Required as _Required

    from . import enums as _enums

_T_co = _typing.TypeVar("_T_co", covariant=True)


class SequenceNotStr(_Protocol[_T_co]):
    """A list or a tuple of values, and never a ``str``.

    ``str.__contains__`` takes only a ``str``, so a ``str`` does not match
    ``__contains__(object)`` below, while lists and tuples do. No ``index()`` or
    ``count()``: with them pyright no longer reads a list literal's items as the
    expected values (``["Prospect"]`` would be a ``list[str]``).
    """

    @_typing.overload
    def __getitem__(self, index: _SupportsIndex, /) -> _T_co: ...
    @_typing.overload
    def __getitem__(self, index: slice, /) -> _Sequence[_T_co]: ...
    def __contains__(self, value: object, /) -> bool: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> _Iterator[_T_co]: ...
    def __reversed__(self) -> _Iterator[_T_co]: ...


AccessDeniedExceptionReasonValue: _typing.TypeAlias = _Literal[
    "INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE",
]

AssetLanguageValue: _typing.TypeAlias = _Literal[
    "en",
    "es",
    "es-419",
    "fr",
    "de",
    "it",
    "pt-BR",
    "id",
    "tr",
    "ja",
    "ko",
    "zh-Hans",
    "zh-Hant",
    "ar",
]

AttemptStatusValue: _typing.TypeAlias = _Literal[
    "IN_PROGRESS",
    "SUCCEEDED",
    "FAILED",
]

CampaignAssetActivationStatusValue: _typing.TypeAlias = _Literal[
    "IN_PROGRESS",
    "SUCCEEDED",
    "FAILED",
]

CampaignAssetActivationTaskStatusValue: _typing.TypeAlias = _Literal[
    "IN_PROGRESS",
    "SUCCEEDED",
    "PARTIAL_FAILURE",
    "FAILED",
]

CampaignAssetCategoryValue: _typing.TypeAlias = _Literal[
    "EMAIL",
    "LANDING_PAGE",
    "SOCIAL_POST",
    "BANNER_AD",
    "DOCUMENT",
]

CampaignAssetExportFailureCodeValue: _typing.TypeAlias = _Literal[
    "EXPORT_TIMEOUT",
    "EXPORT_TOO_LARGE",
    "PACKAGING_ERROR",
    "SOURCE_OBJECT_MISSING",
    "INTERNAL_ERROR",
]

CampaignAssetExportTaskStatusValue: _typing.TypeAlias = _Literal[
    "IN_PROGRESS",
    "COMPLETED",
    "FAILED",
]

CampaignAssetStateValue: _typing.TypeAlias = _Literal[
    "INACTIVE",
    "ACTIVE",
]

CampaignAssetStateReasonValue: _typing.TypeAlias = _Literal[
    "ASSET_NOT_FOUND",
    "ASSET_NOT_STARTABLE",
    "ASSET_START_IN_PROGRESS",
    "ASSET_ALREADY_ACTIVE",
    "SEND_WINDOW_TOO_SOON",
    "REQUIRED_FIELD_MISSING",
    "RECIPIENT_LIST_MISSING",
    "ENGAGEMENT_GROUPS_UNAVAILABLE",
    "SENDER_EMAIL_MISSING",
    "END_ON_MISSING",
    "ASSET_CONTENT_MISSING",
    "ASSET_NOT_ACTIVATABLE",
    "TEMPLATE_CHANGED",
    "PARTNER_IMAGE_REJECTED",
    "PREREQUISITE_ASSET_NOT_ACTIVE",
    "PARTNER_NOT_PROVISIONED",
    "RECIPIENT_LIST_EMPTY",
    "RECIPIENT_LIMIT_EXCEEDED",
    "CONTACT_OPT_IN_REQUIRED",
    "MAILING_CREDITS_EXHAUSTED",
    "SENDER_EMAIL_INVALID",
    "SOCIAL_CONNECTION_MISSING",
    "SOCIAL_CONNECTION_EXPIRED",
    "SOCIAL_CONNECTION_PAGE_REQUIRED",
    "DELIVERY_FAILED",
    "INTERNAL_ERROR",
    "MAILING_CREDITS_INSUFFICIENT",
    "PARTNER_PROFILE_FIELD_MISSING",
    "PARTNER_PROFILE_FIELD_DOES_NOT_FIT",
    "SOCIAL_CONNECTION_NOT_CHOSEN",
    "PRIVACY_POLICY_URL_MISSING",
    "PARTNER_ADDRESS_MISSING",
    "SEND_MODE_MISSING",
    "CONTENT_REJECTED",
    "URL_NOT_ALLOWED",
    "SENDER_NOT_APPROVED",
]

CampaignAssetTemplateTypeValue: _typing.TypeAlias = _Literal[
    "EMAIL",
    "SOCIAL_POST",
    "LANDING_PAGE",
    "BANNER_AD",
    "DOCUMENT",
]

CampaignSettingValue: _typing.TypeAlias = _Literal[
    "SENDER_EMAIL",
    "END_ON",
    "EMAIL_TARGET",
    "PRIVACY_POLICY_URL",
    "PARTNER_ADDRESS",
    "PARTNER_BADGE",
]

CampaignSortNameValue: _typing.TypeAlias = _Literal[
    "NAME",
    "STATE",
    "START_ON",
    "CREATED_AT",
]

CampaignStateValue: _typing.TypeAlias = _Literal[
    "DRAFT",
    "ACTIVE",
    "COMPLETED",
]

CampaignTemplateCollectionValue: _typing.TypeAlias = _Literal[
    "GENERAL",
    "BUILD_WITH_AI",
]

CatalogValue: _typing.TypeAlias = _Literal[
    "AWS",
    "Sandbox",
]

CompanySizeValue: _typing.TypeAlias = _Literal[
    "STARTUP",
    "SMALL_BUSINESS",
    "MID_MARKET",
    "ENTERPRISE",
    "GLOBAL_ENTERPRISE",
]

CustomerSegmentValue: _typing.TypeAlias = _Literal[
    "ENTERPRISE",
    "SMB",
    "PUBLIC_SECTOR",
    "ISV",
]

DeliveryStatusValue: _typing.TypeAlias = _Literal[
    "PENDING",
    "DELIVERED",
    "FAILED",
]

FileFormatValue: _typing.TypeAlias = _Literal[
    "PDF",
    "DOCX",
    "PPTX",
    "HTML",
    "IMAGE",
]

ImageFormatValue: _typing.TypeAlias = _Literal[
    "PNG",
    "JPEG",
]

IndustryValue: _typing.TypeAlias = _Literal[
    "FINANCIAL_SERVICES",
    "HEALTHCARE",
    "MANUFACTURING",
    "RETAIL",
    "MEDIA_ENTERTAINMENT",
    "ENERGY",
    "EDUCATION",
    "GOVERNMENT",
    "TELECOMMUNICATIONS",
    "AUTOMOTIVE",
    "INSURANCE",
    "OTHER",
]

LayoutFormatValue: _typing.TypeAlias = _Literal[
    "HTML",
    "PDF",
    "IMAGE",
]

LayoutPageTypeValue: _typing.TypeAlias = _Literal[
    "FORM",
    "CONFIRMATION",
]

PartnerProfileFieldValue: _typing.TypeAlias = _Literal[
    "DISPLAY_NAME",
    "WEBSITE_URL",
    "LOGO",
    "WEBSITE_DOMAIN",
    "COPYRIGHT_LINE",
    "PARTNER_DETAILS",
    "COPYRIGHT_AND_DETAILS",
    "COPYRIGHT_YEAR_LINE",
]

PlatformValue: _typing.TypeAlias = _Literal[
    "FACEBOOK",
    "LINKEDIN",
    "X",
]

ScanStatusValue: _typing.TypeAlias = _Literal[
    "PENDING",
    "CLEAN",
    "REJECTED",
]

SendModeValue: _typing.TypeAlias = _Literal[
    "ON_ACTIVATION",
    "SCHEDULED",
]

SocialConnectionStatusValue: _typing.TypeAlias = _Literal[
    "AUTHORIZED",
    "EXPIRED",
    "PAGE_REQUIRED",
]

SortOrderValue: _typing.TypeAlias = _Literal[
    "ASCENDING",
    "DESCENDING",
]

TemplateFieldSectionValue: _typing.TypeAlias = _Literal[
    "HEADER",
    "BODY",
    "FOOTER",
]

ThemeValue: _typing.TypeAlias = _Literal[
    "AI",
    "MIGRATION_MODERNIZATION",
    "SECURITY",
    "DATA_ANALYTICS",
    "AWS_TRAINING_CERTIFICATION",
    "AWS_MARKETPLACE",
    "CONNECT",
    "EVENTS",
]

ValidationExceptionFieldCodeValue: _typing.TypeAlias = _Literal[
    "VALUE_TOO_SHORT",
    "VALUE_TOO_LONG",
    "PATTERN_MISMATCH",
    "DISALLOWED_HTML_TAG",
    "WRONG_VALUE_TYPE",
    "FILE_REFERENCE_INVALID",
    "FILE_REFERENCE_NOT_OWNED",
    "IMAGE_FORMAT_NOT_SUPPORTED",
    "IMAGE_FORMAT_NOT_ALLOWED",
    "IMAGE_TOO_LARGE",
    "FILE_TOO_LARGE",
    "SCAN_REJECTED",
    "UNKNOWN_FIELD",
    "IMAGE_ASPECT_RATIO_MISMATCH",
    "FIELD_SET_ON_CAMPAIGN",
    "EMAIL_COLUMN_MISSING",
    "RECIPIENT_LIST_TOO_LARGE",
    "RECIPIENT_LIST_EMPTY",
    "INVALID_VALUE",
    "NOT_SUPPORTED_FOR_CATEGORY",
    "RECIPIENT_LIST_NOT_UTF8",
    "FIELD_FROM_PARTNER_PROFILE",
    "COPY_SOURCE_INVALID",
    "SENDER_DOMAIN_NOT_ALLIANCE_LEAD",
    "SENDER_DOMAIN_DKIM_MISSING",
    "SENDER_DOMAIN_DMARC_MISSING",
    "PARTNER_BADGE_NOT_ELIGIBLE",
]

ValidationExceptionReasonValue: _typing.TypeAlias = _Literal[
    "FIELD_VALIDATION_FAILED",
    "CANNOT_PARSE",
    "OTHER",
    "CAMPAIGN_INCOMPLETE",
]


class ActivationIssueDict(_TypedDict, total=False):
    """The wire-name dict of `ActivationIssue`."""

    Code: _Required[_enums.CampaignAssetStateReason | CampaignAssetStateReasonValue]
    FieldId: _NotRequired[str]
    CampaignSetting: _NotRequired[_enums.CampaignSetting | CampaignSettingValue]
    PartnerProfileField: _NotRequired[_enums.PartnerProfileField | PartnerProfileFieldValue]
    AffectedAssetIds: _NotRequired[SequenceNotStr[str]]
    Message: _Required[str]


class AssetLinkFieldTypeDict(_TypedDict, total=False):
    """The wire-name dict of `AssetLinkFieldType`."""

    Category: _Required[_enums.CampaignAssetCategory | CampaignAssetCategoryValue]
    LabelFieldId: _NotRequired[str]


class BatchCreateCampaignAssetEntryDict(_TypedDict, total=False):
    """The wire-name dict of `BatchCreateCampaignAssetEntry`."""

    SourceAssetTemplateIdentifier: _Required[str]


class BatchCreateCampaignAssetErrorDict(_TypedDict, total=False):
    """The wire-name dict of `BatchCreateCampaignAssetError`."""

    SourceAssetTemplateId: _Required[str]
    Code: _Required[str]
    Message: _Required[str]


class BatchCreateCampaignAssetRequestDict(_TypedDict, total=False):
    """The wire-name dict of `BatchCreateCampaignAssetRequest`."""

    Catalog: _Required[_enums.Catalog | CatalogValue]
    CampaignIdentifier: _Required[str]
    Entries: _Required[SequenceNotStr[BatchCreateCampaignAssetEntryDict]]


class BatchCreateCampaignAssetResponseDict(_TypedDict, total=False):
    """The wire-name dict of `BatchCreateCampaignAssetResponse`."""

    Errors: _Required[SequenceNotStr[BatchCreateCampaignAssetErrorDict]]
    Successful: _NotRequired[SequenceNotStr[BatchCreateCampaignAssetResultDict]]


class BatchCreateCampaignAssetResultDict(_TypedDict, total=False):
    """The wire-name dict of `BatchCreateCampaignAssetResult`."""

    SourceAssetTemplateId: _Required[str]
    Id: _Required[str]
    Layout: _NotRequired[CampaignAssetLayoutDict]


class CampaignDict(_TypedDict, total=False):
    """The wire-name dict of `Campaign`."""

    CampaignId: _Required[str]
    Arn: _Required[str]
    Name: _Required[str]
    State: _Required[_enums.CampaignState | CampaignStateValue]
    CampaignTemplateId: _NotRequired[str]
    Language: _NotRequired[_enums.AssetLanguage | AssetLanguageValue]
    PartnerProfile: _NotRequired[PartnerProfileBrandingDict]
    SenderEmail: _NotRequired[str]
    PrivacyPolicyUrl: _NotRequired[str]
    PartnerAddress: _NotRequired[str]
    PartnerBadge: _NotRequired[PartnerBadgeDetailDict]
    EmailTarget: _NotRequired[EmailTargetDetailDict]
    EmailTargetEngagementGroupIds: _NotRequired[SequenceNotStr[str]]
    SocialConnections: _NotRequired[_Mapping[str, SequenceNotStr[str]]]
    EstimatedBudget: _NotRequired[MonetaryValueDict]
    TotalBudget: _NotRequired[MonetaryValueDict]
    TargetAudience: _NotRequired[TargetAudienceDict]
    StartOn: _NotRequired[str]
    EndOn: _NotRequired[str]
    CreatedAt: _NotRequired[_dt.datetime]
    UpdatedAt: _NotRequired[_dt.datetime]
    ActivationIssues: _Required[SequenceNotStr[ActivationIssueDict]]


class CampaignAssetDict(_TypedDict, total=False):
    """The wire-name dict of `CampaignAsset`."""

    Id: _Required[str]
    CampaignId: _Required[str]
    Category: _Required[_enums.CampaignAssetCategory | CampaignAssetCategoryValue]
    Name: _Required[str]
    LinkLabel: _NotRequired[str]
    State: _Required[_enums.CampaignAssetState | CampaignAssetStateValue]
    LastActivationStatus: _NotRequired[_enums.AttemptStatus | AttemptStatusValue]
    DeliveryStatus: _NotRequired[_enums.DeliveryStatus | DeliveryStatusValue]
    DeliveryStatusReason: _NotRequired[
        _enums.CampaignAssetStateReason | CampaignAssetStateReasonValue
    ]
    SourceAssetTemplateId: _NotRequired[str]
    SocialPlatform: _NotRequired[_enums.Platform | PlatformValue]
    FileFormat: _NotRequired[_enums.FileFormat | FileFormatValue]
    SendMode: _NotRequired[_enums.SendMode | SendModeValue]
    ScheduledSendAt: _NotRequired[_dt.datetime]
    FieldValues: _NotRequired[SequenceNotStr[CampaignAssetFieldValueDict]]
    LayoutPreviews: _NotRequired[SequenceNotStr[LayoutPreviewDict]]
    Layout: _NotRequired[CampaignAssetLayoutDict]
    ActivationIssues: _Required[SequenceNotStr[ActivationIssueDict]]
    PublicUrl: _NotRequired[str]
    CreatedAt: _NotRequired[_dt.datetime]
    UpdatedAt: _NotRequired[_dt.datetime]


class CampaignAssetActivationOutcomeDict(_TypedDict, total=False):
    """The wire-name dict of `CampaignAssetActivationOutcome`."""

    CampaignAssetId: _Required[str]
    Status: _Required[_enums.CampaignAssetActivationStatus | CampaignAssetActivationStatusValue]
    Reason: _NotRequired[_enums.CampaignAssetStateReason | CampaignAssetStateReasonValue]
    Message: _NotRequired[str]


class CampaignAssetExportFailureReasonDict(_TypedDict, total=False):
    """The wire-name dict of `CampaignAssetExportFailureReason`."""

    Code: _Required[_enums.CampaignAssetExportFailureCode | CampaignAssetExportFailureCodeValue]
    Message: _Required[str]


class CampaignAssetFieldValueDict(_TypedDict, total=False):
    """The wire-name dict of `CampaignAssetFieldValue`."""

    Field: _Required[CampaignAssetTemplateFieldDict]
    Value: _NotRequired[TemplateFieldValueDict]


class CampaignAssetImageSourceDict(_TypedDict, total=False):
    """The wire-name dict of `CampaignAssetImageSource`."""

    CampaignIdentifier: _Required[str]
    CampaignAssetIdentifier: _Required[str]
    FieldId: _Required[str]


class CampaignAssetLayoutDict(_TypedDict, total=False):
    """The wire-name dict of `CampaignAssetLayout`."""

    Selected: _NotRequired[str]
    Options: _Required[SequenceNotStr[CampaignAssetLayoutOptionDict]]


class CampaignAssetLayoutOptionDict(_TypedDict, total=False):
    """The wire-name dict of `CampaignAssetLayoutOption`."""

    Value: _Required[str]
    Label: _NotRequired[str]
    FieldIds: _Required[SequenceNotStr[str]]
    LayoutPreviews: _NotRequired[SequenceNotStr[LayoutPreviewDict]]


class CampaignAssetSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `CampaignAssetSummary`."""

    Id: _Required[str]
    Category: _Required[_enums.CampaignAssetCategory | CampaignAssetCategoryValue]
    Name: _Required[str]
    LinkLabel: _NotRequired[str]
    State: _NotRequired[_enums.CampaignAssetState | CampaignAssetStateValue]
    LastActivationStatus: _NotRequired[_enums.AttemptStatus | AttemptStatusValue]
    DeliveryStatus: _NotRequired[_enums.DeliveryStatus | DeliveryStatusValue]
    DeliveryStatusReason: _NotRequired[
        _enums.CampaignAssetStateReason | CampaignAssetStateReasonValue
    ]
    SourceAssetTemplateId: _NotRequired[str]
    SocialPlatform: _NotRequired[_enums.Platform | PlatformValue]
    StartedAt: _NotRequired[_dt.datetime]
    FileFormat: _NotRequired[_enums.FileFormat | FileFormatValue]
    SendMode: _NotRequired[_enums.SendMode | SendModeValue]
    ScheduledSendAt: _NotRequired[_dt.datetime]


class CampaignAssetTemplateDict(_TypedDict, total=False):
    """The wire-name dict of `CampaignAssetTemplate`."""

    Id: _Required[str]
    Type: _Required[_enums.CampaignAssetTemplateType | CampaignAssetTemplateTypeValue]
    Label: _Required[str]
    DisplayOrder: _NotRequired[int]
    Fields: _NotRequired[SequenceNotStr[CampaignAssetTemplateFieldDict]]
    LayoutPreviews: _NotRequired[SequenceNotStr[LayoutPreviewDict]]
    PrerequisiteAssetTemplateIds: _NotRequired[SequenceNotStr[str]]
    SocialPlatform: _NotRequired[_enums.Platform | PlatformValue]


class CampaignAssetTemplateFieldDict(_TypedDict, total=False):
    """The wire-name dict of `CampaignAssetTemplateField`."""

    FieldId: _Required[str]
    Label: _NotRequired[str]
    Description: _NotRequired[str]
    Section: _NotRequired[_enums.TemplateFieldSection | TemplateFieldSectionValue]
    Page: _NotRequired[int]
    Required: _NotRequired[bool]
    Type: _Required[FieldTypeDict]
    CampaignSetting: _NotRequired[_enums.CampaignSetting | CampaignSettingValue]
    PartnerProfileField: _NotRequired[_enums.PartnerProfileField | PartnerProfileFieldValue]


class CampaignSortDict(_TypedDict, total=False):
    """The wire-name dict of `CampaignSort`."""

    SortBy: _Required[_enums.CampaignSortName | CampaignSortNameValue]
    SortOrder: _Required[_enums.SortOrder | SortOrderValue]


class CampaignSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `CampaignSummary`."""

    CampaignId: _Required[str]
    Arn: _Required[str]
    Name: _Required[str]
    State: _Required[_enums.CampaignState | CampaignStateValue]
    Language: _NotRequired[_enums.AssetLanguage | AssetLanguageValue]
    StartOn: _NotRequired[str]
    EndOn: _NotRequired[str]
    CreatedAt: _NotRequired[_dt.datetime]
    UpdatedAt: _NotRequired[_dt.datetime]


class CampaignTemplateDict(_TypedDict, total=False):
    """The wire-name dict of `CampaignTemplate`."""

    Id: _Required[str]
    Name: _Required[str]
    Industry: _NotRequired[_enums.Industry | IndustryValue]
    UseCase: _NotRequired[str]
    Description: _NotRequired[str]
    LanguageCode: _NotRequired[_enums.AssetLanguage | AssetLanguageValue]
    Collection: _Required[_enums.CampaignTemplateCollection | CampaignTemplateCollectionValue]
    AwsServices: _NotRequired[SequenceNotStr[str]]
    CustomerSegments: _NotRequired[SequenceNotStr[_enums.CustomerSegment | CustomerSegmentValue]]
    Themes: _NotRequired[SequenceNotStr[_enums.Theme | ThemeValue]]
    SetupDuration: _NotRequired[str]
    ThumbnailUrl: _NotRequired[str]
    EffectiveDateBegin: _NotRequired[_dt.datetime]
    AssetTemplates: _NotRequired[SequenceNotStr[CampaignAssetTemplateDict]]
    ReferenceMaterials: _NotRequired[SequenceNotStr[ReferenceMaterialDict]]
    CreatedAt: _NotRequired[_dt.datetime]
    UpdatedAt: _NotRequired[_dt.datetime]


class CampaignTemplateSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `CampaignTemplateSummary`."""

    Id: _Required[str]
    Name: _Required[str]
    Industry: _NotRequired[_enums.Industry | IndustryValue]
    UseCase: _NotRequired[str]
    Description: _NotRequired[str]
    LanguageCode: _NotRequired[_enums.AssetLanguage | AssetLanguageValue]
    Collection: _Required[_enums.CampaignTemplateCollection | CampaignTemplateCollectionValue]
    AwsServices: _NotRequired[SequenceNotStr[str]]
    CustomerSegments: _NotRequired[SequenceNotStr[_enums.CustomerSegment | CustomerSegmentValue]]
    Themes: _NotRequired[SequenceNotStr[_enums.Theme | ThemeValue]]
    ThumbnailUrl: _NotRequired[str]


class CreateCampaignRequestDict(_TypedDict, total=False):
    """The wire-name dict of `CreateCampaignRequest`."""

    Catalog: _Required[_enums.Catalog | CatalogValue]
    Name: _Required[str]
    CampaignTemplateId: _Required[str]
    SenderEmail: _NotRequired[str]
    PrivacyPolicyUrl: _NotRequired[str]
    PartnerAddress: _NotRequired[str]
    PartnerBadge: _NotRequired[FileRefDict]
    EmailTarget: _NotRequired[FileRefDict]
    EmailTargetEngagementGroupIds: _NotRequired[SequenceNotStr[str]]
    TargetAudience: _NotRequired[TargetAudienceDict]
    EstimatedBudget: _NotRequired[MonetaryValueDict]
    TotalBudget: _NotRequired[MonetaryValueDict]
    StartOn: _NotRequired[str]
    EndOn: _NotRequired[str]
    ClientToken: _NotRequired[str]
    Tags: _NotRequired[SequenceNotStr[TagDict]]


class CreateCampaignResponseDict(_TypedDict, total=False):
    """The wire-name dict of `CreateCampaignResponse`."""

    Id: _Required[str]
    Arn: _Required[str]


class CreateSocialConnectionAuthorizationUrlRequestDict(_TypedDict, total=False):
    """The wire-name dict of `CreateSocialConnectionAuthorizationUrlRequest`."""

    Catalog: _Required[_enums.Catalog | CatalogValue]
    Platform: _Required[_enums.Platform | PlatformValue]


class CreateSocialConnectionAuthorizationUrlResponseDict(_TypedDict, total=False):
    """The wire-name dict of `CreateSocialConnectionAuthorizationUrlResponse`."""

    Platform: _Required[_enums.Platform | PlatformValue]
    AuthorizationUrl: _Required[str]


class DeactivateCampaignAssetRequestDict(_TypedDict, total=False):
    """The wire-name dict of `DeactivateCampaignAssetRequest`."""

    Catalog: _Required[_enums.Catalog | CatalogValue]
    CampaignIdentifier: _Required[str]
    CampaignAssetIdentifier: _Required[str]


class DeactivateCampaignAssetResponseDict(_TypedDict, total=False):
    """The wire-name dict of `DeactivateCampaignAssetResponse`."""

    Id: _Required[str]
    State: _Required[_enums.CampaignAssetState | CampaignAssetStateValue]
    LastActivationStatus: _NotRequired[_enums.AttemptStatus | AttemptStatusValue]
    StateReason: _NotRequired[_enums.CampaignAssetStateReason | CampaignAssetStateReasonValue]


class DeleteCampaignAssetRequestDict(_TypedDict, total=False):
    """The wire-name dict of `DeleteCampaignAssetRequest`."""

    Catalog: _Required[_enums.Catalog | CatalogValue]
    CampaignIdentifier: _Required[str]
    CampaignAssetIdentifier: _Required[str]


class DeleteCampaignRequestDict(_TypedDict, total=False):
    """The wire-name dict of `DeleteCampaignRequest`."""

    Catalog: _Required[_enums.Catalog | CatalogValue]
    CampaignIdentifier: _Required[str]


class DeleteSocialConnectionRequestDict(_TypedDict, total=False):
    """The wire-name dict of `DeleteSocialConnectionRequest`."""

    Catalog: _Required[_enums.Catalog | CatalogValue]
    Identifier: _Required[str]
    ClientToken: _NotRequired[str]


class EmailTargetDetailDict(_TypedDict, total=False):
    """The wire-name dict of `EmailTargetDetail`."""

    ScanStatus: _NotRequired[_enums.ScanStatus | ScanStatusValue]
    AttachedAt: _NotRequired[_dt.datetime]
    ValidCount: _NotRequired[int]
    RejectedCount: _NotRequired[int]
    DuplicateCount: _NotRequired[int]
    FileName: _NotRequired[str]


class FieldTypeDict(_TypedDict, total=False):
    """The wire-name dict of `FieldType`."""

    Text: _NotRequired[TextFieldTypeDict]
    RichText: _NotRequired[RichTextFieldTypeDict]
    Image: _NotRequired[ImageFieldTypeDict]
    AssetLink: _NotRequired[AssetLinkFieldTypeDict]


class FieldValueInputDict(_TypedDict, total=False):
    """The wire-name dict of `FieldValueInput`."""

    FieldId: _Required[str]
    Value: _NotRequired[TemplateFieldValueDict]


class FileRefDict(_TypedDict, total=False):
    """The wire-name dict of `FileRef`."""

    S3Uri: _Required[str]
    VersionId: _Required[str]


class GetCampaignAssetActivationTaskRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetCampaignAssetActivationTaskRequest`."""

    Catalog: _Required[_enums.Catalog | CatalogValue]
    CampaignIdentifier: _Required[str]


class GetCampaignAssetActivationTaskResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetCampaignAssetActivationTaskResponse`."""

    CampaignId: _Required[str]
    TaskId: _Required[str]
    TaskStatus: _Required[
        _enums.CampaignAssetActivationTaskStatus | CampaignAssetActivationTaskStatusValue
    ]
    StartedAt: _Required[_dt.datetime]
    EndedAt: _NotRequired[_dt.datetime]
    Assets: _Required[SequenceNotStr[CampaignAssetActivationOutcomeDict]]


class GetCampaignAssetExportTaskRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetCampaignAssetExportTaskRequest`."""

    Catalog: _Required[_enums.Catalog | CatalogValue]
    CampaignIdentifier: _Required[str]
    CampaignAssetExportTaskIdentifier: _Required[str]


class GetCampaignAssetExportTaskResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetCampaignAssetExportTaskResponse`."""

    Id: _Required[str]
    Status: _Required[_enums.CampaignAssetExportTaskStatus | CampaignAssetExportTaskStatusValue]
    CreatedAt: _NotRequired[_dt.datetime]
    DownloadUrl: _NotRequired[str]
    ExpiresAt: _NotRequired[_dt.datetime]
    FailureReason: _NotRequired[CampaignAssetExportFailureReasonDict]


class GetCampaignAssetRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetCampaignAssetRequest`."""

    Catalog: _Required[_enums.Catalog | CatalogValue]
    CampaignIdentifier: _Required[str]
    CampaignAssetIdentifier: _Required[str]


class GetCampaignAssetResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetCampaignAssetResponse`."""

    Asset: _Required[CampaignAssetDict]


class GetCampaignRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetCampaignRequest`."""

    Catalog: _Required[_enums.Catalog | CatalogValue]
    CampaignIdentifier: _Required[str]


class GetCampaignResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetCampaignResponse`."""

    Campaign: _Required[CampaignDict]


class GetCampaignTemplateRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetCampaignTemplateRequest`."""

    Catalog: _Required[_enums.Catalog | CatalogValue]
    Identifier: _Required[str]


class GetCampaignTemplateResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetCampaignTemplateResponse`."""

    CampaignTemplate: _Required[CampaignTemplateDict]


class ImageFieldTypeDict(_TypedDict, total=False):
    """The wire-name dict of `ImageFieldType`."""

    MaxSizeBytes: _NotRequired[int]
    AllowedFormats: _NotRequired[SequenceNotStr[_enums.ImageFormat | ImageFormatValue]]
    DefaultValue: _NotRequired[LayoutPreviewDict]
    RecommendedWidthPixels: _NotRequired[int]
    RecommendedHeightPixels: _NotRequired[int]


class LayoutPreviewDict(_TypedDict, total=False):
    """The wire-name dict of `LayoutPreview`."""

    Format: _Required[_enums.LayoutFormat | LayoutFormatValue]
    Url: _Required[str]
    PageType: _NotRequired[_enums.LayoutPageType | LayoutPageTypeValue]


class ListCampaignAssetsRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListCampaignAssetsRequest`."""

    Catalog: _Required[_enums.Catalog | CatalogValue]
    CampaignIdentifier: _Required[str]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]


class ListCampaignAssetsResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListCampaignAssetsResponse`."""

    Items: _Required[SequenceNotStr[CampaignAssetSummaryDict]]
    NextToken: _NotRequired[str]


class ListCampaignsRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListCampaignsRequest`."""

    Catalog: _Required[_enums.Catalog | CatalogValue]
    CampaignIdentifiers: _NotRequired[SequenceNotStr[str]]
    Name: _NotRequired[str]
    States: _NotRequired[SequenceNotStr[_enums.CampaignState | CampaignStateValue]]
    Sort: _NotRequired[CampaignSortDict]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]


class ListCampaignsResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListCampaignsResponse`."""

    Items: _Required[SequenceNotStr[CampaignSummaryDict]]
    NextToken: _NotRequired[str]


class ListSocialConnectionsRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListSocialConnectionsRequest`."""

    Catalog: _Required[_enums.Catalog | CatalogValue]
    Platform: _NotRequired[_enums.Platform | PlatformValue]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]


class ListSocialConnectionsResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListSocialConnectionsResponse`."""

    Items: _Required[SequenceNotStr[SocialConnectionSummaryDict]]
    NextToken: _NotRequired[str]


class ListTagsForResourceRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListTagsForResourceRequest`."""

    ResourceArn: _Required[str]


class ListTagsForResourceResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListTagsForResourceResponse`."""

    ResourceArn: _Required[str]
    Tags: _NotRequired[SequenceNotStr[TagDict]]


class MonetaryValueDict(_TypedDict, total=False):
    """The wire-name dict of `MonetaryValue`."""

    Amount: _Required[str]
    CurrencyCode: _Required[str]


class PartnerBadgeDetailDict(_TypedDict, total=False):
    """The wire-name dict of `PartnerBadgeDetail`."""

    Url: _Required[str]
    AttachedAt: _Required[_dt.datetime]


class PartnerProfileBrandingDict(_TypedDict, total=False):
    """The wire-name dict of `PartnerProfileBranding`."""

    DisplayName: _NotRequired[str]
    WebsiteUrl: _NotRequired[str]
    LogoUrl: _NotRequired[str]
    RefreshedAt: _Required[_dt.datetime]


class ReferenceMaterialDict(_TypedDict, total=False):
    """The wire-name dict of `ReferenceMaterial`."""

    Name: _Required[str]
    Url: _NotRequired[str]


class RichTextFieldTypeDict(_TypedDict, total=False):
    """The wire-name dict of `RichTextFieldType`."""

    MaxLength: _NotRequired[int]
    AllowedTags: _Required[SequenceNotStr[str]]
    Placeholder: _NotRequired[str]


class SearchCampaignTemplatesRequestDict(_TypedDict, total=False):
    """The wire-name dict of `SearchCampaignTemplatesRequest`."""

    Catalog: _Required[_enums.Catalog | CatalogValue]
    SearchText: _NotRequired[str]
    Industry: _NotRequired[SequenceNotStr[_enums.Industry | IndustryValue]]
    UseCase: _NotRequired[SequenceNotStr[str]]
    Language: _NotRequired[SequenceNotStr[_enums.AssetLanguage | AssetLanguageValue]]
    AwsServices: _NotRequired[SequenceNotStr[str]]
    CustomerSegments: _NotRequired[SequenceNotStr[_enums.CustomerSegment | CustomerSegmentValue]]
    Themes: _NotRequired[SequenceNotStr[_enums.Theme | ThemeValue]]
    Collection: _NotRequired[
        SequenceNotStr[_enums.CampaignTemplateCollection | CampaignTemplateCollectionValue]
    ]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]


class SearchCampaignTemplatesResponseDict(_TypedDict, total=False):
    """The wire-name dict of `SearchCampaignTemplatesResponse`."""

    TotalResults: _Required[int]
    CampaignTemplates: _Required[SequenceNotStr[CampaignTemplateSummaryDict]]
    NextToken: _NotRequired[str]


class SocialConnectionSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `SocialConnectionSummary`."""

    Id: _Required[str]
    Platform: _Required[_enums.Platform | PlatformValue]
    Status: _Required[_enums.SocialConnectionStatus | SocialConnectionStatusValue]
    PageName: _NotRequired[str]
    AccountName: _NotRequired[str]
    ConnectedAt: _NotRequired[_dt.datetime]
    ExpiresAt: _NotRequired[_dt.datetime]


class StartCampaignAssetActivationTaskRequestDict(_TypedDict, total=False):
    """The wire-name dict of `StartCampaignAssetActivationTaskRequest`."""

    Catalog: _Required[_enums.Catalog | CatalogValue]
    CampaignIdentifier: _Required[str]
    CampaignAssetIdentifiers: _Required[SequenceNotStr[str]]
    ClientToken: _NotRequired[str]


class StartCampaignAssetActivationTaskResponseDict(_TypedDict, total=False):
    """The wire-name dict of `StartCampaignAssetActivationTaskResponse`."""

    CampaignId: _Required[str]
    TaskId: _Required[str]
    TaskStatus: _Required[
        _enums.CampaignAssetActivationTaskStatus | CampaignAssetActivationTaskStatusValue
    ]
    StartedAt: _Required[_dt.datetime]
    EndedAt: _NotRequired[_dt.datetime]
    Assets: _Required[SequenceNotStr[CampaignAssetActivationOutcomeDict]]


class StartCampaignAssetExportTaskRequestDict(_TypedDict, total=False):
    """The wire-name dict of `StartCampaignAssetExportTaskRequest`."""

    Catalog: _Required[_enums.Catalog | CatalogValue]
    CampaignIdentifier: _Required[str]
    ClientToken: _NotRequired[str]


class StartCampaignAssetExportTaskResponseDict(_TypedDict, total=False):
    """The wire-name dict of `StartCampaignAssetExportTaskResponse`."""

    Id: _Required[str]
    Status: _Required[_enums.CampaignAssetExportTaskStatus | CampaignAssetExportTaskStatusValue]


class TagDict(_TypedDict, total=False):
    """The wire-name dict of `Tag`."""

    Key: _Required[str]
    Value: _Required[str]


class TagResourceRequestDict(_TypedDict, total=False):
    """The wire-name dict of `TagResourceRequest`."""

    ResourceArn: _Required[str]
    Tags: _Required[SequenceNotStr[TagDict]]


class TagResourceResponseDict(_TypedDict, total=False):
    """The wire-name dict of `TagResourceResponse`."""

    pass


class TargetAudienceDict(_TypedDict, total=False):
    """The wire-name dict of `TargetAudience`."""

    Industries: _NotRequired[SequenceNotStr[_enums.Industry | IndustryValue]]
    CompanySizes: _NotRequired[SequenceNotStr[_enums.CompanySize | CompanySizeValue]]
    Countries: _NotRequired[SequenceNotStr[str]]


class TemplateFieldValueDict(_TypedDict, total=False):
    """The wire-name dict of `TemplateFieldValue`."""

    Text: _NotRequired[str]
    ImageReference: _NotRequired[str]
    LinkedAssetId: _NotRequired[str]
    CampaignAssetImage: _NotRequired[CampaignAssetImageSourceDict]


class TextFieldTypeDict(_TypedDict, total=False):
    """The wire-name dict of `TextFieldType`."""

    MinLength: _NotRequired[int]
    MaxLength: _NotRequired[int]
    Pattern: _NotRequired[str]
    Placeholder: _NotRequired[str]


class UntagResourceRequestDict(_TypedDict, total=False):
    """The wire-name dict of `UntagResourceRequest`."""

    ResourceArn: _Required[str]
    TagKeys: _Required[SequenceNotStr[str]]


class UntagResourceResponseDict(_TypedDict, total=False):
    """The wire-name dict of `UntagResourceResponse`."""

    pass


class UpdateCampaignAssetRequestDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateCampaignAssetRequest`."""

    Catalog: _Required[_enums.Catalog | CatalogValue]
    CampaignIdentifier: _Required[str]
    CampaignAssetIdentifier: _Required[str]
    FieldValues: _NotRequired[SequenceNotStr[FieldValueInputDict]]
    Layout: _NotRequired[str]
    SendMode: _NotRequired[_enums.SendMode | SendModeValue]
    ScheduledSendAt: _NotRequired[_dt.datetime]
    ClientToken: _NotRequired[str]


class UpdateCampaignAssetResponseDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateCampaignAssetResponse`."""

    Id: _Required[str]
    State: _Required[_enums.CampaignAssetState | CampaignAssetStateValue]
    ActivationIssues: _Required[SequenceNotStr[ActivationIssueDict]]


class UpdateCampaignRequestDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateCampaignRequest`."""

    Catalog: _Required[_enums.Catalog | CatalogValue]
    CampaignIdentifier: _Required[str]
    Name: _NotRequired[str]
    SenderEmail: _NotRequired[str]
    PrivacyPolicyUrl: _NotRequired[str]
    PartnerAddress: _NotRequired[str]
    PartnerBadge: _NotRequired[FileRefDict]
    EmailTarget: _NotRequired[FileRefDict]
    EmailTargetEngagementGroupIds: _NotRequired[SequenceNotStr[str]]
    SocialConnections: _NotRequired[_Mapping[str, SequenceNotStr[str]]]
    EstimatedBudget: _NotRequired[MonetaryValueDict]
    TotalBudget: _NotRequired[MonetaryValueDict]
    TargetAudience: _NotRequired[TargetAudienceDict]
    ClientToken: _NotRequired[str]
    StartOn: _NotRequired[str]
    EndOn: _NotRequired[str]


class UpdateCampaignResponseDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateCampaignResponse`."""

    Id: _Required[str]


class ValidationExceptionFieldDict(_TypedDict, total=False):
    """The wire-name dict of `ValidationExceptionField`."""

    Name: _Required[str]
    FieldId: _NotRequired[str]
    Message: _Required[str]
    Code: _NotRequired[_enums.ValidationExceptionFieldCode | ValidationExceptionFieldCodeValue]
