"""The precise input types of the Partner Central Benefits API (internal).

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


BenefitAllocationStatusValue: _typing.TypeAlias = _Literal[
    "ACTIVE",
    "INACTIVE",
    "FULFILLED",
]

BenefitApplicationStatusValue: _typing.TypeAlias = _Literal[
    "PENDING_SUBMISSION",
    "IN_REVIEW",
    "ACTION_REQUIRED",
    "APPROVED",
    "REJECTED",
    "CANCELED",
]

BenefitStatusValue: _typing.TypeAlias = _Literal[
    "ACTIVE",
    "INACTIVE",
]

CurrencyCodeValue: _typing.TypeAlias = _Literal[
    "AED",
    "AMD",
    "ARS",
    "AUD",
    "AWG",
    "AZN",
    "BBD",
    "BDT",
    "BGN",
    "BMD",
    "BND",
    "BOB",
    "BRL",
    "BSD",
    "BYR",
    "BZD",
    "CAD",
    "CHF",
    "CLP",
    "CNY",
    "COP",
    "CRC",
    "CZK",
    "DKK",
    "DOP",
    "EEK",
    "EGP",
    "EUR",
    "GBP",
    "GEL",
    "GHS",
    "GTQ",
    "GYD",
    "HKD",
    "HNL",
    "HRK",
    "HTG",
    "HUF",
    "IDR",
    "ILS",
    "INR",
    "ISK",
    "JMD",
    "JPY",
    "KES",
    "KHR",
    "KRW",
    "KYD",
    "KZT",
    "LBP",
    "LKR",
    "LTL",
    "LVL",
    "MAD",
    "MNT",
    "MOP",
    "MUR",
    "MVR",
    "MXN",
    "MYR",
    "NAD",
    "NGN",
    "NIO",
    "NOK",
    "NZD",
    "PAB",
    "PEN",
    "PHP",
    "PKR",
    "PLN",
    "PYG",
    "QAR",
    "RON",
    "RUB",
    "SAR",
    "SEK",
    "SGD",
    "SIT",
    "SKK",
    "THB",
    "TND",
    "TRY",
    "TTD",
    "TWD",
    "TZS",
    "UAH",
    "USD",
    "UYU",
    "UZS",
    "VND",
    "XAF",
    "XCD",
    "XOF",
    "XPF",
    "ZAR",
]

FileTypeValue: _typing.TypeAlias = _Literal[
    "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/pdf",
    "image/png",
    "image/jpeg",
    "image/svg+xml",
    "text/csv",
]

FulfillmentTypeValue: _typing.TypeAlias = _Literal[
    "CREDITS",
    "CASH",
    "ACCESS",
]

ResourceTypeValue: _typing.TypeAlias = _Literal[
    "OPPORTUNITY",
    "BENEFIT_ALLOCATION",
]

ValidationExceptionErrorCodeValue: _typing.TypeAlias = _Literal[
    "REQUIRED_FIELD_MISSING",
    "INVALID_ENUM_VALUE",
    "INVALID_STRING_FORMAT",
    "INVALID_VALUE",
    "NOT_ENOUGH_VALUES",
    "TOO_MANY_VALUES",
    "INVALID_RESOURCE_STATE",
    "DUPLICATE_KEY_VALUE",
    "VALUE_OUT_OF_RANGE",
    "ACTION_NOT_PERMITTED",
]

ValidationExceptionReasonValue: _typing.TypeAlias = _Literal[
    "unknownOperation",
    "cannotParse",
    "fieldValidationFailed",
    "other",
    "BUSINESS_VALIDATION_FAILED",
]


class AccessDetailsDict(_TypedDict, total=False):
    """The wire-name dict of `AccessDetails`."""

    Description: _NotRequired[str]


class AmendBenefitApplicationInputDict(_TypedDict, total=False):
    """The wire-name dict of `AmendBenefitApplicationInput`."""

    Catalog: _Required[str]
    ClientToken: _Required[str]
    Revision: _Required[str]
    Identifier: _Required[str]
    AmendmentReason: _Required[str]
    Amendments: _Required[SequenceNotStr[AmendmentDict]]


class AmendBenefitApplicationOutputDict(_TypedDict, total=False):
    """The wire-name dict of `AmendBenefitApplicationOutput`."""

    pass


class AmendmentDict(_TypedDict, total=False):
    """The wire-name dict of `Amendment`."""

    FieldPath: _Required[str]
    NewValue: _Required[str]


class AssociateBenefitApplicationResourceInputDict(_TypedDict, total=False):
    """The wire-name dict of `AssociateBenefitApplicationResourceInput`."""

    Catalog: _Required[str]
    BenefitApplicationIdentifier: _Required[str]
    ResourceArn: _Required[str]


class AssociateBenefitApplicationResourceOutputDict(_TypedDict, total=False):
    """The wire-name dict of `AssociateBenefitApplicationResourceOutput`."""

    Id: _NotRequired[str]
    Arn: _NotRequired[str]
    Revision: _NotRequired[str]


class AssociatedResourceDict(_TypedDict, total=False):
    """The wire-name dict of `AssociatedResource`."""

    ResourceType: _NotRequired[_enums.ResourceType | ResourceTypeValue]
    ResourceIdentifier: _NotRequired[str]
    ResourceArn: _NotRequired[str]


class BenefitAllocationSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `BenefitAllocationSummary`."""

    Id: _NotRequired[str]
    Catalog: _NotRequired[str]
    Arn: _NotRequired[str]
    Status: _NotRequired[_enums.BenefitAllocationStatus | BenefitAllocationStatusValue]
    StatusReason: _NotRequired[str]
    Name: _NotRequired[str]
    BenefitId: _NotRequired[str]
    BenefitApplicationId: _NotRequired[str]
    FulfillmentTypes: _NotRequired[SequenceNotStr[_enums.FulfillmentType | FulfillmentTypeValue]]
    CreatedAt: _NotRequired[_dt.datetime]
    ExpiresAt: _NotRequired[_dt.datetime]
    ApplicableBenefitIds: _NotRequired[SequenceNotStr[str]]


class BenefitApplicationSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `BenefitApplicationSummary`."""

    Catalog: _NotRequired[str]
    Name: _NotRequired[str]
    Id: _NotRequired[str]
    Arn: _NotRequired[str]
    BenefitId: _NotRequired[str]
    Programs: _NotRequired[SequenceNotStr[str]]
    FulfillmentTypes: _NotRequired[SequenceNotStr[_enums.FulfillmentType | FulfillmentTypeValue]]
    Status: _NotRequired[_enums.BenefitApplicationStatus | BenefitApplicationStatusValue]
    Stage: _NotRequired[str]
    CreatedAt: _NotRequired[_dt.datetime]
    UpdatedAt: _NotRequired[_dt.datetime]
    BenefitApplicationDetails: _NotRequired[_Mapping[str, str]]
    AssociatedResources: _NotRequired[SequenceNotStr[str]]


class BenefitSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `BenefitSummary`."""

    Id: _NotRequired[str]
    Catalog: _NotRequired[str]
    Arn: _NotRequired[str]
    Name: _NotRequired[str]
    Description: _NotRequired[str]
    Programs: _NotRequired[SequenceNotStr[str]]
    FulfillmentTypes: _NotRequired[SequenceNotStr[_enums.FulfillmentType | FulfillmentTypeValue]]
    Status: _NotRequired[_enums.BenefitStatus | BenefitStatusValue]


class CancelBenefitApplicationInputDict(_TypedDict, total=False):
    """The wire-name dict of `CancelBenefitApplicationInput`."""

    Catalog: _Required[str]
    ClientToken: _Required[str]
    Identifier: _Required[str]
    Reason: _NotRequired[str]


class CancelBenefitApplicationOutputDict(_TypedDict, total=False):
    """The wire-name dict of `CancelBenefitApplicationOutput`."""

    pass


class ConsumableDetailsDict(_TypedDict, total=False):
    """The wire-name dict of `ConsumableDetails`."""

    AllocatedAmount: _NotRequired[MonetaryValueDict]
    RemainingAmount: _NotRequired[MonetaryValueDict]
    UtilizedAmount: _NotRequired[MonetaryValueDict]
    IssuanceDetails: _NotRequired[IssuanceDetailDict]


class ContactDict(_TypedDict, total=False):
    """The wire-name dict of `Contact`."""

    Email: _NotRequired[str]
    FirstName: _NotRequired[str]
    LastName: _NotRequired[str]
    BusinessTitle: _NotRequired[str]
    Phone: _NotRequired[str]


