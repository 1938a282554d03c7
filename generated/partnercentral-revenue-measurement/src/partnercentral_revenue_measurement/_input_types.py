"""The precise input types of the Partner Central Revenue Measurement API (internal).

Only type checkers read this module (the package imports it under ``TYPE_CHECKING``):
each enum's values as a ``Literal``, each structure's wire-name dict (what ``from_dict()``
and the commands take) as a ``TypedDict``, and ``SequenceNotStr``, what list parameters
take (a ``str`` is a ``Sequence[str]``, so ``Sequence`` would let a lone string through).
"""

from __future__ import annotations

import typing as _typing
from collections.abc import Iterator as _Iterator
from collections.abc import Mapping as _Mapping
from collections.abc import Sequence as _Sequence
from typing import Any as _Any
from typing import Literal as _Literal
from typing import Protocol as _Protocol
from typing import SupportsIndex as _SupportsIndex
from typing import TypedDict as _TypedDict

if _typing.TYPE_CHECKING:
    import datetime as _dt

    # Type checkers know typing_extensions on every Python (3.10's typing lacks these);
    # at run time nothing reads the annotations that name them.
    from typing_extensions import NotRequired as _NotRequired
    from typing_extensions import Required as _Required

    from . import enums as _enums

_T_co = _typing.TypeVar("_T_co", covariant=True)


class SequenceNotStr(_Protocol[_T_co]):
    """A list or a tuple of values, and never a ``str``.

    ``str.__contains__`` takes only a ``str``, so a ``str`` does not match
    ``__contains__(object)`` below, while lists and tuples do. No ``index()`` or
    ``count()``: with them pyright no longer reads a list literal's items as the
    expected values (``["Prospect"]`` would be a ``list[str]``).
    """

    @_typing.overload
    def __getitem__(self, index: _SupportsIndex, /) -> _T_co: ...
    @_typing.overload
    def __getitem__(self, index: slice, /) -> _Sequence[_T_co]: ...
    def __contains__(self, value: object, /) -> bool: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> _Iterator[_T_co]: ...
    def __reversed__(self) -> _Iterator[_T_co]: ...


AccessDeniedExceptionReasonValue: _typing.TypeAlias = _Literal["ACCESS_DENIED",]

AllocationStatusValue: _typing.TypeAlias = _Literal[
    "ACTIVE",
    "INACTIVE",
]

AttributionSortByValue: _typing.TypeAlias = _Literal["LastModifiedDate",]

CatalogNameValue: _typing.TypeAlias = _Literal[
    "AWS",
    "Sandbox",
]

ConflictExceptionReasonValue: _typing.TypeAlias = _Literal[
    "CONFLICT_CLIENT_TOKEN",
    "CONCURRENT_MODIFICATION",
    "RESOURCE_ALREADY_EXISTS",
    "REVISION_MISMATCH",
]

EntityTypeValue: _typing.TypeAlias = _Literal[
    "OFFER",
    "OPPORTUNITY",
]

FieldValidationCodeValue: _typing.TypeAlias = _Literal[
    "REQUIRED_FIELD_MISSING",
    "DUPLICATE_VALUE",
    "INVALID_VALUE",
    "INVALID_STRING_FORMAT",
    "TOO_MANY_VALUES",
    "ACTION_NOT_PERMITTED",
    "INVALID_ENUM_VALUE",
    "INVALID_NUMBER_FORMAT",
    "INVALID_STRING_LENGTH",
]

MarketplaceRevenueShareAllocationSortFieldValue: _typing.TypeAlias = _Literal["EffectiveFrom",]

MarketplaceRevenueShareSortByValue: _typing.TypeAlias = _Literal["LastModifiedDate",]

ResourceNotFoundExceptionReasonValue: _typing.TypeAlias = _Literal["RESOURCE_NOT_FOUND",]

RevenueAttributionAllocationActionValue: _typing.TypeAlias = _Literal[
    "CREATE",
    "UPDATE",
]

