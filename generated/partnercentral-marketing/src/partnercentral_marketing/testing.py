"""Test your code against stubbed calls: `Stubber`, like botocore's, for both clients.

`Stubber(client)` queues the responses of the client's next calls, in order
(`add_response`, `add_client_error`) and checks each call made against them: the
operation, and the parameters when the test gives `expected_params`. Only the
network is replaced: serialization, signing, retries, interceptors, paginators,
waiters and the parsing of responses and modeled errors all run. Responses,
expected parameters and error fields are checked against the model when queued: a
misspelt member, a value of the wrong type or a missing required member fails the
test with `StubResponseError`, naming the member's path; a call that does not match
fails it with `StubAssertionError`. Both are `AssertionError`s.

A client given no credentials signs with dummy ones while the stub is active.
A pytest fixture:

```python
import pytest

from partnercentral_marketing import PartnerCentralMarketingClient
from partnercentral_marketing.testing import Stubber


@pytest.fixture
def stubber():
    with Stubber(PartnerCentralMarketingClient(region="us-east-1")) as stubber:
        yield stubber
        stubber.assert_no_pending_responses()
```

This module is for tests: the package never imports it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

from typed_aws_runtime.pipeline.operation import OperationSpec
from typed_aws_runtime.pipeline.stubber import (
    ANY,
    StubAssertionError,
    StubResponseError,
    UnStubbedResponseError,
)
from typed_aws_runtime.pipeline.stubber import Stubber as _Stubber

from . import _operations as _ops

if TYPE_CHECKING:
    from .aio_client import AsyncPartnerCentralMarketingClient
    from .client import PartnerCentralMarketingClient

__all__ = ["ANY", "StubAssertionError", "StubResponseError", "Stubber", "UnStubbedResponseError"]


class Stubber(_Stubber):
    """Queue the responses of a client's next calls and check the calls it makes.

    Give it a `PartnerCentralMarketingClient` or a `AsyncPartnerCentralMarketingClient`; use it as a
    context manager (`with Stubber(client) as stubber:`), or call `activate()` and
    `deactivate()`. An operation is named by its client method (`"batch_create_campaign_asset"`),
    its model name (`"BatchCreateCampaignAsset"`) or its command class.
    """

    OPERATIONS: ClassVar[Mapping[str, OperationSpec[Any]]] = {
        "batch_create_campaign_asset": _ops.BATCH_CREATE_CAMPAIGN_ASSET,
        "create_campaign": _ops.CREATE_CAMPAIGN,
        "create_social_connection_authorization_url": _ops.CREATE_SOCIAL_CONNECTION_AUTHORIZATION_URL,
        "deactivate_campaign_asset": _ops.DEACTIVATE_CAMPAIGN_ASSET,
        "delete_campaign": _ops.DELETE_CAMPAIGN,
        "delete_campaign_asset": _ops.DELETE_CAMPAIGN_ASSET,
        "delete_social_connection": _ops.DELETE_SOCIAL_CONNECTION,
        "get_campaign": _ops.GET_CAMPAIGN,
        "get_campaign_asset": _ops.GET_CAMPAIGN_ASSET,
        "get_campaign_asset_activation_task": _ops.GET_CAMPAIGN_ASSET_ACTIVATION_TASK,
        "get_campaign_asset_export_task": _ops.GET_CAMPAIGN_ASSET_EXPORT_TASK,
        "get_campaign_template": _ops.GET_CAMPAIGN_TEMPLATE,
        "list_campaign_assets": _ops.LIST_CAMPAIGN_ASSETS,
        "list_campaigns": _ops.LIST_CAMPAIGNS,
        "list_social_connections": _ops.LIST_SOCIAL_CONNECTIONS,
        "list_tags_for_resource": _ops.LIST_TAGS_FOR_RESOURCE,
        "search_campaign_templates": _ops.SEARCH_CAMPAIGN_TEMPLATES,
        "start_campaign_asset_activation_task": _ops.START_CAMPAIGN_ASSET_ACTIVATION_TASK,
        "start_campaign_asset_export_task": _ops.START_CAMPAIGN_ASSET_EXPORT_TASK,
        "tag_resource": _ops.TAG_RESOURCE,
        "untag_resource": _ops.UNTAG_RESOURCE,
        "update_campaign": _ops.UPDATE_CAMPAIGN,
        "update_campaign_asset": _ops.UPDATE_CAMPAIGN_ASSET,
    }

    def __init__(
        self, client: PartnerCentralMarketingClient | AsyncPartnerCentralMarketingClient
    ) -> None:
        # The base class by its module name, not super(): generated code reads no builtin
        # that a model's names could shadow (tests/test_hostile_names.py).
        _Stubber.__init__(self, client)
