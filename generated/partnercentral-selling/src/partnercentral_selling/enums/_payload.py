"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class ContactWindow(_OpenEnum):
    """A part of the day when a contact prefers to be reached. Valid values are `MORNING`,
    `AFTERNOON`, and `EVENING`.
    """

    __module__ = __package__
    MORNING = "MORNING"
    AFTERNOON = "AFTERNOON"
    EVENING = "EVENING"


class ReceiverResponsibility(_OpenEnum):
    """A responsibility that the receiver of an engagement invitation has in the engagement."""

    __module__ = __package__
    DISTRIBUTOR = "Distributor"
    RESELLER = "Reseller"
    HARDWARE_PARTNER = "Hardware Partner"
    MANAGED_SERVICE_PROVIDER = "Managed Service Provider"
    SOFTWARE_PARTNER = "Software Partner"
    SERVICES_PARTNER = "Services Partner"
    TRAINING_PARTNER = "Training Partner"
    CO_SELL_FACILITATOR = "Co-Sell Facilitator"
    FACILITATOR = "Facilitator"
