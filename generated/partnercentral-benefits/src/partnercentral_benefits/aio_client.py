"""The asynchronous Partner Central Benefits API client."""

from __future__ import annotations

from types import TracebackType as _TracebackType
from typing import TYPE_CHECKING
from typing import Literal as _Literal
from typing import Any as _Any
from typing import TypeVar as _TypeVar
from collections.abc import Mapping as _Mapping
from collections.abc import Sequence as _Sequence
from typing import Any as _Any

from typed_aws_runtime.auth.credentials import Credentials as _Credentials
from typed_aws_runtime.auth.credentials import CredentialsProvider as _CredentialsProvider
from typed_aws_runtime.pipeline.aio_core import AsyncClientCore as _AsyncClientCore
from typed_aws_runtime.pipeline.command import Command as _Command
from typed_aws_runtime.pipeline.interceptors import Interceptor as _Interceptor
from typed_aws_runtime.pipeline.paginator import AsyncPaginator as _AsyncPaginator
from typed_aws_runtime.retries.strategy import RetryStrategy as _RetryStrategy
from typed_aws_runtime.transports.http import AsyncRequestHandler as _AsyncRequestHandler

from . import _operations as _ops
from . import shapes as _shapes

if TYPE_CHECKING:
    import logging as _logging

    from typed_aws_runtime.config.client_config import ClientConfig as _ClientConfig

    from . import _input_types as _types
    from .enums import (
        BenefitAllocationStatus,
        BenefitApplicationStatus,
        BenefitStatus,
        FulfillmentType,
    )
    from .shapes import (
        AmendBenefitApplicationOutput,
        Amendment,
        AssociateBenefitApplicationResourceOutput,
        AssociatedResource,
        BenefitAllocationSummary,
        BenefitApplicationSummary,
        BenefitSummary,
        CancelBenefitApplicationOutput,
        Contact,
        CreateBenefitApplicationOutput,
        DisassociateBenefitApplicationResourceOutput,
        FileInput,
        GetBenefitAllocationOutput,
        GetBenefitApplicationOutput,
        GetBenefitOutput,
        ListBenefitAllocationsOutput,
        ListBenefitApplicationsOutput,
        ListBenefitsOutput,
        ListTagsForResourceResponse,
        RecallBenefitApplicationOutput,
        SubmitBenefitApplicationOutput,
        Tag,
        TagResourceResponse,
        UntagResourceResponse,
        UpdateBenefitApplicationOutput,
    )

__all__ = ["AsyncPartnerCentralBenefitsClient"]

_Output = _TypeVar("_Output")


