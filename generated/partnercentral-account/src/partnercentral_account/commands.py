"""Seed-style commands, one per operation, for ``client.send(...)``.

```python
client.send(GetAllianceLeadContactCommand({"Catalog": "1234567", "Identifier": "partner-1234567890123"}))
```

A command takes the operation's typed request object or a dict with the
wire (PascalCase) member names, as boto3 and the JavaScript SDK do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from typed_aws_runtime.pipeline.command import Command

from . import _operations as _ops

if TYPE_CHECKING:
    from typing import Any as _Any
    from typing import ClassVar as _ClassVar

    from typed_aws_runtime.pipeline.operation import OperationSpec as _OperationSpec

    from . import _input_types as _types
    from . import shapes as _shapes

__all__ = [
    "Command",
    "AcceptConnectionInvitationCommand",
    "AssociateAwsTrainingCertificationEmailDomainCommand",
    "CancelConnectionCommand",
    "CancelConnectionInvitationCommand",
    "CancelProfileUpdateTaskCommand",
    "CreateConnectionInvitationCommand",
    "CreatePartnerCommand",
    "DisassociateAwsTrainingCertificationEmailDomainCommand",
    "GetAllianceLeadContactCommand",
    "GetConnectionCommand",
    "GetConnectionInvitationCommand",
    "GetConnectionPreferencesCommand",
    "GetPartnerCommand",
    "GetProfileUpdateTaskCommand",
    "GetProfileVisibilityCommand",
    "GetQualificationsAssociationDetailsCommand",
    "GetQualificationsAssociationTaskCommand",
    "GetQualificationsDisassociationTaskCommand",
    "GetVerificationCommand",
    "ListConnectionInvitationsCommand",
    "ListConnectionsCommand",
    "ListPartnersCommand",
    "ListTagsForResourceCommand",
    "PutAllianceLeadContactCommand",
    "PutProfileVisibilityCommand",
    "RejectConnectionInvitationCommand",
    "SendEmailVerificationCodeCommand",
    "StartProfileUpdateTaskCommand",
    "StartQualificationsAssociationTaskCommand",
    "StartQualificationsDisassociationTaskCommand",
    "StartVerificationCommand",
    "TagResourceCommand",
    "UntagResourceCommand",
    "UpdateConnectionPreferencesCommand",
]


class AcceptConnectionInvitationCommand(Command["_shapes.AcceptConnectionInvitationResponse"]):
    """Accepts a connection invitation from another partner, establishing a formal
    partnership...

    Run it with `client.send(AcceptConnectionInvitationCommand({...}))`, passing a
    `AcceptConnectionInvitationRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `AcceptConnectionInvitationResponse`; its arguments and
    errors are those of `PartnerCentralAccountClient.accept_connection_invitation`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.ACCEPT_CONNECTION_INVITATION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.AcceptConnectionInvitationRequest
                | _types.AcceptConnectionInvitationRequestDict
            ),
        ) -> None: ...


class AssociateAwsTrainingCertificationEmailDomainCommand(
    Command["_shapes.AssociateAwsTrainingCertificationEmailDomainResponse"]
):
    """Associates an email domain with AWS training and certification for the partner
    account, enabling...

    Run it with
    `client.send(AssociateAwsTrainingCertificationEmailDomainCommand({...}))`, passing a
    `AssociateAwsTrainingCertificationEmailDomainRequest` or a mapping with its wire
    (PascalCase) member names. The call returns
    `AssociateAwsTrainingCertificationEmailDomainResponse`; its arguments and errors are
    those of
    `PartnerCentralAccountClient.associate_aws_training_certification_email_domain`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = (
        _ops.ASSOCIATE_AWS_TRAINING_CERTIFICATION_EMAIL_DOMAIN
    )

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.AssociateAwsTrainingCertificationEmailDomainRequest
                | _types.AssociateAwsTrainingCertificationEmailDomainRequestDict
            ),
        ) -> None: ...


class CancelConnectionCommand(Command["_shapes.CancelConnectionResponse"]):
    """Cancels an existing connection between partners, terminating the partnership
    relationship.

    Run it with `client.send(CancelConnectionCommand({...}))`, passing a
    `CancelConnectionRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `CancelConnectionResponse`; its arguments and errors are those of
    `PartnerCentralAccountClient.cancel_connection`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.CANCEL_CONNECTION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.CancelConnectionRequest | _types.CancelConnectionRequestDict,
        ) -> None: ...


