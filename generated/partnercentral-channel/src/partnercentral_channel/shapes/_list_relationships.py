"""Shapes of the Partner Central Channel API (internal: import them from ``shapes``).

The shapes only ListRelationships calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        AssociationType,
        ListRelationshipsSortName,
        Sector,
        SortOrder,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._list_relationships"


class ListRelationshipsRequest(_Structure):
    """ListRelationshipsRequest

    Attributes:
        catalog: The catalog identifier to filter relationships. Required.
        max_results: The maximum number of results to return in a single call.
        associated_account_ids: Filter by associated AWS account IDs.
        association_types: Filter by association types.
        display_names: Filter by display names.
        program_management_account_identifiers: Filter by program management account
            identifiers.
        sort: Sorting options for the results.
        next_token: Token for retrieving the next page of results.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "max_results",
        "associated_account_ids",
        "association_types",
        "display_names",
        "program_management_account_identifiers",
        "sort",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "catalog",
            "maxResults",
            "associatedAccountIds",
            "associationTypes",
            "displayNames",
            "programManagementAccountIdentifiers",
            "sort",
            "nextToken",
        )
    )
    _REQUIRED = ("catalog",)
    _CODECS = _CODEC_MODULE

    catalog: str
    max_results: int | None
    associated_account_ids: _Sequence[str] | None
    association_types: _Sequence[AssociationType | str] | None
    display_names: _Sequence[str] | None
    program_management_account_identifiers: _Sequence[str] | None
    sort: ListRelationshipsSortBase | None
    next_token: str | None

    def __init__(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        associated_account_ids: _types.SequenceNotStr[str] | None = None,
        association_types: (
            _types.SequenceNotStr[AssociationType | _types.AssociationTypeValue] | None
        ) = None,
        display_names: _types.SequenceNotStr[str] | None = None,
        program_management_account_identifiers: _types.SequenceNotStr[str] | None = None,
        sort: ListRelationshipsSortBase | None = None,
        next_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.max_results = max_results
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.associated_account_ids = associated_account_ids  # type: ignore[assignment]
        self.association_types = association_types  # type: ignore[assignment]
        self.display_names = display_names  # type: ignore[assignment]
        self.program_management_account_identifiers = program_management_account_identifiers  # type: ignore[assignment]
        self.sort = sort
        self.next_token = next_token


class ListRelationshipsResponse(_Structure):
    """ListRelationshipsResponse

    Attributes:
        items: List of relationships matching the criteria.
        next_token: Token for retrieving the next page of results, if available.
    """

    __module__ = __package__
    __slots__ = (
        "items",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "items",
            "nextToken",
        )
    )
    _CODECS = _CODEC_MODULE

    items: list[RelationshipSummary] | None
    next_token: str | None

    def __init__(
        self,
        *,
        items: _types.SequenceNotStr[RelationshipSummary] | None = None,
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.items = items  # type: ignore[assignment]
        self.next_token = next_token


class ListRelationshipsSortBase(_Structure):
    """Base sorting configuration for relationships.

    Attributes:
        sort_order: The sort order (ascending or descending). Required.
        sort_by: The field to sort by. Required.
    """

    __module__ = __package__
    __slots__ = (
        "sort_order",
        "sort_by",
    )
    _WIRE_NAMES = frozenset(
        (
            "sortOrder",
            "sortBy",
        )
    )
    _REQUIRED = (
        "sortOrder",
        "sortBy",
    )
    _CODECS = _CODEC_MODULE

    sort_order: SortOrder | str
    sort_by: ListRelationshipsSortName | str

    def __init__(
        self,
        *,
        sort_order: SortOrder | _types.SortOrderValue,
        sort_by: ListRelationshipsSortName | _types.ListRelationshipsSortNameValue,
    ) -> None:
        self.sort_order = sort_order
        self.sort_by = sort_by


class RelationshipSummary(_Structure):
    """Summary information about a partner relationship.

    Attributes:
        arn: The Amazon Resource Name (ARN) of the relationship.
        id: The unique identifier of the relationship.
        revision: The current revision number of the relationship.
        catalog: The catalog identifier associated with the relationship.
        association_type: The type of association for the relationship.
        program_management_account_id: The identifier of the program management account.
        associated_account_id: The AWS account ID associated in this relationship.
        display_name: The display name of the relationship.
        sector: The business sector for the relationship.
        created_at: The timestamp when the relationship was created.
        updated_at: The timestamp when the relationship was last updated.
        start_date: The start date of the relationship.
    """

    __module__ = __package__
    __slots__ = (
        "arn",
        "id",
        "revision",
        "catalog",
        "association_type",
        "program_management_account_id",
        "associated_account_id",
        "display_name",
        "sector",
        "created_at",
        "updated_at",
        "start_date",
    )
    _WIRE_NAMES = frozenset(
        (
            "arn",
            "id",
            "revision",
            "catalog",
            "associationType",
            "programManagementAccountId",
            "associatedAccountId",
            "displayName",
            "sector",
            "createdAt",
            "updatedAt",
            "startDate",
        )
    )
    _CODECS = _CODEC_MODULE

    arn: str | None
    id: str | None
    revision: str | None
    catalog: str | None
    association_type: AssociationType | str | None
    program_management_account_id: str | None
    associated_account_id: str | None
    display_name: str | None
    sector: Sector | str | None
    created_at: _dt.datetime | None
    updated_at: _dt.datetime | None
    start_date: _dt.datetime | None

    def __init__(
        self,
        *,
        arn: str | None = None,
        id: str | None = None,
        revision: str | None = None,
        catalog: str | None = None,
        association_type: AssociationType | _types.AssociationTypeValue | None = None,
        program_management_account_id: str | None = None,
        associated_account_id: str | None = None,
        display_name: str | None = None,
        sector: Sector | _types.SectorValue | None = None,
        created_at: _dt.datetime | None = None,
        updated_at: _dt.datetime | None = None,
        start_date: _dt.datetime | None = None,
    ) -> None:
        self.arn = arn
        self.id = id
        self.revision = revision
        self.catalog = catalog
        self.association_type = association_type
        self.program_management_account_id = program_management_account_id
        self.associated_account_id = associated_account_id
        self.display_name = display_name
        self.sector = sector
        self.created_at = created_at
        self.updated_at = updated_at
        self.start_date = start_date
