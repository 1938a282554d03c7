"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only ListOpportunityBulkJobResults calls hold, imported on the first use
of one.
"""

from __future__ import annotations

import typing as _typing

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        BulkRecordStatus,
    )
    from . import (
        BulkJobResult,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._list_opportunity_bulk_job_results"


class ListOpportunityBulkJobResultsRequest(_Structure):
    """Specifies the catalog, job identifier, filter, and pagination settings for listing the
    results of an opportunity bulk job.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        max_results: Specifies the maximum number of results to return in a single call.
        next_token: A pagination token used to retrieve the next set of results in
            subsequent calls.
        job_id: Specifies the identifier of the bulk job. Required.
        status: Filters the results to records with this status.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "max_results",
        "next_token",
        "job_id",
        "status",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "MaxResults",
            "NextToken",
            "JobId",
            "Status",
        )
    )
    _REQUIRED = (
        "Catalog",
        "JobId",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    max_results: int | None
    next_token: str | None
    job_id: str
    status: BulkRecordStatus | str | None

    def __init__(
        self,
        *,
        catalog: str,
        job_id: str,
        max_results: int | None = None,
        next_token: str | None = None,
        status: BulkRecordStatus | _types.BulkRecordStatusValue | None = None,
    ) -> None:
        self.catalog = catalog
        self.max_results = max_results
        self.next_token = next_token
        self.job_id = job_id
        self.status = status


class ListOpportunityBulkJobResultsResponse(_Structure):
    """The results of an opportunity bulk job.

    Attributes:
        results: The outcome of each record in the bulk job. Required.
        next_token: A pagination token used to retrieve the next set of results in
            subsequent calls.
    """

    __module__ = __package__
    __slots__ = (
        "results",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Results",
            "NextToken",
        )
    )
    _REQUIRED = ("Results",)
    _CODECS = _CODEC_MODULE

    results: list[BulkJobResult]
    next_token: str | None

    def __init__(
        self,
        *,
        results: _types.SequenceNotStr[BulkJobResult],
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.results = results  # type: ignore[assignment]
        self.next_token = next_token
