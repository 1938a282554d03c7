"""Shapes of the Partner Central Channel API (internal: import them from ``shapes``).

The shapes only GetChannelContract calls hold, imported on the first use of one.
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
        ChannelContractStatus,
        ChannelContractType,
        ManagedServicesSupportedService,
    )
    from . import (
        Address,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._get_channel_contract"


class ChannelContractDetail(_Structure):
    """Detailed information about a channel contract.

    Attributes:
        id: The unique identifier of the channel contract. Required.
        arn: The Amazon Resource Name (ARN) of the channel contract. Required.
        catalog: The catalog identifier associated with the channel contract. Required.
        contract_type: The type of the channel contract. Required.
        status: The current status of the channel contract. Required.
        created_at: The timestamp when the channel contract was created. Required.
        updated_at: The timestamp when the channel contract was last updated. Required.
        responded_at: The timestamp when the channel contract was accepted, if
            applicable.
        cancellation_reason: The reason the channel contract was canceled, if one was
            provided.
        details: Type-specific details of the channel contract. Required.
    """

    __module__ = __package__
    __slots__ = (
        "id",
        "arn",
        "catalog",
        "contract_type",
        "status",
        "created_at",
        "updated_at",
        "responded_at",
        "cancellation_reason",
        "details",
    )
    _WIRE_NAMES = frozenset(
        (
            "id",
            "arn",
            "catalog",
            "contractType",
            "status",
            "createdAt",
            "updatedAt",
            "respondedAt",
            "cancellationReason",
            "details",
        )
    )
    _REQUIRED = (
        "id",
        "arn",
        "catalog",
        "contractType",
        "status",
        "createdAt",
        "updatedAt",
        "details",
    )
    _CODECS = _CODEC_MODULE

    id: str
    arn: str
    catalog: str
    contract_type: ChannelContractType | str
    status: ChannelContractStatus | str
    created_at: _dt.datetime
    updated_at: _dt.datetime
    responded_at: _dt.datetime | None
    cancellation_reason: str | None
    details: ChannelContractDetails

    def __init__(
        self,
        *,
        id: str,
        arn: str,
        catalog: str,
        contract_type: ChannelContractType | _types.ChannelContractTypeValue,
        status: ChannelContractStatus | _types.ChannelContractStatusValue,
        created_at: _dt.datetime,
        updated_at: _dt.datetime,
        details: ChannelContractDetails,
        responded_at: _dt.datetime | None = None,
        cancellation_reason: str | None = None,
    ) -> None:
        self.id = id
        self.arn = arn
        self.catalog = catalog
        self.contract_type = contract_type
        self.status = status
        self.created_at = created_at
        self.updated_at = updated_at
        self.responded_at = responded_at
        self.cancellation_reason = cancellation_reason
        self.details = details


class ChannelContractDetails(_TaggedUnion):
    """Contains detailed information about different types of channel contracts.

    A union: set exactly one variant by building one of
    `ChannelContractDetailsManagedServicesAttestationDetails`. A variant added to the
    service later is received as `ChannelContractDetailsUnknown`.
    """

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(("managedServicesAttestationDetails",))
    _CODECS = _CODEC_MODULE


class ChannelContractDetailsManagedServicesAttestationDetails(ChannelContractDetails):
    """The `managedServicesAttestationDetails` variant of `ChannelContractDetails`.

    Details specific to managed services attestation channel contracts. Applies only to
    managed services attestation channel contracts.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "managedServicesAttestationDetails"
    value: ManagedServicesAttestationDetails

    def __init__(self, value: ManagedServicesAttestationDetails) -> None:
        self.value = value


class ChannelContractDetailsUnknown(_UnknownVariant, ChannelContractDetails):
    """A variant of ChannelContractDetails this client does not know (kept, not lost)."""

    __module__ = __package__
    __slots__ = ()


