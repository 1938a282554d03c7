"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only ListSolutions calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        SolutionSortName,
        SolutionStatus,
        SortOrder,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._list_solutions"


class ListSolutionsRequest(_Structure):
    """Contains the request parameters for the `ListSolutions` operation.

    Attributes:
        catalog: Specifies the catalog associated with the request. Required.
        max_results: The maximum number of results returned by a single call.
        next_token: A pagination token used to retrieve the next set of results in
            subsequent calls.
        sort: Object that configures sorting done on the response.
        status: Filters solutions based on their status.
        identifier: Filters the solutions based on their unique identifier.
        category: Filters the solutions based on the category to which they belong.
        aws_marketplace_solution_arn: Filters results by AWS Marketplace solution ARN.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "max_results",
        "next_token",
        "sort",
        "status",
        "identifier",
        "category",
        "aws_marketplace_solution_arn",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "MaxResults",
            "NextToken",
            "Sort",
            "Status",
            "Identifier",
            "Category",
            "AwsMarketplaceSolutionArn",
        )
    )
    _REQUIRED = ("Catalog",)
    _CODECS = _CODEC_MODULE

    catalog: str
    max_results: int | None
    next_token: str | None
    sort: SolutionSort | None
    status: _Sequence[SolutionStatus | str] | None
    identifier: _Sequence[str] | None
    category: _Sequence[str] | None
    aws_marketplace_solution_arn: _Sequence[str] | None

    def __init__(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        sort: SolutionSort | None = None,
        status: _types.SequenceNotStr[SolutionStatus | _types.SolutionStatusValue] | None = None,
        identifier: _types.SequenceNotStr[str] | None = None,
        category: _types.SequenceNotStr[str] | None = None,
        aws_marketplace_solution_arn: _types.SequenceNotStr[str] | None = None,
    ) -> None:
        self.catalog = catalog
        self.max_results = max_results
        self.next_token = next_token
        self.sort = sort
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.status = status  # type: ignore[assignment]
        self.identifier = identifier  # type: ignore[assignment]
        self.category = category  # type: ignore[assignment]
        self.aws_marketplace_solution_arn = aws_marketplace_solution_arn  # type: ignore[assignment]


class ListSolutionsResponse(_Structure):
    """Contains the response that the `ListSolutions` action returns.

    Attributes:
        solution_summaries: An array with minimal details for solutions matching the
            request criteria. Required.
        next_token: A pagination token used to retrieve the next set of results in
            subsequent calls.
    """

    __module__ = __package__
    __slots__ = (
        "solution_summaries",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "SolutionSummaries",
            "NextToken",
        )
    )
    _REQUIRED = ("SolutionSummaries",)
    _CODECS = _CODEC_MODULE

    solution_summaries: list[SolutionBase]
    next_token: str | None

    def __init__(
        self,
        *,
        solution_summaries: _types.SequenceNotStr[SolutionBase],
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.solution_summaries = solution_summaries  # type: ignore[assignment]
        self.next_token = next_token


class SolutionBase(_Structure):
    """Specifies minimal information for the solution offered to solve the customer's business
    problem.

    Attributes:
        catalog: Specifies the catalog in which the solution is hosted, either `AWS` or
            `Sandbox`. Required.
        id: Enables the association of solutions (offerings) to opportunities. Required.
        arn: The SolutionBase structure provides essential information about a solution.
        name: Specifies the solution name. Required.
        status: Specifies the solution's current status, which indicates its state in
            the system. Required.
        category: Specifies the solution category, which helps to categorize and
            organize the solutions partners... Required.
        created_date: Indicates the solution creation date. Required.
        aws_marketplace_solution_arn: The Amazon Resource Name (ARN) of the AWS
            Marketplace solution associated with this partner...
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "id",
        "arn",
        "name",
        "status",
        "category",
        "created_date",
        "aws_marketplace_solution_arn",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Id",
            "Arn",
            "Name",
            "Status",
            "Category",
            "CreatedDate",
            "AwsMarketplaceSolutionArn",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Id",
        "Name",
        "Status",
        "Category",
        "CreatedDate",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    id: str
    arn: str | None
    name: str
    status: SolutionStatus | str
    category: str
    created_date: _dt.datetime
    aws_marketplace_solution_arn: str | None

    def __init__(
        self,
        *,
        catalog: str,
        id: str,
        name: str,
        status: SolutionStatus | _types.SolutionStatusValue,
        category: str,
        created_date: _dt.datetime,
        arn: str | None = None,
        aws_marketplace_solution_arn: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.id = id
        self.arn = arn
        self.name = name
        self.status = status
        self.category = category
        self.created_date = created_date
        self.aws_marketplace_solution_arn = aws_marketplace_solution_arn


class SolutionSort(_Structure):
    """Configures the solutions' response sorting that enables partners to order solutions
    based on specified attributes.

    Attributes:
        sort_order: Specifies the sorting order, either `Ascending` or `Descending`.
            Required.
        sort_by: Specifies the attribute to sort by, such as `Name`, `CreatedDate`, or
            `Status`. Required.
    """

    __module__ = __package__
    __slots__ = (
        "sort_order",
        "sort_by",
    )
    _WIRE_NAMES = frozenset(
        (
            "SortOrder",
            "SortBy",
        )
    )
    _REQUIRED = (
        "SortOrder",
        "SortBy",
    )
    _CODECS = _CODEC_MODULE

    sort_order: SortOrder | str
    sort_by: SolutionSortName | str

    def __init__(
        self,
        *,
        sort_order: SortOrder | _types.SortOrderValue,
        sort_by: SolutionSortName | _types.SolutionSortNameValue,
    ) -> None:
        self.sort_order = sort_order
        self.sort_by = sort_by
