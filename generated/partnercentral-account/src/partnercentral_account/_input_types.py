"""The precise input types of the Partner Central Account API (internal).

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


AccessDeniedExceptionReasonValue: _typing.TypeAlias = _Literal[
    "ACCESS_DENIED",
    "INCOMPATIBLE_BENEFIT_AWS_PARTNER_STATE",
]

AccessTypeValue: _typing.TypeAlias = _Literal[
    "ALLOW_ALL",
    "DENY_ALL",
    "ALLOW_BY_DEFAULT_DENY_SOME",
]

BusinessValidationCodeValue: _typing.TypeAlias = _Literal[
    "INCOMPATIBLE_CONNECTION_INVITATION_REQUEST",
    "INCOMPATIBLE_LEGAL_NAME",
    "INCOMPATIBLE_KNOW_YOUR_BUSINESS_STATUS",
    "INCOMPATIBLE_IDENTITY_VERIFICATION_STATUS",
    "INVALID_ACCOUNT_LINKING_STATUS",
    "INVALID_ACCOUNT_STATE",
    "INCOMPATIBLE_DOMAIN",
    "INELIGIBLE_ACCOUNT_TIER",
    "MISSING_ACTIVE_SUBSIDIARY_CONNECTION",
    "INCOMPATIBLE_SUBSIDIARY_CONNECTION",
    "INCOMPATIBLE_PRIMARY_PARTNER",
    "QUALIFICATIONS_ASSOCIATION_LIMIT_EXCEEDED",
    "QUALIFICATIONS_ASSOCIATION_NOT_FOUND",
    "QUALIFICATIONS_ASSOCIATION_EXISTS",
]

ConflictExceptionReasonValue: _typing.TypeAlias = _Literal[
    "CONFLICT_CLIENT_TOKEN",
    "DUPLICATE_PARTNER",
    "INCOMPATIBLE_PROFILE_STATE",
    "INCOMPATIBLE_PARTNER_PROFILE_TASK_STATE",
    "DUPLICATE_CONNECTION_INVITATION",
    "INCOMPATIBLE_CONNECTION_INVITATION_STATE",
    "INCOMPATIBLE_CONNECTION_INVITATION_RECEIVER",
    "DUPLICATE_CONNECTION",
    "INCOMPATIBLE_CONNECTION_STATE",
    "INCOMPATIBLE_CONNECTION_PREFERENCES_REVISION",
    "ACCOUNT_ALREADY_VERIFIED",
    "VERIFICATION_ALREADY_IN_PROGRESS",
    "INCOMPATIBLE_QUALIFICATIONS_ASSOCIATION_TASK_STATE",
]

ConnectionTypeValue: _typing.TypeAlias = _Literal[
    "OPPORTUNITY_COLLABORATION",
    "SUBSIDIARY",
]

ConnectionTypeStatusValue: _typing.TypeAlias = _Literal[
    "ACTIVE",
    "CANCELED",
]

FieldValidationCodeValue: _typing.TypeAlias = _Literal[
    "REQUIRED_FIELD_MISSING",
    "DUPLICATE_VALUE",
    "INVALID_VALUE",
    "INVALID_STRING_FORMAT",
    "TOO_MANY_VALUES",
    "ACTION_NOT_PERMITTED",
    "INVALID_ENUM_VALUE",
]

IndustrySegmentValue: _typing.TypeAlias = _Literal[
    "AGRICULTURE_MINING",
    "BIOTECHNOLOGY",
    "BUSINESS_CONSUMER_SERVICES",
    "BUSINESS_SERV",
    "COMMUNICATIONS",
    "COMPUTER_HARDWARE",
    "COMPUTERS_ELECTRONICS",
    "COMPUTER_SOFTWARE",
    "CONSUMER_GOODS",
    "CONSUMER_RELATED",
    "EDUCATION",
    "ENERGY_UTILITIES",
    "FINANCIAL_SERVICES",
    "GAMING",
    "GOVERNMENT",
    "GOVERNMENT_EDUCATION_PUBLIC_SERVICES",
    "HEALTHCARE",
    "HEALTHCARE_PHARMACEUTICALS_BIOTECH",
    "INDUSTRIAL_ENERGY",
    "INTERNET_SPECIFIC",
    "LIFE_SCIENCES",
    "MANUFACTURING",
    "MEDIA_ENTERTAINMENT_LEISURE",
    "MEDIA_ENTERTAINMENT",
    "MEDICAL_HEALTH",
    "NON_PROFIT_ORGANIZATION",
    "OTHER",
    "PROFESSIONAL_SERVICES",
    "REAL_ESTATE_CONSTRUCTION",
    "RETAIL",
    "RETAIL_WHOLESALE_DISTRIBUTION",
    "SEMICONDUCTOR_ELECTR",
    "SOFTWARE_INTERNET",
    "TELECOMMUNICATIONS",
    "TRANSPORTATION_LOGISTICS",
    "TRAVEL_HOSPITALITY",
    "WHOLESALE_DISTRIBUTION",
]

InvitationStatusValue: _typing.TypeAlias = _Literal[
    "PENDING",
    "ACCEPTED",
    "REJECTED",
    "CANCELED",
    "EXPIRED",
]

ParticipantTypeValue: _typing.TypeAlias = _Literal[
    "SENDER",
    "RECEIVER",
]

PrimarySolutionTypeValue: _typing.TypeAlias = _Literal[
    "SOFTWARE_PRODUCTS",
    "CONSULTING_SERVICES",
    "PROFESSIONAL_SERVICES",
    "MANAGED_SERVICES",
    "HARDWARE_PRODUCTS",
    "COMMUNICATION_SERVICES",
    "VALUE_ADDED_RESALE_AWS_SERVICES",
    "TRAINING_SERVICES",
]

ProfileTaskStatusValue: _typing.TypeAlias = _Literal[
    "IN_PROGRESS",
    "CANCELED",
    "SUCCEEDED",
    "FAILED",
]

ProfileValidationErrorReasonValue: _typing.TypeAlias = _Literal[
    "INVALID_CONTENT",
    "DUPLICATE_PROFILE",
    "INVALID_LOGO",
    "INVALID_LOGO_URL",
    "INVALID_LOGO_FILE",
    "INVALID_LOGO_SIZE",
    "INVALID_WEBSITE_URL",
]

ProfileVisibilityValue: _typing.TypeAlias = _Literal[
    "PRIVATE",
    "PUBLIC",
]

QualificationsAssociationStatusValue: _typing.TypeAlias = _Literal[
    "ASSOCIATED",
    "NOT_ASSOCIATED",
]

QualificationsAssociationTaskStatusValue: _typing.TypeAlias = _Literal[
    "IN_PROGRESS",
    "SUCCEEDED",
]

QualificationsDisassociationTaskStatusValue: _typing.TypeAlias = _Literal[
    "IN_PROGRESS",
    "SUCCEEDED",
]

ResourceNotFoundExceptionReasonValue: _typing.TypeAlias = _Literal[
    "PARTNER_NOT_FOUND",
    "PARTNER_PROFILE_NOT_FOUND",
    "PARTNER_PROFILE_TASK_NOT_FOUND",
    "PARTNER_DOMAIN_NOT_FOUND",
    "SENDER_PROFILE_NOT_FOUND",
    "RECEIVER_PROFILE_NOT_FOUND",
    "CONNECTION_INVITATION_NOT_FOUND",
    "CONNECTION_NOT_FOUND",
    "VERIFICATION_NOT_FOUND",
    "QUALIFICATIONS_ASSOCIATION_TASK_NOT_FOUND",
    "QUALIFICATIONS_DISASSOCIATION_TASK_NOT_FOUND",
]

ServiceQuotaExceededExceptionReasonValue: _typing.TypeAlias = _Literal[
    "LIMIT_EXCEEDED_NUMBER_OF_EMAIL",
    "LIMIT_EXCEEDED_NUMBER_OF_DOMAIN",
    "LIMIT_EXCEEDED_NUMBER_OF_CONNECTION_INVITATION_PER_DAY",
    "LIMIT_EXCEEDED_NUMBER_OF_ACTIVE_CONNECTION",
    "LIMIT_EXCEEDED_NUMBER_OF_OPEN_CONNECTION_INVITATION",
    "LIMIT_EXCEEDED_NUMBER_OF_PROFILE_UPDATE_PER_DAY",
    "LIMIT_EXCEEDED_NUMBER_OF_PROFILE_VISIBILITY_UPDATE_PER_DAY",
]

ValidationExceptionReasonValue: _typing.TypeAlias = _Literal[
    "REQUEST_VALIDATION_FAILED",
    "BUSINESS_VALIDATION_FAILED",
]

VerificationStatusValue: _typing.TypeAlias = _Literal[
    "PENDING_CUSTOMER_ACTION",
    "IN_PROGRESS",
    "FAILED",
    "SUCCEEDED",
    "REJECTED",
]

VerificationTypeValue: _typing.TypeAlias = _Literal[
    "BUSINESS_VERIFICATION",
    "REGISTRANT_VERIFICATION",
]


class AcceptConnectionInvitationRequestDict(_TypedDict, total=False):
    """The wire-name dict of `AcceptConnectionInvitationRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]
    ClientToken: _NotRequired[str]


class AcceptConnectionInvitationResponseDict(_TypedDict, total=False):
    """The wire-name dict of `AcceptConnectionInvitationResponse`."""

    Connection: _Required[ConnectionDict]


class AccountSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `AccountSummary`."""

    Name: _Required[str]


class AllianceLeadContactDict(_TypedDict, total=False):
    """The wire-name dict of `AllianceLeadContact`."""

    FirstName: _Required[str]
    LastName: _Required[str]
    Email: _Required[str]
    BusinessTitle: _Required[str]


class AssociateAwsTrainingCertificationEmailDomainRequestDict(_TypedDict, total=False):
    """The wire-name dict of `AssociateAwsTrainingCertificationEmailDomainRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]
    ClientToken: _NotRequired[str]
    Email: _Required[str]
    EmailVerificationCode: _Required[str]


