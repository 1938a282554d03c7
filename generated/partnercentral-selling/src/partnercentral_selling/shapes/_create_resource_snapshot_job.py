"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only CreateResourceSnapshotJob calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        ResourceType,
    )
    from . import (
        Tag,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._create_resource_snapshot_job"


class CreateResourceSnapshotJobRequest(_Structure):
    """Contains the request parameters for the `CreateResourceSnapshotJob` operation.

    Attributes:
        catalog: Specifies the catalog in which to create the snapshot job. Required.
        client_token: A client-generated UUID used for idempotency check. Filled with a
            random UUID when omitted.
        engagement_identifier: Specifies the identifier of the engagement associated
            with the resource to be snapshotted. Required.
        resource_type: The type of resource for which the snapshot job is being created.
            Required.
        resource_identifier: Specifies the identifier of the specific resource to be
            snapshotted. Required.
        resource_snapshot_template_identifier: Specifies the name of the template that
            defines the schema for the snapshot. Required.
        tags: A map of the key-value pairs of the tag or tags to assign.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "client_token",
        "engagement_identifier",
        "resource_type",
        "resource_identifier",
        "resource_snapshot_template_identifier",
        "tags",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ClientToken",
            "EngagementIdentifier",
            "ResourceType",
            "ResourceIdentifier",
            "ResourceSnapshotTemplateIdentifier",
            "Tags",
        )
    )
    _REQUIRED = (
        "Catalog",
        "ClientToken",
        "EngagementIdentifier",
        "ResourceType",
        "ResourceIdentifier",
        "ResourceSnapshotTemplateIdentifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    client_token: str | None
    engagement_identifier: str
    resource_type: ResourceType | str
    resource_identifier: str
    resource_snapshot_template_identifier: str
    tags: _Sequence[Tag] | None

    def __init__(
        self,
        *,
        catalog: str,
        engagement_identifier: str,
        resource_type: ResourceType | _types.ResourceTypeValue,
        resource_identifier: str,
        resource_snapshot_template_identifier: str,
        client_token: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
    ) -> None:
        self.catalog = catalog
        self.client_token = client_token
        self.engagement_identifier = engagement_identifier
        self.resource_type = resource_type
        self.resource_identifier = resource_identifier
        self.resource_snapshot_template_identifier = resource_snapshot_template_identifier
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.tags = tags  # type: ignore[assignment]


class CreateResourceSnapshotJobResponse(_Structure):
    """Contains the response that the `CreateResourceSnapshotJob` action returns.

    Attributes:
        id: The unique identifier for the created snapshot job.
        arn: The Amazon Resource Name (ARN) of the created snapshot job.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "arn",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Arn",
        )
    )
    _CODECS = _CODEC_MODULE

    id: str | None
    arn: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        arn: str | None = None,
    ) -> None:
        self.id = id
        self.arn = arn
