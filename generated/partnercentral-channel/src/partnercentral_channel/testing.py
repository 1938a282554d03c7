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

from partnercentral_channel import PartnerCentralChannelClient
from partnercentral_channel.testing import Stubber


@pytest.fixture
def stubber():
    with Stubber(PartnerCentralChannelClient(region="us-east-1")) as stubber:
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
    from .aio_client import AsyncPartnerCentralChannelClient
    from .client import PartnerCentralChannelClient

__all__ = ["ANY", "StubAssertionError", "StubResponseError", "Stubber", "UnStubbedResponseError"]


class Stubber(_Stubber):
    """Queue the responses of a client's next calls and check the calls it makes.

    Give it a `PartnerCentralChannelClient` or a `AsyncPartnerCentralChannelClient`; use it as a
    context manager (`with Stubber(client) as stubber:`), or call `activate()` and
    `deactivate()`. An operation is named by its client method (`"accept_channel_handshake"`),
    its model name (`"AcceptChannelHandshake"`) or its command class.
    """

    OPERATIONS: ClassVar[Mapping[str, OperationSpec[Any]]] = {
        "accept_channel_handshake": _ops.ACCEPT_CHANNEL_HANDSHAKE,
        "cancel_channel_contract": _ops.CANCEL_CHANNEL_CONTRACT,
        "cancel_channel_handshake": _ops.CANCEL_CHANNEL_HANDSHAKE,
        "create_channel_contract": _ops.CREATE_CHANNEL_CONTRACT,
        "create_channel_handshake": _ops.CREATE_CHANNEL_HANDSHAKE,
        "create_program_management_account": _ops.CREATE_PROGRAM_MANAGEMENT_ACCOUNT,
        "create_relationship": _ops.CREATE_RELATIONSHIP,
        "delete_program_management_account": _ops.DELETE_PROGRAM_MANAGEMENT_ACCOUNT,
        "delete_relationship": _ops.DELETE_RELATIONSHIP,
        "get_channel_contract": _ops.GET_CHANNEL_CONTRACT,
        "get_relationship": _ops.GET_RELATIONSHIP,
        "list_channel_contracts": _ops.LIST_CHANNEL_CONTRACTS,
        "list_channel_handshakes": _ops.LIST_CHANNEL_HANDSHAKES,
        "list_program_management_accounts": _ops.LIST_PROGRAM_MANAGEMENT_ACCOUNTS,
        "list_relationships": _ops.LIST_RELATIONSHIPS,
        "list_tags_for_resource": _ops.LIST_TAGS_FOR_RESOURCE,
        "reject_channel_handshake": _ops.REJECT_CHANNEL_HANDSHAKE,
        "tag_resource": _ops.TAG_RESOURCE,
        "untag_resource": _ops.UNTAG_RESOURCE,
        "update_program_management_account": _ops.UPDATE_PROGRAM_MANAGEMENT_ACCOUNT,
        "update_relationship": _ops.UPDATE_RELATIONSHIP,
    }

    def __init__(
        self, client: PartnerCentralChannelClient | AsyncPartnerCentralChannelClient
    ) -> None:
        # The base class by its module name, not super(): generated code reads no builtin
        # that a model's names could shadow (tests/test_hostile_names.py).
        _Stubber.__init__(self, client)
