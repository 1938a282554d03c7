"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only DeleteCampaignAsset calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        Catalog,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._delete_campaign_asset"


class DeleteCampaignAssetRequest(_Structure):
    """Input for DeleteCampaignAsset operation.

    Attributes:
        catalog: The catalog (AWS or Sandbox). Required.
        campaign_identifier: The campaign identifier. Required.
        campaign_asset_identifier: The asset identifier. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "campaign_identifier",
        "campaign_asset_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "CampaignIdentifier",
            "CampaignAssetIdentifier",
        )
    )
    _REQUIRED = (
        "Catalog",
        "CampaignIdentifier",
        "CampaignAssetIdentifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: Catalog | str
    campaign_identifier: str
    campaign_asset_identifier: str

    def __init__(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifier: str,
        campaign_asset_identifier: str,
    ) -> None:
        self.catalog = catalog
        self.campaign_identifier = campaign_identifier
        self.campaign_asset_identifier = campaign_asset_identifier
