"""Typed shapes (requests, responses and their parts) of the Partner Central Account API.

Every class takes keyword arguments with snake_case names; ``to_dict()`` gives
the boto3-style dict with the wire (PascalCase) names and ``from_dict()``
reads one. Unions are a base class with one subclass per variant (and an
``...Unknown`` subclass for variants added to the service later).

Import the classes from here. Each is defined in a private module with the other
shapes the same operations use, imported when one of its names is first read, so a
program loads the shapes of the calls it makes only.
"""

from __future__ import annotations

import typing as _typing

if _typing.TYPE_CHECKING:
    from ._accept_connection_invitation import (
        AcceptConnectionInvitationRequest,
        AcceptConnectionInvitationResponse,
        Connection,
    )
    from ._alliance_lead_contact import (
        AllianceLeadContact,
    )
    from ._associate_aws_training_certification_email_domain import (
        AssociateAwsTrainingCertificationEmailDomainRequest,
        AssociateAwsTrainingCertificationEmailDomainResponse,
    )
    from ._cancel_connection import (
        CancelConnectionRequest,
        CancelConnectionResponse,
    )
    from ._cancel_connection_invitation import (
        CancelConnectionInvitationRequest,
        CancelConnectionInvitationResponse,
    )
    from ._cancel_profile_update_task import (
        CancelProfileUpdateTaskRequest,
        CancelProfileUpdateTaskResponse,
    )
    from ._connection_type_detail import (
        ConnectionTypeDetail,
    )
    from ._create_connection_invitation import (
        CreateConnectionInvitationRequest,
        CreateConnectionInvitationResponse,
    )
    from ._create_partner import (
        CreatePartnerRequest,
        CreatePartnerResponse,
    )
    from ._disassociate_aws_training_certification_email_domain import (
        DisassociateAwsTrainingCertificationEmailDomainRequest,
        DisassociateAwsTrainingCertificationEmailDomainResponse,
    )
    from ._error_detail import (
        ErrorDetail,
        TaskDetails,
    )
    from ._errors import (
        BusinessValidationError,
        FieldValidationError,
        ValidationError,
        ValidationErrorFieldValidationError,
        ValidationErrorBusinessValidationError,
        ValidationErrorUnknown,
    )
    from ._get_alliance_lead_contact import (
        GetAllianceLeadContactRequest,
        GetAllianceLeadContactResponse,
    )
    from ._get_connection import (
        GetConnectionRequest,
        GetConnectionResponse,
    )
    from ._get_connection_invitation import (
        GetConnectionInvitationRequest,
        GetConnectionInvitationResponse,
    )
    from ._get_connection_preferences import (
        GetConnectionPreferencesRequest,
        GetConnectionPreferencesResponse,
    )
    from ._get_partner import (
        GetPartnerRequest,
        GetPartnerResponse,
    )
    from ._get_profile_update_task import (
        GetProfileUpdateTaskRequest,
        GetProfileUpdateTaskResponse,
    )
    from ._get_profile_visibility import (
        GetProfileVisibilityRequest,
        GetProfileVisibilityResponse,
    )
    from ._get_qualifications_association_details import (
        GetQualificationsAssociationDetailsRequest,
        GetQualificationsAssociationDetailsResponse,
    )
    from ._get_qualifications_association_task import (
        GetQualificationsAssociationTaskRequest,
        GetQualificationsAssociationTaskResponse,
    )
    from ._get_qualifications_disassociation_task import (
        GetQualificationsDisassociationTaskRequest,
        GetQualificationsDisassociationTaskResponse,
    )
    from ._get_verification import (
        GetVerificationRequest,
        GetVerificationResponse,
    )
    from ._headquarters import (
        Headquarters,
        LocalizedContent,
    )
    from ._list_connection_invitations import (
        ConnectionInvitationSummary,
        ListConnectionInvitationsRequest,
        ListConnectionInvitationsResponse,
    )
    from ._list_connections import (
        ConnectionSummary,
        ConnectionTypeSummary,
        ListConnectionsRequest,
        ListConnectionsResponse,
    )
    from ._list_partners import (
        ListPartnersRequest,
        ListPartnersResponse,
        PartnerSummary,
    )
    from ._list_tags_for_resource import (
        ListTagsForResourceRequest,
        ListTagsForResourceResponse,
    )
    from ._participant import (
        AccountSummary,
        Participant,
        ParticipantPartnerProfile,
        ParticipantSellerProfile,
        ParticipantAccount,
        ParticipantUnknown,
        PartnerProfileSummary,
        SellerProfileSummary,
    )
    from ._partner_domain import (
        PartnerDomain,
        PartnerProfile,
    )
    from ._put_alliance_lead_contact import (
        PutAllianceLeadContactRequest,
        PutAllianceLeadContactResponse,
    )
    from ._put_profile_visibility import (
        PutProfileVisibilityRequest,
        PutProfileVisibilityResponse,
    )
    from ._qualifications_association_partner import (
        QualificationsAssociationPartner,
    )
    from ._reject_connection_invitation import (
        RejectConnectionInvitationRequest,
        RejectConnectionInvitationResponse,
    )
    from ._send_email_verification_code import (
        SendEmailVerificationCodeRequest,
        SendEmailVerificationCodeResponse,
    )
    from ._start_profile_update_task import (
        StartProfileUpdateTaskRequest,
        StartProfileUpdateTaskResponse,
    )
    from ._start_qualifications_association_task import (
        StartQualificationsAssociationTaskRequest,
        StartQualificationsAssociationTaskResponse,
    )
    from ._start_qualifications_disassociation_task import (
        StartQualificationsDisassociationTaskRequest,
        StartQualificationsDisassociationTaskResponse,
    )
    from ._start_verification import (
        RegistrantVerificationDetails,
        StartVerificationRequest,
        StartVerificationResponse,
        VerificationDetails,
        VerificationDetailsBusinessVerificationDetails,
        VerificationDetailsRegistrantVerificationDetails,
        VerificationDetailsUnknown,
    )
    from ._tag import (
        Tag,
    )
    from ._tag_resource import (
        TagResourceRequest,
        TagResourceResponse,
    )
    from ._untag_resource import (
        UntagResourceRequest,
        UntagResourceResponse,
    )
    from ._update_connection_preferences import (
        UpdateConnectionPreferencesRequest,
        UpdateConnectionPreferencesResponse,
    )
    from ._verification_response_details import (
        BusinessVerificationDetails,
        BusinessVerificationResponse,
        RegistrantVerificationResponse,
        VerificationResponseDetails,
        VerificationResponseDetailsBusinessVerificationResponse,
        VerificationResponseDetailsRegistrantVerificationResponse,
        VerificationResponseDetailsUnknown,
    )

