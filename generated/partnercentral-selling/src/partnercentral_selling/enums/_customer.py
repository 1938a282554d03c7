"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class PrimaryNeedFromAws(_OpenEnum):
    """A type of help that the partner needs from AWS on an opportunity."""

    __module__ = __package__
    CO_SELL_ARCHITECTURAL_VALIDATION = "Co-Sell - Architectural Validation"
    CO_SELL_BUSINESS_PRESENTATION = "Co-Sell - Business Presentation"
    CO_SELL_COMPETITIVE_INFORMATION = "Co-Sell - Competitive Information"
    CO_SELL_PRICING_ASSISTANCE = "Co-Sell - Pricing Assistance"
    CO_SELL_TECHNICAL_CONSULTATION = "Co-Sell - Technical Consultation"
    CO_SELL_TOTAL_COST_OF_OWNERSHIP_EVALUATION = "Co-Sell - Total Cost of Ownership Evaluation"
    CO_SELL_DEAL_SUPPORT = "Co-Sell - Deal Support"
    CO_SELL_SUPPORT_FOR_PUBLIC_TENDER_RFX = "Co-Sell - Support for Public Tender / RFx"


class SalesActivity(_OpenEnum):
    """A sales activity that the partner completed for the opportunity."""

    __module__ = __package__
    INITIALIZED_DISCUSSIONS_WITH_CUSTOMER = "Initialized discussions with customer"
    CUSTOMER_HAS_SHOWN_INTEREST_IN_SOLUTION = "Customer has shown interest in solution"
    CONDUCTED_POC_DEMO = "Conducted POC / Demo"
    IN_EVALUATION_PLANNING_STAGE = "In evaluation / planning stage"
    AGREED_ON_SOLUTION_TO_BUSINESS_PROBLEM = "Agreed on solution to Business Problem"
    COMPLETED_ACTION_PLAN = "Completed Action Plan"
    FINALIZED_DEPLOYMENT_NEED = "Finalized Deployment Need"
    SOW_SIGNED = "SOW Signed"
