"""Enumerations of the Partner Central Marketing API.

Enums are open: a value the service adds later is kept as a plain ``str``
(every enum-typed member is annotated ``SomeEnum | str``), so an older client
never fails on it. Each class is a ``str`` subclass, so members compare equal
to their wire strings.

Import the classes from here. Each is defined in a private module with the other
enums the same operations use, imported when one of its names is first read.
"""

from __future__ import annotations

import typing as _typing

if _typing.TYPE_CHECKING:
    from ._asset_language import (
        AssetLanguage,
    )
    from ._attempt_status import (
        AttemptStatus,
    )
    from ._campaign_asset_activation_outcome import (
        CampaignAssetActivationStatus,
        CampaignAssetActivationTaskStatus,
    )
    from ._campaign_asset_category import (
        CampaignAssetCategory,
    )
    from ._campaign_asset_export_task_status import (
        CampaignAssetExportTaskStatus,
    )
    from ._campaign_asset_state import (
        CampaignAssetState,
    )
    from ._campaign_asset_state_reason import (
        CampaignAssetStateReason,
    )
    from ._campaign_asset_template_field import (
        ImageFormat,
        TemplateFieldSection,
    )
    from ._campaign_setting import (
        CampaignSetting,
        PartnerProfileField,
    )
    from ._campaign_state import (
        CampaignState,
    )
    from ._campaign_template_collection import (
        CampaignTemplateCollection,
        CustomerSegment,
        Theme,
    )
    from ._catalog import (
        Catalog,
    )
    from ._delivery_status import (
        DeliveryStatus,
        FileFormat,
    )
    from ._errors import (
        AccessDeniedExceptionReason,
        ValidationExceptionFieldCode,
        ValidationExceptionReason,
    )
    from ._get_campaign import (
        ScanStatus,
    )
    from ._get_campaign_asset_export_task import (
        CampaignAssetExportFailureCode,
    )
    from ._get_campaign_template import (
        CampaignAssetTemplateType,
    )
    from ._industry import (
        Industry,
    )
    from ._layout_preview import (
        LayoutFormat,
        LayoutPageType,
    )
    from ._list_campaigns import (
        CampaignSortName,
        SortOrder,
    )
    from ._list_social_connections import (
        SocialConnectionStatus,
    )
    from ._monetary_value import (
        CompanySize,
    )
    from ._platform import (
        Platform,
    )
    from ._send_mode import (
        SendMode,
    )

__all__ = [
    "AccessDeniedExceptionReason",
    "AssetLanguage",
    "AttemptStatus",
    "CampaignAssetActivationStatus",
    "CampaignAssetActivationTaskStatus",
    "CampaignAssetCategory",
    "CampaignAssetExportFailureCode",
    "CampaignAssetExportTaskStatus",
    "CampaignAssetState",
    "CampaignAssetStateReason",
    "CampaignAssetTemplateType",
    "CampaignSetting",
    "CampaignSortName",
    "CampaignState",
    "CampaignTemplateCollection",
    "Catalog",
    "CompanySize",
    "CustomerSegment",
    "DeliveryStatus",
    "FileFormat",
    "ImageFormat",
    "Industry",
    "LayoutFormat",
    "LayoutPageType",
    "PartnerProfileField",
    "Platform",
    "ScanStatus",
    "SendMode",
    "SocialConnectionStatus",
    "SortOrder",
    "TemplateFieldSection",
    "Theme",
    "ValidationExceptionFieldCode",
    "ValidationExceptionReason",
]

# The private module defining each name, imported when the name is first read.
_MODULES = {
    "AssetLanguage": "_asset_language",
    "AttemptStatus": "_attempt_status",
    "CampaignAssetActivationStatus": "_campaign_asset_activation_outcome",
    "CampaignAssetActivationTaskStatus": "_campaign_asset_activation_outcome",
    "CampaignAssetCategory": "_campaign_asset_category",
    "CampaignAssetExportTaskStatus": "_campaign_asset_export_task_status",
    "CampaignAssetState": "_campaign_asset_state",
    "CampaignAssetStateReason": "_campaign_asset_state_reason",
    "ImageFormat": "_campaign_asset_template_field",
    "TemplateFieldSection": "_campaign_asset_template_field",
    "CampaignSetting": "_campaign_setting",
    "PartnerProfileField": "_campaign_setting",
    "CampaignState": "_campaign_state",
    "CampaignTemplateCollection": "_campaign_template_collection",
    "CustomerSegment": "_campaign_template_collection",
    "Theme": "_campaign_template_collection",
    "Catalog": "_catalog",
    "DeliveryStatus": "_delivery_status",
    "FileFormat": "_delivery_status",
    "AccessDeniedExceptionReason": "_errors",
    "ValidationExceptionFieldCode": "_errors",
    "ValidationExceptionReason": "_errors",
    "ScanStatus": "_get_campaign",
    "CampaignAssetExportFailureCode": "_get_campaign_asset_export_task",
    "CampaignAssetTemplateType": "_get_campaign_template",
    "Industry": "_industry",
    "LayoutFormat": "_layout_preview",
    "LayoutPageType": "_layout_preview",
    "CampaignSortName": "_list_campaigns",
    "SortOrder": "_list_campaigns",
    "SocialConnectionStatus": "_list_social_connections",
    "CompanySize": "_monetary_value",
    "Platform": "_platform",
    "SendMode": "_send_mode",
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
