"""The synchronous Partner Central Selling API client."""

from __future__ import annotations

from types import TracebackType as _TracebackType
from typing import TYPE_CHECKING
from typing import Literal as _Literal
from typing import Any as _Any
from typing import TypeVar as _TypeVar
import datetime as _dt
from collections.abc import Callable as _Callable
from collections.abc import Mapping as _Mapping
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.auth.credentials import Credentials as _Credentials
from typed_aws_runtime.auth.credentials import CredentialsProvider as _CredentialsProvider
from typed_aws_runtime.pipeline.command import Command as _Command
from typed_aws_runtime.pipeline.core import ClientCore as _ClientCore
from typed_aws_runtime.pipeline.incremental import IncrementalSync as _IncrementalSync
from typed_aws_runtime.pipeline.incremental import SyncCheckpoint as _SyncCheckpoint
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
    from .rate_limits import PresetName as _PresetName
    from .rate_limits import RateLimits as _RateLimits
    from .enums import (
        BulkFileFormat,
        BulkJobStatus,
        BulkRecordStatus,
        BulkReportType,
        EngagementContextType,
        EngagementInvitationPayloadType,
        InvitationStatus,
        NationalSecurity,
        OpportunityOrigin,
        OpportunityType,
        ParticipantType,
        PrimaryNeedFromAws,
        ReadinessLevel,
        RelatedEntityType,
        ResourceSnapshotJobStatus,
        ResourceType,
        ReviewStatus,
        SalesInvolvementType,
        SolutionStatus,
        Stage,
        TaskStatus,
        Visibility,
    )
    from .shapes import (
        AggregationRequest,
        AssigneeContact,
        AwsSubmission,
        BulkJobResult,
        Contact,
        CreateCustomerAccountResponse,
        CreateEngagementContextResponse,
        CreateEngagementInvitationResponse,
        CreateEngagementResponse,
        CreateOpportunityResponse,
        CreateResourceSnapshotJobResponse,
        CreateResourceSnapshotResponse,
        CreatedDateFilter,
        Customer,
        CustomerAccountBulkJobFilter,
        CustomerAccountBulkJobSummary,
        CustomerAccountData,
        CustomerAccountSort,
        CustomerAccountSummary,
        DeleteCustomerAccountResponse,
        EngagementContextDetails,
        EngagementContextPayload,
        EngagementGroupSort,
        EngagementGroupSummary,
        EngagementInvitationSummary,
        EngagementMember,
        EngagementResourceAssociationSummary,
        EngagementSearchFilter,
        EngagementSearchSort,
        EngagementSearchSummary,
        EngagementSort,
        EngagementSummary,
        Filter,
        GetAwsOpportunitySummaryResponse,
        GetCustomerAccountBulkJobReportUrlResponse,
        GetCustomerAccountBulkJobResponse,
        GetCustomerAccountResponse,
        GetCustomerAccountStatisticsResponse,
        GetEngagementInvitationResponse,
        GetEngagementResponse,
        GetOpportunityBulkJobReportUrlResponse,
        GetOpportunityResponse,
        GetProspectingFromEngagementTaskResponse,
        GetResourceSnapshotJobResponse,
        GetResourceSnapshotResponse,
        GetSellingSystemSettingsResponse,
        Invitation,
        LastModifiedDate,
        LifeCycle,
        ListCustomerAccountBulkJobResultsResponse,
        ListCustomerAccountBulkJobsResponse,
        ListEngagementByAcceptingInvitationTaskSummary,
        ListEngagementByAcceptingInvitationTasksResponse,
        ListEngagementFromOpportunityTaskSummary,
        ListEngagementFromOpportunityTasksResponse,
        ListEngagementGroupsResponse,
        ListEngagementInvitationsResponse,
        ListEngagementMembersResponse,
        ListEngagementResourceAssociationsResponse,
        ListEngagementsResponse,
        ListOpportunitiesResponse,
        ListOpportunityBulkJobResultsResponse,
        ListOpportunityBulkJobsResponse,
        ListOpportunityFromEngagementTaskSummary,
        ListOpportunityFromEngagementTasksResponse,
        ListProspectingFromEngagementTasksResponse,
        ListResourceSnapshotJobsResponse,
        ListResourceSnapshotsResponse,
        ListSolutionsResponse,
        ListTagsForResourceResponse,
        ListTasksSortBase,
        Marketing,
        OpportunityBulkJobSummary,
        OpportunityEngagementInvitationSort,
        OpportunitySearchFilter,
        OpportunitySearchSort,
        OpportunitySearchSummary,
        OpportunitySort,
        OpportunitySummary,
        Project,
        ProspectingFromEngagementTaskSort,
        ProspectingTaskSummary,
        PutSellingSystemSettingsResponse,
        ResourceSnapshotJobSummary,
        ResourceSnapshotSummary,
        SearchCustomerAccountsResponse,
        SearchEngagementsResponse,
        SearchOpportunitiesResponse,
        SoftwareRevenue,
        SolutionBase,
        SolutionSort,
        SortObject,
        StartCustomerAccountBulkJobResponse,
        StartEngagementByAcceptingInvitationTaskResponse,
        StartEngagementFromOpportunityTaskResponse,
        StartOpportunityBulkJobResponse,
        StartOpportunityFromEngagementTaskResponse,
        StartProspectingFromEngagementTaskResponse,
        Tag,
        TagResourceResponse,
        TargetCloseDateFilter,
        UntagResourceResponse,
        UpdateCustomerAccountRequest,
        UpdateCustomerAccountResponse,
        UpdateEngagementContextPayload,
        UpdateEngagementContextResponse,
        UpdateOpportunityRequest,
        UpdateOpportunityResponse,
    )

__all__ = ["PartnerCentralSellingClient"]

_Output = _TypeVar("_Output")


