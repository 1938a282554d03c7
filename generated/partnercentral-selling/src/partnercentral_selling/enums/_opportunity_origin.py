"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class OpportunityOrigin(_OpenEnum):
    """The origin of an opportunity. Valid values are `AWS Referral` and `Partner Referral`."""

    __module__ = __package__
    AWS_REFERRAL = "AWS Referral"
    PARTNER_REFERRAL = "Partner Referral"
