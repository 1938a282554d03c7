"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only ListEngagementResourceAssociations calls hold, imported on the first
use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        ResourceType,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._list_engagement_resource_associations"


class EngagementResourceAssociationSummary(_Structure):
    """This provide a streamlined view of the relationships between engagements and resources.
    These summaries offer a crucial link between collaborative engagements and the specific
    resources involved, such as opportunities.These summaries are particularly valuable for
    partners navigating complex engagements with multiple resources. They enable quick
    insights into resource distribution across engagements, support efficient resource
    management, and help maintain a clear overview of collaborative activities.

    Attributes:
        catalog: Indicates the environment in which the resource and engagement exist.
            Required.
        engagement_id: A unique identifier for the engagement associated with the
            resource.
        resource_type: Categorizes the type of resource associated with the engagement.
        resource_id: A unique identifier for the specific resource.
        created_by: The AWS account ID of the entity that owns the resource.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "engagement_id",
        "resource_type",
        "resource_id",
        "created_by",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "EngagementId",
            "ResourceType",
            "ResourceId",
            "CreatedBy",
        )
    )
    _REQUIRED = ("Catalog",)
    _SENSITIVE = frozenset(("created_by",))
    _CODECS = _CODEC_MODULE

    catalog: str
    engagement_id: str | None
    resource_type: ResourceType | str | None
    resource_id: str | None
    created_by: str | None

    def __init__(
        self,
        *,
        catalog: str,
        engagement_id: str | None = None,
        resource_type: ResourceType | _types.ResourceTypeValue | None = None,
        resource_id: str | None = None,
        created_by: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.engagement_id = engagement_id
        self.resource_type = resource_type
        self.resource_id = resource_id
        self.created_by = created_by


class ListEngagementResourceAssociationsRequest(_Structure):
    """Contains the request parameters for the `ListEngagementResourceAssociations` operation.

    Attributes:
        catalog: Specifies the catalog in which to search for engagement-resource
            associations. Required.
        max_results: Limits the number of results returned in a single call.
        next_token: A token used for pagination of results.
        engagement_identifier: Filters the results to include only associations related
            to the specified engagement.
        resource_type: Filters the results to include only associations with resources
            of the specified type.
        resource_identifier: Filters the results to include only associations with the
            specified resource.
        created_by: Filters the response to include only snapshots of resources owned by
            the specified AWS account ID.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "max_results",
        "next_token",
        "engagement_identifier",
        "resource_type",
        "resource_identifier",
        "created_by",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "MaxResults",
            "NextToken",
            "EngagementIdentifier",
            "ResourceType",
            "ResourceIdentifier",
            "CreatedBy",
        )
    )
    _REQUIRED = ("Catalog",)
    _SENSITIVE = frozenset(("created_by",))
    _CODECS = _CODEC_MODULE

    catalog: str
    max_results: int | None
    next_token: str | None
    engagement_identifier: str | None
    resource_type: ResourceType | str | None
    resource_identifier: str | None
    created_by: str | None

    def __init__(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        engagement_identifier: str | None = None,
        resource_type: ResourceType | _types.ResourceTypeValue | None = None,
        resource_identifier: str | None = None,
        created_by: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.max_results = max_results
        self.next_token = next_token
        self.engagement_identifier = engagement_identifier
        self.resource_type = resource_type
        self.resource_identifier = resource_identifier
        self.created_by = created_by


class ListEngagementResourceAssociationsResponse(_Structure):
    """Contains the response that the `ListEngagementResourceAssociations` action returns.

    Attributes:
        engagement_resource_association_summaries: A list of engagement-resource
            association summaries. Required.
        next_token: A token to retrieve the next set of results.
    """

    __module__ = __package__
    __slots__ = (
        "engagement_resource_association_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "EngagementResourceAssociationSummaries",
            "NextToken",
        )
    )
    _REQUIRED = ("EngagementResourceAssociationSummaries",)
    _CODECS = _CODEC_MODULE

    engagement_resource_association_summaries: list[EngagementResourceAssociationSummary]
    next_token: str | None

    def __init__(
        self,
        *,
        engagement_resource_association_summaries: _types.SequenceNotStr[
            EngagementResourceAssociationSummary
        ],
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.engagement_resource_association_summaries = engagement_resource_association_summaries  # type: ignore[assignment]
        self.next_token = next_token