class CancelConnectionInvitationCommand(Command["_shapes.CancelConnectionInvitationResponse"]):
    """Cancels a pending connection invitation before it has been accepted or rejected.

    Run it with `client.send(CancelConnectionInvitationCommand({...}))`, passing a
    `CancelConnectionInvitationRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `CancelConnectionInvitationResponse`; its arguments and
    errors are those of `PartnerCentralAccountClient.cancel_connection_invitation`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.CANCEL_CONNECTION_INVITATION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.CancelConnectionInvitationRequest
                | _types.CancelConnectionInvitationRequestDict
            ),
        ) -> None: ...


class CancelProfileUpdateTaskCommand(Command["_shapes.CancelProfileUpdateTaskResponse"]):
    """Cancels an in-progress profile update task, stopping any pending changes to the
    partner profile.

    Run it with `client.send(CancelProfileUpdateTaskCommand({...}))`, passing a
    `CancelProfileUpdateTaskRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `CancelProfileUpdateTaskResponse`; its arguments and errors
    are those of `PartnerCentralAccountClient.cancel_profile_update_task`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.CANCEL_PROFILE_UPDATE_TASK

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.CancelProfileUpdateTaskRequest | _types.CancelProfileUpdateTaskRequestDict
            ),
        ) -> None: ...


class CreateConnectionInvitationCommand(Command["_shapes.CreateConnectionInvitationResponse"]):
    """Creates a new connection invitation to establish a partnership with another
    organization.

    Run it with `client.send(CreateConnectionInvitationCommand({...}))`, passing a
    `CreateConnectionInvitationRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `CreateConnectionInvitationResponse`; its arguments and
    errors are those of `PartnerCentralAccountClient.create_connection_invitation`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.CREATE_CONNECTION_INVITATION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.CreateConnectionInvitationRequest
                | _types.CreateConnectionInvitationRequestDict
            ),
        ) -> None: ...


class CreatePartnerCommand(Command["_shapes.CreatePartnerResponse"]):
    """Creates a new partner account in the AWS Partner Network with the specified details
    and...

    Run it with `client.send(CreatePartnerCommand({...}))`, passing a
    `CreatePartnerRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `CreatePartnerResponse`; its arguments and errors are those of
    `PartnerCentralAccountClient.create_partner`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.CREATE_PARTNER

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.CreatePartnerRequest | _types.CreatePartnerRequestDict,
        ) -> None: ...


class DisassociateAwsTrainingCertificationEmailDomainCommand(
    Command["_shapes.DisassociateAwsTrainingCertificationEmailDomainResponse"]
):
    """Removes the association between an email domain and AWS training and certification
    for the...

    Run it with
    `client.send(DisassociateAwsTrainingCertificationEmailDomainCommand({...}))`,
    passing a `DisassociateAwsTrainingCertificationEmailDomainRequest` or a mapping with
    its wire (PascalCase) member names. The call returns
    `DisassociateAwsTrainingCertificationEmailDomainResponse`; its arguments and errors
    are those of
    `PartnerCentralAccountClient.disassociate_aws_training_certification_email_domain`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = (
        _ops.DISASSOCIATE_AWS_TRAINING_CERTIFICATION_EMAIL_DOMAIN
    )

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.DisassociateAwsTrainingCertificationEmailDomainRequest
                | _types.DisassociateAwsTrainingCertificationEmailDomainRequestDict
            ),
        ) -> None: ...


