"""Seed-style commands, one per operation, for ``client.send(...)``.

```python
client.send(GetChannelContractCommand({"catalog": "Example", "identifier": "arn:example:partnercentral:1234567:123456789012:catalog/Example/channel-contract/cc-1234567890123"}))
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
    "AcceptChannelHandshakeCommand",
    "CancelChannelContractCommand",
    "CancelChannelHandshakeCommand",
    "CreateChannelContractCommand",
    "CreateChannelHandshakeCommand",
    "CreateProgramManagementAccountCommand",
    "CreateRelationshipCommand",
    "DeleteProgramManagementAccountCommand",
    "DeleteRelationshipCommand",
    "GetChannelContractCommand",
    "GetRelationshipCommand",
    "ListChannelContractsCommand",
    "ListChannelHandshakesCommand",
    "ListProgramManagementAccountsCommand",
    "ListRelationshipsCommand",
    "ListTagsForResourceCommand",
    "RejectChannelHandshakeCommand",
    "TagResourceCommand",
    "UntagResourceCommand",
    "UpdateProgramManagementAccountCommand",
    "UpdateRelationshipCommand",
]


class AcceptChannelHandshakeCommand(Command["_shapes.AcceptChannelHandshakeResponse"]):
    """Accepts a pending channel handshake request from another AWS account.

    Run it with `client.send(AcceptChannelHandshakeCommand({...}))`, passing a
    `AcceptChannelHandshakeRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `AcceptChannelHandshakeResponse`; its arguments and errors
    are those of `PartnerCentralChannelClient.accept_channel_handshake`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.ACCEPT_CHANNEL_HANDSHAKE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.AcceptChannelHandshakeRequest | _types.AcceptChannelHandshakeRequestDict
            ),
        ) -> None: ...


class CancelChannelContractCommand(Command["_shapes.CancelChannelContractResponse"]):
    """Cancels a pending channel contract created within the last 30 days.

    Run it with `client.send(CancelChannelContractCommand({...}))`, passing a
    `CancelChannelContractRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `CancelChannelContractResponse`; its arguments and errors are those
    of `PartnerCentralChannelClient.cancel_channel_contract`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.CANCEL_CHANNEL_CONTRACT

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.CancelChannelContractRequest | _types.CancelChannelContractRequestDict,
        ) -> None: ...


class CancelChannelHandshakeCommand(Command["_shapes.CancelChannelHandshakeResponse"]):
    """Cancels a pending channel handshake request.

    Run it with `client.send(CancelChannelHandshakeCommand({...}))`, passing a
    `CancelChannelHandshakeRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `CancelChannelHandshakeResponse`; its arguments and errors
    are those of `PartnerCentralChannelClient.cancel_channel_handshake`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.CANCEL_CHANNEL_HANDSHAKE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.CancelChannelHandshakeRequest | _types.CancelChannelHandshakeRequestDict
            ),
        ) -> None: ...


class CreateChannelContractCommand(Command["_shapes.CreateChannelContractResponse"]):
    """Creates a new channel contract and sends it to the signatory for signature.

    Run it with `client.send(CreateChannelContractCommand({...}))`, passing a
    `CreateChannelContractRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `CreateChannelContractResponse`; its arguments and errors are those
    of `PartnerCentralChannelClient.create_channel_contract`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.CREATE_CHANNEL_CONTRACT

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.CreateChannelContractRequest | _types.CreateChannelContractRequestDict,
        ) -> None: ...


class CreateChannelHandshakeCommand(Command["_shapes.CreateChannelHandshakeResponse"]):
    """Creates a new channel handshake request to establish a partnership with another AWS
    account.

    Run it with `client.send(CreateChannelHandshakeCommand({...}))`, passing a
    `CreateChannelHandshakeRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `CreateChannelHandshakeResponse`; its arguments and errors
    are those of `PartnerCentralChannelClient.create_channel_handshake`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.CREATE_CHANNEL_HANDSHAKE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.CreateChannelHandshakeRequest | _types.CreateChannelHandshakeRequestDict
            ),
        ) -> None: ...