class GetChannelContractRequest(_Structure):
    """GetChannelContractRequest

    Attributes:
        catalog: The catalog identifier for the channel contract. Required.
        identifier: The unique identifier of the channel contract to retrieve. Required.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "identifier",
    )
    _WIRE_NAMES = frozenset(
        (
            "catalog",
            "identifier",
        )
    )
    _REQUIRED = (
        "catalog",
        "identifier",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    identifier: str

    def __init__(
        self,
        *,
        catalog: str,
        identifier: str,
    ) -> None:
        self.catalog = catalog
        self.identifier = identifier


class GetChannelContractResponse(_Structure):
    """GetChannelContractResponse

    Attributes:
        channel_contract_detail: Details of the requested channel contract.
    """

    __module__ = __package__
    __slots__ = ("channel_contract_detail",)
    _WIRE_NAMES = frozenset(("channelContractDetail",))
    _CODECS = _CODEC_MODULE

    channel_contract_detail: ChannelContractDetail | None

    def __init__(
        self,
        *,
        channel_contract_detail: ChannelContractDetail | None = None,
    ) -> None:
        self.channel_contract_detail = channel_contract_detail


class ManagedServicesAttestationDetails(_Structure):
    """Details specific to managed services attestation channel contracts. Applies only to
    managed services attestation channel contracts.

    Attributes:
        legal_entity_name: The legal name of the end customer's legal entity. Required.
        relationship_identifier: The identifier of the relationship covered by the
            attestation. Required.
        program_management_account_identifier: The identifier of the program management
            account. Required.
        member_account_ids: The AWS account IDs of the end customer's member accounts
            covered by the managed services.
        end_date: The end date of the managed services attestation. Required.
        supported_services: The managed services that the partner provides to the end
            customer. Required.
        signatory_name: The name of the person who signs the attestation for the end
            customer. Required.
        signatory_email: The email address of the signatory. Required.
        legal_entity_address: The address of the end customer's legal entity, if
            available.
    """

    __module__ = __package__
    __slots__ = (
        "legal_entity_name",
        "relationship_identifier",
        "program_management_account_identifier",
        "member_account_ids",
        "end_date",
        "supported_services",
        "signatory_name",
        "signatory_email",
        "legal_entity_address",
    )
    _WIRE_NAMES = frozenset(
        (
            "legalEntityName",
            "relationshipIdentifier",
            "programManagementAccountIdentifier",
            "memberAccountIds",
            "endDate",
            "supportedServices",
            "signatoryName",
            "signatoryEmail",
            "legalEntityAddress",
        )
    )
    _REQUIRED = (
        "legalEntityName",
        "relationshipIdentifier",
        "programManagementAccountIdentifier",
        "endDate",
        "supportedServices",
        "signatoryName",
        "signatoryEmail",
    )
    _SENSITIVE = frozenset(
        (
            "legal_entity_name",
            "signatory_name",
            "signatory_email",
            "legal_entity_address",
        )
    )
    _CODECS = _CODEC_MODULE

    legal_entity_name: str
    relationship_identifier: str
    program_management_account_identifier: str
    member_account_ids: _Sequence[str] | None
    end_date: _dt.datetime
    supported_services: _Sequence[ManagedServicesSupportedService | str]
    signatory_name: str
    signatory_email: str
    legal_entity_address: Address | None

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
        signatory_name: str,
        signatory_email: str,
        member_account_ids: _types.SequenceNotStr[str] | None = None,
        legal_entity_address: Address | None = None,
    ) -> None:
        self.legal_entity_name = legal_entity_name
        self.relationship_identifier = relationship_identifier
        self.program_management_account_identifier = program_management_account_identifier
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.member_account_ids = member_account_ids  # type: ignore[assignment]
        self.end_date = end_date
        self.supported_services = supported_services  # type: ignore[assignment]
        self.signatory_name = signatory_name
        self.signatory_email = signatory_email
        self.legal_entity_address = legal_entity_address
