"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only CreateEngagement, CreateEngagementContext,
CreateEngagementInvitation, GetEngagement, GetEngagementInvitation,
SearchEngagements and UpdateEngagementContext calls hold, imported on the first use
of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        CountryCode,
        Industry,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._engagement_customer"


class EngagementCustomer(_Structure):
    """Contains details about the customer associated with the Engagement Invitation, including
    company information and industry.

    Attributes:
        industry: Specifies the industry to which the customer’s company belongs.
            Required.
        company_name: Represents the name of the customer’s company associated with the
            Engagement Invitation. Required.
        website_url: Provides the website URL of the customer’s company. Required.
        country_code: Indicates the country in which the customer’s company operates.
            Required.
    """

    __module__ = __package__
    __slots__ = (
        "industry",
        "company_name",
        "website_url",
        "country_code",
    )
    _WIRE_NAMES = frozenset(
        (
            "Industry",
            "CompanyName",
            "WebsiteUrl",
            "CountryCode",
        )
    )
    _REQUIRED = (
        "Industry",
        "CompanyName",
        "WebsiteUrl",
        "CountryCode",
    )
    _SENSITIVE = frozenset(
        (
            "company_name",
            "website_url",
            "country_code",
        )
    )
    _CODECS = _CODEC_MODULE

    industry: Industry | str
    company_name: str
    website_url: str
    country_code: CountryCode | str

    def __init__(
        self,
        *,
        industry: Industry | _types.IndustryValue,
        company_name: str,
        website_url: str,
        country_code: CountryCode | _types.CountryCodeValue,
    ) -> None:
        self.industry = industry
        self.company_name = company_name
        self.website_url = website_url
        self.country_code = country_code
