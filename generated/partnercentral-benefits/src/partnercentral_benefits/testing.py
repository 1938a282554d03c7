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

from partnercentral_benefits import PartnerCentralBenefitsClient
from partnercentral_benefits.testing import Stubber


@pytest.fixture
def stubber():
    with Stubber(PartnerCentralBenefitsClient(region="us-east-1")) as stubber:
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
    from .aio_client import AsyncPartnerCentralBenefitsClient
    from .client import PartnerCentralBenefitsClient

__all__ = ["ANY", "StubAssertionError", "StubResponseError", "Stubber", "UnStubbedResponseError"]


class Stubber(_Stubber):
    """Queue the responses of a client's next calls and check the calls it makes.

    Give it a `PartnerCentralBenefitsClient` or a `AsyncPartnerCentralBenefitsClient`; use it as a
    context manager (`with Stubber(client) as stubber:`), or call `activate()` and
    `deactivate()`. An operation is named by its client method (`"amend_benefit_application"`),
    its model name (`"AmendBenefitApplication"`) or its command class.
    """

    OPERATIONS: ClassVar[Mapping[str, OperationSpec[Any]]] = {
        "amend_benefit_application": _ops.AMEND_BENEFIT_APPLICATION,
        "associate_benefit_application_resource": _ops.ASSOCIATE_BENEFIT_APPLICATION_RESOURCE,
        "cancel_benefit_application": _ops.CANCEL_BENEFIT_APPLICATION,
        "create_benefit_application": _ops.CREATE_BENEFIT_APPLICATION,
        "disassociate_benefit_application_resource": _ops.DISASSOCIATE_BENEFIT_APPLICATION_RESOURCE,
        "get_benefit": _ops.GET_BENEFIT,
        "get_benefit_allocation": _ops.GET_BENEFIT_ALLOCATION,
        "get_benefit_application": _ops.GET_BENEFIT_APPLICATION,
        "list_benefit_allocations": _ops.LIST_BENEFIT_ALLOCATIONS,
        "list_benefit_applications": _ops.LIST_BENEFIT_APPLICATIONS,
        "list_benefits": _ops.LIST_BENEFITS,
        "list_tags_for_resource": _ops.LIST_TAGS_FOR_RESOURCE,
        "recall_benefit_application": _ops.RECALL_BENEFIT_APPLICATION,
        "submit_benefit_application": _ops.SUBMIT_BENEFIT_APPLICATION,
        "tag_resource": _ops.TAG_RESOURCE,
        "untag_resource": _ops.UNTAG_RESOURCE,
        "update_benefit_application": _ops.UPDATE_BENEFIT_APPLICATION,
    }

    def __init__(
        self, client: PartnerCentralBenefitsClient | AsyncPartnerCentralBenefitsClient
    ) -> None:
        # The base class by its module name, not super(): generated code reads no builtin
        # that a model's names could shadow (tests/test_hostile_names.py).
        _Stubber.__init__(self, client)
