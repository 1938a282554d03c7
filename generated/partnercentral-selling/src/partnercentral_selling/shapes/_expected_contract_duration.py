"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only CreateOpportunity, GetOpportunity, GetResourceSnapshot,
ListOpportunities and UpdateOpportunity calls hold, imported on the first use of
one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        ExpectedContractDurationTerm,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._expected_contract_duration"


class ExpectedContractDuration(_Structure):
    """The expected duration of a partner's contract with the customer. Used to convert Total
    Contract Value (TCV) to Monthly Recurring Revenue (MRR) for opportunity dealsizing
    calculations.

    Attributes:
        term: The unit of measurement for the contract duration value. Required.
        value_: A String representation of the contract duration as an integer,
            expressed in the unit defined by... Required.
    """

    __module__ = __package__
    __slots__ = (
        "term",
        "value_",
    )
    _WIRE_NAMES = frozenset(
        (
            "Term",
            "Value",
        )
    )
    _REQUIRED = (
        "Term",
        "Value",
    )
    _CODECS = _CODEC_MODULE

    term: ExpectedContractDurationTerm | str
    value_: str

    def __init__(
        self,
        *,
        term: ExpectedContractDurationTerm | _types.ExpectedContractDurationTermValue,
        value_: str,
    ) -> None:
        self.term = term
        self.value_ = value_
