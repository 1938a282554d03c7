"""Precomputed tables: the service and each operation's call facts (internal).

An operation names its input and output classes: they are read from ``shapes`` on
the first call, so building the tables imports no shape module.
"""

from __future__ import annotations

from typing import Any

from typed_aws_runtime.pipeline.operation import OperationSpec
from typed_aws_runtime.pipeline.paginator import PageSpec
from typed_aws_runtime.pipeline.service import ServiceSpec
from typed_aws_runtime.protocols.awsjson import AwsJsonProtocol

from . import errors as _errors
from . import shapes as _shapes
from ._version import __version__


def _endpoint_rules() -> dict[str, Any]:
    from ._endpoint_rules import RULE_SET

    return RULE_SET


_SERVICE = ServiceSpec(
    service_id="PartnerCentral Account",
    api_version="2025-04-04",
    protocol=AwsJsonProtocol(json_version="1.0", target_prefix="PartnerCentralAccount"),
    signing_name="partnercentral-account",
    endpoint_prefix="partnercentral-account",
    package_name="partnercentral_account",
    package_version=__version__,
    base_error=_errors.PartnerCentralAccountError,
    errors={
        "AccessDeniedException": _errors.AccessDeniedException,
        "ConflictException": _errors.ConflictException,
        "InternalServerException": _errors.InternalServerException,
        "ResourceNotFoundException": _errors.ResourceNotFoundException,
        "ServiceQuotaExceededException": _errors.ServiceQuotaExceededException,
        "ThrottlingException": _errors.ThrottlingException,
        "ValidationException": _errors.ValidationException,
    },
    env_name="PARTNERCENTRAL_ACCOUNT",
    config_key="partnercentral_account",
    endpoint_rules=_endpoint_rules,
)

ACCEPT_CONNECTION_INVITATION: OperationSpec[_shapes.AcceptConnectionInvitationResponse] = (
    OperationSpec(
        name="AcceptConnectionInvitation",
        input="AcceptConnectionInvitationRequest",
        output="AcceptConnectionInvitationResponse",
        shapes=_shapes,
        idempotency_tokens=("ClientToken",),
    )
)