class CreateBenefitApplicationInputDict(_TypedDict, total=False):
    """The wire-name dict of `CreateBenefitApplicationInput`."""

    Catalog: _Required[str]
    ClientToken: _Required[str]
    Name: _NotRequired[str]
    Description: _NotRequired[str]
    BenefitIdentifier: _Required[str]
    FulfillmentTypes: _NotRequired[SequenceNotStr[_enums.FulfillmentType | FulfillmentTypeValue]]
    BenefitApplicationDetails: _NotRequired[_Any]
    Tags: _NotRequired[SequenceNotStr[TagDict]]
    AssociatedResources: _NotRequired[SequenceNotStr[str]]
    PartnerContacts: _NotRequired[SequenceNotStr[ContactDict]]
    FileDetails: _NotRequired[SequenceNotStr[FileInputDict]]


class CreateBenefitApplicationOutputDict(_TypedDict, total=False):
    """The wire-name dict of `CreateBenefitApplicationOutput`."""

    Id: _NotRequired[str]
    Arn: _NotRequired[str]
    Revision: _NotRequired[str]


class CreditCodeDict(_TypedDict, total=False):
    """The wire-name dict of `CreditCode`."""

    AwsAccountId: _Required[str]
    Value: _Required[MonetaryValueDict]
    AwsCreditCode: _Required[str]
    Status: _Required[_enums.BenefitAllocationStatus | BenefitAllocationStatusValue]
    IssuedAt: _Required[_dt.datetime]
    ExpiresAt: _Required[_dt.datetime]


class CreditDetailsDict(_TypedDict, total=False):
    """The wire-name dict of `CreditDetails`."""

    AllocatedAmount: _Required[MonetaryValueDict]
    IssuedAmount: _Required[MonetaryValueDict]
    Codes: _Required[SequenceNotStr[CreditCodeDict]]


class DisassociateBenefitApplicationResourceInputDict(_TypedDict, total=False):
    """The wire-name dict of `DisassociateBenefitApplicationResourceInput`."""

    Catalog: _Required[str]
    BenefitApplicationIdentifier: _Required[str]
    ResourceArn: _Required[str]


class DisassociateBenefitApplicationResourceOutputDict(_TypedDict, total=False):
    """The wire-name dict of `DisassociateBenefitApplicationResourceOutput`."""

    Id: _NotRequired[str]
    Arn: _NotRequired[str]
    Revision: _NotRequired[str]


class DisbursementDetailsDict(_TypedDict, total=False):
    """The wire-name dict of `DisbursementDetails`."""

    DisbursedAmount: _NotRequired[MonetaryValueDict]
    IssuanceDetails: _NotRequired[IssuanceDetailDict]


class FileDetailDict(_TypedDict, total=False):
    """The wire-name dict of `FileDetail`."""

    FileURI: _Required[str]
    BusinessUseCase: _NotRequired[str]
    FileName: _NotRequired[str]
    FileStatus: _NotRequired[str]
    FileStatusReason: _NotRequired[str]
    FileType: _NotRequired[_enums.FileType | FileTypeValue]
    CreatedBy: _NotRequired[str]
    CreatedAt: _NotRequired[_dt.datetime]


class FileInputDict(_TypedDict, total=False):
    """The wire-name dict of `FileInput`."""

    FileURI: _Required[str]
    BusinessUseCase: _NotRequired[str]


class FulfillmentDetailsDict(_TypedDict, total=False):
    """The wire-name dict of `FulfillmentDetails`."""

    DisbursementDetails: _NotRequired[DisbursementDetailsDict]
    ConsumableDetails: _NotRequired[ConsumableDetailsDict]
    CreditDetails: _NotRequired[CreditDetailsDict]
    AccessDetails: _NotRequired[AccessDetailsDict]


class GetBenefitAllocationInputDict(_TypedDict, total=False):
    """The wire-name dict of `GetBenefitAllocationInput`."""

    Catalog: _Required[str]
    Identifier: _Required[str]


class GetBenefitAllocationOutputDict(_TypedDict, total=False):
    """The wire-name dict of `GetBenefitAllocationOutput`."""

    Id: _NotRequired[str]
    Catalog: _NotRequired[str]
    Arn: _NotRequired[str]
    Name: _NotRequired[str]
    Description: _NotRequired[str]
    Status: _NotRequired[_enums.BenefitAllocationStatus | BenefitAllocationStatusValue]
    StatusReason: _NotRequired[str]
    BenefitApplicationId: _NotRequired[str]
    BenefitId: _NotRequired[str]
    FulfillmentType: _NotRequired[_enums.FulfillmentType | FulfillmentTypeValue]
    ApplicableBenefitIds: _NotRequired[SequenceNotStr[str]]
    FulfillmentDetail: _NotRequired[FulfillmentDetailsDict]
    CreatedAt: _NotRequired[_dt.datetime]
    UpdatedAt: _NotRequired[_dt.datetime]
    StartsAt: _NotRequired[_dt.datetime]
    ExpiresAt: _NotRequired[_dt.datetime]


