"""The asynchronous Partner Central Marketing API client."""

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
        AssetLanguage,
        CampaignState,
        CampaignTemplateCollection,
        Catalog,
        CustomerSegment,
        Industry,
        Platform,
        SendMode,
        Theme,
    )
    from .shapes import (
        BatchCreateCampaignAssetEntry,
        BatchCreateCampaignAssetResponse,
        CampaignAssetSummary,
        CampaignSort,
        CampaignSummary,
        CampaignTemplateSummary,
        CreateCampaignResponse,
        CreateSocialConnectionAuthorizationUrlResponse,
        DeactivateCampaignAssetResponse,
        FieldValueInput,
        FileRef,
        GetCampaignAssetActivationTaskResponse,
        GetCampaignAssetExportTaskResponse,
        GetCampaignAssetResponse,
        GetCampaignResponse,
        GetCampaignTemplateResponse,
        ListCampaignAssetsResponse,
        ListCampaignsResponse,
        ListSocialConnectionsResponse,
        ListTagsForResourceResponse,
        MonetaryValue,
        SearchCampaignTemplatesResponse,
        SocialConnectionSummary,
        StartCampaignAssetActivationTaskResponse,
        StartCampaignAssetExportTaskResponse,
        Tag,
        TagResourceResponse,
        TargetAudience,
        UntagResourceResponse,
        UpdateCampaignAssetResponse,
        UpdateCampaignResponse,
    )

__all__ = ["AsyncPartnerCentralMarketingClient"]

_Output = _TypeVar("_Output")


