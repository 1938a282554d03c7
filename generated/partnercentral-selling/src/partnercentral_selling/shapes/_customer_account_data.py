"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only CreateCustomerAccount, GetCustomerAccount and UpdateCustomerAccount
calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from . import (
        Address,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._customer_account_data"


class CustomerAccountData(_Structure):
    """The customer information that you provide for a customer account, such as the company
    name, website, and address. We use these details to match the account to a customer.

    Attributes:
        company_name: The name of the customer company. Required.
        website_url: The website URL of the customer company.
        duns: The Data Universal Numbering System (DUNS) number of the customer company.
        address: The address of the customer company.
        industry: The industry of the customer company.
        other_industry: A description of the industry, used when the industry is
            `Other`.
        domain: The internet domain of the customer company, such as `example.com`.
        parent_company_name: The name of the parent company of the customer company, if
            any.
    """

    __module__ = __package__
    __slots__ = (
        "company_name",
        "website_url",
        "duns",
        "address",
        "industry",
        "other_industry",
        "domain",
        "parent_company_name",
    )
    _WIRE_NAMES = frozenset(
        (
            "CompanyName",
            "WebsiteUrl",
            "Duns",
            "Address",
            "Industry",
            "OtherIndustry",
            "Domain",
            "ParentCompanyName",
        )
    )
    _REQUIRED = ("CompanyName",)
    _SENSITIVE = frozenset(
        (
            "company_name",
            "website_url",
            "duns",
            "domain",
            "parent_company_name",
        )
    )
    _CODECS = _CODEC_MODULE

    company_name: str
    website_url: str | None
    duns: str | None
    address: Address | None
    industry: str | None
    other_industry: str | None
    domain: str | None
    parent_company_name: str | None

    def __init__(
        self,
        *,
        company_name: str,
        website_url: str | None = None,
        duns: str | None = None,
        address: Address | None = None,
        industry: str | None = None,
        other_industry: str | None = None,
        domain: str | None = None,
        parent_company_name: str | None = None,
    ) -> None:
        self.company_name = company_name
        self.website_url = website_url
        self.duns = duns
        self.address = address
        self.industry = industry
        self.other_industry = other_industry
        self.domain = domain
        self.parent_company_name = parent_company_name