class GetAllianceLeadContactCommand(Command["_shapes.GetAllianceLeadContactResponse"]):
    """Retrieves the alliance lead contact information for a partner account.

    Run it with `client.send(GetAllianceLeadContactCommand({...}))`, passing a
    `GetAllianceLeadContactRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `GetAllianceLeadContactResponse`; its arguments and errors
    are those of `PartnerCentralAccountClient.get_alliance_lead_contact`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_ALLIANCE_LEAD_CONTACT

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.GetAllianceLeadContactRequest | _types.GetAllianceLeadContactRequestDict
            ),
        ) -> None: ...


class GetConnectionCommand(Command["_shapes.GetConnectionResponse"]):
    """Retrieves detailed information about a specific connection between partners.

    Run it with `client.send(GetConnectionCommand({...}))`, passing a
    `GetConnectionRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `GetConnectionResponse`; its arguments and errors are those of
    `PartnerCentralAccountClient.get_connection`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_CONNECTION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.GetConnectionRequest | _types.GetConnectionRequestDict,
        ) -> None: ...


class GetConnectionInvitationCommand(Command["_shapes.GetConnectionInvitationResponse"]):
    """Retrieves detailed information about a specific connection invitation.

    Run it with `client.send(GetConnectionInvitationCommand({...}))`, passing a
    `GetConnectionInvitationRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `GetConnectionInvitationResponse`; its arguments and errors
    are those of `PartnerCentralAccountClient.get_connection_invitation`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_CONNECTION_INVITATION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.GetConnectionInvitationRequest | _types.GetConnectionInvitationRequestDict
            ),
        ) -> None: ...


class GetConnectionPreferencesCommand(Command["_shapes.GetConnectionPreferencesResponse"]):
    """Retrieves the connection preferences for a partner account, including access
    settings and...

    Run it with `client.send(GetConnectionPreferencesCommand({...}))`, passing a
    `GetConnectionPreferencesRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `GetConnectionPreferencesResponse`; its arguments and errors
    are those of `PartnerCentralAccountClient.get_connection_preferences`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_CONNECTION_PREFERENCES

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.GetConnectionPreferencesRequest
                | _types.GetConnectionPreferencesRequestDict
            ),
        ) -> None: ...


class GetPartnerCommand(Command["_shapes.GetPartnerResponse"]):
    """Retrieves detailed information about a specific partner account.

    Run it with `client.send(GetPartnerCommand({...}))`, passing a `GetPartnerRequest`
    or a mapping with its wire (PascalCase) member names. The call returns
    `GetPartnerResponse`; its arguments and errors are those of
    `PartnerCentralAccountClient.get_partner`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_PARTNER

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.GetPartnerRequest | _types.GetPartnerRequestDict,
        ) -> None: ...


