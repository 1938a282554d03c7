"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only BatchCreateCampaignAsset calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        Catalog,
    )
    from . import (
        CampaignAssetLayout,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._batch_create_campaign_asset"


class BatchCreateCampaignAssetEntry(_Structure):
    """One blueprint to instantiate.

    Carries nothing but the blueprint's identity, and that is the point rather than a
    saving: category, name, FileFormat and platform are all derived from the named
    blueprint, so no caller has a member with which to contradict the pinned schema (asset
    design section 3.1).

    There is deliberately no per-entry ClientToken. AWS Batch Operations requires a *request
    identifier* per entry -- "a request identifier CAN either be a resource identifier or a
    client idempotency token" -- and SourceAssetTemplateIdentifier is a resource identifier,
    unique across entries and echoed in this entry's error. Idempotency is structural rather
    than token-based: an asset id is derived from (CampaignId, SourceAssetTemplateId), so a
    replayed entry resolves to the same asset (I-16).

    Attributes:
        source_asset_template_identifier: The asset template to instantiate, as returned
            by GetCampaignTemplate in... Required.
    """

    __module__ = __package__
    __slots__ = ("source_asset_template_identifier",)
    _WIRE_NAMES = frozenset(("SourceAssetTemplateIdentifier",))
    _REQUIRED = ("SourceAssetTemplateIdentifier",)
    _CODECS = _CODEC_MODULE

    source_asset_template_identifier: str

    def __init__(
        self,
        *,
        source_asset_template_identifier: str,
    ) -> None:
        self.source_asset_template_identifier = source_asset_template_identifier


class BatchCreateCampaignAssetError(_Structure):
    """Why one entry could not be instantiated.

    Attributes:
        source_asset_template_id: The failing entry's request identifier, so a caller
            can match this error to the entry it sent. Required.
        code: Error code -ResourceNotFoundException when the blueprint is not on the
            campaign's bound template... Required.
        message: Human-readable cause. Required.
    """

    __module__ = __package__
    __slots__ = (
        "source_asset_template_id",
        "code",
        "message",
    )
    _WIRE_NAMES = frozenset(
        (
            "SourceAssetTemplateId",
            "Code",
            "Message",
        )
    )
    _REQUIRED = (
        "SourceAssetTemplateId",
        "Code",
        "Message",
    )
    _CODECS = _CODEC_MODULE

    source_asset_template_id: str
    code: str
    message: str

    def __init__(
        self,
        *,
        source_asset_template_id: str,
        code: str,
        message: str,
    ) -> None:
        self.source_asset_template_id = source_asset_template_id
        self.code = code
        self.message = message


class BatchCreateCampaignAssetRequest(_Structure):
    """Input for BatchCreateCampaignAsset operation.

    DG-038: replaces CreateCampaignAssetRequest. Selecting assets is a set decision -- a
    partner picks which of the bound campaign template's blueprints this campaign will
    carry -- so the operation takes a list of entries and there is no singular create. "Add
    the blueprint I skipped" is a batch of one.

    Attributes:
        catalog: The catalog (AWS or Sandbox). Required.
        campaign_identifier: The campaign identifier. Required.
        entries: The blueprints to instantiate, one entry each. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "campaign_identifier",
        "entries",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "CampaignIdentifier",
            "Entries",
        )
    )
    _REQUIRED = (
        "Catalog",
        "CampaignIdentifier",
        "Entries",
    )
    _CODECS = _CODEC_MODULE

    catalog: Catalog | str
    campaign_identifier: str
    entries: _Sequence[BatchCreateCampaignAssetEntry]

    def __init__(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifier: str,
        entries: _types.SequenceNotStr[BatchCreateCampaignAssetEntry],
    ) -> None:
        self.catalog = catalog
        self.campaign_identifier = campaign_identifier
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.entries = entries  # type: ignore[assignment]


class BatchCreateCampaignAssetResponse(_Structure):
    """Output for BatchCreateCampaignAsset.

    Per-entry, per AWS Batch Operations. `Errors` is required and is empty rather than
    absent on a fully successful call; `Successful` is the success list the standard makes
    optional, and DG returns it because a client otherwise cannot learn the ids that were
    created.

    Status is 200 whenever entries were processed individually -- including when every entry
    failed, since the batch itself succeeded and the entries did not. A 4xx means the batch
    could not be attempted as a whole and nothing was written.

    A partial batch is a real state and the recovery is to re-send the same entry list: an
    entry is idempotent by identity (I-15/I-16), so what landed no-ops and what did not gets
    created. An already-existing asset is therefore a `Successful` row, not an error -- were
    it an error, a client looping until `Errors` is empty would never terminate.

    Attributes:
        errors: One entry per blueprint that could not be instantiated. Required.
        successful: One entry per asset that exists as a result of this call, whether
            created here or already present.
    """

    __module__ = __package__
    __slots__ = (
        "errors",
        "successful",
    )
    _WIRE_NAMES = frozenset(
        (
            "Errors",
            "Successful",
        )
    )
    _REQUIRED = ("Errors",)
    _CODECS = _CODEC_MODULE

    errors: list[BatchCreateCampaignAssetError]
    successful: list[BatchCreateCampaignAssetResult] | None

    def __init__(
        self,
        *,
        errors: _types.SequenceNotStr[BatchCreateCampaignAssetError],
        successful: _types.SequenceNotStr[BatchCreateCampaignAssetResult] | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.errors = errors  # type: ignore[assignment]
        self.successful = successful  # type: ignore[assignment]


class BatchCreateCampaignAssetResult(_Structure):
    """One asset that exists as a result of this call.

    Attributes:
        source_asset_template_id: The entry's request identifier. Required.
        id: The asset's identifier, derived from (CampaignId, SourceAssetTemplateId)
            rather than minted, so... Required.
        layout: For a multi-layout blueprint, the asset's layout options, so a client
            can render the first layout...
    """

    __module__ = __package__
    __slots__ = (
        "source_asset_template_id",
        "id",
        "layout",
    )
    _WIRE_NAMES = frozenset(
        (
            "SourceAssetTemplateId",
            "Id",
            "Layout",
        )
    )
    _REQUIRED = (
        "SourceAssetTemplateId",
        "Id",
    )
    _CODECS = _CODEC_MODULE

    source_asset_template_id: str
    id: str
    layout: CampaignAssetLayout | None

    def __init__(
        self,
        *,
        source_asset_template_id: str,
        id: str,
        layout: CampaignAssetLayout | None = None,
    ) -> None:
        self.source_asset_template_id = source_asset_template_id
        self.id = id
        self.layout = layout
