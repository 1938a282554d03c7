"""Enums of the Partner Central Marketing API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class DeliveryStatus(_OpenEnum):
    """What the delivery platform did with an artifact it accepted.

    Distinct from \\`LastActivationStatus\\`, which reports the hand-over \\*to\\* the platform.
    Once DG has the mailing armed, the hand-over \\`SUCCEEDED\\`; whether the platform then
    delivered is this member's business, and the two genuinely diverge —
    \\`LastActivationStatus = SUCCEEDED\\` with \\`DeliveryStatus = FAILED\\` is an ordinary
    combination, not a contradiction.

    \\*\\*EMAIL and SOCIAL_POST only.\\*\\* Landing pages and documents have no delivery event
    at all.

    \\`PENDING\\` until the platform shows the outcome. An email is \\`DELIVERED\\` once the
    platform reports it sent, and \\`FAILED\\` when the platform reports the send failed. A
    social post is \\`DELIVERED\\` once the platform has published it. A social post is never
    reported \\`FAILED\\` by an observation alone, because the platform retries a failed post.
    A send that has not resolved a day after its scheduled time stays \\`PENDING\\` while it
    is investigated, and is reported \\`FAILED\\` only if it will not go out. A \\`FAILED\\`
    asset can be deactivated and activated again to retry. See campaign-asset-design.md
    section 6.4.
    """

    __module__ = __package__
    PENDING = "PENDING"
    DELIVERED = "DELIVERED"
    FAILED = "FAILED"


class FileFormat(_OpenEnum):
    """Concrete file format of a rendered or downloadable artifact.

    DG-030 added `HTML` and `IMAGE` so one enum covers both the download-only office formats
    and the formats the service renders itself. Before that, an asset carried an ad-hoc
    `HTML | PDF` and a template entry an ad-hoc `HTML | PDF | IMAGE`, and the two disagreed
    with each other.
    """

    __module__ = __package__
    PDF = "PDF"
    DOCX = "DOCX"
    PPTX = "PPTX"
    HTML = "HTML"
    IMAGE = "IMAGE"
