"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only ListResourceSnapshots calls hold, imported on the first use of one.
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
_CODEC_MODULE = ".._awsjson.shapes._list_resource_snapshots"


class ListResourceSnapshotsRequest(_Structure):
    """Contains the request parameters for the `ListResourceSnapshots` operation.

    Attributes:
        catalog: Specifies the catalog related to the request. Required.
        max_results: The maximum number of results to return in a single call.
        next_token: The token for the next set of results.
        engagement_identifier: The unique identifier of the engagement associated with
            the snapshots. Required.
        resource_type: Filters the response to include only snapshots of the specified
            resource type.
        resource_identifier: Filters the response to include only snapshots of the
            specified resource.
        resource_snapshot_template_identifier: Filters the response to include only
            snapshots created using the specified template.
        created_by: Filters the response to include only snapshots of resources owned by
            the specified AWS account.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "max_results",
        "next_token",
        "engagement_identifier",
        "resource_type",
        "resource_identifier",
        "resource_snapshot_template_identifier",
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
            "ResourceSnapshotTemplateIdentifier",
            "CreatedBy",
        )
    )
    _REQUIRED = (
        "Catalog",
        "EngagementIdentifier",
    )
    _SENSITIVE = frozenset(("created_by",))
    _CODECS = _CODEC_MODULE

    catalog: str
    max_results: int | None
    next_token: str | None
    engagement_identifier: str
    resource_type: ResourceType | str | None
    resource_identifier: str | None
    resource_snapshot_template_identifier: str | None
    created_by: str | None

    def __init__(
        self,
        *,
        catalog: str,
        engagement_identifier: str,
        max_results: int | None = None,
        next_token: str | None = None,
        resource_type: ResourceType | _types.ResourceTypeValue | None = None,
        resource_identifier: str | None = None,
        resource_snapshot_template_identifier: str | None = None,
        created_by: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.max_results = max_results
        self.next_token = next_token
        self.engagement_identifier = engagement_identifier
        self.resource_type = resource_type
        self.resource_identifier = resource_identifier
        self.resource_snapshot_template_identifier = resource_snapshot_template_identifier
        self.created_by = created_by


class ListResourceSnapshotsResponse(_Structure):
    """Contains the response that the `ListResourceSnapshots` action returns.

    Attributes:
        resource_snapshot_summaries: An array of resource snapshot summary objects.
            Required.
        next_token: The token to retrieve the next set of results.
    """

    __module__ = __package__
    __slots__ = (
        "resource_snapshot_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "ResourceSnapshotSummaries",
            "NextToken",
        )
    )
    _REQUIRED = ("ResourceSnapshotSummaries",)
    _CODECS = _CODEC_MODULE

    resource_snapshot_summaries: list[ResourceSnapshotSummary]
    next_token: str | None

    def __init__(
        self,
        *,
        resource_snapshot_summaries: _types.SequenceNotStr[ResourceSnapshotSummary],
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.resource_snapshot_summaries = resource_snapshot_summaries  # type: ignore[assignment]
        self.next_token = next_token


class ResourceSnapshotSummary(_Structure):
    """Provides a concise summary of a resource snapshot, including its unique identifier and
    version information. This structure is used to quickly reference and identify specific
    versions of resource snapshots.

    Attributes:
        arn: The Amazon Resource Name (ARN) of the snapshot.
        revision: The revision number of the snapshot.
        resource_type: The type of resource snapshotted.
        resource_id: The identifier of the specific resource snapshotted.
        resource_snapshot_template_name: The name of the template used to create the
            snapshot.
        created_by: The AWS account ID of the entity that owns the resource from which
            the snapshot was created.
    """

    __module__ = __package__
    __slots__ = (
        "arn",
        "revision",
        "resource_type",
        "resource_id",
        "resource_snapshot_template_name",
        "created_by",
    )
    _WIRE_NAMES = frozenset(
        (
            "Arn",
            "Revision",
            "ResourceType",
            "ResourceId",
            "ResourceSnapshotTemplateName",
            "CreatedBy",
        )
    )
    _SENSITIVE = frozenset(("created_by",))
    _CODECS = _CODEC_MODULE

    arn: str | None
    revision: int | None
    resource_type: ResourceType | str | None
    resource_id: str | None
    resource_snapshot_template_name: str | None
    created_by: str | None

    def __init__(
        self,
        *,
        arn: str | None = None,
        revision: int | None = None,
        resource_type: ResourceType | _types.ResourceTypeValue | None = None,
        resource_id: str | None = None,
        resource_snapshot_template_name: str | None = None,
        created_by: str | None = None,
    ) -> None:
        self.arn = arn
        self.revision = revision
        self.resource_type = resource_type
        self.resource_id = resource_id
        self.resource_snapshot_template_name = resource_snapshot_template_name
        self.created_by = created_by