class AssociateAwsTrainingCertificationEmailDomainResponseDict(_TypedDict, total=False):
    """The wire-name dict of `AssociateAwsTrainingCertificationEmailDomainResponse`."""

    pass


class BusinessValidationErrorDict(_TypedDict, total=False):
    """The wire-name dict of `BusinessValidationError`."""

    Message: _Required[str]
    Code: _Required[_enums.BusinessValidationCode | BusinessValidationCodeValue]


class BusinessVerificationDetailsDict(_TypedDict, total=False):
    """The wire-name dict of `BusinessVerificationDetails`."""

    LegalName: _Required[str]
    RegistrationId: _Required[str]
    CountryCode: _Required[str]
    JurisdictionOfIncorporation: _NotRequired[str]


class BusinessVerificationResponseDict(_TypedDict, total=False):
    """The wire-name dict of `BusinessVerificationResponse`."""

    BusinessVerificationDetails: _Required[BusinessVerificationDetailsDict]
    CompletionUrl: _NotRequired[str]
    CompletionUrlExpiresAt: _NotRequired[_dt.datetime]


class CancelConnectionInvitationRequestDict(_TypedDict, total=False):
    """The wire-name dict of `CancelConnectionInvitationRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]
    ClientToken: _NotRequired[str]


class CancelConnectionInvitationResponseDict(_TypedDict, total=False):
    """The wire-name dict of `CancelConnectionInvitationResponse`."""

    Catalog: _Required[str]
    Id: _Required[str]
    Arn: _Required[str]
    ConnectionId: _NotRequired[str]
    ConnectionType: _Required[_enums.ConnectionType | ConnectionTypeValue]
    CreatedAt: _Required[_dt.datetime]
    UpdatedAt: _Required[_dt.datetime]
    ExpiresAt: _NotRequired[_dt.datetime]
    OtherParticipantIdentifier: _Required[str]
    ParticipantType: _Required[_enums.ParticipantType | ParticipantTypeValue]
    Status: _Required[_enums.InvitationStatus | InvitationStatusValue]
    InvitationMessage: _Required[str]
    InviterEmail: _Required[str]
    InviterName: _Required[str]


class CancelConnectionRequestDict(_TypedDict, total=False):
    """The wire-name dict of `CancelConnectionRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]
    ConnectionType: _Required[_enums.ConnectionType | ConnectionTypeValue]
    Reason: _Required[str]
    ClientToken: _NotRequired[str]


class CancelConnectionResponseDict(_TypedDict, total=False):
    """The wire-name dict of `CancelConnectionResponse`."""

    Catalog: _Required[str]
    Id: _Required[str]
    Arn: _Required[str]
    OtherParticipantAccountId: _Required[str]
    UpdatedAt: _Required[_dt.datetime]
    ConnectionTypes: _Required[_Mapping[str, ConnectionTypeDetailDict]]


class CancelProfileUpdateTaskRequestDict(_TypedDict, total=False):
    """The wire-name dict of `CancelProfileUpdateTaskRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]
    ClientToken: _NotRequired[str]
    TaskId: _Required[str]


