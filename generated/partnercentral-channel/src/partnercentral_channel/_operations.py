"""Precomputed tables: the service and each operation's call facts (internal).

An operation names its input and output classes: they are read from ``shapes`` on
the first call, so building the tables imports no shape module.
"""

from __future__ import annotations

from typing import Any

from typed_aws_runtime.pipeline.operation import OperationSpec
from typed_aws_runtime.pipeline.paginator import PageSpec
from typed_aws_runtime.pipeline.service import ServiceSpec
from typed_aws_runtime.protocols.awsjson import AwsJsonProtocol

from . import errors as _errors
from . import shapes as _shapes
from ._version import __version__


def _endpoint_rules() -> dict[str, Any]:
    from ._endpoint_rules import RULE_SET

    return RULE_SET


_SERVICE = ServiceSpec(
    service_id="PartnerCentral Channel",
    api_version="2024-03-18",
    protocol=AwsJsonProtocol(json_version="1.0", target_prefix="PartnerCentralChannel"),
    signing_name="partnercentral-channel",
    endpoint_prefix="partnercentral-channel",
    package_name="partnercentral_channel",
    package_version=__version__,
    base_error=_errors.PartnerCentralChannelError,
    errors={
        "AccessDeniedException": _errors.AccessDeniedException,
        "ConflictException": _errors.ConflictException,
        "InternalServerException": _errors.InternalServerException,
        "ResourceNotFoundException": _errors.ResourceNotFoundException,
        "ServiceQuotaExceededException": _errors.ServiceQuotaExceededException,
        "ThrottlingException": _errors.ThrottlingException,
        "ValidationException": _errors.ValidationException,
    },
    env_name="PARTNERCENTRAL_CHANNEL",
    config_key="partnercentral_channel",
    endpoint_rules=_endpoint_rules,
)

ACCEPT_CHANNEL_HANDSHAKE: OperationSpec[_shapes.AcceptChannelHandshakeResponse] = OperationSpec(
    name="AcceptChannelHandshake",
    input="AcceptChannelHandshakeRequest",
    output="AcceptChannelHandshakeResponse",
    shapes=_shapes,
)

CANCEL_CHANNEL_CONTRACT: OperationSpec[_shapes.CancelChannelContractResponse] = OperationSpec(
    name="CancelChannelContract",
    input="CancelChannelContractRequest",
    output="CancelChannelContractResponse",
    shapes=_shapes,
    idempotency_tokens=("clientToken",),
)

CANCEL_CHANNEL_HANDSHAKE: OperationSpec[_shapes.CancelChannelHandshakeResponse] = OperationSpec(
    name="CancelChannelHandshake",
    input="CancelChannelHandshakeRequest",
    output="CancelChannelHandshakeResponse",
    shapes=_shapes,
)

CREATE_CHANNEL_CONTRACT: OperationSpec[_shapes.CreateChannelContractResponse] = OperationSpec(
    name="CreateChannelContract",
    input="CreateChannelContractRequest",
    output="CreateChannelContractResponse",
    shapes=_shapes,
    idempotency_tokens=("clientToken",),
)

CREATE_CHANNEL_HANDSHAKE: OperationSpec[_shapes.CreateChannelHandshakeResponse] = OperationSpec(
    name="CreateChannelHandshake",
    input="CreateChannelHandshakeRequest",
    output="CreateChannelHandshakeResponse",
    shapes=_shapes,
    idempotency_tokens=("clientToken",),
)

CREATE_PROGRAM_MANAGEMENT_ACCOUNT: OperationSpec[
    _shapes.CreateProgramManagementAccountResponse
] = OperationSpec(
    name="CreateProgramManagementAccount",
    input="CreateProgramManagementAccountRequest",
    output="CreateProgramManagementAccountResponse",
    shapes=_shapes,
    idempotency_tokens=("clientToken",),
)

CREATE_RELATIONSHIP: OperationSpec[_shapes.CreateRelationshipResponse] = OperationSpec(
    name="CreateRelationship",
    input="CreateRelationshipRequest",
    output="CreateRelationshipResponse",
    shapes=_shapes,
    idempotency_tokens=("clientToken",),
)

DELETE_PROGRAM_MANAGEMENT_ACCOUNT: OperationSpec[
    _shapes.DeleteProgramManagementAccountResponse
] = OperationSpec(
    name="DeleteProgramManagementAccount",
    input="DeleteProgramManagementAccountRequest",
    output="DeleteProgramManagementAccountResponse",
    shapes=_shapes,
    idempotency_tokens=("clientToken",),
)

