"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class ResourceSnapshotJobStatus(_OpenEnum):
    """The status of a resource snapshot job. `Running` means the job is actively running.
    `Stopped` means the job isn't running.
    """

    __module__ = __package__
    RUNNING = "Running"
    STOPPED = "Stopped"
