"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class FilterableField(_OpenEnum):
    """The fields that you can filter customer accounts on."""

    __module__ = __package__
    ENRICHMENT_STATUS = "ENRICHMENT_STATUS"
    COMPANY_NAME = "COMPANY_NAME"
    AWS_INDUSTRY = "AWS_INDUSTRY"
    ACCOUNT_PLANNING_QUALIFICATION = "ACCOUNT_PLANNING_QUALIFICATION"
    PROGRAM_ELIGIBILITY = "PROGRAM_ELIGIBILITY"
    IMPORT_ID = "IMPORT_ID"
    CREATED_DATE = "CREATED_DATE"
    LAST_MODIFIED_DATE = "LAST_MODIFIED_DATE"
    GEO = "GEO"
    COUNTRY = "COUNTRY"
    SEGMENT = "SEGMENT"
    SOLUTION_CATEGORY = "SOLUTION_CATEGORY"
    MARKETPLACE_ENGAGEMENT_SCORE = "MARKETPLACE_ENGAGEMENT_SCORE"
    SOLUTION_SCORE = "SOLUTION_SCORE"
