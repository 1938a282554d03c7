"""The synchronous Partner Central Channel API client."""

from __future__ import annotations

from types import TracebackType as _TracebackType
from typing import TYPE_CHECKING
from typing import Literal as _Literal
from typing import Any as _Any
from typing import TypeVar as _TypeVar
import datetime as _dt
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
        AccountScope,
        AssociationType,
        ChannelContractStatus,
        ChannelContractType,
        HandshakeStatus,
        HandshakeType,
        ParticipantType,
        Program,
        ProgramManagementAccountStatus,
        ProgramManagementAccountType,
        ResaleAccountModel,
        Sector,
    )
    from .shapes import (
        AcceptChannelHandshakeResponse,
        CancelChannelContractResponse,
        CancelChannelHandshakeResponse,
        ChannelContractPayload,
        ChannelContractSummary,
        ChannelHandshakePayload,
        ChannelHandshakeSummary,
        CreateChannelContractResponse,
        CreateChannelHandshakeResponse,
        CreateProgramManagementAccountResponse,
        CreateRelationshipResponse,
        DeleteProgramManagementAccountResponse,
        DeleteRelationshipResponse,
        GetChannelContractResponse,
        GetRelationshipResponse,
        ListChannelContractsResponse,
        ListChannelContractsTypeFilters,
        ListChannelContractsTypeSort,
        ListChannelHandshakesResponse,
        ListChannelHandshakesTypeFilters,
        ListChannelHandshakesTypeSort,
        ListProgramManagementAccountsResponse,
        ListProgramManagementAccountsSortBase,
        ListRelationshipsResponse,
        ListRelationshipsSortBase,
        ListTagsForResourceResponse,
        ProgramManagementAccountSummary,
        RejectChannelHandshakeResponse,
        RelationshipSummary,
        SupportPlan,
        Tag,
        TagResourceResponse,
        UntagResourceResponse,
        UpdateProgramManagementAccountResponse,
        UpdateRelationshipResponse,
    )

__all__ = ["PartnerCentralChannelClient"]

_Output = _TypeVar("_Output")


