"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only PutSellingSystemSettings calls hold, imported on the first use of
one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._put_selling_system_settings"


class PutSellingSystemSettingsRequest(_Structure):
    """Contains the request parameters for the `PutSellingSystemSettings` operation.

    Attributes:
        catalog: Specifies the catalog in which the settings will be updated. Required.
        resource_snapshot_job_role_identifier: Specifies the ARN of the IAM Role used
            for resource snapshot job executions.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "resource_snapshot_job_role_identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ResourceSnapshotJobRoleIdentifier",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    catalog: str
    resource_snapshot_job_role_identifier: str | None

    def __init__(
        self,
        *,
        catalog: str,
        resource_snapshot_job_role_identifier: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.resource_snapshot_job_role_identifier = resource_snapshot_job_role_identifier


class PutSellingSystemSettingsResponse(_Structure):
    """Contains the response that the `PutSellingSystemSettings` action returns.

    Attributes:
        catalog: Specifies the catalog in which the settings are defined. Required.
        resource_snapshot_job_role_arn: Specifies the ARN of the IAM Role used for
            resource snapshot job executions.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "resource_snapshot_job_role_arn",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "ResourceSnapshotJobRoleArn",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    catalog: str
    resource_snapshot_job_role_arn: str | None

    def __init__(
        self,
        *,
        catalog: str,
        resource_snapshot_job_role_arn: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.resource_snapshot_job_role_arn = resource_snapshot_job_role_arn
