"""The asynchronous Partner Central Revenue Measurement API client."""

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
        AllocationStatus,
        AttributionSortBy,
        CatalogName,
        EntityType,
        MarketplaceRevenueShareAllocationSortField,
        MarketplaceRevenueShareSortBy,
        RevenueAttributionAllocationSortField,
        SortOrder,
        TenancyModel,
    )
    from .shapes import (
        AttributionSummary,
        ContextFilter,
        CreateMarketplaceRevenueShareAllocationOutput,
        CreateMarketplaceRevenueShareOutput,
        CreateRevenueAttributionOutput,
        GetMarketplaceRevenueShareAllocationOutput,
        GetMarketplaceRevenueShareOutput,
        GetRevenueAttributionAllocationOutput,
        GetRevenueAttributionAllocationsTaskOutput,
        GetRevenueAttributionOutput,
        ListMarketplaceRevenueShareAllocationsOutput,
        ListMarketplaceRevenueSharesOutput,
        ListRevenueAttributionAllocationsOutput,
        ListRevenueAttributionsOutput,
        ListTagsForResourceOutput,
        MarketplaceRevenueShareAllocationSummary,
        MarketplaceRevenueShareProductEntry,
        MarketplaceRevenueShareSummary,
        RevenueAttributionAllocationSummary,
        RevenueShareAllocation,
        StartRevenueAttributionAllocationsTaskOutput,
        Tag,
        UpdateMarketplaceRevenueShareAllocationOutput,
        UpdateMarketplaceRevenueShareOutput,
        UpdateRevenueAttributionOutput,
    )

__all__ = ["AsyncPartnerCentralRevenueMeasurementClient"]

_Output = _TypeVar("_Output")