class GetProfileUpdateTaskCommand(Command["_shapes.GetProfileUpdateTaskResponse"]):
    """Retrieves information about a specific profile update task.

    Run it with `client.send(GetProfileUpdateTaskCommand({...}))`, passing a
    `GetProfileUpdateTaskRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `GetProfileUpdateTaskResponse`; its arguments and errors are those
    of `PartnerCentralAccountClient.get_profile_update_task`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_PROFILE_UPDATE_TASK

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.GetProfileUpdateTaskRequest | _types.GetProfileUpdateTaskRequestDict,
        ) -> None: ...


class GetProfileVisibilityCommand(Command["_shapes.GetProfileVisibilityResponse"]):
    """Retrieves the visibility settings for a partner profile, determining who can see the
    profile...

    Run it with `client.send(GetProfileVisibilityCommand({...}))`, passing a
    `GetProfileVisibilityRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `GetProfileVisibilityResponse`; its arguments and errors are those
    of `PartnerCentralAccountClient.get_profile_visibility`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_PROFILE_VISIBILITY

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.GetProfileVisibilityRequest | _types.GetProfileVisibilityRequestDict,
        ) -> None: ...


class GetQualificationsAssociationDetailsCommand(
    Command["_shapes.GetQualificationsAssociationDetailsResponse"]
):
    """Returns your current qualifications association status, the primary partner, and the
    full list of...

    Run it with `client.send(GetQualificationsAssociationDetailsCommand({...}))`,
    passing a `GetQualificationsAssociationDetailsRequest` or a mapping with its wire
    (PascalCase) member names. The call returns
    `GetQualificationsAssociationDetailsResponse`; its arguments and errors are those of
    `PartnerCentralAccountClient.get_qualifications_association_details`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_QUALIFICATIONS_ASSOCIATION_DETAILS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.GetQualificationsAssociationDetailsRequest
                | _types.GetQualificationsAssociationDetailsRequestDict
            ),
        ) -> None: ...


class GetQualificationsAssociationTaskCommand(
    Command["_shapes.GetQualificationsAssociationTaskResponse"]
):
    """Retrieves the status and details of the most recent qualifications association task
    for your...

    Run it with `client.send(GetQualificationsAssociationTaskCommand({...}))`, passing a
    `GetQualificationsAssociationTaskRequest` or a mapping with its wire (PascalCase)
    member names. The call returns `GetQualificationsAssociationTaskResponse`; its
    arguments and errors are those of
    `PartnerCentralAccountClient.get_qualifications_association_task`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_QUALIFICATIONS_ASSOCIATION_TASK

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.GetQualificationsAssociationTaskRequest
                | _types.GetQualificationsAssociationTaskRequestDict
            ),
        ) -> None: ...


class GetQualificationsDisassociationTaskCommand(
    Command["_shapes.GetQualificationsDisassociationTaskResponse"]
):
    """Retrieves the status and details of the most recent qualifications disassociation
    task for your...

    Run it with `client.send(GetQualificationsDisassociationTaskCommand({...}))`,
    passing a `GetQualificationsDisassociationTaskRequest` or a mapping with its wire
    (PascalCase) member names. The call returns
    `GetQualificationsDisassociationTaskResponse`; its arguments and errors are those of
    `PartnerCentralAccountClient.get_qualifications_disassociation_task`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_QUALIFICATIONS_DISASSOCIATION_TASK

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.GetQualificationsDisassociationTaskRequest
                | _types.GetQualificationsDisassociationTaskRequestDict
            ),
        ) -> None: ...


class GetVerificationCommand(Command["_shapes.GetVerificationResponse"]):
    """Retrieves the current status and details of a verification process for a partner
    account.

    Run it with `client.send(GetVerificationCommand({...}))`, passing a
    `GetVerificationRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `GetVerificationResponse`; its arguments and errors are those of
    `PartnerCentralAccountClient.get_verification`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_VERIFICATION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.GetVerificationRequest | _types.GetVerificationRequestDict,
        ) -> None: ...


class ListConnectionInvitationsCommand(Command["_shapes.ListConnectionInvitationsResponse"]):
    """Lists connection invitations for the partner account, with optional filtering by
    status, type...

    Run it with `client.send(ListConnectionInvitationsCommand({...}))`, passing a
    `ListConnectionInvitationsRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `ListConnectionInvitationsResponse`; its arguments and
    errors are those of `PartnerCentralAccountClient.list_connection_invitations`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_CONNECTION_INVITATIONS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.ListConnectionInvitationsRequest
                | _types.ListConnectionInvitationsRequestDict
            ),
        ) -> None: ...


class ListConnectionsCommand(Command["_shapes.ListConnectionsResponse"]):
    """Lists active connections for the partner account, with optional filtering by
    connection type and...

    Run it with `client.send(ListConnectionsCommand({...}))`, passing a
    `ListConnectionsRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `ListConnectionsResponse`; its arguments and errors are those of
    `PartnerCentralAccountClient.list_connections`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_CONNECTIONS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.ListConnectionsRequest | _types.ListConnectionsRequestDict,
        ) -> None: ...


class ListPartnersCommand(Command["_shapes.ListPartnersResponse"]):
    """Lists partner accounts in the catalog, providing a summary view of all partners.

    Run it with `client.send(ListPartnersCommand({...}))`, passing a
    `ListPartnersRequest` or a mapping with its wire (PascalCase) member names. The call
    returns `ListPartnersResponse`; its arguments and errors are those of
    `PartnerCentralAccountClient.list_partners`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_PARTNERS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.ListPartnersRequest | _types.ListPartnersRequestDict,
        ) -> None: ...


class ListTagsForResourceCommand(Command["_shapes.ListTagsForResourceResponse"]):
    """Lists all tags associated with a specific AWS Partner Central Account resource.

    Run it with `client.send(ListTagsForResourceCommand({...}))`, passing a
    `ListTagsForResourceRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `ListTagsForResourceResponse`; its arguments and errors are those
    of `PartnerCentralAccountClient.list_tags_for_resource`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_TAGS_FOR_RESOURCE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.ListTagsForResourceRequest | _types.ListTagsForResourceRequestDict,
        ) -> None: ...