class CancelProfileUpdateTaskResponseDict(_TypedDict, total=False):
    """The wire-name dict of `CancelProfileUpdateTaskResponse`."""

    Catalog: _Required[str]
    Arn: _Required[str]
    Id: _Required[str]
    TaskId: _Required[str]
    TaskDetails: _Required[TaskDetailsDict]
    StartedAt: _Required[_dt.datetime]
    Status: _Required[_enums.ProfileTaskStatus | ProfileTaskStatusValue]
    EndedAt: _NotRequired[_dt.datetime]
    ErrorDetailList: _NotRequired[SequenceNotStr[ErrorDetailDict]]


class ConnectionDict(_TypedDict, total=False):
    """The wire-name dict of `Connection`."""

    Catalog: _Required[str]
    Id: _Required[str]
    Arn: _Required[str]
    OtherParticipantAccountId: _Required[str]
    UpdatedAt: _Required[_dt.datetime]
    ConnectionTypes: _Required[_Mapping[str, ConnectionTypeDetailDict]]


class ConnectionInvitationSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `ConnectionInvitationSummary`."""

    Catalog: _Required[str]
    Id: _Required[str]
    Arn: _Required[str]
    ConnectionId: _NotRequired[str]
    ConnectionType: _Required[_enums.ConnectionType | ConnectionTypeValue]
    CreatedAt: _Required[_dt.datetime]
    UpdatedAt: _Required[_dt.datetime]
    ExpiresAt: _NotRequired[_dt.datetime]
    OtherParticipantIdentifier: _Required[str]
    ParticipantType: _Required[_enums.ParticipantType | ParticipantTypeValue]
    Status: _Required[_enums.InvitationStatus | InvitationStatusValue]


class ConnectionSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `ConnectionSummary`."""

    Catalog: _Required[str]
    Id: _Required[str]
    Arn: _Required[str]
    OtherParticipantAccountId: _Required[str]
    UpdatedAt: _Required[_dt.datetime]
    ConnectionTypes: _Required[_Mapping[str, ConnectionTypeSummaryDict]]