RevenueAttributionAllocationErrorCodeValue: _typing.TypeAlias = _Literal[
    "ALLOCATION_CAP_EXCEEDED",
    "RESOURCE_NOT_FOUND",
    "IMMUTABLE_ALLOCATION",
    "ACCESS_DENIED",
    "INVALID_VALUE",
    "CONCURRENT_MODIFICATION",
    "INTERNAL_ERROR",
]

RevenueAttributionAllocationSortFieldValue: _typing.TypeAlias = _Literal["EffectiveFrom",]

RevenueAttributionAllocationTaskStatusValue: _typing.TypeAlias = _Literal[
    "IN_PROGRESS",
    "COMPLETE",
    "FAILED",
]

RevenueShareProductAccountTypeValue: _typing.TypeAlias = _Literal[
    "DEPLOYMENT",
    "ORGANIZATION",
]

ServiceQuotaExceededExceptionReasonValue: _typing.TypeAlias = _Literal[
    "ATTRIBUTION_LIMIT_EXCEEDED",
    "TAG_LIMIT_EXCEEDED",
]

SortOrderValue: _typing.TypeAlias = _Literal[
    "ASCENDING",
    "DESCENDING",
]

TenancyModelValue: _typing.TypeAlias = _Literal[
    "MULTI_TENANT",
    "SINGLE_TENANT",
]

ValidationExceptionReasonValue: _typing.TypeAlias = _Literal[
    "REQUEST_VALIDATION_FAILED",
    "BUSINESS_VALIDATION_FAILED",
]


class AttributionSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `AttributionSummary`."""

    Arn: _NotRequired[str]
    Id: _NotRequired[str]
    Catalog: _NotRequired[_enums.CatalogName | CatalogNameValue]
    Name: _NotRequired[str]
    TenancyModel: _Required[_enums.TenancyModel | TenancyModelValue]
    MarketplaceProduct: _NotRequired[MarketplaceProductSummaryDict]
    CreatedDate: _NotRequired[_dt.datetime]
    LastModifiedDate: _NotRequired[_dt.datetime]
    LatestRevision: _NotRequired[str]
    EffectiveFrom: _NotRequired[str]
    EffectiveUntil: _NotRequired[str]
    TotalActiveRevenueAttributionAllocationCount: _NotRequired[int]
    TotalRevenueAttributionAllocationCount: _NotRequired[int]
    Context: _NotRequired[_Mapping[str, str]]


class ContextFilterDict(_TypedDict, total=False):
    """The wire-name dict of `ContextFilter`."""

    Key: _Required[str]
    Values: _NotRequired[SequenceNotStr[str]]


class CreateMarketplaceRevenueShareAllocationInputDict(_TypedDict, total=False):
    """The wire-name dict of `CreateMarketplaceRevenueShareAllocationInput`."""

    Catalog: _Required[_enums.CatalogName | CatalogNameValue]
    MarketplaceRevenueShareIdentifier: _Required[str]
    ClientToken: _NotRequired[str]
    MarketplaceRevenueShareRevision: _Required[str]
    EffectiveFrom: _Required[str]
    EffectiveUntil: _Required[str]
    RevenueSharePercent: _Required[str]


class CreateMarketplaceRevenueShareAllocationOutputDict(_TypedDict, total=False):
    """The wire-name dict of `CreateMarketplaceRevenueShareAllocationOutput`."""

    MarketplaceRevenueShareAllocationId: _Required[str]
    MarketplaceRevenueShareIdentifier: _Required[str]
    EffectiveFrom: _Required[str]
    EffectiveUntil: _Required[str]
    RevenueSharePercent: _Required[str]
    Status: _Required[_enums.AllocationStatus | AllocationStatusValue]
    CreatedDate: _Required[_dt.datetime]
    LastModifiedDate: _Required[_dt.datetime]
    MarketplaceRevenueShareRevision: _Required[str]
    MarketplaceRevenueShareLatestRevision: _Required[str]


class CreateMarketplaceRevenueShareInputDict(_TypedDict, total=False):
    """The wire-name dict of `CreateMarketplaceRevenueShareInput`."""

    Catalog: _Required[_enums.CatalogName | CatalogNameValue]
    ClientToken: _NotRequired[str]
    Products: _Required[SequenceNotStr[MarketplaceRevenueShareProductEntryDict]]
    Tags: _NotRequired[SequenceNotStr[TagDict]]


class CreateMarketplaceRevenueShareOutputDict(_TypedDict, total=False):
    """The wire-name dict of `CreateMarketplaceRevenueShareOutput`."""

    Id: _Required[str]
    Arn: _Required[str]
    Catalog: _Required[_enums.CatalogName | CatalogNameValue]
    Products: _Required[SequenceNotStr[MarketplaceRevenueShareProductSummaryDict]]
    CreatedDate: _Required[_dt.datetime]
    LastModifiedDate: _Required[_dt.datetime]
    Revision: _Required[str]


class CreateRevenueAttributionInputDict(_TypedDict, total=False):
    """The wire-name dict of `CreateRevenueAttributionInput`."""

    Catalog: _Required[_enums.CatalogName | CatalogNameValue]
    ClientToken: _NotRequired[str]
    Name: _Required[str]
    Description: _NotRequired[str]
    TenancyModel: _Required[_enums.TenancyModel | TenancyModelValue]
    ProductIdentifier: _NotRequired[str]
    Tags: _NotRequired[SequenceNotStr[TagDict]]
    Context: _NotRequired[_Mapping[str, str]]


class CreateRevenueAttributionOutputDict(_TypedDict, total=False):
    """The wire-name dict of `CreateRevenueAttributionOutput`."""

    Id: _Required[str]
    Arn: _Required[str]
    Name: _NotRequired[str]
    Description: _NotRequired[str]
    TenancyModel: _Required[_enums.TenancyModel | TenancyModelValue]
    MarketplaceProduct: _NotRequired[MarketplaceProductSummaryDict]
    Revision: _NotRequired[str]
    Context: _NotRequired[_Mapping[str, str]]


class GetMarketplaceRevenueShareAllocationInputDict(_TypedDict, total=False):
    """The wire-name dict of `GetMarketplaceRevenueShareAllocationInput`."""

    Catalog: _Required[_enums.CatalogName | CatalogNameValue]
    MarketplaceRevenueShareIdentifier: _Required[str]
    MarketplaceRevenueShareAllocationId: _Required[str]
    MarketplaceRevenueShareRevision: _NotRequired[str]


class GetMarketplaceRevenueShareAllocationOutputDict(_TypedDict, total=False):
    """The wire-name dict of `GetMarketplaceRevenueShareAllocationOutput`."""

    MarketplaceRevenueShareAllocationId: _Required[str]
    MarketplaceRevenueShareIdentifier: _Required[str]
    EffectiveFrom: _Required[str]
    EffectiveUntil: _Required[str]
    RevenueSharePercent: _Required[str]
    Status: _Required[_enums.AllocationStatus | AllocationStatusValue]
    CreatedDate: _Required[_dt.datetime]
    LastModifiedDate: _Required[_dt.datetime]
    MarketplaceRevenueShareRevision: _Required[str]
    MarketplaceRevenueShareLatestRevision: _Required[str]


class GetMarketplaceRevenueShareInputDict(_TypedDict, total=False):
    """The wire-name dict of `GetMarketplaceRevenueShareInput`."""

    Catalog: _Required[_enums.CatalogName | CatalogNameValue]
    Identifier: _Required[str]
    Revision: _NotRequired[str]


class GetMarketplaceRevenueShareOutputDict(_TypedDict, total=False):
    """The wire-name dict of `GetMarketplaceRevenueShareOutput`."""

    Id: _Required[str]
    Arn: _Required[str]
    Catalog: _Required[_enums.CatalogName | CatalogNameValue]
    Products: _Required[SequenceNotStr[MarketplaceRevenueShareProductDetailDict]]
    CreatedDate: _Required[_dt.datetime]
    LastModifiedDate: _Required[_dt.datetime]
    Revision: _Required[str]
    LatestRevision: _Required[str]
    EffectiveFrom: _NotRequired[str]
    EffectiveUntil: _NotRequired[str]
    TotalActiveMarketplaceRevenueShareAllocationCount: _Required[int]
    TotalMarketplaceRevenueShareAllocationCount: _Required[int]


class GetRevenueAttributionAllocationInputDict(_TypedDict, total=False):
    """The wire-name dict of `GetRevenueAttributionAllocationInput`."""

    Catalog: _Required[_enums.CatalogName | CatalogNameValue]
    RevenueAttributionIdentifier: _Required[str]
    RevenueAttributionAllocationId: _Required[str]
    RevenueAttributionRevision: _NotRequired[str]


class GetRevenueAttributionAllocationOutputDict(_TypedDict, total=False):
    """The wire-name dict of `GetRevenueAttributionAllocationOutput`."""

    RevenueAttributionAllocationId: _Required[str]
    RevenueAttributionIdentifier: _Required[str]
    EntityType: _Required[_enums.EntityType | EntityTypeValue]
    EntityIdentifier: _Required[str]
    EntityName: _NotRequired[str]
    CustomerAwsAccountId: _Required[str]
    RevenueSharePercent: _Required[str]
    EffectiveFrom: _Required[str]
    EffectiveUntil: _Required[str]
    Status: _Required[_enums.AllocationStatus | AllocationStatusValue]
    CreatedDate: _Required[_dt.datetime]
    LastModifiedDate: _Required[_dt.datetime]
    RevenueAttributionRevision: _Required[str]
    RevenueAttributionLatestRevision: _Required[str]


class GetRevenueAttributionAllocationsTaskInputDict(_TypedDict, total=False):
    """The wire-name dict of `GetRevenueAttributionAllocationsTaskInput`."""

    Catalog: _Required[_enums.CatalogName | CatalogNameValue]
    RevenueAttributionIdentifier: _Required[str]


class GetRevenueAttributionAllocationsTaskOutputDict(_TypedDict, total=False):
    """The wire-name dict of `GetRevenueAttributionAllocationsTaskOutput`."""

    TaskId: _Required[str]
    Status: _Required[
        _enums.RevenueAttributionAllocationTaskStatus | RevenueAttributionAllocationTaskStatusValue
    ]
    Catalog: _Required[_enums.CatalogName | CatalogNameValue]
    RevenueAttributionArn: _Required[str]
    StartedAt: _Required[_dt.datetime]
    EndedAt: _NotRequired[_dt.datetime]
    TotalRevenueAttributionAllocationRecords: _Required[int]
    Description: _NotRequired[str]
    RevenueAttributionLatestRevision: _NotRequired[str]
    ErrorDetailList: _NotRequired[SequenceNotStr[RevenueAttributionAllocationErrorDetailDict]]


class GetRevenueAttributionInputDict(_TypedDict, total=False):
    """The wire-name dict of `GetRevenueAttributionInput`."""

    Catalog: _Required[_enums.CatalogName | CatalogNameValue]
    Identifier: _Required[str]
    Revision: _NotRequired[str]


class GetRevenueAttributionOutputDict(_TypedDict, total=False):
    """The wire-name dict of `GetRevenueAttributionOutput`."""

    Arn: _Required[str]
    Id: _Required[str]
    Catalog: _Required[_enums.CatalogName | CatalogNameValue]
    Name: _NotRequired[str]
    Description: _NotRequired[str]
    TenancyModel: _Required[_enums.TenancyModel | TenancyModelValue]
    MarketplaceProduct: _NotRequired[MarketplaceProductSummaryDict]
    CreatedDate: _NotRequired[_dt.datetime]
    LastModifiedDate: _NotRequired[_dt.datetime]
    Revision: _NotRequired[str]
    LatestRevision: _NotRequired[str]
    EffectiveFrom: _NotRequired[str]
    EffectiveUntil: _NotRequired[str]
    TotalActiveRevenueAttributionAllocationCount: _NotRequired[int]
    TotalRevenueAttributionAllocationCount: _NotRequired[int]
    Context: _NotRequired[_Mapping[str, str]]


class ListMarketplaceRevenueShareAllocationsInputDict(_TypedDict, total=False):
    """The wire-name dict of `ListMarketplaceRevenueShareAllocationsInput`."""

    Catalog: _Required[_enums.CatalogName | CatalogNameValue]
    MarketplaceRevenueShareIdentifier: _Required[str]
    StatusFilter: _NotRequired[_enums.AllocationStatus | AllocationStatusValue]
    AfterEffectiveFrom: _NotRequired[str]
    BeforeEffectiveFrom: _NotRequired[str]
    AfterEffectiveUntil: _NotRequired[str]
    BeforeEffectiveUntil: _NotRequired[str]
    SortBy: _NotRequired[
        _enums.MarketplaceRevenueShareAllocationSortField
        | MarketplaceRevenueShareAllocationSortFieldValue
    ]
    SortOrder: _NotRequired[_enums.SortOrder | SortOrderValue]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]
    MarketplaceRevenueShareRevision: _NotRequired[str]


class ListMarketplaceRevenueShareAllocationsOutputDict(_TypedDict, total=False):
    """The wire-name dict of `ListMarketplaceRevenueShareAllocationsOutput`."""

    MarketplaceRevenueShareAllocationSummaries: _Required[
        SequenceNotStr[MarketplaceRevenueShareAllocationSummaryDict]
    ]
    NextToken: _NotRequired[str]


class ListMarketplaceRevenueSharesInputDict(_TypedDict, total=False):
    """The wire-name dict of `ListMarketplaceRevenueSharesInput`."""

    Catalog: _Required[_enums.CatalogName | CatalogNameValue]
    Identifiers: _NotRequired[SequenceNotStr[str]]
    ProductIds: _NotRequired[SequenceNotStr[str]]
    ProductCodes: _NotRequired[SequenceNotStr[str]]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]
    SortBy: _NotRequired[_enums.MarketplaceRevenueShareSortBy | MarketplaceRevenueShareSortByValue]
    SortOrder: _NotRequired[_enums.SortOrder | SortOrderValue]
    CreatedAfter: _NotRequired[_dt.datetime]
    CreatedBefore: _NotRequired[_dt.datetime]


class ListMarketplaceRevenueSharesOutputDict(_TypedDict, total=False):
    """The wire-name dict of `ListMarketplaceRevenueSharesOutput`."""

    MarketplaceRevenueShareSummaries: _Required[SequenceNotStr[MarketplaceRevenueShareSummaryDict]]
    NextToken: _NotRequired[str]


class ListRevenueAttributionAllocationsInputDict(_TypedDict, total=False):
    """The wire-name dict of `ListRevenueAttributionAllocationsInput`."""

    Catalog: _Required[_enums.CatalogName | CatalogNameValue]
    RevenueAttributionIdentifier: _Required[str]
    EntityTypeFilters: _NotRequired[SequenceNotStr[_enums.EntityType | EntityTypeValue]]
    EntityIdentifierFilters: _NotRequired[SequenceNotStr[str]]
    CustomerAwsAccountIdFilters: _NotRequired[SequenceNotStr[str]]
    StatusFilter: _NotRequired[_enums.AllocationStatus | AllocationStatusValue]
    AfterEffectiveFrom: _NotRequired[str]
    BeforeEffectiveFrom: _NotRequired[str]
    AfterEffectiveUntil: _NotRequired[str]
    BeforeEffectiveUntil: _NotRequired[str]
    SortBy: _NotRequired[
        _enums.RevenueAttributionAllocationSortField | RevenueAttributionAllocationSortFieldValue
    ]
    SortOrder: _NotRequired[_enums.SortOrder | SortOrderValue]
    RevenueAttributionRevision: _NotRequired[str]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]


class ListRevenueAttributionAllocationsOutputDict(_TypedDict, total=False):
    """The wire-name dict of `ListRevenueAttributionAllocationsOutput`."""

    RevenueAttributionAllocationSummaries: _Required[
        SequenceNotStr[RevenueAttributionAllocationSummaryDict]
    ]
    NextToken: _NotRequired[str]


class ListRevenueAttributionsInputDict(_TypedDict, total=False):
    """The wire-name dict of `ListRevenueAttributionsInput`."""

    Catalog: _Required[_enums.CatalogName | CatalogNameValue]
    Identifiers: _NotRequired[SequenceNotStr[str]]
    CreatedAfter: _NotRequired[_dt.datetime]
    CreatedBefore: _NotRequired[_dt.datetime]
    SortBy: _NotRequired[_enums.AttributionSortBy | AttributionSortByValue]
    SortOrder: _NotRequired[_enums.SortOrder | SortOrderValue]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]
    ContextFilters: _NotRequired[SequenceNotStr[ContextFilterDict]]


class ListRevenueAttributionsOutputDict(_TypedDict, total=False):
    """The wire-name dict of `ListRevenueAttributionsOutput`."""

    RevenueAttributionSummaries: _NotRequired[SequenceNotStr[AttributionSummaryDict]]
    NextToken: _NotRequired[str]


class ListTagsForResourceInputDict(_TypedDict, total=False):
    """The wire-name dict of `ListTagsForResourceInput`."""

    resourceArn: _Required[str]


class ListTagsForResourceOutputDict(_TypedDict, total=False):
    """The wire-name dict of `ListTagsForResourceOutput`."""

    tags: _NotRequired[SequenceNotStr[TagDict]]


class MarketplaceProductSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `MarketplaceProductSummary`."""

    ProductId: _NotRequired[str]
    ProductCode: _NotRequired[str]
    ProductName: _NotRequired[str]


class MarketplaceRevenueShareAllocationSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `MarketplaceRevenueShareAllocationSummary`."""

    MarketplaceRevenueShareAllocationId: _Required[str]
    MarketplaceRevenueShareIdentifier: _Required[str]
    EffectiveFrom: _Required[str]
    EffectiveUntil: _Required[str]
    RevenueSharePercent: _Required[str]
    Status: _Required[_enums.AllocationStatus | AllocationStatusValue]
    CreatedDate: _Required[_dt.datetime]
    LastModifiedDate: _Required[_dt.datetime]


class MarketplaceRevenueShareProductDetailDict(_TypedDict, total=False):
    """The wire-name dict of `MarketplaceRevenueShareProductDetail`."""

    ProductId: _Required[str]
    ProductCode: _NotRequired[str]
    ProductName: _NotRequired[str]
    Accounts: _NotRequired[SequenceNotStr[RevenueShareProductAccountDetailDict]]


class MarketplaceRevenueShareProductEntryDict(_TypedDict, total=False):
    """The wire-name dict of `MarketplaceRevenueShareProductEntry`."""

    ProductId: _Required[str]
    Accounts: _NotRequired[SequenceNotStr[RevenueShareProductAccountEntryDict]]


class MarketplaceRevenueShareProductSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `MarketplaceRevenueShareProductSummary`."""

    ProductId: _Required[str]
    ProductCode: _NotRequired[str]
    ProductName: _NotRequired[str]
    Accounts: _NotRequired[SequenceNotStr[RevenueShareProductAccountSummaryDict]]


class MarketplaceRevenueShareSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `MarketplaceRevenueShareSummary`."""

    Id: _Required[str]
    Arn: _Required[str]
    Catalog: _Required[_enums.CatalogName | CatalogNameValue]
    Products: _Required[SequenceNotStr[MarketplaceRevenueShareProductSummaryDict]]
    CreatedDate: _Required[_dt.datetime]
    LastModifiedDate: _Required[_dt.datetime]
    LatestRevision: _Required[str]
    EffectiveFrom: _NotRequired[str]
    EffectiveUntil: _NotRequired[str]
    TotalActiveMarketplaceRevenueShareAllocationCount: _Required[int]
    TotalMarketplaceRevenueShareAllocationCount: _Required[int]


class RevenueAttributionAllocationErrorDetailDict(_TypedDict, total=False):
    """The wire-name dict of `RevenueAttributionAllocationErrorDetail`."""

    RevenueAttributionAllocationId: _NotRequired[str]
    EntityType: _Required[_enums.EntityType | EntityTypeValue]
    EntityId: _Required[str]
    CustomerAwsAccountId: _Required[str]
    EffectiveFrom: _Required[str]
    EffectiveUntil: _Required[str]
    Action: _Required[
        _enums.RevenueAttributionAllocationAction | RevenueAttributionAllocationActionValue
    ]
    ErrorCode: _Required[
        _enums.RevenueAttributionAllocationErrorCode | RevenueAttributionAllocationErrorCodeValue
    ]
    ErrorMessage: _Required[str]


class RevenueAttributionAllocationSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `RevenueAttributionAllocationSummary`."""

    RevenueAttributionAllocationId: _Required[str]
    RevenueAttributionIdentifier: _Required[str]
    EntityType: _Required[_enums.EntityType | EntityTypeValue]
    EntityIdentifier: _Required[str]
    EntityName: _NotRequired[str]
    CustomerAwsAccountId: _Required[str]
    RevenueSharePercent: _Required[str]
    EffectiveFrom: _Required[str]
    EffectiveUntil: _Required[str]
    Status: _Required[_enums.AllocationStatus | AllocationStatusValue]


