"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only GetResourceSnapshotJob calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        ResourceSnapshotJobStatus,
        ResourceType,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._get_resource_snapshot_job"


class GetResourceSnapshotJobRequest(_Structure):
    """Contains the request parameters for the `GetResourceSnapshotJob` operation.

    Attributes:
        catalog: Specifies the catalog related to the request. Required.
        resource_snapshot_job_identifier: The unique identifier of the resource snapshot
            job to be retrieved. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "resource_snapshot_job_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ResourceSnapshotJobIdentifier",
        )
    )
    _REQUIRED = (
        "Catalog",
        "ResourceSnapshotJobIdentifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    resource_snapshot_job_identifier: str

    def __init__(
        self,
        *,
        catalog: str,
        resource_snapshot_job_identifier: str,
    ) -> None:
        self.catalog = catalog
        self.resource_snapshot_job_identifier = resource_snapshot_job_identifier


class GetResourceSnapshotJobResponse(_Structure):
    """Contains the response that the `GetResourceSnapshotJob` action returns.

    Attributes:
        catalog: The catalog in which the snapshot job was created. Required.
        id: The unique identifier of the snapshot job.
        arn: The Amazon Resource Name (ARN) of the snapshot job.
        engagement_id: The identifier of the engagement associated with this snapshot
            job.
        resource_type: The type of resource being snapshotted.
        resource_id: The identifier of the specific resource being snapshotted.
        resource_arn: The Amazon Resource Name (ARN) of the resource being snapshotted.
        resource_snapshot_template_name: The name of the template used for creating the
            snapshot.
        created_at: The date and time when the snapshot job was created in ISO 8601
            format (UTC).
        status: The current status of the snapshot job.
        last_successful_execution_date: The date and time of the last successful
            execution of the job, in ISO 8601 format (UTC).
        last_failure: If the job has encountered any failures, this field contains the
            error message from the most...
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "id",
        "arn",
        "engagement_id",
        "resource_type",
        "resource_id",
        "resource_arn",
        "resource_snapshot_template_name",
        "created_at",
        "status",
        "last_successful_execution_date",
        "last_failure",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Id",
            "Arn",
            "EngagementId",
            "ResourceType",
            "ResourceId",
            "ResourceArn",
            "ResourceSnapshotTemplateName",
            "CreatedAt",
            "Status",
            "LastSuccessfulExecutionDate",
            "LastFailure",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    catalog: str
    id: str | None
    arn: str | None
    engagement_id: str | None
    resource_type: ResourceType | str | None
    resource_id: str | None
    resource_arn: str | None
    resource_snapshot_template_name: str | None
    created_at: _dt.datetime | None
    status: ResourceSnapshotJobStatus | str | None
    last_successful_execution_date: _dt.datetime | None
    last_failure: str | None

    def __init__(
        self,
        *,
        catalog: str,
        id: str | None = None,
        arn: str | None = None,
        engagement_id: str | None = None,
        resource_type: ResourceType | _types.ResourceTypeValue | None = None,
        resource_id: str | None = None,
        resource_arn: str | None = None,
        resource_snapshot_template_name: str | None = None,
        created_at: _dt.datetime | None = None,
        status: ResourceSnapshotJobStatus | _types.ResourceSnapshotJobStatusValue | None = None,
        last_successful_execution_date: _dt.datetime | None = None,
        last_failure: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.id = id
        self.arn = arn
        self.engagement_id = engagement_id
        self.resource_type = resource_type
        self.resource_id = resource_id
        self.resource_arn = resource_arn
        self.resource_snapshot_template_name = resource_snapshot_template_name
        self.created_at = created_at
        self.status = status
        self.last_successful_execution_date = last_successful_execution_date
        self.last_failure = last_failure
