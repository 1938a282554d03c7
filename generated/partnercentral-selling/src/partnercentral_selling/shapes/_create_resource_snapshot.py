"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only CreateResourceSnapshot calls hold, imported on the first use of one.
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
_CODEC_MODULE = ".._awsjson.shapes._create_resource_snapshot"


class CreateResourceSnapshotRequest(_Structure):
    """Contains the request parameters for the `CreateResourceSnapshot` operation.

    Attributes:
        catalog: Specifies the catalog where the snapshot is created. Required.
        engagement_identifier: The unique identifier of the engagement associated with
            this snapshot. Required.
        resource_type: Specifies the type of resource for which the snapshot is being
            created. Required.
        resource_identifier: The unique identifier of the specific resource to be
            snapshotted. Required.
        resource_snapshot_template_identifier: The name of the template that defines the
            schema for the snapshot. Required.
        client_token: Specifies a unique, client-generated UUID to ensure that the
            request is handled exactly once. Filled with a random UUID when omitted.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "engagement_identifier",
        "resource_type",
        "resource_identifier",
        "resource_snapshot_template_identifier",
        "client_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "EngagementIdentifier",
            "ResourceType",
            "ResourceIdentifier",
            "ResourceSnapshotTemplateIdentifier",
            "ClientToken",
        )
    )
    _REQUIRED = (
        "Catalog",
        "EngagementIdentifier",
        "ResourceType",
        "ResourceIdentifier",
        "ResourceSnapshotTemplateIdentifier",
        "ClientToken",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    engagement_identifier: str
    resource_type: ResourceType | str
    resource_identifier: str
    resource_snapshot_template_identifier: str
    client_token: str | None

    def __init__(
        self,
        *,
        catalog: str,
        engagement_identifier: str,
        resource_type: ResourceType | _types.ResourceTypeValue,
        resource_identifier: str,
        resource_snapshot_template_identifier: str,
        client_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.engagement_identifier = engagement_identifier
        self.resource_type = resource_type
        self.resource_identifier = resource_identifier
        self.resource_snapshot_template_identifier = resource_snapshot_template_identifier
        self.client_token = client_token


class CreateResourceSnapshotResponse(_Structure):
    """Contains the response that the `CreateResourceSnapshot` action returns.

    Attributes:
        arn: Specifies the Amazon Resource Name (ARN) that uniquely identifies the
            snapshot created.
        revision: Specifies the revision number of the created snapshot.
    """

    __module__ = __package__
    __slots__ = (
        "arn",
        "revision",
    )
    _WIRE_NAMES = frozenset(
        (
            "Arn",
            "Revision",
        )
    )
    _CODECS = _CODEC_MODULE

    arn: str | None
    revision: int | None

    def __init__(
        self,
        *,
        arn: str | None = None,
        revision: int | None = None,
    ) -> None:
        self.arn = arn
        self.revision = revision