ASSOCIATE_AWS_TRAINING_CERTIFICATION_EMAIL_DOMAIN: OperationSpec[
    _shapes.AssociateAwsTrainingCertificationEmailDomainResponse
] = OperationSpec(
    name="AssociateAwsTrainingCertificationEmailDomain",
    input="AssociateAwsTrainingCertificationEmailDomainRequest",
    output="AssociateAwsTrainingCertificationEmailDomainResponse",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

CANCEL_CONNECTION: OperationSpec[_shapes.CancelConnectionResponse] = OperationSpec(
    name="CancelConnection",
    input="CancelConnectionRequest",
    output="CancelConnectionResponse",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

CANCEL_CONNECTION_INVITATION: OperationSpec[_shapes.CancelConnectionInvitationResponse] = (
    OperationSpec(
        name="CancelConnectionInvitation",
        input="CancelConnectionInvitationRequest",
        output="CancelConnectionInvitationResponse",
        shapes=_shapes,
        idempotency_tokens=("ClientToken",),
    )
)

CANCEL_PROFILE_UPDATE_TASK: OperationSpec[_shapes.CancelProfileUpdateTaskResponse] = OperationSpec(
    name="CancelProfileUpdateTask",
    input="CancelProfileUpdateTaskRequest",
    output="CancelProfileUpdateTaskResponse",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

CREATE_CONNECTION_INVITATION: OperationSpec[_shapes.CreateConnectionInvitationResponse] = (
    OperationSpec(
        name="CreateConnectionInvitation",
        input="CreateConnectionInvitationRequest",
        output="CreateConnectionInvitationResponse",
        shapes=_shapes,
        idempotency_tokens=("ClientToken",),
    )
)

CREATE_PARTNER: OperationSpec[_shapes.CreatePartnerResponse] = OperationSpec(
    name="CreatePartner",
    input="CreatePartnerRequest",
    output="CreatePartnerResponse",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

DISASSOCIATE_AWS_TRAINING_CERTIFICATION_EMAIL_DOMAIN: OperationSpec[
    _shapes.DisassociateAwsTrainingCertificationEmailDomainResponse
] = OperationSpec(
    name="DisassociateAwsTrainingCertificationEmailDomain",
    input="DisassociateAwsTrainingCertificationEmailDomainRequest",
    output="DisassociateAwsTrainingCertificationEmailDomainResponse",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

GET_ALLIANCE_LEAD_CONTACT: OperationSpec[_shapes.GetAllianceLeadContactResponse] = OperationSpec(
    name="GetAllianceLeadContact",
    input="GetAllianceLeadContactRequest",
    output="GetAllianceLeadContactResponse",
    shapes=_shapes,
)

GET_CONNECTION: OperationSpec[_shapes.GetConnectionResponse] = OperationSpec(
    name="GetConnection",
    input="GetConnectionRequest",
    output="GetConnectionResponse",
    shapes=_shapes,
)

GET_CONNECTION_INVITATION: OperationSpec[_shapes.GetConnectionInvitationResponse] = OperationSpec(
    name="GetConnectionInvitation",
    input="GetConnectionInvitationRequest",
    output="GetConnectionInvitationResponse",
    shapes=_shapes,
)

GET_CONNECTION_PREFERENCES: OperationSpec[_shapes.GetConnectionPreferencesResponse] = (
    OperationSpec(
        name="GetConnectionPreferences",
        input="GetConnectionPreferencesRequest",
        output="GetConnectionPreferencesResponse",
        shapes=_shapes,
    )
)

GET_PARTNER: OperationSpec[_shapes.GetPartnerResponse] = OperationSpec(
    name="GetPartner",
    input="GetPartnerRequest",
    output="GetPartnerResponse",
    shapes=_shapes,
)

GET_PROFILE_UPDATE_TASK: OperationSpec[_shapes.GetProfileUpdateTaskResponse] = OperationSpec(
    name="GetProfileUpdateTask",
    input="GetProfileUpdateTaskRequest",
    output="GetProfileUpdateTaskResponse",
    shapes=_shapes,
)

GET_PROFILE_VISIBILITY: OperationSpec[_shapes.GetProfileVisibilityResponse] = OperationSpec(
    name="GetProfileVisibility",
    input="GetProfileVisibilityRequest",
    output="GetProfileVisibilityResponse",
    shapes=_shapes,
)

GET_QUALIFICATIONS_ASSOCIATION_DETAILS: OperationSpec[
    _shapes.GetQualificationsAssociationDetailsResponse
] = OperationSpec(
    name="GetQualificationsAssociationDetails",
    input="GetQualificationsAssociationDetailsRequest",
    output="GetQualificationsAssociationDetailsResponse",
    shapes=_shapes,
)

GET_QUALIFICATIONS_ASSOCIATION_TASK: OperationSpec[
    _shapes.GetQualificationsAssociationTaskResponse
] = OperationSpec(
    name="GetQualificationsAssociationTask",
    input="GetQualificationsAssociationTaskRequest",
    output="GetQualificationsAssociationTaskResponse",
    shapes=_shapes,
)

GET_QUALIFICATIONS_DISASSOCIATION_TASK: OperationSpec[
    _shapes.GetQualificationsDisassociationTaskResponse
] = OperationSpec(
    name="GetQualificationsDisassociationTask",
    input="GetQualificationsDisassociationTaskRequest",
    output="GetQualificationsDisassociationTaskResponse",
    shapes=_shapes,
)

GET_VERIFICATION: OperationSpec[_shapes.GetVerificationResponse] = OperationSpec(
    name="GetVerification",
    input="GetVerificationRequest",
    output="GetVerificationResponse",
    shapes=_shapes,
)

LIST_CONNECTION_INVITATIONS: OperationSpec[_shapes.ListConnectionInvitationsResponse] = (
    OperationSpec(
        name="ListConnectionInvitations",
        input="ListConnectionInvitationsRequest",
        output="ListConnectionInvitationsResponse",
        shapes=_shapes,
    )
)

_LIST_CONNECTION_INVITATIONS_PAGES = PageSpec(
    operation="ListConnectionInvitations",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("connection_invitation_summaries",),
)

LIST_CONNECTIONS: OperationSpec[_shapes.ListConnectionsResponse] = OperationSpec(
    name="ListConnections",
    input="ListConnectionsRequest",
    output="ListConnectionsResponse",
    shapes=_shapes,
)

_LIST_CONNECTIONS_PAGES = PageSpec(
    operation="ListConnections",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("connection_summaries",),
)

LIST_PARTNERS: OperationSpec[_shapes.ListPartnersResponse] = OperationSpec(
    name="ListPartners",
    input="ListPartnersRequest",
    output="ListPartnersResponse",
    shapes=_shapes,
)

_LIST_PARTNERS_PAGES = PageSpec(
    operation="ListPartners",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("partner_summary_list",),
)

LIST_TAGS_FOR_RESOURCE: OperationSpec[_shapes.ListTagsForResourceResponse] = OperationSpec(
    name="ListTagsForResource",
    input="ListTagsForResourceRequest",
    output="ListTagsForResourceResponse",
    shapes=_shapes,
)

PUT_ALLIANCE_LEAD_CONTACT: OperationSpec[_shapes.PutAllianceLeadContactResponse] = OperationSpec(
    name="PutAllianceLeadContact",
    input="PutAllianceLeadContactRequest",
    output="PutAllianceLeadContactResponse",
    shapes=_shapes,
)

PUT_PROFILE_VISIBILITY: OperationSpec[_shapes.PutProfileVisibilityResponse] = OperationSpec(
    name="PutProfileVisibility",
    input="PutProfileVisibilityRequest",
    output="PutProfileVisibilityResponse",
    shapes=_shapes,
)

REJECT_CONNECTION_INVITATION: OperationSpec[_shapes.RejectConnectionInvitationResponse] = (
    OperationSpec(
        name="RejectConnectionInvitation",
        input="RejectConnectionInvitationRequest",
        output="RejectConnectionInvitationResponse",
        shapes=_shapes,
        idempotency_tokens=("ClientToken",),
    )
)

SEND_EMAIL_VERIFICATION_CODE: OperationSpec[_shapes.SendEmailVerificationCodeResponse] = (
    OperationSpec(
        name="SendEmailVerificationCode",
        input="SendEmailVerificationCodeRequest",
        output="SendEmailVerificationCodeResponse",
        shapes=_shapes,
    )
)

START_PROFILE_UPDATE_TASK: OperationSpec[_shapes.StartProfileUpdateTaskResponse] = OperationSpec(
    name="StartProfileUpdateTask",
    input="StartProfileUpdateTaskRequest",
    output="StartProfileUpdateTaskResponse",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

START_QUALIFICATIONS_ASSOCIATION_TASK: OperationSpec[
    _shapes.StartQualificationsAssociationTaskResponse
] = OperationSpec(
    name="StartQualificationsAssociationTask",
    input="StartQualificationsAssociationTaskRequest",
    output="StartQualificationsAssociationTaskResponse",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

START_QUALIFICATIONS_DISASSOCIATION_TASK: OperationSpec[
    _shapes.StartQualificationsDisassociationTaskResponse
] = OperationSpec(
    name="StartQualificationsDisassociationTask",
    input="StartQualificationsDisassociationTaskRequest",
    output="StartQualificationsDisassociationTaskResponse",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

START_VERIFICATION: OperationSpec[_shapes.StartVerificationResponse] = OperationSpec(
    name="StartVerification",
    input="StartVerificationRequest",
    output="StartVerificationResponse",
    shapes=_shapes,
    idempotency_tokens=("ClientToken",),
)

TAG_RESOURCE: OperationSpec[_shapes.TagResourceResponse] = OperationSpec(
    name="TagResource",
    input="TagResourceRequest",
    output="TagResourceResponse",
    shapes=_shapes,
)

UNTAG_RESOURCE: OperationSpec[_shapes.UntagResourceResponse] = OperationSpec(
    name="UntagResource",
    input="UntagResourceRequest",
    output="UntagResourceResponse",
    shapes=_shapes,
)

UPDATE_CONNECTION_PREFERENCES: OperationSpec[_shapes.UpdateConnectionPreferencesResponse] = (
    OperationSpec(
        name="UpdateConnectionPreferences",
        input="UpdateConnectionPreferencesRequest",
        output="UpdateConnectionPreferencesResponse",
        shapes=_shapes,
    )
)
