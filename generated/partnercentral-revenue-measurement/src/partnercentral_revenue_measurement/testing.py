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

from partnercentral_revenue_measurement import PartnerCentralRevenueMeasurementClient
from partnercentral_revenue_measurement.testing import Stubber


@pytest.fixture
def stubber():
    with Stubber(PartnerCentralRevenueMeasurementClient(region="us-east-1")) as stubber:
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
    from .aio_client import AsyncPartnerCentralRevenueMeasurementClient
    from .client import PartnerCentralRevenueMeasurementClient

__all__ = ["ANY", "StubAssertionError", "StubResponseError", "Stubber", "UnStubbedResponseError"]


class Stubber(_Stubber):
    """Queue the responses of a client's next calls and check the calls it makes.

    Give it a `PartnerCentralRevenueMeasurementClient` or a `AsyncPartnerCentralRevenueMeasurementClient`; use it as a
    context manager (`with Stubber(client) as stubber:`), or call `activate()` and
    `deactivate()`. An operation is named by its client method (`"create_marketplace_revenue_share"`),
    its model name (`"CreateMarketplaceRevenueShare"`) or its command class.
    """

    OPERATIONS: ClassVar[Mapping[str, OperationSpec[Any]]] = {
        "create_marketplace_revenue_share": _ops.CREATE_MARKETPLACE_REVENUE_SHARE,
        "create_marketplace_revenue_share_allocation": _ops.CREATE_MARKETPLACE_REVENUE_SHARE_ALLOCATION,
        "create_revenue_attribution": _ops.CREATE_REVENUE_ATTRIBUTION,
        "get_marketplace_revenue_share": _ops.GET_MARKETPLACE_REVENUE_SHARE,
        "get_marketplace_revenue_share_allocation": _ops.GET_MARKETPLACE_REVENUE_SHARE_ALLOCATION,
        "get_revenue_attribution": _ops.GET_REVENUE_ATTRIBUTION,
        "get_revenue_attribution_allocation": _ops.GET_REVENUE_ATTRIBUTION_ALLOCATION,
        "get_revenue_attribution_allocations_task": _ops.GET_REVENUE_ATTRIBUTION_ALLOCATIONS_TASK,
        "list_marketplace_revenue_share_allocations": _ops.LIST_MARKETPLACE_REVENUE_SHARE_ALLOCATIONS,
        "list_marketplace_revenue_shares": _ops.LIST_MARKETPLACE_REVENUE_SHARES,
        "list_revenue_attribution_allocations": _ops.LIST_REVENUE_ATTRIBUTION_ALLOCATIONS,
        "list_revenue_attributions": _ops.LIST_REVENUE_ATTRIBUTIONS,
        "list_tags_for_resource": _ops.LIST_TAGS_FOR_RESOURCE,
        "start_revenue_attribution_allocations_task": _ops.START_REVENUE_ATTRIBUTION_ALLOCATIONS_TASK,
        "tag_resource": _ops.TAG_RESOURCE,
        "untag_resource": _ops.UNTAG_RESOURCE,
        "update_marketplace_revenue_share": _ops.UPDATE_MARKETPLACE_REVENUE_SHARE,
        "update_marketplace_revenue_share_allocation": _ops.UPDATE_MARKETPLACE_REVENUE_SHARE_ALLOCATION,
        "update_revenue_attribution": _ops.UPDATE_REVENUE_ATTRIBUTION,
    }

    def __init__(
        self,
        client: (
            PartnerCentralRevenueMeasurementClient | AsyncPartnerCentralRevenueMeasurementClient
        ),
    ) -> None:
        # The base class by its module name, not super(): generated code reads no builtin
        # that a model's names could shadow (tests/test_hostile_names.py).
        _Stubber.__init__(self, client)
