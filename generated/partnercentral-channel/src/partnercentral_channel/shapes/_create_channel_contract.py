"""Shapes of the Partner Central Channel API (internal: import them from ``shapes``).

The shapes only CreateChannelContract calls hold, imported on the first use of one.
"""

from __future__ import annotations

import datetime as _dt
import typing as _typing
from collections.abc import Sequence as _Sequence

from typed_aws_runtime.model.structure import Structure as _Structure
from typed_aws_runtime.model.structure import TaggedUnion as _TaggedUnion
from typed_aws_runtime.model.structure import UnknownVariant as _UnknownVariant

if _typing.TYPE_CHECKING:
    from .. import _input_types as _types
    from ..enums import (
        ChannelContractType,
        ManagedServicesSupportedService,
    )
    from . import (
        Address,
        Tag,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._create_channel_contract"


class ChannelContractPayload(_TaggedUnion):
    """Contains the payload data for different types of channel contracts.

    A union: set exactly one variant by building one of
    `ChannelContractPayloadManagedServicesAttestationPayload`. A variant added to the
    service later is received as `ChannelContractPayloadUnknown`.
    """

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(("managedServicesAttestationPayload",))
    _CODECS = _CODEC_MODULE


class ChannelContractPayloadManagedServicesAttestationPayload(ChannelContractPayload):
    """The `managedServicesAttestationPayload` variant of `ChannelContractPayload`.

    Payload for creating a managed services attestation channel contract. Applies only to
    managed services attestation channel contracts.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "managedServicesAttestationPayload"
    value: ManagedServicesAttestationPayload

    def __init__(self, value: ManagedServicesAttestationPayload) -> None:
        self.value = value


class ChannelContractPayloadUnknown(_UnknownVariant, ChannelContractPayload):
    """A variant of ChannelContractPayload this client does not know (kept, not lost)."""

    __module__ = __package__
    __slots__ = ()


class CreateChannelContractDetail(_Structure):
    """Contains details about a newly created channel contract.

    Attributes:
        id: The unique identifier of the created channel contract.
        arn: The Amazon Resource Name (ARN) of the created channel contract.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "arn",
    )
    _WIRE_NAMES = frozenset(
        (
            "id",
            "arn",
        )
    )
    _CODECS = _CODEC_MODULE

    id: str | None
    arn: str | None

    def __init__(
        self,
        *,
        id: str | None = None,
        arn: str | None = None,
    ) -> None:
        self.id = id
        self.arn = arn


class CreateChannelContractRequest(_Structure):
    """CreateChannelContractRequest

    Attributes:
        contract_type: The type of channel contract to create (for example, managed
            services attestation). Required.
        catalog: The catalog identifier for the channel contract. Required.
        payload: The payload containing specific details for the contract type.
            Required.
        client_token: A unique, case-sensitive identifier to ensure idempotency of the
            request. Filled with a random UUID when omitted.
        tags: Key-value pairs to associate with the channel contract.
    """

    __module__ = __package__
    __slots__ = (
        "contract_type",
        "catalog",
        "payload",
        "client_token",
        "tags",
    )
    _WIRE_NAMES = frozenset(
        (
            "contractType",
            "catalog",
            "payload",
            "clientToken",
            "tags",
        )
    )
    _REQUIRED = (
        "contractType",
        "catalog",
        "payload",
    )
    _CODECS = _CODEC_MODULE

    contract_type: ChannelContractType | str
    catalog: str
    payload: ChannelContractPayload
    client_token: str | None
    tags: _Sequence[Tag] | None

    def __init__(
        self,
        *,
        contract_type: ChannelContractType | _types.ChannelContractTypeValue,
        catalog: str,
        payload: ChannelContractPayload,
        client_token: str | None = None,
        tags: _types.SequenceNotStr[Tag] | None = None,
    ) -> None:
        self.contract_type = contract_type
        self.catalog = catalog
        self.payload = payload
        self.client_token = client_token
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.tags = tags  # type: ignore[assignment]