class ConnectionTypeDetailDict(_TypedDict, total=False):
    """The wire-name dict of `ConnectionTypeDetail`."""

    CreatedAt: _Required[_dt.datetime]
    InviterEmail: _Required[str]
    InviterName: _Required[str]
    Status: _Required[_enums.ConnectionTypeStatus | ConnectionTypeStatusValue]
    CanceledAt: _NotRequired[_dt.datetime]
    CanceledBy: _NotRequired[str]
    OtherParticipant: _Required[ParticipantDict]


class ConnectionTypeSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `ConnectionTypeSummary`."""

    Status: _Required[_enums.ConnectionTypeStatus | ConnectionTypeStatusValue]
    OtherParticipant: _Required[ParticipantDict]


class CreateConnectionInvitationRequestDict(_TypedDict, total=False):
    """The wire-name dict of `CreateConnectionInvitationRequest`."""

    Catalog: _Required[str]
    ClientToken: _NotRequired[str]
    ConnectionType: _Required[_enums.ConnectionType | ConnectionTypeValue]
    Email: _Required[str]
    Message: _Required[str]
    Name: _Required[str]
    ReceiverIdentifier: _Required[str]


class CreateConnectionInvitationResponseDict(_TypedDict, total=False):
    """The wire-name dict of `CreateConnectionInvitationResponse`."""

    Catalog: _Required[str]
    Id: _Required[str]
    Arn: _Required[str]
    ConnectionId: _NotRequired[str]
    ConnectionType: _Required[_enums.ConnectionType | ConnectionTypeValue]
    CreatedAt: _Required[_dt.datetime]
    UpdatedAt: _Required[_dt.datetime]
    ExpiresAt: _NotRequired[_dt.datetime]
    OtherParticipantIdentifier: _Required[str]
    ParticipantType: _Required[_enums.ParticipantType | ParticipantTypeValue]
    Status: _Required[_enums.InvitationStatus | InvitationStatusValue]
    InvitationMessage: _Required[str]
    InviterEmail: _Required[str]
    InviterName: _Required[str]


class CreatePartnerRequestDict(_TypedDict, total=False):
    """The wire-name dict of `CreatePartnerRequest`."""

    Catalog: _Required[str]
    ClientToken: _NotRequired[str]
    LegalName: _Required[str]
    PrimarySolutionType: _Required[_enums.PrimarySolutionType | PrimarySolutionTypeValue]
    AllianceLeadContact: _Required[AllianceLeadContactDict]
    EmailVerificationCode: _Required[str]
    Tags: _NotRequired[SequenceNotStr[TagDict]]


class CreatePartnerResponseDict(_TypedDict, total=False):
    """The wire-name dict of `CreatePartnerResponse`."""

    Catalog: _Required[str]
    Arn: _Required[str]
    Id: _Required[str]
    LegalName: _Required[str]
    CreatedAt: _Required[_dt.datetime]
    Profile: _Required[PartnerProfileDict]
    AwsTrainingCertificationEmailDomains: _NotRequired[SequenceNotStr[PartnerDomainDict]]
    AllianceLeadContact: _Required[AllianceLeadContactDict]


class DisassociateAwsTrainingCertificationEmailDomainRequestDict(_TypedDict, total=False):
    """The wire-name dict of `DisassociateAwsTrainingCertificationEmailDomainRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]
    ClientToken: _NotRequired[str]
    DomainName: _Required[str]


class DisassociateAwsTrainingCertificationEmailDomainResponseDict(_TypedDict, total=False):
    """The wire-name dict of `DisassociateAwsTrainingCertificationEmailDomainResponse`."""

    pass


class ErrorDetailDict(_TypedDict, total=False):
    """The wire-name dict of `ErrorDetail`."""

    Locale: _Required[str]
    Message: _Required[str]
    Reason: _Required[_enums.ProfileValidationErrorReason | ProfileValidationErrorReasonValue]


class FieldValidationErrorDict(_TypedDict, total=False):
    """The wire-name dict of `FieldValidationError`."""

    Name: _Required[str]
    Message: _Required[str]
    Code: _Required[_enums.FieldValidationCode | FieldValidationCodeValue]


class GetAllianceLeadContactRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetAllianceLeadContactRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]


class GetAllianceLeadContactResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetAllianceLeadContactResponse`."""

    Catalog: _Required[str]
    Arn: _Required[str]
    Id: _Required[str]
    AllianceLeadContact: _Required[AllianceLeadContactDict]


class GetConnectionInvitationRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetConnectionInvitationRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]


class GetConnectionInvitationResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetConnectionInvitationResponse`."""

    Catalog: _Required[str]
    Id: _Required[str]
    Arn: _Required[str]
    ConnectionId: _NotRequired[str]
    ConnectionType: _Required[_enums.ConnectionType | ConnectionTypeValue]
    CreatedAt: _Required[_dt.datetime]
    UpdatedAt: _Required[_dt.datetime]
    ExpiresAt: _NotRequired[_dt.datetime]
    OtherParticipantIdentifier: _Required[str]
    ParticipantType: _Required[_enums.ParticipantType | ParticipantTypeValue]
    Status: _Required[_enums.InvitationStatus | InvitationStatusValue]
    InvitationMessage: _Required[str]
    InviterEmail: _Required[str]
    InviterName: _Required[str]


class GetConnectionPreferencesRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetConnectionPreferencesRequest`."""

    Catalog: _Required[str]


class GetConnectionPreferencesResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetConnectionPreferencesResponse`."""

    Catalog: _Required[str]
    Arn: _Required[str]
    AccessType: _Required[_enums.AccessType | AccessTypeValue]
    ExcludedParticipantIds: _NotRequired[SequenceNotStr[str]]
    UpdatedAt: _Required[_dt.datetime]
    Revision: _Required[int]


class GetConnectionRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetConnectionRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]


class GetConnectionResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetConnectionResponse`."""

    Catalog: _Required[str]
    Id: _Required[str]
    Arn: _Required[str]
    OtherParticipantAccountId: _Required[str]
    UpdatedAt: _Required[_dt.datetime]
    ConnectionTypes: _Required[_Mapping[str, ConnectionTypeDetailDict]]


class GetPartnerRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetPartnerRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]


class GetPartnerResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetPartnerResponse`."""

    Catalog: _Required[str]
    Arn: _Required[str]
    Id: _Required[str]
    LegalName: _Required[str]
    CreatedAt: _Required[_dt.datetime]
    Profile: _Required[PartnerProfileDict]
    AwsTrainingCertificationEmailDomains: _NotRequired[SequenceNotStr[PartnerDomainDict]]


class GetProfileUpdateTaskRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetProfileUpdateTaskRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]


class GetProfileUpdateTaskResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetProfileUpdateTaskResponse`."""

    Catalog: _Required[str]
    Arn: _Required[str]
    Id: _Required[str]
    TaskId: _Required[str]
    TaskDetails: _Required[TaskDetailsDict]
    StartedAt: _Required[_dt.datetime]
    Status: _Required[_enums.ProfileTaskStatus | ProfileTaskStatusValue]
    EndedAt: _NotRequired[_dt.datetime]
    ErrorDetailList: _NotRequired[SequenceNotStr[ErrorDetailDict]]


class GetProfileVisibilityRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetProfileVisibilityRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]


class GetProfileVisibilityResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetProfileVisibilityResponse`."""

    Catalog: _Required[str]
    Arn: _Required[str]
    Id: _Required[str]
    Visibility: _Required[_enums.ProfileVisibility | ProfileVisibilityValue]
    ProfileId: _Required[str]


class GetQualificationsAssociationDetailsRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetQualificationsAssociationDetailsRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]


class GetQualificationsAssociationDetailsResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetQualificationsAssociationDetailsResponse`."""

    Catalog: _Required[str]
    Arn: _Required[str]
    Id: _Required[str]
    Status: _Required[
        _enums.QualificationsAssociationStatus | QualificationsAssociationStatusValue
    ]
    PrimaryPartner: _NotRequired[QualificationsAssociationPartnerDict]
    AssociatedPartners: _NotRequired[SequenceNotStr[QualificationsAssociationPartnerDict]]
    UpdatedAt: _NotRequired[_dt.datetime]


class GetQualificationsAssociationTaskRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetQualificationsAssociationTaskRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]


class GetQualificationsAssociationTaskResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetQualificationsAssociationTaskResponse`."""

    Catalog: _Required[str]
    Arn: _Required[str]
    Id: _Required[str]
    TaskId: _Required[str]
    Status: _Required[
        _enums.QualificationsAssociationTaskStatus | QualificationsAssociationTaskStatusValue
    ]
    PrimaryPartner: _Required[QualificationsAssociationPartnerDict]
    StartedAt: _Required[_dt.datetime]
    EndedAt: _NotRequired[_dt.datetime]


class GetQualificationsDisassociationTaskRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetQualificationsDisassociationTaskRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]


class GetQualificationsDisassociationTaskResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetQualificationsDisassociationTaskResponse`."""

    Catalog: _Required[str]
    Arn: _Required[str]
    Id: _Required[str]
    TaskId: _Required[str]
    Status: _Required[
        _enums.QualificationsDisassociationTaskStatus | QualificationsDisassociationTaskStatusValue
    ]
    AssociatedPartner: _Required[QualificationsAssociationPartnerDict]
    StartedAt: _Required[_dt.datetime]
    EndedAt: _NotRequired[_dt.datetime]