DELETE_RELATIONSHIP: OperationSpec[_shapes.DeleteRelationshipResponse] = OperationSpec(
    name="DeleteRelationship",
    input="DeleteRelationshipRequest",
    output="DeleteRelationshipResponse",
    shapes=_shapes,
    idempotency_tokens=("clientToken",),
)

GET_CHANNEL_CONTRACT: OperationSpec[_shapes.GetChannelContractResponse] = OperationSpec(
    name="GetChannelContract",
    input="GetChannelContractRequest",
    output="GetChannelContractResponse",
    shapes=_shapes,
)

GET_RELATIONSHIP: OperationSpec[_shapes.GetRelationshipResponse] = OperationSpec(
    name="GetRelationship",
    input="GetRelationshipRequest",
    output="GetRelationshipResponse",
    shapes=_shapes,
)

LIST_CHANNEL_CONTRACTS: OperationSpec[_shapes.ListChannelContractsResponse] = OperationSpec(
    name="ListChannelContracts",
    input="ListChannelContractsRequest",
    output="ListChannelContractsResponse",
    shapes=_shapes,
)

_LIST_CHANNEL_CONTRACTS_PAGES = PageSpec(
    operation="ListChannelContracts",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("items",),
)

LIST_CHANNEL_HANDSHAKES: OperationSpec[_shapes.ListChannelHandshakesResponse] = OperationSpec(
    name="ListChannelHandshakes",
    input="ListChannelHandshakesRequest",
    output="ListChannelHandshakesResponse",
    shapes=_shapes,
)

_LIST_CHANNEL_HANDSHAKES_PAGES = PageSpec(
    operation="ListChannelHandshakes",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("items",),
)

LIST_PROGRAM_MANAGEMENT_ACCOUNTS: OperationSpec[_shapes.ListProgramManagementAccountsResponse] = (
    OperationSpec(
        name="ListProgramManagementAccounts",
        input="ListProgramManagementAccountsRequest",
        output="ListProgramManagementAccountsResponse",
        shapes=_shapes,
    )
)

_LIST_PROGRAM_MANAGEMENT_ACCOUNTS_PAGES = PageSpec(
    operation="ListProgramManagementAccounts",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("items",),
)

LIST_RELATIONSHIPS: OperationSpec[_shapes.ListRelationshipsResponse] = OperationSpec(
    name="ListRelationships",
    input="ListRelationshipsRequest",
    output="ListRelationshipsResponse",
    shapes=_shapes,
)

_LIST_RELATIONSHIPS_PAGES = PageSpec(
    operation="ListRelationships",
    input_tokens=("next_token",),
    output_tokens=(("next_token",),),
    items=("items",),
)

LIST_TAGS_FOR_RESOURCE: OperationSpec[_shapes.ListTagsForResourceResponse] = OperationSpec(
    name="ListTagsForResource",
    input="ListTagsForResourceRequest",
    output="ListTagsForResourceResponse",
    shapes=_shapes,
)

REJECT_CHANNEL_HANDSHAKE: OperationSpec[_shapes.RejectChannelHandshakeResponse] = OperationSpec(
    name="RejectChannelHandshake",
    input="RejectChannelHandshakeRequest",
    output="RejectChannelHandshakeResponse",
    shapes=_shapes,
)

TAG_RESOURCE: OperationSpec[_shapes.TagResourceResponse] = OperationSpec(
    name="TagResource",
    input="TagResourceRequest",
    output="TagResourceResponse",
    shapes=_shapes,
)

UNTAG_RESOURCE: OperationSpec[_shapes.UntagResourceResponse] = OperationSpec(
    name="UntagResource",
    input="UntagResourceRequest",
    output="UntagResourceResponse",
    shapes=_shapes,
)

UPDATE_PROGRAM_MANAGEMENT_ACCOUNT: OperationSpec[
    _shapes.UpdateProgramManagementAccountResponse
] = OperationSpec(
    name="UpdateProgramManagementAccount",
    input="UpdateProgramManagementAccountRequest",
    output="UpdateProgramManagementAccountResponse",
    shapes=_shapes,
)

UPDATE_RELATIONSHIP: OperationSpec[_shapes.UpdateRelationshipResponse] = OperationSpec(
    name="UpdateRelationship",
    input="UpdateRelationshipRequest",
    output="UpdateRelationshipResponse",
    shapes=_shapes,
)
