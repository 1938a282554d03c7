"""The synchronous Partner Central Account API client."""

from __future__ import annotations

from types import TracebackType as _TracebackType
from typing import TYPE_CHECKING
from typing import Literal as _Literal
from typing import Any as _Any
from typing import TypeVar as _TypeVar
from collections.abc import Mapping as _Mapping
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.auth.credentials import Credentials as _Credentials
from typed_aws_runtime.auth.credentials import CredentialsProvider as _CredentialsProvider
from typed_aws_runtime.pipeline.command import Command as _Command
from typed_aws_runtime.pipeline.core import ClientCore as _ClientCore
from typed_aws_runtime.pipeline.interceptors import Interceptor as _Interceptor
from typed_aws_runtime.pipeline.paginator import Paginator as _Paginator
from typed_aws_runtime.retries.strategy import RetryStrategy as _RetryStrategy
from typed_aws_runtime.transports.http import RequestHandler as _RequestHandler

from . import _operations as _ops
from . import shapes as _shapes

if TYPE_CHECKING:
    import logging as _logging

    from typed_aws_runtime.config.client_config import ClientConfig as _ClientConfig

    from . import _input_types as _types
    from .enums import (
        AccessType,
        ConnectionType,
        InvitationStatus,
        ParticipantType,
        PrimarySolutionType,
        ProfileVisibility,
        VerificationType,
    )
    from .shapes import (
        AcceptConnectionInvitationResponse,
        AllianceLeadContact,
        AssociateAwsTrainingCertificationEmailDomainResponse,
        CancelConnectionInvitationResponse,
        CancelConnectionResponse,
        CancelProfileUpdateTaskResponse,
        ConnectionInvitationSummary,
        ConnectionSummary,
        CreateConnectionInvitationResponse,
        CreatePartnerResponse,
        DisassociateAwsTrainingCertificationEmailDomainResponse,
        GetAllianceLeadContactResponse,
        GetConnectionInvitationResponse,
        GetConnectionPreferencesResponse,
        GetConnectionResponse,
        GetPartnerResponse,
        GetProfileUpdateTaskResponse,
        GetProfileVisibilityResponse,
        GetQualificationsAssociationDetailsResponse,
        GetQualificationsAssociationTaskResponse,
        GetQualificationsDisassociationTaskResponse,
        GetVerificationResponse,
        ListConnectionInvitationsResponse,
        ListConnectionsResponse,
        ListPartnersResponse,
        ListTagsForResourceResponse,
        PartnerSummary,
        PutAllianceLeadContactResponse,
        PutProfileVisibilityResponse,
        QualificationsAssociationPartner,
        RejectConnectionInvitationResponse,
        SendEmailVerificationCodeResponse,
        StartProfileUpdateTaskResponse,
        StartQualificationsAssociationTaskResponse,
        StartQualificationsDisassociationTaskResponse,
        StartVerificationResponse,
        Tag,
        TagResourceResponse,
        TaskDetails,
        UntagResourceResponse,
        UpdateConnectionPreferencesResponse,
        VerificationDetails,
    )

__all__ = ["PartnerCentralAccountClient"]

_Output = _TypeVar("_Output")