class AsyncPartnerCentralRevenueMeasurementClient:
    """AWS Partner Central Revenue Measurement API for creating, managing, and tracking revenue...

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

    async def __aenter__(self) -> AsyncPartnerCentralRevenueMeasurementClient:
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
        """Run a command (`await client.send(GetMarketplaceRevenueShareCommand({...}))`)."""
        result: _Output = await self._core.invoke(command.operation, command.input)
        return result

    async def create_marketplace_revenue_share(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        products: _types.SequenceNotStr[MarketplaceRevenueShareProductEntry],
        client_token: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
    ) -> CreateMarketplaceRevenueShareOutput:
        """Creates a new marketplace revenue share resource in the specified catalog.

        Args:
            catalog: The catalog in which to create the marketplace revenue share. Required.
            products: The products in the marketplace revenue share, each with its typed
                account lists. Required.
            client_token: A unique token to ensure idempotency of the create request. Filled
                with a random UUID when omitted.
            tags: Tags to associate with the marketplace revenue share upon creation.

        Returns:
            CreateMarketplaceRevenueShareOutput

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred.
            ResourceNotFoundException: The specified resource was not found.
            ServiceQuotaExceededException: The request would exceed a service quota limit.
            ThrottlingException: The request was throttled due to too many requests.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralRevenueMeasurementError: Any other error the service returns (its
                `code` names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.create_marketplace_revenue_share(
            catalog="AWS",
            products=[MarketplaceRevenueShareProductEntry(product_id="1234567")],
        )
        ```
        """
        return await self._core.invoke(
            _ops.CREATE_MARKETPLACE_REVENUE_SHARE,
            _shapes.CreateMarketplaceRevenueShareInput(
                catalog=catalog,
                client_token=client_token,
                products=products,
                tags=tags,
            ),
        )

    async def create_marketplace_revenue_share_allocation(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        marketplace_revenue_share_identifier: str,
        marketplace_revenue_share_revision: str,
        effective_from: str,
        effective_until: str,
        revenue_share_percent: str,
        client_token: str | None = None,
    ) -> CreateMarketplaceRevenueShareAllocationOutput:
        """Creates a new allocation under the specified marketplace revenue share.

        Args:
            catalog: The catalog in which to create the allocation. Required.
            marketplace_revenue_share_identifier: The parent marketplace revenue share, by
                ID (mrs-...) or ARN. Required.
            marketplace_revenue_share_revision: The revision of the parent marketplace
                revenue share that the caller last read, for optimistic... Required.
            effective_from: The effective start date for the allocation. Required.
            effective_until: The effective end date for the allocation. Required.
            revenue_share_percent: The revenue share percentage for this allocation.
                Required.
            client_token: A unique token to ensure idempotency of the create request. Filled
                with a random UUID when omitted.

        Returns:
            CreateMarketplaceRevenueShareAllocationOutput

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred.
            ResourceNotFoundException: The specified resource was not found.
            ServiceQuotaExceededException: The request would exceed a service quota limit.
            ThrottlingException: The request was throttled due to too many requests.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralRevenueMeasurementError: Any other error the service returns (its
                `code` names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.create_marketplace_revenue_share_allocation(
            catalog="AWS",
            marketplace_revenue_share_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/marketplace-revenue-share/mrs-1234567890123",
            marketplace_revenue_share_revision="11234567",
            effective_from="1234-12-12",
            effective_until="1234-12-12",
            revenue_share_percent="123.12",
        )
        ```
        """
        return await self._core.invoke(
            _ops.CREATE_MARKETPLACE_REVENUE_SHARE_ALLOCATION,
            _shapes.CreateMarketplaceRevenueShareAllocationInput(
                catalog=catalog,
                marketplace_revenue_share_identifier=marketplace_revenue_share_identifier,
                client_token=client_token,
                marketplace_revenue_share_revision=marketplace_revenue_share_revision,
                effective_from=effective_from,
                effective_until=effective_until,
                revenue_share_percent=revenue_share_percent,
            ),
        )

    async def create_revenue_attribution(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        name: str,
        tenancy_model: TenancyModel | _types.TenancyModelValue,
        client_token: str | None = None,
        description: str | None = None,
        product_identifier: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
        context: _Mapping[str, str] | None = None,
    ) -> CreateRevenueAttributionOutput:
        """Creates a new revenue attribution record in the specified catalog.

        Args:
            catalog: The catalog in which to create the revenue attribution. Required.
            name: The name of the revenue attribution. Required.
            tenancy_model: The tenancy model for this revenue attribution. Required.
            client_token: A unique token to ensure idempotency of the create request. Filled
                with a random UUID when omitted.
            description: A description of the revenue attribution.
            product_identifier: The unique product identifier in AWS Marketplace.
            tags: Tags to associate with the revenue attribution upon creation.
            context: Program-defined key-value attributes for the revenue attribution.

        Returns:
            CreateRevenueAttributionOutput

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred.
            ResourceNotFoundException: The specified resource was not found.
            ServiceQuotaExceededException: The request would exceed a service quota limit.
            ThrottlingException: The request was throttled due to too many requests.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralRevenueMeasurementError: Any other error the service returns (its
                `code` names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.create_revenue_attribution(
            catalog="AWS",
            name="1234567",
            tenancy_model="MULTI_TENANT",
        )
        ```
        """
        return await self._core.invoke(
            _ops.CREATE_REVENUE_ATTRIBUTION,
            _shapes.CreateRevenueAttributionInput(
                catalog=catalog,
                client_token=client_token,
                name=name,
                description=description,
                tenancy_model=tenancy_model,
                product_identifier=product_identifier,
                tags=tags,
                context=context,
            ),
        )

    async def get_marketplace_revenue_share(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        identifier: str,
        revision: str | None = None,
    ) -> GetMarketplaceRevenueShareOutput:
        """Retrieves the details of a specific marketplace revenue share.

        Args:
            catalog: The catalog that the marketplace revenue share belongs to. Required.
            identifier: The marketplace revenue share to retrieve, by ID (mrs-...) or ARN.
                Required.
            revision: The revision of the marketplace revenue share to retrieve.

        Returns:
            GetMarketplaceRevenueShareOutput

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralRevenueMeasurementError: Any other error the service returns (its
                `code` names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.get_marketplace_revenue_share(
            catalog="AWS",
            identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/marketplace-revenue-share/mrs-1234567890123",
        )
        ```
        """
        return await self._core.invoke(
            _ops.GET_MARKETPLACE_REVENUE_SHARE,
            _shapes.GetMarketplaceRevenueShareInput(
                catalog=catalog,
                identifier=identifier,
                revision=revision,
            ),
        )

    async def get_marketplace_revenue_share_allocation(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        marketplace_revenue_share_identifier: str,
        marketplace_revenue_share_allocation_id: str,
        marketplace_revenue_share_revision: str | None = None,
    ) -> GetMarketplaceRevenueShareAllocationOutput:
        """Retrieves the details of a specific marketplace revenue share allocation.

        Args:
            catalog: The catalog that the allocation belongs to. Required.
            marketplace_revenue_share_identifier: The parent marketplace revenue share, by
                ID (mrs-...) or ARN. Required.
            marketplace_revenue_share_allocation_id: The unique identifier of the allocation
                to retrieve. Required.
            marketplace_revenue_share_revision: The revision of the parent marketplace
                revenue share at which to retrieve the allocation.

        Returns:
            GetMarketplaceRevenueShareAllocationOutput

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralRevenueMeasurementError: Any other error the service returns (its
                `code` names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.get_marketplace_revenue_share_allocation(
            catalog="AWS",
            marketplace_revenue_share_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/marketplace-revenue-share/mrs-1234567890123",
            marketplace_revenue_share_allocation_id="mrsa-1234567890123",
        )
        ```
        """
        return await self._core.invoke(
            _ops.GET_MARKETPLACE_REVENUE_SHARE_ALLOCATION,
            _shapes.GetMarketplaceRevenueShareAllocationInput(
                catalog=catalog,
                marketplace_revenue_share_identifier=marketplace_revenue_share_identifier,
                marketplace_revenue_share_allocation_id=marketplace_revenue_share_allocation_id,
                marketplace_revenue_share_revision=marketplace_revenue_share_revision,
            ),
        )

    async def get_revenue_attribution(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        identifier: str,
        revision: str | None = None,
    ) -> GetRevenueAttributionOutput:
        """Retrieves the details of a specific revenue attribution.

        Args:
            catalog: The catalog that the revenue attribution belongs to. Required.
            identifier: The unique identifier of the revenue attribution to retrieve.
                Required.
            revision: The revision of the attribution to retrieve.

        Returns:
            GetRevenueAttributionOutput

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralRevenueMeasurementError: Any other error the service returns (its
                `code` names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.get_revenue_attribution(
            catalog="AWS",
            identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/revenue-attribution/ra-1234567890123",
        )
        ```
        """
        return await self._core.invoke(
            _ops.GET_REVENUE_ATTRIBUTION,
            _shapes.GetRevenueAttributionInput(
                catalog=catalog,
                identifier=identifier,
                revision=revision,
            ),
        )

    async def get_revenue_attribution_allocation(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        revenue_attribution_identifier: str,
        revenue_attribution_allocation_id: str,
        revenue_attribution_revision: str | None = None,
    ) -> GetRevenueAttributionAllocationOutput:
        """Retrieves a single allocation by its RevenueAttributionAllocationId. Supports optional
        point-in-time version queries.

        Args:
            catalog: The catalog that contains the resource. Required.
            revenue_attribution_identifier: The revenue attribution identifier. Required.
            revenue_attribution_allocation_id: The allocation identifier. Required.
            revenue_attribution_revision: Point-in-time revision number to query.

        Returns:
            GetRevenueAttributionAllocationOutput

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralRevenueMeasurementError: Any other error the service returns (its
                `code` names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.get_revenue_attribution_allocation(
            catalog="AWS",
            revenue_attribution_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/revenue-attribution/ra-1234567890123",
            revenue_attribution_allocation_id="alloc-1234567890123",
        )
        ```
        """
        return await self._core.invoke(
            _ops.GET_REVENUE_ATTRIBUTION_ALLOCATION,
            _shapes.GetRevenueAttributionAllocationInput(
                catalog=catalog,
                revenue_attribution_identifier=revenue_attribution_identifier,
                revenue_attribution_allocation_id=revenue_attribution_allocation_id,
                revenue_attribution_revision=revenue_attribution_revision,
            ),
        )

    async def get_revenue_attribution_allocations_task(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        revenue_attribution_identifier: str,
    ) -> GetRevenueAttributionAllocationsTaskOutput:
        """Retrieves the current status of a previously submitted allocations task. When COMPLETE,
        includes the latest revision. When FAILED, includes error details.

        Args:
            catalog: The catalog that contains the resource. Required.
            revenue_attribution_identifier: The revenue attribution identifier. Required.

        Returns:
            GetRevenueAttributionAllocationsTaskOutput

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralRevenueMeasurementError: Any other error the service returns (its
                `code` names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.get_revenue_attribution_allocations_task(
            catalog="AWS",
            revenue_attribution_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/revenue-attribution/ra-1234567890123",
        )
        ```
        """
        return await self._core.invoke(
            _ops.GET_REVENUE_ATTRIBUTION_ALLOCATIONS_TASK,
            _shapes.GetRevenueAttributionAllocationsTaskInput(
                catalog=catalog,
                revenue_attribution_identifier=revenue_attribution_identifier,
            ),
        )

    async def list_marketplace_revenue_share_allocations(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        marketplace_revenue_share_identifier: str,
        status_filter: AllocationStatus | _types.AllocationStatusValue | None = None,
        after_effective_from: str | None = None,
        before_effective_from: str | None = None,
        after_effective_until: str | None = None,
        before_effective_until: str | None = None,
        sort_by: (
            MarketplaceRevenueShareAllocationSortField
            | _types.MarketplaceRevenueShareAllocationSortFieldValue
            | None
        ) = None,
        sort_order: SortOrder | _types.SortOrderValue | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        marketplace_revenue_share_revision: str | None = None,
    ) -> ListMarketplaceRevenueShareAllocationsOutput:
        """Returns a paginated list of allocations under a marketplace revenue share, with optional
        filtering by status and effective date range. Supports historical reads at a specific
        share revision.

        Args:
            catalog: The catalog containing the allocations. Required.
            marketplace_revenue_share_identifier: The parent marketplace revenue share, by
                ID (mrs-...) or ARN. Required.
            status_filter: Filter by allocation status.
            after_effective_from: Inclusive lower bound for EffectiveFrom date filter.
            before_effective_from: Exclusive upper bound for EffectiveFrom date filter
                (half-open range).
            after_effective_until: Inclusive lower bound for EffectiveUntil date filter.
            before_effective_until: Exclusive upper bound for EffectiveUntil date filter
                (half-open range).
            sort_by: The field to sort marketplace revenue share allocations by.
            sort_order: The direction to sort results.
            max_results: Maximum number of results per page.
            next_token: Pagination token from a previous response.
            marketplace_revenue_share_revision: Optional share revision for historical list.

        Returns:
            ListMarketplaceRevenueShareAllocationsOutput

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralRevenueMeasurementError: Any other error the service returns (its
                `code` names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.list_marketplace_revenue_share_allocations(
            catalog="AWS",
            marketplace_revenue_share_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/marketplace-revenue-share/mrs-1234567890123",
        )
        ```
        """
        return await self._core.invoke(
            _ops.LIST_MARKETPLACE_REVENUE_SHARE_ALLOCATIONS,
            _shapes.ListMarketplaceRevenueShareAllocationsInput(
                catalog=catalog,
                marketplace_revenue_share_identifier=marketplace_revenue_share_identifier,
                status_filter=status_filter,
                after_effective_from=after_effective_from,
                before_effective_from=before_effective_from,
                after_effective_until=after_effective_until,
                before_effective_until=before_effective_until,
                sort_by=sort_by,
                sort_order=sort_order,
                max_results=max_results,
                next_token=next_token,
                marketplace_revenue_share_revision=marketplace_revenue_share_revision,
            ),
        )

    async def list_marketplace_revenue_shares(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        identifiers: _types.SequenceNotStr[str] | None = None,
        product_ids: _types.SequenceNotStr[str] | None = None,
        product_codes: _types.SequenceNotStr[str] | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        sort_by: (
            MarketplaceRevenueShareSortBy | _types.MarketplaceRevenueShareSortByValue | None
        ) = None,
        sort_order: SortOrder | _types.SortOrderValue | None = None,
        created_after: _dt.datetime | None = None,
        created_before: _dt.datetime | None = None,
    ) -> ListMarketplaceRevenueSharesOutput:
        """Returns a paginated list of marketplace revenue shares with optional filters.

        Args:
            catalog: The catalog to list marketplace revenue shares from. Required.
            identifiers: Filter results to only include these marketplace revenue shares, by
                ID or ARN.
            product_ids: Filter results to the marketplace revenue shares that contain any
                of these products.
            product_codes: Filter results to the marketplace revenue shares that contain a
                product with any of these product...
            max_results: The maximum number of results to return in a single call.
            next_token: Token for pagination.
            sort_by: The field to sort marketplace revenue shares by.
            sort_order: The direction to sort results.
            created_after: Filter results to marketplace revenue shares created at or after
                this timestamp (inclusive).
            created_before: Filter results to marketplace revenue shares created before this
                timestamp (exclusive).

        Returns:
            ListMarketplaceRevenueSharesOutput

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralRevenueMeasurementError: Any other error the service returns (its
                `code` names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.list_marketplace_revenue_shares(catalog="AWS")
        ```
        """
        return await self._core.invoke(
            _ops.LIST_MARKETPLACE_REVENUE_SHARES,
            _shapes.ListMarketplaceRevenueSharesInput(
                catalog=catalog,
                identifiers=identifiers,
                product_ids=product_ids,
                product_codes=product_codes,
                max_results=max_results,
                next_token=next_token,
                sort_by=sort_by,
                sort_order=sort_order,
                created_after=created_after,
                created_before=created_before,
            ),
        )

    async def list_revenue_attribution_allocations(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        revenue_attribution_identifier: str,
        entity_type_filters: (
            _types.SequenceNotStr[EntityType | _types.EntityTypeValue] | None
        ) = None,
        entity_identifier_filters: _types.SequenceNotStr[str] | None = None,
        customer_aws_account_id_filters: _types.SequenceNotStr[str] | None = None,
        status_filter: AllocationStatus | _types.AllocationStatusValue | None = None,
        after_effective_from: str | None = None,
        before_effective_from: str | None = None,
        after_effective_until: str | None = None,
        before_effective_until: str | None = None,
        sort_by: (
            RevenueAttributionAllocationSortField
            | _types.RevenueAttributionAllocationSortFieldValue
            | None
        ) = None,
        sort_order: SortOrder | _types.SortOrderValue | None = None,
        revenue_attribution_revision: str | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListRevenueAttributionAllocationsOutput:
        """Returns a paginated list of committed allocations with support for filtering by entity,
        customer, status, or date range.

        Args:
            catalog: The catalog that contains the resource. Required.
            revenue_attribution_identifier: The revenue attribution identifier to query.
                Required.
            entity_type_filters: Filter by deal entity types.
            entity_identifier_filters: Filter by deal entity identifiers.
            customer_aws_account_id_filters: Filter by customer AWS account IDs for
                associated deal entities.
            status_filter: Filter by allocation status.
            after_effective_from: Inclusive lower bound for EffectiveFrom date filter.
            before_effective_from: Exclusive upper bound for EffectiveFrom date filter
                (half-open range).
            after_effective_until: Inclusive lower bound for EffectiveUntil date filter.
            before_effective_until: Exclusive upper bound for EffectiveUntil date filter
                (half-open range).
            sort_by: Field to sort by.
            sort_order: Sort direction.
            revenue_attribution_revision: Point-in-time revision number to query.
            max_results: Maximum results per page.
            next_token: Pagination token from previous response.

        Returns:
            ListRevenueAttributionAllocationsOutput

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralRevenueMeasurementError: Any other error the service returns (its
                `code` names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.list_revenue_attribution_allocations(
            catalog="AWS",
            revenue_attribution_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/revenue-attribution/ra-1234567890123",
        )
        ```
        """
        return await self._core.invoke(
            _ops.LIST_REVENUE_ATTRIBUTION_ALLOCATIONS,
            _shapes.ListRevenueAttributionAllocationsInput(
                catalog=catalog,
                revenue_attribution_identifier=revenue_attribution_identifier,
                entity_type_filters=entity_type_filters,
                entity_identifier_filters=entity_identifier_filters,
                customer_aws_account_id_filters=customer_aws_account_id_filters,
                status_filter=status_filter,
                after_effective_from=after_effective_from,
                before_effective_from=before_effective_from,
                after_effective_until=after_effective_until,
                before_effective_until=before_effective_until,
                sort_by=sort_by,
                sort_order=sort_order,
                revenue_attribution_revision=revenue_attribution_revision,
                max_results=max_results,
                next_token=next_token,
            ),
        )

    async def list_revenue_attributions(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        identifiers: _types.SequenceNotStr[str] | None = None,
        created_after: _dt.datetime | None = None,
        created_before: _dt.datetime | None = None,
        sort_by: AttributionSortBy | _types.AttributionSortByValue | None = None,
        sort_order: SortOrder | _types.SortOrderValue | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        context_filters: _types.SequenceNotStr[ContextFilter] | None = None,
    ) -> ListRevenueAttributionsOutput:
        """Returns a paginated list of revenue attributions with optional filters.

        Args:
            catalog: The catalog to list revenue attributions from. Required.
            identifiers: Filter results to only include revenue attributions with the
                specified identifiers.
            created_after: Filter results to only include revenue attributions created after
                this timestamp.
            created_before: Filter results to only include revenue attributions created
                before this timestamp.
            sort_by: The field to sort revenue attributions by.
            sort_order: The direction to sort results.
            max_results: The maximum number of results to return in a single call.
            next_token: Token for pagination.
            context_filters: Filter results by context.

        Returns:
            ListRevenueAttributionsOutput

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralRevenueMeasurementError: Any other error the service returns (its
                `code` names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.list_revenue_attributions(catalog="AWS")
        ```
        """
        return await self._core.invoke(
            _ops.LIST_REVENUE_ATTRIBUTIONS,
            _shapes.ListRevenueAttributionsInput(
                catalog=catalog,
                identifiers=identifiers,
                created_after=created_after,
                created_before=created_before,
                sort_by=sort_by,
                sort_order=sort_order,
                max_results=max_results,
                next_token=next_token,
                context_filters=context_filters,
            ),
        )

    async def list_tags_for_resource(
        self,
        *,
        resource_arn: str,
    ) -> ListTagsForResourceOutput:
        """Returns the tags associated with the specified resource.

        Args:
            resource_arn: The Amazon Resource Name (ARN) of the resource to list tags for.
                Required.

        Returns:
            ListTagsForResourceOutput

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            InternalServerException: An internal server error occurred.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralRevenueMeasurementError: Any other error the service returns (its
                `code` names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.list_tags_for_resource(
            resource_arn="arn:aws:partnercentral:1234567:123456789012:catalog/Example/revenue-attribution/1234567",
        )
        ```
        """
        return await self._core.invoke(
            _ops.LIST_TAGS_FOR_RESOURCE,
            _shapes.ListTagsForResourceInput(
                resource_arn=resource_arn,
            ),
        )

    async def start_revenue_attribution_allocations_task(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        revenue_attribution_identifier: str,
        revenue_attribution_revision: str,
        revenue_share_allocations: _types.SequenceNotStr[RevenueShareAllocation],
        client_token: str | None = None,
        description: str | None = None,
    ) -> StartRevenueAttributionAllocationsTaskOutput:
        """Submits a batch of up to 250 allocation changes (CREATE and/or UPDATE) for asynchronous
        processing. Returns a TaskId for tracking.

        Args:
            catalog: The catalog context for this operation. Required.
            revenue_attribution_identifier: The revenue attribution identifier. Required.
            revenue_attribution_revision: Current revision of the revenue attribution for
                optimistic locking. Required.
            revenue_share_allocations: The list of allocation changes to process in this
                batch. Required.
            client_token: Idempotency token for deduplication and retry. Filled with a
                random UUID when omitted.
            description: Human-readable description of the batch.

        Returns:
            StartRevenueAttributionAllocationsTaskOutput

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralRevenueMeasurementError: Any other error the service returns (its
                `code` names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.start_revenue_attribution_allocations_task(
            catalog="AWS",
            revenue_attribution_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/revenue-attribution/ra-1234567890123",
            revenue_attribution_revision="11234567",
            revenue_share_allocations=[
                RevenueShareAllocation(
                    action="CREATE",
                    entity_type="OFFER",
                    entity_identifier="1234567",
                    customer_aws_account_id="123456789012",
                    revenue_share_percent="123.12",
                    effective_from="1234-12-12",
                    effective_until="1234-12-12",
                ),
            ],
        )
        ```
        """
        return await self._core.invoke(
            _ops.START_REVENUE_ATTRIBUTION_ALLOCATIONS_TASK,
            _shapes.StartRevenueAttributionAllocationsTaskInput(
                catalog=catalog,
                revenue_attribution_identifier=revenue_attribution_identifier,
                revenue_attribution_revision=revenue_attribution_revision,
                revenue_share_allocations=revenue_share_allocations,
                client_token=client_token,
                description=description,
            ),
        )

    async def tag_resource(
        self,
        *,
        resource_arn: str,
        tags: _types.SequenceNotStr[Tag],
    ) -> None:
        """Adds or overwrites one or more tags for the specified resource.

        Args:
            resource_arn: The Amazon Resource Name (ARN) of the resource to tag. Required.
            tags: The tags to add to the resource. Required.

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralRevenueMeasurementError: Any other error the service returns (its
                `code` names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        await client.tag_resource(
            resource_arn="arn:aws:partnercentral:1234567:123456789012:catalog/Example/revenue-attribution/1234567",
            tags=[Tag(key="1234567", value_="1234567")],
        )
        ```
        """
        return await self._core.invoke(
            _ops.TAG_RESOURCE,
            _shapes.TagResourceInput(
                resource_arn=resource_arn,
                tags=tags,
            ),
        )

    async def untag_resource(
        self,
        *,
        resource_arn: str,
        tag_keys: _types.SequenceNotStr[str],
    ) -> None:
        """Removes one or more tags from the specified resource.

        Args:
            resource_arn: The Amazon Resource Name (ARN) of the resource to remove tags
                from. Required.
            tag_keys: The tag keys to remove from the resource. Required.

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralRevenueMeasurementError: Any other error the service returns (its
                `code` names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        await client.untag_resource(
            resource_arn="arn:aws:partnercentral:1234567:123456789012:catalog/Example/revenue-attribution/1234567",
            tag_keys=["1234567"],
        )
        ```
        """
        return await self._core.invoke(
            _ops.UNTAG_RESOURCE,
            _shapes.UntagResourceInput(
                resource_arn=resource_arn,
                tag_keys=tag_keys,
            ),
        )

    async def update_marketplace_revenue_share(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        identifier: str,
        revision: str,
        products: _types.SequenceNotStr[MarketplaceRevenueShareProductEntry],
        client_token: str | None = None,
    ) -> UpdateMarketplaceRevenueShareOutput:
        """Replaces the products of a marketplace revenue share. The request carries the complete
        desired set of products and their typed account lists; a product not listed is removed
        and its account lists cleared, and an empty Products list closes the marketplace revenue
        share. Closing is one-way.

        Args:
            catalog: The catalog that the marketplace revenue share belongs to. Required.
            identifier: The marketplace revenue share to update, by ID (mrs-...) or ARN.
                Required.
            revision: The current revision of the marketplace revenue share, for optimistic
                concurrency control. Required.
            products: The complete desired set of products in the marketplace revenue share,
                each with its typed... Required.
            client_token: A unique token to ensure idempotency of the update request. Filled
                with a random UUID when omitted.

        Returns:
            UpdateMarketplaceRevenueShareOutput

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred.
            ResourceNotFoundException: The specified resource was not found.
            ServiceQuotaExceededException: The request would exceed a service quota limit.
            ThrottlingException: The request was throttled due to too many requests.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralRevenueMeasurementError: Any other error the service returns (its
                `code` names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.update_marketplace_revenue_share(
            catalog="AWS",
            identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/marketplace-revenue-share/mrs-1234567890123",
            revision="11234567",
            products=[MarketplaceRevenueShareProductEntry(product_id="1234567")],
        )
        ```
        """
        return await self._core.invoke(
            _ops.UPDATE_MARKETPLACE_REVENUE_SHARE,
            _shapes.UpdateMarketplaceRevenueShareInput(
                catalog=catalog,
                identifier=identifier,
                client_token=client_token,
                revision=revision,
                products=products,
            ),
        )

    async def update_marketplace_revenue_share_allocation(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        marketplace_revenue_share_identifier: str,
        marketplace_revenue_share_allocation_id: str,
        marketplace_revenue_share_revision: str,
        client_token: str | None = None,
        revenue_share_percent: str | None = None,
        status: AllocationStatus | _types.AllocationStatusValue | None = None,
    ) -> UpdateMarketplaceRevenueShareAllocationOutput:
        """Updates an existing marketplace revenue share allocation. Supports modifying the revenue
        share percentage and status only, with time-based mutability rules.

        Args:
            catalog: The catalog containing the allocation. Required.
            marketplace_revenue_share_identifier: The parent marketplace revenue share, by
                ID (mrs-...) or ARN. Required.
            marketplace_revenue_share_allocation_id: The identifier of the allocation to
                update. Required.
            marketplace_revenue_share_revision: The current revision of the parent share.
                Required.
            client_token: A unique token to ensure idempotency of the update request. Filled
                with a random UUID when omitted.
            revenue_share_percent: The new revenue share percentage.
            status: The new status.

        Returns:
            UpdateMarketplaceRevenueShareAllocationOutput

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralRevenueMeasurementError: Any other error the service returns (its
                `code` names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.update_marketplace_revenue_share_allocation(
            catalog="AWS",
            marketplace_revenue_share_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/marketplace-revenue-share/mrs-1234567890123",
            marketplace_revenue_share_allocation_id="mrsa-1234567890123",
            marketplace_revenue_share_revision="11234567",
        )
        ```
        """
        return await self._core.invoke(
            _ops.UPDATE_MARKETPLACE_REVENUE_SHARE_ALLOCATION,
            _shapes.UpdateMarketplaceRevenueShareAllocationInput(
                catalog=catalog,
                marketplace_revenue_share_identifier=marketplace_revenue_share_identifier,
                marketplace_revenue_share_allocation_id=marketplace_revenue_share_allocation_id,
                marketplace_revenue_share_revision=marketplace_revenue_share_revision,
                client_token=client_token,
                revenue_share_percent=revenue_share_percent,
                status=status,
            ),
        )

    async def update_revenue_attribution(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        identifier: str,
        revision: str,
        client_token: str | None = None,
        description: str | None = None,
        context: _Mapping[str, str] | None = None,
    ) -> UpdateRevenueAttributionOutput:
        """Updates an existing revenue attribution record.

        Args:
            catalog: The catalog that the revenue attribution belongs to. Required.
            identifier: The unique identifier of the revenue attribution to update.
                Required.
            revision: The current revision of the revenue attribution. Required.
            client_token: A unique token to ensure idempotency of the update request. Filled
                with a random UUID when omitted.
            description: The updated description of the revenue attribution.
            context: Full-replacement context map.

        Returns:
            UpdateRevenueAttributionOutput

        Raises:
            AccessDeniedException: The request was denied due to insufficient permissions.
            ConflictException: The request could not be completed due to a conflict with the
                current state of the resource.
            InternalServerException: An internal server error occurred.
            ResourceNotFoundException: The specified resource was not found.
            ThrottlingException: The request was throttled due to too many requests.
            ValidationException: The request failed validation due to invalid input
                parameters.
            PartnerCentralRevenueMeasurementError: Any other error the service returns (its
                `code` names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.update_revenue_attribution(
            catalog="AWS",
            identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/revenue-attribution/ra-1234567890123",
            revision="11234567",
        )
        ```
        """
        return await self._core.invoke(
            _ops.UPDATE_REVENUE_ATTRIBUTION,
            _shapes.UpdateRevenueAttributionInput(
                catalog=catalog,
                identifier=identifier,
                client_token=client_token,
                description=description,
                revision=revision,
                context=context,
            ),
        )

    def paginate_list_marketplace_revenue_share_allocations(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        marketplace_revenue_share_identifier: str,
        status_filter: AllocationStatus | _types.AllocationStatusValue | None = None,
        after_effective_from: str | None = None,
        before_effective_from: str | None = None,
        after_effective_until: str | None = None,
        before_effective_until: str | None = None,
        sort_by: (
            MarketplaceRevenueShareAllocationSortField
            | _types.MarketplaceRevenueShareAllocationSortFieldValue
            | None
        ) = None,
        sort_order: SortOrder | _types.SortOrderValue | None = None,
        max_results: int | None = None,
        marketplace_revenue_share_revision: str | None = None,
        starting_token: str | None = None,
    ) -> _AsyncPaginator[
        ListMarketplaceRevenueShareAllocationsOutput, MarketplaceRevenueShareAllocationSummary
    ]:
        """Every page of `list_marketplace_revenue_share_allocations`, fetched lazily.

        Each page is a `ListMarketplaceRevenueShareAllocationsOutput`, requested when the
        loop reaches it. `items()` yields the `MarketplaceRevenueShareAllocationSummary`
        elements of each page's `marketplace_revenue_share_allocation_summaries` in turn.
        Every request carries the arguments below, `max_results` as the page size;
        `page.next_token` goes into the next request's `next_token`, until a page has none.
        Iterating raises what `list_marketplace_revenue_share_allocations` raises.

        Args:
            catalog: The catalog containing the allocations. Required.
            marketplace_revenue_share_identifier: The parent marketplace revenue share, by
                ID (mrs-...) or ARN. Required.
            status_filter: Filter by allocation status.
            after_effective_from: Inclusive lower bound for EffectiveFrom date filter.
            before_effective_from: Exclusive upper bound for EffectiveFrom date filter
                (half-open range).
            after_effective_until: Inclusive lower bound for EffectiveUntil date filter.
            before_effective_until: Exclusive upper bound for EffectiveUntil date filter
                (half-open range).
            sort_by: The field to sort marketplace revenue share allocations by.
            sort_order: The direction to sort results.
            max_results: Maximum number of results per page.
            marketplace_revenue_share_revision: Optional share revision for historical list.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            AsyncPaginator[ListMarketplaceRevenueShareAllocationsOutput,
                MarketplaceRevenueShareAllocationSummary]
        """
        return _AsyncPaginator(
            self.list_marketplace_revenue_share_allocations,
            {
                "catalog": catalog,
                "marketplace_revenue_share_identifier": marketplace_revenue_share_identifier,
                "status_filter": status_filter,
                "after_effective_from": after_effective_from,
                "before_effective_from": before_effective_from,
                "after_effective_until": after_effective_until,
                "before_effective_until": before_effective_until,
                "sort_by": sort_by,
                "sort_order": sort_order,
                "max_results": max_results,
                "marketplace_revenue_share_revision": marketplace_revenue_share_revision,
            },
            _ops._LIST_MARKETPLACE_REVENUE_SHARE_ALLOCATIONS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_marketplace_revenue_shares(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        identifiers: _types.SequenceNotStr[str] | None = None,
        product_ids: _types.SequenceNotStr[str] | None = None,
        product_codes: _types.SequenceNotStr[str] | None = None,
        max_results: int | None = None,
        sort_by: (
            MarketplaceRevenueShareSortBy | _types.MarketplaceRevenueShareSortByValue | None
        ) = None,
        sort_order: SortOrder | _types.SortOrderValue | None = None,
        created_after: _dt.datetime | None = None,
        created_before: _dt.datetime | None = None,
        starting_token: str | None = None,
    ) -> _AsyncPaginator[ListMarketplaceRevenueSharesOutput, MarketplaceRevenueShareSummary]:
        """Every page of `list_marketplace_revenue_shares`, fetched lazily.

        Each page is a `ListMarketplaceRevenueSharesOutput`, requested when the loop reaches
        it. `items()` yields the `MarketplaceRevenueShareSummary` elements of each page's
        `marketplace_revenue_share_summaries` in turn. Every request carries the arguments
        below, `max_results` as the page size; `page.next_token` goes into the next
        request's `next_token`, until a page has none. Iterating raises what
        `list_marketplace_revenue_shares` raises.

        Args:
            catalog: The catalog to list marketplace revenue shares from. Required.
            identifiers: Filter results to only include these marketplace revenue shares, by
                ID or ARN.
            product_ids: Filter results to the marketplace revenue shares that contain any
                of these products.
            product_codes: Filter results to the marketplace revenue shares that contain a
                product with any of these product...
            max_results: The maximum number of results to return in a single call.
            sort_by: The field to sort marketplace revenue shares by.
            sort_order: The direction to sort results.
            created_after: Filter results to marketplace revenue shares created at or after
                this timestamp (inclusive).
            created_before: Filter results to marketplace revenue shares created before this
                timestamp (exclusive).
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            AsyncPaginator[ListMarketplaceRevenueSharesOutput,
                MarketplaceRevenueShareSummary]
        """
        return _AsyncPaginator(
            self.list_marketplace_revenue_shares,
            {
                "catalog": catalog,
                "identifiers": identifiers,
                "product_ids": product_ids,
                "product_codes": product_codes,
                "max_results": max_results,
                "sort_by": sort_by,
                "sort_order": sort_order,
                "created_after": created_after,
                "created_before": created_before,
            },
            _ops._LIST_MARKETPLACE_REVENUE_SHARES_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_revenue_attribution_allocations(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        revenue_attribution_identifier: str,
        entity_type_filters: (
            _types.SequenceNotStr[EntityType | _types.EntityTypeValue] | None
        ) = None,
        entity_identifier_filters: _types.SequenceNotStr[str] | None = None,
        customer_aws_account_id_filters: _types.SequenceNotStr[str] | None = None,
        status_filter: AllocationStatus | _types.AllocationStatusValue | None = None,
        after_effective_from: str | None = None,
        before_effective_from: str | None = None,
        after_effective_until: str | None = None,
        before_effective_until: str | None = None,
        sort_by: (
            RevenueAttributionAllocationSortField
            | _types.RevenueAttributionAllocationSortFieldValue
            | None
        ) = None,
        sort_order: SortOrder | _types.SortOrderValue | None = None,
        revenue_attribution_revision: str | None = None,
        max_results: int | None = None,
        starting_token: str | None = None,
    ) -> _AsyncPaginator[
        ListRevenueAttributionAllocationsOutput, RevenueAttributionAllocationSummary
    ]:
        """Every page of `list_revenue_attribution_allocations`, fetched lazily.

        Each page is a `ListRevenueAttributionAllocationsOutput`, requested when the loop
        reaches it. `items()` yields the `RevenueAttributionAllocationSummary` elements of
        each page's `revenue_attribution_allocation_summaries` in turn. Every request
        carries the arguments below, `max_results` as the page size; `page.next_token` goes
        into the next request's `next_token`, until a page has none. Iterating raises what
        `list_revenue_attribution_allocations` raises.

        Args:
            catalog: The catalog that contains the resource. Required.
            revenue_attribution_identifier: The revenue attribution identifier to query.
                Required.
            entity_type_filters: Filter by deal entity types.
            entity_identifier_filters: Filter by deal entity identifiers.
            customer_aws_account_id_filters: Filter by customer AWS account IDs for
                associated deal entities.
            status_filter: Filter by allocation status.
            after_effective_from: Inclusive lower bound for EffectiveFrom date filter.
            before_effective_from: Exclusive upper bound for EffectiveFrom date filter
                (half-open range).
            after_effective_until: Inclusive lower bound for EffectiveUntil date filter.
            before_effective_until: Exclusive upper bound for EffectiveUntil date filter
                (half-open range).
            sort_by: Field to sort by.
            sort_order: Sort direction.
            revenue_attribution_revision: Point-in-time revision number to query.
            max_results: Maximum results per page.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            AsyncPaginator[ListRevenueAttributionAllocationsOutput,
                RevenueAttributionAllocationSummary]
        """
        return _AsyncPaginator(
            self.list_revenue_attribution_allocations,
            {
                "catalog": catalog,
                "revenue_attribution_identifier": revenue_attribution_identifier,
                "entity_type_filters": entity_type_filters,
                "entity_identifier_filters": entity_identifier_filters,
                "customer_aws_account_id_filters": customer_aws_account_id_filters,
                "status_filter": status_filter,
                "after_effective_from": after_effective_from,
                "before_effective_from": before_effective_from,
                "after_effective_until": after_effective_until,
                "before_effective_until": before_effective_until,
                "sort_by": sort_by,
                "sort_order": sort_order,
                "revenue_attribution_revision": revenue_attribution_revision,
                "max_results": max_results,
            },
            _ops._LIST_REVENUE_ATTRIBUTION_ALLOCATIONS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_revenue_attributions(
        self,
        *,
        catalog: CatalogName | _types.CatalogNameValue,
        identifiers: _types.SequenceNotStr[str] | None = None,
        created_after: _dt.datetime | None = None,
        created_before: _dt.datetime | None = None,
        sort_by: AttributionSortBy | _types.AttributionSortByValue | None = None,
        sort_order: SortOrder | _types.SortOrderValue | None = None,
        max_results: int | None = None,
        context_filters: _types.SequenceNotStr[ContextFilter] | None = None,
        starting_token: str | None = None,
    ) -> _AsyncPaginator[ListRevenueAttributionsOutput, AttributionSummary]:
        """Every page of `list_revenue_attributions`, fetched lazily.

        Each page is a `ListRevenueAttributionsOutput`, requested when the loop reaches it.
        `items()` yields the `AttributionSummary` elements of each page's
        `revenue_attribution_summaries` in turn. Every request carries the arguments below,
        `max_results` as the page size; `page.next_token` goes into the next request's
        `next_token`, until a page has none. Iterating raises what
        `list_revenue_attributions` raises.

        Args:
            catalog: The catalog to list revenue attributions from. Required.
            identifiers: Filter results to only include revenue attributions with the
                specified identifiers.
            created_after: Filter results to only include revenue attributions created after
                this timestamp.
            created_before: Filter results to only include revenue attributions created
                before this timestamp.
            sort_by: The field to sort revenue attributions by.
            sort_order: The direction to sort results.
            max_results: The maximum number of results to return in a single call.
            context_filters: Filter results by context.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            AsyncPaginator[ListRevenueAttributionsOutput, AttributionSummary]
        """
        return _AsyncPaginator(
            self.list_revenue_attributions,
            {
                "catalog": catalog,
                "identifiers": identifiers,
                "created_after": created_after,
                "created_before": created_before,
                "sort_by": sort_by,
                "sort_order": sort_order,
                "max_results": max_results,
                "context_filters": context_filters,
            },
            _ops._LIST_REVENUE_ATTRIBUTIONS_PAGES,
            starting_token,
            self._core.logger,
        )
