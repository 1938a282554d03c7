"""Enums of the Partner Central Marketing API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class ScanStatus(_OpenEnum):
    """The verdict of a file's malware and content-quality scan.

    A process with an outcome, not a resource with a lifecycle — hence \\`Status\\`. A file is
    accepted and scanned afterwards, so \\`PENDING\\` is a real, observable state rather than
    an internal one, and it is a refusal at launch rather than something a launch waits on.
    """

    __module__ = __package__
    PENDING = "PENDING"
    CLEAN = "CLEAN"
    REJECTED = "REJECTED"
