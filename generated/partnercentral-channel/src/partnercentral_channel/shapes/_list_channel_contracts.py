"""Shapes of the Partner Central Channel API (internal: import them from ``shapes``).

The shapes only ListChannelContracts calls hold, imported on the first use of one.
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
        ManagedServicesAttestationTypeSortName,
        ManagedServicesSupportedService,
        SortOrder,
    )

# Binds these classes' wire codecs on their first use (see typed_aws_runtime/model/structure.py).
_CODEC_MODULE = ".._awsjson.shapes._list_channel_contracts"


class ChannelContractSummary(_Structure):
    """Summary information about a channel contract.

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
        details: Type-specific summary details of the channel contract. Required.
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
    details: ChannelContractSummaryDetails

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
        details: ChannelContractSummaryDetails,
        responded_at: _dt.datetime | None = None,
    ) -> None:
        self.id = id
        self.arn = arn
        self.catalog = catalog
        self.contract_type = contract_type
        self.status = status
        self.created_at = created_at
        self.updated_at = updated_at
        self.responded_at = responded_at
        self.details = details


class ChannelContractSummaryDetails(_TaggedUnion):
    """Contains summary information about different types of channel contracts.

    A union: set exactly one variant by building one of
    `ChannelContractSummaryDetailsManagedServicesAttestationDetails`. A variant added to
    the service later is received as `ChannelContractSummaryDetailsUnknown`.
    """

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(("managedServicesAttestationDetails",))
    _CODECS = _CODEC_MODULE


class ChannelContractSummaryDetailsManagedServicesAttestationDetails(
    ChannelContractSummaryDetails
):
    """The `managedServicesAttestationDetails` variant of `ChannelContractSummaryDetails`.

    Summary details specific to managed services attestation channel contracts. Applies only
    to managed services attestation channel contracts.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "managedServicesAttestationDetails"
    value: ManagedServicesAttestationSummaryDetails

    def __init__(self, value: ManagedServicesAttestationSummaryDetails) -> None:
        self.value = value


class ChannelContractSummaryDetailsUnknown(_UnknownVariant, ChannelContractSummaryDetails):
    """A variant of ChannelContractSummaryDetails this client does not know (kept, not lost)."""

    __module__ = __package__
    __slots__ = ()


class ListChannelContractsRequest(_Structure):
    """ListChannelContractsRequest

    Attributes:
        catalog: The catalog identifier to filter channel contracts. Required.
        contract_type: Filter results by contract type. Required.
        statuses: Filter results by channel contract status.
        contract_type_filters: Type-specific filters for channel contracts.
        contract_type_sort: Type-specific sorting options for channel contracts.
        max_results: The maximum number of results to return in a single call.
        next_token: Token for retrieving the next page of results.
    """

    __module__ = __package__
    __slots__ = (
        "catalog",
        "contract_type",
        "statuses",
        "contract_type_filters",
        "contract_type_sort",
        "max_results",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "catalog",
            "contractType",
            "statuses",
            "contractTypeFilters",
            "contractTypeSort",
            "maxResults",
            "nextToken",
        )
    )
    _REQUIRED = (
        "catalog",
        "contractType",
    )
    _CODECS = _CODEC_MODULE

    catalog: str
    contract_type: ChannelContractType | str
    statuses: _Sequence[ChannelContractStatus | str] | None
    contract_type_filters: ListChannelContractsTypeFilters | None
    contract_type_sort: ListChannelContractsTypeSort | None
    max_results: int | None
    next_token: str | None

    def __init__(
        self,
        *,
        catalog: str,
        contract_type: ChannelContractType | _types.ChannelContractTypeValue,
        statuses: (
            _types.SequenceNotStr[ChannelContractStatus | _types.ChannelContractStatusValue] | None
        ) = None,
        contract_type_filters: ListChannelContractsTypeFilters | None = None,
        contract_type_sort: ListChannelContractsTypeSort | None = None,
        max_results: int | None = None,
        next_token: str | None = None,
    ) -> None:
        self.catalog = catalog
        self.contract_type = contract_type
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.statuses = statuses  # type: ignore[assignment]
        self.contract_type_filters = contract_type_filters
        self.contract_type_sort = contract_type_sort
        self.max_results = max_results
        self.next_token = next_token


class ListChannelContractsResponse(_Structure):
    """ListChannelContractsResponse

    Attributes:
        items: List of channel contracts matching the criteria. Required.
        next_token: Token for retrieving the next page of results, if available.
    """

    __module__ = __package__
    __slots__ = (
        "items",
        "next_token",
    )
    _WIRE_NAMES = frozenset(
        (
            "items",
            "nextToken",
        )
    )
    _REQUIRED = ("items",)
    _CODECS = _CODEC_MODULE

    items: list[ChannelContractSummary]
    next_token: str | None

    def __init__(
        self,
        *,
        items: _types.SequenceNotStr[ChannelContractSummary],
        next_token: str | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.items = items  # type: ignore[assignment]
        self.next_token = next_token


class ListChannelContractsTypeFilters(_TaggedUnion):
    """Type-specific filters for listing channel contracts.

    A union: set exactly one variant by building one of
    `ListChannelContractsTypeFiltersManagedServicesAttestationTypeFilters`. A variant
    added to the service later is received as `ListChannelContractsTypeFiltersUnknown`.
    """

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(("managedServicesAttestationTypeFilters",))
    _CODECS = _CODEC_MODULE


class ListChannelContractsTypeFiltersManagedServicesAttestationTypeFilters(
    ListChannelContractsTypeFilters
):
    """The `managedServicesAttestationTypeFilters` variant of `ListChannelContractsTypeFilters`.

    Filters specific to managed services attestation channel contracts. Applies only to
    managed services attestation channel contracts.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "managedServicesAttestationTypeFilters"
    value: ManagedServicesAttestationTypeFilters

    def __init__(self, value: ManagedServicesAttestationTypeFilters) -> None:
        self.value = value


