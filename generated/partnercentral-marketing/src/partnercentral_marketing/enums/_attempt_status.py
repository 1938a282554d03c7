"""Enums of the Partner Central Marketing API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class AttemptStatus(_OpenEnum):
    """How the most recent attempt at something ended.

    \\`Status\\` rather than \\`State\\` because each of these describes the progress of a
    process — an edit, a hand-over to the delivery platform — rather than a resource's
    lifecycle. The resource's lifecycle is \\`State\\`, and it is a separate member.

    Named for the attempt — \\*how did the last attempt at this end?\\* — and not for the
    thing attempted, so a second attempt axis can share it rather than copy it.

    A member of this type is \\*\\*omitted before the first attempt\\*\\*: absence means "never
    tried", which is a third answer and not a fourth value.
    """

    __module__ = __package__
    IN_PROGRESS = "IN_PROGRESS"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"