__all__ = [
    "AcceptConnectionInvitationRequest",
    "AcceptConnectionInvitationResponse",
    "AccountSummary",
    "AllianceLeadContact",
    "AssociateAwsTrainingCertificationEmailDomainRequest",
    "AssociateAwsTrainingCertificationEmailDomainResponse",
    "BusinessValidationError",
    "BusinessVerificationDetails",
    "BusinessVerificationResponse",
    "CancelConnectionInvitationRequest",
    "CancelConnectionInvitationResponse",
    "CancelConnectionRequest",
    "CancelConnectionResponse",
    "CancelProfileUpdateTaskRequest",
    "CancelProfileUpdateTaskResponse",
    "Connection",
    "ConnectionInvitationSummary",
    "ConnectionSummary",
    "ConnectionTypeDetail",
    "ConnectionTypeSummary",
    "CreateConnectionInvitationRequest",
    "CreateConnectionInvitationResponse",
    "CreatePartnerRequest",
    "CreatePartnerResponse",
    "DisassociateAwsTrainingCertificationEmailDomainRequest",
    "DisassociateAwsTrainingCertificationEmailDomainResponse",
    "ErrorDetail",
    "FieldValidationError",
    "GetAllianceLeadContactRequest",
    "GetAllianceLeadContactResponse",
    "GetConnectionInvitationRequest",
    "GetConnectionInvitationResponse",
    "GetConnectionPreferencesRequest",
    "GetConnectionPreferencesResponse",
    "GetConnectionRequest",
    "GetConnectionResponse",
    "GetPartnerRequest",
    "GetPartnerResponse",
    "GetProfileUpdateTaskRequest",
    "GetProfileUpdateTaskResponse",
    "GetProfileVisibilityRequest",
    "GetProfileVisibilityResponse",
    "GetQualificationsAssociationDetailsRequest",
    "GetQualificationsAssociationDetailsResponse",
    "GetQualificationsAssociationTaskRequest",
    "GetQualificationsAssociationTaskResponse",
    "GetQualificationsDisassociationTaskRequest",
    "GetQualificationsDisassociationTaskResponse",
    "GetVerificationRequest",
    "GetVerificationResponse",
    "Headquarters",
    "ListConnectionInvitationsRequest",
    "ListConnectionInvitationsResponse",
    "ListConnectionsRequest",
    "ListConnectionsResponse",
    "ListPartnersRequest",
    "ListPartnersResponse",
    "ListTagsForResourceRequest",
    "ListTagsForResourceResponse",
    "LocalizedContent",
    "PartnerDomain",
    "PartnerProfile",
    "PartnerProfileSummary",
    "PartnerSummary",
    "PutAllianceLeadContactRequest",
    "PutAllianceLeadContactResponse",
    "PutProfileVisibilityRequest",
    "PutProfileVisibilityResponse",
    "QualificationsAssociationPartner",
    "RegistrantVerificationDetails",
    "RegistrantVerificationResponse",
    "RejectConnectionInvitationRequest",
    "RejectConnectionInvitationResponse",
    "SellerProfileSummary",
    "SendEmailVerificationCodeRequest",
    "SendEmailVerificationCodeResponse",
    "StartProfileUpdateTaskRequest",
    "StartProfileUpdateTaskResponse",
    "StartQualificationsAssociationTaskRequest",
    "StartQualificationsAssociationTaskResponse",
    "StartQualificationsDisassociationTaskRequest",
    "StartQualificationsDisassociationTaskResponse",
    "StartVerificationRequest",
    "StartVerificationResponse",
    "Tag",
    "TagResourceRequest",
    "TagResourceResponse",
    "TaskDetails",
    "UntagResourceRequest",
    "UntagResourceResponse",
    "UpdateConnectionPreferencesRequest",
    "UpdateConnectionPreferencesResponse",
    "Participant",
    "ParticipantPartnerProfile",
    "ParticipantSellerProfile",
    "ParticipantAccount",
    "ParticipantUnknown",
    "ValidationError",
    "ValidationErrorFieldValidationError",
    "ValidationErrorBusinessValidationError",
    "ValidationErrorUnknown",
    "VerificationDetails",
    "VerificationDetailsBusinessVerificationDetails",
    "VerificationDetailsRegistrantVerificationDetails",
    "VerificationDetailsUnknown",
    "VerificationResponseDetails",
    "VerificationResponseDetailsBusinessVerificationResponse",
    "VerificationResponseDetailsRegistrantVerificationResponse",
    "VerificationResponseDetailsUnknown",
]

