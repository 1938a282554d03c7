"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only StartResourceSnapshotJob calls hold, imported on the first use of
one.
"""

from __future__ import annotations


from typed_aws_runtime.model.structure import Structure as _Structure

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._start_resource_snapshot_job"


class StartResourceSnapshotJobRequest(_Structure):
    """Contains the request parameters for the `StartResourceSnapshotJob` operation.

    Attributes:
        catalog: Specifies the catalog related to the request. Required.
        resource_snapshot_job_identifier: The identifier of the resource snapshot job to
            start. Required.
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