class RevenueShareAllocationDict(_TypedDict, total=False):
    """The wire-name dict of `RevenueShareAllocation`."""

    Action: _Required[
        _enums.RevenueAttributionAllocationAction | RevenueAttributionAllocationActionValue
    ]
    RevenueAttributionAllocationId: _NotRequired[str]
    EntityType: _Required[_enums.EntityType | EntityTypeValue]
    EntityIdentifier: _Required[str]
    CustomerAwsAccountId: _Required[str]
    RevenueSharePercent: _Required[str]
    EffectiveFrom: _Required[str]
    EffectiveUntil: _Required[str]
    Status: _NotRequired[_enums.AllocationStatus | AllocationStatusValue]


class RevenueShareProductAccountDetailDict(_TypedDict, total=False):
    """The wire-name dict of `RevenueShareProductAccountDetail`."""

    AccountType: _Required[
        _enums.RevenueShareProductAccountType | RevenueShareProductAccountTypeValue
    ]
    Count: _Required[int]
    AccountIds: _Required[SequenceNotStr[str]]


class RevenueShareProductAccountEntryDict(_TypedDict, total=False):
    """The wire-name dict of `RevenueShareProductAccountEntry`."""

    AccountType: _Required[
        _enums.RevenueShareProductAccountType | RevenueShareProductAccountTypeValue
    ]
    AccountIds: _Required[SequenceNotStr[str]]


class RevenueShareProductAccountSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `RevenueShareProductAccountSummary`."""

    AccountType: _Required[
        _enums.RevenueShareProductAccountType | RevenueShareProductAccountTypeValue
    ]
    Count: _Required[int]


class StartRevenueAttributionAllocationsTaskInputDict(_TypedDict, total=False):
    """The wire-name dict of `StartRevenueAttributionAllocationsTaskInput`."""

    Catalog: _Required[_enums.CatalogName | CatalogNameValue]
    RevenueAttributionIdentifier: _Required[str]
    RevenueAttributionRevision: _Required[str]
    RevenueShareAllocations: _Required[SequenceNotStr[RevenueShareAllocationDict]]
    ClientToken: _NotRequired[str]
    Description: _NotRequired[str]


class StartRevenueAttributionAllocationsTaskOutputDict(_TypedDict, total=False):
    """The wire-name dict of `StartRevenueAttributionAllocationsTaskOutput`."""

    TaskId: _Required[str]
    Status: _Required[
        _enums.RevenueAttributionAllocationTaskStatus | RevenueAttributionAllocationTaskStatusValue
    ]
    Catalog: _Required[_enums.CatalogName | CatalogNameValue]
    RevenueAttributionArn: _Required[str]
    StartedAt: _Required[_dt.datetime]
    TotalRevenueAttributionAllocationRecords: _Required[int]


class TagDict(_TypedDict, total=False):
    """The wire-name dict of `Tag`."""

    Key: _Required[str]
    Value: _Required[str]


class TagResourceInputDict(_TypedDict, total=False):
    """The wire-name dict of `TagResourceInput`."""

    resourceArn: _Required[str]
    tags: _Required[SequenceNotStr[TagDict]]


class UntagResourceInputDict(_TypedDict, total=False):
    """The wire-name dict of `UntagResourceInput`."""

    resourceArn: _Required[str]
    tagKeys: _Required[SequenceNotStr[str]]


class UpdateMarketplaceRevenueShareAllocationInputDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateMarketplaceRevenueShareAllocationInput`."""

    Catalog: _Required[_enums.CatalogName | CatalogNameValue]
    MarketplaceRevenueShareIdentifier: _Required[str]
    MarketplaceRevenueShareAllocationId: _Required[str]
    MarketplaceRevenueShareRevision: _Required[str]
    ClientToken: _NotRequired[str]
    RevenueSharePercent: _NotRequired[str]
    Status: _NotRequired[_enums.AllocationStatus | AllocationStatusValue]


