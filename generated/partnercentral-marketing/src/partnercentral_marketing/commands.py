"""Seed-style commands, one per operation, for ``client.send(...)``.

```python
client.send(GetCampaignCommand({"Catalog": "AWS", "CampaignIdentifier": "arn:example:partnercentral:1234567:123456789012:catalog/Example/campaign/camp-1234567890123"}))
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
    "BatchCreateCampaignAssetCommand",
    "CreateCampaignCommand",
    "CreateSocialConnectionAuthorizationUrlCommand",
    "DeactivateCampaignAssetCommand",
    "DeleteCampaignCommand",
    "DeleteCampaignAssetCommand",
    "DeleteSocialConnectionCommand",
    "GetCampaignCommand",
    "GetCampaignAssetCommand",
    "GetCampaignAssetActivationTaskCommand",
    "GetCampaignAssetExportTaskCommand",
    "GetCampaignTemplateCommand",
    "ListCampaignAssetsCommand",
    "ListCampaignsCommand",
    "ListSocialConnectionsCommand",
    "ListTagsForResourceCommand",
    "SearchCampaignTemplatesCommand",
    "StartCampaignAssetActivationTaskCommand",
    "StartCampaignAssetExportTaskCommand",
    "TagResourceCommand",
    "UntagResourceCommand",
    "UpdateCampaignCommand",
    "UpdateCampaignAssetCommand",
]


class BatchCreateCampaignAssetCommand(Command["_shapes.BatchCreateCampaignAssetResponse"]):
    """Instantiates one or more of the campaign template's blueprints as assets of this
    campaign.

    Run it with `client.send(BatchCreateCampaignAssetCommand({...}))`, passing a
    `BatchCreateCampaignAssetRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `BatchCreateCampaignAssetResponse`; its arguments and errors
    are those of `PartnerCentralMarketingClient.batch_create_campaign_asset`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.BATCH_CREATE_CAMPAIGN_ASSET

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.BatchCreateCampaignAssetRequest
                | _types.BatchCreateCampaignAssetRequestDict
            ),
        ) -> None: ...


class CreateCampaignCommand(Command["_shapes.CreateCampaignResponse"]):
    """Creates a new marketing campaign.

    Run it with `client.send(CreateCampaignCommand({...}))`, passing a
    `CreateCampaignRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `CreateCampaignResponse`; its arguments and errors are those of
    `PartnerCentralMarketingClient.create_campaign`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.CREATE_CAMPAIGN

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.CreateCampaignRequest | _types.CreateCampaignRequestDict,
        ) -> None: ...


class CreateSocialConnectionAuthorizationUrlCommand(
    Command["_shapes.CreateSocialConnectionAuthorizationUrlResponse"]
):
    """Creates a single-use URL the partner visits to authorize publishing on a platform.

    Run it with `client.send(CreateSocialConnectionAuthorizationUrlCommand({...}))`,
    passing a `CreateSocialConnectionAuthorizationUrlRequest` or a mapping with its wire
    (PascalCase) member names. The call returns
    `CreateSocialConnectionAuthorizationUrlResponse`; its arguments and errors are those
    of `PartnerCentralMarketingClient.create_social_connection_authorization_url`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.CREATE_SOCIAL_CONNECTION_AUTHORIZATION_URL

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.CreateSocialConnectionAuthorizationUrlRequest
                | _types.CreateSocialConnectionAuthorizationUrlRequestDict
            ),
        ) -> None: ...


class DeactivateCampaignAssetCommand(Command["_shapes.DeactivateCampaignAssetResponse"]):
    """Stops a live campaign asset: an email's scheduled send is withdrawn, a social post
    is removed...

    Run it with `client.send(DeactivateCampaignAssetCommand({...}))`, passing a
    `DeactivateCampaignAssetRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `DeactivateCampaignAssetResponse`; its arguments and errors
    are those of `PartnerCentralMarketingClient.deactivate_campaign_asset`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.DEACTIVATE_CAMPAIGN_ASSET

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.DeactivateCampaignAssetRequest | _types.DeactivateCampaignAssetRequestDict
            ),
        ) -> None: ...


class DeleteCampaignCommand(Command[None]):
    """Permanently deletes a campaign, its assets and their stored files.

    Run it with `client.send(DeleteCampaignCommand({...}))`, passing a
    `DeleteCampaignRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `None`; its arguments and errors are those of
    `PartnerCentralMarketingClient.delete_campaign`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.DELETE_CAMPAIGN

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.DeleteCampaignRequest | _types.DeleteCampaignRequestDict,
        ) -> None: ...


