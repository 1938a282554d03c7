"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class AwsFundingUsed(_OpenEnum):
    """Specifies whether a marketing development fund (MDF) funds the marketing activity. The
    value is `Yes` if an MDF funds the activity, or `No` if it doesn't.
    """

    __module__ = __package__
    YES = "Yes"
    NO = "No"


class Channel(_OpenEnum):
    """A marketing channel that the partner uses for a marketing activity."""

    __module__ = __package__
    AWS_MARKETING_CENTRAL = "AWS Marketing Central"
    CONTENT_SYNDICATION = "Content Syndication"
    DISPLAY = "Display"
    EMAIL = "Email"
    LIVE_EVENT = "Live Event"
    OUT_OF_HOME_OOH = "Out Of Home (OOH)"
    PRINT = "Print"
    SEARCH = "Search"
    SOCIAL = "Social"
    TELEMARKETING = "Telemarketing"
    TV = "TV"
    VIDEO = "Video"
    VIRTUAL_EVENT = "Virtual Event"


class CompetitorName(_OpenEnum):
    """The name of a competitor of the opportunity."""

    __module__ = __package__
    ORACLE_CLOUD = "Oracle Cloud"
    ON_PREM = "On-Prem"
    CO_LOCATION = "Co-location"
    AKAMAI = "Akamai"
    ALICLOUD = "AliCloud"
    GOOGLE_CLOUD_PLATFORM = "Google Cloud Platform"
    IBM_SOFTLAYER = "IBM Softlayer"
    MICROSOFT_AZURE = "Microsoft Azure"
    OTHER_COST_OPTIMIZATION = "Other- Cost Optimization"
    NO_COMPETITION = "No Competition"
    OTHER = "*Other"


class MarketingSource(_OpenEnum):
    """The source of the marketing activity. Valid values are `Marketing Activity` and `None`."""

    __module__ = __package__
    MARKETING_ACTIVITY = "Marketing Activity"
    NONE = "None"


class NationalSecurity(_OpenEnum):
    """Specifies whether the opportunity involves national security. The value is `Yes` if it
    does, or `No` if it doesn't.
    """

    __module__ = __package__
    YES = "Yes"
    NO = "No"


class RevenueModel(_OpenEnum):
    """The payment type or procurement method that the customer uses to acquire the solution.
    You can specify `Contract`, `Pay-as-you-go`, or `Subscription`.
    """

    __module__ = __package__
    CONTRACT = "Contract"
    PAY_AS_YOU_GO = "Pay-as-you-go"
    SUBSCRIPTION = "Subscription"