class GetBenefitApplicationInputDict(_TypedDict, total=False):
    """The wire-name dict of `GetBenefitApplicationInput`."""

    Catalog: _Required[str]
    Identifier: _Required[str]


class GetBenefitApplicationOutputDict(_TypedDict, total=False):
    """The wire-name dict of `GetBenefitApplicationOutput`."""

    Id: _NotRequired[str]
    Arn: _NotRequired[str]
    Catalog: _NotRequired[str]
    BenefitId: _NotRequired[str]
    Name: _NotRequired[str]
    Description: _NotRequired[str]
    FulfillmentTypes: _NotRequired[SequenceNotStr[_enums.FulfillmentType | FulfillmentTypeValue]]
    BenefitApplicationDetails: _NotRequired[_Any]
    Programs: _NotRequired[SequenceNotStr[str]]
    Status: _NotRequired[_enums.BenefitApplicationStatus | BenefitApplicationStatusValue]
    Stage: _NotRequired[str]
    StatusReason: _NotRequired[str]
    StatusReasonCode: _NotRequired[str]
    StatusReasonCodes: _NotRequired[SequenceNotStr[str]]
    CreatedAt: _NotRequired[_dt.datetime]
    UpdatedAt: _NotRequired[_dt.datetime]
    Revision: _NotRequired[str]
    AssociatedResources: _NotRequired[SequenceNotStr[str]]
    PartnerContacts: _NotRequired[SequenceNotStr[ContactDict]]
    FileDetails: _NotRequired[SequenceNotStr[FileDetailDict]]


class GetBenefitInputDict(_TypedDict, total=False):
    """The wire-name dict of `GetBenefitInput`."""

    Catalog: _Required[str]
    Identifier: _Required[str]


class GetBenefitOutputDict(_TypedDict, total=False):
    """The wire-name dict of `GetBenefitOutput`."""

    Id: _NotRequired[str]
    Catalog: _NotRequired[str]
    Arn: _NotRequired[str]
    Name: _NotRequired[str]
    Description: _NotRequired[str]
    Programs: _NotRequired[SequenceNotStr[str]]
    FulfillmentTypes: _NotRequired[SequenceNotStr[_enums.FulfillmentType | FulfillmentTypeValue]]
    BenefitRequestSchema: _NotRequired[_Any]
    Status: _NotRequired[_enums.BenefitStatus | BenefitStatusValue]


class IssuanceDetailDict(_TypedDict, total=False):
    """The wire-name dict of `IssuanceDetail`."""

    IssuanceId: _NotRequired[str]
    IssuanceAmount: _NotRequired[MonetaryValueDict]
    IssuedAt: _NotRequired[_dt.datetime]


class ListBenefitAllocationsInputDict(_TypedDict, total=False):
    """The wire-name dict of `ListBenefitAllocationsInput`."""

    Catalog: _Required[str]
    FulfillmentTypes: _NotRequired[SequenceNotStr[_enums.FulfillmentType | FulfillmentTypeValue]]
    BenefitIdentifiers: _NotRequired[SequenceNotStr[str]]
    BenefitApplicationIdentifiers: _NotRequired[SequenceNotStr[str]]
    Status: _NotRequired[
        SequenceNotStr[_enums.BenefitAllocationStatus | BenefitAllocationStatusValue]
    ]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]


class ListBenefitAllocationsOutputDict(_TypedDict, total=False):
    """The wire-name dict of `ListBenefitAllocationsOutput`."""

    BenefitAllocationSummaries: _NotRequired[SequenceNotStr[BenefitAllocationSummaryDict]]
    NextToken: _NotRequired[str]


class ListBenefitApplicationsInputDict(_TypedDict, total=False):
    """The wire-name dict of `ListBenefitApplicationsInput`."""

    Catalog: _Required[str]
    Programs: _NotRequired[SequenceNotStr[str]]
    FulfillmentTypes: _NotRequired[SequenceNotStr[_enums.FulfillmentType | FulfillmentTypeValue]]
    BenefitIdentifiers: _NotRequired[SequenceNotStr[str]]
    Status: _NotRequired[
        SequenceNotStr[_enums.BenefitApplicationStatus | BenefitApplicationStatusValue]
    ]
    Stages: _NotRequired[SequenceNotStr[str]]
    AssociatedResources: _NotRequired[SequenceNotStr[AssociatedResourceDict]]
    AssociatedResourceArns: _NotRequired[SequenceNotStr[str]]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]