class PartnerCentralChannelClient:
    """AWS Partner Central Channel service for managing partner relationships, handshakes, and program...

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

    def __enter__(self) -> PartnerCentralChannelClient:
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
        """Run a command (`client.send(GetChannelContractCommand({...}))`)."""
        result: _Output = self._core.invoke(command.operation, command.input)
        return result

    def accept_channel_handshake(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> AcceptChannelHandshakeResponse:
        """Accepts a pending channel handshake request from another AWS account.

        Args:
            catalog: The catalog identifier for the handshake request. Required.
            identifier: The unique identifier of the channel handshake to accept. Required.

        Returns:
            AcceptChannelHandshakeResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralChannelError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.accept_channel_handshake(
            catalog="Example",
            identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/channel-handshake/ch-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.ACCEPT_CHANNEL_HANDSHAKE,
            _shapes.AcceptChannelHandshakeRequest(
                catalog=catalog,
                identifier=identifier,
            ),
        )

    def cancel_channel_contract(
        self,
        *,
        catalog: str,
        identifier: str,
        reason: str | None = None,
        client_token: str | None = None,
    ) -> CancelChannelContractResponse:
        """Cancels a pending channel contract created within the last 30 days. A request for a
        channel contract that isn't PENDING, including one that is already CANCELED, fails with
        a ValidationException.

        Args:
            catalog: The catalog identifier for the channel contract. Required.
            identifier: The unique identifier of the channel contract to cancel. Required.
            reason: The reason for canceling the channel contract.
            client_token: A unique, case-sensitive identifier to ensure idempotency of the
                request. Filled with a random UUID when omitted.

        Returns:
            CancelChannelContractResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralChannelError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.cancel_channel_contract(
            catalog="Example",
            identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/channel-contract/cc-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.CANCEL_CHANNEL_CONTRACT,
            _shapes.CancelChannelContractRequest(
                catalog=catalog,
                identifier=identifier,
                reason=reason,
                client_token=client_token,
            ),
        )

    def cancel_channel_handshake(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> CancelChannelHandshakeResponse:
        """Cancels a pending channel handshake request.

        Args:
            catalog: The catalog identifier for the handshake request. Required.
            identifier: The unique identifier of the channel handshake to cancel. Required.

        Returns:
            CancelChannelHandshakeResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralChannelError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.cancel_channel_handshake(
            catalog="Example",
            identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/channel-handshake/ch-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.CANCEL_CHANNEL_HANDSHAKE,
            _shapes.CancelChannelHandshakeRequest(
                catalog=catalog,
                identifier=identifier,
            ),
        )

    def create_channel_contract(
        self,
        *,
        contract_type: ChannelContractType | _types.ChannelContractTypeValue,
        catalog: str,
        payload: ChannelContractPayload,
        client_token: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
    ) -> CreateChannelContractResponse:
        """Creates a new channel contract and sends it to the signatory for signature. In the
        Sandbox catalog, the channel contract is accepted automatically.

        Args:
            contract_type: The type of channel contract to create (for example, managed
                services attestation). Required.
            catalog: The catalog identifier for the channel contract. Required.
            payload: The payload containing specific details for the contract type.
                Required.
            client_token: A unique, case-sensitive identifier to ensure idempotency of the
                request. Filled with a random UUID when omitted.
            tags: Key-value pairs to associate with the channel contract.

        Returns:
            CreateChannelContractResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource was not found.
            ServiceQuotaExceededException: The request would exceed a service quota limit.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralChannelError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.create_channel_contract(
            contract_type="MANAGED_SERVICES_ATTESTATION",
            catalog="Example",
            payload=ChannelContractPayloadManagedServicesAttestationPayload(
                ManagedServicesAttestationPayload(
                    legal_entity_name="1234567",
                    relationship_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/program-management-account/pma-1234567890123/relationship/rs-1234567890123",
                    program_management_account_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/program-management-account/pma-1234567890123",
                    end_date=datetime.datetime.now(datetime.timezone.utc),
                    supported_services=["MONITORING"],
                    legal_entity_address=Address(
                        city="       11234567",
                        state_or_region="       11234567",
                        postal_code="my-postal-code",
                        country_code="AB",
                        address_line="       11234567",
                    ),
                    signatory_name="1234567",
                    signatory_email="1234567@1234567.1234567",
                ),
            ),
        )
        ```
        """
        return self._core.invoke(
            _ops.CREATE_CHANNEL_CONTRACT,
            _shapes.CreateChannelContractRequest(
                contract_type=contract_type,
                catalog=catalog,
                payload=payload,
                client_token=client_token,
                tags=tags,
            ),
        )

    def create_channel_handshake(
        self,
        *,
        handshake_type: HandshakeType | _types.HandshakeTypeValue,
        catalog: str,
        associated_resource_identifier: str,
        payload: ChannelHandshakePayload | None = None,
        client_token: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
    ) -> CreateChannelHandshakeResponse:
        """Creates a new channel handshake request to establish a partnership with another AWS
        account.

        Args:
            handshake_type: The type of handshake to create (e.g., start service period,
                revoke service period). Required.
            catalog: The catalog identifier for the handshake request. Required.
            associated_resource_identifier: The identifier of the resource associated with
                this handshake. Required.
            payload: The payload containing specific details for the handshake type.
            client_token: A unique, case-sensitive identifier to ensure idempotency of the
                request. Filled with a random UUID when omitted.
            tags: Key-value pairs to associate with the channel handshake.

        Returns:
            CreateChannelHandshakeResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource was not found.
            ServiceQuotaExceededException: The request would exceed a service quota limit.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralChannelError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.create_channel_handshake(
            handshake_type="START_SERVICE_PERIOD",
            catalog="Example",
            associated_resource_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/program-management-account/pma-1234567890123/relationship/rs-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.CREATE_CHANNEL_HANDSHAKE,
            _shapes.CreateChannelHandshakeRequest(
                handshake_type=handshake_type,
                catalog=catalog,
                associated_resource_identifier=associated_resource_identifier,
                payload=payload,
                client_token=client_token,
                tags=tags,
            ),
        )

    def create_program_management_account(
        self,
        *,
        catalog: str,
        program: Program | _types.ProgramValue,
        display_name: str,
        account_id: str,
        client_token: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
        type: (
            ProgramManagementAccountType | _types.ProgramManagementAccountTypeValue | None
        ) = None,
    ) -> CreateProgramManagementAccountResponse:
        """Creates a new program management account for managing partner relationships.

        Args:
            catalog: The catalog identifier for the program management account. Required.
            program: The program type for the management account. Required.
            display_name: A human-readable name for the program management account.
                Required.
            account_id: The AWS account ID to associate with the program management account.
                Required.
            client_token: A unique, case-sensitive identifier to ensure idempotency of the
                request. Filled with a random UUID when omitted.
            tags: Key-value pairs to associate with the program management account.
            type: The type of the program management account (for example, resale billing
                transfer, managed...

        Returns:
            CreateProgramManagementAccountResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource was not found.
            ServiceQuotaExceededException: The request would exceed a service quota limit.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralChannelError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.create_program_management_account(
            catalog="Example",
            program="SOLUTION_PROVIDER",
            display_name="1234567",
            account_id="my-account-id",
        )
        ```
        """
        return self._core.invoke(
            _ops.CREATE_PROGRAM_MANAGEMENT_ACCOUNT,
            _shapes.CreateProgramManagementAccountRequest(
                catalog=catalog,
                program=program,
                display_name=display_name,
                account_id=account_id,
                client_token=client_token,
                tags=tags,
                type=type,
            ),
        )

    def create_relationship(
        self,
        *,
        catalog: str,
        association_type: AssociationType | _types.AssociationTypeValue,
        program_management_account_identifier: str,
        display_name: str,
        sector: Sector | _types.SectorValue,
        associated_account_id: str | None = None,
        resale_account_model: ResaleAccountModel | _types.ResaleAccountModelValue | None = None,
        client_token: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
        requested_support_plan: SupportPlan | None = None,
        account_scope: AccountScope | _types.AccountScopeValue | None = None,
        start_date: _dt.datetime | None = None,
    ) -> CreateRelationshipResponse:
        """Creates a new partner relationship between accounts.

        Args:
            catalog: The catalog identifier for the relationship. Required.
            association_type: The type of association for the relationship (e.g., reseller,
                distributor). Required.
            program_management_account_identifier: The identifier of the program management
                account for this relationship. Required.
            display_name: A human-readable name for the relationship. Required.
            sector: The business sector for the relationship. Required.
            associated_account_id: The AWS account ID to associate in this relationship.
            resale_account_model: The resale account model for the relationship.
            client_token: A unique, case-sensitive identifier to ensure idempotency of the
                request. Filled with a random UUID when omitted.
            tags: Key-value pairs to associate with the relationship.
            requested_support_plan: The support plan requested for this relationship.
            account_scope: The account scope for a managed services relationship (for
                example, entire organization, specific...
            start_date: The start date of the managed services relationship.

        Returns:
            CreateRelationshipResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource was not found.
            ServiceQuotaExceededException: The request would exceed a service quota limit.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralChannelError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.create_relationship(
            catalog="Example",
            association_type="DOWNSTREAM_SELLER",
            program_management_account_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/program-management-account/pma-1234567890123",
            display_name="1234567",
            sector="COMMERCIAL",
        )
        ```
        """
        return self._core.invoke(
            _ops.CREATE_RELATIONSHIP,
            _shapes.CreateRelationshipRequest(
                catalog=catalog,
                association_type=association_type,
                program_management_account_identifier=program_management_account_identifier,
                associated_account_id=associated_account_id,
                display_name=display_name,
                resale_account_model=resale_account_model,
                sector=sector,
                client_token=client_token,
                tags=tags,
                requested_support_plan=requested_support_plan,
                account_scope=account_scope,
                start_date=start_date,
            ),
        )

    def delete_program_management_account(
        self,
        *,
        catalog: str,
        identifier: str,
        client_token: str | None = None,
    ) -> DeleteProgramManagementAccountResponse:
        """Deletes a program management account.

        Args:
            catalog: The catalog identifier for the program management account. Required.
            identifier: The unique identifier of the program management account to delete.
                Required.
            client_token: A unique, case-sensitive identifier to ensure idempotency of the
                request. Filled with a random UUID when omitted.

        Returns:
            DeleteProgramManagementAccountResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralChannelError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.delete_program_management_account(
            catalog="Example",
            identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/program-management-account/pma-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.DELETE_PROGRAM_MANAGEMENT_ACCOUNT,
            _shapes.DeleteProgramManagementAccountRequest(
                catalog=catalog,
                identifier=identifier,
                client_token=client_token,
            ),
        )

    def delete_relationship(
        self,
        *,
        catalog: str,
        identifier: str,
        program_management_account_identifier: str,
        client_token: str | None = None,
    ) -> DeleteRelationshipResponse:
        """Deletes a partner relationship.

        Args:
            catalog: The catalog identifier for the relationship. Required.
            identifier: The unique identifier of the relationship to delete. Required.
            program_management_account_identifier: The identifier of the program management
                account associated with the relationship. Required.
            client_token: A unique, case-sensitive identifier to ensure idempotency of the
                request. Filled with a random UUID when omitted.

        Returns:
            DeleteRelationshipResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralChannelError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.delete_relationship(
            catalog="Example",
            identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/program-management-account/pma-1234567890123/relationship/rs-1234567890123",
            program_management_account_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/program-management-account/pma-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.DELETE_RELATIONSHIP,
            _shapes.DeleteRelationshipRequest(
                catalog=catalog,
                identifier=identifier,
                program_management_account_identifier=program_management_account_identifier,
                client_token=client_token,
            ),
        )

    def get_channel_contract(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> GetChannelContractResponse:
        """Retrieves details of a specific channel contract.

        Args:
            catalog: The catalog identifier for the channel contract. Required.
            identifier: The unique identifier of the channel contract to retrieve. Required.

        Returns:
            GetChannelContractResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralChannelError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_channel_contract(
            catalog="Example",
            identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/channel-contract/cc-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.GET_CHANNEL_CONTRACT,
            _shapes.GetChannelContractRequest(
                catalog=catalog,
                identifier=identifier,
            ),
        )

    def get_relationship(
        self,
        *,
        catalog: str,
        program_management_account_identifier: str,
        identifier: str,
    ) -> GetRelationshipResponse:
        """Retrieves details of a specific partner relationship.

        Args:
            catalog: The catalog identifier for the relationship. Required.
            program_management_account_identifier: The identifier of the program management
                account associated with the relationship. Required.
            identifier: The unique identifier of the relationship to retrieve. Required.

        Returns:
            GetRelationshipResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralChannelError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_relationship(
            catalog="Example",
            program_management_account_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/program-management-account/pma-1234567890123",
            identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/program-management-account/pma-1234567890123/relationship/rs-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.GET_RELATIONSHIP,
            _shapes.GetRelationshipRequest(
                catalog=catalog,
                program_management_account_identifier=program_management_account_identifier,
                identifier=identifier,
            ),
        )

    def list_channel_contracts(
        self,
        *,
        catalog: str,
        contract_type: ChannelContractType | _types.ChannelContractTypeValue,
        statuses: (
            _types.SequenceNotStr[ChannelContractStatus | _types.ChannelContractStatusValue] | None
        ) = None,
        contract_type_filters: ListChannelContractsTypeFilters | None = None,
        contract_type_sort: ListChannelContractsTypeSort | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListChannelContractsResponse:
        """Lists channel contracts based on specified criteria.

        Args:
            catalog: The catalog identifier to filter channel contracts. Required.
            contract_type: Filter results by contract type. Required.
            statuses: Filter results by channel contract status.
            contract_type_filters: Type-specific filters for channel contracts.
            contract_type_sort: Type-specific sorting options for channel contracts.
            max_results: The maximum number of results to return in a single call.
            next_token: Token for retrieving the next page of results.

        Returns:
            ListChannelContractsResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralChannelError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_channel_contracts(
            catalog="Example",
            contract_type="MANAGED_SERVICES_ATTESTATION",
        )
        ```
        """
        return self._core.invoke(
            _ops.LIST_CHANNEL_CONTRACTS,
            _shapes.ListChannelContractsRequest(
                catalog=catalog,
                contract_type=contract_type,
                statuses=statuses,
                contract_type_filters=contract_type_filters,
                contract_type_sort=contract_type_sort,
                max_results=max_results,
                next_token=next_token,
            ),
        )

    def list_channel_handshakes(
        self,
        *,
        handshake_type: HandshakeType | _types.HandshakeTypeValue,
        catalog: str,
        participant_type: ParticipantType | _types.ParticipantTypeValue,
        max_results: int | None = None,
        statuses: (
            _types.SequenceNotStr[HandshakeStatus | _types.HandshakeStatusValue] | None
        ) = None,
        associated_resource_identifiers: _types.SequenceNotStr[str] | None = None,
        handshake_type_filters: ListChannelHandshakesTypeFilters | None = None,
        handshake_type_sort: ListChannelHandshakesTypeSort | None = None,
        next_token: str | None = None,
    ) -> ListChannelHandshakesResponse:
        """Lists channel handshakes based on specified criteria.

        Args:
            handshake_type: Filter results by handshake type. Required.
            catalog: The catalog identifier to filter handshakes. Required.
            participant_type: Filter by participant type (sender or receiver). Required.
            max_results: The maximum number of results to return in a single call.
            statuses: Filter results by handshake status.
            associated_resource_identifiers: Filter by associated resource identifiers.
            handshake_type_filters: Type-specific filters for handshakes.
            handshake_type_sort: Type-specific sorting options for handshakes.
            next_token: Token for retrieving the next page of results.

        Returns:
            ListChannelHandshakesResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralChannelError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_channel_handshakes(
            handshake_type="START_SERVICE_PERIOD",
            catalog="Example",
            participant_type="SENDER",
        )
        ```
        """
        return self._core.invoke(
            _ops.LIST_CHANNEL_HANDSHAKES,
            _shapes.ListChannelHandshakesRequest(
                handshake_type=handshake_type,
                catalog=catalog,
                participant_type=participant_type,
                max_results=max_results,
                statuses=statuses,
                associated_resource_identifiers=associated_resource_identifiers,
                handshake_type_filters=handshake_type_filters,
                handshake_type_sort=handshake_type_sort,
                next_token=next_token,
            ),
        )

    def list_program_management_accounts(
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
    ) -> ListProgramManagementAccountsResponse:
        """Lists program management accounts based on specified criteria.

        Args:
            catalog: The catalog identifier to filter accounts. Required.
            max_results: The maximum number of results to return in a single call.
            display_names: Filter by display names.
            programs: Filter by program types.
            account_ids: Filter by AWS account IDs.
            statuses: Filter by program management account statuses.
            sort: Sorting options for the results.
            next_token: Token for retrieving the next page of results.
            type: Filter by program management account type.

        Returns:
            ListProgramManagementAccountsResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralChannelError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_program_management_accounts(catalog="Example")
        ```
        """
        return self._core.invoke(
            _ops.LIST_PROGRAM_MANAGEMENT_ACCOUNTS,
            _shapes.ListProgramManagementAccountsRequest(
                catalog=catalog,
                max_results=max_results,
                display_names=display_names,
                programs=programs,
                account_ids=account_ids,
                statuses=statuses,
                sort=sort,
                next_token=next_token,
                type=type,
            ),
        )

    def list_relationships(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        associated_account_ids: _types.SequenceNotStr[str] | None = None,
        association_types: (
            _types.SequenceNotStr[AssociationType | _types.AssociationTypeValue] | None
        ) = None,
        display_names: _types.SequenceNotStr[str] | None = None,
        program_management_account_identifiers: _types.SequenceNotStr[str] | None = None,
        sort: ListRelationshipsSortBase | None = None,
        next_token: str | None = None,
    ) -> ListRelationshipsResponse:
        """Lists partner relationships based on specified criteria.

        Args:
            catalog: The catalog identifier to filter relationships. Required.
            max_results: The maximum number of results to return in a single call.
            associated_account_ids: Filter by associated AWS account IDs.
            association_types: Filter by association types.
            display_names: Filter by display names.
            program_management_account_identifiers: Filter by program management account
                identifiers.
            sort: Sorting options for the results.
            next_token: Token for retrieving the next page of results.

        Returns:
            ListRelationshipsResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralChannelError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_relationships(catalog="Example")
        ```
        """
        return self._core.invoke(
            _ops.LIST_RELATIONSHIPS,
            _shapes.ListRelationshipsRequest(
                catalog=catalog,
                max_results=max_results,
                associated_account_ids=associated_account_ids,
                association_types=association_types,
                display_names=display_names,
                program_management_account_identifiers=program_management_account_identifiers,
                sort=sort,
                next_token=next_token,
            ),
        )

    def list_tags_for_resource(
        self,
        *,
        resource_arn: str,
    ) -> ListTagsForResourceResponse:
        """Lists tags associated with a specific resource.

        Args:
            resource_arn: The Amazon Resource Name (ARN) of the resource to list tags for.
                Required.

        Returns:
            ListTagsForResourceResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralChannelError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_tags_for_resource(
            resource_arn="arn:example:partnercentral:1234567:123456789012:catalog/Example/program-management-account/pma-1234567890123/relationship/rs-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.LIST_TAGS_FOR_RESOURCE,
            _shapes.ListTagsForResourceRequest(
                resource_arn=resource_arn,
            ),
        )

    def reject_channel_handshake(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> RejectChannelHandshakeResponse:
        """Rejects a pending channel handshake request.

        Args:
            catalog: The catalog identifier for the handshake request. Required.
            identifier: The unique identifier of the channel handshake to reject. Required.

        Returns:
            RejectChannelHandshakeResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralChannelError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.reject_channel_handshake(
            catalog="Example",
            identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/channel-handshake/ch-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.REJECT_CHANNEL_HANDSHAKE,
            _shapes.RejectChannelHandshakeRequest(
                catalog=catalog,
                identifier=identifier,
            ),
        )

    def tag_resource(
        self,
        *,
        resource_arn: str,
        tags: _types.SequenceNotStr[Tag],
    ) -> TagResourceResponse:
        """Adds or updates tags for a specified resource.

        Args:
            resource_arn: The Amazon Resource Name (ARN) of the resource to tag. Required.
            tags: Key-value pairs to associate with the resource. Required.

        Returns:
            TagResourceResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralChannelError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.tag_resource(
            resource_arn="arn:example:partnercentral:1234567:123456789012:catalog/Example/program-management-account/pma-1234567890123/relationship/rs-1234567890123",
            tags=[Tag(key="1234567", value_="1234567")],
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
        """Removes tags from a specified resource.

        Args:
            resource_arn: The Amazon Resource Name (ARN) of the resource to remove tags
                from. Required.
            tag_keys: The keys of the tags to remove from the resource. Required.

        Returns:
            UntagResourceResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralChannelError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.untag_resource(
            resource_arn="arn:example:partnercentral:1234567:123456789012:catalog/Example/program-management-account/pma-1234567890123/relationship/rs-1234567890123",
            tag_keys=["1234567"],
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

    def update_program_management_account(
        self,
        *,
        catalog: str,
        identifier: str,
        revision: str | None = None,
        display_name: str | None = None,
    ) -> UpdateProgramManagementAccountResponse:
        """Updates the properties of a program management account.

        Args:
            catalog: The catalog identifier for the program management account. Required.
            identifier: The unique identifier of the program management account to update.
                Required.
            revision: The current revision number of the program management account.
            display_name: The new display name for the program management account.

        Returns:
            UpdateProgramManagementAccountResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralChannelError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.update_program_management_account(
            catalog="Example",
            identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/program-management-account/pma-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.UPDATE_PROGRAM_MANAGEMENT_ACCOUNT,
            _shapes.UpdateProgramManagementAccountRequest(
                catalog=catalog,
                identifier=identifier,
                revision=revision,
                display_name=display_name,
            ),
        )

    def update_relationship(
        self,
        *,
        catalog: str,
        identifier: str,
        program_management_account_identifier: str,
        revision: str | None = None,
        display_name: str | None = None,
        requested_support_plan: SupportPlan | None = None,
    ) -> UpdateRelationshipResponse:
        """Updates the properties of a partner relationship.

        Args:
            catalog: The catalog identifier for the relationship. Required.
            identifier: The unique identifier of the relationship to update. Required.
            program_management_account_identifier: The identifier of the program management
                account associated with the relationship. Required.
            revision: The current revision number of the relationship.
            display_name: The new display name for the relationship.
            requested_support_plan: The updated support plan for the relationship.

        Returns:
            UpdateRelationshipResponse

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred while processing the
                request.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests being
                sent in a short period.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralChannelError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.update_relationship(
            catalog="Example",
            identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/program-management-account/pma-1234567890123/relationship/rs-1234567890123",
            program_management_account_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/program-management-account/pma-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.UPDATE_RELATIONSHIP,
            _shapes.UpdateRelationshipRequest(
                catalog=catalog,
                identifier=identifier,
                program_management_account_identifier=program_management_account_identifier,
                revision=revision,
                display_name=display_name,
                requested_support_plan=requested_support_plan,
            ),
        )

    def paginate_list_channel_contracts(
        self,
        *,
        catalog: str,
        contract_type: ChannelContractType | _types.ChannelContractTypeValue,
        statuses: (
            _types.SequenceNotStr[ChannelContractStatus | _types.ChannelContractStatusValue] | None
        ) = None,
        contract_type_filters: ListChannelContractsTypeFilters | None = None,
        contract_type_sort: ListChannelContractsTypeSort | None = None,
        max_results: int | None = None,
        starting_token: str | None = None,
    ) -> _Paginator[ListChannelContractsResponse, ChannelContractSummary]:
        """Every page of `list_channel_contracts`, fetched lazily.

        Each page is a `ListChannelContractsResponse`, requested when the loop reaches it.
        `items()` yields the `ChannelContractSummary` elements of each page's `items` in
        turn. Every request carries the arguments below, `max_results` as the page size;
        `page.next_token` goes into the next request's `next_token`, until a page has none.
        Iterating raises what `list_channel_contracts` raises.

        Args:
            catalog: The catalog identifier to filter channel contracts. Required.
            contract_type: Filter results by contract type. Required.
            statuses: Filter results by channel contract status.
            contract_type_filters: Type-specific filters for channel contracts.
            contract_type_sort: Type-specific sorting options for channel contracts.
            max_results: The maximum number of results to return in a single call.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[ListChannelContractsResponse, ChannelContractSummary]
        """
        return _Paginator(
            self.list_channel_contracts,
            {
                "catalog": catalog,
                "contract_type": contract_type,
                "statuses": statuses,
                "contract_type_filters": contract_type_filters,
                "contract_type_sort": contract_type_sort,
                "max_results": max_results,
            },
            _ops._LIST_CHANNEL_CONTRACTS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_channel_handshakes(
        self,
        *,
        handshake_type: HandshakeType | _types.HandshakeTypeValue,
        catalog: str,
        participant_type: ParticipantType | _types.ParticipantTypeValue,
        max_results: int | None = None,
        statuses: (
            _types.SequenceNotStr[HandshakeStatus | _types.HandshakeStatusValue] | None
        ) = None,
        associated_resource_identifiers: _types.SequenceNotStr[str] | None = None,
        handshake_type_filters: ListChannelHandshakesTypeFilters | None = None,
        handshake_type_sort: ListChannelHandshakesTypeSort | None = None,
        starting_token: str | None = None,
    ) -> _Paginator[ListChannelHandshakesResponse, ChannelHandshakeSummary]:
        """Every page of `list_channel_handshakes`, fetched lazily.

        Each page is a `ListChannelHandshakesResponse`, requested when the loop reaches it.
        `items()` yields the `ChannelHandshakeSummary` elements of each page's `items` in
        turn. Every request carries the arguments below, `max_results` as the page size;
        `page.next_token` goes into the next request's `next_token`, until a page has none.
        Iterating raises what `list_channel_handshakes` raises.

        Args:
            handshake_type: Filter results by handshake type. Required.
            catalog: The catalog identifier to filter handshakes. Required.
            participant_type: Filter by participant type (sender or receiver). Required.
            max_results: The maximum number of results to return in a single call.
            statuses: Filter results by handshake status.
            associated_resource_identifiers: Filter by associated resource identifiers.
            handshake_type_filters: Type-specific filters for handshakes.
            handshake_type_sort: Type-specific sorting options for handshakes.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[ListChannelHandshakesResponse, ChannelHandshakeSummary]
        """
        return _Paginator(
            self.list_channel_handshakes,
            {
                "handshake_type": handshake_type,
                "catalog": catalog,
                "participant_type": participant_type,
                "max_results": max_results,
                "statuses": statuses,
                "associated_resource_identifiers": associated_resource_identifiers,
                "handshake_type_filters": handshake_type_filters,
                "handshake_type_sort": handshake_type_sort,
            },
            _ops._LIST_CHANNEL_HANDSHAKES_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_program_management_accounts(
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
        type: (
            ProgramManagementAccountType | _types.ProgramManagementAccountTypeValue | None
        ) = None,
        starting_token: str | None = None,
    ) -> _Paginator[ListProgramManagementAccountsResponse, ProgramManagementAccountSummary]:
        """Every page of `list_program_management_accounts`, fetched lazily.

        Each page is a `ListProgramManagementAccountsResponse`, requested when the loop
        reaches it. `items()` yields the `ProgramManagementAccountSummary` elements of each
        page's `items` in turn. Every request carries the arguments below, `max_results` as
        the page size; `page.next_token` goes into the next request's `next_token`, until a
        page has none. Iterating raises what `list_program_management_accounts` raises.

        Args:
            catalog: The catalog identifier to filter accounts. Required.
            max_results: The maximum number of results to return in a single call.
            display_names: Filter by display names.
            programs: Filter by program types.
            account_ids: Filter by AWS account IDs.
            statuses: Filter by program management account statuses.
            sort: Sorting options for the results.
            type: Filter by program management account type.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[ListProgramManagementAccountsResponse,
                ProgramManagementAccountSummary]
        """
        return _Paginator(
            self.list_program_management_accounts,
            {
                "catalog": catalog,
                "max_results": max_results,
                "display_names": display_names,
                "programs": programs,
                "account_ids": account_ids,
                "statuses": statuses,
                "sort": sort,
                "type": type,
            },
            _ops._LIST_PROGRAM_MANAGEMENT_ACCOUNTS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_relationships(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        associated_account_ids: _types.SequenceNotStr[str] | None = None,
        association_types: (
            _types.SequenceNotStr[AssociationType | _types.AssociationTypeValue] | None
        ) = None,
        display_names: _types.SequenceNotStr[str] | None = None,
        program_management_account_identifiers: _types.SequenceNotStr[str] | None = None,
        sort: ListRelationshipsSortBase | None = None,
        starting_token: str | None = None,
    ) -> _Paginator[ListRelationshipsResponse, RelationshipSummary]:
        """Every page of `list_relationships`, fetched lazily.

        Each page is a `ListRelationshipsResponse`, requested when the loop reaches it.
        `items()` yields the `RelationshipSummary` elements of each page's `items` in turn.
        Every request carries the arguments below, `max_results` as the page size;
        `page.next_token` goes into the next request's `next_token`, until a page has none.
        Iterating raises what `list_relationships` raises.

        Args:
            catalog: The catalog identifier to filter relationships. Required.
            max_results: The maximum number of results to return in a single call.
            associated_account_ids: Filter by associated AWS account IDs.
            association_types: Filter by association types.
            display_names: Filter by display names.
            program_management_account_identifiers: Filter by program management account
                identifiers.
            sort: Sorting options for the results.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[ListRelationshipsResponse, RelationshipSummary]
        """
        return _Paginator(
            self.list_relationships,
            {
                "catalog": catalog,
                "max_results": max_results,
                "associated_account_ids": associated_account_ids,
                "association_types": association_types,
                "display_names": display_names,
                "program_management_account_identifiers": program_management_account_identifiers,
                "sort": sort,
            },
            _ops._LIST_RELATIONSHIPS_PAGES,
            starting_token,
            self._core.logger,
        )
