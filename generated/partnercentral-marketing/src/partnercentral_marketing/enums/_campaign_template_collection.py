"""Enums of the Partner Central Marketing API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class CampaignTemplateCollection(_OpenEnum):
    """Which browsing context a campaign template belongs to. A classification of the template,
    not a resource: it decides where a client lists the template and grants nothing. Every
    partner may read and use a template in any collection. Clients must tolerate values
    added later.
    """

    __module__ = __package__
    GENERAL = "GENERAL"
    BUILD_WITH_AI = "BUILD_WITH_AI"


class CustomerSegment(_OpenEnum):
    """The customer segment a campaign template is written for. Clients must tolerate values
    added later.
    """

    __module__ = __package__
    ENTERPRISE = "ENTERPRISE"
    SMB = "SMB"
    PUBLIC_SECTOR = "PUBLIC_SECTOR"
    ISV = "ISV"


class Theme(_OpenEnum):
    """The marketing theme of a campaign template. Clients must tolerate values added later."""

    __module__ = __package__
    AI = "AI"
    MIGRATION_MODERNIZATION = "MIGRATION_MODERNIZATION"
    SECURITY = "SECURITY"
    DATA_ANALYTICS = "DATA_ANALYTICS"
    AWS_TRAINING_CERTIFICATION = "AWS_TRAINING_CERTIFICATION"
    AWS_MARKETPLACE = "AWS_MARKETPLACE"
    CONNECT = "CONNECT"
    EVENTS = "EVENTS"
