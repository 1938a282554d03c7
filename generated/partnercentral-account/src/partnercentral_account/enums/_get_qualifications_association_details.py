"""Enums of the Partner Central Account API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class QualificationsAssociationStatus(_OpenEnum):
    """The current state of a partner qualifications association. Valid values: `ASSOCIATED`
    (the partner is associated with a primary), `NOT_ASSOCIATED` (the partner has no active
    association).
    """

    __module__ = __package__
    ASSOCIATED = "ASSOCIATED"
    NOT_ASSOCIATED = "NOT_ASSOCIATED"
