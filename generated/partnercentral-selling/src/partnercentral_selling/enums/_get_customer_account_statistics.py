"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class AggregatableField(_OpenEnum):
    """The fields that you can group customer accounts by in `GetCustomerAccountStatistics`."""

    __module__ = __package__
    ENRICHMENT_STATUS = "ENRICHMENT_STATUS"
    AWS_INDUSTRY = "AWS_INDUSTRY"
    SEGMENT = "SEGMENT"
    REGION = "REGION"
    SOLUTION_CATEGORY = "SOLUTION_CATEGORY"
    ACCOUNT_PLANNING_QUALIFICATION = "ACCOUNT_PLANNING_QUALIFICATION"
    PROGRAM_ELIGIBILITY = "PROGRAM_ELIGIBILITY"
    MARKETPLACE_ENGAGEMENT_SCORE = "MARKETPLACE_ENGAGEMENT_SCORE"
    GEO = "GEO"
    COUNTRY = "COUNTRY"
    SOLUTION_SCORE = "SOLUTION_SCORE"
