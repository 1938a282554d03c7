"""The precise input types of the Partner Central Channel API (internal).

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


AccountScopeValue: _typing.TypeAlias = _Literal[
    "ENTIRE_ORGANIZATION",
    "SPECIFIC_MEMBER_ACCOUNTS",
]

AssociationTypeValue: _typing.TypeAlias = _Literal[
    "DOWNSTREAM_SELLER",
    "END_CUSTOMER",
    "INTERNAL",
    "MANAGED_SERVICES_END_CUSTOMER",
]

ChannelContractStatusValue: _typing.TypeAlias = _Literal[
    "PENDING",
    "ACCEPTED",
    "EXPIRED",
    "CANCELED",
    "INACTIVE",
]

ChannelContractTypeValue: _typing.TypeAlias = _Literal["MANAGED_SERVICES_ATTESTATION",]

CoverageValue: _typing.TypeAlias = _Literal[
    "ENTIRE_ORGANIZATION",
    "MANAGEMENT_ACCOUNT_ONLY",
]

HandshakeStatusValue: _typing.TypeAlias = _Literal[
    "PENDING",
    "ACCEPTED",
    "REJECTED",
    "CANCELED",
    "EXPIRED",
]

HandshakeTypeValue: _typing.TypeAlias = _Literal[
    "START_SERVICE_PERIOD",
    "REVOKE_SERVICE_PERIOD",
    "PROGRAM_MANAGEMENT_ACCOUNT",
]

ListProgramManagementAccountsSortNameValue: _typing.TypeAlias = _Literal["UpdatedAt",]

ListRelationshipsSortNameValue: _typing.TypeAlias = _Literal["UpdatedAt",]

ManagedServicesAttestationTypeSortNameValue: _typing.TypeAlias = _Literal["UpdatedAt",]

ManagedServicesSupportedServiceValue: _typing.TypeAlias = _Literal[
    "MONITORING",
    "PATCHING",
    "SECURITY",
    "BACKUP_AND_DISASTER_RECOVERY",
    "FINANCIAL_OPERATIONS",
    "INFRASTRUCTURE_AS_CODE_AND_AUTOMATION",
    "WELL_ARCHITECTED",
    "ARTIFICIAL_INTELLIGENCE_AND_MACHINE_LEARNING_OPERATIONS",
]

ParticipantTypeValue: _typing.TypeAlias = _Literal[
    "SENDER",
    "RECEIVER",
]

ProgramValue: _typing.TypeAlias = _Literal[
    "SOLUTION_PROVIDER",
    "DISTRIBUTION",
    "DISTRIBUTION_SELLER",
    "MANAGED_SERVICES_PROVIDER",
]

ProgramManagementAccountStatusValue: _typing.TypeAlias = _Literal[
    "PENDING",
    "ACTIVE",
    "INACTIVE",
]

ProgramManagementAccountTypeValue: _typing.TypeAlias = _Literal[
    "RESALE_BILLING_TRANSFER",
    "MANAGED_SERVICES",
]

ProgramManagementAccountTypeSortNameValue: _typing.TypeAlias = _Literal["UpdatedAt",]

ProviderValue: _typing.TypeAlias = _Literal[
    "DISTRIBUTOR",
    "DISTRIBUTION_SELLER",
]

ResaleAccountModelValue: _typing.TypeAlias = _Literal[
    "DISTRIBUTOR",
    "END_CUSTOMER",
    "SOLUTION_PROVIDER",
]

RevokeServicePeriodTypeSortNameValue: _typing.TypeAlias = _Literal["UpdatedAt",]

SectorValue: _typing.TypeAlias = _Literal[
    "COMMERCIAL",
    "GOVERNMENT",
    "GOVERNMENT_EXCEPTION",
]

ServicePeriodTypeValue: _typing.TypeAlias = _Literal[
    "MINIMUM_NOTICE_PERIOD",
    "FIXED_COMMITMENT_PERIOD",
]

SortOrderValue: _typing.TypeAlias = _Literal[
    "Ascending",
    "Descending",
]

StartServicePeriodTypeSortNameValue: _typing.TypeAlias = _Literal["UpdatedAt",]

ValidationExceptionReasonValue: _typing.TypeAlias = _Literal[
    "REQUEST_VALIDATION_FAILED",
    "BUSINESS_VALIDATION_FAILED",
]
# The functional form: a wire name here is no identifier, a keyword or a name in use.
AcceptChannelHandshakeDetailDict = _TypedDict(
    "AcceptChannelHandshakeDetailDict",
    {
        "id": "_NotRequired[str]",
        "arn": "_NotRequired[str]",
        "status": "_NotRequired[_enums.HandshakeStatus | HandshakeStatusValue]",
    },
)


class AcceptChannelHandshakeRequestDict(_TypedDict, total=False):
    """The wire-name dict of `AcceptChannelHandshakeRequest`."""

    catalog: _Required[str]
    identifier: _Required[str]


class AcceptChannelHandshakeResponseDict(_TypedDict, total=False):
    """The wire-name dict of `AcceptChannelHandshakeResponse`."""

    channelHandshakeDetail: _NotRequired[AcceptChannelHandshakeDetailDict]


class AddressDict(_TypedDict, total=False):
    """The wire-name dict of `Address`."""

    city: _Required[str]
    stateOrRegion: _Required[str]
    postalCode: _Required[str]
    countryCode: _Required[str]
    addressLine: _Required[str]
    addressLine2: _NotRequired[str]


# The functional form: a wire name here is no identifier, a keyword or a name in use.
CancelChannelContractDetailDict = _TypedDict(
    "CancelChannelContractDetailDict",
    {
        "id": "_NotRequired[str]",
        "arn": "_NotRequired[str]",
        "status": "_NotRequired[_enums.ChannelContractStatus | ChannelContractStatusValue]",
        "cancellationReason": "_NotRequired[str]",
    },
)


class CancelChannelContractRequestDict(_TypedDict, total=False):
    """The wire-name dict of `CancelChannelContractRequest`."""

    catalog: _Required[str]
    identifier: _Required[str]
    reason: _NotRequired[str]
    clientToken: _NotRequired[str]


class CancelChannelContractResponseDict(_TypedDict, total=False):
    """The wire-name dict of `CancelChannelContractResponse`."""

    channelContractDetail: _NotRequired[CancelChannelContractDetailDict]


# The functional form: a wire name here is no identifier, a keyword or a name in use.
CancelChannelHandshakeDetailDict = _TypedDict(
    "CancelChannelHandshakeDetailDict",
    {
        "id": "_NotRequired[str]",
        "arn": "_NotRequired[str]",
        "status": "_NotRequired[_enums.HandshakeStatus | HandshakeStatusValue]",
    },
)


class CancelChannelHandshakeRequestDict(_TypedDict, total=False):
    """The wire-name dict of `CancelChannelHandshakeRequest`."""

    catalog: _Required[str]
    identifier: _Required[str]


class CancelChannelHandshakeResponseDict(_TypedDict, total=False):
    """The wire-name dict of `CancelChannelHandshakeResponse`."""

    channelHandshakeDetail: _NotRequired[CancelChannelHandshakeDetailDict]


# The functional form: a wire name here is no identifier, a keyword or a name in use.
ChannelContractDetailDict = _TypedDict(
    "ChannelContractDetailDict",
    {
        "id": "_Required[str]",
        "arn": "_Required[str]",
        "catalog": "_Required[str]",
        "contractType": "_Required[_enums.ChannelContractType | ChannelContractTypeValue]",
        "status": "_Required[_enums.ChannelContractStatus | ChannelContractStatusValue]",
        "createdAt": "_Required[_dt.datetime]",
        "updatedAt": "_Required[_dt.datetime]",
        "respondedAt": "_NotRequired[_dt.datetime]",
        "cancellationReason": "_NotRequired[str]",
        "details": "_Required[ChannelContractDetailsDict]",
    },
)


class ChannelContractDetailsDict(_TypedDict, total=False):
    """The wire-name dict of `ChannelContractDetails`."""

    managedServicesAttestationDetails: _NotRequired[ManagedServicesAttestationDetailsDict]


class ChannelContractPayloadDict(_TypedDict, total=False):
    """The wire-name dict of `ChannelContractPayload`."""

    managedServicesAttestationPayload: _NotRequired[ManagedServicesAttestationPayloadDict]


# The functional form: a wire name here is no identifier, a keyword or a name in use.
ChannelContractSummaryDict = _TypedDict(
    "ChannelContractSummaryDict",
    {
        "id": "_Required[str]",
        "arn": "_Required[str]",
        "catalog": "_Required[str]",
        "contractType": "_Required[_enums.ChannelContractType | ChannelContractTypeValue]",
        "status": "_Required[_enums.ChannelContractStatus | ChannelContractStatusValue]",
        "createdAt": "_Required[_dt.datetime]",
        "updatedAt": "_Required[_dt.datetime]",
        "respondedAt": "_NotRequired[_dt.datetime]",
        "details": "_Required[ChannelContractSummaryDetailsDict]",
    },
)


class ChannelContractSummaryDetailsDict(_TypedDict, total=False):
    """The wire-name dict of `ChannelContractSummaryDetails`."""

    managedServicesAttestationDetails: _NotRequired[ManagedServicesAttestationSummaryDetailsDict]


class ChannelHandshakePayloadDict(_TypedDict, total=False):
    """The wire-name dict of `ChannelHandshakePayload`."""

    startServicePeriodPayload: _NotRequired[StartServicePeriodPayloadDict]
    revokeServicePeriodPayload: _NotRequired[RevokeServicePeriodPayloadDict]


# The functional form: a wire name here is no identifier, a keyword or a name in use.
ChannelHandshakeSummaryDict = _TypedDict(
    "ChannelHandshakeSummaryDict",
    {
        "id": "_NotRequired[str]",
        "arn": "_NotRequired[str]",
        "catalog": "_NotRequired[str]",
        "handshakeType": "_NotRequired[_enums.HandshakeType | HandshakeTypeValue]",
        "ownerAccountId": "_NotRequired[str]",
        "senderAccountId": "_NotRequired[str]",
        "senderDisplayName": "_NotRequired[str]",
        "receiverAccountId": "_NotRequired[str]",
        "associatedResourceId": "_NotRequired[str]",
        "detail": "_NotRequired[HandshakeDetailDict]",
        "createdAt": "_NotRequired[_dt.datetime]",
        "updatedAt": "_NotRequired[_dt.datetime]",
        "status": "_NotRequired[_enums.HandshakeStatus | HandshakeStatusValue]",
    },
)

# The functional form: a wire name here is no identifier, a keyword or a name in use.
CreateChannelContractDetailDict = _TypedDict(
    "CreateChannelContractDetailDict",
    {
        "id": "_NotRequired[str]",
        "arn": "_NotRequired[str]",
    },
)


class CreateChannelContractRequestDict(_TypedDict, total=False):
    """The wire-name dict of `CreateChannelContractRequest`."""

    contractType: _Required[_enums.ChannelContractType | ChannelContractTypeValue]
    catalog: _Required[str]
    payload: _Required[ChannelContractPayloadDict]
    clientToken: _NotRequired[str]
    tags: _NotRequired[SequenceNotStr[TagDict]]


class CreateChannelContractResponseDict(_TypedDict, total=False):
    """The wire-name dict of `CreateChannelContractResponse`."""

    channelContractDetail: _NotRequired[CreateChannelContractDetailDict]


# The functional form: a wire name here is no identifier, a keyword or a name in use.
CreateChannelHandshakeDetailDict = _TypedDict(
    "CreateChannelHandshakeDetailDict",
    {
        "id": "_NotRequired[str]",
        "arn": "_NotRequired[str]",
    },
)


class CreateChannelHandshakeRequestDict(_TypedDict, total=False):
    """The wire-name dict of `CreateChannelHandshakeRequest`."""

    handshakeType: _Required[_enums.HandshakeType | HandshakeTypeValue]
    catalog: _Required[str]
    associatedResourceIdentifier: _Required[str]
    payload: _NotRequired[ChannelHandshakePayloadDict]
    clientToken: _NotRequired[str]
    tags: _NotRequired[SequenceNotStr[TagDict]]


class CreateChannelHandshakeResponseDict(_TypedDict, total=False):
    """The wire-name dict of `CreateChannelHandshakeResponse`."""

    channelHandshakeDetail: _NotRequired[CreateChannelHandshakeDetailDict]


# The functional form: a wire name here is no identifier, a keyword or a name in use.
CreateProgramManagementAccountDetailDict = _TypedDict(
    "CreateProgramManagementAccountDetailDict",
    {
        "id": "_NotRequired[str]",
        "arn": "_NotRequired[str]",
    },
)

# The functional form: a wire name here is no identifier, a keyword or a name in use.
CreateProgramManagementAccountRequestDict = _TypedDict(
    "CreateProgramManagementAccountRequestDict",
    {
        "catalog": "_Required[str]",
        "program": "_Required[_enums.Program | ProgramValue]",
        "displayName": "_Required[str]",
        "accountId": "_Required[str]",
        "clientToken": "_NotRequired[str]",
        "tags": "_NotRequired[SequenceNotStr[TagDict]]",
        "type": "_NotRequired[_enums.ProgramManagementAccountType | ProgramManagementAccountTypeValue]",
    },
)


class CreateProgramManagementAccountResponseDict(_TypedDict, total=False):
    """The wire-name dict of `CreateProgramManagementAccountResponse`."""

    programManagementAccountDetail: _NotRequired[CreateProgramManagementAccountDetailDict]


# The functional form: a wire name here is no identifier, a keyword or a name in use.
CreateRelationshipDetailDict = _TypedDict(
    "CreateRelationshipDetailDict",
    {
        "arn": "_NotRequired[str]",
        "id": "_NotRequired[str]",
    },
)


class CreateRelationshipRequestDict(_TypedDict, total=False):
    """The wire-name dict of `CreateRelationshipRequest`."""

    catalog: _Required[str]
    associationType: _Required[_enums.AssociationType | AssociationTypeValue]
    programManagementAccountIdentifier: _Required[str]
    associatedAccountId: _NotRequired[str]
    displayName: _Required[str]
    resaleAccountModel: _NotRequired[_enums.ResaleAccountModel | ResaleAccountModelValue]
    sector: _Required[_enums.Sector | SectorValue]
    clientToken: _NotRequired[str]
    tags: _NotRequired[SequenceNotStr[TagDict]]
    requestedSupportPlan: _NotRequired[SupportPlanDict]
    accountScope: _NotRequired[_enums.AccountScope | AccountScopeValue]
    startDate: _NotRequired[_dt.datetime]


class CreateRelationshipResponseDict(_TypedDict, total=False):
    """The wire-name dict of `CreateRelationshipResponse`."""

    relationshipDetail: _NotRequired[CreateRelationshipDetailDict]


class DeleteProgramManagementAccountRequestDict(_TypedDict, total=False):
    """The wire-name dict of `DeleteProgramManagementAccountRequest`."""

    catalog: _Required[str]
    identifier: _Required[str]
    clientToken: _NotRequired[str]


class DeleteProgramManagementAccountResponseDict(_TypedDict, total=False):
    """The wire-name dict of `DeleteProgramManagementAccountResponse`."""

    pass


class DeleteRelationshipRequestDict(_TypedDict, total=False):
    """The wire-name dict of `DeleteRelationshipRequest`."""

    catalog: _Required[str]
    identifier: _Required[str]
    programManagementAccountIdentifier: _Required[str]
    clientToken: _NotRequired[str]


class DeleteRelationshipResponseDict(_TypedDict, total=False):
    """The wire-name dict of `DeleteRelationshipResponse`."""

    pass


class GetChannelContractRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetChannelContractRequest`."""

    catalog: _Required[str]
    identifier: _Required[str]


class GetChannelContractResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetChannelContractResponse`."""

    channelContractDetail: _NotRequired[ChannelContractDetailDict]


class GetRelationshipRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetRelationshipRequest`."""

    catalog: _Required[str]
    programManagementAccountIdentifier: _Required[str]
    identifier: _Required[str]


class GetRelationshipResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetRelationshipResponse`."""

    relationshipDetail: _NotRequired[RelationshipDetailDict]


class HandshakeDetailDict(_TypedDict, total=False):
    """The wire-name dict of `HandshakeDetail`."""

    startServicePeriodHandshakeDetail: _NotRequired[StartServicePeriodHandshakeDetailDict]
    revokeServicePeriodHandshakeDetail: _NotRequired[RevokeServicePeriodHandshakeDetailDict]
    programManagementAccountHandshakeDetail: _NotRequired[
        ProgramManagementAccountHandshakeDetailDict
    ]


class ListChannelContractsRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListChannelContractsRequest`."""

    catalog: _Required[str]
    contractType: _Required[_enums.ChannelContractType | ChannelContractTypeValue]
    statuses: _NotRequired[
        SequenceNotStr[_enums.ChannelContractStatus | ChannelContractStatusValue]
    ]
    contractTypeFilters: _NotRequired[ListChannelContractsTypeFiltersDict]
    contractTypeSort: _NotRequired[ListChannelContractsTypeSortDict]
    maxResults: _NotRequired[int]
    nextToken: _NotRequired[str]


class ListChannelContractsResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListChannelContractsResponse`."""

    items: _Required[SequenceNotStr[ChannelContractSummaryDict]]
    nextToken: _NotRequired[str]


class ListChannelContractsTypeFiltersDict(_TypedDict, total=False):
    """The wire-name dict of `ListChannelContractsTypeFilters`."""

    managedServicesAttestationTypeFilters: _NotRequired[ManagedServicesAttestationTypeFiltersDict]


class ListChannelContractsTypeSortDict(_TypedDict, total=False):
    """The wire-name dict of `ListChannelContractsTypeSort`."""

    managedServicesAttestationTypeSort: _NotRequired[ManagedServicesAttestationTypeSortDict]


class ListChannelHandshakesRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListChannelHandshakesRequest`."""

    handshakeType: _Required[_enums.HandshakeType | HandshakeTypeValue]
    catalog: _Required[str]
    participantType: _Required[_enums.ParticipantType | ParticipantTypeValue]
    maxResults: _NotRequired[int]
    statuses: _NotRequired[SequenceNotStr[_enums.HandshakeStatus | HandshakeStatusValue]]
    associatedResourceIdentifiers: _NotRequired[SequenceNotStr[str]]
    handshakeTypeFilters: _NotRequired[ListChannelHandshakesTypeFiltersDict]
    handshakeTypeSort: _NotRequired[ListChannelHandshakesTypeSortDict]
    nextToken: _NotRequired[str]


class ListChannelHandshakesResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListChannelHandshakesResponse`."""

    items: _NotRequired[SequenceNotStr[ChannelHandshakeSummaryDict]]
    nextToken: _NotRequired[str]


class ListChannelHandshakesTypeFiltersDict(_TypedDict, total=False):
    """The wire-name dict of `ListChannelHandshakesTypeFilters`."""

    startServicePeriodTypeFilters: _NotRequired[StartServicePeriodTypeFiltersDict]
    revokeServicePeriodTypeFilters: _NotRequired[RevokeServicePeriodTypeFiltersDict]
    programManagementAccountTypeFilters: _NotRequired[ProgramManagementAccountTypeFiltersDict]


class ListChannelHandshakesTypeSortDict(_TypedDict, total=False):
    """The wire-name dict of `ListChannelHandshakesTypeSort`."""

    startServicePeriodTypeSort: _NotRequired[StartServicePeriodTypeSortDict]
    revokeServicePeriodTypeSort: _NotRequired[RevokeServicePeriodTypeSortDict]
    programManagementAccountTypeSort: _NotRequired[ProgramManagementAccountTypeSortDict]


# The functional form: a wire name here is no identifier, a keyword or a name in use.
ListProgramManagementAccountsRequestDict = _TypedDict(
    "ListProgramManagementAccountsRequestDict",
    {
        "catalog": "_Required[str]",
        "maxResults": "_NotRequired[int]",
        "displayNames": "_NotRequired[SequenceNotStr[str]]",
        "programs": "_NotRequired[SequenceNotStr[_enums.Program | ProgramValue]]",
        "accountIds": "_NotRequired[SequenceNotStr[str]]",
        "statuses": "_NotRequired[SequenceNotStr[_enums.ProgramManagementAccountStatus | ProgramManagementAccountStatusValue]]",
        "sort": "_NotRequired[ListProgramManagementAccountsSortBaseDict]",
        "nextToken": "_NotRequired[str]",
        "type": "_NotRequired[_enums.ProgramManagementAccountType | ProgramManagementAccountTypeValue]",
    },
)


class ListProgramManagementAccountsResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListProgramManagementAccountsResponse`."""

    items: _NotRequired[SequenceNotStr[ProgramManagementAccountSummaryDict]]
    nextToken: _NotRequired[str]


class ListProgramManagementAccountsSortBaseDict(_TypedDict, total=False):
    """The wire-name dict of `ListProgramManagementAccountsSortBase`."""

    sortOrder: _Required[_enums.SortOrder | SortOrderValue]
    sortBy: _Required[
        _enums.ListProgramManagementAccountsSortName | ListProgramManagementAccountsSortNameValue
    ]


class ListRelationshipsRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListRelationshipsRequest`."""

    catalog: _Required[str]
    maxResults: _NotRequired[int]
    associatedAccountIds: _NotRequired[SequenceNotStr[str]]
    associationTypes: _NotRequired[SequenceNotStr[_enums.AssociationType | AssociationTypeValue]]
    displayNames: _NotRequired[SequenceNotStr[str]]
    programManagementAccountIdentifiers: _NotRequired[SequenceNotStr[str]]
    sort: _NotRequired[ListRelationshipsSortBaseDict]
    nextToken: _NotRequired[str]


class ListRelationshipsResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListRelationshipsResponse`."""

    items: _NotRequired[SequenceNotStr[RelationshipSummaryDict]]
    nextToken: _NotRequired[str]


class ListRelationshipsSortBaseDict(_TypedDict, total=False):
    """The wire-name dict of `ListRelationshipsSortBase`."""

    sortOrder: _Required[_enums.SortOrder | SortOrderValue]
    sortBy: _Required[_enums.ListRelationshipsSortName | ListRelationshipsSortNameValue]


class ListTagsForResourceRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListTagsForResourceRequest`."""

    resourceArn: _Required[str]


class ListTagsForResourceResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListTagsForResourceResponse`."""

    tags: _NotRequired[SequenceNotStr[TagDict]]


class ManagedServicesAttestationDetailsDict(_TypedDict, total=False):
    """The wire-name dict of `ManagedServicesAttestationDetails`."""

    legalEntityName: _Required[str]
    relationshipIdentifier: _Required[str]
    programManagementAccountIdentifier: _Required[str]
    memberAccountIds: _NotRequired[SequenceNotStr[str]]
    endDate: _Required[_dt.datetime]
    supportedServices: _Required[
        SequenceNotStr[
            _enums.ManagedServicesSupportedService | ManagedServicesSupportedServiceValue
        ]
    ]
    signatoryName: _Required[str]
    signatoryEmail: _Required[str]
    legalEntityAddress: _NotRequired[AddressDict]