class UpdateMarketplaceRevenueShareAllocationOutputDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateMarketplaceRevenueShareAllocationOutput`."""

    MarketplaceRevenueShareAllocationId: _Required[str]
    MarketplaceRevenueShareIdentifier: _Required[str]
    EffectiveFrom: _Required[str]
    EffectiveUntil: _Required[str]
    RevenueSharePercent: _Required[str]
    Status: _Required[_enums.AllocationStatus | AllocationStatusValue]
    CreatedDate: _Required[_dt.datetime]
    LastModifiedDate: _Required[_dt.datetime]
    MarketplaceRevenueShareRevision: _Required[str]
    MarketplaceRevenueShareLatestRevision: _Required[str]


class UpdateMarketplaceRevenueShareInputDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateMarketplaceRevenueShareInput`."""

    Catalog: _Required[_enums.CatalogName | CatalogNameValue]
    Identifier: _Required[str]
    ClientToken: _NotRequired[str]
    Revision: _Required[str]
    Products: _Required[SequenceNotStr[MarketplaceRevenueShareProductEntryDict]]


class UpdateMarketplaceRevenueShareOutputDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateMarketplaceRevenueShareOutput`."""

    Id: _Required[str]
    Arn: _Required[str]
    Products: _Required[SequenceNotStr[MarketplaceRevenueShareProductSummaryDict]]
    LastModifiedDate: _Required[_dt.datetime]
    LatestRevision: _Required[str]


class UpdateRevenueAttributionInputDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateRevenueAttributionInput`."""

    Catalog: _Required[_enums.CatalogName | CatalogNameValue]
    Identifier: _Required[str]
    ClientToken: _NotRequired[str]
    Description: _NotRequired[str]
    Revision: _Required[str]
    Context: _NotRequired[_Mapping[str, str]]


class UpdateRevenueAttributionOutputDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateRevenueAttributionOutput`."""

    Id: _Required[str]
    Arn: _Required[str]
    Description: _NotRequired[str]
    LastModifiedDate: _Required[_dt.datetime]
    LatestRevision: _NotRequired[str]
    Context: _NotRequired[_Mapping[str, str]]


class ValidationExceptionFieldDict(_TypedDict, total=False):
    """The wire-name dict of `ValidationExceptionField`."""

    Name: _Required[str]
    Message: _Required[str]
    Code: _Required[_enums.FieldValidationCode | FieldValidationCodeValue]