class GetVerificationRequestDict(_TypedDict, total=False):
    """The wire-name dict of `GetVerificationRequest`."""

    VerificationType: _Required[_enums.VerificationType | VerificationTypeValue]


class GetVerificationResponseDict(_TypedDict, total=False):
    """The wire-name dict of `GetVerificationResponse`."""

    VerificationType: _Required[_enums.VerificationType | VerificationTypeValue]
    VerificationStatus: _Required[_enums.VerificationStatus | VerificationStatusValue]
    VerificationStatusReason: _NotRequired[str]
    VerificationResponseDetails: _Required[VerificationResponseDetailsDict]
    StartedAt: _Required[_dt.datetime]
    CompletedAt: _NotRequired[_dt.datetime]


class HeadquartersDict(_TypedDict, total=False):
    """The wire-name dict of `Headquarters`."""

    CountryCode: _Required[str]
    SubdivisionCode: _Required[str]


class ListConnectionInvitationsRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListConnectionInvitationsRequest`."""

    Catalog: _Required[str]
    NextToken: _NotRequired[str]
    ConnectionType: _NotRequired[_enums.ConnectionType | ConnectionTypeValue]
    MaxResults: _NotRequired[int]
    OtherParticipantIdentifiers: _NotRequired[SequenceNotStr[str]]
    ParticipantType: _NotRequired[_enums.ParticipantType | ParticipantTypeValue]
    Status: _NotRequired[_enums.InvitationStatus | InvitationStatusValue]


class ListConnectionInvitationsResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListConnectionInvitationsResponse`."""

    ConnectionInvitationSummaries: _Required[SequenceNotStr[ConnectionInvitationSummaryDict]]
    NextToken: _NotRequired[str]


class ListConnectionsRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListConnectionsRequest`."""

    Catalog: _Required[str]
    NextToken: _NotRequired[str]
    ConnectionType: _NotRequired[str]
    MaxResults: _NotRequired[int]
    OtherParticipantIdentifiers: _NotRequired[SequenceNotStr[str]]


class ListConnectionsResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListConnectionsResponse`."""

    ConnectionSummaries: _Required[SequenceNotStr[ConnectionSummaryDict]]
    NextToken: _NotRequired[str]


class ListPartnersRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListPartnersRequest`."""

    Catalog: _Required[str]
    NextToken: _NotRequired[str]


class ListPartnersResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListPartnersResponse`."""

    PartnerSummaryList: _Required[SequenceNotStr[PartnerSummaryDict]]
    NextToken: _NotRequired[str]


class ListTagsForResourceRequestDict(_TypedDict, total=False):
    """The wire-name dict of `ListTagsForResourceRequest`."""

    ResourceArn: _Required[str]


class ListTagsForResourceResponseDict(_TypedDict, total=False):
    """The wire-name dict of `ListTagsForResourceResponse`."""

    ResourceArn: _Required[str]
    Tags: _NotRequired[SequenceNotStr[TagDict]]


class LocalizedContentDict(_TypedDict, total=False):
    """The wire-name dict of `LocalizedContent`."""

    DisplayName: _Required[str]
    Description: _Required[str]
    WebsiteUrl: _Required[str]
    LogoUrl: _Required[str]
    Locale: _Required[str]


class ParticipantDict(_TypedDict, total=False):
    """The wire-name dict of `Participant`."""

    PartnerProfile: _NotRequired[PartnerProfileSummaryDict]
    SellerProfile: _NotRequired[SellerProfileSummaryDict]
    Account: _NotRequired[AccountSummaryDict]


class PartnerDomainDict(_TypedDict, total=False):
    """The wire-name dict of `PartnerDomain`."""

    DomainName: _Required[str]
    RegisteredAt: _Required[_dt.datetime]


class PartnerProfileDict(_TypedDict, total=False):
    """The wire-name dict of `PartnerProfile`."""

    DisplayName: _Required[str]
    Description: _Required[str]
    WebsiteUrl: _Required[str]
    LogoUrl: _Required[str]
    PrimarySolutionType: _Required[_enums.PrimarySolutionType | PrimarySolutionTypeValue]
    IndustrySegments: _Required[SequenceNotStr[_enums.IndustrySegment | IndustrySegmentValue]]
    TranslationSourceLocale: _Required[str]
    LocalizedContents: _NotRequired[SequenceNotStr[LocalizedContentDict]]
    Headquarters: _NotRequired[HeadquartersDict]
    ProfileId: _NotRequired[str]


class PartnerProfileSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `PartnerProfileSummary`."""

    Id: _Required[str]
    Name: _Required[str]


class PartnerSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `PartnerSummary`."""

    Catalog: _Required[str]
    Arn: _Required[str]
    Id: _Required[str]
    LegalName: _Required[str]
    CreatedAt: _Required[_dt.datetime]