class ManagedServicesAttestationPayloadDict(_TypedDict, total=False):
    """The wire-name dict of `ManagedServicesAttestationPayload`."""

    legalEntityName: _Required[str]
    relationshipIdentifier: _Required[str]
    programManagementAccountIdentifier: _Required[str]
    memberAccountIds: _NotRequired[SequenceNotStr[str]]
    endDate: _Required[_dt.datetime]
    supportedServices: _Required[
        SequenceNotStr[
            _enums.ManagedServicesSupportedService | ManagedServicesSupportedServiceValue
        ]
    ]
    legalEntityAddress: _Required[AddressDict]
    signatoryName: _Required[str]
    signatoryEmail: _Required[str]


class ManagedServicesAttestationSummaryDetailsDict(_TypedDict, total=False):
    """The wire-name dict of `ManagedServicesAttestationSummaryDetails`."""

    legalEntityName: _Required[str]
    relationshipIdentifier: _Required[str]
    programManagementAccountIdentifier: _Required[str]
    memberAccountIds: _NotRequired[SequenceNotStr[str]]
    endDate: _Required[_dt.datetime]
    supportedServices: _Required[
        SequenceNotStr[
            _enums.ManagedServicesSupportedService | ManagedServicesSupportedServiceValue
        ]
    ]