class PartnerCentralAccountClient:
    """AWS Partner Central Account service provides APIs for managing partner accounts, connections, and...

    All options are keyword-only and optional. Each is resolved in this order:
    the argument, its environment variable, the profile in the shared config
    file, `defaults_mode`, the built-in default (see the package README's
    table). A bad value fails here, at construction. Use the client as
    a context manager, or call `close()`, to release its pooled connections.
    One client is safe to share across threads.

    Args:
        region: The AWS Region (`AWS_REGION`, `AWS_DEFAULT_REGION`, `region`).
        profile: The shared-file profile (`AWS_PROFILE`; default "default").
        credentials: Credentials or a provider of them (default: the standard
            chain: environment, assume role, web identity, SSO through
            botocore, shared files, `credential_process`, container,
            instance metadata).
        endpoint_url: The service's base URL (default: the endpoint rules).
        max_attempts: Attempts per call, first included (`AWS_MAX_ATTEMPTS`).
        retry_mode: "legacy", "standard" or "adaptive" (`AWS_RETRY_MODE`).
        retry_strategy: A retry strategy object; replaces `retry_mode` and
            `max_attempts` (see `typed_aws_runtime/retries/strategy.py`).
        use_fips_endpoint: Use the FIPS endpoint (`AWS_USE_FIPS_ENDPOINT`).
        use_dualstack_endpoint: Use a dual-stack endpoint (`AWS_USE_DUALSTACK_ENDPOINT`).
        defaults_mode: "legacy", "standard", "in-region", "cross-region",
            "mobile" or "auto" (`AWS_DEFAULTS_MODE`).
        disable_host_prefix: Do not prepend operations' host prefixes.
        connect_timeout: Seconds to wait for a connection.
        read_timeout: Seconds to wait for each read of a response.
        logger: A `logging.Logger` for debug output (default: the package's).
        app_id: Your application's id in every request's User-Agent, at most 50
            characters (`AWS_SDK_UA_APP_ID`, `sdk_ua_app_id`).
        request_handler: Sends the HTTP requests (default: standard library sockets, pooled).
        verify: Verify the endpoint's TLS certificate: True (the system's trust
            store), a CA bundle file or directory (`AWS_CA_BUNDLE`, `ca_bundle`),
            or False (test endpoints only).
        client_cert: A certificate to present to an endpoint that asks for
            one: a file with it and its key, or a (certificate, key) pair.
        proxies: The proxy URL by endpoint scheme, as boto3's
            `{"https": "http://user:password@proxy:3128"}` (default:
            `HTTPS_PROXY`, `HTTP_PROXY`, skipping the `NO_PROXY` hosts).
            Credentials in a URL are sent as `Proxy-Authorization` and never shown.
        proxies_config: boto3's `proxy_ca_bundle`, `proxy_client_cert`
            (an https:// proxy) and `proxy_use_forwarding_for_https`.
        extensions: Interceptors run at named points of every call.
    """

    def __init__(
        self,
        *,
        region: str | None = None,
        profile: str | None = None,
        credentials: _Credentials | _CredentialsProvider | None = None,
        endpoint_url: str | None = None,
        max_attempts: int | None = None,
        retry_mode: _Literal["legacy", "standard", "adaptive"] | None = None,
        retry_strategy: _RetryStrategy | None = None,
        use_fips_endpoint: bool | None = None,
        use_dualstack_endpoint: bool | None = None,
        defaults_mode: (
            _Literal["legacy", "standard", "in-region", "cross-region", "mobile", "auto"] | None
        ) = None,
        disable_host_prefix: bool | None = None,
        connect_timeout: float | None = None,
        read_timeout: float | None = None,
        logger: _logging.Logger | None = None,
        app_id: str | None = None,
        request_handler: _RequestHandler | None = None,
        verify: bool | str | None = None,
        client_cert: str | tuple[str, str] | None = None,
        proxies: _Mapping[str, str] | None = None,
        proxies_config: _Mapping[str, _Any] | None = None,
        extensions: _Sequence[_Interceptor] | None = None,
    ) -> None:
        options = {
            "region": region,
            "profile": profile,
            "credentials": credentials,
            "endpoint_url": endpoint_url,
            "max_attempts": max_attempts,
            "retry_mode": retry_mode,
            "retry_strategy": retry_strategy,
            "use_fips_endpoint": use_fips_endpoint,
            "use_dualstack_endpoint": use_dualstack_endpoint,
            "defaults_mode": defaults_mode,
            "disable_host_prefix": disable_host_prefix,
            "connect_timeout": connect_timeout,
            "read_timeout": read_timeout,
            "logger": logger,
            "app_id": app_id,
            "request_handler": request_handler,
            "verify": verify,
            "client_cert": client_cert,
            "proxies": proxies,
            "proxies_config": proxies_config,
            "extensions": extensions,
        }
        self._core = _ClientCore.configure(_ops._SERVICE, options)

    @property
    def config(self) -> _ClientConfig:
        """The resolved configuration (what each option ended up as), and the endpoint.

        `resolved_endpoint`, `signing_name` and `signing_region` say where
        calls go and how they are signed (None when the endpoint rules take
        an operation's input, so each call's is resolved from it).
        """
        config = self._core.config
        assert config is not None
        return config

    def __enter__(self) -> PartnerCentralAccountClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: _TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the pooled connections."""
        self._core.close()

    def send(self, command: _Command[_Output]) -> _Output:
        """Run a command (`client.send(GetAllianceLeadContactCommand({...}))`)."""
        result: _Output = self._core.invoke(command.operation, command.input)
        return result

    def accept_connection_invitation(
        self,
        *,
        catalog: str,
        identifier: str,
        client_token: str | None = None,
    ) -> AcceptConnectionInvitationResponse:
        """Accepts a connection invitation from another partner, establishing a formal partnership
        connection between the two parties.

        Args:
            catalog: The catalog identifier where the connection invitation exists.
                Required.
            identifier: The unique identifier of the connection invitation to accept.
                Required.
            client_token: A unique, case-sensitive identifier that you provide to ensure the
                idempotency of the request. Filled with a random UUID when omitted.

        Returns:
            AcceptConnectionInvitationResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource could not be found.
            ServiceQuotaExceededException: The request was rejected because it would exceed
                a service quota or limit.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.accept_connection_invitation(
            catalog="1234567",
            identifier="pacinv-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.ACCEPT_CONNECTION_INVITATION,
            _shapes.AcceptConnectionInvitationRequest(
                catalog=catalog,
                identifier=identifier,
                client_token=client_token,
            ),
        )

    def associate_aws_training_certification_email_domain(
        self,
        *,
        catalog: str,
        identifier: str,
        email: str,
        email_verification_code: str,
        client_token: str | None = None,
    ) -> AssociateAwsTrainingCertificationEmailDomainResponse:
        """Associates an email domain with AWS training and certification for the partner account,
        enabling automatic verification of employee certifications.

        Args:
            catalog: The catalog identifier for the partner account. Required.
            identifier: The unique identifier of the partner account. Required.
            email: The email address used to verify domain ownership for AWS training and
                certification association. Required.
            email_verification_code: The verification code sent to the email address to
                confirm domain ownership. Required.
            client_token: A unique, case-sensitive identifier that you provide to ensure the
                idempotency of the request. Filled with a random UUID when omitted.

        Returns:
            AssociateAwsTrainingCertificationEmailDomainResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            ResourceNotFoundException: The specified resource could not be found.
            ServiceQuotaExceededException: The request was rejected because it would exceed
                a service quota or limit.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.associate_aws_training_certification_email_domain(
            catalog="1234567",
            identifier="partner-1234567890123",
            email="1234567@112345671.112345671",
            email_verification_code="my-email-verification-code",
        )
        ```
        """
        return self._core.invoke(
            _ops.ASSOCIATE_AWS_TRAINING_CERTIFICATION_EMAIL_DOMAIN,
            _shapes.AssociateAwsTrainingCertificationEmailDomainRequest(
                catalog=catalog,
                identifier=identifier,
                client_token=client_token,
                email=email,
                email_verification_code=email_verification_code,
            ),
        )

    def cancel_connection(
        self,
        *,
        catalog: str,
        identifier: str,
        connection_type: ConnectionType | _types.ConnectionTypeValue,
        reason: str,
        client_token: str | None = None,
    ) -> CancelConnectionResponse:
        """Cancels an existing connection between partners, terminating the partnership
        relationship.

        Args:
            catalog: The catalog identifier where the connection exists. Required.
            identifier: The unique identifier of the connection to cancel. Required.
            connection_type: The type of connection to cancel (e.g., reseller, distributor,
                technology partner). Required.
            reason: The reason for canceling the connection, providing context for the
                termination. Required.
            client_token: A unique, case-sensitive identifier that you provide to ensure the
                idempotency of the request. Filled with a random UUID when omitted.

        Returns:
            CancelConnectionResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource could not be found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.cancel_connection(
            catalog="1234567",
            identifier="pac-1234567890123",
            connection_type="OPPORTUNITY_COLLABORATION",
            reason="my-reason",
        )
        ```
        """
        return self._core.invoke(
            _ops.CANCEL_CONNECTION,
            _shapes.CancelConnectionRequest(
                catalog=catalog,
                identifier=identifier,
                connection_type=connection_type,
                reason=reason,
                client_token=client_token,
            ),
        )

    def cancel_connection_invitation(
        self,
        *,
        catalog: str,
        identifier: str,
        client_token: str | None = None,
    ) -> CancelConnectionInvitationResponse:
        """Cancels a pending connection invitation before it has been accepted or rejected.

        Args:
            catalog: The catalog identifier where the connection invitation exists.
                Required.
            identifier: The unique identifier of the connection invitation to cancel.
                Required.
            client_token: A unique, case-sensitive identifier that you provide to ensure the
                idempotency of the request. Filled with a random UUID when omitted.

        Returns:
            CancelConnectionInvitationResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource could not be found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.cancel_connection_invitation(
            catalog="1234567",
            identifier="pacinv-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.CANCEL_CONNECTION_INVITATION,
            _shapes.CancelConnectionInvitationRequest(
                catalog=catalog,
                identifier=identifier,
                client_token=client_token,
            ),
        )

    def cancel_profile_update_task(
        self,
        *,
        catalog: str,
        identifier: str,
        task_id: str,
        client_token: str | None = None,
    ) -> CancelProfileUpdateTaskResponse:
        """Cancels an in-progress profile update task, stopping any pending changes to the partner
        profile.

        Args:
            catalog: The catalog identifier for the partner account. Required.
            identifier: The unique identifier of the partner account. Required.
            task_id: The unique identifier of the profile update task to cancel. Required.
            client_token: A unique, case-sensitive identifier that you provide to ensure the
                idempotency of the request. Filled with a random UUID when omitted.

        Returns:
            CancelProfileUpdateTaskResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource could not be found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.cancel_profile_update_task(
            catalog="1234567",
            identifier="partner-1234567890123",
            task_id="pprofiletask-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.CANCEL_PROFILE_UPDATE_TASK,
            _shapes.CancelProfileUpdateTaskRequest(
                catalog=catalog,
                identifier=identifier,
                client_token=client_token,
                task_id=task_id,
            ),
        )

    def create_connection_invitation(
        self,
        *,
        catalog: str,
        connection_type: ConnectionType | _types.ConnectionTypeValue,
        email: str,
        message: str,
        name: str,
        receiver_identifier: str,
        client_token: str | None = None,
    ) -> CreateConnectionInvitationResponse:
        """Creates a new connection invitation to establish a partnership with another
        organization.

        Args:
            catalog: The catalog identifier where the connection invitation will be created.
                Required.
            connection_type: The type of connection being requested (e.g., reseller,
                distributor, technology partner). Required.
            email: The email address of the person to send the connection invitation to.
                Required.
            message: A custom message to include with the connection invitation. Required.
            name: The name of the person sending the connection invitation. Required.
            receiver_identifier: The identifier of the organization or partner to invite for
                connection. Required.
            client_token: A unique, case-sensitive identifier that you provide to ensure the
                idempotency of the request. Filled with a random UUID when omitted.

        Returns:
            CreateConnectionInvitationResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource could not be found.
            ServiceQuotaExceededException: The request was rejected because it would exceed
                a service quota or limit.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.create_connection_invitation(
            catalog="1234567",
            connection_type="OPPORTUNITY_COLLABORATION",
            email="1234567@112345671.112345671",
            message="1234567",
            name="1234567",
            receiver_identifier="1234567",
        )
        ```
        """
        return self._core.invoke(
            _ops.CREATE_CONNECTION_INVITATION,
            _shapes.CreateConnectionInvitationRequest(
                catalog=catalog,
                client_token=client_token,
                connection_type=connection_type,
                email=email,
                message=message,
                name=name,
                receiver_identifier=receiver_identifier,
            ),
        )

    def create_partner(
        self,
        *,
        catalog: str,
        legal_name: str,
        primary_solution_type: PrimarySolutionType | _types.PrimarySolutionTypeValue,
        alliance_lead_contact: AllianceLeadContact,
        email_verification_code: str,
        client_token: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
    ) -> CreatePartnerResponse:
        """Creates a new partner account in the AWS Partner Network with the specified details and
        configuration.

        Args:
            catalog: The catalog identifier where the partner account will be created.
                Required.
            legal_name: The legal name of the organization becoming a partner. Required.
            primary_solution_type: The primary type of solution or service the partner
                provides (e.g., consulting, software, managed... Required.
            alliance_lead_contact: The primary contact person for alliance and partnership
                matters. Required.
            email_verification_code: The verification code sent to the alliance lead
                contact's email to confirm account creation. Required.
            client_token: A unique, case-sensitive identifier that you provide to ensure the
                idempotency of the request. Filled with a random UUID when omitted.
            tags: A list of tags to associate with the partner account for organization and
                billing purposes.

        Returns:
            CreatePartnerResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred while processing the
                request.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.create_partner(
            catalog="1234567",
            legal_name="1234567",
            primary_solution_type="SOFTWARE_PRODUCTS",
            alliance_lead_contact=AllianceLeadContact(
                first_name="1234567",
                last_name="1234567",
                email="1234567@112345671.112345671",
                business_title="1234567",
            ),
            email_verification_code="my-email-verification-code",
        )
        ```
        """
        return self._core.invoke(
            _ops.CREATE_PARTNER,
            _shapes.CreatePartnerRequest(
                catalog=catalog,
                client_token=client_token,
                legal_name=legal_name,
                primary_solution_type=primary_solution_type,
                alliance_lead_contact=alliance_lead_contact,
                email_verification_code=email_verification_code,
                tags=tags,
            ),
        )

    def disassociate_aws_training_certification_email_domain(
        self,
        *,
        catalog: str,
        identifier: str,
        domain_name: str,
        client_token: str | None = None,
    ) -> DisassociateAwsTrainingCertificationEmailDomainResponse:
        """Removes the association between an email domain and AWS training and certification for
        the partner account.

        Args:
            catalog: The catalog identifier for the partner account. Required.
            identifier: The unique identifier of the partner account. Required.
            domain_name: The domain name to disassociate from AWS training and
                certification. Required.
            client_token: A unique, case-sensitive identifier that you provide to ensure the
                idempotency of the request. Filled with a random UUID when omitted.

        Returns:
            DisassociateAwsTrainingCertificationEmailDomainResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            ResourceNotFoundException: The specified resource could not be found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.disassociate_aws_training_certification_email_domain(
            catalog="1234567",
            identifier="partner-1234567890123",
            domain_name="112345671.112345671",
        )
        ```
        """
        return self._core.invoke(
            _ops.DISASSOCIATE_AWS_TRAINING_CERTIFICATION_EMAIL_DOMAIN,
            _shapes.DisassociateAwsTrainingCertificationEmailDomainRequest(
                catalog=catalog,
                identifier=identifier,
                client_token=client_token,
                domain_name=domain_name,
            ),
        )

    def get_alliance_lead_contact(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> GetAllianceLeadContactResponse:
        """Retrieves the alliance lead contact information for a partner account.

        Args:
            catalog: The catalog identifier for the partner account. Required.
            identifier: The unique identifier of the partner account. Required.

        Returns:
            GetAllianceLeadContactResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource could not be found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_alliance_lead_contact(
            catalog="1234567",
            identifier="partner-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.GET_ALLIANCE_LEAD_CONTACT,
            _shapes.GetAllianceLeadContactRequest(
                catalog=catalog,
                identifier=identifier,
            ),
        )

    def get_connection(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> GetConnectionResponse:
        """Retrieves detailed information about a specific connection between partners.

        Args:
            catalog: The catalog identifier where the connection exists. Required.
            identifier: The unique identifier of the connection to retrieve. Required.

        Returns:
            GetConnectionResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource could not be found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_connection(catalog="1234567", identifier="pac-1234567890123")
        ```
        """
        return self._core.invoke(
            _ops.GET_CONNECTION,
            _shapes.GetConnectionRequest(
                catalog=catalog,
                identifier=identifier,
            ),
        )

    def get_connection_invitation(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> GetConnectionInvitationResponse:
        """Retrieves detailed information about a specific connection invitation.

        Args:
            catalog: The catalog identifier where the connection invitation exists.
                Required.
            identifier: The unique identifier of the connection invitation to retrieve.
                Required.

        Returns:
            GetConnectionInvitationResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource could not be found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_connection_invitation(
            catalog="1234567",
            identifier="pacinv-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.GET_CONNECTION_INVITATION,
            _shapes.GetConnectionInvitationRequest(
                catalog=catalog,
                identifier=identifier,
            ),
        )

    def get_connection_preferences(
        self,
        *,
        catalog: str,
    ) -> GetConnectionPreferencesResponse:
        """Retrieves the connection preferences for a partner account, including access settings
        and exclusions.

        Args:
            catalog: The catalog identifier for the partner account. Required.

        Returns:
            GetConnectionPreferencesResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_connection_preferences(catalog="1234567")
        ```
        """
        return self._core.invoke(
            _ops.GET_CONNECTION_PREFERENCES,
            _shapes.GetConnectionPreferencesRequest(
                catalog=catalog,
            ),
        )

    def get_partner(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> GetPartnerResponse:
        """Retrieves detailed information about a specific partner account.

        Args:
            catalog: The catalog identifier for the partner account. Required.
            identifier: The unique identifier of the partner account to retrieve. Required.

        Returns:
            GetPartnerResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource could not be found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_partner(catalog="1234567", identifier="partner-1234567890123")
        ```
        """
        return self._core.invoke(
            _ops.GET_PARTNER,
            _shapes.GetPartnerRequest(
                catalog=catalog,
                identifier=identifier,
            ),
        )

    def get_profile_update_task(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> GetProfileUpdateTaskResponse:
        """Retrieves information about a specific profile update task.

        Args:
            catalog: The catalog identifier for the partner account. Required.
            identifier: The unique identifier of the partner account. Required.

        Returns:
            GetProfileUpdateTaskResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource could not be found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_profile_update_task(
            catalog="1234567",
            identifier="partner-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.GET_PROFILE_UPDATE_TASK,
            _shapes.GetProfileUpdateTaskRequest(
                catalog=catalog,
                identifier=identifier,
            ),
        )

    def get_profile_visibility(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> GetProfileVisibilityResponse:
        """Retrieves the visibility settings for a partner profile, determining who can see the
        profile information.

        Args:
            catalog: The catalog identifier for the partner account. Required.
            identifier: The unique identifier of the partner account. Required.

        Returns:
            GetProfileVisibilityResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource could not be found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_profile_visibility(
            catalog="1234567",
            identifier="partner-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.GET_PROFILE_VISIBILITY,
            _shapes.GetProfileVisibilityRequest(
                catalog=catalog,
                identifier=identifier,
            ),
        )

    def get_qualifications_association_details(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> GetQualificationsAssociationDetailsResponse:
        """Returns your current qualifications association status, the primary partner, and the
        full list of partners associated under the primary partner.

        Args:
            catalog: The catalog in which to look up the qualifications association.
                Required.
            identifier: Your partner identifier. Required.

        Returns:
            GetQualificationsAssociationDetailsResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource could not be found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_qualifications_association_details(
            catalog="AWS",
            identifier="partner-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.GET_QUALIFICATIONS_ASSOCIATION_DETAILS,
            _shapes.GetQualificationsAssociationDetailsRequest(
                catalog=catalog,
                identifier=identifier,
            ),
        )

    def get_qualifications_association_task(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> GetQualificationsAssociationTaskResponse:
        """Retrieves the status and details of the most recent qualifications association task for
        your partner account. Use this operation to poll the progress of an association task
        initiated by `StartQualificationsAssociationTask`.

        Args:
            catalog: The catalog in which to look up the qualifications association task.
                Required.
            identifier: Your partner identifier. Required.

        Returns:
            GetQualificationsAssociationTaskResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource could not be found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_qualifications_association_task(
            catalog="AWS",
            identifier="partner-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.GET_QUALIFICATIONS_ASSOCIATION_TASK,
            _shapes.GetQualificationsAssociationTaskRequest(
                catalog=catalog,
                identifier=identifier,
            ),
        )

    def get_qualifications_disassociation_task(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> GetQualificationsDisassociationTaskResponse:
        """Retrieves the status and details of the most recent qualifications disassociation task
        for your partner account. Use this operation to poll the progress of a disassociation
        task initiated by `StartQualificationsDisassociationTask`.

        Args:
            catalog: The catalog in which to look up the qualifications disassociation task.
                Required.
            identifier: Your partner identifier. Required.

        Returns:
            GetQualificationsDisassociationTaskResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource could not be found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_qualifications_disassociation_task(
            catalog="AWS",
            identifier="partner-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.GET_QUALIFICATIONS_DISASSOCIATION_TASK,
            _shapes.GetQualificationsDisassociationTaskRequest(
                catalog=catalog,
                identifier=identifier,
            ),
        )

    def get_verification(
        self,
        *,
        verification_type: VerificationType | _types.VerificationTypeValue,
    ) -> GetVerificationResponse:
        """Retrieves the current status and details of a verification process for a partner
        account. This operation allows partners to check the progress and results of business or
        registrant verification processes.

        Args:
            verification_type: The type of verification to retrieve information for.
                Required.

        Returns:
            GetVerificationResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource could not be found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_verification(verification_type="BUSINESS_VERIFICATION")
        ```
        """
        return self._core.invoke(
            _ops.GET_VERIFICATION,
            _shapes.GetVerificationRequest(
                verification_type=verification_type,
            ),
        )

    def list_connection_invitations(
        self,
        *,
        catalog: str,
        next_token: str | None = None,
        connection_type: ConnectionType | _types.ConnectionTypeValue | None = None,
        max_results: int | None = None,
        other_participant_identifiers: _types.SequenceNotStr[str] | None = None,
        participant_type: ParticipantType | _types.ParticipantTypeValue | None = None,
        status: InvitationStatus | _types.InvitationStatusValue | None = None,
    ) -> ListConnectionInvitationsResponse:
        """Lists connection invitations for the partner account, with optional filtering by status,
        type, and other criteria.

        Args:
            catalog: The catalog identifier for the partner account. Required.
            next_token: The token for retrieving the next page of results in paginated
                responses.
            connection_type: Filter results by connection type (e.g., reseller, distributor,
                technology partner).
            max_results: The maximum number of connection invitations to return in a single
                response.
            other_participant_identifiers: Filter results by specific participant
                identifiers.
            participant_type: Filter results by participant type (inviter or invitee).
            status: Filter results by invitation status (pending, accepted, rejected,
                canceled, expired).

        Returns:
            ListConnectionInvitationsResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_connection_invitations(catalog="1234567")
        ```
        """
        return self._core.invoke(
            _ops.LIST_CONNECTION_INVITATIONS,
            _shapes.ListConnectionInvitationsRequest(
                catalog=catalog,
                next_token=next_token,
                connection_type=connection_type,
                max_results=max_results,
                other_participant_identifiers=other_participant_identifiers,
                participant_type=participant_type,
                status=status,
            ),
        )

    def list_connections(
        self,
        *,
        catalog: str,
        next_token: str | None = None,
        connection_type: str | None = None,
        max_results: int | None = None,
        other_participant_identifiers: _types.SequenceNotStr[str] | None = None,
    ) -> ListConnectionsResponse:
        """Lists active connections for the partner account, with optional filtering by connection
        type and participant.

        Args:
            catalog: The catalog identifier for the partner account. Required.
            next_token: The token for retrieving the next page of results in paginated
                responses.
            connection_type: Filter results by connection type (e.g., reseller, distributor,
                technology partner).
            max_results: The maximum number of connections to return in a single response.
            other_participant_identifiers: Filter results by specific participant
                identifiers.

        Returns:
            ListConnectionsResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_connections(catalog="1234567")
        ```
        """
        return self._core.invoke(
            _ops.LIST_CONNECTIONS,
            _shapes.ListConnectionsRequest(
                catalog=catalog,
                next_token=next_token,
                connection_type=connection_type,
                max_results=max_results,
                other_participant_identifiers=other_participant_identifiers,
            ),
        )

    def list_partners(
        self,
        *,
        catalog: str,
        next_token: str | None = None,
    ) -> ListPartnersResponse:
        """Lists partner accounts in the catalog, providing a summary view of all partners.

        Args:
            catalog: The catalog identifier to list partners from. Required.
            next_token: The token for retrieving the next page of results in paginated
                responses.

        Returns:
            ListPartnersResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_partners(catalog="1234567")
        ```
        """
        return self._core.invoke(
            _ops.LIST_PARTNERS,
            _shapes.ListPartnersRequest(
                catalog=catalog,
                next_token=next_token,
            ),
        )

    def list_tags_for_resource(
        self,
        *,
        resource_arn: str,
    ) -> ListTagsForResourceResponse:
        """Lists all tags associated with a specific AWS Partner Central Account resource.

        Args:
            resource_arn: The Amazon Resource Name (ARN) of the resource to list tags for.
                Required.

        Returns:
            ListTagsForResourceResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource could not be found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_tags_for_resource(
            resource_arn="arn:example:partnercentral:1234567:123456789012:1234567",
        )
        ```
        """
        return self._core.invoke(
            _ops.LIST_TAGS_FOR_RESOURCE,
            _shapes.ListTagsForResourceRequest(
                resource_arn=resource_arn,
            ),
        )

    def put_alliance_lead_contact(
        self,
        *,
        catalog: str,
        identifier: str,
        alliance_lead_contact: AllianceLeadContact,
        email_verification_code: str | None = None,
    ) -> PutAllianceLeadContactResponse:
        """Creates or updates the alliance lead contact information for a partner account.

        Args:
            catalog: The catalog identifier for the partner account. Required.
            identifier: The unique identifier of the partner account. Required.
            alliance_lead_contact: The alliance lead contact information to set for the
                partner account. Required.
            email_verification_code: The verification code sent to the alliance lead
                contact's email to confirm the update.

        Returns:
            PutAllianceLeadContactResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource could not be found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.put_alliance_lead_contact(
            catalog="1234567",
            identifier="partner-1234567890123",
            alliance_lead_contact=AllianceLeadContact(
                first_name="1234567",
                last_name="1234567",
                email="1234567@112345671.112345671",
                business_title="1234567",
            ),
        )
        ```
        """
        return self._core.invoke(
            _ops.PUT_ALLIANCE_LEAD_CONTACT,
            _shapes.PutAllianceLeadContactRequest(
                catalog=catalog,
                identifier=identifier,
                alliance_lead_contact=alliance_lead_contact,
                email_verification_code=email_verification_code,
            ),
        )

    def put_profile_visibility(
        self,
        *,
        catalog: str,
        identifier: str,
        visibility: ProfileVisibility | _types.ProfileVisibilityValue,
    ) -> PutProfileVisibilityResponse:
        """Sets the visibility level for a partner profile, controlling who can view the profile
        information.

        Args:
            catalog: The catalog identifier for the partner account. Required.
            identifier: The unique identifier of the partner account. Required.
            visibility: The visibility setting to apply to the partner profile. Required.

        Returns:
            PutProfileVisibilityResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource could not be found.
            ServiceQuotaExceededException: The request was rejected because it would exceed
                a service quota or limit.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.put_profile_visibility(
            catalog="1234567",
            identifier="partner-1234567890123",
            visibility="PRIVATE",
        )
        ```
        """
        return self._core.invoke(
            _ops.PUT_PROFILE_VISIBILITY,
            _shapes.PutProfileVisibilityRequest(
                catalog=catalog,
                identifier=identifier,
                visibility=visibility,
            ),
        )

    def reject_connection_invitation(
        self,
        *,
        catalog: str,
        identifier: str,
        client_token: str | None = None,
        reason: str | None = None,
    ) -> RejectConnectionInvitationResponse:
        """Rejects a connection invitation from another partner, declining the partnership request.

        Args:
            catalog: The catalog identifier where the connection invitation exists.
                Required.
            identifier: The unique identifier of the connection invitation to reject.
                Required.
            client_token: A unique, case-sensitive identifier that you provide to ensure the
                idempotency of the request. Filled with a random UUID when omitted.
            reason: The reason for rejecting the connection invitation.

        Returns:
            RejectConnectionInvitationResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource could not be found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.reject_connection_invitation(
            catalog="1234567",
            identifier="pacinv-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.REJECT_CONNECTION_INVITATION,
            _shapes.RejectConnectionInvitationRequest(
                catalog=catalog,
                identifier=identifier,
                client_token=client_token,
                reason=reason,
            ),
        )

    def send_email_verification_code(
        self,
        *,
        catalog: str,
        email: str,
    ) -> SendEmailVerificationCodeResponse:
        """Sends an email verification code to the specified email address for account verification
        purposes.

        Args:
            catalog: The catalog identifier for the partner account. Required.
            email: The email address to send the verification code to. Required.

        Returns:
            SendEmailVerificationCodeResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ServiceQuotaExceededException: The request was rejected because it would exceed
                a service quota or limit.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.send_email_verification_code(
            catalog="1234567",
            email="1234567@112345671.112345671",
        )
        ```
        """
        return self._core.invoke(
            _ops.SEND_EMAIL_VERIFICATION_CODE,
            _shapes.SendEmailVerificationCodeRequest(
                catalog=catalog,
                email=email,
            ),
        )

    def start_profile_update_task(
        self,
        *,
        catalog: str,
        identifier: str,
        task_details: TaskDetails,
        client_token: str | None = None,
    ) -> StartProfileUpdateTaskResponse:
        """Initiates a profile update task to modify partner profile information asynchronously.

        Args:
            catalog: The catalog identifier for the partner account. Required.
            identifier: The unique identifier of the partner account. Required.
            task_details: The details of the profile updates to be performed. Required.
            client_token: A unique, case-sensitive identifier that you provide to ensure the
                idempotency of the request. Filled with a random UUID when omitted.

        Returns:
            StartProfileUpdateTaskResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource could not be found.
            ServiceQuotaExceededException: The request was rejected because it would exceed
                a service quota or limit.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.start_profile_update_task(
            catalog="1234567",
            identifier="partner-1234567890123",
            task_details=TaskDetails(
                display_name="1234567",
                description="1234567",
                website_url="https://1234567/1234567",
                logo_url="https://1234567/1234567",
                primary_solution_type="SOFTWARE_PRODUCTS",
                industry_segments=["AGRICULTURE_MINING"],
                translation_source_locale="ex-AB",
            ),
        )
        ```
        """
        return self._core.invoke(
            _ops.START_PROFILE_UPDATE_TASK,
            _shapes.StartProfileUpdateTaskRequest(
                catalog=catalog,
                identifier=identifier,
                client_token=client_token,
                task_details=task_details,
            ),
        )

    def start_qualifications_association_task(
        self,
        *,
        catalog: str,
        identifier: str,
        primary_partner: QualificationsAssociationPartner,
        client_token: str | None = None,
    ) -> StartQualificationsAssociationTaskResponse:
        """Initiates an asynchronous task to associate your partner qualifications with a primary
        account. You must be a subsidiary of the primary account with an active subsidiary
        connection. Use `GetQualificationsAssociationTask` to monitor task progress.

        Args:
            catalog: The catalog in which to perform the qualifications association.
                Required.
            identifier: Your partner identifier. Required.
            primary_partner: The primary (acquiring) partner's profile and account
                identifier to associate qualifications with. Required.
            client_token: A unique, case-sensitive identifier that you provide to ensure the
                idempotency of the request. Filled with a random UUID when omitted.

        Returns:
            StartQualificationsAssociationTaskResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource could not be found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.start_qualifications_association_task(
            catalog="AWS",
            identifier="partner-1234567890123",
            primary_partner=QualificationsAssociationPartner(),
        )
        ```
        """
        return self._core.invoke(
            _ops.START_QUALIFICATIONS_ASSOCIATION_TASK,
            _shapes.StartQualificationsAssociationTaskRequest(
                catalog=catalog,
                identifier=identifier,
                client_token=client_token,
                primary_partner=primary_partner,
            ),
        )

    def start_qualifications_disassociation_task(
        self,
        *,
        catalog: str,
        identifier: str,
        associated_partner: QualificationsAssociationPartner,
        client_token: str | None = None,
    ) -> StartQualificationsDisassociationTaskResponse:
        """Initiates an asynchronous task to disassociate your partner qualifications from a
        primary account. You must currently be associated and cannot disassociate if you are the
        primary partner. Use `GetQualificationsDisassociationTask` to monitor task progress.

        Args:
            catalog: The catalog in which to perform the qualifications disassociation.
                Required.
            identifier: Your partner identifier. Required.
            associated_partner: The primary partner's profile and account identifier that
                you are currently associated with and... Required.
            client_token: A unique, case-sensitive identifier that you provide to ensure the
                idempotency of the request. Filled with a random UUID when omitted.

        Returns:
            StartQualificationsDisassociationTaskResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource could not be found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.start_qualifications_disassociation_task(
            catalog="AWS",
            identifier="partner-1234567890123",
            associated_partner=QualificationsAssociationPartner(),
        )
        ```
        """
        return self._core.invoke(
            _ops.START_QUALIFICATIONS_DISASSOCIATION_TASK,
            _shapes.StartQualificationsDisassociationTaskRequest(
                catalog=catalog,
                identifier=identifier,
                client_token=client_token,
                associated_partner=associated_partner,
            ),
        )

    def start_verification(
        self,
        *,
        client_token: str | None = None,
        verification_details: VerificationDetails | None = None,
    ) -> StartVerificationResponse:
        """Initiates a new verification process for a partner account. This operation begins the
        verification workflow for either business registration or individual registrant identity
        verification as required by AWS Partner Central.

        Args:
            client_token: A unique, case-sensitive identifier that you provide to ensure the
                idempotency of the request. Filled with a random UUID when omitted.
            verification_details: The specific details required for the verification
                process, including business information for...

        Returns:
            StartVerificationResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred while processing the
                request.
            ServiceQuotaExceededException: The request was rejected because it would exceed
                a service quota or limit.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.start_verification()
        ```
        """
        return self._core.invoke(
            _ops.START_VERIFICATION,
            _shapes.StartVerificationRequest(
                client_token=client_token,
                verification_details=verification_details,
            ),
        )

    def tag_resource(
        self,
        *,
        resource_arn: str,
        tags: _types.SequenceNotStr[Tag],
    ) -> TagResourceResponse:
        """Adds or updates tags for a specified AWS Partner Central Account resource.

        Args:
            resource_arn: The Amazon Resource Name (ARN) of the resource to tag. Required.
            tags: A list of tags to add or update for the specified resource. Required.

        Returns:
            TagResourceResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource could not be found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.tag_resource(
            resource_arn="arn:example:partnercentral:1234567:123456789012:1234567",
            tags=[Tag(key="my-key", value_="my-value-")],
        )
        ```
        """
        return self._core.invoke(
            _ops.TAG_RESOURCE,
            _shapes.TagResourceRequest(
                resource_arn=resource_arn,
                tags=tags,
            ),
        )

    def untag_resource(
        self,
        *,
        resource_arn: str,
        tag_keys: _types.SequenceNotStr[str],
    ) -> UntagResourceResponse:
        """Removes specified tags from an AWS Partner Central Account resource.

        Args:
            resource_arn: The Amazon Resource Name (ARN) of the resource to remove tags
                from. Required.
            tag_keys: A list of tag keys to remove from the specified resource. Required.

        Returns:
            UntagResourceResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource could not be found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.untag_resource(
            resource_arn="arn:example:partnercentral:1234567:123456789012:1234567",
            tag_keys=["my-tag-keys"],
        )
        ```
        """
        return self._core.invoke(
            _ops.UNTAG_RESOURCE,
            _shapes.UntagResourceRequest(
                resource_arn=resource_arn,
                tag_keys=tag_keys,
            ),
        )

    def update_connection_preferences(
        self,
        *,
        catalog: str,
        revision: int,
        access_type: AccessType | _types.AccessTypeValue,
        excluded_participant_identifiers: _types.SequenceNotStr[str] | None = None,
    ) -> UpdateConnectionPreferencesResponse:
        """Updates the connection preferences for a partner account, modifying access settings and
        exclusions.

        Args:
            catalog: The catalog identifier for the partner account. Required.
            revision: The revision number of the connection preferences for optimistic
                locking. Required.
            access_type: The access type setting for connections (e.g., open, restricted,
                invitation-only). Required.
            excluded_participant_identifiers: The updated list of participant identifiers to
                exclude from connections.

        Returns:
            UpdateConnectionPreferencesResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred while processing the
                request.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period of time.
            ValidationException: The request failed validation.
            PartnerCentralAccountError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.update_connection_preferences(
            catalog="1234567",
            revision=1,
            access_type="ALLOW_ALL",
        )
        ```
        """
        return self._core.invoke(
            _ops.UPDATE_CONNECTION_PREFERENCES,
            _shapes.UpdateConnectionPreferencesRequest(
                catalog=catalog,
                revision=revision,
                access_type=access_type,
                excluded_participant_identifiers=excluded_participant_identifiers,
            ),
        )

    def paginate_list_connection_invitations(
        self,
        *,
        catalog: str,
        connection_type: ConnectionType | _types.ConnectionTypeValue | None = None,
        max_results: int | None = None,
        other_participant_identifiers: _types.SequenceNotStr[str] | None = None,
        participant_type: ParticipantType | _types.ParticipantTypeValue | None = None,
        status: InvitationStatus | _types.InvitationStatusValue | None = None,
        starting_token: str | None = None,
    ) -> _Paginator[ListConnectionInvitationsResponse, ConnectionInvitationSummary]:
        """Every page of `list_connection_invitations`, fetched lazily.

        Each page is a `ListConnectionInvitationsResponse`, requested when the loop reaches
        it. `items()` yields the `ConnectionInvitationSummary` elements of each page's
        `connection_invitation_summaries` in turn. Every request carries the arguments
        below, `max_results` as the page size; `page.next_token` goes into the next
        request's `next_token`, until a page has none. Iterating raises what
        `list_connection_invitations` raises.

        Args:
            catalog: The catalog identifier for the partner account. Required.
            connection_type: Filter results by connection type (e.g., reseller, distributor,
                technology partner).
            max_results: The maximum number of connection invitations to return in a single
                response.
            other_participant_identifiers: Filter results by specific participant
                identifiers.
            participant_type: Filter results by participant type (inviter or invitee).
            status: Filter results by invitation status (pending, accepted, rejected,
                canceled, expired).
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[ListConnectionInvitationsResponse, ConnectionInvitationSummary]
        """
        return _Paginator(
            self.list_connection_invitations,
            {
                "catalog": catalog,
                "connection_type": connection_type,
                "max_results": max_results,
                "other_participant_identifiers": other_participant_identifiers,
                "participant_type": participant_type,
                "status": status,
            },
            _ops._LIST_CONNECTION_INVITATIONS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_connections(
        self,
        *,
        catalog: str,
        connection_type: str | None = None,
        max_results: int | None = None,
        other_participant_identifiers: _types.SequenceNotStr[str] | None = None,
        starting_token: str | None = None,
    ) -> _Paginator[ListConnectionsResponse, ConnectionSummary]:
        """Every page of `list_connections`, fetched lazily.

        Each page is a `ListConnectionsResponse`, requested when the loop reaches it.
        `items()` yields the `ConnectionSummary` elements of each page's
        `connection_summaries` in turn. Every request carries the arguments below,
        `max_results` as the page size; `page.next_token` goes into the next request's
        `next_token`, until a page has none. Iterating raises what `list_connections`
        raises.

        Args:
            catalog: The catalog identifier for the partner account. Required.
            connection_type: Filter results by connection type (e.g., reseller, distributor,
                technology partner).
            max_results: The maximum number of connections to return in a single response.
            other_participant_identifiers: Filter results by specific participant
                identifiers.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[ListConnectionsResponse, ConnectionSummary]
        """
        return _Paginator(
            self.list_connections,
            {
                "catalog": catalog,
                "connection_type": connection_type,
                "max_results": max_results,
                "other_participant_identifiers": other_participant_identifiers,
            },
            _ops._LIST_CONNECTIONS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_partners(
        self,
        *,
        catalog: str,
        starting_token: str | None = None,
    ) -> _Paginator[ListPartnersResponse, PartnerSummary]:
        """Every page of `list_partners`, fetched lazily.

        Each page is a `ListPartnersResponse`, requested when the loop reaches it. `items()`
        yields the `PartnerSummary` elements of each page's `partner_summary_list` in turn.
        Every request carries the arguments below; `page.next_token` goes into the next
        request's `next_token`, until a page has none. Iterating raises what `list_partners`
        raises.

        Args:
            catalog: The catalog identifier to list partners from. Required.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[ListPartnersResponse, PartnerSummary]
        """
        return _Paginator(
            self.list_partners,
            {
                "catalog": catalog,
            },
            _ops._LIST_PARTNERS_PAGES,
            starting_token,
            self._core.logger,
        )