class CreateChannelContractResponse(_Structure):
    """CreateChannelContractResponse

    Attributes:
        channel_contract_detail: Details of the created channel contract.
    """

    __module__ = __package__
    __slots__ = ("channel_contract_detail",)
    _WIRE_NAMES = frozenset(("channelContractDetail",))
    _CODECS = _CODEC_MODULE

    channel_contract_detail: CreateChannelContractDetail | None

    def __init__(
        self,
        *,
        channel_contract_detail: CreateChannelContractDetail | None = None,
    ) -> None:
        self.channel_contract_detail = channel_contract_detail


class ManagedServicesAttestationPayload(_Structure):
    """Payload for managed services attestation channel contract requests. Applies only to
    managed services attestation channel contracts.

    Attributes:
        legal_entity_name: The legal name of the end customer's legal entity. Required.
        relationship_identifier: The identifier of the managed services relationship to
            cover with the attestation. Required.
        program_management_account_identifier: The identifier of the program management
            account for the relationship. Required.
        member_account_ids: The AWS account IDs of the end customer's member accounts to
            cover, not allowed when the account...
        end_date: The end date of the attestation, which must be after the start date of
            the relationship. Required.
        supported_services: The managed services that the partner provides to the end
            customer. Required.
        legal_entity_address: The address of the end customer's legal entity. Required.
        signatory_name: The name of the person who signs the attestation for the end
            customer. Required.
        signatory_email: The email address to which the attestation is sent for
            signature. Required.
    """

    __module__ = __package__
    __slots__ = (
        "legal_entity_name",
        "relationship_identifier",
        "program_management_account_identifier",
        "member_account_ids",
        "end_date",
        "supported_services",
        "legal_entity_address",
        "signatory_name",
        "signatory_email",
    )
    _WIRE_NAMES = frozenset(
        (
            "legalEntityName",
            "relationshipIdentifier",
            "programManagementAccountIdentifier",
            "memberAccountIds",
            "endDate",
            "supportedServices",
            "legalEntityAddress",
            "signatoryName",
            "signatoryEmail",
        )
    )
    _REQUIRED = (
        "legalEntityName",
        "relationshipIdentifier",
        "programManagementAccountIdentifier",
        "endDate",
        "supportedServices",
        "legalEntityAddress",
        "signatoryName",
        "signatoryEmail",
    )
    _SENSITIVE = frozenset(
        (
            "legal_entity_name",
            "legal_entity_address",
            "signatory_name",
            "signatory_email",
        )
    )
    _CODECS = _CODEC_MODULE

    legal_entity_name: str
    relationship_identifier: str
    program_management_account_identifier: str
    member_account_ids: _Sequence[str] | None
    end_date: _dt.datetime
    supported_services: _Sequence[ManagedServicesSupportedService | str]
    legal_entity_address: Address
    signatory_name: str
    signatory_email: str

    def __init__(
        self,
        *,
        legal_entity_name: str,
        relationship_identifier: str,
        program_management_account_identifier: str,
        end_date: _dt.datetime,
        supported_services: _types.SequenceNotStr[
            ManagedServicesSupportedService | _types.ManagedServicesSupportedServiceValue
        ],
        legal_entity_address: Address,
        signatory_name: str,
        signatory_email: str,
        member_account_ids: _types.SequenceNotStr[str] | None = None,
    ) -> None:
        self.legal_entity_name = legal_entity_name
        self.relationship_identifier = relationship_identifier
        self.program_management_account_identifier = program_management_account_identifier
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.member_account_ids = member_account_ids  # type: ignore[assignment]
        self.end_date = end_date
        self.supported_services = supported_services  # type: ignore[assignment]
        self.legal_entity_address = legal_entity_address
        self.signatory_name = signatory_name
        self.signatory_email = signatory_email