# The private module defining each name, imported when the name is first read.
_MODULES = {
    "AcceptConnectionInvitationRequest": "_accept_connection_invitation",
    "AcceptConnectionInvitationResponse": "_accept_connection_invitation",
    "Connection": "_accept_connection_invitation",
    "AllianceLeadContact": "_alliance_lead_contact",
    "AssociateAwsTrainingCertificationEmailDomainRequest": "_associate_aws_training_certification_email_domain",
    "AssociateAwsTrainingCertificationEmailDomainResponse": "_associate_aws_training_certification_email_domain",
    "CancelConnectionRequest": "_cancel_connection",
    "CancelConnectionResponse": "_cancel_connection",
    "CancelConnectionInvitationRequest": "_cancel_connection_invitation",
    "CancelConnectionInvitationResponse": "_cancel_connection_invitation",
    "CancelProfileUpdateTaskRequest": "_cancel_profile_update_task",
    "CancelProfileUpdateTaskResponse": "_cancel_profile_update_task",
    "ConnectionTypeDetail": "_connection_type_detail",
    "CreateConnectionInvitationRequest": "_create_connection_invitation",
    "CreateConnectionInvitationResponse": "_create_connection_invitation",
    "CreatePartnerRequest": "_create_partner",
    "CreatePartnerResponse": "_create_partner",
    "DisassociateAwsTrainingCertificationEmailDomainRequest": "_disassociate_aws_training_certification_email_domain",
    "DisassociateAwsTrainingCertificationEmailDomainResponse": "_disassociate_aws_training_certification_email_domain",
    "ErrorDetail": "_error_detail",
    "TaskDetails": "_error_detail",
    "BusinessValidationError": "_errors",
    "FieldValidationError": "_errors",
    "ValidationError": "_errors",
    "ValidationErrorFieldValidationError": "_errors",
    "ValidationErrorBusinessValidationError": "_errors",
    "ValidationErrorUnknown": "_errors",
    "GetAllianceLeadContactRequest": "_get_alliance_lead_contact",
    "GetAllianceLeadContactResponse": "_get_alliance_lead_contact",
    "GetConnectionRequest": "_get_connection",
    "GetConnectionResponse": "_get_connection",
    "GetConnectionInvitationRequest": "_get_connection_invitation",
    "GetConnectionInvitationResponse": "_get_connection_invitation",
    "GetConnectionPreferencesRequest": "_get_connection_preferences",
    "GetConnectionPreferencesResponse": "_get_connection_preferences",
    "GetPartnerRequest": "_get_partner",
    "GetPartnerResponse": "_get_partner",
    "GetProfileUpdateTaskRequest": "_get_profile_update_task",
    "GetProfileUpdateTaskResponse": "_get_profile_update_task",
    "GetProfileVisibilityRequest": "_get_profile_visibility",
    "GetProfileVisibilityResponse": "_get_profile_visibility",
    "GetQualificationsAssociationDetailsRequest": "_get_qualifications_association_details",
    "GetQualificationsAssociationDetailsResponse": "_get_qualifications_association_details",
    "GetQualificationsAssociationTaskRequest": "_get_qualifications_association_task",
    "GetQualificationsAssociationTaskResponse": "_get_qualifications_association_task",
    "GetQualificationsDisassociationTaskRequest": "_get_qualifications_disassociation_task",
    "GetQualificationsDisassociationTaskResponse": "_get_qualifications_disassociation_task",
    "GetVerificationRequest": "_get_verification",
    "GetVerificationResponse": "_get_verification",
    "Headquarters": "_headquarters",
    "LocalizedContent": "_headquarters",
    "ConnectionInvitationSummary": "_list_connection_invitations",
    "ListConnectionInvitationsRequest": "_list_connection_invitations",
    "ListConnectionInvitationsResponse": "_list_connection_invitations",
    "ConnectionSummary": "_list_connections",
    "ConnectionTypeSummary": "_list_connections",
    "ListConnectionsRequest": "_list_connections",
    "ListConnectionsResponse": "_list_connections",
    "ListPartnersRequest": "_list_partners",
    "ListPartnersResponse": "_list_partners",
    "PartnerSummary": "_list_partners",
    "ListTagsForResourceRequest": "_list_tags_for_resource",
    "ListTagsForResourceResponse": "_list_tags_for_resource",
    "AccountSummary": "_participant",
    "Participant": "_participant",
    "ParticipantPartnerProfile": "_participant",
    "ParticipantSellerProfile": "_participant",
    "ParticipantAccount": "_participant",
    "ParticipantUnknown": "_participant",
    "PartnerProfileSummary": "_participant",
    "SellerProfileSummary": "_participant",
    "PartnerDomain": "_partner_domain",
    "PartnerProfile": "_partner_domain",
    "PutAllianceLeadContactRequest": "_put_alliance_lead_contact",
    "PutAllianceLeadContactResponse": "_put_alliance_lead_contact",
    "PutProfileVisibilityRequest": "_put_profile_visibility",
    "PutProfileVisibilityResponse": "_put_profile_visibility",
    "QualificationsAssociationPartner": "_qualifications_association_partner",
    "RejectConnectionInvitationRequest": "_reject_connection_invitation",
    "RejectConnectionInvitationResponse": "_reject_connection_invitation",
    "SendEmailVerificationCodeRequest": "_send_email_verification_code",
    "SendEmailVerificationCodeResponse": "_send_email_verification_code",
    "StartProfileUpdateTaskRequest": "_start_profile_update_task",
    "StartProfileUpdateTaskResponse": "_start_profile_update_task",
    "StartQualificationsAssociationTaskRequest": "_start_qualifications_association_task",
    "StartQualificationsAssociationTaskResponse": "_start_qualifications_association_task",
    "StartQualificationsDisassociationTaskRequest": "_start_qualifications_disassociation_task",
    "StartQualificationsDisassociationTaskResponse": "_start_qualifications_disassociation_task",
    "RegistrantVerificationDetails": "_start_verification",
    "StartVerificationRequest": "_start_verification",
    "StartVerificationResponse": "_start_verification",
    "VerificationDetails": "_start_verification",
    "VerificationDetailsBusinessVerificationDetails": "_start_verification",
    "VerificationDetailsRegistrantVerificationDetails": "_start_verification",
    "VerificationDetailsUnknown": "_start_verification",
    "Tag": "_tag",
    "TagResourceRequest": "_tag_resource",
    "TagResourceResponse": "_tag_resource",
    "UntagResourceRequest": "_untag_resource",
    "UntagResourceResponse": "_untag_resource",
    "UpdateConnectionPreferencesRequest": "_update_connection_preferences",
    "UpdateConnectionPreferencesResponse": "_update_connection_preferences",
    "BusinessVerificationDetails": "_verification_response_details",
    "BusinessVerificationResponse": "_verification_response_details",
    "RegistrantVerificationResponse": "_verification_response_details",
    "VerificationResponseDetails": "_verification_response_details",
    "VerificationResponseDetailsBusinessVerificationResponse": "_verification_response_details",
    "VerificationResponseDetailsRegistrantVerificationResponse": "_verification_response_details",
    "VerificationResponseDetailsUnknown": "_verification_response_details",
}

if not _typing.TYPE_CHECKING:  # type checkers read the imports above instead
    from importlib import import_module as _import_module

    def __getattr__(name: str) -> object:
        """Import the module defining ``name`` on its first read; it is kept here after."""
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return list({*globals(), *_MODULES})
