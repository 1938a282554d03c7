"""Shapes of the Partner Central Selling API (internal: import them from ``shapes``).

The shapes only ListCustomerAccountBulkJobResults calls hold, imported on the first
use of one.
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
_CODEC_MODULE = ".._awsjson.shapes._list_customer_account_bulk_job_results"


class ListCustomerAccountBulkJobResultsRequest(_Structure):
    """Information about list customer account bulk job results request.

    Attributes:
        catalog: Specifies the catalog for the request. Required.
        identifier: Specifies the ARN or the identifier of the bulk job. Required.
        status: Filters the results to records with the specified outcome.
        max_results: Specifies the maximum number of results to return in a single call.
        next_token: Specifies the token for the next page of results.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
        "status",
        "max_results",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "Catalog",
            "Identifier",
            "Status",
            "MaxResults",
            "NextToken",
        )
    )
    _REQUIRED = (
        "Catalog",
        "Identifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str
    status: BulkRecordStatus | str | None
    max_results: int | None
    next_token: str | None

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
        status: BulkRecordStatus | _types.BulkRecordStatusValue | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier
        self.status = status
        self.max_results = max_results
        self.next_token = next_token


class ListCustomerAccountBulkJobResultsResponse(_Structure):
    """Information about list customer account bulk job results response.

    Attributes:
        results: The outcome of each record in the bulk job. Required.
        next_token: The token to retrieve the next page of results.
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