class AsyncPartnerCentralMarketingClient:
    """AWS Partner Central Marketing API for campaign and asset management.

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

    async def __aenter__(self) -> AsyncPartnerCentralMarketingClient:
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
        """Run a command (`await client.send(GetCampaignCommand({...}))`)."""
        result: _Output = await self._core.invoke(command.operation, command.input)
        return result

    async def batch_create_campaign_asset(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifier: str,
        entries: _types.SequenceNotStr[BatchCreateCampaignAssetEntry],
    ) -> BatchCreateCampaignAssetResponse:
        """Instantiates one or more of the campaign template's blueprints as assets of this
        campaign.

        The only asset-create operation: DG-038 deleted the singular CreateCampaignAsset, and
        AWS Batch Operations makes exposing a singular alongside a batch optional ("which MAY
        actually be exposed in addition"). It also replaced kit instantiation -- CreateCampaign
        creates zero assets, so this is the only path by which an asset comes into existence.

        Errors here are whole-request only, and nothing is written when one is thrown. Per-entry
        failures ride in the response's `Errors` list with a 200. ServiceQuotaExceededException
        is deliberately absent: a campaign holds at most one asset per blueprint (I-15), so the
        ceiling is the size of the bound kit and a request of unique valid entries cannot exceed
        it.

        Args:
            catalog: The catalog (AWS or Sandbox). Required.
            campaign_identifier: The campaign identifier. Required.
            entries: The blueprints to instantiate, one entry each. Required.

        Returns:
            BatchCreateCampaignAssetResponse

        Raises:
            AccessDeniedException: You do not have sufficient access to perform this action.
            ConflictException: The request conflicts with the current state of the resource.
            InternalServerException: An unexpected error occurred during the processing of
                the request.
            ResourceNotFoundException: The specified resource does not exist.
            ThrottlingException: The request was denied due to request throttling.
            ValidationException: The input fails to satisfy the constraints specified by the
                service.
            PartnerCentralMarketingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.batch_create_campaign_asset(
            catalog="AWS",
            campaign_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/campaign/camp-1234567890123",
            entries=[
                BatchCreateCampaignAssetEntry(source_asset_template_identifier="1234567"),
            ],
        )
        ```
        """
        return await self._core.invoke(
            _ops.BATCH_CREATE_CAMPAIGN_ASSET,
            _shapes.BatchCreateCampaignAssetRequest(
                catalog=catalog,
                campaign_identifier=campaign_identifier,
                entries=entries,
            ),
        )

    async def create_campaign(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        name: str,
        campaign_template_id: str,
        sender_email: str | None = None,
        privacy_policy_url: str | None = None,
        partner_address: str | None = None,
        partner_badge: FileRef | None = None,
        email_target: FileRef | None = None,
        email_target_engagement_group_ids: _types.SequenceNotStr[str] | None = None,
        target_audience: TargetAudience | None = None,
        estimated_budget: MonetaryValue | None = None,
        total_budget: MonetaryValue | None = None,
        start_on: str | None = None,
        end_on: str | None = None,
        client_token: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
    ) -> CreateCampaignResponse:
        """Creates a new marketing campaign.

        Returns the identity of the new campaign, not the campaign. Growing a response is
        backward compatible and shrinking one is not, and the caller's next step is a
        `GetCampaign` anyway — a write that supplies an audience cannot report its scan verdict,
        because that is decided after it commits.

        Args:
            catalog: The catalog (AWS or Sandbox). Required.
            name: The display name. Required.
            campaign_template_id: The campaign template this campaign draws its assets from.
                Required.
            sender_email: The address every email of this campaign is sent from.
            privacy_policy_url: The URL of the partner's privacy policy, linked from every
                email and landing page footer.
            partner_address: The partner's physical postal address, shown in every email
                footer and as a landing page's...
            partner_badge: The partner's badge — a tier or designation badge from AWS
                Partner Badge Manager — shown in every...
            email_target: The campaign's send audience — a CSV of recipient email addresses.
            email_target_engagement_group_ids: Engagement groups whose contacts the
                campaign's emails will also go to: the `Id`s...
            target_audience: Advisory targeting metadata.
            estimated_budget: What the partner expects the campaign to cost.
            total_budget: The campaign's total budget.
            start_on: The first day of the campaign's run window.
            end_on: The last day of the campaign's run window, inclusive and in UTC.
            client_token: Idempotency token. Filled with a random UUID when omitted.
            tags: Tags to apply at creation.

        Returns:
            CreateCampaignResponse

        Raises:
            AccessDeniedException: You do not have sufficient access to perform this action.
            ConflictException: The request conflicts with the current state of the resource.
            InternalServerException: An unexpected error occurred during the processing of
                the request.
            ResourceNotFoundException: The specified resource does not exist.
            ServiceQuotaExceededException: The request exceeds a service quota.
            ThrottlingException: The request was denied due to request throttling.
            ValidationException: The input fails to satisfy the constraints specified by the
                service.
            PartnerCentralMarketingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.create_campaign(
            catalog="AWS",
            name="my-name",
            campaign_template_id="tmpl-1234567890123",
        )
        ```
        """
        return await self._core.invoke(
            _ops.CREATE_CAMPAIGN,
            _shapes.CreateCampaignRequest(
                catalog=catalog,
                name=name,
                campaign_template_id=campaign_template_id,
                sender_email=sender_email,
                privacy_policy_url=privacy_policy_url,
                partner_address=partner_address,
                partner_badge=partner_badge,
                email_target=email_target,
                email_target_engagement_group_ids=email_target_engagement_group_ids,
                target_audience=target_audience,
                estimated_budget=estimated_budget,
                total_budget=total_budget,
                start_on=start_on,
                end_on=end_on,
                client_token=client_token,
                tags=tags,
            ),
        )

    async def create_social_connection_authorization_url(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        platform: Platform | _types.PlatformValue,
    ) -> CreateSocialConnectionAuthorizationUrlResponse:
        """Creates a single-use URL the partner visits to authorize publishing on a platform.
        Serves a first connect, connecting a further account, and re-authorizing an expired one:
        consenting with an account that is already connected re-authorizes that connection and
        keeps its id; any other account adds a connection. Poll ListSocialConnections for the
        outcome. Deliberately not idempotent and takes no client token: every call must mint a
        fresh single-use URL, so replaying a cached response would hand back a dead one.

        Args:
            catalog: Catalog the connection belongs to. Required.
            platform: Social platform to authorize. Required.

        Returns:
            CreateSocialConnectionAuthorizationUrlResponse

        Raises:
            AccessDeniedException: You do not have sufficient access to perform this action.
            InternalServerException: An unexpected error occurred during the processing of
                the request.
            ThrottlingException: The request was denied due to request throttling.
            ValidationException: The input fails to satisfy the constraints specified by the
                service.
            PartnerCentralMarketingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.create_social_connection_authorization_url(
            catalog="AWS",
            platform="FACEBOOK",
        )
        ```
        """
        return await self._core.invoke(
            _ops.CREATE_SOCIAL_CONNECTION_AUTHORIZATION_URL,
            _shapes.CreateSocialConnectionAuthorizationUrlRequest(
                catalog=catalog,
                platform=platform,
            ),
        )

    async def deactivate_campaign_asset(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifier: str,
        campaign_asset_identifier: str,
    ) -> DeactivateCampaignAssetResponse:
        """Stops a live campaign asset: an email's scheduled send is withdrawn, a social post is
        removed before it publishes. On a completed campaign, it also removes a published
        document, banner or landing page.

        Synchronous, and safe to repeat. Does not delete the asset record, so a stopped email or
        social post can be started again.

        Not every asset can be stopped, and the reasons differ in kind. An email that has begun
        sending **cannot** be recalled: the send is gone. A document, a banner or a landing page
        is **refused** with `ASSET_NOT_DEACTIVATABLE` until the campaign has completed (the UTC
        date is after its `EndOn`). Until then the partner fixes one in place by updating it and
        activating it again, which keeps its URL, so every email that already linked to it keeps
        working.

        Once the campaign has completed, the removal is permanent, because a completed campaign
        can't activate anything again:

        - A document's published PDF is deleted. Its URL stops serving within about a minute
          (the CDN revalidates), and `PublicUrl` is no longer returned. Anything that linked to
          it, such as a landing page's download button or a sent email, reaches an error page.
          The export still contains the document.
        - A banner's or landing page's published object is taken down at the delivery platform,
          and the images the partner put on it are deleted. A landing page stops capturing
          leads, and its `PublicUrl` is no longer returned. A partner site that embedded a
          banner shows nothing there. The platform's own CDN can keep serving a copy a visitor
          already cached, which collects nothing.

        A landing page and a document it links to can be removed in either order.

        Args:
            catalog: The catalog (AWS or Sandbox). Required.
            campaign_identifier: The campaign identifier. Required.
            campaign_asset_identifier: The asset identifier. Required.

        Returns:
            DeactivateCampaignAssetResponse

        Raises:
            AccessDeniedException: You do not have sufficient access to perform this action.
            ConflictException: The request conflicts with the current state of the resource.
            InternalServerException: An unexpected error occurred during the processing of
                the request.
            ResourceNotFoundException: The specified resource does not exist.
            ThrottlingException: The request was denied due to request throttling.
            ValidationException: The input fails to satisfy the constraints specified by the
                service.
            PartnerCentralMarketingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.deactivate_campaign_asset(
            catalog="AWS",
            campaign_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/campaign/camp-1234567890123",
            campaign_asset_identifier="ast-1234567890123",
        )
        ```
        """
        return await self._core.invoke(
            _ops.DEACTIVATE_CAMPAIGN_ASSET,
            _shapes.DeactivateCampaignAssetRequest(
                catalog=catalog,
                campaign_identifier=campaign_identifier,
                campaign_asset_identifier=campaign_asset_identifier,
            ),
        )

    async def delete_campaign(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifier: str,
    ) -> None:
        """Permanently deletes a campaign, its assets and their stored files.

        A hard delete with no undo: the campaign leaves ListCampaigns and every read of it
        returns ResourceNotFoundException. Its tags are removed with it.

        Refused with ConflictException while the campaign has a live asset
        (`CAMPAIGN_HAS_ACTIVE_ASSETS`), because deleting the record would orphan what the
        delivery platform still serves or sends: deactivate those assets first. Also refused
        while an activation task is running (`CAMPAIGN_ACTIVATION_IN_PROGRESS`). A completed
        campaign can be deleted.

        Idempotent in effect: deleting a campaign that is already gone returns
        ResourceNotFoundException, and nothing is left behind by a retry.

        Args:
            catalog: The catalog (AWS or Sandbox). Required.
            campaign_identifier: The campaign to delete. Required.

        Raises:
            AccessDeniedException: You do not have sufficient access to perform this action.
            ConflictException: The request conflicts with the current state of the resource.
            InternalServerException: An unexpected error occurred during the processing of
                the request.
            ResourceNotFoundException: The specified resource does not exist.
            ThrottlingException: The request was denied due to request throttling.
            ValidationException: The input fails to satisfy the constraints specified by the
                service.
            PartnerCentralMarketingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        await client.delete_campaign(
            catalog="AWS",
            campaign_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/campaign/camp-1234567890123",
        )
        ```
        """
        return await self._core.invoke(
            _ops.DELETE_CAMPAIGN,
            _shapes.DeleteCampaignRequest(
                catalog=catalog,
                campaign_identifier=campaign_identifier,
            ),
        )

    async def delete_campaign_asset(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifier: str,
        campaign_asset_identifier: str,
    ) -> None:
        """Permanently deletes a campaign asset.

        Args:
            catalog: The catalog (AWS or Sandbox). Required.
            campaign_identifier: The campaign identifier. Required.
            campaign_asset_identifier: The asset identifier. Required.

        Raises:
            AccessDeniedException: You do not have sufficient access to perform this action.
            ConflictException: The request conflicts with the current state of the resource.
            InternalServerException: An unexpected error occurred during the processing of
                the request.
            ResourceNotFoundException: The specified resource does not exist.
            ThrottlingException: The request was denied due to request throttling.
            ValidationException: The input fails to satisfy the constraints specified by the
                service.
            PartnerCentralMarketingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        await client.delete_campaign_asset(
            catalog="AWS",
            campaign_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/campaign/camp-1234567890123",
            campaign_asset_identifier="ast-1234567890123",
        )
        ```
        """
        return await self._core.invoke(
            _ops.DELETE_CAMPAIGN_ASSET,
            _shapes.DeleteCampaignAssetRequest(
                catalog=catalog,
                campaign_identifier=campaign_identifier,
                campaign_asset_identifier=campaign_asset_identifier,
            ),
        )

    async def delete_social_connection(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        identifier: str,
        client_token: str | None = None,
    ) -> None:
        """Revokes and deletes one social connection; other connections on the same platform are
        untouched. Idempotent: deleting an unknown or already-deleted connection succeeds rather
        than returning a not-found error.

        Args:
            catalog: Catalog the connection belongs to. Required.
            identifier: Identifier or ARN of the social connection to delete. Required.
            client_token: Idempotency token. Filled with a random UUID when omitted.

        Raises:
            AccessDeniedException: You do not have sufficient access to perform this action.
            InternalServerException: An unexpected error occurred during the processing of
                the request.
            ThrottlingException: The request was denied due to request throttling.
            ValidationException: The input fails to satisfy the constraints specified by the
                service.
            PartnerCentralMarketingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        await client.delete_social_connection(
            catalog="AWS",
            identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/social-connection/sc-1234567890123",
        )
        ```
        """
        return await self._core.invoke(
            _ops.DELETE_SOCIAL_CONNECTION,
            _shapes.DeleteSocialConnectionRequest(
                catalog=catalog,
                identifier=identifier,
                client_token=client_token,
            ),
        )

    async def get_campaign(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifier: str,
    ) -> GetCampaignResponse:
        """Retrieves a campaign by its identifier.

        Args:
            catalog: The catalog (AWS or Sandbox). Required.
            campaign_identifier: The campaign identifier. Required.

        Returns:
            GetCampaignResponse

        Raises:
            AccessDeniedException: You do not have sufficient access to perform this action.
            InternalServerException: An unexpected error occurred during the processing of
                the request.
            ResourceNotFoundException: The specified resource does not exist.
            ThrottlingException: The request was denied due to request throttling.
            ValidationException: The input fails to satisfy the constraints specified by the
                service.
            PartnerCentralMarketingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.get_campaign(
            catalog="AWS",
            campaign_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/campaign/camp-1234567890123",
        )
        ```
        """
        return await self._core.invoke(
            _ops.GET_CAMPAIGN,
            _shapes.GetCampaignRequest(
                catalog=catalog,
                campaign_identifier=campaign_identifier,
            ),
        )

    async def get_campaign_asset(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifier: str,
        campaign_asset_identifier: str,
    ) -> GetCampaignAssetResponse:
        """Retrieves an asset by its identifier.

        Args:
            catalog: The catalog (AWS or Sandbox). Required.
            campaign_identifier: The campaign identifier. Required.
            campaign_asset_identifier: The asset identifier. Required.

        Returns:
            GetCampaignAssetResponse

        Raises:
            AccessDeniedException: You do not have sufficient access to perform this action.
            InternalServerException: An unexpected error occurred during the processing of
                the request.
            ResourceNotFoundException: The specified resource does not exist.
            ThrottlingException: The request was denied due to request throttling.
            ValidationException: The input fails to satisfy the constraints specified by the
                service.
            PartnerCentralMarketingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.get_campaign_asset(
            catalog="AWS",
            campaign_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/campaign/camp-1234567890123",
            campaign_asset_identifier="ast-1234567890123",
        )
        ```
        """
        return await self._core.invoke(
            _ops.GET_CAMPAIGN_ASSET,
            _shapes.GetCampaignAssetRequest(
                catalog=catalog,
                campaign_identifier=campaign_identifier,
                campaign_asset_identifier=campaign_asset_identifier,
            ),
        )

    async def get_campaign_asset_activation_task(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifier: str,
    ) -> GetCampaignAssetActivationTaskResponse:
        """Reads a campaign's current activation task.

        Keyed on the **campaign**, with no task identifier, because a campaign has at most one
        activation task: runs are serialised, so there is no collection to address into. The
        caller always holds the task id anyway, because Start returned it — the id is a
        correlation value, not an address.

        Returns the campaign's most recent task. A new task overwrites the previous one, so this
        is not a history: the durable per-asset record is on the assets themselves. Returns
        ResourceNotFoundException when the campaign has never had a task, or when its last one
        has expired.

        Args:
            catalog: The catalog (AWS or Sandbox). Required.
            campaign_identifier: The campaign whose current task to read. Required.

        Returns:
            GetCampaignAssetActivationTaskResponse

        Raises:
            AccessDeniedException: You do not have sufficient access to perform this action.
            InternalServerException: An unexpected error occurred during the processing of
                the request.
            ResourceNotFoundException: The specified resource does not exist.
            ThrottlingException: The request was denied due to request throttling.
            ValidationException: The input fails to satisfy the constraints specified by the
                service.
            PartnerCentralMarketingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.get_campaign_asset_activation_task(
            catalog="AWS",
            campaign_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/campaign/camp-1234567890123",
        )
        ```
        """
        return await self._core.invoke(
            _ops.GET_CAMPAIGN_ASSET_ACTIVATION_TASK,
            _shapes.GetCampaignAssetActivationTaskRequest(
                catalog=catalog,
                campaign_identifier=campaign_identifier,
            ),
        )

    async def get_campaign_asset_export_task(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifier: str,
        campaign_asset_export_task_identifier: str,
    ) -> GetCampaignAssetExportTaskResponse:
        """Retrieves a campaign asset export task by its identifier, reporting its status and, when
        the task is COMPLETED, a freshly minted short-lived presigned URL for downloading the
        ZIP archive.

        The download URL is minted on each call and is valid for at most 15 minutes; clients
        should download promptly rather than caching it. When the task has FAILED, FailureReason
        explains why. Poll this operation (roughly every 2-5 seconds) until the task reaches a
        terminal state.

        Args:
            catalog: The catalog (AWS or Sandbox). Required.
            campaign_identifier: The campaign that owns the export task. Required.
            campaign_asset_export_task_identifier: The export task to retrieve: the `Id`
                StartCampaignAssetExportTask returned (`etsk-…`). Required.

        Returns:
            GetCampaignAssetExportTaskResponse

        Raises:
            AccessDeniedException: You do not have sufficient access to perform this action.
            InternalServerException: An unexpected error occurred during the processing of
                the request.
            ResourceNotFoundException: The specified resource does not exist.
            ThrottlingException: The request was denied due to request throttling.
            ValidationException: The input fails to satisfy the constraints specified by the
                service.
            PartnerCentralMarketingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.get_campaign_asset_export_task(
            catalog="AWS",
            campaign_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/campaign/camp-1234567890123",
            campaign_asset_export_task_identifier="etsk-1234567890123",
        )
        ```
        """
        return await self._core.invoke(
            _ops.GET_CAMPAIGN_ASSET_EXPORT_TASK,
            _shapes.GetCampaignAssetExportTaskRequest(
                catalog=catalog,
                campaign_identifier=campaign_identifier,
                campaign_asset_export_task_identifier=campaign_asset_export_task_identifier,
            ),
        )

    async def get_campaign_template(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        identifier: str,
    ) -> GetCampaignTemplateResponse:
        """Retrieves full detail of one campaign template, including its ordered asset templates
        with their field schema and layout previews.

        Args:
            catalog: The catalog (AWS or Sandbox). Required.
            identifier: The campaign template's id. Required.

        Returns:
            GetCampaignTemplateResponse

        Raises:
            AccessDeniedException: You do not have sufficient access to perform this action.
            InternalServerException: An unexpected error occurred during the processing of
                the request.
            ResourceNotFoundException: The specified resource does not exist.
            ThrottlingException: The request was denied due to request throttling.
            ValidationException: The input fails to satisfy the constraints specified by the
                service.
            PartnerCentralMarketingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.get_campaign_template(
            catalog="AWS",
            identifier="tmpl-1234567890123",
        )
        ```
        """
        return await self._core.invoke(
            _ops.GET_CAMPAIGN_TEMPLATE,
            _shapes.GetCampaignTemplateRequest(
                catalog=catalog,
                identifier=identifier,
            ),
        )

    async def list_campaign_assets(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifier: str,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListCampaignAssetsResponse:
        """Lists assets for a campaign with pagination.

        Args:
            catalog: The catalog (AWS or Sandbox). Required.
            campaign_identifier: The campaign identifier. Required.
            max_results: Maximum results per page.
            next_token: Pagination token.

        Returns:
            ListCampaignAssetsResponse

        Raises:
            AccessDeniedException: You do not have sufficient access to perform this action.
            InternalServerException: An unexpected error occurred during the processing of
                the request.
            ResourceNotFoundException: The specified resource does not exist.
            ThrottlingException: The request was denied due to request throttling.
            ValidationException: The input fails to satisfy the constraints specified by the
                service.
            PartnerCentralMarketingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.list_campaign_assets(
            catalog="AWS",
            campaign_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/campaign/camp-1234567890123",
        )
        ```
        """
        return await self._core.invoke(
            _ops.LIST_CAMPAIGN_ASSETS,
            _shapes.ListCampaignAssetsRequest(
                catalog=catalog,
                campaign_identifier=campaign_identifier,
                max_results=max_results,
                next_token=next_token,
            ),
        )

    async def list_campaigns(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifiers: _types.SequenceNotStr[str] | None = None,
        name: str | None = None,
        states: _types.SequenceNotStr[CampaignState | _types.CampaignStateValue] | None = None,
        sort: CampaignSort | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListCampaignsResponse:
        """Lists campaigns with optional filters and pagination.

        Args:
            catalog: The catalog (AWS or Sandbox). Required.
            campaign_identifiers: Only these campaigns, each named by its id or its campaign
                ARN.
            name: Only campaigns whose name contains this, compared case-insensitively.
            states: Only campaigns in one of these states.
            sort: The order of the results.
            max_results: Maximum results per page.
            next_token: Pagination token.

        Returns:
            ListCampaignsResponse

        Raises:
            AccessDeniedException: You do not have sufficient access to perform this action.
            InternalServerException: An unexpected error occurred during the processing of
                the request.
            ThrottlingException: The request was denied due to request throttling.
            ValidationException: The input fails to satisfy the constraints specified by the
                service.
            PartnerCentralMarketingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.list_campaigns(catalog="AWS")
        ```
        """
        return await self._core.invoke(
            _ops.LIST_CAMPAIGNS,
            _shapes.ListCampaignsRequest(
                catalog=catalog,
                campaign_identifiers=campaign_identifiers,
                name=name,
                states=states,
                sort=sort,
                max_results=max_results,
                next_token=next_token,
            ),
        )

    async def list_social_connections(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        platform: Platform | _types.PlatformValue | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListSocialConnectionsResponse:
        """Lists the partner's social connections, optionally filtered by platform.

        Args:
            catalog: Catalog to list connections from. Required.
            platform: Restrict results to a single social platform.
            max_results: Maximum number of results to return per page.
            next_token: Pagination token from a previous response.

        Returns:
            ListSocialConnectionsResponse

        Raises:
            AccessDeniedException: You do not have sufficient access to perform this action.
            InternalServerException: An unexpected error occurred during the processing of
                the request.
            ThrottlingException: The request was denied due to request throttling.
            ValidationException: The input fails to satisfy the constraints specified by the
                service.
            PartnerCentralMarketingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.list_social_connections(catalog="AWS")
        ```
        """
        return await self._core.invoke(
            _ops.LIST_SOCIAL_CONNECTIONS,
            _shapes.ListSocialConnectionsRequest(
                catalog=catalog,
                platform=platform,
                max_results=max_results,
                next_token=next_token,
            ),
        )

    async def list_tags_for_resource(
        self,
        *,
        resource_arn: str,
    ) -> ListTagsForResourceResponse:
        """Lists the tags applied to a Partner Central Marketing resource.

        Args:
            resource_arn: The ARN of the resource whose tags should be returned. Required.

        Returns:
            ListTagsForResourceResponse

        Raises:
            AccessDeniedException: You do not have sufficient access to perform this action.
            InternalServerException: An unexpected error occurred during the processing of
                the request.
            ResourceNotFoundException: The specified resource does not exist.
            ThrottlingException: The request was denied due to request throttling.
            ValidationException: The input fails to satisfy the constraints specified by the
                service.
            PartnerCentralMarketingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.list_tags_for_resource(
            resource_arn="arn:1234567:partnercentral:1234567:123456789012:catalog/Example/campaign/1234567",
        )
        ```
        """
        return await self._core.invoke(
            _ops.LIST_TAGS_FOR_RESOURCE,
            _shapes.ListTagsForResourceRequest(
                resource_arn=resource_arn,
            ),
        )

    async def search_campaign_templates(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        search_text: str | None = None,
        industry: _types.SequenceNotStr[Industry | _types.IndustryValue] | None = None,
        use_case: _types.SequenceNotStr[str] | None = None,
        language: _types.SequenceNotStr[AssetLanguage | _types.AssetLanguageValue] | None = None,
        aws_services: _types.SequenceNotStr[str] | None = None,
        customer_segments: (
            _types.SequenceNotStr[CustomerSegment | _types.CustomerSegmentValue] | None
        ) = None,
        themes: _types.SequenceNotStr[Theme | _types.ThemeValue] | None = None,
        collection: (
            _types.SequenceNotStr[
                CampaignTemplateCollection | _types.CampaignTemplateCollectionValue
            ]
            | None
        ) = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> SearchCampaignTemplatesResponse:
        """Searches and browses the AWS-authored campaign template catalog. With no SearchText it
        returns the whole catalog in the default order, so browse and keyword search share one
        shape; GetCampaignTemplate reads one template.

        Args:
            catalog: The catalog (AWS or Sandbox). Required.
            search_text: Free-text query matched against the template's name and
                description.
            industry: Restrict to templates in these industries.
            use_case: Restrict to templates with these campaign use cases.
            language: Restrict to templates in these language(s), matched by each template's
                `LanguageCode`.
            aws_services: Restrict to templates promoting these AWS services.
            customer_segments: Restrict to templates for these customer segments.
            themes: Restrict to templates with these themes.
            collection: Restrict to templates in these collections.
            max_results: Maximum results per page.
            next_token: Pagination token.

        Returns:
            SearchCampaignTemplatesResponse

        Raises:
            AccessDeniedException: You do not have sufficient access to perform this action.
            InternalServerException: An unexpected error occurred during the processing of
                the request.
            ThrottlingException: The request was denied due to request throttling.
            ValidationException: The input fails to satisfy the constraints specified by the
                service.
            PartnerCentralMarketingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.search_campaign_templates(catalog="AWS")
        ```
        """
        return await self._core.invoke(
            _ops.SEARCH_CAMPAIGN_TEMPLATES,
            _shapes.SearchCampaignTemplatesRequest(
                catalog=catalog,
                search_text=search_text,
                industry=industry,
                use_case=use_case,
                language=language,
                aws_services=aws_services,
                customer_segments=customer_segments,
                themes=themes,
                collection=collection,
                max_results=max_results,
                next_token=next_token,
            ),
        )

    async def start_campaign_asset_activation_task(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifier: str,
        campaign_asset_identifiers: _types.SequenceNotStr[str],
        client_token: str | None = None,
    ) -> StartCampaignAssetActivationTaskResponse:
        """Activates 1–25 of a campaign's assets as one ordered unit, and returns a task to poll.

        Takes a **list** because the service owns the ordering. Assets link to one another by
        URL — an email's call-to-action carries the landing page's URL, the landing page's
        download field carries the document's — and a URL does not exist until the asset it
        points at is activated. Those edges are derived by the service from the campaign's
        pinned template, so reconstructing and topologically sorting them is work the service
        has already done, and getting it wrong arms an email with a dead link. Name every asset
        you want live and the service sequences them; "activate everything" is the list with
        every id in it, which ListCampaignAssets already gave you.

        Asynchronous, because activating an asset installs or arms behaviour that runs later and
        an email activation bulk-loads its audience into the delivery platform. Everything
        decidable **without** a write to the delivery platform is evaluated before this returns;
        everything else lands on the task.

        A refusal that applies to one asset does not fail the request: that asset is on the task
        already FAILED, with its reason, and the rest run. A refusal that applies to the whole
        request — a malformed list, an unknown campaign, another task already running on this
        campaign, this service's service-linked role being deleted (ConflictException
        `SERVICE_LINKED_ROLE_DELETION_IN_PROGRESS`), a campaign setting an asset in the request
        needs (ValidationException `CAMPAIGN_INCOMPLETE`), a campaign sender that no longer
        passes `CreateCampaign`'s sender rules while the request names an email
        (ValidationException with no `FieldList`, whose message ends with one `Reason: <code>`
        token per failed rule: `PATTERN_MISMATCH`, `SENDER_DOMAIN_NOT_ALLIANCE_LEAD`, or
        `SENDER_DOMAIN_DKIM_MISSING` and/or `SENDER_DOMAIN_DMARC_MISSING`) — is thrown, and
        nothing starts.

        One task runs on a campaign at a time. A second concurrent call is refused with
        ConflictException / CAMPAIGN_ACTIVATION_IN_PROGRESS, whose `ResourceId` names the task
        already holding the campaign. Two tasks over *disjoint* asset sets are refused too: the
        guard is deliberately campaign-wide, because overlapping runs made the per-asset status
        misleading rather than merely contended.

        Args:
            catalog: The catalog (AWS or Sandbox). Required.
            campaign_identifier: The campaign identifier, which also authorizes the call.
                Required.
            campaign_asset_identifiers: The assets to activate, in any order — the service
                derives the dependency order and ignores the... Required.
            client_token: Idempotency token. Filled with a random UUID when omitted.

        Returns:
            StartCampaignAssetActivationTaskResponse

        Raises:
            AccessDeniedException: You do not have sufficient access to perform this action.
            ConflictException: The request conflicts with the current state of the resource.
            InternalServerException: An unexpected error occurred during the processing of
                the request.
            ResourceNotFoundException: The specified resource does not exist.
            ThrottlingException: The request was denied due to request throttling.
            ValidationException: The input fails to satisfy the constraints specified by the
                service.
            PartnerCentralMarketingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.start_campaign_asset_activation_task(
            catalog="AWS",
            campaign_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/campaign/camp-1234567890123",
            campaign_asset_identifiers=["ast-1234567890123"],
        )
        ```
        """
        return await self._core.invoke(
            _ops.START_CAMPAIGN_ASSET_ACTIVATION_TASK,
            _shapes.StartCampaignAssetActivationTaskRequest(
                catalog=catalog,
                campaign_identifier=campaign_identifier,
                campaign_asset_identifiers=campaign_asset_identifiers,
                client_token=client_token,
            ),
        )

    async def start_campaign_asset_export_task(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifier: str,
        client_token: str | None = None,
    ) -> StartCampaignAssetExportTaskResponse:
        """Starts an asynchronous task that packages a campaign's assets into a single downloadable
        ZIP archive.

        Fire-and-return: the campaign is validated (it must exist and not be cancelled), a task
        record is persisted, an asynchronous execution is started, and the task id is returned
        with status IN_PROGRESS. This operation does not inspect assets — all resolution,
        exclusion, and failure are determined by the execution and surfaced only by
        GetCampaignAssetExportTask.

        Every campaign is exportable, including one never activated, because renderable assets
        are composed on demand at export time rather than requiring finished, launched
        deliverables.

        Args:
            catalog: The catalog (AWS or Sandbox). Required.
            campaign_identifier: The campaign whose assets are exported. Required.
            client_token: Idempotency token. Filled with a random UUID when omitted.

        Returns:
            StartCampaignAssetExportTaskResponse

        Raises:
            AccessDeniedException: You do not have sufficient access to perform this action.
            InternalServerException: An unexpected error occurred during the processing of
                the request.
            ResourceNotFoundException: The specified resource does not exist.
            ThrottlingException: The request was denied due to request throttling.
            ValidationException: The input fails to satisfy the constraints specified by the
                service.
            PartnerCentralMarketingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.start_campaign_asset_export_task(
            catalog="AWS",
            campaign_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/campaign/camp-1234567890123",
        )
        ```
        """
        return await self._core.invoke(
            _ops.START_CAMPAIGN_ASSET_EXPORT_TASK,
            _shapes.StartCampaignAssetExportTaskRequest(
                catalog=catalog,
                campaign_identifier=campaign_identifier,
                client_token=client_token,
            ),
        )

    async def tag_resource(
        self,
        *,
        resource_arn: str,
        tags: _types.SequenceNotStr[Tag],
    ) -> TagResourceResponse:
        """Adds or replaces tags on a Partner Central Marketing resource.

        Idempotent: applying a tag that is already present with the same value is a no-op, and
        supplying a key that already exists replaces its value.

        Args:
            resource_arn: The ARN of the resource to tag. Required.
            tags: The tags to add or replace. Required.

        Returns:
            TagResourceResponse

        Raises:
            AccessDeniedException: You do not have sufficient access to perform this action.
            ConflictException: The request conflicts with the current state of the resource.
            InternalServerException: An unexpected error occurred during the processing of
                the request.
            ResourceNotFoundException: The specified resource does not exist.
            ServiceQuotaExceededException: The request exceeds a service quota.
            ThrottlingException: The request was denied due to request throttling.
            ValidationException: The input fails to satisfy the constraints specified by the
                service.
            PartnerCentralMarketingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.tag_resource(
            resource_arn="arn:1234567:partnercentral:1234567:123456789012:catalog/Example/campaign/1234567",
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
        """Removes tags from a Partner Central Marketing resource.

        Idempotent: removing a key that is not present succeeds.

        Args:
            resource_arn: The ARN of the resource to remove tags from. Required.
            tag_keys: The tag keys to remove. Required.

        Returns:
            UntagResourceResponse

        Raises:
            AccessDeniedException: You do not have sufficient access to perform this action.
            ConflictException: The request conflicts with the current state of the resource.
            InternalServerException: An unexpected error occurred during the processing of
                the request.
            ResourceNotFoundException: The specified resource does not exist.
            ThrottlingException: The request was denied due to request throttling.
            ValidationException: The input fails to satisfy the constraints specified by the
                service.
            PartnerCentralMarketingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.untag_resource(
            resource_arn="arn:1234567:partnercentral:1234567:123456789012:catalog/Example/campaign/1234567",
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

    async def update_campaign(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifier: str,
        name: str | None = None,
        sender_email: str | None = None,
        privacy_policy_url: str | None = None,
        partner_address: str | None = None,
        partner_badge: FileRef | None = None,
        email_target: FileRef | None = None,
        email_target_engagement_group_ids: _types.SequenceNotStr[str] | None = None,
        social_connections: _Mapping[str, _types.SequenceNotStr[str]] | None = None,
        estimated_budget: MonetaryValue | None = None,
        total_budget: MonetaryValue | None = None,
        target_audience: TargetAudience | None = None,
        client_token: str | None = None,
        start_on: str | None = None,
        end_on: str | None = None,
    ) -> UpdateCampaignResponse:
        """Edits a campaign in place.

        Partial update: an omitted field is left unchanged, which is the standard meaning of an
        `Update` verb — a full replacement would be a `Put`. Change-only, with no way to clear a
        field back to empty, because the campaign's file members cannot round-trip: they are
        written as an `s3://` reference and read back as a URL or as metadata, so a replacement
        payload could not resend an unchanged recipient list without re-uploading it.

        Refused while an activation task runs (`CAMPAIGN_ACTIVATION_IN_PROGRESS`) and once the
        campaign is completed (`CAMPAIGN_COMPLETED`, the UTC date is after its `EndOn`).

        Last-writer-wins, with no concurrency token: this is low-contention metadata owned by
        one partner.

        Args:
            catalog: The catalog (AWS or Sandbox). Required.
            campaign_identifier: The campaign identifier. Required.
            name: The display name.
            sender_email: Sets or replaces the address the campaign's emails are sent from.
            privacy_policy_url: Sets or replaces the URL of the partner's privacy policy.
            partner_address: Sets or replaces the partner's postal address.
            partner_badge: Sets or replaces the partner's badge, checked exactly as on
                `CreateCampaign`.
            email_target: Replaces the campaign's attached recipient list.
            email_target_engagement_group_ids: Engagement groups whose contacts the
                campaign's emails will also go to (see `CreateCampaign`).
            social_connections: Sets the account the campaign's social posts publish from,
                per platform.
            estimated_budget: What the partner expects the campaign to cost.
            total_budget: The campaign's total budget.
            target_audience: Target audience configuration.
            client_token: Idempotency token. Filled with a random UUID when omitted.
            start_on: The first day of the campaign's run window.
            end_on: The last day of the campaign's run window, inclusive and in UTC.

        Returns:
            UpdateCampaignResponse

        Raises:
            AccessDeniedException: You do not have sufficient access to perform this action.
            ConflictException: The request conflicts with the current state of the resource.
            InternalServerException: An unexpected error occurred during the processing of
                the request.
            ResourceNotFoundException: The specified resource does not exist.
            ThrottlingException: The request was denied due to request throttling.
            ValidationException: The input fails to satisfy the constraints specified by the
                service.
            PartnerCentralMarketingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.update_campaign(
            catalog="AWS",
            campaign_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/campaign/camp-1234567890123",
        )
        ```
        """
        return await self._core.invoke(
            _ops.UPDATE_CAMPAIGN,
            _shapes.UpdateCampaignRequest(
                catalog=catalog,
                campaign_identifier=campaign_identifier,
                name=name,
                sender_email=sender_email,
                privacy_policy_url=privacy_policy_url,
                partner_address=partner_address,
                partner_badge=partner_badge,
                email_target=email_target,
                email_target_engagement_group_ids=email_target_engagement_group_ids,
                social_connections=social_connections,
                estimated_budget=estimated_budget,
                total_budget=total_budget,
                target_audience=target_audience,
                client_token=client_token,
                start_on=start_on,
                end_on=end_on,
            ),
        )

    async def update_campaign_asset(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifier: str,
        campaign_asset_identifier: str,
        field_values: _types.SequenceNotStr[FieldValueInput] | None = None,
        layout: str | None = None,
        send_mode: SendMode | _types.SendModeValue | None = None,
        scheduled_send_at: _dt.datetime | None = None,
        client_token: str | None = None,
    ) -> UpdateCampaignAssetResponse:
        """Updates an asset's field values, layout or send time. Refused with `ConflictException`
        while the campaign's running activation task still owns the asset
        (`ASSET_START_IN_PROGRESS`), and for a live email or social post
        (`ASSET_ALREADY_ACTIVE`): deactivate it first.

        Args:
            catalog: The catalog (AWS or Sandbox). Required.
            campaign_identifier: The campaign identifier. Required.
            campaign_asset_identifier: The asset identifier. Required.
            field_values: Value-only updates to the asset's pinned template fields, keyed by
                FieldId.
            layout: Selects a multi-layout asset's layout: one of the values in
                `CampaignAsset.layout.options`.
            send_mode: When a **sendable*asset (`EMAIL`, `SOCIAL_POST`) sends: on
                activation, or at `ScheduledSendAt`.
            scheduled_send_at: The send time, with `SendMode: SCHEDULED` and only then.
            client_token: Idempotency token. Filled with a random UUID when omitted.

        Returns:
            UpdateCampaignAssetResponse

        Raises:
            AccessDeniedException: You do not have sufficient access to perform this action.
            ConflictException: The request conflicts with the current state of the resource.
            InternalServerException: An unexpected error occurred during the processing of
                the request.
            ResourceNotFoundException: The specified resource does not exist.
            ThrottlingException: The request was denied due to request throttling.
            ValidationException: The input fails to satisfy the constraints specified by the
                service.
            PartnerCentralMarketingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = await client.update_campaign_asset(
            catalog="AWS",
            campaign_identifier="arn:example:partnercentral:1234567:123456789012:catalog/Example/campaign/camp-1234567890123",
            campaign_asset_identifier="ast-1234567890123",
        )
        ```
        """
        return await self._core.invoke(
            _ops.UPDATE_CAMPAIGN_ASSET,
            _shapes.UpdateCampaignAssetRequest(
                catalog=catalog,
                campaign_identifier=campaign_identifier,
                campaign_asset_identifier=campaign_asset_identifier,
                field_values=field_values,
                layout=layout,
                send_mode=send_mode,
                scheduled_send_at=scheduled_send_at,
                client_token=client_token,
            ),
        )

    def paginate_list_campaign_assets(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifier: str,
        max_results: int | None = None,
        starting_token: str | None = None,
    ) -> _AsyncPaginator[ListCampaignAssetsResponse, CampaignAssetSummary]:
        """Every page of `list_campaign_assets`, fetched lazily.

        Each page is a `ListCampaignAssetsResponse`, requested when the loop reaches it.
        `items()` yields the `CampaignAssetSummary` elements of each page's `items` in turn.
        Every request carries the arguments below, `max_results` as the page size;
        `page.next_token` goes into the next request's `next_token`, until a page has none.
        Iterating raises what `list_campaign_assets` raises.

        Args:
            catalog: The catalog (AWS or Sandbox). Required.
            campaign_identifier: The campaign identifier. Required.
            max_results: Maximum results per page.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            AsyncPaginator[ListCampaignAssetsResponse, CampaignAssetSummary]
        """
        return _AsyncPaginator(
            self.list_campaign_assets,
            {
                "catalog": catalog,
                "campaign_identifier": campaign_identifier,
                "max_results": max_results,
            },
            _ops._LIST_CAMPAIGN_ASSETS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_campaigns(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        campaign_identifiers: _types.SequenceNotStr[str] | None = None,
        name: str | None = None,
        states: _types.SequenceNotStr[CampaignState | _types.CampaignStateValue] | None = None,
        sort: CampaignSort | None = None,
        max_results: int | None = None,
        starting_token: str | None = None,
    ) -> _AsyncPaginator[ListCampaignsResponse, CampaignSummary]:
        """Every page of `list_campaigns`, fetched lazily.

        Each page is a `ListCampaignsResponse`, requested when the loop reaches it.
        `items()` yields the `CampaignSummary` elements of each page's `items` in turn.
        Every request carries the arguments below, `max_results` as the page size;
        `page.next_token` goes into the next request's `next_token`, until a page has none.
        Iterating raises what `list_campaigns` raises.

        Args:
            catalog: The catalog (AWS or Sandbox). Required.
            campaign_identifiers: Only these campaigns, each named by its id or its campaign
                ARN.
            name: Only campaigns whose name contains this, compared case-insensitively.
            states: Only campaigns in one of these states.
            sort: The order of the results.
            max_results: Maximum results per page.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            AsyncPaginator[ListCampaignsResponse, CampaignSummary]
        """
        return _AsyncPaginator(
            self.list_campaigns,
            {
                "catalog": catalog,
                "campaign_identifiers": campaign_identifiers,
                "name": name,
                "states": states,
                "sort": sort,
                "max_results": max_results,
            },
            _ops._LIST_CAMPAIGNS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_social_connections(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        platform: Platform | _types.PlatformValue | None = None,
        max_results: int | None = None,
        starting_token: str | None = None,
    ) -> _AsyncPaginator[ListSocialConnectionsResponse, SocialConnectionSummary]:
        """Every page of `list_social_connections`, fetched lazily.

        Each page is a `ListSocialConnectionsResponse`, requested when the loop reaches it.
        `items()` yields the `SocialConnectionSummary` elements of each page's `items` in
        turn. Every request carries the arguments below, `max_results` as the page size;
        `page.next_token` goes into the next request's `next_token`, until a page has none.
        Iterating raises what `list_social_connections` raises.

        Args:
            catalog: Catalog to list connections from. Required.
            platform: Restrict results to a single social platform.
            max_results: Maximum number of results to return per page.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            AsyncPaginator[ListSocialConnectionsResponse, SocialConnectionSummary]
        """
        return _AsyncPaginator(
            self.list_social_connections,
            {
                "catalog": catalog,
                "platform": platform,
                "max_results": max_results,
            },
            _ops._LIST_SOCIAL_CONNECTIONS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_search_campaign_templates(
        self,
        *,
        catalog: Catalog | _types.CatalogValue,
        search_text: str | None = None,
        industry: _types.SequenceNotStr[Industry | _types.IndustryValue] | None = None,
        use_case: _types.SequenceNotStr[str] | None = None,
        language: _types.SequenceNotStr[AssetLanguage | _types.AssetLanguageValue] | None = None,
        aws_services: _types.SequenceNotStr[str] | None = None,
        customer_segments: (
            _types.SequenceNotStr[CustomerSegment | _types.CustomerSegmentValue] | None
        ) = None,
        themes: _types.SequenceNotStr[Theme | _types.ThemeValue] | None = None,
        collection: (
            _types.SequenceNotStr[
                CampaignTemplateCollection | _types.CampaignTemplateCollectionValue
            ]
            | None
        ) = None,
        max_results: int | None = None,
        starting_token: str | None = None,
    ) -> _AsyncPaginator[SearchCampaignTemplatesResponse, CampaignTemplateSummary]:
        """Every page of `search_campaign_templates`, fetched lazily.

        Each page is a `SearchCampaignTemplatesResponse`, requested when the loop reaches
        it. `items()` yields the `CampaignTemplateSummary` elements of each page's
        `campaign_templates` in turn. Every request carries the arguments below,
        `max_results` as the page size; `page.next_token` goes into the next request's
        `next_token`, until a page has none. Iterating raises what
        `search_campaign_templates` raises.

        Args:
            catalog: The catalog (AWS or Sandbox). Required.
            search_text: Free-text query matched against the template's name and
                description.
            industry: Restrict to templates in these industries.
            use_case: Restrict to templates with these campaign use cases.
            language: Restrict to templates in these language(s), matched by each template's
                `LanguageCode`.
            aws_services: Restrict to templates promoting these AWS services.
            customer_segments: Restrict to templates for these customer segments.
            themes: Restrict to templates with these themes.
            collection: Restrict to templates in these collections.
            max_results: Maximum results per page.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            AsyncPaginator[SearchCampaignTemplatesResponse, CampaignTemplateSummary]
        """
        return _AsyncPaginator(
            self.search_campaign_templates,
            {
                "catalog": catalog,
                "search_text": search_text,
                "industry": industry,
                "use_case": use_case,
                "language": language,
                "aws_services": aws_services,
                "customer_segments": customer_segments,
                "themes": themes,
                "collection": collection,
                "max_results": max_results,
            },
            _ops._SEARCH_CAMPAIGN_TEMPLATES_PAGES,
            starting_token,
            self._core.logger,
        )
