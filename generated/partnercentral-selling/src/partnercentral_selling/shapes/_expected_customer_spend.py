"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only CreateEngagementInvitation, CreateOpportunity,
GetAwsOpportunitySummary, GetEngagementInvitation, GetOpportunity,
GetResourceSnapshot, ListOpportunities and UpdateOpportunity calls hold, imported on
the first use of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        CurrencyCode,
        PaymentFrequency,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._expected_customer_spend"


class ExpectedCustomerSpend(_Structure):
    """Provides an estimate of the revenue that the partner is expected to generate from the
    opportunity. This information helps partners assess the financial value of the project.

    Attributes:
        amount: Represents the estimated monthly revenue that the partner expects to
            earn from the opportunity.
        currency_code: Indicates the currency in which the revenue estimate is provided.
            Required.
        frequency: Indicates how frequently the customer is expected to spend the
            projected amount. Required.
        target_company: Specifies the entity associated with this spend entry. Required.
        estimation_url: A URL providing additional information or context about the
            spend estimation.
    """

    __module__ = __package__
    __slots__ = (
        "amount",
        "currency_code",
        "frequency",
        "target_company",
        "estimation_url",
    )
    _WIRE_NAMES = frozenset(
        (
            "Amount",
            "CurrencyCode",
            "Frequency",
            "TargetCompany",
            "EstimationUrl",
        )
    )
    _REQUIRED = (
        "CurrencyCode",
        "Frequency",
        "TargetCompany",
    )
    _SENSITIVE = frozenset(
        (
            "amount",
            "currency_code",
        )
    )
    _CODECS = _CODEC_MODULE

    amount: str | None
    currency_code: CurrencyCode | str
    frequency: PaymentFrequency | str
    target_company: str
    estimation_url: str | None

    def __init__(
        self,
        *,
        currency_code: CurrencyCode | _types.CurrencyCodeValue,
        frequency: PaymentFrequency | _types.PaymentFrequencyValue,
        target_company: str,
        amount: str | None = None,
        estimation_url: str | None = None,
    ) -> None:
        self.amount = amount
        self.currency_code = currency_code
        self.frequency = frequency
        self.target_company = target_company
        self.estimation_url = estimation_url
