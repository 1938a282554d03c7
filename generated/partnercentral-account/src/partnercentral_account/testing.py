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

from partnercentral_account import PartnerCentralAccountClient
from partnercentral_account.testing import Stubber


@pytest.fixture
def stubber():
    with Stubber(PartnerCentralAccountClient(region="us-east-1")) as stubber:
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
    from .aio_client import AsyncPartnerCentralAccountClient
    from .client import PartnerCentralAccountClient

__all__ = ["ANY", "StubAssertionError", "StubResponseError", "Stubber", "UnStubbedResponseError"]


class Stubber(_Stubber):
    """Queue the responses of a client's next calls and check the calls it makes.

    Give it a `PartnerCentralAccountClient` or a `AsyncPartnerCentralAccountClient`; use it as a
    context manager (`with Stubber(client) as stubber:`), or call `activate()` and
    `deactivate()`. An operation is named by its client method (`"accept_connection_invitation"`),
    its model name (`"AcceptConnectionInvitation"`) or its command class.
    """

    OPERATIONS: ClassVar[Mapping[str, OperationSpec[Any]]] = {
        "accept_connection_invitation": _ops.ACCEPT_CONNECTION_INVITATION,
        "associate_aws_training_certification_email_domain": _ops.ASSOCIATE_AWS_TRAINING_CERTIFICATION_EMAIL_DOMAIN,
        "cancel_connection": _ops.CANCEL_CONNECTION,
        "cancel_connection_invitation": _ops.CANCEL_CONNECTION_INVITATION,
        "cancel_profile_update_task": _ops.CANCEL_PROFILE_UPDATE_TASK,
        "create_connection_invitation": _ops.CREATE_CONNECTION_INVITATION,
        "create_partner": _ops.CREATE_PARTNER,
        "disassociate_aws_training_certification_email_domain": _ops.DISASSOCIATE_AWS_TRAINING_CERTIFICATION_EMAIL_DOMAIN,
        "get_alliance_lead_contact": _ops.GET_ALLIANCE_LEAD_CONTACT,
        "get_connection": _ops.GET_CONNECTION,
        "get_connection_invitation": _ops.GET_CONNECTION_INVITATION,
        "get_connection_preferences": _ops.GET_CONNECTION_PREFERENCES,
        "get_partner": _ops.GET_PARTNER,
        "get_profile_update_task": _ops.GET_PROFILE_UPDATE_TASK,
        "get_profile_visibility": _ops.GET_PROFILE_VISIBILITY,
        "get_qualifications_association_details": _ops.GET_QUALIFICATIONS_ASSOCIATION_DETAILS,
        "get_qualifications_association_task": _ops.GET_QUALIFICATIONS_ASSOCIATION_TASK,
        "get_qualifications_disassociation_task": _ops.GET_QUALIFICATIONS_DISASSOCIATION_TASK,
        "get_verification": _ops.GET_VERIFICATION,
        "list_connection_invitations": _ops.LIST_CONNECTION_INVITATIONS,
        "list_connections": _ops.LIST_CONNECTIONS,
        "list_partners": _ops.LIST_PARTNERS,
        "list_tags_for_resource": _ops.LIST_TAGS_FOR_RESOURCE,
        "put_alliance_lead_contact": _ops.PUT_ALLIANCE_LEAD_CONTACT,
        "put_profile_visibility": _ops.PUT_PROFILE_VISIBILITY,
        "reject_connection_invitation": _ops.REJECT_CONNECTION_INVITATION,
        "send_email_verification_code": _ops.SEND_EMAIL_VERIFICATION_CODE,
        "start_profile_update_task": _ops.START_PROFILE_UPDATE_TASK,
        "start_qualifications_association_task": _ops.START_QUALIFICATIONS_ASSOCIATION_TASK,
        "start_qualifications_disassociation_task": _ops.START_QUALIFICATIONS_DISASSOCIATION_TASK,
        "start_verification": _ops.START_VERIFICATION,
        "tag_resource": _ops.TAG_RESOURCE,
        "untag_resource": _ops.UNTAG_RESOURCE,
        "update_connection_preferences": _ops.UPDATE_CONNECTION_PREFERENCES,
    }

    def __init__(
        self, client: PartnerCentralAccountClient | AsyncPartnerCentralAccountClient
    ) -> None:
        # The base class by its module name, not super(): generated code reads no builtin
        # that a model's names could shadow (tests/test_hostile_names.py).
        _Stubber.__init__(self, client)
