"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only CreateOpportunity, GetOpportunity, GetResourceSnapshot and
UpdateOpportunity calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        Industry,
    )
    from . import (
        Address,
        Contact,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._customer"


class Account(_Structure):
    """Specifies the `Customer`'s account details associated with the `Opportunity`.

    Attributes:
        industry: Specifies the industry the end `Customer` belongs to that's associated
            with the `Opportunity`.
        other_industry: Specifies the end `Customer`'s industry associated with the
            `Opportunity`, when the selected...
        company_name: Specifies the end `Customer`'s company name associated with the
            `Opportunity`. Required.
        website_url: Specifies the end customer's company website URL associated with
            the `Opportunity`.
        aws_account_id: Specifies the `Customer` Amazon Web Services account ID
            associated with the `Opportunity`.
        address: Specifies the end `Customer`'s address details associated with the
            `Opportunity`.
        duns: Indicates the `Customer` DUNS number, if available.
    """

    __module__ = __package__
    __slots__ = (
        "industry",
        "other_industry",
        "company_name",
        "website_url",
        "aws_account_id",
        "address",
        "duns",
    )
    _WIRE_NAMES = frozenset(
        (
            "Industry",
            "OtherIndustry",
            "CompanyName",
            "WebsiteUrl",
            "AwsAccountId",
            "Address",
            "Duns",
        )
    )
    _REQUIRED = ("CompanyName",)
    _SENSITIVE = frozenset(
        (
            "company_name",
            "website_url",
            "aws_account_id",
            "duns",
        )
    )
    _CODECS = _CODEC_MODULE

    industry: Industry | str | None
    other_industry: str | None
    company_name: str
    website_url: str | None
    aws_account_id: str | None
    address: Address | None
    duns: str | None

    def __init__(
        self,
        *,
        company_name: str,
        industry: Industry | _types.IndustryValue | None = None,
        other_industry: str | None = None,
        website_url: str | None = None,
        aws_account_id: str | None = None,
        address: Address | None = None,
        duns: str | None = None,
    ) -> None:
        self.industry = industry
        self.other_industry = other_industry
        self.company_name = company_name
        self.website_url = website_url
        self.aws_account_id = aws_account_id
        self.address = address
        self.duns = duns


class Customer(_Structure):
    """An object that contains the customer's `Account` and `Contact`.

    Attributes:
        account: An object that contains the customer's account details.
        contacts: Represents the contact details for individuals associated with the
            customer of the `Opportunity`.
    """

    __module__ = __package__
    __slots__ = (
        "account",
        "contacts",
    )
    _WIRE_NAMES = frozenset(
        (
            "Account",
            "Contacts",
        )
    )
    _CODECS = _CODEC_MODULE

    account: Account | None
    contacts: _Sequence[Contact] | None

    def __init__(
        self,
        *,
        account: Account | None = None,
        contacts: _types.SequenceNotStr[Contact] | None = None,
    ) -> None:
        self.account = account
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.contacts = contacts  # type: ignore[assignment]
