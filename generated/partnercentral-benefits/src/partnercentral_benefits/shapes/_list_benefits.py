"""Shapes of the Partner Central Benefits API (internal: import them from ``shapes``).

The shapes only ListBenefits calls hold, imported on the first use of one.
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        BenefitStatus,
        FulfillmentType,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._list_benefits"


class BenefitSummary(_Structure):
    """A summary view of a benefit containing key information for list operations.

    Attributes:
        id: The unique identifier of the benefit.
        catalog: The catalog identifier that the benefit belongs to.
        arn: The Amazon Resource Name (ARN) of the benefit.
        name: The human-readable name of the benefit.
        description: A brief description of the benefit and its purpose.
        programs: The AWS partner programs that this benefit is associated with.
        fulfillment_types: The available fulfillment types for this benefit.
        status: The current status of the benefit.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "catalog",
        "arn",
        "name",
        "description",
        "programs",
        "fulfillment_types",
        "status",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Catalog",
            "Arn",
            "Name",
            "Description",
            "Programs",
            "FulfillmentTypes",
            "Status",
        )
    )
    _CODECS = _CODEC_MODULE

    id: str | None
    catalog: str | None
    arn: str | None
    name: str | None
    description: str | None
    programs: list[str] | None
    fulfillment_types: _Sequence[FulfillmentType | str] | None
    status: BenefitStatus | str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        catalog: str | None = None,
        arn: str | None = None,
        name: str | None = None,
        description: str | None = None,
        programs: _types.SequenceNotStr[str] | None = None,
        fulfillment_types: (
            _types.SequenceNotStr[FulfillmentType | _types.FulfillmentTypeValue] | None
        ) = None,
        status: BenefitStatus | _types.BenefitStatusValue | None = None,
    ) -> None:
        self.id = id
        self.catalog = catalog
        self.arn = arn
        self.name = name
        self.description = description
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.programs = programs  # type: ignore[assignment]
        self.fulfillment_types = fulfillment_types  # type: ignore[assignment]
        self.status = status


class ListBenefitsInput(_Structure):
    """ListBenefitsInput

    Attributes:
        catalog: The catalog identifier to filter benefits by catalog. Required.
        programs: Filter benefits by specific AWS partner programs.
        fulfillment_types: Filter benefits by specific fulfillment types.
        status: Filter benefits by their current status.
        max_results: The maximum number of benefits to return in a single response.
        next_token: A pagination token to retrieve the next set of results from a
            previous request.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "programs",
        "fulfillment_types",
        "status",
        "max_results",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Programs",
            "FulfillmentTypes",
            "Status",
            "MaxResults",
            "NextToken",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    catalog: str
    programs: _Sequence[str] | None
    fulfillment_types: _Sequence[FulfillmentType | str] | None
    status: _Sequence[BenefitStatus | str] | None
    max_results: int | None
    next_token: str | None

    def __init__(
        self,
        *,
        catalog: str,
        programs: _types.SequenceNotStr[str] | None = None,
        fulfillment_types: (
            _types.SequenceNotStr[FulfillmentType | _types.FulfillmentTypeValue] | None
        ) = None,
        status: _types.SequenceNotStr[BenefitStatus | _types.BenefitStatusValue] | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.programs = programs  # type: ignore[assignment]
        self.fulfillment_types = fulfillment_types  # type: ignore[assignment]
        self.status = status  # type: ignore[assignment]
        self.max_results = max_results
        self.next_token = next_token


class ListBenefitsOutput(_Structure):
    """ListBenefitsOutput

    Attributes:
        benefit_summaries: A list of benefit summaries matching the specified criteria.
        next_token: A pagination token to retrieve the next set of results, if more
            results are available.
    """

    __module__ = __package__
    __slots__ = (
        "benefit_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "BenefitSummaries",
            "NextToken",
        )
    )
    _CODECS = _CODEC_MODULE

    benefit_summaries: list[BenefitSummary] | None
    next_token: str | None

    def __init__(
        self,
        *,
        benefit_summaries: _types.SequenceNotStr[BenefitSummary] | None = None,
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.benefit_summaries = benefit_summaries  # type: ignore[assignment]
        self.next_token = next_token
