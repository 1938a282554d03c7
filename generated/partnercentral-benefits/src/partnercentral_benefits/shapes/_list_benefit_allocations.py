"""Shapes of the Partner Central Benefits API (internal: import them from ``shapes``).

The shapes only ListBenefitAllocations calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        BenefitAllocationStatus,
        FulfillmentType,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._list_benefit_allocations"


class BenefitAllocationSummary(_Structure):
    """A summary view of a benefit allocation containing key information for list operations.

    Attributes:
        id: The unique identifier of the benefit allocation.
        catalog: The catalog identifier that the benefit allocation belongs to.
        arn: The Amazon Resource Name (ARN) of the benefit allocation.
        status: The current status of the benefit allocation.
        status_reason: Additional information explaining the current status of the
            benefit allocation.
        name: The human-readable name of the benefit allocation.
        benefit_id: The identifier of the benefit that this allocation is based on.
        benefit_application_id: The identifier of the benefit application that resulted
            in this allocation.
        fulfillment_types: The fulfillment types used for this benefit allocation.
        created_at: The timestamp when the benefit allocation was created.
        expires_at: The timestamp when the benefit allocation expires.
        applicable_benefit_ids: The identifiers of the benefits applicable for this
            allocation.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "catalog",
        "arn",
        "status",
        "status_reason",
        "name",
        "benefit_id",
        "benefit_application_id",
        "fulfillment_types",
        "created_at",
        "expires_at",
        "applicable_benefit_ids",
    )
    _WIRE_NAMES = frozenset(
        (
            "Id",
            "Catalog",
            "Arn",
            "Status",
            "StatusReason",
            "Name",
            "BenefitId",
            "BenefitApplicationId",
            "FulfillmentTypes",
            "CreatedAt",
            "ExpiresAt",
            "ApplicableBenefitIds",
        )
    )
    _CODECS = _CODEC_MODULE

    id: str | None
    catalog: str | None
    arn: str | None
    status: BenefitAllocationStatus | str | None
    status_reason: str | None
    name: str | None
    benefit_id: str | None
    benefit_application_id: str | None
    fulfillment_types: _Sequence[FulfillmentType | str] | None
    created_at: _dt.datetime | None
    expires_at: _dt.datetime | None
    applicable_benefit_ids: list[str] | None

    def __init__(
        self,
        *,
        id: str | None = None,
        catalog: str | None = None,
        arn: str | None = None,
        status: BenefitAllocationStatus | _types.BenefitAllocationStatusValue | None = None,
        status_reason: str | None = None,
        name: str | None = None,
        benefit_id: str | None = None,
        benefit_application_id: str | None = None,
        fulfillment_types: (
            _types.SequenceNotStr[FulfillmentType | _types.FulfillmentTypeValue] | None
        ) = None,
        created_at: _dt.datetime | None = None,
        expires_at: _dt.datetime | None = None,
        applicable_benefit_ids: _types.SequenceNotStr[str] | None = None,
    ) -> None:
        self.id = id
        self.catalog = catalog
        self.arn = arn
        self.status = status
        self.status_reason = status_reason
        self.name = name
        self.benefit_id = benefit_id
        self.benefit_application_id = benefit_application_id
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.fulfillment_types = fulfillment_types  # type: ignore[assignment]
        self.created_at = created_at
        self.expires_at = expires_at
        self.applicable_benefit_ids = applicable_benefit_ids  # type: ignore[assignment]


class ListBenefitAllocationsInput(_Structure):
    """ListBenefitAllocationsInput

    Attributes:
        catalog: The catalog identifier to filter benefit allocations by catalog.
            Required.
        fulfillment_types: Filter benefit allocations by specific fulfillment types.
        benefit_identifiers: Filter benefit allocations by specific benefit identifiers.
        benefit_application_identifiers: Filter benefit allocations by specific benefit
            application identifiers.
        status: Filter benefit allocations by their current status.
        max_results: The maximum number of benefit allocations to return in a single
            response.
        next_token: A pagination token to retrieve the next set of results from a
            previous request.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "fulfillment_types",
        "benefit_identifiers",
        "benefit_application_identifiers",
        "status",
        "max_results",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "FulfillmentTypes",
            "BenefitIdentifiers",
            "BenefitApplicationIdentifiers",
            "Status",
            "MaxResults",
            "NextToken",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    catalog: str
    fulfillment_types: _Sequence[FulfillmentType | str] | None
    benefit_identifiers: _Sequence[str] | None
    benefit_application_identifiers: _Sequence[str] | None
    status: _Sequence[BenefitAllocationStatus | str] | None
    max_results: int | None
    next_token: str | None

    def __init__(
        self,
        *,
        catalog: str,
        fulfillment_types: (
            _types.SequenceNotStr[FulfillmentType | _types.FulfillmentTypeValue] | None
        ) = None,
        benefit_identifiers: _types.SequenceNotStr[str] | None = None,
        benefit_application_identifiers: _types.SequenceNotStr[str] | None = None,
        status: (
            _types.SequenceNotStr[BenefitAllocationStatus | _types.BenefitAllocationStatusValue]
            | None
        ) = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.fulfillment_types = fulfillment_types  # type: ignore[assignment]
        self.benefit_identifiers = benefit_identifiers  # type: ignore[assignment]
        self.benefit_application_identifiers = benefit_application_identifiers  # type: ignore[assignment]
        self.status = status  # type: ignore[assignment]
        self.max_results = max_results
        self.next_token = next_token


class ListBenefitAllocationsOutput(_Structure):
    """ListBenefitAllocationsOutput

    Attributes:
        benefit_allocation_summaries: A list of benefit allocation summaries matching
            the specified criteria.
        next_token: A pagination token to retrieve the next set of results, if more
            results are available.
    """

    __module__ = __package__
    __slots__ = (
        "benefit_allocation_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "BenefitAllocationSummaries",
            "NextToken",
        )
    )
    _CODECS = _CODEC_MODULE

    benefit_allocation_summaries: list[BenefitAllocationSummary] | None
    next_token: str | None

    def __init__(
        self,
        *,
        benefit_allocation_summaries: (
            _types.SequenceNotStr[BenefitAllocationSummary] | None
        ) = None,
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.benefit_allocation_summaries = benefit_allocation_summaries  # type: ignore[assignment]
        self.next_token = next_token