class PutAllianceLeadContactRequestDict(_TypedDict, total=False):
    """The wire-name dict of `PutAllianceLeadContactRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]
    AllianceLeadContact: _Required[AllianceLeadContactDict]
    EmailVerificationCode: _NotRequired[str]


class PutAllianceLeadContactResponseDict(_TypedDict, total=False):
    """The wire-name dict of `PutAllianceLeadContactResponse`."""

    Catalog: _Required[str]
    Arn: _Required[str]
    Id: _Required[str]
    AllianceLeadContact: _Required[AllianceLeadContactDict]


class PutProfileVisibilityRequestDict(_TypedDict, total=False):
    """The wire-name dict of `PutProfileVisibilityRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]
    Visibility: _Required[_enums.ProfileVisibility | ProfileVisibilityValue]


class PutProfileVisibilityResponseDict(_TypedDict, total=False):
    """The wire-name dict of `PutProfileVisibilityResponse`."""

    Catalog: _Required[str]
    Arn: _Required[str]
    Id: _Required[str]
    Visibility: _Required[_enums.ProfileVisibility | ProfileVisibilityValue]
    ProfileId: _Required[str]


class QualificationsAssociationPartnerDict(_TypedDict, total=False):
    """The wire-name dict of `QualificationsAssociationPartner`."""

    ProfileId: _NotRequired[str]
    AccountId: _NotRequired[str]


class RegistrantVerificationDetailsDict(_TypedDict, total=False):
    """The wire-name dict of `RegistrantVerificationDetails`."""

    pass


class RegistrantVerificationResponseDict(_TypedDict, total=False):
    """The wire-name dict of `RegistrantVerificationResponse`."""

    CompletionUrl: _Required[str]
    CompletionUrlExpiresAt: _Required[_dt.datetime]


class RejectConnectionInvitationRequestDict(_TypedDict, total=False):
    """The wire-name dict of `RejectConnectionInvitationRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]
    ClientToken: _NotRequired[str]
    Reason: _NotRequired[str]


class RejectConnectionInvitationResponseDict(_TypedDict, total=False):
    """The wire-name dict of `RejectConnectionInvitationResponse`."""

    Catalog: _Required[str]
    Id: _Required[str]
    Arn: _Required[str]
    ConnectionId: _NotRequired[str]
    ConnectionType: _Required[_enums.ConnectionType | ConnectionTypeValue]
    CreatedAt: _Required[_dt.datetime]
    UpdatedAt: _Required[_dt.datetime]
    ExpiresAt: _NotRequired[_dt.datetime]
    OtherParticipantIdentifier: _Required[str]
    ParticipantType: _Required[_enums.ParticipantType | ParticipantTypeValue]
    Status: _Required[_enums.InvitationStatus | InvitationStatusValue]
    InvitationMessage: _Required[str]
    InviterEmail: _Required[str]
    InviterName: _Required[str]


class SellerProfileSummaryDict(_TypedDict, total=False):
    """The wire-name dict of `SellerProfileSummary`."""

    Id: _Required[str]
    Name: _Required[str]


class SendEmailVerificationCodeRequestDict(_TypedDict, total=False):
    """The wire-name dict of `SendEmailVerificationCodeRequest`."""

    Catalog: _Required[str]
    Email: _Required[str]


class SendEmailVerificationCodeResponseDict(_TypedDict, total=False):
    """The wire-name dict of `SendEmailVerificationCodeResponse`."""

    pass