class ManagedServicesAttestationTypeFiltersDict(_TypedDict, total=False):
    """The wire-name dict of `ManagedServicesAttestationTypeFilters`."""

    relationshipIdentifiers: _NotRequired[SequenceNotStr[str]]
    legalEntityNames: _NotRequired[SequenceNotStr[str]]


class ManagedServicesAttestationTypeSortDict(_TypedDict, total=False):
    """The wire-name dict of `ManagedServicesAttestationTypeSort`."""

    sortOrder: _Required[_enums.SortOrder | SortOrderValue]
    sortBy: _Required[
        _enums.ManagedServicesAttestationTypeSortName | ManagedServicesAttestationTypeSortNameValue
    ]


class PartnerLedSupportDict(_TypedDict, total=False):
    """The wire-name dict of `PartnerLedSupport`."""

    coverage: _Required[_enums.Coverage | CoverageValue]
    provider: _NotRequired[_enums.Provider | ProviderValue]
    tamLocation: _Required[str]


class ProgramManagementAccountHandshakeDetailDict(_TypedDict, total=False):
    """The wire-name dict of `ProgramManagementAccountHandshakeDetail`."""

    program: _NotRequired[_enums.Program | ProgramValue]


# The functional form: a wire name here is no identifier, a keyword or a name in use.
ProgramManagementAccountSummaryDict = _TypedDict(
    "ProgramManagementAccountSummaryDict",
    {
        "id": "_NotRequired[str]",
        "revision": "_NotRequired[str]",
        "catalog": "_NotRequired[str]",
        "program": "_NotRequired[_enums.Program | ProgramValue]",
        "displayName": "_NotRequired[str]",
        "accountId": "_NotRequired[str]",
        "arn": "_NotRequired[str]",
        "createdAt": "_NotRequired[_dt.datetime]",
        "updatedAt": "_NotRequired[_dt.datetime]",
        "startDate": "_NotRequired[_dt.datetime]",
        "status": "_NotRequired[_enums.ProgramManagementAccountStatus | ProgramManagementAccountStatusValue]",
        "type": "_NotRequired[_enums.ProgramManagementAccountType | ProgramManagementAccountTypeValue]",
    },
)


class ProgramManagementAccountTypeFiltersDict(_TypedDict, total=False):
    """The wire-name dict of `ProgramManagementAccountTypeFilters`."""

    programs: _NotRequired[SequenceNotStr[_enums.Program | ProgramValue]]


