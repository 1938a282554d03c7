"""Shapes of the Partner Central Channel API (internal: import them from ``shapes``).

The shapes only ListProgramManagementAccounts calls hold, imported on the first use
of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        ListProgramManagementAccountsSortName,
        Program,
        ProgramManagementAccountStatus,
        ProgramManagementAccountType,
        SortOrder,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._list_program_management_accounts"


class ListProgramManagementAccountsRequest(_Structure):
    """ListProgramManagementAccountsRequest

    Attributes:
        catalog: The catalog identifier to filter accounts. Required.
        max_results: The maximum number of results to return in a single call.
        display_names: Filter by display names.
        programs: Filter by program types.
        account_ids: Filter by AWS account IDs.
        statuses: Filter by program management account statuses.
        sort: Sorting options for the results.
        next_token: Token for retrieving the next page of results.
        type: Filter by program management account type.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "max_results",
        "display_names",
        "programs",
        "account_ids",
        "statuses",
        "sort",
        "next_token",
        "type",
    )
    _WIRE_NAMES = frozenset(
        (
            "catalog",
            "maxResults",
            "displayNames",
            "programs",
            "accountIds",
            "statuses",
            "sort",
            "nextToken",
            "type",
        )
    )
    _REQUIRED = ("catalog",)
    _CODECS = _CODEC_MODULE

    catalog: str
    max_results: int | None
    display_names: _Sequence[str] | None
    programs: _Sequence[Program | str] | None
    account_ids: _Sequence[str] | None
    statuses: _Sequence[ProgramManagementAccountStatus | str] | None
    sort: ListProgramManagementAccountsSortBase | None
    next_token: str | None
    type: ProgramManagementAccountType | str | None

    def __init__(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        display_names: _types.SequenceNotStr[str] | None = None,
        programs: _types.SequenceNotStr[Program | _types.ProgramValue] | None = None,
        account_ids: _types.SequenceNotStr[str] | None = None,
        statuses: (
            _types.SequenceNotStr[
                ProgramManagementAccountStatus | _types.ProgramManagementAccountStatusValue
            ]
            | None
        ) = None,
        sort: ListProgramManagementAccountsSortBase | None = None,
        next_token: str | None = None,
        type: (
            ProgramManagementAccountType | _types.ProgramManagementAccountTypeValue | None
        ) = None,
    ) -> None:
        self.catalog = catalog
        self.max_results = max_results
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.display_names = display_names  # type: ignore[assignment]
        self.programs = programs  # type: ignore[assignment]
        self.account_ids = account_ids  # type: ignore[assignment]
        self.statuses = statuses  # type: ignore[assignment]
        self.sort = sort
        self.next_token = next_token
        self.type = type


class ListProgramManagementAccountsResponse(_Structure):
    """ListProgramManagementAccountsResponse

    Attributes:
        items: List of program management accounts matching the criteria.
        next_token: Token for retrieving the next page of results, if available.
    """

    __module__ = __package__
    __slots__ = (
        "items",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "items",
            "nextToken",
        )
    )
    _CODECS = _CODEC_MODULE

    items: list[ProgramManagementAccountSummary] | None
    next_token: str | None

    def __init__(
        self,
        *,
        items: _types.SequenceNotStr[ProgramManagementAccountSummary] | None = None,
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.items = items  # type: ignore[assignment]
        self.next_token = next_token


class ListProgramManagementAccountsSortBase(_Structure):
    """Base sorting configuration for program management accounts.

    Attributes:
        sort_order: The sort order (ascending or descending). Required.
        sort_by: The field to sort by. Required.
    """

    __module__ = __package__
    __slots__ = (
        "sort_order",
        "sort_by",
    )
    _WIRE_NAMES = frozenset(
        (
            "sortOrder",
            "sortBy",
        )
    )
    _REQUIRED = (
        "sortOrder",
        "sortBy",
    )
    _CODECS = _CODEC_MODULE

    sort_order: SortOrder | str
    sort_by: ListProgramManagementAccountsSortName | str

    def __init__(
        self,
        *,
        sort_order: SortOrder | _types.SortOrderValue,
        sort_by: (
            ListProgramManagementAccountsSortName
            | _types.ListProgramManagementAccountsSortNameValue
        ),
    ) -> None:
        self.sort_order = sort_order
        self.sort_by = sort_by


class ProgramManagementAccountSummary(_Structure):
    """Summary information about a program management account.

    Attributes:
        id: The unique identifier of the program management account.
        revision: The current revision number of the program management account.
        catalog: The catalog identifier associated with the account.
        program: The program type for the management account.
        display_name: The display name of the program management account.
        account_id: The AWS account ID associated with the program management account.
        arn: The Amazon Resource Name (ARN) of the program management account.
        created_at: The timestamp when the account was created.
        updated_at: The timestamp when the account was last updated.
        start_date: The start date of the program management account.
        status: The current status of the program management account.
        type: The type of the program management account.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "revision",
        "catalog",
        "program",
        "display_name",
        "account_id",
        "arn",
        "created_at",
        "updated_at",
        "start_date",
        "status",
        "type",
    )
    _WIRE_NAMES = frozenset(
        (
            "id",
            "revision",
            "catalog",
            "program",
            "displayName",
            "accountId",
            "arn",
            "createdAt",
            "updatedAt",
            "startDate",
            "status",
            "type",
        )
    )
    _CODECS = _CODEC_MODULE

    id: str | None
    revision: str | None
    catalog: str | None
    program: Program | str | None
    display_name: str | None
    account_id: str | None
    arn: str | None
    created_at: _dt.datetime | None
    updated_at: _dt.datetime | None
    start_date: _dt.datetime | None
    status: ProgramManagementAccountStatus | str | None
    type: ProgramManagementAccountType | str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        revision: str | None = None,
        catalog: str | None = None,
        program: Program | _types.ProgramValue | None = None,
        display_name: str | None = None,
        account_id: str | None = None,
        arn: str | None = None,
        created_at: _dt.datetime | None = None,
        updated_at: _dt.datetime | None = None,
        start_date: _dt.datetime | None = None,
        status: (
            ProgramManagementAccountStatus | _types.ProgramManagementAccountStatusValue | None
        ) = None,
        type: (
            ProgramManagementAccountType | _types.ProgramManagementAccountTypeValue | None
        ) = None,
    ) -> None:
        self.id = id
        self.revision = revision
        self.catalog = catalog
        self.program = program
        self.display_name = display_name
        self.account_id = account_id
        self.arn = arn
        self.created_at = created_at
        self.updated_at = updated_at
        self.start_date = start_date
        self.status = status
        self.type = type