class ListBenefitApplicationsOutputDict(_TypedDict, total=False):
    """The wire-name dict of `ListBenefitApplicationsOutput`."""

    BenefitApplicationSummaries: _NotRequired[SequenceNotStr[BenefitApplicationSummaryDict]]
    NextToken: _NotRequired[str]


class ListBenefitsInputDict(_TypedDict, total=False):
    """The wire-name dict of `ListBenefitsInput`."""

    Catalog: _Required[str]
    Programs: _NotRequired[SequenceNotStr[str]]
    FulfillmentTypes: _NotRequired[SequenceNotStr[_enums.FulfillmentType | FulfillmentTypeValue]]
    Status: _NotRequired[SequenceNotStr[_enums.BenefitStatus | BenefitStatusValue]]
    MaxResults: _NotRequired[int]
    NextToken: _NotRequired[str]


class ListBenefitsOutputDict(_TypedDict, total=False):
    """The wire-name dict of `ListBenefitsOutput`."""

    BenefitSummaries: _NotRequired[SequenceNotStr[BenefitSummaryDict]]
    NextToken: _NotRequired[str]


class ListTagsForResourceRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListTagsForResourceRequest`."""

    resourceArn: _Required[str]


class ListTagsForResourceResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListTagsForResourceResponse`."""

    tags: _NotRequired[SequenceNotStr[TagDict]]


class MonetaryValueDict(_TypedDict, total=False):
    """The wire-name dict of `MonetaryValue`."""

    Amount: _Required[str]
    CurrencyCode: _Required[_enums.CurrencyCode | CurrencyCodeValue]


class RecallBenefitApplicationInputDict(_TypedDict, total=False):
    """The wire-name dict of `RecallBenefitApplicationInput`."""

    Catalog: _Required[str]
    ClientToken: _NotRequired[str]
    Identifier: _Required[str]
    Reason: _Required[str]


class RecallBenefitApplicationOutputDict(_TypedDict, total=False):
    """The wire-name dict of `RecallBenefitApplicationOutput`."""

    pass


class SubmitBenefitApplicationInputDict(_TypedDict, total=False):
    """The wire-name dict of `SubmitBenefitApplicationInput`."""

    Catalog: _Required[str]
    Identifier: _Required[str]


class SubmitBenefitApplicationOutputDict(_TypedDict, total=False):
    """The wire-name dict of `SubmitBenefitApplicationOutput`."""

    pass


class TagDict(_TypedDict, total=False):
    """The wire-name dict of `Tag`."""

    Key: _Required[str]
    Value: _Required[str]


class TagResourceRequestDict(_TypedDict, total=False):
    """The wire-name dict of `TagResourceRequest`."""

    resourceArn: _Required[str]
    tags: _Required[SequenceNotStr[TagDict]]


class TagResourceResponseDict(_TypedDict, total=False):
    """The wire-name dict of `TagResourceResponse`."""

    pass


class UntagResourceRequestDict(_TypedDict, total=False):
    """The wire-name dict of `UntagResourceRequest`."""

    resourceArn: _Required[str]
    tagKeys: _Required[SequenceNotStr[str]]


class UntagResourceResponseDict(_TypedDict, total=False):
    """The wire-name dict of `UntagResourceResponse`."""

    pass


class UpdateBenefitApplicationInputDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateBenefitApplicationInput`."""

    Catalog: _Required[str]
    ClientToken: _Required[str]
    Name: _NotRequired[str]
    Description: _NotRequired[str]
    Identifier: _Required[str]
    Revision: _Required[str]
    BenefitApplicationDetails: _NotRequired[_Any]
    PartnerContacts: _NotRequired[SequenceNotStr[ContactDict]]
    FileDetails: _NotRequired[SequenceNotStr[FileInputDict]]


class UpdateBenefitApplicationOutputDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateBenefitApplicationOutput`."""

    Id: _NotRequired[str]
    Arn: _NotRequired[str]
    Revision: _NotRequired[str]


class ValidationExceptionFieldDict(_TypedDict, total=False):
    """The wire-name dict of `ValidationExceptionField`."""

    Name: _Required[str]
    Message: _Required[str]
    Code: _NotRequired[_enums.ValidationExceptionErrorCode | ValidationExceptionErrorCodeValue]