class AsyncPartnerCentralBenefitsClient:
    """AWS Partner Central Benefits Service provides APIs for managing partner benefits, applications...

    All options are keyword-only and optional. Each is resolved in this order:
    the argument, its environment variable, the profile in the shared config
    file, `defaults_mode`, the built-in default (see the package README's
    table). A bad value fails here, at construction. Use the client as
    an async context manager, or await `close()`, to release its pooled
    connections. One client is safe to share by many tasks of an event loop.

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
        request_handler: Sends the HTTP requests (default: asyncio transports, pooled).
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
        request_handler: _AsyncRequestHandler | None = None,
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
        self._core = _AsyncClientCore.configure(_ops._SERVICE, options)

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

    async def __aenter__(self) -> AsyncPartnerCentralBenefitsClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: _TracebackType | None,
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the pooled connections."""
        await self._core.close()

    async def send(self, command: _Command[_Output]) -> _Output:
        """Run a command (`await client.send(ListTagsForResourceCommand({...}))`)."""
        result: _Output = await self._core.invoke(command.operation, command.input)
        return result

    async def amend_benefit_application(
        self,
        *,
        catalog: str,
        client_token: str,
        revision: str,
        identifier: str,
        amendment_reason: str,
        amendments: _types.SequenceNotStr[Amendment],
    ) -> AmendBenefitApplicationOutput:
        """Modifies an existing benefit application by applying amendments to specific fields while
        maintaining revision control.

        Args:
            catalog: The catalog identifier that specifies which benefit catalog the
                application belongs to. Required.
            client_token: A unique, case-sensitive identifier to ensure idempotent
                processing of the amendment request. Required.
            revision: The current revision number of the benefit application to ensure
                optimistic concurrency control. Required.
            identifier: The unique identifier of the benefit application to be amended.
                Required.
            amendment_reason: A descriptive reason explaining why the benefit application is
                being amended. Required.
            amendments: A list of specific field amendments to apply to the benefit
                application. Required.

        Returns:
            AmendBenefitApplicationOutput

        Raises:
            AccessDeniedException: Thrown when the caller does not have sufficient
                permissions to perform the requested operation.
            ConflictException: Thrown when the request conflicts with the current state of
                the resource, such as attempting to...
            InternalServerException: Thrown when an unexpected error occurs on the server
                side during request processing.
            ResourceNotFoundException: Thrown when the requested resource cannot be found or
                does not exist.
            ThrottlingException: Thrown when the request rate exceeds the allowed limits and
                the request is being throttled.
            ValidationException: Thrown when the request contains invalid parameters or
                fails input validation requirements.
            PartnerCentralBenefitsError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.amend_benefit_application(
            catalog="1234567",
            client_token="1234567",
            revision="my-revision",
            identifier="arn:1234567",
            amendment_reason="my-amendment-reason",
            amendments=[Amendment(field_path="my-field-path", new_value="my-new-value")],
        )
        ```
        """
        return await self._core.invoke(
            _ops.AMEND_BENEFIT_APPLICATION,
            _shapes.AmendBenefitApplicationInput(
                catalog=catalog,
                client_token=client_token,
                revision=revision,
                identifier=identifier,
                amendment_reason=amendment_reason,
                amendments=amendments,
            ),
        )

    async def associate_benefit_application_resource(
        self,
        *,
        catalog: str,
        benefit_application_identifier: str,
        resource_arn: str,
    ) -> AssociateBenefitApplicationResourceOutput:
        """Links an AWS resource to an existing benefit application for tracking and management
        purposes.

        Args:
            catalog: The catalog identifier that specifies which benefit catalog the
                application belongs to. Required.
            benefit_application_identifier: The unique identifier of the benefit application
                to associate the resource with. Required.
            resource_arn: The Amazon Resource Name (ARN) of the AWS resource to associate
                with the benefit application. Required.

        Returns:
            AssociateBenefitApplicationResourceOutput

        Raises:
            AccessDeniedException: Thrown when the caller does not have sufficient
                permissions to perform the requested operation.
            ConflictException: Thrown when the request conflicts with the current state of
                the resource, such as attempting to...
            InternalServerException: Thrown when an unexpected error occurs on the server
                side during request processing.
            ResourceNotFoundException: Thrown when the requested resource cannot be found or
                does not exist.
            ThrottlingException: Thrown when the request rate exceeds the allowed limits and
                the request is being throttled.
            ValidationException: Thrown when the request contains invalid parameters or
                fails input validation requirements.
            PartnerCentralBenefitsError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.associate_benefit_application_resource(
            catalog="1234567",
            benefit_application_identifier="arn:1234567",
            resource_arn="arn:aws:1:ex-gov-example-1:123456789012:1234567",
        )
        ```
        """
        return await self._core.invoke(
            _ops.ASSOCIATE_BENEFIT_APPLICATION_RESOURCE,
            _shapes.AssociateBenefitApplicationResourceInput(
                catalog=catalog,
                benefit_application_identifier=benefit_application_identifier,
                resource_arn=resource_arn,
            ),
        )

    async def cancel_benefit_application(
        self,
        *,
        catalog: str,
        client_token: str,
        identifier: str,
        reason: str | None = None,
    ) -> CancelBenefitApplicationOutput:
        """Cancels a benefit application that is currently in progress, preventing further
        processing.

        Args:
            catalog: The catalog identifier that specifies which benefit catalog the
                application belongs to. Required.
            client_token: A unique, case-sensitive identifier to ensure idempotent
                processing of the cancellation request. Required.
            identifier: The unique identifier of the benefit application to cancel.
                Required.
            reason: A descriptive reason explaining why the benefit application is being
                cancelled.

        Returns:
            CancelBenefitApplicationOutput

        Raises:
            AccessDeniedException: Thrown when the caller does not have sufficient
                permissions to perform the requested operation.
            ConflictException: Thrown when the request conflicts with the current state of
                the resource, such as attempting to...
            InternalServerException: Thrown when an unexpected error occurs on the server
                side during request processing.
            ResourceNotFoundException: Thrown when the requested resource cannot be found or
                does not exist.
            ThrottlingException: Thrown when the request rate exceeds the allowed limits and
                the request is being throttled.
            ValidationException: Thrown when the request contains invalid parameters or
                fails input validation requirements.
            PartnerCentralBenefitsError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.cancel_benefit_application(
            catalog="1234567",
            client_token="1234567",
            identifier="arn:1234567",
        )
        ```
        """
        return await self._core.invoke(
            _ops.CANCEL_BENEFIT_APPLICATION,
            _shapes.CancelBenefitApplicationInput(
                catalog=catalog,
                client_token=client_token,
                identifier=identifier,
                reason=reason,
            ),
        )

    async def create_benefit_application(
        self,
        *,
        catalog: str,
        client_token: str,
        benefit_identifier: str,
        name: str | None = None,
        description: str | None = None,
        fulfillment_types: (
            _types.SequenceNotStr[FulfillmentType | _types.FulfillmentTypeValue] | None
        ) = None,
        benefit_application_details: _Any | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
        associated_resources: _types.SequenceNotStr[str] | None = None,
        partner_contacts: _types.SequenceNotStr[Contact] | None = None,
        file_details: _types.SequenceNotStr[FileInput] | None = None,
    ) -> CreateBenefitApplicationOutput:
        """Creates a new benefit application for a partner to request access to AWS benefits and
        programs.

        Args:
            catalog: The catalog identifier that specifies which benefit catalog to create
                the application in. Required.
            client_token: A unique, case-sensitive identifier to ensure idempotent
                processing of the creation request. Required.
            benefit_identifier: The unique identifier of the benefit being requested in this
                application. Required.
            name: A human-readable name for the benefit application.
            description: A detailed description of the benefit application and its intended
                use.
            fulfillment_types: The types of fulfillment requested for this benefit
                application (e.g., credits, access...
            benefit_application_details: Detailed information and requirements specific to
                the benefit being requested.
            tags: Key-value pairs to categorize and organize the benefit application.
            associated_resources: AWS resources that are associated with this benefit
                application.
            partner_contacts: Contact information for partner representatives responsible
                for this benefit application.
            file_details: Supporting documents and files attached to the benefit
                application.

        Returns:
            CreateBenefitApplicationOutput

        Raises:
            AccessDeniedException: Thrown when the caller does not have sufficient
                permissions to perform the requested operation.
            ConflictException: Thrown when the request conflicts with the current state of
                the resource, such as attempting to...
            InternalServerException: Thrown when an unexpected error occurs on the server
                side during request processing.
            ResourceNotFoundException: Thrown when the requested resource cannot be found or
                does not exist.
            ThrottlingException: Thrown when the request rate exceeds the allowed limits and
                the request is being throttled.
            ValidationException: Thrown when the request contains invalid parameters or
                fails input validation requirements.
            PartnerCentralBenefitsError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.create_benefit_application(
            catalog="1234567",
            client_token="1234567",
            benefit_identifier="arn:1234567",
        )
        ```
        """
        return await self._core.invoke(
            _ops.CREATE_BENEFIT_APPLICATION,
            _shapes.CreateBenefitApplicationInput(
                catalog=catalog,
                client_token=client_token,
                name=name,
                description=description,
                benefit_identifier=benefit_identifier,
                fulfillment_types=fulfillment_types,
                benefit_application_details=benefit_application_details,
                tags=tags,
                associated_resources=associated_resources,
                partner_contacts=partner_contacts,
                file_details=file_details,
            ),
        )

    async def disassociate_benefit_application_resource(
        self,
        *,
        catalog: str,
        benefit_application_identifier: str,
        resource_arn: str,
    ) -> DisassociateBenefitApplicationResourceOutput:
        """Removes the association between an AWS resource and a benefit application.

        Args:
            catalog: The catalog identifier that specifies which benefit catalog the
                application belongs to. Required.
            benefit_application_identifier: The unique identifier of the benefit application
                to disassociate the resource from. Required.
            resource_arn: The Amazon Resource Name (ARN) of the AWS resource to disassociate
                from the benefit application. Required.

        Returns:
            DisassociateBenefitApplicationResourceOutput

        Raises:
            AccessDeniedException: Thrown when the caller does not have sufficient
                permissions to perform the requested operation.
            ConflictException: Thrown when the request conflicts with the current state of
                the resource, such as attempting to...
            InternalServerException: Thrown when an unexpected error occurs on the server
                side during request processing.
            ResourceNotFoundException: Thrown when the requested resource cannot be found or
                does not exist.
            ThrottlingException: Thrown when the request rate exceeds the allowed limits and
                the request is being throttled.
            ValidationException: Thrown when the request contains invalid parameters or
                fails input validation requirements.
            PartnerCentralBenefitsError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.disassociate_benefit_application_resource(
            catalog="1234567",
            benefit_application_identifier="arn:1234567",
            resource_arn="arn:aws:1:ex-gov-example-1:123456789012:1234567",
        )
        ```
        """
        return await self._core.invoke(
            _ops.DISASSOCIATE_BENEFIT_APPLICATION_RESOURCE,
            _shapes.DisassociateBenefitApplicationResourceInput(
                catalog=catalog,
                benefit_application_identifier=benefit_application_identifier,
                resource_arn=resource_arn,
            ),
        )

    async def get_benefit(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> GetBenefitOutput:
        """Retrieves detailed information about a specific benefit available in the partner
        catalog.

        Args:
            catalog: The catalog identifier that specifies which benefit catalog to query.
                Required.
            identifier: The unique identifier of the benefit to retrieve. Required.

        Returns:
            GetBenefitOutput

        Raises:
            AccessDeniedException: Thrown when the caller does not have sufficient
                permissions to perform the requested operation.
            InternalServerException: Thrown when an unexpected error occurs on the server
                side during request processing.
            ResourceNotFoundException: Thrown when the requested resource cannot be found or
                does not exist.
            ThrottlingException: Thrown when the request rate exceeds the allowed limits and
                the request is being throttled.
            ValidationException: Thrown when the request contains invalid parameters or
                fails input validation requirements.
            PartnerCentralBenefitsError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.get_benefit(catalog="1234567", identifier="arn:1234567")
        ```
        """
        return await self._core.invoke(
            _ops.GET_BENEFIT,
            _shapes.GetBenefitInput(
                catalog=catalog,
                identifier=identifier,
            ),
        )

    async def get_benefit_allocation(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> GetBenefitAllocationOutput:
        """Retrieves detailed information about a specific benefit allocation that has been granted
        to a partner.

        Args:
            catalog: The catalog identifier that specifies which benefit catalog to query.
                Required.
            identifier: The unique identifier of the benefit allocation to retrieve.
                Required.

        Returns:
            GetBenefitAllocationOutput

        Raises:
            AccessDeniedException: Thrown when the caller does not have sufficient
                permissions to perform the requested operation.
            InternalServerException: Thrown when an unexpected error occurs on the server
                side during request processing.
            ResourceNotFoundException: Thrown when the requested resource cannot be found or
                does not exist.
            ThrottlingException: Thrown when the request rate exceeds the allowed limits and
                the request is being throttled.
            ValidationException: Thrown when the request contains invalid parameters or
                fails input validation requirements.
            PartnerCentralBenefitsError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.get_benefit_allocation(
            catalog="1234567",
            identifier="arn:1234567",
        )
        ```
        """
        return await self._core.invoke(
            _ops.GET_BENEFIT_ALLOCATION,
            _shapes.GetBenefitAllocationInput(
                catalog=catalog,
                identifier=identifier,
            ),
        )

    async def get_benefit_application(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> GetBenefitApplicationOutput:
        """Retrieves detailed information about a specific benefit application.

        Args:
            catalog: The catalog identifier that specifies which benefit catalog to query.
                Required.
            identifier: The unique identifier of the benefit application to retrieve.
                Required.

        Returns:
            GetBenefitApplicationOutput

        Raises:
            AccessDeniedException: Thrown when the caller does not have sufficient
                permissions to perform the requested operation.
            ConflictException: Thrown when the request conflicts with the current state of
                the resource, such as attempting to...
            InternalServerException: Thrown when an unexpected error occurs on the server
                side during request processing.
            ResourceNotFoundException: Thrown when the requested resource cannot be found or
                does not exist.
            ThrottlingException: Thrown when the request rate exceeds the allowed limits and
                the request is being throttled.
            ValidationException: Thrown when the request contains invalid parameters or
                fails input validation requirements.
            PartnerCentralBenefitsError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.get_benefit_application(
            catalog="1234567",
            identifier="arn:1234567",
        )
        ```
        """
        return await self._core.invoke(
            _ops.GET_BENEFIT_APPLICATION,
            _shapes.GetBenefitApplicationInput(
                catalog=catalog,
                identifier=identifier,
            ),
        )

    async def list_benefit_allocations(
        self,
        *,
        catalog: str,
        fulfillment_types: (
            _types.SequenceNotStr[FulfillmentType | _types.FulfillmentTypeValue] | None
        ) = None,
        benefit_identifiers: _types.SequenceNotStr[str] | None = None,
        benefit_application_identifiers: _types.SequenceNotStr[str] | None = None,
        status: (
            _types.SequenceNotStr[BenefitAllocationStatus | _types.BenefitAllocationStatusValue]
            | None
        ) = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListBenefitAllocationsOutput:
        """Retrieves a paginated list of benefit allocations based on specified filter criteria.

        Args:
            catalog: The catalog identifier to filter benefit allocations by catalog.
                Required.
            fulfillment_types: Filter benefit allocations by specific fulfillment types.
            benefit_identifiers: Filter benefit allocations by specific benefit identifiers.
            benefit_application_identifiers: Filter benefit allocations by specific benefit
                application identifiers.
            status: Filter benefit allocations by their current status.
            max_results: The maximum number of benefit allocations to return in a single
                response.
            next_token: A pagination token to retrieve the next set of results from a
                previous request.

        Returns:
            ListBenefitAllocationsOutput

        Raises:
            AccessDeniedException: Thrown when the caller does not have sufficient
                permissions to perform the requested operation.
            InternalServerException: Thrown when an unexpected error occurs on the server
                side during request processing.
            ResourceNotFoundException: Thrown when the requested resource cannot be found or
                does not exist.
            ThrottlingException: Thrown when the request rate exceeds the allowed limits and
                the request is being throttled.
            ValidationException: Thrown when the request contains invalid parameters or
                fails input validation requirements.
            PartnerCentralBenefitsError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.list_benefit_allocations(catalog="1234567")
        ```
        """
        return await self._core.invoke(
            _ops.LIST_BENEFIT_ALLOCATIONS,
            _shapes.ListBenefitAllocationsInput(
                catalog=catalog,
                fulfillment_types=fulfillment_types,
                benefit_identifiers=benefit_identifiers,
                benefit_application_identifiers=benefit_application_identifiers,
                status=status,
                max_results=max_results,
                next_token=next_token,
            ),
        )

    async def list_benefit_applications(
        self,
        *,
        catalog: str,
        programs: _types.SequenceNotStr[str] | None = None,
        fulfillment_types: (
            _types.SequenceNotStr[FulfillmentType | _types.FulfillmentTypeValue] | None
        ) = None,
        benefit_identifiers: _types.SequenceNotStr[str] | None = None,
        status: (
            _types.SequenceNotStr[BenefitApplicationStatus | _types.BenefitApplicationStatusValue]
            | None
        ) = None,
        stages: _types.SequenceNotStr[str] | None = None,
        associated_resources: _types.SequenceNotStr[AssociatedResource] | None = None,
        associated_resource_arns: _types.SequenceNotStr[str] | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListBenefitApplicationsOutput:
        """Retrieves a paginated list of benefit applications based on specified filter criteria.

        Args:
            catalog: The catalog identifier to filter benefit applications by catalog.
                Required.
            programs: Filter benefit applications by specific AWS partner programs.
            fulfillment_types: Filter benefit applications by specific fulfillment types.
            benefit_identifiers: Filter benefit applications by specific benefit
                identifiers.
            status: Filter benefit applications by their current processing status.
            stages: Filter benefit applications by their current processing stage.
            associated_resources: Filter benefit applications by associated AWS resources.
            associated_resource_arns: Filter benefit applications by specific AWS resource
                ARNs.
            max_results: The maximum number of benefit applications to return in a single
                response.
            next_token: A pagination token to retrieve the next set of results from a
                previous request.

        Returns:
            ListBenefitApplicationsOutput

        Raises:
            AccessDeniedException: Thrown when the caller does not have sufficient
                permissions to perform the requested operation.
            InternalServerException: Thrown when an unexpected error occurs on the server
                side during request processing.
            ResourceNotFoundException: Thrown when the requested resource cannot be found or
                does not exist.
            ThrottlingException: Thrown when the request rate exceeds the allowed limits and
                the request is being throttled.
            ValidationException: Thrown when the request contains invalid parameters or
                fails input validation requirements.
            PartnerCentralBenefitsError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.list_benefit_applications(catalog="1234567")
        ```
        """
        return await self._core.invoke(
            _ops.LIST_BENEFIT_APPLICATIONS,
            _shapes.ListBenefitApplicationsInput(
                catalog=catalog,
                programs=programs,
                fulfillment_types=fulfillment_types,
                benefit_identifiers=benefit_identifiers,
                status=status,
                stages=stages,
                associated_resources=associated_resources,
                associated_resource_arns=associated_resource_arns,
                max_results=max_results,
                next_token=next_token,
            ),
        )

    async def list_benefits(
        self,
        *,
        catalog: str,
        programs: _types.SequenceNotStr[str] | None = None,
        fulfillment_types: (
            _types.SequenceNotStr[FulfillmentType | _types.FulfillmentTypeValue] | None
        ) = None,
        status: _types.SequenceNotStr[BenefitStatus | _types.BenefitStatusValue] | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListBenefitsOutput:
        """Retrieves a paginated list of available benefits based on specified filter criteria.

        Args:
            catalog: The catalog identifier to filter benefits by catalog. Required.
            programs: Filter benefits by specific AWS partner programs.
            fulfillment_types: Filter benefits by specific fulfillment types.
            status: Filter benefits by their current status.
            max_results: The maximum number of benefits to return in a single response.
            next_token: A pagination token to retrieve the next set of results from a
                previous request.

        Returns:
            ListBenefitsOutput

        Raises:
            AccessDeniedException: Thrown when the caller does not have sufficient
                permissions to perform the requested operation.
            InternalServerException: Thrown when an unexpected error occurs on the server
                side during request processing.
            ResourceNotFoundException: Thrown when the requested resource cannot be found or
                does not exist.
            ThrottlingException: Thrown when the request rate exceeds the allowed limits and
                the request is being throttled.
            ValidationException: Thrown when the request contains invalid parameters or
                fails input validation requirements.
            PartnerCentralBenefitsError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.list_benefits(catalog="1234567")
        ```
        """
        return await self._core.invoke(
            _ops.LIST_BENEFITS,
            _shapes.ListBenefitsInput(
                catalog=catalog,
                programs=programs,
                fulfillment_types=fulfillment_types,
                status=status,
                max_results=max_results,
                next_token=next_token,
            ),
        )

    async def list_tags_for_resource(
        self,
        *,
        resource_arn: str,
    ) -> ListTagsForResourceResponse:
        """Retrieves all tags associated with a specific resource.

        Args:
            resource_arn: The Amazon Resource Name (ARN) of the resource to list tags for.
                Required.

        Returns:
            ListTagsForResourceResponse

        Raises:
            AccessDeniedException: Thrown when the caller does not have sufficient
                permissions to perform the requested operation.
            InternalServerException: Thrown when an unexpected error occurs on the server
                side during request processing.
            ResourceNotFoundException: Thrown when the requested resource cannot be found or
                does not exist.
            ThrottlingException: Thrown when the request rate exceeds the allowed limits and
                the request is being throttled.
            ValidationException: Thrown when the request contains invalid parameters or
                fails input validation requirements.
            PartnerCentralBenefitsError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.list_tags_for_resource(
            resource_arn="arn:1234567:partnercentral:1234567:123456789012:catalog/Example/1234567/1234567",
        )
        ```
        """
        return await self._core.invoke(
            _ops.LIST_TAGS_FOR_RESOURCE,
            _shapes.ListTagsForResourceRequest(
                resource_arn=resource_arn,
            ),
        )

    async def recall_benefit_application(
        self,
        *,
        catalog: str,
        identifier: str,
        reason: str,
        client_token: str | None = None,
    ) -> RecallBenefitApplicationOutput:
        """Recalls a submitted benefit application, returning it to draft status for further
        modifications.

        Args:
            catalog: The catalog identifier that specifies which benefit catalog the
                application belongs to. Required.
            identifier: The unique identifier of the benefit application to recall.
                Required.
            reason: A descriptive reason explaining why the benefit application is being
                recalled. Required.
            client_token: A unique, case-sensitive identifier to ensure idempotent
                processing of the recall request.

        Returns:
            RecallBenefitApplicationOutput

        Raises:
            AccessDeniedException: Thrown when the caller does not have sufficient
                permissions to perform the requested operation.
            ConflictException: Thrown when the request conflicts with the current state of
                the resource, such as attempting to...
            InternalServerException: Thrown when an unexpected error occurs on the server
                side during request processing.
            ResourceNotFoundException: Thrown when the requested resource cannot be found or
                does not exist.
            ThrottlingException: Thrown when the request rate exceeds the allowed limits and
                the request is being throttled.
            ValidationException: Thrown when the request contains invalid parameters or
                fails input validation requirements.
            PartnerCentralBenefitsError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.recall_benefit_application(
            catalog="1234567",
            identifier="arn:1234567",
            reason="my-reason",
        )
        ```
        """
        return await self._core.invoke(
            _ops.RECALL_BENEFIT_APPLICATION,
            _shapes.RecallBenefitApplicationInput(
                catalog=catalog,
                client_token=client_token,
                identifier=identifier,
                reason=reason,
            ),
        )

    async def submit_benefit_application(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> SubmitBenefitApplicationOutput:
        """Submits a benefit application for review and processing by AWS.

        Args:
            catalog: The catalog identifier that specifies which benefit catalog the
                application belongs to. Required.
            identifier: The unique identifier of the benefit application to submit.
                Required.

        Returns:
            SubmitBenefitApplicationOutput

        Raises:
            AccessDeniedException: Thrown when the caller does not have sufficient
                permissions to perform the requested operation.
            ConflictException: Thrown when the request conflicts with the current state of
                the resource, such as attempting to...
            InternalServerException: Thrown when an unexpected error occurs on the server
                side during request processing.
            ResourceNotFoundException: Thrown when the requested resource cannot be found or
                does not exist.
            ThrottlingException: Thrown when the request rate exceeds the allowed limits and
                the request is being throttled.
            ValidationException: Thrown when the request contains invalid parameters or
                fails input validation requirements.
            PartnerCentralBenefitsError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.submit_benefit_application(
            catalog="1234567",
            identifier="arn:1234567",
        )
        ```
        """
        return await self._core.invoke(
            _ops.SUBMIT_BENEFIT_APPLICATION,
            _shapes.SubmitBenefitApplicationInput(
                catalog=catalog,
                identifier=identifier,
            ),
        )

    async def tag_resource(
        self,
        *,
        resource_arn: str,
        tags: _types.SequenceNotStr[Tag],
    ) -> TagResourceResponse:
        """Adds or updates tags for a specified resource.

        Args:
            resource_arn: The Amazon Resource Name (ARN) of the resource to add tags to.
                Required.
            tags: A list of key-value pairs to add as tags to the resource. Required.

        Returns:
            TagResourceResponse

        Raises:
            AccessDeniedException: Thrown when the caller does not have sufficient
                permissions to perform the requested operation.
            ConflictException: Thrown when the request conflicts with the current state of
                the resource, such as attempting to...
            InternalServerException: Thrown when an unexpected error occurs on the server
                side during request processing.
            ResourceNotFoundException: Thrown when the requested resource cannot be found or
                does not exist.
            ServiceQuotaExceededException: Thrown when the request would exceed the service
                quotas or limits for the account.
            ThrottlingException: Thrown when the request rate exceeds the allowed limits and
                the request is being throttled.
            ValidationException: Thrown when the request contains invalid parameters or
                fails input validation requirements.
            PartnerCentralBenefitsError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.tag_resource(
            resource_arn="arn:1234567:partnercentral:1234567:123456789012:catalog/Example/1234567/1234567",
            tags=[Tag(key="1234567", value_="1234567")],
        )
        ```
        """
        return await self._core.invoke(
            _ops.TAG_RESOURCE,
            _shapes.TagResourceRequest(
                resource_arn=resource_arn,
                tags=tags,
            ),
        )

    async def untag_resource(
        self,
        *,
        resource_arn: str,
        tag_keys: _types.SequenceNotStr[str],
    ) -> UntagResourceResponse:
        """Removes specified tags from a resource.

        Args:
            resource_arn: The Amazon Resource Name (ARN) of the resource to remove tags
                from. Required.
            tag_keys: A list of tag keys to remove from the resource. Required.

        Returns:
            UntagResourceResponse

        Raises:
            AccessDeniedException: Thrown when the caller does not have sufficient
                permissions to perform the requested operation.
            ConflictException: Thrown when the request conflicts with the current state of
                the resource, such as attempting to...
            InternalServerException: Thrown when an unexpected error occurs on the server
                side during request processing.
            ResourceNotFoundException: Thrown when the requested resource cannot be found or
                does not exist.
            ServiceQuotaExceededException: Thrown when the request would exceed the service
                quotas or limits for the account.
            ThrottlingException: Thrown when the request rate exceeds the allowed limits and
                the request is being throttled.
            ValidationException: Thrown when the request contains invalid parameters or
                fails input validation requirements.
            PartnerCentralBenefitsError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.untag_resource(
            resource_arn="arn:1234567:partnercentral:1234567:123456789012:catalog/Example/1234567/1234567",
            tag_keys=["1234567"],
        )
        ```
        """
        return await self._core.invoke(
            _ops.UNTAG_RESOURCE,
            _shapes.UntagResourceRequest(
                resource_arn=resource_arn,
                tag_keys=tag_keys,
            ),
        )

    async def update_benefit_application(
        self,
        *,
        catalog: str,
        client_token: str,
        identifier: str,
        revision: str,
        name: str | None = None,
        description: str | None = None,
        benefit_application_details: _Any | None = None,
        partner_contacts: _types.SequenceNotStr[Contact] | None = None,
        file_details: _types.SequenceNotStr[FileInput] | None = None,
    ) -> UpdateBenefitApplicationOutput:
        """Updates an existing benefit application with new information while maintaining revision
        control.

        Args:
            catalog: The catalog identifier that specifies which benefit catalog the
                application belongs to. Required.
            client_token: A unique, case-sensitive identifier to ensure idempotent
                processing of the update request. Required.
            identifier: The unique identifier of the benefit application to update.
                Required.
            revision: The current revision number of the benefit application to ensure
                optimistic concurrency control. Required.
            name: The updated human-readable name for the benefit application.
            description: The updated detailed description of the benefit application.
            benefit_application_details: Updated detailed information and requirements
                specific to the benefit being requested.
            partner_contacts: Updated contact information for partner representatives
                responsible for this benefit application.
            file_details: Updated supporting documents and files attached to the benefit
                application.

        Returns:
            UpdateBenefitApplicationOutput

        Raises:
            AccessDeniedException: Thrown when the caller does not have sufficient
                permissions to perform the requested operation.
            ConflictException: Thrown when the request conflicts with the current state of
                the resource, such as attempting to...
            InternalServerException: Thrown when an unexpected error occurs on the server
                side during request processing.
            ResourceNotFoundException: Thrown when the requested resource cannot be found or
                does not exist.
            ThrottlingException: Thrown when the request rate exceeds the allowed limits and
                the request is being throttled.
            ValidationException: Thrown when the request contains invalid parameters or
                fails input validation requirements.
            PartnerCentralBenefitsError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.update_benefit_application(
            catalog="1234567",
            client_token="1234567",
            identifier="arn:1234567",
            revision="my-revision",
        )
        ```
        """
        return await self._core.invoke(
            _ops.UPDATE_BENEFIT_APPLICATION,
            _shapes.UpdateBenefitApplicationInput(
                catalog=catalog,
                client_token=client_token,
                name=name,
                description=description,
                identifier=identifier,
                revision=revision,
                benefit_application_details=benefit_application_details,
                partner_contacts=partner_contacts,
                file_details=file_details,
            ),
        )

    def paginate_list_benefit_allocations(
        self,
        *,
        catalog: str,
        fulfillment_types: (
            _types.SequenceNotStr[FulfillmentType | _types.FulfillmentTypeValue] | None
        ) = None,
        benefit_identifiers: _types.SequenceNotStr[str] | None = None,
        benefit_application_identifiers: _types.SequenceNotStr[str] | None = None,
        status: (
            _types.SequenceNotStr[BenefitAllocationStatus | _types.BenefitAllocationStatusValue]
            | None
        ) = None,
        max_results: int | None = None,
        starting_token: str | None = None,
    ) -> _AsyncPaginator[ListBenefitAllocationsOutput, BenefitAllocationSummary]:
        """Every page of `list_benefit_allocations`, fetched lazily.

        Each page is a `ListBenefitAllocationsOutput`, requested when the loop reaches it.
        `items()` yields the `BenefitAllocationSummary` elements of each page's
        `benefit_allocation_summaries` in turn. Every request carries the arguments below,
        `max_results` as the page size; `page.next_token` goes into the next request's
        `next_token`, until a page has none. Iterating raises what
        `list_benefit_allocations` raises.

        Args:
            catalog: The catalog identifier to filter benefit allocations by catalog.
                Required.
            fulfillment_types: Filter benefit allocations by specific fulfillment types.
            benefit_identifiers: Filter benefit allocations by specific benefit identifiers.
            benefit_application_identifiers: Filter benefit allocations by specific benefit
                application identifiers.
            status: Filter benefit allocations by their current status.
            max_results: The maximum number of benefit allocations to return in a single
                response.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            AsyncPaginator[ListBenefitAllocationsOutput, BenefitAllocationSummary]
        """
        return _AsyncPaginator(
            self.list_benefit_allocations,
            {
                "catalog": catalog,
                "fulfillment_types": fulfillment_types,
                "benefit_identifiers": benefit_identifiers,
                "benefit_application_identifiers": benefit_application_identifiers,
                "status": status,
                "max_results": max_results,
            },
            _ops._LIST_BENEFIT_ALLOCATIONS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_benefit_applications(
        self,
        *,
        catalog: str,
        programs: _types.SequenceNotStr[str] | None = None,
        fulfillment_types: (
            _types.SequenceNotStr[FulfillmentType | _types.FulfillmentTypeValue] | None
        ) = None,
        benefit_identifiers: _types.SequenceNotStr[str] | None = None,
        status: (
            _types.SequenceNotStr[BenefitApplicationStatus | _types.BenefitApplicationStatusValue]
            | None
        ) = None,
        stages: _types.SequenceNotStr[str] | None = None,
        associated_resources: _types.SequenceNotStr[AssociatedResource] | None = None,
        associated_resource_arns: _types.SequenceNotStr[str] | None = None,
        max_results: int | None = None,
        starting_token: str | None = None,
    ) -> _AsyncPaginator[ListBenefitApplicationsOutput, BenefitApplicationSummary]:
        """Every page of `list_benefit_applications`, fetched lazily.

        Each page is a `ListBenefitApplicationsOutput`, requested when the loop reaches it.
        `items()` yields the `BenefitApplicationSummary` elements of each page's
        `benefit_application_summaries` in turn. Every request carries the arguments below,
        `max_results` as the page size; `page.next_token` goes into the next request's
        `next_token`, until a page has none. Iterating raises what
        `list_benefit_applications` raises.

        Args:
            catalog: The catalog identifier to filter benefit applications by catalog.
                Required.
            programs: Filter benefit applications by specific AWS partner programs.
            fulfillment_types: Filter benefit applications by specific fulfillment types.
            benefit_identifiers: Filter benefit applications by specific benefit
                identifiers.
            status: Filter benefit applications by their current processing status.
            stages: Filter benefit applications by their current processing stage.
            associated_resources: Filter benefit applications by associated AWS resources.
            associated_resource_arns: Filter benefit applications by specific AWS resource
                ARNs.
            max_results: The maximum number of benefit applications to return in a single
                response.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            AsyncPaginator[ListBenefitApplicationsOutput, BenefitApplicationSummary]
        """
        return _AsyncPaginator(
            self.list_benefit_applications,
            {
                "catalog": catalog,
                "programs": programs,
                "fulfillment_types": fulfillment_types,
                "benefit_identifiers": benefit_identifiers,
                "status": status,
                "stages": stages,
                "associated_resources": associated_resources,
                "associated_resource_arns": associated_resource_arns,
                "max_results": max_results,
            },
            _ops._LIST_BENEFIT_APPLICATIONS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_benefits(
        self,
        *,
        catalog: str,
        programs: _types.SequenceNotStr[str] | None = None,
        fulfillment_types: (
            _types.SequenceNotStr[FulfillmentType | _types.FulfillmentTypeValue] | None
        ) = None,
        status: _types.SequenceNotStr[BenefitStatus | _types.BenefitStatusValue] | None = None,
        max_results: int | None = None,
        starting_token: str | None = None,
    ) -> _AsyncPaginator[ListBenefitsOutput, BenefitSummary]:
        """Every page of `list_benefits`, fetched lazily.

        Each page is a `ListBenefitsOutput`, requested when the loop reaches it. `items()`
        yields the `BenefitSummary` elements of each page's `benefit_summaries` in turn.
        Every request carries the arguments below, `max_results` as the page size;
        `page.next_token` goes into the next request's `next_token`, until a page has none.
        Iterating raises what `list_benefits` raises.

        Args:
            catalog: The catalog identifier to filter benefits by catalog. Required.
            programs: Filter benefits by specific AWS partner programs.
            fulfillment_types: Filter benefits by specific fulfillment types.
            status: Filter benefits by their current status.
            max_results: The maximum number of benefits to return in a single response.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            AsyncPaginator[ListBenefitsOutput, BenefitSummary]
        """
        return _AsyncPaginator(
            self.list_benefits,
            {
                "catalog": catalog,
                "programs": programs,
                "fulfillment_types": fulfillment_types,
                "status": status,
                "max_results": max_results,
            },
            _ops._LIST_BENEFITS_PAGES,
            starting_token,
            self._core.logger,
        )