class ListChannelContractsTypeFiltersUnknown(_UnknownVariant, ListChannelContractsTypeFilters):
    """A variant of ListChannelContractsTypeFilters this client does not know (kept, not lost)."""

    __module__ = __package__
    __slots__ = ()


class ListChannelContractsTypeSort(_TaggedUnion):
    """Type-specific sorting options for listing channel contracts.

    A union: set exactly one variant by building one of
    `ListChannelContractsTypeSortManagedServicesAttestationTypeSort`. A variant added to
    the service later is received as `ListChannelContractsTypeSortUnknown`.
    """

    __module__ = __package__
    __slots__ = ()
    _WIRE_NAMES = frozenset(("managedServicesAttestationTypeSort",))
    _CODECS = _CODEC_MODULE


class ListChannelContractsTypeSortManagedServicesAttestationTypeSort(ListChannelContractsTypeSort):
    """The `managedServicesAttestationTypeSort` variant of `ListChannelContractsTypeSort`.

    Sorting options specific to managed services attestation channel contracts. Applies only
    to managed services attestation channel contracts.
    """

    __module__ = __package__
    __slots__ = ()
    tag = "managedServicesAttestationTypeSort"
    value: ManagedServicesAttestationTypeSort

    def __init__(self, value: ManagedServicesAttestationTypeSort) -> None:
        self.value = value


class ListChannelContractsTypeSortUnknown(_UnknownVariant, ListChannelContractsTypeSort):
    """A variant of ListChannelContractsTypeSort this client does not know (kept, not lost)."""

    __module__ = __package__
    __slots__ = ()


class ManagedServicesAttestationSummaryDetails(_Structure):
    """Summary information about a managed services attestation channel contract. Applies only
    to managed services attestation channel contracts.

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
    """

    __module__ = __package__
    __slots__ = (
        "legal_entity_name",
        "relationship_identifier",
        "program_management_account_identifier",
        "member_account_ids",
        "end_date",
        "supported_services",
    )
    _WIRE_NAMES = frozenset(
        (
            "legalEntityName",
            "relationshipIdentifier",
            "programManagementAccountIdentifier",
            "memberAccountIds",
            "endDate",
            "supportedServices",
        )
    )
    _REQUIRED = (
        "legalEntityName",
        "relationshipIdentifier",
        "programManagementAccountIdentifier",
        "endDate",
        "supportedServices",
    )
    _SENSITIVE = frozenset(("legal_entity_name",))
    _CODECS = _CODEC_MODULE

    legal_entity_name: str
    relationship_identifier: str
    program_management_account_identifier: str
    member_account_ids: _Sequence[str] | None
    end_date: _dt.datetime
    supported_services: _Sequence[ManagedServicesSupportedService | str]

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


class ManagedServicesAttestationTypeFilters(_Structure):
    """Filters specific to managed services attestation channel contracts. Applies only to
    managed services attestation channel contracts.

    Attributes:
        relationship_identifiers: Filter by relationship identifiers.
        legal_entity_names: Filter by legal entity names.
    """

    __module__ = __package__
    __slots__ = (
        "relationship_identifiers",
        "legal_entity_names",
    )
    _WIRE_NAMES = frozenset(
        (
            "relationshipIdentifiers",
            "legalEntityNames",
        )
    )
    _SENSITIVE = frozenset(("legal_entity_names",))
    _CODECS = _CODEC_MODULE

    relationship_identifiers: _Sequence[str] | None
    legal_entity_names: _Sequence[str] | None

    def __init__(
        self,
        *,
        relationship_identifiers: _types.SequenceNotStr[str] | None = None,
        legal_entity_names: _types.SequenceNotStr[str] | None = None,
    ) -> None:
        # A list parameter's SequenceNotStr is no Sequence to type checkers, though
        # every value the codec takes (a list, a tuple) is one.
        self.relationship_identifiers = relationship_identifiers  # type: ignore[assignment]
        self.legal_entity_names = legal_entity_names  # type: ignore[assignment]


class ManagedServicesAttestationTypeSort(_Structure):
    """Sorting options specific to managed services attestation channel contracts. Applies only
    to managed services attestation channel contracts.

    Attributes:
        sort_order: The sort order (ascending or descending). Required.
        sort_by: The field to sort by. Required.
    """

    __module__ = __package__
    __slots__ = (
        "sort_order",
        "sort_by",
    )
    _WIRE_NAMES = frozenset(
        (
            "sortOrder",
            "sortBy",
        )
    )
    _REQUIRED = (
        "sortOrder",
        "sortBy",
    )
    _CODECS = _CODEC_MODULE

    sort_order: SortOrder | str
    sort_by: ManagedServicesAttestationTypeSortName | str

    def __init__(
        self,
        *,
        sort_order: SortOrder | _types.SortOrderValue,
        sort_by: (
            ManagedServicesAttestationTypeSortName
            | _types.ManagedServicesAttestationTypeSortNameValue
        ),
    ) -> None:
        self.sort_order = sort_order
        self.sort_by = sort_by