class DeleteCampaignAssetCommand(Command[None]):
    """Permanently deletes a campaign asset.

    Run it with `client.send(DeleteCampaignAssetCommand({...}))`, passing a
    `DeleteCampaignAssetRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `None`; its arguments and errors are those of
    `PartnerCentralMarketingClient.delete_campaign_asset`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.DELETE_CAMPAIGN_ASSET

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.DeleteCampaignAssetRequest | _types.DeleteCampaignAssetRequestDict,
        ) -> None: ...


class DeleteSocialConnectionCommand(Command[None]):
    """Revokes and deletes one social connection; other connections on the same platform
    are untouched.

    Run it with `client.send(DeleteSocialConnectionCommand({...}))`, passing a
    `DeleteSocialConnectionRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `None`; its arguments and errors are those of
    `PartnerCentralMarketingClient.delete_social_connection`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.DELETE_SOCIAL_CONNECTION

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.DeleteSocialConnectionRequest | _types.DeleteSocialConnectionRequestDict
            ),
        ) -> None: ...


class GetCampaignCommand(Command["_shapes.GetCampaignResponse"]):
    """Retrieves a campaign by its identifier.

    Run it with `client.send(GetCampaignCommand({...}))`, passing a `GetCampaignRequest`
    or a mapping with its wire (PascalCase) member names. The call returns
    `GetCampaignResponse`; its arguments and errors are those of
    `PartnerCentralMarketingClient.get_campaign`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_CAMPAIGN

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.GetCampaignRequest | _types.GetCampaignRequestDict,
        ) -> None: ...


class GetCampaignAssetCommand(Command["_shapes.GetCampaignAssetResponse"]):
    """Retrieves an asset by its identifier.

    Run it with `client.send(GetCampaignAssetCommand({...}))`, passing a
    `GetCampaignAssetRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `GetCampaignAssetResponse`; its arguments and errors are those of
    `PartnerCentralMarketingClient.get_campaign_asset`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_CAMPAIGN_ASSET

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.GetCampaignAssetRequest | _types.GetCampaignAssetRequestDict,
        ) -> None: ...


class GetCampaignAssetActivationTaskCommand(
    Command["_shapes.GetCampaignAssetActivationTaskResponse"]
):
    """Reads a campaign's current activation task.

    Run it with `client.send(GetCampaignAssetActivationTaskCommand({...}))`, passing a
    `GetCampaignAssetActivationTaskRequest` or a mapping with its wire (PascalCase)
    member names. The call returns `GetCampaignAssetActivationTaskResponse`; its
    arguments and errors are those of
    `PartnerCentralMarketingClient.get_campaign_asset_activation_task`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_CAMPAIGN_ASSET_ACTIVATION_TASK

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.GetCampaignAssetActivationTaskRequest
                | _types.GetCampaignAssetActivationTaskRequestDict
            ),
        ) -> None: ...


class GetCampaignAssetExportTaskCommand(Command["_shapes.GetCampaignAssetExportTaskResponse"]):
    """Retrieves a campaign asset export task by its identifier, reporting its status and,
    when the task...

    Run it with `client.send(GetCampaignAssetExportTaskCommand({...}))`, passing a
    `GetCampaignAssetExportTaskRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `GetCampaignAssetExportTaskResponse`; its arguments and
    errors are those of `PartnerCentralMarketingClient.get_campaign_asset_export_task`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_CAMPAIGN_ASSET_EXPORT_TASK

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.GetCampaignAssetExportTaskRequest
                | _types.GetCampaignAssetExportTaskRequestDict
            ),
        ) -> None: ...


class GetCampaignTemplateCommand(Command["_shapes.GetCampaignTemplateResponse"]):
    """Retrieves full detail of one campaign template, including its ordered asset
    templates with their...

    Run it with `client.send(GetCampaignTemplateCommand({...}))`, passing a
    `GetCampaignTemplateRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `GetCampaignTemplateResponse`; its arguments and errors are those
    of `PartnerCentralMarketingClient.get_campaign_template`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_CAMPAIGN_TEMPLATE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.GetCampaignTemplateRequest | _types.GetCampaignTemplateRequestDict,
        ) -> None: ...


class ListCampaignAssetsCommand(Command["_shapes.ListCampaignAssetsResponse"]):
    """Lists assets for a campaign with pagination.

    Run it with `client.send(ListCampaignAssetsCommand({...}))`, passing a
    `ListCampaignAssetsRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `ListCampaignAssetsResponse`; its arguments and errors are those of
    `PartnerCentralMarketingClient.list_campaign_assets`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_CAMPAIGN_ASSETS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.ListCampaignAssetsRequest | _types.ListCampaignAssetsRequestDict,
        ) -> None: ...


class ListCampaignsCommand(Command["_shapes.ListCampaignsResponse"]):
    """Lists campaigns with optional filters and pagination.

    Run it with `client.send(ListCampaignsCommand({...}))`, passing a
    `ListCampaignsRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `ListCampaignsResponse`; its arguments and errors are those of
    `PartnerCentralMarketingClient.list_campaigns`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_CAMPAIGNS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.ListCampaignsRequest | _types.ListCampaignsRequestDict,
        ) -> None: ...


class ListSocialConnectionsCommand(Command["_shapes.ListSocialConnectionsResponse"]):
    """Lists the partner's social connections, optionally filtered by platform.

    Run it with `client.send(ListSocialConnectionsCommand({...}))`, passing a
    `ListSocialConnectionsRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `ListSocialConnectionsResponse`; its arguments and errors are those
    of `PartnerCentralMarketingClient.list_social_connections`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_SOCIAL_CONNECTIONS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.ListSocialConnectionsRequest | _types.ListSocialConnectionsRequestDict,
        ) -> None: ...