class PutAllianceLeadContactCommand(Command["_shapes.PutAllianceLeadContactResponse"]):
    """Creates or updates the alliance lead contact information for a partner account.

    Run it with `client.send(PutAllianceLeadContactCommand({...}))`, passing a
    `PutAllianceLeadContactRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `PutAllianceLeadContactResponse`; its arguments and errors
    are those of `PartnerCentralAccountClient.put_alliance_lead_contact`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.PUT_ALLIANCE_LEAD_CONTACT

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.PutAllianceLeadContactRequest | _types.PutAllianceLeadContactRequestDict
            ),
        ) -> None: ...


class PutProfileVisibilityCommand(Command["_shapes.PutProfileVisibilityResponse"]):
    """Sets the visibility level for a partner profile, controlling who can view the
    profile information.

    Run it with `client.send(PutProfileVisibilityCommand({...}))`, passing a
    `PutProfileVisibilityRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `PutProfileVisibilityResponse`; its arguments and errors are those
    of `PartnerCentralAccountClient.put_profile_visibility`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.PUT_PROFILE_VISIBILITY

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.PutProfileVisibilityRequest | _types.PutProfileVisibilityRequestDict,
        ) -> None: ...


class RejectConnectionInvitationCommand(Command["_shapes.RejectConnectionInvitationResponse"]):
    """Rejects a connection invitation from another partner, declining the partnership
    request.

    Run it with `client.send(RejectConnectionInvitationCommand({...}))`, passing a
    `RejectConnectionInvitationRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `RejectConnectionInvitationResponse`; its arguments and
    errors are those of `PartnerCentralAccountClient.reject_connection_invitation`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.REJECT_CONNECTION_INVITATION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.RejectConnectionInvitationRequest
                | _types.RejectConnectionInvitationRequestDict
            ),
        ) -> None: ...