class PartnerCentralSellingClient:
    """Partner Central

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
        rate_limits: Pace each call to its operation group's published quota: a
            preset's name ('partner-central-published') or a `RateLimits` (see the
            `rate_limits` module). Default: not paced.
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
        rate_limits: _PresetName | _RateLimits | None = None,
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
            "rate_limits": rate_limits,
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

    def __enter__(self) -> PartnerCentralSellingClient:
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
        """Run a command (`client.send(GetOpportunityCommand({...}))`)."""
        result: _Output = self._core.invoke(command.operation, command.input)
        return result

    def accept_engagement_invitation(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> None:
        """Use the `AcceptEngagementInvitation` action to accept an engagement invitation shared by
        AWS. Accepting the invitation indicates your willingness to participate in the
        engagement, granting you access to all engagement-related data.

        Args:
            catalog: The `CatalogType` parameter specifies the catalog associated with the
                engagement invitation. Required.
            identifier: The `Identifier` parameter in the
                `AcceptEngagementInvitationRequest` specifies the unique... Required.

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            ConflictException: This error occurs when the request can’t be processed due to
                a conflict with the target...
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        client.accept_engagement_invitation(catalog="Sandbox", identifier="arn:1234567")
        ```
        """
        return self._core.invoke(
            _ops.ACCEPT_ENGAGEMENT_INVITATION,
            _shapes.AcceptEngagementInvitationRequest(
                catalog=catalog,
                identifier=identifier,
            ),
        )

    def assign_opportunity(
        self,
        *,
        catalog: str,
        identifier: str,
        assignee: AssigneeContact,
    ) -> None:
        """Enables you to reassign an existing `Opportunity` to another user within your Partner
        Central account. The specified user receives the opportunity, and it appears on their
        Partner Central dashboard, allowing them to take necessary actions or proceed with the
        opportunity.

        This is useful for distributing opportunities to the appropriate team members or
        departments within your organization, ensuring that each opportunity is handled by the
        right person. By default, the opportunity owner is the one who creates it. Currently,
        there's no API to enumerate the list of available users.

        Args:
            catalog: Specifies the catalog associated with the request. Required.
            identifier: Requires the `Opportunity`'s unique identifier when you want to
                assign it to another user. Required.
            assignee: Specifies the user or team member responsible for managing the
                assigned opportunity. Required.

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        client.assign_opportunity(
            catalog="Sandbox",
            identifier="O1234567",
            assignee=AssigneeContact(
                email="1234567.1234567@112345671.112345671",
                first_name="1234567",
                last_name="1234567",
                business_title="PartnerAccountManager",
            ),
        )
        ```
        """
        return self._core.invoke(
            _ops.ASSIGN_OPPORTUNITY,
            _shapes.AssignOpportunityRequest(
                catalog=catalog,
                identifier=identifier,
                assignee=assignee,
            ),
        )

    def associate_opportunity(
        self,
        *,
        catalog: str,
        opportunity_identifier: str,
        related_entity_type: RelatedEntityType | _types.RelatedEntityTypeValue,
        related_entity_identifier: str,
    ) -> None:
        """Enables you to create a formal association between an `Opportunity` and various related
        entities, enriching the context and details of the opportunity for better collaboration
        and decision making. You can associate an opportunity with the following entity types:

        - Partner Solution: A software product or consulting practice created and delivered by
          Partners. Partner Solutions help customers address business challenges using Amazon
          Web Services services.
        - Amazon Web Services Products: Amazon Web Services offers many products and services
          that provide scalable, reliable, and cost-effective infrastructure solutions. For the
          latest list of Amazon Web Services products, see [Amazon Web Services
          products](https://github.com/aws-samples/partner-crm-integration-samples/blob/main/resources/aws_products.json).
        - Amazon Web Services Marketplace private offer: Allows Amazon Web Services Marketplace
          sellers to extend custom pricing and terms to individual Amazon Web Services
          customers. Sellers can negotiate custom prices, payment schedules, and end user
          license terms through private offers, enabling Amazon Web Services customers to
          acquire software solutions tailored to their specific needs. For more information, see
          [Private offers in Amazon Web Services
          Marketplace](https://docs.aws.amazon.com/marketplace/latest/buyerguide/buyer-private-offers.html).

        To obtain identifiers for these entities, use the following methods:

        - Solution: Use the `ListSolutions` operation.
        - AWS Products: For the latest list of Amazon Web Services products, see [Amazon Web
          Services
          products](https://github.com/aws-samples/partner-crm-integration-samples/blob/main/resources/aws_products.json).
        - Amazon Web Services Marketplace private offer: Use the [Using the Amazon Web Services
          Marketplace Catalog
          API](https://docs.aws.amazon.com/marketplace/latest/APIReference/catalog-apis.html) to
          list entities. Specifically, use the `ListEntities` operation to retrieve a list of
          private offers. The request returns the details of available private offers. For more
          information, see
          [ListEntities](https://docs.aws.amazon.com/marketplace-catalog/latest/api-reference/API_ListEntities.html).

        Args:
            catalog: Specifies the catalog associated with the request. Required.
            opportunity_identifier: Requires the `Opportunity`'s unique identifier when you
                want to associate it with a related entity. Required.
            related_entity_type: Specifies the entity type that you're associating with the
                `Opportunity`. Required.
            related_entity_identifier: Requires the related entity's unique identifier when
                you want to associate it with the... Required.

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        client.associate_opportunity(
            catalog="Sandbox",
            opportunity_identifier="O1234567",
            related_entity_type="Solutions",
            related_entity_identifier="Opportunity",
        )
        ```
        """
        return self._core.invoke(
            _ops.ASSOCIATE_OPPORTUNITY,
            _shapes.AssociateOpportunityRequest(
                catalog=catalog,
                opportunity_identifier=opportunity_identifier,
                related_entity_type=related_entity_type,
                related_entity_identifier=related_entity_identifier,
            ),
        )

    def create_customer_account(
        self,
        *,
        catalog: str,
        account: CustomerAccountData,
        partner_account_identifier: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
        client_token: str | None = None,
    ) -> CreateCustomerAccountResponse:
        """Use `CreateCustomerAccount` to map a customer account from your records to an AWS
        customer. Provide details about the customer, such as the company name and website. AWS
        then matches the account to a customer and adds enrichment information about it.

        Matching runs asynchronously. The response returns the new customer account with a
        status of `PENDING`. Use `GetCustomerAccount` to check the result and read the
        enrichment information.

        Args:
            catalog: Specifies the catalog for the request. Required.
            account: Specifies the details of the customer, such as the company name,
                website, and address. Required.
            partner_account_identifier: Specifies your own identifier for the customer
                account, such as the account ID in your CRM system.
            tags: Specifies the tags to add to the customer account.
            client_token: Specifies a unique, case-sensitive identifier that you provide to
                make the request idempotent. Filled with a random UUID when omitted.

        Returns:
            CreateCustomerAccountResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            ConflictException: This error occurs when the request can’t be processed due to
                a conflict with the target...
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ServiceQuotaExceededException: This error occurs when the request would cause a
                service quota to be exceeded.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.create_customer_account(
            catalog="Sandbox",
            account=CustomerAccountData(company_name="1234567"),
        )
        ```
        """
        return self._core.invoke(
            _ops.CREATE_CUSTOMER_ACCOUNT,
            _shapes.CreateCustomerAccountRequest(
                catalog=catalog,
                account=account,
                partner_account_identifier=partner_account_identifier,
                tags=tags,
                client_token=client_token,
            ),
        )

    def create_engagement(
        self,
        *,
        catalog: str,
        client_token: str | None = None,
        title: str | None = None,
        description: str | None = None,
        contexts: _types.SequenceNotStr[EngagementContextDetails] | None = None,
    ) -> CreateEngagementResponse:
        """The `CreateEngagement` action allows you to create an `Engagement`, which serves as a
        collaborative space between different parties such as AWS Partners and AWS Sellers. This
        action automatically adds the caller's AWS account as an active member of the newly
        created `Engagement`.

        Args:
            catalog: The `CreateEngagementRequest$Catalog` parameter specifies the catalog
                related to the engagement. Required.
            client_token: The `CreateEngagementRequest$ClientToken` parameter specifies a
                unique, case-sensitive identifier... Filled with a random UUID when omitted.
            title: Specifies the title of the `Engagement`.
            description: Provides a description of the `Engagement`.
            contexts: The `Contexts` field is a required array of objects, with a maximum of
                5 contexts allowed...

        Returns:
            CreateEngagementResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            ConflictException: This error occurs when the request can’t be processed due to
                a conflict with the target...
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ServiceQuotaExceededException: This error occurs when the request would cause a
                service quota to be exceeded.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.create_engagement(catalog="Sandbox")
        ```
        """
        return self._core.invoke(
            _ops.CREATE_ENGAGEMENT,
            _shapes.CreateEngagementRequest(
                catalog=catalog,
                client_token=client_token,
                title=title,
                description=description,
                contexts=contexts,
            ),
        )

    def create_engagement_context(
        self,
        *,
        catalog: str,
        engagement_identifier: str,
        type: EngagementContextType | _types.EngagementContextTypeValue,
        payload: EngagementContextPayload,
        client_token: str | None = None,
    ) -> CreateEngagementContextResponse:
        """Creates a new context within an existing engagement. This action allows you to add
        contextual information such as customer projects or documents to an engagement,
        providing additional details that help facilitate collaboration between engagement
        members.

        Args:
            catalog: Specifies the catalog associated with the engagement context request.
                Required.
            engagement_identifier: The unique identifier of the `Engagement` for which the
                context is being created. Required.
            type: Specifies the type of context being created for the engagement. Required.
            payload: Contains the contextual information to add to the engagement. Required.
            client_token: A unique, case-sensitive identifier provided by the client to
                ensure that the request is handled... Filled with a random UUID when
                omitted.

        Returns:
            CreateEngagementContextResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            ConflictException: This error occurs when the request can’t be processed due to
                a conflict with the target...
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ServiceQuotaExceededException: This error occurs when the request would cause a
                service quota to be exceeded.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.create_engagement_context(
            catalog="Sandbox",
            engagement_identifier="arn:1234567",
            type="CustomerProject",
            payload=EngagementContextPayloadCustomerProject(CustomerProjectsContext()),
        )
        ```
        """
        return self._core.invoke(
            _ops.CREATE_ENGAGEMENT_CONTEXT,
            _shapes.CreateEngagementContextRequest(
                catalog=catalog,
                engagement_identifier=engagement_identifier,
                client_token=client_token,
                type=type,
                payload=payload,
            ),
        )

    def create_engagement_invitation(
        self,
        *,
        catalog: str,
        engagement_identifier: str,
        invitation: Invitation,
        client_token: str | None = None,
    ) -> CreateEngagementInvitationResponse:
        """This action creates an invitation from a sender to a single receiver to join an
        engagement.

        Args:
            catalog: Specifies the catalog related to the engagement. Required.
            engagement_identifier: The unique identifier of the `Engagement` associated with
                the invitation. Required.
            invitation: The `Invitation` object all information necessary to initiate an
                engagement invitation to a partner. Required.
            client_token: Specifies a unique, client-generated UUID to ensure that the
                request is handled exactly once. Filled with a random UUID when omitted.

        Returns:
            CreateEngagementInvitationResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            ConflictException: This error occurs when the request can’t be processed due to
                a conflict with the target...
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ServiceQuotaExceededException: This error occurs when the request would cause a
                service quota to be exceeded.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.create_engagement_invitation(
            catalog="Sandbox",
            engagement_identifier="eng-12345678901234",
            invitation=Invitation(
                message="1234567",
                receiver=ReceiverAccount(AccountReceiver(aws_account_id="123456789012")),
                payload=PayloadOpportunityInvitation(
                    OpportunityInvitationPayload(
                        receiver_responsibilities=["Distributor"],
                        customer=EngagementCustomer(
                            industry="Aerospace",
                            company_name="1234567",
                            website_url="http://www.1.1234567",
                            country_code="US",
                        ),
                        project=ProjectDetails(
                            business_problem="12345678901234567890",
                            title="1234567",
                            target_completion_date="1123-01-01",
                            expected_customer_spend=[
                                ExpectedCustomerSpend(
                                    currency_code="USD",
                                    frequency="Monthly",
                                    target_company="AWS",
                                ),
                            ],
                        ),
                    ),
                ),
            ),
        )
        ```
        """
        return self._core.invoke(
            _ops.CREATE_ENGAGEMENT_INVITATION,
            _shapes.CreateEngagementInvitationRequest(
                catalog=catalog,
                client_token=client_token,
                engagement_identifier=engagement_identifier,
                invitation=invitation,
            ),
        )

    def create_opportunity(
        self,
        *,
        catalog: str,
        primary_needs_from_aws: (
            _types.SequenceNotStr[PrimaryNeedFromAws | _types.PrimaryNeedFromAwsValue] | None
        ) = None,
        national_security: NationalSecurity | _types.NationalSecurityValue | None = None,
        partner_opportunity_identifier: str | None = None,
        customer: Customer | None = None,
        project: Project | None = None,
        opportunity_type: OpportunityType | _types.OpportunityTypeValue | None = None,
        marketing: Marketing | None = None,
        software_revenue: SoftwareRevenue | None = None,
        client_token: str | None = None,
        life_cycle: LifeCycle | None = None,
        origin: OpportunityOrigin | _types.OpportunityOriginValue | None = None,
        opportunity_team: _types.SequenceNotStr[Contact] | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
    ) -> CreateOpportunityResponse:
        """Creates an `Opportunity` record in Partner Central. Use this operation to create a
        potential business opportunity for submission to Amazon Web Services. Creating an
        opportunity sets `Lifecycle.ReviewStatus` to `Pending Submission`.

        To submit an opportunity, follow these steps:

        1. To create the opportunity, use `CreateOpportunity`.
        2. To associate a solution with the opportunity, use `AssociateOpportunity`.
        3. To start the engagement with AWS, use `StartEngagementFromOpportunity`.

        After submission, you can't edit the opportunity until the review is complete. But
        opportunities in the `Pending Submission` state must have complete details. You can
        update the opportunity while it's in the `Pending Submission` state.

        There's a set of mandatory fields to create opportunities, but consider providing
        optional fields to enrich the opportunity record.

        Args:
            catalog: Specifies the catalog associated with the request. Required.
            primary_needs_from_aws: Identifies the type of support the partner needs from
                Amazon Web Services.
            national_security: Indicates whether the `Opportunity` pertains to a national
                security project.
            partner_opportunity_identifier: Specifies the opportunity's unique identifier in
                the partner's CRM system.
            customer: Specifies customer details associated with the `Opportunity`.
            project: An object that contains project details for the `Opportunity`.
            opportunity_type: Specifies the opportunity type as a renewal, new, or
                expansion.
            marketing: This object contains marketing details and is optional for an
                opportunity.
            software_revenue: Specifies details of a customer's procurement terms.
            client_token: Required to be unique, and should be unchanging, it can be
                randomly generated or a meaningful... Filled with a random UUID when
                omitted.
            life_cycle: An object that contains lifecycle details for the `Opportunity`.
            origin: Specifies the origin of the opportunity, indicating if it was sourced
                from Amazon Web Services or...
            opportunity_team: Represents the internal team handling the opportunity.
            tags: A map of the key-value pairs of the tag or tags to assign.

        Returns:
            CreateOpportunityResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            ConflictException: This error occurs when the request can’t be processed due to
                a conflict with the target...
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.create_opportunity(catalog="Sandbox")
        ```
        """
        return self._core.invoke(
            _ops.CREATE_OPPORTUNITY,
            _shapes.CreateOpportunityRequest(
                catalog=catalog,
                primary_needs_from_aws=primary_needs_from_aws,
                national_security=national_security,
                partner_opportunity_identifier=partner_opportunity_identifier,
                customer=customer,
                project=project,
                opportunity_type=opportunity_type,
                marketing=marketing,
                software_revenue=software_revenue,
                client_token=client_token,
                life_cycle=life_cycle,
                origin=origin,
                opportunity_team=opportunity_team,
                tags=tags,
            ),
        )

    def create_resource_snapshot(
        self,
        *,
        catalog: str,
        engagement_identifier: str,
        resource_type: ResourceType | _types.ResourceTypeValue,
        resource_identifier: str,
        resource_snapshot_template_identifier: str,
        client_token: str | None = None,
    ) -> CreateResourceSnapshotResponse:
        """This action allows you to create an immutable snapshot of a specific resource, such as
        an opportunity, within the context of an engagement. The snapshot captures a subset of
        the resource's data based on the schema defined by the provided template.

        Args:
            catalog: Specifies the catalog where the snapshot is created. Required.
            engagement_identifier: The unique identifier of the engagement associated with
                this snapshot. Required.
            resource_type: Specifies the type of resource for which the snapshot is being
                created. Required.
            resource_identifier: The unique identifier of the specific resource to be
                snapshotted. Required.
            resource_snapshot_template_identifier: The name of the template that defines the
                schema for the snapshot. Required.
            client_token: Specifies a unique, client-generated UUID to ensure that the
                request is handled exactly once. Filled with a random UUID when omitted.

        Returns:
            CreateResourceSnapshotResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            ConflictException: This error occurs when the request can’t be processed due to
                a conflict with the target...
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ServiceQuotaExceededException: This error occurs when the request would cause a
                service quota to be exceeded.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.create_resource_snapshot(
            catalog="Sandbox",
            engagement_identifier="eng-12345678901234",
            resource_type="Opportunity",
            resource_identifier="O1234567",
            resource_snapshot_template_identifier="ResourceType",
        )
        ```
        """
        return self._core.invoke(
            _ops.CREATE_RESOURCE_SNAPSHOT,
            _shapes.CreateResourceSnapshotRequest(
                catalog=catalog,
                engagement_identifier=engagement_identifier,
                resource_type=resource_type,
                resource_identifier=resource_identifier,
                resource_snapshot_template_identifier=resource_snapshot_template_identifier,
                client_token=client_token,
            ),
        )

    def create_resource_snapshot_job(
        self,
        *,
        catalog: str,
        engagement_identifier: str,
        resource_type: ResourceType | _types.ResourceTypeValue,
        resource_identifier: str,
        resource_snapshot_template_identifier: str,
        client_token: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
    ) -> CreateResourceSnapshotJobResponse:
        """Use this action to create a job to generate a snapshot of the specified resource within
        an engagement. It initiates an asynchronous process to create a resource snapshot. The
        job creates a new snapshot only if the resource state has changed, adhering to the same
        access control and immutability rules as direct snapshot creation.

        Args:
            catalog: Specifies the catalog in which to create the snapshot job. Required.
            engagement_identifier: Specifies the identifier of the engagement associated
                with the resource to be snapshotted. Required.
            resource_type: The type of resource for which the snapshot job is being created.
                Required.
            resource_identifier: Specifies the identifier of the specific resource to be
                snapshotted. Required.
            resource_snapshot_template_identifier: Specifies the name of the template that
                defines the schema for the snapshot. Required.
            client_token: A client-generated UUID used for idempotency check. Filled with a
                random UUID when omitted.
            tags: A map of the key-value pairs of the tag or tags to assign.

        Returns:
            CreateResourceSnapshotJobResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            ConflictException: This error occurs when the request can’t be processed due to
                a conflict with the target...
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ServiceQuotaExceededException: This error occurs when the request would cause a
                service quota to be exceeded.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.create_resource_snapshot_job(
            catalog="Sandbox",
            engagement_identifier="eng-12345678901234",
            resource_type="Opportunity",
            resource_identifier="O1234567",
            resource_snapshot_template_identifier="1234567",
        )
        ```
        """
        return self._core.invoke(
            _ops.CREATE_RESOURCE_SNAPSHOT_JOB,
            _shapes.CreateResourceSnapshotJobRequest(
                catalog=catalog,
                client_token=client_token,
                engagement_identifier=engagement_identifier,
                resource_type=resource_type,
                resource_identifier=resource_identifier,
                resource_snapshot_template_identifier=resource_snapshot_template_identifier,
                tags=tags,
            ),
        )

    def delete_customer_account(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> DeleteCustomerAccountResponse:
        """Use `DeleteCustomerAccount` to delete a customer account. This operation is idempotent.
        Deleting a customer account that was already deleted succeeds.

        Args:
            catalog: Specifies the catalog for the request. Required.
            identifier: Specifies the ARN or the identifier of the customer account.
                Required.

        Returns:
            DeleteCustomerAccountResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.delete_customer_account(
            catalog="Sandbox",
            identifier="arn:1234567",
        )
        ```
        """
        return self._core.invoke(
            _ops.DELETE_CUSTOMER_ACCOUNT,
            _shapes.DeleteCustomerAccountRequest(
                catalog=catalog,
                identifier=identifier,
            ),
        )

    def delete_resource_snapshot_job(
        self,
        *,
        catalog: str,
        resource_snapshot_job_identifier: str,
    ) -> None:
        """Use this action to deletes a previously created resource snapshot job. The job must be
        in a stopped state before it can be deleted.

        Args:
            catalog: Specifies the catalog from which to delete the snapshot job. Required.
            resource_snapshot_job_identifier: The unique identifier of the resource snapshot
                job to be deleted. Required.

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            ConflictException: This error occurs when the request can’t be processed due to
                a conflict with the target...
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        client.delete_resource_snapshot_job(
            catalog="Sandbox",
            resource_snapshot_job_identifier="job-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.DELETE_RESOURCE_SNAPSHOT_JOB,
            _shapes.DeleteResourceSnapshotJobRequest(
                catalog=catalog,
                resource_snapshot_job_identifier=resource_snapshot_job_identifier,
            ),
        )

    def disassociate_opportunity(
        self,
        *,
        catalog: str,
        opportunity_identifier: str,
        related_entity_type: RelatedEntityType | _types.RelatedEntityTypeValue,
        related_entity_identifier: str,
    ) -> None:
        """Allows you to remove an existing association between an `Opportunity` and related
        entities, such as a Partner Solution, Amazon Web Services product, or an Amazon Web
        Services Marketplace offer. This operation is the counterpart to `AssociateOpportunity`,
        and it provides flexibility to manage associations as business needs change.

        Use this operation to update the associations of an `Opportunity` due to changes in the
        related entities, or if an association was made in error. Ensuring accurate associations
        helps maintain clarity and accuracy to track and manage business opportunities. When you
        replace an entity, first attach the new entity and then disassociate the one to be
        removed, especially if it's the last remaining entity that's required.

        Args:
            catalog: Specifies the catalog associated with the request. Required.
            opportunity_identifier: The opportunity's unique identifier for when you want to
                disassociate it from related entities. Required.
            related_entity_type: The type of the entity that you're disassociating from the
                opportunity. Required.
            related_entity_identifier: The related entity's identifier that you want to
                disassociate from the opportunity. Required.

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        client.disassociate_opportunity(
            catalog="Sandbox",
            opportunity_identifier="O1234567",
            related_entity_type="Solutions",
            related_entity_identifier="1234567",
        )
        ```
        """
        return self._core.invoke(
            _ops.DISASSOCIATE_OPPORTUNITY,
            _shapes.DisassociateOpportunityRequest(
                catalog=catalog,
                opportunity_identifier=opportunity_identifier,
                related_entity_type=related_entity_type,
                related_entity_identifier=related_entity_identifier,
            ),
        )

    def get_aws_opportunity_summary(
        self,
        *,
        catalog: str,
        related_opportunity_identifier: str,
    ) -> GetAwsOpportunitySummaryResponse:
        """Retrieves a summary of an AWS Opportunity. This summary includes high-level details
        about the opportunity sourced from AWS, such as lifecycle information, customer details,
        and involvement type. It is useful for tracking updates on the AWS opportunity
        corresponding to an opportunity in the partner's account.

        Args:
            catalog: Specifies the catalog in which the AWS Opportunity is located.
                Required.
            related_opportunity_identifier: The unique identifier for the related partner
                opportunity. Required.

        Returns:
            GetAwsOpportunitySummaryResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_aws_opportunity_summary(
            catalog="Sandbox",
            related_opportunity_identifier="O1234567",
        )
        ```
        """
        return self._core.invoke(
            _ops.GET_AWS_OPPORTUNITY_SUMMARY,
            _shapes.GetAwsOpportunitySummaryRequest(
                catalog=catalog,
                related_opportunity_identifier=related_opportunity_identifier,
            ),
        )

    def get_customer_account(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> GetCustomerAccountResponse:
        """Use `GetCustomerAccount` to retrieve the details of a customer account, including the
        customer information that you provided, the enrichment status, and the enrichment
        information that AWS provides when the status is `ENRICHED`.

        Args:
            catalog: Specifies the catalog for the request. Required.
            identifier: Specifies the ARN or the identifier of the customer account.
                Required.

        Returns:
            GetCustomerAccountResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_customer_account(catalog="Sandbox", identifier="arn:1234567")
        ```
        """
        return self._core.invoke(
            _ops.GET_CUSTOMER_ACCOUNT,
            _shapes.GetCustomerAccountRequest(
                catalog=catalog,
                identifier=identifier,
            ),
        )

    def get_customer_account_bulk_job(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> GetCustomerAccountBulkJobResponse:
        """Use `GetCustomerAccountBulkJob` to retrieve the status and record counts of a bulk job.

        Args:
            catalog: Specifies the catalog for the request. Required.
            identifier: Specifies the ARN or the identifier of the bulk job. Required.

        Returns:
            GetCustomerAccountBulkJobResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_customer_account_bulk_job(
            catalog="Sandbox",
            identifier="arn:1234567",
        )
        ```
        """
        return self._core.invoke(
            _ops.GET_CUSTOMER_ACCOUNT_BULK_JOB,
            _shapes.GetCustomerAccountBulkJobRequest(
                catalog=catalog,
                identifier=identifier,
            ),
        )

    def get_customer_account_bulk_job_report_url(
        self,
        *,
        catalog: str,
        identifier: str,
        report_type: BulkReportType | _types.BulkReportTypeValue | None = None,
    ) -> GetCustomerAccountBulkJobReportUrlResponse:
        """Use `GetCustomerAccountBulkJobReportUrl` to get a temporary URL for downloading the
        report of a bulk job, such as the list of records that failed. A report is available
        only after the job is `COMPLETED` or `FAILED`. For a job that is still running, the
        request fails with a `ConflictException`.

        The report is generated on request. If `ReportStatus` is not `AVAILABLE`, call the
        operation again later.

        Args:
            catalog: Specifies the catalog for the request. Required.
            identifier: Specifies the ARN or the identifier of the bulk job. Required.
            report_type: Specifies which records the report covers.

        Returns:
            GetCustomerAccountBulkJobReportUrlResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            ConflictException: This error occurs when the request can’t be processed due to
                a conflict with the target...
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_customer_account_bulk_job_report_url(
            catalog="Sandbox",
            identifier="arn:1234567",
        )
        ```
        """
        return self._core.invoke(
            _ops.GET_CUSTOMER_ACCOUNT_BULK_JOB_REPORT_URL,
            _shapes.GetCustomerAccountBulkJobReportUrlRequest(
                catalog=catalog,
                identifier=identifier,
                report_type=report_type,
            ),
        )

    def get_customer_account_statistics(
        self,
        *,
        catalog: str,
        filter: Filter | None = None,
        aggregations: _types.SequenceNotStr[AggregationRequest] | None = None,
        include_missing: bool | None = None,
    ) -> GetCustomerAccountStatisticsResponse:
        """Use `GetCustomerAccountStatistics` to count your customer accounts and group them by
        fields such as industry, geography, or enrichment status. You can use the same filters
        as `SearchCustomerAccounts`.

        Args:
            catalog: Specifies the catalog for the request. Required.
            filter: Specifies a filter tree that narrows the customer accounts.
            aggregations: Specifies how to group the customer accounts.
            include_missing: Specifies whether to include a group for customer accounts that
                have no value for the grouped field.

        Returns:
            GetCustomerAccountStatisticsResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_customer_account_statistics(catalog="Sandbox")
        ```
        """
        return self._core.invoke(
            _ops.GET_CUSTOMER_ACCOUNT_STATISTICS,
            _shapes.GetCustomerAccountStatisticsRequest(
                catalog=catalog,
                filter=filter,
                aggregations=aggregations,
                include_missing=include_missing,
            ),
        )

    def get_engagement(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> GetEngagementResponse:
        """Use this action to retrieve the engagement record for a given `EngagementIdentifier`.

        Args:
            catalog: Specifies the catalog related to the engagement request. Required.
            identifier: Specifies the identifier of the Engagement record to retrieve.
                Required.

        Returns:
            GetEngagementResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_engagement(catalog="Sandbox", identifier="arn:1234567")
        ```
        """
        return self._core.invoke(
            _ops.GET_ENGAGEMENT,
            _shapes.GetEngagementRequest(
                catalog=catalog,
                identifier=identifier,
            ),
        )

    def get_engagement_invitation(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> GetEngagementInvitationResponse:
        """Retrieves the details of an engagement invitation shared by AWS with a partner. The
        information includes aspects such as customer, project details, and lifecycle
        information. To connect an engagement invitation with an opportunity, match the
        invitation’s `Payload.Project.Title` with opportunity `Project.Title`.

        Args:
            catalog: Specifies the catalog associated with the request. Required.
            identifier: Specifies the unique identifier for the retrieved engagement
                invitation. Required.

        Returns:
            GetEngagementInvitationResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_engagement_invitation(
            catalog="Sandbox",
            identifier="arn:1234567",
        )
        ```
        """
        return self._core.invoke(
            _ops.GET_ENGAGEMENT_INVITATION,
            _shapes.GetEngagementInvitationRequest(
                catalog=catalog,
                identifier=identifier,
            ),
        )

    def get_opportunity(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> GetOpportunityResponse:
        """Fetches the `Opportunity` record from Partner Central by a given `Identifier`.

        Use the `ListOpportunities` action or the event notification (from Amazon EventBridge)
        to obtain this identifier.

        Args:
            catalog: Specifies the catalog associated with the request. Required.
            identifier: Read-only, system generated `Opportunity` unique identifier.
                Required.

        Returns:
            GetOpportunityResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_opportunity(catalog="Sandbox", identifier="O1234567")
        ```
        """
        return self._core.invoke(
            _ops.GET_OPPORTUNITY,
            _shapes.GetOpportunityRequest(
                catalog=catalog,
                identifier=identifier,
            ),
        )

    def get_opportunity_bulk_job_report_url(
        self,
        *,
        catalog: str,
        job_id: str,
        report_format: BulkFileFormat | _types.BulkFileFormatValue,
        report_type: BulkReportType | _types.BulkReportTypeValue | None = None,
    ) -> GetOpportunityBulkJobReportUrlResponse:
        """Gets the status of the failed-records report for a finished opportunity bulk job and,
        when the report is ready, a temporary URL to download it.

        A report is available only after the job is `COMPLETED` or `FAILED`. The URL expires
        after 15 minutes, and the report expires after about 7 days.

        Args:
            catalog: Specifies the catalog for the request. Required.
            job_id: Specifies the identifier of the bulk job. Required.
            report_format: Specifies the format of the report. Required.
            report_type: Specifies which records the report covers.

        Returns:
            GetOpportunityBulkJobReportUrlResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            ConflictException: This error occurs when the request can’t be processed due to
                a conflict with the target...
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_opportunity_bulk_job_report_url(
            catalog="Sandbox",
            job_id="bulkjob-1234567890123",
            report_format="CSV",
        )
        ```
        """
        return self._core.invoke(
            _ops.GET_OPPORTUNITY_BULK_JOB_REPORT_URL,
            _shapes.GetOpportunityBulkJobReportUrlRequest(
                catalog=catalog,
                job_id=job_id,
                report_format=report_format,
                report_type=report_type,
            ),
        )

    def get_prospecting_from_engagement_task(
        self,
        *,
        catalog: str,
        task_identifier: str,
    ) -> GetProspectingFromEngagementTaskResponse:
        """Retrieves the details and current status of a prospecting task previously started with
        `StartProspectingFromEngagementTask` to enable polling for completion and access to
        per-engagement processing results.

        Args:
            catalog: Specifies the catalog associated with the task. Required.
            task_identifier: The unique identifier of the prospecting task to retrieve.
                Required.

        Returns:
            GetProspectingFromEngagementTaskResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_prospecting_from_engagement_task(
            catalog="Sandbox",
            task_identifier="task-12345678901234",
        )
        ```
        """
        return self._core.invoke(
            _ops.GET_PROSPECTING_FROM_ENGAGEMENT_TASK,
            _shapes.GetProspectingFromEngagementTaskRequest(
                catalog=catalog,
                task_identifier=task_identifier,
            ),
        )

    def get_resource_snapshot(
        self,
        *,
        catalog: str,
        engagement_identifier: str,
        resource_type: ResourceType | _types.ResourceTypeValue,
        resource_identifier: str,
        resource_snapshot_template_identifier: str,
        revision: int | None = None,
    ) -> GetResourceSnapshotResponse:
        """Use this action to retrieve a specific snapshot record.

        Args:
            catalog: Specifies the catalog related to the request. Required.
            engagement_identifier: The unique identifier of the engagement associated with
                the snapshot. Required.
            resource_type: Specifies the type of resource that was snapshotted. Required.
            resource_identifier: The unique identifier of the specific resource that was
                snapshotted. Required.
            resource_snapshot_template_identifier: he name of the template that defines the
                schema for the snapshot. Required.
            revision: Specifies which revision of the snapshot to retrieve.

        Returns:
            GetResourceSnapshotResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_resource_snapshot(
            catalog="Sandbox",
            engagement_identifier="eng-12345678901234",
            resource_type="Opportunity",
            resource_identifier="O1234567",
            resource_snapshot_template_identifier="ResourceType",
        )
        ```
        """
        return self._core.invoke(
            _ops.GET_RESOURCE_SNAPSHOT,
            _shapes.GetResourceSnapshotRequest(
                catalog=catalog,
                engagement_identifier=engagement_identifier,
                resource_type=resource_type,
                resource_identifier=resource_identifier,
                resource_snapshot_template_identifier=resource_snapshot_template_identifier,
                revision=revision,
            ),
        )

    def get_resource_snapshot_job(
        self,
        *,
        catalog: str,
        resource_snapshot_job_identifier: str,
    ) -> GetResourceSnapshotJobResponse:
        """Use this action to retrieves information about a specific resource snapshot job.

        Args:
            catalog: Specifies the catalog related to the request. Required.
            resource_snapshot_job_identifier: The unique identifier of the resource snapshot
                job to be retrieved. Required.

        Returns:
            GetResourceSnapshotJobResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_resource_snapshot_job(
            catalog="Sandbox",
            resource_snapshot_job_identifier="job-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.GET_RESOURCE_SNAPSHOT_JOB,
            _shapes.GetResourceSnapshotJobRequest(
                catalog=catalog,
                resource_snapshot_job_identifier=resource_snapshot_job_identifier,
            ),
        )

    def get_selling_system_settings(
        self,
        *,
        catalog: str,
    ) -> GetSellingSystemSettingsResponse:
        """Retrieves the currently set system settings, which include the IAM Role used for
        resource snapshot jobs.

        Args:
            catalog: Specifies the catalog in which the settings are defined. Required.

        Returns:
            GetSellingSystemSettingsResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.get_selling_system_settings(catalog="Sandbox")
        ```
        """
        return self._core.invoke(
            _ops.GET_SELLING_SYSTEM_SETTINGS,
            _shapes.GetSellingSystemSettingsRequest(
                catalog=catalog,
            ),
        )

    def list_customer_account_bulk_job_results(
        self,
        *,
        catalog: str,
        identifier: str,
        status: BulkRecordStatus | _types.BulkRecordStatusValue | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListCustomerAccountBulkJobResultsResponse:
        """Use `ListCustomerAccountBulkJobResults` to list the outcome of each record in a bulk
        job. You can filter the results to records that succeeded or failed. A job that failed
        before it processed any records returns an empty list.

        Results are paginated. Use `NextToken` to retrieve additional results.

        Args:
            catalog: Specifies the catalog for the request. Required.
            identifier: Specifies the ARN or the identifier of the bulk job. Required.
            status: Filters the results to records with the specified outcome.
            max_results: Specifies the maximum number of results to return in a single call.
            next_token: Specifies the token for the next page of results.

        Returns:
            ListCustomerAccountBulkJobResultsResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_customer_account_bulk_job_results(
            catalog="Sandbox",
            identifier="arn:1234567",
        )
        ```
        """
        return self._core.invoke(
            _ops.LIST_CUSTOMER_ACCOUNT_BULK_JOB_RESULTS,
            _shapes.ListCustomerAccountBulkJobResultsRequest(
                catalog=catalog,
                identifier=identifier,
                status=status,
                max_results=max_results,
                next_token=next_token,
            ),
        )

    def list_customer_account_bulk_jobs(
        self,
        *,
        catalog: str,
        filter: CustomerAccountBulkJobFilter | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListCustomerAccountBulkJobsResponse:
        """Use `ListCustomerAccountBulkJobs` to list the bulk jobs in the specified catalog. You
        can filter the results by job identifier or status.

        Results are paginated. Use `NextToken` to retrieve additional results.

        Args:
            catalog: Specifies the catalog for the request. Required.
            filter: Specifies criteria to filter the bulk jobs, such as the job identifier
                or status.
            max_results: Specifies the maximum number of results to return in a single call.
            next_token: Specifies the token for the next page of results.

        Returns:
            ListCustomerAccountBulkJobsResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_customer_account_bulk_jobs(catalog="Sandbox")
        ```
        """
        return self._core.invoke(
            _ops.LIST_CUSTOMER_ACCOUNT_BULK_JOBS,
            _shapes.ListCustomerAccountBulkJobsRequest(
                catalog=catalog,
                filter=filter,
                max_results=max_results,
                next_token=next_token,
            ),
        )

    def list_engagement_by_accepting_invitation_tasks(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        sort: ListTasksSortBase | None = None,
        task_status: _types.SequenceNotStr[TaskStatus | _types.TaskStatusValue] | None = None,
        opportunity_identifier: _types.SequenceNotStr[str] | None = None,
        engagement_invitation_identifier: _types.SequenceNotStr[str] | None = None,
        task_identifier: _types.SequenceNotStr[str] | None = None,
    ) -> ListEngagementByAcceptingInvitationTasksResponse:
        """Lists all in-progress, completed, or failed StartEngagementByAcceptingInvitationTask
        tasks that were initiated by the caller's account.

        Args:
            catalog: Specifies the catalog related to the request. Required.
            max_results: Use this parameter to control the number of items returned in each
                request, which can be useful...
            next_token: Use this parameter for pagination when the result set spans multiple
                pages.
            sort: Specifies the sorting criteria for the returned results.
            task_status: Filters the tasks based on their current status.
            opportunity_identifier: Filters tasks by the identifiers of the opportunities
                they created or are associated with.
            engagement_invitation_identifier: Filters tasks by the identifiers of the
                engagement invitations they are processing.
            task_identifier: Filters tasks by their unique identifiers.

        Returns:
            ListEngagementByAcceptingInvitationTasksResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_engagement_by_accepting_invitation_tasks(catalog="Sandbox")
        ```
        """
        return self._core.invoke(
            _ops.LIST_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASKS,
            _shapes.ListEngagementByAcceptingInvitationTasksRequest(
                max_results=max_results,
                next_token=next_token,
                sort=sort,
                catalog=catalog,
                task_status=task_status,
                opportunity_identifier=opportunity_identifier,
                engagement_invitation_identifier=engagement_invitation_identifier,
                task_identifier=task_identifier,
            ),
        )

    def list_engagement_from_opportunity_tasks(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        sort: ListTasksSortBase | None = None,
        task_status: _types.SequenceNotStr[TaskStatus | _types.TaskStatusValue] | None = None,
        task_identifier: _types.SequenceNotStr[str] | None = None,
        opportunity_identifier: _types.SequenceNotStr[str] | None = None,
        engagement_identifier: _types.SequenceNotStr[str] | None = None,
    ) -> ListEngagementFromOpportunityTasksResponse:
        """Lists all in-progress, completed, or failed EngagementFromOpportunity tasks that were
        initiated by the caller's account.

        Args:
            catalog: Specifies the catalog related to the request. Required.
            max_results: Specifies the maximum number of results to return in a single page
                of the response.Use this...
            next_token: The token for requesting the next page of results.
            sort: Specifies the sorting criteria for the returned results.
            task_status: Filters the tasks based on their current status.
            task_identifier: Filters tasks by their unique identifiers.
            opportunity_identifier: The identifier of the original opportunity associated
                with this task.
            engagement_identifier: Filters tasks by the identifiers of the engagements they
                created or are associated with.

        Returns:
            ListEngagementFromOpportunityTasksResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_engagement_from_opportunity_tasks(catalog="Sandbox")
        ```
        """
        return self._core.invoke(
            _ops.LIST_ENGAGEMENT_FROM_OPPORTUNITY_TASKS,
            _shapes.ListEngagementFromOpportunityTasksRequest(
                max_results=max_results,
                next_token=next_token,
                sort=sort,
                catalog=catalog,
                task_status=task_status,
                task_identifier=task_identifier,
                opportunity_identifier=opportunity_identifier,
                engagement_identifier=engagement_identifier,
            ),
        )

    def list_engagement_groups(
        self,
        *,
        catalog: str,
        readiness_level: ReadinessLevel | _types.ReadinessLevelValue | None = None,
        sort: EngagementGroupSort | None = None,
        engagement_group_identifiers: _types.SequenceNotStr[str] | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListEngagementGroupsResponse:
        """Lists the active, fully curated AWS Partner Central engagement groups that are available
        to you in the specified catalog. An engagement group is a curated set of engagements
        that share common characteristics, such as customer geography, industry, or solution
        category. To retrieve the engagements in a group, pass the group `Id` to
        `SearchEngagements` as `GroupId`, and use `NextToken` to retrieve additional pages of
        groups.

        Args:
            catalog: Specifies the catalog in which to list engagement groups. Required.
            readiness_level: Filters the results to engagement groups with the specified
                readiness level.
            sort: Specifies the field and direction used to sort the results.
            engagement_group_identifiers: Filters the results to the specified engagement
                groups.
            max_results: Specifies the maximum number of results to return in a single call.
            next_token: A pagination token returned by a previous call.

        Returns:
            ListEngagementGroupsResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_engagement_groups(catalog="Sandbox")
        ```
        """
        return self._core.invoke(
            _ops.LIST_ENGAGEMENT_GROUPS,
            _shapes.ListEngagementGroupsRequest(
                catalog=catalog,
                readiness_level=readiness_level,
                sort=sort,
                engagement_group_identifiers=engagement_group_identifiers,
                max_results=max_results,
                next_token=next_token,
            ),
        )

    def list_engagement_invitations(
        self,
        *,
        catalog: str,
        participant_type: ParticipantType | _types.ParticipantTypeValue,
        max_results: int | None = None,
        next_token: str | None = None,
        sort: OpportunityEngagementInvitationSort | None = None,
        payload_type: (
            _types.SequenceNotStr[
                EngagementInvitationPayloadType | _types.EngagementInvitationPayloadTypeValue
            ]
            | None
        ) = None,
        status: (
            _types.SequenceNotStr[InvitationStatus | _types.InvitationStatusValue] | None
        ) = None,
        engagement_identifier: _types.SequenceNotStr[str] | None = None,
        sender_aws_account_id: _types.SequenceNotStr[str] | None = None,
    ) -> ListEngagementInvitationsResponse:
        """Retrieves a list of engagement invitations sent to the partner. This allows partners to
        view all pending or past engagement invitations, helping them track opportunities shared
        by AWS.

        Args:
            catalog: Specifies the catalog from which to list the engagement invitations.
                Required.
            participant_type: Specifies the type of participant for which to list engagement
                invitations. Required.
            max_results: Specifies the maximum number of engagement invitations to return in
                the response.
            next_token: A pagination token used to retrieve additional pages of results when
                the response to a previous...
            sort: Specifies the sorting options for listing engagement invitations.
            payload_type: Defines the type of payload associated with the engagement
                invitations to be listed.
            status: Status values to filter the invitations.
            engagement_identifier: Retrieves a list of engagement invitation summaries based
                on specified filters.
            sender_aws_account_id: List of sender AWS account IDs to filter the invitations.

        Returns:
            ListEngagementInvitationsResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_engagement_invitations(
            catalog="Sandbox",
            participant_type="SENDER",
        )
        ```
        """
        return self._core.invoke(
            _ops.LIST_ENGAGEMENT_INVITATIONS,
            _shapes.ListEngagementInvitationsRequest(
                catalog=catalog,
                max_results=max_results,
                next_token=next_token,
                sort=sort,
                payload_type=payload_type,
                participant_type=participant_type,
                status=status,
                engagement_identifier=engagement_identifier,
                sender_aws_account_id=sender_aws_account_id,
            ),
        )

    def list_engagement_members(
        self,
        *,
        catalog: str,
        identifier: str,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> ListEngagementMembersResponse:
        """Retrieves the details of member partners in an Engagement. This operation can only be
        invoked by members of the Engagement. The `ListEngagementMembers` operation allows you
        to fetch information about the members of a specific Engagement. This action is
        restricted to members of the Engagement being queried.

        Args:
            catalog: The catalog related to the request. Required.
            identifier: Identifier of the Engagement record to retrieve members from.
                Required.
            max_results: The maximum number of results to return in a single call.
            next_token: The token for the next set of results.

        Returns:
            ListEngagementMembersResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_engagement_members(
            catalog="Sandbox",
            identifier="arn:1234567",
        )
        ```
        """
        return self._core.invoke(
            _ops.LIST_ENGAGEMENT_MEMBERS,
            _shapes.ListEngagementMembersRequest(
                catalog=catalog,
                identifier=identifier,
                max_results=max_results,
                next_token=next_token,
            ),
        )

    def list_engagement_resource_associations(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        engagement_identifier: str | None = None,
        resource_type: ResourceType | _types.ResourceTypeValue | None = None,
        resource_identifier: str | None = None,
        created_by: str | None = None,
    ) -> ListEngagementResourceAssociationsResponse:
        """Lists the associations between resources and engagements where the caller is a member
        and has at least one snapshot in the engagement.

        Args:
            catalog: Specifies the catalog in which to search for engagement-resource
                associations. Required.
            max_results: Limits the number of results returned in a single call.
            next_token: A token used for pagination of results.
            engagement_identifier: Filters the results to include only associations related
                to the specified engagement.
            resource_type: Filters the results to include only associations with resources
                of the specified type.
            resource_identifier: Filters the results to include only associations with the
                specified resource.
            created_by: Filters the response to include only snapshots of resources owned by
                the specified AWS account ID.

        Returns:
            ListEngagementResourceAssociationsResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_engagement_resource_associations(catalog="Sandbox")
        ```
        """
        return self._core.invoke(
            _ops.LIST_ENGAGEMENT_RESOURCE_ASSOCIATIONS,
            _shapes.ListEngagementResourceAssociationsRequest(
                catalog=catalog,
                max_results=max_results,
                next_token=next_token,
                engagement_identifier=engagement_identifier,
                resource_type=resource_type,
                resource_identifier=resource_identifier,
                created_by=created_by,
            ),
        )

    def list_engagements(
        self,
        *,
        catalog: str,
        created_by: _types.SequenceNotStr[str] | None = None,
        exclude_created_by: _types.SequenceNotStr[str] | None = None,
        context_types: (
            _types.SequenceNotStr[EngagementContextType | _types.EngagementContextTypeValue] | None
        ) = None,
        exclude_context_types: (
            _types.SequenceNotStr[EngagementContextType | _types.EngagementContextTypeValue] | None
        ) = None,
        sort: EngagementSort | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
        engagement_identifier: _types.SequenceNotStr[str] | None = None,
    ) -> ListEngagementsResponse:
        """This action allows users to retrieve a list of Engagement records from Partner Central.
        This action can be used to manage and track various engagements across different stages
        of the partner selling process.

        Args:
            catalog: Specifies the catalog related to the request. Required.
            created_by: A list of AWS account IDs.
            exclude_created_by: An array of strings representing AWS Account IDs.
            context_types: Filters engagements to include only those containing the
                specified context types, such as...
            exclude_context_types: Filters engagements to exclude those containing the
                specified context types.
            sort: Specifies how to sort the returned engagements.
            max_results: The maximum number of results to return in a single call.
            next_token: The token for the next set of results.
            engagement_identifier: An array of strings representing engagement identifiers
                to retrieve.

        Returns:
            ListEngagementsResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_engagements(catalog="Sandbox")
        ```
        """
        return self._core.invoke(
            _ops.LIST_ENGAGEMENTS,
            _shapes.ListEngagementsRequest(
                catalog=catalog,
                created_by=created_by,
                exclude_created_by=exclude_created_by,
                context_types=context_types,
                exclude_context_types=exclude_context_types,
                sort=sort,
                max_results=max_results,
                next_token=next_token,
                engagement_identifier=engagement_identifier,
            ),
        )

    def list_opportunities(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        sort: OpportunitySort | None = None,
        last_modified_date: LastModifiedDate | None = None,
        identifier: _types.SequenceNotStr[str] | None = None,
        life_cycle_stage: _types.SequenceNotStr[Stage | _types.StageValue] | None = None,
        life_cycle_review_status: (
            _types.SequenceNotStr[ReviewStatus | _types.ReviewStatusValue] | None
        ) = None,
        customer_company_name: _types.SequenceNotStr[str] | None = None,
        created_date: CreatedDateFilter | None = None,
        target_close_date: TargetCloseDateFilter | None = None,
    ) -> ListOpportunitiesResponse:
        """This request accepts a list of filters that retrieve opportunity subsets as well as sort
        options. This feature is available to partners from
        [Partner Central](https://partnercentral.awspartner.com/) using the `ListOpportunities`
        API action.

        To synchronize your system with Amazon Web Services, list only the opportunities that
        were newly created or updated. We recommend you rely on events emitted by the service
        into your Amazon Web Services account’s Amazon EventBridge default event bus. You can
        also use the `ListOpportunities` action.

        We recommend the following approach:

        1. Find the latest `LastModifiedDate` that you stored, and only use the values that came
           from Amazon Web Services. Don’t use values generated by your system.
        2. When you send a `ListOpportunities` request, submit the date in ISO 8601 format in
           the `AfterLastModifiedDate` filter.
        3. Amazon Web Services only returns opportunities created or updated on or after that
           date and time. Use `NextToken` to iterate over all pages.

        Args:
            catalog: Specifies the catalog associated with the request. Required.
            max_results: Specifies the maximum number of results to return in a single call.
            next_token: A pagination token used to retrieve the next set of results in
                subsequent calls.
            sort: An object that specifies how the response is sorted.
            last_modified_date: Filters the opportunities based on their last modified date.
            identifier: Filters the opportunities based on the opportunity identifier.
            life_cycle_stage: Filters the opportunities based on their lifecycle stage.
            life_cycle_review_status: Filters the opportunities based on their current
                lifecycle approval status.
            customer_company_name: Filters the opportunities based on the customer's company
                name.
            created_date: Filter opportunities by creation date criteria.
            target_close_date: Filters opportunities based on their target close date.

        Returns:
            ListOpportunitiesResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_opportunities(catalog="Sandbox")
        ```
        """
        return self._core.invoke(
            _ops.LIST_OPPORTUNITIES,
            _shapes.ListOpportunitiesRequest(
                catalog=catalog,
                max_results=max_results,
                next_token=next_token,
                sort=sort,
                last_modified_date=last_modified_date,
                identifier=identifier,
                life_cycle_stage=life_cycle_stage,
                life_cycle_review_status=life_cycle_review_status,
                customer_company_name=customer_company_name,
                created_date=created_date,
                target_close_date=target_close_date,
            ),
        )

    def list_opportunity_bulk_job_results(
        self,
        *,
        catalog: str,
        job_id: str,
        max_results: int | None = None,
        next_token: str | None = None,
        status: BulkRecordStatus | _types.BulkRecordStatusValue | None = None,
    ) -> ListOpportunityBulkJobResultsResponse:
        """Lists the outcome of each record in an opportunity bulk job. You can filter the results
        by record status.

        Results are paginated. Use `NextToken` to retrieve additional results.

        Args:
            catalog: Specifies the catalog for the request. Required.
            job_id: Specifies the identifier of the bulk job. Required.
            max_results: Specifies the maximum number of results to return in a single call.
            next_token: A pagination token used to retrieve the next set of results in
                subsequent calls.
            status: Filters the results to records with this status.

        Returns:
            ListOpportunityBulkJobResultsResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_opportunity_bulk_job_results(
            catalog="Sandbox",
            job_id="bulkjob-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.LIST_OPPORTUNITY_BULK_JOB_RESULTS,
            _shapes.ListOpportunityBulkJobResultsRequest(
                catalog=catalog,
                max_results=max_results,
                next_token=next_token,
                job_id=job_id,
                status=status,
            ),
        )

    def list_opportunity_bulk_jobs(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        job_id: str | None = None,
        status: BulkJobStatus | _types.BulkJobStatusValue | None = None,
    ) -> ListOpportunityBulkJobsResponse:
        """Lists the opportunity bulk jobs in the specified catalog, newest first. You can filter
        the results by job identifier or status.

        Results are paginated. Use `NextToken` to retrieve additional results.

        Args:
            catalog: Specifies the catalog for the request. Required.
            max_results: Specifies the maximum number of results to return in a single call.
            next_token: A pagination token used to retrieve the next set of results in
                subsequent calls.
            job_id: Filters the results to the bulk job with this identifier.
            status: Filters the results to bulk jobs with this status.

        Returns:
            ListOpportunityBulkJobsResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_opportunity_bulk_jobs(catalog="Sandbox")
        ```
        """
        return self._core.invoke(
            _ops.LIST_OPPORTUNITY_BULK_JOBS,
            _shapes.ListOpportunityBulkJobsRequest(
                catalog=catalog,
                max_results=max_results,
                next_token=next_token,
                job_id=job_id,
                status=status,
            ),
        )

    def list_opportunity_from_engagement_tasks(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        sort: ListTasksSortBase | None = None,
        task_status: _types.SequenceNotStr[TaskStatus | _types.TaskStatusValue] | None = None,
        task_identifier: _types.SequenceNotStr[str] | None = None,
        opportunity_identifier: _types.SequenceNotStr[str] | None = None,
        engagement_identifier: _types.SequenceNotStr[str] | None = None,
        context_identifier: _types.SequenceNotStr[str] | None = None,
    ) -> ListOpportunityFromEngagementTasksResponse:
        """Lists all in-progress, completed, or failed opportunity creation tasks from engagements
        that were initiated by the caller's account.

        Args:
            catalog: Specifies the catalog related to the request. Required.
            max_results: Specifies the maximum number of results to return in a single page
                of the response.
            next_token: The token for requesting the next page of results.
            sort: Specifies how to sort the returned tasks.
            task_status: Filters the tasks based on their current status.
            task_identifier: Filters tasks by their unique identifiers.
            opportunity_identifier: Filters tasks by the identifiers of the opportunities
                they created or are associated with.
            engagement_identifier: Filters tasks by the identifiers of the engagements from
                which opportunities are being created.
            context_identifier: Filters tasks by the identifiers of the engagement contexts
                associated with the opportunity...

        Returns:
            ListOpportunityFromEngagementTasksResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_opportunity_from_engagement_tasks(catalog="Sandbox")
        ```
        """
        return self._core.invoke(
            _ops.LIST_OPPORTUNITY_FROM_ENGAGEMENT_TASKS,
            _shapes.ListOpportunityFromEngagementTasksRequest(
                max_results=max_results,
                next_token=next_token,
                sort=sort,
                catalog=catalog,
                task_status=task_status,
                task_identifier=task_identifier,
                opportunity_identifier=opportunity_identifier,
                engagement_identifier=engagement_identifier,
                context_identifier=context_identifier,
            ),
        )

    def list_prospecting_from_engagement_tasks(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        task_identifier: _types.SequenceNotStr[str] | None = None,
        task_name: _types.SequenceNotStr[str] | None = None,
        start_after: _dt.datetime | None = None,
        start_before: _dt.datetime | None = None,
        sort: ProspectingFromEngagementTaskSort | None = None,
    ) -> ListProspectingFromEngagementTasksResponse:
        """Lists all prospecting tasks initiated by the caller's account. Supports optional filters
        by task identifier, task name, or start time range. Results can be sorted using
        configurable options. The response is paginated. Use the `NextToken` value from each
        response to retrieve subsequent pages.

        Args:
            catalog: Specifies the catalog to list tasks from. Required.
            max_results: The maximum number of results to return in a single page.
            next_token: The pagination token from a previous call to this API.
            task_identifier: Filters the results to include only the tasks with the
                specified identifiers.
            task_name: Filters the results to include only tasks with the specified names.
            start_after: Filters tasks to include only those that started after the
                specified timestamp.
            start_before: Filters tasks to include only those that started before the
                specified timestamp.
            sort: Specifies the field and order used to sort the returned tasks.

        Returns:
            ListProspectingFromEngagementTasksResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_prospecting_from_engagement_tasks(catalog="Sandbox")
        ```
        """
        return self._core.invoke(
            _ops.LIST_PROSPECTING_FROM_ENGAGEMENT_TASKS,
            _shapes.ListProspectingFromEngagementTasksRequest(
                catalog=catalog,
                max_results=max_results,
                next_token=next_token,
                task_identifier=task_identifier,
                task_name=task_name,
                start_after=start_after,
                start_before=start_before,
                sort=sort,
            ),
        )

    def list_resource_snapshot_jobs(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        engagement_identifier: str | None = None,
        status: ResourceSnapshotJobStatus | _types.ResourceSnapshotJobStatusValue | None = None,
        sort: SortObject | None = None,
    ) -> ListResourceSnapshotJobsResponse:
        """Lists resource snapshot jobs owned by the customer. This operation supports various
        filtering scenarios, including listing all jobs owned by the caller, jobs for a specific
        engagement, jobs with a specific status, or any combination of these filters.

        Args:
            catalog: Specifies the catalog related to the request. Required.
            max_results: The maximum number of results to return in a single call.
            next_token: The token for the next set of results.
            engagement_identifier: The identifier of the engagement to filter the response.
            status: The status of the jobs to filter the response.
            sort: Configures the sorting of the response.

        Returns:
            ListResourceSnapshotJobsResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_resource_snapshot_jobs(catalog="Sandbox")
        ```
        """
        return self._core.invoke(
            _ops.LIST_RESOURCE_SNAPSHOT_JOBS,
            _shapes.ListResourceSnapshotJobsRequest(
                catalog=catalog,
                max_results=max_results,
                next_token=next_token,
                engagement_identifier=engagement_identifier,
                status=status,
                sort=sort,
            ),
        )

    def list_resource_snapshots(
        self,
        *,
        catalog: str,
        engagement_identifier: str,
        max_results: int | None = None,
        next_token: str | None = None,
        resource_type: ResourceType | _types.ResourceTypeValue | None = None,
        resource_identifier: str | None = None,
        resource_snapshot_template_identifier: str | None = None,
        created_by: str | None = None,
    ) -> ListResourceSnapshotsResponse:
        """Retrieves a list of resource view snapshots based on specified criteria. This operation
        supports various use cases, including:

        - Fetching all snapshots associated with an engagement.
        - Retrieving snapshots of a specific resource type within an engagement.
        - Obtaining snapshots for a particular resource using a specified template.
        - Accessing the latest snapshot of a resource within an engagement.
        - Filtering snapshots by resource owner.

        Args:
            catalog: Specifies the catalog related to the request. Required.
            engagement_identifier: The unique identifier of the engagement associated with
                the snapshots. Required.
            max_results: The maximum number of results to return in a single call.
            next_token: The token for the next set of results.
            resource_type: Filters the response to include only snapshots of the specified
                resource type.
            resource_identifier: Filters the response to include only snapshots of the
                specified resource.
            resource_snapshot_template_identifier: Filters the response to include only
                snapshots created using the specified template.
            created_by: Filters the response to include only snapshots of resources owned by
                the specified AWS account.

        Returns:
            ListResourceSnapshotsResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_resource_snapshots(
            catalog="Sandbox",
            engagement_identifier="eng-12345678901234",
        )
        ```
        """
        return self._core.invoke(
            _ops.LIST_RESOURCE_SNAPSHOTS,
            _shapes.ListResourceSnapshotsRequest(
                catalog=catalog,
                max_results=max_results,
                next_token=next_token,
                engagement_identifier=engagement_identifier,
                resource_type=resource_type,
                resource_identifier=resource_identifier,
                resource_snapshot_template_identifier=resource_snapshot_template_identifier,
                created_by=created_by,
            ),
        )

    def list_solutions(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        sort: SolutionSort | None = None,
        status: _types.SequenceNotStr[SolutionStatus | _types.SolutionStatusValue] | None = None,
        identifier: _types.SequenceNotStr[str] | None = None,
        category: _types.SequenceNotStr[str] | None = None,
        aws_marketplace_solution_arn: _types.SequenceNotStr[str] | None = None,
    ) -> ListSolutionsResponse:
        """Retrieves a list of Partner Solutions that the partner registered on Partner Central.
        This API is used to generate a list of solutions that an end user selects from for
        association with an opportunity.

        Args:
            catalog: Specifies the catalog associated with the request. Required.
            max_results: The maximum number of results returned by a single call.
            next_token: A pagination token used to retrieve the next set of results in
                subsequent calls.
            sort: Object that configures sorting done on the response.
            status: Filters solutions based on their status.
            identifier: Filters the solutions based on their unique identifier.
            category: Filters the solutions based on the category to which they belong.
            aws_marketplace_solution_arn: Filters results by AWS Marketplace solution ARN.

        Returns:
            ListSolutionsResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_solutions(catalog="Sandbox")
        ```
        """
        return self._core.invoke(
            _ops.LIST_SOLUTIONS,
            _shapes.ListSolutionsRequest(
                catalog=catalog,
                max_results=max_results,
                next_token=next_token,
                sort=sort,
                status=status,
                identifier=identifier,
                category=category,
                aws_marketplace_solution_arn=aws_marketplace_solution_arn,
            ),
        )

    def list_tags_for_resource(
        self,
        *,
        resource_arn: str,
    ) -> ListTagsForResourceResponse:
        """Returns a list of tags for a resource.

        Args:
            resource_arn: The Amazon Resource Name (ARN) of the resource for which you want
                to retrieve tags. Required.

        Returns:
            ListTagsForResourceResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.list_tags_for_resource(
            resource_arn="arn:1234567:partnercentral:1234567:123456789012:catalog/Example/1234567/1234567",
        )
        ```
        """
        return self._core.invoke(
            _ops.LIST_TAGS_FOR_RESOURCE,
            _shapes.ListTagsForResourceRequest(
                resource_arn=resource_arn,
            ),
        )

    def put_selling_system_settings(
        self,
        *,
        catalog: str,
        resource_snapshot_job_role_identifier: str | None = None,
    ) -> PutSellingSystemSettingsResponse:
        """Updates the currently set system settings, which include the IAM Role used for resource
        snapshot jobs.

        Args:
            catalog: Specifies the catalog in which the settings will be updated. Required.
            resource_snapshot_job_role_identifier: Specifies the ARN of the IAM Role used
                for resource snapshot job executions.

        Returns:
            PutSellingSystemSettingsResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.put_selling_system_settings(catalog="Sandbox")
        ```
        """
        return self._core.invoke(
            _ops.PUT_SELLING_SYSTEM_SETTINGS,
            _shapes.PutSellingSystemSettingsRequest(
                catalog=catalog,
                resource_snapshot_job_role_identifier=resource_snapshot_job_role_identifier,
            ),
        )

    def reject_engagement_invitation(
        self,
        *,
        catalog: str,
        identifier: str,
        rejection_reason: str | None = None,
    ) -> None:
        """This action rejects an `EngagementInvitation` that AWS shared. Rejecting an invitation
        indicates that the partner doesn't want to pursue the opportunity, and all related data
        will become inaccessible thereafter.

        Args:
            catalog: This is the catalog that's associated with the engagement invitation.
                Required.
            identifier: This is the unique identifier of the rejected
                `EngagementInvitation`. Required.
            rejection_reason: This describes the reason for rejecting the engagement
                invitation, which helps AWS track usage...

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            ConflictException: This error occurs when the request can’t be processed due to
                a conflict with the target...
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        client.reject_engagement_invitation(catalog="Sandbox", identifier="arn:1234567")
        ```
        """
        return self._core.invoke(
            _ops.REJECT_ENGAGEMENT_INVITATION,
            _shapes.RejectEngagementInvitationRequest(
                catalog=catalog,
                identifier=identifier,
                rejection_reason=rejection_reason,
            ),
        )

    def search_customer_accounts(
        self,
        *,
        catalog: str,
        filter: Filter | None = None,
        sort: CustomerAccountSort | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> SearchCustomerAccountsResponse:
        """Use `SearchCustomerAccounts` to find customer accounts in the specified catalog. You can
        filter the results by fields such as enrichment status, industry, geography, and
        creation date, and sort them by company name, date, or score.

        Results are paginated. Use `NextToken` to retrieve additional results.

        Args:
            catalog: Specifies the catalog for the request. Required.
            filter: Specifies a filter tree that narrows the customer accounts.
            sort: Specifies the field and direction used to sort the results.
            max_results: Specifies the maximum number of results to return in a single call.
            next_token: Specifies the token for the next page of results.

        Returns:
            SearchCustomerAccountsResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.search_customer_accounts(catalog="Sandbox")
        ```
        """
        return self._core.invoke(
            _ops.SEARCH_CUSTOMER_ACCOUNTS,
            _shapes.SearchCustomerAccountsRequest(
                catalog=catalog,
                filter=filter,
                sort=sort,
                max_results=max_results,
                next_token=next_token,
            ),
        )

    def search_engagements(
        self,
        *,
        catalog: str,
        keyword: str | None = None,
        filter: EngagementSearchFilter | None = None,
        group_id: str | None = None,
        sort: EngagementSearchSort | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> SearchEngagementsResponse:
        """Searches the engagements in AWS Partner Central that match your criteria, such as
        customer industry or geography. You can combine a free-text `Keyword`, a structured
        `Filter` tree, an engagement group (`GroupId`), and `Sort` options, and each search
        criterion that you specify narrows the results. Results are paginated, so use
        `NextToken` to retrieve additional results.

        Args:
            catalog: Specifies the catalog to search. Required.
            keyword: An optional free-text query string matched against the engagement
                title, description, customer...
            filter: A recursive, structured filter tree.
            group_id: The identifier of an engagement group that `ListEngagementGroups`
                returns.
            sort: Specifies the field and direction used to sort the search results.
            max_results: Specifies the maximum number of results to return in a single call.
            next_token: A pagination token returned by a previous call.

        Returns:
            SearchEngagementsResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.search_engagements(catalog="Sandbox")
        ```
        """
        return self._core.invoke(
            _ops.SEARCH_ENGAGEMENTS,
            _shapes.SearchEngagementsRequest(
                catalog=catalog,
                keyword=keyword,
                filter=filter,
                group_id=group_id,
                sort=sort,
                max_results=max_results,
                next_token=next_token,
            ),
        )

    def search_opportunities(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        keyword: str | None = None,
        filter: OpportunitySearchFilter | None = None,
        sort: OpportunitySearchSort | None = None,
    ) -> SearchOpportunitiesResponse:
        """The `SearchOpportunities` operation in the AWS Partner Central Selling API searches and
        filters the opportunities available to you in AWS Partner Central.

        You can optionally provide a free-text `Keyword`, a structured `Filter` tree, and `Sort`
        options. The operation returns a curated summary view of each matching opportunity. If
        you supply both `Keyword` and `Filter`, the operation combines them with a logical AND,
        so each one narrows the result set.

        Results are paginated. Use the `NextToken` parameter to retrieve additional pages of
        results.

        Args:
            catalog: Specifies the catalog in which you run the search. Required.
            max_results: The maximum number of results to return in a single call.
            next_token: A pagination token returned by a previous call.
            keyword: An optional free-text query string matched against opportunity fields.
            filter: A recursive, structured filter tree.
            sort: Specifies the field and direction used to sort the search results.

        Returns:
            SearchOpportunitiesResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.search_opportunities(catalog="Sandbox")
        ```
        """
        return self._core.invoke(
            _ops.SEARCH_OPPORTUNITIES,
            _shapes.SearchOpportunitiesRequest(
                catalog=catalog,
                max_results=max_results,
                next_token=next_token,
                keyword=keyword,
                filter=filter,
                sort=sort,
            ),
        )

    def start_customer_account_bulk_job(
        self,
        *,
        catalog: str,
        file_uri: str,
        client_token: str | None = None,
    ) -> StartCustomerAccountBulkJobResponse:
        """Use `StartCustomerAccountBulkJob` to create many customer accounts from a single file.
        The job starts processing as soon as it is created.

        Use `GetCustomerAccountBulkJob` to track progress, `ListCustomerAccountBulkJobResults`
        to review the outcome of each record, and `GetCustomerAccountBulkJobReportUrl` to
        download a report when the job finishes.

        Args:
            catalog: Specifies the catalog for the request. Required.
            file_uri: Specifies the location of the file that contains the customer accounts
                to create. Required.
            client_token: Specifies a unique, case-sensitive identifier that you provide to
                make the request idempotent. Filled with a random UUID when omitted.

        Returns:
            StartCustomerAccountBulkJobResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            ConflictException: This error occurs when the request can’t be processed due to
                a conflict with the target...
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ServiceQuotaExceededException: This error occurs when the request would cause a
                service quota to be exceeded.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.start_customer_account_bulk_job(
            catalog="Sandbox",
            file_uri="s3://1234567",
        )
        ```
        """
        return self._core.invoke(
            _ops.START_CUSTOMER_ACCOUNT_BULK_JOB,
            _shapes.StartCustomerAccountBulkJobRequest(
                catalog=catalog,
                client_token=client_token,
                file_uri=file_uri,
            ),
        )

    def start_engagement_by_accepting_invitation_task(
        self,
        *,
        catalog: str,
        identifier: str,
        client_token: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
    ) -> StartEngagementByAcceptingInvitationTaskResponse:
        """This action starts the engagement by accepting an `EngagementInvitation`. The task is
        asynchronous and involves the following steps: accepting the invitation, creating an
        opportunity in the partner’s account from the AWS opportunity, and copying details for
        tracking. When completed, an `Opportunity Created` event is generated, indicating that
        the opportunity has been successfully created in the partner's account.

        Args:
            catalog: Specifies the catalog related to the task. Required.
            identifier: Specifies the unique identifier of the `EngagementInvitation` to be
                accepted. Required.
            client_token: A unique, case-sensitive identifier provided by the client that
                helps to ensure the idempotency... Filled with a random UUID when omitted.
            tags: A map of the key-value pairs of the tag or tags to assign.

        Returns:
            StartEngagementByAcceptingInvitationTaskResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            ConflictException: This error occurs when the request can’t be processed due to
                a conflict with the target...
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ServiceQuotaExceededException: This error occurs when the request would cause a
                service quota to be exceeded.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.start_engagement_by_accepting_invitation_task(
            catalog="Sandbox",
            identifier="arn:1234567",
        )
        ```
        """
        return self._core.invoke(
            _ops.START_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASK,
            _shapes.StartEngagementByAcceptingInvitationTaskRequest(
                catalog=catalog,
                client_token=client_token,
                identifier=identifier,
                tags=tags,
            ),
        )

    def start_engagement_from_opportunity_task(
        self,
        *,
        catalog: str,
        identifier: str,
        aws_submission: AwsSubmission,
        client_token: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
    ) -> StartEngagementFromOpportunityTaskResponse:
        """Similar to `StartEngagementByAcceptingInvitationTask`, this action is asynchronous and
        performs multiple steps before completion. This action orchestrates a comprehensive
        workflow that combines multiple API operations into a single task to create and initiate
        an engagement from an existing opportunity. It automatically executes a sequence of
        operations including `GetOpportunity`, `CreateEngagement` (if it doesn't exist),
        `CreateResourceSnapshot`, `CreateResourceSnapshotJob`, `CreateEngagementInvitation` (if
        not already invited/accepted), and `SubmitOpportunity`.

        Args:
            catalog: Specifies the catalog in which the engagement is tracked. Required.
            identifier: The unique identifier of the opportunity from which the engagement
                task is to be initiated. Required.
            aws_submission: Specifies the level of AWS involvement for the opportunity.
                Required.
            client_token: A unique token provided by the client to help ensure the
                idempotency of the request. Filled with a random UUID when omitted.
            tags: A map of the key-value pairs of the tag or tags to assign.

        Returns:
            StartEngagementFromOpportunityTaskResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            ConflictException: This error occurs when the request can’t be processed due to
                a conflict with the target...
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ServiceQuotaExceededException: This error occurs when the request would cause a
                service quota to be exceeded.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.start_engagement_from_opportunity_task(
            catalog="Sandbox",
            identifier="O1234567",
            aws_submission=AwsSubmission(involvement_type="For Visibility Only"),
        )
        ```
        """
        return self._core.invoke(
            _ops.START_ENGAGEMENT_FROM_OPPORTUNITY_TASK,
            _shapes.StartEngagementFromOpportunityTaskRequest(
                catalog=catalog,
                client_token=client_token,
                identifier=identifier,
                aws_submission=aws_submission,
                tags=tags,
            ),
        )

    def start_opportunity_bulk_job(
        self,
        *,
        catalog: str,
        file_uri: str,
        file_format: BulkFileFormat | _types.BulkFileFormatValue,
        client_token: str | None = None,
    ) -> StartOpportunityBulkJobResponse:
        """The `StartOpportunityBulkJob` operation creates or updates many opportunities in AWS
        Partner Central (Partner Central) from a single CSV file. The column headers in the file
        determine whether the job creates or updates opportunities.

        Returns a `JobId` for the job. Use `ListOpportunityBulkJobs` to track the job,
        `ListOpportunityBulkJobResults` to review each record, and
        `GetOpportunityBulkJobReportUrl` to download a report of the failed records.

        Args:
            catalog: Specifies the catalog for the request. Required.
            file_uri: Specifies the location of the CSV file that contains the opportunities
                to create or update. Required.
            file_format: Specifies the format of the input file. Required.
            client_token: A unique, case-sensitive identifier that you provide to ensure the
                operation completes no more... Filled with a random UUID when omitted.

        Returns:
            StartOpportunityBulkJobResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            ConflictException: This error occurs when the request can’t be processed due to
                a conflict with the target...
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ServiceQuotaExceededException: This error occurs when the request would cause a
                service quota to be exceeded.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.start_opportunity_bulk_job(
            catalog="Sandbox",
            file_uri="s3://",
            file_format="CSV",
        )
        ```
        """
        return self._core.invoke(
            _ops.START_OPPORTUNITY_BULK_JOB,
            _shapes.StartOpportunityBulkJobRequest(
                catalog=catalog,
                client_token=client_token,
                file_uri=file_uri,
                file_format=file_format,
            ),
        )

    def start_opportunity_from_engagement_task(
        self,
        *,
        catalog: str,
        identifier: str,
        context_identifier: str,
        client_token: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
    ) -> StartOpportunityFromEngagementTaskResponse:
        """This action creates an opportunity from an existing engagement context. The task is
        asynchronous and orchestrates the process of converting engagement contextual
        information into a structured opportunity record within the partner's account.

        Args:
            catalog: Specifies the catalog in which the opportunity creation task is
                executed. Required.
            identifier: The unique identifier of the engagement from which the opportunity
                creation task is to be initiated. Required.
            context_identifier: The unique identifier of the engagement context from which
                to create the opportunity. Required.
            client_token: A unique token provided by the client to help ensure the
                idempotency of the request. Filled with a random UUID when omitted.
            tags: A map of the key-value pairs of the tag or tags to assign.

        Returns:
            StartOpportunityFromEngagementTaskResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            ConflictException: This error occurs when the request can’t be processed due to
                a conflict with the target...
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ServiceQuotaExceededException: This error occurs when the request would cause a
                service quota to be exceeded.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.start_opportunity_from_engagement_task(
            catalog="Sandbox",
            identifier="arn:1234567",
            context_identifier="11234567",
        )
        ```
        """
        return self._core.invoke(
            _ops.START_OPPORTUNITY_FROM_ENGAGEMENT_TASK,
            _shapes.StartOpportunityFromEngagementTaskRequest(
                catalog=catalog,
                client_token=client_token,
                identifier=identifier,
                context_identifier=context_identifier,
                tags=tags,
            ),
        )

    def start_prospecting_from_engagement_task(
        self,
        *,
        catalog: str,
        identifiers: _types.SequenceNotStr[str],
        task_name: str,
        client_token: str | None = None,
    ) -> StartProspectingFromEngagementTaskResponse:
        """Starts a task to convert one or more engagement contexts into new prospecting leads. The
        task runs asynchronously. To poll for status, use `GetProspectingFromEngagementTask`, or
        use `ListProspectingFromEngagementTasks` to monitor multiple tasks.

        Args:
            catalog: Specifies the catalog in which the task is initiated. Required.
            identifiers: The list of engagement identifiers to include in this prospecting
                task. Required.
            task_name: A descriptive name for the task. Required.
            client_token: A unique, case-sensitive identifier provided by the client to
                ensure idempotency. Filled with a random UUID when omitted.

        Returns:
            StartProspectingFromEngagementTaskResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            ConflictException: This error occurs when the request can’t be processed due to
                a conflict with the target...
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.start_prospecting_from_engagement_task(
            catalog="Sandbox",
            identifiers=["eng-12345678901234"],
            task_name="my-task-name",
        )
        ```
        """
        return self._core.invoke(
            _ops.START_PROSPECTING_FROM_ENGAGEMENT_TASK,
            _shapes.StartProspectingFromEngagementTaskRequest(
                catalog=catalog,
                identifiers=identifiers,
                task_name=task_name,
                client_token=client_token,
            ),
        )

    def start_resource_snapshot_job(
        self,
        *,
        catalog: str,
        resource_snapshot_job_identifier: str,
    ) -> None:
        """Starts a resource snapshot job that has been previously created.

        Args:
            catalog: Specifies the catalog related to the request. Required.
            resource_snapshot_job_identifier: The identifier of the resource snapshot job to
                start. Required.

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        client.start_resource_snapshot_job(
            catalog="Sandbox",
            resource_snapshot_job_identifier="job-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.START_RESOURCE_SNAPSHOT_JOB,
            _shapes.StartResourceSnapshotJobRequest(
                catalog=catalog,
                resource_snapshot_job_identifier=resource_snapshot_job_identifier,
            ),
        )

    def stop_resource_snapshot_job(
        self,
        *,
        catalog: str,
        resource_snapshot_job_identifier: str,
    ) -> None:
        """Stops a resource snapshot job. The job must be started prior to being stopped.

        Args:
            catalog: Specifies the catalog related to the request. Required.
            resource_snapshot_job_identifier: The identifier of the job to stop. Required.

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        client.stop_resource_snapshot_job(
            catalog="Sandbox",
            resource_snapshot_job_identifier="job-1234567890123",
        )
        ```
        """
        return self._core.invoke(
            _ops.STOP_RESOURCE_SNAPSHOT_JOB,
            _shapes.StopResourceSnapshotJobRequest(
                catalog=catalog,
                resource_snapshot_job_identifier=resource_snapshot_job_identifier,
            ),
        )

    def submit_opportunity(
        self,
        *,
        catalog: str,
        identifier: str,
        involvement_type: SalesInvolvementType | _types.SalesInvolvementTypeValue,
        visibility: Visibility | _types.VisibilityValue | None = None,
    ) -> None:
        """Use this action to submit an Opportunity that was previously created by partner for AWS
        review. After you perform this action, the Opportunity becomes non-editable until it is
        reviewed by AWS and has `LifeCycle.ReviewStatus` as either `Approved` or
        `Action Required`.

        Args:
            catalog: Specifies the catalog related to the request. Required.
            identifier: The identifier of the Opportunity previously created by partner and
                needs to be submitted. Required.
            involvement_type: Specifies the level of AWS sellers' involvement on the
                opportunity. Required.
            visibility: Determines whether to restrict visibility of the opportunity from
                AWS sales.

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        client.submit_opportunity(
            catalog="Sandbox",
            identifier="O1234567",
            involvement_type="For Visibility Only",
        )
        ```
        """
        return self._core.invoke(
            _ops.SUBMIT_OPPORTUNITY,
            _shapes.SubmitOpportunityRequest(
                catalog=catalog,
                identifier=identifier,
                involvement_type=involvement_type,
                visibility=visibility,
            ),
        )

    def tag_resource(
        self,
        *,
        resource_arn: str,
        tags: _types.SequenceNotStr[Tag],
    ) -> TagResourceResponse:
        """Assigns one or more tags (key-value pairs) to the specified resource.

        Args:
            resource_arn: The Amazon Resource Name (ARN) of the resource that you want to
                tag. Required.
            tags: A map of the key-value pairs of the tag or tags to assign. Required.

        Returns:
            TagResourceResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            ConflictException: This error occurs when the request can’t be processed due to
                a conflict with the target...
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.tag_resource(
            resource_arn="arn:1234567:partnercentral:1234567:123456789012:catalog/Example/1234567/1234567",
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
        """Removes a tag or tags from a resource.

        Args:
            resource_arn: The Amazon Resource Name (ARN) of the resource that you want to
                untag. Required.
            tag_keys: The keys of the key-value pairs for the tag or tags you want to remove
                from the specified resource. Required.

        Returns:
            UntagResourceResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            ConflictException: This error occurs when the request can’t be processed due to
                a conflict with the target...
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.untag_resource(
            resource_arn="arn:1234567:partnercentral:1234567:123456789012:catalog/Example/1234567/1234567",
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

    def update_customer_account(
        self,
        *,
        catalog: str,
        identifier: str,
        account: CustomerAccountData,
        last_modified_date: _dt.datetime,
        partner_account_identifier: str | None = None,
    ) -> UpdateCustomerAccountResponse:
        """Use `UpdateCustomerAccount` to replace the customer information on an existing customer
        account. AWS matches the account again with the updated information.

        To prevent concurrent changes from overwriting each other, specify the
        `LastModifiedDate` value that you last read for the account. If the account changed
        since then, the request fails with a `ConflictException`.

        Args:
            catalog: Specifies the catalog for the request. Required.
            identifier: Specifies the ARN or the identifier of the customer account.
                Required.
            account: Specifies the complete, updated details of the customer. Required.
            last_modified_date: Specifies the `LastModifiedDate` of the customer account as
                you last read it. Required.
            partner_account_identifier: Specifies your own identifier for the customer
                account, such as the account ID in your CRM system.

        Returns:
            UpdateCustomerAccountResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            ConflictException: This error occurs when the request can’t be processed due to
                a conflict with the target...
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        current = client.get_customer_account(catalog="Sandbox", identifier="arn:1234567")
        response = client.update_customer_account(
            catalog="Sandbox",
            identifier="arn:1234567",
            account=CustomerAccountData(company_name="1234567"),
            last_modified_date=current.last_modified_date,
        )
        ```
        """
        return self._core.invoke(
            _ops.UPDATE_CUSTOMER_ACCOUNT,
            _shapes.UpdateCustomerAccountRequest(
                catalog=catalog,
                identifier=identifier,
                account=account,
                partner_account_identifier=partner_account_identifier,
                last_modified_date=last_modified_date,
            ),
        )

    def update_engagement_context(
        self,
        *,
        catalog: str,
        engagement_identifier: str,
        context_identifier: str,
        engagement_last_modified_at: _dt.datetime,
        type: EngagementContextType | _types.EngagementContextTypeValue,
        payload: UpdateEngagementContextPayload,
    ) -> UpdateEngagementContextResponse:
        """Updates the context information for an existing engagement with new or modified data.

        Args:
            catalog: Specifies the catalog associated with the engagement context update
                request. Required.
            engagement_identifier: The unique identifier of the `Engagement` containing the
                context to be updated. Required.
            context_identifier: The unique identifier of the specific engagement context to
                be updated. Required.
            engagement_last_modified_at: The timestamp when the engagement was last
                modified, used for optimistic concurrency control. Required.
            type: Specifies the type of context being updated within the engagement.
                Required.
            payload: Contains the updated contextual information for the engagement.
                Required.

        Returns:
            UpdateEngagementContextResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            ConflictException: This error occurs when the request can’t be processed due to
                a conflict with the target...
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ServiceQuotaExceededException: This error occurs when the request would cause a
                service quota to be exceeded.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        response = client.update_engagement_context(
            catalog="Sandbox",
            engagement_identifier="arn:1234567",
            context_identifier="123",
            engagement_last_modified_at=datetime.datetime.now(datetime.timezone.utc),
            type="CustomerProject",
            payload=UpdateEngagementContextPayloadLead(
                UpdateLeadContext(customer=LeadCustomer(company_name="1234567")),
            ),
        )
        ```
        """
        return self._core.invoke(
            _ops.UPDATE_ENGAGEMENT_CONTEXT,
            _shapes.UpdateEngagementContextRequest(
                catalog=catalog,
                engagement_identifier=engagement_identifier,
                context_identifier=context_identifier,
                engagement_last_modified_at=engagement_last_modified_at,
                type=type,
                payload=payload,
            ),
        )

    def update_opportunity(
        self,
        *,
        catalog: str,
        last_modified_date: _dt.datetime,
        identifier: str,
        primary_needs_from_aws: (
            _types.SequenceNotStr[PrimaryNeedFromAws | _types.PrimaryNeedFromAwsValue] | None
        ) = None,
        national_security: NationalSecurity | _types.NationalSecurityValue | None = None,
        partner_opportunity_identifier: str | None = None,
        customer: Customer | None = None,
        project: Project | None = None,
        opportunity_type: OpportunityType | _types.OpportunityTypeValue | None = None,
        marketing: Marketing | None = None,
        software_revenue: SoftwareRevenue | None = None,
        life_cycle: LifeCycle | None = None,
    ) -> UpdateOpportunityResponse:
        """Updates the `Opportunity` record identified by a given `Identifier`. This operation
        allows you to modify the details of an existing opportunity to reflect the latest
        information and progress. Use this action to keep the opportunity record up-to-date and
        accurate.

        When you perform updates, include the entire payload with each request. If any field is
        omitted, the API assumes that the field is set to `null`. The best practice is to always
        perform a `GetOpportunity` to retrieve the latest values, then send the complete payload
        with the updated values to be changed.

        Args:
            catalog: Specifies the catalog associated with the request. Required.
            last_modified_date: `DateTime` when the opportunity was last modified. Required.
            identifier: Read-only, system generated `Opportunity` unique identifier.
                Required.
            primary_needs_from_aws: Identifies the type of support the partner needs from
                Amazon Web Services.
            national_security: Specifies if the opportunity is associated with national
                security concerns.
            partner_opportunity_identifier: Specifies the opportunity's unique identifier in
                the partner's CRM system.
            customer: Specifies details of the customer associated with the `Opportunity`.
            project: An object that contains project details summary for the `Opportunity`.
            opportunity_type: Specifies the opportunity type as a renewal, new, or
                expansion.
            marketing: An object that contains marketing details for the `Opportunity`.
            software_revenue: Specifies details of a customer's procurement terms.
            life_cycle: An object that contains lifecycle details for the `Opportunity`.

        Returns:
            UpdateOpportunityResponse

        Raises:
            AccessDeniedException: This error occurs when you don't have permission to
                perform the requested action.
            ConflictException: This error occurs when the request can’t be processed due to
                a conflict with the target...
            InternalServerException: This error occurs when the specified resource can’t be
                found or doesn't exist.
            ResourceNotFoundException: This error occurs when the specified resource can't
                be found.
            ThrottlingException: This error occurs when there are too many requests sent.
            ValidationException: The input fails to satisfy the constraints specified by the
                service or business validation rules.
            PartnerCentralSellingError: Any other error the service returns (its `code`
                names it).
            ParamValidationError: An argument is missing or of the wrong type; nothing sent.
            TransportError: No response arrived, retries included (connection, timeout).
            ResponseParseError: The response is not the modeled output.

        Example:
        ```python
        current = client.get_opportunity(catalog="Sandbox", identifier="O1234567")
        response = client.update_opportunity(
            catalog="Sandbox",
            last_modified_date=current.last_modified_date,
            identifier="O1234567",
        )
        ```
        """
        return self._core.invoke(
            _ops.UPDATE_OPPORTUNITY,
            _shapes.UpdateOpportunityRequest(
                catalog=catalog,
                primary_needs_from_aws=primary_needs_from_aws,
                national_security=national_security,
                partner_opportunity_identifier=partner_opportunity_identifier,
                customer=customer,
                project=project,
                opportunity_type=opportunity_type,
                marketing=marketing,
                software_revenue=software_revenue,
                last_modified_date=last_modified_date,
                identifier=identifier,
                life_cycle=life_cycle,
            ),
        )

    def paginate_list_customer_account_bulk_job_results(
        self,
        *,
        catalog: str,
        identifier: str,
        status: BulkRecordStatus | _types.BulkRecordStatusValue | None = None,
        max_results: int | None = None,
        starting_token: str | None = None,
    ) -> _Paginator[ListCustomerAccountBulkJobResultsResponse, BulkJobResult]:
        """Every page of `list_customer_account_bulk_job_results`, fetched lazily.

        Each page is a `ListCustomerAccountBulkJobResultsResponse`, requested when the loop
        reaches it. `items()` yields the `BulkJobResult` elements of each page's `results`
        in turn. Every request carries the arguments below, `max_results` as the page size;
        `page.next_token` goes into the next request's `next_token`, until a page has none.
        Iterating raises what `list_customer_account_bulk_job_results` raises.

        Args:
            catalog: Specifies the catalog for the request. Required.
            identifier: Specifies the ARN or the identifier of the bulk job. Required.
            status: Filters the results to records with the specified outcome.
            max_results: Specifies the maximum number of results to return in a single call.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[ListCustomerAccountBulkJobResultsResponse, BulkJobResult]
        """
        return _Paginator(
            self.list_customer_account_bulk_job_results,
            {
                "catalog": catalog,
                "identifier": identifier,
                "status": status,
                "max_results": max_results,
            },
            _ops._LIST_CUSTOMER_ACCOUNT_BULK_JOB_RESULTS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_customer_account_bulk_jobs(
        self,
        *,
        catalog: str,
        filter: CustomerAccountBulkJobFilter | None = None,
        max_results: int | None = None,
        starting_token: str | None = None,
    ) -> _Paginator[ListCustomerAccountBulkJobsResponse, CustomerAccountBulkJobSummary]:
        """Every page of `list_customer_account_bulk_jobs`, fetched lazily.

        Each page is a `ListCustomerAccountBulkJobsResponse`, requested when the loop
        reaches it. `items()` yields the `CustomerAccountBulkJobSummary` elements of each
        page's `items` in turn. Every request carries the arguments below, `max_results` as
        the page size; `page.next_token` goes into the next request's `next_token`, until a
        page has none. Iterating raises what `list_customer_account_bulk_jobs` raises.

        Args:
            catalog: Specifies the catalog for the request. Required.
            filter: Specifies criteria to filter the bulk jobs, such as the job identifier
                or status.
            max_results: Specifies the maximum number of results to return in a single call.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[ListCustomerAccountBulkJobsResponse, CustomerAccountBulkJobSummary]
        """
        return _Paginator(
            self.list_customer_account_bulk_jobs,
            {
                "catalog": catalog,
                "filter": filter,
                "max_results": max_results,
            },
            _ops._LIST_CUSTOMER_ACCOUNT_BULK_JOBS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_engagement_by_accepting_invitation_tasks(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        sort: ListTasksSortBase | None = None,
        task_status: _types.SequenceNotStr[TaskStatus | _types.TaskStatusValue] | None = None,
        opportunity_identifier: _types.SequenceNotStr[str] | None = None,
        engagement_invitation_identifier: _types.SequenceNotStr[str] | None = None,
        task_identifier: _types.SequenceNotStr[str] | None = None,
        starting_token: str | None = None,
    ) -> _Paginator[
        ListEngagementByAcceptingInvitationTasksResponse,
        ListEngagementByAcceptingInvitationTaskSummary,
    ]:
        """Every page of `list_engagement_by_accepting_invitation_tasks`, fetched lazily.

        Each page is a `ListEngagementByAcceptingInvitationTasksResponse`, requested when
        the loop reaches it. `items()` yields the
        `ListEngagementByAcceptingInvitationTaskSummary` elements of each page's
        `task_summaries` in turn. Every request carries the arguments below, `max_results`
        as the page size; `page.next_token` goes into the next request's `next_token`, until
        a page has none. Iterating raises what
        `list_engagement_by_accepting_invitation_tasks` raises.

        Args:
            max_results: Use this parameter to control the number of items returned in each
                request, which can be useful...
            sort: Specifies the sorting criteria for the returned results.
            catalog: Specifies the catalog related to the request. Required.
            task_status: Filters the tasks based on their current status.
            opportunity_identifier: Filters tasks by the identifiers of the opportunities
                they created or are associated with.
            engagement_invitation_identifier: Filters tasks by the identifiers of the
                engagement invitations they are processing.
            task_identifier: Filters tasks by their unique identifiers.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[ListEngagementByAcceptingInvitationTasksResponse,
                ListEngagementByAcceptingInvitationTaskSummary]
        """
        return _Paginator(
            self.list_engagement_by_accepting_invitation_tasks,
            {
                "max_results": max_results,
                "sort": sort,
                "catalog": catalog,
                "task_status": task_status,
                "opportunity_identifier": opportunity_identifier,
                "engagement_invitation_identifier": engagement_invitation_identifier,
                "task_identifier": task_identifier,
            },
            _ops._LIST_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASKS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_engagement_from_opportunity_tasks(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        sort: ListTasksSortBase | None = None,
        task_status: _types.SequenceNotStr[TaskStatus | _types.TaskStatusValue] | None = None,
        task_identifier: _types.SequenceNotStr[str] | None = None,
        opportunity_identifier: _types.SequenceNotStr[str] | None = None,
        engagement_identifier: _types.SequenceNotStr[str] | None = None,
        starting_token: str | None = None,
    ) -> _Paginator[
        ListEngagementFromOpportunityTasksResponse, ListEngagementFromOpportunityTaskSummary
    ]:
        """Every page of `list_engagement_from_opportunity_tasks`, fetched lazily.

        Each page is a `ListEngagementFromOpportunityTasksResponse`, requested when the loop
        reaches it. `items()` yields the `ListEngagementFromOpportunityTaskSummary` elements
        of each page's `task_summaries` in turn. Every request carries the arguments below,
        `max_results` as the page size; `page.next_token` goes into the next request's
        `next_token`, until a page has none. Iterating raises what
        `list_engagement_from_opportunity_tasks` raises.

        Args:
            max_results: Specifies the maximum number of results to return in a single page
                of the response.Use this...
            sort: Specifies the sorting criteria for the returned results.
            catalog: Specifies the catalog related to the request. Required.
            task_status: Filters the tasks based on their current status.
            task_identifier: Filters tasks by their unique identifiers.
            opportunity_identifier: The identifier of the original opportunity associated
                with this task.
            engagement_identifier: Filters tasks by the identifiers of the engagements they
                created or are associated with.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[ListEngagementFromOpportunityTasksResponse,
                ListEngagementFromOpportunityTaskSummary]
        """
        return _Paginator(
            self.list_engagement_from_opportunity_tasks,
            {
                "max_results": max_results,
                "sort": sort,
                "catalog": catalog,
                "task_status": task_status,
                "task_identifier": task_identifier,
                "opportunity_identifier": opportunity_identifier,
                "engagement_identifier": engagement_identifier,
            },
            _ops._LIST_ENGAGEMENT_FROM_OPPORTUNITY_TASKS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_engagement_groups(
        self,
        *,
        catalog: str,
        readiness_level: ReadinessLevel | _types.ReadinessLevelValue | None = None,
        sort: EngagementGroupSort | None = None,
        engagement_group_identifiers: _types.SequenceNotStr[str] | None = None,
        max_results: int | None = None,
        starting_token: str | None = None,
    ) -> _Paginator[ListEngagementGroupsResponse, EngagementGroupSummary]:
        """Every page of `list_engagement_groups`, fetched lazily.

        Each page is a `ListEngagementGroupsResponse`, requested when the loop reaches it.
        `items()` yields the `EngagementGroupSummary` elements of each page's
        `engagement_group_summaries` in turn. Every request carries the arguments below,
        `max_results` as the page size; `page.next_token` goes into the next request's
        `next_token`, until a page has none. Iterating raises what `list_engagement_groups`
        raises.

        Args:
            catalog: Specifies the catalog in which to list engagement groups. Required.
            readiness_level: Filters the results to engagement groups with the specified
                readiness level.
            sort: Specifies the field and direction used to sort the results.
            engagement_group_identifiers: Filters the results to the specified engagement
                groups.
            max_results: Specifies the maximum number of results to return in a single call.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[ListEngagementGroupsResponse, EngagementGroupSummary]
        """
        return _Paginator(
            self.list_engagement_groups,
            {
                "catalog": catalog,
                "readiness_level": readiness_level,
                "sort": sort,
                "engagement_group_identifiers": engagement_group_identifiers,
                "max_results": max_results,
            },
            _ops._LIST_ENGAGEMENT_GROUPS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_engagement_invitations(
        self,
        *,
        catalog: str,
        participant_type: ParticipantType | _types.ParticipantTypeValue,
        max_results: int | None = None,
        sort: OpportunityEngagementInvitationSort | None = None,
        payload_type: (
            _types.SequenceNotStr[
                EngagementInvitationPayloadType | _types.EngagementInvitationPayloadTypeValue
            ]
            | None
        ) = None,
        status: (
            _types.SequenceNotStr[InvitationStatus | _types.InvitationStatusValue] | None
        ) = None,
        engagement_identifier: _types.SequenceNotStr[str] | None = None,
        sender_aws_account_id: _types.SequenceNotStr[str] | None = None,
        starting_token: str | None = None,
    ) -> _Paginator[ListEngagementInvitationsResponse, EngagementInvitationSummary]:
        """Every page of `list_engagement_invitations`, fetched lazily.

        Each page is a `ListEngagementInvitationsResponse`, requested when the loop reaches
        it. `items()` yields the `EngagementInvitationSummary` elements of each page's
        `engagement_invitation_summaries` in turn. Every request carries the arguments
        below, `max_results` as the page size; `page.next_token` goes into the next
        request's `next_token`, until a page has none. Iterating raises what
        `list_engagement_invitations` raises.

        Args:
            catalog: Specifies the catalog from which to list the engagement invitations.
                Required.
            max_results: Specifies the maximum number of engagement invitations to return in
                the response.
            sort: Specifies the sorting options for listing engagement invitations.
            payload_type: Defines the type of payload associated with the engagement
                invitations to be listed.
            participant_type: Specifies the type of participant for which to list engagement
                invitations. Required.
            status: Status values to filter the invitations.
            engagement_identifier: Retrieves a list of engagement invitation summaries based
                on specified filters.
            sender_aws_account_id: List of sender AWS account IDs to filter the invitations.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[ListEngagementInvitationsResponse, EngagementInvitationSummary]
        """
        return _Paginator(
            self.list_engagement_invitations,
            {
                "catalog": catalog,
                "max_results": max_results,
                "sort": sort,
                "payload_type": payload_type,
                "participant_type": participant_type,
                "status": status,
                "engagement_identifier": engagement_identifier,
                "sender_aws_account_id": sender_aws_account_id,
            },
            _ops._LIST_ENGAGEMENT_INVITATIONS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_engagement_members(
        self,
        *,
        catalog: str,
        identifier: str,
        max_results: int | None = None,
        starting_token: str | None = None,
    ) -> _Paginator[ListEngagementMembersResponse, EngagementMember]:
        """Every page of `list_engagement_members`, fetched lazily.

        Each page is a `ListEngagementMembersResponse`, requested when the loop reaches it.
        `items()` yields the `EngagementMember` elements of each page's
        `engagement_member_list` in turn. Every request carries the arguments below,
        `max_results` as the page size; `page.next_token` goes into the next request's
        `next_token`, until a page has none. Iterating raises what `list_engagement_members`
        raises.

        Args:
            catalog: The catalog related to the request. Required.
            identifier: Identifier of the Engagement record to retrieve members from.
                Required.
            max_results: The maximum number of results to return in a single call.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[ListEngagementMembersResponse, EngagementMember]
        """
        return _Paginator(
            self.list_engagement_members,
            {
                "catalog": catalog,
                "identifier": identifier,
                "max_results": max_results,
            },
            _ops._LIST_ENGAGEMENT_MEMBERS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_engagement_resource_associations(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        engagement_identifier: str | None = None,
        resource_type: ResourceType | _types.ResourceTypeValue | None = None,
        resource_identifier: str | None = None,
        created_by: str | None = None,
        starting_token: str | None = None,
    ) -> _Paginator[
        ListEngagementResourceAssociationsResponse, EngagementResourceAssociationSummary
    ]:
        """Every page of `list_engagement_resource_associations`, fetched lazily.

        Each page is a `ListEngagementResourceAssociationsResponse`, requested when the loop
        reaches it. `items()` yields the `EngagementResourceAssociationSummary` elements of
        each page's `engagement_resource_association_summaries` in turn. Every request
        carries the arguments below, `max_results` as the page size; `page.next_token` goes
        into the next request's `next_token`, until a page has none. Iterating raises what
        `list_engagement_resource_associations` raises.

        Args:
            catalog: Specifies the catalog in which to search for engagement-resource
                associations. Required.
            max_results: Limits the number of results returned in a single call.
            engagement_identifier: Filters the results to include only associations related
                to the specified engagement.
            resource_type: Filters the results to include only associations with resources
                of the specified type.
            resource_identifier: Filters the results to include only associations with the
                specified resource.
            created_by: Filters the response to include only snapshots of resources owned by
                the specified AWS account ID.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[ListEngagementResourceAssociationsResponse,
                EngagementResourceAssociationSummary]
        """
        return _Paginator(
            self.list_engagement_resource_associations,
            {
                "catalog": catalog,
                "max_results": max_results,
                "engagement_identifier": engagement_identifier,
                "resource_type": resource_type,
                "resource_identifier": resource_identifier,
                "created_by": created_by,
            },
            _ops._LIST_ENGAGEMENT_RESOURCE_ASSOCIATIONS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_engagements(
        self,
        *,
        catalog: str,
        created_by: _types.SequenceNotStr[str] | None = None,
        exclude_created_by: _types.SequenceNotStr[str] | None = None,
        context_types: (
            _types.SequenceNotStr[EngagementContextType | _types.EngagementContextTypeValue] | None
        ) = None,
        exclude_context_types: (
            _types.SequenceNotStr[EngagementContextType | _types.EngagementContextTypeValue] | None
        ) = None,
        sort: EngagementSort | None = None,
        max_results: int | None = None,
        engagement_identifier: _types.SequenceNotStr[str] | None = None,
        starting_token: str | None = None,
    ) -> _Paginator[ListEngagementsResponse, EngagementSummary]:
        """Every page of `list_engagements`, fetched lazily.

        Each page is a `ListEngagementsResponse`, requested when the loop reaches it.
        `items()` yields the `EngagementSummary` elements of each page's
        `engagement_summary_list` in turn. Every request carries the arguments below,
        `max_results` as the page size; `page.next_token` goes into the next request's
        `next_token`, until a page has none. Iterating raises what `list_engagements`
        raises.

        Args:
            catalog: Specifies the catalog related to the request. Required.
            created_by: A list of AWS account IDs.
            exclude_created_by: An array of strings representing AWS Account IDs.
            context_types: Filters engagements to include only those containing the
                specified context types, such as...
            exclude_context_types: Filters engagements to exclude those containing the
                specified context types.
            sort: Specifies how to sort the returned engagements.
            max_results: The maximum number of results to return in a single call.
            engagement_identifier: An array of strings representing engagement identifiers
                to retrieve.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[ListEngagementsResponse, EngagementSummary]
        """
        return _Paginator(
            self.list_engagements,
            {
                "catalog": catalog,
                "created_by": created_by,
                "exclude_created_by": exclude_created_by,
                "context_types": context_types,
                "exclude_context_types": exclude_context_types,
                "sort": sort,
                "max_results": max_results,
                "engagement_identifier": engagement_identifier,
            },
            _ops._LIST_ENGAGEMENTS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_opportunities(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        sort: OpportunitySort | None = None,
        last_modified_date: LastModifiedDate | None = None,
        identifier: _types.SequenceNotStr[str] | None = None,
        life_cycle_stage: _types.SequenceNotStr[Stage | _types.StageValue] | None = None,
        life_cycle_review_status: (
            _types.SequenceNotStr[ReviewStatus | _types.ReviewStatusValue] | None
        ) = None,
        customer_company_name: _types.SequenceNotStr[str] | None = None,
        created_date: CreatedDateFilter | None = None,
        target_close_date: TargetCloseDateFilter | None = None,
        starting_token: str | None = None,
    ) -> _Paginator[ListOpportunitiesResponse, OpportunitySummary]:
        """Every page of `list_opportunities`, fetched lazily.

        Each page is a `ListOpportunitiesResponse`, requested when the loop reaches it.
        `items()` yields the `OpportunitySummary` elements of each page's
        `opportunity_summaries` in turn. Every request carries the arguments below,
        `max_results` as the page size; `page.next_token` goes into the next request's
        `next_token`, until a page has none. Iterating raises what `list_opportunities`
        raises.

        Args:
            catalog: Specifies the catalog associated with the request. Required.
            max_results: Specifies the maximum number of results to return in a single call.
            sort: An object that specifies how the response is sorted.
            last_modified_date: Filters the opportunities based on their last modified date.
            identifier: Filters the opportunities based on the opportunity identifier.
            life_cycle_stage: Filters the opportunities based on their lifecycle stage.
            life_cycle_review_status: Filters the opportunities based on their current
                lifecycle approval status.
            customer_company_name: Filters the opportunities based on the customer's company
                name.
            created_date: Filter opportunities by creation date criteria.
            target_close_date: Filters opportunities based on their target close date.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[ListOpportunitiesResponse, OpportunitySummary]
        """
        return _Paginator(
            self.list_opportunities,
            {
                "catalog": catalog,
                "max_results": max_results,
                "sort": sort,
                "last_modified_date": last_modified_date,
                "identifier": identifier,
                "life_cycle_stage": life_cycle_stage,
                "life_cycle_review_status": life_cycle_review_status,
                "customer_company_name": customer_company_name,
                "created_date": created_date,
                "target_close_date": target_close_date,
            },
            _ops._LIST_OPPORTUNITIES_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_opportunity_bulk_job_results(
        self,
        *,
        catalog: str,
        job_id: str,
        max_results: int | None = None,
        status: BulkRecordStatus | _types.BulkRecordStatusValue | None = None,
        starting_token: str | None = None,
    ) -> _Paginator[ListOpportunityBulkJobResultsResponse, BulkJobResult]:
        """Every page of `list_opportunity_bulk_job_results`, fetched lazily.

        Each page is a `ListOpportunityBulkJobResultsResponse`, requested when the loop
        reaches it. `items()` yields the `BulkJobResult` elements of each page's `results`
        in turn. Every request carries the arguments below, `max_results` as the page size;
        `page.next_token` goes into the next request's `next_token`, until a page has none.
        Iterating raises what `list_opportunity_bulk_job_results` raises.

        Args:
            catalog: Specifies the catalog for the request. Required.
            max_results: Specifies the maximum number of results to return in a single call.
            job_id: Specifies the identifier of the bulk job. Required.
            status: Filters the results to records with this status.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[ListOpportunityBulkJobResultsResponse, BulkJobResult]
        """
        return _Paginator(
            self.list_opportunity_bulk_job_results,
            {
                "catalog": catalog,
                "max_results": max_results,
                "job_id": job_id,
                "status": status,
            },
            _ops._LIST_OPPORTUNITY_BULK_JOB_RESULTS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_opportunity_bulk_jobs(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        job_id: str | None = None,
        status: BulkJobStatus | _types.BulkJobStatusValue | None = None,
        starting_token: str | None = None,
    ) -> _Paginator[ListOpportunityBulkJobsResponse, OpportunityBulkJobSummary]:
        """Every page of `list_opportunity_bulk_jobs`, fetched lazily.

        Each page is a `ListOpportunityBulkJobsResponse`, requested when the loop reaches
        it. `items()` yields the `OpportunityBulkJobSummary` elements of each page's
        `opportunity_bulk_job_summaries` in turn. Every request carries the arguments below,
        `max_results` as the page size; `page.next_token` goes into the next request's
        `next_token`, until a page has none. Iterating raises what
        `list_opportunity_bulk_jobs` raises.

        Args:
            catalog: Specifies the catalog for the request. Required.
            max_results: Specifies the maximum number of results to return in a single call.
            job_id: Filters the results to the bulk job with this identifier.
            status: Filters the results to bulk jobs with this status.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[ListOpportunityBulkJobsResponse, OpportunityBulkJobSummary]
        """
        return _Paginator(
            self.list_opportunity_bulk_jobs,
            {
                "catalog": catalog,
                "max_results": max_results,
                "job_id": job_id,
                "status": status,
            },
            _ops._LIST_OPPORTUNITY_BULK_JOBS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_opportunity_from_engagement_tasks(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        sort: ListTasksSortBase | None = None,
        task_status: _types.SequenceNotStr[TaskStatus | _types.TaskStatusValue] | None = None,
        task_identifier: _types.SequenceNotStr[str] | None = None,
        opportunity_identifier: _types.SequenceNotStr[str] | None = None,
        engagement_identifier: _types.SequenceNotStr[str] | None = None,
        context_identifier: _types.SequenceNotStr[str] | None = None,
        starting_token: str | None = None,
    ) -> _Paginator[
        ListOpportunityFromEngagementTasksResponse, ListOpportunityFromEngagementTaskSummary
    ]:
        """Every page of `list_opportunity_from_engagement_tasks`, fetched lazily.

        Each page is a `ListOpportunityFromEngagementTasksResponse`, requested when the loop
        reaches it. `items()` yields the `ListOpportunityFromEngagementTaskSummary` elements
        of each page's `task_summaries` in turn. Every request carries the arguments below,
        `max_results` as the page size; `page.next_token` goes into the next request's
        `next_token`, until a page has none. Iterating raises what
        `list_opportunity_from_engagement_tasks` raises.

        Args:
            max_results: Specifies the maximum number of results to return in a single page
                of the response.
            sort: Specifies how to sort the returned tasks.
            catalog: Specifies the catalog related to the request. Required.
            task_status: Filters the tasks based on their current status.
            task_identifier: Filters tasks by their unique identifiers.
            opportunity_identifier: Filters tasks by the identifiers of the opportunities
                they created or are associated with.
            engagement_identifier: Filters tasks by the identifiers of the engagements from
                which opportunities are being created.
            context_identifier: Filters tasks by the identifiers of the engagement contexts
                associated with the opportunity...
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[ListOpportunityFromEngagementTasksResponse,
                ListOpportunityFromEngagementTaskSummary]
        """
        return _Paginator(
            self.list_opportunity_from_engagement_tasks,
            {
                "max_results": max_results,
                "sort": sort,
                "catalog": catalog,
                "task_status": task_status,
                "task_identifier": task_identifier,
                "opportunity_identifier": opportunity_identifier,
                "engagement_identifier": engagement_identifier,
                "context_identifier": context_identifier,
            },
            _ops._LIST_OPPORTUNITY_FROM_ENGAGEMENT_TASKS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_prospecting_from_engagement_tasks(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        task_identifier: _types.SequenceNotStr[str] | None = None,
        task_name: _types.SequenceNotStr[str] | None = None,
        start_after: _dt.datetime | None = None,
        start_before: _dt.datetime | None = None,
        sort: ProspectingFromEngagementTaskSort | None = None,
        starting_token: str | None = None,
    ) -> _Paginator[ListProspectingFromEngagementTasksResponse, ProspectingTaskSummary]:
        """Every page of `list_prospecting_from_engagement_tasks`, fetched lazily.

        Each page is a `ListProspectingFromEngagementTasksResponse`, requested when the loop
        reaches it. `items()` yields the `ProspectingTaskSummary` elements of each page's
        `task_summaries` in turn. Every request carries the arguments below, `max_results`
        as the page size; `page.next_token` goes into the next request's `next_token`, until
        a page has none. Iterating raises what `list_prospecting_from_engagement_tasks`
        raises.

        Args:
            catalog: Specifies the catalog to list tasks from. Required.
            max_results: The maximum number of results to return in a single page.
            task_identifier: Filters the results to include only the tasks with the
                specified identifiers.
            task_name: Filters the results to include only tasks with the specified names.
            start_after: Filters tasks to include only those that started after the
                specified timestamp.
            start_before: Filters tasks to include only those that started before the
                specified timestamp.
            sort: Specifies the field and order used to sort the returned tasks.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[ListProspectingFromEngagementTasksResponse, ProspectingTaskSummary]
        """
        return _Paginator(
            self.list_prospecting_from_engagement_tasks,
            {
                "catalog": catalog,
                "max_results": max_results,
                "task_identifier": task_identifier,
                "task_name": task_name,
                "start_after": start_after,
                "start_before": start_before,
                "sort": sort,
            },
            _ops._LIST_PROSPECTING_FROM_ENGAGEMENT_TASKS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_resource_snapshot_jobs(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        engagement_identifier: str | None = None,
        status: ResourceSnapshotJobStatus | _types.ResourceSnapshotJobStatusValue | None = None,
        sort: SortObject | None = None,
        starting_token: str | None = None,
    ) -> _Paginator[ListResourceSnapshotJobsResponse, ResourceSnapshotJobSummary]:
        """Every page of `list_resource_snapshot_jobs`, fetched lazily.

        Each page is a `ListResourceSnapshotJobsResponse`, requested when the loop reaches
        it. `items()` yields the `ResourceSnapshotJobSummary` elements of each page's
        `resource_snapshot_job_summaries` in turn. Every request carries the arguments
        below, `max_results` as the page size; `page.next_token` goes into the next
        request's `next_token`, until a page has none. Iterating raises what
        `list_resource_snapshot_jobs` raises.

        Args:
            catalog: Specifies the catalog related to the request. Required.
            max_results: The maximum number of results to return in a single call.
            engagement_identifier: The identifier of the engagement to filter the response.
            status: The status of the jobs to filter the response.
            sort: Configures the sorting of the response.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[ListResourceSnapshotJobsResponse, ResourceSnapshotJobSummary]
        """
        return _Paginator(
            self.list_resource_snapshot_jobs,
            {
                "catalog": catalog,
                "max_results": max_results,
                "engagement_identifier": engagement_identifier,
                "status": status,
                "sort": sort,
            },
            _ops._LIST_RESOURCE_SNAPSHOT_JOBS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_resource_snapshots(
        self,
        *,
        catalog: str,
        engagement_identifier: str,
        max_results: int | None = None,
        resource_type: ResourceType | _types.ResourceTypeValue | None = None,
        resource_identifier: str | None = None,
        resource_snapshot_template_identifier: str | None = None,
        created_by: str | None = None,
        starting_token: str | None = None,
    ) -> _Paginator[ListResourceSnapshotsResponse, ResourceSnapshotSummary]:
        """Every page of `list_resource_snapshots`, fetched lazily.

        Each page is a `ListResourceSnapshotsResponse`, requested when the loop reaches it.
        `items()` yields the `ResourceSnapshotSummary` elements of each page's
        `resource_snapshot_summaries` in turn. Every request carries the arguments below,
        `max_results` as the page size; `page.next_token` goes into the next request's
        `next_token`, until a page has none. Iterating raises what `list_resource_snapshots`
        raises.

        Args:
            catalog: Specifies the catalog related to the request. Required.
            max_results: The maximum number of results to return in a single call.
            engagement_identifier: The unique identifier of the engagement associated with
                the snapshots. Required.
            resource_type: Filters the response to include only snapshots of the specified
                resource type.
            resource_identifier: Filters the response to include only snapshots of the
                specified resource.
            resource_snapshot_template_identifier: Filters the response to include only
                snapshots created using the specified template.
            created_by: Filters the response to include only snapshots of resources owned by
                the specified AWS account.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[ListResourceSnapshotsResponse, ResourceSnapshotSummary]
        """
        return _Paginator(
            self.list_resource_snapshots,
            {
                "catalog": catalog,
                "max_results": max_results,
                "engagement_identifier": engagement_identifier,
                "resource_type": resource_type,
                "resource_identifier": resource_identifier,
                "resource_snapshot_template_identifier": resource_snapshot_template_identifier,
                "created_by": created_by,
            },
            _ops._LIST_RESOURCE_SNAPSHOTS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_list_solutions(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        sort: SolutionSort | None = None,
        status: _types.SequenceNotStr[SolutionStatus | _types.SolutionStatusValue] | None = None,
        identifier: _types.SequenceNotStr[str] | None = None,
        category: _types.SequenceNotStr[str] | None = None,
        aws_marketplace_solution_arn: _types.SequenceNotStr[str] | None = None,
        starting_token: str | None = None,
    ) -> _Paginator[ListSolutionsResponse, SolutionBase]:
        """Every page of `list_solutions`, fetched lazily.

        Each page is a `ListSolutionsResponse`, requested when the loop reaches it.
        `items()` yields the `SolutionBase` elements of each page's `solution_summaries` in
        turn. Every request carries the arguments below, `max_results` as the page size;
        `page.next_token` goes into the next request's `next_token`, until a page has none.
        Iterating raises what `list_solutions` raises.

        Args:
            catalog: Specifies the catalog associated with the request. Required.
            max_results: The maximum number of results returned by a single call.
            sort: Object that configures sorting done on the response.
            status: Filters solutions based on their status.
            identifier: Filters the solutions based on their unique identifier.
            category: Filters the solutions based on the category to which they belong.
            aws_marketplace_solution_arn: Filters results by AWS Marketplace solution ARN.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[ListSolutionsResponse, SolutionBase]
        """
        return _Paginator(
            self.list_solutions,
            {
                "catalog": catalog,
                "max_results": max_results,
                "sort": sort,
                "status": status,
                "identifier": identifier,
                "category": category,
                "aws_marketplace_solution_arn": aws_marketplace_solution_arn,
            },
            _ops._LIST_SOLUTIONS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_search_customer_accounts(
        self,
        *,
        catalog: str,
        filter: Filter | None = None,
        sort: CustomerAccountSort | None = None,
        max_results: int | None = None,
        starting_token: str | None = None,
    ) -> _Paginator[SearchCustomerAccountsResponse, CustomerAccountSummary]:
        """Every page of `search_customer_accounts`, fetched lazily.

        Each page is a `SearchCustomerAccountsResponse`, requested when the loop reaches it.
        `items()` yields the `CustomerAccountSummary` elements of each page's
        `customer_account_summaries` in turn. Every request carries the arguments below,
        `max_results` as the page size; `page.next_token` goes into the next request's
        `next_token`, until a page has none. Iterating raises what
        `search_customer_accounts` raises.

        Args:
            catalog: Specifies the catalog for the request. Required.
            filter: Specifies a filter tree that narrows the customer accounts.
            sort: Specifies the field and direction used to sort the results.
            max_results: Specifies the maximum number of results to return in a single call.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[SearchCustomerAccountsResponse, CustomerAccountSummary]
        """
        return _Paginator(
            self.search_customer_accounts,
            {
                "catalog": catalog,
                "filter": filter,
                "sort": sort,
                "max_results": max_results,
            },
            _ops._SEARCH_CUSTOMER_ACCOUNTS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_search_engagements(
        self,
        *,
        catalog: str,
        keyword: str | None = None,
        filter: EngagementSearchFilter | None = None,
        group_id: str | None = None,
        sort: EngagementSearchSort | None = None,
        max_results: int | None = None,
        starting_token: str | None = None,
    ) -> _Paginator[SearchEngagementsResponse, EngagementSearchSummary]:
        """Every page of `search_engagements`, fetched lazily.

        Each page is a `SearchEngagementsResponse`, requested when the loop reaches it.
        `items()` yields the `EngagementSearchSummary` elements of each page's
        `engagement_search_summaries` in turn. Every request carries the arguments below,
        `max_results` as the page size; `page.next_token` goes into the next request's
        `next_token`, until a page has none. Iterating raises what `search_engagements`
        raises.

        Args:
            catalog: Specifies the catalog to search. Required.
            keyword: An optional free-text query string matched against the engagement
                title, description, customer...
            filter: A recursive, structured filter tree.
            group_id: The identifier of an engagement group that `ListEngagementGroups`
                returns.
            sort: Specifies the field and direction used to sort the search results.
            max_results: Specifies the maximum number of results to return in a single call.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[SearchEngagementsResponse, EngagementSearchSummary]
        """
        return _Paginator(
            self.search_engagements,
            {
                "catalog": catalog,
                "keyword": keyword,
                "filter": filter,
                "group_id": group_id,
                "sort": sort,
                "max_results": max_results,
            },
            _ops._SEARCH_ENGAGEMENTS_PAGES,
            starting_token,
            self._core.logger,
        )

    def paginate_search_opportunities(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        keyword: str | None = None,
        filter: OpportunitySearchFilter | None = None,
        sort: OpportunitySearchSort | None = None,
        starting_token: str | None = None,
    ) -> _Paginator[SearchOpportunitiesResponse, OpportunitySearchSummary]:
        """Every page of `search_opportunities`, fetched lazily.

        Each page is a `SearchOpportunitiesResponse`, requested when the loop reaches it.
        `items()` yields the `OpportunitySearchSummary` elements of each page's
        `opportunity_search_summaries` in turn. Every request carries the arguments below,
        `max_results` as the page size; `page.next_token` goes into the next request's
        `next_token`, until a page has none. Iterating raises what `search_opportunities`
        raises.

        Args:
            catalog: Specifies the catalog in which you run the search. Required.
            max_results: The maximum number of results to return in a single call.
            keyword: An optional free-text query string matched against opportunity fields.
            filter: A recursive, structured filter tree.
            sort: Specifies the field and direction used to sort the search results.
            starting_token: The first request's `next_token`: a `page.next_token` from an
                earlier pagination.

        Returns:
            Paginator[SearchOpportunitiesResponse, OpportunitySearchSummary]
        """
        return _Paginator(
            self.search_opportunities,
            {
                "catalog": catalog,
                "max_results": max_results,
                "keyword": keyword,
                "filter": filter,
                "sort": sort,
            },
            _ops._SEARCH_OPPORTUNITIES_PAGES,
            starting_token,
            self._core.logger,
        )

    def wait_until_engagement_by_accepting_invitation_task_completed(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        sort: ListTasksSortBase | None = None,
        task_status: _types.SequenceNotStr[TaskStatus | _types.TaskStatusValue] | None = None,
        opportunity_identifier: _types.SequenceNotStr[str] | None = None,
        engagement_invitation_identifier: _types.SequenceNotStr[str] | None = None,
        task_identifier: _types.SequenceNotStr[str] | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        max_wait: float | None = None,
    ) -> ListEngagementByAcceptingInvitationTasksResponse:
        """Wait until StartEngagementByAcceptingInvitationTask tasks complete.

        Pass the task's `TaskId` in `task_identifier`. A task not listed yet is waited for;
        a `FAILED` one raises `WaiterError`, whose `last_response` holds its `Message` and
        `ReasonCode`.

        Calls `list_engagement_by_accepting_invitation_tasks` every 5 seconds, at most 60
        times, until one of these rules, checked in order after each call, ends the wait (an
        error no rule names raises `WaiterError`):

        - done when every `TaskSummaries[].TaskStatus` is "COMPLETE" (and there is at least
          one)
        - failed when any `TaskSummaries[].TaskStatus` is "FAILED"

        The service's model has no such waiter: this package adds it, written in the model's
        waiter format and run by the same rules as the model's waiters.

        Args:
            max_results: Use this parameter to control the number of items returned in each
                request, which can be useful...
            next_token: Use this parameter for pagination when the result set spans multiple
                pages.
            sort: Specifies the sorting criteria for the returned results.
            catalog: Specifies the catalog related to the request. Required.
            task_status: Filters the tasks based on their current status.
            opportunity_identifier: Filters tasks by the identifiers of the opportunities
                they created or are associated with.
            engagement_invitation_identifier: Filters tasks by the identifiers of the
                engagement invitations they are processing.
            task_identifier: Filters tasks by their unique identifiers.
            delay: Seconds between calls (default 5).
            max_attempts: Calls in all, the first included (default 60).
            max_wait: Seconds after which no new call starts (default: no limit).

        Returns:
            ListEngagementByAcceptingInvitationTasksResponse: the output of the call that
            ended the wait.

        Raises:
            WaiterError: A failure rule matched, or an error no rule names.
            WaiterTimeoutError: No rule ended the wait within `max_attempts` calls or
                `max_wait` seconds.
        """
        return self._core.wait(
            _ops._WAIT_UNTIL_ENGAGEMENT_BY_ACCEPTING_INVITATION_TASK_COMPLETED,
            _shapes.ListEngagementByAcceptingInvitationTasksRequest(
                max_results=max_results,
                next_token=next_token,
                sort=sort,
                catalog=catalog,
                task_status=task_status,
                opportunity_identifier=opportunity_identifier,
                engagement_invitation_identifier=engagement_invitation_identifier,
                task_identifier=task_identifier,
            ),
            delay=delay,
            max_attempts=max_attempts,
            max_wait=max_wait,
        )

    def wait_until_engagement_from_opportunity_task_completed(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        sort: ListTasksSortBase | None = None,
        task_status: _types.SequenceNotStr[TaskStatus | _types.TaskStatusValue] | None = None,
        task_identifier: _types.SequenceNotStr[str] | None = None,
        opportunity_identifier: _types.SequenceNotStr[str] | None = None,
        engagement_identifier: _types.SequenceNotStr[str] | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        max_wait: float | None = None,
    ) -> ListEngagementFromOpportunityTasksResponse:
        """Wait until StartEngagementFromOpportunityTask tasks complete.

        Pass the task's `TaskId` in `task_identifier`. A task not listed yet is waited for;
        a `FAILED` one raises `WaiterError`, whose `last_response` holds its `Message` and
        `ReasonCode`.

        Calls `list_engagement_from_opportunity_tasks` every 5 seconds, at most 60 times,
        until one of these rules, checked in order after each call, ends the wait (an error
        no rule names raises `WaiterError`):

        - done when every `TaskSummaries[].TaskStatus` is "COMPLETE" (and there is at least
          one)
        - failed when any `TaskSummaries[].TaskStatus` is "FAILED"

        The service's model has no such waiter: this package adds it, written in the model's
        waiter format and run by the same rules as the model's waiters.

        Args:
            max_results: Specifies the maximum number of results to return in a single page
                of the response.Use this...
            next_token: The token for requesting the next page of results.
            sort: Specifies the sorting criteria for the returned results.
            catalog: Specifies the catalog related to the request. Required.
            task_status: Filters the tasks based on their current status.
            task_identifier: Filters tasks by their unique identifiers.
            opportunity_identifier: The identifier of the original opportunity associated
                with this task.
            engagement_identifier: Filters tasks by the identifiers of the engagements they
                created or are associated with.
            delay: Seconds between calls (default 5).
            max_attempts: Calls in all, the first included (default 60).
            max_wait: Seconds after which no new call starts (default: no limit).

        Returns:
            ListEngagementFromOpportunityTasksResponse: the output of the call that ended
            the wait.

        Raises:
            WaiterError: A failure rule matched, or an error no rule names.
            WaiterTimeoutError: No rule ended the wait within `max_attempts` calls or
                `max_wait` seconds.
        """
        return self._core.wait(
            _ops._WAIT_UNTIL_ENGAGEMENT_FROM_OPPORTUNITY_TASK_COMPLETED,
            _shapes.ListEngagementFromOpportunityTasksRequest(
                max_results=max_results,
                next_token=next_token,
                sort=sort,
                catalog=catalog,
                task_status=task_status,
                task_identifier=task_identifier,
                opportunity_identifier=opportunity_identifier,
                engagement_identifier=engagement_identifier,
            ),
            delay=delay,
            max_attempts=max_attempts,
            max_wait=max_wait,
        )

    def wait_until_opportunity_from_engagement_task_completed(
        self,
        *,
        catalog: str,
        max_results: int | None = None,
        next_token: str | None = None,
        sort: ListTasksSortBase | None = None,
        task_status: _types.SequenceNotStr[TaskStatus | _types.TaskStatusValue] | None = None,
        task_identifier: _types.SequenceNotStr[str] | None = None,
        opportunity_identifier: _types.SequenceNotStr[str] | None = None,
        engagement_identifier: _types.SequenceNotStr[str] | None = None,
        context_identifier: _types.SequenceNotStr[str] | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
        max_wait: float | None = None,
    ) -> ListOpportunityFromEngagementTasksResponse:
        """Wait until StartOpportunityFromEngagementTask tasks complete.

        Pass the task's `TaskId` in `task_identifier`. A task not listed yet is waited for;
        a `FAILED` one raises `WaiterError`, whose `last_response` holds its `Message` and
        `ReasonCode`.

        Calls `list_opportunity_from_engagement_tasks` every 5 seconds, at most 60 times,
        until one of these rules, checked in order after each call, ends the wait (an error
        no rule names raises `WaiterError`):

        - done when every `TaskSummaries[].TaskStatus` is "COMPLETE" (and there is at least
          one)
        - failed when any `TaskSummaries[].TaskStatus` is "FAILED"

        The service's model has no such waiter: this package adds it, written in the model's
        waiter format and run by the same rules as the model's waiters.

        Args:
            max_results: Specifies the maximum number of results to return in a single page
                of the response.
            next_token: The token for requesting the next page of results.
            sort: Specifies how to sort the returned tasks.
            catalog: Specifies the catalog related to the request. Required.
            task_status: Filters the tasks based on their current status.
            task_identifier: Filters tasks by their unique identifiers.
            opportunity_identifier: Filters tasks by the identifiers of the opportunities
                they created or are associated with.
            engagement_identifier: Filters tasks by the identifiers of the engagements from
                which opportunities are being created.
            context_identifier: Filters tasks by the identifiers of the engagement contexts
                associated with the opportunity...
            delay: Seconds between calls (default 5).
            max_attempts: Calls in all, the first included (default 60).
            max_wait: Seconds after which no new call starts (default: no limit).

        Returns:
            ListOpportunityFromEngagementTasksResponse: the output of the call that ended
            the wait.

        Raises:
            WaiterError: A failure rule matched, or an error no rule names.
            WaiterTimeoutError: No rule ended the wait within `max_attempts` calls or
                `max_wait` seconds.
        """
        return self._core.wait(
            _ops._WAIT_UNTIL_OPPORTUNITY_FROM_ENGAGEMENT_TASK_COMPLETED,
            _shapes.ListOpportunityFromEngagementTasksRequest(
                max_results=max_results,
                next_token=next_token,
                sort=sort,
                catalog=catalog,
                task_status=task_status,
                task_identifier=task_identifier,
                opportunity_identifier=opportunity_identifier,
                engagement_identifier=engagement_identifier,
                context_identifier=context_identifier,
            ),
            delay=delay,
            max_attempts=max_attempts,
            max_wait=max_wait,
        )

    def wait_until_prospecting_from_engagement_task_completed(
        self,
        *,
        catalog: str,
        task_identifier: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        max_wait: float | None = None,
    ) -> GetProspectingFromEngagementTaskResponse:
        """Wait until a StartProspectingFromEngagementTask task has finished.

        It succeeds when every engagement is `COMPLETED`; once none is `PENDING` or
        `IN_PROGRESS` and some is `FAILED`, it raises `WaiterError`, whose `last_response`
        shows each engagement's `Status` and `ReasonCode`.

        Calls `get_prospecting_from_engagement_task` every 5 seconds, at most 60 times,
        until one of these rules, checked in order after each call, ends the wait (an error
        no rule names raises `WaiterError`):

        - done when every `Engagements[].Status` is "COMPLETED" (and there is at least one)
        - failed when `` length(Engagements[?Status == 'PENDING' || Status ==
          'IN_PROGRESS']) == `0` `` is true

        The service's model has no such waiter: this package adds it, written in the model's
        waiter format and run by the same rules as the model's waiters.

        Args:
            catalog: Specifies the catalog associated with the task. Required.
            task_identifier: The unique identifier of the prospecting task to retrieve.
                Required.
            delay: Seconds between calls (default 5).
            max_attempts: Calls in all, the first included (default 60).
            max_wait: Seconds after which no new call starts (default: no limit).

        Returns:
            GetProspectingFromEngagementTaskResponse: the output of the call that ended the
            wait.

        Raises:
            WaiterError: A failure rule matched, or an error no rule names.
            WaiterTimeoutError: No rule ended the wait within `max_attempts` calls or
                `max_wait` seconds.
        """
        return self._core.wait(
            _ops._WAIT_UNTIL_PROSPECTING_FROM_ENGAGEMENT_TASK_COMPLETED,
            _shapes.GetProspectingFromEngagementTaskRequest(
                catalog=catalog,
                task_identifier=task_identifier,
            ),
            delay=delay,
            max_attempts=max_attempts,
            max_wait=max_wait,
        )

    def wait_until_resource_snapshot_job_running(
        self,
        *,
        catalog: str,
        resource_snapshot_job_identifier: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        max_wait: float | None = None,
    ) -> GetResourceSnapshotJobResponse:
        """Wait until a resource snapshot job is `Running` (after StartResourceSnapshotJob).

        Calls `get_resource_snapshot_job` every 5 seconds, at most 24 times, until one of
        these rules, checked in order after each call, ends the wait (an error no rule names
        raises `WaiterError`):

        - done when `Status` is "Running"

        The service's model has no such waiter: this package adds it, written in the model's
        waiter format and run by the same rules as the model's waiters.

        Args:
            catalog: Specifies the catalog related to the request. Required.
            resource_snapshot_job_identifier: The unique identifier of the resource snapshot
                job to be retrieved. Required.
            delay: Seconds between calls (default 5).
            max_attempts: Calls in all, the first included (default 24).
            max_wait: Seconds after which no new call starts (default: no limit).

        Returns:
            GetResourceSnapshotJobResponse: the output of the call that ended the wait.

        Raises:
            WaiterError: A failure rule matched, or an error no rule names.
            WaiterTimeoutError: No rule ended the wait within `max_attempts` calls or
                `max_wait` seconds.
        """
        return self._core.wait(
            _ops._WAIT_UNTIL_RESOURCE_SNAPSHOT_JOB_RUNNING,
            _shapes.GetResourceSnapshotJobRequest(
                catalog=catalog,
                resource_snapshot_job_identifier=resource_snapshot_job_identifier,
            ),
            delay=delay,
            max_attempts=max_attempts,
            max_wait=max_wait,
        )

    def wait_until_resource_snapshot_job_stopped(
        self,
        *,
        catalog: str,
        resource_snapshot_job_identifier: str,
        delay: float | None = None,
        max_attempts: int | None = None,
        max_wait: float | None = None,
    ) -> GetResourceSnapshotJobResponse:
        """Wait until a resource snapshot job is `Stopped` (after StopResourceSnapshotJob).

        Calls `get_resource_snapshot_job` every 5 seconds, at most 24 times, until one of
        these rules, checked in order after each call, ends the wait (an error no rule names
        raises `WaiterError`):

        - done when `Status` is "Stopped"

        The service's model has no such waiter: this package adds it, written in the model's
        waiter format and run by the same rules as the model's waiters.

        Args:
            catalog: Specifies the catalog related to the request. Required.
            resource_snapshot_job_identifier: The unique identifier of the resource snapshot
                job to be retrieved. Required.
            delay: Seconds between calls (default 5).
            max_attempts: Calls in all, the first included (default 24).
            max_wait: Seconds after which no new call starts (default: no limit).

        Returns:
            GetResourceSnapshotJobResponse: the output of the call that ended the wait.

        Raises:
            WaiterError: A failure rule matched, or an error no rule names.
            WaiterTimeoutError: No rule ended the wait within `max_attempts` calls or
                `max_wait` seconds.
        """
        return self._core.wait(
            _ops._WAIT_UNTIL_RESOURCE_SNAPSHOT_JOB_STOPPED,
            _shapes.GetResourceSnapshotJobRequest(
                catalog=catalog,
                resource_snapshot_job_identifier=resource_snapshot_job_identifier,
            ),
            delay=delay,
            max_attempts=max_attempts,
            max_wait=max_wait,
        )

    def modify_opportunity(
        self,
        change: _Callable[[UpdateOpportunityRequest], UpdateOpportunityRequest],
        *,
        catalog: str,
        identifier: str,
        max_attempts: int = 5,
    ) -> UpdateOpportunityResponse:
        """Change the resource with `update_opportunity` without losing data.

        UpdateOpportunity replaces the whole resource: a member left out is cleared. This
        reads it with `get_opportunity`, builds the full request from what it returned
        (`UpdateOpportunityRequest.from_current`), passes it to `change`, and writes what
        `change` returns with the read's `last_modified_date`. When the write fails with
        `ConflictException` (the resource changed after the read), it reads again and
        applies `change` to what it finds, so neither the other writer's changes nor yours
        are lost.

        Args:
            change: A function that takes the `UpdateOpportunityRequest` built from the
                current resource and returns the request to send (the same one, changed, or
                a new one). It runs once per attempt, so it should depend on its argument
                only.
            catalog: Specifies the catalog associated with the request. Required.
            identifier: Read-only, system generated `Opportunity` unique identifier.
                Required.
            max_attempts: Writes in all, the first included (default 5).

        Returns:
            UpdateOpportunityResponse: the output of the write that succeeded.

        Raises:
            UpdateConflictError: `max_attempts` writes all met `ConflictException`.
            PartnerCentralSellingError: Another error of `get_opportunity` or
                `update_opportunity`.
        """
        return self._core.modify(
            _ops._MODIFY_OPPORTUNITY,
            _shapes.GetOpportunityRequest(
                catalog=catalog,
                identifier=identifier,
            ),
            change,
            max_attempts,
        )

    def modify_customer_account(
        self,
        change: _Callable[[UpdateCustomerAccountRequest], UpdateCustomerAccountRequest],
        *,
        catalog: str,
        identifier: str,
        max_attempts: int = 5,
    ) -> UpdateCustomerAccountResponse:
        """Change the resource with `update_customer_account` without losing data.

        UpdateCustomerAccount replaces the whole resource: a member left out is cleared.
        This reads it with `get_customer_account`, builds the full request from what it
        returned (`UpdateCustomerAccountRequest.from_current`), passes it to `change`, and
        writes what `change` returns with the read's `last_modified_date`. When the write
        fails with `ConflictException` (the resource changed after the read), it reads again
        and applies `change` to what it finds, so neither the other writer's changes nor
        yours are lost.

        Args:
            change: A function that takes the `UpdateCustomerAccountRequest` built from the
                current resource and returns the request to send (the same one, changed, or
                a new one). It runs once per attempt, so it should depend on its argument
                only.
            catalog: Specifies the catalog for the request. Required.
            identifier: Specifies the ARN or the identifier of the customer account.
                Required.
            max_attempts: Writes in all, the first included (default 5).

        Returns:
            UpdateCustomerAccountResponse: the output of the write that succeeded.

        Raises:
            UpdateConflictError: `max_attempts` writes all met `ConflictException`.
            PartnerCentralSellingError: Another error of `get_customer_account` or
                `update_customer_account`.
        """
        return self._core.modify(
            _ops._MODIFY_CUSTOMER_ACCOUNT,
            _shapes.GetCustomerAccountRequest(
                catalog=catalog,
                identifier=identifier,
            ),
            change,
            max_attempts,
        )

    def sync_opportunities(
        self,
        checkpoint: _SyncCheckpoint | None = None,
        *,
        catalog: str,
        max_results: int | None = None,
        identifier: _types.SequenceNotStr[str] | None = None,
        life_cycle_stage: _types.SequenceNotStr[Stage | _types.StageValue] | None = None,
        life_cycle_review_status: (
            _types.SequenceNotStr[ReviewStatus | _types.ReviewStatusValue] | None
        ) = None,
        customer_company_name: _types.SequenceNotStr[str] | None = None,
        created_date: CreatedDateFilter | None = None,
        target_close_date: TargetCloseDateFilter | None = None,
    ) -> _IncrementalSync[OpportunitySummary]:
        """The `OpportunitySummary` items changed since `checkpoint`, each change once.

        Lists with `list_opportunities` what changed at or after the checkpoint's watermark
        (`LastModifiedDate.AfterLastModifiedDate`, the boundary included), oldest change
        first, every page, and yields each item the checkpoint has not seen: an item changed
        again is yielded again. The returned object's `checkpoint` moves past each item as
        it is yielded; save its `to_dict()` (JSON) and start the next sync from it, even in
        the middle of a run. Iterating raises what `list_opportunities` raises.

        Args:
            checkpoint: Where an earlier sync stopped (its `checkpoint`, or
                `SyncCheckpoint.from_dict` of what you saved), or
                `SyncCheckpoint.since(moment)`. None: everything the list holds.
            catalog: Specifies the catalog associated with the request. Required.
            max_results: Specifies the maximum number of results to return in a single call.
            identifier: Filters the opportunities based on the opportunity identifier.
            life_cycle_stage: Filters the opportunities based on their lifecycle stage.
            life_cycle_review_status: Filters the opportunities based on their current
                lifecycle approval status.
            customer_company_name: Filters the opportunities based on the customer's company
                name.
            created_date: Filter opportunities by creation date criteria.
            target_close_date: Filters opportunities based on their target close date.

        Returns:
            IncrementalSync[OpportunitySummary]
        """

        def _fetch(
            _since: _dt.datetime | None, **_page: _Any
        ) -> _shapes.ListOpportunitiesResponse:
            return self.list_opportunities(
                catalog=catalog,
                max_results=max_results,
                identifier=identifier,
                life_cycle_stage=life_cycle_stage,
                life_cycle_review_status=life_cycle_review_status,
                customer_company_name=customer_company_name,
                created_date=created_date,
                target_close_date=target_close_date,
                last_modified_date=(
                    None
                    if _since is None
                    else _shapes.LastModifiedDate.from_dict({"AfterLastModifiedDate": _since})
                ),
                sort=_shapes.OpportunitySort.from_dict(
                    {"SortBy": "LastModifiedDate", "SortOrder": "ASCENDING"}
                ),
                **_page,
            )

        return _IncrementalSync(_fetch, _ops._SYNC_OPPORTUNITIES, checkpoint, self._core.logger)