class ProgramManagementAccountTypeSortDict(_TypedDict, total=False):
    """The wire-name dict of `ProgramManagementAccountTypeSort`."""

    sortOrder: _Required[_enums.SortOrder | SortOrderValue]
    sortBy: _Required[
        _enums.ProgramManagementAccountTypeSortName | ProgramManagementAccountTypeSortNameValue
    ]


# The functional form: a wire name here is no identifier, a keyword or a name in use.
RejectChannelHandshakeDetailDict = _TypedDict(
    "RejectChannelHandshakeDetailDict",
    {
        "id": "_NotRequired[str]",
        "arn": "_NotRequired[str]",
        "status": "_NotRequired[_enums.HandshakeStatus | HandshakeStatusValue]",
    },
)


class RejectChannelHandshakeRequestDict(_TypedDict, total=False):
    """The wire-name dict of `RejectChannelHandshakeRequest`."""

    catalog: _Required[str]
    identifier: _Required[str]


class RejectChannelHandshakeResponseDict(_TypedDict, total=False):
    """The wire-name dict of `RejectChannelHandshakeResponse`."""

    channelHandshakeDetail: _NotRequired[RejectChannelHandshakeDetailDict]


# The functional form: a wire name here is no identifier, a keyword or a name in use.
RelationshipDetailDict = _TypedDict(
    "RelationshipDetailDict",
    {
        "arn": "_NotRequired[str]",
        "id": "_NotRequired[str]",
        "revision": "_NotRequired[str]",
        "catalog": "_NotRequired[str]",
        "associationType": "_NotRequired[_enums.AssociationType | AssociationTypeValue]",
        "programManagementAccountId": "_NotRequired[str]",
        "associatedAccountId": "_NotRequired[str]",
        "displayName": "_NotRequired[str]",
        "resaleAccountModel": "_NotRequired[_enums.ResaleAccountModel | ResaleAccountModelValue]",
        "sector": "_NotRequired[_enums.Sector | SectorValue]",
        "accountScope": "_NotRequired[_enums.AccountScope | AccountScopeValue]",
        "channelContractId": "_NotRequired[str]",
        "createdAt": "_NotRequired[_dt.datetime]",
        "updatedAt": "_NotRequired[_dt.datetime]",
        "startDate": "_NotRequired[_dt.datetime]",
        "endDate": "_NotRequired[_dt.datetime]",
    },
)

# The functional form: a wire name here is no identifier, a keyword or a name in use.
RelationshipSummaryDict = _TypedDict(
    "RelationshipSummaryDict",
    {
        "arn": "_NotRequired[str]",
        "id": "_NotRequired[str]",
        "revision": "_NotRequired[str]",
        "catalog": "_NotRequired[str]",
        "associationType": "_NotRequired[_enums.AssociationType | AssociationTypeValue]",
        "programManagementAccountId": "_NotRequired[str]",
        "associatedAccountId": "_NotRequired[str]",
        "displayName": "_NotRequired[str]",
        "sector": "_NotRequired[_enums.Sector | SectorValue]",
        "createdAt": "_NotRequired[_dt.datetime]",
        "updatedAt": "_NotRequired[_dt.datetime]",
        "startDate": "_NotRequired[_dt.datetime]",
    },
)


class ResoldEnterpriseDict(_TypedDict, total=False):
    """The wire-name dict of `ResoldEnterprise`."""

    coverage: _Required[_enums.Coverage | CoverageValue]
    tamLocation: _Required[str]
    chargeAccountId: _NotRequired[str]


class ResoldUnifiedOperationsDict(_TypedDict, total=False):
    """The wire-name dict of `ResoldUnifiedOperations`."""

    coverage: _Required[_enums.Coverage | CoverageValue]
    tamLocation: _Required[str]
    chargeAccountId: _NotRequired[str]


class RevokeServicePeriodHandshakeDetailDict(_TypedDict, total=False):
    """The wire-name dict of `RevokeServicePeriodHandshakeDetail`."""

    note: _NotRequired[str]
    servicePeriodType: _NotRequired[_enums.ServicePeriodType | ServicePeriodTypeValue]
    minimumNoticeDays: _NotRequired[str]
    startDate: _NotRequired[_dt.datetime]
    endDate: _NotRequired[_dt.datetime]


class RevokeServicePeriodPayloadDict(_TypedDict, total=False):
    """The wire-name dict of `RevokeServicePeriodPayload`."""

    programManagementAccountIdentifier: _Required[str]
    note: _NotRequired[str]