class SendEmailVerificationCodeCommand(Command["_shapes.SendEmailVerificationCodeResponse"]):
    """Sends an email verification code to the specified email address for account
    verification purposes.

    Run it with `client.send(SendEmailVerificationCodeCommand({...}))`, passing a
    `SendEmailVerificationCodeRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `SendEmailVerificationCodeResponse`; its arguments and
    errors are those of `PartnerCentralAccountClient.send_email_verification_code`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.SEND_EMAIL_VERIFICATION_CODE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.SendEmailVerificationCodeRequest
                | _types.SendEmailVerificationCodeRequestDict
            ),
        ) -> None: ...


class StartProfileUpdateTaskCommand(Command["_shapes.StartProfileUpdateTaskResponse"]):
    """Initiates a profile update task to modify partner profile information
    asynchronously.

    Run it with `client.send(StartProfileUpdateTaskCommand({...}))`, passing a
    `StartProfileUpdateTaskRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `StartProfileUpdateTaskResponse`; its arguments and errors
    are those of `PartnerCentralAccountClient.start_profile_update_task`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.START_PROFILE_UPDATE_TASK

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.StartProfileUpdateTaskRequest | _types.StartProfileUpdateTaskRequestDict
            ),
        ) -> None: ...


class StartQualificationsAssociationTaskCommand(
    Command["_shapes.StartQualificationsAssociationTaskResponse"]
):
    """Initiates an asynchronous task to associate your partner qualifications with a
    primary account.

    Run it with `client.send(StartQualificationsAssociationTaskCommand({...}))`, passing
    a `StartQualificationsAssociationTaskRequest` or a mapping with its wire
    (PascalCase) member names. The call returns
    `StartQualificationsAssociationTaskResponse`; its arguments and errors are those of
    `PartnerCentralAccountClient.start_qualifications_association_task`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.START_QUALIFICATIONS_ASSOCIATION_TASK

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.StartQualificationsAssociationTaskRequest
                | _types.StartQualificationsAssociationTaskRequestDict
            ),
        ) -> None: ...


class StartQualificationsDisassociationTaskCommand(
    Command["_shapes.StartQualificationsDisassociationTaskResponse"]
):
    """Initiates an asynchronous task to disassociate your partner qualifications from a
    primary account.

    Run it with `client.send(StartQualificationsDisassociationTaskCommand({...}))`,
    passing a `StartQualificationsDisassociationTaskRequest` or a mapping with its wire
    (PascalCase) member names. The call returns
    `StartQualificationsDisassociationTaskResponse`; its arguments and errors are those
    of `PartnerCentralAccountClient.start_qualifications_disassociation_task`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.START_QUALIFICATIONS_DISASSOCIATION_TASK

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.StartQualificationsDisassociationTaskRequest
                | _types.StartQualificationsDisassociationTaskRequestDict
            ),
        ) -> None: ...


class StartVerificationCommand(Command["_shapes.StartVerificationResponse"]):
    """Initiates a new verification process for a partner account.

    Run it with `client.send(StartVerificationCommand({...}))`, passing a
    `StartVerificationRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `StartVerificationResponse`; its arguments and errors are those of
    `PartnerCentralAccountClient.start_verification`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.START_VERIFICATION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.StartVerificationRequest | _types.StartVerificationRequestDict | None
            ) = None,
        ) -> None: ...


class TagResourceCommand(Command["_shapes.TagResourceResponse"]):
    """Adds or updates tags for a specified AWS Partner Central Account resource.

    Run it with `client.send(TagResourceCommand({...}))`, passing a `TagResourceRequest`
    or a mapping with its wire (PascalCase) member names. The call returns
    `TagResourceResponse`; its arguments and errors are those of
    `PartnerCentralAccountClient.tag_resource`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.TAG_RESOURCE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.TagResourceRequest | _types.TagResourceRequestDict,
        ) -> None: ...


class UntagResourceCommand(Command["_shapes.UntagResourceResponse"]):
    """Removes specified tags from an AWS Partner Central Account resource.

    Run it with `client.send(UntagResourceCommand({...}))`, passing a
    `UntagResourceRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `UntagResourceResponse`; its arguments and errors are those of
    `PartnerCentralAccountClient.untag_resource`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.UNTAG_RESOURCE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.UntagResourceRequest | _types.UntagResourceRequestDict,
        ) -> None: ...


class UpdateConnectionPreferencesCommand(Command["_shapes.UpdateConnectionPreferencesResponse"]):
    """Updates the connection preferences for a partner account, modifying access settings
    and exclusions.

    Run it with `client.send(UpdateConnectionPreferencesCommand({...}))`, passing a
    `UpdateConnectionPreferencesRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `UpdateConnectionPreferencesResponse`; its arguments and
    errors are those of `PartnerCentralAccountClient.update_connection_preferences`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.UPDATE_CONNECTION_PREFERENCES

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.UpdateConnectionPreferencesRequest
                | _types.UpdateConnectionPreferencesRequestDict
            ),
        ) -> None: ...
