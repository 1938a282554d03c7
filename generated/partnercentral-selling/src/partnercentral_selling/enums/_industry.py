"""Enums of the Partner Central Selling API (internal: import them from ``enums``)."""

from __future__ import annotations

from typed_aws_runtime.model.open_enum import OpenEnum as _OpenEnum


class Industry(_OpenEnum):
    """The industry that a company belongs to."""

    __module__ = __package__
    AEROSPACE = "Aerospace"
    AGRICULTURE = "Agriculture"
    AUTOMOTIVE = "Automotive"
    COMPUTERS_AND_ELECTRONICS = "Computers and Electronics"
    CONSUMER_GOODS = "Consumer Goods"
    EDUCATION = "Education"
    ENERGY_OIL_AND_GAS = "Energy - Oil and Gas"
    ENERGY_POWER_AND_UTILITIES = "Energy - Power and Utilities"
    FINANCIAL_SERVICES = "Financial Services"
    GAMING = "Gaming"
    GOVERNMENT = "Government"
    HEALTHCARE = "Healthcare"
    HOSPITALITY = "Hospitality"
    LIFE_SCIENCES = "Life Sciences"
    MANUFACTURING = "Manufacturing"
    MARKETING_AND_ADVERTISING = "Marketing and Advertising"
    MEDIA_AND_ENTERTAINMENT = "Media and Entertainment"
    MINING = "Mining"
    NON_PROFIT_ORGANIZATION = "Non-Profit Organization"
    PROFESSIONAL_SERVICES = "Professional Services"
    REAL_ESTATE_AND_CONSTRUCTION = "Real Estate and Construction"
    RETAIL = "Retail"
    SOFTWARE_AND_INTERNET = "Software and Internet"
    TELECOMMUNICATIONS = "Telecommunications"
    TRANSPORTATION_AND_LOGISTICS = "Transportation and Logistics"
    TRAVEL = "Travel"
    WHOLESALE_AND_DISTRIBUTION = "Wholesale and Distribution"
    OTHER = "Other"
