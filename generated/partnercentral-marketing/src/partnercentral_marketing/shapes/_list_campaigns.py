"""Shapes of the Partner Central Marketing API (internal: import them from ``shapes``).

The shapes only ListCampaigns calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        AssetLanguage,
        CampaignSortName,
        CampaignState,
        Catalog,
        SortOrder,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._rpcv2cbor.shapes._list_campaigns"


class CampaignSort(_Structure):
    """How to order `ListCampaigns`. Ties break by campaign id, ascending.

    Attributes:
        sort_by: The attribute to sort by. Required.
        sort_order: The direction. Required.
    """

    __module__ = __package__
    __slots__ = (
        "sort_by",
        "sort_order",
    )
    _WIRE_NAMES = frozenset(
        (
            "SortBy",
            "SortOrder",
        )
    )
    _REQUIRED = (
        "SortBy",
        "SortOrder",
    )
    _CODECS = _CODEC_MODULE

    sort_by: CampaignSortName | str
    sort_order: SortOrder | str

    def __init__(
        self,
        *,
        sort_by: CampaignSortName | _types.CampaignSortNameValue,
        sort_order: SortOrder | _types.SortOrderValue,
    ) -> None:
        self.sort_by = sort_by
        self.sort_order = sort_order


class CampaignSummary(_Structure):
    """Summary representation of a campaign for list operations.

    Attributes:
        campaign_id: The campaign identifier. Required.
        arn: The campaign ARN. Required.
        name: The display name. Required.
        state: The campaign's state, derived on every read from `EndOn` and its assets.
            Required.
        language: The language the campaign's assets are written and typeset in.
        start_on: The first day of the campaign's run window.
        end_on: The last day of the campaign's run window.
        created_at: Creation timestamp.
        updated_at: Last update timestamp.
    """

    __module__ = __package__
    __slots__ = (
        "campaign_id",
        "arn",
        "name",
        "state",
        "language",
        "start_on",
        "end_on",
        "created_at",
        "updated_at",
    )
    _WIRE_NAMES = frozenset(
        (
            "CampaignId",
            "Arn",
            "Name",
            "State",
            "Language",
            "StartOn",
            "EndOn",
            "CreatedAt",
            "UpdatedAt",
        )
    )
    _REQUIRED = (
        "CampaignId",
        "Arn",
        "Name",
        "State",
    )
    _CODECS = _CODEC_MODULE

    campaign_id: str
    arn: str
    name: str
    state: CampaignState | str
    language: AssetLanguage | str | None
    start_on: str | None
    end_on: str | None
    created_at: _dt.datetime | None
    updated_at: _dt.datetime | None

    def __init__(
        self,
        *,
        campaign_id: str,
        arn: str,
        name: str,
        state: CampaignState | _types.CampaignStateValue,
        language: AssetLanguage | _types.AssetLanguageValue | None = None,
        start_on: str | None = None,
        end_on: str | None = None,
        created_at: _dt.datetime | None = None,
        updated_at: _dt.datetime | None = None,
    ) -> None:
        self.campaign_id = campaign_id
        self.arn = arn
        self.name = name
        self.state = state
        self.language = language
        self.start_on = start_on
        self.end_on = end_on
        self.created_at = created_at
        self.updated_at = updated_at


class ListCampaignsRequest(_Structure):
    """Input for ListCampaigns operation.

    Filters combine with AND. Results are eventually consistent: a campaign created, renamed
    or activated a moment ago can take up to a second to appear with its current values.
    `GetCampaign` is strongly consistent.

    Attributes:
        catalog: The catalog (AWS or Sandbox). Required.
        campaign_identifiers: Only these campaigns, each named by its id or its campaign
            ARN.
        name: Only campaigns whose name contains this, compared case-insensitively.
        states: Only campaigns in one of these states.
        sort: The order of the results.
        max_results: Maximum results per page.
        next_token: Pagination token.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "campaign_identifiers",
        "name",
        "states",
        "sort",
        "max_results",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "CampaignIdentifiers",
            "Name",
            "States",
            "Sort",
            "MaxResults",
            "NextToken",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    catalog: Catalog | str
    campaign_identifiers: _Sequence[str] | None
    name: str | None
    states: _Sequence[CampaignState | str] | None
    sort: CampaignSort | None
    max_results: int | None
    next_token: str | None

    def __init__(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifiers: _types.SequenceNotStr[str] | None = None,
        name: str | None = None,
        states: _types.SequenceNotStr[CampaignState | _types.CampaignStateValue] | None = None,
        sort: CampaignSort | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.campaign_identifiers = campaign_identifiers  # type: ignore[assignment]
        self.name = name
        self.states = states  # type: ignore[assignment]
        self.sort = sort
        self.max_results = max_results
        self.next_token = next_token


class ListCampaignsResponse(_Structure):
    """Output for ListCampaigns operation.

    Attributes:
        items: The list of results. Required.
        next_token: Pagination token.
    """

    __module__ = __package__
    __slots__ = (
        "items",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Items",
            "NextToken",
        )
    )
    _REQUIRED = ("Items",)
    _CODECS = _CODEC_MODULE

    items: list[CampaignSummary]
    next_token: str | None

    def __init__(
        self,
        *,
        items: _types.SequenceNotStr[CampaignSummary],
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.items = items  # type: ignore[assignment]
        self.next_token = next_token