class CreateProgramManagementAccountCommand(
    Command["_shapes.CreateProgramManagementAccountResponse"]
):
    """Creates a new program management account for managing partner relationships.

    Run it with `client.send(CreateProgramManagementAccountCommand({...}))`, passing a
    `CreateProgramManagementAccountRequest` or a mapping with its wire (PascalCase)
    member names. The call returns `CreateProgramManagementAccountResponse`; its
    arguments and errors are those of
    `PartnerCentralChannelClient.create_program_management_account`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.CREATE_PROGRAM_MANAGEMENT_ACCOUNT

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.CreateProgramManagementAccountRequest
                | _types.CreateProgramManagementAccountRequestDict
            ),
        ) -> None: ...


class CreateRelationshipCommand(Command["_shapes.CreateRelationshipResponse"]):
    """Creates a new partner relationship between accounts.

    Run it with `client.send(CreateRelationshipCommand({...}))`, passing a
    `CreateRelationshipRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `CreateRelationshipResponse`; its arguments and errors are those of
    `PartnerCentralChannelClient.create_relationship`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.CREATE_RELATIONSHIP

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.CreateRelationshipRequest | _types.CreateRelationshipRequestDict,
        ) -> None: ...


class DeleteProgramManagementAccountCommand(
    Command["_shapes.DeleteProgramManagementAccountResponse"]
):
    """Deletes a program management account.

    Run it with `client.send(DeleteProgramManagementAccountCommand({...}))`, passing a
    `DeleteProgramManagementAccountRequest` or a mapping with its wire (PascalCase)
    member names. The call returns `DeleteProgramManagementAccountResponse`; its
    arguments and errors are those of
    `PartnerCentralChannelClient.delete_program_management_account`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.DELETE_PROGRAM_MANAGEMENT_ACCOUNT

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.DeleteProgramManagementAccountRequest
                | _types.DeleteProgramManagementAccountRequestDict
            ),
        ) -> None: ...


class DeleteRelationshipCommand(Command["_shapes.DeleteRelationshipResponse"]):
    """Deletes a partner relationship.

    Run it with `client.send(DeleteRelationshipCommand({...}))`, passing a
    `DeleteRelationshipRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `DeleteRelationshipResponse`; its arguments and errors are those of
    `PartnerCentralChannelClient.delete_relationship`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.DELETE_RELATIONSHIP

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.DeleteRelationshipRequest | _types.DeleteRelationshipRequestDict,
        ) -> None: ...


class GetChannelContractCommand(Command["_shapes.GetChannelContractResponse"]):
    """Retrieves details of a specific channel contract.

    Run it with `client.send(GetChannelContractCommand({...}))`, passing a
    `GetChannelContractRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `GetChannelContractResponse`; its arguments and errors are those of
    `PartnerCentralChannelClient.get_channel_contract`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_CHANNEL_CONTRACT

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.GetChannelContractRequest | _types.GetChannelContractRequestDict,
        ) -> None: ...


class GetRelationshipCommand(Command["_shapes.GetRelationshipResponse"]):
    """Retrieves details of a specific partner relationship.

    Run it with `client.send(GetRelationshipCommand({...}))`, passing a
    `GetRelationshipRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `GetRelationshipResponse`; its arguments and errors are those of
    `PartnerCentralChannelClient.get_relationship`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.GET_RELATIONSHIP

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.GetRelationshipRequest | _types.GetRelationshipRequestDict,
        ) -> None: ...


class ListChannelContractsCommand(Command["_shapes.ListChannelContractsResponse"]):
    """Lists channel contracts based on specified criteria.

    Run it with `client.send(ListChannelContractsCommand({...}))`, passing a
    `ListChannelContractsRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `ListChannelContractsResponse`; its arguments and errors are those
    of `PartnerCentralChannelClient.list_channel_contracts`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_CHANNEL_CONTRACTS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.ListChannelContractsRequest | _types.ListChannelContractsRequestDict,
        ) -> None: ...


class ListChannelHandshakesCommand(Command["_shapes.ListChannelHandshakesResponse"]):
    """Lists channel handshakes based on specified criteria.

    Run it with `client.send(ListChannelHandshakesCommand({...}))`, passing a
    `ListChannelHandshakesRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `ListChannelHandshakesResponse`; its arguments and errors are those
    of `PartnerCentralChannelClient.list_channel_handshakes`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_CHANNEL_HANDSHAKES

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.ListChannelHandshakesRequest | _types.ListChannelHandshakesRequestDict,
        ) -> None: ...


class ListProgramManagementAccountsCommand(
    Command["_shapes.ListProgramManagementAccountsResponse"]
):
    """Lists program management accounts based on specified criteria.

    Run it with `client.send(ListProgramManagementAccountsCommand({...}))`, passing a
    `ListProgramManagementAccountsRequest` or a mapping with its wire (PascalCase)
    member names. The call returns `ListProgramManagementAccountsResponse`; its
    arguments and errors are those of
    `PartnerCentralChannelClient.list_program_management_accounts`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_PROGRAM_MANAGEMENT_ACCOUNTS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.ListProgramManagementAccountsRequest
                | _types.ListProgramManagementAccountsRequestDict
            ),
        ) -> None: ...


