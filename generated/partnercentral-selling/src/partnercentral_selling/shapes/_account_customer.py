"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only CreateEngagement, CreateEngagementContext,
CreateEngagementInvitation, GetEngagement, GetEngagementInvitation and
SearchEngagements calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        CountryCode,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._account_customer"


class AccountCustomer(_Structure):
    """A snapshot of the customer company's identity for an account-planning engagement. The
    caller can supply these details so that an account can be identified even when it isn't
    yet mapped to an AWS account.

    Attributes:
        industry: The industry classification of the customer company.
        company_name: The name of the customer company. Required.
        website_url: The website URL of the customer company.
        country_code: The country of the customer company, as an ISO 3166-1 alpha-2
            country code.
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
    _REQUIRED = ("CompanyName",)
    _SENSITIVE = frozenset(
        (
            "company_name",
            "website_url",
            "country_code",
        )
    )
    _CODECS = _CODEC_MODULE

    industry: str | None
    company_name: str
    website_url: str | None
    country_code: CountryCode | str | None

    def __init__(
        self,
        *,
        company_name: str,
        industry: str | None = None,
        website_url: str | None = None,
        country_code: CountryCode | _types.CountryCodeValue | None = None,
    ) -> None:
        self.industry = industry
        self.company_name = company_name
        self.website_url = website_url
        self.country_code = country_code