class StartProfileUpdateTaskRequestDict(_TypedDict, total=False):
    """The wire-name dict of `StartProfileUpdateTaskRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]
    ClientToken: _NotRequired[str]
    TaskDetails: _Required[TaskDetailsDict]


class StartProfileUpdateTaskResponseDict(_TypedDict, total=False):
    """The wire-name dict of `StartProfileUpdateTaskResponse`."""

    Catalog: _Required[str]
    Arn: _Required[str]
    Id: _Required[str]
    TaskId: _Required[str]
    TaskDetails: _Required[TaskDetailsDict]
    StartedAt: _Required[_dt.datetime]
    Status: _Required[_enums.ProfileTaskStatus | ProfileTaskStatusValue]
    EndedAt: _NotRequired[_dt.datetime]
    ErrorDetailList: _NotRequired[SequenceNotStr[ErrorDetailDict]]


class StartQualificationsAssociationTaskRequestDict(_TypedDict, total=False):
    """The wire-name dict of `StartQualificationsAssociationTaskRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]
    ClientToken: _NotRequired[str]
    PrimaryPartner: _Required[QualificationsAssociationPartnerDict]


class StartQualificationsAssociationTaskResponseDict(_TypedDict, total=False):
    """The wire-name dict of `StartQualificationsAssociationTaskResponse`."""

    Catalog: _Required[str]
    Arn: _Required[str]
    Id: _Required[str]
    TaskId: _Required[str]
    Status: _Required[
        _enums.QualificationsAssociationTaskStatus | QualificationsAssociationTaskStatusValue
    ]
    PrimaryPartner: _Required[QualificationsAssociationPartnerDict]
    StartedAt: _Required[_dt.datetime]


class StartQualificationsDisassociationTaskRequestDict(_TypedDict, total=False):
    """The wire-name dict of `StartQualificationsDisassociationTaskRequest`."""

    Catalog: _Required[str]
    Identifier: _Required[str]
    ClientToken: _NotRequired[str]
    AssociatedPartner: _Required[QualificationsAssociationPartnerDict]


class StartQualificationsDisassociationTaskResponseDict(_TypedDict, total=False):
    """The wire-name dict of `StartQualificationsDisassociationTaskResponse`."""

    Catalog: _Required[str]
    Arn: _Required[str]
    Id: _Required[str]
    TaskId: _Required[str]
    Status: _Required[
        _enums.QualificationsDisassociationTaskStatus | QualificationsDisassociationTaskStatusValue
    ]
    AssociatedPartner: _Required[QualificationsAssociationPartnerDict]
    StartedAt: _Required[_dt.datetime]


class StartVerificationRequestDict(_TypedDict, total=False):
    """The wire-name dict of `StartVerificationRequest`."""

    ClientToken: _NotRequired[str]
    VerificationDetails: _NotRequired[VerificationDetailsDict]


class StartVerificationResponseDict(_TypedDict, total=False):
    """The wire-name dict of `StartVerificationResponse`."""

    VerificationType: _Required[_enums.VerificationType | VerificationTypeValue]
    VerificationStatus: _Required[_enums.VerificationStatus | VerificationStatusValue]
    VerificationStatusReason: _NotRequired[str]
    VerificationResponseDetails: _Required[VerificationResponseDetailsDict]
    StartedAt: _Required[_dt.datetime]
    CompletedAt: _NotRequired[_dt.datetime]


class TagDict(_TypedDict, total=False):
    """The wire-name dict of `Tag`."""

    Key: _Required[str]
    Value: _Required[str]


class TagResourceRequestDict(_TypedDict, total=False):
    """The wire-name dict of `TagResourceRequest`."""

    ResourceArn: _Required[str]
    Tags: _Required[SequenceNotStr[TagDict]]


class TagResourceResponseDict(_TypedDict, total=False):
    """The wire-name dict of `TagResourceResponse`."""

    pass


class TaskDetailsDict(_TypedDict, total=False):
    """The wire-name dict of `TaskDetails`."""

    DisplayName: _Required[str]
    Description: _Required[str]
    WebsiteUrl: _Required[str]
    LogoUrl: _Required[str]
    PrimarySolutionType: _Required[_enums.PrimarySolutionType | PrimarySolutionTypeValue]
    IndustrySegments: _Required[SequenceNotStr[_enums.IndustrySegment | IndustrySegmentValue]]
    TranslationSourceLocale: _Required[str]
    LocalizedContents: _NotRequired[SequenceNotStr[LocalizedContentDict]]
    Headquarters: _NotRequired[HeadquartersDict]


class UntagResourceRequestDict(_TypedDict, total=False):
    """The wire-name dict of `UntagResourceRequest`."""

    ResourceArn: _Required[str]
    TagKeys: _Required[SequenceNotStr[str]]


class UntagResourceResponseDict(_TypedDict, total=False):
    """The wire-name dict of `UntagResourceResponse`."""

    pass


class UpdateConnectionPreferencesRequestDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateConnectionPreferencesRequest`."""

    Catalog: _Required[str]
    Revision: _Required[int]
    AccessType: _Required[_enums.AccessType | AccessTypeValue]
    ExcludedParticipantIdentifiers: _NotRequired[SequenceNotStr[str]]


class UpdateConnectionPreferencesResponseDict(_TypedDict, total=False):
    """The wire-name dict of `UpdateConnectionPreferencesResponse`."""

    Catalog: _Required[str]
    Arn: _Required[str]
    AccessType: _Required[_enums.AccessType | AccessTypeValue]
    ExcludedParticipantIds: _NotRequired[SequenceNotStr[str]]
    UpdatedAt: _Required[_dt.datetime]
    Revision: _Required[int]


class ValidationErrorDict(_TypedDict, total=False):
    """The wire-name dict of `ValidationError`."""

    FieldValidationError: _NotRequired[FieldValidationErrorDict]
    BusinessValidationError: _NotRequired[BusinessValidationErrorDict]


class VerificationDetailsDict(_TypedDict, total=False):
    """The wire-name dict of `VerificationDetails`."""

    BusinessVerificationDetails: _NotRequired[BusinessVerificationDetailsDict]
    RegistrantVerificationDetails: _NotRequired[RegistrantVerificationDetailsDict]


class VerificationResponseDetailsDict(_TypedDict, total=False):
    """The wire-name dict of `VerificationResponseDetails`."""

    BusinessVerificationResponse: _NotRequired[BusinessVerificationResponseDict]
    RegistrantVerificationResponse: _NotRequired[RegistrantVerificationResponseDict]