class ListRelationshipsCommand(Command["_shapes.ListRelationshipsResponse"]):
    """Lists partner relationships based on specified criteria.

    Run it with `client.send(ListRelationshipsCommand({...}))`, passing a
    `ListRelationshipsRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `ListRelationshipsResponse`; its arguments and errors are those of
    `PartnerCentralChannelClient.list_relationships`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_RELATIONSHIPS

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.ListRelationshipsRequest | _types.ListRelationshipsRequestDict,
        ) -> None: ...


class ListTagsForResourceCommand(Command["_shapes.ListTagsForResourceResponse"]):
    """Lists tags associated with a specific resource.

    Run it with `client.send(ListTagsForResourceCommand({...}))`, passing a
    `ListTagsForResourceRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `ListTagsForResourceResponse`; its arguments and errors are those
    of `PartnerCentralChannelClient.list_tags_for_resource`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.LIST_TAGS_FOR_RESOURCE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.ListTagsForResourceRequest | _types.ListTagsForResourceRequestDict,
        ) -> None: ...


class RejectChannelHandshakeCommand(Command["_shapes.RejectChannelHandshakeResponse"]):
    """Rejects a pending channel handshake request.

    Run it with `client.send(RejectChannelHandshakeCommand({...}))`, passing a
    `RejectChannelHandshakeRequest` or a mapping with its wire (PascalCase) member
    names. The call returns `RejectChannelHandshakeResponse`; its arguments and errors
    are those of `PartnerCentralChannelClient.reject_channel_handshake`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.REJECT_CHANNEL_HANDSHAKE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.RejectChannelHandshakeRequest | _types.RejectChannelHandshakeRequestDict
            ),
        ) -> None: ...


class TagResourceCommand(Command["_shapes.TagResourceResponse"]):
    """Adds or updates tags for a specified resource.

    Run it with `client.send(TagResourceCommand({...}))`, passing a `TagResourceRequest`
    or a mapping with its wire (PascalCase) member names. The call returns
    `TagResourceResponse`; its arguments and errors are those of
    `PartnerCentralChannelClient.tag_resource`.
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
    """Removes tags from a specified resource.

    Run it with `client.send(UntagResourceCommand({...}))`, passing a
    `UntagResourceRequest` or a mapping with its wire (PascalCase) member names. The
    call returns `UntagResourceResponse`; its arguments and errors are those of
    `PartnerCentralChannelClient.untag_resource`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.UNTAG_RESOURCE

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.UntagResourceRequest | _types.UntagResourceRequestDict,
        ) -> None: ...


class UpdateProgramManagementAccountCommand(
    Command["_shapes.UpdateProgramManagementAccountResponse"]
):
    """Updates the properties of a program management account.

    Run it with `client.send(UpdateProgramManagementAccountCommand({...}))`, passing a
    `UpdateProgramManagementAccountRequest` or a mapping with its wire (PascalCase)
    member names. The call returns `UpdateProgramManagementAccountResponse`; its
    arguments and errors are those of
    `PartnerCentralChannelClient.update_program_management_account`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.UPDATE_PROGRAM_MANAGEMENT_ACCOUNT

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: (
                _shapes.UpdateProgramManagementAccountRequest
                | _types.UpdateProgramManagementAccountRequestDict
            ),
        ) -> None: ...


class UpdateRelationshipCommand(Command["_shapes.UpdateRelationshipResponse"]):
    """Updates the properties of a partner relationship.

    Run it with `client.send(UpdateRelationshipCommand({...}))`, passing a
    `UpdateRelationshipRequest` or a mapping with its wire (PascalCase) member names.
    The call returns `UpdateRelationshipResponse`; its arguments and errors are those of
    `PartnerCentralChannelClient.update_relationship`.
    """

    __slots__ = ()
    operation: _ClassVar[_OperationSpec[_Any]] = _ops.UPDATE_RELATIONSHIP

    if TYPE_CHECKING:
        # The input this operation takes, for type checkers (Command.__init__ runs).
        def __init__(
            self,
            input: _shapes.UpdateRelationshipRequest | _types.UpdateRelationshipRequestDict,
        ) -> None: ...
