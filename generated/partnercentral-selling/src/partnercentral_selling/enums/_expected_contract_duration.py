"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class DeliveryModel(_OpenEnum):
    """A model that the partner uses to deliver the solution to the customer."""

    __module__ = __package__
    SAAS_OR_PAAS = "SaaS or PaaS"
    BYOL_OR_AMI = "BYOL or AMI"
    MANAGED_SERVICES = "Managed Services"
    PROFESSIONAL_SERVICES = "Professional Services"
    RESELL = "Resell"
    OTHER = "Other"


class ExpectedContractDurationTerm(_OpenEnum):
    """The unit of measurement for the contract duration value. Currently accepts only
    `Months`.
    """

    __module__ = __package__
    MONTHS = "Months"