class RevokeServicePeriodTypeFiltersDict(_TypedDict, total=False):
    """The wire-name dict of `RevokeServicePeriodTypeFilters`."""

    servicePeriodTypes: _NotRequired[
        SequenceNotStr[_enums.ServicePeriodType | ServicePeriodTypeValue]
    ]


class RevokeServicePeriodTypeSortDict(_TypedDict, total=False):
    """The wire-name dict of `RevokeServicePeriodTypeSort`."""

    sortOrder: _Required[_enums.SortOrder | SortOrderValue]
    sortBy: _Required[
        _enums.RevokeServicePeriodTypeSortName | RevokeServicePeriodTypeSortNameValue
    ]


class StartServicePeriodHandshakeDetailDict(_TypedDict, total=False):
    """The wire-name dict of `StartServicePeriodHandshakeDetail`."""

    note: _NotRequired[str]
    servicePeriodType: _NotRequired[_enums.ServicePeriodType | ServicePeriodTypeValue]
    minimumNoticeDays: _NotRequired[str]
    startDate: _NotRequired[_dt.datetime]
    endDate: _NotRequired[_dt.datetime]


class StartServicePeriodPayloadDict(_TypedDict, total=False):
    """The wire-name dict of `StartServicePeriodPayload`."""

    programManagementAccountIdentifier: _Required[str]
    note: _NotRequired[str]
    servicePeriodType: _Required[_enums.ServicePeriodType | ServicePeriodTypeValue]
    minimumNoticeDays: _NotRequired[str]
    endDate: _NotRequired[_dt.datetime]


class StartServicePeriodTypeFiltersDict(_TypedDict, total=False):
    """The wire-name dict of `StartServicePeriodTypeFilters`."""

    servicePeriodTypes: _NotRequired[
        SequenceNotStr[_enums.ServicePeriodType | ServicePeriodTypeValue]
    ]


class StartServicePeriodTypeSortDict(_TypedDict, total=False):
    """The wire-name dict of `StartServicePeriodTypeSort`."""

    sortOrder: _Required[_enums.SortOrder | SortOrderValue]
    sortBy: _Required[_enums.StartServicePeriodTypeSortName | StartServicePeriodTypeSortNameValue]


class SupportPlanDict(_TypedDict, total=False):
    """The wire-name dict of `SupportPlan`."""

    resoldEnterprise: _NotRequired[ResoldEnterpriseDict]
    partnerLedSupport: _NotRequired[PartnerLedSupportDict]
    resoldUnifiedOperations: _NotRequired[ResoldUnifiedOperationsDict]


class TagDict(_TypedDict, total=False):
    """The wire-name dict of `Tag`."""

    key: _Required[str]
    value: _Required[str]


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


# The functional form: a wire name here is no identifier, a keyword or a name in use.
UpdateProgramManagementAccountDetailDict = _TypedDict(
    "UpdateProgramManagementAccountDetailDict",
    {
        "id": "_NotRequired[str]",
        "arn": "_NotRequired[str]",
        "revision": "_NotRequired[str]",
        "displayName": "_NotRequired[str]",
    },
)


class UpdateProgramManagementAccountRequestDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateProgramManagementAccountRequest`."""

    catalog: _Required[str]
    identifier: _Required[str]
    revision: _NotRequired[str]
    displayName: _NotRequired[str]


class UpdateProgramManagementAccountResponseDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateProgramManagementAccountResponse`."""

    programManagementAccountDetail: _NotRequired[UpdateProgramManagementAccountDetailDict]


# The functional form: a wire name here is no identifier, a keyword or a name in use.
UpdateRelationshipDetailDict = _TypedDict(
    "UpdateRelationshipDetailDict",
    {
        "arn": "_NotRequired[str]",
        "id": "_NotRequired[str]",
        "revision": "_NotRequired[str]",
        "displayName": "_NotRequired[str]",
    },
)


class UpdateRelationshipRequestDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateRelationshipRequest`."""

    catalog: _Required[str]
    identifier: _Required[str]
    programManagementAccountIdentifier: _Required[str]
    revision: _NotRequired[str]
    displayName: _NotRequired[str]
    requestedSupportPlan: _NotRequired[SupportPlanDict]


class UpdateRelationshipResponseDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateRelationshipResponse`."""

    relationshipDetail: _NotRequired[UpdateRelationshipDetailDict]


class ValidationExceptionFieldDict(_TypedDict, total=False):
    """The wire-name dict of `ValidationExceptionField`."""

    name: _Required[str]
    code: _Required[str]
    message: _Required[str]
