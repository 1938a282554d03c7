"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only AssociateOpportunity calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        RelatedEntityType,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._associate_opportunity"


class AssociateOpportunityRequest(_Structure):
    """Contains the request parameters for the `AssociateOpportunity` operation.

    Attributes:
        catalog: Specifies the catalog associated with the request. Required.
        opportunity_identifier: Requires the `Opportunity`'s unique identifier when you
            want to associate it with a related entity. Required.
        related_entity_type: Specifies the entity type that you're associating with the
            `Opportunity`. Required.
        related_entity_identifier: Requires the related entity's unique identifier when
            you want to associate it with the... Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "opportunity_identifier",
        "related_entity_type",
        "related_entity_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "OpportunityIdentifier",
            "RelatedEntityType",
            "RelatedEntityIdentifier",
        )
    )
    _REQUIRED = (
        "Catalog",
        "OpportunityIdentifier",
        "RelatedEntityType",
        "RelatedEntityIdentifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    opportunity_identifier: str
    related_entity_type: RelatedEntityType | str
    related_entity_identifier: str

    def __init__(
        self,
        *,
        catalog: str,
        opportunity_identifier: str,
        related_entity_type: RelatedEntityType | _types.RelatedEntityTypeValue,
        related_entity_identifier: str,
    ) -> None:
        self.catalog = catalog
        self.opportunity_identifier = opportunity_identifier
        self.related_entity_type = related_entity_type
        self.related_entity_identifier = related_entity_identifier