class ListTagsForResourceCommand(Command["_shapes.ListTagsForResourceResponse"]):
    """Lists the tags applied to a Partner Central Marketing resource.

    Run it with `client.send(ListTagsForResourceCommand({...}))`, passing a
    `ListTagsForResourceRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `ListTagsForResourceResponse`; its arguments and errors are those
    of `PartnerCentralMarketingClient.list_tags_for_resource`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_TAGS_FOR_RESOURCE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.ListTagsForResourceRequest | _types.ListTagsForResourceRequestDict,
        ) -> None: ...


class SearchCampaignTemplatesCommand(Command["_shapes.SearchCampaignTemplatesResponse"]):
    """Searches and browses the AWS-authored campaign template catalog.

    Run it with `client.send(SearchCampaignTemplatesCommand({...}))`, passing a
    `SearchCampaignTemplatesRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `SearchCampaignTemplatesResponse`; its arguments and errors
    are those of `PartnerCentralMarketingClient.search_campaign_templates`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.SEARCH_CAMPAIGN_TEMPLATES

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.SearchCampaignTemplatesRequest | _types.SearchCampaignTemplatesRequestDict
            ),
        ) -> None: ...


class StartCampaignAssetActivationTaskCommand(
    Command["_shapes.StartCampaignAssetActivationTaskResponse"]
):
    """Activates 1–25 of a campaign's assets as one ordered unit, and returns a task to
    poll.

    Run it with `client.send(StartCampaignAssetActivationTaskCommand({...}))`, passing a
    `StartCampaignAssetActivationTaskRequest` or a mapping with its wire (PascalCase)
    member names. The call returns `StartCampaignAssetActivationTaskResponse`; its
    arguments and errors are those of
    `PartnerCentralMarketingClient.start_campaign_asset_activation_task`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.START_CAMPAIGN_ASSET_ACTIVATION_TASK

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.StartCampaignAssetActivationTaskRequest
                | _types.StartCampaignAssetActivationTaskRequestDict
            ),
        ) -> None: ...


class StartCampaignAssetExportTaskCommand(Command["_shapes.StartCampaignAssetExportTaskResponse"]):
    """Starts an asynchronous task that packages a campaign's assets into a single
    downloadable ZIP...

    Run it with `client.send(StartCampaignAssetExportTaskCommand({...}))`, passing a
    `StartCampaignAssetExportTaskRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `StartCampaignAssetExportTaskResponse`; its arguments and
    errors are those of
    `PartnerCentralMarketingClient.start_campaign_asset_export_task`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.START_CAMPAIGN_ASSET_EXPORT_TASK

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.StartCampaignAssetExportTaskRequest
                | _types.StartCampaignAssetExportTaskRequestDict
            ),
        ) -> None: ...


class TagResourceCommand(Command["_shapes.TagResourceResponse"]):
    """Adds or replaces tags on a Partner Central Marketing resource.

    Run it with `client.send(TagResourceCommand({...}))`, passing a `TagResourceRequest`
    or a mapping with its wire (PascalCase) member names. The call returns
    `TagResourceResponse`; its arguments and errors are those of
    `PartnerCentralMarketingClient.tag_resource`.
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
    """Removes tags from a Partner Central Marketing resource.

    Run it with `client.send(UntagResourceCommand({...}))`, passing a
    `UntagResourceRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `UntagResourceResponse`; its arguments and errors are those of
    `PartnerCentralMarketingClient.untag_resource`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.UNTAG_RESOURCE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.UntagResourceRequest | _types.UntagResourceRequestDict,
        ) -> None: ...


class UpdateCampaignCommand(Command["_shapes.UpdateCampaignResponse"]):
    """Edits a campaign in place.

    Run it with `client.send(UpdateCampaignCommand({...}))`, passing a
    `UpdateCampaignRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `UpdateCampaignResponse`; its arguments and errors are those of
    `PartnerCentralMarketingClient.update_campaign`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.UPDATE_CAMPAIGN

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.UpdateCampaignRequest | _types.UpdateCampaignRequestDict,
        ) -> None: ...


class UpdateCampaignAssetCommand(Command["_shapes.UpdateCampaignAssetResponse"]):
    """Updates an asset's field values, layout or send time.

    Run it with `client.send(UpdateCampaignAssetCommand({...}))`, passing a
    `UpdateCampaignAssetRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `UpdateCampaignAssetResponse`; its arguments and errors are those
    of `PartnerCentralMarketingClient.update_campaign_asset`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.UPDATE_CAMPAIGN_ASSET

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.UpdateCampaignAssetRequest | _types.UpdateCampaignAssetRequestDict,
        ) -> None: ...
